// Run by the kill test in a child process: ingests a generated JSON Lines file into a store, slowly enough to be
// killed part-way. argv: JSONL DB
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { openStore } from '../../src/store/index.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { extractGenerated } from '../../bench/ingest-gen.js';
import type { Report } from '../../src/record.js';

const [jsonl, db] = process.argv.slice(2);
async function* read(): AsyncGenerator<Report> {
  for await (const line of createInterface({ input: createReadStream(jsonl) })) if (line.trim()) yield JSON.parse(line) as Report;
}
const store = (await openStore(db));
const slow = (r: Report) => { const until = Date.now() + Number(process.env.DELAY_MS ?? 0); while (Date.now() < until); return extractGenerated(r); };
// Whole batches only (no commit on a timer), so the kill test can tell a half-written batch from a whole one.
const sum = await ingestReports(store, read(), { extract: slow, batchSize: 200, batchMs: Infinity });
await store.close();
process.stdout.write(JSON.stringify({ added: sum.added, known: sum.known, failed: sum.failures.slice(0, 3) }) + '\n');
