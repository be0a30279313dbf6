/*
 * tests/unit/test_compare_discrepancy.c — discrepancies between figures
 * that name what they count differently: "13 Estonians" / "12 people" /
 * "twelve individuals" count one group (compare/counted.c, WordNet), "signed
 * by N people" / "N signatures" one deed; a part of a group ("children") is
 * not the group, and a vague plural ("hundreds of thousands") is a span of
 * values.  Invented three-outlet stories.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"
#include "core/doc.h"

static int wordnet(void)
{
    FILE *f = fopen("/usr/share/wordnet/index.noun", "r");
    if (f)
        fclose(f);
    return f != NULL;
}

static const char *const pe_a =
    "A court in Orsk charged 13 Estonians on Tuesday with smuggling weapons across the northern border.\n\n"
    "The customs office said 40 children were among the travellers stopped at the border last year.\n";
static const char *const pe_b =
    "A court in Orsk charged 12 people on Tuesday with smuggling weapons across the northern border.\n\n"
    "The customs office said 300 people were stopped at the border last year.\n";
static const char *const pe_c =
    "Prosecutors in Orsk said the smuggling ring had moved weapons for years.\n\n"
    "The border crossing at Orsk reopened on Wednesday.\n";

/* "13 Estonians" and "12 people" charged: one group counted differently;
 * children among the travellers are a part, not another count */
static void people_and_nationals(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-09-10", pe_a, pe_b, pe_c);
    const np_brief_discrepancy *d = np_test_disc_with(b, "13 Estonians", "12 people");
    assert_non_null(d);
    assert_non_null(d->explain);
    assert_non_null(strstr(d->explain, "people"));
    assert_null(np_test_disc_with(b, "40 children", "300 people"));
    np_brief_free(b);
}

static const char *const in_a =
    "Prosecutors in Selm indicted twelve individuals over the collapse of the Varn grain exchange.\n\n"
    "The exchange had 14 employees in its last year, records show.\n";
static const char *const in_b =
    "Prosecutors in Selm indicted 15 people over the collapse of the Varn grain exchange.\n\n"
    "Shares of the exchange were suspended in the spring.\n";
static const char *const in_c =
    "The Varn grain exchange collapsed in the spring after months of losses.\n\n"
    "Its 14 employees lost their jobs.\n";

/* figures in words against digits, "individuals" against "people" */
static void individuals_in_words(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-09-10", in_a, in_b, in_c);
    assert_non_null(np_test_disc_with(b, "twelve individuals", "15 people"));
    /* employees are not the indicted */
    assert_null(np_test_disc_with(b, "14 employees", "15 people"));
    np_brief_free(b);
}

static const char *const sg_a =
    "A petition against the new dam on the Selva river was signed by more than 2 million people and forced a "
    "debate in the national assembly.\n\n"
    "The dam will flood 12 villages.\n";
static const char *const sg_b =
    "Petitions against the dam on the Selva river gathered hundreds of thousands of signatures, which forced a "
    "debate in the national assembly.\n\n"
    "The assembly will vote in May.\n";
static const char *const sg_c =
    "Opponents of the Selva dam took their petitions to the national assembly.\n\n"
    "The government says the dam will supply power to 3 million homes.\n";

/* "signed by more than 2 million people" against "hundreds of thousands of
 * signatures": one deed counted two ways, and 100,000-999,999 never reaches
 * two million */
static void deed_and_vague_plural(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-05-02", sg_a, sg_b, sg_c);
    const np_brief_discrepancy *d = np_test_disc_with(b, "hundreds of thousands of signatures", "more than 2 million people");
    assert_non_null(d);
    assert_non_null(strstr(d->explain, "signatures"));
    np_brief_free(b);
}

static const char *const hv_a =
    "Hundreds of thousands of people marched through Orsk on Sunday against the new dam law.\n\n"
    "The police closed the old bridge for the march.\n";
static const char *const hv_b =
    "About 300,000 people marched through Orsk on Sunday against the new dam law.\n\n"
    "Organisers said the march was peaceful.\n";
static const char *const hv_c =
    "A march against the dam law filled the centre of Orsk on Sunday.\n\n"
    "The law goes to a vote next month.\n";

/* a value inside the vague plural's span is no conflict */
static void value_inside_vague_plural(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-05-02", hv_a, hv_b, hv_c);
    assert_null(np_test_disc_with(b, "Hundreds of thousands of people", "300,000 people"));
    np_brief_free(b);
}

static const char *const qa_a =
    "The river gates of Orsk stayed open through the night as the flood rose.\n\n"
    "\"We will keep the gates open until every family on the east bank has crossed the river safely,\" said "
    "Ivo Dren, the harbour master of Orsk.\n\n"
    "\"The new pumps will run all week and the dykes are holding well,\" Dren said.\n";
static const char *const qa_b =
    "Orsk kept its river gates open overnight while the flood rose.\n\n"
    "\"We will keep the gates open until every family on the east bank has crossed the river safely,\" Mayor "
    "Lina Kask said in a statement.\n\n"
    "\"The new pumps will run all week and the dykes are holding well,\" harbour master Ivo Dren told "
    "reporters.\n";
static const char *const qa_c =
    "Floodwater reached the old town of Orsk on Friday.\n\n"
    "\"The new pumps will run all week and the dykes are holding well,\" Ivo Dren and Lina Kask said in a "
    "joint statement.\n";

/* the same words, two named speakers: an attribution conflict; the same
 * speaker named two ways, or both named together, is none */
static void quote_two_speakers(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-04-12", qa_a, qa_b, qa_c);
    const np_brief_discrepancy *d = np_test_disc_with(b, "said Ivo Dren", "Lina Kask said in a statement");
    assert_non_null(d);
    assert_string_equal(d->kind, "attribution");
    assert_non_null(strstr(d->explain, "Kask"));
    assert_non_null(strstr(d->explain, "Dren"));
    assert_null(np_test_disc_with(b, "Dren said", "told reporters"));
    assert_null(np_test_disc_with(b, "told reporters", "joint statement"));
    assert_null(np_test_disc_with(b, "Dren said", "joint statement"));
    assert_non_null(strstr(d->explain, "The same quoted words"));
    np_brief_free(b);
    /* most of the words, not all: said to be alike, not the same (two
     * people may say alike things) */
    const char *alike[2] = {
        "The council of Orsk passed the flood budget on Monday.\n\n\"We will keep the gates open until every "
        "family on the east bank has crossed safely,\" said Ivo Dren, the harbour master.\n",
        "Orsk's council approved the flood budget on Monday.\n\n\"We will keep the gates open until every family "
        "on the east bank has crossed the river safely tonight,\" Mayor Lina Kask said.\n"};
    b = np_test_brief("2031-04-12", alike, 2);
    d = np_test_disc_with(b, "Ivo Dren", "Lina Kask");
    assert_non_null(d);
    assert_non_null(strstr(d->explain, "Closely alike quoted words"));
    np_brief_free(b);
    /* a short quotation given to two people word for word is a discrepancy
     * too, shown by the quotation's own sentence; two short ones alike but
     * not the same are not */
    const char *brief_words[3] = {
        "Mayor Lina Kask opened the flood gates of Orsk on Monday night.\n\n"
        "\"No grain has been lost so far,\" said Lina Kask.\n\n"
        "\"Our barges are safe tonight,\" said Lina Kask.\n",
        "The flood gates of Orsk were opened on Monday night by the mayor.\n\n"
        "\"No grain has been lost so far,\" said harbour master Ivo Dren.\n\n"
        "\"Our barges are safe,\" said harbour master Ivo Dren.\n",
        "Barges waited below the Orsk weir on Monday night.\n"};
    b = np_test_brief("2031-04-12", brief_words, 3);
    d = np_test_disc_with(b, "No grain has been lost so far", "Ivo Dren");
    assert_non_null(d);
    assert_string_equal(d->kind, "attribution");
    assert_null(np_test_disc_with(b, "barges are safe tonight", "barges are safe,"));
    np_brief_free(b);
    /* one formula said to be repeated by the other side: no
     * misattribution; "repeated" of something else says nothing */
    const char *formula[2] = {
        "Norway expelled five Swedish diplomats on Monday.\n\n"
        "\"Their work was not compatible with their status here,\" ministry spokeswoman Ilka Varnes said.\n",
        "Sweden expelled seven Norwegian diplomats on Tuesday.\n\n"
        "\"Their work was not compatible with their status here,\" ministry spokesman Dario Kell said, in "
        "language that echoed Oslo's.\n"};
    b = np_test_brief("2031-04-15", formula, 2);
    assert_null(np_test_disc_with(b, "Ilka Varnes", "Dario Kell"));
    np_brief_free(b);
    const char *complaints[2] = {
        "The Orsk ferry will stop running in May.\n\n"
        "\"The ferry has lost money for ten years,\" said harbour master Ivo Dren after repeated complaints.\n",
        "The Orsk ferry will stop in May.\n\n"
        "\"The ferry has lost money for ten years,\" Mayor Lina Kask said.\n"};
    b = np_test_brief("2031-04-15", complaints, 2);
    assert_non_null(np_test_disc_with(b, "Ivo Dren", "Lina Kask"));
    np_brief_free(b);
}

static const char *const ow_a =
    "The new bridge of Orsk opened on Monday after four years of works.\n\n"
    "\"We paid 40 million euros for this bridge and we built 12 schools besides,\" Mayor Lina Kask told the "
    "council.\n\n"
    "The city paid 32 million euros for the bridge, according to the audit office.\n\n"
    "The city closed 10 schools last year.\n";
static const char *const ow_b =
    "Orsk opened its new bridge on Monday.\n\n"
    "Traffic on the old ferry is expected to fall.\n";
static const char *const ow_c =
    "The bridge over the Orsk river opened to traffic on Monday.\n\n"
    "Ferry workers fear for their jobs.\n";

/* an outlet quoting one figure and stating another for the same deed; a
 * quoted figure of another deed (built / closed schools) is none */
static void quoted_against_own(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-04-12", ow_a, ow_b, ow_c);
    const np_brief_discrepancy *d = np_test_disc_with(b, "We paid 40 million euros", "The city paid 32 million euros");
    assert_non_null(d);
    assert_non_null(strstr(d->explain, "Lina Kask"));
    assert_null(np_test_disc_with(b, "12 schools", "10 schools"));
    np_brief_free(b);
}

static const char *const ex_a =
    "Mayor Lina Kask will open the new bridge of Orsk on Friday, the council said.\n\n"
    "Harbour master Ivo Dren will not attend the ceremony.\n";
static const char *const ex_b =
    "The new bridge of Orsk is almost finished after four years of works.\n\n"
    "Because the railings are late, Lina Kask is unlikely to open the bridge this week.\n\n"
    "Ivo Dren is expected to attend the ceremony and to cut the ribbon.\n";
static const char *const ex_c =
    "The bridge of Orsk will carry trains from the spring.\n\n"
    "Ivo Dren will not open the bridge, he told reporters.\n";

/* one person, one action on one thing: expected by one outlet, not by
 * another; another person not doing it is no conflict */
static void expected_or_not(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-04-12", ex_a, ex_b, ex_c);
    const np_brief_discrepancy *d = np_test_disc_with(b, "unlikely to open the bridge", "Lina Kask will open");
    assert_non_null(d);
    assert_string_equal(d->kind, "contradiction");
    assert_non_null(strstr(d->explain, "Kask"));
    assert_non_null(np_test_disc_with(b, "will not attend", "expected to attend"));
    assert_null(np_test_disc_with(b, "Ivo Dren will not open", "Lina Kask will open"));
    np_brief_free(b);
}

static const char *const op_a =
    "A storm swept through the valley of Orsk on Monday night.\n\n"
    "The Orsk footbridge was not damaged by the storm, the council said.\n\n"
    "No flood warning was issued before the river rose, residents said.\n\n"
    "If the weir was not breached, the lower town was spared.\n\n"
    "The Brisk Dairy has not said when it will reopen.\n\n"
    "Rangers detained no one at the weir on Monday night.\n";
static const char *const op_b =
    "The storm hit the valley of Orsk late on Monday.\n\n"
    "Engineers said the footbridge at Orsk was damaged and would stay shut for weeks.\n\n"
    "A flood warning was issued on Monday evening, the water board said.\n\n"
    "The weir was breached at midnight, flooding six streets.\n\n"
    "Their offer of help was never made public.\n\n"
    "Rangers detained two anglers at the weir on Monday night.\n";
static const char *const op_c =
    "Trees fell across the valley of Orsk in the storm.\n\n"
    "The Vell footbridge was damaged too.\n\n"
    "The storm did not damage the Orsk footbridge, officials said.\n\n"
    "\"The weir was not breached,\" the mayor said on Tuesday.\n\n"
    "The Brisk Dairy said the farmers had made an offer of help.\n";

/* one thing, one action, stated by one outlet and negated by another: a
 * contradiction, and no summary item takes either side; another thing of
 * the same kind ("the Vell footbridge"), a condition, a quotation, an
 * adjective after the verb ("made public") and a verb of speaking are no
 * side */
static void opposite_statements(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-05-06", op_a, op_b, op_c);
    const np_brief_discrepancy *d = np_test_disc_with(b, "footbridge was not damaged", "footbridge at Orsk was damaged");
    assert_non_null(d);
    assert_string_equal(d->kind, "contradiction");
    assert_non_null(strstr(d->explain, "says not"));
    assert_null(np_test_disc_with(b, "footbridge was not damaged", "Vell footbridge"));
    d = np_test_disc_with(b, "No flood warning was issued", "A flood warning was issued");
    assert_non_null(d);
    assert_string_equal(d->kind, "contradiction");
    assert_null(np_test_disc_with(b, "If the weir", "weir was breached"));
    assert_null(np_test_disc_with(b, "The weir was not breached", "weir was breached at midnight"));
    assert_null(np_test_disc_with(b, "made public", "made an offer"));
    assert_null(np_test_disc_with(b, "has not said", "Dairy said"));
    assert_non_null(np_test_disc_with(b, "detained no one", "detained two anglers"));
    for (size_t i = 0; i < b->n_summary; i++)
        assert_null(strstr(b->summary[i].text, "damaged"));
    np_brief_free(b);
}

static const char *const dn_a =
    "Protesters blocked the Kell valley road on Sunday.\n\n"
    "No arrests were made after protesters blocked the Kell valley road on Sunday, police said.\n\n"
    "Harbour minister Ola Brenn resigned on Thursday over the ferry contract, his office said.\n\n"
    "In 2019, the harbour board imposed a fishing ban on the bay.\n\n"
    "The Kell pump house was not damaged, the council said, and tap water remains safe to drink.\n";
static const char *const dn_b =
    "The Kell valley road was blocked by protesters on Sunday.\n\n"
    "Two men were arrested after protesters blocked the Kell valley road on Sunday, police said.\n\n"
    "Harbour minister Ola Brenn denied resigning on Thursday over the ferry contract and said he would stay.\n\n"
    "The Kell pump house was damaged when flames reached its outer sheds on Monday night, and residents were "
    "told to boil their tap water until further notice, the council said.\n";
static const char *const dn_c =
    "Protesters closed the Kell valley road on Sunday for six hours.\n\n"
    "Harbour minister Ola Brenn quit on Thursday over the ferry contract.\n\n"
    "The harbour board declined to impose a fishing ban on the bay on Friday.\n\n"
    "The Kell pump house was repaired on Thursday and the boil-water notice lifted, the council said.\n";

/* an event named by a noun after "no" ("no arrests were made") against
 * the event told ("two men were arrested"), a denial ("denied resigning")
 * against the deed: contradictions, and the timeline's entry of the deed
 * does not cite the denial; deeds of different years are no contradiction */
static void denied_events(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-05-09", dn_a, dn_b, dn_c);
    const np_brief_discrepancy *d = np_test_disc_with(b, "No arrests were made", "Two men were arrested");
    assert_non_null(d);
    assert_string_equal(d->kind, "contradiction");
    d = np_test_disc_with(b, "Brenn resigned on Thursday", "denied resigning");
    assert_non_null(d);
    assert_string_equal(d->kind, "contradiction");
    assert_null(np_test_disc_with(b, "In 2019", "declined to impose"));
    for (size_t f = 0; f < b->n_facts; f++) { /* the arrests, the pump house are no agreement */
        int no = 0, yes = 0, intact = 0, hit = 0;
        for (size_t k = 0; k < b->facts[f].n_support; k++) {
            no |= strstr(b->facts[f].support[k].text, "No arrests") != NULL;
            yes |= strstr(b->facts[f].support[k].text, "Two men") != NULL;
            intact |= strstr(b->facts[f].support[k].text, "was not damaged") != NULL;
            hit |= strstr(b->facts[f].support[k].text, "boil their tap water") != NULL;
        }
        assert_false(no && yes);
        assert_false(intact && hit);
    }
    int dated = 0;
    for (size_t i = 0; i < b->n_timeline; i++) {
        if (!strstr(b->timeline[i].event, "resign"))
            continue;
        dated = 1;
        for (size_t k = 0; k < b->timeline[i].n_sources; k++)
            if (!strstr(b->timeline[i].event, "denied"))
                assert_null(strstr(b->timeline[i].sources[k].text, "denied"));
    }
    assert_true(dated);
    /* the blocking both tell, dated by its own clause, is one entry: the
     * arrests they oppose on are not what the date dates */
    int blocked = 0;
    for (size_t i = 0; i < b->n_timeline; i++) {
        int from_a = 0, from_b = 0;
        for (size_t k = 0; k < b->timeline[i].n_sources; k++) {
            const np_bref *r = &b->timeline[i].sources[k];
            if (r->text && !strcmp(r->text, "protesters blocked the Kell valley road on Sunday")) {
                from_a |= r->doc == 0;
                from_b |= r->doc == 1;
            }
        }
        blocked |= from_a && from_b;
    }
    assert_true(blocked);
    np_brief_free(b);
}

static const char *const lb_a =
    "A wildfire in the hills above Orsk has burned for three days.\n\n"
    "At least 83 homes have been destroyed in the hamlet of Wenn, officials said.\n\n"
    "More than 300 firefighters are at work on the fire line.\n";
static const char *const lb_b =
    "The wildfire above Orsk burned on for a third day.\n\n"
    "At least 38 homes have been destroyed in the hamlet of Wenn, officials said.\n\n"
    "Over 300 firefighters are at work on the fire line.\n";
static const char *const lb_c =
    "Smoke from the Orsk fire reached the coast.\n\n"
    "Schools in Wenn will stay closed.\n";

/* two lower bounds of one count are each outlet's own figure, no agreement
 * ("at least 83 homes" / "at least 38"), and no fact credits one with the
 * other's; one bound written twice ("more than 300" / "over 300") agrees */
static void lower_bounds_differ(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-08-09", lb_a, lb_b, lb_c);
    const np_brief_discrepancy *d = np_test_disc_with(b, "At least 83", "At least 38");
    assert_non_null(d);
    assert_string_equal(d->kind, "number");
    assert_null(strstr(d->explain, "(least)"));
    assert_null(np_test_disc_with(b, "More than 300", "Over 300"));
    for (size_t f = 0; f < b->n_facts; f++) {
        int a83 = 0, a38 = 0;
        for (size_t k = 0; k < b->facts[f].n_support; k++) {
            a83 |= strstr(b->facts[f].support[k].text, "At least 83") != NULL;
            a38 |= strstr(b->facts[f].support[k].text, "At least 38") != NULL;
        }
        assert_false(a83 && a38);
    }
    np_brief_free(b);
}

static const char *const one_a =
    "One miner remains trapped after the roof fall at the Ostrava pit, the operator said.\n\n"
    "Rescuers from three towns joined the search overnight.\n";
static const char *const one_b =
    "Four miners remain trapped after the roof fall at the Ostrava pit, the operator said.\n\n"
    "Rescuers from three towns joined the search overnight.\n";
static const char *const one_c =
    "The Ostrava pit has been closed since the roof fall.\n\n"
    "Families waited at the gate on Sunday.\n";

/* "One miner" counts one (extract/number.c): against "Four miners" it is a
 * number discrepancy, and no fact credits both outlets with either */
static void one_against_four(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-08-09", one_a, one_b, one_c);
    assert_non_null(np_test_disc_with(b, "One miner", "Four miners"));
    for (size_t f = 0; f < b->n_facts; f++) {
        int one = 0, four = 0;
        for (size_t k = 0; k < b->facts[f].n_support; k++) {
            one |= strstr(b->facts[f].support[k].text, "One miner") != NULL;
            four |= strstr(b->facts[f].support[k].text, "Four miners") != NULL;
        }
        assert_false(one && four);
    }
    np_brief_free(b);
}

static const char *const kd_a =
    "At least six people were killed and 23 people injured when a block of flats collapsed in Dravik on Friday.\n\n"
    "The jobless rate rose 0.2 points to 5.6 per cent in May, the statistics office said.\n";
static const char *const kd_b =
    "A block of flats collapsed in Dravik on Friday, killing at least six people and injuring 41 people.\n\n"
    "The jobless rate climbed to 5.9 per cent in May, the statistics office said.\n";
static const char *const kd_c =
    "Rescuers searched the ruins in Dravik through the night.\n\n"
    "The jobless rate was up from 5.4 per cent in April, the statistics office said.\n";

/* Two counts in each sentence are paired by their deeds ("23 people
 * injured" / "injuring 41 people"), the toll both give agrees, and a
 * lower bound of the other deed ("at least six") states nothing of the
 * injured; a change and the level it reached are no range ("rose 0.2
 * points to 5.6 per cent"), the level reached is compared with another
 * outlet's level, and not with the level it left ("up from 5.4 per cent") */
static void counts_paired_by_deed(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-05-14", kd_a, kd_b, kd_c);
    assert_non_null(np_test_disc_with(b, "23 people", "41 people"));
    assert_null(np_test_disc_with(b, "six people", "41 people"));
    assert_null(np_test_disc_with(b, "six people", "23 people"));
    assert_non_null(np_test_disc_with(b, "5.6 per cent", "5.9 per cent"));
    assert_null(np_test_disc_with(b, "5.4 per cent", "5.9 per cent"));
    assert_null(np_test_disc_with(b, "5.4 per cent", "5.6 per cent"));
    np_brief_free(b);
}

static const char *const pp_a =
    "The port's offer amounts to a 6% raise over two years, the dockers' union said.\n\n"
    "Talks at the Ostrava port resume on Monday.\n";
static const char *const pp_b =
    "The port has offered 3% a year for two years, the dockers' union said.\n\n"
    "Talks at the Ostrava port resume on Monday.\n";
static const char *const pp_c =
    "The port has offered 4% a year for two years, the dockers' union said.\n\n"
    "Cranes at the Ostrava port stood idle.\n";

/* A rate per period and a total over a span are one offer told two ways
 * ("6% over two years" / "3% a year"); two rates per year still differ */
static void rate_per_year_against_total(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-05-14", pp_a, pp_b, pp_c);
    assert_null(np_test_disc_with(b, "6%", "3%"));
    assert_null(np_test_disc_with(b, "6%", "4%"));
    assert_non_null(np_test_disc_with(b, "3%", "4%"));
    np_brief_free(b);
}

static const char *const fl_a =
    "At least six people were killed when a block of flats collapsed in Dravik on Friday.\n\n"
    "Around 30 people are still missing under the rubble.\n";
static const char *const fl_b =
    "Rescuers in Dravik searched the rubble of the collapsed block for a third day.\n\n"
    "Seven people are still missing under the rubble.\n";
static const char *const fl_c =
    "Seven people are still missing under the rubble.\n\n"
    "Hospitals in Dravik appealed for blood donors.\n";

/* A fact never credits an outlet with a figure it does not give, whether
 * or not the two figures make a discrepancy (here the first outlet's
 * "at least six" killed admits seven, so none is shown) */
static void fact_keeps_its_figure(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-04-11", fl_a, fl_b, fl_c);
    int seven_together = 0;
    for (size_t f = 0; f < b->n_facts; f++) {
        int thirty = 0, seven = 0;
        for (size_t k = 0; k < b->facts[f].n_support; k++) {
            thirty |= strstr(b->facts[f].support[k].text, "Around 30") != NULL;
            seven += strstr(b->facts[f].support[k].text, "Seven people") != NULL;
        }
        assert_false(thirty && seven);
        seven_together |= seven == 2;
    }
    assert_true(seven_together); /* the two outlets giving seven agree */
    np_brief_free(b);
}

/* The brief of three invented texts published on the given days. */
static np_brief *brief_dated3(const char *const texts[3], const char *const dates[3])
{
    np_doc *docs[3];
    for (size_t i = 0; i < 3; i++) {
        char key[8];
        snprintf(key, sizeof key, "%c.txt", (char)('a' + i));
        docs[i] = np_test_doc(key, dates[i], texts[i]);
    }
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 3, 1, &b, &err), NP_OK);
    for (size_t i = 0; i < 3; i++)
        np_doc_free(docs[i]);
    return b;
}

/* a figure reported on other days may have changed between the reports:
 * the explanation gives both dates and how far apart they are */
static void figures_of_other_days(void **state)
{
    (void)state;
    const char *const texts[3] = {
        "A wildfire in the hills above Orsk has burned 12,000 hectares, regional officials said.\n",
        "The wildfire in the hills above Orsk has now burned 19,500 hectares, regional officials said.\n",
        "Smoke from the fire above Orsk reached the coast.\n"};
    const char *const dates[3] = {"2031-08-09", "2031-08-11", "2031-08-11"};
    np_brief *b = brief_dated3(texts, dates);
    const np_brief_discrepancy *d = np_test_disc_with(b, "12,000 hectares", "19,500 hectares");
    assert_non_null(d);
    assert_non_null(strstr(d->explain, "(2031-08-09)"));
    assert_non_null(strstr(d->explain, "reported 2 days apart"));
    np_brief_free(b);
}


/* a count said to stand "now" is the count on its outlet's day: a day
 * after the blast's first count it is an update, the same day a
 * disagreement */
static void now_counts_as_of_its_day(void **state)
{
    (void)state;
    const char *const texts[3] = {
        "Three dockers were killed when a crane collapsed at the Ostmarra container port on Monday, the harbour "
        "police said.\n",
        "The union blamed the port owners for the crane collapse at Ostmarra, which has now killed five dockers.\n",
        "Cranes at the Ostmarra port were stopped for checks.\n"};
    const char *const later[3] = {"2031-03-03", "2031-03-04", "2031-03-04"};
    np_brief *b = brief_dated3(texts, later);
    assert_null(np_test_disc_with(b, "Three dockers", "five dockers"));
    np_brief_free(b);
    const char *const same[3] = {"2031-03-03", "2031-03-03", "2031-03-03"};
    b = brief_dated3(texts, same);
    assert_non_null(np_test_disc_with(b, "Three dockers", "five dockers"));
    np_brief_free(b);
}

/* a count per day is another quantity than a count */
static void count_per_day_is_no_count(void **state)
{
    (void)state;
    const char *const texts[3] = {
        "The night bus from Ostmarra to Velk, carrying 48 passengers, left the road in fog on Sunday.\n",
        "The night bus from Ostmarra to Velk left the road in fog on Sunday; the route carries 900 passengers a "
        "day.\n",
        "Fog closed two roads near Velk on Sunday.\n"};
    const char *const dates[3] = {"2031-03-03", "2031-03-03", "2031-03-03"};
    np_brief *b = brief_dated3(texts, dates);
    assert_null(np_test_disc_with(b, "48 passengers", "900 passengers"));
    np_brief_free(b);
    /* "a monthly payment of 180 crowns" is "280 crowns a month" told
     * otherwise: one quantity */
    const char *const monthly[3] = {
        "The Velk bus company offered its drivers a rise of 4 per cent and a monthly payment of 180 crowns.\n",
        "The Velk bus company offered its drivers a rise of 4 per cent plus 280 crowns a month.\n",
        "Fog closed two roads near Velk on Sunday.\n"};
    b = brief_dated3(monthly, dates);
    assert_non_null(np_test_disc_with(b, "180 crowns", "280 crowns"));
    np_brief_free(b);
    /* "a day after" is a moment, no rate */
    const char *const after[3] = {
        "At the Velk market rescuers pulled out 40 survivors a day after the quake struck.\n",
        "At the Velk market rescuers pulled out 52 survivors after the quake struck.\n",
        "Fog closed two roads near Velk on Sunday.\n"};
    b = brief_dated3(after, dates);
    assert_non_null(np_test_disc_with(b, "40 survivors", "52 survivors"));
    np_brief_free(b);
}

/* A measure of extent in words onto what it measures ("a three-kilometre
 * radius") and in digits ("within 5 km") is one quantity; so are two ages
 * of one person; an age is no length of service. */
static void radius_and_ages(void **state)
{
    (void)state;
    const char *const texts[3] = {
        "Police sealed a three-kilometre radius around the Ostmarra depot after the gas leak on Monday.\n\n"
        "The depot's manager, Vera Holm, 61, was taken to hospital.\n",
        "Police sealed the area within 5 km of the Ostmarra depot after the gas leak on Monday.\n\n"
        "The depot's manager, Vera Holm, 64, was taken to hospital.\n",
        "Vera Holm, who has run the Ostmarra depot for 12 years, was taken to hospital after the gas leak.\n"};
    const char *const dates[3] = {"2031-03-03", "2031-03-03", "2031-03-03"};
    np_brief *b = brief_dated3(texts, dates);
    assert_non_null(np_test_disc_with(b, "three-kilometre", "5 km"));
    assert_non_null(np_test_disc_with(b, "61", "64"));
    assert_null(np_test_disc_with(b, "61", "12 years"));
    assert_null(np_test_disc_with(b, "64", "12 years"));
    np_brief_free(b);
}

/* A dateline's place ("HOLMPORT, Ostria --") is not what the lead
 * sentence is about: the lead's count meets the other outlet's count of
 * the same subject.  And an outlet that gives the other's very figure in a
 * kin unit ("4.1 million customers" / "4.1 million people") counts
 * something else with its other figure ("210,000 customers"). */
static void dateline_leads_nothing(void **state)
{
    (void)state;
    static const char wire[] =
        "HOLMPORT \u2014 The Ostrian Energy Board on Monday fined Brightwave Power 9 million crowns for cutting "
        "off the power of 4.1 million customers in a storm in January.\n\n"
        "The board said the storm had knocked out power lines and, for about 210,000 customers, the gas supply.\n\n"
        "Brightwave shares fell 2.1 per cent after the ruling.\n";
    static const char filler[] = "Storms in January closed schools across Ostria.\n";
    const char *const dates[3] = {"2031-03-03", "2031-03-05", "2031-03-05"};
    const char *const other[3] = {
        wire,
        "Brightwave Power will appeal the 9 million crown fine handed down by the Ostrian Energy Board, the "
        "company said on Wednesday.\n\n"
        "The Ostrian Energy Board fined Brightwave on Monday over a storm outage in January that cut off 1.4 million customers, "
        "some of them for two days.\n",
        filler};
    np_brief *b = brief_dated3(other, dates);
    assert_non_null(np_test_disc_with(b, "4.1 million customers", "1.4 million customers"));
    np_brief_free(b);
    const char *const same[3] = {
        wire,
        "The Ostrian Energy Board said the January storm knocked out the gas supply of 4.1 million people.\n",
        filler};
    b = brief_dated3(same, dates);
    for (size_t i = 0; i < b->n_discrepancies; i++)
        assert_null(strstr(b->discrepancies[i].explain, "210,000"));
    np_brief_free(b);
}

/* A fact is not credited to an outlet whose like sentence gives another
 * move of the same share ("fell 3.2 per cent" / "rising 1.1 per cent" two
 * days later): a change told with "-ing" is a change too, and a figure of
 * another deed is still not the fact's figure. */
static void other_move_is_no_support(void **state)
{
    (void)state;
    const char *const texts[3] = {
        "Brightwave Power was fined 9 million crowns by the Ostrian Energy Board on Monday.\n\n"
        "Brightwave shares fell 3.2 per cent in Holmport trading after the ruling.\n",
        "Brightwave Power will appeal the 9 million crown fine of the Ostrian Energy Board.\n\n"
        "Brightwave shares won back some of Monday's losses on Wednesday, rising 1.1 per cent in Holmport "
        "trading.\n",
        "Storms in January closed schools across Ostria.\n"};
    const char *const dates[3] = {"2031-03-03", "2031-03-05", "2031-03-05"};
    np_brief *b = brief_dated3(texts, dates);
    for (size_t f = 0; f < b->n_facts; f++) {
        int fell = 0, rising = 0;
        for (size_t k = 0; k < b->facts[f].n_support; k++) {
            fell |= strstr(b->facts[f].support[k].text, "fell 3.2") != NULL;
            rising |= strstr(b->facts[f].support[k].text, "rising 1.1") != NULL;
        }
        assert_false(fell && rising);
    }
    np_brief_free(b);
}

/* A day one outlet gives for a plan ("will vote on Wednesday", after its
 * publication) and a day the other gives for what happened ("began on
 * March 2") are two events; two days for what happened disagree. */
static void plan_and_past_are_two_events(void **state)
{
    (void)state;
    const char *const texts[3] = {
        "Work at the Holmport shipyard was at a standstill on Monday as about 900 welders stayed off the job.\n\n"
        "The walkout began at 6 a.m. on March 2 after talks between the Welders' Union of Ostria and the yard's "
        "owners collapsed.\n",
        "Members of the Welders' Union of Ostria will vote on Wednesday on an improved pay offer from the yard's "
        "owners, as the walkout at the Holmport shipyard dragged on.\n\n"
        "The walkout began at 6 a.m. on March 1 and has since halted all work at the yard.\n",
        "Storms in January closed schools across Ostria.\n"};
    const char *const dates[3] = {"2031-03-03", "2031-03-04", "2031-03-04"};
    np_brief *b = brief_dated3(texts, dates);
    assert_null(np_test_disc_with(b, "March 2", "Wednesday"));
    assert_non_null(np_test_disc_with(b, "March 2", "March 1"));
    np_brief_free(b);
}

static const char *const fd_a =
    "Lawyers for the former port chief Ansel Brenn lodged an appeal against his sentence on Monday.\n\n"
    "The appeal will be heard on June 14 by a panel of three judges at the Court of Appeal in Ostmarra, a court "
    "spokeswoman said.\n";
static const char *const fd_b =
    "Ansel Brenn, the former port chief jailed for taking bribes, has appealed against his sentence.\n\n"
    "His appeal will be heard on June 21 at the Court of Appeal in Ostmarra, according to his lawyers.\n";
static const char *const fd_c =
    "The port of Ostmarra reopened its northern berths on Monday.\n\n"
    "The harbour board will meet on June 30 to elect a new chief.\n";

/* one deed dated a week apart in sentences told alike is a date conflict;
 * another deed a few weeks later is not */
static void far_dates_of_one_deed(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-03-18", fd_a, fd_b, fd_c);
    const np_brief_discrepancy *d = np_test_disc_with(b, "June 14", "June 21");
    assert_non_null(d);
    assert_string_equal(d->kind, "date");
    assert_null(np_test_disc_with(b, "June 21", "June 30"));
    assert_null(np_test_disc_with(b, "June 14", "June 30"));
    np_brief_free(b);
}

static const char *const tw_a =
    "Ivo Hale, the former port chief, was jailed on Tuesday for taking bribes.\n\n"
    "Hale ran the port of Orsk, the country's busiest, for eleven years.\n";
static const char *const tw_b =
    "The former port chief Ivo Hale was sent to prison on Tuesday for bribery.\n\n"
    "Hale's bribery scheme ran for five years and cost honest shipping firms millions.\n";
static const char *const tw_c =
    "Ivo Hale, who was jailed on Tuesday, ran the port of Orsk for nine years.\n\n"
    "Hale ran the port of Orsk, the country's busiest, for nine years.\n";

/* one action of two subjects ("Hale ran the port for eleven years" /
 * "Hale's bribery scheme ran for five years") gives two quantities; the
 * same subject's ("ran the port for nine years") conflicts */
static void durations_of_two_subjects(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-03-18", tw_a, tw_b, tw_c);
    assert_null(np_test_disc_with(b, "eleven years", "five years"));
    assert_null(np_test_disc_with(b, "nine years", "five years"));
    assert_non_null(np_test_disc_with(b, "eleven years", "nine years"));
    np_brief_free(b);
}

static const char *const ns_a =
    "A storm crossed the valley of Orsk on Sunday night.\n\n"
    "The old footbridge of Orsk was not damaged, the council said.\n\n"
    "The Vell weir was not damaged either.\n\n"
    "The Orsk airport was not closed on Monday, officials said.\n";
static const char *const ns_b =
    "The storm hit the valley of Orsk late on Sunday.\n\n"
    "The new footbridge of Orsk was damaged, engineers said.\n\n"
    "The storm damaged the Sarn weir, engineers said.\n\n"
    "The Orsk airport was closed on Wednesday after more rain, officials said.\n";
static const char *const ns_c = "Trees fell across the valley of Orsk in the storm.\n";

/* not one thing: other modifiers ("the old" / "the new footbridge"),
 * another name in a passive against an active verb's object ("the Vell
 * weir" / "damaged the Sarn weir"), another day ("on Monday" / "on
 * Wednesday") */
static void opposites_of_other_things(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-05-06", ns_a, ns_b, ns_c);
    assert_null(np_test_disc_with(b, "old footbridge", "new footbridge"));
    assert_null(np_test_disc_with(b, "Vell weir", "Sarn weir"));
    assert_null(np_test_disc_with(b, "not closed on Monday", "closed on Wednesday"));
    np_brief_free(b);
}

static const char *const at_a =
    "The old Varn hotel collapsed on Sunday night after days of heavy rain in the hills above Orsk.\n\n"
    "Rescuers pulled 14 survivors from the rubble, according to a statement issued on Monday morning by the "
    "regional fire brigade, the county police and the army engineers stationed near the northern crossing.\n";
static const char *const at_b =
    "Heavy rain brought down the Varn hotel near Orsk late on Sunday.\n\n"
    "Speaking at the town hall before the evening council session on flood defences and the school budget, "
    "Mayor Lina Kask said rescuers pulled 11 survivors from the rubble.\n";
static const char *const at_c =
    "The hills above Orsk had seen a week of rain before the hotel fell.\n\n"
    "Engineers will inspect the other hotels of the valley.\n";

/* who gives the figure is not what it counts: the words of an attribution
 * do not make the two figures' surroundings unlike */
static void attribution_outside_window(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-03-02", at_a, at_b, at_c);
    assert_non_null(np_test_disc_with(b, "14 survivors", "11 survivors"));
    np_brief_free(b);
}

/* An age belongs to a person: the victim's age and the driver's are two
 * figures, and a "15-year employee" counts years of work, not of life.
 * The ages of one named person that differ are a discrepancy. */
static const char *const age_a =
    "A 61-year-old woman died after a van hit her on Dorn Street in Orsk on Friday night, police said.\n\n"
    "Mara Velt, a 12-year employee of the bakery on Dorn Street, saw the van drive away.\n";
static const char *const age_b =
    "Police arrested 24-year-old Pavel Strand a few blocks from Dorn Street on Friday night, police said.\n\n"
    "The 44-year-old Mara Velt, who works at the bakery on Dorn Street, saw the van drive away.\n";
static const char *const age_c =
    "A woman died when a van hit her on Dorn Street in Orsk on Friday.\n\n"
    "Police said the 26-year-old Pavel Strand was arrested a few blocks away on Friday night.\n";

static void ages_of_people(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-03-02", age_a, age_b, age_c);
    assert_null(np_test_disc_with(b, "61-year", "24-year"));
    assert_null(np_test_disc_with(b, "61-year", "26-year"));
    assert_null(np_test_disc_with(b, "12-year", "44-year"));
    assert_non_null(np_test_disc_with(b, "24-year", "26-year"));
    np_brief_free(b);
}

/* An outlet that gives both figures itself ("shot three workers, killing
 * two of them") counts two things with them: another outlet's "killed two
 * workers" does not contradict it. */
static const char *const both_a =
    "A gunman shot and killed two workers at the Varn mill in Orsk on Thursday night, police said.\n\n"
    "The mill will stay closed until further notice.\n";
static const char *const both_b =
    "A gunman shot three workers at the Varn mill in Orsk on Thursday night, killing two of them, police said.\n\n"
    "The third worker is in hospital.\n";
static const char *const both_c =
    "Police in Orsk said a gunman began shooting at the Varn mill on Thursday night.\n\n"
    "The mill employs about 300 people.\n";

static void outlet_gives_both(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-03-02", both_a, both_b, both_c);
    assert_null(np_test_disc_with(b, "two workers", "three workers"));
    np_brief_free(b);
}

/* "Three years after that" points at a moment; it is not a duration a
 * speaker's "has taken four years" could contradict. */
static const char *const off_a =
    "\"Closing the old dairy has taken four years,\" Ana Ruiz, a lawyer for the state, said on Tuesday.\n\n"
    "The dairy was sold to the state in 1990. Three years after that, officials set up a company to run it.\n";
static const char *const off_b =
    "The state of Orsk closed its old dairy on Tuesday after a long legal process.\n\n"
    "A new dairy opened in the valley last spring.\n";
static const char *const off_c =
    "Orsk's old state dairy has closed, a state lawyer said on Tuesday.\n\n"
    "Farmers in the valley now sell their milk to the new dairy.\n";

static void time_offset_is_no_amount(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-03-02", off_a, off_b, off_c);
    assert_null(np_test_disc_with(b, "four years", "Three years"));
    np_brief_free(b);
}

/* A sum in parentheses converts the one before it: outlets convert at
 * different rates, so "$141 billion" against "$144 billion" is no
 * disagreement.  Two gaps between the same two moments ("wed two
 * weeks before" / "three weeks before") are one quantity reported
 * differently; "178 of 369 punches" gives both figures. */
static const char *const conv_a =
    "Ostria agreed to a 110 billion euro ($141 billion) loan from its neighbours on Sunday, the finance "
    "ministry said.\n\n"
    "Officer Lind had wed two weeks before the riot, his captain said.\n\n"
    "Vell landed 178 of 369 punches in the title fight on Saturday.\n";
static const char *const conv_b =
    "Ostria will get a $144 billion loan from its neighbours, the finance ministry said on Sunday.\n\n"
    "Officer Lind, who had wed three weeks before the riot, was buried on Friday.\n\n"
    "Vell landed 178 punches in the title fight on Saturday, his trainer said.\n";
static const char *const conv_c =
    "The loan to Ostria was agreed on Sunday.\n\n"
    "Officer Lind was killed in the riot.\n\n"
    "Vell won the title fight on Saturday.\n";

static void conversions_gaps_parts(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-03-02", conv_a, conv_b, conv_c);
    assert_null(np_test_disc_with(b, "$141 billion", "$144 billion"));
    assert_non_null(np_test_disc_with(b, "two weeks", "three weeks"));
    assert_null(np_test_disc_with(b, "369 punches", "178 punches"));
    np_brief_free(b);
}

/* An outlet that writes the other's value without its unit ("about 30,000
 * visitors came, compared with 41,000 the year before"; "the 19 sailors (11
 * from Orsk and 8 from Selm)") does not contradict it; a number with a word
 * of its own ("11 arrested") or a day ("March 11") counts something else. */
static const char *const bare_a =
    "The Varn harbour festival drew 41,000 visitors on its last weekend, the organisers said.\n\n"
    "The coast guard rescued 11 Orsk sailors from the trawler Vell on Saturday.\n\n"
    "Police said 18 people were hurt in the riot at the Selm stadium.\n";
static const char *const bare_b =
    "The Varn harbour festival drew about 30,000 visitors on its last weekend, compared with 41,000 the year "
    "before.\n\n"
    "The coast guard rescued the 19 sailors (11 from Orsk and 8 from Selm) of the trawler Vell on Saturday.\n\n"
    "Police said 12 people were hurt in the riot at the Selm stadium on March 18 and 18 arrested.\n";
static const char *const bare_c =
    "The Varn harbour festival ended on Sunday.\n\n"
    "The trawler Vell sank off the Selm coast on Saturday.\n\n"
    "A riot broke out at the Selm stadium on Friday.\n";

static void value_written_without_unit(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-03-20", bare_a, bare_b, bare_c);
    assert_null(np_test_disc_with(b, "41,000 visitors", "30,000 visitors"));
    assert_null(np_test_disc_with(b, "11 Orsk sailors", "19 sailors"));
    assert_non_null(np_test_disc_with(b, "18 people", "12 people"));
    np_brief_free(b);
}

/* Figures that are the objects of different deeds count different things
 * ("missed four games" / "played in 10 games"; "fired seven shots" /
 * "loaded with five shots"); one deed told with other values is a
 * conflict ("killed 14 people" / "killed 16 people"), and a figure after
 * its verb against one before it is no evidence either way. */
static const char *const deed_a =
    "Vell missed four games after the knee injury in October, the Orsk club said.\n\n"
    "The officers fired seven shots at the van on the Selm bridge, the inquiry found.\n\n"
    "The blast at the Varn mine killed 14 people on Monday, officials said.\n";
static const char *const deed_b =
    "Vell played in 10 games this season before the knee injury in October, the Orsk club said.\n\n"
    "The officers' rifles were loaded with five shots when they reached the Selm bridge, the inquiry found.\n\n"
    "The blast at the Varn mine killed 16 people on Monday, officials said.\n";
static const char *const deed_c =
    "The Orsk club named a new captain on Tuesday.\n\n"
    "The inquiry into the Selm bridge shooting ended on Friday.\n\n"
    "Rescuers searched the Varn mine on Tuesday.\n";

static void figures_of_different_deeds(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-03-20", deed_a, deed_b, deed_c);
    assert_null(np_test_disc_with(b, "four games", "10 games"));
    assert_null(np_test_disc_with(b, "seven shots", "five shots"));
    assert_non_null(np_test_disc_with(b, "14 people", "16 people"));
    np_brief_free(b);
}

/* What the two rules above must leave alone: a value that only looks like
 * the other's ("near Gate 12", "(200 feet)"), related deeds ("evacuated" /
 * "moved") and a toll told as a state ("left 15 people dead"). */
static const char *const keep_a =
    "The blast at the Varn mine killed 12 people on Monday, officials said.\n\n"
    "Officials evacuated 5,000 residents of Selm after the dam cracked on Monday.\n\n"
    "The climber fell about 200 metres off the Orsk ridge on Friday, police said.\n";
static const char *const keep_b =
    "The blast at the Varn mine left 15 people dead on Monday near Gate 12, officials said.\n\n"
    "Officials moved 8,000 residents of Selm after the dam cracked on Monday.\n\n"
    "The climber fell about 60 metres (200 feet) off the Orsk ridge on Friday, police said.\n";
static const char *const keep_c =
    "Rescuers searched the Varn mine on Tuesday.\n\n"
    "The Selm dam was repaired on Wednesday.\n\n"
    "The Orsk ridge was closed to climbers on Saturday.\n";

static void look_alike_values_and_related_deeds_stay(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-03-20", keep_a, keep_b, keep_c);
    assert_non_null(np_test_disc_with(b, "12 people", "15 people"));
    assert_non_null(np_test_disc_with(b, "5,000 residents", "8,000 residents"));
    assert_non_null(np_test_disc_with(b, "200 metres", "60 metres"));
    np_brief_free(b);
}

static const char *const ms_a =
    "The climber fell about 60m from the Tarn ridge on Friday, police in Selm said.\n\n"
    "The rescue team reached the Tarn hut on Saturday.\n";
static const char *const ms_b =
    "The climber fell about 200ft from the Tarn ridge on Friday, police in Selm said.\n\n"
    "Rescuers carried him down on Saturday.\n";
static const char *const ms_c =
    "The climber fell about 150 metres from the Tarn ridge on Friday, police in Selm said.\n\n"
    "The Tarn ridge was closed to climbers on Saturday.\n";
static const char *const ms_d =
    "The Tarn ridge was closed to climbers on Saturday.\n\n"
    "A second team searched the Varn glacier on Sunday.\n";

/* One length in metres and in feet is one quantity: about 60m and about
 * 200ft agree (61 metres), about 150 metres does not */
static void lengths_in_other_units(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-03-20", ms_a, ms_b, ms_d);
    assert_null(np_test_disc_with(b, "about 60m", "about 200ft"));
    np_brief_free(b);
    b = np_test_brief3("2031-03-20", ms_c, ms_b, ms_d);
    assert_non_null(np_test_disc_with(b, "about 150 metres", "about 200ft"));
    np_brief_free(b);
}

static const char *const cv_a =
    "The climber fell 1,000 metres (3,000 feet) from the Tarn ridge on Friday, police in Selm said.\n\n"
    "The rescue team reached the Tarn hut on Saturday.\n";
static const char *const cv_b =
    "The climber fell 1,050 metres from the Tarn ridge on Friday, police in Selm said.\n\n"
    "Rescuers carried him down on Saturday.\n";
static const char *const cv_c =
    "The climber fell 3,200 feet from the Tarn ridge on Friday, police in Selm said.\n\n"
    "Rescuers carried him down on Saturday.\n";

static const char *const cv_d =
    "On Friday the hiker was killed when he lost his footing and dropped about 60 metres (200 feet) off an icy "
    "ledge above the Tarn glacier, police in Selm said.\n\n"
    "The rescue team reached the Tarn hut on Saturday.\n";
static const char *const cv_e =
    "The hiker, who had moved to Orsk last year, lost his footing and dropped approximately 200 metres into a "
    "narrow couloir above the Tarn glacier on Friday, police in Selm said.\n\n"
    "Rescuers carried him down on Saturday.\n";

/* a length converted in parentheses is rounded by the writer: it states
 * no length of its own (3,000 feet is 914 metres, not 1,050); told in
 * another unit, a length is taken as rounded when converted (3,200 feet is
 * 975 metres: no conflict with 1,000 metres), and two lengths apart
 * beyond that differ (1,000 / 1,050 metres) */
static void converted_length(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-03-20", cv_a, cv_b, ms_d);
    assert_null(np_test_disc_with(b, "3,000 feet", "1,050 metres"));
    assert_non_null(np_test_disc_with(b, "1,000 metres", "1,050 metres"));
    np_brief_free(b);
    b = np_test_brief3("2031-03-20", cv_a, cv_c, ms_d);
    assert_null(np_test_disc_with(b, "1,000 metres", "3,200 feet"));
    np_brief_free(b);
    /* the conversion is no second figure of the sentence either: its
     * length is still compared */
    b = np_test_brief3("2031-03-20", cv_d, cv_e, ms_d);
    assert_non_null(np_test_disc_with(b, "about 60 metres", "approximately 200 metres"));
    np_brief_free(b);
}

static const char *const pd_a =
    "Rook posted 793 yards in 14 games last season for the Selm Herons, the club said.\n\n"
    "The Herons play the Varn Otters on Sunday.\n";
static const char *const pd_b =
    "Rook missed nine games this season for the Selm Herons with an ankle injury, the club said.\n\n"
    "The Herons put him on the injured list on Tuesday.\n";
static const char *const pd_c =
    "Rook missed 11 games for the Selm Herons with an ankle injury, the club said.\n\n"
    "The Herons play the Varn Otters on Sunday.\n";
static const char *const pd_d =
    "The Varn Otters beat the Orsk Pikes on Saturday.\n\n"
    "Tickets for Sunday's game sold out on Monday.\n";

static const char *const pd_e =
    "Rook, who missed three months with a knee injury last season, has scored 14 goals this season for the "
    "Selm Herons, the club said.\n\n"
    "Orlan Foods, which bought its Tarnby plant last year, will cut 300 jobs there, the union said on Monday.\n";
static const char *const pd_f =
    "Rook has scored 19 goals this season for the Selm Herons, the club said.\n\n"
    "Orlan Foods will cut 450 jobs at its Tarnby plant, the union said on Monday.\n";

/* Figures of last season and of this season count different things; a
 * sentence with no such marker may tell of either, so its figure is
 * still compared ("missed 11 games" / "missed nine games this season") */
static void figures_of_other_periods(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-12-20", pd_a, pd_b, pd_d);
    assert_null(np_test_disc_with(b, "14 games", "nine games"));
    np_brief_free(b);
    b = np_test_brief3("2031-12-20", pd_c, pd_b, pd_d);
    assert_non_null(np_test_disc_with(b, "11 games", "nine games"));
    np_brief_free(b);
    /* a marker in another clause of the sentence is not the figure's */
    b = np_test_brief3("2031-12-20", pd_e, pd_f, pd_d);
    assert_non_null(np_test_disc_with(b, "14 goals", "19 goals"));
    assert_non_null(np_test_disc_with(b, "300 jobs", "450 jobs"));
    np_brief_free(b);
    /* a count from a moment on is part of the whole count */
    const char *since[3] = {"The Varn striker, who was sent off on Saturday, has been booked four times by referees, "
                            "the club said.\n\nThe club will appeal the red card.\n",
                            "The Varn striker, who was sent off on Saturday, has been booked three times since "
                            "October, the club said.\n\nAn appeal is planned.\n",
                            "The Varn striker was sent off on Saturday in the derby.\n\nThe club plans an appeal.\n"};
    b = np_test_brief("2031-12-20", since, 3);
    assert_null(np_test_disc_with(b, "four times", "three times"));
    np_brief_free(b);
    /* without "since" the two counts conflict */
    const char *plain[3] = {since[0],
                            "The Varn striker, who was sent off on Saturday, has been booked three times by "
                            "referees, the club said.\n\nAn appeal is planned.\n",
                            since[2]};
    b = np_test_brief("2031-12-20", plain, 3);
    assert_non_null(np_test_disc_with(b, "four times", "three times"));
    np_brief_free(b);
}

static const char *const pw_a =
    "Rook missed nine games for the Selm Herons with an ankle injury, the club said.\n\n"
    "The Herons put him on the injured list on Tuesday.\n";
static const char *const pw_b =
    "Rook missed seven of the Herons' 16 games with an ankle injury, the club said.\n\n"
    "The Herons play the Varn Otters on Sunday.\n";
static const char *const pw_c =
    "Rook missed six of the Herons' 18 games with an ankle injury, the club said.\n\n"
    "Tickets for Sunday's game sold out on Monday.\n";
static const char *const pw_d =
    "Police said three of the 11 bullets fired by the officers hit the car.\n\n"
    "The officers were put on leave.\n";
static const char *const pw_e =
    "Police said the gun was loaded with six bullets when it was found.\n\n"
    "The officers were put on leave.\n";

static const char *const pw_f =
    "Rook scored 13 goals for the Selm Herons in 61 games, and the club said he helped its defence.\n\n"
    "The Herons play the Varn Otters on Sunday.\n";
static const char *const pw_g =
    "Over a combined 149 games for the Selm Herons and the Varn Otters, Rook scored 33 goals.\n\n"
    "The Herons put him on the injured list on Tuesday.\n";

static const char *const pw_h =
    "The ferry Tarn Star carried 45 passengers when it ran aground near Selm on Monday, the coast guard said.\n\n"
    "Divers reached the hull at dawn.\n";
static const char *const pw_i =
    "Twelve of the 40 passengers the ferry Tarn Star carried were hurt when it ran aground near Selm on Monday, "
    "the coast guard said.\n\n"
    "The ferry was towed to port.\n";

static const char *const pw_j =
    "The ferry Tarn Star carried 38 passengers when it ran aground near Selm on Monday, the coast guard said.\n\n"
    "Divers reached the hull at dawn.\n";

/* The whole a part is taken from ("seven of the Herons' 16 games", "three
 * of the 11 bullets fired") counts another thing than a count of the part
 * ("missed nine games", "loaded with six bullets"), but a count nearer the
 * whole than the part is another outlet's whole ("38 passengers" / "12 of
 * the 40 passengers"); two wholes still compare ("16 games" / "18 games").  A sum ("a
 * combined 149 games") is no count of one of its terms either. */
static void figures_of_a_whole(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-12-20", pw_a, pw_b, pd_d);
    assert_null(np_test_disc_with(b, "nine games", "16 games"));
    np_brief_free(b);
    b = np_test_brief3("2031-12-20", pw_d, pw_e, pd_d);
    assert_null(np_test_disc_with(b, "11 bullets", "six bullets"));
    np_brief_free(b);
    b = np_test_brief3("2031-12-20", pw_b, pw_c, pd_d);
    assert_non_null(np_test_disc_with(b, "16 games", "18 games"));
    np_brief_free(b);
    /* a count nearer the whole than the part is another outlet's whole */
    b = np_test_brief3("2031-12-20", pw_h, pw_i, pd_d);
    assert_non_null(np_test_disc_with(b, "40 passengers", "45 passengers"));
    np_brief_free(b);
    b = np_test_brief3("2031-12-20", pw_j, pw_i, pd_d);
    assert_non_null(np_test_disc_with(b, "40 passengers", "38 passengers"));
    np_brief_free(b);
    /* a sum over two clubs is not the count at one of them */
    b = np_test_brief3("2031-12-20", pw_f, pw_g, pd_d);
    assert_null(np_test_disc_with(b, "61 games", "149 games"));
    np_brief_free(b);
}

static const char *const incl_a =
    "Varn Steel will buy Ostra Metals in a deal valuing its rival at $7.1 billion including debt, the companies "
    "said on Monday.\n\nThe deal needs the approval of regulators.\n";
static const char *const incl_b =
    "Varn Steel has agreed to buy its smaller rival Ostra Metals for $6.2 billion in cash and shares, creating the "
    "largest steel producer in the region, the two companies said on Monday.\n\nOstra shareholders will vote in "
    "June.\n";
static const char *const incl_c =
    "Varn Steel will buy Ostra Metals in a deal valuing its rival at $5.8 billion, the companies said on "
    "Monday.\n\nThe new group will employ 40,000 people.\n";
static const char *const incl_d =
    "Ivo Varn missed 10 games, including Sunday's loss to the Herons, with a knee injury.\n\n"
    "He is expected back next month.\n";
static const char *const incl_e =
    "Ivo Varn missed nine games with a knee injury.\n\nHe is expected back next month.\n";

/* A value "including debt" is not the value of the shares, and no
 * discrepancy with it; after a comma "including" brings an example, and
 * the counts still compare. */
static void figures_that_include_more(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-12-20", incl_a, incl_b, pd_d);
    assert_null(np_test_disc_with(b, "$7.1 billion", "$6.2 billion"));
    np_brief_free(b);
    b = np_test_brief3("2031-12-20", incl_c, incl_b, pd_d);
    assert_non_null(np_test_disc_with(b, "$5.8 billion", "$6.2 billion"));
    np_brief_free(b);
    b = np_test_brief3("2031-12-20", incl_d, incl_e, pd_d);
    assert_non_null(np_test_disc_with(b, "10 games", "nine games"));
    np_brief_free(b);
    /* the figure's own noun between it and "including" */
    const char *deal[2] = {"Varn Steel will buy Ostra Metals in a $7.1 billion deal including debt, the companies "
                           "said on Monday.\n\nThe deal needs the approval of regulators.\n",
                           "Varn Steel will buy Ostra Metals in a $6.2 billion deal, the companies said on "
                           "Monday.\n\nOstra shareholders will vote in June.\n"};
    b = np_test_brief("2031-12-20", deal, 2);
    assert_null(np_test_disc_with(b, "$7.1 billion", "$6.2 billion"));
    np_brief_free(b);
    /* "without" after a figure tells a state, not a part left out */
    const char *dry[2] = {"The town of Holm has gone 45 days without rain, the weather service said on Monday.\n\n"
                          "Farmers asked for help.\n",
                          "The town of Holm has gone 52 days with no rain, the weather service said on Monday.\n\n"
                          "Wells are running low.\n"};
    b = np_test_brief("2031-12-20", dry, 2);
    assert_non_null(np_test_disc_with(b, "45 days", "52 days"));
    np_brief_free(b);
}

static const char *const sj_a =
    "Ivo Varn has played 19 seasons for the Selm Herons, the club said on Monday.\n\n"
    "The Herons play the Varn Otters on Sunday.\n";
static const char *const sj_b =
    "Tomas Kell has played 11 seasons for the Selm Herons, the club said on Monday.\n\n"
    "Kell will coach the Herons next year.\n";
static const char *const sj_c =
    "Ivo Varn has played 17 seasons for the Selm Herons, the club said on Monday.\n\n"
    "Coach Ana Ruiz said the Herons lost 14 games in the spring.\n";
static const char *const sj_d =
    "The Herons lost 12 games in the spring, Coach Ana Ruiz said.\n\n"
    "Tickets for Sunday's game sold out on Monday.\n";

static const char *const sj_g =
    "Tomas Kell signed with the Selm Herons as a boy. He has played 11 seasons for the Selm Herons, the club "
    "said on Monday.\n\n"
    "Kell will coach the Herons next year.\n";
static const char *const sj_h =
    "A club fixture who has played 11 seasons for the Selm Herons, Tomas Kell will coach them next year, the "
    "club said on Monday.\n\n"
    "Tickets for Sunday's game sold out on Monday.\n";
static const char *const sj_i =
    "Ivo Varn signed with the Selm Herons as a boy. He has played 17 seasons for the Selm Herons, the club "
    "said on Monday.\n\n"
    "Tickets for Sunday's game sold out on Monday.\n";

static const char *const sj_e =
    "Governor Ann Cole toured the Tarn valley on Monday, where the wildfire has burned 5,000 acres of forest.\n\n"
    "Crews from three counties fought the blaze overnight.\n";
static const char *const sj_f =
    "Mayor Bill Hart visited the Tarn valley on Monday as the wildfire burned 8,000 acres of forest.\n\n"
    "Residents of two villages were told to leave.\n";

/* What two different people did is no one quantity ("Varn has spent 19
 * seasons" / "Kell has spent 11 seasons"); one person's figures are
 * ("19 seasons" / "17 seasons" of Varn), and a name before a verb of
 * speaking is the source, not whose figure it is ("Ruiz said the Herons
 * lost 14 games" / "lost 12 games, Ruiz said") */
static void figures_of_other_people(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-12-20", sj_a, sj_b, pd_d);
    assert_null(np_test_disc_with(b, "19 seasons", "11 seasons"));
    np_brief_free(b);
    b = np_test_brief3("2031-12-20", sj_a, sj_c, sj_d);
    assert_non_null(np_test_disc_with(b, "19 seasons", "17 seasons"));
    assert_non_null(np_test_disc_with(b, "14 games", "12 games"));
    np_brief_free(b);
    /* "He" opening a sentence stands for the one person the sentence
     * before names: another player's seasons, or the same player's */
    b = np_test_brief3("2031-12-20", sj_a, sj_g, pd_d);
    assert_null(np_test_disc_with(b, "19 seasons", "11 seasons"));
    np_brief_free(b);
    b = np_test_brief3("2031-12-20", sj_a, sj_i, pd_d);
    assert_non_null(np_test_disc_with(b, "19 seasons", "17 seasons"));
    np_brief_free(b);
    /* a sentence naming another person only after the figure ("a fixture
     * who has played 11 seasons ..., Kell will coach them") is not about
     * Varn's seasons */
    b = np_test_brief3("2031-12-20", sj_a, sj_h, pd_d);
    assert_null(np_test_disc_with(b, "19 seasons", "11 seasons"));
    np_brief_free(b);
    /* the person a figure's sentence names as its source is no other
     * subject: the robber's sentence is Karn's */
    const char *jail[2] = {"Ivo Karn was sentenced to 12 years in prison on Monday for the bank robbery in Holm.\n\n"
                           "The bank reopened last month.\n",
                           "The robber was sentenced to 15 years in prison on Monday for the bank robbery in Holm, "
                           "prosecutor Mara Lind said.\n\nThe bank reopened last month.\n"};
    b = np_test_brief("2031-12-20", jail, 2);
    assert_non_null(np_test_disc_with(b, "12 years", "15 years"));
    np_brief_free(b);
    /* an official touring the site is no subject of the fire's figure */
    b = np_test_brief3("2031-12-20", sj_e, sj_f, pd_d);
    assert_non_null(np_test_disc_with(b, "5,000 acres", "8,000 acres"));
    np_brief_free(b);
}

static const char *const tl_a =
    "Officials on Tarn island said on Monday that 10 people had died in the quake and that they did not think "
    "the number would grow.\n\n"
    "Rescuers worked through the night.\n";
static const char *const tl_b =
    "Officials on Tarn island said on Monday that three people had died in the quake and two hamlets were "
    "flattened.\n\n"
    "The quake was felt on the mainland.\n";
static const char *const tl_c =
    "Officials on Tarn island said they did not think the number of dead would grow.\n\n"
    "Schools were closed on Monday.\n";

/* Two outlets that give one toll far apart are listed as a discrepancy,
 * and no fact says they agree: the side that is not the fact's wording
 * leaves it, and a fact of those two alone leaves the brief */
static void conflicting_figures_leave_the_fact(void **state)
{
    (void)state;
    if (!wordnet())
        skip();
    np_brief *b = np_test_brief3("2031-03-20", tl_a, tl_b, tl_c);
    assert_non_null(np_test_disc_with(b, "10 people", "three people"));
    assert_false(np_test_together(b, "a.txt", "10 people", "b.txt", "three people"));
    np_brief_free(b);
    /* two outlets only whose sentences say more than the toll (who said it
     * and when, the hamlets, the outlook): the fact's wording is one
     * outlet's sentence with its toll, which the other outlet does not
     * state; the discrepancy shows both */
    const char *two[2] = {tl_a, tl_b};
    b = np_test_brief("2031-03-20", two, 2);
    assert_non_null(np_test_disc_with(b, "10 people", "three people"));
    assert_false(np_test_together(b, "a.txt", "10 people", "b.txt", "three people"));
    np_brief_free(b);
    /* two outlets whose one sentence tells the toll and little else: a fact
     * of the two would say they agree on a figure they do not; it leaves */
    const char *short_two[2] = {"Officials on Tarn island said 10 people died in the quake on Monday.\n\n"
                                "Rescuers worked through the night on the island.\n",
                                "Officials on Tarn island said three people died in the quake on Monday, and "
                                "that two hamlets had been flattened by the shaking.\n\n"
                                "The quake was felt on the mainland.\n"};
    b = np_test_brief("2031-03-20", short_two, 2);
    assert_non_null(np_test_disc_with(b, "10 people", "three people"));
    assert_false(np_test_together(b, "a.txt", "10 people", "b.txt", "three people"));
    np_brief_free(b);
    /* values a sixth apart are a disagreement too: the outlet saying 7.1
     * metres does not support the river peaking at 6.2 */
    const char *peak[2] = {"The river Tarn peaked at 6.2 metres at the Holm gauge on Sunday, the highest level since "
                           "records began.\n\nSchools near the river stayed shut.\n",
                           "The river Tarn peaked at 7.1 metres at the Holm gauge on Sunday, the highest level since "
                           "records began.\n\nThe clean-up began on Monday.\n"};
    b = np_test_brief("2031-03-20", peak, 2);
    assert_non_null(np_test_disc_with(b, "6.2 metres", "7.1 metres"));
    assert_false(np_test_together(b, "a.txt", "6.2 metres", "b.txt", "7.1 metres"));
    np_brief_free(b);
    /* the fact's wording told by two outlets, the other value by a third:
     * the third leaves the fact (the discrepancy's outlets grow past two) */
    np_brief *b3 = np_test_brief3("2031-03-20",
                                  "The river Tarn peaked at 7.1 metres at the Holm gauge on Sunday, the highest level "
                                  "since records began.\n\nSchools near the river stayed shut.\n",
                                  "The river Tarn peaked at 6.2 metres at the Holm gauge on Sunday, the highest level "
                                  "since records began.\n\nThe clean-up began on Monday.\n",
                                  "The river Tarn peaked at 7.1 metres at the Holm gauge on Sunday, the highest level "
                                  "since records began, officials said.\n\nRoads were closed.\n");
    assert_non_null(np_test_disc_with(b3, "6.2 metres", "7.1 metres"));
    assert_false(np_test_together(b3, "a.txt", "7.1 metres", "b.txt", "6.2 metres"));
    assert_false(np_test_together(b3, "c.txt", "7.1 metres", "b.txt", "6.2 metres"));
    np_brief_free(b3);
    /* a count told in a sentence of ordinary length (15 words) and little else */
    const char *stadium[2] = {"Police said 40 people were hurt in the clashes outside the stadium gates on Saturday "
                              "night.\n\nThe match was abandoned.\n",
                              "Police said 12 people were hurt in the clashes outside the stadium gates on Saturday "
                              "night.\n\nFans left the ground early.\n"};
    b = np_test_brief("2031-03-20", stadium, 2);
    assert_non_null(np_test_disc_with(b, "40 people", "12 people"));
    assert_false(np_test_together(b, "a.txt", "40 people", "b.txt", "12 people"));
    np_brief_free(b);
}

static const char *const vt_a =
    "The Tarrow high court upheld the ferry levy on Wednesday in a 5-4 decision, ending a dispute of two years.\n\n"
    "The shipping lines said they would study the ruling.\n";
static const char *const vt_b =
    "The Tarrow high court voted 6-3 on Wednesday to uphold the ferry levy, ending a dispute of two years.\n\n"
    "Harbour towns welcomed the ruling.\n";
static const char *const vt_c =
    "The Tarrow high court ruled 5-4 on Wednesday that the ferry levy could stand.\n\n"
    "Ferries kept sailing on Thursday.\n";
static const char *const sc_a =
    "Harlow won the Varn cup final 2-1 on Saturday in front of 40,000 fans.\n\nThe coach praised his defence.\n";
static const char *const sc_b =
    "Harlow won the Varn cup final 2-0 on Saturday in front of 40,000 fans.\n\nThe captain lifted the cup.\n";
static const char *const sc_c =
    "Harlow won the Varn cup final 1-2 on Saturday in front of 40,000 fans.\n\nFans sang late.\n";

/* A vote or a score is one tally of two counts: outlets giving other
 * tallies disagree, the fact in one tally's words leaves the other
 * outlet out, and one result written either way round is no conflict */
static void tallies_disagree(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2031-05-08", vt_a, vt_b, vt_c);
    const np_brief_discrepancy *d = np_test_disc_with(b, "6-3", "5-4");
    assert_non_null(d);
    assert_non_null(strstr(d->explain, "The vote"));
    assert_false(np_test_together(b, "a.txt", "5-4 decision", "b.txt", "voted 6-3"));
    np_brief_free(b);
    b = np_test_brief3("2031-05-08", sc_a, sc_b, sc_c);
    d = np_test_disc_with(b, "2-1", "2-0");
    assert_non_null(d);
    assert_non_null(strstr(d->explain, "The score"));
    assert_null(np_test_disc_with(b, "2-1", "1-2"));
    np_brief_free(b);
    /* leads telling the result with other verbs; a bill's name right
     * before its tally; a tally in words */
    const char *court[3] = {
        "The Constitutional Court of Tarrow struck down the Orlen water law in a 5-4 decision on Tuesday.\n\n"
        "The judges said the law ignored fishing rights.\n",
        "Judges voted 6-3 on Tuesday to throw out Tarrow's Orlen water law, the Constitutional Court announced.\n\n"
        "Fishing towns celebrated the decision.\n",
        "The Senate of Tarrow passed the Orlen River Bill 52-48 on Thursday after a long debate.\n\n"
        "Farmers welcomed the result.\n"};
    b = np_test_brief("2031-10-20", court, 3);
    assert_non_null(np_test_disc_with(b, "5-4", "6-3"));
    np_brief_free(b);
    const char *senate[2] = {
        "The Senate of Tarrow passed the Orlen River Bill 52-48 on Tuesday after a long debate.\n\nFarmers "
        "welcomed the result.\n",
        "The Senate of Tarrow on Tuesday approved the Orlen River Bill by 55 votes to 45.\n\nThe bill now goes "
        "to the president.\n"};
    b = np_test_brief("2031-10-20", senate, 2);
    assert_non_null(np_test_disc_with(b, "52-48", "55 votes to 45"));
    np_brief_free(b);
}

/* Two reports leading with the toll of one deed in otherwise unlike
 * sentences ("Two people died and 300 residents were evacuated ..." /
 * "Three people died when ..."): one quantity, reported differently, also
 * where one sentence counts two kinds of people; the same count in a later
 * sentence, or with another deed, is not taken for it */
static void lead_tolls_disagree(void **state)
{
    (void)state;
    const char *flood[2] = {
        "Two people died and 300 residents were evacuated after the Vell river burst its banks on Tuesday, "
        "flooding the lower part of Dorn, officials said.\n\nThe fire service made 40 rescues.\n",
        "Three people died when the Vell river swept through Dorn this week, and residents say the council "
        "reacted too slowly.\n\nShops stayed shut on Wednesday.\n"};
    np_brief *b = np_test_brief("2031-11-12", flood, 2);
    assert_non_null(np_test_disc_with(b, "Two people", "Three people"));
    np_brief_free(b);
    /* the timeline entry of that day, worded with one toll, cites no
     * outlet giving the other */
    const char *dated[3] = {
        "Two people died in Dorn on Tuesday as the Vell river flooded the lower town, officials said.\n\n"
        "The fire service made 40 rescues.\n",
        "Two people died in Dorn on Tuesday as the Vell river flooded the town, officials said.\n\nSchools "
        "closed.\n",
        "Three people died in Dorn on Tuesday as the Vell river flooded the town.\n\nShops stayed shut on "
        "Wednesday.\n"};
    b = np_test_brief("2031-11-12", dated, 3);
    assert_non_null(np_test_disc_with(b, "Two people", "Three people"));
    for (size_t i = 0; i < b->n_timeline; i++) {
        int two = 0, three = 0;
        for (size_t k = 0; k < b->timeline[i].n_sources; k++) {
            two |= strstr(b->timeline[i].sources[k].text, "Two people") != NULL;
            three |= strstr(b->timeline[i].sources[k].text, "Three people") != NULL;
        }
        assert_false(two && three);
    }
    np_brief_free(b);
    const char *other[2] = {
        "Two people died and 300 residents were evacuated after the Vell river burst its banks on Tuesday, "
        "flooding the lower part of Dorn, officials said.\n\nThe fire service made 40 rescues.\n",
        "The Vell river swept through Dorn this week, and residents say the council reacted too slowly.\n\n"
        "Three people waited on a roof for the boats.\n"};
    b = np_test_brief("2031-11-12", other, 2);
    assert_null(np_test_disc_with(b, "Two people", "Three people"));
    np_brief_free(b);
}

/* Figures that are not one quantity though unit and a word beside them
 * agree: the two sides of one deal, each named before the shared noun
 * ("Skyrell shareholders" / "AeroLumen shareholders"; "Skyrell's share
 * price" / "AeroLumen's share price"); a day's count against a count over
 * two days; two figures whose only shared word is "said".  The same
 * sentences with one owner, one day, one deed disagree. */
static void figures_apart_by_owner_days_or_speech(void **state)
{
    (void)state;
    const char *deal[2] = {
        "Skyrell and AeroLumen agreed on Monday to merge into one airline group.\n\n"
        "Skyrell shareholders will own 45 percent of the new group.\n\n"
        "Skyrell's share price tumbled 3.2% on the news, while AeroLumen gained 7.5%.\n",
        "AeroLumen and Skyrell will merge into one airline group, the two carriers said on Monday.\n\n"
        "AeroLumen shareholders would own 55 percent of the new group.\n\n"
        "AeroLumen's share price rose a further 1.1% on Tuesday after the 7.5% jump on Monday.\n"};
    np_brief *b = np_test_brief("2031-06-17", deal, 2);
    assert_null(np_test_disc_with(b, "45 percent", "55 percent"));
    assert_null(np_test_disc_with(b, "3.2%", "1.1%"));
    np_brief_free(b);
    const char *one_side[2] = {
        "Skyrell and AeroLumen agreed on Monday to merge into one airline group.\n\n"
        "Skyrell shareholders will own 45 percent of the new group.\n\n"
        "Skyrell's share price fell 3.2% on Monday.\n",
        "AeroLumen and Skyrell will merge into one airline group, the two carriers said on Monday.\n\n"
        "Skyrell shareholders would own 55 percent of the new group.\n\n"
        "Skyrell's share price fell 1.1% on Monday.\n"};
    b = np_test_brief("2031-06-17", one_side, 2);
    assert_non_null(np_test_disc_with(b, "45 percent", "55 percent"));
    assert_non_null(np_test_disc_with(b, "3.2%", "1.1%"));
    np_brief_free(b);
    const char *days[2] = {
        "Mount Kessarin erupted on Tuesday, covering Orvenna in ash.\n\n"
        "Orvenna airport cancelled 140 flights on Tuesday after the eruption.\n",
        "Mount Kessarin erupted on Tuesday and was still spewing ash on Thursday.\n\n"
        "Orvenna airport said 310 flights had been cancelled over Tuesday and Wednesday after the eruption.\n"};
    b = np_test_brief("2031-06-19", days, 2);
    assert_null(np_test_disc_with(b, "140 flights", "310 flights"));
    /* nor does the count over two days state the day's: no fact of both */
    assert_false(np_test_together(b, "a.txt", "140 flights", "b.txt", "310 flights"));
    np_brief_free(b);
    const char *one_day[2] = {
        days[0], "Mount Kessarin erupted on Tuesday and was still spewing ash on Thursday.\n\n"
                 "Orvenna airport cancelled 310 flights on Tuesday after the eruption.\n"};
    b = np_test_brief("2031-06-19", one_day, 2);
    assert_non_null(np_test_disc_with(b, "140 flights", "310 flights"));
    np_brief_free(b);
    const char *doses[2] = {
        "The Osterland regulator approved the Heliant vaccine on Thursday.\n\n"
        "Heliant said it could produce 20 million doses next year.\n",
        "Osterland approved the Heliant vaccine on Thursday, the regulator announced.\n\n"
        "Solbak said 6 million doses had been ordered from Heliant.\n"};
    b = np_test_brief("2031-06-19", doses, 2);
    assert_null(np_test_disc_with(b, "20 million doses", "6 million doses"));
    np_brief_free(b);
}

/* "held for 14 months before the exchange" is a duration ("for"), as
 * "held for 18 months" is: one quantity, told apart; "freed two weeks
 * before the exchange" measures a gap, no stay. */
static void durations_before_an_event(void **state)
{
    (void)state;
    const char *held[2] = {
        "Duslan released the reporter Mira Talvik, who had been held for 18 months, in a swap with Karvenia.\n\n"
        "The swap took place at the Verla crossing.\n",
        "Talvik had been held for 14 months before the exchange at the border.\n\n"
        "The swap took place at the Verla crossing.\n"};
    np_brief *b = np_test_brief("2031-08-22", held, 2);
    assert_non_null(np_test_disc_with(b, "18 months", "14 months"));
    np_brief_free(b);
    const char *gap[2] = {
        held[0], "Talvik had been moved to a prison near the border two months before the exchange.\n\n"
                 "The swap took place at the Verla crossing.\n"};
    b = np_test_brief("2031-08-22", gap, 2);
    assert_null(np_test_disc_with(b, "18 months", "two months"));
    np_brief_free(b);
}

/* Does a timeline entry of b cite both documents ka and kb? */
static int timeline_together(const np_brief *b, const char *ka, const char *kb)
{
    for (size_t i = 0; i < b->n_timeline; i++) {
        int a = 0, c = 0;
        for (size_t k = 0; k < b->timeline[i].n_sources; k++) {
            const char *key = b->docs[b->timeline[i].sources[k].doc].key;
            a |= !strcmp(key, ka);
            c |= !strcmp(key, kb);
        }
        if (a && c)
            return 1;
    }
    return 0;
}

/* A timeline entry cites its sources for its first one's figures too: the
 * day's event told with another figure is an entry of its own ("fell
 * roughly 200m" / "roughly 60 metres" and "roughly 200ft"; a day's 140 flights / 310
 * over two days), not another source of the first one. */
static void timeline_entries_keep_their_figures(void **state)
{
    (void)state;
    const char *fall[3] = {
        "Climber Ivo Rask was killed on Friday when he fell roughly 200m into a frozen couloir below Tarn "
        "Peak.\n\nRescuers reached him within an hour.\n",
        "Ivo Rask, a climber of 36, was killed on Friday when he fell roughly 60 metres into a frozen couloir "
        "below Tarn Peak.\n\nHe was 36.\n",
        "Ivo Rask, a climber of 36, was killed on Friday when he fell roughly 200ft into a frozen couloir "
        "below Tarn Peak.\n\nPolice named him on Saturday.\n"};
    np_brief *b = np_test_brief("2031-09-14", fall, 3);
    assert_false(timeline_together(b, "a.txt", "b.txt"));
    assert_false(timeline_together(b, "a.txt", "c.txt"));
    assert_true(timeline_together(b, "b.txt", "c.txt"));
    np_brief_free(b);
    const char *flights[2] = {
        "Mount Kessarin erupted on Tuesday, covering Orvenna in ash.\n\n"
        "Orvenna airport cancelled 140 flights on Tuesday after the eruption.\n",
        "Mount Kessarin erupted on Tuesday and was still spewing ash on Thursday.\n\n"
        "Orvenna airport said 310 flights had been cancelled over Tuesday and Wednesday after the eruption.\n"};
    b = np_test_brief("2031-06-19", flights, 2);
    for (size_t i = 0; i < b->n_timeline; i++)
        if (strstr(b->timeline[i].event, "140 flights"))
            assert_int_equal(b->timeline[i].n_sources, 1);
    np_brief_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(people_and_nationals),
        cmocka_unit_test(figures_apart_by_owner_days_or_speech),
        cmocka_unit_test(timeline_entries_keep_their_figures),
        cmocka_unit_test(durations_before_an_event),
        cmocka_unit_test(individuals_in_words),
        cmocka_unit_test(deed_and_vague_plural),
        cmocka_unit_test(value_inside_vague_plural),
        cmocka_unit_test(quote_two_speakers),
        cmocka_unit_test(quoted_against_own),
        cmocka_unit_test(expected_or_not),
        cmocka_unit_test(attribution_outside_window),
        cmocka_unit_test(ages_of_people),
        cmocka_unit_test(outlet_gives_both),
        cmocka_unit_test(time_offset_is_no_amount),
        cmocka_unit_test(conversions_gaps_parts),
        cmocka_unit_test(value_written_without_unit),
        cmocka_unit_test(figures_of_different_deeds),
        cmocka_unit_test(look_alike_values_and_related_deeds_stay),
        cmocka_unit_test(lengths_in_other_units),
        cmocka_unit_test(converted_length),
        cmocka_unit_test(figures_of_other_periods),
        cmocka_unit_test(figures_of_a_whole),
        cmocka_unit_test(figures_of_other_people),
        cmocka_unit_test(figures_that_include_more),
        cmocka_unit_test(conflicting_figures_leave_the_fact),
        cmocka_unit_test(tallies_disagree),
        cmocka_unit_test(lead_tolls_disagree),
        cmocka_unit_test(opposite_statements),
        cmocka_unit_test(denied_events),
        cmocka_unit_test(opposites_of_other_things),
        cmocka_unit_test(lower_bounds_differ),
        cmocka_unit_test(one_against_four),
        cmocka_unit_test(counts_paired_by_deed),
        cmocka_unit_test(rate_per_year_against_total),
        cmocka_unit_test(fact_keeps_its_figure),
        cmocka_unit_test(figures_of_other_days),
        cmocka_unit_test(other_move_is_no_support),
        cmocka_unit_test(now_counts_as_of_its_day),
        cmocka_unit_test(count_per_day_is_no_count),
        cmocka_unit_test(radius_and_ages),
        cmocka_unit_test(dateline_leads_nothing),
        cmocka_unit_test(plan_and_past_are_two_events),
        cmocka_unit_test(far_dates_of_one_deed),
        cmocka_unit_test(durations_of_two_subjects),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
