import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Tabs from 'antd/es/tabs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quoteInput, type QuoteDetail } from '@shared/quotes/contract';
import { AuditTimeline } from '../audit/AuditTimeline';
import { useSession } from '../auth/session-context';
import { useUnsavedGuard } from '../forms/useUnsavedGuard';
import { recheckShownErrors, validateWith } from '../forms/zod-form';
import { MakeOrderDialog } from '../orders/MakeOrderDialog';
import { rpc } from '../rpc/client';
import { EmailQuoteDialog } from './EmailQuoteDialog';
import { CostSheetEditor } from './editor/CostSheetEditor';
import { QuoteActions } from './editor/QuoteActions';
import { QuoteApprovals } from './editor/QuoteApprovals';
import { QuoteHeaderForm } from './editor/QuoteHeaderForm';
import { QuoteLinesEditor } from './editor/QuoteLinesEditor';
import { QuoteSummary } from './editor/QuoteSummary';
import { QuoteVersions } from './editor/QuoteVersions';
import { livePricing, type LiveValues } from './editor/live-pricing';
import { newQuote, toQuoteInput, type QuoteFormValues } from './editor/quote-form';
import { FollowUps } from './FollowUps';
import { AskPricesButton } from '../purchasing/rfq/AskPricesButton';
import { QuoteStatusTag } from './QuoteStatusTag';
import { useRpcError } from '../rpc/useRpcError';
import { invalidateRpc, rpcKey, rpcQuery } from '../rpc/query-keys';
import { useShortcut } from '../app/shortcuts';

type Values = QuoteFormValues;

/** A quote from first draft to won or lost: the form in tabs, the running totals, the workflow buttons. */
export function QuoteEditor({
  id,
  preset,
  onClose,
  onOpen,
}: {
  id: number | 'new';
  preset?: { customerId: number; inquiryId: number | null; importList?: boolean };
  onClose(): void;
  onOpen(id: number): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const [emailing, setEmailing] = useState(false);
  const [ordering, setOrdering] = useState(false);
  const isNew = id === 'new';
  const [blank] = useState(newQuote);
  const detail = useQuery({
    ...rpcQuery('quotes.get', { id: id as number }),
    enabled: !isNew,
  });
  const quote = detail.data;
  const presetCustomer = useQuery({
    queryKey: rpcKey('customers.get', { id: preset?.customerId }),
    queryFn: () => rpc('customers.get', { id: preset!.customerId }),
    enabled: isNew && Boolean(preset),
  });
  useEffect(() => {
    const c = presetCustomer.data;
    if (c)
      form.setFieldsValue({
        customerId: c.id,
        inquiryId: preset?.inquiryId ?? null,
        contactName: c.primaryContact,
        contactPhone: c.primaryPhone,
        paymentTerms: c.paymentTerms,
      });
  }, [presetCustomer.data, preset, form]);
  const readOnly = !can('quotes.write') || (quote ? !quote.editable : false);
  const values = Form.useWatch([], form) as Values | undefined;
  const pricing = useMemo(
    () => livePricing((values ?? (quote as unknown as Values) ?? blank) as LiveValues),
    [values, quote, blank],
  );
  // Escape, the × and leaving the page ask first while edits are unsaved.
  const unsaved = useUnsavedGuard(!readOnly);

  useEffect(() => {
    if (quote) form.setFieldsValue(quote as unknown as Values);
  }, [quote, form]);

  const refresh = async (saved: QuoteDetail) => {
    await Promise.all([
      invalidateRpc(queryClient, 'quotes.list'),
      invalidateRpc(queryClient, 'quotes.get', { id: saved.id }),
      invalidateRpc(queryClient, 'quotes.versions', { number: saved.number }),
      invalidateRpc(queryClient, 'audit.forEntity', { entity: 'quote', entityId: String(saved.id) }),
      // A quote moves its inquiry along (quoting, quoted).
      ...(saved.inquiryId
        ? [
            invalidateRpc(queryClient, 'inquiries.list'),
            invalidateRpc(queryClient, 'inquiries.get', { id: saved.inquiryId }),
          ]
        : []),
    ]);
    if (saved.id !== id) onOpen(saved.id);
  };

  const save = useMutation({
    mutationFn: async () => {
      const data = validateWith(form, quoteInput, toQuoteInput(form.getFieldsValue(true) as Values));
      if (!data) return null;
      return isNew
        ? rpc('quotes.create', data)
        : rpc('quotes.update', { id: id as number, lockVersion: quote!.lockVersion, data });
    },
    onSuccess: async (saved) => {
      if (!saved) return;
      unsaved.markClean();
      message.success(t('common.saved'));
      await refresh(saved);
    },
    onError: (err) => rpcError.show(err, form),
  });
  useShortcut('save', !readOnly && !save.isPending && (() => save.mutate()));

  /** Runs a workflow step, then shows the quote as it now is; null: nothing ran (the form's errors are shown). */
  const act = async (label: string, run: () => Promise<QuoteDetail | null>) => {
    try {
      const after = await run();
      if (!after) return;
      message.success(t('quotes.done', { action: label }));
      await refresh(after);
    } catch (err) {
      rpcError.show(err);
    }
  };

  const title = isNew ? t('quotes.new') : quote ? `${t('quotes.edit')} ${quote.number} V${quote.version}` : '';
  return (
    <Drawer
      open
      width="92%"
      title={
        <Space>
          {title}
          {quote && (
            <span data-testid="quote-status">
              <QuoteStatusTag status={quote.status} />
            </span>
          )}
        </Space>
      }
      onClose={unsaved.guard(onClose)}
      destroyOnHidden
      extra={
        <QuoteActions
          id={id}
          quote={quote}
          save={save}
          act={act}
          onEmail={() => setEmailing(true)}
          onOrder={() => setOrdering(true)}
        />
      }
    >
      {!isNew && detail.isLoading ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="vertical"
          disabled={readOnly}
          initialValues={blank}
          onValuesChange={(changed) => {
            unsaved.onValuesChange();
            recheckShownErrors(form, quoteInput, changed, toQuoteInput(form.getFieldsValue(true) as Values));
          }}
        >
          <Tabs
            defaultActiveKey={isNew && preset?.importList ? 'lines' : undefined}
            items={[
              {
                key: 'header',
                label: t('quotes.header'),
                children: (
                  <QuoteHeaderForm
                    form={form}
                    customerLabel={quote?.customerName ?? presetCustomer.data?.name}
                    readOnly={readOnly}
                  />
                ),
                forceRender: true,
              },
              {
                key: 'lines',
                label: t('quotes.lines'),
                children: (
                  <QuoteLinesEditor
                    form={form}
                    pricing={pricing}
                    readOnly={readOnly}
                    quoteNumber={quote?.number}
                    openImport={isNew && preset?.importList}
                  />
                ),
                forceRender: true,
              },
              {
                key: 'costs',
                label: t('quotes.costs'),
                children: (
                  <>
                    {quote && (
                      <div style={{ marginBottom: 8 }}>
                        <AskPricesButton quoteId={quote.id} disabled={quote.costLines.length === 0} />
                      </div>
                    )}
                    <CostSheetEditor pricing={pricing} readOnly={readOnly} />
                  </>
                ),
                forceRender: true,
              },
              ...(quote
                ? [
                    { key: 'followups', label: t('quotes.followUps'), children: <FollowUps quote={quote} /> },
                    { key: 'approvals', label: t('quotes.approvals'), children: <QuoteApprovals quote={quote} /> },
                    {
                      key: 'versions',
                      label: t('quotes.versions'),
                      children: <QuoteVersions quote={quote} onOpen={onOpen} />,
                    },
                    {
                      key: 'history',
                      label: t('common.history'),
                      children: <AuditTimeline entity="quote" entityId={quote.id} />,
                    },
                  ]
                : []),
            ]}
          />
          <QuoteSummary pricing={pricing} />
        </Form>
      )}
      {ordering && quote && <MakeOrderDialog quote={quote} onClose={() => setOrdering(false)} />}
      {emailing && quote && (
        <EmailQuoteDialog
          quote={quote}
          onClose={() => setEmailing(false)}
          onSent={(q) => (setEmailing(false), void refresh(q))}
        />
      )}
    </Drawer>
  );
}
