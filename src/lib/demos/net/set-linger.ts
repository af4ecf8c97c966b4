// SO_LINGER through libc's setsockopt, called with koffi (an FFI package that ships
// prebuilt binaries, so nothing is compiled on install). Node has no setsockopt.
import type { Socket } from 'node:net';
import { UnavailableError } from '#lib/cli/cli-errors.ts';

// Linux's values (asm-generic/socket.h), the same on x86-64 and arm64.
const SOL_SOCKET = 1;
const SO_LINGER = 13;

export type SetLinger = (socket: Socket, seconds: number) => void;

/** Why SO_LINGER cannot be set here, for the message a reader sees: the demo cannot run on this machine, exit code 3. */
export class LingerUnavailableError extends UnavailableError {
  constructor(reason: string) {
    super(`cannot set SO_LINGER on this machine: ${reason}`);
    this.name = 'LingerUnavailableError';
  }
}

let loaded: Promise<SetLinger> | undefined;

/** A function that turns SO_LINGER on with a timeout of `seconds` on a connected socket. */
export function loadSetLinger(): Promise<SetLinger> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SetLinger> {
  if (process.platform !== 'linux') throw new LingerUnavailableError(`this demo needs Linux, not ${process.platform}`);
  let koffi: (typeof import('koffi'))['default'];
  try {
    koffi = (await import('koffi')).default;
  } catch (error) {
    throw new LingerUnavailableError(`the koffi package did not load (${(error as Error).message}); run npm ci`);
  }
  let linger, setsockopt, errno;
  try {
    linger = koffi.struct('uw_linger', { l_onoff: 'int', l_linger: 'int' });
    // glibc's name; on musl (Alpine) the library is called otherwise, and this says so.
    const libc = koffi.load('libc.so.6');
    setsockopt = libc.func('int setsockopt(int fd, int level, int optname, const uw_linger *optval, uint32_t optlen)');
    errno = libc.func('int *__errno_location()');
  } catch (error) {
    throw new LingerUnavailableError(`libc's setsockopt could not be loaded (${(error as Error).message})`);
  }
  return (socket, seconds) => {
    // libuv keeps the file descriptor on the handle; a connected TCP socket always has one on Linux.
    const fd = (socket as unknown as { _handle?: { fd?: number } })._handle?.fd;
    if (typeof fd !== 'number' || fd < 0) throw new LingerUnavailableError('the socket has no file descriptor');
    if (setsockopt(fd, SOL_SOCKET, SO_LINGER, { l_onoff: 1, l_linger: seconds }, koffi.sizeof(linger)) !== 0) {
      const code = koffi.decode(errno(), 'int') as number;
      throw new LingerUnavailableError(`setsockopt(SO_LINGER) failed with errno ${code}`);
    }
  };
}
