import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '@shared/purchasing/rfq/contract';
import { useAsk } from '../../forms/useAsk';
import { money, price, qty, taxRateLabel } from '../../format';
import { rpc } from '../../rpc/client';
import { invalidateRpc, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';

type Item = Comparison['items'][number];
type Cell = Item['cells'][number];

function CellView({
  item,
  cell,
  canChoose,
  onChoose,
}: {
  item: Item;
  cell: Cell;
  canChoose: boolean;
  onChoose(): void;
}) {
  const { t } = useTranslation();
  if (cell.state !== 'answered')
    return (
      <Typography.Text type="secondary">
        {t(cell.state === 'declined' ? 'rfq.declined' : 'rfq.missing')}
      </Typography.Text>
    );
  const diff = new Set(cell.differs);
  return (
    <div style={{ lineHeight: 1.6, background: cell.best ? '#f6ffed' : undefined, padding: 4 }}>
      <div>
        {cell.best && <Tag color="green">{t('rfq.best')}</Tag>}
        {cell.chosen && <Tag color="blue">{t('rfq.chosen')}</Tag>}
        <b>{price(cell.unitPrice)}</b> {cell.priceIncludesTax ? t('catalogue.includesTax') : t('catalogue.excludesTax')}{' '}
        {taxRateLabel(cell.taxRate!)}
      </div>
      <div>
        {t('rfq.net')} {price(cell.netUnitPrice)} · {t('rfq.gross')} {price(cell.grossUnitPrice)}
      </div>
      <div>
        {t('rfq.netTotal')} {money(cell.netTotal!)} · {t('rfq.grossTotal')} {money(cell.grossTotal!)}
      </div>
      <div>
        {cell.leadDays !== null && `${t('rfq.lead')} ${t('rfq.days', { n: cell.leadDays })} `}
        {cell.minQuantity && `${t('rfq.minQty')} ${qty(cell.minQuantity)} `}
        {cell.model && `${t('rfq.model')} ${cell.model}`}
      </div>
      {item.paramDiffs.length > 0 && (
        <div>
          {item.paramDiffs.map((p) => {
            const v = p.values.find((x) => x.supplierId === cell.supplierId)?.value ?? '—';
            return (
              <Tag
                key={p.name}
                color={diff.has(p.name) ? 'orange' : undefined}
                title={diff.has(p.name) ? t('rfq.differs') : undefined}
              >
                {p.name} {v}
              </Tag>
            );
          })}
        </div>
      )}
      {canChoose && !cell.chosen && (
        <Button size="small" onClick={onChoose}>
          {t('rfq.chooseBtn')}
        </Button>
      )}
    </div>
  );
}

/** Items down, suppliers across (their latest round): prices as quoted and on both tax bases, best marked, parameter differences in orange, choose with a reason. */
export function CompareMatrix({ id, canChoose }: { id: number; canChoose: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const rpcError = useRpcError();
  const client = useQueryClient();
  const ask = useAsk();
  const matrix = useQuery(rpcQuery('purchasing.rfq.compare', { id }));
  const m = matrix.data;

  async function choose(item: Item, cell: Cell) {
    const reason = await ask.open(t('rfq.chooseReason'), true);
    if (!reason) return;
    const done = await rpcError.attempt(() =>
      rpc('purchasing.rfq.choose', { itemId: item.id, answerLineId: cell.answerLineId!, reason }),
    );
    if (!done) return;
    if (done.quoteNote) modal[done.quoteUpdated ? 'success' : 'info']({ content: done.quoteNote });
    await Promise.all([
      invalidateRpc(client, 'purchasing.rfq.compare', { id }),
      invalidateRpc(client, 'purchasing.rfq.get', { id }),
      invalidateRpc(client, 'purchasing.rfq.list'),
      invalidateRpc(client, 'quotes.get'),
    ]);
  }

  if (!m) return null;
  return (
    <div data-testid="rfq-matrix">
      {ask.modal}
      <Table<Item>
        size="small"
        rowKey="id"
        bordered
        pagination={false}
        scroll={{ x: 260 + m.suppliers.length * 260 }}
        dataSource={m.items}
        columns={[
          {
            title: t('rfq.items'),
            key: 'item',
            fixed: 'left',
            width: 240,
            render: (_, item) => (
              <div>
                <div>
                  {item.position}. <b>{item.name}</b> {item.spec ?? ''}
                </div>
                <div>
                  {qty(item.quantity)} {item.unit}
                </div>
                {item.params.length > 0 && (
                  <div>
                    {t('rfq.asked')}：{item.params.map((p) => `${p.name} ${p.value}`).join('；')}
                  </div>
                )}
              </div>
            ),
          },
          ...m.suppliers.map((s, i) => ({
            title: (
              <div>
                <div>{s.supplierName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.round ? t('rfq.round', { n: s.round }) : s.declined ? t('rfq.declined') : t('rfq.missing')}
                  {s.paymentTerms ? ` · ${s.paymentTerms}` : ''}
                  {s.validUntil ? ` · ${t('rfq.validUntil')} ${s.validUntil}` : ''}
                </Typography.Text>
                {s.round && (
                  <div style={{ fontSize: 12 }}>
                    {t('rfq.totals')} {money(s.grossTotal)}
                  </div>
                )}
              </div>
            ),
            key: `s${s.supplierId}`,
            width: 260,
            render: (_: unknown, item: Item) => (
              <CellView
                item={item}
                cell={item.cells[i]!}
                canChoose={canChoose}
                onChoose={() => void choose(item, item.cells[i]!)}
              />
            ),
          })),
        ]}
      />
    </div>
  );
}
