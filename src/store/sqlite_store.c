/*
 * store/sqlite_store.c — the SQLite backend of the store (see store.h,
 * store_ops.h).
 *
 * Why these pragmas: WAL + synchronous=NORMAL is durable across process
 * crashes (kill -9) — only an OS crash can lose the last transactions, never
 * corrupt the file; busy_timeout lets a second process (e.g. `stories` while
 * an ingest runs) wait instead of failing.
 */
#include "store/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/mem.h"
#include "store/sqlite_internal.h"

typedef struct sq_store {
    np_store base;
    sqlite3 *db;
    char *path;
    int in_batch;
    sqlite3_stmt *put_doc;
    sqlite3_stmt *find_hash;
    sqlite3_stmt *put_features;
    sqlite3_stmt *assign;
} sq_store;

static const np_store_ops sq_ops;
static void sq_close(np_store *h);
static void sq_rollback(np_store *h);

/* Migration i upgrades the schema from version i to i+1.  Append only. */
static const char *const migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE documents("
    "  id INTEGER PRIMARY KEY,"
    "  doc_key TEXT NOT NULL,"
    "  content_hash TEXT NOT NULL UNIQUE,"
    "  source TEXT, format TEXT, url TEXT, title TEXT, outlet TEXT, author TEXT,"
    "  published TEXT, modified TEXT, dateline TEXT, language TEXT, description TEXT,"
    "  text TEXT NOT NULL,"
    "  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
    "CREATE INDEX documents_key ON documents(doc_key);"
    "CREATE INDEX documents_url ON documents(url);"
    "CREATE TABLE stories("
    "  id INTEGER PRIMARY KEY,"
    "  label TEXT,"
    "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
    "CREATE TABLE story_members("
    "  doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
    "  story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
    "  duplicate_of INTEGER REFERENCES documents(id));"
    "CREATE INDEX story_members_story ON story_members(story_id);"
    "CREATE TABLE doc_features("
    "  doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
    "  blob BLOB NOT NULL);"
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');"
    "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN"
    "  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);"
    "END;"
    "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN"
    "  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES('delete', old.id, old.title, old.text);"
    "END;",
    /* 1 -> 2: when two stories turn out to be one, the younger id stays
     * findable as an alias of the older */
    "CREATE TABLE story_aliases("
    "  old_id INTEGER PRIMARY KEY,"
    "  story_id INTEGER NOT NULL);"
    "CREATE INDEX story_aliases_story ON story_aliases(story_id);"
    "CREATE INDEX story_members_dup ON story_members(duplicate_of);",
};

static np_status db_error(sq_store *st, np_error *err, const char *what)
{
    return np_error_set(err, NP_EDB, st ? st->path : "", 0, -1, "%s: %s", what,
                        st && st->db ? sqlite3_errmsg(st->db) : "no database");
}

static np_status exec(sq_store *st, const char *sql, np_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        np_error_set(err, NP_EDB, st->path, 0, -1, "%s", msg ? msg : "sqlite error");
        sqlite3_free(msg);
        return NP_EDB;
    }
    return NP_OK;
}

static np_status prepare(sq_store *st, const char *sql, sqlite3_stmt **out, np_error *err)
{
    if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, out, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    return NP_OK;
}

static int schema_version(sq_store *st)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &q, NULL) != SQLITE_OK)
        return -1;
    int version = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_finalize(q);
    return version;
}

static np_status migrate(sq_store *st, np_error *err)
{
    int version = schema_version(st);
    if (version < 0)
        return db_error(st, err, "read schema version");
    int target = (int)(sizeof migrations / sizeof *migrations);
    if (version > target)
        return np_error_set(err, NP_EUNSUPPORTED, st->path, 0, -1,
                            "store schema version %d is newer than this build's %d",
                            version, target);
    while (version < target) {
        np_status s = exec(st, "BEGIN IMMEDIATE", err);
        if (s)
            return s;
        /* Another process may have migrated while we waited for the lock. */
        version = schema_version(st);
        if (version < 0 || version >= target) {
            exec(st, "ROLLBACK", NULL);
            return version < 0 ? db_error(st, err, "read schema version") : NP_OK;
        }
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d", version + 1);
        if ((s = exec(st, migrations[version], err)) || (s = exec(st, pragma, err))) {
            exec(st, "ROLLBACK", NULL);
            return s;
        }
        if ((s = exec(st, "COMMIT", err)))
            return s;
        version++;
    }
    return NP_OK;
}

np_status np_sqlite_open(const char *path, int create, np_store **out, np_error *err)
{
    *out = NULL;
    sq_store *st = np_calloc(1, sizeof *st);
    if (st)
        st->base.ops = &sq_ops;
    if (!st || !(st->path = np_strdup(path))) {
        np_free(st);
        return np_error_set(err, NP_ENOMEM, path, 0, -1, "out of memory");
    }
    np_status s;
    if (!create && access(path, F_OK) != 0) {
        s = np_error_set(err, NP_ENOTFOUND, path, 0, -1,
                         "no store here: run 'newsprism ingest' first or give --db");
        goto fail;
    }
    if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0),
                        NULL) != SQLITE_OK) {
        s = db_error(st, err, "cannot open store");
        goto fail;
    }
    sqlite3_extended_result_codes(st->db, 1);
    sqlite3_busy_timeout(st->db, 10000);
    /* A file that is not a database shows here, before any write.  Switching
     * a new file to WAL needs an exclusive lock, and SQLite does not call the
     * busy handler for it: when another process is creating the same store
     * at this moment, wait and retry (10 s at most, like busy_timeout). */
    for (int tries = 0;; tries++) {
        s = exec(st, "PRAGMA journal_mode=WAL", err);
        int busy = s && (sqlite3_errcode(st->db) & 0xff) == SQLITE_BUSY;
        if (!busy || tries >= 200)
            break;
        np_error_clear(err);
        sqlite3_sleep(50);
    }
    if (s || (s = exec(st, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                           " PRAGMA temp_store=MEMORY;", err)))
        goto fail;
    if ((s = migrate(st, err)))
        goto fail;
    if ((s = prepare(st,
                     "INSERT INTO documents(doc_key, content_hash, source, format, url, title, outlet,"
                     " author, published, modified, dateline, language, description, text)"
                     " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                     " ON CONFLICT(content_hash) DO NOTHING",
                     &st->put_doc, err)) ||
        (s = prepare(st, "SELECT id FROM documents WHERE content_hash=?", &st->find_hash, err)) ||
        (s = prepare(st, "INSERT OR REPLACE INTO doc_features(doc_id, blob) VALUES(?,?)",
                     &st->put_features, err)) ||
        (s = prepare(st, "INSERT INTO story_members(doc_id, story_id, duplicate_of) VALUES(?,?,?)"
                         " ON CONFLICT(doc_id) DO UPDATE SET story_id=excluded.story_id,"
                         " duplicate_of=excluded.duplicate_of",
                     &st->assign, err)))
        goto fail;
    *out = &st->base;
    return NP_OK;
fail:
    sq_close(&st->base);
    return s;
}

static void sq_close(np_store *h)
{
    sq_store *st = (sq_store *)h;
    if (!st)
        return;
    if (st->in_batch)
        sq_rollback(h);
    sqlite3_finalize(st->put_doc);
    sqlite3_finalize(st->find_hash);
    sqlite3_finalize(st->put_features);
    sqlite3_finalize(st->assign);
    sqlite3_close(st->db);
    np_free(st->path);
    np_free(st);
}

static np_status sq_begin(np_store *h, np_error *err)
{
    sq_store *st = (sq_store *)h;
    np_status s = exec(st, "BEGIN IMMEDIATE", err);
    if (!s)
        st->in_batch = 1;
    return s;
}

static np_status sq_commit(np_store *h, np_error *err)
{
    sq_store *st = (sq_store *)h;
    np_status s = exec(st, "COMMIT", err);
    if (!s)
        st->in_batch = 0;
    return s;
}

static void sq_rollback(np_store *h)
{
    sq_store *st = (sq_store *)h;
    if (st->in_batch)
        exec(st, "ROLLBACK", NULL);
    st->in_batch = 0;
}

static void bind_text(sqlite3_stmt *q, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(q, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(q, i);
}

static np_status sq_put_doc(np_store *h, np_doc *d, int *inserted, np_error *err)
{
    sq_store *st = (sq_store *)h;
    *inserted = 0;
    if (!d->content_hash || !d->text)
        return np_error_set(err, NP_EINVAL, d->source, 0, -1, "document has no body");
    sqlite3_stmt *q = st->put_doc;
    const char *vals[] = {d->key ? d->key : d->content_hash, d->content_hash, d->source, d->format,
                          d->url, d->title, d->outlet, d->author, d->published, d->modified,
                          d->dateline, d->language, d->description, d->text};
    for (int i = 0; i < 14; i++)
        bind_text(q, i + 1, vals[i]);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (rc != SQLITE_DONE)
        return db_error(st, err, "insert document");
    if (sqlite3_changes(st->db) > 0) {
        *inserted = 1;
        d->rowid = sqlite3_last_insert_rowid(st->db);
        return NP_OK;
    }
    q = st->find_hash;
    bind_text(q, 1, d->content_hash);
    rc = sqlite3_step(q);
    if (rc == SQLITE_ROW)
        d->rowid = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return rc == SQLITE_ROW ? NP_OK : db_error(st, err, "find document");
}

#define DOC_COLUMNS "id, doc_key, source, format, url, title, outlet, author, published," \
                    " modified, dateline, language, description, content_hash"

static np_status row_to_doc(sqlite3_stmt *q, int with_text, np_doc **out)
{
    np_doc *d = np_doc_new();
    if (!d)
        return NP_ENOMEM;
    d->rowid = sqlite3_column_int64(q, 0);
    char **fields[] = {&d->key, &d->source, &d->format, &d->url, &d->title, &d->outlet,
                       &d->author, &d->published, &d->modified, &d->dateline,
                       &d->language, &d->description, &d->content_hash, &d->text};
    int n = with_text ? 14 : 13;
    for (int i = 0; i < n; i++) {
        const char *v = (const char *)sqlite3_column_text(q, i + 1);
        if (v && np_doc_set(fields[i], v)) {
            np_doc_free(d);
            return NP_ENOMEM;
        }
    }
    *out = d;
    return NP_OK;
}

static np_status collect_docs(sq_store *st, sqlite3_stmt *q, int with_text, np_doc_list *out,
                              np_error *err)
{
    size_t cap = 0;
    out->docs = NULL;
    out->n = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (out->n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            np_doc **p = np_realloc(out->docs, ncap * sizeof *p);
            if (!p)
                goto nomem;
            out->docs = p;
            cap = ncap;
        }
        if (row_to_doc(q, with_text, &out->docs[out->n]))
            goto nomem;
        out->n++;
    }
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE) {
        np_store_docs_free(out);
        return db_error(st, err, "read documents");
    }
    return NP_OK;
nomem:
    sqlite3_finalize(q);
    np_store_docs_free(out);
    return np_error_set(err, NP_ENOMEM, st->path, 0, -1, "out of memory reading documents");
}

static np_status sq_get_doc(np_store *h, const char *ref, np_doc **out, np_error *err)
{
    sq_store *st = (sq_store *)h;
    *out = NULL;
    sqlite3_stmt *q;
    /* A name can look like a number: the document with that id wins, then
     * names, URLs and content hashes, oldest first. */
    const char *sql = "SELECT " DOC_COLUMNS ", text FROM documents"
                      " WHERE id = CAST(?1 AS INTEGER) AND CAST(id AS TEXT) = ?1"
                      " OR doc_key = ?1 OR url = ?1 OR content_hash = ?1"
                      " ORDER BY (CAST(id AS TEXT) = ?1) DESC, id LIMIT 1";
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    sqlite3_bind_text(q, 1, ref, -1, SQLITE_STATIC);
    np_doc_list list;
    np_status s = collect_docs(st, q, 1, &list, err);
    if (s)
        return s;
    if (list.n == 0) {
        np_store_docs_free(&list);
        return np_error_set(err, NP_ENOTFOUND, st->path, 0, -1, "no document '%s'", ref);
    }
    *out = list.docs[0];
    list.docs[0] = NULL;
    np_store_docs_free(&list);
    return NP_OK;
}

static np_status scalar_int(sq_store *st, const char *sql, int64_t bind, int64_t *out, np_error *err)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    if (sqlite3_bind_parameter_count(q) > 0)
        sqlite3_bind_int64(q, 1, bind);
    int rc = sqlite3_step(q);
    *out = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    sqlite3_finalize(q);
    return (rc == SQLITE_ROW || rc == SQLITE_DONE) ? NP_OK : db_error(st, err, "query");
}

static np_status sq_count_docs(np_store *h, int64_t *out, np_error *err)
{
    sq_store *st = (sq_store *)h;
    return scalar_int(st, "SELECT count(*) FROM documents", 0, out, err);
}

static np_status sq_docs_after(np_store *h, int64_t after, int with_text, np_doc_list *out,
                              np_error *err)
{
    sq_store *st = (sq_store *)h;
    sqlite3_stmt *q;
    const char *sql = with_text
                          ? "SELECT " DOC_COLUMNS ", text FROM documents WHERE id > ? ORDER BY id"
                          : "SELECT " DOC_COLUMNS " FROM documents WHERE id > ? ORDER BY id";
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    sqlite3_bind_int64(q, 1, after);
    return collect_docs(st, q, with_text, out, err);
}

static np_status sq_story_docs(np_store *h, int64_t story_id, np_doc_list *out, np_error *err)
{
    sq_store *st = (sq_store *)h;
    sqlite3_stmt *q;
    const char *sql = "SELECT d.id, d.doc_key, d.source, d.format, d.url, d.title, d.outlet,"
                      " d.author, d.published, d.modified, d.dateline, d.language, d.description,"
                      " d.content_hash, d.text FROM documents d JOIN story_members m ON m.doc_id = d.id"
                      " WHERE m.story_id = ? ORDER BY d.published IS NULL, d.published, d.id";
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    sqlite3_bind_int64(q, 1, story_id);
    np_status s = collect_docs(st, q, 1, out, err);
    if (!s && out->n == 0)
        return np_error_set(err, NP_ENOTFOUND, st->path, 0, -1, "no story %lld",
                            (long long)story_id);
    return s;
}

static np_status sq_doc_story(np_store *h, int64_t doc_id, int64_t *story_id, np_error *err)
{
    sq_store *st = (sq_store *)h;
    return scalar_int(st, "SELECT story_id FROM story_members WHERE doc_id = ?", doc_id,
                      story_id, err);
}

static np_status sq_list_stories(np_store *h, np_story_list *out, np_error *err)
{
    sq_store *st = (sq_store *)h;
    out->rows = NULL;
    out->n = 0;
    sqlite3_stmt *q;
    const char *sql =
        "SELECT s.id, " NP_SQ_STORY_LABEL ", count(*), count(DISTINCT coalesce(d.outlet, d.doc_key)),"
        " min(d.published), max(d.published)"
        " FROM stories s JOIN story_members m ON m.story_id = s.id JOIN documents d ON d.id = m.doc_id"
        " GROUP BY s.id ORDER BY count(*) DESC, s.id";
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (out->n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            np_story_row *p = np_realloc(out->rows, ncap * sizeof *p);
            if (!p)
                goto nomem;
            out->rows = p;
            cap = ncap;
        }
        np_story_row *r = &out->rows[out->n];
        memset(r, 0, sizeof *r);
        out->n++;
        r->id = sqlite3_column_int64(q, 0);
        r->n_docs = sqlite3_column_int64(q, 2);
        r->n_outlets = sqlite3_column_int64(q, 3);
        const char *cols[3] = {(const char *)sqlite3_column_text(q, 1),
                               (const char *)sqlite3_column_text(q, 4),
                               (const char *)sqlite3_column_text(q, 5)};
        char **dst[3] = {&r->label, &r->first_published, &r->last_published};
        for (int i = 0; i < 3; i++)
            if (cols[i] && !(*dst[i] = np_strdup(cols[i])))
                goto nomem;
    }
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE) {
        np_store_stories_free(out);
        return db_error(st, err, "list stories");
    }
    return NP_OK;
nomem:
    sqlite3_finalize(q);
    np_store_stories_free(out);
    return np_error_set(err, NP_ENOMEM, st->path, 0, -1, "out of memory listing stories");
}

static np_status sq_count_ungrouped(np_store *h, int64_t *out, np_error *err)
{
    sq_store *st = (sq_store *)h;
    return scalar_int(st, "SELECT count(*) FROM doc_features f"
                          " WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.doc_id = f.doc_id)",
                      0, out, err);
}

static np_status sq_new_story(np_store *h, const char *label, int64_t *story_id, np_error *err)
{
    sq_store *st = (sq_store *)h;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(st->db, "INSERT INTO stories(label) VALUES(?)", -1, &q, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    bind_text(q, 1, label);
    int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE)
        return db_error(st, err, "create story");
    *story_id = sqlite3_last_insert_rowid(st->db);
    return NP_OK;
}

static np_status sq_new_story_of_doc(np_store *h, int64_t doc_id, int64_t *story_id,
                                     np_error *err)
{
    np_status s = scalar_int((sq_store *)h,
                             "INSERT INTO stories(label) SELECT coalesce(title, doc_key)"
                             " FROM documents WHERE id = ? RETURNING id",
                             doc_id, story_id, err);
    if (!s && *story_id == 0)
        return np_error_set(err, NP_ENOTFOUND, "", 0, -1, "no document %lld to start a story",
                            (long long)doc_id);
    return s;
}

static np_status sq_assign(np_store *h, int64_t doc_id, int64_t story_id, int64_t duplicate_of,
                          np_error *err)
{
    sq_store *st = (sq_store *)h;
    sqlite3_stmt *q = st->assign;
    sqlite3_bind_int64(q, 1, doc_id);
    sqlite3_bind_int64(q, 2, story_id);
    if (duplicate_of > 0)
        sqlite3_bind_int64(q, 3, duplicate_of);
    else
        sqlite3_bind_null(q, 3);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return rc == SQLITE_DONE ? NP_OK : db_error(st, err, "assign story");
}

static np_status sq_prune_stories(np_store *h, np_error *err)
{
    sq_store *st = (sq_store *)h;
    return exec(st, "DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_members)", err);
}

static np_status sq_put_features(np_store *h, int64_t doc_id, const void *blob, size_t len,
                                np_error *err)
{
    sq_store *st = (sq_store *)h;
    sqlite3_stmt *q = st->put_features;
    sqlite3_bind_int64(q, 1, doc_id);
    sqlite3_bind_blob64(q, 2, blob, len, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return rc == SQLITE_DONE ? NP_OK : db_error(st, err, "store features");
}

static np_status sq_check(np_store *h, np_error *err)
{
    sq_store *st = (sq_store *)h;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(st->db, "PRAGMA quick_check", -1, &q, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    np_status s = NP_OK;
    if (sqlite3_step(q) == SQLITE_ROW) {
        const char *r = (const char *)sqlite3_column_text(q, 0);
        if (!r || strcmp(r, "ok") != 0)
            s = np_error_set(err, NP_EDB, st->path, 0, -1, "store damaged: %s", r ? r : "?");
    } else {
        s = db_error(st, err, "quick_check");
    }
    sqlite3_finalize(q);
    return s;
}

/* For the SQLite backend's sibling files (sqlite_search.c, sqlite_briefcache.c,
 * sqlite_analysis.c) only; see sqlite_internal.h. */
sqlite3 *np_sqlite_db(np_store *h)
{
    sq_store *st = (sq_store *)h;
    return st->db;
}

const char *np_sqlite_path(const np_store *h)
{
    const sq_store *st = (const sq_store *)h;
    return st->path;
}

static np_status sq_merge_stories(np_store *h, int64_t from, int64_t into, np_error *err)
{
    sq_store *st = (sq_store *)h;
    if (from == into)
        return NP_OK;
    const char *sql[] = {
        "UPDATE story_members SET story_id = ?2 WHERE story_id = ?1",
        "UPDATE story_aliases SET story_id = ?2 WHERE story_id = ?1",
        "INSERT OR REPLACE INTO story_aliases(old_id, story_id) VALUES(?1, ?2)",
        "DELETE FROM stories WHERE id = ?1",
    };
    for (size_t i = 0; i < sizeof sql / sizeof *sql; i++) {
        sqlite3_stmt *q;
        if (sqlite3_prepare_v2(st->db, sql[i], -1, &q, NULL) != SQLITE_OK)
            return db_error(st, err, "prepare");
        sqlite3_bind_int64(q, 1, from);
        sqlite3_bind_int64(q, 2, into);
        int rc = sqlite3_step(q);
        sqlite3_finalize(q);
        if (rc != SQLITE_DONE)
            return db_error(st, err, "merge stories");
    }
    return NP_OK;
}

static np_status sq_resolve_story(np_store *h, int64_t id, int64_t *out, np_error *err)
{
    sq_store *st = (sq_store *)h;
    int64_t to = 0;
    np_status s = scalar_int(st, "SELECT story_id FROM story_aliases WHERE old_id = ?", id, &to,
                             err);
    *out = !s && to ? to : id;
    return s;
}

static np_status each_feature_row(sq_store *st, sqlite3_stmt *q, np_feature_fn fn, void *ctx,
                                  np_error *err)
{
    int rc;
    np_status s = NP_OK;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        s = fn(ctx, sqlite3_column_int64(q, 0), sqlite3_column_int64(q, 1),
               sqlite3_column_blob(q, 2), (size_t)sqlite3_column_bytes(q, 2));
        if (s)
            break;
    }
    sqlite3_finalize(q);
    if (s)
        return np_error_set(err, s, st->path, 0, -1, "reading features failed");
    return rc == SQLITE_DONE ? NP_OK : db_error(st, err, "read features");
}

static np_status sq_each_recent_features(np_store *h, int64_t window, np_feature_fn fn,
                                        void *ctx, np_error *err)
{
    sq_store *st = (sq_store *)h;
    sqlite3_stmt *q;
    const char *sql =
        "SELECT f.doc_id, m.story_id, f.blob FROM doc_features f"
        " JOIN story_members m ON m.doc_id = f.doc_id"
        " WHERE f.doc_id >= coalesce((SELECT doc_id FROM story_members"
        "   ORDER BY doc_id DESC LIMIT 1 OFFSET ?1), 0)"
        " ORDER BY f.doc_id";
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    sqlite3_bind_int64(q, 1, window > 0 ? window - 1 : 0);
    return each_feature_row(st, q, fn, ctx, err);
}

static np_status sq_each_ungrouped_features(np_store *h, int64_t limit, np_feature_fn fn,
                                           void *ctx, np_error *err)
{
    sq_store *st = (sq_store *)h;
    sqlite3_stmt *q;
    const char *sql = "SELECT f.doc_id, 0, f.blob FROM doc_features f"
                      " WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.doc_id = f.doc_id)"
                      " ORDER BY f.doc_id LIMIT ?1";
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    sqlite3_bind_int64(q, 1, limit);
    return each_feature_row(st, q, fn, ctx, err);
}

static np_status sq_copy_group(np_store *h, int64_t doc_id, int64_t **ids, size_t *n,
                              np_error *err)
{
    sq_store *st = (sq_store *)h;
    *ids = NULL;
    *n = 0;
    sqlite3_stmt *q;
    /* copies are recorded as edges doc -> duplicate_of; the group is the
     * connected component, walked both ways */
    const char *sql =
        "WITH RECURSIVE g(id) AS (SELECT ?1 UNION"
        " SELECT m.duplicate_of FROM story_members m JOIN g ON m.doc_id = g.id"
        "  WHERE m.duplicate_of IS NOT NULL UNION"
        " SELECT m.doc_id FROM story_members m JOIN g ON m.duplicate_of = g.id)"
        " SELECT id FROM g ORDER BY id";
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    sqlite3_bind_int64(q, 1, doc_id);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 8;
            int64_t *p = np_realloc(*ids, cap * sizeof *p);
            if (!p) {
                sqlite3_finalize(q);
                np_free(*ids);
                *ids = NULL;
                *n = 0;
                return np_error_set(err, NP_ENOMEM, st->path, 0, -1, "out of memory");
            }
            *ids = p;
        }
        (*ids)[(*n)++] = sqlite3_column_int64(q, 0);
    }
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE) {
        np_free(*ids);
        *ids = NULL;
        *n = 0;
        return db_error(st, err, "copy group");
    }
    return NP_OK;
}

static np_status sq_story_members(np_store *h, np_story_list *list, np_error *err)
{
    sq_store *st = (sq_store *)h;
    sqlite3_stmt *q;
    const char *sql = "SELECT d.id, d.doc_key, d.outlet, d.title, d.published, m.duplicate_of"
                      " FROM story_members m JOIN documents d ON d.id = m.doc_id"
                      " WHERE m.story_id = ? ORDER BY d.published IS NULL, d.published, d.id";
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(st, err, "prepare");
    for (size_t i = 0; i < list->n; i++) {
        np_story_row *r = &list->rows[i];
        sqlite3_reset(q);
        sqlite3_bind_int64(q, 1, r->id);
        size_t cap = 0;
        int rc;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            if (r->n_members == cap) {
                cap = cap ? cap * 2 : 8;
                np_story_member *p = np_realloc(r->members, cap * sizeof *p);
                if (!p)
                    goto nomem;
                r->members = p;
            }
            np_story_member *m = &r->members[r->n_members];
            memset(m, 0, sizeof *m);
            r->n_members++;
            m->id = sqlite3_column_int64(q, 0);
            m->duplicate_of = sqlite3_column_int64(q, 5);
            char **dst[4] = {&m->key, &m->outlet, &m->title, &m->published};
            for (int c = 0; c < 4; c++) {
                const char *v = (const char *)sqlite3_column_text(q, c + 1);
                if (v && !(*dst[c] = np_strdup(v)))
                    goto nomem;
            }
        }
        if (rc != SQLITE_DONE) {
            sqlite3_finalize(q);
            return db_error(st, err, "story members");
        }
    }
    sqlite3_finalize(q);
    return NP_OK;
nomem:
    sqlite3_finalize(q);
    return np_error_set(err, NP_ENOMEM, st->path, 0, -1, "out of memory listing members");
}

/* One writer at a time already: every run is the last (and groups). */
static np_status sq_ingest_enter(np_store *h, np_error *err)
{
    return NP_OK;
}

static np_status sq_ingest_leave(np_store *h, int *last, np_error *err)
{
    *last = 1;
    return NP_OK;
}

static const np_store_ops sq_ops = {
    .name = "sqlite",
    .close = sq_close,
    .begin = sq_begin,
    /* BEGIN IMMEDIATE takes SQLite's write lock: one grouper at a time */
    .begin_group = sq_begin,
    .ingest_enter = sq_ingest_enter,
    .ingest_leave = sq_ingest_leave,
    .commit = sq_commit,
    .rollback = sq_rollback,
    .put_doc = sq_put_doc,
    .get_doc = sq_get_doc,
    .count_docs = sq_count_docs,
    .docs_after = sq_docs_after,
    .list_stories = sq_list_stories,
    .story_docs = sq_story_docs,
    .doc_story = sq_doc_story,
    .count_ungrouped = sq_count_ungrouped,
    .new_story = sq_new_story,
    .new_story_of_doc = sq_new_story_of_doc,
    .assign = sq_assign,
    .prune_stories = sq_prune_stories,
    .put_features = sq_put_features,
    .merge_stories = sq_merge_stories,
    .resolve_story = sq_resolve_story,
    .each_recent_features = sq_each_recent_features,
    .each_ungrouped_features = sq_each_ungrouped_features,
    .copy_group = sq_copy_group,
    .story_members = sq_story_members,
    .check = sq_check,
    .search = np_sqlite_search,
    .story_page = np_sqlite_story_page,
    .outlets = np_sqlite_outlets,
    .story_state = np_sqlite_story_state,
    .cache_get = np_sqlite_cache_get,
    .cache_put = np_sqlite_cache_put,
    .put_analysis = np_sqlite_put_analysis,
    .get_analysis = np_sqlite_get_analysis,
};
