import { contextBridge, ipcRenderer } from 'electron';
import type { CallMeta, Envelope } from '../shared/rpc/envelope';
import { IPC_RPC_CHANNEL, type IpcRpcRequest, type NeiqinBridge } from '../shared/rpc/bridge';

/** The only thing the page gets: one typed call into the core. No ipcRenderer, no node. */
const bridge: NeiqinBridge = {
  mode: 'electron',
  call(channel: string, input: unknown, meta: CallMeta): Promise<Envelope<unknown>> {
    const request: IpcRpcRequest = { channel, input, meta };
    return ipcRenderer.invoke(IPC_RPC_CHANNEL, request) as Promise<Envelope<unknown>>;
  },
};

contextBridge.exposeInMainWorld('neiqin', bridge);
