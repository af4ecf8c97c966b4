import { UsageError } from '#lib/cli/cli-errors.ts';

export interface SmtpServer {
  /** The URL nodemailer connects with, credentials included. */
  url: string;
  /** `smtps://smtp.example.org:465`: what may be printed. */
  shown: string;
  /** Removes the credentials from a message, should a library ever repeat them. */
  scrub(message: string): string;
}

/** Reads SMTP_URL without ever echoing it: it may hold a password. */
export function smtpServer(value: string | undefined): SmtpServer | null {
  if (!value) return null;
  if (!URL.canParse(value)) throw new UsageError('SMTP_URL is not a URL: expected smtp://HOST:PORT or smtps://USER:PASSWORD@HOST:PORT');
  const url = new URL(value);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new UsageError(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
  const secrets = [url.username, url.password, decodeURIComponent(url.username), decodeURIComponent(url.password)].filter((secret) => secret.length > 0);
  return {
    url: value,
    shown: `${url.protocol}//${url.hostname}:${port}`,
    scrub: (message) => secrets.reduce((text, secret) => text.split(secret).join('***'), message),
  };
}
