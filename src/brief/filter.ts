// `--process` on the query commands and `?process=` on the API: the reports and events of one process, so a list
// (events, contacts, quotes, claims, disputes, export) can keep only what belongs to it.
import type { Store } from '../store/types.js';
import { findProcess } from './config.js';
import type { ParleyConfig } from './config.js';
import { BriefContext } from './context.js';
import { listProcesses, UnknownProcessError } from './brief.js';
import { defaultBriefRules } from './rules.js';
import { ProcessScope } from './scope.js';
import type { Process } from './types.js';

export interface ProcessFilter {
  process: Process;
  /** Report ids and document ids of the process's reports. */
  reports: Set<number>;
  docs: Set<string>;
  /** Canonical event ids between the process's sides. */
  events: Set<number>;
}

export async function processFilter(store: Store, name: string, config?: ParleyConfig): Promise<ProcessFilter> {
  const ctx = await BriefContext.load(store);
  const rules = defaultBriefRules();
  const all = await listProcesses(store, { config, rules }, ctx);
  const process = findProcess(all, name);
  if (!process) throw new UnknownProcessError(`no process "${name}" (known: ${all.map((x) => x.name).join(', ') || 'none'})`);
  const scope = new ProcessScope(ctx, process, all, rules);
  const docs = new Set<string>();
  for (const id of scope.reports) { const d = ctx.report(id)?.doc_id; if (d) docs.add(d); }
  return { process, reports: scope.reports, docs, events: new Set(scope.events.map((e) => e.ev.id!)) };
}
