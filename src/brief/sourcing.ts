// Disputes between sources about this process, and how it is sourced: outlets, and the share of anonymous quotes.
import { disputes as allDisputes } from '../query/disputes.js';
import type { BriefContext } from './context.js';
import type { ProcessScope } from './scope.js';
import type { BriefDispute, BriefSourcing, Evidence } from './types.js';

/** Evidence for a dispute side: its words found in the report, widened to their sentence. */
function locate(ctx: BriefContext, doc: string, words: string, outlet: string): Evidence {
  const r = ctx.reportByDoc(doc);
  const at = r ? r.text.indexOf(words) : -1;
  if (!r || at < 0) return { outlet, report: doc, date: r?.published ?? null, quote: words, span: [0, 0] };
  return ctx.evidence(r.id, [at, at + words.length], { outlet, doc_id: doc, quote: words });
}

export function processDisputes(scope: ProcessScope, disputes = allDisputes(scope.ctx.store)): BriefDispute[] {
  const docs = new Set([...scope.reports].map((id) => scope.ctx.report(id)?.doc_id));
  return disputes.filter((d) => d.values.some((v) => docs.has(v.report))).map((d) => ({
    kind: d.kind, subject: d.subject,
    values: d.values.map((v) => ({ value: v.value, speaker: v.speaker, evidence: locate(scope.ctx, v.report, v.evidence, v.outlet) })),
  }));
}

export function sourcing(scope: ProcessScope): BriefSourcing {
  const outlets = new Map<string, number>();
  for (const id of scope.reports) { const o = scope.ctx.report(id)?.outlet ?? '?'; outlets.set(o, (outlets.get(o) ?? 0) + 1); }
  const quotes = scope.ctx.store.quotes().filter((q) => scope.reports.has(q.report_id));
  const anonymous = quotes.filter((q) => q.speaker_text === 'anonymous').length;
  return {
    reports: scope.reports.size,
    outlets: [...outlets].map(([outlet, reports]) => ({ outlet, reports })).sort((x, y) => y.reports - x.reports || x.outlet.localeCompare(y.outlet)),
    quotes: quotes.length, anonymousQuotes: anonymous, anonymousShare: quotes.length ? Math.round((1000 * anonymous) / quotes.length) / 1000 : null,
  };
}
