import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '@shared/audit/contract';
import type { ValueNames } from './audit-values';

/** How one history row's values are named in the UI's language: field labels, code names, the records it mentions. */
export function useValueNames(): (row: AuditRow) => ValueNames {
  const { t, i18n } = useTranslation();
  return useCallback(
    (row: AuditRow): ValueNames => ({
      entity: row.entity,
      label: (f) => (i18n.exists(`fields.${f}`) ? t(`fields.${f}`) : f),
      text: (key) => {
        const v: unknown = i18n.exists(key) ? t(key, { returnObjects: true }) : null;
        return typeof v === 'string' ? v : null;
      },
      refs: row.refs,
      gone: t('auditText.gone'),
      punct: { listSep: t('wording.listSep'), colon: t('wording.colon'), comma: t('wording.comma') },
    }),
    [t, i18n],
  );
}

/** The record a history row is about, by its number or name; settings by their section. */
export function useRecordName(): (row: AuditRow) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (row: AuditRow) => {
      if (row.entityName) return row.entityName;
      if (row.entityId === null) return '—';
      if (row.entity === 'settings') {
        const key = `auditText.settingsKeys.${row.entityId.split('.')[0]}`;
        return i18n.exists(key) ? t(key) : row.entityId;
      }
      // A number the core could not name is a record no longer there; other keys (a month, a file) read as they are.
      return /^\d+$/.test(row.entityId) ? t('auditText.gone') : row.entityId;
    },
    [t, i18n],
  );
}
