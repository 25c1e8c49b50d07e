// Starting the dashboard on a real port: used by `parley serve`/`parley demo` and by the browser tests (port 0).
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { ParleyConfig, Store } from '../index.js';
import { createApp } from './app.js';
import { extractPool } from '../read/extract-pool.js';
import { LOOPBACK_HOSTS } from './security.js';
import { libraryBrief, type BriefApi } from './brief.js';
import { defaultWebRoot } from './static.js';
import { warmSentenceSplitter } from './document.js';

export interface ListenOptions {
  store: Store;
  host?: string;
  port?: number;
  token?: string;
  webRoot?: string | null;
  /** Process names and adjustments for the brief (parley.yml). */
  config?: ParleyConfig;
  /** The store's file: briefs are then computed in a worker thread on it (and warmed at start). */
  dbPath?: string;
  onError?: (e: unknown) => void;
  /** Host names to answer to besides loopback (a name or address this server is reached by). */
  allowedHosts?: string[];
  /** Age past which a cached read from before a write is refreshed (default 1000 ms; 0: never stale; see cache.ts). */
  maxStaleMs?: number;
  /** The brief (default: the library's, with `config`, computed in a worker on `dbPath` when given). */
  brief?: BriefApi;
}

export interface RunningServer { url: string; close(): Promise<void> }

export async function listen(o: ListenOptions): Promise<RunningServer> {
  const host = o.host ?? '127.0.0.1';
  // POSTed reports are extracted in a worker thread: reads go on while a report is being extracted.
  const pool = extractPool();
  // Reached by its listen address too, unless that is a wildcard (then only the names the user gives).
  const own = ['0.0.0.0', '::', ''].includes(host) ? [] : [host];
  const brief = o.brief ?? libraryBrief(o.config, { dbPath: o.dbPath });
  brief.warm?.(o.store);
  warmSentenceSplitter();
  const app = createApp({
    store: o.store, token: o.token, brief, webRoot: o.webRoot === undefined ? defaultWebRoot() : o.webRoot,
    // While reports stream in, reads may lag them by up to a second rather than recompute on every write.
    extract: (r) => pool.extract(r), onError: o.onError, maxStaleMs: o.maxStaleMs ?? 1000, allowedHosts: [...LOOPBACK_HOSTS, ...own, ...(o.allowedHosts ?? [])],
  });
  let server: ServerType;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, hostname: host, port: o.port ?? 8080 }, (info) => resolve(info));
    server.once('error', reject);
  });
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}/`,
    close: () => new Promise<void>((resolve) => {
      // The brief's worker too: it holds the store file open, and a process with it running does not exit.
      server.close(() => { brief.close?.(); void pool.close().then(() => resolve()); });
      // Browsers keep idle connections open; close them so shutdown does not wait for their timeout.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}
