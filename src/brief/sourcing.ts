// Disputes between sources about this process, and how it is sourced: outlets, and the share of anonymous quotes.
import type { Dispute } from '../query/disputes.js';
import type { BriefContext } from './context.js';
import type { ProcessScope } from './scope.js';
import type { BriefDispute, BriefSourcing, Evidence } from './types.js';

/** Evidence for a dispute side: its words found in the report, widened to their sentence. */
async function locate(ctx: BriefContext, doc: string, words: string, outlet: string): Promise<Evidence> {
  const r = ctx.reportByDoc(doc);
  const at = r ? (await ctx.text(r.id))?.text.indexOf(words) ?? -1 : -1;
  if (!r || at < 0) return { outlet, report: doc, date: r?.published ?? null, quote: words, span: [0, 0] };
  return ctx.evidence(r.id, [at, at + words.length], { outlet, doc_id: doc, quote: words });
}

/** Sides shown per value of a dispute: a figure carried by hundreds of reports is cited by its first few. */
const SIDES_PER_VALUE = 3;

export async function processDisputes(scope: ProcessScope, disputes: Dispute[], since: string | null = null): Promise<BriefDispute[]> {
  const docs = new Set([...scope.reports].map((id) => scope.ctx.report(id)?.doc_id));
  const recent = (doc: string) => !since || (scope.ctx.reportByDoc(doc)?.published ?? '') >= since;
  return Promise.all(disputes.filter((d) => d.values.some((v) => docs.has(v.report) && recent(v.report))).map(async (d) => {
    const shown = new Map<string, number>();
    const values = d.values.filter((v) => {
      const n = shown.get(String(v.value)) ?? 0;
      shown.set(String(v.value), n + 1);
      return n < SIDES_PER_VALUE;
    });
    return {
      kind: d.kind, subject: d.subject,
      values: await Promise.all(values.map(async (v) => ({ value: v.value, speaker: v.speaker, evidence: await locate(scope.ctx, v.report, v.evidence, v.outlet) }))),
    };
  }));
}

export function sourcing(scope: ProcessScope): BriefSourcing {
  const outlets = new Map<string, number>();
  for (const id of scope.reports) { const o = scope.ctx.report(id)?.outlet ?? '?'; outlets.set(o, (outlets.get(o) ?? 0) + 1); }
  let quotes = 0;
  let anonymous = 0;
  const counts = scope.ctx.quoteCounts();
  for (const id of scope.reports) { const q = counts.get(id); if (q) { quotes += q.quotes; anonymous += q.anonymous; } }
  return {
    reports: scope.reports.size,
    outlets: [...outlets].map(([outlet, reports]) => ({ outlet, reports })).sort((x, y) => y.reports - x.reports || x.outlet.localeCompare(y.outlet)),
    quotes, anonymousQuotes: anonymous, anonymousShare: quotes ? Math.round((1000 * anonymous) / quotes) / 1000 : null,
  };
}
