// The document's entity table: turns finder candidates into entities (one per lexicon entry or unknown name),
// numbered e1, e2 ... in order of first mention, and keeps what the resolvers need (recent persons, surnames).
import type { Mention } from '../context.js';
import type { Entity, EntityKind, Span } from '../record.js';
import { STATE_FORCES, type LexEntry } from './lexicon.js';
import { wordKey } from './words.js';
import { phraseWords } from './trie.js';
import { PersonMentions, type PersonMention } from './person-mentions.js';
import type { Candidate } from './candidate.js';

export type { Candidate } from './candidate.js';

export class EntityTable {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly ids = new Map<string, Entity>();
  private readonly gender = new Map<string, 'f' | 'm' | null>();
  /** Surnames of unknown people seen so far -> entity, so a later bare surname resolves. */
  private readonly surnames = new Map<string, Entity>();
  /** First words of unknown people's names seen so far -> the person, or null when two people share the word. */
  private readonly givenNames = new Map<string, Entity | null>();
  /** Words of the full names of lexicon people named so far -> the person, or null when two people share the word. */
  private readonly nameWords = new Map<string, Entity | null>();
  private readonly persons = new PersonMentions();
  /** Later names of open-world entities: acronyms and long names (word keys joined by spaces) -> entity. */
  private readonly aliases = new Map<string, Entity>();
  /** First word key of every multi-word alias, so a scan asks the alias map only where one may start. */
  private readonly aliasStarts = new Map<string, number>();
  private readonly groups: Entity[] = [];
  /** States' own armed forces in order of mention ("the army" points to the last one). */
  private readonly forces: Entity[] = [];
  /** The state whose military government was last named. */
  junta: Entity | undefined;

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  byId(id: string): Entity | undefined {
    return this.ids.get(id);
  }

  surname(key: string): Entity | undefined {
    return this.surnames.get(key);
  }

  /** The unknown person whose name, given earlier in this report, opens with this word; none when two people share it. */
  givenName(key: string): Entity | undefined {
    return this.givenNames.get(key) ?? undefined;
  }

  /** The lexicon person whose full name, given earlier in this report, has this word; none when two people share it. */
  nameWord(key: string): Entity | undefined {
    return this.nameWords.get(key) ?? undefined;
  }

  /**
   * "Wang Yi ... Wang said", "Stephen Miller ... Miller said": a person the lexicon gives no safe short form (the
   * word is too common across the world) is still the one this report means by it once named in full here.
   */
  private addNameWords(ent: Entity): void {
    const parts = ent.name.split(/\s+/);
    if (parts.length < 2) return;
    for (const part of new Set([parts[0], parts[parts.length - 1]])) {
      const key = wordKey(part);
      const had = this.nameWords.get(key);
      this.nameWords.set(key, had === undefined || had === ent ? ent : null);
    }
  }

  /**
   * "Othman Hashim ... Othman said", "Abiy Ahmed ... Abiy": where the given name is the name people go by (much of
   * South-East Asia, the Horn of Africa), a later lone first word is the same person.
   */
  private addGivenName(ent: Entity): void {
    const parts = ent.name.split(/\s+/);
    if (parts.length < 2) return;
    const key = wordKey(parts[0]);
    const had = this.givenNames.get(key);
    this.givenNames.set(key, had === undefined || had === ent ? ent : null);
  }

  genderOf(e: Entity): 'f' | 'm' | null {
    return this.gender.get(e.id) ?? null;
  }

  /** An alias of `ent` by its word keys ("milf", "moro islamic liberation front"). */
  alias(keys: string[], ent: Entity): void {
    const k = keys.join(' ');
    if (!k || this.aliases.has(k)) return;
    this.aliases.set(k, ent);
    this.aliasStarts.set(keys[0], Math.max(keys.length, this.aliasStarts.get(keys[0]) ?? 0));
  }

  /** The longest alias among the word keys `keys(n)` for n = longest..1 starting at a word with key `first`. */
  aliasAt(first: string, keyRun: (n: number) => string | null): { entity: Entity; length: number } | undefined {
    const longest = this.aliasStarts.get(first);
    if (!longest) return undefined;
    for (let n = longest; n >= 1; n--) {
      const k = keyRun(n);
      const e = k === null ? undefined : this.aliases.get(k);
      if (e) return { entity: e, length: n };
    }
    return undefined;
  }

  /** The state of the armed group mentioned last, when that state is already an entity here (its "government"). */
  recentGroupState(): Entity | undefined {
    let country: string | null = null;
    for (let k = this.groups.length - 1; k >= 0 && !country; k--) country = this.groups[k].country;
    return country ? this.entities.find((e) => e.kind === 'state' && e.country === country) : undefined;
  }

  /** The one state the report has named so far, if it has named exactly one ("the government" can be no other). */
  soleState(): Entity | undefined {
    const states = this.entities.filter((e) => e.kind === 'state');
    return states.length === 1 ? states[0] : undefined;
  }

  /** The state's own armed forces mentioned last, if any. */
  recentForces(): Entity | undefined {
    return this.forces[this.forces.length - 1];
  }

  /** The armed group mentioned last (of `country` when given). */
  /** The body or group mentioned last whose name holds `key` as a word ("mission" -> "UN Support Mission in Libya"). */
  recentBodyNamed(key: string): Entity | undefined {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const e = this.ids.get(this.mentions[k].entity);
      if (!e || e.kind === 'person' || e.kind === 'state' || e.kind === 'place') continue;
      if (phraseWords(e.name).some((w) => wordKey(w) === key)) return e;
    }
    return undefined;
  }

  recentGroup(country?: string | null): Entity | undefined {
    for (let k = this.groups.length - 1; k >= 0; k--) if (!country || this.groups[k].country === country) return this.groups[k];
    return undefined;
  }

  add(c: Candidate, sentence: number, word: number, quoted = false): Entity | undefined {
    if (c.silent) return undefined;
    const side = c.affiliation ? this.addAffiliation(c.affiliation.entry, c.affiliation.span) : undefined;
    let ent: Entity | undefined;
    if (c.entityId) ent = this.byId(c.entityId);
    else if (c.entry) {
      ent = this.ensure(c.entry.id, c.entry.name, c.entry.kind, c.entry.country, c.entry.office ?? c.office ?? null, c.rule, c.entry.gender);
      if (c.entry.wikidata) ent.wikidata = c.entry.wikidata;
      if (ent.kind === 'person') this.addNameWords(ent);
    }
    else if (c.unknown) {
      const u = c.unknown;
      u.name = u.name.replace(/\s+/g, ' ');
      const kind = u.kind ?? 'person';
      const key = (kind === 'person' ? 'u:' : 'g:') + wordKey(u.name);
      // "President Nyusi receives ..." in a headline, then "Filipe Nyusi" in the lead: the full name is the same person.
      const bare = kind === 'person' && !this.byKey.has(key) ? this.bareSurnameHolder(u.name) : undefined;
      if (bare) { bare.name = u.name; this.byKey.set(key, bare); }
      ent = this.ensure(key, u.name, kind, u.country, u.office, c.rule, null);
      // "Kim Yo Jong scorns ..." in a headline, then "Kim Yo Jong, the sister of North Korean leader ...": a later
      // apposition places a person the first mention left without a country.
      if (ent.country === null && u.country) ent.country = u.country;
      if (kind === 'person') for (const key of surnameKeys(u.name)) if (!this.surnames.has(key)) this.surnames.set(key, ent);
      if (kind === 'person') this.addGivenName(ent);
      if (kind !== 'person') for (const a of [u.name, ...(u.aliases ?? [])]) this.alias(phraseWords(a).map(wordKey), ent);
    }
    if (!ent) return undefined;
    if (side && ent.kind === 'person') ent.affiliation ??= side.id;
    for (const a of c.aliases ?? []) this.alias(phraseWords(a).map(wordKey), ent);
    if (ent.office === null && c.office) ent.office = c.office;
    this.mentions.push({ entity: ent.id, span: c.span, via: c.via, ...(c.role ? { role: c.role } : {}) });
    if (c.via !== 'pronoun') ent.mentions.push(c.span);
    if (ent.kind === 'person' && !quoted) this.persons.push({ entity: ent, sentence, word });
    // A state's own army is no armed group: "the rebels" never point back to it.
    if (ent.office === STATE_FORCES) this.forces.push(ent);
    else if (ent.kind === 'group') this.groups.push(ent);
    if (c.junta) this.junta = ent;
    return ent;
  }

  /** The group in a person's title, as an entity mentioned there (the title words are no part of the person's span). */
  private addAffiliation(entry: LexEntry, span: Span): Entity {
    const rule = entry.kind === 'group' ? 'entity.group.affiliation' : 'entity.org.affiliation';
    const ent = this.ensure(entry.id, entry.name, entry.kind, entry.country, entry.office, rule, entry.gender);
    this.mentions.push({ entity: ent.id, span, via: 'name' });
    ent.mentions.push(span);
    if (ent.kind === 'group' && ent.office !== STATE_FORCES) this.groups.push(ent);
    return ent;
  }

  /** An unknown person known so far by the last word of `name` alone, if any. */
  private bareSurnameHolder(name: string): Entity | undefined {
    const words = name.split(/\s+/);
    if (words.length < 2) return undefined;
    const last = wordKey(words[words.length - 1]);
    const e = this.byKey.get('u:' + last);
    return e && e.kind === 'person' && wordKey(e.name) === last ? e : undefined;
  }

  private ensure(key: string, name: string, kind: EntityKind, country: string | null, office: string | null, rule: string, gender: 'f' | 'm' | null): Entity {
    let e = this.byKey.get(key);
    if (!e) {
      e = { id: 'e' + (this.entities.length + 1), name, kind, country, office, mentions: [], rule };
      this.entities.push(e);
      this.byKey.set(key, e);
      this.ids.set(e.id, e);
      this.gender.set(e.id, gender);
    }
    return e;
  }

  // The persons named so far (./person-mentions.ts), for the resolvers that hold only the table.
  antecedent(sentence: number, word: number, fits: (e: Entity) => boolean): Entity | undefined {
    return this.persons.antecedent(sentence, word, fits);
  }
  lastPersonMention(sentence: number, word: number): Readonly<PersonMention> | undefined {
    return this.persons.lastPersonMention(sentence, word);
  }
  personBefore(sentence: number, word: number): Entity | undefined { return this.persons.personBefore(sentence, word); }
  recentPersons(): Entity[] { return this.persons.recentPersons(); }
}

/**
 * The words a bare later mention of an unknown person may use: the last word ("Jane Doe" -> "doe"), and the first when
 * the name ends in a hyphenated given name ("Ahn Gyu-back", "Chung Dong-young"): the family name comes first there.
 */
export function surnameKeys(name: string): string[] {
  const parts = name.split(/\s+/);
  const keys = [wordKey(parts[parts.length - 1].split('-').pop() ?? '')];
  if (parts.length > 1 && /-\p{Ll}/u.test(parts[parts.length - 1])) keys.push(wordKey(parts[0]));
  return keys.filter(Boolean);
}
