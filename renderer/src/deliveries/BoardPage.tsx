import { useQuery } from '@tanstack/react-query';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Row from 'antd/es/row';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Out } from '@shared/contracts';
import type { NoteStatus } from '@shared/deliveries/contract';
import { NoteStatusTag } from './status-tags';
import { rpcQuery } from '../rpc/query-keys';

type Section = Out<'dispatch.board'>['goingOut'];
type BoardNote = Section['rows'][number];

/** 发货看板: what goes out today, what is on the road, and signed receipts still missing. */
export function BoardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [date, setDate] = useState(dayjs());
  const board = useQuery(rpcQuery('dispatch.board', { date: date.format('YYYY-MM-DD') }));
  const title = (label: string, section: Section | undefined) =>
    `${label}${t('wording.paren', { text: section?.total ?? 0 })}`;
  const list = (section: Section | undefined, extra?: 'days') => (
    <Table<BoardNote>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={section?.rows}
      // The board returns each section's first notes only: say so when there are more.
      footer={
        section && section.total > section.rows.length
          ? () => (
              <span data-testid="board-more">
                {t('queues.more', { shown: section.rows.length, total: section.total })}
              </span>
            )
          : undefined
      }
      onRow={(r) => ({ onDoubleClick: () => navigate(`/deliveries/notes?open=${r.id}`) })}
      columns={[
        {
          title: t('deliveries.noteNumber'),
          dataIndex: 'number',
          render: (v: string, r) => <a onClick={() => navigate(`/deliveries/notes?open=${r.id}`)}>{v}</a>,
        },
        { title: t('fields.customerId'), dataIndex: 'customerName' },
        { title: t('quotes.status'), dataIndex: 'status', render: (s: NoteStatus) => <NoteStatusTag status={s} /> },
        extra === 'days'
          ? {
              title: t('deliveries.daysWaiting'),
              dataIndex: 'daysWaiting',
              align: 'right',
              render: (d: number) => <Tag color="red">{d}</Tag>,
            }
          : { title: t('deliveries.dispatch'), dataIndex: 'dispatch' },
      ]}
    />
  );
  return (
    <div className="page" style={{ height: 'auto' }}>
      <DatePicker
        aria-label={t('fields.date')}
        value={date}
        onChange={(d) => d && setDate(d)}
        allowClear={false}
        style={{ marginBottom: 12 }}
      />
      <Row gutter={12}>
        <Col span={8}>
          <Card size="small" title={title(t('deliveries.goingOut'), board.data?.goingOut)}>
            {list(board.data?.goingOut)}
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small" title={title(t('deliveries.onTheRoad'), board.data?.onTheRoad)}>
            {list(board.data?.onTheRoad)}
          </Card>
        </Col>
        <Col span={8}>
          <Card
            size="small"
            title={title(
              t('deliveries.missingReceipts', { days: board.data?.receiptDays ?? '' }),
              board.data?.missingReceipts,
            )}
          >
            {list(board.data?.missingReceipts, 'days')}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
