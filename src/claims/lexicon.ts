// The claim finders' word lists (data/claim-patterns.json), compiled once into the patterns they scan with.
import data from '../../data/claim-patterns.json' with { type: 'json' };

export type ClaimPatternData = typeof data;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+');
export const alternation = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).map(escape).join('|');

export interface ClaimLexicon {
  data: ClaimPatternData;
  /** Source of a number written in digits or words ("20", "2½", "twenty-eight", "two and a half"). */
  number: string;
  units: Map<string, number>;
  tens: Map<string, number>;
  planNoun: string;
  pointsVerb: string;
  agreementAfter: RegExp;
  agreementBefore: RegExp;
  approx: RegExp;
  meeting: RegExp;
  durationExclusion: RegExp;
}

export function compileClaimLexicon(d: ClaimPatternData): ClaimLexicon {
  const units = new Map(Object.entries(d.numberUnits));
  const tens = new Map(Object.entries(d.numberTens));
  const unitAlt = alternation([...units.keys()]);
  const tensAlt = alternation([...tens.keys()]);
  const half = '(?:[\\s-]+and[\\s-]+a[\\s-]+half)?';
  const number = `(?:\\d+(?:[.,]\\d+)?\\s?[½¼¾]?|[½¼¾]|(?:(?:${tensAlt})(?:[\\s-]+(?:${unitAlt}))?|${unitAlt})${half})`;
  return {
    data: d, number, units, tens,
    planNoun: alternation(d.planNouns),
    pointsVerb: alternation(d.pointsVerbs),
    agreementAfter: new RegExp(`^\\s*(?:\\S+\\s+)?(?:${alternation(d.agreementAfter)})\\b`, 'i'),
    agreementBefore: new RegExp(`\\b(?:${alternation(d.agreementBefore)})\\s*(?:about|around|roughly|nearly|almost|some|over|more than)?\\s*$`, 'i'),
    approx: new RegExp(`\\b(?:${alternation(d.durationQualifiersApprox)})\\s*$`, 'i'),
    meeting: new RegExp(`\\b(?:${alternation(d.meetingWords)})\\b`, 'i'),
    durationExclusion: new RegExp(`\\b(?:${alternation(d.durationExclusions)})\\b`, 'i'),
  };
}

let compiled: ClaimLexicon | null = null;
export function defaultClaimLexicon(): ClaimLexicon {
  compiled ??= compileClaimLexicon(data);
  return compiled;
}

const FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };

/** The value of a number matched by `lex.number`, or null. */
export function parseNumber(lex: ClaimLexicon, raw: string): number | null {
  let s = raw.toLowerCase().trim();
  let extra = 0;
  const half = /[\s-]+and[\s-]+a[\s-]+half$/.exec(s);
  if (half) { extra = 0.5; s = s.slice(0, half.index); }
  const frac = /[½¼¾]$/.exec(s);
  if (frac) { extra += FRACTIONS[frac[0]]; s = s.slice(0, -1).trim(); if (!s) return extra; }
  if (/^\d/.test(s)) return Number(s.replace(/,(?=\d{3}\b)/g, '').replace(',', '.')) + extra;
  s = s.replace(/[\s-]+/g, ' ');
  if (lex.units.has(s)) return lex.units.get(s)! + extra;
  if (lex.tens.has(s)) return lex.tens.get(s)! + extra;
  const [t, ...u] = s.split(' ');
  const unit = lex.units.get(u.join(' '));
  if (lex.tens.has(t) && unit !== undefined) return lex.tens.get(t)! + unit + extra;
  return null;
}
