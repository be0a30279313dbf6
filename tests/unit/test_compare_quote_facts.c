/*
 * tests/unit/test_compare_quote_facts.c — a claim that is only a quote is
 * grouped with its quote group (compare/quote_facts.c).
 *
 * Invented three-outlet story: two outlets print one wording of the mayor's
 * statement, the third a translation in other words ("foundation for lasting
 * trade" / "basis for durable commerce"); the quote section groups all three,
 * so the fact of the statement must cite all three outlets.  A different
 * statement of the same speaker stays out of it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"
#include "core/doc.h"

static const char *const story_a =
    "Mayor Helen Marsh opened the new bridge over the Lode river in Tallby on Tuesday.\n\n"
    "The bridge links Tallby with the market town of Brask for the first time in forty years.\n\n"
    "\u201cIn general, we believe the new bridge can be the foundation for lasting trade between our towns,\u201d "
    "Marsh said.\n\n"
    "The province paid most of the cost of the bridge, which took three years to build.\n\n"
    "\u201cThe school budget will be debated next month,\u201d Marsh said.\n";

static const char *const story_b =
    "Tallby mayor Helen Marsh opened a bridge across the Lode river on Tuesday.\n\n"
    "The crossing joins Tallby to Brask, a market town, after forty years without a bridge.\n\n"
    "\u201cIn general, we believe this bridge can be the foundation for lasting trade between our towns,\u201d "
    "Marsh told the crowd.\n\n"
    "Construction took three years and was mostly paid for by the province.\n\n"
    "Critics said the toll was too high for local farmers.\n";

static const char *const story_c =
    "Helen Marsh, the mayor of Tallby, opened the Lode river bridge on Tuesday.\n\n"
    "For forty years there had been no bridge between Tallby and Brask.\n\n"
    "\u201cOverall, we think this crossing could serve as a basis for durable commerce among our communities,\u201d "
    "Marsh said, adding that the province had listened to the town.\n\n"
    "The work lasted three years, and the province covered most of the bill.\n\n"
    "\u201cOur teachers deserve a raise before the winter,\u201d Marsh said.\n";

static np_doc *make_doc(const char *key, const char *text)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_doc_set(&d->key, key), NP_OK);
    assert_int_equal(np_doc_set(&d->outlet, key), NP_OK);
    assert_int_equal(np_doc_set(&d->published, "2025-06-03"), NP_OK);
    assert_int_equal(np_doc_set(&d->text, text), NP_OK);
    return d;
}

static int have_wordnet(void)
{
    struct stat sb;
    return stat("/usr/share/wordnet/data.noun", &sb) == 0;
}

/* The fact citing a sentence of doc key containing needle, or NULL. */
static const np_brief_fact *fact_with(const np_brief *b, const char *key, const char *needle)
{
    for (size_t f = 0; f < b->n_facts; f++)
        for (size_t k = 0; k < b->facts[f].n_support; k++) {
            const np_bref *r = &b->facts[f].support[k];
            if (!strcmp(b->docs[r->doc].key, key) && strstr(r->text, needle))
                return &b->facts[f];
        }
    return NULL;
}

static int cites(const np_brief *b, const np_brief_fact *f, const char *key, const char *needle)
{
    for (size_t k = 0; f && k < f->n_support; k++)
        if (!strcmp(b->docs[f->support[k].doc].key, key) && strstr(f->support[k].text, needle))
            return 1;
    return 0;
}

static void test_translation_joins_fact(void **state)
{
    (void)state;
    if (!have_wordnet())
        skip();
    np_doc *docs[3] = {make_doc("a.txt", story_a), make_doc("b.txt", story_b), make_doc("c.txt", story_c)};
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 3, 5, &b, &err), NP_OK);
    const np_brief_fact *f = fact_with(b, "a.txt", "foundation for lasting trade");
    assert_non_null(f);
    assert_true(cites(b, f, "b.txt", "foundation for lasting trade"));
    assert_true(cites(b, f, "c.txt", "basis for durable commerce"));
    assert_int_equal(f->n_docs, 3);
    /* the speaker's other statements are not this one */
    assert_false(cites(b, f, "a.txt", "school budget"));
    assert_false(cites(b, f, "c.txt", "teachers deserve"));
    /* one claim per sentence: the translation is cited by no other fact */
    size_t n = 0;
    for (size_t g = 0; g < b->n_facts; g++)
        n += cites(b, &b->facts[g], "c.txt", "basis for durable commerce");
    assert_int_equal(n, 1);
    np_brief_free(b);
    for (int i = 0; i < 3; i++)
        np_doc_free(docs[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_translation_joins_fact),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
