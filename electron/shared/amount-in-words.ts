/**
 * 人民币大写: an amount in fen to the words written on cheques, invoices and bids,
 * by the central bank's rules: one 零 for a run of zeros, 整 after 元 when there is no 角 or 分, 壹拾 for ten.
 * Hand-written: the common npm ones get zeros across 万/亿 and 整 wrong.
 */
const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const IN_GROUP = ['', '拾', '佰', '仟'] as const;
// Above 亿 the groups go 万亿, 亿亿: the form banks use for such sums.
const GROUPS = ['', '万', '亿', '万亿', '亿亿'] as const;

export interface AmountInWordsOptions {
  /** 'invoice' writes 圆 where 'yuan' (the default) writes 元. */
  style?: 'yuan' | 'invoice';
}

function toBigInt(fen: number | bigint): bigint {
  if (typeof fen === 'bigint') return fen;
  if (!Number.isFinite(fen)) throw new RangeError(`amountInWords: not a finite number: ${fen}`);
  if (!Number.isInteger(fen)) throw new RangeError(`amountInWords: fen must be a whole number, got ${fen}`);
  if (!Number.isSafeInteger(fen))
    throw new RangeError(`amountInWords: ${fen} is beyond the safe integer range; pass a bigint`);
  return BigInt(fen);
}

/** The whole-yuan part: one 零 for any run of zeros inside the number, none at its end. */
function integerWords(yuan: bigint): string {
  const digits = yuan.toString();
  if (digits.length > GROUPS.length * 4) throw new RangeError(`amountInWords: ${digits} yuan is too large`);
  let out = '';
  let zeroPending = false;
  let groupHasDigit = false;
  for (let i = 0; i < digits.length; i++) {
    const position = digits.length - 1 - i;
    const d = Number(digits[i]);
    if (d === 0) {
      if (out) zeroPending = true;
    } else {
      if (zeroPending) out += '零';
      zeroPending = false;
      out += DIGITS[d]! + IN_GROUP[position % 4]!;
      groupHasDigit = true;
    }
    if (position % 4 === 0) {
      // A group with a digit gets its unit; an all-zero group leaves its 零 pending for the next digit.
      if (groupHasDigit && position > 0) {
        out += GROUPS[position / 4];
        zeroPending = false;
      }
      groupHasDigit = false;
    }
  }
  return out;
}

export function amountInWords(fen: number | bigint, options: AmountInWordsOptions = {}): string {
  const value = toBigInt(fen);
  if (value < 0n) return `（负数）${amountInWords(-value, options)}`;
  const unit = options.style === 'invoice' ? '圆' : '元';
  const yuan = value / 100n;
  const jiao = Number((value / 10n) % 10n);
  const fenDigit = Number(value % 10n);

  if (value === 0n) return `零${unit}整`;
  let out = yuan > 0n ? integerWords(yuan) + unit : '';
  if (jiao === 0 && fenDigit === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0n) out += '零'; // 元零X分: the empty 角 is spoken
  if (fenDigit > 0) out += `${DIGITS[fenDigit]}分`;
  return out;
}
