import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface OutboxMail extends Mail {
  id: string;
  from: string;
  sentAt: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** Mails written to the outbox folder, newest first (empty with a real SMTP server). */
  outbox(): Promise<OutboxMail[]>;
}

/** Real e-mail over SMTP when SMTP_URL is set; otherwise each mail is written to the outbox folder. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'outboxDir'>): Mailer {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
      },
      async outbox() {
        return [];
      },
    };
  }
  const dir = config.outboxDir;
  return {
    async send(mail) {
      await mkdir(dir, { recursive: true });
      const sentAt = new Date().toISOString();
      const id = `${sentAt.replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}`;
      const record: OutboxMail = { id, from: config.mailFrom, sentAt, ...mail };
      await writeFile(path.join(dir, `${id}.json`), JSON.stringify(record, null, 2));
    },
    async outbox() {
      const files = await readdir(dir).catch(() => [] as string[]);
      const mails = await Promise.all(
        files.filter((file) => file.endsWith('.json')).map(async (file) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as OutboxMail),
      );
      return mails.sort((a, b) => b.sentAt.localeCompare(a.sentAt));
    },
  };
}
