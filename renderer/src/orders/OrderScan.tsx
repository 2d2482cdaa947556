import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AttachmentList } from '../attachments/AttachmentList';
import { useSession } from '../auth/session-context';
import { rpc } from '../rpc/client';
import { invalidateRpc, rpcQuery } from '../rpc/query-keys';

/** The customer's own order (fax, scan, PDF) filed with a sales order, and who entered and approved it. */
export function OrderScan({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const q = useQuery(rpcQuery('orders.direct.get', { id: orderId }));
  const o = q.data;
  if (!o) return null;
  const approval = o.approvals.filter((a) => a.action === 'approve').at(-1);
  return (
    <>
      <h4 style={{ marginTop: 16 }}>
        {t('directOrders.scan')}
        {o.enteredBy && (
          <span style={{ fontWeight: 'normal', marginLeft: 16 }}>
            {t('directOrders.enteredBy')}
            {t('wording.colon')}
            {o.enteredBy}
          </span>
        )}
        {approval && (
          <span style={{ fontWeight: 'normal', marginLeft: 16 }}>
            {t('directOrders.approvalStates.approved')}
            {t('wording.colon')}
            {approval.userName}
            {approval.comment ? ` · ${approval.comment}` : ''}
          </span>
        )}
      </h4>
      <AttachmentList
        files={o.attachments}
        readOnly={!can('orders.write')}
        label={t('directOrders.scanAdd')}
        link={async (attachmentId) => {
          await rpc('orders.direct.attach', { id: orderId, attachmentId, label: t('directOrders.scan') });
          await Promise.all([
            invalidateRpc(queryClient, 'orders.direct.get', { id: orderId }),
            invalidateRpc(queryClient, 'audit.forEntity', { entity: 'order', entityId: String(orderId) }),
          ]);
        }}
      />
    </>
  );
}
