import type { NeiqinBridge } from '@shared/rpc/bridge';
import type { CallMeta, Envelope } from '@shared/rpc/envelope';

const TOKEN_KEY = 'neiqin.launchToken';

/**
 * Browser mode's `window.neiqin`: the launch token comes in the first URL, is kept
 * for this tab only, and is taken out of the address bar so it is not shared by accident.
 */
export function createHttpBridge(): NeiqinBridge {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return {
    mode: 'browser',
    async call(channel: string, input: unknown, meta: CallMeta): Promise<Envelope<unknown>> {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}`,
      };
      if (meta.sessionId) headers['X-Neiqin-Session'] = meta.sessionId;
      if (meta.locale) headers['X-Neiqin-Locale'] = meta.locale;
      const res = await fetch(`./rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      });
      return (await res.json()) as Envelope<unknown>;
    },
  };
}
