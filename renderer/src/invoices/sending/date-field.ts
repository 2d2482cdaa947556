import dayjs from 'dayjs';

/** A DatePicker form field holding the plain 'YYYY-MM-DD' business date the channels take. */
export const dateProps = {
  getValueProps: (v?: string) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD') ?? null,
};
