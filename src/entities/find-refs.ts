// Later mentions that carry no name: "the Ukrainian president", "the president" (when only one president has been
// named), and "he"/"she"/"his" outside quotations -> the person they most likely point back to.
import type { Entity } from '../record.js';
import type { Lexicon } from './lexicon.js';
import type { Candidate, EntityTable } from './table.js';
import { longestMatch, matchAt } from './trie.js';
import type { Word } from './words.js';
import { reportingForms } from '../words/reporting.js';
import { JUDGING_FORMS } from '../words/judging.js';

const HEADS_OF_GOVERNMENT = ['president', 'prime minister', 'chancellor', 'emir', 'king', 'premier', 'supreme leader', 'leader', 'crown prince'];
const HEADS_OF_STATE = ['president', 'king', 'emir', 'sultan', 'queen'];
const NOT_THE_OFFICE = /\b(vice|deputy|former|first deputy)\b/;

function holds(office: string | null, ref: string): boolean {
  if (!office) return false;
  const o = office.toLowerCase();
  if (NOT_THE_OFFICE.test(o)) return false;
  // "the Head of State said" in a state agency's readout: the head of state is the president, king or emir.
  if (ref === 'head of state') return HEADS_OF_STATE.some((h) => o === h || o.endsWith(' ' + h));
  if (ref === 'leader') return HEADS_OF_GOVERNMENT.some((h) => o === h || o.endsWith(' ' + h));
  return o === ref || o.endsWith(' ' + ref);
}

/** "the [demonym|state] [modifier] office" with no name after it. */
export function findReference(words: Word[], i: number, lex: Lexicon, table: EntityTable): Candidate | null {
  if (words[i].key !== 'the') return null;
  let j = i + 1;
  let country: string | null = null;
  const cw = j < words.length ? matchAt(lex.names, words, j) : null;
  const state = cw?.values.find((h) => h.entry.kind === 'state' || h.entry.kind === 'organization');
  if (cw && state) { country = state.entry.country; j = cw.end; }
  for (let n = 0; n < 2 && j < words.length && lex.modifiers.has(words[j].key); n++) j++;
  if (j >= words.length || words[j].gap !== 'space') return null;
  const ref = longestMatch(lex.references, words, j, true);
  if (!ref) return null;
  const after = words[ref.end];
  // "the president Donald Trump" is a titled name; "the president's" and "the president said" are references.
  if (after && after.gap === 'space' && after.shape !== 'lower' && !after.sentenceStart) return null;
  const span: [number, number] = [words[i].start, words[ref.end - 1].end];
  const noun = ref.values[0];
  // "the President of Togo", "the leader of Renamo": the office of the party named after "of", not the president
  // named before; a state gives the holder's country, another name leaves the holder to the name that follows.
  const holderOf = officeOf(words, ref.end, lex);
  if (holderOf === 'other') return { end: ref.end, span, via: 'title', rule: 'entity.person.reference', silent: true };
  if (holderOf && !country) country = holderOf;
  const fits = table.recentPersons().filter((e) => holds(e.office, noun) && (!country || e.country === country));
  const target: Entity | undefined = country ? fits[0] : fits.length === 1 ? fits[0] : undefined;
  // "the US envoy", "the Qatari prime minister" with no such person named before: the office speaks for its state.
  if (!target && state && !state.cues && state.entry.kind === 'state') {
    return { end: ref.end, span: [words[i + 1].start, words[cw!.end - 1].end], via: state.via, rule: 'entity.state.office-reference', entry: state.entry };
  }
  if (!target) return { end: ref.end, span, via: 'title', rule: 'entity.person.reference', silent: true };
  return { end: ref.end, span, via: 'title', rule: 'entity.person.reference', entityId: target.id };
}

/** After an office noun, "of" and a capitalised name: that state's country, 'other' for any other name, else null. */
function officeOf(words: Word[], k: number, lex: Lexicon): string | 'other' | null {
  if (words[k]?.key !== 'of' || !words[k + 1] || words[k + 1].shape === 'lower') return null;
  const state = matchAt(lex.names, words, k + 1)?.values.find((h) => h.entry.kind === 'state');
  return state?.entry.country ?? 'other';
}

/**
 * "the mission", "the coalition", "the agency", "the front": a definite body noun with no name after it is the body
 * or group named last whose own name holds that noun ("the UN Support Mission in Libya ... the mission"). The words
 * that point to a state's government, its forces or an armed group have resolvers of their own.
 */
export function findBodyReference(words: Word[], i: number, lex: Lexicon, table: EntityTable): Candidate | null {
  const w = words[i + 1];
  if (words[i].key !== 'the' || !w || w.gap !== 'space' || w.shape === 'upper') return null;
  const o = lex.open;
  if (!o.organizationHeads.has(w.key) && !o.groupNouns.has(w.key)) return null;
  if (o.governmentReferences.next.has(w.key) || o.forcesReferences.next.has(w.key) || o.groupReferences.next.has(w.key)) return null;
  const after = words[i + 2];
  if (after && after.gap === 'space' && (after.key === 'of' || (after.shape !== 'lower' && !after.sentenceStart))) return null;
  const body = table.recentBodyNamed(w.key);
  if (!body) return null;
  return { end: i + 2, span: [words[i].start, w.end], via: 'title', rule: 'entity.body.reference', entityId: body.id };
}

const PRONOUNS = new Map<string, 'm' | 'f'>([['he', 'm'], ['his', 'm'], ['him', 'm'], ['she', 'f'], ['her', 'f']]);

export function findPronoun(words: Word[], i: number, table: EntityTable): Candidate | null {
  const w = words[i];
  const g = PRONOUNS.get(w.key);
  if (!g || w.quoted || w.shape === 'upper') return null;
  const fits = (e: Entity) => {
    const eg = table.genderOf(e);
    return eg === null || eg === g;
  };
  // "Ushakov said Putin told Trump he was willing": after a reporting verb, "he" is that verb's subject.
  const verb = reportingVerbBefore(words, i);
  const speaker = verb >= 0 ? table.personBefore(w.sentence, verb) : undefined;
  const judged = verb < 0 ? judgedPerson(words, i, table) : undefined;
  const target = speaker && fits(speaker) ? speaker : judged && fits(judged) ? judged : table.antecedent(w.sentence, i, fits);
  if (!target) return null;
  return { end: i + 1, span: [w.start, w.end], via: 'pronoun', rule: 'entity.person.pronoun', entityId: target.id };
}

/** Possessives that, after "praised X for", point to X ("for his mediation", "for her role"). */
const POSSESSIVES = new Set(['his', 'her']);

/** "praised Gnassingbe for his mediation", "blamed Ruto for his remarks": the one praised or blamed owns what it is for. */
function judgedPerson(words: Word[], i: number, table: EntityTable): Entity | undefined {
  if (!POSSESSIVES.has(words[i].key) || words[i - 1]?.key !== 'for') return undefined;
  const p = table.lastPersonMention(words[i].sentence, i - 1);
  if (!p || !JUDGING_FORMS.has(words[p.word - 1]?.key ?? '')) return undefined;
  for (let k = p.word; k < i - 1; k++) if (words[k].shape === 'lower') return undefined;
  return p.entity;
}

const REPORTING = reportingForms({ classes: ['say', 'manner', 'pledge', 'belief'], clause: true });

/** Index of the reporting verb that governs a subject pronoun at `i` ("told Trump [that] he"), or -1. */
function reportingVerbBefore(words: Word[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (words[k].sentence !== words[i].sentence) return -1;
    if (REPORTING.has(words[k].key)) return k;
    if (!/^(?:that|[A-Z])/.test(words[k].text) && words[k].key !== 'that') return -1;
  }
  return -1;
}
