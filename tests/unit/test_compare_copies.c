/*
 * tests/unit/test_compare_copies.c — near-copies (compare/copies.c): a wire
 * paragraph that more outlets print than take part in pairwise work
 * (NP_COPY_PEERS) still supports one fact with every outlet, its quote is
 * one group with every outlet, no copy becomes a single-source claim, and
 * a sentence only one outlet writes stays single-source, and the outlets
 * printing the text whole are named copies.  Invented story.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"
#include "compare/story.h"
#include "core/doc.h"

#define N_OUT (NP_COPY_PEERS * 2 + 5)

static const char *const wire =
    "The harbour authority of Tessand closed the northern pier on Friday after inspectors found cracks in its "
    "concrete supports.\n\n"
    "Ferries to the outer islands will leave from the southern terminal until repairs are finished, the "
    "authority said.\n\n"
    "\"We will not reopen the pier before every support has been replaced,\" harbour director Maren Ulvsted said "
    "at a press conference.\n";

/* outlet k: its own opening line, then the wire text */
static np_doc *make_doc(size_t k)
{
    char key[32], text[2048];
    snprintf(key, sizeof key, "outlet%02zu.txt", k);
    if (k == 3)
        snprintf(text, sizeof text,
                 "Local fishermen in Tessand complained that the closure came without any warning to the "
                 "cooperative.\n\n%s",
                 wire);
    else
        snprintf(text, sizeof text, "%s", wire);
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_doc_set(&d->key, key), NP_OK);
    assert_int_equal(np_doc_set(&d->outlet, key), NP_OK);
    assert_int_equal(np_doc_set(&d->published, "2025-06-06"), NP_OK);
    assert_int_equal(np_doc_set(&d->text, text), NP_OK);
    return d;
}

static np_brief *build(void)
{
    np_doc *docs[N_OUT];
    for (size_t k = 0; k < N_OUT; k++)
        docs[k] = make_doc(k);
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, N_OUT, 1, &b, &err), NP_OK);
    for (size_t k = 0; k < N_OUT; k++)
        np_doc_free(docs[k]);
    return b;
}

static size_t distinct_docs(const np_bref *r, size_t n)
{
    unsigned char seen[N_OUT] = {0};
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (r[i].doc >= 0 && r[i].doc < N_OUT && !seen[r[i].doc]) {
            seen[r[i].doc] = 1;
            c++;
        }
    return c;
}

static void test_wire_fact_has_every_outlet(void **state)
{
    (void)state;
    np_brief *b = build();
    int pier = 0, ferries = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (strstr(f->summary, "northern pier")) {
            pier = 1;
            assert_int_equal(f->n_docs, N_OUT);
            assert_int_equal(distinct_docs(f->support, f->n_support), N_OUT);
            /* one wire text: the copies are not independent reports */
            assert_true(f->n_independent < 3);
        }
        if (strstr(f->summary, "southern terminal")) {
            ferries = 1;
            assert_int_equal(f->n_docs, N_OUT);
        }
        if (f->n_docs == 1)
            assert_non_null(strstr(f->summary, "fishermen")); /* the only single-source claim */
    }
    assert_true(pier);
    assert_true(ferries);
    np_brief_free(b);
}

static void test_wire_quote_is_one_group(void **state)
{
    (void)state;
    np_brief *b = build();
    int found = 0;
    for (size_t i = 0; i < b->n_quotes; i++) {
        const np_brief_quote *q = &b->quotes[i];
        if (q->n_variants && strstr(q->variants[0].text, "reopen the pier")) {
            assert_int_equal(found, 0); /* one group, not fragments */
            found = 1;
            assert_int_equal(q->n_docs, N_OUT);
        }
    }
    assert_true(found);
    np_brief_free(b);
}

/* Sentences with no content word ("So it is.") have empty term vectors;
 * two outlets printing such a line are compared as vectors too, which
 * must not touch the vectors' (absent) arrays: the sanitizer build stops
 * on that. */
static void test_empty_vectors_compare(void **state)
{
    (void)state;
    const char *texts[3] = {
        "The harbour authority of Tessand closed the northern pier on Friday after inspectors found cracks.\n\n"
        "So it is.\n\n"
        "Ferries will leave from the southern terminal until repairs are finished.\n",
        "Tessand's harbour authority shut the northern pier on Friday when inspectors found cracks.\n\n"
        "So it is.\n\n"
        "A bakery on the quay sold out of bread by noon.\n",
        "It was the same.\n\n"
        "Inspectors found cracks in the northern pier of Tessand, which the harbour authority closed on Friday.\n",
    };
    np_brief *b = np_test_brief("2025-06-06", texts, 3);
    assert_non_null(b);
    assert_true(np_test_together(b, "a.txt", "northern pier", "b.txt", "northern pier"));
    np_brief_free(b);
}

/* Every outlet printing the wire text whole is named a copy of the first
 * one to print it; the outlet that adds a paragraph of its own (one
 * sentence in four) is not, nor is the first. */
static void test_documents_printing_one_text(void **state)
{
    (void)state;
    np_brief *b = build();
    assert_int_equal(b->n_docs, N_OUT);
    assert_int_equal(b->docs[0].same_text_as, 0);
    assert_int_equal(b->docs[3].same_text_as, 0);
    for (size_t k = 1; k < N_OUT; k++)
        if (k != 3)
            assert_int_equal(b->docs[k].same_text_as, 1);
    np_brief_free(b);
}

/* A document repeating three of another's five sentences prints 3 of its
 * 5 distinct sentences, not "5 of 5": no copy. */
static void test_repeats_are_no_copy(void **state)
{
    (void)state;
    const char *s1 = "The harbour authority of Tessand closed the northern pier on Friday after inspectors found cracks.";
    const char *s2 = "Ferries to the outer islands will leave from the southern terminal until repairs are finished.";
    const char *s3 = "Harbour director Maren Ulvsted said every support of the pier would be replaced.";
    const char *s4 = "Fishermen in Tessand said the closure came without warning to their cooperative.";
    const char *s5 = "The town council will discuss the cost of the repairs at its meeting next week.";
    char e[2048], d[2048];
    snprintf(e, sizeof e, "%s\n\n%s\n\n%s\n\n%s\n\n%s\n", s1, s2, s3, s4, s5);
    snprintf(d, sizeof d, "%s\n\n%s\n\n%s\n\n%s\n\n%s\n", s1, s2, s3, s1, s2);
    np_brief *b = np_test_brief3("2025-06-06", e, d,
                                 "Tessand's northern pier was shut on Friday because of cracked supports.\n\n"
                                 "Island ferries now sail from the southern terminal.\n");
    assert_int_equal(b->n_docs, 3);
    for (size_t k = 0; k < b->n_docs; k++)
        assert_int_equal(b->docs[k].same_text_as, 0);
    np_brief_free(b);
}

/* one reporter's piece under two outlets' names (a byline on one page, a
 * "Reporting by" credit under the other), subedited: one report, however
 * reworded; a third outlet's own reporter is an independent one */
static np_doc *reporter_doc(const char *key, const char *author, const char *text)
{
    np_doc *d = np_test_doc(key, "2025-09-02", text);
    assert_int_equal(np_doc_set(&d->author, author), NP_OK);
    return d;
}

static void test_one_reporter_one_report(void **state)
{
    (void)state;
    np_doc *docs[3] = {
        reporter_doc("ledger.txt", "Ansel Grieve",
                     "Quarry owner Brantsen Stone said it had halted all blasting at its four Norrland sites pending "
                     "an investigation into the explosion at Hollin.\n"),
        reporter_doc("tribune.txt", "Ansel Grieve, Tova Marr",
                     "Brantsen Stone, which owns the quarry, said it had stopped all blasting at its four Norrland "
                     "sites while it investigates the explosion at Hollin.\n"),
        reporter_doc("post.txt", "Ilse Varga",
                     "The quarry's owner, Brantsen Stone, has halted blasting at all four of its Norrland sites "
                     "while the explosion at Hollin is investigated.\n")};
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 3, 1, &b, &err), NP_OK);
    int seen = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        if (b->facts[i].n_docs == 3) {
            seen = 1;
            assert_int_equal(b->facts[i].n_independent, 2);
        }
    assert_true(seen);
    np_brief_free(b);
    for (size_t i = 0; i < 3; i++)
        np_doc_free(docs[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wire_fact_has_every_outlet),
        cmocka_unit_test(test_wire_quote_is_one_group),
        cmocka_unit_test(test_empty_vectors_compare),
        cmocka_unit_test(test_documents_printing_one_text),
        cmocka_unit_test(test_repeats_are_no_copy),
        cmocka_unit_test(test_one_reporter_one_report),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
