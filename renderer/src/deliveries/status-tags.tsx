import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { NoteStatus } from '@shared/deliveries/contract';

const NOTE_COLORS: Record<NoteStatus, string> = {
  prepared: 'default',
  checked: 'blue',
  loaded: 'geekblue',
  in_transit: 'orange',
  delivered: 'cyan',
  receipted: 'green',
  cancelled: 'default',
};
const NOTICE_COLORS: Record<string, string> = {
  draft: 'default',
  confirmed: 'blue',
  closed: 'green',
  cancelled: 'default',
};

export function NoteStatusTag({ status }: { status: NoteStatus }) {
  const { t } = useTranslation();
  return <Tag color={NOTE_COLORS[status]}>{t(`noteStatus.${status}`)}</Tag>;
}

export function NoticeStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={NOTICE_COLORS[status]}>{t(`noticeStatus.${status}`)}</Tag>;
}
