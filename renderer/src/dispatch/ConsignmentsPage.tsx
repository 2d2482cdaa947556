import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Modal from 'antd/es/modal';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Switch from 'antd/es/switch';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In, Out } from '@shared/contracts';
import { FREIGHT_PAYMENTS, HANDOVERS, NOTIFY_WAYS, type ConsignmentRow } from '@shared/dispatch/contract';
import { yuanToFen } from '@shared/money';
import { useSession } from '../auth/session-context';
import { money, price } from '../format';
import { PrintButtons } from '../printing/PrintButtons';
import { useAsk } from '../forms/useAsk';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenParam } from '../table/useOpenParam';
import { SearchBox } from '../table/ListToolbar';
import { CheckedNotesSelect } from './CheckedNotesSelect';
import { useRpcError } from '../rpc/useRpcError';
import { MAX_PAGE_SIZE } from '../table/page-sizes';
import { invalidateRpc, rpcKey, rpcQuery, setRpcData } from '../rpc/query-keys';
import { useShortcut } from '../app/shortcuts';

type Detail = Out<'dispatch.consignments.get'>;

/** 托运: consignments booked with carriers for out-of-town freight. */
export function ConsignmentsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  useShortcut('new', can('deliveries.write') && (() => setCreating(true)));
  const [open, setOpen] = useOpenParam();
  const columns = useMemo<ColumnDef<ConsignmentRow, unknown>[]>(
    () => [
      {
        id: 'number',
        header: t('dispatch.consignmentNumber'),
        accessorKey: 'number',
        size: 130,
        meta: { sortField: 'number' },
      },
      {
        id: 'status',
        header: t('quotes.status'),
        accessorKey: 'status',
        size: 80,
        meta: { export: { enumLabels: 'consignmentStatus' } },
        cell: (c) => <Tag>{t(`consignmentStatus.${c.getValue() as string}`)}</Tag>,
      },
      { id: 'carrierName', header: t('fields.carrierId'), accessorKey: 'carrierName', size: 180 },
      { id: 'waybillNo', header: t('fields.waybillNo'), accessorKey: 'waybillNo', size: 130 },
      { id: 'date', header: t('fields.date'), accessorKey: 'date', size: 100, meta: { sortField: 'date' } },
      { id: 'toStation', header: t('fields.toStation'), accessorKey: 'toStation', size: 90 },
      { id: 'consigneeName', header: t('fields.consigneeName'), accessorKey: 'consigneeName', size: 200 },
      {
        id: 'freight',
        header: t('fields.freight'),
        accessorKey: 'freight',
        size: 100,
        meta: { export: { kind: 'money' }, sortField: 'freight', numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
      {
        id: 'payment',
        header: t('fields.payment'),
        accessorKey: 'payment',
        size: 80,
        meta: { export: { enumLabels: 'dispatch.payments' } },
        cell: (c) => t(`dispatch.payments.${c.getValue() as string}`),
      },
      {
        id: 'receiptsBack',
        header: t('dispatch.receiptsBack'),
        accessorKey: 'receiptsBack',
        size: 70,
        meta: { export: { kind: 'bool' } },
        cell: (c) => (c.getValue() ? '✓' : ''),
      },
      { id: 'settlementNumber', header: t('dispatch.settlement'), accessorKey: 'settlementNumber', size: 120 },
    ],
    [t],
  );
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('dispatch.consignments.list', { ...req, q } as In<'dispatch.consignments.list'>),
    [q],
  );
  return (
    <div className="page">
      <DataTable<ConsignmentRow>
        id="consignments"
        columns={columns}
        queryKey={rpcKey('dispatch.consignments.list', { q })}
        fetchPage={fetchPage}
        onOpen={(r) => setOpen(r.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            {can('deliveries.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('dispatch.newConsignment')}
              </Button>
            )}
          </>
        }
      />
      {creating && (
        <NewConsignmentDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => (setCreating(false), setOpen(id))}
        />
      )}
      {open !== null && <ConsignmentDrawer id={open} onClose={() => setOpen(null)} />}
    </div>
  );
}

function NewConsignmentDialog({ onClose, onCreated }: { onClose(): void; onCreated(id: number): void }) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const carriers = useQuery(rpcQuery('carriers.list', { pageSize: MAX_PAGE_SIZE, filters: { active: true } }));
  async function create() {
    const v = form.getFieldsValue() as Record<string, unknown> & {
      date: dayjs.Dayjs;
      freightYuan?: string;
      insuredYuan?: string;
      codYuan?: string;
    };
    const { freightYuan, insuredYuan, codYuan, date, ...rest } = v;
    try {
      const c = await rpc('dispatch.consignments.create', {
        ...(rest as object),
        date: date.format('YYYY-MM-DD'),
        ...(freightYuan ? { freight: yuanToFen(String(freightYuan)) } : {}),
        insuredValue: insuredYuan ? yuanToFen(String(insuredYuan)) : 0,
        cod: codYuan ? yuanToFen(String(codYuan)) : 0,
      } as In<'dispatch.consignments.create'>);
      await invalidateRpc(queryClient, 'dispatch.consignments.list');
      await invalidateRpc(queryClient, 'deliveries.notes.list');
      onCreated(c.id);
    } catch (err) {
      rpcError.show(err, form);
    }
  }
  const item = (name: string, label: string, node = <Input />, span = 8) => (
    <Col span={span}>
      <Form.Item name={name} label={t(label)}>
        {node}
      </Form.Item>
    </Col>
  );
  return (
    <Modal open width={900} title={t('dispatch.newConsignment')} onOk={() => void create()} onCancel={onClose}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ date: dayjs(), packages: 1, payment: 'monthly', handover: 'door', receiptRequired: true }}
      >
        <Row gutter={12}>
          {item(
            'carrierId',
            'fields.carrierId',
            <Select
              aria-label={t('fields.carrierId')}
              options={(carriers.data?.rows ?? []).map((c) => ({
                value: c.id,
                label: `${c.name}${t('wording.paren', { text: `${t(`dispatch.bases.${c.basis}`)} ${price(c.rate)}` })}`,
              }))}
            />,
          )}
          {item('date', 'fields.date', <DatePicker style={{ width: '100%' }} />)}
          <Col span={24}>
            <Form.Item name="noteIds" label={t('fields.noteIds')}>
              <CheckedNotesSelect
                onRows={(rows) => {
                  const first = rows[0];
                  if (first)
                    form.setFieldsValue({
                      consigneeName: first.customerName,
                      consigneeAddress: first.deliveryAddress,
                      packages: rows.reduce((s, r) => s + r.packages, 0) || 1,
                    });
                }}
              />
            </Form.Item>
          </Col>
          {item('fromStation', 'fields.fromStation')}
          {item('toStation', 'fields.toStation')}
          {item('consigneeName', 'fields.consigneeName')}
          {item('consigneePhone', 'fields.consigneePhone')}
          {item('consigneeAddress', 'fields.consigneeAddress', <Input />, 16)}
          {item('goods', 'fields.goods')}
          {item('packing', 'fields.packing')}
          {item('packages', 'fields.packages', <InputNumber min={1} precision={0} style={{ width: '100%' }} />)}
          {item('weightKg', 'fields.weightKg')}
          {item('volumeM3', 'fields.volumeM3')}
          {item('freightYuan', 'dispatch.freightAgreed')}
          {item(
            'payment',
            'fields.payment',
            <Select options={FREIGHT_PAYMENTS.map((p) => ({ value: p, label: t(`dispatch.payments.${p}`) }))} />,
          )}
          {item(
            'handover',
            'fields.handover',
            <Select options={HANDOVERS.map((p) => ({ value: p, label: t(`dispatch.handovers.${p}`) }))} />,
          )}
          {item('insuredYuan', 'fields.insuredValue')}
          {item('codYuan', 'fields.cod')}
          <Col span={8}>
            <Form.Item name="receiptRequired" label={t('fields.receiptRequired')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

function ConsignmentDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const { can } = useSession();
  const ask = useAsk();
  const queryClient = useQueryClient();
  const q = useQuery({
    ...rpcQuery('dispatch.consignments.get', { id }),
  });
  const [via, setVia] = useState<(typeof NOTIFY_WAYS)[number]>('phone');
  const c = q.data;
  const act = async (step: () => Promise<Detail>) => {
    try {
      setRpcData(queryClient, 'dispatch.consignments.get', { id }, await step());
      await invalidateRpc(queryClient, 'dispatch.consignments.list');
      await Promise.all(
        (['deliveries.notes.list', 'deliveries.notes.get', 'dispatch.board'] as const).map((k) =>
          invalidateRpc(queryClient, k),
        ),
      );
    } catch (err) {
      rpcError.show(err);
    }
  };
  const write = can('deliveries.write');
  return (
    <Drawer
      open
      width="70%"
      title={c ? `${t('dispatch.consignment')} ${c.number}` : ''}
      onClose={onClose}
      destroyOnHidden
      extra={
        c &&
        write && (
          <Space>
            <PrintButtons
              shortcut
              target={{ kind: 'consignmentNote' }}
              label={t('dispatch.printConsignment')}
              print={() => rpc('dispatch.consignments.pdf', { id })}
            />
            {c.status === 'booked' && (
              <Button
                type="primary"
                onClick={async () => {
                  const w = await ask.open(t('fields.waybillNo'), true);
                  if (w) await act(() => rpc('dispatch.consignments.ship', { id, waybillNo: w }));
                }}
              >
                {t('dispatch.ship')}
              </Button>
            )}
            {c.status === 'booked' && (
              <Button
                danger
                onClick={async () => {
                  const reason = await ask.open(t('dispatch.cancelReason'), true);
                  if (reason) await act(() => rpc('dispatch.consignments.cancel', { id, reason }));
                }}
              >
                {t('dispatch.cancelConsignment')}
              </Button>
            )}
            <Space.Compact>
              <Select
                aria-label={t('dispatch.notifyVia')}
                style={{ width: 90 }}
                value={via}
                onChange={setVia}
                options={NOTIFY_WAYS.map((w) => ({ value: w, label: t(`dispatch.notifyWays.${w}`) }))}
              />
              <Button
                onClick={async () => {
                  const n = await ask.open(t('dispatch.notify'), false);
                  if (n !== null) await act(() => rpc('dispatch.consignments.notify', { id, via, note: n }));
                }}
              >
                {t('dispatch.notify')}
              </Button>
            </Space.Compact>
            {c.status === 'shipped' && (
              <Button
                type="primary"
                onClick={() =>
                  void act(() => rpc('dispatch.consignments.arrive', { id, date: dayjs().format('YYYY-MM-DD') }))
                }
              >
                {t('dispatch.arrive')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {!c ? (
        <Spin />
      ) : (
        <>
          <Descriptions size="small" bordered column={3}>
            <Descriptions.Item label={t('quotes.status')}>{t(`consignmentStatus.${c.status}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.carrierId')}>{c.carrierName}</Descriptions.Item>
            <Descriptions.Item label={t('fields.waybillNo')}>{c.waybillNo}</Descriptions.Item>
            <Descriptions.Item label={t('fields.toStation')}>
              {c.fromStation ? `${c.fromStation} → ` : ''}
              {c.toStation}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.consigneeName')}>
              {c.consigneeName} {c.consigneePhone}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.consigneeAddress')}>{c.consigneeAddress}</Descriptions.Item>
            <Descriptions.Item label={t('fields.goods')}>
              {c.goods} {c.packing}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.packages')}>
              {c.packages}
              {c.weightKg ? ` / ${c.weightKg} kg` : ''}
              {c.volumeM3 ? ` / ${c.volumeM3} m³` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.freight')}>
              {money(c.freight)}
              {t('wording.paren', {
                text: `${t(`dispatch.bases.${c.basis}`)}${t('wording.comma')}${t(`dispatch.payments.${c.payment}`)}`,
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.insuredValue')}>{money(c.insuredValue)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.cod')}>{money(c.cod)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.handover')}>
              {t(`dispatch.handovers.${c.handover}`)}
              {c.receiptRequired ? `${t('wording.comma')}${t('fields.receiptRequired')}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('dispatch.notified')} span={3}>
              {c.notifiedAt
                ? `${c.notifiedAt.slice(0, 16).replace('T', ' ')} ${c.notifiedVia ? t(`dispatch.notifyWays.${c.notifiedVia}`) : ''} ${c.notifiedNote ?? ''}`
                : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            style={{ marginTop: 12 }}
            rowKey="id"
            pagination={false}
            dataSource={c.notes}
            columns={[
              { title: t('deliveries.noteNumber'), dataIndex: 'number' },
              { title: t('fields.customerId'), dataIndex: 'customerName' },
              { title: t('quotes.status'), dataIndex: 'status', render: (s: string) => t(`noteStatus.${s}`) },
              { title: t('deliveries.receiptDate'), dataIndex: 'receiptDate' },
            ]}
          />
        </>
      )}
      {ask.modal}
    </Drawer>
  );
}
