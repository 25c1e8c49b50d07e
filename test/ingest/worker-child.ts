// Run by the queue tests in a child process: one `parley worker` on generated reports (their records rebuilt from
// their ids, so no model is loaded), into a SQLite store, until the queue is empty. argv: QUEUE_URL SCHEMA NAME DB
import { openQueue } from '../../src/ingest/queue.js';
import { openStore } from '../../src/store/index.js';
import { extractGenerated } from '../../bench/ingest-gen.js';
import type { Report } from '../../src/record.js';

const [url, schema, name, db] = process.argv.slice(2);
const store = await openStore(db);
const queue = await openQueue(url, { schema, name, expireSeconds: Number(process.env.EXPIRE_S ?? 300) });
const slow = (r: Report) => { const until = Date.now() + Number(process.env.DELAY_MS ?? 0); while (Date.now() < until); return extractGenerated(r); };
const sum = await queue.work(store, { extract: slow, untilEmpty: true, batchSize: 50, fetchSize: 25, pollMs: 100, geocode: null });
await queue.close();
await store.close();
process.stdout.write(JSON.stringify({ added: sum.added, known: sum.known, failed: sum.failures.slice(0, 3) }) + '\n');
