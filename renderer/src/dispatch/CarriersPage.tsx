import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { carrierInput, FREIGHT_BASES, type CarrierOut } from '@shared/carriers/contract';
import { fenToYuan, yuanToFen } from '@shared/money';
import { useSession } from '../auth/session-context';
import { FieldGrid } from '../forms/FieldGrid';
import { validateWith } from '../forms/zod-form';
import { money, price } from '../format';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { SearchBox } from '../table/ListToolbar';
import { useRpcError } from '../rpc/useRpcError';
import { invalidateRpc, rpcKey } from '../rpc/query-keys';
import { useShortcut } from '../app/shortcuts';

/** 承运商: carriers with their routes and the agreed freight basis and rate. */
export function CarriersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<CarrierOut | 'new' | null>(null);
  useShortcut('new', can('deliveries.write') && (() => setEditing('new')));
  const columns = useMemo<ColumnDef<CarrierOut, unknown>[]>(
    () => [
      { id: 'name', header: t('fields.name'), accessorKey: 'name', size: 220, meta: { sortField: 'name' } },
      { id: 'contactName', header: t('fields.contactName'), accessorKey: 'contactName', size: 90 },
      { id: 'phone', header: t('fields.phone'), accessorKey: 'phone', size: 130 },
      { id: 'routes', header: t('fields.routes'), accessorKey: 'routes', size: 240 },
      {
        id: 'basis',
        header: t('fields.basis'),
        accessorKey: 'basis',
        size: 80,
        meta: { export: { enumLabels: 'dispatch.bases' } },
        cell: (c) => t(`dispatch.bases.${c.getValue() as string}`),
      },
      {
        id: 'rate',
        header: t('fields.rate'),
        accessorKey: 'rate',
        size: 80,
        meta: { numeric: true },
        cell: (c) => price(c.getValue() as string | null),
      },
      {
        id: 'minimum',
        header: t('fields.minimum'),
        accessorKey: 'minimum',
        size: 90,
        meta: { export: { kind: 'money' }, numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
      {
        id: 'active',
        header: t('fields.active'),
        accessorKey: 'active',
        size: 60,
        meta: { export: { kind: 'bool' } },
        cell: (c) => (c.getValue() ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>),
      },
    ],
    [t],
  );
  const fetchPage = useCallback((req: ListRequest) => rpc('carriers.list', { ...req, q } as In<'carriers.list'>), [q]);
  return (
    <div className="page">
      <DataTable<CarrierOut>
        id="carriers"
        columns={columns}
        queryKey={rpcKey('carriers.list', { q })}
        fetchPage={fetchPage}
        onOpen={setEditing}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            {can('deliveries.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('dispatch.newCarrier')}
              </Button>
            )}
          </>
        }
      />
      {editing && <CarrierDialog carrier={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

function CarrierDialog({ carrier, onClose }: { carrier: CarrierOut | null; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  async function save() {
    const raw = form.getFieldsValue(true) as Record<string, unknown> & { minimumYuan?: string };
    const data = validateWith(form, carrierInput, {
      ...raw,
      minimum: raw.minimumYuan ? yuanToFen(String(raw.minimumYuan)) : 0,
    });
    if (!data) return;
    try {
      if (carrier) await rpc('carriers.update', { id: carrier.id, lockVersion: carrier.lockVersion, data });
      else await rpc('carriers.create', data);
      message.success(t('common.saved'));
      await invalidateRpc(queryClient, 'carriers.list');
      onClose();
    } catch (err) {
      rpcError.show(err, form);
    }
  }
  return (
    <Modal
      open
      width={760}
      title={carrier ? carrier.name : t('dispatch.newCarrier')}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          carrier
            ? { ...carrier, minimumYuan: fenToYuan(carrier.minimum) }
            : { basis: 'weight', rate: '0', active: true }
        }
      >
        <FieldGrid
          fields={[
            { name: 'name', label: 'fields.name', span: 12, required: true },
            { name: 'contactName', label: 'fields.contactName', span: 6 },
            { name: 'phone', label: 'fields.phone', span: 6 },
            { name: 'routes', label: 'fields.routes', span: 24 },
            {
              name: 'basis',
              label: 'fields.basis',
              span: 6,
              input: <Select options={FREIGHT_BASES.map((b) => ({ value: b, label: t(`dispatch.bases.${b}`) }))} />,
            },
            { name: 'rate', label: 'fields.rate', span: 6, extra: 'dispatch.rateHint' },
            { name: 'minimumYuan', label: 'fields.minimum', span: 6 },
            { name: 'active', label: 'fields.active', span: 6, toggle: true },
            { name: 'notes', label: 'fields.notes', span: 24, input: <Input.TextArea rows={2} /> },
          ]}
        />
      </Form>
    </Modal>
  );
}
