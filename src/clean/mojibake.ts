// Repairs the commonest encoding damage in scraped news: UTF-8 read as Windows-1252/Latin-1 ("â€™" → "’",
// "Ã©" → "é"), and UTF-8 punctuation read as Thai ("itโs" → "it’s").
import { CONTRACTION_ENDINGS, CP1252_HIGH, THAI_LEAD_BYTE } from './mojibake.data.js';

const HIGH_CHARS = Object.keys(CP1252_HIGH).join('');
// A UTF-8 lead byte (0xC2–0xF4 as Latin-1) followed by 1–3 continuation bytes (0x80–0xBF, or their CP1252 glyphs).
const LATIN1_RUN = new RegExp(`[\\u00C2-\\u00F4][\\u0080-\\u00BF${HIGH_CHARS}]{1,3}`, 'g');
const THAI_DAMAGE = new RegExp(`(?<=[A-Za-z])${THAI_LEAD_BYTE}(?=([A-Za-z]+))`, 'g');
const ENDINGS = new Set(CONTRACTION_ENDINGS);
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(text: string): string {
  let out = text;
  if (/[\u00C2-\u00F4]/.test(out)) out = out.replace(LATIN1_RUN, redecode);
  if (out.includes(THAI_LEAD_BYTE)) out = out.replace(THAI_DAMAGE, thaiDamage);
  return out;
}

function redecode(run: string): string {
  const lead = run.charCodeAt(0);
  const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  if (run.length - 1 < need) return run;
  const bytes = new Uint8Array(need + 1);
  for (let i = 0; i <= need; i++) {
    const c = run[i];
    const code = c.charCodeAt(0);
    bytes[i] = code <= 0xff ? code : CP1252_HIGH[c];
  }
  // Only bytes that form exactly one well-formed UTF-8 character are damage; anything else is left as written.
  try {
    const decoded = utf8.decode(bytes);
    return [...decoded].length === 1 ? decoded + run.slice(need + 1) : run;
  } catch {
    return run;
  }
}

function thaiDamage(_match: string, nextWord: string): string {
  return ENDINGS.has(nextWord.toLowerCase()) ? '’' : '—';
}
