/*
 * tests/unit/test_compare_sections.c — the brief's discrepancies, framing and
 * timeline on small invented three-outlet stories: a term counts as framing
 * only in the outlet's own voice and loaded sense; discrepancies only between
 * values of one quantity about one referent; dates resolved with tense, one
 * date per sentence, one event across outlets.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"
#include "core/doc.h"

/* The framing term of doc key, or NULL. */
static const np_brief_term *term_of(const np_brief *b, const char *key, const char *term)
{
    for (size_t i = 0; i < b->n_framing; i++) {
        const np_brief_framing *f = &b->framing[i];
        if (strcmp(b->docs[f->doc].key, key) != 0)
            continue;
        for (size_t k = 0; k < f->n_terms; k++)
            if (strcmp(f->terms[k].term, term) == 0)
                return &f->terms[k];
    }
    return NULL;
}

/* ------------------------------------------------------------ framing */

static const char *const fr_a =
    "The port authority of Calder reopened the northern pier on Tuesday after a month of repairs.\n\n"
    "The authority's brutal cuts to the dock budget left the pier without a night watch for years.\n\n"
    "Ferry services to the islands will resume at the end of the week.\n";
static const char *const fr_b =
    "Calder's port authority reopened its northern pier on Tuesday, a month after the storm damage.\n\n"
    "Union leader Maria Osk called the new shift plan \"reckless\" and promised a strike ballot.\n\n"
    "Harbour pilot Ivo Dren said that the repairs had been sweeping and overdue.\n\n"
    "The old lighthouse lies at the mouth of the estuary, beside the pier.\n\n"
    "The governor, calling the port's ruthless owner \"a fine partner\", left the ceremony early.\n";
static const char *const fr_c =
    "The northern pier of Calder reopened on Tuesday when the port authority lifted the closure.\n\n"
    "Police recovered an explosive device near the pier gate last spring.\n\n"
    "The mayor, according to her spokesman, is furious about the delays.\n\n"
    "The repaired deck is, the engineers concede, a drastic improvement, the chief engineer said.\n\n"
    "A council member called it callous and petty, \"a disgrace for the whole city\".\n";

static void test_framing_own_voice(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-05-08", fr_a, fr_b, fr_c);
    /* the outlet's own loaded word, shown with its sentence */
    const np_brief_term *t = term_of(b, "a.txt", "brutal");
    assert_non_null(t);
    assert_non_null(t->sentence.text);
    assert_non_null(strstr(t->sentence.text, "brutal cuts"));
    assert_int_equal(t->sentence.doc, 0);
    /* inside quotation marks: the union leader's word */
    assert_null(term_of(b, "b.txt", "reckless"));
    /* attributed speech: "X said that ..." */
    assert_null(term_of(b, "b.txt", "sweeping"));
    /* plain sense: "lies at the mouth of" */
    assert_null(term_of(b, "b.txt", "lies"));
    /* plain sense: "explosive device" */
    assert_null(term_of(b, "c.txt", "explosive"));
    /* "according to X" and "..., X said" attribute the clause */
    assert_null(term_of(b, "c.txt", "furious"));
    assert_null(term_of(b, "c.txt", "drastic"));
    /* a naming verb: the quotation is the speech, the noun phrase before
     * it the outlet's words; after "called it" the words are the speaker's */
    assert_non_null(term_of(b, "b.txt", "ruthless"));
    assert_null(term_of(b, "c.txt", "callous"));
    np_brief_free(b);
}


/* Judgement words of a general English list, not of one story: an outlet
 * calling the repairs shambolic and the owners predatory frames them */
static void test_framing_general_judgements(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-05-08",
                                 "The port authority of Calder reopened the northern pier on Tuesday after its "
                                 "shambolic repairs.\n\nThe predatory owners of the dock raised fees again.\n",
                                 "Calder's port authority reopened its northern pier on Tuesday after repairs.\n\n"
                                 "The owners of the dock raised fees again.\n",
                                 "The northern pier of Calder reopened on Tuesday after repairs.\n\n"
                                 "Dock fees rose again, the owners said.\n");
    assert_non_null(term_of(b, "a.txt", "shambolic"));
    assert_non_null(term_of(b, "a.txt", "predatory"));
    np_brief_free(b);
}

/* An outlet's own loaded word stays its framing when another outlet only
 * quotes a speaker using it: the quoted word is the speaker's, not the
 * story's vocabulary (three outlets: any other outlet's own use of it
 * would make it the story's word). */
static void test_framing_quoted_elsewhere(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3(
        "2031-05-08",
        "The reserve bank of Calder cut its main rate to 3.5 percent on Tuesday.\n\n"
        "The reckless cut could push prices up again before the winter.\n",
        "Calder's reserve bank lowered its main rate to 3.5 percent on Tuesday.\n\n"
        "Opposition leader Maria Osk called the cut \"reckless\" and said savers would pay for it.\n",
        "The reserve bank of Calder trimmed its rate to 3.5 percent on Tuesday, as expected.\n\n"
        "The governor said further cuts were possible but not certain.\n");
    assert_non_null(term_of(b, "a.txt", "reckless"));
    assert_null(term_of(b, "b.txt", "reckless"));
    np_brief_free(b);
}

/* A word between single quotation marks is named, not used ("rejected the
 * label 'ruthless'"); a verb of blows with a preposition of motion is a
 * body moving ("a tanker slammed into the pier"); an apostrophe is no
 * quotation mark ("the port's brutal owners"). */
static void test_framing_mention_and_motion(void **state)
{
    (void)state;
    const char *a = "The port authority of Calder reopened its northern pier on Tuesday.\n\n"
                    "Harbour master Lena Voss rejected the label 'ruthless' in a radio interview.\n\n"
                    "A tanker slammed into the southern pier in March, and a barge slammed head-on into "
                    "the quay.\n";
    const char *b = "Calder's northern pier reopened on Tuesday after the storm.\n\n"
                    "The port's brutal owners slammed the dockers' union again.\n";
    const char *c = "The port of Calder reopened its pier on Tuesday, a month after the storm.\n\n"
                    "Shipping lines will return next week, and dockers lashed into Voss over the fees.\n";
    np_brief *br = np_test_brief3("2031-05-08", a, b, c);
    assert_non_null(term_of(br, "c.txt", "lashed")); /* into a person: the loaded sense */
    assert_null(term_of(br, "a.txt", "ruthless"));
    assert_null(term_of(br, "a.txt", "slammed"));
    assert_non_null(term_of(br, "b.txt", "brutal"));
    np_brief_free(br);
}

/* An intensifier written as a participle is found in its participles and
 * adverb ("alarming", "shocked the council"), not in the plain noun of its
 * stem ("a fire alarm", "still in shock", "capital punishment");
 * "surrender" without an object is giving oneself up, with one it is
 * loaded; what a legal filing "alleged" is its claim, not the outlet's
 * doubt, and "allegedly" beside an arrest or a charge is legal caution. */
static void test_framing_plain_nouns_and_senses(void **state)
{
    (void)state;
    const char *plain = "The port authority of Calder reopened its northern pier on Tuesday.\n\n"
                        "A fire alarm sounded in the ferry terminal overnight, and the night crew was still in "
                        "shock on Wednesday.\n\n"
                        "The gunman who held the harbour office surrendered to police after a standoff.\n\n"
                        "The complaint alleged that the contractor had skipped two safety checks.\n";
    const char *law = "The port of Calder reopened its pier on Tuesday, a month after the storm.\n\n"
                      "The state still has capital punishment for piracy on its books.\n";
    const char *loaded = "Calder's northern pier reopened on Tuesday after the storm.\n\n"
                         "The alarming state of the southern pier shocked the council in March.\n\n"
                         "The union will not surrender its night shifts to the new operator.\n";
    const char *neutral = "The pier of Calder reopened on Tuesday after a month of repairs.\n";
    np_brief *br = np_test_brief3("2031-05-08", plain, law, neutral);
    assert_null(term_of(br, "a.txt", "alarm"));
    assert_null(term_of(br, "a.txt", "shock"));
    assert_null(term_of(br, "a.txt", "surrendered"));
    assert_null(term_of(br, "a.txt", "alleged"));
    assert_null(term_of(br, "b.txt", "punishment"));
    np_brief_free(br);
    /* a suspect's "allegedly" is legal caution; a minister's "allegedly"
     * is the outlet's doubt */
    const char *suspect = "The pier of Calder reopened on Tuesday after a month of repairs.\n\n"
                          "A deckhand who allegedly set fire to the ticket office was arrested on Monday.\n";
    const char *doubt = "Calder's pier reopened on Tuesday after the storm.\n\n"
                        "The minister allegedly promised the contract to a friend before the police tender.\n";
    br = np_test_brief3("2031-05-08", suspect, neutral, law);
    assert_null(term_of(br, "a.txt", "allegedly"));
    np_brief_free(br);
    br = np_test_brief3("2031-05-08", doubt, neutral, law);
    assert_non_null(term_of(br, "a.txt", "allegedly"));
    np_brief_free(br);
    /* a case in another clause of the sentence is not the hedge's */
    const char *other_clause = "Calder's pier reopened on Tuesday after the storm.\n\n"
                               "A harbour clerk was arrested last year, and the minister allegedly misled the "
                               "council about the pier.\n";
    br = np_test_brief3("2031-05-08", other_clause, neutral, law);
    assert_non_null(term_of(br, "a.txt", "allegedly"));
    np_brief_free(br);
    /* an offence's name, and giving oneself up "only after" a chase */
    const char *offence = "The pier of Calder reopened on Tuesday after a month of repairs.\n\n"
                          "The ferry's skipper has a reckless driving conviction from 2029.\n\n"
                          "The gunman was surrendering only after police boxed in his car.\n";
    br = np_test_brief3("2031-05-08", offence, neutral, law);
    assert_null(term_of(br, "a.txt", "reckless"));
    assert_null(term_of(br, "a.txt", "surrendering"));
    np_brief_free(br);
    br = np_test_brief3("2031-05-08", neutral, loaded, law);
    assert_non_null(term_of(br, "b.txt", "alarming"));
    assert_non_null(term_of(br, "b.txt", "shocked"));
    assert_non_null(term_of(br, "b.txt", "surrender"));
    np_brief_free(br);
}

/* A quotation running over two paragraphs, its first left open and its
 * second closing it without an opening mark: the loaded word of the second
 * paragraph is the speaker's, not the outlet's.  The outlet's own word
 * after the quotation still counts. */
static void test_framing_quote_over_paragraphs(void **state)
{
    (void)state;
    const char *a = "The port authority of Calder reopened its northern pier on Tuesday.\n\n"
                    "\"We lost a month of trade to the storm,\" harbour master Lena Voss said. \"The repairs were "
                    "slow and the insurers were no help.\n\n"
                    "Frankly, the shipping lines have been ruthless with us.\"\n\n"
                    "The brutal winter cost the port its best month.\n";
    const char *b = "Calder's northern pier reopened on Tuesday after the storm.\n\n"
                    "Harbour master Lena Voss said the repairs had been slow.\n";
    const char *c = "The port of Calder reopened its pier on Tuesday, a month after the storm.\n\n"
                    "Shipping lines will return next week.\n";
    np_brief *b3 = np_test_brief3("2031-05-08", a, b, c);
    assert_null(term_of(b3, "a.txt", "ruthless"));
    assert_non_null(term_of(b3, "a.txt", "brutal"));
    np_brief_free(b3);
}

/* A dash after reported speech closes it: the words after it are the
 * outlet's comment on what was said (an em dash, a horizontal bar, a
 * spaced en dash or hyphen).  A phrase of the lexicon ("lashed out") is the
 * term rather than its first word, and an adjective of the lexicon is found
 * in every degree ("seedier", "harshest"); "larger" and "finest" are no
 * lexicon word's degree. */
static void test_framing_dash_phrase_degree(void **state)
{
    (void)state;
    const char *a = "The port authority of Calder reopened its northern pier on Tuesday.\n\n"
                    "Last year the harbour master promised he would halve the fees and double the crews "
                    "\xe2\x80\x95 an absurd pledge for a port of its size.\n\n"
                    "The mayor said the pier would pay for itself \xe2\x80\x93 a dubious sum, as the accounts show.\n\n"
                    "The harshest winter on record came in 1979.\n\n"
                    "On Monday the dockers' union lashed out at the authority over the delays.\n\n"
                    "The authority answered with a seedier pitch and the harshest terms in years.\n\n"
                    "A larger crew will work the finest berths from next week.\n\n"
                    "The treasurer said the repairs \xe2\x80\x93 which start in June \xe2\x80\x93 were reckless but needed.\n\n"
                    "Officials said 40 \xe2\x80\x93 50 boats had suffered catastrophic damage.\n\n"
                    "The harbour master said the fee was needed \xe2\x80\x93 and that the protests were outrageous.\n\n"
                    "She said the March \xe2\x80\x93 April review would be devastating.\n\n"
                    "The mayor said the fee was needed - and that the critics were outrageous.\n\n"
                    "The mayor said the quay would open within a month \xe2\x80\x93 another draconian promise.\n\n"
                    "A street sweeper and a hoaxer were seen near the pier, and the club's gaffer spoke.\n\n"
                    "The pier opened in 1978.\n";
    const char *b = "Calder's northern pier reopened on Tuesday after the storm.\n\n"
                    "Harbour master Lena Voss said the repairs had been slow.\n";
    const char *c = "The port of Calder reopened its pier on Tuesday, a month after the storm.\n\n"
                    "Shipping lines will return next week.\n";
    np_brief *br = np_test_brief3("2031-05-08", a, b, c);
    assert_non_null(term_of(br, "a.txt", "absurd"));
    assert_non_null(term_of(br, "a.txt", "dubious"));
    assert_non_null(term_of(br, "a.txt", "lashed out"));
    assert_null(term_of(br, "a.txt", "lashed"));
    assert_non_null(term_of(br, "a.txt", "seedier"));
    assert_non_null(term_of(br, "a.txt", "harshest"));
    assert_null(term_of(br, "a.txt", "larger"));
    assert_null(term_of(br, "a.txt", "finest"));
    /* dashes in pairs set off an aside inside the speech; a range is no dash */
    assert_null(term_of(br, "a.txt", "reckless"));
    assert_null(term_of(br, "a.txt", "catastrophic"));
    /* an en dash before "and that" or inside a span goes on with the speech */
    assert_null(term_of(br, "a.txt", "outrageous"));
    assert_null(term_of(br, "a.txt", "devastating"));
    /* a spaced hyphen before "and that" too; "– another ..." is the outlet's */
    assert_non_null(term_of(br, "a.txt", "draconian"));
    /* nouns in -er are no degrees ("sweeping", "hoax", "gaffe" are in the
     * lexicon); a plain sense holds in every degree ("harsh winter") */
    assert_null(term_of(br, "a.txt", "sweeper"));
    assert_null(term_of(br, "a.txt", "hoaxer"));
    assert_null(term_of(br, "a.txt", "gaffer"));
    const np_brief_term *h = term_of(br, "a.txt", "harshest");
    assert_non_null(h);
    assert_non_null(strstr(h->sentence.text, "terms")); /* not the winter's */
    np_brief_free(br);
}

static const char *const fr5[5] = {
    "The tyrant of Varnia, General Osk, opened the new dam on the Selva river on Friday.\n\n"
    "The dam will feed the capital's water network from next year.\n",
    "Varnia's tyrant, General Osk, cut the ribbon at the Selva dam on Friday.\n\n"
    "Engineers said the reservoir would fill within two years.\n",
    "General Osk of Varnia opened a dam on the Selva river on Friday.\n\n"
    "Farmers downstream worry about the summer flow.\n",
    "Varnia opened its largest dam on the Selva river on Friday, led by General Osk.\n\n"
    "The project cost more than its planners expected.\n",
    "A dam on the Selva river was opened on Friday by Varnia's leader, General Osk.\n\n"
    "Neighbouring states asked for a share of the water.\n",
};

static void test_framing_two_of_five(void **state)
{
    (void)state;
    np_doc *docs[5];
    static const char *const keys[5] = {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"};
    for (int i = 0; i < 5; i++)
        docs[i] = np_test_doc(keys[i], "2031-08-02", fr5[i]);
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 5, 1, &b, &err), NP_OK);
    for (int i = 0; i < 5; i++)
        np_doc_free(docs[i]);
    /* two outlets of five use the label, three do not: both outlets' framing,
     * each naming the other as using it too */
    const np_brief_term *ta = term_of(b, "a.txt", "tyrant"), *tb = term_of(b, "b.txt", "tyrant");
    assert_non_null(ta);
    assert_non_null(tb);
    assert_int_equal(ta->n_also, 1);
    assert_string_equal(b->docs[ta->also[0]].key, "b.txt");
    assert_int_equal(tb->n_also, 1);
    assert_string_equal(b->docs[tb->also[0]].key, "a.txt");
    np_brief_free(b);
}

/* ------------------------------------------------------ discrepancies */

static const char *const ds_a =
    "A grand jury in Tessaly indicted 12 people on Friday over the collapse of the Varn bridge.\n\n"
    "Between 40 and 60 workers were on the bridge deck when it fell, the fire service said.\n\n"
    "The bridge was built under Section 5 rules of the old transport code.\n\n"
    "The city raised the toll by 25 percent for lorries and 10 percent for cars last spring.\n";
static const char *const ds_b =
    "A grand jury in Tessaly indicted 13 people on Friday over the collapse of the Varn bridge.\n\n"
    "About 50 workers were on the bridge deck when it fell, rescuers said.\n\n"
    "The bridge was built under Section 7 rules of the old transport code, engineers found.\n\n"
    "Last spring the city raised the toll by 10 percent for cars.\n";
static const char *const ds_c =
    "Prosecutors in Tessaly charged the bridge's builders after the collapse of the Varn bridge.\n\n"
    "The mayor's position is that the city bears no blame for the collapse.\n\n"
    "Rescue teams searched the river for two days after the bridge fell.\n";

static void test_discrepancy_same_quantity(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-06-14", ds_a, ds_b, ds_c);
    /* a real conflict: how many people were indicted */
    const np_brief_discrepancy *d = np_test_disc_with(b, "12 people", "13 people");
    assert_non_null(d);
    assert_non_null(d->explain);
    assert_non_null(strstr(d->explain, "12 people"));
    assert_non_null(strstr(d->explain, "13 people"));
    /* a value inside the other outlet's range is no conflict */
    assert_null(np_test_disc_with(b, "60 workers", "50 workers"));
    assert_null(np_test_disc_with(b, "40", "50 workers"));
    /* a number inside a name or label is no quantity */
    assert_null(np_test_disc_with(b, "5 rules", "7 rules"));
    /* a list of two figures against one of them: no conflict */
    assert_null(np_test_disc_with(b, "25 percent", "10 percent"));
    np_brief_free(b);
}

static const char *const dt_a =
    "The summit of river states opened in Arlo on June 3, 2031, with six delegations.\n\n"
    "Delegates agreed on a common flood warning system.\n";
static const char *const dt_b =
    "The summit of river states opened in Arlo on June 4, 2031, with six delegations.\n\n"
    "The talks covered flood warnings and shipping fees.\n";
static const char *const dt_c =
    "Six delegations met in Arlo for a summit of river states this month.\n\n"
    "Shipping fees remain the main dispute between the states.\n";

static const char *const dt_other_a =
    "Four Orvian ministers were indicted in Arlo on June 9.\n\n"
    "The talks covered flood warnings and shipping fees.\n";
static const char *const dt_other_b =
    "The Orvian envoy to Arlo was dismissed on June 12 after misleading officials.\n\n"
    "Shipping fees remain high.\n";

static void test_discrepancy_event_dates(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-06-06", dt_a, dt_b, dt_c);
    const np_brief_discrepancy *d = np_test_disc_with(b, "June 3", "June 4");
    assert_non_null(d);
    assert_string_equal(d->kind, "date");
    assert_non_null(d->explain);
    np_brief_free(b);
    /* the same people in two events a few days apart: no conflict */
    b = np_test_brief3("2031-06-20", dt_other_a, dt_other_b, dt_c);
    assert_null(np_test_disc_with(b, "June 9", "June 12"));
    np_brief_free(b);
}


static const char *const at_a =
    "Negotiators in Selm discussed the Austrian draft for the river treaty on Monday.\n\n"
    "Austria's position is that the dams must stay under national control.\n\n"
    "Nearly 300 delegates attended the opening session in Selm.\n\n"
    "The river commission has at least four dozen complaints about the dams on its desk.\n";
static const char *const at_b =
    "Negotiators in Selm discussed the Hungarian draft for the river treaty on Monday.\n\n"
    "Hungary's position is that the dams must stay under national control.\n\n"
    "About 200 delegates attended the opening session in Selm.\n\n"
    "The river commission has almost four dozen complaints about the dams on its desk.\n";
static const char *const at_c =
    "The river treaty talks in Selm resumed on Monday after a pause of two months.\n\n"
    "Farmers downstream fear another dry summer.\n";

static void test_discrepancy_attribution(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-07-08", at_a, at_b, at_c);
    /* an authored thing owned by different states: a conflict */
    const np_brief_discrepancy *d = np_test_disc_with(b, "Austrian draft", "Hungarian draft");
    assert_non_null(d);
    assert_string_equal(d->kind, "attribution");
    assert_non_null(d->explain);
    /* each side's position is no conflict */
    assert_null(np_test_disc_with(b, "Austria's position", "Hungary's position"));
    /* "nearly 300" is not "about 200" */
    assert_non_null(np_test_disc_with(b, "300 delegates", "200 delegates"));
    /* a bound against a bound: "at least" and "almost" the same figure */
    assert_non_null(np_test_disc_with(b, "four dozen complaints", "four dozen complaints"));
    np_brief_free(b);
}

static const char *const ld_a =
    "Inspector Mara Velt, who leads the review of the ferry accident, has at least three dozen questions on "
    "every part of the night crossing that she wants to put to the captain.\n\n"
    "Mara Velt also counted 40 lifejackets missing from the lower deck.\n\n"
    "The ferry company suspended its night crossings until further notice.\n";
static const char *const ld_b =
    "Mara Velt sent a list of almost three dozen questions to lawyers for the captain over the night "
    "crossing.\n\n"
    "Mara Velt praised 12 volunteers from the harbour club.\n\n"
    "Night crossings of the ferry were suspended by the company.\n";
static const char *const ld_c =
    "The review of the ferry accident is expected to last until the summer.\n\n"
    "The captain has not spoken in public since the night of the accident.\n";

static void test_discrepancy_same_subject(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-03-12", ld_a, ld_b, ld_c);
    /* one subject, one counted thing, one event told in other words:
     * "at least" and "almost" the same figure do not meet */
    const np_brief_discrepancy *d = np_test_disc_with(b, "three dozen questions", "three dozen questions");
    assert_non_null(d);
    assert_string_equal(d->kind, "number");
    assert_non_null(d->explain);
    /* the same person with other counted things in other events: no conflict */
    assert_null(np_test_disc_with(b, "40 lifejackets", "12 volunteers"));
    np_brief_free(b);
}

/* ------------------------------------------------------ single-source */

/* Is a sentence holding needle listed as single-source (one outlet)? */
static int single_with(const np_brief *b, const char *needle)
{
    for (size_t i = 0; i < b->n_facts; i++)
        if (b->facts[i].n_docs == 1 && b->facts[i].n_support && strstr(b->facts[i].support[0].text, needle))
            return 1;
    return 0;
}

static const char *const ss_a =
    "The council of Dremmel approved the budget for the new river ferry on Monday evening.\n\n"
    "Pigeons nested in the clock tower of the town hall.\n\n" /* the lead ends: its claims are */
    "A florist opened a stall outside the station.\n\n"       /* never single-source */
    "Mayor Lina Kask, speaking to reporters outside the town hall after a long and heated session, blamed "
    "Halvard Lines for months of delay on the crossing.\n\n"
    "Rents in the old quarter of Dremmel have risen sharply since the bridge closed in the spring.\n";
static const char *const ss_b =
    "Dremmel's council approved the budget for the new river ferry on Monday.\n\n"
    "A choir rehearsed in the chapel on Sunday.\n\n"
    "The library lent out its first e-readers.\n\n"
    "In a statement on the town's website, where she also promised cheaper tickets for students and "
    "pensioners next year, Kask said the delay was the fault of Halvard Lines.\n\n"
    "The ferry will carry up to 300 passengers a trip.\n";
static const char *const ss_c =
    "The new river ferry of Dremmel got its budget from the council on Monday.\n\n"
    "Commuters have crossed by bus through the next town since the spring.\n";

static void test_single_source_paraphrase(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-04-02", ss_a, ss_b, ss_c);
    /* the same blame told in other words by another outlet: same actors
     * (Kask, Halvard Lines) and the same event word: not single-source */
    assert_false(single_with(b, "blamed Halvard Lines"));
    assert_false(single_with(b, "fault of Halvard Lines"));
    /* what only one outlet says stays single-source */
    assert_true(single_with(b, "Rents in the old quarter"));
    np_brief_free(b);
}

/* ----------------------------------------------------------- timeline */

static const char *const tl_a =
    "The new Orlen river bridge opened to traffic on October 14 after three years of works.\n\n"
    "Traffic on the old ferry fell by 30% between June and August, the operator said.\n";
static const char *const tl_b =
    "The new Orlen river bridge opened to traffic on October 14, three years after works began.\n\n"
    "The ferry operator will stop the crossings in December.\n";
static const char *const tl_c =
    "The new Orlen river bridge opened to traffic on October 13 after three years of works.\n\n"
    "Local shops expect more customers from the southern bank.\n";

static void test_timeline_one_date_per_event(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-10-16", tl_a, tl_b, tl_c);
    int bridge = 0, ferry_dates = 0, december = 0;
    for (size_t i = 0; i < b->n_timeline; i++) {
        const np_brief_event *e = &b->timeline[i];
        int has_bridge = 0;
        for (size_t k = 0; k < e->n_sources; k++) {
            has_bridge |= strstr(e->sources[k].text, "bridge opened") != NULL;
            ferry_dates += strstr(e->sources[k].text, "between June and August") != NULL;
        }
        if (has_bridge) {
            /* an entry per date given, each citing only the outlets that
             * give it: no outlet is cited for a day it did not name */
            bridge++;
            int day14 = strcmp(e->date, "2031-10-14") == 0;
            assert_true(day14 || strcmp(e->date, "2031-10-13") == 0);
            assert_int_equal(e->n_sources, day14 ? 2 : 1);
            for (size_t k = 0; k < e->n_sources; k++)
                assert_non_null(strstr(e->sources[k].text, day14 ? "October 14" : "October 13"));
        }
        /* future tense: the coming December, not last year's */
        if (strcmp(e->date, "2031-12") == 0)
            december = 1;
        assert_true(strcmp(e->date, "2030-12") != 0);
    }
    assert_int_equal(bridge, 2);
    assert_int_equal(ferry_dates, 1); /* the sentence is listed once */
    assert_true(december);
    /* the different date is still reported as a discrepancy, and the
     * fact worded with one date does not cite the outlet giving the other */
    assert_non_null(np_test_disc_with(b, "October 13", "October 14"));
    assert_false(np_test_together(b, "a.txt", "October 14", "c.txt", "October 13"));
    assert_true(np_test_together(b, "a.txt", "October 14", "b.txt", "October 14"));
    np_brief_free(b);
}

/* Alike sentences dating two events are no date conflict: an arrest on
 * Sunday and the attack of the day before, named in the other outlet's
 * sentence about the same man */
static void test_dates_of_two_events(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3(
        "2031-11-16",
        "A man stabbed three people at the night market in Marsenne on Saturday night, killing a stallholder.\n\n"
        "Police arrested a 31-year-old man in the Vey district on Sunday morning.\n",
        "Police are questioning a 31-year-old man over the knife attack at the night market on November 14 that "
        "killed a stallholder.\n\nThe market will stay closed.\n",
        "Mourners attended the funeral of the stallholder in Marsenne on Tuesday.\n\nThe council met later.\n");
    assert_null(np_test_disc_with(b, "Sunday", "November 14"));
    np_brief_free(b);
}

/* An outlet giving only the month joins an entry of a day inside it (no
 * contradiction); an outlet giving another day never shares an entry */
/* A day inside what a figure is compared with ("up from 17 reported on
 * Monday") dates the older figure, not the sentence's event. */
static void test_timeline_skips_the_compared_day(void **state)
{
    (void)state;
    const char *texts[3] = {
        "Hospitals in Orlen have now treated 23 people after the gas leak at the river port, up from 17 reported "
        "on Monday.\n",
        "The gas leak at the Orlen river port forced 400 people from their homes on Monday.\n",
        "Firefighters sealed the leaking tank at the Orlen river port on Tuesday.\n"};
    np_brief *b = np_test_brief("2031-10-15", texts, 3);
    for (size_t i = 0; i < b->n_timeline; i++) {
        const np_brief_event *e = &b->timeline[i];
        for (size_t k = 0; k < e->n_sources; k++)
            if (strstr(e->sources[k].text, "up from 17"))
                assert_string_not_equal(e->date, "2031-10-13");
    }
    np_brief_free(b);
}

static void test_timeline_month_joins_its_day(void **state)
{
    (void)state;
    const char *texts[3] = {
        "The new Orlen river bridge opened to traffic on October 14 after three years of works.\n\n"
        "Shops expect more customers.\n",
        "The new Orlen river bridge opened to traffic in October after three years of works.\n\n"
        "The ferry will stop.\n",
        "The new Orlen river bridge opened to traffic on October 12 after three years of works.\n\n"
        "Traffic was light.\n"};
    np_brief *b = np_test_brief("2031-10-16", texts, 3);
    int day14 = 0, day12 = 0;
    size_t cited = 0;
    for (size_t i = 0; i < b->n_timeline; i++) {
        const np_brief_event *e = &b->timeline[i];
        int is14 = strcmp(e->date, "2031-10-14") == 0, is12 = strcmp(e->date, "2031-10-12") == 0;
        assert_true(strcmp(e->date, "2031-10") != 0); /* the month is in a day's entry */
        if (!is14 && !is12)
            continue;
        day14 |= is14;
        day12 |= is12;
        for (size_t k = 0; k < e->n_sources; k++) {
            cited++;
            /* each day's outlet, and the month's outlet, never the other day's */
            assert_null(strstr(e->sources[k].text, is14 ? "October 12" : "October 14"));
        }
    }
    assert_true(day14 && day12);
    assert_int_equal(cited, 3);
    np_brief_free(b);
    /* more outlets giving the month than either day: still no entry of
     * both days */
    const char *five[5] = {texts[0], texts[1], texts[2], texts[1], texts[1]};
    b = np_test_brief("2031-10-16", five, 5);
    for (size_t i = 0; i < b->n_timeline; i++) {
        const np_brief_event *e = &b->timeline[i];
        int has14 = 0, has12 = 0;
        for (size_t k = 0; k < e->n_sources; k++) {
            has14 |= strstr(e->sources[k].text, "October 14") != NULL;
            has12 |= strstr(e->sources[k].text, "October 12") != NULL;
        }
        assert_false(has14 && has12);
    }
    np_brief_free(b);
}

/* Sentences of one day about one name that share no event word tell two
 * events, each its own entry: the fire, and the owners not answering calls
 * that day. */
static void test_timeline_same_day_other_event(void **state)
{
    (void)state;
    const char *a = "A fire destroyed the old Varn Dairy warehouse in Palmdale on Tuesday.\n\n"
                    "Crews stayed at the site through the night.\n";
    const char *b = "Fire destroyed the old Varn Dairy warehouse in Palmdale early on Tuesday.\n";
    const char *c = "Firefighters fought the blaze at the old Varn Dairy warehouse in Palmdale for hours.\n\n"
                    "The Varn family did not answer calls on Tuesday.\n";
    np_brief *br = np_test_brief3("2031-08-08", a, b, c);
    int fire = -1, calls = -1;
    for (size_t i = 0; i < br->n_timeline; i++)
        for (size_t k = 0; k < br->timeline[i].n_sources; k++) {
            if (strstr(br->timeline[i].sources[k].text, "destroyed"))
                fire = (int)i;
            if (strstr(br->timeline[i].sources[k].text, "answer calls"))
                calls = (int)i;
        }
    assert_true(fire >= 0);
    assert_true(calls >= 0);
    assert_int_not_equal(fire, calls);
    assert_string_equal(br->timeline[fire].date, "2031-08-05");
    assert_string_equal(br->timeline[calls].date, "2031-08-05");
    np_brief_free(br);
}

/* Two deeds of one day sharing only their verb, each in a place of its own,
 * are two entries ("a van killed a cyclist in Dorn" / "lightning killed 40
 * sheep near Varnholt"). */
static void test_timeline_one_verb_two_places(void **state)
{
    (void)state;
    const char *a = "A van killed a cyclist in Dorn on Tuesday, police said.\n\n"
                    "A violent storm swept the Varn valley this week, cutting power to thousands of homes.\n";
    const char *b = "A violent storm swept the Varn valley this week and cut power to thousands of homes.\n\n"
                    "A van killed a cyclist in Dorn on Tuesday.\n";
    const char *c = "A violent storm swept the Varn valley this week, cutting power to thousands of homes.\n\n"
                    "Lightning killed 40 sheep near Varnholt on Tuesday.\n";
    np_brief *br = np_test_brief3("2031-08-08", a, b, c);
    int cyclist = -1, sheep = -1;
    for (size_t i = 0; i < br->n_timeline; i++)
        for (size_t k = 0; k < br->timeline[i].n_sources; k++) {
            if (strstr(br->timeline[i].sources[k].text, "cyclist"))
                cyclist = (int)i;
            if (strstr(br->timeline[i].sources[k].text, "sheep"))
                sheep = (int)i;
        }
    assert_true(cyclist >= 0);
    assert_true(sheep >= 0);
    assert_int_not_equal(cyclist, sheep);
    np_brief_free(br);
}

/* Index of the timeline entry citing a sentence holding `needle`, -1 none. */
static int tl_entry_with(const np_brief *br, const char *needle)
{
    for (size_t i = 0; i < br->n_timeline; i++)
        for (size_t k = 0; k < br->timeline[i].n_sources; k++)
            if (strstr(br->timeline[i].sources[k].text, needle))
                return (int)i;
    return -1;
}

/* A timeline source whose text is exactly text. */
static int tl_source_is(const np_brief *br, const char *text)
{
    for (size_t i = 0; i < br->n_timeline; i++)
        for (size_t k = 0; k < br->timeline[i].n_sources; k++)
            if (!strcmp(br->timeline[i].sources[k].text, text))
                return 1;
    return 0;
}

/* The brief of a, b, c (published 2031-05-07) lists x and y in two
 * different timeline entries. */
static void assert_separate_entries(const char *a, const char *b, const char *c, const char *x, const char *y)
{
    np_brief *br = np_test_brief3("2031-05-07", a, b, c);
    long ex = tl_entry_with(br, x), ey = tl_entry_with(br, y);
    assert_true(ex >= 0 && ey >= 0);
    assert_int_not_equal(ex, ey);
    np_brief_free(br);
}

/* One verb and the day in common is not one event when nothing else is
 * shared ("the board met on Tuesday" / "supporters met on Tuesday to
 * protest"); one person leaving in other words that day is one event. */
static void test_timeline_one_verb_nothing_else(void **state)
{
    (void)state;
    const char *a = "Harlow Town sacked coach Edvin Sorel on Wednesday after eight defeats in a row.\n\n"
                    "The board met on Tuesday to discuss the budget.\n\n"
                    "Sorel resigned from the national staff on Monday.\n\n"
                    "Vinter was injured on Friday.\n";
    const char *b = "Harlow Town dismissed coach Edvin Sorel on Wednesday following eight straight defeats.\n\n"
                    "Supporters met on Tuesday outside the stadium to protest against ticket prices.\n\n"
                    "Sorel quit the national staff on Monday.\n\n"
                    "Osk was injured on Friday.\n";
    const char *c = "Harlow Town fired coach Edvin Sorel on Wednesday after eight losses in a row.\n\n"
                    "The club signed a goalkeeper from Brenmoor on Tuesday.\n\n"
                    "Fans signed a petition on Tuesday against the owners.\n";
    np_brief *br = np_test_brief3("2031-06-11", a, b, c);
    int board = tl_entry_with(br, "board met"), fans = tl_entry_with(br, "Supporters met");
    int keeper = tl_entry_with(br, "goalkeeper"), petition = tl_entry_with(br, "petition");
    assert_true(board >= 0 && fans >= 0 && keeper >= 0 && petition >= 0);
    assert_int_not_equal(board, fans);
    assert_int_not_equal(keeper, petition);
    /* however alike two short sentences look */
    int vinter = tl_entry_with(br, "Vinter was"), osk = tl_entry_with(br, "Osk was");
    assert_true(vinter >= 0 && osk >= 0);
    assert_int_not_equal(vinter, osk);
    int left = tl_entry_with(br, "Sorel resigned");
    assert_true(left >= 0);
    assert_int_equal(left, tl_entry_with(br, "Sorel quit"));
    np_brief_free(br);
}

/* A question the outlet asks and a heading tell no event of their day;
 * a dated bullet and a sentence do. */
static void test_timeline_no_questions_or_headings(void **state)
{
    (void)state;
    const char *a = "Harlow Town sacked coach Edvin Sorel on Wednesday after eight defeats in a row.\n\n"
                    "Where Does The Club Stand Today?\n\n"
                    "\u2022 March 2031: the club hires Sorel on a two-year deal.\n\n"
                    "\u2022 May 3: Sorel is fined for an outburst\n";
    const char *b = "Harlow Town dismissed coach Edvin Sorel on Wednesday following eight straight defeats.\n\n"
                    "Will the owners sell the club before the end of June?\n\n"
                    "The owners put the club up for sale in May.\n";
    const char *c = "Harlow Town fired coach Edvin Sorel on Wednesday after eight losses in a row.\n\n"
                    "Season Review, April 2031\n\n"
                    "The club finished ninth last season.\n";
    np_brief *br = np_test_brief3("2031-06-11", a, b, c);
    assert_true(tl_entry_with(br, "sacked coach") >= 0);
    assert_true(tl_entry_with(br, "March 2031: the club hires") >= 0);
    assert_true(tl_entry_with(br, "Sorel is fined") >= 0); /* a short bullet is no heading */
    assert_true(tl_entry_with(br, "up for sale in May") >= 0);
    assert_int_equal(tl_entry_with(br, "Stand Today"), -1);
    assert_int_equal(tl_entry_with(br, "Will the owners sell"), -1);
    assert_int_equal(tl_entry_with(br, "Season Review"), -1);
    np_brief_free(br);
}

/* A date of a subordinate clause dates that clause's event, which the
 * entry shows ("the river burst its banks on Tuesday", "The storm, which
 * hit the coast on Monday"), not the sentence's main event; a date in a
 * main clause, after a conjunction with no subject and verb of its own
 * ("after being hit by a wave on Monday"), or qualifying a noun ("since its
 * May 2 opening") keeps the whole sentence. */
static void test_timeline_subordinate_clause(void **state)
{
    (void)state;
    const char *a = "The storm, which hit the coast on Monday, cut power to 2,000 homes in the valley, the utility "
                    "said.\n\n"
                    "Mayor Ana Ruiz ordered an inquiry after the river burst its banks on Tuesday.\n\n"
                    "The council met on Wednesday after a vote on its budget.\n";
    const char *b = "A storm hit the Tarn coast on Monday and cut power to 2,000 homes, the utility said.\n\n"
                    "The river burst its banks on Tuesday, flooding two streets.\n";
    const char *c = "Crews worked through the night to restore power to the Tarn valley.\n\n"
                    "Schools will stay closed until the roads are cleared after the vote on Thursday.\n";
    np_brief *br = np_test_brief3("2031-05-07", a, b, c);
    long river = tl_entry_with(br, "the river burst its banks on Tuesday");
    assert_true(river >= 0);
    assert_string_equal(br->timeline[river].date, "2031-05-06");
    /* the clause alone, from the outlet that put it after "after" */
    int clause = 0;
    for (size_t k = 0; k < br->timeline[river].n_sources; k++) {
        assert_null(strstr(br->timeline[river].sources[k].text, "ordered an inquiry"));
        clause |= strcmp(br->timeline[river].sources[k].text, "the river burst its banks on Tuesday") == 0;
    }
    assert_true(clause);
    long storm = tl_entry_with(br, "The storm, which hit the coast on Monday");
    assert_true(storm >= 0);
    for (size_t k = 0; k < br->timeline[storm].n_sources; k++)
        assert_null(strstr(br->timeline[storm].sources[k].text, "The storm, which hit the coast on Monday, cut"));
    /* main clause: the whole sentence */
    assert_true(tl_entry_with(br, "The council met on Wednesday after a vote on its budget.") >= 0);
    np_brief_free(br);
    /* a pronoun subject keeps the sentence, which says who */
    const char *h = "The Tarn ferry was repaired before it sailed on Monday.\n\nIts crew was praised.\n";
    br = np_test_brief3("2031-05-07", h, b, c);
    assert_false(tl_source_is(br, "it sailed on Monday"));
    assert_true(tl_entry_with(br, "The Tarn ferry was repaired before it sailed on Monday.") >= 0);
    np_brief_free(br);
    /* the relative clause's own words decide the merge, not its noun */
    const char *m1 = "The mayor, who took office on Tuesday, ordered an inquiry into the grounding.\n\n"
                     "Crews cleared the roads.\n";
    const char *m2 = "The mayor ordered an inquiry into the grounding on Tuesday.\n\nThe river has fallen since.\n";
    assert_separate_entries(m1, m2, c, "who took office on Tuesday",
                            "ordered an inquiry into the grounding on Tuesday");
    /* one outlet dates the mayor's taking office, the other her order: two
     * events of one day, though the two sentences are alike */
    const char *f = "Selm's new mayor, Ana Ruiz, who took office on Tuesday, ordered an inquiry into the flood "
                    "damage in the valley.\n\nCrews cleared the roads.\n";
    const char *g = "Mayor Ana Ruiz ordered an inquiry into the flood damage in the valley on Tuesday.\n\n"
                    "The river has fallen since.\n";
    assert_separate_entries(f, g, c, "who took office on Tuesday",
                            "ordered an inquiry into the flood damage in the valley on Tuesday");
    /* no subject of its own, or a noun the date qualifies: the sentence */
    const char *d = "The Tarn ferry stopped running after being hit by a wave on Monday.\n\n"
                    "The film has earned $40 million since its May 2 opening, its studio said.\n";
    const char *e = "The Tarn ferry was hit by a wave on Monday and stopped running.\n\n"
                    "Schools in the valley stay closed.\n";
    br = np_test_brief3("2031-05-07", d, e, c);
    assert_true(tl_entry_with(br, "The Tarn ferry stopped running after being hit by a wave on Monday.") >= 0);
    assert_true(tl_entry_with(br, "The film has earned $40 million since its May 2 opening, its studio said.") >= 0);
    np_brief_free(br);
}

/* Where a subordinate clause is not told apart, the entry keeps the whole
 * sentence: a noun phrase after the conjunction ("after a safety review on
 * Monday"), "when" (what happens then happens that day), a sentence opening
 * on the conjunction with no comma, a clause that would cut a quotation;
 * a clause runs past the comma inside its date ("on May 4, 2031,"). */
static void test_timeline_subordinate_clause_limits(void **state)
{
    (void)state;
    const char *a = "Selm's ferry line said its timetable would return to normal next week.\n\n"
                    "The line's safety chief resigned after a safety review on Monday, officials said.\n\n"
                    "Four crew members were hurt when the ferry ran aground near Selm on Sunday.\n\n"
                    "After a two-hour debate the Selm council approved the repair budget on Tuesday, the mayor "
                    "said.\n";
    const char *b = "Selm's ferry line said its timetable would return to normal next week after the grounding.\n\n"
                    "The storm, which hit the coast on May 4, 2031, cut power to the ferry terminal, the utility "
                    "said.\n\n"
                    "The line's chief quit after he told staff on Monday that \"the hull held, mostly,\" "
                    "officials said.\n";
    const char *c = "Selm's ferry line expects its timetable to return to normal next week.\n\n"
                    "The Tarn Star ferry was towed to port on Tuesday.\n";
    np_brief *br = np_test_brief3("2031-05-07", a, b, c);
    assert_false(tl_source_is(br, "a safety review on Monday"));
    assert_false(tl_source_is(br, "the ferry ran aground near Selm on Sunday"));
    assert_false(tl_source_is(br, "a two-hour debate the Selm council approved the repair budget on Tuesday"));
    assert_false(tl_source_is(br, "he told staff on Monday that \"the hull held"));
    assert_false(tl_source_is(br, "he told staff on Monday that \"the hull held, mostly,\""));
    long storm = tl_entry_with(br, "The storm, which hit the coast on May 4, 2031");
    assert_true(storm >= 0);
    assert_string_equal(br->timeline[storm].date, "2031-05-04");
    for (size_t k = 0; k < br->timeline[storm].n_sources; k++)
        assert_null(strstr(br->timeline[storm].sources[k].text, "cut power"));
    np_brief_free(br);
}

/* What may happen ("If the club wins on Saturday, ...") or happens as a
 * rule ("The market usually opens in late October") is no event of the
 * timeline; a speaker's condition reported on a day is. */
static void test_timeline_no_conditions_or_habits(void **state)
{
    (void)state;
    const char *a = "Harlow Town beat Orsk 2-1 on Saturday to reach the cup semi-final.\n\n"
                    "If Harlow win on Saturday, they will host the final on May 3.\n\n"
                    "The town's market usually opens in late October.\n\n"
                    "The ferry, which usually runs every hour, was cancelled on Sunday.\n\n"
                    "The usually quiet Harlow harbour was sealed off by police on Sunday.\n\n"
                    "The ferry usually carries 40 fans and carried 38 on Sunday.\n";
    const char *b = "Harlow Town reached the cup semi-final with a 2-1 win over Orsk on Saturday.\n\n"
                    "\"If we keep this up, we can win it all,\" coach Edvin Sorel said on Sunday.\n\n"
                    "If the fans stay behind the team, Harlow will win the cup, its captain said on Monday.\n";
    const char *c = "Harlow Town won 2-1 against Orsk on Saturday.\n\nThe semi-final is sold out.\n";
    np_brief *br = np_test_brief3("2031-04-14", a, b, c);
    assert_true(tl_entry_with(br, "beat Orsk 2-1 on Saturday") >= 0);
    assert_int_equal(tl_entry_with(br, "host the final on May 3"), -1);
    assert_int_equal(tl_entry_with(br, "usually opens"), -1);
    assert_true(tl_entry_with(br, "was cancelled on Sunday") >= 0); /* the habit is another clause's */
    assert_true(tl_entry_with(br, "was sealed off by police on Sunday") >= 0); /* an adjective's */
    assert_true(tl_entry_with(br, "carried 38 on Sunday") >= 0);                /* another verb's */
    assert_true(tl_entry_with(br, "coach Edvin Sorel said on Sunday") >= 0);
    assert_true(tl_entry_with(br, "its captain said on Monday") >= 0); /* the statement's day */
    np_brief_free(br);
    /* the date of what a figure is compared with is another period's; a
     * match's other side ("vs.") is no comparison */
    const char *d = "Harlow prices rose 0.4 per cent, compared with a 0.2 per cent rise in February.\n\n"
                    "Sales rose 3 per cent in March compared with February.\n\n"
                    "Harlow lost the game vs. Orsk in January and missed the final.\n";
    const char *e = "Harlow prices rose in March.\n";
    const char *f = "Harlow sales rose in March.\n";
    br = np_test_brief3("2031-04-14", d, e, f);
    assert_int_equal(tl_entry_with(br, "0.2 per cent rise in February"), -1);
    int march = tl_entry_with(br, "3 per cent in March");
    assert_true(march >= 0);
    assert_string_equal(br->timeline[march].date, "2031-03");
    assert_true(tl_entry_with(br, "vs. Orsk in January") >= 0);
    np_brief_free(br);
}

/* The numbers section lists quantities: a share says "percent", a sum of
 * money its currency, and a rank ("the third quarter") is not listed. */
static void test_numbers_units_no_ranks(void **state)
{
    (void)state;
    const char *a = "Harlow Mills lost $47 billion in the third quarter, the company said on Tuesday.\n\n"
                    "Its shares fell 25.2% on the news.\n";
    const char *b = "Harlow Mills posted a loss of 47 billion dollars for the quarter on Tuesday.\n\n"
                    "The first cases of fraud came to light in May, and sales fell 9 percent.\n";
    const char *c = "Harlow Mills reported a quarterly loss on Tuesday.\n\nIt will cut 3 million euros of costs.\n";
    np_brief *br = np_test_brief3("2031-06-11", a, b, c);
    int usd = 0, pct = 0, eur = 0;
    for (size_t i = 0; i < br->n_numbers; i++) {
        const np_brief_number *n = &br->numbers[i];
        assert_null(strstr(n->text, "third"));
        assert_null(strstr(n->text, "first"));
        if (n->value == 47e9 && n->unit && !strcmp(n->unit, "USD"))
            usd = 1;
        if (n->value == 25.2 && n->unit && !strcmp(n->unit, "percent"))
            pct = 1;
        if (n->value == 3e6 && n->unit && !strcmp(n->unit, "EUR"))
            eur = 1;
    }
    assert_true(usd && pct && eur);
    np_brief_free(br);
}

/* Entities: a name of one letter or a two-letter non-acronym is a piece
 * of "E!", "the O's" or "St." and is not listed; real names are. */
static void test_entities_no_fragments(void **state)
{
    (void)state;
    const char *a = "The O's made an offer to Mark Teixeira on Monday, and the Angels said they would not match "
                    "it.\n\nE! News reported the offer first. The team met at 400 W. St. Clair Ave. in Cleveland.\n";
    const char *b = "The Angels and the O's made offers to Mark Teixeira on Monday.\n\n"
                    "The Orioles offered seven years, E! News said.\n";
    const char *c = "Mark Teixeira got offers from the Angels and the Orioles on Monday.\n\nHe will decide this week.\n";
    np_brief *br = np_test_brief3("2031-03-02", a, b, c);
    int teixeira = 0;
    for (size_t i = 0; i < br->n_entities; i++) {
        const char *n = br->entities[i].name;
        assert_true(strlen(n) > 2 || (strlen(n) == 2 && isupper((unsigned char)n[0]) && isupper((unsigned char)n[1])));
        teixeira |= strcmp(n, "Mark Teixeira") == 0;
    }
    assert_true(teixeira);
    np_brief_free(br);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_framing_own_voice),
        cmocka_unit_test(test_framing_general_judgements),
        cmocka_unit_test(test_framing_quoted_elsewhere),
        cmocka_unit_test(test_framing_quote_over_paragraphs),
        cmocka_unit_test(test_framing_mention_and_motion),
        cmocka_unit_test(test_framing_plain_nouns_and_senses),
        cmocka_unit_test(test_entities_no_fragments),
        cmocka_unit_test(test_framing_two_of_five),
        cmocka_unit_test(test_framing_dash_phrase_degree),
        cmocka_unit_test(test_discrepancy_same_quantity),
        cmocka_unit_test(test_discrepancy_event_dates),
        cmocka_unit_test(test_discrepancy_attribution),
        cmocka_unit_test(test_timeline_one_date_per_event),
        cmocka_unit_test(test_timeline_month_joins_its_day),
        cmocka_unit_test(test_timeline_skips_the_compared_day),
        cmocka_unit_test(test_dates_of_two_events),
        cmocka_unit_test(test_timeline_same_day_other_event),
        cmocka_unit_test(test_timeline_one_verb_two_places),
        cmocka_unit_test(test_timeline_one_verb_nothing_else),
        cmocka_unit_test(test_timeline_no_questions_or_headings),
        cmocka_unit_test(test_timeline_subordinate_clause),
        cmocka_unit_test(test_timeline_subordinate_clause_limits),
        cmocka_unit_test(test_timeline_no_conditions_or_habits),
        cmocka_unit_test(test_numbers_units_no_ranks),
        cmocka_unit_test(test_single_source_paraphrase),
        cmocka_unit_test(test_discrepancy_same_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
