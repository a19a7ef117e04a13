// A forward proxy on loopback, as a self-hosted runner's corporate proxy: CONNECT tunnels (what undici, and
// @npmcli/agent for https, use) and absolute-form requests (plain-HTTP proxying), each target logged.
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';

export interface HttpProxy {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** `host:port` of every target asked for, in order. */
  readonly targets: string[];
  close(): Promise<void>;
}

export async function startHttpProxy(): Promise<HttpProxy> {
  const targets: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    // Absolute-form: GET http://host:port/path HTTP/1.1
    const target = new URL(req.url ?? '');
    targets.push(target.host);
    const upstream = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    targets.push(target);
    const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
    const upstream = net.connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [upstream, client]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
