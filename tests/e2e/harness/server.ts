/**
 * A loopback web server for test pages: HTTP and HTTPS on ONE random port of 127.0.0.1.
 *
 * The first byte of each connection says which: 0x16 opens a TLS handshake, anything else is plain
 * HTTP. That lets Chromium's `--host-resolver-rules="MAP * 127.0.0.1:PORT"` send both
 * `http://x/…` and `https://www.kompas.com/…` (any host, any port) to this one server, so a page is
 * served under its real host name. The certificate is self-signed, made at start with `openssl`
 * (browsers need `--ignore-certificate-errors`); without openssl the server is HTTP only.
 *
 * Pages come from `routes` (path → HTML or a handler) first, then from files under `root`
 * (default tests/fixtures/live). The Host header is ignored: `/read/x.html` is the same page on
 * every host. Unknown image paths get a 1×1 PNG instead of a 404, because some pages swap a failed
 * image for a fallback in `onerror` and, when that fails too, never fire `load`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";

export const FIXTURES_LIVE = resolve(import.meta.dirname, "../../fixtures/live");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json", ".txt": "text/plain; charset=utf-8",
  ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp",
  ".svg": "image/svg+xml", ".ico": "image/x-icon",
};
const IMAGE = /\.(png|jpe?g|gif|webp|svg|ico|avif)$/i;
/** The smallest valid PNG: 1×1, transparent. */
const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

export type Route = string | ((req: http.IncomingMessage, res: http.ServerResponse) => void);

export interface ServerOptions {
  /** Folder served for paths no route names. Default: tests/fixtures/live. */
  root?: string;
  /** Exact paths (without query) → HTML text or a handler. */
  routes?: Record<string, Route>;
  /** Also answer TLS (needs openssl on PATH). Default true. */
  https?: boolean;
}

export interface TestServer {
  port: number;
  /** `http://127.0.0.1:PORT/path`. */
  url(path: string): string;
  /** True when TLS is served too (openssl was found). */
  https: boolean;
  /** Every path requested so far, in order (e.g. to assert what a page fetched). */
  requests: string[];
  close(): Promise<void>;
}

function selfSignedCert(): { key: Buffer; cert: Buffer } | null {
  const dir = mkdtempSync(join(tmpdir(), "jernih-cert-"));
  try {
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=jernih-test",
      "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"),
    ], { stdio: "ignore" });
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startServer(opts: ServerOptions = {}): Promise<TestServer> {
  const root = opts.root ?? FIXTURES_LIVE;
  const routes = opts.routes ?? {};
  const requests: string[] = [];

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(path);
    const route = routes[path];
    if (typeof route === "function") return route(req, res);
    if (typeof route === "string") {
      res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" });
      return res.end(route);
    }
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream", "cache-control": "no-store" });
      return res.end(readFileSync(file));
    }
    if (IMAGE.test(path)) {
      res.writeHead(200, { "content-type": "image/png", "cache-control": "no-store" });
      return res.end(TINY_PNG);
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  };

  const plain = http.createServer(handle);
  const pem = opts.https === false ? null : selfSignedCert();
  const secure = pem ? https.createServer(pem, handle) : null;
  // TLS cannot be handed to an https server after a byte was read in JS (it reads the socket's
  // handle directly), so TLS connections are piped to the https server on a port of its own.
  let securePort = 0;
  if (secure) {
    await new Promise<void>((ok) => secure.listen(0, "127.0.0.1", ok));
    securePort = (secure.address() as net.AddressInfo).port;
  }
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => s.destroy());
  };
  const front = net.createServer((socket) => {
    track(socket);
    socket.once("data", (first) => {
      socket.pause();
      if (first[0] === 0x16 && secure) {
        const upstream = net.connect(securePort, "127.0.0.1", () => {
          upstream.write(first);
          socket.pipe(upstream);
          upstream.pipe(socket);
          socket.resume();
        });
        track(upstream);
        upstream.on("close", () => socket.destroy());
        socket.on("close", () => upstream.destroy());
        return;
      }
      socket.unshift(first);
      plain.emit("connection", socket);
      socket.resume();
    });
  });
  await new Promise<void>((ok) => front.listen(0, "127.0.0.1", ok));
  const port = (front.address() as net.AddressInfo).port;

  return {
    port,
    https: secure !== null,
    requests,
    url: (path) => `http://127.0.0.1:${port}${path.startsWith("/") ? path : `/${path}`}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      plain.close();
      secure?.close();
      await new Promise<void>((ok) => front.close(() => ok()));
    },
  };
}
