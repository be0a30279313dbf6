/*
 * tests/unit/test_compare_quotes.c — quote groups (compare/quotes.c) and the
 * WordNet meaning links they use (compare/synonyms.c).
 *
 * Invented two-outlet stories: two statements of one speaker that share a
 * single topic word must stay apart; two wordings of one statement that meet
 * only through WordNet ("belongs" / "property") must be grouped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_internal.h"
#include "compare/brief_model.h"
#include "core/doc.h"

#define WN_DIR "/usr/share/wordnet"

static const char *const story_a =
    "Mayor Helen Marsh spoke to reporters in Tallby on Monday about the harbour dispute.\n\n"
    "The town council has argued with the province over the harbour for two years.\n\n"
    "\u201cThe harbour belongs to every family in Tallby,\u201d Marsh said.\n\n"
    "The province wants to lease the docks to a shipping company from Brask.\n\n"
    "Marsh also met teachers about the school budget for next autumn.\n\n"
    "\u201cWe are ready to discuss every related matter,\u201d Marsh said after the school meeting.\n";

static const char *const story_b =
    "Tallby mayor Helen Marsh spoke about the harbour on Monday.\n\n"
    "The quarrel over the harbour has lasted two years, with the province hoping to lease the docks.\n\n"
    "\u201cThe harbour is the property of all local people,\u201d Marsh told the local radio.\n\n"
    "A shipping company from Brask has offered to run the docks.\n\n"
    "Marsh was angry that a provincial minister had called her a village tyrant on television.\n\n"
    "\u201cInsults do not mend relations,\u201d Marsh said.\n";

static np_doc *make_doc(const char *key, const char *outlet, const char *text)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_doc_set(&d->key, key), NP_OK);
    assert_int_equal(np_doc_set(&d->outlet, outlet), NP_OK);
    assert_int_equal(np_doc_set(&d->published, "2025-05-12"), NP_OK);
    assert_int_equal(np_doc_set(&d->text, text), NP_OK);
    return d;
}

static np_brief *brief_of(void)
{
    np_doc *docs[2] = {make_doc("a.txt", "Tallby Post", story_a), make_doc("b.txt", "Harbour News", story_b)};
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 2, 5, &b, &err), NP_OK);
    np_doc_free(docs[0]);
    np_doc_free(docs[1]);
    assert_non_null(b);
    return b;
}

/* Index of the quote group holding a variant of doc key containing needle, or -1. */
static long group_of(const np_brief *b, const char *key, const char *needle)
{
    for (size_t i = 0; i < b->n_quotes; i++)
        for (size_t v = 0; v < b->quotes[i].n_variants; v++) {
            const np_bref *r = &b->quotes[i].variants[v];
            if (strcmp(b->docs[r->doc].key, key) == 0 && strstr(r->text, needle))
                return (long)i;
        }
    return -1;
}

static int have_wordnet(void)
{
    struct stat sb;
    return stat(WN_DIR "/data.noun", &sb) == 0 && stat(WN_DIR "/index.verb", &sb) == 0;
}

static void test_one_topic_word_is_not_one_statement(void **state)
{
    (void)state;
    np_brief *b = brief_of();
    long ready = group_of(b, "a.txt", "ready to discuss"), odd = group_of(b, "b.txt", "Insults do not");
    assert_true(ready >= 0 && odd >= 0);
    /* "related" / "relations": one shared stem (and a short quote), two different statements */
    assert_true(ready != odd);
    np_brief_free(b);
}

static void test_wordnet_links_translations(void **state)
{
    (void)state;
    if (!have_wordnet())
        skip();
    np_brief *b = brief_of();
    long x = group_of(b, "a.txt", "belongs to every family"), y = group_of(b, "b.txt", "property of all");
    assert_true(x >= 0 && y >= 0);
    assert_int_equal(x, y);
    np_brief_free(b);
}

/* belong (be owned by) and property (belongings) are one derivation link apart. */
static void test_wn_links(void **state)
{
    (void)state;
    if (!have_wordnet())
        skip();
    np_wn_senses *wn = np_wn_senses_load(WN_DIR);
    assert_non_null(wn);
    uint64_t belong[NP_WN_MAX_KEYS], prop[NP_WN_MAX_KEYS], links[64];
    size_t nb = np_wn_senses_get(wn, "belong", 6, belong, NP_WN_MAX_KEYS);
    size_t np = np_wn_senses_get(wn, "property", 8, prop, NP_WN_MAX_KEYS);
    assert_true(nb > 0 && np > 0);
    void *files[4];
    np_wn_data_open(wn, files);
    int met = 0;
    for (size_t i = 0; i < nb; i++) {
        size_t nl = np_wn_links(files, belong[i], links, 64);
        for (size_t k = 0; k < nl; k++)
            for (size_t j = 0; j < np; j++)
                met |= links[k] == prop[j];
    }
    /* a key that is no synset line reads as no links */
    assert_int_equal(np_wn_links(files, ((uint64_t)'n' << 40) | 1, links, 64), 0);
    assert_int_equal(np_wn_links(files, ((uint64_t)'x' << 40) | 1, links, 64), 0);
    np_wn_data_close(files);
    np_wn_data_close(files); /* closing twice is harmless */
    np_wn_senses_free(wn);
    assert_true(met);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_topic_word_is_not_one_statement),
        cmocka_unit_test(test_wordnet_links_translations),
        cmocka_unit_test(test_wn_links),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
