/*
 * Out-of-memory torture: run whole operations with the Nth allocation
 * failing, for every N until one run completes.  Each run must return
 * NP_ENOMEM or NP_OK (never crash), and ASan's leak checker at exit proves
 * every failure path frees what it took.  Active in the sanitizer build,
 * which defines NP_ALLOC_TORTURE; skipped elsewhere.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cluster/features.h"
#include "cluster/grouper.h"
#include "core/mem.h"
#include "ingest/ingest.h"
#include "article/textdoc.h"

#ifdef NP_ALLOC_TORTURE

static const char article[] =
    "Ferry service restored to Calder island\n\n"
    "Ferry service restored to Calder island\n"
    "Mar 4, 2026 - 09:30\n"
    "By Lena Hart in Port Elmwood March 4, 2026\n\n"
    "Port Elmwood – The ferry link to Calder island was restored on Tuesday after a week of storms, "
    "the harbour authority said.\n\n"
    "\"We are back on the normal timetable,\" said harbour director Mira Osei.\n\n"
    "Share this:\n\nLeave a Reply\n";

static np_status drop_doc(void *ctx, np_doc *d)
{
    (void)ctx;
    np_doc_free(d);
    return NP_OK;
}

static void textdoc_survives_every_failed_allocation(void **state)
{
    (void)state;
    for (long n = 0; n < 100000; n++) {
        np_doc *d = NULL;
        np_mem_fail_after(n);
        d = np_doc_new();
        np_status s = d ? np_textdoc_parse(article, sizeof article - 1, d, NULL) : NP_ENOMEM;
        np_mem_fail_after(-1);
        np_doc_free(d);
        if (s == NP_OK)
            return;
        assert_int_equal(s, NP_ENOMEM);
    }
    fail_msg("never completed");
}

static void ingest_survives_every_failed_allocation(void **state)
{
    (void)state;
    char *dir = np_test_tmpdir();
    char path[4096];
    snprintf(path, sizeof path, "%s/t.jsonl", dir);
    char data[2048];
    int len = snprintf(data, sizeof data,
                       "{\"id\": \"a\", \"title\": \"T\", \"text\": \"Body one of the first record, long enough.\"}\n"
                       "{bad json\n"
                       "{\"id\": \"b\", \"text\": \"Body two of the second record, also long enough.\"}\n");
    assert_int_equal(np_test_write_file(path, data, (size_t)len), 0);
    for (long n = 0; n < 100000; n++) {
        np_ingest ig;
        np_ingest_init(&ig);
        ig.on_doc = drop_doc;
        np_error e;
        np_mem_fail_after(n);
        np_status s = np_ingest_path(&ig, path, &e);
        np_mem_fail_after(-1);
        np_ingest_cleanup(&ig);
        if (s == NP_OK && ig.stats.docs == 2)
            break;
        assert_true(s == NP_OK || s == NP_ENOMEM);
    }
    free(dir);
}

static void grouping_survives_every_failed_allocation(void **state)
{
    (void)state;
    for (long n = 0; n < 100000; n++) {
        np_featurizer *fz = NULL;
        np_grouper *g = NULL;
        np_doc *d = NULL;
        np_features f = {0};
        np_status s;
        np_mem_fail_after(n);
        if ((s = np_featurizer_new(&fz)) == NP_OK && (s = np_grouper_new(NULL, &g)) == NP_OK &&
            (d = np_doc_new()) != NULL && (s = np_doc_set(&d->text, article)) == NP_OK &&
            (s = np_features_of_doc(fz, d, &f)) == NP_OK && (s = np_grouper_add(g, 1, 1, &f)) == NP_OK) {
            np_group_place p;
            np_group_merge *mg = NULL;
            size_t n_mg = 0;
            int64_t id = 2;
            np_grouper_observe(g, &f);
            s = np_grouper_place(g, &f, &id, 1, &p, &mg, &n_mg);
            np_free(mg);
        } else if (!d && s == NP_OK) {
            s = NP_ENOMEM;
        }
        np_mem_fail_after(-1);
        np_features_free(&f);
        np_doc_free(d);
        np_grouper_free(g);
        np_featurizer_free(fz);
        if (s == NP_OK)
            return;
        assert_int_equal(s, NP_ENOMEM);
    }
    fail_msg("never completed");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(textdoc_survives_every_failed_allocation),
        cmocka_unit_test(ingest_survives_every_failed_allocation),
        cmocka_unit_test(grouping_survives_every_failed_allocation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

#else

static void skipped(void **state)
{
    (void)state;
    skip();
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(skipped)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}

#endif
