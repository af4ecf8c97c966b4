import { UsageError } from '#lib/cli/cli-errors.ts';

export interface SmtpServer {
  /** The URL nodemailer connects with, credentials included. */
  url: string;
  /** `smtps://smtp.example.org:465`: what may be printed. */
  shown: string;
  /** Removes the credentials from a message, should a library ever repeat them. */
  scrub(message: string): string;
}

/**
 * A password this long is masked wherever it appears; a shorter one (and the user name, which
 * may be one letter) only in the URL's `user:password@`, or "535 Authentication" loses its u.
 */
const MASK_ANYWHERE = 6;

/** Reads SMTP_URL without ever echoing it: it may hold a password. */
export function smtpServer(value: string | undefined): SmtpServer | null {
  if (!value) return null;
  if (!URL.canParse(value)) throw new UsageError('SMTP_URL is not a URL: expected smtp://HOST:PORT or smtps://USER:PASSWORD@HOST:PORT');
  const url = new URL(value);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new UsageError(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
  const forms = (text: string) => [...new Set([text, safeDecode(text)])].filter((form) => form.length > 0);
  const userInfo = url.username || url.password ? forms(url.username).flatMap((user) => (url.password ? forms(url.password).map((password) => `${user}:${password}@`) : [`${user}@`])) : [];
  const passwords = forms(url.password).filter((password) => password.length >= MASK_ANYWHERE);
  // Longest first, so a password inside user:password@ does not leave the user name behind.
  const secrets = [...userInfo, ...passwords].sort((a, b) => b.length - a.length);
  return {
    url: value,
    shown: `${url.protocol}//${url.hostname}:${port}`,
    scrub: (message) => secrets.reduce((text, secret) => text.split(secret).join(secret.endsWith('@') ? '***@' : '***'), message),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
