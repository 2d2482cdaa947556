import { useSearchParams } from 'react-router-dom';

type Setter<T> = (value: T | null) => void;

function parse(raw: string | null): number | 'new' | null {
  if (raw === 'new') return 'new';
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/**
 * The record a list page has open, kept in the URL (`?open=12`) so that a link from another page
 * opens it and the back button closes it. Other parameters stay readable through the third item.
 */
export function useOpenParam(): [number | null, Setter<number>, URLSearchParams] {
  const [params, setParams] = useSearchParams();
  const open = parse(params.get('open'));
  return [open === 'new' ? null : open, (id) => setParams(id === null ? {} : { open: String(id) }), params];
}

/** As useOpenParam, for pages that also open an empty form for a new record (`?open=new`). */
export function useOpenOrNewParam(): [number | 'new' | null, Setter<number | 'new'>, URLSearchParams] {
  const [params, setParams] = useSearchParams();
  return [parse(params.get('open')), (id) => setParams(id === null ? {} : { open: String(id) }), params];
}
