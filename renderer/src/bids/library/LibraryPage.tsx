import { FilePdfOutlined, FileOutlined, PlusOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Select from 'antd/es/select';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import {
  EXPIRY_STATES,
  LIBRARY_KINDS,
  type ExpiryState,
  type LibraryItemRow,
  type LibraryKind,
} from '@shared/bids/library/contract';
import { useSession } from '../../auth/session-context';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { rpcKey, rpcQuery } from '../../rpc/query-keys';
import { DataTable, type ListRequest } from '../../table/DataTable';
import { SearchBox } from '../../table/ListToolbar';
import { useOpenParam } from '../../table/useOpenParam';
import { LibraryItemDialog } from './LibraryItemDialog';
import { AttachmentImage } from './AttachmentImage';

const EXPIRY_COLOURS: Record<ExpiryState, string> = {
  valid: 'green',
  expiring: 'orange',
  expired: 'red',
  longTerm: 'blue',
};

export function ExpiryTag({ expiry }: { expiry: ExpiryState }) {
  const { t } = useTranslation();
  return <Tag color={EXPIRY_COLOURS[expiry]}>{t(`library.expiry.${expiry}`)}</Tag>;
}

function Thumb({ row }: { row: LibraryItemRow }) {
  if (row.thumbnailAttachmentId) return <AttachmentImage id={row.thumbnailAttachmentId} size={48} />;
  const style = { fontSize: 28, color: '#999' };
  if (row.firstMime === 'application/pdf') return <FilePdfOutlined style={style} />;
  if (row.firstMime === 'video/mp4') return <VideoCameraOutlined style={style} />;
  return row.fileCount ? <FileOutlined style={style} /> : null;
}

/** 资料库: certificates, authorisations, reports and past cases, with thumbnails and their validity in colour. */
export function LibraryPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<LibraryKind | undefined>();
  const [tag, setTag] = useState<string | undefined>();
  const [expiry, setExpiry] = useState<ExpiryState | undefined>();
  const [open, setOpen] = useOpenParam();
  const [creating, setCreating] = useState(false);
  const tags = useQuery(rpcQuery('bids.library.tags', {}));
  const columns = useMemo<ColumnDef<LibraryItemRow, unknown>[]>(
    () => [
      { id: 'thumb', header: t('library.thumbnail'), size: 70, cell: (c) => <Thumb row={c.row.original} /> },
      { id: 'name', header: t('fields.name'), accessorKey: 'name', size: 260, meta: { sortField: 'name' } },
      {
        id: 'kind',
        header: t('fields.kind'),
        accessorKey: 'kind',
        size: 100,
        meta: { sortField: 'kind', export: { enumLabels: 'library.kind' } },
        cell: (c) => t(`library.kind.${c.getValue() as LibraryKind}`),
      },
      { id: 'issuedBy', header: t('fields.issuedBy'), accessorKey: 'issuedBy', size: 180 },
      { id: 'number', header: t('fields.number'), accessorKey: 'number', size: 140 },
      { id: 'brand', header: t('fields.brand'), accessorKey: 'brand', size: 90 },
      {
        id: 'validTo',
        header: t('fields.validTo'),
        accessorKey: 'validTo',
        size: 100,
        meta: { sortField: 'validTo' },
      },
      {
        id: 'expiry',
        header: t('library.expiryFilter'),
        accessorKey: 'expiry',
        size: 100,
        meta: { export: { enumLabels: 'library.expiry' } },
        cell: (c) => <ExpiryTag expiry={c.getValue() as ExpiryState} />,
      },
      {
        id: 'caseAmount',
        header: t('fields.caseAmount'),
        accessorKey: 'caseAmount',
        size: 120,
        meta: { export: { kind: 'money' }, numeric: true },
        cell: (c) => (c.getValue() === null ? '' : money(c.getValue() as number)),
      },
      {
        id: 'tags',
        header: t('fields.tags'),
        accessorKey: 'tags',
        size: 160,
        cell: (c) => (c.getValue() as string[]).map((tg) => <Tag key={tg}>{tg}</Tag>),
      },
    ],
    [t],
  );
  const filters = useMemo(
    () => ({ ...(kind ? { kind } : {}), ...(tag ? { tag } : {}), ...(expiry ? { expiry } : {}) }),
    [kind, tag, expiry],
  );
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('bids.library.list', { ...req, q, filters } as In<'bids.library.list'>),
    [q, filters],
  );
  return (
    <div className="page">
      <DataTable<LibraryItemRow>
        id="library"
        columns={columns}
        queryKey={rpcKey('bids.library.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(r) => setOpen(r.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <Select<LibraryKind>
              allowClear
              style={{ width: 130 }}
              placeholder={t('library.kindFilter')}
              aria-label={t('library.kindFilter')}
              onChange={setKind}
              options={LIBRARY_KINDS.map((k) => ({ value: k, label: t(`library.kind.${k}`) }))}
            />
            <Select<string>
              allowClear
              showSearch
              style={{ width: 130 }}
              placeholder={t('library.tagFilter')}
              aria-label={t('library.tagFilter')}
              onChange={setTag}
              options={(tags.data ?? []).map((tg) => ({ value: tg, label: tg }))}
            />
            <Select<ExpiryState>
              allowClear
              style={{ width: 140 }}
              placeholder={t('library.expiryFilter')}
              aria-label={t('library.expiryFilter')}
              onChange={setExpiry}
              options={EXPIRY_STATES.map((s) => ({ value: s, label: t(`library.expiry.${s}`) }))}
            />
            {can('bids.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('library.newItem')}
              </Button>
            )}
          </>
        }
      />
      {(open !== null || creating) && (
        <LibraryItemDialog
          id={creating ? null : open}
          onClose={() => {
            setCreating(false);
            setOpen(null);
          }}
        />
      )}
    </div>
  );
}
