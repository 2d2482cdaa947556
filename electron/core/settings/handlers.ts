import { DOC_TYPES, numberingSettings, smtpSettings } from '../../shared/settings/contract';
import { EMPTY_SMTP, SMTP_KEY } from '../mail/mailer';
import { hasSmtpPassword, smtpPasswordUnreadable, writeSmtpPassword } from '../mail/smtp-password';
import { previewNumber } from '../numbering/number-formats';
import { NUMBERING_KEY, readNumberFormats } from '../numbering/numbering';
import type { HandlerMap } from '../rpc/handler';
import { notFound } from '../rpc/errors';
import { COMPANY_KEY, readCompany } from './company';
import { DELIVERY_SETTINGS_KEY, readDeliverySettings } from './delivery-settings';
import { readSetting, writeSetting } from './settings-store';

type Channel =
  | 'settings.company.get'
  | 'settings.company.update'
  | 'settings.numbering.get'
  | 'settings.numbering.update'
  | 'settings.smtp.get'
  | 'settings.smtp.update'
  | 'settings.delivery.get'
  | 'settings.delivery.update';

export const settingsHandlers: HandlerMap<Channel> = {
  'settings.company.get': async (_input, { db }) => readCompany(db),
  'settings.company.update': async (input, ctx) => {
    for (const id of [input.logoAttachmentId, input.sealAttachmentId]) {
      if (id !== null && !(await ctx.db('attachments').where({ id }).first('id'))) throw notFound('attachment', id);
    }
    const before = await readCompany(ctx.db);
    await writeSetting(ctx.db, COMPANY_KEY, input);
    await ctx.audit({ entity: 'settings', entityId: COMPANY_KEY, action: 'update', before, after: input });
    return input;
  },
  // The password is written, never read back: the screen only learns whether there is one,
  // and whether it must be typed again because this machine cannot decrypt it.
  'settings.smtp.get': async (_input, { db, services }) => ({
    ...(await readSetting(db, SMTP_KEY, smtpSettings, EMPTY_SMTP)),
    hasPassword: await hasSmtpPassword(db),
    passwordUnreadable: await smtpPasswordUnreadable(db, services.secrets),
  }),
  'settings.smtp.update': async ({ password, ...settings }, ctx) => {
    const before = await readSetting(ctx.db, SMTP_KEY, smtpSettings, EMPTY_SMTP);
    await writeSetting(ctx.db, SMTP_KEY, settings);
    if (password !== null) await writeSmtpPassword(ctx.db, ctx.services.secrets, password);
    await ctx.audit({
      entity: 'settings',
      entityId: SMTP_KEY,
      action: 'update',
      before,
      after: { ...settings, passwordChanged: password !== null },
    });
    return {
      ...settings,
      hasPassword: await hasSmtpPassword(ctx.db),
      passwordUnreadable: await smtpPasswordUnreadable(ctx.db, ctx.services.secrets),
    };
  },
  'settings.delivery.get': async (_input, { db }) => readDeliverySettings(db),
  'settings.delivery.update': async (settings, ctx) => {
    const before = await readDeliverySettings(ctx.db);
    await writeSetting(ctx.tx(), DELIVERY_SETTINGS_KEY, settings);
    await ctx.audit({ entity: 'settings', entityId: DELIVERY_SETTINGS_KEY, action: 'update', before, after: settings });
    return settings;
  },
  'settings.numbering.get': async (_input, { db }) => {
    const formats = await readNumberFormats(db);
    return { formats, preview: Object.fromEntries(DOC_TYPES.map((t) => [t, previewNumber(formats[t])])) };
  },
  'settings.numbering.update': async ({ type, format }, ctx) => {
    const before = await readNumberFormats(ctx.db);
    const after = numberingSettings.parse({ ...before, [type]: format });
    await writeSetting(ctx.db, NUMBERING_KEY, after);
    await ctx.audit({
      entity: 'settings',
      entityId: `${NUMBERING_KEY}.${type}`,
      action: 'update',
      before: before[type],
      after: format,
    });
    return { type, format, preview: previewNumber(format) };
  },
};
