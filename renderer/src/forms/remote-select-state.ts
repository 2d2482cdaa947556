/**
 * What a search-as-you-type select shows, kept pure so its ordering rules are tested without a DOM:
 * only the latest search's answer may set the options (an earlier, slower answer is stale), and
 * the option the user picked keeps its label whatever the results are.
 */
export interface RemoteOption<T> {
  value: number;
  label: string;
  /** The record behind the option; absent for a label known only from the stored document. */
  record?: T;
}

export interface RemoteSelectState<T> {
  /** The number of the latest search sent, and of the latest one answered. */
  latest: number;
  answered: number;
  results: RemoteOption<T>[];
  picked: RemoteOption<T> | null;
}

export type RemoteSelectAction<T> =
  | { type: 'search'; ticket: number }
  | { type: 'answer'; ticket: number; results: RemoteOption<T>[] }
  | { type: 'failed'; ticket: number }
  | { type: 'pick'; option: RemoteOption<T> | null };

export function initialRemoteSelect<T>(): RemoteSelectState<T> {
  return { latest: 0, answered: 0, results: [], picked: null };
}

export function remoteSelectReducer<T>(
  state: RemoteSelectState<T>,
  action: RemoteSelectAction<T>,
): RemoteSelectState<T> {
  switch (action.type) {
    case 'search':
      return action.ticket > state.latest ? { ...state, latest: action.ticket } : state;
    case 'answer':
      // A stale answer (its search overtaken by a newer one) must not replace newer results.
      if (action.ticket !== state.latest) return state;
      return { ...state, answered: action.ticket, results: action.results };
    case 'failed':
      return action.ticket === state.latest ? { ...state, answered: action.ticket } : state;
    case 'pick':
      return { ...state, picked: action.option };
  }
}

/** Still waiting for the latest search's answer. */
export function isSearching(state: RemoteSelectState<unknown>): boolean {
  return state.answered < state.latest;
}

/**
 * The options to show: the latest results, with the current value's option in front when the
 * results lack it (the one the user picked, else the label the document knows).
 */
export function visibleOptions<T>(
  state: RemoteSelectState<T>,
  value: number | null | undefined,
  currentLabel?: string,
): RemoteOption<T>[] {
  if (!value || state.results.some((o) => o.value === value)) return state.results;
  if (state.picked?.value === value) return [state.picked, ...state.results];
  if (currentLabel) return [{ value, label: currentLabel }, ...state.results];
  return state.results;
}
