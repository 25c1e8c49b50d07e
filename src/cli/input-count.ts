// How many reports an ingest will see, counted before it starts so progress can show a total and an ETA: a JSON
// Lines file's non-blank lines, a directory's report files, one per other file. Standard input and feeds cannot be
// counted ahead: the total is then unknown (null) and progress shows the count and rate only.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DIRECTORY_EXTENSIONS, JSONL_EXTENSIONS } from '../read/types.js';

async function jsonlLines(path: string): Promise<number> {
  let lines = 0;
  let blank = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 0x0a) { if (!blank) lines++; blank = true; } else if (byte !== 0x20 && byte !== 0x0d && byte !== 0x09) blank = false;
    }
  }
  return blank ? lines : lines + 1;
}

async function countPath(path: string): Promise<number> {
  const info = await stat(path);
  if (info.isDirectory()) {
    const entries = await readdir(path, { withFileTypes: true });
    return entries.filter((e) => DIRECTORY_EXTENSIONS.includes(extname(e.name).toLowerCase()) && (e.isFile() || e.isSymbolicLink())).length;
  }
  return JSONL_EXTENSIONS.includes(extname(path).toLowerCase()) ? jsonlLines(path) : 1;
}

/** The number of reports in these inputs, or null when some cannot be counted ahead (stdin, feeds, unreadable). */
export async function countInputs(paths: string[], jsonl: string[], feeds: string[]): Promise<number | null> {
  if (feeds.length || paths.includes('-')) return null;
  try {
    let total = 0;
    for (const p of paths) total += await countPath(p);
    for (const f of jsonl) total += await jsonlLines(join(f));
    return total;
  } catch {
    return null;
  }
}
