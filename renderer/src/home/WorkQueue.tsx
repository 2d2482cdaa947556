import { useQuery } from '@tanstack/react-query';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import List from 'antd/es/list';
import Row from 'antd/es/row';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { QueueItem, QueueSectionOut } from '@shared/home/contract';
import { recordPath } from '../app/record-paths';
import { money } from '../format';
import { rpcQuery } from '../rpc/query-keys';
import '../app/quick.css';

/** Items shown per section; the section says how many there are in all. */
const SHOWN = 10;

function ItemTags({ section, item }: { section: QueueSectionOut['key']; item: QueueItem }) {
  const { t } = useTranslation();
  return (
    <>
      {section === 'approvals' && <Tag color="orange">{t(`quick.kinds.${item.kind}`)}</Tag>}
      {item.late && <Tag color="red">{t('quick.queue.overdue')}</Tag>}
      {section === 'followUps' && !item.late && <Tag color="orange">{t('quick.queue.due')}</Tag>}
      {item.runStatus && <Tag color="blue">{t(`runStatus.${item.runStatus}`)}</Tag>}
    </>
  );
}

/** What the right-hand side says: days left or waited, else the amount. */
function ItemFigure({ section, item }: { section: QueueSectionOut['key']; item: QueueItem }) {
  const { t } = useTranslation();
  if (section === 'expiringQuotes' && item.days !== null)
    return <>{item.days === 0 ? t('quick.queue.lastDay') : t('quick.queue.daysLeft', { days: item.days })}</>;
  if (section === 'receiptsMissing' && item.days !== null) return <>{t('quick.queue.waited', { days: item.days })}</>;
  return <>{item.gross !== null ? money(item.gross) : ''}</>;
}

function SectionCard({ section }: { section: QueueSectionOut }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const shown = section.rows.length;
  return (
    <Card
      size="small"
      title={`${t(`quick.queue.sections.${section.key}`)}${t('wording.paren', { text: section.total })}`}
      extra={section.late > 0 && <Tag color="red">{t('quick.queue.late', { count: section.late })}</Tag>}
      style={{ marginBottom: 16 }}
      data-testid={`queue-${section.key}`}
    >
      <List
        size="small"
        dataSource={section.rows}
        footer={section.total > shown ? t('quick.queue.more', { shown, total: section.total }) : undefined}
        renderItem={(item) => {
          const open = () => navigate(recordPath(item.kind, item.id));
          return (
            <List.Item
              className="queue-item"
              role="link"
              tabIndex={0}
              onClick={open}
              onKeyDown={(e) => e.key === 'Enter' && open()}
            >
              <span>
                <ItemTags section={section.key} item={item} />
                {[item.date, item.number, item.customerName].filter(Boolean).join(' · ')}
                {item.note && (
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {item.note}
                  </Typography.Text>
                )}
              </span>
              <Typography.Text type="secondary" style={{ marginLeft: 12, whiteSpace: 'nowrap' }}>
                <ItemFigure section={section.key} item={item} />
              </Typography.Text>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

/**
 * 首页 › 待办: the work waiting for the person logged in, by role (the manager's approvals and credit-blocked notices,
 * the sales assistant's follow-ups, expiring quotes and orders with no notice, the dispatch clerk's notes to check,
 * today's runs and 回单 not back). Each item opens its record.
 */
export function WorkQueue() {
  const { t } = useTranslation();
  const queue = useQuery(rpcQuery('home.queue', { limit: SHOWN }));
  const sections = queue.data?.sections ?? [];
  if (!sections.length) return null;
  const waiting = sections.filter((s) => s.total > 0);
  return (
    <div data-testid="work-queue">
      <h3>{t('quick.queue.title')}</h3>
      {waiting.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('quick.queue.nothing')}</Typography.Paragraph>
      ) : (
        <Row gutter={16}>
          {waiting.map((s) => (
            <Col key={s.key} xs={24} xl={12}>
              <SectionCard section={s} />
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
