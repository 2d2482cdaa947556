import { describe, expect, it } from 'vitest';
import {
  initialRemoteSelect,
  isSearching,
  remoteSelectReducer,
  visibleOptions,
  type RemoteOption,
  type RemoteSelectAction,
  type RemoteSelectState,
} from '../../../renderer/src/forms/remote-select-state';

type Customer = { id: number; name: string };
const option = (id: number, name: string): RemoteOption<Customer> => ({
  value: id,
  label: name,
  record: { id, name },
});
const run = (...actions: RemoteSelectAction<Customer>[]): RemoteSelectState<Customer> =>
  actions.reduce(remoteSelectReducer<Customer>, initialRemoteSelect<Customer>());
const labels = (options: RemoteOption<Customer>[]) => options.map((o) => o.label);

const everyone = [option(1, '上海宝钢'), option(2, '北京华联'), option(3, '北京燕山')];
const beijing = [option(2, '北京华联'), option(3, '北京燕山')];

describe('RemoteSelect state', () => {
  it('keeps the latest search answer when an earlier, slower one arrives after it', () => {
    // The user types 北 then 北京: the 北京 answer comes back first, the slow 北 answer last.
    const s = run(
      { type: 'search', ticket: 1 },
      { type: 'search', ticket: 2 },
      { type: 'answer', ticket: 2, results: beijing },
      { type: 'answer', ticket: 1, results: everyone },
    );
    expect(labels(visibleOptions(s, null))).toEqual(['北京华联', '北京燕山']);
    expect(isSearching(s)).toBe(false);
  });

  it('shows no stale answer while the latest search is still on its way', () => {
    const s = run(
      { type: 'search', ticket: 1 },
      { type: 'answer', ticket: 1, results: beijing },
      { type: 'search', ticket: 2 },
      { type: 'search', ticket: 3 },
      { type: 'answer', ticket: 2, results: everyone },
    );
    expect(labels(visibleOptions(s, null))).toEqual(['北京华联', '北京燕山']);
    expect(isSearching(s)).toBe(true);
  });

  it('keeps the picked option and its label when later results no longer hold it', () => {
    // Picked 北京燕山 from a search; the select then searches '' and that page lacks it.
    const s = run(
      { type: 'search', ticket: 1 },
      { type: 'answer', ticket: 1, results: beijing },
      { type: 'pick', option: beijing[1]! },
      { type: 'search', ticket: 2 },
      { type: 'answer', ticket: 2, results: [option(1, '上海宝钢')] },
    );
    const shown = visibleOptions(s, 3);
    expect(shown.find((o) => o.value === 3)).toEqual(option(3, '北京燕山'));
    expect(labels(shown)).toEqual(['北京燕山', '上海宝钢']);
  });

  it("falls back to the document's label for a value the user did not pick here", () => {
    const s = run({ type: 'search', ticket: 1 }, { type: 'answer', ticket: 1, results: [option(1, '上海宝钢')] });
    expect(labels(visibleOptions(s, 9, 'KH00009 天津港务'))).toEqual(['KH00009 天津港务', '上海宝钢']);
    // Without any known label the results are shown as they are (nothing invented).
    expect(labels(visibleOptions(s, 9))).toEqual(['上海宝钢']);
  });

  it('a failed latest search stops the spinner and keeps the results shown', () => {
    const s = run(
      { type: 'search', ticket: 1 },
      { type: 'answer', ticket: 1, results: beijing },
      { type: 'search', ticket: 2 },
      { type: 'failed', ticket: 2 },
    );
    expect(isSearching(s)).toBe(false);
    expect(labels(visibleOptions(s, null))).toEqual(['北京华联', '北京燕山']);
  });
});
