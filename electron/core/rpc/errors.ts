import type { ErrorCode, FieldError } from '../../shared/rpc/envelope';

/**
 * A business error with a code and an i18n message key; the router translates it
 * into the caller's language. Anything thrown that is not an AppError is INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly vars: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

export const notFound = (entity: string, id: string | number) =>
  new AppError('NOT_FOUND', 'errors.notFound', { entity: `@entities.${entity}`, id: String(id) });

export const staleVersion = (entity: string) =>
  new AppError('CONFLICT', 'errors.staleVersion', { entity: `@entities.${entity}` });

export const duplicate = (field: string, value: string) =>
  new AppError('CONFLICT', 'errors.duplicate', { field: `@fields.${field}`, value }, [
    { path: field, message: 'errors.duplicate' },
  ]);

export const forbidden = () => new AppError('FORBIDDEN', 'errors.forbidden');
