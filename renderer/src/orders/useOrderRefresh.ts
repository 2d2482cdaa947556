import { useQueryClient } from '@tanstack/react-query';
import { invalidateRpc } from '../rpc/query-keys';

/** After any lifecycle action: the order, its progress, changes and history, and the lists, read again. */
export function useOrderRefresh() {
  const client = useQueryClient();
  return (id: number) =>
    Promise.all([
      invalidateRpc(client, 'orders.get', { id }),
      invalidateRpc(client, 'orders.progress', { orderId: id }),
      invalidateRpc(client, 'orders.changes', { orderId: id }),
      invalidateRpc(client, 'audit.forEntity'),
      invalidateRpc(client, 'orders.list'),
      invalidateRpc(client, 'deliveries.notices.list'),
      invalidateRpc(client, 'deliveries.notices.get'),
    ]);
}
