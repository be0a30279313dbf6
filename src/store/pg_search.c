/*
 * store/pg_search.c — the PostgreSQL backend's search, story listing,
 * brief cache and stored analyses (see search.h, briefcache.h, store.h).
 *
 * Search contract versus SQLite (FTS5):
 *  - The query is read by websearch_to_tsquery with the 'simple'
 *    configuration (lower-cased words, no stemming, like FTS5's unicode61):
 *    words (all required), "a phrase", OR, -word.  It never fails to parse:
 *    a query FTS5 rejects (e.g. an unbalanced quote) is read leniently
 *    here.  A trailing * (FTS5 prefix) is ignored: a word must match whole.
 *  - Rank is -ts_rank with the title weighted 4x the body (weights A and B),
 *    so lower is better as with bm25; the order of hits can differ from
 *    SQLite's, the set of hits for plain words does not.
 *  - The snippet comes from ts_headline with the same markers (\x01, \x02).
 *  - The first 256 K characters of a text are indexed (pg_store.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "store/pg_internal.h"

/* The date filters compare ISO prefixes, so "2024-05" as until keeps all of
 * May (see sqlite_search.c). */
#define DATE_FILTER(col)                                                                   \
    " AND ($3::text IS NULL OR (" col " IS NOT NULL AND " col " >= $3::text))"             \
    " AND ($4::text IS NULL OR (" col " IS NOT NULL AND"                                   \
    "   substr(" col ", 1, length($4::text)) <= $4::text))"

static const char search_from[] =
    " FROM (SELECT websearch_to_tsquery('simple', $1::text) AS q) w"
    " CROSS JOIN documents d LEFT JOIN story_members m ON m.doc_id = d.id"
    " WHERE d.tsv @@ w.q AND ($2::text IS NULL OR d.outlet = $2::text)" DATE_FILTER("d.published");

static const char *opt(const char *v)
{
    return v && *v ? v : NULL;
}

static np_status read_hits(np_pg_store *st, PGresult *r, np_search_results *out, np_error *err)
{
    int rows = PQntuples(r);
    if (rows && !(out->hits = np_calloc((size_t)rows, sizeof *out->hits)))
        goto nomem;
    for (int i = 0; i < rows; i++) {
        np_search_hit *h = &out->hits[out->n++];
        h->doc_id = strtoll(PQgetvalue(r, i, 0), NULL, 10);
        h->story_id = strtoll(PQgetvalue(r, i, 1), NULL, 10);
        h->rank = strtod(PQgetvalue(r, i, 8), NULL);
        if (np_pg_dup(r, i, 2, &h->key) || np_pg_dup(r, i, 3, &h->title) ||
            np_pg_dup(r, i, 4, &h->outlet) || np_pg_dup(r, i, 5, &h->published) ||
            np_pg_dup(r, i, 6, &h->url) || np_pg_dup(r, i, 7, &h->snippet))
            goto nomem;
    }
    PQclear(r);
    return NP_OK;
nomem:
    PQclear(r);
    np_search_results_free(out);
    return np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory");
}

np_status np_pg_search(np_store *h, const np_search_query *q, np_search_results *out,
                       np_error *err)
{
    np_pg_store *st = NP_PG(h);
    size_t limit = q->limit ? q->limit : 20;
    if (limit > NP_SEARCH_MAX_LIMIT)
        limit = NP_SEARCH_MAX_LIMIT;
    char b5[24], b6[24];
    np_pg_params p = {0};
    np_pg_text(&p, q->match);
    np_pg_text(&p, opt(q->outlet));
    np_pg_text(&p, opt(q->since));
    np_pg_text(&p, opt(q->until));
    char sql[1800];
    snprintf(sql, sizeof sql, "SELECT count(*)%s", search_from);
    PGresult *r = np_pg_query(st, sql, 0, &p, 0, "search", err);
    if (!r)
        return NP_EDB;
    out->total = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    np_pg_int(&p, (int64_t)limit, b5);
    np_pg_int(&p, (int64_t)q->offset, b6);
    snprintf(sql, sizeof sql,
             "SELECT d.id, coalesce(m.story_id, 0), d.doc_key, left(d.title, 1000), d.outlet,"
             " d.published, d.url,"
             " ts_headline('simple', left(d.text, 262144), w.q, 'StartSel=' || chr(1) ||"
             "   ', StopSel=' || chr(2) || ', MaxWords=24, MinWords=10, MaxFragments=1,"
             " FragmentDelimiter=…'),"
             " -ts_rank('{0.1, 0.2, 0.25, 1.0}', d.tsv, w.q) AS rank"
             "%s ORDER BY rank, d.id LIMIT $5 OFFSET $6",
             search_from);
    if (!(r = np_pg_query(st, sql, 0, &p, 0, "search", err)))
        return NP_EDB;
    return read_hits(st, r, out, err);
}

/* ---- story listing ---------------------------------------------------------- */

static const char story_where[] =
    " WHERE ($2::text IS NULL OR EXISTS (SELECT 1 FROM story_members m2"
    "   JOIN documents d2 ON d2.id = m2.doc_id WHERE m2.story_id = s.id AND d2.outlet = $2::text))"
    " AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM story_members m3"
    "   JOIN documents d3 ON d3.id = m3.doc_id WHERE m3.story_id = s.id AND d3.published >= $3::text))"
    " AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM story_members m4"
    "   JOIN documents d4 ON d4.id = m4.doc_id WHERE m4.story_id = s.id"
    "   AND substr(d4.published, 1, length($4::text)) <= $4::text))";

static np_status read_page(np_pg_store *st, PGresult *r, np_story_page *out, np_error *err)
{
    int rows = PQntuples(r);
    if (rows && !(out->rows = np_calloc((size_t)rows, sizeof *out->rows)))
        goto nomem;
    for (int i = 0; i < rows; i++) {
        np_story_entry *e = &out->rows[out->n++];
        e->id = strtoll(PQgetvalue(r, i, 0), NULL, 10);
        e->n_docs = strtoll(PQgetvalue(r, i, 2), NULL, 10);
        e->n_outlets = strtoll(PQgetvalue(r, i, 3), NULL, 10);
        if (np_pg_dup(r, i, 1, &e->label) || np_pg_dup(r, i, 4, &e->first_published) ||
            np_pg_dup(r, i, 5, &e->last_published) ||
            np_store_split_outlets(PQgetisnull(r, i, 6) ? NULL : PQgetvalue(r, i, 6), e))
            goto nomem;
    }
    PQclear(r);
    return NP_OK;
nomem:
    PQclear(r);
    np_story_page_free(out);
    return np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory listing stories");
}

np_status np_pg_story_page(np_store *h, const np_story_filter *f, np_story_page *out,
                           np_error *err)
{
    np_pg_store *st = NP_PG(h);
    char b5[24], b6[24];
    np_pg_params p = {0};
    np_pg_text(&p, NULL); /* $1 unused: keeps the numbering of sqlite_search.c */
    np_pg_text(&p, opt(f->outlet));
    np_pg_text(&p, opt(f->since));
    np_pg_text(&p, opt(f->until));
    char sql[2600];
    snprintf(sql, sizeof sql,
             "SELECT count(*) FROM stories s%s AND $1::text IS NULL"
             " AND EXISTS (SELECT 1 FROM story_members m WHERE m.story_id = s.id)",
             story_where);
    PGresult *r = np_pg_query(st, sql, 0, &p, 0, "count stories", err);
    if (!r)
        return NP_EDB;
    out->total = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    if (f->limit)
        np_pg_int(&p, (int64_t)f->limit, b5);
    else
        np_pg_text(&p, NULL); /* LIMIT NULL: all */
    np_pg_int(&p, (int64_t)f->offset, b6);
    snprintf(sql, sizeof sql,
             "SELECT s.id, left(" NP_PG_STORY_LABEL ", 1000), count(*),"
             " count(DISTINCT coalesce(d.outlet, d.doc_key)),"
             " min(d.published), max(d.published),"
             " (SELECT string_agg(o, chr(31) ORDER BY o) FROM (SELECT DISTINCT d5.outlet AS o"
             "   FROM story_members m5 JOIN documents d5 ON d5.id = m5.doc_id"
             "   WHERE m5.story_id = s.id AND d5.outlet IS NOT NULL) x)"
             " FROM stories s JOIN story_members m ON m.story_id = s.id"
             " JOIN documents d ON d.id = m.doc_id"
             "%s AND $1::text IS NULL GROUP BY s.id ORDER BY %s LIMIT $5::bigint OFFSET $6::bigint",
             story_where,
             f->newest_first ? "max(d.published) IS NULL, max(d.published) DESC, s.id DESC"
                             : "count(*) DESC, s.id");
    if (!(r = np_pg_query(st, sql, 0, &p, 0, "list stories", err)))
        return NP_EDB;
    return read_page(st, r, out, err);
}

np_status np_pg_outlets(np_store *h, np_outlet_count **out, size_t *n, np_error *err)
{
    np_pg_store *st = NP_PG(h);
    PGresult *r = np_pg_query(st,
                              "SELECT outlet, count(*) FROM documents WHERE outlet IS NOT NULL"
                              " GROUP BY outlet ORDER BY count(*) DESC, outlet",
                              0, NULL, 0, "list outlets", err);
    if (!r)
        return NP_EDB;
    int rows = PQntuples(r);
    if (rows && !(*out = np_calloc((size_t)rows, sizeof **out)))
        goto nomem;
    for (int i = 0; i < rows; i++) {
        (*out)[i].n_docs = strtoll(PQgetvalue(r, i, 1), NULL, 10);
        if (np_pg_dup(r, i, 0, &(*out)[i].name))
            goto nomem;
        (*n)++;
    }
    PQclear(r);
    return NP_OK;
nomem:
    PQclear(r);
    np_store_outlets_free(*out, *n);
    *out = NULL;
    *n = 0;
    return np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory");
}

/* ---- brief cache -------------------------------------------------------------- */

np_status np_pg_story_state(np_store *h, int64_t story_id, const char *build_tag,
                            char state[33], np_error *err)
{
    np_pg_store *st = NP_PG(h);
    char b[24];
    np_pg_params p = {0};
    np_pg_int(&p, story_id, b);
    PGresult *r = np_pg_query(st,
                              "SELECT m.doc_id, d.content_hash, coalesce(m.duplicate_of, 0)"
                              " FROM story_members m JOIN documents d ON d.id = m.doc_id"
                              " WHERE m.story_id = $1 ORDER BY m.doc_id",
                              0, &p, 0, "read story state", err);
    if (!r)
        return NP_EDB;
    np_state_hash hs;
    np_state_hash_init(&hs, build_tag);
    for (int i = 0, n = PQntuples(r); i < n; i++)
        np_state_hash_row(&hs, strtoll(PQgetvalue(r, i, 0), NULL, 10), PQgetvalue(r, i, 1),
                          strtoll(PQgetvalue(r, i, 2), NULL, 10));
    PQclear(r);
    if (!hs.rows)
        return np_error_set(err, NP_ENOTFOUND, st->where, 0, -1, "no story %lld",
                            (long long)story_id);
    np_state_hash_hex(&hs, state);
    return NP_OK;
}

/* The first column of the first row of a binary result, copied with a NUL
 * after it; NP_ENOTFOUND when there is no row. */
static np_status copy_bytes(np_pg_store *st, PGresult *r, char **data, size_t *len,
                            np_error *err)
{
    if (PQntuples(r) == 0) {
        PQclear(r);
        return NP_ENOTFOUND;
    }
    size_t n = (size_t)PQgetlength(r, 0, 0);
    char *copy = malloc(n + 1);
    if (!copy) {
        PQclear(r);
        return np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory");
    }
    memcpy(copy, PQgetvalue(r, 0, 0), n);
    copy[n] = '\0';
    *data = copy;
    *len = n;
    PQclear(r);
    return NP_OK;
}

np_status np_pg_cache_get(np_store *h, int64_t story_id, const char *kind, const char *state,
                          char **json, size_t *len, np_error *err)
{
    np_pg_store *st = NP_PG(h);
    char b[24];
    np_pg_params p = {0};
    np_pg_int(&p, story_id, b);
    np_pg_text(&p, kind);
    np_pg_text(&p, state);
    PGresult *r = np_pg_query(st,
                              "SELECT body FROM brief_cache WHERE story_id = $1 AND kind = $2"
                              " AND state = $3",
                              0, &p, 1, "read brief cache", err);
    if (!r)
        return NP_EDB;
    char *body = NULL;
    np_status s = copy_bytes(st, r, &body, len, err);
    if (s == NP_ENOTFOUND)
        return np_error_set(err, NP_ENOTFOUND, st->where, 0, -1, "no cached brief");
    if (!s) {
        /* callers free with np_free: copy out of malloc's block */
        *json = np_malloc(*len + 1);
        if (*json)
            memcpy(*json, body, *len + 1);
        else
            s = np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory");
        free(body);
    }
    return s;
}

np_status np_pg_cache_put(np_store *h, int64_t story_id, const char *kind, const char *state,
                          const char *json, size_t len, int wait_ms, np_error *err)
{
    np_pg_store *st = NP_PG(h);
    /* Only the cache row itself can be locked (another reader caching the
     * same story): wait for it at most wait_ms, in a transaction of its own
     * unless the caller has one open. */
    int own = !st->in_batch;
    char sql[80], b[24];
    snprintf(sql, sizeof sql, "SET LOCAL lock_timeout = %d", wait_ms > 0 ? wait_ms : 1);
    if (own && np_pg_exec(st, "BEGIN", err))
        return NP_EDB;
    np_status s = own ? np_pg_exec(st, sql, err) : NP_OK;
    np_pg_params p = {0};
    np_pg_int(&p, story_id, b);
    np_pg_text(&p, kind);
    np_pg_text(&p, state);
    np_pg_bytes(&p, json, len);
    PGresult *r = s ? NULL
                    : np_pg_query(st,
                                  "INSERT INTO brief_cache(story_id, kind, state, body)"
                                  " VALUES($1, $2, $3, $4) ON CONFLICT (story_id, kind) DO UPDATE"
                                  " SET state = excluded.state, body = excluded.body,"
                                  " built_at = now()",
                                  0, &p, 0, "write brief cache", err);
    if (!s && !r)
        s = NP_EDB;
    PQclear(r);
    if (own)
        np_pg_exec(st, s ? "ROLLBACK" : "COMMIT", s ? NULL : err);
    return s;
}

/* ---- analysis ------------------------------------------------------------------ */

np_status np_pg_put_analysis(np_store *h, int64_t doc_id, uint32_t version, const void *data,
                             size_t len, np_error *err)
{
    char b1[24], b2[24];
    np_pg_params p = {0};
    np_pg_int(&p, doc_id, b1);
    np_pg_int(&p, (int64_t)version, b2);
    np_pg_bytes(&p, data, len);
    /* only for a stored document: NP_ENOTFOUND otherwise, as on SQLite */
    PGresult *r = np_pg_query(NP_PG(h),
                              "INSERT INTO analysis(doc_id, version, data)"
                              " SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM documents WHERE id = $1)"
                              " ON CONFLICT (doc_id) DO UPDATE SET version = excluded.version,"
                              " data = excluded.data",
                              0, &p, 0, "store analysis", err);
    if (!r)
        return NP_EDB;
    int stored = atoi(PQcmdTuples(r)) > 0;
    PQclear(r);
    if (!stored)
        return np_error_set(err, NP_ENOTFOUND, "", 0, -1, "put analysis: no document %lld", (long long)doc_id);
    return NP_OK;
}

np_status np_pg_get_analysis(np_store *h, int64_t doc_id, uint32_t version, void **data,
                             size_t *len, np_error *err)
{
    char b1[24], b2[24];
    np_pg_params p = {0};
    np_pg_int(&p, doc_id, b1);
    np_pg_int(&p, (int64_t)version, b2);
    PGresult *r = np_pg_query(NP_PG(h),
                              "SELECT data FROM analysis WHERE doc_id = $1 AND version = $2",
                              0, &p, 1, "read analysis", err);
    if (!r)
        return NP_EDB;
    char *bytes = NULL;
    np_status s = copy_bytes(NP_PG(h), r, &bytes, len, err);
    if (s == NP_ENOTFOUND)
        return NP_OK;
    *data = bytes;
    return s;
}
