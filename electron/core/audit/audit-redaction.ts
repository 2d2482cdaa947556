/** What an audit row shows in place of a secret. */
export const REDACTED = '[redacted]';

/** Words that make a field a secret, wherever they sit in its name (smtpPassword, password_hash, apiToken). */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'secret',
  'secrets',
  'token',
  'tokens',
  'credential',
  'credentials',
  'authorization',
  'cookie',
  'apikey',
]);
const SECRET_PAIRS = new Set(['api key', 'private key', 'session id']);
/** Words that name a file's bytes (dataBase64, content_base64, blob). */
const FILE_WORDS = new Set(['base64', 'blob', 'bytes', 'binary']);

/** Base64 this long is a file, not a code or a name (a sha256 in hex is 64 characters). */
const LONG_BASE64 = 256;
const DATA_URL = /^data:([\w.+/-]*)(;(?!base64,)[\w=.-]+)*(;base64)?,/i;
const BASE64_TEXT = /^[A-Za-z0-9+/_-]+={0,2}$/;
// Control characters other than tab, line feed, carriage return: bytes read as text.
const BINARY_CHARS = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function isSecretKey(key: string): boolean {
  const w = words(key);
  return w.some((x) => SECRET_WORDS.has(x)) || w.some((x, i) => i > 0 && SECRET_PAIRS.has(`${w[i - 1]} ${x}`));
}

function isFileKey(key: string): boolean {
  return words(key).some((x) => FILE_WORDS.has(x));
}

function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}

function fileMarker(bytes: number, mime?: string): string {
  return `[file${mime ? ` ${mime}` : ''}, ${bytes} bytes]`;
}

/** A string that carries a file's bytes becomes a marker with its size; other strings stay. */
function redactString(value: string, fileKey: boolean): string {
  const dataUrl = DATA_URL.exec(value);
  if (dataUrl) {
    const payload = value.slice(dataUrl[0].length);
    const bytes = dataUrl[3] ? base64Bytes(payload) : Buffer.byteLength(decodeURIComponent(payload.slice(0, 1e6)));
    return fileMarker(bytes, dataUrl[1] || undefined);
  }
  const compact = value.length >= LONG_BASE64 || fileKey ? value.replace(/\s+/g, '') : value;
  if ((fileKey && compact.length > 0) || (compact.length >= LONG_BASE64 && BASE64_TEXT.test(compact)))
    return fileMarker(BASE64_TEXT.test(compact) ? base64Bytes(compact) : Buffer.byteLength(value));
  if (value.length >= 64) {
    const odd = value.match(BINARY_CHARS)?.length ?? 0;
    if (odd > 0 && odd * 20 >= value.length) return fileMarker(Buffer.byteLength(value, 'latin1'));
  }
  return value;
}

function redactValue(value: unknown, key: string, seen: WeakSet<object>): unknown {
  if (value === null || value === undefined || typeof value === 'boolean') return value;
  if (key && isSecretKey(key)) return value === '' ? value : REDACTED;
  if (typeof value === 'string') return redactString(value, key !== '' && isFileKey(key));
  if (typeof value !== 'object') return value;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return fileMarker(value.byteLength);
  if (value instanceof Date) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, '', seen));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, k, seen)]));
}

/**
 * A copy of a value fit for the audit log: secrets (passwords, tokens, keys) never stored,
 * file contents (base64, data URLs, raw bytes) replaced by a short marker with their size.
 * Flags about secrets (hasPassword: true) and empty values stay: they tell what happened.
 */
export function redactForAudit(value: unknown): unknown {
  return redactValue(value, '', new WeakSet());
}
