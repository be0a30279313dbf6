/*
 * tests/unit/test_compare_facts.c — facts anchored on figures and places, claims of
 * one outlet inside a shared sentence, figure discrepancies between
 * sentences that do not align, and relative dates that must not count as
 * disagreements.  Invented three-outlet stories.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"
#include "core/doc.h"

static np_doc *make_doc(const char *key, const char *published, const char *text)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_doc_set(&d->key, key), NP_OK);
    assert_int_equal(np_doc_set(&d->outlet, key), NP_OK);
    assert_int_equal(np_doc_set(&d->published, published), NP_OK);
    assert_int_equal(np_doc_set(&d->text, text), NP_OK);
    return d;
}

static int has(const np_brief *b, const np_bref *r, size_t n, const char *key, const char *needle)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(b->docs[r[i].doc].key, key) == 0 && strstr(r[i].text, needle))
            return 1;
    return 0;
}

static np_brief *brief3(const char *pa, const char *a, const char *pb, const char *b, const char *pc, const char *c)
{
    np_doc *docs[3] = {make_doc("a.txt", pa, a), make_doc("b.txt", pb, b), make_doc("c.txt", pc, c)};
    np_brief *br = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 3, 1, &br, &err), NP_OK);
    for (int i = 0; i < 3; i++)
        np_doc_free(docs[i]);
    return br;
}

static const char *const lake_a =
    "The regional council of Velmora approved the new tram line on Monday after a long debate.\n\n"
    "The Carrow Tunnel, dug for $1.8 billion under the old harbour, opened to traffic in May.\n\n"
    "Residents of the eastern districts had waited for the tram line for many years.\n";
static const char *const lake_b =
    "Velmora's regional council voted on Monday to approve the new tram line after a long debate.\n\n"
    "Council members also praised the Carrow Tunnel, a $1.8 billion project, as a model for the tram works.\n\n"
    "Ticket prices on the line will rise by 12% from January, the operator announced.\n";
static const char *const lake_c =
    "The council of Velmora approved a tram line on Monday, ending a long debate among its members.\n\n"
    "Critics recalled that the Carrow Tunnel, which cost $2.6 billion according to the auditors, ran late.\n\n"
    "Shop owners along the route fear months of building works and lost customers.\n";

static void test_figure_fact_and_discrepancy(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-03-04", lake_a, "2025-03-04", lake_b, "2025-03-04", lake_c);
    int fig = 0, own = 0, disc = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (has(b, f->support, f->n_support, "a.txt", "$1.8 billion") &&
            has(b, f->support, f->n_support, "b.txt", "$1.8 billion"))
            fig = 1;
        if (f->n_support == 1 && has(b, f->support, 1, "b.txt", "12%"))
            own = 1;
    }
    for (size_t i = 0; i < b->n_discrepancies; i++) {
        const np_brief_discrepancy *d = &b->discrepancies[i];
        if (has(b, d->items, d->n_items, "c.txt", "$2.6 billion") &&
            (has(b, d->items, d->n_items, "a.txt", "$1.8 billion") ||
             has(b, d->items, d->n_items, "b.txt", "$1.8 billion")))
            disc = 1;
    }
    assert_true(fig);  /* one figure, two outlets: a corroborated fact */
    assert_true(own);  /* a figure only one outlet gives: its own claim */
    assert_true(disc); /* one quantity, another value, unaligned sentences */
    np_brief_free(b);
}

static void test_relative_dates(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-06-10", "The harbour ferry strike in Oskel will end tomorrow, the union of ferry crews said.\n",
                         "2025-06-11", "The harbour ferry strike in Oskel will end tomorrow, the union of ferry crews said.\n",
                         "2025-06-11", "Ferry crews in Oskel said their harbour strike would be over soon.\n");
    for (size_t i = 0; i < b->n_discrepancies; i++)
        assert_true(strcmp(b->discrepancies[i].kind, "date") != 0);
    np_brief_free(b);
}

static void test_place_fact(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-05-20",
                         "Marvaro, Portugal \u2013 The fishing union signed a new wage deal with the harbour owners on Monday.\n\n"
                         "The deal raises the pay of deckhands and sets shorter shifts during the winter storms.\n",
                         "2025-05-20",
                         "Speaking in Marvaro after the signing, the union leader praised the harbour owners for their patience.\n\n"
                         "Deckhands will earn more under the agreement, which also shortens winter shifts.\n",
                         "2025-05-21",
                         "During a visit to Portugal this week, union delegates and boat owners settled their long quarrel over pay.\n\n"
                         "Observers expect other ports to copy the arrangement before the autumn.\n");
    int where = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (has(b, f->support, f->n_support, "a.txt", "Marvaro") && has(b, f->support, f->n_support, "b.txt", "Marvaro") &&
            has(b, f->support, f->n_support, "c.txt", "Portugal"))
            where = 1;
    }
    assert_true(where); /* the city, the city with its country, the country: one location */
    np_brief_free(b);
}

/* A sentence joined to another outlet's by a few shared words still states
 * its own claim (the blockade) besides the shared one. */
static void test_own_claim(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-02-11",
                         "Velmora council approved the tram line, while furious taxi drivers from the northern suburbs "
                         "blocked the ring road with their cars twice during the week, causing long queues at every junction.\n",
                         "2025-02-11",
                         "Velmora council approved the tram line on Monday after a long and bitter debate among its members.\n",
                         "2025-02-11",
                         "Members of the Velmora council voted for the tram line on Monday after a bitter debate.\n");
    int own = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (f->n_support == 1 && has(b, f->support, 1, "a.txt", "blocked the ring road"))
            own = 1;
    }
    assert_true(own);
    np_brief_free(b);
}

/* Timeline: a month without its year after "will" is the next one; a
 * speaker's "tomorrow" is not placed on the timeline. */
static void test_timeline_dates(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-09-20",
                         "The next congress of the ferry union will be held in Oskel in March, the union said on Friday.\n\n"
                         "\u201cWe will decide about the strike tomorrow,\u201d union leader Marta Villen said.\n",
                         "2025-09-20",
                         "The ferry union said its next congress would take place in Oskel.\n\n"
                         "Marta Villen, the union leader, said a decision on the strike was close.\n",
                         "2025-09-21", "Ferry crews in Oskel are waiting for the union to decide about a strike.\n");
    int march = 0;
    for (size_t i = 0; i < b->n_timeline; i++) {
        const np_brief_event *e = &b->timeline[i];
        assert_true(strcmp(e->date, "2025-09-21") != 0); /* the speaker's tomorrow */
        assert_true(strcmp(e->date, "2025-03") != 0);    /* a past March */
        if (strcmp(e->date, "2026-03") == 0)
            march = 1;
    }
    assert_true(march);
    np_brief_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_figure_fact_and_discrepancy),
        cmocka_unit_test(test_relative_dates),
        cmocka_unit_test(test_place_fact),
        cmocka_unit_test(test_own_claim),
        cmocka_unit_test(test_timeline_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
