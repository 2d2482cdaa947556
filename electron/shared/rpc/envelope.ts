/** The result of every RPC call, on every transport (IPC, HTTP, in-process). */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the offending field, e.g. `contacts.0.phone`. */
  path: string;
  message: string;
}

export interface RpcErrorBody {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldError[]; [key: string]: unknown };
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: RpcErrorBody };

/** Metadata that travels beside the input: who is calling and in which language. */
export interface CallMeta {
  sessionId?: string;
  locale?: Locale;
}

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
