import App from 'antd/es/app';
import { useTranslation } from 'react-i18next';
import { downloadBase64 } from '../../files/file-transfer';
import { useAsk } from '../../forms/useAsk';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';

/**
 * What may be done to a PO from its drawer and from its draft's form: print, e-mail, send, confirm, cancel or close
 * (the last two ask why). Each answers whether it went through; a failure is shown, never dropped.
 */
export function usePoCommands() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const ask = useAsk();
  const done = async (action: () => Promise<unknown>) => (await rpcError.attempt(action)) !== undefined;
  const withReason = async (label: string, required: boolean, action: (reason: string | null) => Promise<unknown>) => {
    const reason = await ask.open(label, required);
    return reason !== null && done(() => action(reason.trim() || null));
  };
  return {
    modal: ask.modal,
    async print(id: number) {
      const file = await rpcError.attempt(() => rpc('purchasing.orders.print', { id }));
      if (file) downloadBase64(file.filename, file.dataBase64, 'application/pdf');
      return file !== undefined;
    },
    async email(id: number) {
      const to = await ask.open(t('purchaseOrders.emailTo'), true);
      if (!to) return false;
      const list = to.split(/[,，;；\s]+/).filter(Boolean);
      const sent = await rpcError.attempt(() => rpc('purchasing.orders.email', { id, to: list }));
      if (sent) message.success(t('purchaseOrders.emailed', { number: sent.registerNumber }));
      return sent !== undefined;
    },
    send: (id: number) => done(() => rpc('purchasing.orders.send', { id })),
    confirm: (id: number) => done(() => rpc('purchasing.orders.confirm', { id })),
    cancel: (id: number) =>
      withReason(t('purchaseOrders.cancelReason'), true, (reason) =>
        rpc('purchasing.orders.cancel', { id, reason: reason ?? '' }),
      ),
    close: (id: number) =>
      withReason(t('purchaseOrders.closeReason'), false, (reason) => rpc('purchasing.orders.close', { id, reason })),
    cancelReceipt: (receiptId: number) =>
      withReason(t('purchaseOrders.cancelReceiptReason'), true, (reason) =>
        rpc('purchasing.receipts.cancel', { id: receiptId, reason: reason ?? '' }),
      ),
  };
}
