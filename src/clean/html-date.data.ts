// Meta tags (by property, name or itemprop, lower-cased) whose content is the page's publication timestamp.
export const PUBLISHED_META: readonly string[] = [
  'article:published_time', // Open Graph, the most widely used
  'og:article:published_time', // a common misspelling of the same
  'datepublished', // schema.org microdata (itemprop)
  'pubdate', // older news CMSs
  'publishdate',
  'date', // Dublin Core style plain "date"
  'dc.date.issued',
  'sailthru.date',
  'parsely-pub-date',
];
