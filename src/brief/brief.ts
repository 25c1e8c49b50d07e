// brief(): where the talks stand, per process, with sources. A library function: the CLI and a server only format.
import type { Store } from '../store/types.js';
import { applyConfig, findProcess, type ParleyConfig } from './config.js';
import { BriefContext } from './context.js';
import { contactsSection } from './contacts.js';
import { planSection } from './plan.js';
import { positions } from './positions.js';
import { proposeProcesses } from './propose.js';
import { defaultBriefRules, type BriefRules } from './rules.js';
import { ProcessScope } from './scope.js';
import { processDisputes, sourcing } from './sourcing.js';
import { status } from './status.js';
import { timeline } from './timeline.js';
import { nextScheduled } from './scheduled.js';
import type { Brief, Process } from './types.js';
import { disputes as allDisputes } from '../query/disputes.js';

export interface BriefOptions {
  /** A process name, id or alias; all processes when absent. */
  process?: string;
  /** Only evidence on or after this date (YYYY-MM-DD) in the timeline, contacts, plan and positions. */
  since?: string;
  /** The date "days since" counts to; default: the newest report of the process. */
  asOf?: string;
  config?: ParleyConfig;
  rules?: BriefRules;
}

/** A process name that matches none; the message lists the known ones. */
export class UnknownProcessError extends Error {}

/** The processes: proposed from the stored events, then named and adjusted by the configuration. */
export async function listProcesses(store: Store, opts: Pick<BriefOptions, 'config' | 'rules'> = {}, context?: BriefContext): Promise<Process[]> {
  const ctx = context ?? await BriefContext.load(store);
  const rules = opts.rules ?? defaultBriefRules();
  const proposed = proposeProcesses(ctx, rules.process);
  return opts.config ? applyConfig(proposed, opts.config, ctx.sides) : proposed;
}

/** One brief per process (or the one asked for), most active first. */
export async function brief(store: Store, opts: BriefOptions = {}): Promise<Brief[]> {
  const rules = opts.rules ?? defaultBriefRules();
  const ctx = await BriefContext.load(store);
  const all = await listProcesses(store, opts, ctx);
  let chosen = all;
  if (opts.process) {
    const p = findProcess(all, opts.process);
    if (!p) throw new UnknownProcessError(`no process "${opts.process}" (known: ${all.map((x) => x.name).join(', ') || 'none'})`);
    chosen = [p];
  }
  const disputes = await allDisputes(store);
  const since = opts.since ?? null;
  const briefs: (Brief & { activity: number })[] = [];
  for (const process of chosen) {
    const scope = new ProcessScope(ctx, process, all, rules);
    const asOf = opts.asOf ?? newestReport(scope);
    const tl = await timeline(scope, since);
    briefs.push({
      process, since, status: await status(scope, asOf, since), contacts: await contactsSection(scope, since), timeline: tl,
      plan: await planSection(scope, rules, since), positions: await positions(scope, rules, since), disputes: await processDisputes(scope, disputes, since),
      sourcing: sourcing(scope), nextScheduled: await nextScheduled(scope, asOf), activity: tl.reduce((n, e) => n + e.sources, 0),
    });
  }
  return briefs.sort((x, y) => y.activity - x.activity || x.process.name.localeCompare(y.process.name))
    .map(({ activity: _a, ...b }) => b);
}

/** "As of": the newest report of the process (not of the whole store). */
function newestReport(scope: ProcessScope): string | null {
  let newest: string | null = null;
  for (const id of scope.reports) { const d = scope.ctx.report(id)?.published; if (d && (!newest || d > newest)) newest = d; }
  return newest;
}
