import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Table from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteDetail } from '@shared/deliveries/contract';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';
import { qty } from '../../format';

type Line = NoteDetail['lines'][number];

/** 出库核对: scan or type each line's code, count it; a mismatch blocks loading. */
export function PickCheckTab({
  note,
  readOnly,
  onDone,
}: {
  note: NoteDetail;
  readOnly: boolean;
  onDone(n: NoteDetail): Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [entered, setEntered] = useState<Record<number, { code?: string; quantity?: string }>>({});
  const last = note.checks.at(-1);
  const set = (lineId: number, patch: { code?: string; quantity?: string }) =>
    setEntered((e) => ({ ...e, [lineId]: { ...e[lineId], ...patch } }));
  async function submit() {
    try {
      const after = await rpc('deliveries.notes.check', {
        id: note.id,
        lines: note.lines.map((l) => ({
          lineId: l.id,
          code: entered[l.id]?.code ?? '',
          quantity: entered[l.id]?.quantity ?? '',
        })),
      });
      await onDone(after);
      const result = after.checks.at(-1);
      if (result?.passed) message.success(t('deliveries.checkPassed'));
      else message.error(t('deliveries.checkFailed', { count: result?.mismatches.length ?? 0 }));
    } catch (err) {
      rpcError.show(err);
    }
  }
  return (
    <>
      {last && (
        <Alert
          style={{ marginBottom: 8 }}
          showIcon
          type={last.passed ? 'success' : 'error'}
          data-testid="pick-result"
          message={
            last.passed
              ? t('deliveries.checkedOk', {
                  who: last.checkedBy ?? '',
                  at: last.checkedAt.slice(0, 16).replace('T', ' '),
                })
              : t('deliveries.checkFailed', { count: last.mismatches.length })
          }
          description={
            !last.passed &&
            last.mismatches.map((m) => (
              <div key={m.lineId}>
                {m.position}
                {t('wording.colon')}
                {m.problems.map((p) => t(`deliveries.problems.${p}`)).join(t('wording.listSep'))}
                {t('wording.paren', {
                  text: `${t('deliveries.expected')} ${m.expected}${t('wording.clauseSep')}${t('deliveries.entered')} ${m.entered || '—'}`,
                })}
              </div>
            ))
          }
        />
      )}
      {note.status === 'prepared' && !readOnly && (
        <>
          <Table<Line>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={note.lines}
            columns={[
              { title: t('fields.name'), dataIndex: 'name' },
              { title: t('fields.spec'), dataIndex: 'spec' },
              { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right', render: qty },
              {
                title: t('deliveries.scanCode'),
                key: 'code',
                render: (_v, l) => (
                  <Input
                    aria-label={`${t('deliveries.scanCode')} ${l.name}`}
                    value={entered[l.id]?.code}
                    onChange={(e) => set(l.id, { code: e.target.value })}
                  />
                ),
              },
              {
                title: t('deliveries.counted'),
                key: 'qty',
                render: (_v, l) => (
                  <Input
                    aria-label={`${t('deliveries.counted')} ${l.name}`}
                    style={{ width: 90 }}
                    value={entered[l.id]?.quantity}
                    onChange={(e) => set(l.id, { quantity: e.target.value })}
                  />
                ),
              },
            ]}
          />
          <Button type="primary" style={{ marginTop: 8 }} onClick={() => void submit()}>
            {t('deliveries.submitCheck')}
          </Button>
        </>
      )}
    </>
  );
}
