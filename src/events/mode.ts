// The CONSULT mode when the words do not say it: from where the meeting was and whose home that is.
// At one party's home it is a visit (the others are the visitors); elsewhere it is third-party; three or more
// states make it multilateral.
import type { EntityIndex } from '../context.js';
import type { ExtractedEvent } from '../record.js';

export function inferMode(e: ExtractedEvent, index: EntityIndex): ExtractedEvent {
  if (e.event !== 'CONSULT' || e.mode === 'phone') return e;
  const parties = [...e.actor, ...e.recipient].map((id) => index.byId(id)).filter((x) => x !== undefined);
  const countries = new Set(parties.map((p) => p.country).filter((c): c is string => !!c));
  if (e.mode === 'multilateral' || e.mode === 'third-party') return e;
  if (countries.size >= 3) return { ...e, mode: 'multilateral' };
  const place = e.where?.entity ? index.byId(e.where.entity) : undefined;
  const home = place?.country ?? null;
  if (e.mode === 'visit') {
    if (e.recipient.length || !home) return e;
    return splitVisit(e, index, home);
  }
  if (!home || countries.size < 2) return e;
  if (countries.has(home)) return splitVisit({ ...e, mode: 'visit' }, index, home);
  return { ...e, mode: 'third-party' };
}

/** Visitors are the actors, hosts (the parties at home) the recipients. */
function splitVisit(e: ExtractedEvent, index: EntityIndex, home: string): ExtractedEvent {
  const all = [...new Set([...e.actor, ...e.recipient])];
  const hosts = all.filter((id) => index.byId(id)?.country === home);
  const guests = all.filter((id) => !hosts.includes(id));
  if (!guests.length || !hosts.length) return e;
  return { ...e, actor: guests, recipient: hosts };
}
