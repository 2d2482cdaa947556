import type { HandlerMap } from '../rpc/handler';

type Channel = never;

export const receiptHandlers: HandlerMap<Channel> = {};
