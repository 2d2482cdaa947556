import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import Divider from 'antd/es/divider';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Modal from 'antd/es/modal';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Switch from 'antd/es/switch';
import { useTranslation } from 'react-i18next';
import { EVALUATION_METHODS, tenderInput, type TenderOut } from '@shared/bids/tenders/contract';
import { fenToYuan, yuanToFen } from '@shared/money';
import { refreshShownErrors } from '../../forms/field-errors';
import { FieldGrid } from '../../forms/FieldGrid';
import { validateWith } from '../../forms/zod-form';
import { rpc } from '../../rpc/client';
import { invalidateRpc } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { DeadlineField } from '../date-fields';
import { PurchaserField } from './PurchaserField';

const yuanOrNull = (v: unknown) => (v === undefined || v === null || v === '' ? null : yuanToFen(String(v)));

/** New or edit: the tender's particulars, its lots and the documents it asks for, in its order. */
export function TenderForm({ tender, onClose }: { tender: TenderOut | null; onClose(saved?: TenderOut): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();

  async function save() {
    const raw = form.getFieldsValue(true) as Record<string, unknown> & {
      lots?: (Record<string, unknown> & { budgetYuan?: string })[];
    };
    const data = validateWith(form, tenderInput, {
      ...raw,
      lots: (raw.lots ?? []).map(({ budgetYuan, ...l }) => ({ ...l, budget: yuanOrNull(budgetYuan) })),
    });
    if (!data) return;
    try {
      const saved = tender
        ? await rpc('bids.tenders.update', { id: tender.id, lockVersion: tender.lockVersion, data })
        : await rpc('bids.tenders.create', data);
      message.success(t('common.saved'));
      await invalidateRpc(queryClient, 'bids.tenders.list');
      onClose(saved);
    } catch (err) {
      rpcError.show(err, form);
    }
  }

  const deadline = (name: string, label: string) => ({
    name,
    label,
    span: 8,
    // Day and time from the picker; a deadline out of order is told beside the field.
    input: <DeadlineField />,
  });

  return (
    <Modal
      open
      width={920}
      title={tender ? tender.projectName : t('tenders.newTender')}
      onOk={() => void save()}
      onCancel={() => onClose()}
    >
      <Form
        form={form}
        layout="vertical"
        onValuesChange={(changed) => refreshShownErrors(form, changed)}
        initialValues={
          tender
            ? {
                ...tender,
                lots: tender.lots.map((l) => ({ ...l, budgetYuan: l.budget === null ? '' : fenToYuan(l.budget) })),
              }
            : { evaluationMethod: 'comprehensive', originals: 1, copies: 2, remindDays: 3, lots: [], requiredDocs: [] }
        }
      >
        <FieldGrid
          fields={[
            { name: 'projectName', label: 'fields.projectName', span: 16, required: true },
            { name: 'tenderNo', label: 'fields.tenderNo', span: 8 },
            {
              name: 'purchaserName',
              label: 'fields.purchaserName',
              span: 8,
              required: true,
              input: <PurchaserField />,
            },
            { name: 'agentName', label: 'fields.agentName', span: 8 },
            { name: 'agentContact', label: 'fields.agentContact', span: 8 },
            deadline('questionsDeadline', 'fields.questionsDeadline'),
            deadline('submissionDeadline', 'fields.submissionDeadline'),
            deadline('openingAt', 'fields.openingAt'),
            { name: 'openingPlace', label: 'fields.openingPlace', span: 10 },
            {
              name: 'evaluationMethod',
              label: 'fields.evaluationMethod',
              span: 8,
              input: (
                <Select
                  // The English names are long: the field is wider and the list shows them whole.
                  popupMatchSelectWidth={false}
                  options={EVALUATION_METHODS.map((m) => ({ value: m, label: t(`tenderMsg.evaluationMethod.${m}`) }))}
                />
              ),
            },
            { name: 'methodNote', label: 'fields.methodNote', span: 6 },
            { name: 'originals', label: 'fields.originals', span: 4, input: <InputNumber style={{ width: '100%' }} /> },
            { name: 'copies', label: 'fields.copies', span: 4, input: <InputNumber style={{ width: '100%' }} /> },
            {
              name: 'remindDays',
              label: 'fields.remindDays',
              span: 4,
              input: <InputNumber min={0} max={60} style={{ width: '100%' }} />,
            },
            { name: 'notes', label: 'fields.notes', span: 12 },
          ]}
        />
        <Divider titlePlacement="start">{t('tenders.lots')}</Divider>
        <Form.List name="lots">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <Row gutter={8} key={row.key}>
                  <Col span={4}>
                    <Form.Item name={[row.name, 'lotNo']} label={t('fields.lotNo')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={10}>
                    <Form.Item name={[row.name, 'name']} label={t('fields.name')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[row.name, 'budgetYuan']} label={t('fields.budget')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Form.Item name={[row.name, 'weBid']} label={t('fields.weBid')} valuePropName="checked">
                      <Switch />
                    </Form.Item>
                  </Col>
                  <Col span={2} style={{ paddingTop: 30 }}>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('tenders.remove')}
                      onClick={() => remove(row.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ lotNo: String(rows.length + 1), weBid: true })}>
                {t('tenders.addLot')}
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start">{t('tenders.requiredDocs')}</Divider>
        <Form.List name="requiredDocs">
          {(rows, { add, remove, move }) => (
            <>
              {rows.map((row, i) => (
                <Row gutter={8} key={row.key} align="middle">
                  <Col span={1}>{i + 1}.</Col>
                  <Col span={11}>
                    <Form.Item name={[row.name, 'name']}>
                      <Input placeholder={t('fields.name')} aria-label={t('tenders.docName', { n: i + 1 })} />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item name={[row.name, 'note']}>
                      <Input placeholder={t('fields.note')} aria-label={t('tenders.docNote', { n: i + 1 })} />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Form.Item name={[row.name, 'mandatory']} valuePropName="checked">
                      <Switch
                        checkedChildren="★"
                        unCheckedChildren="-"
                        aria-label={t('tenders.docMandatory', { n: i + 1 })}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={4} style={{ paddingBottom: 24 }}>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('tenders.moveUp')}
                      disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('tenders.moveDown')}
                      disabled={i === rows.length - 1}
                      onClick={() => move(i, i + 1)}
                    />
                    <Button
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('tenders.remove')}
                      onClick={() => remove(row.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ mandatory: true })}>
                {t('tenders.addDoc')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
