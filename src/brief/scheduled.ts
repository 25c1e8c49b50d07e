// Next scheduled: future meetings, calls and deadlines the process's reports announce, dated on or after the brief's
// "as of" day (a plan dated before it is history: it happened or not), soonest first; and planned contacts without a
// date from the latest reports, which did not take place yet.
import { assertedContacts, realisedBy } from './contacts.js';
import { contactOf, statedParticipants } from './contact-rules.js';
import { daysBetween } from './dates.js';
import type { ProcessScope } from './scope.js';
import type { ScheduledItem } from './types.js';

/** An undated planned contact counts as upcoming when reported this many days before "as of", at most. */
const UNDATED_RECENT_DAYS = 7;

export async function nextScheduled(scope: ProcessScope, asOf: string | null): Promise<ScheduledItem[]> {
  const names = scope.ctx.sides;
  const asserted = assertedContacts(scope);
  const out: ScheduledItem[] = [];
  for (const e of scope.events) {
    if (e.ev.modality !== 'future') continue;
    const contact = e.ev.category === 'CONSULT';
    if (contact && (!contactOf(scope, e, ['future']) || realisedBy(scope, e, asserted))) continue;
    let rule: string;
    if (e.ev.date) {
      // A month or year plan stays upcoming while "as of" is inside it.
      if (asOf && e.ev.date < asOf.slice(0, e.ev.date.length)) continue;
      rule = 'scheduled.dated-future';
    } else {
      const reported = scope.ctx.eventReports(e.ev.id!).map((r) => scope.ctx.report(r)?.published).filter((d): d is string => !!d).sort().pop();
      if (!contact || !asOf || !reported || daysBetween(reported, asOf) > UNDATED_RECENT_DAYS) continue;
      rule = 'scheduled.undated-recent-contact';
    }
    out.push({
      date: e.ev.date, event: e.ev.category, mode: e.ev.mode, rule,
      who: statedParticipants(scope, e).filter((id) => scope.sideOf(id)).map((id) => names.entityName(id)),
      evidence: await scope.ctx.eventEvidence(e.ev.id!, 1, scope.reports),
    });
  }
  return out.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.who.join().localeCompare(y.who.join()));
}
