import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { In } from '@shared/contracts';
import { PACKAGE_STATUSES, type PackageRow, type PackageStatus } from '@shared/bids/packages/contract';
import { useSession } from '../../auth/session-context';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { rpcKey, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { DataTable, type ListRequest } from '../../table/DataTable';
import { SearchBox } from '../../table/ListToolbar';
import { StatusFilter } from '../../table/StatusFilter';

const STATUS_COLOURS: Record<PackageStatus, string> = { draft: 'default', final: 'green', submitted: 'blue' };

export function PackageStatusTag({ status }: { status: PackageStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`bidPackages.status.${status}`)}</Tag>;
}

/** Starts a package for a tender (and lot), from the usual parts or from a template. */
function NewPackageModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rpcError = useRpcError();
  const [form] = Form.useForm<{ tenderId: number; lotId?: number; templateId?: number }>();
  const [q, setQ] = useState('');
  const tenders = useQuery(rpcQuery('bids.packages.tenderOptions', { q }));
  const templates = useQuery(rpcQuery('bids.packages.templates', {}));
  const tenderId = Form.useWatch('tenderId', form);
  const lots = tenders.data?.find((x) => x.id === tenderId)?.lots ?? [];
  const submit = async () => {
    const v = await form.validateFields();
    const created = await rpcError.attempt(
      () =>
        rpc('bids.packages.create', { tenderId: v.tenderId, lotId: v.lotId ?? null, templateId: v.templateId ?? null }),
      form,
    );
    if (created) navigate(`/bids/packages/${created.id}`);
  };
  return (
    <Modal
      open
      title={t('bidPackages.new')}
      onOk={() => void submit()}
      onCancel={onClose}
      okText={t('bidPackages.create')}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="tenderId" label={t('fields.tenderId')} rules={[{ required: true }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={tenders.isFetching}
            options={(tenders.data ?? []).map((x) => ({
              value: x.id,
              label: x.tenderNo ? `${x.projectName}（${x.tenderNo}）` : x.projectName,
            }))}
            onChange={() => form.setFieldValue('lotId', undefined)}
          />
        </Form.Item>
        {lots.length > 0 && (
          <Form.Item name="lotId" label={t('fields.lotId')}>
            <Select allowClear options={lots.map((l) => ({ value: l.id, label: `${l.lotNo} ${l.name}` }))} />
          </Form.Item>
        )}
        <Form.Item name="templateId" label={t('fields.templateId')} extra={t('bidPackages.templateHint')}>
          <Select allowClear options={(templates.data ?? []).map((x) => ({ value: x.id, label: x.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 投标 › 投标文件: the packages, found by title, project, tender number or purchaser. */
export function PackagesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<PackageStatus | undefined>();
  const [creating, setCreating] = useState(false);
  const columns = useMemo<ColumnDef<PackageRow, unknown>[]>(
    () => [
      { id: 'title', header: t('bidPackages.title'), accessorKey: 'title', size: 280, meta: { sortField: 'title' } },
      { id: 'project', header: t('bidPackages.project'), accessorKey: 'projectName', size: 220 },
      { id: 'tenderNo', header: t('bidPackages.tenderNo'), accessorKey: 'tenderNo', size: 140 },
      { id: 'lot', header: t('fields.lotId'), accessorKey: 'lotName', size: 120 },
      {
        id: 'status',
        header: t('bidPackages.statusLabel'),
        accessorKey: 'status',
        size: 80,
        meta: { export: { enumLabels: 'bidPackages.status' } },
        cell: (c) => <PackageStatusTag status={c.row.original.status} />,
      },
      {
        id: 'total',
        header: t('bidPackages.total'),
        accessorKey: 'totalFen',
        size: 130,
        meta: { numeric: true, export: { kind: 'money' } },
        cell: (c) => money(c.row.original.totalFen),
      },
      {
        id: 'deadline',
        header: t('bidPackages.deadline'),
        accessorKey: 'submissionDeadline',
        size: 140,
        meta: { sortField: 'submissionDeadline' },
      },
    ],
    [t],
  );
  const filters = useMemo(() => (status ? { status } : {}), [status]);
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('bids.packages.list', { ...req, q, filters } as In<'bids.packages.list'>),
    [q, filters],
  );
  return (
    <div className="page">
      <DataTable<PackageRow>
        id="bid-packages"
        columns={columns}
        queryKey={rpcKey('bids.packages.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(row) => navigate(`/bids/packages/${row.id}`)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <StatusFilter statuses={PACKAGE_STATUSES} labels="bidPackages.status" onChange={setStatus} />
            {can('bids.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('bidPackages.new')}
              </Button>
            )}
          </>
        }
      />
      {creating && <NewPackageModal onClose={() => setCreating(false)} />}
    </div>
  );
}
