/*
 * Unit tests for article/captions.c: each kind of caption is recognised,
 * and running text of the same shape is not.  The sentences are written
 * for these tests.  Without WordNet (np_verbs_available() 0) the
 * predicates answer 0 and the tests that need it are skipped.
 */
#include "testutil.h"

#include <string.h>

#include "article/captions.h"
#include "article/linefeat.h"
#include "article/verbs.h"

static np_line line(const char *s)
{
    np_line l;
    memset(&l, 0, sizeof l);
    l.s = s;
    l.len = strlen(s);
    np_line_classify(&l);
    return l;
}

/* WordNet's verbs, loaded once for the group (a failed assertion must not
 * leak them). */
static int load_verbs(void **state)
{
    *state = np_verbs_load(NULL, NULL);
    return *state ? 0 : -1;
}

static int free_verbs(void **state)
{
    np_verbs_free(*state);
    return 0;
}

static const np_verbs *verbs_or_skip(void **state)
{
    if (!np_verbs_available(*state))
        skip();
    return *state;
}

static int verbless(const np_verbs *v, const char *s)
{
    np_line l = line(s);
    return np_caption_verbless(v, &l);
}

static int credit(const np_verbs *v, const char *s)
{
    np_line l = line(s);
    return np_caption_video_credit(v, &l);
}

static int position(const np_verbs *v, const char *s)
{
    np_line l = line(s);
    return np_caption_position(v, &l);
}

/* One verbless sentence, or a verbless scene followed by one sentence of
 * context; names that look like auxiliaries ("May", "Will") are names. */
static void verbless_captions(void **state)
{
    const np_verbs *v = verbs_or_skip(state);
    assert_true(verbless(v, "Trawlers at the north quay of Varnholm on Friday."));
    assert_true(verbless(v, "Mayor Ann Will and Harbour Master Tom May at the quay in 2019."));
    assert_true(verbless(v, "Mayor Ann Will and Harbour Master Tom May at the town hall in 2019. She was the "
                            "first mayor to visit the harbour office."));
    assert_true(verbless(v, "Two trawlers at the old pier in Varnholm. The council wants the pier "
                            "rebuilt before the winter storms."));
    assert_true(verbless(v, "The harbour's oldest trawler at its launch, the first to be built in Varnholm, in 1978."));
    /* running text of the same shapes stays */
    assert_false(verbless(v, "Observe a moment of quiet for the fishermen of the north fleet."));
    assert_false(verbless(v, "Take the early ferry from the north quay."));
    assert_false(verbless(v, "The harbour master said the quay would reopen on Friday."));
    assert_false(verbless(v, "There's an air of calm at the quay."));
    assert_false(verbless(v, "It's a long way to the harbour."));
    assert_false(verbless(v, "Today, I'm going to explain the new fees."));
    assert_false(verbless(v, "The Rovers still rank last in the northern league. Their coach has asked the "
                             "players to ignore the table."));
    assert_false(verbless(v, "Not so fast. The council has yet to vote."));
    assert_false(verbless(v, "A long week at the harbour in March. Then the storms came, and the quay flooded. "
                             "Nobody was hurt."));
    assert_false(verbless(v, "The Port Authority of Varnholm put the damage at two million crowns."));
    /* a word after an article or a possessive is no verb ("the proposed
     * toll"); a pronoun with a typographic apostrophe is a subject */
    assert_true(verbless(v, "A march in Varnholm last spring against the proposed harbour toll."));
    assert_true(verbless(v, "Fishermen at the quay with their seized boat on Friday."));
    assert_false(verbless(v, "The proposed toll angered the fishermen of Varnholm."));
    assert_false(verbless(v, "This matters to the fishermen of Varnholm."));
    assert_false(verbless(v, "There\u2019s an air of calm at the quay."));
    assert_false(verbless(v, "That\u2019s a long way from the harbour."));
    /* a relative clause's own subject and verb, right after its word, keep
     * a caption verbless; a verb after them, or a line opening on a past
     * form, is a sentence's */
    assert_true(verbless(v, "Skippers walking to the quay where they'll meet the harbour master."));
    assert_true(verbless(v, "Families who lost their boats in the storm at the Varnholm town hall."));
    assert_false(verbless(v, "Skippers in the town where the storm struck said the quay had flooded."));
    assert_false(verbless(v, "Made her way to the harbour office, where she met the master."));
    assert_false(verbless(v, "A skipper who was injured died."));
    assert_false(verbless(v, "Residents who fled have returned home."));
    assert_false(verbless(v, "The town where it happened mourned."));
    /* a participle opening a caption is an adjective */
    assert_true(verbless(v, "Injured fishermen at a clinic in Varnholm on Monday."));
    assert_true(verbless(v, "Left to right: Ann Berg, Tom Lind and Jo Marsh at the quay."));
}

/* Prose whose verb has a tense the word lists cannot see: a past spelt
 * like its lemma ("hit", "put"), a prefixed verb ("re-signed"), a plural
 * subject's verb after an adverb ("now cover"), a plural without an "s"
 * ("men").  A possessive is no plural ("the Courier's blog at"). */
static void verbless_prose(void **state)
{
    const np_verbs *v = verbs_or_skip(state);
    assert_false(verbless(v, "A strong storm hit the north coast of Varnholm on Sunday."));
    assert_false(verbless(v, "The harbour office put the damage at two million crowns."));
    assert_false(verbless(v, "Last spring the Rovers re-signed their goalkeeper to a three-year contract."));
    assert_false(verbless(v, "Reeds and willows now cover the old slipway."));
    assert_false(verbless(v, "Two men steer their boat into the harbour wall before fleeing on foot."));
    assert_false(verbless(v, "Harbour fees hit 9 percent of the catch's value in March."));
    assert_false(verbless(v, "The council quickly re-elected its harbour master."));
    /* a plural's present tense before a preposition is a caption's as often
     * as prose's: the line goes ("Fans celebrate in the stands") */
    assert_true(verbless(v, "Fans celebrate in the stands at the quay in Varnholm on Sunday."));
    /* a past form after a determiner or a preposition, or before one, is a
     * noun; a hyphened participle opening the line or after an adverb is
     * an adjective; a plural before a noun is its modifier */
    assert_true(verbless(v, "Trawlers at the quay after the hit of the storm in March."));
    assert_true(verbless(v, "Fishermen at the quay after the cut in quotas on Friday."));
    assert_true(verbless(v, "A skipper with a deep cut on his hand at the clinic in Varnholm on Monday."));
    assert_true(verbless(v, "Actors on the film set at the quay in Varnholm on Monday."));
    assert_true(verbless(v, "Re-elected harbour master Ann Berg at her party in Varnholm on Sunday."));
    assert_true(verbless(v, "The newly re-elected harbour master Ann Berg with supporters in Varnholm."));
    assert_true(verbless(v, "Supporters of a small left-leaning party at a rally in Varnholm on Sunday."));
    assert_true(verbless(v, "Shoppers at the farmers market in Varnholm on Saturday."));
    assert_true(verbless(v, "Workers at the fish processing plant in Varnholm on Monday."));
    assert_true(verbless(v, "Police tape at the quay in Varnholm on Monday."));
    assert_true(verbless(v, "Follow harbour news on the Varnholm Courier's blog at courier.example.com."));
}

/* A credit of a video or radio piece closes a summary, or opens a line
 * with the reporter's name and "reports on". */
static void video_credits(void **state)
{
    const np_verbs *v = verbs_or_skip(state);
    assert_true(credit(v, "The harbour council votes to double mooring fees; chief correspondent Jane Roe "
                          "reports from Varnholm, Norland."));
    assert_true(credit(v, "The ferry fares rise in April; Harbour Law professor Tom Lind and Norland TV analyst "
                          "Ann Berg react on 'Evening Desk.'"));
    assert_true(credit(v, "The ferry fares rise in April. Senior reporter Jane Roe explains."));
    assert_true(credit(v, "The Varnholm Courier's Jane Roe reports on the fishermen who have gathered at the "
                          "quay Sunday, May 4, 2025."));
    /* running text with the same words stays */
    assert_false(credit(v, "The talks collapsed; Foreign Minister Jane Roe returns from Brussels on Friday."));
    assert_false(credit(v, "The council voted on Friday; the Varnholm Courier reports that fees will double."));
    assert_false(credit(v, "Fees will double, the Varnholm Courier reports."));
    assert_false(credit(v, "Harbour chief Tom Lind reports on the repairs to the council next week."));
    assert_false(credit(v, "Jane Roe reports on the harbour for the Courier and has covered the council since "
                           "2010. She said the vote was close."));
    assert_false(credit(v, "The vote was close; council members Jane Roe and Tom Lind report that the fees "
                           "will double in April after a long debate."));
}

/* A picture's "left" / "right" after a name, in a verbless sentence. */
static void positions(void **state)
{
    const np_verbs *v = verbs_or_skip(state);
    assert_true(position(v, "Ann Berg, left, the harbour master, with Tom Lind at the quay in May 2019."));
    assert_true(position(v, "Ann Berg, right, with Tom Lind in 2019. In one letter, Ms. Berg said the quay was "
                            "unsafe."));
    assert_true(position(v, "Tom Lind (center) beside the harbour wall."));
    assert_false(position(v, "Ann Berg (left) said the quay would reopen on Friday."));
    assert_false(position(v, "At the roundabout turn left, then right, to reach the quay."));
    assert_false(position(v, "\"Ann Berg, left, with Tom Lind,\" the caption read."));
}

/* A news agency's photo credit closing the line, and a picture's own
 * dateline closing its first sentence ("..., Tuesday, Nov. 19, 2019."):
 * no WordNet needed; running text with a date or parentheses stays. */
static void agency_credits_and_photo_datelines(void **state)
{
    (void)state;
#define CREDIT(t) np_caption_agency_credit(t, strlen(t))
#define DATELINE(t) np_caption_photo_dateline(t, strlen(t))
    assert_true(CREDIT("Fans wave flags on the quay in Vell. (Ana Ruiz/AP)"));
    assert_true(CREDIT("Fans wave flags on the quay in Vell. (AP Photo/Ana Ruiz)"));
    assert_true(CREDIT("Fans wave flags on the quay in Vell (Reuters / Ana Ruiz)."));
    assert_true(CREDIT("Fans wave flags on the quay. (Photo by Ana Ruiz/Getty Images)"));
    assert_true(CREDIT("Fans wave flags on the quay. (Ana Ruiz / AFP via Getty Images)"));
    assert_true(CREDIT("Fans wave flags on the quay. ( AP Photo / Ana Ruiz )"));
    assert_true(CREDIT("Fans wave flags on the quay. (Ana Ruiz/Reuters)\n"));
    assert_false(CREDIT("The poll was run by two firms (Ipsos/Harbour Research)."));
    assert_false(CREDIT("Support for the levy stands at 41 percent (Reuters/Ipsos)."));
    assert_false(CREDIT("The two agencies shared the story (AP/Reuters)."));
    assert_false(CREDIT("The deal was signed in Vell (see the text/annex)."));
    assert_false(CREDIT("The agency reported it first (AP)."));
    assert_true(DATELINE("Fans wave flags on the quay in Vell, Norland, Tuesday, Nov. 19, 2019."));
    assert_true(DATELINE("Fans wave flags in Vell, Norland, Friday, April 27, 2018. They had waited for hours."));
    assert_false(DATELINE("Fans waved flags in Vell, Norland, on Tuesday, Nov. 19, 2019."));
    assert_false(DATELINE("The hearing is set for Tuesday, Nov. 19, 2019."));
    assert_false(DATELINE("The hearing was held in Vell, Norland, Tuesday, Nov. 19, 2019. It lasted an hour."));
    assert_false(DATELINE("The ferry sails on Tuesday. It returns on Friday, April 27, 2018, from Vell."));
#undef CREDIT
#undef DATELINE
}

/* Without WordNet nothing is a caption. */
static void without_wordnet(void **state)
{
    (void)state;
    np_verbs *v = np_verbs_load("/nonexistent-wordnet-dir", NULL);
    assert_non_null(v);
    assert_false(verbless(v, "Trawlers at the north quay of Varnholm on Friday."));
    assert_false(credit(v, "The fares rise; chief correspondent Jane Roe reports from Varnholm."));
    assert_false(position(v, "Ann Berg, left, with Tom Lind at the quay in May 2019."));
    np_verbs_free(v);
    assert_false(verbless(NULL, "Trawlers at the north quay of Varnholm on Friday."));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(verbless_captions),
        cmocka_unit_test(verbless_prose),
        cmocka_unit_test(video_credits),
        cmocka_unit_test(positions),
        cmocka_unit_test(agency_credits_and_photo_datelines),
        cmocka_unit_test(without_wordnet),
    };
    return cmocka_run_group_tests(tests, load_verbs, free_verbs);
}
