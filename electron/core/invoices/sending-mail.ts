import { sendMail, type OutgoingMail } from '../mail/mailer';
import { AppError } from '../rpc/errors';
import type { CoreServices } from '../services';

const REASON_KEYS: Record<string, string> = {
  login: 'invoiceSendMsg.errors.mailLogin',
  refused: 'invoiceSendMsg.errors.mailRefused',
  unreachable: 'invoiceSendMsg.errors.mailUnreachable',
};

/**
 * Sends through the company server; a failure is said in plain words (login refused, mail refused,
 * server unreachable) instead of the server's raw reply, which stays as the detail only where it helps.
 */
export async function sendInvoiceMail(
  services: Pick<CoreServices, 'db' | 'secrets'>,
  mail: OutgoingMail,
): Promise<{ messageId: string }> {
  try {
    return await sendMail(services, mail);
  } catch (err) {
    if (err instanceof AppError && err.messageKey === 'errors.mailFailed') {
      const reason = String(err.vars.reason ?? 'other');
      throw new AppError('CONFLICT', REASON_KEYS[reason] ?? 'invoiceSendMsg.errors.mailOther', {
        detail: String(err.vars.detail ?? ''),
        reason,
      });
    }
    throw err;
  }
}
