// The sentence around a piece of evidence, with the evidence itself emphasised; all plain text runs.
import type { EventContext } from '../api';

export function Context({ context, fallback }: { context: EventContext | null; fallback: string }) {
  if (!context) return <mark class="sentence"><strong class="evidence">{fallback}</strong></mark>;
  return (
    <>
      <span class="ctx">{context.before}</span>
      <mark class="sentence">{context.lead}<strong class="evidence">{context.evidence}</strong>{context.trail}</mark>
      <span class="ctx">{context.after}</span>
    </>
  );
}
