import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Drawer from 'antd/es/drawer';
import Empty from 'antd/es/empty';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Timeline from 'antd/es/timeline';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { COLLECTION_WAYS, type CollectionWay, type OverdueRow } from '@shared/receivables/collections-contract';
import { useSession } from '../../auth/session-context';
import { showFieldErrors } from '../../forms/field-errors';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { invalidateRpc, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { typedFen } from './amount';

interface FormValues {
  date: Dayjs;
  way: CollectionWay;
  contact?: string;
  content?: string;
  promisedDate?: Dayjs | null;
  promisedFen?: string;
  nextDate?: Dayjs | null;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** A customer's follow-ups (催收记录), newest first, and a form to log the next one. */
export function FollowUpDrawer({ customer, onClose }: { customer: OverdueRow; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const logs = useQuery(rpcQuery('collections.logs', { customerId: customer.customerId, pageSize: 200 }));

  async function save(v: FormValues) {
    const promisedFen = typedFen(v.promisedFen);
    if (Number.isNaN(promisedFen)) {
      showFieldErrors(form, [{ path: 'promisedFen', message: t('receivables.collections.badAmount') }]);
      return;
    }
    const saved = await rpcError.attempt(
      () =>
        rpc('collections.log', {
          customerId: customer.customerId,
          date: day(v.date)!,
          way: v.way,
          contact: v.contact ?? null,
          content: v.content ?? '',
          promisedDate: day(v.promisedDate),
          promisedFen,
          nextDate: day(v.nextDate),
        }),
      form,
    );
    if (!saved) return;
    message.success(t('receivables.collections.logged'));
    form.resetFields();
    await invalidateRpc(queryClient, 'collections.logs');
    await invalidateRpc(queryClient, 'collections.overdue');
  }

  const label = (key: string) => t(`fields.${key}`);
  return (
    <Drawer
      open
      width={560}
      onClose={onClose}
      title={t('receivables.collections.logTitle', { name: customer.customerName })}
    >
      {can('collections.write') && (
        <Form<FormValues>
          form={form}
          layout="vertical"
          size="small"
          initialValues={{ date: dayjs(), way: 'phone' }}
          onFinish={(v) => void save(v)}
        >
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 12 }}>
            <Form.Item
              name="date"
              label={label('date')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <DatePicker allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="way" label={label('way')}>
              <Select
                options={COLLECTION_WAYS.map((w) => ({ value: w, label: t(`receivables.collections.ways.${w}`) }))}
              />
            </Form.Item>
            <Form.Item name="contact" label={label('contact')}>
              <Input maxLength={40} />
            </Form.Item>
          </div>
          <Form.Item name="content" label={label('content')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 12 }}>
            <Form.Item name="promisedDate" label={label('promisedDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="promisedFen" label={label('promisedFen')}>
              <Input suffix={t('receivables.collections.yuanHint')} inputMode="decimal" />
            </Form.Item>
            <Form.Item name="nextDate" label={label('nextDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <Button type="primary" htmlType="submit">
            {t('receivables.collections.newLog')}
          </Button>
        </Form>
      )}
      <div style={{ marginTop: 24 }}>
        {logs.data && !logs.data.rows.length ? (
          <Empty description={t('receivables.collections.noLogs')} />
        ) : (
          <Timeline
            items={(logs.data?.rows ?? []).map((l) => ({
              key: l.id,
              children: (
                <div>
                  <b>
                    {l.date} · {t(`receivables.collections.ways.${l.way}`)}
                    {l.contact ? ` · ${l.contact}` : ''}
                  </b>
                  <span style={{ color: 'rgba(0,0,0,.45)' }}> {l.userName}</span>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{l.content}</div>
                  {(l.promisedDate || l.promisedFen !== null) && (
                    <div>
                      {t('receivables.collections.promise')}: {l.promisedDate ?? ''}{' '}
                      {l.promisedFen !== null ? money(l.promisedFen) : ''}
                    </div>
                  )}
                  {l.nextDate && (
                    <div>
                      {t('receivables.collections.nextFollowUp')}: {l.nextDate}
                    </div>
                  )}
                </div>
              ),
            }))}
          />
        )}
      </div>
    </Drawer>
  );
}
