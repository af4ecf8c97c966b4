// What `npm run audit` needs before it starts a browser: a built site, the browser, and a
// report file it can write. Checked first, so a run of a minute never ends on a missing
// piece or a folder it cannot write.
import { existsSync } from 'node:fs';
import { access, constants, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FileSystemError, isFsError, UnavailableError } from '#lib/cli/cli-errors.ts';

export interface AuditInputs {
  dist: string;
  chromium: string;
  out: string;
}

export async function checkAuditInputs({ dist, chromium, out }: AuditInputs): Promise<void> {
  if (!existsSync(`${dist}/index.html`)) throw new UnavailableError(`${dist} holds no built site; run npm run build first`);
  if (!existsSync(chromium)) throw new UnavailableError(`no browser at ${chromium}; install chromium: apt-get install chromium (or name one with --chromium PATH)`);
  const folder = dirname(out);
  try {
    await mkdir(folder, { recursive: true });
    await access(folder, constants.W_OK);
  } catch (error) {
    if (isFsError(error)) throw new FileSystemError(error, error.syscall === 'mkdir' ? folder : out);
    throw error;
  }
}
