/*
 * tests/unit/test_compare_visits.c — planned visits (compare/visits.h):
 * outlets telling one planned trip with different verbs ("is expected
 * in", "will travel to", "is scheduled to arrive in", "is set to meet")
 * support one fact; a trip to another place, a trip that already
 * happened, or a meeting with someone the fact does not name does not
 * join it.  Invented four-outlet stories.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"

/* Two outlets tell the trip alike (a fact of their own); the third tells
 * it with another verb and no word in common but the names. */
static const char *const trip[4] = {
    "Prime Minister Ilse Varga said the grain corridor deal could be extended for another year.\n\n"
    "A Norland delegation is expected in Tarvik early next week to continue the grain talks, Varga said.\n\n"
    "Farmers in the south have complained that the corridor fees are too high for small exporters.\n",

    "Varga told reporters that the grain corridor deal might run for another year.\n\n"
    "Varga said that a Norland delegation would come to Tarvik early next week to resume the grain talks.\n\n"
    "The corridor has carried more than forty cargo ships since it opened in the autumn.\n",

    "The grain corridor deal could last another year, Varga said on Monday.\n\n"
    "Varga confirmed that the Norland envoy Marta Olsen will soon travel to Tarvik for more talks.\n\n"
    "Opposition lawmakers accused the government of hiding the true cost of the inspections.\n",

    "Varga said the grain corridor deal would likely be extended by a year.\n\n"
    "The Norland envoy Marta Olsen is set to meet Varga amid criticism of her record, while the port "
    "strike drags on.\n\n"
    "Exporters welcomed the news, although they said the inspection fees remained a burden for them.\n",
};

static void test_one_trip_other_verbs(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2025-03-04", trip, 4);
    assert_true(np_test_together(b, "a.txt", "expected in Tarvik", "b.txt", "come to Tarvik"));
    assert_true(np_test_together(b, "a.txt", "expected in Tarvik", "c.txt", "travel to Tarvik"));
    np_brief_free(b);
}

/* The same verbs about another place tell another claim. */
static void test_other_place_apart(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2025-03-04", trip[0], trip[1],
                                 "The grain corridor deal could last another year, Varga said on Monday.\n\n"
                                 "Varga confirmed that the Norland envoy Marta Olsen will soon travel to Lisbon from "
                                 "Tarvik for more talks.\n\n"
                                 "Opposition lawmakers accused the government of hiding the true cost of the "
                                 "inspections.\n");
    assert_true(np_test_together(b, "a.txt", "expected in Tarvik", "b.txt", "come to Tarvik"));
    assert_false(np_test_together(b, "a.txt", "expected in Tarvik", "c.txt", "travel to Lisbon"));
    np_brief_free(b);
}

/* A trip that already happened is told with its own words and dates: not
 * the planned one. */
static void test_past_trip_apart(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2025-03-04", trip[0], trip[1],
                                 "The grain corridor deal could last another year, Varga said on Monday.\n\n"
                                 "Varga recalled that the Norland envoy Marta Olsen travelled to Tarvik for more "
                                 "talks.\n\n"
                                 "Opposition lawmakers accused the government of hiding the true cost of the "
                                 "inspections.\n");
    assert_true(np_test_together(b, "a.txt", "expected in Tarvik", "b.txt", "come to Tarvik"));
    assert_false(np_test_together(b, "a.txt", "expected in Tarvik", "c.txt", "travelled to Tarvik"));
    np_brief_free(b);
}

/* A meeting joins the trip of the same traveller when the trip's sentence
 * names the person met; a meeting with someone else does not. */
static void test_meeting_with_someone_else_apart(void **state)
{
    (void)state;
    const char *texts[4] = {trip[0], trip[1], trip[2],
                            "Varga said the grain corridor deal would likely be extended by a year.\n\n"
                            "The Norland envoy Marta Olsen is set to meet Tomas Kask amid criticism of her record, "
                            "while the port strike drags on.\n\n"
                            "Exporters welcomed the news, although they said the inspection fees remained a burden for them.\n"};
    np_brief *b = np_test_brief("2025-03-04", texts, 4);
    assert_true(np_test_together(b, "a.txt", "expected in Tarvik", "c.txt", "travel to Tarvik"));
    assert_false(np_test_together(b, "c.txt", "travel to Tarvik", "d.txt", "set to meet"));
    np_brief_free(b);
}

/* The source credited ("according to X") is who reports the trip, not
 * who travels: a meeting X is set to have does not join it. */
static void test_source_is_not_the_traveller(void **state)
{
    (void)state;
    const char *texts[3] = {
        "Prime Minister Ilse Varga said the grain corridor deal could be extended for another year.\n\n"
        "According to Marta Olsen, a Norland delegation will soon travel to Tarvik to see Ilse Varga about "
        "the grain talks.\n\n"
        "Farmers in the south have complained that the corridor fees are too high for small exporters.\n",
        "Varga told reporters that the grain corridor deal might run for another year.\n\n"
        "A Norland delegation would arrive in Tarvik soon to see Varga about the grain talks, the ministry "
        "said.\n\n"
        "The corridor has carried more than forty cargo ships since it opened in the autumn.\n",
        "Varga said the grain corridor deal would likely be extended by a year.\n\n"
        "Marta Olsen is set to meet Ilse Varga in the coming days amid criticism of her record.\n\n"
        "Exporters welcomed the news, although they said the inspection fees remained a burden for them.\n"};
    np_brief *b = np_test_brief("2025-03-04", texts, 3);
    assert_true(np_test_together(b, "a.txt", "travel to Tarvik", "b.txt", "arrive in Tarvik"));
    assert_false(np_test_together(b, "a.txt", "travel to Tarvik", "c.txt", "set to meet"));
    np_brief_free(b);
}

/* Two outlets alone telling one planned trip with other verbs, no word of
 * the action in common: one claim. */
static void test_two_outlets_one_trip(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3(
        "2025-03-04",
        "Prime Minister Ilse Varga will visit Lisbon on the 3rd of June, her office revealed on Thursday.\n\n"
        "Farmers in the south have complained that the corridor fees are too high for small exporters.\n",
        "Prime Minister Ilse Varga will travel to Lisbon in June, the foreign ministry confirmed on Thursday, "
        "after the budget vote.\n\n"
        "The corridor has carried more than forty cargo ships since it opened in the autumn.\n",
        "Opposition lawmakers accused the government of hiding the true cost of the inspections.\n\n"
        "Exporters welcomed the news, although they said the inspection fees remained a burden for them.\n");
    assert_true(np_test_together(b, "a.txt", "will visit Lisbon", "b.txt", "travel to Lisbon"));
    np_brief_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_trip_other_verbs),
        cmocka_unit_test(test_two_outlets_one_trip),
        cmocka_unit_test(test_other_place_apart),
        cmocka_unit_test(test_past_trip_apart),
        cmocka_unit_test(test_meeting_with_someone_else_apart),
        cmocka_unit_test(test_source_is_not_the_traveller),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
