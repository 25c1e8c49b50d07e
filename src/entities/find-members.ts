// Groups the text defines by their members: "the Quad (the US, Saudi Arabia, the UAE and Egypt)", "the mediators —
// Qatar, Egypt and the US —". The group is one entity whose `members` are the listed parties, so a later bare mention
// ("the Quad said", "a proposal from the mediators") can stand for them. A group whose members the text does not list
// stays one entity with no members. Works after the main scan, on the mentions it made.
import type { Mention } from '../context.js';
import type { Entity } from '../record.js';
import type { EntityTable } from './table.js';

/** What opens a member list after the group's name, and what must close it. */
const OPENERS: Array<{ open: RegExp; close: RegExp }> = [
  { open: /^\s*\(\s*/, close: /^\s*\)/ },
  { open: /^\s*[—–]\s*/, close: /^\s*(?:[—–]|[.;]|$)/ },
];
/** Between two members: a comma, "and", "as well as", "alongside", "together with", with an optional article. */
const SEPARATOR = /^\s*,?\s*(?:(?:and|plus|alongside|as\s+well\s+as|along\s+with|together\s+with)\s+)?(?:the\s+)?$/i;
/** "the mediators", "the guarantor states", "the three guarantors": a plural noun phrase that may name a group. */
const PLURAL_GROUP = /\b[Tt]he\s+((?:[a-z]+\s+)?[a-z]{4,}s)$/;
/** "the Horn Group", "the Contact Group": a capitalised name the scan did not know, after "the". */
const NAMED_GROUP = /\b[Tt]he\s+((?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)$/;
const PARTY_KINDS = new Set<Entity['kind']>(['state', 'organization', 'group']);

export function findMemberGroups(text: string, table: EntityTable): void {
  const ms = [...table.mentions].sort((a, b) => a.span[0] - b.span[0]);
  for (let n = 0; n < ms.length; n++) {
    const prev = ms[n - 1];
    const from = prev ? prev.span[1] : 0;
    // The group's name ends where the list opens: an organisation's mention, or "the <plural noun>" right before.
    const header = headerBefore(text, table, ms[n].span[0], from, ms[n - 1]);
    if (!header) continue;
    const members = listAt(text, table, ms, n, header.end);
    if (!members) continue;
    const group = header.entity ?? table.add({ end: 0, span: header.span, via: 'title', rule: 'entity.org.members',
      unknown: { name: text.slice(header.span[0], header.span[1]).replace(/^The\b/, 'the'), country: null, office: null, kind: 'organization' } }, -1, -1);
    if (!group || group.kind === 'person') continue;
    group.members = [...new Set(members.map((m) => m.id).filter((id) => id !== group.id))];
    if (!header.entity) laterMentions(text, table, group, header.span, ms);
  }
}

interface Header { end: number; span: [number, number]; entity?: Entity }

/** The group named just before the list that starts after offset `listStart`'s opener. */
function headerBefore(text: string, table: EntityTable, first: number, from: number, prev: Mention | undefined): Header | null {
  const opener = OPENERS.map((o) => o.open);
  // Find where the opener begins: scan back from the first member over the opener and an article.
  const before = text.slice(from, first).replace(/(?:the\s+)?$/i, '');
  const cut = Math.max(before.lastIndexOf('('), before.lastIndexOf('—'), before.lastIndexOf('–'));
  if (cut < 0) return null;
  const headEnd = from + cut;
  const rest = text.slice(headEnd);
  if (!opener.some((re) => re.test(rest))) return null;
  const prevEntity = prev ? table.byId(prev.entity) : undefined;
  if (prev && prevEntity && (prevEntity.kind === 'organization' || prevEntity.kind === 'group') && /^\s*$/.test(text.slice(prev.span[1], headEnd))) {
    return { end: headEnd, span: prev.span, entity: prevEntity };
  }
  const head = text.slice(Math.max(from, headEnd - 40), headEnd).trimEnd();
  const end = headEnd - (text.slice(0, headEnd).length - text.slice(0, headEnd).trimEnd().length);
  const named = NAMED_GROUP.exec(head);
  if (named) return { end: headEnd, span: [end - named[1].length, end] };
  const m = PLURAL_GROUP.exec(head);
  return m ? { end: headEnd, span: [end - m[0].length, end] } : null;
}

/** The members listed from mention `n` on, when the list fills the opener's brackets exactly; at least two. */
function listAt(text: string, table: EntityTable, ms: Mention[], n: number, headEnd: number): Entity[] | null {
  const rest = text.slice(headEnd);
  const kind = OPENERS.find((o) => o.open.test(rest));
  if (!kind) return null;
  const out: Entity[] = [];
  for (let k = n; k < ms.length; k++) {
    const e = table.byId(ms[k].entity);
    if (!e || !PARTY_KINDS.has(e.kind)) return null;
    out.push(e);
    const after = text.slice(ms[k].span[1], ms[k + 1]?.span[0] ?? text.length);
    if (out.length >= 2 && kind.close.test(after) && !SEPARATOR.test(after)) return out;
    if (!ms[k + 1] || !SEPARATOR.test(after)) return null;
  }
  return null;
}

/** Later "the mediators" in the text: the same group, where no other mention is. */
function laterMentions(text: string, table: EntityTable, group: Entity, def: [number, number], ms: Mention[]): void {
  const phrase = text.slice(def[0], def[1]);
  const named = !/^[Tt]he\s/.test(phrase);
  const words = phrase.replace(/^[Tt]he\s+/, '').replace(/[^\w\s'-]/g, '').replace(/\s+/g, '\\s+');
  // A plural noun stands for the group only with its article ("the mediators"); a name stands alone too.
  const re = new RegExp(named ? `\\b${words}\\b` : `\\b[Tt]he\\s+${words}\\b`, 'g');
  re.lastIndex = def[1];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span: [number, number] = [m.index, m.index + m[0].length];
    if (ms.some((x) => x.span[0] < span[1] && span[0] < x.span[1])) continue;
    table.add({ end: 0, span, via: 'title', rule: 'entity.org.members', entityId: group.id }, -1, -1);
  }
}
