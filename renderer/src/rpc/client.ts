import type { ChannelName, In, Out } from '@shared/contracts';
import type { NeiqinBridge } from '@shared/rpc/bridge';
import type { ErrorCode, FieldError, Locale, RpcErrorBody } from '@shared/rpc/envelope';

declare global {
  interface Window {
    neiqin?: NeiqinBridge;
  }
}

export class RpcError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  constructor(body: RpcErrorBody) {
    super(body.message);
    this.name = 'RpcError';
    this.code = body.code;
    this.fields = body.details?.fields ?? [];
  }
}

const SESSION_KEY = 'neiqin.session';
let locale: Locale = 'zh-CN';
const unauthenticatedListeners = new Set<() => void>();
const answeredListeners = new Set<(channel: ChannelName) => void>();

export const session = {
  get: () => sessionStorage.getItem(SESSION_KEY) ?? undefined,
  set: (id: string) => sessionStorage.setItem(SESSION_KEY, id),
  clear: () => sessionStorage.removeItem(SESSION_KEY),
};

export function setRpcLocale(next: Locale): void {
  locale = next;
}

/** Called when the core no longer knows this session (restart, restore): back to the login. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Called after every call the core answered without error: what a write changed is read again (after-write.ts). */
export function onAnswered(listener: (channel: ChannelName) => void): () => void {
  answeredListeners.add(listener);
  return () => answeredListeners.delete(listener);
}

function bridge(): NeiqinBridge {
  if (!window.neiqin) throw new Error('window.neiqin is missing');
  return window.neiqin;
}

/** The renderer's one way into the core. Throws RpcError with the server's typed error. */
export async function rpc<K extends ChannelName>(channel: K, input: In<K>): Promise<Out<K>> {
  const sessionId = session.get();
  const envelope = await bridge().call(channel, input, { locale, ...(sessionId ? { sessionId } : {}) });
  if (envelope.ok) {
    answeredListeners.forEach((l) => l(channel));
    return envelope.value as Out<K>;
  }
  if (envelope.error.code === 'UNAUTHENTICATED' && channel !== 'auth.login') {
    session.clear();
    unauthenticatedListeners.forEach((l) => l());
  }
  throw new RpcError(envelope.error);
}

export function bridgeMode(): NeiqinBridge['mode'] {
  return bridge().mode;
}
