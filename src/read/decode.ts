// Bytes → text for one input: refuses what is not text (empty, binary), replaces invalid UTF-8 with U+FFFD and says so.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
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
