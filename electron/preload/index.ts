import { contextBridge, ipcRenderer } from 'electron';
import type { CallMeta, Envelope } from '../shared/rpc/envelope';
import { IPC_RPC_CHANNEL, type IpcRpcRequest, type NeiqinBridge } from '../shared/rpc/bridge';
import { IPC_PRINT_CHANNEL, IPC_PRINTERS_CHANNEL, type NeiqinDesktop } from '../shared/printing/desktop-bridge';

/** The only things the page gets: one typed call into the core, and printing. No ipcRenderer, no node. */
const bridge: NeiqinBridge = {
  mode: 'electron',
  call(channel: string, input: unknown, meta: CallMeta): Promise<Envelope<unknown>> {
    const request: IpcRpcRequest = { channel, input, meta };
    return ipcRenderer.invoke(IPC_RPC_CHANNEL, request) as Promise<Envelope<unknown>>;
  },
};

/** The desktop app's printers; the main process checks every request before a printer sees it. */
const desktop: NeiqinDesktop = {
  printers: () => ipcRenderer.invoke(IPC_PRINTERS_CHANNEL) as ReturnType<NeiqinDesktop['printers']>,
  print: (request) => ipcRenderer.invoke(IPC_PRINT_CHANNEL, request) as ReturnType<NeiqinDesktop['print']>,
};

contextBridge.exposeInMainWorld('neiqin', bridge);
contextBridge.exposeInMainWorld('neiqinDesktop', desktop);
