import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach } from 'vitest';
import type { TestCore } from './test-core';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** The Subject header, its encoded words decoded. */
  subject: string;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?...?= and =?UTF-8?Q?...?=) of a header's unfolded value. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function subjectOf(raw: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => /^subject:/i.test(l)) ?? '';
  return decodeHeader(line.replace(/^subject:\s*/i, ''));
}

/**
 * A real SMTP server on loopback for each test (plain text, no certificate), keeping what it receives.
 * Recipients at refused.example are turned away with 550, as a server refuses an unknown mailbox.
 * A login is accepted only with the given password (every password tried is kept); with loginRequired, mail
 * without a login is refused.
 */
export function useSmtpServer(options: { password?: string; loginRequired?: boolean } = {}) {
  const state = { port: 0, inbox: [] as ReceivedMail[], logins: [] as string[], server: null as SMTPServer | null };
  beforeEach(async () => {
    state.inbox = [];
    state.logins = [];
    const server = new SMTPServer({
      authOptional: !options.loginRequired,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, done) {
        state.logins.push(auth.password ?? '');
        if (auth.password === options.password) done(null, { user: auth.username });
        else done(new Error('bad login'));
      },
      onRcptTo(address, _session, done) {
        if (address.address.endsWith('@refused.example')) {
          const err = new Error('5.1.1 mailbox unavailable') as Error & { responseCode: number };
          err.responseCode = 550;
          done(err);
        } else done();
      },
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          state.inbox.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            subject: subjectOf(raw),
          });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    state.port = (server.server.address() as AddressInfo).port;
    state.server = server;
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => state.server!.close(() => resolve()));
  });
  return {
    get port() {
      return state.port;
    },
    get inbox() {
      return state.inbox;
    },
    /** The passwords the server was offered, in order. */
    get logins() {
      return state.logins;
    },
    /** Points the company's mail settings at this server, through the settings channel. */
    async configure(t: TestCore, port = state.port) {
      await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司' });
      await t.ok('settings.smtp.update', {
        host: '127.0.0.1',
        port,
        secure: false,
        from: 'finance@hengxin.cn',
        fromName: '恒信机电财务',
      });
    },
  };
}
