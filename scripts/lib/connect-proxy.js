// Firefox has no --host-resolver-rules, so it reaches the fixture server through this local
// HTTP proxy (TOOLING.md "Loading the extension", Firefox). It tunnels CONNECTs for the served
// hosts on port 443 to the fixture server on 127.0.0.1 and refuses everything else with 403,
// logging what it refused, so a test can assert the extension talked to no other host.

import { createServer } from 'node:http';
import { connect } from 'node:net';
import { isServedHost, stripPort } from './hosts.js';

/**
 * @typedef {object} ProxyLogEntry
 * @property {string} host    Target host without port.
 * @property {number} port    Target port (443 for CONNECT unless stated, 80 for plain http).
 * @property {'CONNECT' | string} method
 * @property {number} time    Date.now()
 */
/**
 * @typedef {object} ConnectProxy
 * @property {number} port
 * @property {() => ProxyLogEntry[]} tunnels     CONNECTs that were tunnelled.
 * @property {() => ProxyLogEntry[]} refused     Requests refused with 403.
 * @property {() => void} clearLog
 * @property {() => Promise<void>} close
 */

/**
 * @param {{ targetPort: number, port?: number, allow?: (host: string) => boolean }} options
 *   `targetPort`: the fixture server's port. `allow` defaults to the hosts in hosts.js.
 * @returns {Promise<ConnectProxy>}
 */
export async function startConnectProxy({ targetPort, port = 0, allow = isServedHost }) {
  /** @type {ProxyLogEntry[]} */
  let tunnels = [];
  /** @type {ProxyLogEntry[]} */
  let refused = [];
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();

  const server = createServer((req, res) => {
    // Plain http (including absolute-URI proxy requests): nothing we serve speaks http.
    const target = parseHttpTarget(req.url ?? '', req.headers.host ?? '');
    refused.push({ ...target, method: req.method ?? 'GET', time: Date.now() });
    res.writeHead(403, { 'Content-Type': 'text/plain', Connection: 'close' });
    res.end('Refused by the Parliament Lens test proxy: plain http is not served\n');
  });

  server.on('connect', (req, clientSocket, head) => {
    const target = parseConnectTarget(req.url ?? '');
    const entry = { ...target, method: 'CONNECT', time: Date.now() };
    if (target.port !== 443 || !allow(target.host)) {
      refused.push(entry);
      clientSocket.end('HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n');
      return;
    }
    tunnels.push(entry);
    tunnel(/** @type {import('node:net').Socket} */ (clientSocket), head, targetPort, sockets);
  });

  server.on('connection', (socket) => track(socket, sockets));
  // Firefox resets tunnels freely when it shuts down.
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const addr = server.address();

  return {
    port: typeof addr === 'object' && addr ? addr.port : port,
    tunnels: () => tunnels.map((e) => ({ ...e })),
    refused: () => refused.map((e) => ({ ...e })),
    clearLog: () => { tunnels = []; refused = []; },
    close: () => closeProxy(server, sockets),
  };
}

/**
 * @param {import('node:net').Socket} client
 * @param {Buffer} head  bytes the client sent after the CONNECT headers (usually none)
 * @param {number} targetPort
 * @param {Set<import('node:net').Socket>} sockets
 */
function tunnel(client, head, targetPort, sockets) {
  const upstream = connect(targetPort, '127.0.0.1', () => {
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
  });
  track(upstream, sockets);
  const destroyBoth = () => { client.destroy(); upstream.destroy(); };
  upstream.on('error', () => {
    if (!client.destroyed) client.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
    upstream.destroy();
  });
  client.on('error', destroyBoth);
  client.on('close', () => upstream.destroy());
  upstream.on('close', () => client.destroy());
}

/**
 * @param {import('node:net').Socket} socket
 * @param {Set<import('node:net').Socket>} sockets
 */
function track(socket, sockets) {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  socket.on('error', () => {});
}

/**
 * `host:port` of a CONNECT request line; IPv6 literals come bracketed.
 * @param {string} authority
 * @returns {{ host: string, port: number }}
 */
function parseConnectTarget(authority) {
  const host = stripPort(authority).toLowerCase();
  const portText = authority.slice(authority.lastIndexOf(':') + 1);
  const port = authority.length > host.length && /^\d+$/.test(portText) ? Number(portText) : 443;
  return { host, port };
}

/**
 * @param {string} url   absolute URI from a proxy client, or a path
 * @param {string} hostHeader
 * @returns {{ host: string, port: number }}
 */
function parseHttpTarget(url, hostHeader) {
  try {
    const u = new URL(url);
    return { host: u.hostname.toLowerCase(), port: Number(u.port || 80) };
  } catch {
    return { host: stripPort(hostHeader).toLowerCase(), port: 80 };
  }
}

/**
 * @param {import('node:http').Server} server
 * @param {Set<import('node:net').Socket>} sockets
 */
function closeProxy(server, sockets) {
  return new Promise((resolve) => {
    if (!server.listening) return resolve(undefined);
    server.close(() => resolve(undefined));
    // Tunnelled sockets are detached from the http server, so closeAllConnections misses them.
    for (const s of sockets) s.destroy();
    sockets.clear();
    server.closeAllConnections();
  });
}
