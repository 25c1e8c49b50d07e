// Schema migrations, applied in order; PRAGMA user_version records how many have run. Never edit a shipped
// migration: append a new one.
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE reports (
    id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, source TEXT, outlet TEXT NOT NULL,
    title TEXT, published TEXT, text TEXT NOT NULL
  );
  CREATE TABLE entities (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, country TEXT, name TEXT NOT NULL,
    fold TEXT NOT NULL
  );
  CREATE INDEX entities_fold ON entities(kind, fold);
  CREATE TABLE report_entities (
    report_id INTEGER NOT NULL REFERENCES reports(id), entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (report_id, entity_id)
  ) WITHOUT ROWID;
  CREATE TABLE events (
    id INTEGER PRIMARY KEY, category TEXT NOT NULL, mode TEXT, actor TEXT NOT NULL, recipient TEXT NOT NULL,
    pkey TEXT NOT NULL, mclass TEXT NOT NULL, modality TEXT NOT NULL, date TEXT, granularity TEXT,
    lo TEXT NOT NULL, hi TEXT NOT NULL, place TEXT, source_count INTEGER NOT NULL, mention_count INTEGER NOT NULL
  );
  CREATE INDEX events_candidates ON events(category, pkey, mclass, lo);
  CREATE INDEX events_date ON events(date);
  CREATE TABLE event_entities (
    event_id INTEGER NOT NULL REFERENCES events(id), entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (entity_id, event_id)
  ) WITHOUT ROWID;
  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),
    report_id INTEGER NOT NULL REFERENCES reports(id), doc_event TEXT NOT NULL, mode TEXT, modality TEXT NOT NULL,
    date TEXT, granularity TEXT, date_text TEXT, since TEXT, until TEXT, place TEXT, hedged INTEGER NOT NULL,
    reported_by INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL, evidence TEXT NOT NULL, rule TEXT NOT NULL
  );
  CREATE INDEX mentions_event ON mentions(event_id);
  CREATE TABLE event_votes (
    event_id INTEGER NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, rank INTEGER NOT NULL,
    count INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (event_id, field, value)
  ) WITHOUT ROWID;
  CREATE TABLE event_outlets (
    event_id INTEGER NOT NULL, outlet TEXT NOT NULL, PRIMARY KEY (event_id, outlet)
  ) WITHOUT ROWID;
  CREATE TABLE event_links (
    planned INTEGER NOT NULL REFERENCES events(id), realised INTEGER NOT NULL REFERENCES events(id),
    PRIMARY KEY (planned, realised)
  ) WITHOUT ROWID;
  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id), speaker INTEGER REFERENCES entities(id),
    speaker_text TEXT, cue TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL
  );
  CREATE INDEX quotes_speaker ON quotes(speaker);
  CREATE TABLE claims (
    id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id), kind TEXT NOT NULL,
    value REAL NOT NULL, approx INTEGER NOT NULL, about TEXT, about_event INTEGER REFERENCES events(id),
    speaker INTEGER REFERENCES entities(id), date TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL,
    evidence TEXT NOT NULL
  );
  CREATE INDEX claims_kind ON claims(kind, date);
  CREATE VIRTUAL TABLE reports_fts USING fts5(title, text, content='reports', content_rowid='id');
  CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
  `,
  // 2: what the PLOVER export needs to be faithful: an entity's office and Wikidata id, a mention's PLOVER contexts.
  `
  ALTER TABLE entities ADD COLUMN office TEXT;
  ALTER TABLE entities ADD COLUMN wikidata TEXT;
  ALTER TABLE mentions ADD COLUMN context TEXT NOT NULL DEFAULT '[]';
  `,
  // 3: places resolved to coordinates at ingest (src/geo), keyed by the place text as reported.
  `
  CREATE TABLE places (
    name TEXT PRIMARY KEY, lat REAL, lon REAL, country TEXT, rule TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX events_place ON events(place);
  -- One report's spans (the document view) without scanning every event.
  CREATE INDEX mentions_report ON mentions(report_id);
  CREATE INDEX quotes_report ON quotes(report_id);
  CREATE INDEX claims_report ON claims(report_id);
  -- Reports are named by document id in every list (headlines) and link.
  CREATE INDEX reports_doc ON reports(doc_id);
  -- The weekly tally reads day-dated events from the index alone; lists page through them newest first.
  CREATE INDEX events_week ON events(granularity, date, category, modality);
  CREATE INDEX events_when ON events(coalesce(date, lo), id);
  `,
  // 4: what the brief reads without report texts: participants a report only implied (mention.inferred), the
  // issue sentences with their status cues found at ingest, and what a claim's figure is about (claims.subject).
  `
  ALTER TABLE mentions ADD COLUMN inferred TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE mentions ADD COLUMN polarity TEXT;
  ALTER TABLE events ADD COLUMN held INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE events ADD COLUMN stated TEXT;
  CREATE INDEX IF NOT EXISTS mentions_report ON mentions(report_id);
  CREATE INDEX mentions_event_report ON mentions(event_id, report_id);
  CREATE INDEX IF NOT EXISTS quotes_report ON quotes(report_id);
  ALTER TABLE claims ADD COLUMN subject TEXT;
  ALTER TABLE claims ADD COLUMN bound TEXT;
  CREATE TABLE issue_hits (
    id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id), issue TEXT NOT NULL,
    published TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL, status TEXT, cue TEXT, level INTEGER,
    polarity TEXT
  );
  CREATE INDEX issue_hits_issue ON issue_hits(issue, published);
  CREATE INDEX issue_hits_report ON issue_hits(report_id);
  CREATE TABLE mediation_hits (
    report_id INTEGER NOT NULL REFERENCES reports(id), entity_id INTEGER NOT NULL REFERENCES entities(id),
    cue TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL
  );
  CREATE INDEX mediation_hits_report ON mediation_hits(report_id);
  `,
  // 5: what lists and briefs read of every report, without its text: a report row holds the whole text, so a scan
  // or a join reading only these columns from the table reads every text page too.
  `
  CREATE INDEX reports_meta ON reports(id, doc_id, outlet, published, source, title);
  `,
  // 6: who an issue sentence names (entity ids, a JSON array), so a process reads only the issue sentences about its
  // own parties (a truce between one party and a third state is not the process's ceasefire). NULL: not recorded.
  // A store ingested before gets, without re-ingesting, the participants of the events told inside each sentence
  // (ingest records every entity the sentence names; a sentence with no event names nobody here, as before).
  `
  ALTER TABLE issue_hits ADD COLUMN entities TEXT;
  UPDATE issue_hits SET entities = (
    SELECT json_group_array(id) FROM (
      SELECT j.value AS id FROM mentions m JOIN events e ON e.id = m.event_id, json_each(e.actor) j
        WHERE m.report_id = issue_hits.report_id AND m.start >= issue_hits.start AND m.end <= issue_hits.end
      UNION
      SELECT j.value FROM mentions m JOIN events e ON e.id = m.event_id, json_each(e.recipient) j
        WHERE m.report_id = issue_hits.report_id AND m.start >= issue_hits.start AND m.end <= issue_hits.end
      ORDER BY 1));
  `,
  // 7: the last computed answer of each whole-store read (brief, processes, contacts, disputes): a server starting on
  // a big store shows it at once while computing the new one, instead of waiting half a minute.
  `
  CREATE TABLE snapshots (key TEXT PRIMARY KEY, body TEXT NOT NULL, at TEXT NOT NULL);
  `,
  // 8: how many rows the big tables hold, kept by triggers in the transaction that writes them: the dashboard's counts
  // are exact without counting a million mentions on every request. Rerunnable (a store whose version was set back).
  `
  CREATE TABLE IF NOT EXISTS row_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  DELETE FROM row_counts;
  INSERT INTO row_counts (name, n)
    SELECT 'reports', count(*) FROM reports UNION ALL
    SELECT 'entities', count(*) FROM entities UNION ALL
    SELECT 'events', count(*) FROM events UNION ALL
    SELECT 'mentions', count(*) FROM mentions UNION ALL
    SELECT 'quotes', count(*) FROM quotes UNION ALL
    SELECT 'claims', count(*) FROM claims UNION ALL
    SELECT 'event_links', count(*) FROM event_links;
  CREATE TRIGGER IF NOT EXISTS reports_counted AFTER INSERT ON reports BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'reports'; END;
  CREATE TRIGGER IF NOT EXISTS reports_uncounted AFTER DELETE ON reports BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'reports'; END;
  CREATE TRIGGER IF NOT EXISTS entities_counted AFTER INSERT ON entities BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'entities'; END;
  CREATE TRIGGER IF NOT EXISTS entities_uncounted AFTER DELETE ON entities BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'entities'; END;
  CREATE TRIGGER IF NOT EXISTS events_counted AFTER INSERT ON events BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'events'; END;
  CREATE TRIGGER IF NOT EXISTS events_uncounted AFTER DELETE ON events BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'events'; END;
  CREATE TRIGGER IF NOT EXISTS mentions_counted AFTER INSERT ON mentions BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'mentions'; END;
  CREATE TRIGGER IF NOT EXISTS mentions_uncounted AFTER DELETE ON mentions BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'mentions'; END;
  CREATE TRIGGER IF NOT EXISTS quotes_counted AFTER INSERT ON quotes BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'quotes'; END;
  CREATE TRIGGER IF NOT EXISTS quotes_uncounted AFTER DELETE ON quotes BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'quotes'; END;
  CREATE TRIGGER IF NOT EXISTS claims_counted AFTER INSERT ON claims BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'claims'; END;
  CREATE TRIGGER IF NOT EXISTS claims_uncounted AFTER DELETE ON claims BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'claims'; END;
  CREATE TRIGGER IF NOT EXISTS event_links_counted AFTER INSERT ON event_links BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'event_links'; END;
  CREATE TRIGGER IF NOT EXISTS event_links_uncounted AFTER DELETE ON event_links BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'event_links'; END;
  `,
  // 9: the few mentions that give a "since" date ("no contact since …"), by event: contacts reads these, not every
  // retelling of every rejection.
  `
  CREATE INDEX IF NOT EXISTS mentions_since ON mentions(event_id) WHERE since IS NOT NULL AND since <> '';
  `,
];
