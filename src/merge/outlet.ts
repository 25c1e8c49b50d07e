// The outlet a report comes from: the URL's host without "www.", or the source name as given. A report read from a
// local file has no outlet of its own; it is named by the file's name, never its path, so the store (and the API and
// dashboard over it) do not show where files sit on this machine.

const URL_SCHEME = /^https?:\/\//i;
// Absolute or explicitly relative paths, file: URLs, and anything with a directory and a file extension (with the
// ":LINE" that JSON Lines inputs carry).
const PATH_START = /^(?:file:|\/|\.{1,2}[\\/]|~[\\/]|[a-z]:[\\/])/i;
const PATH_WITH_FILE = /[\\/][^\\/]*\.[a-z0-9]{1,5}(?::\d+)?$/i;
const LINE_SUFFIX = /:\d+$/;

export function outletOf(source: string | null | undefined): string {
  const s = source?.trim();
  if (!s) return 'unknown';
  if (URL_SCHEME.test(s)) {
    try {
      return new URL(s).hostname.toLowerCase().replace(/^www\./, '');
    } catch { /* not a URL after all: fall through to the name */ }
  }
  if (PATH_START.test(s) || PATH_WITH_FILE.test(s)) return fileName(s);
  return s;
}

function fileName(path: string): string {
  const name = path.replace(LINE_SUFFIX, '').split(/[\\/]/).filter(Boolean).pop();
  return name ? decodeURIComponentSafe(name) : 'unknown';
}

function decodeURIComponentSafe(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}
