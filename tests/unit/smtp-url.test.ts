// SMTP_URL's credentials are masked in messages, and nothing else is.
import { describe, expect, it } from 'vitest';
import { smtpServer } from '#lib/newsletter/smtp-url.ts';

describe('smtpServer scrub', () => {
  it('leaves words that merely contain a short user name or password alone', () => {
    const server = smtpServer('smtps://u:pw@smtp.example.org:465')!;
    expect(server.scrub('535 Authentication not implemented')).toBe('535 Authentication not implemented');
    expect(server.scrub('upward')).toBe('upward');
  });

  it('masks the credentials as the URL writes them, raw or decoded', () => {
    const server = smtpServer('smtps://news%40example.org:p%40ss@smtp.example.org:465')!;
    expect(server.scrub('connect smtps://news%40example.org:p%40ss@smtp.example.org failed')).toBe('connect smtps://***@smtp.example.org failed');
    expect(server.scrub('as news@example.org:p@ss@smtp.example.org')).toBe('as ***@smtp.example.org');
    expect(smtpServer('smtp://u@h:25')!.scrub('smtp://u@h:25 refused; user unknown')).toBe('smtp://***@h:25 refused; user unknown');
  });

  it('masks a long password wherever it appears', () => {
    const server = smtpServer('smtps://u:correct-horse@smtp.example.org:465')!;
    expect(server.scrub('535 bad password correct-horse for u')).toBe('535 bad password *** for u');
  });
});
