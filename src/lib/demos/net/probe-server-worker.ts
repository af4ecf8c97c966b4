// The probe server, on a thread of its own. A close(2) with SO_LINGER blocks the
// thread that calls it until the peer acknowledges the FIN; were the server on that
// same thread, it could not answer until the kernel's delayed-ACK timer fired, and
// the demo would measure its own design instead of the option.
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

const RESPONSE = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok';

const server = net.createServer((socket) => {
  socket.on('error', () => {});
  socket.once('data', () => socket.write(RESPONSE));
});
server.listen(0, (workerData as { host: string }).host, () => {
  parentPort!.postMessage({ port: (server.address() as net.AddressInfo).port });
});
parentPort!.on('message', (message: string) => {
  if (message === 'close') server.close(() => process.exit(0));
});
