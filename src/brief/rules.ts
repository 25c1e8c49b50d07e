// The brief's tunables and cue tables, loaded from data/ (processes.json, issue-status.json, people.json, issues.json).
import processRules from '../../data/processes.json' with { type: 'json' };
import issueStatus from '../../data/issue-status.json' with { type: 'json' };
import people from '../../data/people.json' with { type: 'json' };
import vocabulary from '../../data/issues.json' with { type: 'json' };
import type { IssueStatus } from './types.js';

export interface ProcessRules {
  hostileCategories: Record<string, number>;
  weakHostileCategories: string[];
  weakOnlyFactor: number;
  clashCategories: string[];
  cooperativeCategories: Record<string, number>;
  contactCategories: string[];
  weights: { jointTalks: number; directContact: number };
  minDyadScore: number;
  minMediatorScore: number;
  mediatorShareOfTop: number;
  maxMediators: number;
  partyKinds: string[];
  coMediatorModes: string[];
  minCoMediatorEvents: number;
  minReports: number;
  minBrokeredHostility: number;
  brokerPenalty: number;
  shadowShare: number;
  leaderOffices: string[];
  mediationWindow: number;
  hostedTalksWeight: number;
  mediatedModes: string[];
  mediationCues: { id: string; weight: number }[];
  thirdPartyHostility: number;
  thirdPartyShare: number;
  belligerentMaxBrokered: number;
  allyCategories: string[];
}

/** One issue's term patterns: its words case-insensitively, its acronyms (POW, ZNPP) case-sensitively, its own patterns. */
export interface IssueTerms { id: string; patterns: RegExp[] }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+');
const whole = (alts: string[]) => `(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`;
const isAcronym = (t: string) => /^[A-Z]{2,}s?$/.test(t);

export function compileIssueTerms(entries: { id: string; terms: string[]; patterns?: string[] }[]): IssueTerms[] {
  return entries.map((e) => {
    const byLength = [...e.terms].sort((a, b) => b.length - a.length);
    const words = byLength.filter((t) => !isAcronym(t)).map(escape);
    const acronyms = byLength.filter(isAcronym).map(escape);
    const patterns: RegExp[] = [];
    if (words.length) patterns.push(new RegExp(whole(words), 'giu'));
    if (acronyms.length) patterns.push(new RegExp(whole(acronyms), 'gu'));
    for (const p of e.patterns ?? []) patterns.push(new RegExp(p, 'giu'));
    return { id: e.id, patterns };
  });
}

export interface StatusCue { id: string; status: IssueStatus; level: 1 | 2 | 3; pattern: RegExp }

/** Words that turn an agreement cue's clause into no agreement (rejected, proposed, hoped for, negated). */
export interface PolarityCue { id: string; status: IssueStatus; pattern: RegExp }

export interface BriefRules {
  process: ProcessRules;
  cues: StatusCue[];
  polarity: PolarityCue[];
  contactPolarity: PolarityCue[];
  mediationCues: { id: string; weight: number; pattern: RegExp }[];
  issues: IssueTerms[];
  /** Folded names (and aliases) of people whose office makes them a leader. */
  leaders: Set<string>;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
export const foldName = fold;

export function compileCues(entries: { id: string; status: string; level: number; pattern: string }[]): StatusCue[] {
  return entries.map((c) => ({ id: c.id, status: c.status as IssueStatus, level: c.level as 1 | 2 | 3, pattern: new RegExp(c.pattern, 'giu') }));
}

export function leaderNames(list: { name: string; office?: string; aliases?: string[] }[], offices: string[]): Set<string> {
  const set = new Set(offices.map((o) => o.toLowerCase()));
  const out = new Set<string>();
  for (const p of list) if (p.office && set.has(p.office.toLowerCase())) for (const n of [p.name, ...(p.aliases ?? [])]) out.add(fold(n));
  return out;
}

let cached: BriefRules | undefined;
export function defaultBriefRules(): BriefRules {
  cached ??= {
    process: processRules as unknown as ProcessRules,
    cues: compileCues(issueStatus.cues),
    mediationCues: processRules.mediationCues.map((c) => ({ id: c.id, weight: c.weight, pattern: new RegExp(c.pattern, 'iu') })),
    contactPolarity: processRules.contactPolarity.map((p) => ({ id: p.id, status: 'open' as IssueStatus, pattern: new RegExp(p.pattern, 'iu') })),
    polarity: issueStatus.polarity.map((p) => ({ id: p.id, status: p.status as IssueStatus, pattern: new RegExp(p.pattern, 'iu') })),
    issues: compileIssueTerms(vocabulary.issues),
    leaders: leaderNames(people.people as { name: string; office?: string; aliases?: string[] }[], processRules.leaderOffices),
  };
  return cached!;
}
