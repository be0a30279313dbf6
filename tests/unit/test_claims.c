/*
 * tests/unit/test_claims.c — which outlets support which claim: two
 * sentences support one fact only when they state one proposition.  A
 * claim and its negation ("signed" / "refused to sign"), the same action
 * by different actors, and topic neighbours are different propositions;
 * a paraphrase of the same action by the same actor is the same one.
 * Invented three-outlet stories.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"
#include "core/doc.h"

/* "X signed" and "Y refused to sign" / "Y did not sign" share every word
 * that matters to a cosine, and say opposite things. */
static void test_negation_is_another_claim(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2025-09-10",
        "The fishermen's union of Brask signed the new harbour agreement with the port owners on Monday evening.\n\n"
        "Trawler crews will get longer rest periods between the autumn voyages.\n",
        "The dockworkers' union of Brask refused to sign the new harbour agreement with the port owners on Monday "
        "evening.\n\n"
        "The port owners have not approved the extension of the northern quay.\n",
        "On Monday evening the fishermen's union of Brask signed the new harbour agreement with the port owners.\n\n"
        "The port owners approved the extension of the northern quay last week.\n");
    assert_true(np_test_together(b, "a.txt", "signed the new harbour", "c.txt", "signed the new harbour"));
    assert_false(np_test_together(b, "a.txt", "signed the new harbour", "b.txt", "refused to sign"));
    assert_false(np_test_together(b, "c.txt", "signed the new harbour", "b.txt", "refused to sign"));
    assert_false(np_test_together(b, "b.txt", "have not approved", "c.txt", "approved the extension"));
    np_brief_free(b);
}

/* Both negated: the same (negative) claim. */
static void test_both_negated_agree(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2025-09-10",
        "The coastal village of Orsk refused to sign the regional fishing quota agreement on Thursday.\n\n"
        "Its mayor said the boats of the village would stay in port for the week.\n",
        "Orsk, a small coastal village, declined to sign the regional fishing quota agreement on Thursday.\n\n"
        "Heavy rain flooded the lower streets of the market town overnight.\n",
        "Lorry drivers blocked the ring road around the capital for three hours in the morning.\n\n"
        "The national museum reopened its east wing after two years of repairs.\n");
    assert_true(np_test_together(b, "a.txt", "refused to sign", "b.txt", "declined to sign"));
    np_brief_free(b);
}

/* A negation in a condition is no denial of the sentence's action: both
 * state that the union will strike on Monday ("if ... do not raise" and
 * "unless ... raise" say the same). */
static void test_hedged_negation_is_no_denial(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2025-09-10",
        "The dockers' union will strike at the Brask harbour on Monday if the owners do not raise wages.\n\n"
        "The harbour master inspected the damaged breakwater on Sunday.\n",
        "The dockers' union will strike at the Brask harbour on Monday unless the owners raise wages.\n\n"
        "Lorry drivers queued for hours at the harbour gates.\n",
        "The regional rail line reopened on Sunday after workers cleared fallen trees from the track.\n\n"
        "Schools in the valley stayed closed for a second day.\n");
    assert_true(np_test_together(b, "a.txt", "do not raise", "b.txt", "unless the owners"));
    np_brief_free(b);
}

/* A figure counting the same thing ("nine divers") ties a paraphrase to
 * the fact other outlets state in closer words; the same figure counting
 * something else ("nine lorries") does not. */
static void test_counted_figure_joins_its_fact(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2025-09-10",
        "The Dalbrook river authority will station a team of nine divers at the old weir from Monday.\n\n"
        "Anglers complained about the closure of the towpath during the works.\n",
        "From Monday the Dalbrook river authority will station a team of nine divers at the old weir, its "
        "spokesman said.\n\n"
        "The towpath will stay closed to walkers until the end of the month.\n",
        "Under the new plan, nine divers drawn from three river towns are to keep watch at the weir in Dalbrook.\n\n"
        "Nine lorries carried stones to the weir in Dalbrook on Saturday.\n");
    assert_true(np_test_together(b, "a.txt", "nine divers", "b.txt", "nine divers"));
    assert_true(np_test_together(b, "a.txt", "nine divers", "c.txt", "nine divers drawn"));
    assert_false(np_test_together(b, "a.txt", "nine divers", "c.txt", "Nine lorries"));
    np_brief_free(b);
}

/* A fact is not a star: two outlets that each agree with a third but
 * contradict each other ("offered" / "had not offered") are not cited
 * together. */
static void test_no_denial_in_one_fact(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2025-09-10",
        "The harbour basin of Brask began to fill on Monday morning after the spring floods.\n\n"
        "Gulls gathered over the fish market all afternoon.\n",
        "The port owners offered guarantees to the fishermen before the harbour basin of Brask began to fill on "
        "Monday morning.\n\n"
        "A ferry was delayed by fog near the lighthouse.\n",
        "The port owners had not offered guarantees to the fishermen before the harbour basin of Brask began to "
        "fill on Monday morning.\n\n"
        "The town band played on the quay in the evening.\n");
    assert_false(np_test_together(b, "b.txt", "offered guarantees", "c.txt", "had not offered"));
    np_brief_free(b);
}

/* A denial the sentence calls a lie asserts what it denies: "lied about
 * never having dumped waste" says the firm dumped it, which another
 * outlet's demand that it "must never dump waste" does not state, and a
 * third outlet's "had dumped waste" does. */
static void test_denial_called_a_lie_is_asserted(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2025-09-10",
        "The mining firm Velra lied about never having dumped waste into the Oske river, the inspectors said.\n\n"
        "The river authority closed two fishing grounds downstream.\n",
        "Velra must never dump waste into the Oske river, the regional minister said.\n\n"
        "Rowing clubs on the lake postponed their regatta by a week.\n",
        "The mining firm Velra had dumped waste into the Oske river for years, the inspectors said.\n\n"
        "A new bridge over the valley opened to lorries on Friday.\n");
    assert_false(np_test_together(b, "a.txt", "lied about never", "b.txt", "must never dump"));
    assert_false(np_test_together(b, "c.txt", "had dumped waste", "b.txt", "must never dump"));
    assert_true(np_test_together(b, "a.txt", "lied about never", "c.txt", "had dumped waste"));
    np_brief_free(b);
    /* "lies" right before the negation is where a thing lies, not a lie */
    b = np_test_brief3("2025-09-10",
        "The old fuel depot of the Velra mine lies not far from the Oske river bridge, the inspectors said.\n\n"
        "The river authority closed two fishing grounds downstream.\n",
        "Rowing clubs on the lake postponed their regatta by a week.\n\n"
        "A new bridge over the valley opened to lorries on Friday.\n",
        "The old fuel depot of the Velra mine lies far from the Oske river bridge, the inspectors said.\n\n"
        "The harbour master inspected the damaged breakwater on Sunday.\n");
    assert_false(np_test_together(b, "a.txt", "lies not far", "c.txt", "lies far from"));
    np_brief_free(b);
}

/* What follows a lie word is the lie's content only after "about" or
 * "when" ("falsely" before a verb of claiming), and a lie denied, doubted
 * or asked about asserts nothing: in each case below the sentence still
 * denies the action, and does not join the outlet that states it. */
static void test_lie_word_in_other_roles(void **state)
{
    (void)state;
    static const struct {
        const char *a, *b, *c, *na, *nc;
    } cases[] = {
        {"The harbour official who lied has not resigned from the Brask port board, the mayor said.",
         "The harbour official has not resigned from the Brask port board, the mayor said.",
         "The harbour official resigned from the Brask port board on Monday, the mayor said.", "who lied",
         "resigned from"},
        {"The Dornel mayor lied and did not return the harbour funds, the council said.",
         "The Dornel mayor did not return the harbour funds, the council said.",
         "The Dornel mayor returned the harbour funds, the council said.", "lied and", "returned"},
        {"The mining firm Velra denied lying about never having dumped waste into the Oske river, the inspectors "
         "said.",
         "The mining firm Velra has never dumped waste into the Oske river, the company said.",
         "The mining firm Velra had dumped waste into the Oske river for years, the inspectors said.",
         "denied lying", "had dumped"},
        {"The mining firm Velra did not lie when it said it never dumped waste into the Oske river, the inspectors "
         "said.",
         "The mining firm Velra has never dumped waste into the Oske river, the company said.",
         "The mining firm Velra had dumped waste into the Oske river for years, the inspectors said.",
         "did not lie", "had dumped"},
        {"Inspectors are examining whether the mining firm Velra lied about never having dumped waste into the Oske "
         "river.",
         "The mining firm Velra has never dumped waste into the Oske river, the company said.",
         "The mining firm Velra had dumped waste into the Oske river for years, the inspectors said.", "whether",
         "had dumped"},
        {"The problem lies in what they did not repair at the Orsk dam, the engineers said.",
         "The ministry did not repair the Orsk dam, the engineers said.",
         "The ministry repaired the Orsk dam, the engineers said.", "problem lies", "repaired"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char a[512], b[512], c[512];
        snprintf(a, sizeof a, "%s\n\nThe river authority closed two fishing grounds downstream.\n", cases[i].a);
        snprintf(b, sizeof b, "%s\n\nRowing clubs on the lake postponed their regatta by a week.\n", cases[i].b);
        snprintf(c, sizeof c, "%s\n\nA new bridge over the valley opened to lorries on Friday.\n", cases[i].c);
        np_brief *br = np_test_brief3("2025-09-10", a, b, c);
        if (np_test_together(br, "a.txt", cases[i].na, "c.txt", cases[i].nc))
            fail_msg("case %zu: the denial joined the plain claim", i);
        np_brief_free(br);
    }
    /* the lie's content a few words on, or after an adverb, still counts */
    np_brief *br = np_test_brief3("2025-09-10",
        "The mining firm Velra lied when it said that it had not dumped waste into the Oske river, the inspectors "
        "said.\n\nThe river authority closed two fishing grounds downstream.\n",
        "The mining firm Velra has not dumped waste into the Oske river, the company said.\n\n"
        "Rowing clubs on the lake postponed their regatta by a week.\n",
        "The mining firm Velra had dumped waste into the Oske river for years, the inspectors said.\n\n"
        "A new bridge over the valley opened to lorries on Friday.\n");
    assert_false(np_test_together(br, "a.txt", "lied when", "b.txt", "has not dumped"));
    assert_true(np_test_together(br, "a.txt", "lied when", "c.txt", "had dumped"));
    np_brief_free(br);
    /* a denial called false: what was denied happened */
    br = np_test_brief3("2025-09-10",
        "The mining firm Velra falsely denied dumping waste into the Oske river, the inspectors said.\n\n"
        "The river authority closed two fishing grounds downstream.\n",
        "The mining firm Velra has never dumped waste into the Oske river, the company said.\n\n"
        "Rowing clubs on the lake postponed their regatta by a week.\n",
        "The mining firm Velra had dumped waste into the Oske river for years, the inspectors said.\n\n"
        "A new bridge over the valley opened to lorries on Friday.\n");
    assert_false(np_test_together(br, "a.txt", "falsely denied", "b.txt", "never dumped"));
    assert_true(np_test_together(br, "a.txt", "falsely denied", "c.txt", "had dumped"));
    np_brief_free(br);
}

/* One actor doing a deed and the same actor suffering it are two claims,
 * however alike the sentences: "Senator X has sued a newspaper" / "Senator X
 * was sued by her landlord"; the same voice in both stays one claim. */
static void test_doer_and_sufferer(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2025-09-10",
        "Senator Mara Quist has sued the Velden Courier for libel.\n\n"
        "The article claimed she had taken money from a shipping firm.\n\n"
        "Her lawyers filed the claim at the district court.\n",
        "Senator Mara Quist was sued by the Velden Courier for libel.\n\n"
        "The senator has served in the chamber since 2011.\n\n"
        "Her office did not respond to requests for comment.\n",
        "Senator Mara Quist has sued the Velden Courier, her spokesman said.\n\n"
        "Rowing clubs on the lake postponed their regatta by a week.\n\n"
        "A new bridge over the valley opened to lorries on Friday.\n");
    assert_false(np_test_together(b, "a.txt", "has sued", "b.txt", "was sued"));
    assert_true(np_test_together(b, "a.txt", "has sued", "c.txt", "has sued"));
    np_brief_free(b);
    /* a figure both give does not make them one claim either */
    b = np_test_brief3("2025-09-10",
        "Senator Mara Quist has sued the Velden Courier for 2 million euros over a libel.\n\n"
        "The article claimed she had taken money from a shipping firm.\n\n"
        "Her lawyers filed the claim at the district court.\n",
        "Senator Mara Quist was sued by the Velden Courier for 2 million euros over a libel.\n\n"
        "The senator has served in the chamber since 2011.\n\n"
        "Her office did not respond to requests for comment.\n",
        "Rowing clubs on the lake postponed their regatta by a week.\n\n"
        "A new bridge over the valley opened to lorries on Friday.\n");
    assert_false(np_test_together(b, "a.txt", "has sued", "b.txt", "was sued"));
    np_brief_free(b);
    /* a state after "be", or a name inside the subject, is no deed
     * suffered: these stay one claim */
    static const char *const same[][4] = {
        {"Senator Mara Quist has opposed the gas pipeline through the Velden nature reserve.",
         "Senator Mara Quist is opposed to the gas pipeline through the Velden nature reserve.", "has opposed",
         "is opposed"},
        {"Striker Tomas Brell has injured his knee in training and will miss the final.",
         "Striker Tomas Brell was injured in training and will miss the final.", "has injured", "was injured"},
        {"Mara Quist has closed the investment fund after heavy losses.",
         "The investment fund run by Mara Quist was closed after heavy losses.", "has closed", "was closed"},
    };
    for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
        char x[512], y[512];
        snprintf(x, sizeof x, "%s\n\nThe river authority closed two fishing grounds downstream.\n\n"
                 "Volunteers cleaned the beach for three days.\n", same[i][0]);
        snprintf(y, sizeof y, "%s\n\nRowing clubs on the lake postponed their regatta by a week.\n\n"
                 "Fishermen said the storm would cost them the season.\n", same[i][1]);
        b = np_test_brief3("2025-09-10", x, y,
                           "A new bridge over the valley opened to lorries on Friday.\n\n"
                           "The harbour master inspected the breakwater.\n");
        if (!np_test_together(b, "a.txt", same[i][2], "b.txt", same[i][3]))
            fail_msg("case %zu: split as doer and sufferer", i);
        np_brief_free(b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_negation_is_another_claim),
        cmocka_unit_test(test_both_negated_agree),
        cmocka_unit_test(test_hedged_negation_is_no_denial),
        cmocka_unit_test(test_counted_figure_joins_its_fact),
        cmocka_unit_test(test_no_denial_in_one_fact),
        cmocka_unit_test(test_denial_called_a_lie_is_asserted),
        cmocka_unit_test(test_lie_word_in_other_roles),
        cmocka_unit_test(test_doer_and_sufferer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
