import InputNumber from 'antd/es/input-number';
import Typography from 'antd/es/typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { backupSchedule, type AutoBackupStatus } from '@shared/backup/contract';
import { formatTime } from '../format';
import { rpc } from '../rpc/client';
import { rpcQuery } from '../rpc/query-keys';
import { SettingsForm } from './SettingsForm';

const count = (max: number, min = 0) => <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} />;

/** How the last automatic backup went: when, which file, and the second folder's copy. */
function LastAutoBackup({ last }: { last: AutoBackupStatus | null | undefined }) {
  const { t } = useTranslation();
  if (!last) return <Typography.Paragraph type="secondary">{t('safety.autoBackup.none')}</Typography.Paragraph>;
  return (
    <Typography.Paragraph data-testid="auto-backup-status">
      {t('safety.autoBackup.last')}
      {t('wording.colon')}
      {formatTime(last.at)}{' '}
      {last.ok ? (
        <Typography.Text type="success">{t('safety.autoBackup.ok', { name: last.name })}</Typography.Text>
      ) : (
        <Typography.Text type="danger">{t('safety.autoBackup.failed', { error: last.error })}</Typography.Text>
      )}
      {last.secondFolder && (
        <>
          <br />
          {last.secondFolderError ? (
            <Typography.Text type="danger">
              {t('safety.autoBackup.copyFailed', { folder: last.secondFolder, error: last.secondFolderError })}
            </Typography.Text>
          ) : (
            last.ok && (
              <Typography.Text type="success">
                {t('safety.autoBackup.copied', { folder: last.secondFolder })}
              </Typography.Text>
            )
          )}
        </>
      )}
    </Typography.Paragraph>
  );
}

/** Daily automatic backups: the second folder, the rotation and the last result. */
export function AutoBackupPanel() {
  const { t } = useTranslation();
  const current = useQuery(rpcQuery('backup.schedule.get', {}));
  return (
    <>
      <Typography.Title level={5}>{t('safety.autoBackup.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('safety.autoBackup.explain')}</Typography.Paragraph>
      <LastAutoBackup last={current.data?.last} />
      <SettingsForm
        channel="backup.schedule.get"
        load={() => rpc('backup.schedule.get', {})}
        save={(data) => rpc('backup.schedule.update', data)}
        schema={backupSchedule}
        toForm={(v) => ({ ...v.schedule, secondFolder: v.schedule.secondFolder ?? '' })}
        fields={[
          {
            name: 'secondFolder',
            label: 'safety.autoBackup.secondFolder',
            extra: 'safety.autoBackup.secondFolderHint',
            span: 24,
          },
          { name: 'keepDaily', label: 'safety.autoBackup.keepDaily', span: 8, input: count(90, 1) },
          { name: 'keepWeekly', label: 'safety.autoBackup.keepWeekly', span: 8, input: count(104) },
          { name: 'keepMonthly', label: 'safety.autoBackup.keepMonthly', span: 8, input: count(240) },
        ]}
      />
    </>
  );
}
