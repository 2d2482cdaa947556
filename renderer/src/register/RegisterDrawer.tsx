import { useMutation } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import Tabs from 'antd/es/tabs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '@shared/customers/contract';
import type { OrderRow } from '@shared/orders/contract';
import {
  FORWARD_WAYS,
  REGISTER_DIRECTIONS,
  REGISTER_KINDS,
  registerInput,
  type RegisterDetail,
} from '@shared/register/contract';
import type { SupplierRow } from '@shared/suppliers/contract';
import { AttachmentList } from '../attachments/AttachmentList';
import { AuditTimeline } from '../audit/AuditTimeline';
import { DeliveryStateTag } from '../invoices/sending/DeliveryStateTag';
import { useSession } from '../auth/session-context';
import { RemoteSelect } from '../forms/RemoteSelect';
import { useRecordForm } from '../forms/useRecordForm';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { PICKER_PAGE_SIZE } from '../table/page-sizes';
import { useShortcut } from '../app/shortcuts';

const dateProps = {
  getValueProps: (v?: string) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD') ?? null,
};
const searchCustomers = async (q: string) =>
  (await rpc('customers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;
const searchSuppliers = async (q: string) =>
  (await rpc('suppliers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: {} })).rows;
const searchOrders = async (q: string) =>
  (await rpc('orders.list', { q, pageSize: PICKER_PAGE_SIZE, filters: {} })).rows;

/** One register entry: what it is, who it is with, its files, and where it was forwarded. */
export function RegisterDrawer({
  id,
  preset,
  onClose,
  onSaved,
}: {
  id: number | 'new';
  preset?: { orderId?: number; customerId?: number };
  onClose(): void;
  onSaved(id: number): void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const {
    form,
    isNew,
    detail,
    record: entry,
    submit,
    saving,
    refreshWith: done,
  } = useRecordForm({
    id,
    getKey: 'register.get',
    auditEntity: 'register',
    refresh: ['register.list'],
    schema: registerInput,
    load: (entryId) => rpc('register.get', { id: entryId }),
    save: (data, current) =>
      current
        ? rpc('register.update', { id: current.id, lockVersion: current.lockVersion, data })
        : rpc('register.create', data),
    onSaved,
  });
  const readOnly = !can('register.write');

  const fields = (
    <Row gutter={16}>
      <Col span={6}>
        <Form.Item name="kind" label={t('fields.kind')}>
          <Select
            aria-label={t('fields.kind')}
            options={REGISTER_KINDS.map((k) => ({ value: k, label: t(`register.kinds.${k}`) }))}
          />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="direction" label={t('fields.direction')}>
          <Select
            aria-label={t('fields.direction')}
            options={REGISTER_DIRECTIONS.map((k) => ({ value: k, label: t(`register.directions.${k}`) }))}
          />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="date" label={t('fields.date')} {...dateProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="theirRef" label={t('fields.theirRef')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="subject"
          label={t('fields.subject')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="customerId" label={t('fields.customerId')}>
          <RemoteSelect<CustomerRow>
            ariaLabel={t('quotes.customer')}
            currentLabel={entry?.customerName ?? undefined}
            search={searchCustomers}
            toOption={(c) => ({ value: c.id, label: `${c.code} ${c.name}` })}
            disabled={readOnly}
          />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="supplierId" label={t('fields.supplierId')}>
          <RemoteSelect<SupplierRow>
            ariaLabel={t('register.supplier')}
            currentLabel={entry?.supplierName ?? undefined}
            search={searchSuppliers}
            toOption={(s) => ({ value: s.id, label: `${s.code} ${s.name}` })}
            disabled={readOnly}
          />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="counterparty" label={t('fields.counterparty')} extra={t('register.counterpartyHint')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="orderId" label={t('fields.orderId')}>
          <RemoteSelect<OrderRow>
            ariaLabel={t('register.order')}
            currentLabel={entry?.orderNumber ?? undefined}
            search={searchOrders}
            toOption={(o) => ({ value: o.id, label: `${o.number} ${o.customerName}` })}
            disabled={readOnly}
          />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="archiveLocation" label={t('fields.archiveLocation')}>
          <Input placeholder={t('register.archiveHint')} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="summary" label={t('fields.summary')}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Col>
    </Row>
  );

  useShortcut('save', !readOnly && !saving && submit);

  return (
    <Drawer
      open
      width={860}
      title={isNew ? t('register.new') : `${t('register.entry')} ${entry?.number ?? ''}`}
      onClose={onClose}
      destroyOnHidden
      extra={
        !readOnly && (
          <Button type="primary" loading={saving} onClick={submit}>
            {t('common.save')}
          </Button>
        )
      }
    >
      {!isNew && detail.isLoading ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="vertical"
          disabled={readOnly}
          initialValues={{
            kind: 'letter',
            direction: 'received',
            date: dayjs().format('YYYY-MM-DD'),
            orderId: preset?.orderId ?? null,
            customerId: preset?.customerId ?? null,
          }}
        >
          {entry?.invoiceState && (
            <p>
              {t('invoiceSending.ackStateLabel')}
              <DeliveryStateTag state={entry.invoiceState} ackOn={entry.invoiceAckOn} signer={entry.invoiceAckSigner} />
            </p>
          )}
          <Tabs
            items={[
              { key: 'basic', label: t('register.entry'), children: fields, forceRender: true },
              ...(entry
                ? [
                    {
                      key: 'files',
                      label: `${t('register.files')} (${entry.attachments.length})`,
                      children: (
                        <AttachmentList
                          files={entry.attachments}
                          readOnly={readOnly}
                          link={async (attachmentId) =>
                            done(await rpc('register.attach', { id: entry.id, attachmentId, label: null }))
                          }
                        />
                      ),
                    },
                    {
                      key: 'forwards',
                      label: `${t('register.forwards')} (${entry.forwardLog.length})`,
                      children: <Forwards entry={entry} readOnly={readOnly} onDone={done} />,
                    },
                    {
                      key: 'history',
                      label: t('common.history'),
                      children: <AuditTimeline entity="register" entityId={entry.id} />,
                    },
                  ]
                : []),
            ]}
          />
        </Form>
      )}
    </Drawer>
  );
}

/** The forward log (转发记录) and a line to add to it. */
function Forwards({
  entry,
  readOnly,
  onDone,
}: {
  entry: RegisterDetail;
  readOnly: boolean;
  onDone(e: RegisterDetail): Promise<void>;
}) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const [toWhom, setToWhom] = useState('');
  const [via, setVia] = useState<(typeof FORWARD_WAYS)[number]>('hand');
  const [note, setNote] = useState('');
  const forward = useMutation({
    mutationFn: () => rpc('register.forward', { id: entry.id, toWhom, via, date: dayjs().format('YYYY-MM-DD'), note }),
    onSuccess: async (e) => {
      setToWhom('');
      setNote('');
      await onDone(e);
    },
    onError: (err) => rpcError.show(err),
  });
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={entry.forwardLog}
        columns={[
          { title: t('fields.date'), dataIndex: 'date', width: 110 },
          { title: t('fields.toWhom'), dataIndex: 'toWhom' },
          { title: t('fields.via'), dataIndex: 'via', width: 90, render: (v: string) => t(`register.ways.${v}`) },
          { title: t('fields.note'), dataIndex: 'note' },
          { title: t('audit.user'), dataIndex: 'userName', width: 90 },
        ]}
      />
      {!readOnly && (
        <Space style={{ marginTop: 12 }} wrap>
          <Input
            aria-label={t('fields.toWhom')}
            placeholder={t('fields.toWhom')}
            value={toWhom}
            onChange={(e) => setToWhom(e.target.value)}
            style={{ width: 200 }}
          />
          <Select
            aria-label={t('fields.via')}
            value={via}
            onChange={setVia}
            style={{ width: 100 }}
            options={FORWARD_WAYS.map((w) => ({ value: w, label: t(`register.ways.${w}`) }))}
          />
          <Input
            aria-label={t('fields.note')}
            placeholder={t('fields.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            style={{ width: 240 }}
          />
          <Button type="primary" disabled={!toWhom.trim()} loading={forward.isPending} onClick={() => forward.mutate()}>
            {t('register.forward')}
          </Button>
        </Space>
      )}
    </>
  );
}
