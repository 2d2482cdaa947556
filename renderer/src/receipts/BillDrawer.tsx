import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BILL_TRANSITIONS, type BillDetail } from '@shared/receipts/contract';
import { useSession } from '../auth/session-context';
import { formatTime, money } from '../format';
import { rpc } from '../rpc/client';
import { invalidateRpc, rpcQuery } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import { BillStateTag } from './BillStateTag';
import { parseYuan } from './yuan-input';

type Target = 'endorsed' | 'discounted' | 'collected' | 'dishonoured';
const ACTION: Record<Target, string> = {
  endorsed: 'receipts.endorse',
  discounted: 'receipts.discount',
  collected: 'receipts.collect',
  dishonoured: 'receipts.dishonour',
};

/** A bill: its terms, its history, and the moves it may still make. */
export function BillDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const bill = useQuery(rpcQuery('bills.get', { id }));
  const [moving, setMoving] = useState<Target | null>(null);
  const b = bill.data;
  const moves = (b ? BILL_TRANSITIONS[b.state] : []) as Target[];
  return (
    <Drawer
      open
      width={760}
      title={b ? `${t('receipts.bill')} ${b.billNo}` : ''}
      onClose={onClose}
      extra={
        can('receipts.write') && (
          <Space>
            {moves.map((m) => (
              <Button key={m} danger={m === 'dishonoured'} onClick={() => setMoving(m)}>
                {t(ACTION[m])}
              </Button>
            ))}
          </Space>
        )
      }
    >
      {b && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('receipts.billState')}>
              <BillStateTag state={b.state} />
            </Descriptions.Item>
            <Descriptions.Item label={t('receipts.kind')}>{t(`receipts.kinds.${b.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.customerId')}>{b.customerName}</Descriptions.Item>
            <Descriptions.Item label={t('receipts.number')}>{b.receiptNumber}</Descriptions.Item>
            <Descriptions.Item label={t('fields.acceptor')}>{b.acceptor}</Descriptions.Item>
            <Descriptions.Item label={t('fields.drawer')}>{b.drawer}</Descriptions.Item>
            <Descriptions.Item label={t('fields.issueDate')}>{b.issueDate}</Descriptions.Item>
            <Descriptions.Item label={t('fields.maturityDate')}>{b.maturityDate}</Descriptions.Item>
            <Descriptions.Item label={t('receipts.amountYuan')}>{money(b.amount)}</Descriptions.Item>
            {b.endorsee && <Descriptions.Item label={t('fields.endorsee')}>{b.endorsee}</Descriptions.Item>}
            {b.discountBank && <Descriptions.Item label={t('fields.discountBank')}>{b.discountBank}</Descriptions.Item>}
            {b.discountInterest !== null && (
              <Descriptions.Item label={t('receipts.discountInterestYuan')}>
                {money(b.discountInterest)}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            title={() => t('receipts.events')}
            dataSource={b.events}
            columns={[
              { title: t('receipts.stateDate'), dataIndex: 'date', width: 100 },
              {
                title: t('receipts.billState'),
                dataIndex: 'state',
                width: 120,
                render: (s) => <BillStateTag state={s} />,
              },
              { title: '', dataIndex: 'detail' },
              { title: '', dataIndex: 'userName', width: 80 },
              { title: '', dataIndex: 'createdAt', width: 150, render: formatTime },
            ]}
          />
        </Space>
      )}
      {moving && b && <TransitionDialog bill={b} to={moving} onClose={() => setMoving(null)} />}
    </Drawer>
  );
}

function TransitionDialog({ bill, to, onClose }: { bill: BillDetail; to: Target; onClose(): void }) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const client = useQueryClient();
  const [form] = Form.useForm<{ date?: dayjs.Dayjs; endorsee?: string; discountBank?: string; interest?: string }>();
  const [busy, setBusy] = useState(false);
  async function save() {
    const v = form.getFieldsValue();
    const interest = to === 'discounted' ? parseYuan(v.interest) : null;
    if (to === 'discounted' && interest === null)
      return form.setFields([{ name: 'interest', errors: [t('receipts.badFee')] }]);
    setBusy(true);
    try {
      await rpc('bills.transition', {
        id: bill.id,
        state: to,
        date: (v.date ?? dayjs()).format('YYYY-MM-DD'),
        endorsee: v.endorsee,
        discountBank: v.discountBank,
        discountInterest: interest,
      });
      await Promise.all(
        (['bills.get', 'bills.list', 'bills.calendar', 'receipts.list', 'receipts.get'] as const).map((c) =>
          invalidateRpc(client, c),
        ),
      );
      onClose();
    } catch (err) {
      // The core names `discountInterest`; the form's field is `interest`.
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      title={t('receipts.transitionTitle', { action: t(ACTION[to]), billNo: bill.billNo })}
      confirmLoading={busy}
      okButtonProps={{ danger: to === 'dishonoured' }}
      onOk={() => void save()}
      onCancel={onClose}
    >
      {to === 'dishonoured' && <Alert type="warning" showIcon message={t('receipts.dishonourWarn')} />}
      <Form form={form} layout="vertical" initialValues={{ date: dayjs() }} style={{ marginTop: 12 }}>
        <Form.Item name="date" label={t('receipts.stateDate')}>
          <DatePicker />
        </Form.Item>
        {to === 'endorsed' && (
          <Form.Item name="endorsee" label={t('fields.endorsee')}>
            <Input />
          </Form.Item>
        )}
        {to === 'discounted' && (
          <>
            <Form.Item name="discountBank" label={t('fields.discountBank')}>
              <Input />
            </Form.Item>
            <Form.Item name="interest" label={t('receipts.discountInterestYuan')}>
              <Input inputMode="decimal" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
