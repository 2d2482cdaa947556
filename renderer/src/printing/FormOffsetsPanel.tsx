import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import InputNumber from 'antd/es/input-number';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Typography from 'antd/es/typography';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DELIVERY_PAPER_MM, formOffset, type FormOffset } from '@shared/printing/contract';
import { useSession } from '../auth/session-context';
import { downloadBase64 } from '../files/file-transfer';
import { validateWith } from '../forms/zod-form';
import { rpc } from '../rpc/client';
import { rpcQuery, setRpcData } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import { PrintButtons } from './PrintButtons';

/** 设置 › 套打: each form's offsets, and its calibration page to print and measure. */
export function FormOffsetsPanel() {
  const { t } = useTranslation();
  const q = useQuery(rpcQuery('printing.offsets.get', {}));
  if (!q.data) return <Spin />;
  return (
    <div style={{ maxWidth: 1000 }}>
      <Typography.Paragraph type="secondary">{t('printing.offsets.intro')}</Typography.Paragraph>
      {q.data.forms.map((form) => (
        <OffsetRow key={form.paper} offset={form} />
      ))}
    </div>
  );
}

function OffsetRow({ offset }: { offset: FormOffset }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const writable = can('deliveries.write');
  const paperName = t(`printing.papers.${offset.paper}`);
  useEffect(() => form.setFieldsValue(offset), [form, offset]);
  const save = useMutation({
    mutationFn: (data: FormOffset) => rpc('printing.offsets.update', data),
    onSuccess: (after) => {
      setRpcData(queryClient, 'printing.offsets.get', {}, after);
      void message.success(t('printing.offsets.saved', { paper: paperName }));
    },
    onError: (err) => rpcError.show(err, form),
  });
  // No min/max on the input: a value out of range is said beside the field, never quietly clamped.
  const input = (name: 'offsetX' | 'offsetY') => (
    <Form.Item name={name} label={t(`fields.${name}`)} style={{ marginBottom: 8 }}>
      <InputNumber aria-label={`${paperName} ${t(`fields.${name}`)}`} step={0.5} precision={1} style={{ width: 90 }} />
    </Form.Item>
  );
  return (
    <div data-testid={`offsets-${offset.paper}`} style={{ display: 'flex', alignItems: 'flex-start', marginBottom: 8 }}>
      <Form form={form} layout="inline" disabled={!writable} style={{ alignItems: 'flex-start' }}>
        <Typography.Text strong style={{ width: 80, lineHeight: '32px' }}>
          {paperName}
        </Typography.Text>
        {input('offsetX')}
        {input('offsetY')}
        {writable && (
          <Button
            loading={save.isPending}
            onClick={() => {
              const data = validateWith(form, formOffset, { ...form.getFieldsValue(), paper: offset.paper });
              if (data) save.mutate(data);
            }}
          >
            {t('printing.offsets.save')}
          </Button>
        )}
      </Form>
      {/* The calibration page prints for anyone who prints notes: the offsets in force are on it. */}
      <Space wrap style={{ marginLeft: 16 }}>
        <PrintButtons
          target={{ kind: 'deliveryNote', paper: offset.paper }}
          pageSize={DELIVERY_PAPER_MM[offset.paper]}
          print={() => rpc('printing.calibration', { paper: offset.paper })}
          label={t('printing.offsets.calibration')}
        />
        <Button
          onClick={() =>
            void rpcError.attempt(async () => {
              const file = await rpc('printing.calibration', { paper: offset.paper });
              downloadBase64(file.filename, file.dataBase64, 'application/pdf');
            })
          }
        >
          {t('printing.offsets.download')}
        </Button>
      </Space>
    </div>
  );
}
