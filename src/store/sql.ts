// Every SQL statement the SQLite store runs, by name. Kept apart from the code that binds them. Joins on reports
// read its metadata through reports_meta (migration 5), since a report row holds its whole text.
export const SQL = {
  hasReport: 'SELECT 1 FROM reports WHERE hash = ?',
  insertReport: `INSERT INTO reports (hash, doc_id, source, outlet, title, published, text)
    VALUES (@hash, @doc_id, @source, @outlet, @title, @published, @text)`,
  indexReport: 'INSERT INTO reports_fts (rowid, title, text) VALUES (?, ?, ?)',
  entityByKey: 'SELECT * FROM entities WHERE key = ?',
  entitiesByFold: 'SELECT * FROM entities WHERE kind = ? AND fold = ? ORDER BY id',
  entitiesMatching: 'SELECT * FROM entities WHERE fold = ? OR lower(name) = ? ORDER BY id',
  entity: 'SELECT * FROM entities WHERE id = ?',
  entitiesOf: 'SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
  allEntities: 'SELECT * FROM entities ORDER BY id',
  entities: `SELECT e.*, (SELECT count(*) FROM report_entities re WHERE re.entity_id = e.id) AS reports,
    (SELECT count(*) FROM event_entities ee WHERE ee.entity_id = e.id) AS events FROM entities e
    WHERE @kind IS NULL OR e.kind = @kind ORDER BY reports DESC, events DESC, e.name`,
  insertEntity: `INSERT INTO entities (key, kind, country, name, fold, office, wikidata)
    VALUES (@key, @kind, @country, @name, @fold, @office, @wikidata)`,
  fillEntity: 'UPDATE entities SET office = coalesce(office, ?), wikidata = coalesce(wikidata, ?) WHERE id = ?',
  renameEntity: 'UPDATE entities SET name = ? WHERE id = ?',
  linkReportEntity: 'INSERT OR IGNORE INTO report_entities (report_id, entity_id) VALUES (?, ?)',
  candidateEvents: `SELECT * FROM events WHERE category = ? AND pkey = ? AND mclass = ? AND lo <= ? AND hi >= ?
    ORDER BY id LIMIT 50`,
  insertEvent: `INSERT INTO events (category, mode, actor, recipient, pkey, mclass, modality, date, granularity, lo, hi,
    place, source_count, mention_count, held, stated) VALUES (@category, @mode, @actor, @recipient, @pkey, @mclass,
    @modality, @date, @granularity, @lo, @hi, @place, @source_count, @mention_count, @held, @stated)`,
  linkEventEntity: 'INSERT OR IGNORE INTO event_entities (event_id, entity_id) VALUES (?, ?)',
  // A rowid table gives a new row the largest id + 1, so this is the id the next insert takes.
  nextEventId: 'SELECT coalesce(max(id), 0) + 1 AS id FROM events',
  updateEvent: `UPDATE events SET mode = @mode, modality = @modality, date = @date, granularity = @granularity,
    lo = @lo, hi = @hi, place = @place, source_count = @source_count, mention_count = @mention_count, held = @held,
    stated = @stated WHERE id = @id`,
  event: 'SELECT * FROM events WHERE id = ?',
  insertMention: `INSERT INTO mentions (event_id, report_id, doc_event, mode, modality, date, granularity, date_text,
    since, until, place, hedged, reported_by, start, end, evidence, rule, context, inferred, polarity) VALUES (@event_id,
    @report_id, @doc_event, @mode, @modality, @date, @granularity, @date_text, @since, @until, @place, @hedged,
    @reported_by, @start, @end, @evidence, @rule, @context, @inferred, @polarity)`,
  mentions: `SELECT m.*, r.outlet, r.source, r.doc_id, r.title, r.published FROM mentions m JOIN reports r INDEXED BY reports_meta ON r.id = m.report_id
    WHERE m.event_id = ? ORDER BY m.id`,
  firstMentions: `SELECT m.*, r.outlet, r.source, r.doc_id, r.title, r.published FROM mentions m JOIN reports r INDEXED BY reports_meta ON r.id = m.report_id
    WHERE m.event_id = ? ORDER BY m.id LIMIT ?`,
  // The first n of each event, read from the event index in id order (as firstMentions), in one statement.
  firstMentionsOf: `SELECT m.*, r.outlet, r.source, r.doc_id, r.title, r.published FROM json_each(?) e
    JOIN mentions m ON m.id IN (SELECT id FROM mentions WHERE event_id = e.value ORDER BY id LIMIT ?)
    JOIN reports r INDEXED BY reports_meta ON r.id = m.report_id ORDER BY m.event_id, m.id`,
  // A "since" is rare: the event index, then the few rows that give one.
  sinceMentionsOf: `SELECT m.*, r.outlet, r.source, r.doc_id, r.title, r.published FROM mentions m
    JOIN reports r INDEXED BY reports_meta ON r.id = m.report_id
    WHERE m.event_id IN (SELECT value FROM json_each(?)) AND m.since IS NOT NULL AND m.since <> '' ORDER BY m.event_id, m.id`,
  upsertVote: `INSERT INTO event_votes (event_id, field, value, rank, count, seq)
    VALUES (@event, @field, @value, @rank, 1, (SELECT count(*) FROM event_votes WHERE event_id = @event AND field = @field))
    ON CONFLICT (event_id, field, value) DO UPDATE SET count = count + 1`,
  votes: `SELECT field, value, rank, count FROM event_votes WHERE event_id = ? AND field = ?
    ORDER BY rank DESC, count DESC, seq ASC`,
  addOutlet: 'INSERT OR IGNORE INTO event_outlets (event_id, outlet) VALUES (?, ?)',
  // A merge session's starting point and its writes (merge/session.ts): a vote's count is set, not added to.
  eventVotesOf: 'SELECT event_id, field, value, rank, count, seq FROM event_votes WHERE event_id IN (SELECT value FROM json_each(?))',
  eventOutletsOf: 'SELECT event_id, outlet FROM event_outlets WHERE event_id IN (SELECT value FROM json_each(?))',
  setVote: `INSERT INTO event_votes (event_id, field, value, rank, count, seq) VALUES (@event_id, @field, @value, @rank, @count, @seq)
    ON CONFLICT (event_id, field, value) DO UPDATE SET count = excluded.count`,
  linkPlanned: 'INSERT OR IGNORE INTO event_links (planned, realised) VALUES (?, ?)',
  contested: `SELECT event_id FROM event_votes WHERE field = ? GROUP BY event_id HAVING count(*) > 1 ORDER BY event_id`,
  reportEntities: 'SELECT entity_id FROM report_entities WHERE report_id = ? ORDER BY entity_id',
  reportPublished: 'SELECT published FROM reports WHERE id = ?',
  links: 'SELECT planned, realised FROM event_links ORDER BY planned, realised',
  eventLinks: 'SELECT planned, realised FROM event_links WHERE planned = ? OR realised = ? ORDER BY planned, realised',
  insertQuote: `INSERT INTO quotes (report_id, speaker, speaker_text, cue, text, start, end)
    VALUES (@report_id, @speaker, @speaker_text, @cue, @text, @start, @end)`,
  indexQuote: 'INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)',
  insertClaim: `INSERT INTO claims (report_id, kind, value, approx, about, about_event, speaker, date, start, end,
    evidence, subject, bound) VALUES (@report_id, @kind, @value, @approx, @about, @about_event, @speaker, @date, @start,
    @end, @evidence, @subject, @bound)`,
  insertIssueHit: `INSERT INTO issue_hits (report_id, issue, published, start, end, status, cue, level, polarity, entities)
    VALUES (@report_id, @issue, @published, @start, @end, @status, @cue, @level, @polarity, @entities)`,
  issueHits: `SELECT report_id, issue, published, start, end, status, cue, level, polarity, entities FROM issue_hits
    WHERE status IS NOT NULL ORDER BY coalesce(published, '') DESC, report_id DESC, start`,
  issueHitsOf: `SELECT report_id, issue, published, start, end, status, cue, level, polarity, entities FROM issue_hits
    WHERE status IS NOT NULL AND report_id IN (SELECT value FROM json_each(?))
    ORDER BY coalesce(published, '') DESC, report_id DESC, start`,
  // The newest n sentences of each issue asked for (with a status cue or not), newest first: each issue's rows are
  // read backwards from the (issue, published) index and stop after n of the reports, never sorted all at once.
  latestIssueHits: `SELECT h.report_id, h.issue, h.published, h.start, h.end, h.status, h.cue, h.level, h.polarity, h.entities
    FROM json_each(@issues) i JOIN issue_hits h ON h.id IN (
      SELECT id FROM issue_hits INDEXED BY issue_hits_issue WHERE issue = i.value
        AND report_id IN (SELECT value FROM json_each(@reports)) AND (@cued = 0 OR status IS NOT NULL)
      ORDER BY published DESC, id DESC LIMIT @n)
    ORDER BY h.issue, h.published DESC, h.id DESC`,
  // The same for a few reports: their own rows (report index), ranked per issue.
  latestIssueHitsOfFew: `SELECT report_id, issue, published, start, end, status, cue, level, polarity, entities FROM (
      SELECT h.*, row_number() OVER (PARTITION BY issue ORDER BY published DESC, id DESC) AS k
      FROM issue_hits h INDEXED BY issue_hits_report WHERE report_id IN (SELECT value FROM json_each(@reports))
        AND issue IN (SELECT value FROM json_each(@issues)) AND (@cued = 0 OR status IS NOT NULL))
    WHERE k <= @n ORDER BY issue, published DESC, id DESC`,
  maxReportId: 'SELECT coalesce(max(id), 0) FROM reports',
  issueCounts: `SELECT issue, count(*) AS n FROM issue_hits WHERE report_id IN (SELECT value FROM json_each(?))
    GROUP BY issue`,
  // The newest n of each speaker, read backwards from the speaker index, then the newest n of those: never a sort
  // of everything a frequent speaker ever said.
  quotesOf: `SELECT q.*, e.name AS speaker_name, r.outlet, r.doc_id, r.published FROM json_each(@speakers) s
    JOIN quotes q ON q.id IN (SELECT id FROM quotes WHERE speaker = s.value ORDER BY id DESC LIMIT @n)
    JOIN reports r INDEXED BY reports_meta ON r.id = q.report_id LEFT JOIN entities e ON e.id = q.speaker
    ORDER BY q.id DESC LIMIT @n`,
  insertMediationHit: `INSERT INTO mediation_hits (report_id, entity_id, cue, start, end)
    VALUES (@report_id, @entity_id, @cue, @start, @end)`,
  mediationHits: 'SELECT report_id, entity_id, cue, start, end FROM mediation_hits ORDER BY report_id, start',
  mediationCounts: `SELECT report_id, entity_id, cue, count(*) FROM mediation_hits GROUP BY report_id, entity_id, cue
    ORDER BY report_id, min(start)`,
  reportList: 'SELECT id, doc_id, outlet, published FROM reports INDEXED BY reports_meta WHERE id > ? ORDER BY id LIMIT ?',
  reportText: 'SELECT text FROM reports WHERE id = ?',
  reportEntityPairs: `SELECT report_id, group_concat(entity_id) FROM report_entities WHERE report_id > ?
    GROUP BY report_id ORDER BY report_id LIMIT ?`,
  // Per event, its reports (one row per event, so a page never splits an event).
  eventReports: `SELECT event_id, group_concat(DISTINCT report_id) FROM mentions WHERE event_id > ?
    GROUP BY event_id ORDER BY event_id LIMIT ?`,
  // Reports grouped by the exact set of entities they name: many reports name the same few people and states.
  reportEntityGroups: `SELECT entities, group_concat(report_id) FROM (SELECT report_id, group_concat(entity_id) AS entities
    FROM report_entities GROUP BY report_id) GROUP BY entities`,
  eventReportLists: `SELECT event_id, group_concat(report_id) FROM (SELECT DISTINCT event_id, report_id FROM mentions
    ORDER BY event_id, report_id) GROUP BY event_id`,
  claimReportEntities: `SELECT re.report_id, group_concat(re.entity_id) FROM report_entities re
    JOIN entities e ON e.id = re.entity_id WHERE e.kind IN (SELECT value FROM json_each(?))
    AND re.report_id IN (SELECT report_id FROM claims) GROUP BY re.report_id ORDER BY re.report_id`,
  quoteCounts: `SELECT report_id, count(*) AS quotes, sum(speaker_text = 'anonymous') AS anonymous FROM quotes
    GROUP BY report_id`,
  quotes: `SELECT q.*, e.name AS speaker_name, r.outlet, r.doc_id, r.published FROM quotes q
    JOIN reports r INDEXED BY reports_meta ON r.id = q.report_id LEFT JOIN entities e ON e.id = q.speaker ORDER BY q.id`,
  claims: `SELECT c.*, e.name AS speaker_name, r.outlet, r.doc_id FROM claims c
    JOIN reports r INDEXED BY reports_meta ON r.id = c.report_id LEFT JOIN entities e ON e.id = c.speaker ORDER BY c.kind, c.date, c.id`,
  searchReports: `SELECT 'report' AS kind, r.id, r.doc_id, r.outlet,
    snippet(reports_fts, 1, '[', ']', '…', 16) AS snippet FROM reports_fts JOIN reports r ON r.id = reports_fts.rowid
    WHERE reports_fts MATCH ? ORDER BY rank LIMIT ?`,
  searchQuotes: `SELECT 'quote' AS kind, q.id, r.doc_id, r.outlet,
    snippet(quotes_fts, 0, '[', ']', '…', 16) AS snippet FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid
    JOIN reports r INDEXED BY reports_meta ON r.id = q.report_id WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?`,
  reportByDocId: 'SELECT * FROM reports WHERE doc_id = ? ORDER BY id LIMIT 1',
  // Kept by triggers at every insert (migration 8): no count of a big table.
  counts: 'SELECT name, n FROM row_counts',
  hasPlace: 'SELECT 1 FROM places WHERE name = ?',
  unresolvedPlaces: `SELECT DISTINCT place FROM events WHERE place IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM places p WHERE p.name = events.place) ORDER BY place`,
  insertPlace: 'INSERT OR IGNORE INTO places (name, lat, lon, country, rule) VALUES (@name, @lat, @lon, @country, @rule)',
  reportHead: 'SELECT doc_id, title, outlet, published, substr(text, 1, 600) AS lead FROM reports WHERE doc_id = ? ORDER BY id LIMIT 1',
  reportMentions: 'SELECT * FROM mentions WHERE report_id = ? ORDER BY id',
  reportQuotes: `SELECT q.*, e.name AS speaker_name, r.outlet, r.doc_id, r.published FROM quotes q
    JOIN reports r INDEXED BY reports_meta ON r.id = q.report_id LEFT JOIN entities e ON e.id = q.speaker WHERE q.report_id = ? ORDER BY q.id`,
  reportClaims: `SELECT c.*, e.name AS speaker_name, r.outlet, r.doc_id FROM claims c
    JOIN reports r INDEXED BY reports_meta ON r.id = c.report_id LEFT JOIN entities e ON e.id = c.speaker WHERE c.report_id = ? ORDER BY c.id`,
  quotesPage: `SELECT q.*, e.name AS speaker_name, r.outlet, r.doc_id, r.published FROM quotes q
    JOIN reports r INDEXED BY reports_meta ON r.id = q.report_id LEFT JOIN entities e ON e.id = q.speaker ORDER BY q.id LIMIT ? OFFSET ?`,
  quoteCount: 'SELECT count(*) FROM quotes',
  // Quotes of some reports (a process's), by document id: a JSON array keeps one bound parameter. The page's ids first,
  // from the quotes of those reports (read by report, sorted); a join ordered by quote id would sort every joined row.
  quotesPageOf: `SELECT q.*, e.name AS speaker_name, r.outlet, r.doc_id, r.published FROM quotes q
    JOIN reports r INDEXED BY reports_meta ON r.id = q.report_id LEFT JOIN entities e ON e.id = q.speaker
    WHERE q.id IN (SELECT id FROM quotes WHERE report_id IN (SELECT id FROM reports WHERE doc_id IN (SELECT value FROM json_each(?)))
    ORDER BY id LIMIT ? OFFSET ?) ORDER BY q.id`,
  quoteCountOf: `SELECT count(*) FROM quotes WHERE report_id IN (SELECT id FROM reports WHERE doc_id IN (SELECT value FROM json_each(?)))`,
  snapshot: 'SELECT body, at FROM snapshots WHERE key = ?',
  // Nothing is ever deleted and every ingest adds a report (merges, votes and renames come with one; place resolving
  // adds places), so the largest ids and the places tell committed content apart: index look-ups, no count of a big table.
  generation: `SELECT coalesce((SELECT max(id) FROM reports), 0) || ':' || coalesce((SELECT max(id) FROM events), 0) || ':' ||
    coalesce((SELECT max(id) FROM entities), 0) || ':' || (SELECT count(*) FROM places) AS g`,
  saveSnapshot: `INSERT INTO snapshots (key, body, at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (key) DO UPDATE SET body = excluded.body, at = excluded.at`,
  claimsOfKind: `SELECT c.*, e.name AS speaker_name, r.outlet, r.doc_id FROM claims c
    JOIN reports r INDEXED BY reports_meta ON r.id = c.report_id LEFT JOIN entities e ON e.id = c.speaker WHERE c.kind = ? ORDER BY c.kind, c.date, c.id`,
} as const;
