/**
 * Steps on the same day run in the order a business works: quote, ask suppliers, send the quote, order, buy, ship,
 * sign, invoice, get paid, chase, pay suppliers.
 */
export const PHASE = {
  plan: 0,
  quote: 1,
  ask: 2,
  offer: 3,
  order: 4,
  buy: 5,
  prepay: 6,
  arrive: 7,
  ship: 8,
  deliver: 9,
  sign: 10,
  invoice: 11,
  send: 12,
  ack: 13,
  return: 14,
  red: 15,
  receipt: 16,
  allocate: 17,
  chase: 18,
  pay: 19,
} as const;
