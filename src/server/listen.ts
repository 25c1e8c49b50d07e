// Starting the dashboard on a real port: used by `parley serve`/`parley demo` and by the browser tests (port 0).
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { extractRead, loadLexicon, type ParleyConfig, type Store } from '../index.js';
import { createApp } from './app.js';
import { libraryBrief } from './brief.js';
import { defaultWebRoot } from './static.js';

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
}

export interface RunningServer { url: string; close(): Promise<void> }

export async function listen(o: ListenOptions): Promise<RunningServer> {
  const lexicon = loadLexicon();
  const brief = libraryBrief(o.config, { dbPath: o.dbPath });
  brief.warm?.(o.store);
  const app = createApp({
    store: o.store, token: o.token, brief, webRoot: o.webRoot === undefined ? defaultWebRoot() : o.webRoot,
    extract: (r) => extractRead(r, [], { lexicon }), onError: o.onError,
  });
  const host = o.host ?? '127.0.0.1';
  let server: ServerType;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, hostname: host, port: o.port ?? 8080 }, (info) => resolve(info));
    server.once('error', reject);
  });
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}/`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Browsers keep idle connections open; close them so shutdown does not wait for their timeout.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}
