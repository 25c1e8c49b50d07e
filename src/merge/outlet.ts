// The outlet a report comes from: the URL's registrable domain (tldts, over the public-suffix list), so that
// fr.example.com and www.example.com are one outlet, with a small alias table (data/outlet-aliases.json) for link
// shorteners and second domains of one newsroom; else the source name as given. A report read from a local file has
// no outlet of its own; it is named by the file's name, never its path, so the store (and the API and dashboard over
// it) do not show where files sit on this machine.
import { getDomain } from 'tldts';
import aliasData from '../../data/outlet-aliases.json' with { type: 'json' };

const ALIASES = new Map(aliasData.aliases.map((a) => [a.host, a.outlet]));
// An AMP cache host spells the original host with "-" for "." and "--" for "-": www-example-com.cdn.ampproject.org.
const AMP_CACHE = /^([a-z0-9-]+)\.cdn\.ampproject\.org$/;

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
      return outletOfHost(new URL(s).hostname.toLowerCase());
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

/** A host's outlet: the registrable domain (an IP address or a bare name stays as it is), through the alias table. */
export function outletOfHost(host: string): string {
  const amp = AMP_CACHE.exec(host);
  const real = amp ? amp[1].replace(/--/g, '\u0000').replace(/-/g, '.').replace(/\u0000/g, '-') : host;
  const domain = getDomain(real, { allowPrivateDomains: false }) ?? real.replace(/^www\./, '');
  return ALIASES.get(domain) ?? domain;
}
