// Windows-1252 characters for bytes 0x80–0x9F: UTF-8 text mis-read as Windows-1252 shows these ("â€™" for "’").
// Mapping them back to their bytes lets us re-decode the run as UTF-8.
export const CP1252_HIGH: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/**
 * UTF-8 punctuation mis-read as Thai (TIS-620/CP874) keeps only its lead byte 0xE2, shown as "โ", between Latin
 * letters: "itโs", "FLORIDAโStanding". After a letter and before a contraction ending it was an apostrophe; otherwise
 * a dash. Thai text is untouched: the rule needs Latin letters on both sides.
 */
export const THAI_LEAD_BYTE = 'โ';
export const CONTRACTION_ENDINGS: readonly string[] = ['s', 't', 're', 'll', 've', 'd', 'm'];
