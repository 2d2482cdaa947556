import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import DatePicker from 'antd/es/date-picker';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In, Out } from '@shared/contracts';
import { useSession } from '../auth/session-context';
import { useAsk } from '../forms/useAsk';
import { PrintButtons } from '../printing/PrintButtons';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenParam } from '../table/useOpenParam';
import { SearchBox } from '../table/ListToolbar';
import { CheckedNotesSelect } from './CheckedNotesSelect';
import { useRpcError } from '../rpc/useRpcError';
import { invalidateRpc, rpcKey, rpcQuery, setRpcData } from '../rpc/query-keys';
import { useShortcut } from '../app/shortcuts';

type Row = Out<'dispatch.runs.list'>['rows'][number];
type Run = Out<'dispatch.runs.get'>;

/** 市内送货: runs with vehicle, driver and escort, their stops, departure and return. */
export function RunsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  useShortcut('new', can('deliveries.write') && (() => setCreating(true)));
  const [open, setOpen] = useOpenParam();
  const columns = useMemo<ColumnDef<Row, unknown>[]>(
    () => [
      {
        id: 'number',
        header: t('dispatch.runNumber'),
        accessorKey: 'number',
        size: 130,
        meta: { sortField: 'number' },
      },
      { id: 'date', header: t('fields.date'), accessorKey: 'date', size: 100, meta: { sortField: 'date' } },
      {
        id: 'status',
        header: t('quotes.status'),
        accessorKey: 'status',
        size: 80,
        meta: { export: { enumLabels: 'runStatus' } },
        cell: (c) => <Tag>{t(`runStatus.${c.getValue() as string}`)}</Tag>,
      },
      { id: 'vehicle', header: t('fields.vehicle'), accessorKey: 'vehicle', size: 110 },
      { id: 'driver', header: t('fields.driver'), accessorKey: 'driver', size: 90 },
      { id: 'escort', header: t('fields.escort'), accessorKey: 'escort', size: 90 },
      { id: 'stops', header: t('dispatch.stops'), accessorKey: 'stops', size: 60, meta: { numeric: true } },
    ],
    [t],
  );
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('dispatch.runs.list', { ...req, q } as In<'dispatch.runs.list'>),
    [q],
  );
  return (
    <div className="page">
      <DataTable<Row>
        id="runs"
        columns={columns}
        queryKey={rpcKey('dispatch.runs.list', { q })}
        fetchPage={fetchPage}
        onOpen={(r) => setOpen(r.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            {can('deliveries.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('dispatch.newRun')}
              </Button>
            )}
          </>
        }
      />
      {creating && (
        <NewRunDialog onClose={() => setCreating(false)} onCreated={(id) => (setCreating(false), setOpen(id))} />
      )}
      {open !== null && <RunDrawer id={open} onClose={() => setOpen(null)} />}
    </div>
  );
}

function NewRunDialog({ onClose, onCreated }: { onClose(): void; onCreated(id: number): void }) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  async function create() {
    const v = form.getFieldsValue() as {
      date: dayjs.Dayjs;
      vehicle: string;
      driver: string;
      escort?: string;
      noteIds?: number[];
    };
    try {
      const run = await rpc('dispatch.runs.create', {
        date: v.date.format('YYYY-MM-DD'),
        vehicle: v.vehicle,
        driver: v.driver,
        escort: v.escort,
        noteIds: v.noteIds ?? [],
      });
      await invalidateRpc(queryClient, 'dispatch.runs.list');
      await invalidateRpc(queryClient, 'deliveries.notes.list');
      onCreated(run.id);
    } catch (err) {
      rpcError.show(err, form);
    }
  }
  return (
    <Modal open width={720} title={t('dispatch.newRun')} onOk={() => void create()} onCancel={onClose}>
      <Form form={form} layout="vertical" initialValues={{ date: dayjs() }}>
        <Space>
          <Form.Item name="date" label={t('fields.date')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="vehicle" label={t('fields.vehicle')}>
            <Input />
          </Form.Item>
          <Form.Item name="driver" label={t('fields.driver')}>
            <Input />
          </Form.Item>
          <Form.Item name="escort" label={t('fields.escort')}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="noteIds" label={t('dispatch.stopsInOrder')}>
          <CheckedNotesSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RunDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const ask = useAsk();
  const run = useQuery(rpcQuery('dispatch.runs.get', { id }));
  const [delivered, setDelivered] = useState<number[] | null>(null);
  const r = run.data;
  const act = async (step: () => Promise<Run>) => {
    try {
      setRpcData(queryClient, 'dispatch.runs.get', { id }, await step());
      await invalidateRpc(queryClient, 'dispatch.runs.list');
      await Promise.all(
        (['deliveries.notes.list', 'deliveries.notes.get', 'dispatch.board'] as const).map((k) =>
          invalidateRpc(queryClient, k),
        ),
      );
    } catch (err) {
      rpcError.show(err);
    }
  };
  const ticked = delivered ?? r?.stopList.map((s) => s.noteId) ?? [];
  return (
    <Drawer
      open
      width="70%"
      title={r ? `${t('dispatch.run')} ${r.number}` : ''}
      onClose={onClose}
      destroyOnHidden
      extra={
        r && (
          <Space>
            <PrintButtons
              shortcut
              target={{ kind: 'runSheet' }}
              label={t('dispatch.runSheet')}
              print={() => rpc('dispatch.runs.sheet', { id })}
            />
            {can('deliveries.write') && r.status === 'planned' && (
              <Button type="primary" onClick={() => void act(() => rpc('dispatch.runs.depart', { id }))}>
                {t('dispatch.depart')}
              </Button>
            )}
            {can('deliveries.write') && r.status === 'planned' && (
              <Button
                danger
                onClick={async () => {
                  const reason = await ask.open(t('dispatch.cancelReason'), true);
                  if (reason) await act(() => rpc('dispatch.runs.cancel', { id, reason }));
                }}
              >
                {t('dispatch.cancelRun')}
              </Button>
            )}
            {can('deliveries.write') && r.status === 'on_road' && (
              <Button
                type="primary"
                onClick={() =>
                  void act(() =>
                    rpc('dispatch.runs.return', { id, delivered: ticked, date: dayjs().format('YYYY-MM-DD') }),
                  )
                }
              >
                {t('dispatch.returnBack')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {!r ? (
        <Spin />
      ) : (
        <>
          <Descriptions size="small" bordered column={4}>
            <Descriptions.Item label={t('quotes.status')}>{t(`runStatus.${r.status}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.vehicle')}>{r.vehicle}</Descriptions.Item>
            <Descriptions.Item label={t('fields.driver')}>{r.driver}</Descriptions.Item>
            <Descriptions.Item label={t('fields.escort')}>{r.escort}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            style={{ marginTop: 12 }}
            rowKey="noteId"
            pagination={false}
            dataSource={r.stopList}
            columns={[
              ...(r.status === 'on_road'
                ? [
                    {
                      title: t('dispatch.handedOver'),
                      key: 'd',
                      width: 70,
                      render: (_v: unknown, s: Run['stopList'][number]) => (
                        <Checkbox
                          aria-label={`${t('dispatch.handedOver')} ${s.number}`}
                          checked={ticked.includes(s.noteId)}
                          onChange={(e) =>
                            setDelivered(
                              e.target.checked ? [...ticked, s.noteId] : ticked.filter((x) => x !== s.noteId),
                            )
                          }
                        />
                      ),
                    },
                  ]
                : []),
              { title: t('dispatch.stop'), dataIndex: 'stopNo', width: 50 },
              { title: t('deliveries.noteNumber'), dataIndex: 'number' },
              { title: t('fields.customerId'), dataIndex: 'customerName' },
              { title: t('fields.deliveryAddress'), dataIndex: 'deliveryAddress' },
              { title: t('fields.packages'), dataIndex: 'packages', align: 'right' },
              { title: t('quotes.status'), dataIndex: 'status', render: (s: string) => t(`noteStatus.${s}`) },
            ]}
          />
        </>
      )}
      {ask.modal}
    </Drawer>
  );
}
