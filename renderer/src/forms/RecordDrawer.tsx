import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Space, Spin, Tabs, type FormInstance } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AuditTimeline } from '../audit/AuditTimeline';
import { handleSaveError, validateWith } from './zod-form';

interface Versioned {
  id: number;
  code: string;
  version: number;
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
  /** Query keys to refresh after a save (the list). */
  refresh: string;
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
  const toForm = props.toForm ?? ((r: D) => r as unknown as Record<string, unknown>);
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const isNew = id === 'new';
  const detail = useQuery({ queryKey: [`${entity}.get`, id], queryFn: () => load(id as number), enabled: !isNew });

  useEffect(() => {
    if (detail.data) form.setFieldsValue(toForm(detail.data));
    // toForm is a pure mapping given inline by the caller; re-running on its identity would reset edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [detail.data, form]);

  const save = useMutation({
    mutationFn: (data: z.output<S>) => (isNew ? create(data) : update(id as number, detail.data!.version, data)),
    onSuccess: async (saved) => {
      message.success(t('common.saved'));
      form.setFieldsValue(toForm(saved));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [refresh] }),
        queryClient.invalidateQueries({ queryKey: [`${entity}.get`, saved.id] }),
        queryClient.invalidateQueries({ queryKey: ['audit.forEntity', entity, saved.id] }),
      ]);
      onSaved(saved.id);
    },
    onError: (err) => message.error(handleSaveError(form, err)),
  });

  function submit() {
    const values = form.getFieldsValue(true) as Record<string, unknown>;
    const mapped = props.fromForm ? props.fromForm(values, form) : values;
    if (!mapped) return;
    const data = validateWith(form, schema, mapped);
    if (data) save.mutate(data);
  }

  return (
    <Drawer
      open
      width={props.width ?? 900}
      title={isNew ? t(props.titles.create) : `${t(props.titles.edit)} ${detail.data?.code ?? ''}`}
      onClose={onClose}
      destroyOnHidden
      extra={
        canWrite && (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={submit}>
              {t('common.save')}
            </Button>
          </Space>
        )
      }
    >
      {!isNew && detail.isLoading ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" disabled={!canWrite} initialValues={props.initialValues}>
          <Tabs
            items={[
              ...props.tabs.map((tab) => ({ key: tab.key, label: t(tab.label), children: tab.children, forceRender: true })),
              ...(isNew ? [] : [{ key: 'history', label: t('common.history'), children: <AuditTimeline entity={entity} entityId={id as number} /> }]),
            ]}
          />
        </Form>
      )}
    </Drawer>
  );
}
