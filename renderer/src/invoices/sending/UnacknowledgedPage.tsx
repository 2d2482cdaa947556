import { MailOutlined, PhoneOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Modal from 'antd/es/modal';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { shownInvoiceNumber } from '@shared/invoices/invoice-number';
import { type UnacknowledgedRow } from '@shared/invoices/sending-contract';
import { useSession } from '../../auth/session-context';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { invalidateRpc, rpcKey, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { DataTable, type ListRequest } from '../../table/DataTable';
import { SearchBox } from '../../table/ListToolbar';
import { AcknowledgeDialog } from './AcknowledgeDialog';

/** 待回执: invoices sent and not acknowledged after N days, oldest first; remind or record the 回执. */
export function UnacknowledgedPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  // The wait comes from 设置 › 应收与信用 until the user types another.
  const settings = useQuery(rpcQuery('receivables.settings.get', {}));
  const [typedDays, setDays] = useState<number | null>(null);
  const days = typedDays ?? settings.data?.ackReminderDays;
  const [chosen, setChosen] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [phoneNote, setPhoneNote] = useState<string | null>(null);
  const [acking, setAcking] = useState<UnacknowledgedRow | null>(null);
  const [rows, setRows] = useState<UnacknowledgedRow[]>([]);
  const writer = can('invoices.write');

  const columns = useMemo<ColumnDef<UnacknowledgedRow, unknown>[]>(
    () => [
      {
        id: 'number',
        header: t('invoiceSending.number'),
        accessorKey: 'number',
        size: 175,
        meta: { sortField: 'number' },
        cell: (c) => shownInvoiceNumber(c.row.original),
      },
      { id: 'customerName', header: t('invoiceSending.customer'), accessorKey: 'customerName', size: 200 },
      { id: 'issueDate', header: t('invoiceSending.issueDate'), accessorKey: 'issueDate', size: 100 },
      {
        id: 'grossFen',
        header: t('invoiceSending.amount'),
        accessorKey: 'grossFen',
        size: 110,
        meta: { export: { kind: 'money' }, numeric: true, sortField: 'grossFen' },
        cell: (c) => money(c.getValue() as number),
      },
      {
        id: 'sentOn',
        header: t('invoiceSending.sentOn'),
        accessorKey: 'sentOn',
        size: 100,
        meta: { sortField: 'sentOn' },
      },
      {
        id: 'daysWaiting',
        header: t('invoiceSending.daysWaiting'),
        accessorKey: 'daysWaiting',
        size: 90,
        meta: { numeric: true },
      },
      {
        id: 'remindedOn',
        header: t('invoiceSending.remindedOn'),
        accessorKey: 'remindedOn',
        size: 150,
        cell: (c) =>
          c.row.original.remindedOn && (
            <span>
              {c.row.original.remindedOn}{' '}
              {c.row.original.lastReminderWay && (
                <Tag>{t(`invoiceSending.ways.${c.row.original.lastReminderWay}`)}</Tag>
              )}
            </span>
          ),
      },
      {
        id: 'invoiceEmail',
        header: t('invoiceSending.invoiceEmail'),
        accessorKey: 'invoiceEmail',
        size: 150,
        cell: (c) => (c.getValue() as string | null) ?? <Tag color="warning">{t('invoiceSending.noEmail')}</Tag>,
      },
    ],
    [t],
  );
  const filters = useMemo(() => (days === undefined ? {} : { days }), [days]);
  const fetchPage = useCallback(
    async (req: ListRequest) => {
      const page = await rpc('invoices.unacknowledged', { ...req, q, filters } as In<'invoices.unacknowledged'>);
      setRows(page.rows);
      return page;
    },
    [q, filters],
  );
  const refresh = async () => {
    setChosen([]);
    await invalidateRpc(client, 'invoices.unacknowledged');
  };
  async function remind(way: 'email' | 'phone', note: string | null = null) {
    setBusy(true);
    const done = await rpcError.attempt(() => rpc('invoices.remind', { invoiceIds: chosen, way, note }));
    setBusy(false);
    if (!done) return;
    void message.success(t('invoiceSending.reminded', { count: done.length }));
    setPhoneNote(null);
    await refresh();
  }
  const chosenRow = chosen.length === 1 ? rows.find((r) => r.id === chosen[0]) : undefined;

  return (
    <div className="page">
      <DataTable<UnacknowledgedRow>
        id="invoices-unacknowledged"
        columns={columns}
        queryKey={rpcKey('invoices.unacknowledged', { q, filters })}
        fetchPage={fetchPage}
        {...(writer ? { selected: chosen, onSelect: setChosen } : {})}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <Space>
              {t('invoiceSending.waitingAtLeast')}
              <InputNumber
                aria-label={t('invoiceSending.waitingAtLeast')}
                min={0}
                max={3650}
                value={days}
                onChange={(v) => setDays(v)}
                style={{ width: 70 }}
              />
              {t('invoiceSending.days')}
            </Space>
            {writer && (
              <>
                <Button
                  icon={<MailOutlined />}
                  disabled={!chosen.length}
                  loading={busy}
                  onClick={() => void remind('email')}
                >
                  {t('invoiceSending.remindEmail')}
                </Button>
                <Button icon={<PhoneOutlined />} disabled={!chosen.length} onClick={() => setPhoneNote('')}>
                  {t('invoiceSending.remindPhone')}
                </Button>
                <Button disabled={!chosenRow} onClick={() => setAcking(chosenRow ?? null)}>
                  {t('invoiceSending.acknowledge')}
                </Button>
                {chosen.length > 0 && <span>{t('invoiceSending.selected', { count: chosen.length })}</span>}
              </>
            )}
          </>
        }
      />
      {phoneNote !== null && (
        <Modal
          open
          title={t('invoiceSending.remindPhone')}
          onCancel={() => setPhoneNote(null)}
          onOk={() => void remind('phone', phoneNote || null)}
          confirmLoading={busy}
        >
          <Input.TextArea
            aria-label={t('invoiceSending.phoneNote')}
            placeholder={t('invoiceSending.phoneNote')}
            rows={3}
            maxLength={200}
            value={phoneNote}
            onChange={(e) => setPhoneNote(e.target.value)}
          />
        </Modal>
      )}
      {acking && (
        <AcknowledgeDialog
          invoice={acking}
          onClose={() => setAcking(null)}
          onDone={() => {
            setAcking(null);
            void refresh();
          }}
        />
      )}
    </div>
  );
}
