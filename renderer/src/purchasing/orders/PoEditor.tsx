import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDecimal } from '@shared/money';
import { poInput, type PoDetail } from '@shared/purchasing/orders/contract';
import { useShortcut } from '../../app/shortcuts';
import { useSession } from '../../auth/session-context';
import { money } from '../../format';
import { useUnsavedGuard } from '../../forms/useUnsavedGuard';
import { recheckShownErrors, validateWith } from '../../forms/zod-form';
import { LinesTotalNote, totalInWords } from '../../quotes/editor/LinesTotalNote';
import { livePricing, type LiveValues } from '../../quotes/editor/live-pricing';
import { rpc, RpcError } from '../../rpc/client';
import { rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { PoHeaderFields } from './PoHeaderFields';
import { PoLinesEditor } from './PoLinesEditor';
import { PoStatusTag } from './PoStatusTag';
import { askedReasons, blankLine, blankPo, linesToBuy, poValues, type PoValues } from './po-form';
import { usePoCommands } from './usePoCommands';

/** What the saved PO gives each sales-order line, summed over its lines. */
function allocatedOn(po: PoDetail | undefined): Map<number, string> {
  const out = new Map<number, string>();
  for (const a of po?.lines.flatMap((l) => l.allocations) ?? [])
    out.set(
      a.orderLineId,
      parseDecimal(out.get(a.orderLineId) ?? '0')
        .plus(parseDecimal(a.quantity))
        .toString(),
    );
  return out;
}

/**
 * 采购订单 being written: a new one (typed, or the lines a sales order still needs bought), or a draft. Saved as a
 * draft; sent, confirmed, printed, e-mailed or cancelled from here, each saving first.
 */
export function PoEditor({
  id,
  fromOrderId,
  onClose,
  onOpen,
}: {
  id: number | 'new';
  /** A new PO for what this sales order still needs. */
  fromOrderId?: number | null;
  onClose(): void;
  /** A new PO was saved: show it by its id. */
  onOpen?(id: number): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const client = useQueryClient();
  const { can } = useSession();
  const commands = usePoCommands();
  const [form] = Form.useForm<PoValues>();
  const unit = t('wording.unitPiece');
  const [blank] = useState(() => blankPo(unit, dayjs().format('YYYY-MM-DD')));
  const [busy, setBusy] = useState(false);
  const [asked, setAsked] = useState<Set<number>>(new Set());
  const [presetting, setPresetting] = useState(Boolean(fromOrderId) && id === 'new');
  const isNew = id === 'new';
  const detail = useQuery({ ...rpcQuery('purchasing.orders.get', { id: id as number }), enabled: !isNew });
  const po = detail.data;
  useEffect(() => {
    if (po) form.setFieldsValue(poValues(po));
  }, [po, form]);

  // From a sales order: its lines still to buy, each allocated to its order line for all it needs.
  useEffect(() => {
    if (!fromOrderId || !isNew) return;
    let live = true;
    void rpcError
      .attempt(async () => {
        const [order, purchase] = await Promise.all([
          client.fetchQuery(rpcQuery('orders.get', { id: fromOrderId })),
          client.fetchQuery(rpcQuery('purchasing.orders.forSalesOrder', { orderId: fromOrderId })),
        ]);
        const productIds = [...new Set(purchase.lines.flatMap((l) => (l.productId === null ? [] : [l.productId])))];
        const products = await Promise.all(
          productIds.map((pid) => client.fetchQuery(rpcQuery('products.get', { id: pid }))),
        );
        const lines = linesToBuy(
          order,
          purchase,
          new Map(order.lines.map((l) => [l.id, l.taxRate])),
          new Map(products.map((p) => [p.id, p.standardCost])),
          true,
        );
        if (live) form.setFieldsValue({ lines: lines.length ? lines : [blankLine(unit)] });
      })
      .finally(() => live && setPresetting(false));
    return () => {
      live = false;
    };
  }, [fromOrderId, isNew, client, form, rpcError, unit]);

  const values = Form.useWatch([], form) as PoValues | undefined;
  const pricing = useMemo(() => livePricing((values ?? blank) as LiveValues), [values, blank]);
  const saved = useMemo(() => allocatedOn(po), [po]);

  const readOnly = !can('purchasing.write');
  // Escape, the × and leaving the page ask first while edits are unsaved.
  const unsaved = useUnsavedGuard(!readOnly);

  /** Saves the draft; null when the form has errors (shown beside the fields). */
  const save = async (): Promise<PoDetail | null> => {
    const data = validateWith(form, poInput, form.getFieldsValue(true));
    if (!data) return null;
    const result = isNew
      ? await rpc('purchasing.orders.create', data)
      : await rpc('purchasing.orders.update', { id: id as number, lockVersion: po!.lockVersion, data });
    unsaved.markClean();
    return result;
  };

  /** Saves, then does what was asked with the saved PO; a new one is then shown by its id. */
  const run = (then?: (p: PoDetail) => Promise<unknown>) => async () => {
    setBusy(true);
    try {
      const p = await save();
      if (!p) return;
      if (then) await then(p);
      else message.success(t('purchaseOrders.saved', { number: p.number }));
      if (isNew) onOpen?.(p.id);
    } catch (err) {
      // The over-buy reason is asked for only when the core asks: its field appears with the core's words.
      if (err instanceof RpcError) setAsked((a) => new Set([...a, ...askedReasons(err.fields)]));
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  };
  const onSave = run();
  const onSend = run(async (p) => {
    if (await commands.send(p.id)) message.success(t('purchaseOrders.sent', { number: p.number }));
  });
  const onConfirm = run(async (p) => {
    if (await commands.confirm(p.id)) message.success(t('purchaseOrders.confirmed', { number: p.number }));
  });
  const onPrint = run((p) => commands.print(p.id));
  const onEmail = run((p) => commands.email(p.id));
  const onCancel = async () => {
    if (po && (await commands.cancel(po.id))) message.success(t('purchaseOrders.cancelled', { number: po.number }));
  };

  useShortcut('save', !readOnly && !busy && (() => void onSave()));

  return (
    <Drawer
      open
      width="96%"
      destroyOnHidden
      onClose={unsaved.guard(onClose)}
      title={
        <Space>
          {po ? `${t('purchaseOrders.number')} ${po.number}` : t('purchaseOrders.new')}
          {po && (
            <span data-testid="po-status">
              <PoStatusTag status={po.status} late={po.late} />
            </span>
          )}
        </Space>
      }
      extra={
        !readOnly && (
          <Space wrap>
            <Button loading={busy} onClick={() => void onSave()}>
              {t('purchaseOrders.save')}
            </Button>
            <Button type="primary" loading={busy} onClick={() => void onSend()}>
              {t('purchaseOrders.send')}
            </Button>
            <Button loading={busy} onClick={() => void onConfirm()}>
              {t('purchaseOrders.confirm')}
            </Button>
            <Button loading={busy} onClick={() => void onPrint()}>
              {t('purchaseOrders.print')}
            </Button>
            <Button loading={busy} onClick={() => void onEmail()}>
              {t('purchaseOrders.email')}
            </Button>
            {po && (
              <Button danger loading={busy} onClick={() => void onCancel()}>
                {t('purchaseOrders.cancel')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {!isNew && detail.isLoading ? (
        <Spin />
      ) : (
        <Spin spinning={presetting}>
          <Form
            form={form}
            layout="vertical"
            disabled={readOnly}
            initialValues={blank}
            onValuesChange={(changed) => {
              unsaved.onValuesChange();
              recheckShownErrors(form, poInput, changed, form.getFieldsValue(true));
            }}
          >
            <PoHeaderFields
              form={form}
              supplierLabel={po?.supplierName}
              shipOrderLabel={po?.shipOrderNumber}
              readOnly={readOnly}
            />
            <PoLinesEditor form={form} pricing={pricing} saved={saved} asked={asked} readOnly={readOnly} />
            <div className="quote-summary" data-testid="po-summary">
              <span>
                {t('quotes.net')} <b>{money(pricing.totals.net)}</b>
              </span>
              <span>
                {t('quotes.tax')} <b>{money(pricing.totals.tax)}</b>
              </span>
              <span>
                {t('quotes.gross')} <b data-testid="po-gross">{money(pricing.totals.gross)}</b>
              </span>
              {totalInWords(pricing) && <span data-testid="po-in-words">{totalInWords(pricing)}</span>}
              <LinesTotalNote pricing={pricing} />
            </div>
          </Form>
        </Spin>
      )}
      {commands.modal}
    </Drawer>
  );
}
