/** An invoice's number as people quote it: paper invoices with their code before it. */
export const shownInvoiceNumber = (row: { code: string; number: string }): string =>
  row.code ? `${row.code}-${row.number}` : row.number;
