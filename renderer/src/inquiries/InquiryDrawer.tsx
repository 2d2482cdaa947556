import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import List from 'antd/es/list';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Tabs from 'antd/es/tabs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { CustomerRow } from '@shared/customers/contract';
import { INQUIRY_CHANNELS, inquiryInput } from '@shared/inquiries/contract';
import { AttachmentList } from '../attachments/AttachmentList';
import { AuditTimeline } from '../audit/AuditTimeline';
import { useSession } from '../auth/session-context';
import { FieldGrid } from '../forms/FieldGrid';
import { RemoteSelect } from '../forms/RemoteSelect';
import { useAsk } from '../forms/useAsk';
import { useRecordForm } from '../forms/useRecordForm';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { PICKER_PAGE_SIZE } from '../table/page-sizes';
import { useShortcut } from '../app/shortcuts';

const dateProps = {
  getValueProps: (v?: string) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD') ?? null,
};
const searchCustomers = async (q: string) =>
  (await rpc('customers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;

export function InquiryDrawer({
  id,
  onClose,
  onSaved,
}: {
  id: number | 'new';
  onClose(): void;
  onSaved(id: number): void;
}) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const ask = useAsk();
  const { can } = useSession();
  const navigate = useNavigate();
  const {
    form,
    isNew,
    detail,
    record: inquiry,
    submit,
    saving,
    refreshWith: done,
    onValuesChange,
    guardClose,
  } = useRecordForm({
    id,
    getKey: 'inquiries.get',
    auditEntity: 'inquiry',
    refresh: ['inquiries.list'],
    schema: inquiryInput,
    load: (inquiryId) => rpc('inquiries.get', { id: inquiryId }),
    save: (data, current) =>
      current
        ? rpc('inquiries.update', { id: current.id, lockVersion: current.lockVersion, data })
        : rpc('inquiries.create', data),
    onSaved,
    canWrite: can('quotes.write'),
  });
  const readOnly = !can('quotes.write') || inquiry?.status === 'closed';
  // The ×, Escape and leaving the page ask first when there are unsaved changes.
  const close = guardClose(onClose);

  const fields = (
    <>
      <Form.Item name="customerId" label={t('fields.customerId')}>
        <RemoteSelect<CustomerRow>
          ariaLabel={t('quotes.customer')}
          currentLabel={inquiry?.customerName}
          search={searchCustomers}
          toOption={(c) => ({ value: c.id, label: `${c.code} ${c.name}` })}
          onChange={(_id, c) =>
            c && form.setFieldsValue({ contactName: c.primaryContact, contactPhone: c.primaryPhone })
          }
          disabled={readOnly}
        />
      </Form.Item>
      <FieldGrid
        fields={[
          { name: 'contactName', label: 'fields.contactName' },
          { name: 'contactPhone', label: 'fields.contactPhone' },
          {
            name: 'channel',
            label: 'fields.channel',
            input: (
              <Select options={INQUIRY_CHANNELS.map((c) => ({ value: c, label: t(`inquiries.channels.${c}`) }))} />
            ),
          },
          {
            name: 'requirement',
            label: 'fields.requirement',
            span: 24,
            required: true,
            input: <Input.TextArea rows={4} />,
          },
          { name: 'items', label: 'fields.items', span: 24, input: <Input.TextArea rows={4} /> },
          { name: 'notes', label: 'fields.notes', span: 24, input: <Input.TextArea rows={2} /> },
        ]}
      />
      <Space>
        <Form.Item name="date" label={t('fields.date')} {...dateProps}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="dueDate" label={t('fields.dueDate')} {...dateProps}>
          <DatePicker />
        </Form.Item>
      </Space>
    </>
  );

  const files = inquiry && (
    <>
      <AttachmentList
        files={inquiry.attachments}
        readOnly={readOnly}
        label={t('inquiries.attach')}
        link={async (attachmentId) =>
          done(await rpc('inquiries.attach', { id: inquiry.id, attachmentId, label: null }))
        }
      />
      <h4 style={{ marginTop: 16 }}>{t('inquiries.quotes')}</h4>
      <List
        size="small"
        dataSource={inquiry.quotes}
        renderItem={(q) => (
          <List.Item>
            <a onClick={() => navigate(`/quotes?open=${q.id}`)}>
              {q.number} V{q.version}
            </a>{' '}
            {t(`quoteStatus.${q.status}`)}
          </List.Item>
        )}
      />
    </>
  );

  useShortcut('save', !readOnly && !saving && submit);

  return (
    <Drawer
      open
      width={820}
      title={isNew ? t('inquiries.new') : `${t('inquiries.edit')} ${inquiry?.number ?? ''}`}
      onClose={close}
      destroyOnHidden
      extra={
        <Space>
          {!readOnly && (
            <Button type="primary" loading={saving} onClick={submit}>
              {t('common.save')}
            </Button>
          )}
          {inquiry && inquiry.status !== 'closed' && can('quotes.write') && (
            <>
              <Button onClick={() => navigate(`/quotes?open=new&inquiry=${inquiry.id}&customer=${inquiry.customerId}`)}>
                {t('inquiries.makeQuote')}
              </Button>
              <Button
                onClick={() =>
                  navigate(`/quotes?open=new&inquiry=${inquiry.id}&customer=${inquiry.customerId}&import=list`)
                }
              >
                {t('paste.importForQuote')}
              </Button>
              <Button
                danger
                onClick={async () => {
                  const reason = await ask.open(t('inquiries.close'), true);
                  if (reason)
                    await rpcError.attempt(async () => done(await rpc('inquiries.close', { id: inquiry.id, reason })));
                }}
              >
                {t('inquiries.close')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      {!isNew && detail.isLoading ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="vertical"
          disabled={readOnly}
          initialValues={{ date: dayjs().format('YYYY-MM-DD'), channel: 'phone' }}
          onValuesChange={onValuesChange}
        >
          <Tabs
            items={[
              { key: 'basic', label: t('inquiries.edit'), children: fields, forceRender: true },
              ...(inquiry
                ? [
                    { key: 'files', label: t('inquiries.attach'), children: files },
                    {
                      key: 'history',
                      label: t('common.history'),
                      children: <AuditTimeline entity="inquiry" entityId={inquiry.id} />,
                    },
                  ]
                : []),
            ]}
          />
        </Form>
      )}
      {ask.modal}
    </Drawer>
  );
}
