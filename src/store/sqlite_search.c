/*
 * store/sqlite_search.c — SQLite FTS5 search and filtered story listing (see search.h).
 *
 * Why bm25 with a title weight of 4: a query word in the headline says more
 * about what an article is about than one more occurrence in its body.
 * Filters are applied in SQL so that `total` and paging agree with them.
 */
#include "store/search.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "core/mem.h"
#include "store/sqlite_internal.h"

static np_status sq_error(np_store *st, np_error *err, np_status s, const char *what)
{
    return np_error_set(err, s, np_sqlite_path(st), 0, -1, "%s: %s", what,
                        sqlite3_errmsg(np_sqlite_db(st)));
}

static int dup_col(sqlite3_stmt *q, int col, char **dst)
{
    const char *v = (const char *)sqlite3_column_text(q, col);
    *dst = NULL;
    if (!v)
        return 0;
    *dst = np_strdup(v);
    return *dst ? 0 : -1;
}

static void bind_opt(sqlite3_stmt *q, int i, const char *v)
{
    if (v && *v)
        sqlite3_bind_text(q, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(q, i);
}

/* The date filters compare ISO prefixes, so "2024-05" as --until keeps all
 * of May: a date is kept when its first len(until) characters are <= until. */
#define DATE_FILTER(col)                                                                    \
    " AND (?3 IS NULL OR (" col " IS NOT NULL AND " col " >= ?3))"                          \
    " AND (?4 IS NULL OR (" col " IS NOT NULL AND substr(" col ", 1, length(?4)) <= ?4))"

static const char search_from[] =
    " FROM documents_fts f JOIN documents d ON d.id = f.rowid"
    " LEFT JOIN story_members m ON m.doc_id = d.id"
    " WHERE documents_fts MATCH ?1 AND (?2 IS NULL OR d.outlet = ?2)" DATE_FILTER("d.published");

static np_status check_query(np_store *st, const np_search_query *q, np_error *err)
{
    if (!q->match || !*q->match)
        return np_error_set(err, NP_EINVAL, np_sqlite_path(st), 0, -1, "the search query is empty");
    if (strlen(q->match) > NP_SEARCH_MAX_QUERY)
        return np_error_set(err, NP_EINVAL, np_sqlite_path(st), 0, -1,
                            "the search query is longer than %d bytes", NP_SEARCH_MAX_QUERY);
    return NP_OK;
}

static void bind_search(sqlite3_stmt *s, const np_search_query *q)
{
    sqlite3_bind_text(s, 1, q->match, -1, SQLITE_STATIC);
    bind_opt(s, 2, q->outlet);
    bind_opt(s, 3, q->since);
    bind_opt(s, 4, q->until);
}

/* SQLite reports FTS5 syntax problems as SQLITE_ERROR on prepare or step;
 * they are the user's query, not a broken store. */
static np_status query_error(np_store *st, np_error *err)
{
    const char *m = sqlite3_errmsg(np_sqlite_db(st));
    if (strstr(m, "fts5") || strstr(m, "syntax") || strstr(m, "no such column") ||
        strstr(m, "unknown special query") || strstr(m, "unterminated"))
        return np_error_set(err, NP_EPARSE, "query", 0, -1, "malformed search query: %s", m);
    return sq_error(st, err, NP_EDB, "search");
}

static np_status count_hits(np_store *st, const np_search_query *q, int64_t *total, np_error *err)
{
    char sql[1024];
    snprintf(sql, sizeof sql, "SELECT count(*)%s", search_from);
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(np_sqlite_db(st), sql, -1, &s, NULL) != SQLITE_OK)
        return query_error(st, err);
    bind_search(s, q);
    int rc = sqlite3_step(s);
    *total = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    np_status r = rc == SQLITE_ROW ? NP_OK : query_error(st, err);
    sqlite3_finalize(s);
    return r;
}

static int read_hit(sqlite3_stmt *s, np_search_hit *h)
{
    memset(h, 0, sizeof *h);
    h->doc_id = sqlite3_column_int64(s, 0);
    h->story_id = sqlite3_column_int64(s, 1);
    h->rank = sqlite3_column_double(s, 8);
    return dup_col(s, 2, &h->key) || dup_col(s, 3, &h->title) || dup_col(s, 4, &h->outlet) ||
           dup_col(s, 5, &h->published) || dup_col(s, 6, &h->url) || dup_col(s, 7, &h->snippet);
}

np_status np_sqlite_search(np_store *st, const np_search_query *q, np_search_results *out,
                          np_error *err)
{
    memset(out, 0, sizeof *out);
    np_status r = check_query(st, q, err);
    if (r || (r = count_hits(st, q, &out->total, err)))
        return r;
    size_t limit = q->limit ? q->limit : 20;
    if (limit > NP_SEARCH_MAX_LIMIT)
        limit = NP_SEARCH_MAX_LIMIT;
    char sql[1400];
    snprintf(sql, sizeof sql,
             "SELECT d.id, coalesce(m.story_id, 0), d.doc_key, substr(d.title, 1, 1000), d.outlet, d.published, d.url,"
             " snippet(documents_fts, 1, char(1), char(2), '…', 24), bm25(documents_fts, 4.0, 1.0)"
             "%s ORDER BY bm25(documents_fts, 4.0, 1.0), d.id LIMIT ?5 OFFSET ?6",
             search_from);
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(np_sqlite_db(st), sql, -1, &s, NULL) != SQLITE_OK)
        return query_error(st, err);
    bind_search(s, q);
    sqlite3_bind_int64(s, 5, (sqlite3_int64)limit);
    sqlite3_bind_int64(s, 6, (sqlite3_int64)q->offset);
    out->hits = np_calloc(limit, sizeof *out->hits);
    if (!out->hits) {
        sqlite3_finalize(s);
        return np_error_set(err, NP_ENOMEM, np_sqlite_path(st), 0, -1, "out of memory");
    }
    int rc;
    while (out->n < limit && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        out->n++;
        if (read_hit(s, &out->hits[out->n - 1])) {
            sqlite3_finalize(s);
            np_search_results_free(out);
            return np_error_set(err, NP_ENOMEM, np_sqlite_path(st), 0, -1, "out of memory");
        }
    }
    if (out->n < limit && rc != SQLITE_DONE) {
        r = query_error(st, err);
        np_search_results_free(out);
    }
    sqlite3_finalize(s);
    return r;
}

/* ---- story listing ---------------------------------------------------------- */

static const char story_where[] =
    " WHERE (?2 IS NULL OR EXISTS (SELECT 1 FROM story_members m2 JOIN documents d2 ON d2.id = m2.doc_id"
    "   WHERE m2.story_id = s.id AND d2.outlet = ?2))"
    " AND (?3 IS NULL OR EXISTS (SELECT 1 FROM story_members m3 JOIN documents d3 ON d3.id = m3.doc_id"
    "   WHERE m3.story_id = s.id AND d3.published >= ?3))"
    " AND (?4 IS NULL OR EXISTS (SELECT 1 FROM story_members m4 JOIN documents d4 ON d4.id = m4.doc_id"
    "   WHERE m4.story_id = s.id AND substr(d4.published, 1, length(?4)) <= ?4))";

static int read_story(sqlite3_stmt *q, np_story_entry *e)
{
    memset(e, 0, sizeof *e);
    e->id = sqlite3_column_int64(q, 0);
    e->n_docs = sqlite3_column_int64(q, 2);
    e->n_outlets = sqlite3_column_int64(q, 3);
    return dup_col(q, 1, &e->label) || dup_col(q, 4, &e->first_published) ||
           dup_col(q, 5, &e->last_published) ||
           np_store_split_outlets((const char *)sqlite3_column_text(q, 6), e);
}

static void bind_filter(sqlite3_stmt *q, const np_story_filter *f)
{
    bind_opt(q, 2, f->outlet);
    bind_opt(q, 3, f->since);
    bind_opt(q, 4, f->until);
}

np_status np_sqlite_story_page(np_store *st, const np_story_filter *f, np_story_page *out,
                              np_error *err)
{
    memset(out, 0, sizeof *out);
    sqlite3 *db = np_sqlite_db(st);
    char sql[2400];
    sqlite3_stmt *q;
    snprintf(sql, sizeof sql,
             "SELECT count(*) FROM stories s%s"
             " AND EXISTS (SELECT 1 FROM story_members m WHERE m.story_id = s.id)", story_where);
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK)
        return sq_error(st, err, NP_EDB, "prepare");
    bind_filter(q, f);
    if (sqlite3_step(q) == SQLITE_ROW)
        out->total = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    snprintf(sql, sizeof sql,
             "SELECT s.id, substr(" NP_SQ_STORY_LABEL ", 1, 1000), count(*),"
             " count(DISTINCT coalesce(d.outlet, d.doc_key)),"
             " min(d.published), max(d.published),"
             " (SELECT group_concat(o, char(31)) FROM (SELECT DISTINCT d5.outlet AS o FROM story_members m5"
             "   JOIN documents d5 ON d5.id = m5.doc_id WHERE m5.story_id = s.id AND d5.outlet IS NOT NULL"
             "   ORDER BY d5.outlet))"
             " FROM stories s JOIN story_members m ON m.story_id = s.id JOIN documents d ON d.id = m.doc_id"
             "%s GROUP BY s.id ORDER BY %s LIMIT ?5 OFFSET ?6",
             story_where,
             f->newest_first ? "max(d.published) IS NULL, max(d.published) DESC, s.id DESC"
                             : "count(*) DESC, s.id");
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK)
        return sq_error(st, err, NP_EDB, "prepare");
    bind_filter(q, f);
    sqlite3_bind_int64(q, 5, f->limit ? (sqlite3_int64)f->limit : -1);
    sqlite3_bind_int64(q, 6, (sqlite3_int64)f->offset);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (out->n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            np_story_entry *p = np_realloc(out->rows, ncap * sizeof *p);
            if (!p)
                goto nomem;
            out->rows = p;
            cap = ncap;
        }
        out->n++;
        if (read_story(q, &out->rows[out->n - 1]))
            goto nomem;
    }
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE) {
        np_story_page_free(out);
        return sq_error(st, err, NP_EDB, "list stories");
    }
    return NP_OK;
nomem:
    sqlite3_finalize(q);
    np_story_page_free(out);
    return np_error_set(err, NP_ENOMEM, np_sqlite_path(st), 0, -1, "out of memory listing stories");
}

np_status np_sqlite_outlets(np_store *st, np_outlet_count **out, size_t *n, np_error *err)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(np_sqlite_db(st),
                           "SELECT outlet, count(*) FROM documents WHERE outlet IS NOT NULL"
                           " GROUP BY outlet ORDER BY count(*) DESC, outlet",
                           -1, &q, NULL) != SQLITE_OK)
        return sq_error(st, err, NP_EDB, "prepare");
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (*n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            np_outlet_count *p = np_realloc(*out, ncap * sizeof *p);
            if (!p)
                break;
            *out = p;
            cap = ncap;
        }
        (*out)[*n].n_docs = sqlite3_column_int64(q, 1);
        if (dup_col(q, 0, &(*out)[*n].name))
            break;
        (*n)++;
    }
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE) {
        np_store_outlets_free(*out, *n);
        *out = NULL;
        *n = 0;
        return rc == SQLITE_ROW ? np_error_set(err, NP_ENOMEM, np_sqlite_path(st), 0, -1, "out of memory")
                                : sq_error(st, err, NP_EDB, "list outlets");
    }
    return NP_OK;
}

