// A group the report defines by its members ("the Quad — Egypt, Saudi Arabia, the UAE and the United States —") acts
// for them: an event of the group is also an event of each member, which is how analysts count it (every member state
// of a mediating quartet mediated). The members are added as inferred parties: the sentence named the group, the
// report named who is in it.
import type { EntityIndex } from '../context.js';
import type { ExtractedEvent } from '../record.js';

/** The event with each group party's members beside it (actor for actor, recipient for recipient). */
export function withMembers<T extends ExtractedEvent>(e: T, index: EntityIndex): T {
  const grow = (ids: string[], others: string[]) => {
    const out = [...ids];
    for (const id of ids) for (const m of index.byId(id)?.members ?? []) if (!out.includes(m) && !others.includes(m)) out.push(m);
    return out;
  };
  const actor = grow(e.actor, e.recipient);
  const recipient = grow(e.recipient, actor);
  const added = [...actor, ...recipient].filter((id) => !e.actor.includes(id) && !e.recipient.includes(id));
  if (!added.length) return e;
  return { ...e, actor, recipient, inferred: [...new Set([...(e.inferred ?? []), ...added])] };
}
