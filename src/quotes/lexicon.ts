// The word lists the quote finder reads (data/*.json), compiled once into the patterns it scans with.
import speechVerbs from '../../data/speech-verbs.json' with { type: 'json' };
import anonymousSources from '../../data/anonymous-sources.json' with { type: 'json' };
import speakerTitles from '../../data/speaker-titles.json' with { type: 'json' };
import { REPORTING_PHRASES, reportingForms } from '../words/reporting.js';

export interface QuoteLexiconData {
  /** Reporting verbs in every written form ("said", "adding"). */
  speechForms: string[];
  /** Cues whose speaker follows them ("according to"). */
  inverted: string[];
  /** Head nouns of unnamed sources ("source", "officials", "person familiar"). */
  anonymousHeads: string[];
  /** Title nouns that refer back to a named person ("the president"). */
  titles: string[];
  /** Verbs that attribute a quotation that follows them as a description ("hailed the deal as “…”"). */
  asVerbs: string[];
  /** Nouns for a text that speaks for its author ("the communiqué read"). */
  documents: string[];
  /** Nouns that refer back to a named organisation or group ("the group", "the mission"). */
  bodies: string[];
  /** Nouns that refer back to a named government or its body ("the ministry", "the presidency"). */
  governmentBodies: string[];
}

export interface QuoteLexicon {
  /** Global pattern of every cue, longest first; group 1 is an inverted cue. Use with lastIndex. */
  cue: RegExp;
  inverted: Set<string>;
  anonymous: RegExp;
  /** A title at the end of a phrase, with an optional "the". Group 1 = "the", group 2 = the title. */
  titleAtEnd: RegExp;
  /** "the President of", "Ukraine's president", "the Ukrainian leader": a title tied to a state named next to it. */
  titleOfState: RegExp;
  /** Global pattern of the verbs of an as-description ("hailed … as"). Use with lastIndex. */
  asVerb: RegExp;
  /** A document noun at the end of a phrase ("the joint statement"); group 1 is the noun. */
  documentAtEnd: RegExp;
  /** Global pattern of every document noun, to find where a document was first mentioned. */
  documentAny: RegExp;
  /** A body noun after a definite article at the end of a phrase ("the group", "the rebel movement"). */
  bodyAtEnd: RegExp;
  /** The same for a government's body ("the ministry", "the presidency"). */
  governmentAtEnd: RegExp;
  /** Last words of documents, bodies and government bodies: a cheap test before their patterns run. */
  documentWords: Set<string>;
  bodyWords: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).map(escape).join('|');

const lastWords = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase().split(/\s+/).pop()!));

export function compileQuoteLexicon(data: QuoteLexiconData): QuoteLexicon {
  return {
    cue: new RegExp(`(?<![\\p{L}\\p{N}-])(?:(${alternation(data.inverted)})|(?:${alternation(data.speechForms)}))(?![\\p{L}\\p{N}-])`, 'giu'),
    inverted: new Set(data.inverted.map((s) => s.toLowerCase())),
    anonymous: new RegExp(`(?<![\\p{L}])(?:${alternation(data.anonymousHeads)})(?![\\p{L}])`, 'iu'),
    titleOfState: new RegExp(`(?<![\\p{L}])(?:${alternation(data.titles)})(?:\\s+of\\b|\\s*$)`, 'iu'),
    asVerb: new RegExp(`(?<![\\p{L}-])(?:${alternation(data.asVerbs)})(?![\\p{L}-])`, 'giu'),
    documentAtEnd: new RegExp(`(?:^|\\s)(?:the|this|that|its|their|a|an)\\s+(?:[\\p{L}.-]+\\s+){0,3}?(${alternation(data.documents)})\\s*$`, 'iu'),
    documentAny: new RegExp(`(?<![\\p{L}])(?:${alternation(data.documents)})(?![\\p{L}])`, 'giu'),
    bodyAtEnd: new RegExp(`(?:^|\\s)(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:[\\p{Ll}.-]+\\s+){0,2}?(?:${alternation(data.bodies)})\\s*$`, 'u'),
    documentWords: lastWords(data.documents),
    bodyWords: lastWords([...data.bodies, ...data.governmentBodies]),
    governmentAtEnd: new RegExp(`(?:^|\\s)(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:[\\p{Ll}.-]+\\s+){0,2}?(?:${alternation(data.governmentBodies)})\\s*$`, 'u'),
    titleAtEnd: new RegExp(`(?:^|\\s)(?:(the|this|that)\\s+)?(?:[\\p{L}.-]+\\s+){0,3}?(${alternation(data.titles)})\\s*$`, 'iu'),
  };
}

export const quoteLexiconData: QuoteLexiconData = {
  // Every class but beliefs ("he thought" rarely attributes a quotation).
  speechForms: [...reportingForms({ classes: ['say', 'manner', 'directive', 'pledge', 'label', 'judge'] }), ...REPORTING_PHRASES],
  inverted: speechVerbs.inverted,
  anonymousHeads: anonymousSources.heads,
  titles: speakerTitles.titles,
  asVerbs: speechVerbs.as,
  documents: speakerTitles.documents,
  bodies: speakerTitles.bodies,
  governmentBodies: speakerTitles.government_bodies,
};

let compiled: QuoteLexicon | null = null;
export function defaultQuoteLexicon(): QuoteLexicon {
  compiled ??= compileQuoteLexicon(quoteLexiconData);
  return compiled;
}
