/*
 * tests/unit/test_claim_rejection.c — the rejection side of the claim
 * model: sentences that are no claims (photo captions, with or without a
 * verb) and pairs of sentences that look alike but state different claims.
 * Invented stories; every sentence is written for this test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"
#include "core/doc.h"

/* A caption whose plural nouns have verb stems ("supporters", "walkers")
 * still has no finite verb; a caption that has one but closes with the
 * full date of the picture, days before publication, is a caption too.
 * A full date of long ago closing a sentence, or one after "dated", is
 * running text. */
static void test_captions(void **state)
{
    (void)state;
    const char *a = "The harbour authority of Keswin approved a new ferry terminal on Tuesday after months of talks.\n\n"
                    "Walkers and supporters of the ferry union at the old quay in Keswin on a windy morning.\n\n"
                    "The old terminal was opened by the city's first mayor on March 10, 1961.\n";
    const char *b = "Keswin's harbour authority approved a new ferry terminal on Tuesday after long talks.\n\n"
                    "Members of the ferry union from both ends of the town have gathered at the old quay in "
                    "Keswin, on March 9, 2025.\n\n"
                    "The union asked the authority for a delay of the vote in a letter dated March 9, 2025.\n";
    const char *c = "Fishermen in Keswin said the new ferry terminal would take space from their boats.\n\n"
                    "Union members gathered at the old quay in Keswin to protest against the terminal on Sunday.\n";
    /* led: the sentences under test are no article's first claims, which
     * are never single-source */
    np_brief *br = np_test_brief_led("2025-03-12", (const char *const[]){a, b, c}, 3);
    assert_true(np_test_together(br, "a.txt", "approved a new ferry terminal", "b.txt", "approved a new ferry terminal"));
    assert_false(np_test_in_any_fact(br, "a.txt", "Walkers and supporters"));    /* no finite verb */
    assert_false(np_test_in_any_fact(br, "b.txt", "from both ends of the town")); /* dated caption */
    assert_true(np_test_in_any_fact(br, "a.txt", "first mayor"));                 /* a date of long ago */
    assert_true(np_test_in_any_fact(br, "b.txt", "in a letter dated"));
    np_brief_free(br);
}

/* A caption of people doing something ("Walkers carrying ... to the quay
 * where they will rally") has verbs only in its relative clause; one whose
 * only "-ed" word follows an article ("the proposed terminal") has none.
 * A sentence with a main verb after the relative clause is a claim. */
static void test_participle_captions(void **state)
{
    (void)state;
    const char *a = "The harbour authority of Keswin approved a new ferry terminal on Tuesday after months of talks.\n\n"
                    "Union members carrying banners to the old quay where they'll hold a vigil for the ferry crews.\n\n"
                    "A march in Keswin last spring against the proposed terminal at the old quay.\n";
    const char *b = "Keswin's harbour authority approved a new ferry terminal on Tuesday after long talks.\n\n"
                    "Union members gathered at the old quay on Friday to hold a vigil for the ferry crews, the "
                    "union said.\n\n"
                    "Residents marched in Keswin last spring against the proposed terminal at the old quay.\n";
    const char *c = "Fishermen in Keswin said the new ferry terminal would take space from their boats.\n\n"
                    "Union members carrying banners that read 'Save the quay' gathered at the old quay on Friday "
                    "to hold a vigil for the ferry crews.\n";
    np_brief *br = np_test_brief3("2025-03-12", a, b, c);
    assert_true(np_test_together(br, "a.txt", "approved a new ferry terminal", "b.txt", "approved a new ferry terminal"));
    assert_false(np_test_in_any_fact(br, "a.txt", "carrying banners to the old quay"));
    assert_false(np_test_in_any_fact(br, "a.txt", "A march in Keswin"));
    /* a main verb after the relative clause: a claim */
    assert_true(np_test_together(br, "b.txt", "Union members gathered", "c.txt", "Union members carrying"));
    np_brief_free(br);
}

/* A line pointing to what the page shows ("The full letter can be read
 * below.") is no claim, not even a single-source one; a sentence about
 * water falling below a mark is. */
static void test_page_pointers(void **state)
{
    (void)state;
    np_brief *br = np_test_brief_led(
        "2025-04-02",
        (const char *const[]){
            "The harbour authority of Keswin approved a new ferry terminal on Tuesday after months of talks.\n\n"
            "The full text of the authority's decision can be read below.\n\n"
            "The harbour master said the water level in the old basin had dropped well below the mark.\n",
            "Keswin's harbour authority approved a new ferry terminal on Tuesday after long talks.\n\n"
            "Watch the video of the vote above.\n",
            "Fishermen in Keswin said the new ferry terminal would take space from their boats.\n"},
        3);
    assert_false(np_test_in_any_fact(br, "a.txt", "can be read below"));
    assert_false(np_test_in_any_fact(br, "b.txt", "Watch the video"));
    assert_true(np_test_in_any_fact(br, "a.txt", "well below the mark"));
    np_brief_free(br);
}

/* The outlet's own question is no claim; a question it reports someone
 * asked ("X asked: “...?”") is one, and two outlets reporting it agree. */
static void test_reported_questions(void **state)
{
    (void)state;
    np_brief *br = np_test_brief3("2025-04-02",
                          "The harbour authority of Keswin approved a new ferry terminal on Tuesday.\n\n"
                          "After the vote, councillor Mara Tenn asked on Twitter: \u201cWho will pay for the new quay?\u201d\n\n"
                          "Will the fishermen keep their berths?\n",
                          "Keswin's harbour authority approved a new ferry terminal on Tuesday.\n\n"
                          "Councillor Mara Tenn reacted by asking \u201cWho will pay for the new quay?\u201d\n",
                          "Fishermen in Keswin said the new ferry terminal would take space from their boats.\n");
    assert_true(np_test_together(br, "a.txt", "Who will pay for the new quay", "b.txt", "Who will pay for the new quay"));
    assert_false(np_test_in_any_fact(br, "a.txt", "Will the fishermen keep their berths"));
    np_brief_free(br);
    /* a sentence that is the quoted question itself, one of a list */
    br = np_test_brief3("2025-04-02",
                        "The harbour authority of Keswin sent the council a list of questions on Tuesday.\n\n"
                        "\u201cWho approved the sale of the north quay to the ferry company?\u201d\n",
                        "Keswin's harbour authority sent a list of questions to the council on Tuesday.\n\n"
                        "\u201cWho approved the sale of the north quay to the ferry company?\u201d\n",
                        "Fishermen in Keswin said the new ferry terminal would take space from their boats.\n");
    assert_true(np_test_together(br, "a.txt", "Who approved the sale", "b.txt", "Who approved the sale"));
    np_brief_free(br);
}

/* Sentences opening with different countries state different claims,
 * however alike the rest ("X is the largest buyer" / "Y, the largest buyer
 * in Europe, ..."); the same country in other words is one claim, and so
 * is a passive sentence whose subject receives what another outlet's
 * subject gives. */
static void test_other_subjects(void **state)
{
    (void)state;
    np_brief *br = np_test_brief3("2025-05-06",
                          "Canada is the largest buyer of Chilean copper, followed by Japan and Brazil.\n\n"
                          "Switzerland also promised to share real-time flow data from its upstream gauging "
                          "stations with Austria, a step its water agency had resisted for years.\n",
                          "Germany, the largest buyer of Chilean copper in Europe, accounted for about 8 percent "
                          "of Chilean copper sales last year.\n\n"
                          "Austria, which shares the river, has been promised real-time flow data, according "
                          "to officials in Vienna.\n",
                          "Canada is the largest buyer of copper from Chile, ahead of Japan and Brazil.\n\n"
                          "Farmers along the river said the water level had dropped sharply since the spring.\n");
    assert_true(np_test_together(br, "a.txt", "Canada is the largest", "c.txt", "Canada is the largest"));
    assert_false(np_test_together(br, "a.txt", "Canada is the largest", "b.txt", "Germany"));
    assert_false(np_test_together(br, "c.txt", "Canada is the largest", "b.txt", "Germany"));
    assert_true(np_test_together(br, "a.txt", "Switzerland also promised", "b.txt", "has been promised"));
    np_brief_free(br);
}

/* The same with the claim in one clause of a longer sentence, whose next
 * clause is passive ("..., and its smelters are closely integrated"): the
 * clause's own subject counts, and the passive of the other clause does
 * not hide it. */
static void test_other_subjects_in_clauses(void **state)
{
    (void)state;
    np_brief *br = np_test_brief3("2025-05-06",
                          "Canada is the largest buyer of Chilean copper, and its smelters are closely integrated "
                          "with the mines of its southern partners, with ore and cathodes crossing the ocean.\n",
                          "Germany, the largest buyer of Chilean copper in Europe, accounted for about 8 percent "
                          "of Chilean copper sales last year.\n",
                          "Canada is the largest buyer of copper from Chile, ahead of Japan and Brazil.\n");
    assert_false(np_test_together(br, "a.txt", "Canada is the largest", "b.txt", "Germany"));
    assert_false(np_test_together(br, "c.txt", "Canada is the largest", "b.txt", "Germany"));
    np_brief_free(br);
}

/* What one named person did is not what "they" did ("Ana Ruiz walked with
 * the marchers, waving a flag" / "As they walked, they waved flags"). */
static void test_person_is_not_they(void **state)
{
    (void)state;
    np_brief *br = np_test_brief3("2025-09-02",
                          "Ines Varga of Lindale walked with the marchers to the bridge, waving a large green flag.\n\n"
                          "The march ended at noon near the old customs house.\n",
                          "As they walked to the bridge, they sang and waved large green flags.\n\n"
                          "Police closed the bridge to cars for the afternoon.\n",
                          "Shop owners near the bridge said the march had cost them a day of trade.\n");
    assert_false(np_test_together(br, "a.txt", "Ines Varga", "b.txt", "As they walked"));
    np_brief_free(br);
}

/* A sentence speaking only of "she" and one speaking only of "he" tell
 * what two different people did, whatever words they share. */
static void test_she_is_not_he(void **state)
{
    (void)state;
    np_brief *br = np_test_brief3("2025-10-14",
                          "She told the crowd that the festival was her first visit to the harbour since she "
                          "moved off the island two decades earlier.\n\n"
                          "The ferry now runs twice a day in summer.\n",
                          "His anger at the ferry company stems from complaints he has voiced since he first ran "
                          "for mayor twenty years ago.\n\n"
                          "The company did not answer questions about the timetable.\n",
                          "Fishermen on the quay said the new timetable suited them well.\n");
    assert_false(np_test_together(br, "a.txt", "her first visit to the harbour", "b.txt", "His anger"));
    np_brief_free(br);
}

/* Same actor, same object, opposite action: "increased" / "decreased"
 * and "arrived in" / "left" are WordNet antonyms, so two outlets alike in every
 * other word do not corroborate each other; an outlet using both verbs
 * ("arrived ... after leaving") does not clash with either. */
static void test_opposite_verbs(void **state)
{
    (void)state;
    const char *a = "Velko Mining increased its copper output sharply in March after the company opened a new shaft "
                    "at its Tarn mine.\n\n"
                    "The trade delegation of Ostria arrived in Tarvik on Sunday evening for talks on grain tariffs.\n";
    const char *b = "Velko Mining decreased its copper output sharply in March after the company opened a new shaft "
                    "at its Tarn mine.\n\n"
                    "The trade delegation of Ostria left Tarvik on Sunday evening after talks on grain tariffs.\n";
    const char *c = "Velko Mining opened a new shaft at its Tarn mine in March and increased its copper output "
                    "sharply.\n\n"
                    "The trade delegation of Ostria arrived in Tarvik on Sunday evening after leaving Brelk, for "
                    "talks on grain tariffs.\n";
    np_brief *br = np_test_brief3("2025-03-12", a, b, c);
    assert_false(np_test_together(br, "a.txt", "increased its copper", "b.txt", "decreased its copper"));
    assert_false(np_test_together(br, "a.txt", "arrived in Tarvik", "b.txt", "left Tarvik"));
    assert_false(np_test_together(br, "b.txt", "decreased its copper", "c.txt", "increased its copper"));
    np_brief_free(br);
}

/* Praising and blaming the same people are opposite claims in the same
 * words (WordNet pairs "praise" with "criticize" only); two outlets
 * praising them agree. */
static void test_praise_is_not_blame(void **state)
{
    (void)state;
    const char *a = "Mayor Ines Varga praised the harbour pilots on Monday, saying they had saved the ferry and "
                    "its passengers.\n\nThe ferry was towed to Tarvik.\n";
    const char *b = "Mayor Ines Varga blamed the harbour pilots on Monday, saying they had put the ferry and its "
                    "passengers at risk.\n\nThe ferry was towed to Tarvik.\n";
    const char *c = "Mayor Ines Varga lauded the harbour pilots on Monday, saying they had saved the ferry and "
                    "its passengers.\n\nThe ferry reached Tarvik under tow.\n";
    np_brief *br = np_test_brief3("2025-03-12", a, b, c);
    assert_false(np_test_together(br, "a.txt", "praised the harbour", "b.txt", "blamed the harbour"));
    assert_false(np_test_together(br, "b.txt", "blamed the harbour", "c.txt", "lauded the harbour"));
    assert_true(np_test_together(br, "a.txt", "praised the harbour", "c.txt", "lauded the harbour"));
    np_brief_free(br);
    /* a word that only shares the letters of a verb of blame
     * ("critically") is none */
    br = np_test_brief3("2025-03-12",
                        "Three firefighters were critically injured in the blaze at the Tarvik mill on Monday, the "
                        "fire service said.\n\nThe mill was closed.\n",
                        "Three firefighters were injured in the blaze at the Tarvik mill on Monday, and the mayor "
                        "praised them, the fire service said.\n\nThe mill was closed.\n",
                        "Schools in Tarvik stayed open on Monday.\n");
    assert_true(np_test_together(br, "a.txt", "critically injured", "b.txt", "were injured in the blaze"));
    np_brief_free(br);
}

/* "Released without charge" denies the charge: it does not support "was
 * charged", whatever else the two sentences share. */
static void test_without_negates(void **state)
{
    (void)state;
    const char *a = "Police and protesters clashed in Tarvik on Saturday.\n\n"
                    "Among those arrested was Ivo Marsk, 24, the son of union leader Ada Marsk; he was charged on "
                    "Saturday evening with assaulting a police officer.\n\nThe union has called a strike.\n";
    const char *b = "Police and protesters clashed in Tarvik on Saturday.\n\n"
                    "Ivo Marsk, the son of union leader Ada Marsk, was released without charge on Sunday morning "
                    "after spending the night in a police cell.\n\nThe union has called a strike.\n";
    const char *c = "Police and protesters clashed in Tarvik on Saturday.\n\n"
                    "Ivo Marsk, the son of union leader Ada Marsk, was charged with assaulting a police officer on "
                    "Saturday evening.\n\nThe union has called a strike.\n";
    np_brief *br = np_test_brief3("2025-03-10", a, b, c);
    assert_false(np_test_together(br, "b.txt", "without charge", "c.txt", "was charged with assaulting"));
    assert_true(np_test_together(br, "a.txt", "he was charged", "c.txt", "was charged with assaulting"));
    np_brief_free(br);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_captions),
        cmocka_unit_test(test_opposite_verbs),
        cmocka_unit_test(test_praise_is_not_blame),
        cmocka_unit_test(test_without_negates),
        cmocka_unit_test(test_participle_captions),
        cmocka_unit_test(test_page_pointers),
        cmocka_unit_test(test_reported_questions),
        cmocka_unit_test(test_other_subjects),
        cmocka_unit_test(test_other_subjects_in_clauses),
        cmocka_unit_test(test_person_is_not_they),
        cmocka_unit_test(test_she_is_not_he),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
