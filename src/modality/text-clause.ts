// The clause around a character offset, read on the sentence text (data/modality-cues.json, "boundaries"). Modality no
// longer reads it (it reads the syntax layer's clauses); the date stage (../events/date.ts) still bounds the time
// words it reads for a trigger by it.
import cuesData from '../../data/modality-cues.json' with { type: 'json' };

const BOUNDARY = new RegExp(cuesData.boundaries.re, 'gi');

/** Start of the clause that holds `at` (a relative offset in `sentence`). */
export function clauseStart(sentence: string, at: number): number {
  const { ends, openerComma } = boundariesOf(sentence);
  let start = 0;
  for (let k = 0; k < ends.length && ends[k][0] < at; k++) if (ends[k][1] <= at) start = ends[k][1];
  // "Although the violence has not stopped, Trump hailed ...": an opening subordinate clause ends at its comma.
  if (openerComma >= 0 && openerComma < at && openerComma + 1 > start) start = openerComma + 1;
  return start;
}

// Every candidate of a sentence asks where its clause starts, one after another: the last sentence's clause
// boundaries ([start, end) of each, in text order) and the comma that closes an opening subordinate clause are kept.
let boundarySentence: string | null = null;
let boundaries: { ends: Array<[number, number]>; openerComma: number } = { ends: [], openerComma: -1 };

function boundariesOf(sentence: string): typeof boundaries {
  if (sentence === boundarySentence) return boundaries;
  const ends: Array<[number, number]> = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    ends.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  const opener = OPENING_SUBORDINATE.exec(sentence);
  boundarySentence = sentence;
  boundaries = { ends, openerComma: opener ? sentence.indexOf(',', opener[0].length) : -1 };
  return boundaries;
}

const OPENING_SUBORDINATE = /^\W*(?:although|though|while|whereas|despite|because|as|when|after|before|once|since)\b/i;

/** End of the clause that holds `at`: the next clause boundary after it, or the sentence end. */
export function clauseEndAt(sentence: string, at: number): number {
  BOUNDARY.lastIndex = at;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    if (m[0].length === 0) { BOUNDARY.lastIndex++; continue; }
    return m.index;
  }
  return sentence.length;
}
