import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Form from 'antd/es/form';
import type { FormInstance } from 'antd/es/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { refreshShownErrors } from './field-errors';
import { useUnsavedGuard } from './useUnsavedGuard';
import { validateWith } from './zod-form';
import { invalidateRpc, rpcKey, type GetByIdChannel } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import type { ChannelName, In } from '@shared/contracts';

interface Options<D extends { id: number }, S extends z.ZodType> {
  id: number | 'new';
  /** The record's `get` channel (its cache key) and the audit entity its history is under. */
  getKey: GetByIdChannel;
  auditEntity: In<'audit.forEntity'>['entity'];
  /** The list channels that show the record. */
  refresh: ChannelName[];
  schema: S;
  load(id: number): Promise<D>;
  /** Creates when `current` is undefined, else updates it (with the version the user saw). */
  save(data: z.output<S>, current: D | undefined): Promise<D>;
  /** From stored record to form values (e.g. fen to yuan), and back; `fromForm` may veto with null. */
  toForm?(record: D): Record<string, unknown>;
  fromForm?(values: Record<string, unknown>, form: FormInstance): Record<string, unknown> | null;
  onSaved(id: number): void;
  /** Whether the user may edit it at all: only then are unsaved changes asked about. */
  canWrite?: boolean;
}

/**
 * Loading, validating and saving one record in a drawer form: the form shows the stored record,
 * is validated with the channel's own schema, saved with the version the user saw; server field
 * errors land on their fields, and the record, its list and its history are refreshed.
 */
export function useRecordForm<D extends { id: number }, S extends z.ZodType>(o: Options<D, S>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const isNew = o.id === 'new';
  const detail = useQuery({
    queryKey: rpcKey(o.getKey, { id: o.id as number }),
    queryFn: () => o.load(o.id as number),
    enabled: !isNew,
  });
  const toForm = o.toForm ?? ((r: D) => r as unknown as Record<string, unknown>);
  const unsaved = useUnsavedGuard(o.canWrite ?? true);

  useEffect(() => {
    if (detail.data) form.setFieldsValue(toForm(detail.data));
    // toForm is a pure mapping given inline by the caller; re-running on its identity would reset edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [detail.data, form]);

  /** Shows a record the server sent back after any action on it, and refreshes what lists it. */
  async function refreshWith(saved: D): Promise<void> {
    queryClient.setQueryData(rpcKey(o.getKey, { id: saved.id }), saved);
    await Promise.all([
      ...o.refresh.map((k) => invalidateRpc(queryClient, k)),
      invalidateRpc(queryClient, 'audit.forEntity', { entity: o.auditEntity, entityId: String(saved.id) }),
    ]);
  }

  const mutation = useMutation({
    mutationFn: (data: z.output<S>) => o.save(data, isNew ? undefined : detail.data),
    onSuccess: async (saved) => {
      unsaved.markClean();
      message.success(t('common.saved'));
      await refreshWith(saved);
      o.onSaved(saved.id);
    },
    onError: (err) => rpcError.show(err, form),
  });

  function submit(): void {
    const values = form.getFieldsValue(true) as Record<string, unknown>;
    const mapped = o.fromForm ? o.fromForm(values, form) : values;
    if (!mapped) return;
    const data = validateWith(form, o.schema, mapped);
    if (data) mutation.mutate(data);
  }

  /** The form's onValuesChange: the edit is remembered as unsaved, and errors it corrects go. */
  function onValuesChange(changed: unknown): void {
    unsaved.onValuesChange();
    refreshShownErrors(form, changed);
  }

  return {
    form,
    isNew,
    detail,
    record: detail.data,
    submit,
    saving: mutation.isPending,
    refreshWith,
    onValuesChange,
    guardClose: unsaved.guard,
  };
}
