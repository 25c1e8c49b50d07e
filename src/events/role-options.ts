// What a role reading is given and what it gives back, shared by the verb, noun and phrase readers.
import type { EntityIndex } from '../context.js';
import type { Span } from '../record.js';

export const DEFAULT_RECIPIENT_PREPS = ['on', 'against', 'to', 'with', 'toward', 'towards', 'from'];

export interface Roles { actor: string[]; recipient: string[]; how: string }

export interface RoleOptions {
  roles: 'svo' | 'ovs' | 'all' | 'passive';
  recipientPreps: readonly string[];
  /** Quotation spans: outside a quotation its words are not parties; inside it, only its words are. */
  quotes: Span[];
  entities: EntityIndex;
  /** A meeting: the subject of the clause a time phrase ("during talks with X", "after the meeting with X") qualifies
   * takes part in it. */
  meeting?: boolean;
}

/**
 * The options with other roles, all fields written in one order. A spread copy (`{ ...o, roles }`) is another kind of
 * object to V8 than the options it copies, and the role readers, which read options on every phrase, then saw so many
 * kinds that each read was a slow generic one.
 */
export function withRoles(o: RoleOptions, roles: RoleOptions['roles']): RoleOptions {
  return { roles, recipientPreps: o.recipientPreps, quotes: o.quotes, entities: o.entities, meeting: o.meeting };
}

/** Dedupe, drop the actor from the recipients; "all" roles put everyone named among the actors. */
export function finish(actor0: string[], recipient0: string[], o: RoleOptions, how: string): Roles {
  const actor = [...new Set(actor0)], recipient = [...new Set(recipient0)];
  if (o.roles === 'all') return { actor: [...new Set([...actor, ...recipient])], recipient: [], how };
  return { actor, recipient: recipient.filter((id) => !actor.includes(id)), how };
}
