// Page clutter: whole lines that are site chrome, not reporting. Each pattern is tested against one trimmed line;
// `maxWords` keeps a pattern from eating a real sentence that merely contains the words.
export interface ClutterPattern { id: string; pattern: RegExp; maxWords: number; why: string }

export const CLUTTER_PATTERNS: readonly ClutterPattern[] = [
  { id: 'clutter.skip-link', pattern: /^skip to (?:the )?(?:main )?(?:content|navigation|article)\b/i, maxWords: 6,
    why: 'accessibility link at the top of a page' },
  { id: 'clutter.ad-label', pattern: /^(?:ad|ads|advert|advertisement|advertising|sponsored(?: content)?|promoted)$/i,
    maxWords: 2, why: 'ad slot label' },
  { id: 'clutter.story-continues', pattern: /^(?:the )?(?:story|article) continues (?:below|after)\b/i, maxWords: 8,
    why: 'ad slot marker inside an article' },
  { id: 'clutter.advertise-with', pattern: /^advertise (?:with|on)\b/i, maxWords: 8, why: 'site advertising link' },
  { id: 'clutter.photo-by', pattern: /\((?:photo|image|picture|video)s? (?:by|credit|courtesy)\b[^)]*\)\W*$/i, maxWords: 30,
    why: 'photo credit line' },
  { id: 'clutter.photo-credit', pattern: /\b(?:photo|image|picture|credit)s?(?: by)?:\s*\S.*(?:\/|\bvia\b|getty|afp|reuters|\bap\b|epa|anadolu|shutterstock)/i,
    maxWords: 25, why: 'caption with a photo credit' },
  { id: 'clutter.getty', pattern: /(?:getty images|shutterstock|\/afp|\/reuters|\/ap|\/epa)\W*$/i, maxWords: 25,
    why: 'caption ending in an agency credit' },
  { id: 'clutter.read-more', pattern: /^(?:read more|also read|read also)\b|^(?:related(?: articles?| stories| news)?|recommended|more on this(?: story)?|see also|watch)\s*[:\-–—]/i,
    maxWords: 25, why: 'link to another article' },
  { id: 'clutter.sign-up', pattern: /^(?:sign up|subscribe)\b.*\b(?:newsletter|updates|email|free|now|today|account)\b/i,
    maxWords: 25, why: 'newsletter or account prompt' },
  { id: 'clutter.stay-informed', pattern: /^stay informed\b/i, maxWords: 10, why: 'newsletter prompt' },
  { id: 'clutter.cookies', pattern: /\bcookies?\b.*\b(?:accept|consent|policy|settings|preferences|we use|this site uses)\b|\b(?:accept|reject|manage)(?: all)? cookies\b/i,
    maxWords: 40, why: 'cookie notice' },
  { id: 'clutter.share', pattern: /^(?:(?:share|share this(?: article| story)?|share and follow|share on \w+|tweet|email|e-mail|print|copy link|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|comments?)\s*[|·•,]?\s*)+$/i,
    maxWords: 10, why: 'share buttons' },
  { id: 'clutter.loader', pattern: /^(?:loader|loading)\W*$/i, maxWords: 1, why: 'page loader text' },
  { id: 'clutter.image-markup', pattern: /^!\[[^\]]*(?:\[[^\]]*\][^\]]*)*\]\([^)]*\)$/, maxWords: 60, why: 'markdown image' },
];

/** A menu is a run of at least this many short Title-Case lines in a row. */
export const MENU_MIN_RUN = 3;
export const MENU_MAX_WORDS = 4;
