// Bytes → text for one input: refuses what is not text (empty, binary), replaces invalid UTF-8 with U+FFFD and says so.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

/** A byte-order mark naming a UTF-16 or UTF-32 encoding (checked longest first: FF FE 00 00 is UTF-32LE). */
const BOMS: { encoding: 'utf-32le' | 'utf-32be' | 'utf-16le' | 'utf-16be'; bytes: number[] }[] = [
  { encoding: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function bomOf(bytes: Uint8Array): (typeof BOMS)[number] | undefined {
  return BOMS.find((b) => b.bytes.length <= bytes.length && b.bytes.every((x, i) => bytes[i] === x));
}

/** UTF-32 (TextDecoder has no UTF-32); invalid code points become U+FFFD and are counted. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): { text: string; bad: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let bad = bytes.length % 4 ? 1 : 0;
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    const ok = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
    if (!ok) bad++;
    parts.push(String.fromCodePoint(ok ? cp : 0xfffd));
  }
  return { text: parts.join(''), bad };
}

/** Text with a UTF-16/UTF-32 byte-order mark, decoded by it (without the mark). */
function decodeWithBom(bytes: Uint8Array, bom: (typeof BOMS)[number]): Decoded {
  const body = bytes.subarray(bom.bytes.length);
  const warnings: string[] = [];
  let text: string;
  let bad: number;
  if (bom.encoding.startsWith('utf-32')) ({ text, bad } = decodeUtf32(body, bom.encoding === 'utf-32le'));
  else {
    text = new TextDecoder(bom.encoding, { fatal: false, ignoreBOM: true }).decode(body);
    bad = countReplacements(text);
  }
  if (bad) warnings.push(`invalid ${bom.encoding.toUpperCase()}: ${bad} code unit${bad === 1 ? '' : 's'} replaced with U+FFFD`);
  if (text.indexOf('\0') >= 0) return { ok: false, reason: `binary file (NUL characters in ${bom.encoding.toUpperCase()} text)` };
  if (!text.trim()) return { ok: false, reason: 'no text (only white space)' };
  return { ok: true, text, warnings };
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const bom = bomOf(bytes);
  if (bom) return decodeWithBom(bytes, bom);
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  let text: string;
  const warnings: string[] = [];
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    const replaced = countReplacements(text);
    warnings.push(`invalid UTF-8: ${replaced} byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD`);
  }
  if (!text.trim()) return { ok: false, reason: 'no text (only white space)' };
  return { ok: true, text, warnings };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}
