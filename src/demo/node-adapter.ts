import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_ROOT, type DemoApi } from './handlers';

/**
 * Serves the demo API from a Node server (Vite dev/preview, Playwright): Connect-style middleware
 * that turns the Node request into a Fetch `Request`, lets `DemoApi.handle` answer, and pipes the
 * `Response` back, streaming the body so a 10⁶-cell answer never sits in memory whole.
 */

/** Connect (and Vite) keep the unmounted URL here when a middleware is mounted on a path. */
type ConnectRequest = IncomingMessage & { originalUrl?: string };

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) {
    chunks.push(
      typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array),
    );
  }
  const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

async function pipe(response: Response, res: ServerResponse, req: IncomingMessage): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (!response.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  let closed = false;
  res.on('close', () => {
    if (!res.writableFinished) {
      closed = true;
      // The client went away: stop generating the rest of the body.
      reader.cancel().catch(() => undefined);
    }
  });
  while (!closed) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!res.write(value)) {
      // Back-pressure: wait until the socket drains before generating more.
      await new Promise<void>((resolve) => {
        const resume = () => {
          res.off('drain', resume);
          res.off('close', resume);
          resolve();
        };
        res.on('drain', resume);
        res.on('close', resume);
      });
    }
  }
  if (!closed) res.end();
}

export function toNodeMiddleware(
  api: DemoApi,
  mountPath = '/ispyb/api/v1',
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    const rawUrl = (req as ConnectRequest).originalUrl ?? req.url ?? '/';
    const pathname = rawUrl.split('?')[0] ?? '';
    if (!pathname.includes(mountPath)) {
      next();
      return;
    }
    const host = req.headers.host ?? 'localhost';
    const url = new URL(rawUrl, `http://${host}`);
    // Mounted elsewhere (an API gateway prefix): the API itself always answers under API_ROOT.
    if (mountPath !== API_ROOT) url.pathname = url.pathname.replace(mountPath, API_ROOT);
    void (async () => {
      try {
        const body = await readBody(req);
        const request = new Request(url, {
          method: req.method ?? 'GET',
          headers: toHeaders(req),
          body: body && body.length > 0 ? body : undefined,
        });
        await pipe(await api.handle(request), res, req);
      } catch {
        if (!res.headersSent) {
          res.statusCode = 500;
          res.setHeader('content-type', 'text/plain; charset=utf-8');
        }
        res.end('Internal Server Error');
      }
    })();
  };
}
