/* Unit tests for store/: migrations, idempotent inserts, lookups, stories, batches.
 *
 * The cases run on SQLite, then again on PostgreSQL when NP_TEST_PG_URL
 * names a database the tests may wipe (tests/e2e/pg.sh starts one and sets
 * it); each case then starts from an empty schema. */
#include "testutil.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/doc.h"
#include "core/mem.h"
#include "store/briefcache.h"
#include "store/search.h"
#include "store/store.h"

/* The PostgreSQL URL of this run, NULL while the SQLite cases run. */
static const char *pg_url;

/* Drop every table of the test database: each case starts empty. */
static void pg_reset(void)
{
    PGconn *c = PQconnectdb(pg_url);
    assert_int_equal(PQstatus(c), CONNECTION_OK);
    /* a failed case may have left its connection open in a transaction */
    PGresult *r = PQexec(c, "SET client_min_messages = warning;"
                            " SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                            "  WHERE datname = current_database() AND pid <> pg_backend_pid();"
                            " DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
    PQclear(r);
    PQfinish(c);
}

static np_doc *make_doc(const char *key, const char *title, const char *text)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    np_doc_set(&d->key, key);
    np_doc_set(&d->title, title);
    np_doc_set(&d->text, text);
    np_doc_set(&d->published, "2026-03-02");
    assert_int_equal(np_doc_finish(d), NP_OK);
    return d;
}

static char *db_path(void)
{
    if (pg_url) {
        pg_reset();
        return strdup(pg_url);
    }
    char *dir = np_test_tmpdir();
    assert_non_null(dir);
    char *p = malloc(strlen(dir) + 16);
    snprintf(p, strlen(dir) + 16, "%s/t.db", dir);
    free(dir);
    return p;
}

static void put_is_idempotent_by_content(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    np_doc *a = make_doc("a.txt", "Title A", "Body of the first article.");
    np_doc *b = make_doc("b.txt", "Title B", "Body of the first article.");
    int ins;
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, a, &ins, &e), NP_OK);
    assert_int_equal(ins, 1);
    assert_int_equal(np_store_put_doc(st, b, &ins, &e), NP_OK);
    assert_int_equal(ins, 0);
    assert_int_equal(b->rowid, a->rowid);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    int64_t n;
    assert_int_equal(np_store_count_docs(st, &n, &e), NP_OK);
    assert_int_equal(n, 1);
    np_doc *got;
    assert_int_equal(np_store_get_doc(st, "a.txt", &got, &e), NP_OK);
    assert_string_equal(got->title, "Title A");
    assert_string_equal(got->text, "Body of the first article.");
    np_doc_free(got);
    assert_int_equal(np_store_get_doc(st, "1", &got, &e), NP_OK);
    np_doc_free(got);
    assert_int_equal(np_store_get_doc(st, "nope", &got, &e), NP_ENOTFOUND);
    assert_null(got);
    np_doc_free(a);
    np_doc_free(b);
    np_store_close(st);
    /* reopening keeps the data and does not re-run migrations */
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    assert_int_equal(np_store_count_docs(st, &n, &e), NP_OK);
    assert_int_equal(n, 1);
    assert_int_equal(np_store_check(st, &e), NP_OK);
    np_store_close(st);
    free(path);
}

/* np_store_put_docs must equal one put_doc per document: repeats of an
 * earlier text in the same call or in the store keep its id, new rows get
 * ids in input order, and a call longer than NP_STORE_PUT_MAX (sent in
 * several statements on PostgreSQL) repeats across its chunks too. */
static void put_docs_equals_single_puts(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    enum { N = NP_STORE_PUT_MAX * 2 + 7 };
    np_doc *d[N + 1];
    int ins[N + 1];
    char key[32], text[96];
    for (int i = 0; i <= N; i++) {
        /* every fifth document repeats the text of one that is not itself a
         * repeat: 3 places before, or past the first chunk NP_STORE_PUT_MAX + 2
         * places before (in an earlier chunk) */
        int src = i % 5 == 4 ? (i > NP_STORE_PUT_MAX + 2 ? i - NP_STORE_PUT_MAX - 2 : i - 3) : i;
        snprintf(key, sizeof key, "doc-%d", i);
        snprintf(text, sizeof text, "Body number %d of the batch, written for this test.", src);
        d[i] = make_doc(key, "A title", text);
    }
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, d[0], &ins[0], &e), NP_OK); /* stored before the call */
    assert_int_equal(ins[0], 1);
    assert_int_equal(np_store_put_docs(st, d + 1, N, ins + 1, &e), NP_OK);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    int64_t last = d[0]->rowid, fresh = 1;
    for (int i = 1; i <= N; i++) {
        int src = i % 5 == 4 ? (i > NP_STORE_PUT_MAX + 2 ? i - NP_STORE_PUT_MAX - 2 : i - 3) : i;
        if (src != i) {
            assert_int_equal(ins[i], 0);
            assert_int_equal(d[i]->rowid, d[src]->rowid);
        } else {
            assert_int_equal(ins[i], 1);
            assert_true(d[i]->rowid > last);
            last = d[i]->rowid;
            fresh++;
        }
    }
    int64_t n;
    assert_int_equal(np_store_count_docs(st, &n, &e), NP_OK);
    assert_int_equal(n, fresh);
    /* the whole call again: nothing new, the same ids */
    int again[N];
    int64_t ids[N];
    for (int i = 0; i < N; i++)
        ids[i] = d[i + 1]->rowid;
    assert_int_equal(np_store_put_docs(st, d + 1, N, again, &e), NP_OK);
    for (int i = 0; i < N; i++) {
        assert_int_equal(again[i], 0);
        assert_int_equal(d[i + 1]->rowid, ids[i]);
    }
    /* a document without a body refuses the whole call before anything is sent */
    np_doc *empty = np_doc_new();
    assert_non_null(empty);
    np_doc *pair[2] = {d[1], empty};
    assert_int_equal(np_store_put_docs(st, pair, 2, again, &e), NP_EINVAL);
    np_doc_free(empty);
    for (int i = 0; i <= N; i++)
        np_doc_free(d[i]);
    np_store_close(st);
    free(path);
}

static void rollback_discards_the_batch(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    np_doc *a = make_doc("a", NULL, "one");
    int ins;
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, a, &ins, &e), NP_OK);
    np_store_rollback(st);
    int64_t n;
    assert_int_equal(np_store_count_docs(st, &n, &e), NP_OK);
    assert_int_equal(n, 0);
    /* an open batch at close is rolled back too */
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, a, &ins, &e), NP_OK);
    np_store_close(st);
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    assert_int_equal(np_store_count_docs(st, &n, &e), NP_OK);
    assert_int_equal(n, 0);
    np_store_close(st);
    np_doc_free(a);
    free(path);
}

static void stories_and_membership(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    np_doc *a = make_doc("a", "Bridge closes", "The bridge closed.");
    np_doc *b = make_doc("b", "Bridge shut", "The bridge was shut.");
    int ins;
    int64_t s1, s2;
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, a, &ins, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, b, &ins, &e), NP_OK);
    assert_int_equal(np_store_new_story(st, "Bridge closes", &s1, &e), NP_OK);
    assert_int_equal(np_store_new_story(st, "other", &s2, &e), NP_OK);
    assert_int_equal(np_store_assign(st, a->rowid, s2, 0, &e), NP_OK);
    assert_int_equal(np_store_assign(st, a->rowid, s1, 0, &e), NP_OK); /* moves */
    assert_int_equal(np_store_assign(st, b->rowid, s1, a->rowid, &e), NP_OK);
    assert_int_equal(np_store_prune_stories(st, &e), NP_OK);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    np_story_list list;
    assert_int_equal(np_store_list_stories(st, &list, &e), NP_OK);
    assert_int_equal(list.n, 1);
    assert_int_equal(list.rows[0].n_docs, 2);
    assert_string_equal(list.rows[0].label, "Bridge closes");
    np_store_stories_free(&list);
    np_doc_list docs;
    assert_int_equal(np_store_story_docs(st, s1, &docs, &e), NP_OK);
    assert_int_equal(docs.n, 2);
    np_store_docs_free(&docs);
    assert_int_equal(np_store_story_docs(st, 999, &docs, &e), NP_ENOTFOUND);
    int64_t sid;
    assert_int_equal(np_store_doc_story(st, b->rowid, &sid, &e), NP_OK);
    assert_int_equal(sid, s1);
    np_store_close(st);
    np_doc_free(a);
    np_doc_free(b);
    free(path);
}

/* A story started from a document takes its title, or its key when it has
 * none, and a missing document is refused without creating anything; a
 * story labelled by an untitled document's key is listed under the title
 * of a document that joins it. */
static void story_of_a_document_takes_its_title(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    np_doc *a = make_doc("ferry.txt", "Ferry resumes", "The ferry runs again.");
    np_doc *b = make_doc("quay.txt", NULL, "The quay reopened on Friday.");
    int ins;
    int64_t s1 = 0, s2 = 0, s3 = -1;
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, a, &ins, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, b, &ins, &e), NP_OK);
    assert_int_equal(np_store_new_story_of_doc(st, a->rowid, &s1, &e), NP_OK);
    assert_int_equal(np_store_new_story_of_doc(st, b->rowid, &s2, &e), NP_OK);
    assert_int_equal(np_store_new_story_of_doc(st, b->rowid + 100, &s3, &e), NP_ENOTFOUND);
    assert_true(s1 > 0 && s2 > 0 && s1 != s2);
    assert_int_equal(np_store_assign(st, a->rowid, s1, 0, &e), NP_OK);
    assert_int_equal(np_store_assign(st, b->rowid, s2, 0, &e), NP_OK);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    np_story_list list;
    assert_int_equal(np_store_list_stories(st, &list, &e), NP_OK);
    assert_int_equal(list.n, 2);
    int seen_title = 0, seen_key = 0;
    for (size_t i = 0; i < list.n; i++) {
        seen_title += list.rows[i].id == s1 && strcmp(list.rows[i].label, "Ferry resumes") == 0;
        seen_key += list.rows[i].id == s2 && strcmp(list.rows[i].label, "quay.txt") == 0;
    }
    assert_int_equal(seen_title, 1);
    assert_int_equal(seen_key, 1);
    np_store_stories_free(&list);
    /* a titled report joining the story of an untitled one names it */
    np_doc *c = make_doc("quay2.txt", "Quay reopens after repairs", "The quay opened again on Friday.");
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, c, &ins, &e), NP_OK);
    assert_int_equal(np_store_assign(st, c->rowid, s2, 0, &e), NP_OK);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    assert_int_equal(np_store_list_stories(st, &list, &e), NP_OK);
    int renamed = 0;
    for (size_t i = 0; i < list.n; i++)
        renamed += list.rows[i].id == s2 && strcmp(list.rows[i].label, "Quay reopens after repairs") == 0;
    assert_int_equal(renamed, 1);
    np_store_stories_free(&list);
    np_store_close(st);
    np_doc_free(a);
    np_doc_free(b);
    np_doc_free(c);
    free(path);
}

static void merge_keeps_alias_and_copy_groups(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    np_doc *d[4] = {make_doc("a", "Dam opens", "The dam opened today."),
                    make_doc("b", "Dam opened", "The dam opened today, officials said."),
                    make_doc("c", "Dam opens", "The dam opened today. Wire credit."),
                    make_doc("x", "Fair", "The fair began.")};
    int ins;
    int64_t s1, s2, s3;
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    for (int i = 0; i < 4; i++)
        assert_int_equal(np_store_put_doc(st, d[i], &ins, &e), NP_OK);
    assert_int_equal(np_store_new_story(st, "Dam opens", &s1, &e), NP_OK);
    assert_int_equal(np_store_new_story(st, "Dam opened", &s2, &e), NP_OK);
    assert_int_equal(np_store_new_story(st, "Fair", &s3, &e), NP_OK);
    assert_int_equal(np_store_assign(st, d[0]->rowid, s1, 0, &e), NP_OK);
    assert_int_equal(np_store_assign(st, d[1]->rowid, s2, 0, &e), NP_OK);
    assert_int_equal(np_store_assign(st, d[2]->rowid, s2, d[0]->rowid, &e), NP_OK);
    assert_int_equal(np_store_assign(st, d[3]->rowid, s3, 0, &e), NP_OK);
    assert_int_equal(np_store_merge_stories(st, s2, s1, &e), NP_OK);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    int64_t id;
    assert_int_equal(np_store_resolve_story(st, s2, &id, &e), NP_OK);
    assert_int_equal(id, s1);
    assert_int_equal(np_store_resolve_story(st, s3, &id, &e), NP_OK);
    assert_int_equal(id, s3);
    assert_int_equal(np_store_doc_story(st, d[1]->rowid, &id, &e), NP_OK);
    assert_int_equal(id, s1);
    np_story_list list;
    assert_int_equal(np_store_list_stories(st, &list, &e), NP_OK);
    assert_int_equal(list.n, 2);
    assert_int_equal(np_store_story_members(st, &list, &e), NP_OK);
    assert_int_equal(list.rows[0].n_members, 3);
    assert_string_equal(list.rows[0].members[0].key, "a");
    assert_int_equal(list.rows[0].members[2].duplicate_of, d[0]->rowid);
    np_store_stories_free(&list);
    /* the copy group of a is a and c, whichever member is asked */
    int64_t *ids;
    size_t n;
    assert_int_equal(np_store_copy_group(st, d[2]->rowid, &ids, &n, &e), NP_OK);
    assert_int_equal(n, 2);
    assert_int_equal(ids[0], d[0]->rowid);
    assert_int_equal(ids[1], d[2]->rowid);
    np_free(ids);
    assert_int_equal(np_store_copy_group(st, d[1]->rowid, &ids, &n, &e), NP_OK);
    assert_int_equal(n, 1);
    np_free(ids);
    np_store_close(st);
    for (int i = 0; i < 4; i++)
        np_doc_free(d[i]);
    free(path);
}

static void refuses_a_file_that_is_not_a_database(void **state)
{
    (void)state;
    char *path = db_path();
    const char junk[] = "this is not an SQLite database, it is a plain text file of some length";
    assert_int_equal(np_test_write_file(path, junk, sizeof junk), 0);
    np_store *st = NULL;
    np_error e;
    np_error_clear(&e);
    assert_int_equal(np_store_open(path, &st, &e), NP_EDB);
    assert_null(st);
    assert_non_null(strstr(e.file, "t.db"));
    size_t len;
    char *after = np_test_read_file(path, &len);
    assert_int_equal(len, sizeof junk); /* untouched */
    free(after);
    free(path);
}

static void features_round_trip_through_store(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    np_doc *a = make_doc("a", NULL, "text");
    int ins;
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, a, &ins, &e), NP_OK);
    assert_int_equal(np_store_put_features(st, a->rowid, "\x01\x02\x03", 3, &e), NP_OK);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    np_store_close(st);
    np_doc_free(a);
    free(path);
}

static void analysis_round_trip(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    np_doc *a = make_doc("a", NULL, "Some text to analyse.");
    int ins;
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, a, &ins, &e), NP_OK);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    void *data = (void *)1;
    size_t len = 7;
    /* nothing stored yet */
    assert_int_equal(np_store_get_analysis(st, a->rowid, 1, &data, &len, &e), NP_OK);
    assert_null(data);
    assert_int_equal(len, 0);
    const char blob[] = {'x', 0, 'y', (char)0xff};
    assert_int_equal(np_store_put_analysis(st, a->rowid, 1, blob, sizeof blob, &e), NP_OK);
    assert_int_equal(np_store_get_analysis(st, a->rowid, 1, &data, &len, &e), NP_OK);
    assert_int_equal(len, sizeof blob);
    assert_memory_equal(data, blob, sizeof blob);
    free(data);
    /* another version is not served, and a new one replaces the old */
    assert_int_equal(np_store_get_analysis(st, a->rowid, 2, &data, &len, &e), NP_OK);
    assert_null(data);
    assert_int_equal(np_store_put_analysis(st, a->rowid, 2, "z", 1, &e), NP_OK);
    assert_int_equal(np_store_get_analysis(st, a->rowid, 1, &data, &len, &e), NP_OK);
    assert_null(data);
    assert_int_equal(np_store_get_analysis(st, a->rowid, 2, &data, &len, &e), NP_OK);
    assert_int_equal(len, 1);
    free(data);
    np_store_close(st);
    np_doc_free(a);
    free(path);
}

/* Grouping reads: the waiting documents first, then the window of grouped
 * ones, each with its blob intact. */
typedef struct seen_rows {
    int64_t ids[8], stories[8];
    size_t lens[8];
    int n;
} seen_rows;

static np_status note_row(void *ctx, int64_t doc_id, int64_t story_id, const void *blob,
                          size_t len)
{
    seen_rows *s = ctx;
    if (s->n < 8) {
        s->ids[s->n] = doc_id;
        s->stories[s->n] = story_id;
        s->lens[s->n] = len;
        s->n++;
    }
    return len == 3 && memcmp(blob, "\x01\x00\x03", 3) == 0 ? NP_OK : NP_EPARSE;
}

static void feature_windows(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    np_doc *d[3] = {make_doc("a", NULL, "first text"), make_doc("b", NULL, "second text"),
                    make_doc("c", NULL, "third text")};
    int ins;
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    /* SQLite claims waiting documents in id order, PostgreSQL in order of
     * keys: here both orders agree */
    for (int i = 0; i < 3; i++) {
        assert_int_equal(np_store_put_doc(st, d[i], &ins, &e), NP_OK);
        assert_int_equal(np_store_put_features(st, d[i]->rowid, "\x01\x00\x03", 3, &e), NP_OK);
    }
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    int64_t n, story;
    assert_int_equal(np_store_count_ungrouped(st, &n, &e), NP_OK);
    assert_int_equal(n, 3);
    assert_int_equal(np_store_begin_group(st, &e), NP_OK);
    seen_rows seen = {0};
    assert_int_equal(np_store_each_ungrouped_features(st, 2, note_row, &seen, &e), NP_OK);
    assert_int_equal(seen.n, 2);
    assert_int_equal(seen.ids[0], d[0]->rowid);
    assert_int_equal(seen.stories[1], 0);
    assert_int_equal(np_store_new_story(st, "s", &story, &e), NP_OK);
    assert_int_equal(np_store_assign(st, d[0]->rowid, story, 0, &e), NP_OK);
    assert_int_equal(np_store_assign(st, d[1]->rowid, story, 0, &e), NP_OK);
    /* the next read of the same grouping transaction: the one still waiting */
    memset(&seen, 0, sizeof seen);
    assert_int_equal(np_store_each_ungrouped_features(st, 2, note_row, &seen, &e), NP_OK);
    assert_int_equal(seen.n, 1);
    assert_int_equal(seen.ids[0], d[2]->rowid);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    memset(&seen, 0, sizeof seen);
    assert_int_equal(np_store_each_recent_features(st, 1, note_row, &seen, &e), NP_OK);
    assert_int_equal(seen.n, 1); /* a window of one: the last grouped */
    assert_int_equal(seen.ids[0], d[1]->rowid);
    assert_int_equal(seen.stories[0], story);
    assert_int_equal(np_store_count_ungrouped(st, &n, &e), NP_OK);
    assert_int_equal(n, 1);
    np_store_close(st);
    for (int i = 0; i < 3; i++)
        np_doc_free(d[i]);
    free(path);
}

static void search_and_listing(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    np_doc *a = make_doc("a", "Lighthouse keeper retires", "The old keeper left the lighthouse.");
    np_doc *b = make_doc("b", "Ferry timetable", "A new ferry timetable starts in spring.");
    np_doc_set(&a->outlet, "Coast Post");
    np_doc_set(&b->outlet, "Harbour Times");
    int ins;
    int64_t s1;
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, a, &ins, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, b, &ins, &e), NP_OK);
    assert_int_equal(np_store_new_story(st, "Lighthouse", &s1, &e), NP_OK);
    assert_int_equal(np_store_assign(st, a->rowid, s1, 0, &e), NP_OK);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    np_search_query q = {.match = "lighthouse"};
    np_search_results r;
    assert_int_equal(np_store_search(st, &q, &r, &e), NP_OK);
    assert_int_equal(r.total, 1);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.hits[0].doc_id, a->rowid);
    assert_int_equal(r.hits[0].story_id, s1);
    assert_string_equal(r.hits[0].outlet, "Coast Post");
    assert_non_null(strchr(r.hits[0].snippet, NP_SEARCH_MARK_OPEN));
    assert_non_null(strchr(r.hits[0].snippet, NP_SEARCH_MARK_CLOSE));
    np_search_results_free(&r);
    q.match = "ferry";
    q.outlet = "Coast Post"; /* filtered away */
    assert_int_equal(np_store_search(st, &q, &r, &e), NP_OK);
    assert_int_equal(r.total, 0);
    np_search_results_free(&r);
    q.match = "";
    assert_int_equal(np_store_search(st, &q, &r, &e), NP_EINVAL);
    np_story_filter f = {0};
    np_story_page page;
    assert_int_equal(np_store_story_page(st, &f, &page, &e), NP_OK);
    assert_int_equal(page.total, 1);
    assert_int_equal(page.n, 1);
    assert_int_equal(page.rows[0].n_outlet_names, 1);
    assert_string_equal(page.rows[0].outlets[0], "Coast Post");
    np_story_page_free(&page);
    f.outlet = "Harbour Times";
    assert_int_equal(np_store_story_page(st, &f, &page, &e), NP_OK);
    assert_int_equal(page.total, 0);
    np_story_page_free(&page);
    np_outlet_count *o;
    size_t no;
    assert_int_equal(np_store_outlets(st, &o, &no, &e), NP_OK);
    assert_int_equal(no, 2);
    np_store_outlets_free(o, no);
    /* brief cache: a hit for the state it was built for only */
    char st1[33], st2[33], *json;
    size_t len;
    assert_int_equal(np_store_story_state(st, s1, "tag", st1, &e), NP_OK);
    assert_int_equal(np_store_cache_get(st, s1, "json", st1, &json, &len, &e), NP_ENOTFOUND);
    assert_int_equal(np_store_cache_put(st, s1, "json", st1, "{}", 2, 100, &e), NP_OK);
    assert_int_equal(np_store_cache_get(st, s1, "json", st1, &json, &len, &e), NP_OK);
    assert_string_equal(json, "{}");
    np_free(json);
    assert_int_equal(np_store_assign(st, b->rowid, s1, 0, &e), NP_OK);
    assert_int_equal(np_store_story_state(st, s1, "tag", st2, &e), NP_OK);
    assert_string_not_equal(st1, st2);
    assert_int_equal(np_store_cache_get(st, s1, "json", st2, &json, &len, &e), NP_ENOTFOUND);
    np_store_close(st);
    np_doc_free(a);
    np_doc_free(b);
    free(path);
}

/* A connection string may carry a password: it never shows in an error. */
static void pg_errors_hide_the_password(void **state)
{
    (void)state;
    np_store *st = NULL;
    np_error e;
    np_error_clear(&e);
    assert_int_equal(np_store_open("postgresql://reader:s3cr3tpw@127.0.0.1:1/news?password=s3cr3tpw",
                                   &st, &e),
                     NP_EDB);
    assert_null(st);
    assert_null(strstr(e.msg, "s3cr3tpw"));
    assert_null(strstr(e.file, "s3cr3tpw"));
    assert_non_null(strstr(e.file, "reader@127.0.0.1:1/news"));
    assert_non_null(strstr(e.msg, "cannot connect"));
}

static void redact_drops_password_and_parameters(void **state)
{
    (void)state;
    const char *cases[][2] = {
        {"postgresql://news:pa:ss@db.example:5432/np?sslmode=require&password=x",
         "postgresql://news@db.example:5432/np"},
        {"postgres://db/np", "postgres://db/np"},
        {"postgresql://u@/np?host=/tmp/sock", "postgresql://u@/np"},
        {"data/news.db", "data/news.db"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *r = np_store_redact(cases[i][0]);
        assert_string_equal(r, cases[i][1]);
        np_free(r);
    }
}

/* A store written by a newer build is refused, not damaged. */
static void pg_refuses_a_newer_schema(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    np_store_close(st);
    PGconn *c = PQconnectdb(pg_url);
    PGresult *r = PQexec(c, "UPDATE schema_version SET version = 99");
    assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
    PQclear(r);
    PQfinish(c);
    assert_int_equal(np_store_open(path, &st, &e), NP_EUNSUPPORTED);
    assert_null(st);
    pg_reset(); /* an empty database: a read-only open finds no store */
    assert_int_equal(np_store_open_mode(path, 0, &st, &e), NP_ENOTFOUND);
    free(path);
}

/* The same body from another site (both URLs name a host, the hosts
 * differ) is that site's copy and is stored; a re-fetch of either, the
 * same site at another path or in another format, and a body without URL
 * store nothing.  In one put_docs call as in single puts. */
static np_doc *make_site_doc(const char *key, const char *url, const char *text)
{
    np_doc *d = make_doc(key, key, text);
    if (url)
        np_doc_set(&d->url, url);
    return d;
}

static void another_sites_copy_is_stored(void **state)
{
    (void)state;
    char *path = db_path();
    np_store *st;
    np_error e;
    assert_int_equal(np_store_open(path, &st, &e), NP_OK);
    const char *body = "The ferry to Tarvik was cancelled on Monday after a crane fell on the quay.";
    np_doc *d[7] = {
        make_site_doc("a", "https://www.tarvik-post.example/ferry", body),
        make_site_doc("b", "https://islands-daily.example/news/ferry", body),
        make_site_doc("b-again", "https://islands-daily.example/news/ferry?ref=rss", body),
        make_site_doc("a-other-path", "http://TARVIK-POST.example.:8080/amp/ferry", body),
        make_site_doc("no-url", NULL, body),
        make_site_doc("a-path-only", "/tmp/ferry.html", body),
        make_site_doc("c", "//harbour-times.example/ferry", body),
    };
    int ins[7];
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_docs(st, d, 7, ins, &e), NP_OK);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    int want[7] = {1, 1, 0, 0, 0, 0, 1};
    for (int i = 0; i < 7; i++)
        assert_int_equal(ins[i], want[i]);
    assert_true(d[1]->rowid != d[0]->rowid);
    assert_int_equal(d[2]->rowid, d[1]->rowid);
    assert_int_equal(d[3]->rowid, d[0]->rowid);
    assert_int_equal(d[4]->rowid, d[0]->rowid);
    /* single puts find the copies again */
    np_doc *again = make_site_doc("b-3", "https://islands-daily.example/ferry-2", body);
    int one;
    assert_int_equal(np_store_begin(st, &e), NP_OK);
    assert_int_equal(np_store_put_doc(st, again, &one, &e), NP_OK);
    assert_int_equal(np_store_commit(st, &e), NP_OK);
    assert_int_equal(one, 0);
    assert_int_equal(again->rowid, d[1]->rowid);
    int64_t n;
    assert_int_equal(np_store_count_docs(st, &n, &e), NP_OK);
    assert_int_equal(n, 3);
    for (int i = 0; i < 7; i++)
        np_doc_free(d[i]);
    np_doc_free(again);
    np_store_close(st);
    free(path);
}

int main(void)
{
    const struct CMUnitTest both[] = {
        cmocka_unit_test(put_is_idempotent_by_content),
        cmocka_unit_test(put_docs_equals_single_puts),
        cmocka_unit_test(another_sites_copy_is_stored),
        cmocka_unit_test(rollback_discards_the_batch),
        cmocka_unit_test(stories_and_membership),
        cmocka_unit_test(story_of_a_document_takes_its_title),
        cmocka_unit_test(merge_keeps_alias_and_copy_groups),
        cmocka_unit_test(features_round_trip_through_store),
        cmocka_unit_test(analysis_round_trip),
        cmocka_unit_test(feature_windows),
        cmocka_unit_test(search_and_listing),
    };
    const struct CMUnitTest no_server[] = {
        cmocka_unit_test(refuses_a_file_that_is_not_a_database),
        cmocka_unit_test(pg_errors_hide_the_password),
        cmocka_unit_test(redact_drops_password_and_parameters),
    };
    int failed = cmocka_run_group_tests_name("sqlite", both, NULL, NULL);
    failed += cmocka_run_group_tests_name("no server", no_server, NULL, NULL);
    const char *url = getenv("NP_TEST_PG_URL");
    if (url && *url) {
        pg_url = url;
        const struct CMUnitTest pg_only[] = {
            cmocka_unit_test(pg_refuses_a_newer_schema),
        };
        failed += cmocka_run_group_tests_name("postgresql", both, NULL, NULL);
        failed += cmocka_run_group_tests_name("postgresql only", pg_only, NULL, NULL);
    }
    return failed;
}
