// Every statement the PostgreSQL store runs that does not depend on a filter, by name ($n parameters). Text is
// ordered COLLATE "C" (by code point), as SQLite orders it, so both engines list in the same order.
const QUOTE_VIEW = `SELECT q.id, q.report_id, q.speaker, q.speaker_text, q.cue, q.text, q.start, q."end", e.name AS speaker_name,
  r.outlet, r.doc_id, r.published FROM quotes q JOIN reports r ON r.id = q.report_id LEFT JOIN entities e ON e.id = q.speaker`;
const CLAIM_VIEW = `SELECT c.id, c.report_id, c.kind, c.value, c.approx, c.about, c.about_event, c.speaker, c.date, c.start, c."end",
  c.evidence, c.subject, c.bound, e.name AS speaker_name, r.outlet, r.doc_id FROM claims c
  JOIN reports r ON r.id = c.report_id LEFT JOIN entities e ON e.id = c.speaker`;
const MENTION_COLUMNS = `SELECT m.id, m.event_id, m.report_id, m.doc_event, m.mode, m.modality, m.date, m.granularity, m.date_text, m.since,
  m.until, m.place, m.hedged, m.reported_by, m.start, m."end", m.evidence, m.rule, m.context, m.inferred, m.polarity,
  r.outlet, r.source, r.doc_id, r.title, r.published`;
const MENTION_VIEW = `${MENTION_COLUMNS} FROM mentions m JOIN reports r ON r.id = m.report_id`;
const ISSUE_HIT = 'SELECT report_id, issue, published, start, "end", status, cue, level, polarity, entities FROM issue_hits';
const REPORT = 'SELECT id, hash, doc_id, source, outlet, title, published, text FROM reports';

/** Matches a search ranks (the newest ones): see searchReports. */
export const SEARCH_POOL = 400;

export const PG_SQL = {
  hasReport: 'SELECT 1 FROM reports WHERE hash = $1',
  knownKeys: `SELECT ARRAY(SELECT hash FROM reports WHERE hash = ANY($1::text[])) AS hashes,
    ARRAY(SELECT DISTINCT doc_id FROM reports WHERE doc_id = ANY($2::text[])) AS "docIds",
    ARRAY(SELECT name FROM places WHERE name = ANY($3::text[])) AS places`,
  insertReport: `INSERT INTO reports (hash, doc_id, source, outlet, title, published, text, tsv)
    VALUES ($1, $2, $3, $4, $5, $6, $7, to_tsvector('simple', $8)) RETURNING id`,
  entityByKey: 'SELECT * FROM entities WHERE key = $1',
  entitiesByFold: 'SELECT * FROM entities WHERE kind = $1 AND fold = $2 ORDER BY id',
  entitiesMatching: 'SELECT * FROM entities WHERE fold = $1 OR lower(name) = $1 ORDER BY id',
  entity: 'SELECT * FROM entities WHERE id = $1',
  entitiesOf: 'SELECT * FROM entities WHERE id = ANY($1::bigint[]) ORDER BY id',
  allEntities: 'SELECT * FROM entities ORDER BY id',
  entities: `SELECT e.*, (SELECT count(*) FROM report_entities re WHERE re.entity_id = e.id) AS reports,
    (SELECT count(*) FROM event_entities ee WHERE ee.entity_id = e.id) AS events FROM entities e
    WHERE $1::text IS NULL OR e.kind = $1 ORDER BY reports DESC, events DESC, e.name COLLATE "C"`,
  insertEntity: `INSERT INTO entities (key, kind, country, name, fold, office, wikidata) VALUES ($1, $2, $3, $4, $5, $6, $7)
    RETURNING id`,
  fillEntity: 'UPDATE entities SET office = coalesce(office, $1), wikidata = coalesce(wikidata, $2) WHERE id = $3',
  renameEntity: 'UPDATE entities SET name = $1 WHERE id = $2',
  linkReportEntitiesHead: 'INSERT INTO report_entities (report_id, entity_id)',
  insertQuotesHead: 'INSERT INTO quotes (report_id, speaker, speaker_text, cue, text, start, "end", tsv)',
  insertClaimsHead: `INSERT INTO claims (report_id, kind, value, approx, about, about_event, speaker, date, start, "end",
    evidence, subject, bound)`,
  insertIssueHitsHead: 'INSERT INTO issue_hits (report_id, issue, published, start, "end", status, cue, level, polarity, entities)',
  insertMediationHitsHead: 'INSERT INTO mediation_hits (report_id, entity_id, cue, start, "end")',
  linkReportEntity: 'INSERT INTO report_entities (report_id, entity_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
  candidateEvents: `SELECT * FROM events WHERE category = $1 AND pkey = $2 AND mclass = $3 AND lo <= $4 AND hi >= $5
    ORDER BY id LIMIT 50`,
  // candidateEvents for many look-ups at once (the n-th query's rows tagged query_at = n); the arrays' text takes the
  // columns' collation, so each look-up reads the candidate index as the single statement does.
  candidateEventsOf: `SELECT q.query_at, e.* FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
    WITH ORDINALITY AS q (category, pkey, mclass, lo, hi, query_at)
    CROSS JOIN LATERAL (SELECT * FROM events x WHERE x.category = q.category COLLATE "C" AND x.pkey = q.pkey COLLATE "C"
      AND x.mclass = q.mclass COLLATE "C" AND x.lo <= q.hi COLLATE "C" AND x.hi >= q.lo COLLATE "C" ORDER BY x.id LIMIT 50) e
    ORDER BY q.query_at, e.id`,
  // A new event and its participants' links in one round trip ($17: the participants' ids).
  insertEvent: `WITH e AS (INSERT INTO events (category, mode, actor, recipient, pkey, mclass, modality, date, granularity, lo, hi,
    place, source_count, mention_count, held, stated) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
    $15, $16) RETURNING id),
    l AS (INSERT INTO event_entities (event_id, entity_id) SELECT e.id, unnest($17::bigint[]) FROM e ON CONFLICT DO NOTHING)
    SELECT id FROM e`,
  updateEvent: `UPDATE events SET mode = $1, modality = $2, date = $3, granularity = $4, lo = $5, hi = $6, place = $7,
    source_count = $8, mention_count = $9, held = $10, stated = $11 WHERE id = $12`,
  event: 'SELECT * FROM events WHERE id = $1',
  insertMention: `INSERT INTO mentions (event_id, report_id, doc_event, mode, modality, date, granularity, date_text,
    since, until, place, hedged, reported_by, start, "end", evidence, rule, context, inferred, polarity) VALUES ($1, $2,
    $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
  mentions: `${MENTION_VIEW} WHERE m.event_id = $1 ORDER BY m.id`,
  firstMentions: `${MENTION_VIEW} WHERE m.event_id = $1 ORDER BY m.id LIMIT $2`,
  // The first n of each event (as firstMentions), in one statement.
  firstMentionsOf: `${MENTION_COLUMNS} FROM unnest($1::bigint[]) e (id)
    CROSS JOIN LATERAL (SELECT * FROM mentions x WHERE x.event_id = e.id ORDER BY x.id LIMIT $2) m
    JOIN reports r ON r.id = m.report_id ORDER BY m.event_id, m.id`,
  sinceMentionsOf: `${MENTION_VIEW} WHERE m.event_id = ANY($1::bigint[]) AND m.since IS NOT NULL AND m.since <> ''
    ORDER BY m.event_id, m.id`,
  // The vote and the field's tallies after it in one round trip: the statement cannot see its own insert, so the
  // voted row comes from RETURNING and the others from the table.
  voteAndTally: `WITH up AS (INSERT INTO event_votes (event_id, field, value, rank, count, seq)
    VALUES ($1, $2, $3, $4, 1, (SELECT count(*) FROM event_votes WHERE event_id = $1 AND field = $2))
    ON CONFLICT (event_id, field, value) DO UPDATE SET count = event_votes.count + 1 RETURNING field, value, rank, count, seq)
    SELECT field, value, rank, count FROM (SELECT field, value, rank, count, seq FROM event_votes
      WHERE event_id = $1 AND field = $2 AND value <> $3 UNION ALL SELECT field, value, rank, count, seq FROM up) v
    ORDER BY rank DESC, count DESC, seq ASC`,
  votes: `SELECT field, value, rank, count FROM event_votes WHERE event_id = $1 AND field = $2
    ORDER BY rank DESC, count DESC, seq ASC`,
  // A merge session's starting point (the votes and outlets of the events it touches); then everything a report
  // writes last (its merge's changes and its own rows) in one statement: rows come as JSON arrays, one per table.
  eventTallies: `SELECT (SELECT coalesce(json_agg(v), '[]') FROM event_votes v WHERE v.event_id = ANY($1::bigint[])) AS votes,
    (SELECT coalesce(json_agg(o), '[]') FROM event_outlets o WHERE o.event_id = ANY($1::bigint[])) AS outlets`,
  // Taken from the identity sequence; writeReport moves the sequence past the ids a session gave its new events (new
  // events are made under the write lock only, so no other writer takes ids in between).
  nextEventId: `SELECT nextval(pg_get_serial_sequence('events', 'id')) AS id`,
  writeReport: `WITH ne AS (INSERT INTO events (id, category, mode, actor, recipient, pkey, mclass, modality, date, granularity,
      lo, hi, place, source_count, mention_count, held, stated)
      SELECT id, category, mode, actor, recipient, pkey, mclass, modality, date, granularity, lo, hi, place, source_count,
        mention_count, held, stated FROM json_populate_recordset(null::events, $10::json) ORDER BY id),
    ee AS (INSERT INTO event_entities (event_id, entity_id)
      SELECT DISTINCT x.id, p FROM json_populate_recordset(null::events, $10::json) x, unnest(x.actor || x.recipient) p
      ON CONFLICT DO NOTHING),
    nl AS (INSERT INTO event_links (planned, realised) SELECT planned, realised FROM json_populate_recordset(null::event_links, $11::json)
      ON CONFLICT DO NOTHING),
    sq AS (SELECT setval(pg_get_serial_sequence('events', 'id'), $12::bigint, false) WHERE $12::bigint IS NOT NULL),
    m AS (INSERT INTO mentions (event_id, report_id, doc_event, mode, modality, date, granularity, date_text, since,
      until, place, hedged, reported_by, start, "end", evidence, rule, context, inferred, polarity)
      SELECT event_id, report_id, doc_event, mode, modality, date, granularity, date_text, since, until, place, hedged,
        reported_by, start, "end", evidence, rule, context, inferred, polarity
      FROM json_populate_recordset(null::mentions, $1::json) WITH ORDINALITY AS x ORDER BY ordinality),
    e AS (UPDATE events e SET mode = x.mode, modality = x.modality, date = x.date, granularity = x.granularity, lo = x.lo,
      hi = x.hi, place = x.place, source_count = x.source_count, mention_count = x.mention_count, held = x.held,
      stated = x.stated FROM json_populate_recordset(null::events, $2::json) x WHERE e.id = x.id),
    v AS (INSERT INTO event_votes (event_id, field, value, rank, count, seq)
      SELECT event_id, field, value, rank, count, seq FROM json_populate_recordset(null::event_votes, $3::json)
      ON CONFLICT (event_id, field, value) DO UPDATE SET count = excluded.count),
    o AS (INSERT INTO event_outlets (event_id, outlet) SELECT event_id, outlet FROM json_populate_recordset(null::event_outlets, $4::json)
      ON CONFLICT DO NOTHING),
    re AS (INSERT INTO report_entities (report_id, entity_id)
      SELECT report_id, entity_id FROM json_populate_recordset(null::report_entities, $5::json) ON CONFLICT DO NOTHING),
    q AS (INSERT INTO quotes (report_id, speaker, speaker_text, cue, text, start, "end", tsv)
      SELECT x.report_id, x.speaker, x.speaker_text, x.cue, x.text, x.start, x."end", to_tsvector('simple', j.row->>'search')
      FROM json_array_elements($6::json) WITH ORDINALITY AS j (row, at), json_populate_record(null::quotes, j.row) x ORDER BY j.at),
    c AS (INSERT INTO claims (report_id, kind, value, approx, about, about_event, speaker, date, start, "end", evidence, subject, bound)
      SELECT report_id, kind, value, approx, about, about_event, speaker, date, start, "end", evidence, subject, bound
      FROM json_populate_recordset(null::claims, $7::json) WITH ORDINALITY AS x ORDER BY ordinality),
    h AS (INSERT INTO issue_hits (report_id, issue, published, start, "end", status, cue, level, polarity, entities)
      SELECT report_id, issue, published, start, "end", status, cue, level, polarity, entities
      FROM json_populate_recordset(null::issue_hits, $8::json) WITH ORDINALITY AS x ORDER BY ordinality),
    mh AS (INSERT INTO mediation_hits (report_id, entity_id, cue, start, "end") SELECT report_id, entity_id, cue, start, "end"
      FROM json_populate_recordset(null::mediation_hits, $9::json) WITH ORDINALITY AS x ORDER BY ordinality)
    SELECT count(*) FROM sq`,
  entitiesByKeys: 'SELECT * FROM entities WHERE key = ANY($1::text[])',
  addOutlet: 'INSERT INTO event_outlets (event_id, outlet) VALUES ($1, $2) ON CONFLICT DO NOTHING',
  linkPlanned: 'INSERT INTO event_links (planned, realised) VALUES ($1, $2) ON CONFLICT DO NOTHING',
  contested: 'SELECT event_id FROM event_votes WHERE field = $1 GROUP BY event_id HAVING count(*) > 1 ORDER BY event_id',
  reportEntities: 'SELECT entity_id FROM report_entities WHERE report_id = $1 ORDER BY entity_id',
  reportPublished: 'SELECT published FROM reports WHERE id = $1',
  links: 'SELECT planned, realised FROM event_links ORDER BY planned, realised',
  eventLinks: 'SELECT planned, realised FROM event_links WHERE planned = $1 OR realised = $1 ORDER BY planned, realised',
  insertQuote: `INSERT INTO quotes (report_id, speaker, speaker_text, cue, text, start, "end", tsv)
    VALUES ($1, $2, $3, $4, $5, $6, $7, to_tsvector('simple', $8))`,
  insertClaim: `INSERT INTO claims (report_id, kind, value, approx, about, about_event, speaker, date, start, "end",
    evidence, subject, bound) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
  insertIssueHit: `INSERT INTO issue_hits (report_id, issue, published, start, "end", status, cue, level, polarity, entities)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
  issueHits: `${ISSUE_HIT} WHERE status IS NOT NULL
    ORDER BY coalesce(published, '') COLLATE "C" DESC, report_id DESC, start, id`,
  issueHitsOf: `${ISSUE_HIT} WHERE status IS NOT NULL AND report_id = ANY($1::bigint[])
    ORDER BY coalesce(published, '') COLLATE "C" DESC, report_id DESC, start, id`,
  latestIssueHits: `SELECT h.report_id, h.issue, h.published, h.start, h."end", h.status, h.cue, h.level, h.polarity, h.entities
    FROM unnest($2::text[]) i (issue) CROSS JOIN LATERAL (
      SELECT * FROM issue_hits x WHERE x.issue = i.issue AND x.report_id = ANY($1::bigint[]) AND (NOT $4::boolean OR x.status IS NOT NULL)
      ORDER BY x.published DESC NULLS LAST, x.id DESC LIMIT $3) h
    ORDER BY h.issue, h.published DESC NULLS LAST, h.id DESC`,
  issueCounts: 'SELECT issue, count(*) AS n FROM issue_hits WHERE report_id = ANY($1::bigint[]) GROUP BY issue',
  quotesOf: `${QUOTE_VIEW} WHERE q.speaker = ANY($1::bigint[]) ORDER BY q.id DESC LIMIT $2`,
  insertMediationHit: 'INSERT INTO mediation_hits (report_id, entity_id, cue, start, "end") VALUES ($1, $2, $3, $4, $5)',
  mediationHits: 'SELECT report_id, entity_id, cue, start, "end" FROM mediation_hits ORDER BY report_id, start, id',
  reportList: 'SELECT id, doc_id, outlet, published FROM reports WHERE id > $1 ORDER BY id LIMIT $2',
  reportText: 'SELECT text FROM reports WHERE id = $1',
  reportEntityPairs: `SELECT report_id, array_agg(entity_id) AS ids FROM report_entities WHERE report_id > $1
    GROUP BY report_id ORDER BY report_id LIMIT $2`,
  eventReports: `SELECT event_id, array_agg(DISTINCT report_id ORDER BY report_id) AS ids FROM mentions WHERE event_id > $1
    GROUP BY event_id ORDER BY event_id LIMIT $2`,
  // Aggregates the brief reads (the same answers as the SQLite engine's group_concat queries, as arrays).
  reportEntityGroups: `SELECT entities, array_agg(report_id ORDER BY report_id) AS reports FROM (SELECT report_id,
    array_agg(entity_id ORDER BY entity_id) AS entities FROM report_entities GROUP BY report_id) g GROUP BY entities`,
  eventReportLists: `SELECT event_id, array_agg(DISTINCT report_id ORDER BY report_id) AS reports FROM mentions
    GROUP BY event_id ORDER BY event_id`,
  claimReportEntities: `SELECT re.report_id, array_agg(re.entity_id ORDER BY re.entity_id) AS entities FROM report_entities re
    JOIN entities e ON e.id = re.entity_id WHERE e.kind = ANY($1::text[])
    AND re.report_id IN (SELECT report_id FROM claims) GROUP BY re.report_id ORDER BY re.report_id`,
  mediationCounts: `SELECT report_id, entity_id, cue, count(*) AS n FROM mediation_hits GROUP BY report_id, entity_id, cue
    ORDER BY report_id, min(start)`,
  unresolvedPlaces: `SELECT DISTINCT place FROM events WHERE place IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM places p WHERE p.name = events.place) ORDER BY place`,
  quoteCounts: `SELECT report_id, count(*) AS quotes, count(*) FILTER (WHERE speaker_text = 'anonymous') AS anonymous
    FROM quotes GROUP BY report_id`,
  quotes: `${QUOTE_VIEW} ORDER BY q.id`,
  claims: `${CLAIM_VIEW} ORDER BY c.kind COLLATE "C", c.date COLLATE "C" NULLS FIRST, c.id`,
  claimsOfKind: `${CLAIM_VIEW} WHERE c.kind = $1 ORDER BY c.kind COLLATE "C", c.date COLLATE "C" NULLS FIRST, c.id`,
  reportByDocId: `${REPORT} WHERE doc_id = $1 ORDER BY id LIMIT 1`,
  // Kept by triggers at every insert (migration 4): no count of a big table.
  counts: 'SELECT name, n FROM row_counts',
  hasPlace: 'SELECT 1 FROM places WHERE name = $1',
  insertPlace: 'INSERT INTO places (name, lat, lon, country, rule) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
  reportHead: `SELECT doc_id, title, outlet, published, substr(text, 1, 600) AS lead FROM reports WHERE doc_id = $1
    ORDER BY id LIMIT 1`,
  reportMentions: `SELECT id, event_id, report_id, doc_event, mode, modality, date, granularity, date_text, since, until, place,
    hedged, reported_by, start, "end", evidence, rule, context, inferred, polarity FROM mentions WHERE report_id = $1 ORDER BY id`,
  reportQuotes: `${QUOTE_VIEW} WHERE q.report_id = $1 ORDER BY q.id`,
  reportClaims: `${CLAIM_VIEW} WHERE c.report_id = $1 ORDER BY c.id`,
  quotesPage: `${QUOTE_VIEW} ORDER BY q.id LIMIT $1 OFFSET $2`,
  quoteCount: 'SELECT count(*) AS n FROM quotes',
  quotesPageOf: `${QUOTE_VIEW} WHERE q.id IN (SELECT id FROM quotes WHERE report_id IN (SELECT id FROM reports
    WHERE doc_id = ANY($3::text[])) ORDER BY id LIMIT $1 OFFSET $2) ORDER BY q.id`,
  quoteCountOf: 'SELECT count(*)::int AS n FROM quotes WHERE report_id IN (SELECT id FROM reports WHERE doc_id = ANY($1::text[]))',
  bumpVersion: 'UPDATE parley_meta SET version = version + 1',
  version: 'SELECT version FROM parley_meta',
  snapshot: `SELECT body, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM snapshots WHERE key = $1`,
  saveSnapshot: `INSERT INTO snapshots (key, body, at) VALUES ($1, $2, now())
    ON CONFLICT (key) DO UPDATE SET body = excluded.body, at = excluded.at`,
  // Ranked among the newest SEARCH_POOL matches: ranking reads each match's tsvector from its row (TOAST), and a
  // common word matches tens of thousands of reports; finding the newest matches reads the index alone.
  searchReports: (tsq: string, limit: string) => `WITH x AS (SELECT ${tsq} AS q), c AS MATERIALIZED (SELECT r.id FROM reports r, x
    WHERE r.tsv @@ x.q ORDER BY r.id DESC LIMIT ${SEARCH_POOL})
    SELECT 'report' AS kind, r.id, r.doc_id, r.outlet,
    ts_headline('simple', r.text, x.q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snippet
    FROM c JOIN reports r ON r.id = c.id, x ORDER BY ts_rank(r.tsv, x.q) DESC, r.id LIMIT ${limit}`,
  searchQuotes: (tsq: string, limit: string) => `WITH x AS (SELECT ${tsq} AS q), c AS MATERIALIZED (SELECT qu.id FROM quotes qu, x
    WHERE qu.tsv @@ x.q ORDER BY qu.id DESC LIMIT ${SEARCH_POOL})
    SELECT 'quote' AS kind, qu.id, r.doc_id, r.outlet,
    ts_headline('simple', qu.text, x.q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snippet
    FROM c JOIN quotes qu ON qu.id = c.id JOIN reports r ON r.id = qu.report_id, x
    ORDER BY ts_rank(qu.tsv, x.q) DESC, qu.id LIMIT ${limit}`,
} as const;
