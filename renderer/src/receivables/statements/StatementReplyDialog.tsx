import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Modal from 'antd/es/modal';
import Radio from 'antd/es/radio';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yuanToFen } from '@shared/money';
import { STATEMENT_REPLIES } from '@shared/receivables/ageing-contract';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';

interface Values {
  reply: 'agreed' | 'disagreed';
  replyDate: dayjs.Dayjs;
  theirBalance?: string | null;
  differences?: string;
}

/** The customer's answer to a statement: agreed, or disagreed with their balance and the differences. */
export function StatementReplyDialog({
  period,
  onClose,
  onSaved,
}: {
  period: { customerId: number; from: string; to: string };
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const reply = Form.useWatch('reply', form);
  const k = 'receivables.ageing.statements';
  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    const saved = await rpcError.attempt(
      () =>
        rpc('receivables.recordStatementReply', {
          ...period,
          reply: v.reply,
          replyDate: v.replyDate.format('YYYY-MM-DD'),
          theirBalance: v.reply === 'disagreed' && v.theirBalance ? yuanToFen(String(v.theirBalance)) : null,
          differences: v.differences ?? null,
        }),
      form,
    );
    setBusy(false);
    if (saved) onSaved();
  };
  return (
    <Modal open title={t(`${k}.recordReply`)} confirmLoading={busy} onOk={() => void save()} onCancel={onClose}>
      <Form form={form} layout="vertical" initialValues={{ reply: 'agreed', replyDate: dayjs() }}>
        <Form.Item name="reply" label={t(`${k}.reply`)}>
          <Radio.Group
            options={STATEMENT_REPLIES.map((r) => ({ value: r, label: t(`${k}.replyKinds.${r}`) }))}
            optionType="button"
          />
        </Form.Item>
        <Form.Item name="replyDate" label={t(`${k}.replyDate`)} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        {reply === 'disagreed' && (
          <>
            <Form.Item name="theirBalance" label={t(`${k}.theirBalance`)}>
              <InputNumber<string> stringMode precision={2} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="differences" label={t(`${k}.differences`)}>
              <Input.TextArea rows={4} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
