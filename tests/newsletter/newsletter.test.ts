// npm run newsletter against a real SMTP server on 127.0.0.1: what arrives, parsed by a real
// MIME parser; what is recorded; and what a refusing or vanishing server leaves behind (nothing).
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import * as cheerio from 'cheerio';
import { simpleParser, type ParsedMail } from 'mailparser';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { outsideVitest } from '../helpers/outside-vitest.ts';
import { readOnlyDir, tinyDiskDir } from '../helpers/read-only-dir.ts';
import { PASSWORD, startDroppingServer, startSmtp, type SmtpFixture } from './smtp-fixture.ts';

const dist = inject('distDir');
const ZH_TITLE = 'kubelet 探针的短连接代价、IPVS 调度器放开、ExternalName 不再生成端点';
const CONFIG = `zh:
  lists:
    - weekly-zh@lists.example.org
    - second-zh@lists.example.org
  from:
    name: 上游周报
    address: weekly@example.org
  replyTo: editors@example.org
  unsubscribe:
    url: https://lists.example.org/unsubscribe/weekly-zh
    mailto: weekly-zh-leave@lists.example.org
en:
  lists: [weekly-en@lists.example.org]
  from: { name: Upstream Weekly, address: weekly@example.org }
  unsubscribe: { mailto: weekly-en-leave@lists.example.org }
`;

let content: string;
let sentFile: string;

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'uw-newsletter-'));
  // Timestamps kept, so the copy is not newer than the build and nothing is rebuilt.
  await cp('content', content, { recursive: true, preserveTimestamps: true });
  await writeFile(join(content, 'newsletter.yaml'), CONFIG);
  sentFile = join(content, 'newsletter-sent.yaml');
});
let cleanupEml = '';
afterAll(async () => {
  await rm(content, { recursive: true, force: true });
  if (cleanupEml) await rm(cleanupEml, { recursive: true, force: true });
});

async function newsletter(args: string[], smtpUrl?: string) {
  const env: NodeJS.ProcessEnv = { ...outsideVitest(), CONTENT_DIR: content };
  if (smtpUrl) env.SMTP_URL = smtpUrl;
  else delete env.SMTP_URL;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/newsletter.ts', '--dist', dist, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const sentLog = async () => (parse(await readFile(sentFile, 'utf8')) as { sent: Array<Record<string, string>> }).sent;
const lastLine = (text: string) => text.trim().split('\n').at(-1)!;

/** What every message of the Chinese edition must be. */
function expectZhMessage(mail: ParsedMail, list: string) {
  expect(mail.subject).toBe(ZH_TITLE);
  expect(mail.from?.value).toEqual([{ name: '上游周报', address: 'weekly@example.org' }]);
  expect(mail.replyTo?.value[0]?.address).toBe('editors@example.org');
  expect((mail.to as { value: Array<{ address: string }> }).value.map((to) => to.address)).toEqual([list]);
  expect((mail.headers.get('content-type') as { value: string }).value).toBe('multipart/alternative');
  const unsubscribe = String(mail.headerLines.find((line) => line.key === 'list-unsubscribe')?.line);
  expect(unsubscribe).toContain('<mailto:weekly-zh-leave@lists.example.org>');
  expect(unsubscribe).toContain('<https://lists.example.org/unsubscribe/weekly-zh>');
  // One header each (mailparser folds List-* headers into `list`, so read the raw lines).
  expect(mail.headerLines.filter((line) => line.key === 'list-unsubscribe')).toHaveLength(1);
  expect(mail.headerLines.find((line) => line.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

  // The plain text: readable, with links as numbered references.
  const text = mail.text!;
  expect(text).toContain(ZH_TITLE);
  expect(text).not.toMatch(/<\/?[a-z]+[ >]/);
  expect(text).toMatch(/Kubelet TCP\/HTTP probes: improve network resources utilization\[1\]/);
  expect(text).toContain('参考链接');
  expect(text).toMatch(/^\[1\] Kubelet TCP\/HTTP probes: improve network resources utilization: https:\/\/github\.com\/kubernetes\/kubernetes\/pull\/115143$/m);
  expect(text).toContain('在网页上阅读：https://upstream-weekly.example.org/zh/issues/2023-01-30/');
  expect(text).toContain('退订：https://lists.example.org/unsubscribe/weekly-zh');
  expect(text).toContain('ss -Htan state time-wait | wc -l');

  // The HTML: inline styles only, absolute links, no script, a 600 px layout, a footer.
  const $ = cheerio.load(mail.html as string);
  expect($('script, style, link').length).toBe(0);
  expect($('[class]').length).toBe(0);
  expect($('table[role=presentation] table[role=presentation]').first().attr('style')).toMatch(/max-width: ?600px/);
  $('a[href]').each((_, link) => void expect($(link).attr('href')).toMatch(/^(https:\/\/|mailto:)/));
  $('img').each((_, image) => void expect($(image).attr('alt')).toBeDefined());
  for (const tag of ['p', 'h2', 'pre', 'blockquote']) $(tag).each((_, element) => void expect($(element).attr('style'), tag).toMatch(/\w+:/));
  expect($('a[href="https://upstream-weekly.example.org/zh/issues/2023-01-30/"]').length).toBeGreaterThan(0);
  expect($('a[href="https://lists.example.org/unsubscribe/weekly-zh"]').text()).toBe('https://lists.example.org/unsubscribe/weekly-zh');
  expect($.root().text()).toContain('退订请发邮件到 weekly-zh-leave@lists.example.org');
}

describe('npm run newsletter', () => {
  let smtp: SmtpFixture;
  afterEach(async () => {
    await smtp?.close();
  });

  it('sends the issue to each list, records each, and refuses a second sending unless --resend', async () => {
    smtp = await startSmtp();
    const first = await newsletter(['--issue', '2023-01-30', '--lang', 'zh'], smtp.url);
    expect(first.stderr + first.stdout).not.toContain(PASSWORD);
    expect(first.code).toBe(0);
    // The credentials in SMTP_URL reached the server, and only the server.
    expect(smtp.logins[0]).toEqual({ username: 'mailer', password: PASSWORD });
    expect(smtp.received.map((message) => message.to)).toEqual([['weekly-zh@lists.example.org'], ['second-zh@lists.example.org']]);
    const mails = await Promise.all(smtp.received.map((message) => simpleParser(message.raw)));
    expectZhMessage(mails[0]!, 'weekly-zh@lists.example.org');
    expectZhMessage(mails[1]!, 'second-zh@lists.example.org');

    const log = await sentLog();
    expect(log.map(({ issue, lang, list }) => ({ issue, lang, list }))).toEqual([
      { issue: '2023-01-30', lang: 'zh', list: 'weekly-zh@lists.example.org' },
      { issue: '2023-01-30', lang: 'zh', list: 'second-zh@lists.example.org' },
    ]);
    expect(log.map((entry) => entry.messageId)).toEqual(mails.map((mail) => mail.messageId));
    expect(Date.parse(log[0]!.at!)).toBeGreaterThan(Date.parse('2026-01-01'));
    expect(await readFile(sentFile, 'utf8')).not.toContain(PASSWORD);
    expect(first.stdout).toContain('sent issue 2023-01-30 (zh) to weekly-zh@lists.example.org');

    const again = await newsletter(['--issue', '2023-01-30', '--lang', 'zh'], smtp.url);
    expect(again.code).toBe(1);
    expect(lastLine(again.stderr)).toMatch(/^newsletter: issue 2023-01-30 was already sent to weekly-zh@lists\.example\.org on .*, second-zh@lists\.example\.org on .*; add --resend to send it again$/);
    expect(smtp.received).toHaveLength(2);

    const resent = await newsletter(['--issue', '2023-01-30', '--lang', 'zh', '--list', 'second-zh@lists.example.org', '--resend'], smtp.url);
    expect(resent.code).toBe(0);
    expect(smtp.received.map((message) => message.to[0])).toEqual(['weekly-zh@lists.example.org', 'second-zh@lists.example.org', 'second-zh@lists.example.org']);
    expect(await sentLog()).toHaveLength(3);
  });

  it('announces one-click unsubscribing only when there is a web address', async () => {
    smtp = await startSmtp();
    expect((await newsletter(['--issue', '2023-01-30', '--lang', 'en'], smtp.url)).code).toBe(0);
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(mail.subject).toBe('The cost of kubelet probe connections, any IPVS scheduler, and no endpoints for ExternalName');
    expect(mail.headerLines.find((line) => line.key === 'list-unsubscribe')?.line).toBe('List-Unsubscribe: <mailto:weekly-en-leave@lists.example.org>');
    expect(mail.headerLines.map((line) => line.key)).not.toContain('list-unsubscribe-post');
    expect(mail.text).toContain('References');
    expect(mail.text).toContain('To unsubscribe, write to weekly-en-leave@lists.example.org.');
  });

  it('says in one line that the server refused, and records nothing', async () => {
    await writeFile(sentFile, 'sent: []\n');
    smtp = await startSmtp({ refuse: 'weekly-en@lists.example.org' });
    const refused = await newsletter(['--issue', '2023-01-30', '--lang', 'en'], smtp.url);
    expect(refused.code).toBe(1);
    expect(lastLine(refused.stderr)).toMatch(/^newsletter: smtp:\/\/127\.0\.0\.1:\d+ did not take the message for weekly-en@lists\.example\.org: 550 5\.1\.1 .*no such list here; nothing was recorded for it$/);
    expect(refused.stderr + refused.stdout).not.toContain(PASSWORD);
    expect(await readFile(sentFile, 'utf8')).toBe('sent: []\n');
  });

  it('says in one line that the connection dropped, and records nothing', async () => {
    await writeFile(sentFile, 'sent: []\n');
    const dropping = await startDroppingServer();
    try {
      const dropped = await newsletter(['--issue', '2023-01-30', '--lang', 'en'], dropping.url);
      expect(dropped.code).toBe(1);
      expect(lastLine(dropped.stderr)).toMatch(/^newsletter: smtp:\/\/127\.0\.0\.1:\d+ did not take the message for weekly-en@lists\.example\.org: .+; nothing was recorded for it$/);
      expect(dropped.stderr).not.toContain(PASSWORD);
      expect(await readFile(sentFile, 'utf8')).toBe('sent: []\n');
    } finally {
      await dropping.close();
    }
  });

  it('--out into a read-only or full folder: one line naming the file, the cause and what to do', async (context) => {
    for (const make of [readOnlyDir, tinyDiskDir]) {
      const made = await make();
      if ('skip' in made) return context.skip(made.skip);
      try {
        const eml = join(made.dir, 'issue.eml');
        const out = await newsletter(['--issue', '2023-01-30', '--lang', 'zh', '--out', eml]);
        expect(out.code).toBe(1);
        const cause = make === readOnlyDir ? 'the file system is read-only (EROFS); run where the folder is writable, or choose another place' : 'no space left on the device (ENOSPC); free some space, then run again';
        expect(lastLine(out.stderr)).toBe(`newsletter: cannot write ${eml}: ${cause}`);
        expect(out.stderr).not.toMatch(/^\s+at /m);
        expect(await readdir(made.dir)).toEqual([]);
      } finally {
        await made.release();
      }
    }
  });

  it('--dry-run says what would go to whom; --out writes the message; neither sends nor records', async () => {
    await writeFile(sentFile, 'sent: []\n');
    const dry = await newsletter(['--issue', '2023-01-30', '--lang', 'zh', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`would send "${ZH_TITLE}" (issue 2023-01-30, zh)`);
    expect(dry.stdout).toMatch(/to: +weekly-zh@lists\.example\.org\n +to: +second-zh@lists\.example\.org/);
    // Outside the content folder: a file there would make the shared build look stale to the tests after this one.
    const eml = join(content, '..', `${basename(content)}-out`, 'issue.eml');
    cleanupEml = dirname(eml);
    const out = await newsletter(['--issue', '2023-01-30', '--lang', 'zh', '--out', eml]);
    expect(out.code).toBe(0);
    const mail = await simpleParser(await readFile(eml));
    expect(mail.subject).toBe(ZH_TITLE);
    expect((mail.headers.get('content-type') as { value: string }).value).toBe('multipart/alternative');
    expect(await readFile(sentFile, 'utf8')).toBe('sent: []\n');
  });

  it('refuses bad input with the right exit code', async () => {
    const noLang = await newsletter(['--issue', '2023-01-30']);
    expect(noLang.code).toBe(2);
    const noServer = await newsletter(['--issue', '2023-01-30', '--lang', 'zh']);
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toContain('SMTP_URL is not set');
    const badList = await newsletter(['--issue', '2023-01-30', '--lang', 'zh', '--list', 'nobody@example.org', '--dry-run']);
    expect(badList.code).toBe(2);
    expect(badList.stderr).toContain('--list nobody@example.org is not one of the zh lists: weekly-zh@lists.example.org, second-zh@lists.example.org');
    const unknown = await newsletter(['--issue', '2023-02-06', '--lang', 'zh', '--dry-run']);
    expect(unknown.code).toBe(1);
    expect(lastLine(unknown.stderr)).toBe('newsletter: there is no issue dated 2023-02-06; the issues are: 2023-01-30');
  });

  it('points at file, line and field in a bad newsletter.yaml', async () => {
    await writeFile(join(content, 'newsletter.yaml'), CONFIG.replace('address: weekly@example.org\n  replyTo', 'address: not-an-address\n  replyTo').replace('  replyTo:', '  reply_to:'));
    try {
      const bad = await newsletter(['--issue', '2023-01-30', '--lang', 'zh', '--dry-run']);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/newsletter\.yaml:7: zh\.from\.address: expected an email address/);
      expect(bad.stderr).toMatch(/newsletter\.yaml:8: zh: unknown field `reply_to`/);
    } finally {
      await writeFile(join(content, 'newsletter.yaml'), CONFIG);
    }
  });
});
