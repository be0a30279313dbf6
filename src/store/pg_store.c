/*
 * store/pg_store.c — the PostgreSQL backend of the store (see store.h,
 * "Many workers", and store_ops.h): connection, schema migrations,
 * documents, stories and grouping features.
 *
 * Why these choices:
 *  - Text columns use COLLATE "C": orderings (dates, outlets, labels) then
 *    compare bytes as SQLite does, whatever locale the cluster was created
 *    with, so both backends list and brief a store identically.
 *  - A document is inserted by one statement that first looks its content
 *    hash up: a duplicate then never draws a value from the id sequence,
 *    so one worker gives the same ids as SQLite (ids appear in briefs).
 *  - libpq prints server notices (e.g. "relation already exists, skipping")
 *    on stderr by default; errors are returned, never printed, so notices
 *    are dropped.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/mem.h"
#include "store/pg_internal.h"

/* Advisory lock keys (two int4): a project tag and the purpose. */
#define LOCK_TAG 0x6e70 /* "np" */
#define LOCK_MIGRATE 1
#define LOCK_GROUP 2
#define LOCK_INGEST 3

/* Migration i upgrades the schema from version i to i+1.  Append only. */
static const char *const pg_migrations[] = {
    /* 0 -> 1: the SQLite schema at version 2, plus the analysis table and
     * the brief cache (derived data, but on a shared server creating it on
     * first use would race between workers) */
    "CREATE TABLE documents("
    "  id bigserial PRIMARY KEY,"
    "  doc_key text COLLATE \"C\" NOT NULL,"
    "  content_hash text COLLATE \"C\" NOT NULL UNIQUE,"
    "  source text COLLATE \"C\", format text COLLATE \"C\", url text COLLATE \"C\","
    "  title text COLLATE \"C\", outlet text COLLATE \"C\", author text COLLATE \"C\","
    "  published text COLLATE \"C\", modified text COLLATE \"C\", dateline text COLLATE \"C\","
    "  language text COLLATE \"C\", description text COLLATE \"C\","
    "  text text COLLATE \"C\" NOT NULL,"
    "  ingested_at timestamptz NOT NULL DEFAULT now(),"
    /* a tsvector holds at most 1 MB: index the first 256 K characters */
    "  tsv tsvector GENERATED ALWAYS AS ("
    "    setweight(to_tsvector('simple', coalesce(left(title, 4000), '')), 'A') ||"
    "    setweight(to_tsvector('simple', left(text, 262144)), 'B')) STORED);"
    "CREATE INDEX documents_key ON documents(doc_key);"
    "CREATE INDEX documents_url ON documents(url);"
    "CREATE INDEX documents_outlet ON documents(outlet);"
    "CREATE INDEX documents_tsv ON documents USING gin(tsv);"
    "CREATE TABLE stories("
    "  id bigserial PRIMARY KEY,"
    "  label text COLLATE \"C\","
    "  created_at timestamptz NOT NULL DEFAULT now());"
    "CREATE TABLE story_members("
    "  doc_id bigint PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
    "  story_id bigint NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
    "  duplicate_of bigint REFERENCES documents(id));"
    "CREATE INDEX story_members_story ON story_members(story_id);"
    "CREATE INDEX story_members_dup ON story_members(duplicate_of);"
    "CREATE TABLE story_aliases("
    "  old_id bigint PRIMARY KEY,"
    "  story_id bigint NOT NULL);"
    "CREATE INDEX story_aliases_story ON story_aliases(story_id);"
    "CREATE TABLE doc_features("
    "  doc_id bigint PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
    "  blob bytea NOT NULL);"
    "CREATE TABLE analysis("
    "  doc_id bigint PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
    "  version integer NOT NULL,"
    "  data bytea NOT NULL);"
    "CREATE TABLE brief_cache("
    "  story_id bigint NOT NULL, kind text NOT NULL, state text NOT NULL, body bytea NOT NULL,"
    "  built_at timestamptz NOT NULL DEFAULT now(),"
    "  PRIMARY KEY(story_id, kind));",
};

static const np_store_ops pg_ops;

/* ---- helpers (pg_internal.h) ------------------------------------------------ */

void np_pg_text(np_pg_params *p, const char *v)
{
    p->vals[p->n] = v;
    p->lens[p->n] = 0;
    p->fmts[p->n] = 0;
    p->n++;
}

void np_pg_int(np_pg_params *p, int64_t v, char buf[24])
{
    snprintf(buf, 24, "%lld", (long long)v);
    np_pg_text(p, buf);
}

void np_pg_bytes(np_pg_params *p, const void *data, size_t len)
{
    p->vals[p->n] = len ? data : "";
    p->lens[p->n] = (int)len;
    p->fmts[p->n] = 1;
    p->n++;
}

np_status np_pg_error(np_pg_store *st, np_error *err, const char *what, const PGresult *r)
{
    const char *m = r ? PQresultErrorMessage(r) : NULL;
    if (!m || !*m)
        m = st->conn ? PQerrorMessage(st->conn) : "no connection";
    /* libpq messages end with a newline and may span lines: one line here */
    char line[400];
    size_t n = 0;
    for (const char *c = m; *c && n + 1 < sizeof line; c++)
        line[n++] = (*c == '\n' || *c == '\r' || *c == '\t') ? ' ' : *c;
    while (n > 0 && line[n - 1] == ' ')
        n--;
    line[n] = '\0';
    return np_error_set(err, NP_EDB, st->where, 0, -1, "%s: %s", what, n ? line : "error");
}

/* r itself when it succeeded; else NULL with err set from it. */
static PGresult *checked(np_pg_store *st, PGresult *r, const char *what, np_error *err)
{
    ExecStatusType t = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK)
        return r;
    np_pg_error(st, err, what, r);
    PQclear(r);
    return NULL;
}

PGresult *np_pg_query(np_pg_store *st, const char *sql, int prepared, const np_pg_params *p,
                      int binary, const char *what, np_error *err)
{
    if (!p && !prepared && !binary) { /* may hold several statements (migrations) */
        if (st->pending && !st->keep_pending && np_pg_pending_flush(st, err))
            return NULL; /* the deferred writes failed: this statement would be refused too */
        return checked(st, PQexec(st->conn, sql), what, err);
    }
    return np_pg_query_v(st, sql, prepared, p ? p->n : 0, p ? p->vals : NULL,
                         p ? p->lens : NULL, p ? p->fmts : NULL, binary, what, err);
}

PGresult *np_pg_query_v(np_pg_store *st, const char *sql, int prepared, int n,
                        const char *const *vals, const int *lens, const int *fmts, int binary,
                        const char *what, np_error *err)
{
    if (st->pending && !st->keep_pending && np_pg_pending_flush(st, err))
        return NULL; /* the deferred writes failed: this statement would be refused too */
    PGresult *r = prepared ? PQexecPrepared(st->conn, sql, n, vals, lens, fmts, binary)
                           : PQexecParams(st->conn, sql, n, NULL, vals, lens, fmts, binary);
    return checked(st, r, what, err);
}

np_status np_pg_exec(np_pg_store *st, const char *sql, np_error *err)
{
    PGresult *r = np_pg_query(st, sql, 0, NULL, 0, "query", err);
    PQclear(r);
    return r ? NP_OK : NP_EDB;
}

int64_t np_pg_bin_i64(const PGresult *r, int row, int col)
{
    if (PQgetisnull(r, row, col) || PQgetlength(r, row, col) != 8)
        return 0;
    const unsigned char *b = (const unsigned char *)PQgetvalue(r, row, col);
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | b[i];
    return (int64_t)v;
}

int np_pg_dup(const PGresult *r, int row, int col, char **dst)
{
    *dst = NULL;
    if (PQgetisnull(r, row, col))
        return 0;
    *dst = np_strdup(PQgetvalue(r, row, col));
    return *dst ? 0 : -1;
}

static np_status scalar(np_pg_store *st, const char *sql, const np_pg_params *p, int64_t *out,
                        np_error *err)
{
    *out = 0;
    PGresult *r = np_pg_query(st, sql, 0, p, 0, "query", err);
    if (!r)
        return NP_EDB;
    if (PQntuples(r) > 0 && !PQgetisnull(r, 0, 0))
        *out = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return NP_OK;
}

/* ---- connection and schema -------------------------------------------------- */

static void drop_notice(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

static np_status schema_version(np_pg_store *st, int *version, np_error *err)
{
    int64_t exists = 0, v = 0;
    np_status s = scalar(st, "SELECT (to_regclass('schema_version') IS NOT NULL)::int", NULL,
                         &exists, err);
    if (!s && exists)
        s = scalar(st, "SELECT coalesce(max(version), 0) FROM schema_version", NULL, &v, err);
    *version = exists ? (int)v : -1;
    return s;
}

/* Apply the missing migrations in one transaction under the migration lock
 * (two workers starting on an empty database must not both create it). */
static np_status migrate(np_pg_store *st, np_error *err)
{
    int target = (int)(sizeof pg_migrations / sizeof *pg_migrations), version = 0;
    np_status s;
    if ((s = np_pg_exec(st, "BEGIN", err)))
        return s;
    char sql[160];
    snprintf(sql, sizeof sql, "SELECT pg_advisory_xact_lock(%d, %d)", LOCK_TAG, LOCK_MIGRATE);
    if ((s = np_pg_exec(st, sql, err)) ||
        (s = np_pg_exec(st, "CREATE TABLE IF NOT EXISTS schema_version(version integer NOT NULL)",
                        err)) ||
        (s = schema_version(st, &version, err)))
        goto fail;
    if (version > target) {
        s = np_error_set(err, NP_EUNSUPPORTED, st->where, 0, -1,
                         "store schema version %d is newer than this build's %d", version, target);
        goto fail;
    }
    for (int v = version; v < target; v++)
        if ((s = np_pg_exec(st, pg_migrations[v], err)))
            goto fail;
    snprintf(sql, sizeof sql, "DELETE FROM schema_version; INSERT INTO schema_version VALUES(%d)",
             target);
    if (version < target && (s = np_pg_exec(st, sql, err)))
        goto fail;
    return np_pg_exec(st, "COMMIT", err);
fail:
    np_pg_exec(st, "ROLLBACK", NULL);
    return s;
}

static np_status prepare_statements(np_pg_store *st, np_error *err)
{
    static const char *const stmts[][2] = {
        {"np_put_doc",
         "WITH f AS (SELECT id FROM documents WHERE content_hash = $2),"
         " i AS (INSERT INTO documents(doc_key, content_hash, source, format, url, title, outlet,"
         "   author, published, modified, dateline, language, description, text)"
         "   SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14"
         "   WHERE NOT EXISTS (SELECT 1 FROM f)"
         "   ON CONFLICT (content_hash) DO NOTHING RETURNING id)"
         " SELECT id, 1 FROM i UNION ALL SELECT id, 0 FROM f"},
        {"np_find_hash", "SELECT id FROM documents WHERE content_hash = $1"},
        {"np_put_features",
         "INSERT INTO doc_features(doc_id, blob) VALUES($1, $2)"
         " ON CONFLICT (doc_id) DO UPDATE SET blob = excluded.blob"},
        {"np_assign",
         "INSERT INTO story_members(doc_id, story_id, duplicate_of) VALUES($1, $2, $3)"
         " ON CONFLICT (doc_id) DO UPDATE SET story_id = excluded.story_id,"
         " duplicate_of = excluded.duplicate_of"},
    };
    for (size_t i = 0; i < sizeof stmts / sizeof *stmts; i++) {
        PGresult *r = PQprepare(st->conn, stmts[i][0], stmts[i][1], 0, NULL);
        np_status s = PQresultStatus(r) == PGRES_COMMAND_OK ? NP_OK
                                                           : np_pg_error(st, err, "prepare", r);
        PQclear(r);
        if (s)
            return s;
    }
    return NP_OK;
}

np_status np_pg_open(const char *url, int create, np_store **out, np_error *err)
{
    *out = NULL;
    np_pg_store *st = np_calloc(1, sizeof *st);
    if (!st || !(st->where = np_store_redact(url))) {
        np_free(st);
        return np_error_set(err, NP_ENOMEM, "", 0, -1, "out of memory");
    }
    st->base.ops = &pg_ops;
    np_status s;
    st->conn = PQconnectdb(url);
    if (!st->conn || PQstatus(st->conn) != CONNECTION_OK) {
        s = np_pg_error(st, err, "cannot connect", NULL);
        goto fail;
    }
    PQsetNoticeProcessor(st->conn, drop_notice, NULL);
    if (PQsetClientEncoding(st->conn, "UTF8") != 0) {
        s = np_pg_error(st, err, "client encoding", NULL);
        goto fail;
    }
    int version = 0, target = (int)(sizeof pg_migrations / sizeof *pg_migrations);
    if ((s = schema_version(st, &version, err)))
        goto fail;
    if (version < 0 && !create) {
        s = np_error_set(err, NP_ENOTFOUND, st->where, 0, -1,
                         "no store here: run 'newsprism ingest' first or give --db");
        goto fail;
    }
    if (version > target) {
        s = np_error_set(err, NP_EUNSUPPORTED, st->where, 0, -1,
                         "store schema version %d is newer than this build's %d", version, target);
        goto fail;
    }
    if ((version < target && (s = migrate(st, err))) || (s = prepare_statements(st, err)))
        goto fail;
    *out = &st->base;
    return NP_OK;
fail:
    pg_ops.close(&st->base);
    return s;
}

static void forget_ungrouped_cursor(np_pg_store *st)
{
    np_free(st->ungrouped_key);
    np_free(st->ungrouped_hash);
    st->ungrouped_key = st->ungrouped_hash = NULL;
}

static void pg_close(np_store *h)
{
    np_pg_store *st = NP_PG(h);
    np_pg_pending_free(st); /* writes of an open transaction: rolled back anyway */
    PQfinish(st->conn); /* an open transaction is rolled back by the server */
    forget_ungrouped_cursor(st);
    np_free(st->where);
    np_free(st);
}

/* ---- transactions ------------------------------------------------------------- */

static np_status pg_begin(np_store *h, np_error *err)
{
    np_status s = np_pg_exec(NP_PG(h), "BEGIN", err);
    if (!s)
        NP_PG(h)->in_batch = 1;
    return s;
}

static np_status pg_begin_group(np_store *h, np_error *err)
{
    forget_ungrouped_cursor(NP_PG(h));
    np_status s = pg_begin(h, err);
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT pg_advisory_xact_lock(%d, %d)", LOCK_TAG, LOCK_GROUP);
    if (!s && (s = np_pg_exec(NP_PG(h), sql, err)))
        h->ops->rollback(h);
    return s;
}

static np_status pg_ingest_enter(np_store *h, np_error *err)
{
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT pg_advisory_lock_shared(%d, %d)", LOCK_TAG, LOCK_INGEST);
    return np_pg_exec(NP_PG(h), sql, err);
}

static np_status pg_ingest_leave(np_store *h, int *last, np_error *err)
{
    char sql[200];
    snprintf(sql, sizeof sql,
             "SELECT pg_advisory_unlock_shared(%d, %d); SELECT pg_try_advisory_lock(%d, %d)",
             LOCK_TAG, LOCK_INGEST, LOCK_TAG, LOCK_INGEST);
    PGresult *r = np_pg_query(NP_PG(h), sql, 0, NULL, 0, "ingest lock", err);
    if (!r)
        return NP_EDB;
    *last = PQntuples(r) == 1 && strcmp(PQgetvalue(r, 0, 0), "t") == 0;
    PQclear(r);
    if (!*last)
        return NP_OK;
    /* nobody else is storing: release at once, so that new runs may start
     * while this one groups */
    snprintf(sql, sizeof sql, "SELECT pg_advisory_unlock(%d, %d)", LOCK_TAG, LOCK_INGEST);
    return np_pg_exec(NP_PG(h), sql, err);
}

static np_status pg_commit(np_store *h, np_error *err)
{
    np_status s = np_pg_exec(NP_PG(h), "COMMIT", err);
    if (!s)
        NP_PG(h)->in_batch = 0;
    return s;
}

static void pg_rollback(np_store *h)
{
    np_pg_pending_discard(NP_PG(h));
    if (NP_PG(h)->in_batch)
        np_pg_exec(NP_PG(h), "ROLLBACK", NULL);
    NP_PG(h)->in_batch = 0;
}

/* ---- documents ---------------------------------------------------------------- */

static np_status pg_put_doc(np_store *h, np_doc *d, int *inserted, np_error *err)
{
    np_pg_store *st = NP_PG(h);
    const char *vals[] = {d->key ? d->key : d->content_hash, d->content_hash, d->source, d->format,
                          d->url, d->title, d->outlet, d->author, d->published, d->modified,
                          d->dateline, d->language, d->description, d->text};
    np_pg_params p = {0};
    for (int i = 0; i < 14; i++)
        np_pg_text(&p, vals[i]);
    /* documents only: features and assignments may stay deferred */
    st->keep_pending = 1;
    PGresult *r = np_pg_query(st, "np_put_doc", 1, &p, 0, "insert document", err);
    st->keep_pending = 0;
    if (!r)
        return NP_EDB;
    if (PQntuples(r) == 0) {
        /* another worker committed the same text after our lookup */
        PQclear(r);
        np_pg_params f = {0};
        np_pg_text(&f, d->content_hash);
        if (!(r = np_pg_query(st, "np_find_hash", 1, &f, 0, "find document", err)))
            return NP_EDB;
        if (PQntuples(r) == 0) {
            PQclear(r);
            return np_error_set(err, NP_EDB, st->where, 0, -1, "find document: not found");
        }
        d->rowid = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    } else {
        d->rowid = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
        *inserted = strcmp(PQgetvalue(r, 0, 1), "1") == 0;
    }
    PQclear(r);
    return NP_OK;
}

/* The columns a document is stored with, in np_put_doc's parameter order. */
#define PUT_COLUMNS "doc_key, content_hash, source, format, url, title, outlet, author, published," \
                    " modified, dateline, language, description, text"
enum { PUT_NCOL = 14 };

/* The multi-row form of np_put_doc for n documents: VALUES v carries each
 * document's position (ord); only the first of several equal texts in the
 * call is inserted, in input order, so ids follow the input as with n
 * single inserts; the result gives per position the id (the new row's, or
 * the one stored before the statement) and whether it was inserted. */
static np_status put_docs_sql(size_t n, np_buf *sql)
{
    np_status s = np_buf_append_str(sql, "WITH v(ord, " PUT_COLUMNS ") AS (VALUES ");
    for (size_t i = 0; i < n && !s; i++) {
        s = np_buf_printf(sql, "%s(%zu", i ? "," : "", i);
        for (int c = 1; c <= PUT_NCOL && !s; c++)
            s = np_buf_printf(sql, ", $%zu::text", i * PUT_NCOL + (size_t)c);
        if (!s)
            s = np_buf_append_char(sql, ')');
    }
    if (!s)
        s = np_buf_append_str(
            sql, "), first AS (SELECT content_hash, min(ord) AS ord FROM v GROUP BY content_hash),"
                 " i AS (INSERT INTO documents(" PUT_COLUMNS ")"
                 "   SELECT " PUT_COLUMNS " FROM v JOIN first USING (content_hash, ord)"
                 "   WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = v.content_hash)"
                 "   ORDER BY ord ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash)"
                 " SELECT coalesce(i.id, d.id), (i.id IS NOT NULL AND f.ord = v.ord)::int"
                 " FROM v JOIN first f USING (content_hash)"
                 " LEFT JOIN i USING (content_hash) LEFT JOIN documents d USING (content_hash)"
                 " ORDER BY v.ord");
    return s ? s : np_buf_append_char(sql, '\0');
}

/* Insert docs[0..n) in one statement (n <= NP_STORE_PUT_MAX, checked by
 * store.c).  A text another worker committed while this statement ran is
 * neither inserted here nor visible to it: its id comes from a second
 * look-up, as in pg_put_doc. */
static np_status pg_put_docs(np_store *h, np_doc *const *docs, size_t n, int *inserted,
                             np_error *err)
{
    np_pg_store *st = NP_PG(h);
    const char *vals[NP_STORE_PUT_MAX * PUT_NCOL];
    for (size_t i = 0; i < n; i++) {
        const np_doc *d = docs[i];
        const char *row[PUT_NCOL] = {d->key ? d->key : d->content_hash, d->content_hash, d->source,
                                     d->format, d->url, d->title, d->outlet, d->author,
                                     d->published, d->modified, d->dateline, d->language,
                                     d->description, d->text};
        memcpy(vals + i * PUT_NCOL, row, sizeof row);
    }
    np_buf sql;
    np_buf_init(&sql, 0);
    if (put_docs_sql(n, &sql)) {
        np_buf_free(&sql);
        return np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory");
    }
    st->keep_pending = 1; /* documents only: features and assignments may stay deferred */
    PGresult *r = np_pg_query_v(st, sql.data, 0, (int)(n * PUT_NCOL), vals, NULL, NULL, 0,
                                "insert documents", err);
    st->keep_pending = 0;
    np_buf_free(&sql);
    if (!r)
        return NP_EDB;
    np_status s = NP_OK;
    if ((size_t)PQntuples(r) != n)
        s = np_error_set(err, NP_EDB, st->where, 0, -1, "insert documents: %d rows for %zu",
                         PQntuples(r), n);
    for (size_t i = 0; i < n && !s; i++) {
        if (PQgetisnull(r, (int)i, 0)) {
            int ignored = 0; /* committed by another worker meanwhile: not ours */
            s = pg_put_doc(h, docs[i], &ignored, err);
            continue;
        }
        docs[i]->rowid = strtoll(PQgetvalue(r, (int)i, 0), NULL, 10);
        inserted[i] = strcmp(PQgetvalue(r, (int)i, 1), "1") == 0;
    }
    PQclear(r);
    return s;
}

#define DOC_COLUMNS "d.id, d.doc_key, d.source, d.format, d.url, d.title, d.outlet, d.author," \
                    " d.published, d.modified, d.dateline, d.language, d.description,"     \
                    " d.content_hash"

static np_status collect_docs(np_pg_store *st, PGresult *r, int with_text, np_doc_list *out,
                              np_error *err)
{
    out->docs = NULL;
    out->n = 0;
    int rows = PQntuples(r);
    if (rows && !(out->docs = np_calloc((size_t)rows, sizeof *out->docs)))
        goto nomem;
    for (int i = 0; i < rows; i++) {
        np_doc *d = np_doc_new();
        if (!d)
            goto nomem;
        out->docs[out->n++] = d;
        d->rowid = strtoll(PQgetvalue(r, i, 0), NULL, 10);
        char **fields[] = {&d->key, &d->source, &d->format, &d->url, &d->title, &d->outlet,
                           &d->author, &d->published, &d->modified, &d->dateline,
                           &d->language, &d->description, &d->content_hash, &d->text};
        for (int c = 0; c < (with_text ? 14 : 13); c++)
            if (!PQgetisnull(r, i, c + 1) && np_doc_set(fields[c], PQgetvalue(r, i, c + 1)))
                goto nomem;
    }
    PQclear(r);
    return NP_OK;
nomem:
    PQclear(r);
    np_store_docs_free(out);
    return np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory reading documents");
}

static np_status pg_get_doc(np_store *h, const char *ref, np_doc **out, np_error *err)
{
    np_pg_store *st = NP_PG(h);
    /* A name can look like a number: the document with that id wins, then
     * names, URLs and content hashes, oldest first.  Only a canonical
     * decimal is an id ("012" is a name). */
    char idbuf[24];
    char *end = NULL;
    long long id = strtoll(ref, &end, 10);
    snprintf(idbuf, sizeof idbuf, "%lld", id);
    int is_id = end && *end == '\0' && *ref && strcmp(idbuf, ref) == 0;
    np_pg_params p = {0};
    np_pg_text(&p, ref);
    np_pg_text(&p, is_id ? idbuf : NULL);
    PGresult *r = np_pg_query(st,
                              "SELECT " DOC_COLUMNS ", d.text FROM documents d"
                              " WHERE d.id = $2::bigint OR d.doc_key = $1 OR d.url = $1"
                              " OR d.content_hash = $1"
                              " ORDER BY (d.id = $2::bigint) IS TRUE DESC, d.id LIMIT 1",
                              0, &p, 0, "find document", err);
    if (!r)
        return NP_EDB;
    np_doc_list list;
    np_status s = collect_docs(st, r, 1, &list, err);
    if (s)
        return s;
    if (list.n == 0) {
        np_store_docs_free(&list);
        return np_error_set(err, NP_ENOTFOUND, st->where, 0, -1, "no document '%s'", ref);
    }
    *out = list.docs[0];
    list.docs[0] = NULL;
    np_store_docs_free(&list);
    return NP_OK;
}

static np_status pg_count_docs(np_store *h, int64_t *out, np_error *err)
{
    return scalar(NP_PG(h), "SELECT count(*) FROM documents", NULL, out, err);
}

static np_status pg_docs_after(np_store *h, int64_t after, int with_text, np_doc_list *out,
                               np_error *err)
{
    char b[24];
    np_pg_params p = {0};
    np_pg_int(&p, after, b);
    PGresult *r = np_pg_query(NP_PG(h),
                              with_text ? "SELECT " DOC_COLUMNS ", d.text FROM documents d"
                                          " WHERE d.id > $1 ORDER BY d.id"
                                        : "SELECT " DOC_COLUMNS " FROM documents d"
                                          " WHERE d.id > $1 ORDER BY d.id",
                              0, &p, 0, "read documents", err);
    return r ? collect_docs(NP_PG(h), r, with_text, out, err) : NP_EDB;
}

static np_status pg_story_docs(np_store *h, int64_t story_id, np_doc_list *out, np_error *err)
{
    char b[24];
    np_pg_params p = {0};
    np_pg_int(&p, story_id, b);
    PGresult *r = np_pg_query(NP_PG(h),
                              "SELECT " DOC_COLUMNS ", d.text FROM documents d"
                              " JOIN story_members m ON m.doc_id = d.id WHERE m.story_id = $1"
                              " ORDER BY d.published IS NULL, d.published, d.id",
                              0, &p, 0, "read story", err);
    np_status s = r ? collect_docs(NP_PG(h), r, 1, out, err) : NP_EDB;
    if (!s && out->n == 0)
        return np_error_set(err, NP_ENOTFOUND, NP_PG(h)->where, 0, -1, "no story %lld",
                            (long long)story_id);
    return s;
}

static np_status pg_doc_story(np_store *h, int64_t doc_id, int64_t *story_id, np_error *err)
{
    char b[24];
    np_pg_params p = {0};
    np_pg_int(&p, doc_id, b);
    return scalar(NP_PG(h), "SELECT story_id FROM story_members WHERE doc_id = $1", &p,
                  story_id, err);
}

/* ---- stories -------------------------------------------------------------------- */

static np_status pg_list_stories(np_store *h, np_story_list *out, np_error *err)
{
    np_pg_store *st = NP_PG(h);
    out->rows = NULL;
    out->n = 0;
    PGresult *r = np_pg_query(
        st,
        "SELECT s.id, " NP_PG_STORY_LABEL ", count(*), count(DISTINCT coalesce(d.outlet, d.doc_key)),"
        " min(d.published), max(d.published)"
        " FROM stories s JOIN story_members m ON m.story_id = s.id JOIN documents d ON d.id = m.doc_id"
        " GROUP BY s.id ORDER BY count(*) DESC, s.id",
        0, NULL, 0, "list stories", err);
    if (!r)
        return NP_EDB;
    int rows = PQntuples(r);
    if (rows && !(out->rows = np_calloc((size_t)rows, sizeof *out->rows)))
        goto nomem;
    for (int i = 0; i < rows; i++) {
        np_story_row *row = &out->rows[out->n++];
        row->id = strtoll(PQgetvalue(r, i, 0), NULL, 10);
        row->n_docs = strtoll(PQgetvalue(r, i, 2), NULL, 10);
        row->n_outlets = strtoll(PQgetvalue(r, i, 3), NULL, 10);
        if (np_pg_dup(r, i, 1, &row->label) || np_pg_dup(r, i, 4, &row->first_published) ||
            np_pg_dup(r, i, 5, &row->last_published))
            goto nomem;
    }
    PQclear(r);
    return NP_OK;
nomem:
    PQclear(r);
    np_store_stories_free(out);
    return np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory listing stories");
}

static np_status pg_count_ungrouped(np_store *h, int64_t *out, np_error *err)
{
    return scalar(NP_PG(h),
                  "SELECT count(*) FROM doc_features f"
                  " WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.doc_id = f.doc_id)",
                  NULL, out, err);
}

static np_status pg_new_story(np_store *h, const char *label, int64_t *story_id, np_error *err)
{
    np_pg_params p = {0};
    np_pg_text(&p, label);
    return scalar(NP_PG(h), "INSERT INTO stories(label) VALUES($1) RETURNING id", &p, story_id,
                  err);
}

static np_status pg_new_story_of_doc(np_store *h, int64_t doc_id, int64_t *story_id,
                                     np_error *err)
{
    char b[24];
    np_pg_params p = {0};
    np_pg_int(&p, doc_id, b);
    np_status s = scalar(NP_PG(h),
                         "INSERT INTO stories(label) SELECT coalesce(title, doc_key) FROM documents"
                         " WHERE id = $1::bigint RETURNING id",
                         &p, story_id, err);
    if (!s && *story_id == 0)
        return np_error_set(err, NP_ENOTFOUND, "", 0, -1, "no document %lld to start a story",
                            (long long)doc_id);
    return s;
}

static np_status pg_assign(np_store *h, int64_t doc_id, int64_t story_id, int64_t duplicate_of,
                           np_error *err)
{
    np_pg_store *st = NP_PG(h);
    if (st->in_batch)
        return np_pg_pending_add(st, 2, doc_id, story_id, duplicate_of, NULL, 0, err);
    char b1[24], b2[24], b3[24];
    np_pg_params p = {0};
    np_pg_int(&p, doc_id, b1);
    np_pg_int(&p, story_id, b2);
    if (duplicate_of > 0)
        np_pg_int(&p, duplicate_of, b3);
    else
        np_pg_text(&p, NULL);
    PGresult *r = np_pg_query(st, "np_assign", 1, &p, 0, "assign story", err);
    PQclear(r);
    return r ? NP_OK : NP_EDB;
}

static np_status pg_prune_stories(np_store *h, np_error *err)
{
    return np_pg_exec(NP_PG(h),
                      "DELETE FROM stories s"
                      " WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.story_id = s.id)",
                      err);
}

static np_status pg_put_features(np_store *h, int64_t doc_id, const void *blob, size_t len,
                                 np_error *err)
{
    if (NP_PG(h)->in_batch)
        return np_pg_pending_add(NP_PG(h), 1, doc_id, 0, 0, blob, len, err);
    char b[24];
    np_pg_params p = {0};
    np_pg_int(&p, doc_id, b);
    np_pg_bytes(&p, blob, len);
    PGresult *r = np_pg_query(NP_PG(h), "np_put_features", 1, &p, 0, "store features", err);
    PQclear(r);
    return r ? NP_OK : NP_EDB;
}

static np_status pg_merge_stories(np_store *h, int64_t from, int64_t into, np_error *err)
{
    const char *sql[] = {
        "UPDATE story_members SET story_id = $2 WHERE story_id = $1",
        "UPDATE story_aliases SET story_id = $2 WHERE story_id = $1",
        "INSERT INTO story_aliases(old_id, story_id) VALUES($1, $2)"
        " ON CONFLICT (old_id) DO UPDATE SET story_id = excluded.story_id",
        "DELETE FROM stories WHERE id = $1",
    };
    char b1[24], b2[24];
    np_pg_params p = {0};
    np_pg_int(&p, from, b1);
    np_pg_int(&p, into, b2);
    for (size_t i = 0; i < sizeof sql / sizeof *sql; i++) {
        p.n = strstr(sql[i], "$2") ? 2 : 1; /* every parameter sent must be typed by the SQL */
        PGresult *r = np_pg_query(NP_PG(h), sql[i], 0, &p, 0, "merge stories", err);
        if (!r)
            return NP_EDB;
        PQclear(r);
    }
    return NP_OK;
}

static np_status pg_resolve_story(np_store *h, int64_t id, int64_t *out, np_error *err)
{
    char b[24];
    np_pg_params p = {0};
    np_pg_int(&p, id, b);
    int64_t to = 0;
    np_status s = scalar(NP_PG(h), "SELECT story_id FROM story_aliases WHERE old_id = $1", &p,
                         &to, err);
    *out = !s && to ? to : id;
    return s;
}

/* Rows (doc_id int8, story_id int8, blob bytea) of a binary result. */
static np_status each_feature_row(np_pg_store *st, PGresult *r, np_feature_fn fn, void *ctx,
                                  np_error *err)
{
    np_status s = NP_OK;
    for (int i = 0, n = PQntuples(r); i < n && !s; i++)
        s = fn(ctx, np_pg_bin_i64(r, i, 0), np_pg_bin_i64(r, i, 1), PQgetvalue(r, i, 2),
               (size_t)PQgetlength(r, i, 2));
    PQclear(r);
    if (s)
        return np_error_set(err, s, st->where, 0, -1, "reading features failed");
    return NP_OK;
}

static np_status pg_each_recent_features(np_store *h, int64_t window, np_feature_fn fn,
                                         void *ctx, np_error *err)
{
    char b[24];
    np_pg_params p = {0};
    np_pg_int(&p, window > 0 ? window - 1 : 0, b);
    PGresult *r = np_pg_query(NP_PG(h),
                              "SELECT f.doc_id, m.story_id, f.blob FROM doc_features f"
                              " JOIN story_members m ON m.doc_id = f.doc_id"
                              " WHERE f.doc_id >= coalesce((SELECT doc_id FROM story_members"
                              "   ORDER BY doc_id DESC LIMIT 1 OFFSET $1), 0)"
                              " ORDER BY f.doc_id",
                              0, &p, 1, "read features", err);
    return r ? each_feature_row(NP_PG(h), r, fn, ctx, err) : NP_EDB;
}

static np_status pg_each_ungrouped_features(np_store *h, int64_t limit, np_feature_fn fn,
                                            void *ctx, np_error *err)
{
    /* Ids interleave between workers, so the waiting documents are placed
     * in the order of their keys (file names, JSONL ids: input order for a
     * directory or a numbered stream), then content hash: the same order
     * whoever stored them (store.h, "Many workers").  Each read of one
     * grouping transaction starts after the last document the previous one
     * returned: without that cursor the index walk passed over every
     * document already placed, and 1,000,000 waiting documents cost
     * hundreds of growing scans.  A document another worker commits
     * meanwhile with a smaller key waits for the next grouping run. */
    np_pg_store *st = NP_PG(h);
    char b[24];
    np_pg_params p = {0};
    np_pg_int(&p, limit, b);
    int after = st->ungrouped_key != NULL;
    if (after) {
        np_pg_text(&p, st->ungrouped_key);
        np_pg_text(&p, st->ungrouped_hash);
    }
    PGresult *r = np_pg_query(st,
                              after ? "SELECT f.doc_id, 0::bigint, f.blob, d.doc_key, d.content_hash"
                                      " FROM doc_features f JOIN documents d ON d.id = f.doc_id"
                                      " WHERE d.doc_key >= $2 AND (d.doc_key > $2 OR d.content_hash > $3)"
                                      " AND NOT EXISTS (SELECT 1 FROM story_members m"
                                      "   WHERE m.doc_id = f.doc_id)"
                                      " ORDER BY d.doc_key, d.content_hash LIMIT $1"
                                    : "SELECT f.doc_id, 0::bigint, f.blob, d.doc_key, d.content_hash"
                                      " FROM doc_features f JOIN documents d ON d.id = f.doc_id"
                                      " WHERE NOT EXISTS (SELECT 1 FROM story_members m"
                                      "   WHERE m.doc_id = f.doc_id)"
                                      " ORDER BY d.doc_key, d.content_hash LIMIT $1",
                              0, &p, 1, "read features", err);
    if (!r)
        return NP_EDB;
    int n = PQntuples(r);
    if (n > 0) {
        char *key = np_strdup(PQgetvalue(r, n - 1, 3)), *hash = np_strdup(PQgetvalue(r, n - 1, 4));
        forget_ungrouped_cursor(st);
        st->ungrouped_key = key;
        st->ungrouped_hash = hash;
        if (!key || !hash) {
            forget_ungrouped_cursor(st);
            PQclear(r);
            return np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory");
        }
    }
    return each_feature_row(st, r, fn, ctx, err);
}

static np_status pg_copy_group(np_store *h, int64_t doc_id, int64_t **ids, size_t *n,
                               np_error *err)
{
    char b[24];
    np_pg_params p = {0};
    np_pg_int(&p, doc_id, b);
    /* copies are recorded as edges doc -> duplicate_of; the group is the
     * connected component, walked both ways (PostgreSQL allows one
     * recursive term, so one join follows an edge in either direction) */
    PGresult *r = np_pg_query(NP_PG(h),
                              "WITH RECURSIVE g(id) AS (SELECT $1::bigint UNION"
                              " SELECT CASE WHEN m.doc_id = g.id THEN m.duplicate_of ELSE m.doc_id END"
                              " FROM story_members m JOIN g ON m.doc_id = g.id OR m.duplicate_of = g.id"
                              " WHERE m.duplicate_of IS NOT NULL)"
                              " SELECT id FROM g ORDER BY id",
                              0, &p, 0, "copy group", err);
    if (!r)
        return NP_EDB;
    int rows = PQntuples(r);
    if (rows && !(*ids = np_malloc((size_t)rows * sizeof **ids))) {
        PQclear(r);
        return np_error_set(err, NP_ENOMEM, NP_PG(h)->where, 0, -1, "out of memory");
    }
    for (int i = 0; i < rows; i++)
        (*ids)[i] = strtoll(PQgetvalue(r, i, 0), NULL, 10);
    *n = (size_t)rows;
    PQclear(r);
    return NP_OK;
}

static np_status fill_members(np_pg_store *st, PGresult *r, np_story_row *row)
{
    int rows = PQntuples(r);
    if (rows && !(row->members = np_calloc((size_t)rows, sizeof *row->members)))
        return NP_ENOMEM;
    for (int i = 0; i < rows; i++) {
        np_story_member *m = &row->members[row->n_members++];
        m->id = strtoll(PQgetvalue(r, i, 0), NULL, 10);
        m->duplicate_of = PQgetisnull(r, i, 5) ? 0 : strtoll(PQgetvalue(r, i, 5), NULL, 10);
        if (np_pg_dup(r, i, 1, &m->key) || np_pg_dup(r, i, 2, &m->outlet) ||
            np_pg_dup(r, i, 3, &m->title) || np_pg_dup(r, i, 4, &m->published))
            return NP_ENOMEM;
    }
    return NP_OK;
}

static np_status pg_story_members(np_store *h, np_story_list *list, np_error *err)
{
    np_pg_store *st = NP_PG(h);
    for (size_t i = 0; i < list->n; i++) {
        char b[24];
        np_pg_params p = {0};
        np_pg_int(&p, list->rows[i].id, b);
        PGresult *r = np_pg_query(st,
                                  "SELECT d.id, d.doc_key, d.outlet, d.title, d.published,"
                                  " m.duplicate_of FROM story_members m"
                                  " JOIN documents d ON d.id = m.doc_id WHERE m.story_id = $1"
                                  " ORDER BY d.published IS NULL, d.published, d.id",
                                  0, &p, 0, "story members", err);
        if (!r)
            return NP_EDB;
        np_status s = fill_members(st, r, &list->rows[i]);
        PQclear(r);
        if (s)
            return np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory listing members");
    }
    return NP_OK;
}

static np_status pg_check(np_store *h, np_error *err)
{
    int version = 0;
    np_status s = schema_version(NP_PG(h), &version, err);
    if (!s && version <= 0)
        s = np_error_set(err, NP_EDB, NP_PG(h)->where, 0, -1, "store damaged: no schema version");
    return s;
}

static const np_store_ops pg_ops = {
    .name = "postgresql",
    .close = pg_close,
    .begin = pg_begin,
    .begin_group = pg_begin_group,
    .ingest_enter = pg_ingest_enter,
    .ingest_leave = pg_ingest_leave,
    .commit = pg_commit,
    .rollback = pg_rollback,
    .put_doc = pg_put_doc,
    .put_docs = pg_put_docs,
    .get_doc = pg_get_doc,
    .count_docs = pg_count_docs,
    .docs_after = pg_docs_after,
    .list_stories = pg_list_stories,
    .story_docs = pg_story_docs,
    .doc_story = pg_doc_story,
    .count_ungrouped = pg_count_ungrouped,
    .new_story = pg_new_story,
    .new_story_of_doc = pg_new_story_of_doc,
    .assign = pg_assign,
    .prune_stories = pg_prune_stories,
    .put_features = pg_put_features,
    .merge_stories = pg_merge_stories,
    .resolve_story = pg_resolve_story,
    .each_recent_features = pg_each_recent_features,
    .each_ungrouped_features = pg_each_ungrouped_features,
    .copy_group = pg_copy_group,
    .story_members = pg_story_members,
    .check = pg_check,
    .search = np_pg_search,
    .story_page = np_pg_story_page,
    .outlets = np_pg_outlets,
    .story_state = np_pg_story_state,
    .cache_get = np_pg_cache_get,
    .cache_put = np_pg_cache_put,
    .put_analysis = np_pg_put_analysis,
    .get_analysis = np_pg_get_analysis,
};
