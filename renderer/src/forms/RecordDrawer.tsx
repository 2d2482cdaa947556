import Button from 'antd/es/button';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Tabs from 'antd/es/tabs';
import type { FormInstance } from 'antd/es/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ChannelName } from '@shared/contracts';
import { AuditTimeline } from '../audit/AuditTimeline';
import { useRecordForm } from './useRecordForm';
import { useShortcut } from '../app/shortcuts';

interface Versioned {
  id: number;
  code: string;
  lockVersion: number;
}

export interface RecordTab {
  key: string;
  /** i18n key. */
  label: string;
  children: ReactNode;
}

interface Props<D extends Versioned, S extends z.ZodType> {
  entity: 'customer' | 'product' | 'supplier';
  id: number | 'new';
  width?: number;
  /** i18n keys of the titles for a new and an existing record. */
  titles: { create: string; edit: string };
  canWrite: boolean;
  schema: S;
  initialValues: Record<string, unknown>;
  load(id: number): Promise<D>;
  create(data: z.output<S>): Promise<D>;
  update(id: number, version: number, data: z.output<S>): Promise<D>;
  /** The list channel to refresh after a save. */
  refresh: ChannelName;
  tabs: RecordTab[];
  /** From stored record to form values (e.g. fen to yuan), and back; `fromForm` may veto with null. */
  toForm?(record: D): Record<string, unknown>;
  fromForm?(values: Record<string, unknown>, form: FormInstance): Record<string, unknown> | null;
  onClose(): void;
  onSaved(id: number): void;
}

/**
 * The edit drawer every master record uses: load, validate with the channel's own
 * schema, save with the version the user saw, show server field errors, and the history tab.
 */
export function RecordDrawer<D extends Versioned, S extends z.ZodType>(props: Props<D, S>) {
  const { entity, id, canWrite, schema, load, create, update, refresh, onClose, onSaved } = props;
  const { t } = useTranslation();
  const { form, isNew, detail, submit, saving, onValuesChange, guardClose } = useRecordForm({
    id,
    getKey: `${entity}s.get`,
    auditEntity: entity,
    refresh: [refresh],
    schema,
    load,
    save: (data, current) => (current ? update(current.id, current.lockVersion, data) : create(data)),
    toForm: props.toForm,
    fromForm: props.fromForm,
    onSaved,
    canWrite,
  });
  // The ×, Escape and 取消 ask first when there are unsaved changes.
  const close = guardClose(onClose);

  useShortcut('save', canWrite && !saving && submit);

  return (
    <Drawer
      open
      width={props.width ?? 900}
      title={isNew ? t(props.titles.create) : `${t(props.titles.edit)} ${detail.data?.code ?? ''}`}
      onClose={close}
      destroyOnHidden
      extra={
        canWrite && (
          <Space>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={saving} onClick={submit}>
              {t('common.save')}
            </Button>
          </Space>
        )
      }
    >
      {!isNew && detail.isLoading ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="vertical"
          disabled={!canWrite}
          initialValues={props.initialValues}
          onValuesChange={onValuesChange}
        >
          <Tabs
            items={[
              ...props.tabs.map((tab) => ({
                key: tab.key,
                label: t(tab.label),
                children: tab.children,
                forceRender: true,
              })),
              ...(isNew
                ? []
                : [
                    {
                      key: 'history',
                      label: t('common.history'),
                      children: <AuditTimeline entity={entity} entityId={id as number} />,
                    },
                  ]),
            ]}
          />
        </Form>
      )}
    </Drawer>
  );
}
