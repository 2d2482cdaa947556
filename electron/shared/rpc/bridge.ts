import type { CallMeta, Envelope } from './envelope';

/**
 * What the renderer sees as `window.neiqin`: the preload's IPC bridge in the
 * desktop app, an HTTP client in browser mode. Nothing else crosses over.
 */
export interface NeiqinBridge {
  readonly mode: 'electron' | 'browser';
  call(channel: string, input: unknown, meta: CallMeta): Promise<Envelope<unknown>>;
}

export const IPC_RPC_CHANNEL = 'neiqin:rpc';

export interface IpcRpcRequest {
  channel: string;
  input: unknown;
  meta: CallMeta;
}
