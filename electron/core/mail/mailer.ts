import { smtpSettings } from '../../shared/settings/contract';
import { AppError } from '../rpc/errors';
import type { CoreServices } from '../services';
import { readSetting } from '../settings/settings-store';
import { readSmtpPassword } from './smtp-password';

export const SMTP_KEY = 'smtp';

export const EMPTY_SMTP = smtpSettings.parse({ host: '' });

export interface OutgoingMail {
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
}

/**
 * Sends through the company's SMTP server; a refusal becomes a clear error, nothing else happens.
 * The password is decrypted here, at send time, and nowhere else.
 */
export async function sendMail(
  services: Pick<CoreServices, 'db' | 'secrets'>,
  mail: OutgoingMail,
): Promise<{ messageId: string }> {
  const db = services.db();
  const settings = await readSetting(db, SMTP_KEY, smtpSettings, EMPTY_SMTP);
  if (!settings.host || !settings.from) throw new AppError('VALIDATION', 'errors.smtpMissing');
  const password = settings.user ? await readSmtpPassword(db, services.secrets) : '';
  // nodemailer is loaded with the first mail, not when the host starts.
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: password } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
  });
  try {
    const info = (await transport.sendMail({
      from: settings.fromName ? { name: settings.fromName, address: settings.from } : settings.from,
      to: mail.to,
      cc: mail.cc,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.attachments,
    })) as { messageId: string };
    return { messageId: info.messageId };
  } catch (err) {
    throw new AppError('CONFLICT', 'errors.mailFailed', {
      detail: String((err as Error).message).slice(0, 300),
      reason: mailFailureReason(err),
    });
  } finally {
    transport.close();
  }
}

/** Why a mail failed, in terms a caller can word plainly: login, refused (by the server), unreachable, other. */
export type MailFailureReason = 'login' | 'refused' | 'unreachable' | 'other';

function mailFailureReason(err: unknown): MailFailureReason {
  const { code, responseCode } = err as { code?: string; responseCode?: number };
  if (code === 'EAUTH') return 'login';
  if (code && ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET'].includes(code))
    return 'unreachable';
  if (code === 'EENVELOPE' || code === 'EMESSAGE' || (responseCode !== undefined && responseCode >= 400))
    return 'refused';
  return 'other';
}
