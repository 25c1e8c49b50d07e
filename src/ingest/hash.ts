// A report's identity: its text with whitespace folded, hashed. The same report ingested twice is stored once.
import { createHash } from 'node:crypto';

export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function reportHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}
