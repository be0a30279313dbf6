/*
 * tests/unit/test_compare_relative.c — a non-restrictive relative clause
 * about a name or a thing ("Ana Ruiz, who resigned ...", "the old weir,
 * which ...") is a claim unit of its own: another outlet's sentence stating
 * it about the same one corroborates that clause, and the fact cites the
 * clause from the name on.  Invented stories of three and four outlets.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"

/* The ref of document key whose text holds needle, in a fact that also
 * cites document other's sentence holding other_needle; NULL if none. */
static const np_bref *ref_with(const np_brief *b, const char *key, const char *needle, const char *other,
                               const char *other_needle)
{
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (!np_test_cites(b, f->support, f->n_support, other, other_needle))
            continue;
        for (size_t r = 0; r < f->n_support; r++)
            if (strcmp(b->docs[f->support[r].doc].key, key) == 0 && strstr(f->support[r].text, needle))
                return &f->support[r];
    }
    return NULL;
}

static const char *const ferry_a =
    "The harbour board of Velmora fined the ferry company Brisk Lines on Friday over months of late crossings "
    "to the islands, a penalty announced by Marta Kovel, who resigned as harbour master after many years in the "
    "post.\n\n"
    "Passengers on the island route have complained about the crossings since the spring.\n";
static const char *const ferry_b =
    "Velmora's port authority fined the ferry company Brisk Lines on Friday over months of late crossings to the "
    "islands.\n\n"
    "The company said it would appeal against the fine and blamed the weather.\n";

static const char *const ferry_d =
    "The ferry company Brisk Lines was fined by the Velmora port authority on Friday over late crossings to the "
    "islands.\n\n"
    "Fares on the island route will stay the same this summer.\n";

/* The main clause is one fact (a, b and d), the relative clause another
 * (a and c), cited from the name it is about. */
static void test_relative_clause_is_a_claim(void **state)
{
    (void)state;
    const char *texts[4] = {ferry_a, ferry_b, ferry_d,
                            "Marta Kovel resigned as harbour master after many years in the post, officials said "
                            "on Friday.\n\n"
                            "A new ferry is due to enter service on the island route next year.\n"};
    np_brief *b = np_test_brief("2025-06-06", texts, 4);
    assert_true(np_test_together(b, "a.txt", "fined the ferry company", "b.txt", "fined the ferry company"));
    assert_true(np_test_together(b, "a.txt", "fined the ferry company", "c.txt", "was fined"));
    const np_bref *r = ref_with(b, "a.txt", "who resigned", "d.txt", "Marta Kovel resigned");
    assert_non_null(r);
    /* the clause, from the name on, in the document's own words */
    assert_int_equal(strncmp(r->text, "Marta Kovel, who resigned", 25), 0);
    assert_non_null(strstr(ferry_a, r->text));
    assert_null(strstr(r->text, "fined"));
    np_brief_free(b);
}

/* The same words about another person are another claim. */
static void test_relative_clause_other_person(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2025-06-06", ferry_a, ferry_b,
                                 "Piet Dorran resigned as harbour master after many years in the post, "
                                 "officials said on Friday.\n\n"
                                 "A new ferry is due to enter service on the island route next year.\n");
    assert_true(np_test_together(b, "a.txt", "fined the ferry company", "b.txt", "fined the ferry company"));
    assert_null(ref_with(b, "a.txt", "who resigned", "c.txt", "Piet Dorran"));
    assert_false(np_test_together(b, "a.txt", "Marta Kovel", "c.txt", "Piet Dorran"));
    np_brief_free(b);
}

/* A relative clause about a thing ("the old weir, which ...") likewise:
 * supported by a sentence naming that thing, not by the same words about
 * another one. */
static const char *const weir_a =
    "Engineers of the Dalbrook river authority finished the repairs on Tuesday and reopened the old weir, which "
    "had been closed to boats for most of the spring after the floods damaged its gates.\n\n"
    "Anglers on the lower river welcomed the news.\n";
static const char *const weir_b =
    "The Dalbrook river authority finished the repairs on Tuesday and reopened the old weir to boats.\n\n"
    "The authority thanked residents for their patience.\n";
static const char *const weir_c =
    "Repairs were finished on Tuesday, and the Dalbrook river authority reopened the old weir to boats.\n\n"
    "A footbridge nearby stays shut until the summer.\n";

static void test_relative_clause_about_a_thing(void **state)
{
    (void)state;
    const char *texts[4] = {weir_a, weir_b, weir_c,
                            "The old weir had been closed to boats for most of the spring after the floods damaged its gates, "
                            "officials said."
                            "\n\nBoat owners had to moor their boats downstream.\n"};
    np_brief *b = np_test_brief("2025-06-04", texts, 4);
    assert_true(np_test_together(b, "a.txt", "reopened the old weir", "b.txt", "reopened the old weir"));
    const np_bref *r = ref_with(b, "a.txt", "which had been closed", "d.txt", "The old weir had been closed");
    assert_non_null(r);
    assert_int_equal(strncmp(r->text, "the old weir, which", 19), 0);
    np_brief_free(b);
    texts[3] = "The old lock had been closed to boats for most of the spring after the floods damaged its gates, "
               "officials said.\n\n"
               "Boat owners had to moor their boats downstream.\n";
    b = np_test_brief("2025-06-04", texts, 4);
    assert_true(np_test_together(b, "a.txt", "reopened the old weir", "b.txt", "reopened the old weir"));
    assert_null(ref_with(b, "a.txt", "which had been closed", "d.txt", "The old lock"));
    assert_false(np_test_together(b, "a.txt", "which had been closed", "d.txt", "The old lock"));
    np_brief_free(b);
}

/* ", where" after a place opens a clause about it, as "which" does after
 * a thing: the main clause before it is a claim of its own.  The sentence
 * of d says two things (what the plan lacks, who lives in the district),
 * too unlike the fact of the plan as a whole; its main clause gives the
 * plan's figure counting the same thing, so it joins that fact, citing the
 * main clause alone. */
static const char *const plan_a =
    "The council of Tarnby approved a 12-point budget plan on Monday after a long night of debate in the town "
    "hall.\n\n"
    "Councillors said the vote had been close.\n";
static const char *const plan_b =
    "Tarnby's councillors voted on Monday for a 12-point budget plan drawn up by the mayor's office.\n\n"
    "Opposition members walked out before the vote.\n";
static const char *const plan_c =
    "A 12-point budget plan for Tarnby was approved by the town council on Monday night.\n\n"
    "The plan runs until the end of next year.\n";

static void test_where_clause_main_clause_joins(void **state)
{
    (void)state;
    const char *texts[4] = {plan_a, plan_b, plan_c,
                            "Harbour board chair Lena Varg told the Gazette that the 12-point budget plan of the "
                            "Tarnby council set aside no money for the dock district, where some 8,000 fishing families have lived and worked on "
                            "the old quays since the war.\n\n"
                            "The board will meet again in the spring.\n"};
    np_brief *b = np_test_brief("2025-03-04", texts, 4);
    assert_true(np_test_together(b, "a.txt", "12-point budget plan", "b.txt", "12-point budget plan"));
    const np_bref *r = ref_with(b, "d.txt", "12-point budget plan", "a.txt", "12-point budget plan");
    assert_non_null(r);
    /* the main clause, without the clause about the district */
    assert_non_null(strstr(texts[3], r->text));
    assert_null(strstr(r->text, "8,000"));
    assert_null(strstr(r->text, "where"));
    np_brief_free(b);
    /* the same figure counting something else ("12-seat") is another claim */
    texts[3] = "Harbour board chair Lena Varg told the Gazette that the 12-seat budget board of the Tarnby council "
               "set aside no money for the dock district, where some 8,000 fishing families have lived and worked on the old quays since the war.\n\n"
               "The board will meet again in the spring.\n";
    b = np_test_brief("2025-03-04", texts, 4);
    assert_true(np_test_together(b, "a.txt", "12-point budget plan", "b.txt", "12-point budget plan"));
    assert_false(np_test_together(b, "a.txt", "12-point budget plan", "d.txt", "12-seat"));
    np_brief_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relative_clause_is_a_claim),
        cmocka_unit_test(test_relative_clause_other_person),
        cmocka_unit_test(test_relative_clause_about_a_thing),
        cmocka_unit_test(test_where_clause_main_clause_joins),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
