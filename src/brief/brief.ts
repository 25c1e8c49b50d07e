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
export function listProcesses(store: Store, opts: Pick<BriefOptions, 'config' | 'rules'> = {}, ctx = new BriefContext(store)): Process[] {
  const rules = opts.rules ?? defaultBriefRules();
  const proposed = proposeProcesses(ctx, rules.process);
  return opts.config ? applyConfig(proposed, opts.config, ctx.sides) : proposed;
}

/** One brief per process (or the one asked for), most active first. */
export function brief(store: Store, opts: BriefOptions = {}): Brief[] {
  const rules = opts.rules ?? defaultBriefRules();
  const ctx = new BriefContext(store);
  const all = listProcesses(store, opts, ctx);
  let chosen = all;
  if (opts.process) {
    const p = findProcess(all, opts.process);
    if (!p) throw new UnknownProcessError(`no process "${opts.process}" (known: ${all.map((x) => x.name).join(', ') || 'none'})`);
    chosen = [p];
  }
  const disputes = allDisputes(store, ctx.allClaims());
  const since = opts.since ?? null;
  const briefs = chosen.map((process): Brief & { activity: number } => {
    const scope = new ProcessScope(ctx, process, all, rules);
    const asOf = opts.asOf ?? newestReport(scope);
    const tl = timeline(scope, since);
    return {
      process, since, status: status(scope, asOf, since), contacts: contactsSection(scope, since), timeline: tl,
      plan: planSection(scope, rules, since), positions: positions(scope, rules, since), disputes: processDisputes(scope, disputes, since),
      sourcing: sourcing(scope), nextScheduled: nextScheduled(scope, asOf), activity: tl.reduce((n, e) => n + e.sources, 0),
    };
  });
  return briefs.sort((x, y) => y.activity - x.activity || x.process.name.localeCompare(y.process.name))
    .map(({ activity: _a, ...b }) => b);
}

/** "As of": the newest report of the process (not of the whole store). */
function newestReport(scope: ProcessScope): string | null {
  let newest: string | null = null;
  for (const id of scope.reports) { const d = scope.ctx.report(id)?.published; if (d && (!newest || d > newest)) newest = d; }
  return newest;
}
