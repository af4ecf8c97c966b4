// A real SMTP server on 127.0.0.1 for the newsletter tests (smtp-server), keeping every message
// it accepts as raw bytes; `refuse` answers RCPT TO for that address with 550.
import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpFixture {
  /** smtp://USER:PASSWORD@127.0.0.1:PORT */
  url: string;
  received: Array<{ to: string[]; raw: Buffer }>;
  logins: Array<{ username: string; password: string }>;
  close(): Promise<void>;
}

export const USER = 'mailer';
export const PASSWORD = 's3cret-smtp-pass';

export async function startSmtp(options: { refuse?: string } = {}): Promise<SmtpFixture> {
  const received: SmtpFixture['received'] = [];
  const logins: SmtpFixture['logins'] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push({ username: auth.username ?? '', password: auth.password ?? '' });
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      if (address.address === options.refuse) {
        const error = new Error(`5.1.1 <${address.address}>: no such list here`) as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    received,
    logins,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A server that greets, then hangs up as soon as the client speaks: a dropped connection. */
export async function startDroppingServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.write('220 127.0.0.1 ESMTP ready\r\n');
    socket.once('data', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
