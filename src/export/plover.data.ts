// PLOVER 2.0 tables the export needs, from the manual (shared as PLOVER_MANUAL.txt) and its structured codebook.
// Each rule carries an id and the reason it holds; docs/plover-export.md explains every field.

/** Quad category per event (manual, "Event Categories": the "Quad category" line of each section). */
export const QUAD_CODE: Record<string, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  // The summary table at the end of the manual lists SANCTION under verbal conflict; its own section and the event
  // summary both say material conflict, which we follow (two of three places, and sanctions are acts, not words).
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

/** The modes each event category admits (PLOVER_structured_codebook: the event,mode pairs). */
export const PLOVER_MODES: Record<string, readonly string[]> = {
  AGREE: [], CONSULT: ['visit', 'third-party', 'multilateral', 'phone'], SUPPORT: [], CONCEDE: [],
  COOPERATE: [], AID: [], RETREAT: ['withdraw', 'release', 'return', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'], ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'ban', 'arrest', 'expel', 'relations', 'rights', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct'],
  SANCTION: ['convict', 'discontinue', 'expel', 'withdraw'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'restrict', 'ban', 'curfew', 'deport', 'arrest', 'withhold', 'censor', 'cyber', 'misinformation'],
  ASSAULT: ['beat', 'firearms', 'explosives', 'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'unconventional',
    'primitive', 'sexual', 'torture', 'abduct', 'assassinate', 'execute', 'massacre', 'cleansing', 'crowd-control'],
};

/** PLOVER 2.0 sector codes (manual, "Sector Codes"), plus IGO for international bodies (see INTERNATIONAL_SECTOR). */
export const PLOVER_SECTORS = [
  'COP', 'GOV', 'JUD', 'LEG', 'MIL', 'PRM', 'PTY', 'REB', 'SPY', 'UAF', 'UNK',
  'AGR', 'BUS', 'CRM', 'CVL', 'EDU', 'ELI', 'JRN', 'LAB', 'MED', 'REF', 'OPP', 'PRE', 'REL', 'SOC', 'IGO',
] as const;
export type PloverSector = (typeof PLOVER_SECTORS)[number];

/** The non-state international codes PLOVER puts in the country field (manual, "Non-state international actors"). */
export const INTERNATIONAL_CODES = ['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC'] as const;

/**
 * Parley's code for a body (data/organizations.json `country`) -> PLOVER's country field. Codes not listed and not
 * ISO 3166 alpha-3 are intergovernmental bodies (NATO, IAEA, AU, OSCE ...) and become IGO.
 */
export const BODY_CODES: { id: string; from: string; code: string | null; reason: string }[] = [
  { id: 'plover.code.un', from: 'UN', code: 'UNO', reason: 'the manual gives the United Nations its own code' },
  { id: 'plover.code.eu', from: 'EU', code: 'EUR', reason: 'the manual gives the European Union its own code' },
  { id: 'plover.code.icrc', from: 'ICRC', code: 'NGO', reason: 'the Red Cross committee is a private humanitarian body, not an IGO' },
  { id: 'plover.code.region', from: 'EUR', code: null, reason: 'Parley files "Europe" the region under EUR: the manual codes no regional constructs' },
  { id: 'plover.code.coalition', from: 'COW', code: null, reason: 'an ad hoc coalition of states is neither a state nor an organisation' },
  { id: 'plover.code.kosovo', from: 'UNK', code: 'KOS', reason: 'world-countries files Kosovo under UNK; the manual codes it KOS (it has no ISO code)' },
];

/** Sector of a person from the office the report gives (first match wins; matched case-insensitively). */
export const OFFICE_SECTORS: { id: string; re: RegExp; sector: PloverSector; reason: string }[] = [
  { id: 'sector.office.former', re: /\b(?:former|ex-|exiled|ousted)\b/i, sector: 'ELI', reason: 'the manual: former officials who hold no post are ELI' },
  { id: 'sector.office.intelligence', re: /\b(?:intelligence|spy|CIA|Mossad|GRU|FSB|SVR|MI6|ISI)\b/i, sector: 'SPY', reason: 'heads and officers of intelligence services' },
  { id: 'sector.office.military', re: /\b(?:(?<!(?:secretary|director|attorney|governor|surgeon|inspector|solicitor|procurator|consul)[\s-])general|admiral|colonel|lieutenant|marshal|commander|commander-in-chief|chief of (?:the )?(?:general |defen[cs]e )?staff|joint chiefs|army chief|military)\b/i, sector: 'MIL', reason: 'military ranks and commands; "general" only as a rank (not Secretary-General, Director General, Attorney General); a civilian "Army Secretary" names no rank' },
  { id: 'sector.office.legislature', re: /\b(?:senator|senate|lawmaker|legislator|member of parliament|MP|parliament(?:ary)?|congress(?:man|woman)?|representative|speaker|deputy of the duma)\b/i, sector: 'LEG', reason: 'members and heads of legislatures' },
  { id: 'sector.office.judiciary', re: /\b(?:judge|justice|prosecutor|court)\b/i, sector: 'JUD', reason: 'judges, prosecutors, courts' },
  { id: 'sector.office.police', re: /\b(?:police|constable|sheriff)\b/i, sector: 'COP', reason: 'police forces' },
  { id: 'sector.office.religion', re: /\b(?:pope|cardinal|archbishop|bishop|patriarch|imam|rabbi|mufti)\b/i, sector: 'REL', reason: 'religious leaders' },
  { id: 'sector.office.government', re: /\b(?:president|vice president|prime minister|premier|chancellor|minister|ministry|secretary|envoy|ambassador|diplomat|negotiator|mediator|adviser|advisor|aide|spokes(?:man|woman|person)|press secretary|chief of staff|king|queen|emir|crown prince|prince|sheikh|sultan|supreme leader|ayatollah|governor|mayor|official|head of|commissioner|high representative|director|chairman|chair|leader)\b/i, sector: 'GOV', reason: 'the executive and its representatives (an armed group\'s or a body\'s own people get their entity\'s sector first)' },
];

/** Sector of an organisation or group from its name, before its kind decides (first match wins). */
export const BODY_NAME_SECTORS: { id: string; re: RegExp; sector: PloverSector; reason: string }[] = [
  { id: 'sector.body.military', re: /\b(?:armed forces|defen[cs]e forces|army|navy|air force|military|troops)\b/i, sector: 'MIL', reason: 'a state\'s armed forces' },
  { id: 'sector.body.intelligence', re: /\b(?:intelligence|security service)\b/i, sector: 'SPY', reason: 'intelligence services' },
  { id: 'sector.body.legislature', re: /\b(?:parliament|congress|senate|knesset|duma|rada|assembly)\b/i, sector: 'LEG', reason: 'legislatures (an IGO\'s assembly is caught by its code first)' },
  { id: 'sector.body.judiciary', re: /\b(?:court|tribunal)\b/i, sector: 'JUD', reason: 'courts' },
  { id: 'sector.body.party', re: /\b(?:party)\b/i, sector: 'PTY', reason: 'political parties' },
  { id: 'sector.body.media', re: /\b(?:news agency|newspaper|broadcaster|television)\b/i, sector: 'JRN', reason: 'the press' },
  { id: 'sector.body.government', re: /\b(?:government|ministry|cabinet|authority|administration|council|presidency|kremlin|white house)\b/i, sector: 'GOV', reason: 'executive bodies' },
];

/** Why an international body's people and the body itself get IGO: PLOVER codes the body in the country field. */
export const INTERNATIONAL_SECTOR = { id: 'sector.international', sector: 'IGO' as PloverSector, reason: 'PLOVER has no sector for an international body; IGO repeats its country field so sector filters keep it' };
