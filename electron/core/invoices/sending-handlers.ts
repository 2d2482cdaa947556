import type { invoiceSendingChannels } from '../../shared/invoices/sending-contract';
import { uniqueMerge } from '../../shared/rpc/channel';
import type { HandlerMap } from '../rpc/handler';
import { ackHandlers } from './sending-ack-handlers';
import { reminderHandlers } from './sending-reminder-handlers';
import { sendHandlers } from './sending-send-handlers';

/** Sending invoices (e-mail, courier, by hand, tax account), their 回执, and reminders to confirm receipt. */
export const invoiceSendingHandlers: HandlerMap<keyof typeof invoiceSendingChannels> = uniqueMerge(
  'Handler for channel',
  sendHandlers,
  ackHandlers,
  reminderHandlers,
);
