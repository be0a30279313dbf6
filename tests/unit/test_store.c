/* Unit tests for store/: migrations, idempotent inserts, lookups, stories, batches. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/doc.h"
#include "core/mem.h"
#include "store/store.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(put_is_idempotent_by_content),
        cmocka_unit_test(rollback_discards_the_batch),
        cmocka_unit_test(stories_and_membership),
        cmocka_unit_test(merge_keeps_alias_and_copy_groups),
        cmocka_unit_test(refuses_a_file_that_is_not_a_database),
        cmocka_unit_test(features_round_trip_through_store),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
