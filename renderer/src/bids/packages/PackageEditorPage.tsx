import {
  CheckCircleOutlined,
  DownloadOutlined,
  SaveOutlined,
  UnlockOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Form, { type FormInstance } from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import List from 'antd/es/list';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Tabs from 'antd/es/tabs';
import Tag from 'antd/es/tag';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { PackageDetail } from '@shared/bids/packages/contract';
import { TAX_RATES } from '@shared/money';
import { refreshShownErrors } from '../../forms/field-errors';
import { useSession } from '../../auth/session-context';
import { BuildPackage } from '../output/BuildPackage';
import { downloadBase64 } from '../../files/file-transfer';
import { money, taxRateLabel } from '../../format';
import { rpc } from '../../rpc/client';
import { rpcQuery, setRpcData } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { DayField } from '../date-fields';
import { DeviationsPanel } from './DeviationsPanel';
import { PackageStatusTag } from './PackagesPage';
import { PriceLinesPanel } from './PriceLinesPanel';
import { SectionsPanel } from './SectionsPanel';

const HEADER_FIELDS = [
  'title',
  'bidderName',
  'legalRep',
  'legalRepTitle',
  'legalRepIdNo',
  'authorisedPerson',
  'authorisedTitle',
  'authorisedIdNo',
  'deliveryPeriod',
  'warranty',
  'bidDate',
  'watermark',
] as const;

function HeaderForm({
  p,
  save,
}: {
  p: PackageDetail;
  save: (a: () => Promise<PackageDetail>, f?: FormInstance) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  useEffect(() => form.setFieldsValue(p), [form, p]);
  const submit = () => {
    const v = form.getFieldsValue(true) as PackageDetail;
    void save(
      () =>
        rpc('bids.packages.update', {
          id: p.id,
          lockVersion: p.lockVersion,
          ...Object.fromEntries(HEADER_FIELDS.map((f) => [f, v[f] ?? null])),
          title: v.title,
          bidderName: v.bidderName,
          validityDays: v.validityDays,
          taxRate: v.taxRate,
        } as never),
      form,
    );
  };
  return (
    <Form
      form={form}
      layout="vertical"
      disabled={!p.editable}
      onValuesChange={(changed) => refreshShownErrors(form, changed)}
    >
      <Space wrap align="start">
        {HEADER_FIELDS.map((f) => (
          <Form.Item key={f} name={f} label={t(f === 'title' ? 'bidPackages.title' : `fields.${f}`)}>
            {f === 'bidDate' ? (
              <DayField style={{ width: 200 }} />
            ) : (
              <Input style={{ width: f === 'title' ? 420 : 200 }} />
            )}
          </Form.Item>
        ))}
        <Form.Item name="validityDays" label={t('fields.validityDays')}>
          <InputNumber min={1} max={720} />
        </Form.Item>
        <Form.Item name="taxRate" label={t('fields.taxRate')}>
          <Select style={{ width: 100 }} options={TAX_RATES.map((r) => ({ value: r, label: taxRateLabel(r) }))} />
        </Form.Item>
      </Space>
      <Button type="primary" icon={<SaveOutlined />} onClick={submit}>
        {t('bidPackages.saveHeader')}
      </Button>
    </Form>
  );
}

/** The checklist of the tender's documents, and the library items that will not be valid at the opening. */
function ChecksPanel({ p }: { p: PackageDetail }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {p.warnings.map((w) => (
        <Alert
          key={w.libraryItemId}
          type={w.problem === 'expired' ? 'error' : 'warning'}
          showIcon
          message={t(`bidPackages.warning.${w.problem}`, { title: w.title, date: w.validTo })}
        />
      ))}
      <List
        size="small"
        bordered
        header={t('bidPackages.checklist')}
        dataSource={p.checklist}
        locale={{ emptyText: t('bidPackages.noRequiredDocs') }}
        renderItem={(c) => (
          <List.Item>
            <Space>
              {c.state === 'ticked' ? (
                <CheckCircleOutlined style={{ color: '#52c41a' }} />
              ) : (
                <WarningOutlined style={{ color: c.mandatory ? '#ff4d4f' : '#faad14' }} />
              )}
              <span>{c.title}</span>
              {c.mandatory && <Tag color="red">{t('bidPackages.mandatory')}</Tag>}
              <Tag>{t(`bidPackages.check.${c.state}`)}</Tag>
              {c.sectionTitle && <span className="muted">→ {c.sectionTitle}</span>}
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}

/** 投标 › 投标文件 › one package: header, parts, price tables with the one total, deviations, checklist. */
export function PackageEditorPage() {
  const { t } = useTranslation();
  const { id: raw } = useParams();
  const id = Number(raw);
  const { can } = useSession();
  const client = useQueryClient();
  const rpcError = useRpcError();
  const query = useQuery(rpcQuery('bids.packages.get', { id }));
  // The tender says how many 副本 there are to build.
  const tenderId = query.data?.tenderId ?? 0;
  const tender = useQuery({ ...rpcQuery('bids.tenders.get', { id: tenderId }), enabled: tenderId > 0 }).data;
  const [templateOpen, setTemplateOpen] = useState(false);
  const [templateForm] = Form.useForm<{ name: string; notes?: string }>();
  const p = query.data;
  if (!p) return <Spin />;

  const save = async (action: () => Promise<PackageDetail>, form?: FormInstance) => {
    const next = await rpcError.attempt(action, form);
    if (next) setRpcData(client, 'bids.packages.get', { id }, next);
  };
  const saveTemplate = async () => {
    const v = await templateForm.validateFields();
    const done = await rpcError.attempt(
      () => rpc('bids.packages.saveTemplate', { packageId: id, name: v.name, notes: v.notes ?? null }),
      templateForm,
    );
    if (done) setTemplateOpen(false);
  };
  const writer = can('bids.write');
  return (
    <div className="page">
      <Space wrap style={{ marginBottom: 12 }}>
        <h2 style={{ margin: 0 }}>{p.title}</h2>
        <PackageStatusTag status={p.status} />
        <span className="muted">
          {p.projectName} {p.tenderNo ?? ''} {p.lotName ?? ''}{' '}
          {p.openingAt ? `${t('bidPackages.opening')} ${p.openingAt}` : ''}
        </span>
      </Space>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size="large">
          <span>
            {t('bidPackages.total')}：<strong>¥{money(p.totalFen)}</strong>
          </span>
          <span>
            {t('bidPackages.inWords')}：<strong>{p.totalInWords}</strong>
          </span>
          <Space wrap>
            {writer && p.status === 'draft' && (
              <Button
                onClick={() => void save(() => rpc('bids.packages.finalize', { id, lockVersion: p.lockVersion }))}
              >
                {t('bidPackages.finalize')}
              </Button>
            )}
            {writer && p.status === 'final' && (
              <Button
                icon={<UnlockOutlined />}
                onClick={() => void save(() => rpc('bids.packages.reopen', { id, lockVersion: p.lockVersion }))}
              >
                {t('bidPackages.reopen')}
              </Button>
            )}
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                void rpcError.attempt(async () => {
                  const f = await rpc('bids.packages.priceXlsx', { id });
                  downloadBase64(f.filename, f.dataBase64);
                })
              }
            >
              {t('bidPackages.priceXlsx')}
            </Button>
            {writer && <Button onClick={() => setTemplateOpen(true)}>{t('bidPackages.saveTemplate')}</Button>}
            <BuildPackage packageId={id} copies={tender?.copies ?? 0} />
          </Space>
        </Space>
      </Card>
      {!p.editable && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('bidPackages.finalNote')} />}
      {p.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('bidPackages.warningCount', { n: p.warnings.length })}
        />
      )}
      <Tabs
        items={[
          { key: 'sections', label: t('bidPackages.tabs.sections'), children: <SectionsPanel p={p} save={save} /> },
          { key: 'header', label: t('bidPackages.tabs.header'), children: <HeaderForm p={p} save={save} /> },
          { key: 'prices', label: t('bidPackages.tabs.prices'), children: <PriceLinesPanel p={p} save={save} /> },
          {
            key: 'technical',
            label: t('bidPackages.tabs.technical'),
            children: <DeviationsPanel p={p} sheet="technical" save={save} />,
          },
          {
            key: 'commercial',
            label: t('bidPackages.tabs.commercial'),
            children: <DeviationsPanel p={p} sheet="commercial" save={save} />,
          },
          {
            key: 'checks',
            label: `${t('bidPackages.tabs.checks')} (${p.checklist.filter((c) => c.state === 'ticked').length}/${p.checklist.length})`,
            children: <ChecksPanel p={p} />,
          },
        ]}
      />
      <Modal
        open={templateOpen}
        title={t('bidPackages.saveTemplate')}
        onOk={() => void saveTemplate()}
        onCancel={() => setTemplateOpen(false)}
      >
        <Form form={templateForm} layout="vertical">
          <Form.Item name="name" label={t('fields.name')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="notes" label={t('fields.notes')}>
            <Input.TextArea maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
