import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Timeline from 'antd/es/timeline';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_WAYS, followUpInput, type QuoteDetail } from '@shared/quotes/contract';
import { useSession } from '../auth/session-context';
import { validateWith } from '../forms/zod-form';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { invalidateRpc, rpcQuery } from '../rpc/query-keys';

const dateProps = {
  getValueProps: (v?: string) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD') ?? null,
};

/** What the customer said each time, and when to call again: across all versions of the quote. */
export function FollowUps({ quote }: { quote: QuoteDetail }) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const { can } = useSession();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const log = useQuery(rpcQuery('quotes.followups.list', { quoteId: quote.id }));
  const add = useMutation({
    mutationFn: async () => {
      const data = validateWith(form, followUpInput, { ...form.getFieldsValue(true), quoteId: quote.id });
      return data && rpc('quotes.followups.add', data);
    },
    onSuccess: async (row) => {
      if (!row) return;
      form.resetFields();
      await invalidateRpc(queryClient, 'quotes.followups.list', { quoteId: quote.id });
      await invalidateRpc(queryClient, 'quotes.followups.due');
    },
    onError: (err) => rpcError.show(err, form),
  });
  return (
    <>
      {can('quotes.write') && (
        // Inside the quote's own form, which a sent quote disables: this one stays live and renders no <form>.
        <Form
          form={form}
          component={false}
          disabled={false}
          layout="vertical"
          initialValues={{ date: dayjs().format('YYYY-MM-DD'), way: 'phone' }}
        >
          <Row gutter={12}>
            <Col span={4}>
              <Form.Item name="date" label={t('quotes.followUpDate')} {...dateProps}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="way" label={t('quotes.way')}>
                <Select options={FOLLOW_UP_WAYS.map((w) => ({ value: w, label: t(`quotes.ways.${w}`) }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="competitor" label={t('quotes.competitor')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="competitorPrice" label={t('quotes.competitorPrice')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="nextDate" label={t('quotes.nextDate')} {...dateProps}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={20}>
              <Form.Item name="customerSaid" label={t('quotes.customerSaid')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label=" ">
                <Button type="primary" loading={add.isPending} onClick={() => add.mutate()}>
                  {t('quotes.addFollowUp')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      )}
      <Timeline
        items={(log.data ?? []).map((f) => ({
          key: f.id,
          children: (
            <div>
              <b>{f.date}</b> {t(`quotes.ways.${f.way}`)} · {f.userName}
              <div>{f.customerSaid}</div>
              {f.competitor && (
                <div>
                  {t('quotes.competitor')}
                  {t('wording.colon')}
                  {f.competitor} {f.competitorPrice ?? ''}
                </div>
              )}
              {f.nextDate && (
                <div>
                  {t('quotes.nextDate')}
                  {t('wording.colon')}
                  {f.nextDate}
                </div>
              )}
            </div>
          ),
        }))}
      />
    </>
  );
}
