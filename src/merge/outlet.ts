// The outlet a report comes from: the URL's host without "www.", or the source name as given.

export function outletOf(source: string | null | undefined): string {
  const s = source?.trim();
  if (!s) return 'unknown';
  if (/^https?:\/\//i.test(s)) {
    try {
      return new URL(s).hostname.toLowerCase().replace(/^www\./, '');
    } catch { /* not a URL after all: fall through to the name */ }
  }
  return s;
}
