import { useQuery } from '@tanstack/react-query';
import type { TenderRow } from '@shared/bids/tenders/contract';
import { RemoteSelect } from '../../forms/RemoteSelect';
import { rpc } from '../../rpc/client';
import { rpcQuery } from '../../rpc/query-keys';
import { PICKER_PAGE_SIZE } from '../../table/page-sizes';

const searchTenders = async (q: string) => (await rpc('bids.tenders.list', { q, pageSize: PICKER_PAGE_SIZE })).rows;
const tenderLabel = (x: { projectName: string; tenderNo: string | null }) =>
  x.tenderNo ? `${x.projectName}（${x.tenderNo}）` : x.projectName;

/** The tender a maker's authorisation was issued for, found by project name or tender number. */
export function TenderPicker(props: { value?: number | null; onChange?(id: number | null): void; id?: string }) {
  const current = useQuery({ ...rpcQuery('bids.tenders.get', { id: props.value ?? 0 }), enabled: !!props.value });
  return (
    <RemoteSelect<TenderRow>
      {...props}
      search={searchTenders}
      currentLabel={current.data ? tenderLabel(current.data) : undefined}
      toOption={(x) => ({ value: x.id, label: tenderLabel(x) })}
    />
  );
}
