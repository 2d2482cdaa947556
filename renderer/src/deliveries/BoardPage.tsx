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

type BoardNote = Out<'dispatch.board'>['goingOut'][number];

/** 发货看板: what goes out today, what is on the road, and signed receipts still missing. */
export function BoardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [date, setDate] = useState(dayjs());
  const board = useQuery(rpcQuery('dispatch.board', { date: date.format('YYYY-MM-DD') }));
  const list = (rows: BoardNote[] | undefined, extra?: 'days') => (
    <Table<BoardNote>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
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
          <Card
            size="small"
            title={`${t('deliveries.goingOut')}${t('wording.paren', { text: board.data?.goingOut.length ?? 0 })}`}
          >
            {list(board.data?.goingOut)}
          </Card>
        </Col>
        <Col span={8}>
          <Card
            size="small"
            title={`${t('deliveries.onTheRoad')}${t('wording.paren', { text: board.data?.onTheRoad.length ?? 0 })}`}
          >
            {list(board.data?.onTheRoad)}
          </Card>
        </Col>
        <Col span={8}>
          <Card
            size="small"
            title={`${t('deliveries.missingReceipts', { days: board.data?.receiptDays ?? '' })}${t('wording.paren', { text: board.data?.missingReceipts.length ?? 0 })}`}
          >
            {list(board.data?.missingReceipts, 'days')}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
