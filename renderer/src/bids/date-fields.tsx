import DatePicker from 'antd/es/date-picker';
import dayjs from 'dayjs';

const DAY = 'YYYY-MM-DD';
const MINUTE = 'YYYY-MM-DD HH:mm';

interface Props {
  /** The stored text: 'YYYY-MM-DD' for a day, 'YYYY-MM-DD HH:mm' for a deadline; empty or null when not set. */
  value?: string | null;
  onChange?(value: string | null): void;
  /** Given by Form.Item: the label points at the picker's input. */
  id?: string;
  placeholder?: string;
  style?: React.CSSProperties;
}

const shown = (value: string | null | undefined) => {
  if (!value) return null;
  const d = dayjs(value);
  return d.isValid() ? d : null;
};

/** A day picked from the calendar, kept as 'YYYY-MM-DD' text the way the forms store it. */
export function DayField({ value, onChange, id, placeholder, style }: Props) {
  return (
    <DatePicker
      id={id}
      style={style ?? { width: '100%' }}
      format={DAY}
      placeholder={placeholder ?? '2026-05-20'}
      value={shown(value)}
      onChange={(d) => onChange?.(d ? d.format(DAY) : null)}
    />
  );
}

/** A deadline as the tender prints it: the day and the time to the minute, kept as 'YYYY-MM-DD HH:mm'. */
export function DeadlineField({ value, onChange, id, placeholder, style }: Props) {
  return (
    <DatePicker
      id={id}
      style={style ?? { width: '100%' }}
      showTime={{ format: 'HH:mm' }}
      format={MINUTE}
      // A time typed or picked counts as soon as the field is left; no extra 确定 click needed.
      needConfirm={false}
      placeholder={placeholder ?? '2026-05-20 09:30'}
      value={shown(value)}
      onChange={(d) => onChange?.(d ? d.format(MINUTE) : null)}
    />
  );
}
