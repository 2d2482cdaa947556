import type { HandlerMap } from '../rpc/handler';
import { creditHandlers } from './credit-handlers';

type Channel = keyof typeof creditHandlers;

export const receivableHandlers: HandlerMap<Channel> = { ...creditHandlers };
