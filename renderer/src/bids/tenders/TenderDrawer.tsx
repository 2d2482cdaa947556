import { useQuery, useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BOND_METHODS,
  bondInput,
  LOT_RESULTS,
  TENDER_RESULTS,
  type BondOut,
  type TenderOut,
} from '@shared/bids/tenders/contract';
import { fenToYuan, yuanToFen } from '@shared/money';
import { useSession } from '../../auth/session-context';
import { validateWith } from '../../forms/zod-form';
import { money, moneyOrBlank } from '../../format';
import { rpc } from '../../rpc/client';
import { invalidateRpc, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { DayField } from '../date-fields';
import { TenderForm } from './TenderForm';

const yuanOrNull = (v: unknown) => (v === undefined || v === null || v === '' ? null : yuanToFen(String(v)));

/** A deadline or tender number reads as one piece, never broken between its date and time. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;
/** A tender as the assistant works it: particulars, lots, required documents in order, bonds and the result. */
export function TenderDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const rpcError = useRpcError();
  const queryClient = useQueryClient();
  const tender = useQuery(rpcQuery('bids.tenders.get', { id }));
  const [editing, setEditing] = useState(false);
  const [bond, setBond] = useState<boolean>(false);
  const [result, setResult] = useState(false);
  const refresh = () => invalidateRpc(queryClient, 'bids.tenders.get');
  const tr = tender.data;
  const write = can('bids.write');
  const lotName = (lotId: number | null) =>
    lotId === null ? t('tenders.wholeTender') : (tr?.lots.find((l) => l.id === lotId)?.lotNo ?? '');
  // Paid / refunded on the day picked (today unless the money moved earlier).
  const [stamping, setStamping] = useState<{ bond: BondOut; what: 'paid' | 'refunded'; day: string | null } | null>(
    null,
  );
  const stamp = async () => {
    if (!stamping?.day) return;
    const { bond: b, what, day } = stamping;
    const ok = await rpcError.attempt(() =>
      what === 'paid'
        ? rpc('bids.tenders.markBondPaid', { id: b.id, lockVersion: b.lockVersion, paidOn: day })
        : rpc('bids.tenders.markBondRefunded', { id: b.id, lockVersion: b.lockVersion, refundedOn: day }),
    );
    if (!ok) return;
    setStamping(null);
    await refresh();
  };
  return (
    <Drawer open width={900} title={tr?.projectName} onClose={onClose} loading={!tr}>
      {tr && (
        <>
          {write && (
            <Space style={{ marginBottom: 12 }}>
              <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
              {tr.status === 'preparing' && (
                <Button
                  onClick={() =>
                    void rpcError
                      .attempt(() => rpc('bids.tenders.markSubmitted', { id: tr.id, lockVersion: tr.lockVersion }))
                      .then(refresh)
                  }
                >
                  {t('tenders.markSubmitted')}
                </Button>
              )}
              <Button onClick={() => setBond(true)}>{t('tenders.addBond')}</Button>
              <Button onClick={() => setResult(true)}>{t('tenders.setResult')}</Button>
            </Space>
          )}
          <Descriptions size="small" bordered column={3}>
            <Descriptions.Item label={t('fields.tenderNo')}>
              <span style={NOWRAP}>{tr.tenderNo}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.purchaserName')}>{tr.purchaserName}</Descriptions.Item>
            <Descriptions.Item label={t('fields.status')}>{t(`tenders.status.${tr.status}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.agentName')}>{tr.agentName}</Descriptions.Item>
            <Descriptions.Item label={t('fields.evaluationMethod')}>
              {t(`tenderMsg.evaluationMethod.${tr.evaluationMethod}`)} {tr.methodNote}
            </Descriptions.Item>
            <Descriptions.Item label={`${t('fields.originals')} / ${t('fields.copies')}`}>
              {tr.originals} / {tr.copies}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.questionsDeadline')}>
              <span style={NOWRAP}>{tr.questionsDeadline}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.submissionDeadline')}>
              <span style={NOWRAP}>{tr.submissionDeadline}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.openingAt')}>
              <span style={NOWRAP}>{tr.openingAt}</span> {tr.openingPlace}
            </Descriptions.Item>
            {tr.ourBid !== null && (
              <Descriptions.Item label={t('tenders.ourBid')}>{money(tr.ourBid)}</Descriptions.Item>
            )}
            {tr.winningBidder && (
              <Descriptions.Item label={t('fields.winningBidder')} span={2}>
                {tr.winningBidder}
              </Descriptions.Item>
            )}
            {tr.winningPrice !== null && (
              <Descriptions.Item label={t('fields.winningPrice')}>{money(tr.winningPrice)}</Descriptions.Item>
            )}
          </Descriptions>
          <h4>{t('tenders.lots')}</h4>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={tr.lots}
            columns={[
              { title: t('fields.lotNo'), dataIndex: 'lotNo', width: 80 },
              { title: t('fields.name'), dataIndex: 'name' },
              {
                title: t('fields.budget'),
                dataIndex: 'budget',
                align: 'right' as const,
                render: (v: number | null) => moneyOrBlank(v),
              },
              {
                title: t('fields.result'),
                dataIndex: 'result',
                render: (v: string | null) => (v ? t(`tenders.status.${v}`) : ''),
              },
              { title: t('fields.winningBidder'), dataIndex: 'winningBidder' },
              {
                title: t('fields.winningPrice'),
                dataIndex: 'winningPrice',
                align: 'right' as const,
                render: (v: number | null) => moneyOrBlank(v),
              },
            ]}
          />
          <h4>{t('tenders.requiredDocs')}</h4>
          <ol>
            {tr.requiredDocs.map((d) => (
              <li key={d.id}>
                {d.mandatory && <Tag color="red">★</Tag>}
                {d.name} {d.note && <span style={{ color: '#888' }}>（{d.note}）</span>}
              </li>
            ))}
          </ol>
          <h4>{t('tenders.bonds')}</h4>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={tr.bonds}
            columns={[
              { title: t('fields.lotId'), dataIndex: 'lotId', render: (v: number | null) => lotName(v) },
              {
                title: t('fields.amount'),
                dataIndex: 'amount',
                align: 'right' as const,
                render: (v: number) => money(v),
              },
              { title: t('fields.paidBy'), dataIndex: 'paidBy', render: (v: string) => t(`tenderMsg.paidBy.${v}`) },
              { title: t('fields.paidOn'), dataIndex: 'paidOn' },
              { title: t('fields.refundedOn'), dataIndex: 'refundedOn' },
              {
                key: 'actions',
                render: (_: unknown, b: BondOut) =>
                  write && (
                    <Space>
                      {!b.paidOn && (
                        <Button
                          size="small"
                          onClick={() => setStamping({ bond: b, what: 'paid', day: dayjs().format('YYYY-MM-DD') })}
                        >
                          {t('tenders.markPaid')}
                        </Button>
                      )}
                      {b.paidOn && !b.refundedOn && (
                        <Button
                          size="small"
                          onClick={() => setStamping({ bond: b, what: 'refunded', day: dayjs().format('YYYY-MM-DD') })}
                        >
                          {t('tenders.markRefunded')}
                        </Button>
                      )}
                    </Space>
                  ),
              },
            ]}
          />
          {tr.competitorPrices.length > 0 && (
            <>
              <h4>{t('tenders.competitorPrices')}</h4>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={tr.competitorPrices}
                columns={[
                  { title: t('fields.lotId'), dataIndex: 'lotId', render: (v: number | null) => lotName(v) },
                  { title: t('fields.bidder'), dataIndex: 'bidder' },
                  {
                    title: t('fields.bidPrice'),
                    dataIndex: 'bidPrice',
                    align: 'right' as const,
                    render: (v: number) => money(v),
                  },
                  { title: t('fields.note'), dataIndex: 'note' },
                ]}
              />
            </>
          )}
          {editing && (
            <TenderForm
              tender={tr}
              onClose={() => {
                setEditing(false);
                void refresh();
              }}
            />
          )}
          {bond && <BondDialog tender={tr} onClose={() => setBond(false)} />}
          {result && <ResultDialog tender={tr} onClose={() => setResult(false)} />}
          {stamping && (
            <Modal
              open
              width={360}
              title={t(stamping.what === 'paid' ? 'tenders.markPaid' : 'tenders.markRefunded')}
              okButtonProps={{ disabled: !stamping.day }}
              onOk={() => void stamp()}
              onCancel={() => setStamping(null)}
            >
              <Form layout="vertical">
                <Form.Item label={t(stamping.what === 'paid' ? 'fields.paidOn' : 'fields.refundedOn')}>
                  <DayField value={stamping.day} onChange={(day) => setStamping({ ...stamping, day })} />
                </Form.Item>
              </Form>
            </Modal>
          )}
        </>
      )}
    </Drawer>
  );
}

function BondDialog({ tender, onClose }: { tender: TenderOut; onClose(): void }) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  async function save() {
    const raw = form.getFieldsValue(true) as Record<string, unknown>;
    const data = validateWith(form, bondInput, { ...raw, amount: yuanOrNull(raw.amountYuan) ?? 0 });
    if (!data) return;
    const ok = await rpcError.attempt(() => rpc('bids.tenders.addBond', { tenderId: tender.id, data }), form);
    if (!ok) return;
    await invalidateRpc(queryClient, 'bids.tenders.get');
    onClose();
  }
  return (
    <Modal open title={t('tenders.addBond')} onOk={() => void save()} onCancel={onClose}>
      <Form form={form} layout="vertical" initialValues={{ paidBy: 'transfer' }}>
        <Form.Item name="lotId" label={t('fields.lotId')}>
          <Select allowClear options={tender.lots.map((l) => ({ value: l.id, label: `${l.lotNo} ${l.name}` }))} />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('fields.amount')} required>
          <Input />
        </Form.Item>
        <Form.Item name="paidBy" label={t('fields.paidBy')}>
          <Select options={BOND_METHODS.map((m) => ({ value: m, label: t(`tenderMsg.paidBy.${m}`) }))} />
        </Form.Item>
        <Form.Item name="payee" label={t('fields.payee')}>
          <Input />
        </Form.Item>
        <Form.Item name="payBy" label={t('fields.payBy')}>
          <DayField />
        </Form.Item>
        <Form.Item name="paidOn" label={t('fields.paidOn')}>
          <DayField />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ResultDialog({ tender, onClose }: { tender: TenderOut; onClose(): void }) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  async function save() {
    const raw = form.getFieldsValue(true) as {
      status: (typeof TENDER_RESULTS)[number];
      winningBidder?: string;
      winningYuan?: string;
      resultNote?: string;
      prices?: { lotId?: number; bidder?: string; priceYuan?: string; note?: string }[];
      lots?: {
        id: number;
        result?: (typeof LOT_RESULTS)[number] | null;
        winningBidder?: string;
        winningYuan?: string;
      }[];
    };
    const ok = await rpcError.attempt(
      () =>
        rpc('bids.tenders.setResult', {
          id: tender.id,
          lockVersion: tender.lockVersion,
          status: raw.status,
          winningBidder: raw.winningBidder ?? null,
          winningPrice: yuanOrNull(raw.winningYuan),
          resultNote: raw.resultNote ?? null,
          lots: (raw.lots ?? []).map((l) => ({
            id: l.id,
            result: l.result ?? null,
            winningBidder: l.winningBidder || null,
            winningPrice: yuanOrNull(l.winningYuan),
          })),
          competitorPrices: (raw.prices ?? []).map((p) => ({
            lotId: p.lotId ?? null,
            bidder: p.bidder ?? '',
            bidPrice: yuanOrNull(p.priceYuan) ?? 0,
            note: p.note ?? null,
          })),
        }),
      form,
    );
    if (!ok) return;
    await invalidateRpc(queryClient, 'bids.tenders.get');
    onClose();
  }
  return (
    <Modal open width={760} title={t('tenders.setResult')} onOk={() => void save()} onCancel={onClose}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          status: tender.status === 'lost' || tender.status === 'abandoned' ? tender.status : 'won',
          winningBidder: tender.winningBidder,
          resultNote: tender.resultNote,
          prices: tender.competitorPrices.map((p) => ({ ...p, priceYuan: fenToYuan(p.bidPrice) })),
          lots: tender.lots.map((l) => ({
            id: l.id,
            result: l.result,
            winningBidder: l.winningBidder,
            winningYuan: l.winningPrice === null ? '' : fenToYuan(l.winningPrice),
          })),
        }}
      >
        <Form.Item name="status" label={t('fields.result')}>
          <Select options={TENDER_RESULTS.map((s) => ({ value: s, label: t(`tenders.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="winningBidder" label={t('fields.winningBidder')}>
          <Input />
        </Form.Item>
        <Form.Item name="winningYuan" label={t('fields.winningPrice')}>
          <Input />
        </Form.Item>
        <Form.Item name="resultNote" label={t('fields.resultNote')}>
          <Input />
        </Form.Item>
        {tender.lots.length > 0 && (
          <>
            <h4>{t('tenders.lotResults')}</h4>
            <Form.List name="lots">
              {(rows) =>
                rows.map((row, i) => {
                  const lot = tender.lots[i]!;
                  const name = `${lot.lotNo} ${lot.name}`.trim();
                  return (
                    <Space key={row.key} align="baseline">
                      <span style={{ display: 'inline-block', width: 150 }}>{name}</span>
                      <Form.Item name={[row.name, 'result']}>
                        <Select
                          allowClear
                          style={{ width: 110 }}
                          aria-label={t('tenders.lotResult', { lot: name })}
                          placeholder={t('fields.result')}
                          options={LOT_RESULTS.map((r) => ({ value: r, label: t(`tenders.status.${r}`) }))}
                        />
                      </Form.Item>
                      <Form.Item name={[row.name, 'winningBidder']}>
                        <Input
                          placeholder={t('fields.winningBidder')}
                          aria-label={t('tenders.lotWinner', { lot: name })}
                        />
                      </Form.Item>
                      <Form.Item name={[row.name, 'winningYuan']}>
                        <Input
                          placeholder={t('fields.winningPrice')}
                          aria-label={t('tenders.lotWinningPrice', { lot: name })}
                        />
                      </Form.Item>
                    </Space>
                  );
                })
              }
            </Form.List>
          </>
        )}
        <h4>{t('tenders.competitorPrices')}</h4>
        <Form.List name="prices">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <Space key={row.key} align="baseline">
                  <Form.Item name={[row.name, 'lotId']}>
                    <Select
                      allowClear
                      style={{ width: 150 }}
                      placeholder={t('tenders.wholeTender')}
                      options={tender.lots.map((l) => ({ value: l.id, label: `${l.lotNo} ${l.name}`.trim() }))}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'bidder']}>
                    <Input placeholder={t('fields.bidder')} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'priceYuan']}>
                    <Input placeholder={t('fields.bidPrice')} />
                  </Form.Item>
                  <Button onClick={() => remove(row.name)}>{t('tenders.remove')}</Button>
                </Space>
              ))}
              <Button onClick={() => add({ lotId: tender.lots[0]?.id })}>{t('tenders.addPrice')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
