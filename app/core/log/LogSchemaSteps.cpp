#include "LogSchema.h"
#include "LogSchemaDerivedSteps.h"

// The delivery log's migration steps, oldest first: the fixed ones as one array of statements
// each, here; those made from a description of the tables they keep (the summaries, the blocks)
// in LogSchemaDerivedSteps.cpp.

namespace {

// Version 1: the first schema, attempts and their timelines.
const char *const V1[] = {
    "CREATE TABLE attempts("
    " id INTEGER PRIMARY KEY,"
    " created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL,"
    " profile TEXT NOT NULL,"
    " api TEXT NOT NULL,"
    " source TEXT NOT NULL,"
    " to_number TEXT NOT NULL,"
    " from_number TEXT NOT NULL DEFAULT '',"
    " body TEXT NOT NULL DEFAULT '',"
    " encoding TEXT NOT NULL DEFAULT '',"
    " segments INTEGER NOT NULL DEFAULT 0,"
    " sid TEXT,"
    " status TEXT NOT NULL DEFAULT '',"
    " outcome TEXT NOT NULL,"
    " error_code INTEGER NOT NULL DEFAULT 0,"
    " error_message TEXT NOT NULL DEFAULT '',"
    " price TEXT NOT NULL DEFAULT '',"
    " price_unit TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE transitions("
    " attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,"
    " at INTEGER NOT NULL,"
    " status TEXT NOT NULL,"
    " error_code INTEGER NOT NULL DEFAULT 0,"
    " error_message TEXT NOT NULL DEFAULT '')",
    "CREATE UNIQUE INDEX attempts_sid ON attempts(sid) WHERE sid IS NOT NULL",
    "CREATE INDEX attempts_created ON attempts(created_at)",
    "CREATE INDEX transitions_attempt ON transitions(attempt_id)",
};

// Version 2: the viewer's indexes, full-text search (trigram, so any 3+ character substring of a
// number or SID matches) kept in step by triggers, and the state of resumable syncs.
const char *const V2[] = {
    "CREATE INDEX attempts_outcome_created ON attempts(outcome, created_at)",
    "CREATE INDEX attempts_profile_created ON attempts(profile, created_at)",
    "CREATE INDEX attempts_api_created ON attempts(api, created_at)",
    "CREATE INDEX attempts_source_created ON attempts(source, created_at)",
    "CREATE INDEX attempts_error_created ON attempts(error_code, created_at)",
    "CREATE INDEX attempts_to ON attempts(to_number)",
    "CREATE INDEX attempts_status_created ON attempts(status, created_at)",
    "CREATE VIRTUAL TABLE attempts_fts USING fts5("
    " body, to_number, from_number, sid, error_message,"
    " content='attempts', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER attempts_fts_insert AFTER INSERT ON attempts BEGIN"
    " INSERT INTO attempts_fts(rowid, body, to_number, from_number, sid, error_message)"
    " VALUES (new.id, new.body, new.to_number, new.from_number, new.sid, new.error_message);"
    " END",
    "CREATE TRIGGER attempts_fts_delete AFTER DELETE ON attempts BEGIN"
    " INSERT INTO attempts_fts(attempts_fts, rowid, body, to_number, from_number, sid,"
    " error_message)"
    " VALUES ('delete', old.id, old.body, old.to_number, old.from_number, old.sid,"
    " old.error_message);"
    " END",
    "CREATE TRIGGER attempts_fts_update"
    " AFTER UPDATE OF body, to_number, from_number, sid, error_message ON attempts BEGIN"
    " INSERT INTO attempts_fts(attempts_fts, rowid, body, to_number, from_number, sid,"
    " error_message)"
    " VALUES ('delete', old.id, old.body, old.to_number, old.from_number, old.sid,"
    " old.error_message);"
    " INSERT INTO attempts_fts(rowid, body, to_number, from_number, sid, error_message)"
    " VALUES (new.id, new.body, new.to_number, new.from_number, new.sid, new.error_message);"
    " END",
    // Rows written by version 1 become searchable.
    "INSERT INTO attempts_fts(attempts_fts) VALUES ('rebuild')",
    "CREATE TABLE sync_state("
    " profile TEXT PRIMARY KEY,"
    " since TEXT NOT NULL," // YYYY-MM-DD
    " until TEXT NOT NULL,"
    " next_page_uri TEXT NOT NULL DEFAULT '',"
    " pages INTEGER NOT NULL DEFAULT 0,"
    " imported INTEGER NOT NULL DEFAULT 0,"
    " merged INTEGER NOT NULL DEFAULT 0,"
    " complete INTEGER NOT NULL DEFAULT 0,"
    " updated_at INTEGER NOT NULL)",
};

// Version 3: the Auth0 tenant's MFA log events beside the attempts, each linked to the attempt
// (Twilio message) it caused when one is found; the SIDs that Action runs are known to have
// made; and where each profile's tenant log sync stands. Only new tables and indexes: the
// attempts table itself is unchanged, so this step can run before or after other steps.
const char *const V3[] = {
    "CREATE TABLE auth0_events("
    " log_id TEXT PRIMARY KEY,"
    " profile TEXT NOT NULL,"
    " at INTEGER NOT NULL," // ms since the epoch, UTC
    " type TEXT NOT NULL,"
    " description TEXT NOT NULL DEFAULT '',"
    " user_id TEXT NOT NULL DEFAULT '',"
    " user_name TEXT NOT NULL DEFAULT '',"
    " client_name TEXT NOT NULL DEFAULT '',"
    " recipient TEXT NOT NULL DEFAULT ''," // E.164, or Auth0's masked form
    " execution_id TEXT NOT NULL DEFAULT '',"
    " failure_code TEXT NOT NULL DEFAULT '',"
    " failure_message TEXT NOT NULL DEFAULT '',"
    " code TEXT NOT NULL DEFAULT ''," // the one-time code, when the event names it
    " raw TEXT NOT NULL DEFAULT '{}',"
    " attempt_id INTEGER REFERENCES attempts(id) ON DELETE SET NULL,"
    " match_kind TEXT NOT NULL DEFAULT '')", // '', 'sid', 'fuzzy'
    "CREATE INDEX auth0_events_profile_at ON auth0_events(profile, at)",
    "CREATE INDEX auth0_events_type_at ON auth0_events(type, at)",
    "CREATE INDEX auth0_events_execution ON auth0_events(execution_id) WHERE execution_id != ''",
    // One Auth0 event per Twilio message.
    "CREATE UNIQUE INDEX auth0_events_attempt ON auth0_events(attempt_id)"
    " WHERE attempt_id IS NOT NULL",
    "CREATE TABLE action_run_sids("
    " execution_id TEXT NOT NULL,"
    " sid TEXT NOT NULL,"
    " PRIMARY KEY(execution_id, sid)) WITHOUT ROWID",
    "CREATE TABLE auth0_sync_state("
    " profile TEXT PRIMARY KEY,"
    " since TEXT NOT NULL," // YYYY-MM-DD
    " checkpoint TEXT NOT NULL DEFAULT ''," // the last log_id read
    " pages INTEGER NOT NULL DEFAULT 0,"
    " fetched INTEGER NOT NULL DEFAULT 0,"
    " stored INTEGER NOT NULL DEFAULT 0,"
    " complete INTEGER NOT NULL DEFAULT 0,"
    " updated_at INTEGER NOT NULL)",
    // Fuzzy matching looks for a recipient's messages around a time.
    "CREATE INDEX IF NOT EXISTS attempts_to_created_match ON attempts(to_number, created_at)",
};

// Version 4: a smaller, faster full-text index, and indexes for the columns left unsortable.
// The trigram index keeps which rows hold a trigram, not where (detail=none, no column sizes):
// about a quarter of the size, read about twice as fast. It no longer answers phrases or
// columns by itself, so LogFilter asks it for the rows that hold every trigram of the text and
// checks the text itself with LIKE on those rows (the same answer as before, ASCII letters in
// any case). The SID index covers every row (SQLite lets a unique index hold many NULLs), so it
// orders all of them; sender and segments get an index each for sorting.
const char *const V4[] = {
    "DROP TRIGGER attempts_fts_insert",
    "DROP TRIGGER attempts_fts_delete",
    "DROP TRIGGER attempts_fts_update",
    "DROP TABLE attempts_fts",
    "CREATE VIRTUAL TABLE attempts_fts USING fts5("
    " body, to_number, from_number, sid, error_message,"
    " content='attempts', content_rowid='id', tokenize='trigram', detail=none, columnsize=0)",
    "CREATE TRIGGER attempts_fts_insert AFTER INSERT ON attempts BEGIN"
    " INSERT INTO attempts_fts(rowid, body, to_number, from_number, sid, error_message)"
    " VALUES (new.id, new.body, new.to_number, new.from_number, new.sid, new.error_message);"
    " END",
    "CREATE TRIGGER attempts_fts_delete AFTER DELETE ON attempts BEGIN"
    " INSERT INTO attempts_fts(attempts_fts, rowid, body, to_number, from_number, sid,"
    " error_message)"
    " VALUES ('delete', old.id, old.body, old.to_number, old.from_number, old.sid,"
    " old.error_message);"
    " END",
    "CREATE TRIGGER attempts_fts_update"
    " AFTER UPDATE OF body, to_number, from_number, sid, error_message ON attempts BEGIN"
    " INSERT INTO attempts_fts(attempts_fts, rowid, body, to_number, from_number, sid,"
    " error_message)"
    " VALUES ('delete', old.id, old.body, old.to_number, old.from_number, old.sid,"
    " old.error_message);"
    " INSERT INTO attempts_fts(rowid, body, to_number, from_number, sid, error_message)"
    " VALUES (new.id, new.body, new.to_number, new.from_number, new.sid, new.error_message);"
    " END",
    "INSERT INTO attempts_fts(attempts_fts) VALUES ('rebuild')",
    "DROP INDEX attempts_sid",
    "CREATE UNIQUE INDEX attempts_sid ON attempts(sid)",
    "CREATE INDEX attempts_from_created ON attempts(from_number, created_at)",
    "CREATE INDEX attempts_segments_created ON attempts(segments, created_at)",
};

// Version 5: the log at ten million attempts, a third of the size. Short repeated texts (profile,
// API, source, sender, Twilio status, outcome, encoding, error message, price unit) are kept once
// each in log_names and referenced by number; a body is kept as a template (log_bodies, once
// each) and its one-time code; a Twilio SID as 18 bytes (LogCodec). The attempts table becomes
// attempt_rows, the transitions table status_changes (WITHOUT ROWID, keyed by attempt and
// sequence); views named as the old tables show every column as text, as before, so readers
// (the CLI, exports, the sqlite3 shell) see the same rows. The trigram index holds only what is
// particular to a row (recipient, SID, code): the texts in the dictionaries are searched there.
// Each row also carries its first queued and first delivered times, for the latency charts.
const char *const V5[] = {
    // The dictionaries: every short text that repeats (kind: LogSchema::NameKind), and each
    // body template once, searchable through its own small trigram index.
    "CREATE TABLE log_names(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, text TEXT NOT NULL, "
    "UNIQUE(kind, text))",
    "CREATE TABLE log_bodies(id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE log_bodies_fts USING fts5(text, content='log_bodies', "
    "content_rowid='id', tokenize='trigram', detail=none, columnsize=0)",
    "CREATE TRIGGER log_bodies_fts_insert AFTER INSERT ON log_bodies BEGIN INSERT INTO "
    "log_bodies_fts(rowid, text) VALUES (new.id, new.text); END",
    // The attempts, coded. queued_at and delivered_at: the first queued (or accepted) and the
    // first delivered transition's times, kept by the writer (LogWriter)
    // and by the transitions view's trigger.
    "CREATE TABLE attempt_rows( id INTEGER PRIMARY KEY, created_at INTEGER NOT NULL, updated_at "
    "INTEGER NOT NULL, profile_id INTEGER NOT NULL, api_id INTEGER NOT NULL, source_id INTEGER NOT "
    "NULL, to_number TEXT NOT NULL, from_id INTEGER NOT NULL, body_id INTEGER NOT NULL, body_code "
    "TEXT, encoding_id INTEGER NOT NULL, segments INTEGER NOT NULL DEFAULT 0, sid_key BLOB, "
    "status_id INTEGER NOT NULL, outcome_id INTEGER NOT NULL, error_code INTEGER NOT NULL DEFAULT "
    "0, error_id INTEGER NOT NULL, price TEXT NOT NULL DEFAULT '', price_unit_id INTEGER NOT NULL, "
    "queued_at INTEGER, delivered_at INTEGER)",
    // The trigram index over what rows hold beside the dictionaries: the recipient, the SID, the
    // body's code, the error message (rare, and read with the row).
    "DROP TRIGGER attempts_fts_insert",
    "DROP TRIGGER attempts_fts_delete",
    "DROP TRIGGER attempts_fts_update",
    "DROP TABLE attempts_fts",
    "CREATE VIRTUAL TABLE attempts_fts USING fts5(to_number, sid, body_code, error_message, "
    "content='', tokenize='trigram', detail=none, columnsize=0)",
    "CREATE TRIGGER attempt_rows_fts_insert AFTER INSERT ON attempt_rows BEGIN INSERT INTO "
    "attempts_fts(rowid, to_number, sid, body_code, error_message) VALUES (new.id, new.to_number, "
    "CASE WHEN typeof(new.sid_key) = 'blob' THEN CAST(substr(new.sid_key, 1, 2) AS TEXT) || "
    "lower(hex(substr(new.sid_key, 3))) ELSE new.sid_key END, new.body_code, (SELECT text FROM "
    "log_names WHERE id = new.error_id)); END",
    "CREATE TRIGGER attempt_rows_fts_delete AFTER DELETE ON attempt_rows BEGIN INSERT INTO "
    "attempts_fts(attempts_fts, rowid, to_number, sid, body_code, error_message) VALUES ('delete', "
    "old.id, old.to_number, CASE WHEN typeof(old.sid_key) = 'blob' THEN CAST(substr(old.sid_key, "
    "1, 2) AS TEXT) || lower(hex(substr(old.sid_key, 3))) ELSE old.sid_key END, old.body_code, "
    "(SELECT text FROM log_names WHERE id = old.error_id)); END",
    "CREATE TRIGGER attempt_rows_fts_update AFTER UPDATE OF to_number, sid_key, body_code, "
    "error_id ON attempt_rows WHEN old.to_number IS NOT new.to_number OR old.sid_key IS NOT "
    "new.sid_key OR old.body_code IS NOT new.body_code OR old.error_id IS NOT new.error_id BEGIN "
    "INSERT INTO attempts_fts(attempts_fts, rowid, to_number, sid, body_code, error_message) "
    "VALUES ('delete', old.id, old.to_number, CASE WHEN typeof(old.sid_key) = 'blob' THEN "
    "CAST(substr(old.sid_key, 1, 2) AS TEXT) || lower(hex(substr(old.sid_key, 3))) ELSE "
    "old.sid_key END, old.body_code, (SELECT text FROM log_names WHERE id = old.error_id)); INSERT "
    "INTO attempts_fts(rowid, to_number, sid, body_code, error_message) VALUES (new.id, "
    "new.to_number, CASE WHEN typeof(new.sid_key) = 'blob' THEN CAST(substr(new.sid_key, 1, 2) AS "
    "TEXT) || lower(hex(substr(new.sid_key, 3))) ELSE new.sid_key END, new.body_code, (SELECT text "
    "FROM log_names WHERE id = new.error_id)); END",
    "CREATE TABLE status_changes( attempt_id INTEGER NOT NULL REFERENCES attempt_rows(id) ON "
    "DELETE CASCADE, seq INTEGER NOT NULL, at INTEGER NOT NULL, status_id INTEGER NOT NULL, "
    "error_code INTEGER NOT NULL DEFAULT 0, error_id INTEGER NOT NULL, PRIMARY KEY(attempt_id, "
    "seq)) WITHOUT ROWID",
    // The version 4 rows, coded.
    "INSERT OR IGNORE INTO log_names(kind, text) SELECT 1, profile FROM attempts UNION SELECT 2, "
    "api FROM attempts UNION SELECT 3, source FROM attempts UNION SELECT 4, status FROM attempts "
    "UNION SELECT 5, outcome FROM attempts UNION SELECT 6, from_number FROM attempts UNION SELECT "
    "7, encoding FROM attempts UNION SELECT 8, error_message FROM attempts UNION SELECT 9, "
    "price_unit FROM attempts UNION SELECT 4, status FROM transitions UNION SELECT 8, "
    "error_message FROM transitions",
    "INSERT OR IGNORE INTO log_bodies(text) SELECT log_body_template(body) FROM attempts",
    "INSERT INTO attempt_rows(id, created_at, updated_at, profile_id, api_id, source_id, "
    "to_number, from_id, body_id, body_code, encoding_id, segments, sid_key, status_id, "
    "outcome_id, error_code, error_id, price, price_unit_id, queued_at, delivered_at) SELECT a.id, "
    "a.created_at, a.updated_at, (SELECT id FROM log_names WHERE kind = 1 AND text = a.profile), "
    "(SELECT id FROM log_names WHERE kind = 2 AND text = a.api), (SELECT id FROM log_names WHERE "
    "kind = 3 AND text = a.source), a.to_number, (SELECT id FROM log_names WHERE kind = 6 AND text "
    "= a.from_number), (SELECT id FROM log_bodies WHERE text = log_body_template(a.body)), "
    "log_body_code(a.body), (SELECT id FROM log_names WHERE kind = 7 AND text = a.encoding), "
    "a.segments, log_sid_key(a.sid), (SELECT id FROM log_names WHERE kind = 4 AND text = "
    "a.status), (SELECT id FROM log_names WHERE kind = 5 AND text = a.outcome), a.error_code, "
    "(SELECT id FROM log_names WHERE kind = 8 AND text = a.error_message), a.price, (SELECT id "
    "FROM log_names WHERE kind = 9 AND text = a.price_unit), (SELECT min(t.at) FROM transitions t "
    "WHERE t.attempt_id = a.id AND t.status IN ('queued', 'accepted')), (SELECT min(t.at) FROM "
    "transitions t WHERE t.attempt_id = a.id AND t.status = 'delivered') FROM attempts a ORDER BY "
    "a.id",
    "INSERT INTO status_changes(attempt_id, seq, at, status_id, error_code, error_id) SELECT "
    "t.attempt_id, row_number() OVER (PARTITION BY t.attempt_id ORDER BY t.rowid), t.at, (SELECT "
    "id FROM log_names WHERE kind = 4 AND text = t.status), t.error_code, (SELECT id FROM "
    "log_names WHERE kind = 8 AND text = t.error_message) FROM transitions t",
    // The tenant's events point at the coded rows: the table is rebuilt with its reference.
    "CREATE TABLE auth0_events_v5( log_id TEXT PRIMARY KEY, profile TEXT NOT NULL, at INTEGER NOT "
    "NULL, type TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', user_id TEXT NOT NULL DEFAULT "
    "'', user_name TEXT NOT NULL DEFAULT '', client_name TEXT NOT NULL DEFAULT '', recipient TEXT "
    "NOT NULL DEFAULT '', execution_id TEXT NOT NULL DEFAULT '', failure_code TEXT NOT NULL "
    "DEFAULT '', failure_message TEXT NOT NULL DEFAULT '', code TEXT NOT NULL DEFAULT '', raw TEXT "
    "NOT NULL DEFAULT '{}', attempt_id INTEGER REFERENCES attempt_rows(id) ON DELETE SET NULL, "
    "match_kind TEXT NOT NULL DEFAULT '')",
    "INSERT INTO auth0_events_v5 SELECT log_id, profile, at, type, description, user_id, "
    "user_name, client_name, recipient, execution_id, failure_code, failure_message, code, raw, "
    "attempt_id, match_kind FROM auth0_events",
    "DROP TABLE auth0_events",
    "ALTER TABLE auth0_events_v5 RENAME TO auth0_events",
    "CREATE INDEX auth0_events_profile_at ON auth0_events(profile, at)",
    "CREATE INDEX auth0_events_type_at ON auth0_events(type, at)",
    "CREATE INDEX auth0_events_execution ON auth0_events(execution_id) WHERE execution_id != ''",
    "CREATE UNIQUE INDEX auth0_events_attempt ON auth0_events(attempt_id) WHERE attempt_id IS NOT "
    "NULL",
    "DROP TABLE transitions",
    "DROP TABLE attempts",
    // Every column the viewer filters or sorts by, coded: (column, created_at) indexes of a few
    // bytes an entry.
    "CREATE INDEX attempts_created ON attempt_rows(created_at)",
    "CREATE INDEX attempts_outcome_created ON attempt_rows(outcome_id, created_at)",
    "CREATE INDEX attempts_profile_created ON attempt_rows(profile_id, created_at)",
    "CREATE INDEX attempts_api_created ON attempt_rows(api_id, created_at)",
    "CREATE INDEX attempts_source_created ON attempt_rows(source_id, created_at)",
    "CREATE INDEX attempts_error_created ON attempt_rows(error_code, created_at)",
    "CREATE INDEX attempts_status_created ON attempt_rows(status_id, created_at)",
    "CREATE INDEX attempts_from_created ON attempt_rows(from_id, created_at)",
    "CREATE INDEX attempts_segments_created ON attempt_rows(segments, created_at)",
    "CREATE INDEX attempts_to_created ON attempt_rows(to_number, created_at)",
    "CREATE INDEX attempts_body ON attempt_rows(body_id)",
    "CREATE UNIQUE INDEX attempts_sid ON attempt_rows(sid_key)",
    "CREATE INDEX attempts_delivered ON attempt_rows(created_at, delivered_at, queued_at) WHERE "
    "delivered_at IS NOT NULL",
    // What every reader sees: the attempts and their transitions as text, as before; the
    // coded columns beside them for filters that use the indexes. Writes through the views
    // are coded by their INSTEAD OF triggers (with this project's SQL functions).
    "CREATE VIEW attempts AS SELECT r.id AS id, r.created_at AS created_at, r.updated_at AS "
    "updated_at, (SELECT text FROM log_names WHERE id = r.profile_id) AS profile, (SELECT text "
    "FROM log_names WHERE id = r.api_id) AS api, (SELECT text FROM log_names WHERE id = "
    "r.source_id) AS source, r.to_number AS to_number, (SELECT text FROM log_names WHERE id = "
    "r.from_id) AS from_number, replace((SELECT text FROM log_bodies WHERE id = r.body_id), "
    "char(26), coalesce(r.body_code, char(26))) AS body, (SELECT text FROM log_names WHERE id = "
    "r.encoding_id) AS encoding, r.segments AS segments, CASE WHEN typeof(r.sid_key) = 'blob' THEN "
    "CAST(substr(r.sid_key, 1, 2) AS TEXT) || lower(hex(substr(r.sid_key, 3))) ELSE r.sid_key END "
    "AS sid, (SELECT text FROM log_names WHERE id = r.status_id) AS status, (SELECT text FROM "
    "log_names WHERE id = r.outcome_id) AS outcome, r.error_code AS error_code, (SELECT text FROM "
    "log_names WHERE id = r.error_id) AS error_message, r.price AS price, (SELECT text FROM "
    "log_names WHERE id = r.price_unit_id) AS price_unit, r.profile_id AS profile_id, r.api_id AS "
    "api_id, r.source_id AS source_id, r.from_id AS from_id, r.body_id AS body_id, r.body_code AS "
    "body_code, r.encoding_id AS encoding_id, r.sid_key AS sid_key, r.status_id AS status_id, "
    "r.outcome_id AS outcome_id, r.error_id AS error_id, r.price_unit_id AS price_unit_id, "
    "r.queued_at AS queued_at, r.delivered_at AS delivered_at FROM attempt_rows r",
    "CREATE TRIGGER attempts_insert INSTEAD OF INSERT ON attempts BEGIN INSERT OR IGNORE INTO "
    "log_names(kind, text) VALUES (1, new.profile), (2, new.api), (3, new.source), (4, "
    "coalesce(new.status, '')), (5, new.outcome), (6, coalesce(new.from_number, '')), (7, "
    "coalesce(new.encoding, '')), (8, coalesce(new.error_message, '')), (9, "
    "coalesce(new.price_unit, '')); INSERT OR IGNORE INTO log_bodies(text) VALUES "
    "(log_body_template(coalesce(new.body, ''))); INSERT INTO attempt_rows(id, created_at, "
    "updated_at, profile_id, api_id, source_id, to_number, from_id, body_id, body_code, "
    "encoding_id, segments, sid_key, status_id, outcome_id, error_code, error_id, price, "
    "price_unit_id) VALUES (new.id, new.created_at, new.updated_at, (SELECT id FROM log_names "
    "WHERE kind = 1 AND text = new.profile), (SELECT id FROM log_names WHERE kind = 2 AND text = "
    "new.api), (SELECT id FROM log_names WHERE kind = 3 AND text = new.source), new.to_number, "
    "(SELECT id FROM log_names WHERE kind = 6 AND text = coalesce(new.from_number, '')), (SELECT "
    "id FROM log_bodies WHERE text = log_body_template(coalesce(new.body, ''))), "
    "log_body_code(coalesce(new.body, '')), (SELECT id FROM log_names WHERE kind = 7 AND text = "
    "coalesce(new.encoding, '')), coalesce(new.segments, 0), log_sid_key(new.sid), (SELECT id FROM "
    "log_names WHERE kind = 4 AND text = coalesce(new.status, '')), (SELECT id FROM log_names "
    "WHERE kind = 5 AND text = new.outcome), coalesce(new.error_code, 0), (SELECT id FROM "
    "log_names WHERE kind = 8 AND text = coalesce(new.error_message, '')), coalesce(new.price, "
    "''), (SELECT id FROM log_names WHERE kind = 9 AND text = coalesce(new.price_unit, ''))); END",
    "CREATE TRIGGER attempts_update INSTEAD OF UPDATE ON attempts BEGIN INSERT OR IGNORE INTO "
    "log_names(kind, text) VALUES (1, new.profile), (2, new.api), (3, new.source), (4, "
    "coalesce(new.status, '')), (5, new.outcome), (6, coalesce(new.from_number, '')), (7, "
    "coalesce(new.encoding, '')), (8, coalesce(new.error_message, '')), (9, "
    "coalesce(new.price_unit, '')); INSERT OR IGNORE INTO log_bodies(text) VALUES "
    "(log_body_template(coalesce(new.body, ''))); UPDATE attempt_rows SET created_at = "
    "new.created_at, updated_at = new.updated_at, profile_id = (SELECT id FROM log_names WHERE "
    "kind = 1 AND text = new.profile), api_id = (SELECT id FROM log_names WHERE kind = 2 AND text "
    "= new.api), source_id = (SELECT id FROM log_names WHERE kind = 3 AND text = new.source), "
    "to_number = new.to_number, from_id = (SELECT id FROM log_names WHERE kind = 6 AND text = "
    "coalesce(new.from_number, '')), body_id = (SELECT id FROM log_bodies WHERE text = "
    "log_body_template(coalesce(new.body, ''))), body_code = log_body_code(coalesce(new.body, "
    "'')), encoding_id = (SELECT id FROM log_names WHERE kind = 7 AND text = "
    "coalesce(new.encoding, '')), segments = coalesce(new.segments, 0), sid_key = "
    "log_sid_key(new.sid), status_id = (SELECT id FROM log_names WHERE kind = 4 AND text = "
    "coalesce(new.status, '')), outcome_id = (SELECT id FROM log_names WHERE kind = 5 AND text = "
    "new.outcome), error_code = coalesce(new.error_code, 0), error_id = (SELECT id FROM log_names "
    "WHERE kind = 8 AND text = coalesce(new.error_message, '')), price = coalesce(new.price, ''), "
    "price_unit_id = (SELECT id FROM log_names WHERE kind = 9 AND text = coalesce(new.price_unit, "
    "'')) WHERE id = old.id; END",
    "CREATE TRIGGER attempts_delete INSTEAD OF DELETE ON attempts BEGIN DELETE FROM attempt_rows "
    "WHERE id = old.id; END",
    "CREATE VIEW transitions AS SELECT c.attempt_id AS attempt_id, c.seq AS seq, c.at AS at, "
    "(SELECT text FROM log_names WHERE id = c.status_id) AS status, c.error_code AS error_code, "
    "(SELECT text FROM log_names WHERE id = c.error_id) AS error_message FROM status_changes c",
    "CREATE TRIGGER transitions_insert INSTEAD OF INSERT ON transitions BEGIN INSERT OR IGNORE "
    "INTO log_names(kind, text) VALUES (4, new.status), (8, coalesce(new.error_message, '')); "
    "INSERT INTO status_changes(attempt_id, seq, at, status_id, error_code, error_id) VALUES "
    "(new.attempt_id, coalesce((SELECT max(seq) FROM status_changes WHERE attempt_id = "
    "new.attempt_id), 0) + 1, new.at, (SELECT id FROM log_names WHERE kind = 4 AND text = "
    "new.status), coalesce(new.error_code, 0), (SELECT id FROM log_names WHERE kind = 8 AND text = "
    "coalesce(new.error_message, '')));  "
    "UPDATE attempt_rows SET queued_at = new.at WHERE id = new.attempt_id AND "
    "new.status IN ('queued', 'accepted') AND (queued_at IS NULL OR queued_at > new.at); "
    "UPDATE attempt_rows SET delivered_at = new.at WHERE id = new.attempt_id AND "
    "new.status = 'delivered' AND (delivered_at IS NULL OR delivered_at > new.at); END",
};

// Each attempt's timeline on its row (a few dozen bytes of JSON, instead of a row of its own
// per transition in another table): [status id, ms after the attempt was created], with the
// error code and message id when there is an error. The transitions view reads it as before.
const char *const V7[] = {
    "ALTER TABLE attempt_rows ADD COLUMN timeline TEXT",
    "UPDATE attempt_rows SET timeline = (SELECT NULLIF(json_group_array(CASE WHEN c.error_code = "
    "0 AND c.error_id IS (SELECT id FROM log_names WHERE kind = 8 AND text = '') THEN "
    "json_array(c.status_id, c.at - attempt_rows.created_at) ELSE json_array(c.status_id, c.at - "
    "attempt_rows.created_at, c.error_code, c.error_id) END), '[]') FROM (SELECT * FROM "
    "status_changes c WHERE c.attempt_id = attempt_rows.id ORDER BY c.seq) c)",
    "DROP VIEW transitions",
    "DROP TABLE status_changes",
    // The latency charts read the hourly summaries (step 6); for a filter those cannot answer,
    // the filter's own index narrows the rows as well as this one did.
    "DROP INDEX attempts_delivered",
    "CREATE VIEW transitions AS SELECT r.id AS attempt_id, j.key + 1 AS seq, r.created_at + "
    "(j.value ->> '$[1]') AS at, (SELECT text FROM log_names WHERE id = j.value ->> '$[0]') AS "
    "status, coalesce(j.value ->> '$[2]', 0) AS error_code, coalesce((SELECT text FROM log_names "
    "WHERE id = j.value ->> '$[3]'), '') AS error_message FROM attempt_rows r, "
    "json_each(r.timeline) j",
    "CREATE TRIGGER transitions_insert INSTEAD OF INSERT ON transitions BEGIN INSERT OR IGNORE "
    "INTO log_names(kind, text) VALUES (4, new.status), (8, coalesce(new.error_message, '')); "
    "UPDATE attempt_rows SET timeline = json_insert(coalesce(timeline, '[]'), '$[#]', CASE WHEN "
    "coalesce(new.error_code, 0) = 0 AND coalesce(new.error_message, '') = '' THEN "
    "json_array((SELECT id FROM log_names WHERE kind = 4 AND text = new.status), new.at - "
    "created_at) ELSE json_array((SELECT id FROM log_names WHERE kind = 4 AND text = "
    "new.status), new.at - created_at, coalesce(new.error_code, 0), (SELECT id FROM log_names "
    "WHERE kind = 8 AND text = coalesce(new.error_message, ''))) END) WHERE id = "
    "new.attempt_id; "
    "UPDATE attempt_rows SET queued_at = new.at WHERE id = new.attempt_id AND "
    "new.status IN ('queued', 'accepted') AND (queued_at IS NULL OR queued_at > new.at); "
    "UPDATE attempt_rows SET delivered_at = new.at WHERE id = new.attempt_id AND "
    "new.status = 'delivered' AND (delivered_at IS NULL OR delivered_at > new.at); END",
    // The transitions keep their times when the attempt's creation time moves.
    "CREATE TRIGGER attempt_rows_timeline_times AFTER UPDATE OF created_at ON attempt_rows WHEN "
    "old.created_at IS NOT new.created_at AND new.timeline IS NOT NULL BEGIN UPDATE attempt_rows "
    "SET timeline = (SELECT json_group_array(json_set(j.value, '$[1]', (j.value ->> '$[1]') + "
    "old.created_at - new.created_at)) FROM json_each(new.timeline) j) WHERE id = new.id; END",
};

// New rows reach the trigram index in bulk. FTS5 writes its pending terms out at the end of
// every statement that runs inside a statement savepoint, which a trigger's statement does: an
// insert trigger that indexed each attempt cost a segment written and merged per attempt, about
// 40% of a bulk import. The insert trigger now queues the id in log_fts_pending; each write of
// the console's writer indexes the queue in one statement before it commits
// (LogWriter::indexPending), so a page of a sync is one index write. A search takes queued rows
// as candidates and checks them as it checks the index's (LogFilter), so it is right whether or
// not the queue was indexed yet. Rows leave the index only if they are in it.
const char *const V8[] = {
    "CREATE TABLE log_fts_pending(id INTEGER PRIMARY KEY)",
    "DROP TRIGGER attempt_rows_fts_insert",
    "DROP TRIGGER attempt_rows_fts_delete",
    "DROP TRIGGER attempt_rows_fts_update",
    "CREATE TRIGGER attempt_rows_fts_insert AFTER INSERT ON attempt_rows BEGIN INSERT OR IGNORE "
    "INTO log_fts_pending(id) VALUES (new.id); END",
    "CREATE TRIGGER attempt_rows_fts_delete AFTER DELETE ON attempt_rows BEGIN INSERT INTO "
    "attempts_fts(attempts_fts, rowid, to_number, sid, body_code, error_message) SELECT 'delete', "
    "old.id, old.to_number, CASE WHEN typeof(old.sid_key) = 'blob' THEN CAST(substr(old.sid_key, "
    "1, 2) AS TEXT) || lower(hex(substr(old.sid_key, 3))) ELSE old.sid_key END, old.body_code, "
    "(SELECT text FROM log_names WHERE id = old.error_id) WHERE NOT EXISTS (SELECT 1 FROM "
    "log_fts_pending WHERE id = old.id); DELETE FROM log_fts_pending WHERE id = old.id; END",
    "CREATE TRIGGER attempt_rows_fts_update AFTER UPDATE OF to_number, sid_key, body_code, "
    "error_id ON attempt_rows WHEN (old.to_number IS NOT new.to_number OR old.sid_key IS NOT "
    "new.sid_key OR old.body_code IS NOT new.body_code OR old.error_id IS NOT new.error_id) AND "
    "NOT EXISTS (SELECT 1 FROM log_fts_pending WHERE id = new.id) BEGIN "
    "INSERT INTO attempts_fts(attempts_fts, rowid, to_number, sid, body_code, error_message) "
    "VALUES ('delete', old.id, old.to_number, CASE WHEN typeof(old.sid_key) = 'blob' THEN "
    "CAST(substr(old.sid_key, 1, 2) AS TEXT) || lower(hex(substr(old.sid_key, 3))) ELSE "
    "old.sid_key END, old.body_code, (SELECT text FROM log_names WHERE id = old.error_id)); INSERT "
    "INTO attempts_fts(rowid, to_number, sid, body_code, error_message) VALUES (new.id, "
    "new.to_number, CASE WHEN typeof(new.sid_key) = 'blob' THEN CAST(substr(new.sid_key, 1, 2) AS "
    "TEXT) || lower(hex(substr(new.sid_key, 3))) ELSE new.sid_key END, new.body_code, (SELECT text "
    "FROM log_names WHERE id = new.error_id)); END",
};

template<size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *statement : statements)
        list << QString::fromLatin1(statement);
    return list;
}

} // namespace

int LogSchema::version()
{
    return 13;
}

QStringList LogSchema::migrationStep(int toVersion)
{
    switch (toVersion) {
    case 1:
        return toList(V1);
    case 2:
        return toList(V2);
    case 3:
        return toList(V3);
    case 4:
        return toList(V4);
    case 5:
        return toList(V5);
    case 6:
        return LogSchemaDerived::summaryStep();
    case 7:
        return toList(V7);
    case 8:
        return toList(V8);
    case 9:
        return LogSchemaDerived::numbersStep();
    case 10:
        return LogSchemaDerived::deferredCountStep();
    case 11:
        return LogSchemaDerived::blockStep();
    case 12:
        return LogSchemaDerived::hourValuesStep();
    case 13:
        return LogSchemaDerived::segmentHoursStep();
    }
    return {};
}
