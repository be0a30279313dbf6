/*
 * tests/unit/test_compare_facts.c — the claim model: facts anchored on
 * figures, a shared place or actor or action is not a shared claim, one
 * sentence supports at most one fact (a sentence of two clauses, one per
 * clause, citing the clause), bullets/captions/questions are no
 * claims, the summary leads with the event; figure discrepancies between
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

/* The outlet count of the fact citing a sentence holding needle (0 when
 * none), its shown wording in *summary. */
static int fact_with(const np_brief *b, const char *needle, const char **summary)
{
    for (size_t i = 0; i < b->n_facts; i++)
        for (size_t j = 0; j < b->facts[i].n_support; j++)
            if (strstr(b->facts[i].support[j].text, needle)) {
                *summary = b->facts[i].summary;
                return (int)b->facts[i].n_docs;
            }
    return 0;
}

static const char *const lake_a =
    "The regional council of Velmora approved the new tram line on Monday after a long debate.\n\n"
    "The Carrow Tunnel, dug for $1.8 billion under the old harbour, opened to traffic in May.\n\n"
    "Residents of the eastern districts had waited for the tram line for many years.\n";
static const char *const lake_b =
    "Velmora's regional council voted on Monday to approve the new tram line after a long debate.\n\n"
    "Council members also praised the Carrow Tunnel, a $1.8 billion project, as a model for the tram works.\n\n"
    "Pigeons nested in the clock tower of the town hall.\n\n" /* the lead ends: its claims are */
    "A florist opened a stall outside the station.\n\n"       /* never single-source */
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
        if (np_test_cites(b, f->support, f->n_support, "a.txt", "$1.8 billion") &&
            np_test_cites(b, f->support, f->n_support, "b.txt", "$1.8 billion"))
            fig = 1;
        if (f->n_support == 1 && np_test_cites(b, f->support, 1, "b.txt", "12%"))
            own = 1;
    }
    for (size_t i = 0; i < b->n_discrepancies; i++) {
        const np_brief_discrepancy *d = &b->discrepancies[i];
        if (np_test_cites(b, d->items, d->n_items, "c.txt", "$2.6 billion") &&
            (np_test_cites(b, d->items, d->n_items, "a.txt", "$1.8 billion") ||
             np_test_cites(b, d->items, d->n_items, "b.txt", "$1.8 billion")))
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

/* The one claim model: a sentence supports at most one fact, and a
 * single-source fact's sentence supports no other fact. */
static void assert_one_claim(const np_brief *b)
{
    for (size_t i = 0; i < b->n_facts; i++)
        for (size_t r = 0; r < b->facts[i].n_support; r++) {
            const np_bref *x = &b->facts[i].support[r];
            for (size_t j = i + 1; j < b->n_facts; j++)
                for (size_t q = 0; q < b->facts[j].n_support; q++) {
                    const np_bref *y = &b->facts[j].support[q];
                    assert_false(x->doc == y->doc && strcmp(x->text, y->text) == 0);
                }
        }
}

/* A shared place is not a shared claim: the signing, a speech given in the
 * same town and a visit to the country are three things. */
static void test_place_is_not_a_claim(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-05-20",
                         "Marvaro, Portugal \u2013 The fishing union signed a new wage deal with the harbour owners on Monday.\n\n"
                         "The deal raises the pay of deckhands and sets shorter shifts during the winter storms.\n",
                         "2025-05-20",
                         "Speaking in Marvaro after the signing, the union leader praised the harbour owners for their patience.\n\n"
                         "Deckhands will earn more under the agreement, which also shortens winter shifts.\n",
                         "2025-05-21",
                         "During a visit to Portugal this week, tourists crowded the beaches near the old lighthouse.\n\n"
                         "Observers expect other ports to copy the arrangement before the autumn.\n");
    assert_false(np_test_together(b, "a.txt", "signed a new wage deal", "c.txt", "tourists crowded"));
    assert_false(np_test_together(b, "b.txt", "Speaking in Marvaro", "c.txt", "tourists crowded"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* Same actor, different action; same action, different object: shared
 * names and a shared verb are not one proposition. */
static void test_same_actor_or_action_is_not_enough(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-04-02",
                         "The mayor of Tarvel opened the new footbridge over the Lenne on Friday.\n\n"
                         "Police in Dunmore arrested two men for stealing copper cable from the railway depot.\n",
                         "2025-04-02",
                         "The mayor of Tarvel closed the old ferry service on the Lenne on Friday.\n\n"
                         "Police in Dunmore arrested a teenager for setting fire to a bus shelter on the high street.\n",
                         "2025-04-02",
                         "The mayor of Tarvel opened the new footbridge over the Lenne on Friday.\n\n"
                         "Rain is expected across the region for the rest of the week, forecasters said.\n");
    assert_false(np_test_together(b, "a.txt", "opened the new footbridge", "b.txt", "closed the old ferry"));
    assert_false(np_test_together(b, "a.txt", "copper cable", "b.txt", "bus shelter"));
    /* the same proposition in two outlets is one fact */
    assert_true(np_test_together(b, "a.txt", "opened the new footbridge", "c.txt", "opened the new footbridge"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* The words of a person's office ("Harbour minister") are not what a
 * sentence claims: a remark of the minister and a sentence that only names
 * him are two things. */
static void test_office_words_are_not_a_claim(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-04-02",
                         "The Tarvel ferry ran aground on the Lenne sandbank on Friday.\n\n"
                         "Harbour minister Oskar Lind said the families would get help.\n",
                         "2025-04-02",
                         "The Tarvel ferry ran aground on a sandbank in the Lenne on Friday.\n\n"
                         "The boatmen's union leader, Eva Lind, said the sandbank had been reported for years. She is not "
                         "related to the harbour minister, Oskar Lind.\n",
                         "2025-04-02", "Rain is expected across the region for the rest of the week.\n");
    assert_false(np_test_together(b, "a.txt", "get help", "b.txt", "not related"));

    assert_true(np_test_together(b, "a.txt", "ran aground", "b.txt", "ran aground"));
    np_brief_free(b);
}

/* One deed of two named doers, one thing of two owners: a country's
 * expulsion and its neighbour's reply, each ambassador summoned, are not
 * one fact however alike the words; the same doer in two outlets is. */
static void test_two_doers_two_owners(void **state)
{
    (void)state;
    np_brief *b = brief3("2031-09-14",
                         "Norway has expelled five Swedish diplomats, accusing them of spying for Sweden.\n\n"
                         "Sweden's ambassador was summoned to the foreign ministry in Oslo and handed a protest.\n",
                         "2031-09-14",
                         "Sweden has expelled seven Norwegian diplomats, accusing them of spying for Norway.\n\n"
                         "Norway's ambassador was summoned to the foreign ministry in Stockholm and handed a protest.\n",
                         "2031-09-14",
                         "Norway has expelled five Swedish diplomats, accusing them of spying for Sweden.\n\n"
                         "Fishing boats of both countries stayed in port on Tuesday.\n");
    assert_false(np_test_together(b, "a.txt", "Norway has expelled", "b.txt", "Sweden has expelled"));
    assert_false(np_test_together(b, "c.txt", "Norway has expelled", "b.txt", "Sweden has expelled"));
    assert_false(np_test_together(b, "a.txt", "Sweden's ambassador", "b.txt", "Norway's ambassador"));
    assert_true(np_test_together(b, "a.txt", "Norway has expelled", "c.txt", "Norway has expelled"));
    np_brief_free(b);
}

/* Two sentences that share only the story's topic words ("marchers",
 * "harbour", "protest", "plan": each in a fifth of its sentences or more)
 * tell two things that happened, however alike their words look. */
static void test_topic_words_are_not_a_claim(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-04-05",
        "Dock workers marched through Velmar on Saturday against the operator's shift plan.\n\n"
        "The marchers blockaded the harbour to protest the plan.\n\n"
        "Bakers near the harbour sold bread to the marchers during the protest against the plan.\n\n"
        "Shopkeepers near the harbour said the marchers and the protest against the plan cost them a day of trade.\n\n"
        "A regatta for students of the naval college was postponed until June.\n\n"
        "The town museum reopened its gallery of old maps after repairs to the roof.\n\n"
        "Fishermen unloaded herring at the old jetty north of the town.\n",
        "2025-04-05",
        "Velmar's dock workers marched on Saturday over the shift plan drawn up by the operator.\n\n"
        "The marchers tidied the harbour after the protest against the plan.\n\n"
        "Children waved flags at the marchers outside the harbour during the protest.\n\n"
        "Ferries waited outside the harbour while the marchers held their protest against the plan.\n\n"
        "A choir from the islands sang in the cathedral on Friday evening.\n\n"
        "The weather service warned of fog along the northern coast.\n\n"
        "Cyclists raced along the coastal road in the annual spring classic.\n",
        "2025-04-05",
        "A march by dock workers crossed Velmar on Saturday in protest at the shift plan.\n\n"
        "Union leaders told the marchers at the harbour that the protest would go on.\n\n"
        "Police watched the marchers at the harbour and reported no arrests at the protest.\n\n"
        "Organisers thanked the marchers at the harbour for a calm protest.\n\n"
        "Traders at the harbour complained that the marchers and their protest against the plan kept buyers away.\n\n"
        "A painter exhibited seascapes at the library.\n\n"
        "The botanical garden planted a hundred tulips.\n");
    assert_false(np_test_together(b, "a.txt", "blockaded the harbour", "b.txt", "tidied the harbour"));
    /* what happened, told by all three, is still one fact */
    assert_true(np_test_together(b, "a.txt", "marched through Velmar", "c.txt", "crossed Velmar"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* Bullets, captions, questions and fragments state no claim. */
static void test_not_claims(void **state)
{
    (void)state;
    const char *a = "The harbour authority of Keswin approved a new ferry terminal on Tuesday after months of talks.\n\n"
                    "\u2022 March 2025: the harbour authority approves a new ferry terminal for Keswin.\n\n"
                    "Will the harbour authority approve a new ferry terminal for Keswin?\n\n"
                    "Ferry passengers at the old terminal in Keswin on a rainy morning.\n";
    const char *b2 = "Keswin's harbour authority approved a new ferry terminal on Tuesday after long talks.\n\n"
                     "\u2022 March 2025: the harbour authority approves a new ferry terminal for Keswin.\n\n"
                     "Will the harbour authority approve a new ferry terminal for Keswin?\n\n"
                     "Ferry passengers at the old terminal in Keswin on a rainy morning.\n";
    np_brief *b = brief3("2025-03-12", a, "2025-03-12", b2, "2025-03-12",
                         "Fishermen in Keswin said the new ferry terminal would take space from their boats.\n");
    assert_true(np_test_together(b, "a.txt", "approved a new ferry terminal", "b.txt", "approved a new ferry terminal"));
    assert_false(np_test_in_any_fact(b, "a.txt", "March 2025"));          /* bullet */
    assert_false(np_test_in_any_fact(b, "b.txt", "Will the harbour"));    /* question */
    assert_false(np_test_in_any_fact(b, "a.txt", "Ferry passengers at")); /* caption: no verb */
    assert_one_claim(b);
    np_brief_free(b);
    /* a short line of its own with no stop at its end is a subhead or a
     * promotion; a sentence whose stop sits inside a bracket or a
     * quotation mark is a sentence */
    b = brief3("2025-03-12",
               "The harbour authority of Keswin approved a new ferry terminal on Tuesday after months of talks.\n\n"
               "Pigeons nested in the clock tower of the town hall.\n\n"
               "A florist opened a stall outside the station.\n\n" /* past the lead (compare/singles.c) */
               "Ferry fares had risen twice\n\n"
               "(The old terminal was built in 1961.)\n",
               "2025-03-12",
               "Keswin's harbour authority approved a new ferry terminal on Tuesday after long talks.\n\n"
               "LIVE: terminal updates and local coverage\n\n"
               "Boats will dock at the new quay from May, the authority said.\n",
               "2025-03-12", "Fishermen in Keswin said the new ferry terminal would take space from their boats.\n");
    assert_false(np_test_in_any_fact(b, "a.txt", "Ferry fares had risen"));
    assert_false(np_test_in_any_fact(b, "b.txt", "LIVE: terminal updates"));
    assert_true(np_test_in_any_fact(b, "a.txt", "The old terminal was built"));
    assert_one_claim(b);
    np_brief_free(b);
    /* a picture told in the present and dated with a day of the week
     * before (no year): a caption, however alike two outlets print it;
     * the same day in the past tense is a claim */
    b = brief3("2025-03-12",
               "The harbour authority of Keswin approved a new ferry terminal on Tuesday after months of talks.\n\n"
               "Passengers board the last ferry at the old terminal in Keswin on March 9.\n\n"
               "Protesters marched to the harbour office on March 9 to oppose the plan.\n",
               "2025-03-12",
               "Keswin's harbour authority approved a new ferry terminal on Tuesday after long talks.\n\n"
               "Passengers board the last ferry at the old Keswin terminal on March 9.\n\n"
               "On March 9, protesters marched to the harbour office to oppose the plan.\n",
               "2025-03-12", "Fishermen in Keswin said the new ferry terminal would take space from their boats.\n");
    assert_false(np_test_in_any_fact(b, "a.txt", "Passengers board the last ferry"));
    assert_false(np_test_in_any_fact(b, "b.txt", "Passengers board the last ferry"));
    assert_true(np_test_together(b, "a.txt", "Protesters marched", "b.txt", "protesters marched"));
    np_brief_free(b);
    /* a schedule told in the present, today's or tomorrow's, and a writer's
     * present "writes that" are claims */
    b = brief3("2025-03-12",
               "The harbour authority of Keswin approved a new ferry terminal on Tuesday after months of talks.\n\n"
               "The new ferry service to the islands starts on March 13.\n\n"
               "Mayor Ana Brekke writes that the tender was rigged on March 9.\n",
               "2025-03-12",
               "Keswin's harbour authority approved a new ferry terminal on Tuesday after long talks.\n\n"
               "The new ferry service to the islands starts on March 13.\n\n"
               "Mayor Ana Brekke writes that the tender was rigged on March 9.\n",
               "2025-03-12", "Fishermen in Keswin said the new ferry terminal would take space from their boats.\n");
    assert_true(np_test_together(b, "a.txt", "ferry service", "b.txt", "ferry service"));
    assert_true(np_test_together(b, "a.txt", "writes that", "b.txt", "writes that"));
    np_brief_free(b);
}

/* A quotation several outlets print is not "reported by one outlet only"
 * in the facts while the quote section gives it several outlets (an
 * invariant: here the resemblance to the other outlets' sentences already
 * keeps it out; np_compare_singles() also skips multi-outlet quotes). */
static void test_quote_counts_agree(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-10-01",
                         "Flooding closed the coastal road near Kell on Tuesday.\n\n"
                         "Speaking to fishermen at the quay, Mayor Anna Brekke vowed: \"We will rebuild the harbour wall "
                         "before the winter storms arrive.\"\n",
                         "2025-10-01",
                         "The coastal road near Kell was closed by floods on Tuesday.\n\n"
                         "\"We will rebuild the harbour wall before the winter storms arrive,\" Brekke said.\n",
                         "2025-10-01",
                         "\"We will rebuild the harbour wall before the winter storms arrive,\" Mayor Anna Brekke told reporters.\n");
    int multi_quote = 0;
    for (size_t g = 0; g < b->n_quotes; g++)
        if (b->quotes[g].n_docs >= 2 && np_test_cites(b, b->quotes[g].variants, b->quotes[g].n_variants, "a.txt", "harbour wall"))
            multi_quote = 1;
    assert_true(multi_quote);
    for (size_t i = 0; i < b->n_facts; i++)
        if (b->facts[i].n_docs == 1)
            assert_false(np_test_cites(b, b->facts[i].support, 1, "a.txt", "harbour wall"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* Two outlets printing one agency's copy are one confirmation, not two. */
static void test_wire_copies(void **state)
{
    (void)state;
    const char *wire = "The central bank of Ostria raised its main interest rate by half a point on Thursday to curb prices.\n\n";
    char a[1024], b2[1024];
    snprintf(a, sizeof a, "BRELL, March 6 (Reuters) - %s%s", wire, "Economists had expected a smaller step from the bank.\n");
    snprintf(b2, sizeof b2, "BRELL (Reuters) - %s%s", wire, "Shares in Brell fell after the decision was announced.\n");
    np_brief *b = brief3("2025-03-06", a, "2025-03-06", b2, "2025-03-06",
                         "Ostria's central bank raised its main interest rate by half a point on Thursday, hoping to curb prices.\n");
    int seen = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (f->n_docs == 3 && np_test_cites(b, f->support, f->n_support, "c.txt", "half a point")) {
            seen = 1;
            assert_int_equal(f->n_independent, 2); /* a.txt and b.txt are one wire report */
        }
        assert_true(f->n_independent >= 1 && f->n_independent <= f->n_docs);
    }
    assert_true(seen);
    np_brief_free(b);
}

/* The independent reports of the fact of n_docs outlets citing needle in
 * doc (-1 when there is none). */
static int independent_citing(const np_brief *b, size_t n_docs, const char *doc, const char *needle)
{
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (f->n_docs == n_docs && np_test_cites(b, f->support, f->n_support, doc, needle))
            return (int)f->n_independent;
    }
    return -1;
}

/* An agency no list names, credited in both outlets' datelines: their
 * alike sentences are its one report. */
static void test_unlisted_agency_credit(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-03-06",
                         "BRELL, March 6 (Norpress) - The central bank of Ostria raised its main interest rate by half a "
                         "point on Thursday to curb prices.\n\nEconomists had expected a smaller step.\n",
                         "2025-03-06",
                         "BRELL (Norpress) - Ostria's central bank raised its key interest rate by half a point on "
                         "Thursday in a bid to curb prices.\n\nShares in Brell fell after the decision.\n",
                         "2025-03-06",
                         "The Ostrian central bank lifted its main interest rate by half a point on Thursday, hoping to "
                         "curb prices.\n");
    assert_int_equal(independent_citing(b, 3, "c.txt", "half a point"), 2);
    np_brief_free(b);
}

/* A client's edited copy of an agency story (half its sentences word for
 * word, the others reworded, no credit) is still the agency's report: a
 * reworded sentence it shares with the original and a third outlet counts
 * two independent reports, not three. */
static void test_edited_copy(void **state)
{
    (void)state;
    const char *a = "Dock workers in Holmport voted on Tuesday to end their nine-day strike after the port operator "
                    "raised its pay offer to 6 percent, the union said.\n\n"
                    "The strike had left more than forty ships waiting at anchor outside the harbour.\n\n"
                    "Union leader Ilse Varga said members had accepted the offer by a large majority.\n\n"
                    "Cargo handling will resume on Wednesday morning, a spokeswoman for the port said.\n\n"
                    "The operator had first offered 4 percent before the walkout began.\n";
    const char *b2 = "Holmport's dock workers decided on Tuesday to call off their nine-day strike once the port "
                     "operator lifted its pay offer to 6 percent, according to the union.\n\n"
                     "The strike had left more than forty ships waiting at anchor outside the harbour.\n\n"
                     "Union leader Ilse Varga said members had accepted the offer by a large majority.\n\n"
                     "Cargo handling will resume on Wednesday morning, a spokeswoman for the port said.\n\n"
                     "Local shops near the quay said business had fallen by half during the stoppage.\n";
    np_brief *b = brief3("2025-05-06", a, "2025-05-06", b2, "2025-05-06",
                         "The Holmport dock strike is over: workers voted on Tuesday to accept a 6 percent pay rise "
                         "from the port operator after nine days.\n\n"
                         "Ships that waited at sea for days will be unloaded first, the harbour master said.\n");
    assert_int_equal(independent_citing(b, 3, "c.txt", "strike is over"), 2);
    np_brief_free(b);
}

/* Two newsrooms printing a long statement whole share its sentences word
 * for word, but in the speaker's voice: not copies of each other, so their
 * own alike sentences are two reports. */
static void test_long_quotation_is_no_copy(void **state)
{
    (void)state;
    const char *said = "\"The pier will be rebuilt before the summer season begins. Every ferry crew will keep its "
                       "wages while the work goes on. The council has set aside the money for both. Nobody in Kell "
                       "will be asked to pay a new harbour fee.\"";
    char a[1400], b2[1400];
    snprintf(a, sizeof a, "Storm waves destroyed the old pier of Kell on Sunday night, port officials said.\n\n"
             "The mayor told residents on Monday: %s\n\nFishing boats may still use the inner basin.\n", said);
    snprintf(b2, sizeof b2, "The old pier of Kell was wrecked by storm waves on Sunday night, the port's officials "
             "said.\n\nIn a statement, the mayor said: %s\n\nRepairs are expected to cost millions.\n", said);
    np_brief *b = brief3("2025-11-03", a, "2025-11-03", b2, "2025-11-03",
                         "Sunday night's storm destroyed the old pier in Kell, according to port officials.\n\n"
                         "Traders in Kell fear for the season.\n");
    assert_int_equal(independent_citing(b, 3, "c.txt", "old pier in Kell"), 3);
    np_brief_free(b);
}

/* Three newsrooms quoting one statement print the same words because they
 * quote them, not because one copies another: every outlet is an
 * independent report. */
static void test_quoted_statement_is_no_copy(void **state)
{
    (void)state;
    const char *said = "\"The harbour of Kell will stay closed to cargo ships. The sea wall will be repaired in spring "
                       "before any ship may dock again.\"";
    char a[1024], b2[1024], c[1024];
    snprintf(a, sizeof a, "Storm damage keeps the port shut.\n\nThe port authority said on Monday: %s\n\n"
             "Fishing boats may still use the inner basin.\n", said);
    snprintf(b2, sizeof b2, "Kell counts the cost of the storm.\n\nIn a statement, the authority said: %s\n\n"
             "Repairs are expected to cost millions.\n", said);
    snprintf(c, sizeof c, "Traders in Kell fear for the season.\n\nPort officials wrote to shippers: %s\n\n"
             "Exporters will send goods through Brell instead.\n", said);
    np_brief *b = brief3("2025-11-03", a, "2025-11-03", b2, "2025-11-03", c);
    int seen = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (f->n_docs >= 2 && np_test_cites(b, f->support, f->n_support, "a.txt", "sea wall")) {
            seen = 1;
            assert_int_equal(f->n_independent, f->n_docs);
        }
    }
    assert_true(seen);
    np_brief_free(b);
}

/* The summary opens with what the outlets lead with: the news every
 * outlet telling it puts first (here told in 52 words, as leads often
 * are), not the background that more outlets recall further down. */
static void test_summary_opens_with_the_lead(void **state)
{
    (void)state;
    const char *a =
        "KELL \xe2\x80\x94 The port authority of Kell closed the harbour to cargo ships on Monday after a "
        "storm broke a long section of the sea wall, leaving dozens of freighters waiting offshore and "
        "forcing exporters across the region to look for other routes while engineers assess the damage to "
        "the old stone barrier.\n\n"
        "The sea wall of Kell was built in 1890 and was last repaired in 1994.\n\n"
        "Fishermen gathered on the quay to watch the cranes stand idle.\n\n"
        "Traders said the closure would cost them dearly in the busy autumn season.\n\n";
    const char *b2 =
        "The harbour of Kell was closed to cargo ships on Monday by the port authority after a storm broke a "
        "long section of the sea wall, leaving dozens of freighters waiting offshore and sending exporters "
        "across the region in search of other routes while engineers assess the damage to the old "
        "barrier.\n\n"
        "Ferry passengers were moved to buses at the terminal.\n\n"
        "The mayor asked the national government for emergency funds.\n\n"
        "The sea wall of Kell was built in 1890 and was last repaired in 1994.\n\n";
    const char *c =
        "Insurers sent assessors to the waterfront of Kell on Tuesday morning to count the cost of the "
        "storm.\n\n"
        "Shipping firms began to divert vessels to Brell.\n\n"
        "Several warehouses near the docks were flooded.\n\n"
        "The sea wall of Kell was built in 1890 and was last repaired in 1994.\n\n";
    np_brief *b = brief3("2025-10-06", a, "2025-10-06", b2, "2025-10-06", c);
    assert_true(b->n_summary >= 2);
    assert_non_null(strstr(b->summary[0].text, "closed the harbour"));
    np_brief_free(b);
}

/* The story's past does not open the summary, however many outlets
 * recall it first: a sentence whose dates lie a year or more before
 * publication, and none near it ("jailed in March 2011"), is background;
 * the news ("escaped on Monday") leads, and the past comes after it. */
static void test_summary_opens_with_news_not_the_past(void **state)
{
    (void)state;
    const char *texts[3] = {
        "Ivo Brandt was jailed on Kell island in March 2011 for smuggling tobacco through the old harbour.\n\n"
        "Brandt escaped from the island prison on Monday by hiding in a laundry van, the prison service said.\n\n"
        "Guards searched the harbour through the night.\n",
        "Ivo Brandt was sent to the prison on Kell island in March 2011 for smuggling tobacco through the "
        "harbour.\n\n"
        "The smuggler broke out of the island prison on Monday hidden in a laundry van, officials said.\n\n"
        "Ferries to the mainland were searched.\n",
        "Ivo Brandt has been held on Kell island since March 2011 for smuggling tobacco through the harbour.\n\n"
        "Police on the mainland set up road blocks on Tuesday.\n\n"
        "The prison service has ordered a review of its laundry contracts.\n"};
    np_brief *b = np_test_brief("2025-10-08", texts, 3);
    assert_true(b->n_summary >= 1);
    assert_non_null(strstr(b->summary[0].text, "laundry van"));
    np_brief_free(b);
    /* a year as a point of comparison ("the highest since 2008") is no past */
    const char *rates[3] = {
        "The central bank of Norland raised its main interest rate to 5.25 percent, the highest level since "
        "2008.\n\n"
        "Six of the nine members of the rate board backed the decision.\n\n"
        "Mortgage lenders said they would pass the rise on to borrowers.\n",
        "Norland's central bank lifted its key rate to 5.25 percent, its highest since 2008.\n\n"
        "Six of the board's nine members voted for the rise.\n\n"
        "Savers welcomed the move.\n",
        "The central bank of Norland put up its main rate to 5.25 percent, a level not seen since 2008.\n\n"
        "The board was split, with six of its nine members in favour.\n\n"
        "The currency rose against the euro.\n"};
    b = np_test_brief("2025-10-10", rates, 3);
    assert_true(b->n_summary >= 1);
    assert_non_null(strstr(b->summary[0].text, "5.25 percent"));
    np_brief_free(b);
    /* "in late 2023", "in the summer of 2023": the clause's time, narrowed */
    const char *plant[3] = {
        "The Hollin tractor works cut 300 of its jobs in late 2023 after orders from farmers fell away.\n\n"
        "The works will close for good, the owners said, and its last 200 workers will lose their jobs.\n",
        "The Hollin tractor works shed 300 jobs in the summer of 2023 when farm orders fell away.\n\n"
        "The owners said the works would close for good, with the loss of its last 200 jobs.\n",
        "Hollin's tractor works let 300 workers go in late 2023 as orders from farms fell away.\n\n"
        "The works is to close for good and its remaining 200 workers will lose their jobs, the owners said.\n"};
    b = np_test_brief("2025-10-10", plant, 3);
    assert_true(b->n_summary >= 1);
    assert_non_null(strstr(b->summary[0].text, "close for good"));
    np_brief_free(b);
}

/* Two outlets printing one wire text are one report: its details rank in
 * the summary after a detail two outlets tell in their own words. */
static void test_summary_ranks_copies_as_one_report(void **state)
{
    (void)state;
    const char *wire =
        "The port authority of Kell closed the harbour to cargo ships on Monday after a storm broke the sea "
        "wall.\n\n"
        "The keeper's cottage on Kell point, a landmark of the old harbour, lost its roof in the storm.\n\n"
        "The old lighthouse of Kell was painted blue by volunteers last spring.\n";
    const char *texts[4] = {
        wire, wire,
        "A storm broke the sea wall at Kell on Monday, and the port authority shut the harbour to cargo "
        "ships.\n\n"
        "Insurers expect claims from the waterfront shops to run into millions.\n\n"
        "Dozens of freighters are waiting off the coast for the harbour to reopen.\n",
        "Cargo ships were barred from Kell's harbour on Monday after the storm broke its sea wall.\n\n"
        "Shop owners on the waterfront expect insurance claims worth millions.\n\n"
        "Some freighters have already turned towards Brell.\n"};
    np_brief *b = np_test_brief("2025-10-06", texts, 4);
    long insurers = -1, cottage = -1;
    for (size_t i = 0; i < b->n_summary; i++) {
        if (insurers < 0 && strstr(b->summary[i].text, "nsur"))
            insurers = (long)i;
        if (cottage < 0 && strstr(b->summary[i].text, "cottage"))
            cottage = (long)i;
    }
    assert_true(insurers >= 0);
    assert_true(cottage < 0 || insurers < cottage);
    np_brief_free(b);
}

/* A sentence inside a longer quotation ("He will open the new pier in
 * June." of 'A spokesperson said: "The minister will visit Kell on
 * Monday. He will open the new pier in June."') is someone's words whose
 * speaker it does not name: it is no summary item, however many outlets
 * print it. */
static void test_summary_leaves_out_sentences_inside_quotations(void **state)
{
    (void)state;
    const char *statement =
        "\u201cThe minister will visit Kell on Monday. He will open the new pier in June and meet the harbour "
        "council. Further details will be given in due course.\u201d\n\n";
    char a[1024], b2[1024];
    snprintf(a, sizeof a, "The port of Kell will get a new pier this summer, the ministry said on Friday.\n\n"
             "A ministry spokesperson said: %s", statement);
    snprintf(b2, sizeof b2, "Kell's harbour is to get a new pier by the summer, the ministry announced.\n\n"
             "In a statement, the ministry said: %s", statement);
    const char *texts[3] = {a, b2,
                            "The ministry has promised Kell a new pier, to open this summer.\n\n"
                            "Fishermen in Kell welcomed the news.\n"};
    np_brief *b = np_test_brief("2025-10-06", texts, 3);
    for (size_t i = 0; i < b->n_summary; i++)
        assert_null(strstr(b->summary[i].text, "He will open the new pier"));
    np_brief_free(b);
}

/* The opening item is the news most outlets tell, not a side detail two
 * outlets print in the same words at the top of their reports: a wire copy
 * aligns tighter than any retelling, which must not make it the lead. */
static void test_summary_opens_with_news_not_copied_detail(void **state)
{
    (void)state;
    const char *detail = "The keeper's cottage on Kell point, a landmark of the old harbour, was painted blue last "
                         "spring by volunteers.\n\n";
    char a[1024], b2[1024];
    snprintf(a, sizeof a, "%s%s", detail,
             "The port authority of Kell closed the harbour to cargo ships on Monday after a storm broke the sea "
             "wall.\n");
    snprintf(b2, sizeof b2, "%s%s", detail,
             "Kell's harbour was shut to cargo ships on Monday by its port authority when a storm broke the sea "
             "wall.\n");
    const char *texts[5] = {
        a, b2,
        "Fishermen in Kell mended nets on the quay on Sunday.\n\n"
        "A storm broke the sea wall at Kell on Monday, and the port authority shut the harbour to cargo ships.\n",
        "Insurers in Brell counted the cost of the autumn gales.\n\nFerries to Brell were late on Tuesday.\n",
        "Traders in Kell feared losses on Tuesday.\n\nThe mayor of Kell asked for emergency funds.\n"};
    np_brief *b = np_test_brief("2025-10-06", texts, 5);
    assert_true(b->n_summary >= 1);
    assert_non_null(strstr(b->summary[0].text, "harbour"));
    assert_null(strstr(b->summary[0].text, "cottage"));
    np_brief_free(b);
}

/* A summary item reads on its own: of a fact's wordings it shows one that
 * does not go on from a sentence before it ("Also today, ...", "But
 * ..."). */
static void test_summary_item_does_not_go_on_from_before(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-10-06",
                         "Ferries to Brell were cancelled on Monday.\n\n"
                         "Also today, the port authority of Kell closed the harbour to cargo ships after a storm "
                         "broke the old sea wall.\n",
                         "2025-10-06",
                         "Ferry services to Brell stopped on Monday.\n\n"
                         "But the port authority of Kell also closed the harbour to cargo ships after a storm broke "
                         "the old sea wall.\n",
                         "2025-10-06",
                         "The port authority of Kell closed the harbour to cargo ships after a storm broke the old "
                         "sea wall.\n");
    assert_true(b->n_summary >= 1);
    for (size_t i = 0; i < b->n_summary; i++) {
        assert_true(strncmp(b->summary[i].text, "Also", 4) != 0);
        assert_true(strncmp(b->summary[i].text, "But ", 4) != 0);
    }
    np_brief_free(b);
    /* a pointer back ("Those ...", "Now ...") leans on the sentence before
     * it too: another outlet's wording of the fact is shown */
    b = brief3("2025-10-06",
               "The port authority of Kell gave cargo ships a week of grace before new harbour fees.\n\n"
               "Those exemptions for cargo ships will end on Friday at midnight, the port authority said.\n",
               "2025-10-06",
               "Harbour fees for cargo ships at Kell were delayed by a week.\n\n"
               "The exemptions for cargo ships will end on Friday at midnight, the port authority said.\n",
               "2025-10-06",
               "Kell's port gave cargo ships more time before new harbour fees.\n\n"
               "Now the exemptions for cargo ships will end on Friday at midnight, the port authority said.\n");
    const char *head = NULL;
    assert_true(fact_with(b, "midnight", &head) >= 2);
    assert_true(strncmp(head, "Those ", 6) != 0 && strncmp(head, "Now ", 4) != 0);
    np_brief_free(b);
}

/* A fact is shown in the most neutral wording of its outlets that says
 * the same: one outlet's loaded label ("the tyrant") is that outlet's
 * framing, not the brief's voice; a hedge ("reportedly") is no loaded word
 * and stays. */
static void test_summary_shows_the_neutral_wording(void **state)
{
    (void)state;
    /* two reports of the dispute that do not tell the meeting: its words
     * are no common words of the story */
    const char *texts[5] = {
        "Foreign minister Ada Korsgaard flew to Velm on Sunday to meet the tyrant Oskar Brenn about the border "
        "dispute.\n\nHer aides said the talks would go on in June.\n",
        "Foreign minister Ada Korsgaard flew to Velm on Sunday to meet the leader Oskar Brenn about the border "
        "dispute.\n\nFishermen on the lake said they hoped for calmer waters.\n",
        "Foreign minister Ada Korsgaard travelled to Velm on Sunday to meet Oskar Brenn about the border "
        "dispute.\n\nThe border has been closed to trucks since the spring.\n",
        "Trucks have queued at the closed Velm border crossing since the spring, drivers said.\n\n"
        "The border dispute with Velm began over fishing rights on the lake.\n",
        "The Velm border dispute has cut trade across the lake, traders in the port said.\n\n"
        "Fishing boats stayed in the harbour for a second week.\n"};
    np_brief *b = np_test_brief("2025-05-12", texts, 5);
    const char *head = NULL;
    assert_true(fact_with(b, "tyrant", &head) >= 2);
    assert_null(strstr(head, "tyrant"));
    assert_non_null(strstr(head, "Korsgaard"));
    int flagged = 0; /* still the first outlet's framing */
    for (size_t i = 0; i < b->n_framing; i++)
        for (size_t t = 0; t < b->framing[i].n_terms; t++)
            flagged |= b->framing[i].doc == 0 && !strcmp(b->framing[i].terms[t].term, "tyrant");
    assert_true(flagged);
    np_brief_free(b);
    /* a hedge is the outlet's care, not its judgement */
    const char *hedged[5] = {
        "Foreign minister Ada Korsgaard reportedly flew to Velm on Sunday to meet Oskar Brenn about the border "
        "dispute.\n\nHer aides said the talks would go on in June.\n",
        texts[1], texts[2], texts[3], texts[4]};
    b = np_test_brief("2025-05-12", hedged, 5);
    head = NULL;
    assert_true(fact_with(b, "reportedly", &head) >= 2);
    assert_non_null(strstr(head, "reportedly"));
    np_brief_free(b);
}

/* What a report recalls of the story's past ("Last October, ...") comes
 * after the news in the summary, dated or not, and never leads. */
static void test_summary_tells_the_past_last(void **state)
{
    (void)state;
    const char *texts[3] = {
        "The Velm city council approved a new tram line to the airport on Tuesday after a long debate.\n\n"
        "Last October, the council rejected a plan for a bus lane on the same route.\n\n"
        "Work on the tram line will start in the spring, the mayor said.\n",
        "Velm's city council voted on Tuesday to approve a new tram line to the airport after a long debate.\n\n"
        "Last October, the council rejected a plan for a bus lane on the same route.\n\n"
        "The mayor said work on the tram line would start in the spring.\n",
        "The city council of Velm approved a tram line to the airport on Tuesday, ending a long debate.\n\n"
        "Last October, the council rejected a plan for a bus lane on the same route.\n\n"
        "Shop owners along the route fear months of building works.\n"};
    np_brief *b = brief3(NULL, texts[0], NULL, texts[1], NULL, texts[2]);
    assert_true(b->n_summary >= 2);
    size_t at = b->n_summary;
    for (size_t i = 0; i < b->n_summary; i++)
        if (strstr(b->summary[i].text, "bus lane"))
            at = i;
    assert_true(at < b->n_summary); /* kept: three outlets recall it */
    assert_int_equal(at, b->n_summary - 1);
    assert_non_null(strstr(b->summary[0].text, "tram line"));
    np_brief_free(b);
    /* "In the past 24 hours", "Last month ..., and on Monday ...": now */
    const char *now[3] = {
        "In the past 24 hours, rescuers pulled 30 people alive from the rubble in Velm after the quake.\n\n"
        "The town's school will stay closed this week.\n",
        "In the past 24 hours, rescuers have pulled 30 survivors from the rubble in Velm after the quake.\n\n"
        "A field hospital opened near the station.\n",
        "In the past 24 hours, rescuers pulled 30 people alive out of the rubble in Velm after the quake.\n\n"
        "Aftershocks shook the valley overnight.\n"};
    b = brief3(NULL, now[0], NULL, now[1], NULL, now[2]);
    assert_true(b->n_summary >= 1);
    assert_non_null(strstr(b->summary[0].text, "rescuers"));
    np_brief_free(b);
    /* "In 2019, ..." in undated reports of a story that names 2025 */
    const char *year[3] = {
        "The Velm city council approved a tram line to the airport on March 4, 2025, after a long debate.\n\n"
        "In 2019, the council rejected a plan for a bus lane on the same route.\n\n"
        "Work on the tram line will start in the spring, the mayor said.\n",
        "Velm's city council voted on March 4, 2025, to approve a tram line to the airport.\n\n"
        "In 2019, the council rejected a plan for a bus lane on the same route.\n\n"
        "The mayor said work on the tram line would start in the spring.\n",
        "The city council of Velm approved a tram line to the airport, ending a long debate.\n\n"
        "In 2019, the council rejected a plan for a bus lane on the same route.\n\n"
        "Shop owners along the route fear months of building works.\n"};
    b = brief3(NULL, year[0], NULL, year[1], NULL, year[2]);
    assert_true(b->n_summary >= 2);
    at = b->n_summary;
    for (size_t i = 0; i < b->n_summary; i++)
        if (strstr(b->summary[i].text, "bus lane"))
            at = i;
    assert_true(at < b->n_summary);
    assert_int_equal(at, b->n_summary - 1);
    np_brief_free(b);
}

/* The summary leads with the event, not with a quotation, however many
 * outlets print the quotation. */
static void test_summary_leads_with_event(void **state)
{
    (void)state;
    const char *q = "\"This bridge will change the life of the whole valley for ever,\" the regional governor said.\n\n";
    char a[1024], b2[1024], c[1024];
    snprintf(a, sizeof a, "%s%s", q, "Engineers in Orsk opened the new road bridge across the Velka valley on Monday.\n");
    snprintf(b2, sizeof b2, "%s%s", q, "The new road bridge across the Velka valley was opened in Orsk on Monday by engineers.\n");
    snprintf(c, sizeof c, "%s%s", q, "Drivers in Orsk crossed the new Velka valley road bridge for the first time on Monday.\n");
    np_brief *b = brief3("2025-07-07", a, "2025-07-07", b2, "2025-07-07", c);
    assert_true(b->n_summary >= 1);
    assert_true(b->summary[0].text[0] != '"');
    assert_non_null(strstr(b->summary[0].text, "bridge"));
    assert_true(b->summary[0].n_sources >= 2); /* from a claim of several outlets */
    np_brief_free(b);
    /* nor with a sentence opening on a quotation, however little of it
     * the quotation is */
    b = brief3("2025-07-07",
               "\"We thank everyone,\" the regional governor of the Velka valley told reporters after the opening "
               "ceremony of the new road bridge in Orsk on Monday morning.\n\n"
               "Engineers in Orsk opened the new road bridge across the Velka valley on Monday.\n",
               "2025-07-07",
               "\"We thank everyone,\" the governor of the Velka valley region said after the opening ceremony of "
               "the new road bridge in Orsk on Monday.\n\n"
               "The new road bridge across the Velka valley was opened in Orsk on Monday by engineers.\n",
               "2025-07-07",
               "\"We thank everyone,\" the Velka valley's regional governor told the crowd at the opening ceremony "
               "of the road bridge in Orsk on Monday morning.\n\n"
               "Drivers in Orsk crossed the new Velka valley road bridge for the first time on Monday.\n");
    assert_true(b->n_summary >= 1);
    assert_true(b->summary[0].text[0] != '"');
    np_brief_free(b);
    /* a quoted title is a name, not a quotation: it may lead */
    b = brief3("2025-07-07",
               "\"Harbour Lights,\" the first film by Ana Ruiz, won the top prize at the Velm festival on Sunday.\n\n"
               "The jury praised its cast.\n",
               "2025-07-07",
               "\"Harbour Lights,\" Ana Ruiz's first film, won the top prize of the Velm festival on Sunday.\n\n"
               "Ruiz thanked her crew.\n",
               "2025-07-07",
               "\"Harbour Lights,\" a first film by Ana Ruiz, took the top prize at the Velm festival on Sunday.\n\n"
               "Tickets for the closing night sold out.\n");
    assert_true(b->n_summary >= 1);
    assert_non_null(strstr(b->summary[0].text, "top prize"));
    np_brief_free(b);
}

/* Every summary item reads on its own: no bare quotation however many
 * outlets print it, no piece of a quotation cut at a sentence inside it. */
static void test_summary_items_read_alone(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-07-07",
                         "Mayor Ilse Brandt opened the new road bridge across the Velka valley on Monday.\n\n"
                         "Brandt thanked the builders in a short speech.\n\n"
                         "\"This bridge changes everything for the farmers of the whole Velka valley.\"\n",
                         "2025-07-07",
                         "The new road bridge across the Velka valley was opened on Monday by Mayor Ilse Brandt.\n\n"
                         "The mayor spoke briefly.\n\n"
                         "\"This bridge changes everything for the farmers of the whole Velka valley.\"\n",
                         "2025-07-07",
                         "Mayor Ilse Brandt opened the Velka valley road bridge on Monday after years of delays.\n");
    assert_true(b->n_summary >= 1);
    for (size_t i = 0; i < b->n_summary; i++)
        assert_null(strstr(b->summary[i].text, "changes everything")); /* a bare quotation names no speaker */
    np_brief_free(b);
    /* a sentence opening on a capital beyond ASCII reads whole */
    b = brief3("2025-07-07", "\u00c1ngela Ruiz opened the new road bridge across the Velka valley on Monday.\n",
               "2025-07-07", "\u00c1ngela Ruiz opened the new Velka valley road bridge on Monday.\n",
               "2025-07-07", "The Velka valley road bridge was opened on Monday by \u00c1ngela Ruiz.\n");
    assert_true(b->n_summary >= 1);
    assert_non_null(strstr(b->summary[0].text, "bridge"));
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

/* A sentence that states two claims supports both, through its clauses:
 * the second clause is corroborated by another outlet's sentence and the
 * fact cites the clause's own words (an exact part of the document). */
static const char *const weir_a =
    "The river authority of Dalbrook closed the old weir on Tuesday after weeks of warnings, and engineers began "
    "pumping water out of the flooded corn mill beside it.\n\n"
    "Anglers complained that the closure came in the middle of the trout season.\n";
static const char *const weir_b =
    "Dalbrook's river authority closed the old weir on Tuesday after weeks of warnings from its inspectors.\n\n"
    "Engineers began pumping water out of the flooded corn mill on Tuesday afternoon.\n";
static const char *const weir_c =
    "The river authority of Dalbrook shut the old weir on Tuesday after repeated warnings.\n\n"
    "Engineers were pumping water out of the flooded corn mill by the evening, a spokeswoman said.\n\n"
    "A bakery in the high street sold out of bread before noon.\n";

static const np_bref *ref_in_fact_with(const np_brief *b, const char *ka, const char *na, const char *kb,
                                       const char *nb)
{
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (!np_test_cites(b, f->support, f->n_support, kb, nb))
            continue;
        for (size_t r = 0; r < f->n_support; r++)
            if (strcmp(b->docs[f->support[r].doc].key, ka) == 0 && strstr(f->support[r].text, na))
                return &f->support[r];
    }
    return NULL;
}

static void test_two_claims_in_one_sentence(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-06-03", weir_a, "2025-06-03", weir_b, "2025-06-04", weir_c);
    /* the first claim, as before */
    assert_true(np_test_together(b, "a.txt", "closed the old weir", "b.txt", "closed the old weir"));
    /* the second clause of a's sentence is a fact with b's second sentence */
    const np_bref *r = ref_in_fact_with(b, "a.txt", "pumping water", "b.txt", "Engineers began pumping");
    assert_non_null(r);
    /* ... citing the clause, not the whole sentence, in the document's words */
    assert_null(strstr(r->text, "closed the old weir"));
    assert_non_null(strstr(weir_a, r->text));
    /* a clause with no counterpart in another outlet joins nothing */
    assert_false(np_test_in_any_fact(b, "c.txt", "bakery") && np_test_together(b, "c.txt", "bakery", "a.txt", "pumping"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* Clauses are claims of their own, so they are judged like sentences: a
 * clause sharing the actor and the place but not the action is no support. */
static void test_clause_needs_same_action(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-06-03", weir_a, "2025-06-03",
                         "Dalbrook's river authority closed the old weir on Tuesday after weeks of warnings from its "
                         "inspectors.\n\n"
                         "Engineers inspected the cracked roof beams of the corn mill on Tuesday afternoon.\n",
                         "2025-06-04",
                         "Volunteers handed out sandbags to families on the riverside terraces.\n\n"
                         "The town museum will stay closed until the end of the month.\n");
    assert_true(np_test_together(b, "a.txt", "closed the old weir", "b.txt", "closed the old weir"));
    assert_false(np_test_together(b, "a.txt", "pumping water", "b.txt", "cracked roof beams"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* Two outlets telling what two different people did are not one claim,
 * however alike the rest ("a 42-year-old ... walked for nine days"); the
 * same person in other words is. */
static void test_other_people_other_claim(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-06-11",
                         "Tomas Verhal, a 42-year-old welder from Ostrin, said he walked for nine days to reach the "
                         "river crossing.\n\n"
                         "The border post at the crossing opens at dawn and closes at dusk every day.\n",
                         "2025-06-11",
                         "Greta Solnik, a 42-year-old nurse from Ostrin, said she walked for nine days to reach the "
                         "crossing with her son.\n\n"
                         "Aid groups handed out blankets and bottled water near the old customs shed.\n",
                         "2025-06-12",
                         "Mr. Verhal, a welder from Ostrin, said he walked for nine days before he could reach the "
                         "river crossing.\n\n"
                         "Officials at the post said they expected more arrivals over the weekend.\n");
    assert_true(np_test_together(b, "a.txt", "Tomas Verhal", "c.txt", "Mr. Verhal"));
    assert_false(np_test_together(b, "a.txt", "Tomas Verhal", "b.txt", "Solnik"));
    assert_false(np_test_together(b, "c.txt", "Mr. Verhal", "b.txt", "Solnik"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* The same holds for two people's words, when a pronoun or an earlier
 * sentence names the speaker: the mayor's promise is not the engineer's,
 * however alike the quotations. */
static void test_other_speakers_other_claim(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-04-15",
                         "\"The valley will be safe once the new spillway is finished in a complete, tested and lasting "
                         "way,\" Mayor Lena Orvik said on Tuesday.\n",
                         "2025-04-15",
                         "Engineer Paul Brandt spoke after the tour of the dam.\n\n"
                         "\"What the farmers expect is a spillway finished in a complete, tested and lasting manner "
                         "before the valley floods,\" he said.\n",
                         "2025-04-16",
                         "Crews at the Talma dam finished pouring concrete for the new spillway on Monday.\n\n"
                         "Farmers downstream asked for a second levee.\n");
    assert_false(np_test_together(b, "a.txt", "will be safe", "b.txt", "farmers expect"));
    assert_one_claim(b);
    np_brief_free(b);
    /* each sentence quotes someone named, one of them naming the other
     * person too: still two people's words */
    b = brief3("2025-04-15",
               "\"A new chapter has begun between our two peoples,\" President Ana Ferrand said at a press "
               "conference with Prime Minister Ivo Morrow in Tallby.\n",
               "2025-04-15",
               "\"A new chapter has begun for our two nations,\" Prime Minister Ivo Morrow told reporters after "
               "the talks in Tallby.\n",
               "2025-04-15",
               "\"A new chapter has begun,\" President Ana Ferrand told the press conference in Tallby.\n");
    assert_false(np_test_together(b, "a.txt", "between our two peoples", "b.txt", "for our two nations"));
    assert_true(np_test_together(b, "a.txt", "between our two peoples", "c.txt", "A new chapter has begun"));
    np_brief_free(b);
}

/* Two quotations, one of a person and one of a statement, are two
 * claims unless one person said both: the mayor's words are not the
 * council's statement, however many words they share. */
static void test_other_quotations_other_claim(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-04-15",
                         "Mayor Lena Orvik toured the Talma dam on Tuesday.\n\n"
                         "\"The new spillway will close the old channel for good before the spring floods,\" she "
                         "said.\n",
                         "2025-04-15",
                         "The council published its plan for the Talma dam.\n\n"
                         "\"The spillway will seal the old channel this summer to honour the flood pledge,\" the "
                         "statement concluded.\n",
                         "2025-04-16",
                         "Crews at the Talma dam finished pouring concrete on Monday.\n\n"
                         "Farmers downstream asked for a second levee.\n");
    assert_false(np_test_together(b, "a.txt", "for good", "b.txt", "flood pledge"));
    assert_one_claim(b);
    np_brief_free(b);
    /* a statement of no known speaker in nearly the words of a person's is
     * that person's statement */
    b = brief3("2025-04-15",
               "Orvik Steel will keep its Talma plant open, the company said on Monday.\n\n"
               "\"We have looked at every option, and we will not cut a single job in Talma this year,\" chief "
               "executive Ana Ruiz said in a statement.\n",
               "2025-04-15",
               "The Talma plant of Orvik Steel stays open, it said on Monday.\n\n"
               "\"We will not cut a single job in Talma this year,\" the company's statement said.\n",
               "2025-04-16",
               "Orvik Steel said on Monday its Talma plant would stay open.\n\n"
               "Workers cheered at the gate.\n");
    assert_true(np_test_together(b, "a.txt", "every option", "b.txt", "the company's statement"));
    assert_one_claim(b);
    np_brief_free(b);
    /* ... and a person of a role, unnamed, may be the other outlet's
     * speaker, however differently worded */
    b = brief3("2025-04-15",
               "The flood waters in Talma fell overnight.\n\n"
               "\"Families from the harbour district can return home on Wednesday morning,\" Mayor Anton Velko "
               "said.\n",
               "2025-04-15",
               "Talma's river fell below the levee overnight.\n\n"
               "\"The evacuation order for the harbour district will be lifted on Wednesday morning,\" the "
               "town's mayor told reporters.\n",
               "2025-04-16",
               "Crews in Talma pumped water from cellars.\n\n"
               "Farmers downstream asked for a second levee.\n");
    assert_true(np_test_together(b, "a.txt", "can return home", "b.txt", "will be lifted"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* One speaker's two statements are two claims: outlets that quote the
 * same person on the same talks, in words that have nothing in common,
 * share who spoke and about what, not what was said; the same statement
 * in other wording stays one claim. */
static void test_one_speaker_two_statements(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-03-10",
                         "Ilse Varga, Norland's deputy minister and chief negotiator, said on Monday: \"The Halden "
                         "water treaty can no longer hold in its present form.\"\n\n"
                         "The talks resume in Velmora next week.\n",
                         "2025-03-10",
                         "Ilse Varga, Norland's deputy minister and chief negotiator, called the Ostrian proposal "
                         "\"reckless and naive\" on Monday.\n\n"
                         "Farmers along the Halden asked for a share of the water.\n",
                         "2025-03-11",
                         "Crews measured the Halden's flow at the border on Monday.\n\n"
                         "The river is low for the third spring in a row.\n");
    assert_false(np_test_together(b, "a.txt", "can no longer hold", "b.txt", "reckless and naive"));
    assert_one_claim(b);
    np_brief_free(b);
    /* one outlet's own words for what the other quotes: one claim */
    b = brief3("2025-03-10",
               "Ilse Varga, Norland's deputy minister and chief negotiator at the Halden water talks, said on "
               "Monday that Norland would leave the Halden water treaty unless its quotas were cut by half.\n\n"
               "The talks resume in Velmora next week.\n",
               "2025-03-10",
               "Ilse Varga, Norland's deputy minister and chief negotiator at the Halden water talks, warned on "
               "Monday that Norland would \"walk away from the water treaty\" unless the quotas were cut by half.\n\n"
               "Farmers along the Halden asked for a share of the water.\n",
               "2025-03-11",
               "Crews measured the Halden's flow at the border on Monday.\n\n"
               "The river is low for the third spring in a row.\n");
    assert_true(np_test_together(b, "a.txt", "would leave", "b.txt", "walk away"));
    assert_one_claim(b);
    np_brief_free(b);
    /* both state the claim in their own words, each adding a phrase of the
     * mayor's: one claim */
    b = brief3("2025-03-10",
               "Mayor Helen Marsh said the \"costly and pointless\" harbour tolls of Tallby would end on the "
               "first of June.\n\nThe tolls were set up in 1998.\n",
               "2025-03-10",
               "Mayor Helen Marsh said the harbour tolls of Tallby, \"a relic of a bygone shipping century,\" "
               "would end on the first of June.\n\nFishermen welcomed the news.\n",
               "2025-03-11",
               "Crews measured the Halden's flow at the border on Monday.\n");
    assert_true(np_test_together(b, "a.txt", "costly and pointless", "b.txt", "a relic"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* A sentence that is mostly a quotation of the speaker, among outlets
 * that tell the news in their own words, states what the speaker said,
 * not their claim: with another outlet quoting the same words it makes
 * the quotation's fact and leaves the announcement's. */
static void test_quotation_leaves_the_news_it_sits_beside(void **state)
{
    (void)state;
    const char *texts[4] = {
        "Mayor Helen Marsh announced on Monday that Tallby would scrap the harbour tolls and close the toll "
        "office.\n\nThe tolls were set up in 1998 to pay for the breakwater.\n",
        "Tallby's mayor, Helen Marsh, announced on Monday that the town would scrap its harbour tolls and shut the "
        "toll office.\n\nFishermen welcomed the news.\n",
        "Mayor Helen Marsh said the town \"will team up with the other ports\" to scrap \"the harbour tolls outright.\"\n\n"
        "Ships paid the toll for twenty years.\n",
        "Tallby will scrap the harbour tolls and close its toll office, Mayor Helen Marsh announced on Monday.\n\n"
        "Marsh added that Tallby would \"team up with the other ports to scrap harbour tolls outright.\"\n\n"
        "The breakwater cost four million.\n"};
    np_brief *b = np_test_brief("2025-03-10", texts, 4);
    assert_true(np_test_together(b, "a.txt", "would scrap the harbour tolls", "b.txt", "would scrap its harbour"));
    assert_false(np_test_together(b, "a.txt", "would scrap the harbour tolls", "c.txt", "will team up"));
    assert_true(np_test_together(b, "c.txt", "will team up", "d.txt", "team up with the other ports to"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* One calendar day written out and an event word in common make one
 * claim of sentences that share too few words otherwise; a weekday does
 * not (most of a story's news happened "on Monday"). */
static void test_same_day_one_claim(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-04-15",
                         "The harbour board of Talma approved the dredging plan on Monday.\n\n"
                         "The board faces a deadline of May 12 to sign the loan for the new quay, its chairman said.\n",
                         "2025-04-15",
                         "Talma's harbour board voted for the dredging plan on Monday.\n\n"
                         "Bankers expect the loan to be ready by May 12, when the grant from the region expires.\n",
                         "2025-04-16",
                         "Dredging at Talma harbour was approved by the board on Monday.\n\n"
                         "Fishermen fear the works will scare away the herring.\n");
    assert_true(np_test_together(b, "a.txt", "deadline of May 12", "b.txt", "by May 12"));
    assert_one_claim(b);
    np_brief_free(b);
    /* the same day of another year is another day */
    b = brief3("2025-04-15",
               "The harbour board of Talma approved the dredging plan on Monday.\n\n"
               "The board faces a deadline of May 12 to sign the loan for the new quay, its chairman said.\n",
               "2025-04-15",
               "Talma's harbour board voted for the dredging plan on Monday.\n\n"
               "Bankers recalled that the last loan was ready on May 12, 2019, when the old quay was rebuilt.\n",
               "2025-04-16",
               "Dredging at Talma harbour was approved by the board on Monday.\n\n"
               "Fishermen fear the works will scare away the herring.\n");
    assert_false(np_test_together(b, "a.txt", "deadline of May 12", "b.txt", "May 12, 2019"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* A fact of three outlets is a triangle, not a star: a sentence stating
 * two things links to one outlet's sentence on each, but those two say
 * nothing of each other and cannot back one claim together. */
static void test_three_outlets_form_a_triangle(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-07-08",
                         "The port board of Halvik approved the new dredging budget on Monday, and the harbour master "
                         "closed the northern quay to cargo ships for repairs.\n\n"
                         "Fishermen welcomed the news at the morning market.\n",
                         "2025-07-08",
                         "Halvik's port board approved the dredging budget on Monday after a long debate over costs.\n\n"
                         "The vote was the first of its kind in a decade.\n",
                         "2025-07-08",
                         "The harbour master closed the northern quay to cargo ships while divers inspect cracked "
                         "pilings.\n\n"
                         "Repairs could take until the end of the summer, engineers said.\n");
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        assert_false(np_test_cites(b, f->support, f->n_support, "b.txt", "dredging budget") &&
                     np_test_cites(b, f->support, f->n_support, "c.txt", "northern quay"));
    }
    assert_one_claim(b);
    np_brief_free(b);
}

/* Two outlets' accounts of one refusal, shared by the refusal tests: one
 * in the last clause of a long sentence about the signing, one alone. */
static const char REFUSAL_A[] =
    "Arvel and Drest signed the fishing accord at the guildhall on Monday, ending a year of "
    "quarrels over the northern banks, while Pellmar declined to sign and said its fleet had been "
    "forgotten.\n\n"
    "Fish prices at the Arvel market rose sharply during the long winter.\n";
static const char REFUSAL_B[] =
    "Pellmar, whose trawlers work the shallow waters south of the cape, did not sign.\n\n"
    "Brass bands played on the quayside while the delegates arrived by boat.\n";

/* What an actor did not do is one claim however it is told: "declined to
 * sign" in a long sentence about what others signed, "did not sign" after
 * a relative clause, "refused on Monday to sign": the negated action and
 * its actor prove it where the words of the whole sentences differ.  Another
 * actor's refusal is another claim. */
static void test_refusal_of_one_actor(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-08-05",
                         REFUSAL_A, "2025-08-05", REFUSAL_B,
                         "2025-08-06",
                         "Pellmar refused on Monday to put its name to the accord reached by its two neighbours, and "
                         "its delegates left early.\n\n"
                         "Separately, Korvin did not sign a harbour lease offered by the mainland ferry company.\n");
    assert_true(np_test_together(b, "a.txt", "Pellmar declined", "b.txt", "did not sign"));
    assert_false(np_test_together(b, "b.txt", "did not sign", "c.txt", "Korvin did not sign"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* "Did not confirm" denies what "confirmed" reports: an outlet saying the
 * lawyer would not confirm an appeal does not support one saying he
 * confirmed it, however alike the rest of the two sentences; two outlets
 * telling the same denial do agree. */
static void test_denied_report_is_no_support(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-08-05",
                         "A court in Tarn on Monday jailed the harbour master Ivo Marsk for five years for fraud.\n\n"
                         "His lawyer, Ana Velk, confirmed that her client would appeal the verdict.\n",
                         "2025-08-05",
                         "The harbour master Ivo Marsk was jailed for five years for fraud by a Tarn court on Monday.\n\n"
                         "His lawyer, Ana Velk, did not confirm whether her client would appeal the verdict.\n",
                         "2025-08-05",
                         "Ivo Marsk, the harbour master, was sentenced in Tarn on Monday to five years for fraud.\n\n"
                         "His lawyer Ana Velk would not confirm whether her client would appeal the verdict.\n");
    assert_true(np_test_together(b, "a.txt", "jailed the harbour master", "b.txt", "was jailed for five years"));
    assert_false(np_test_together(b, "a.txt", "confirmed that her client", "b.txt", "did not confirm"));
    assert_false(np_test_together(b, "a.txt", "confirmed that her client", "c.txt", "would not confirm"));
    assert_true(np_test_together(b, "b.txt", "did not confirm", "c.txt", "would not confirm"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* A denial is the opposite of an admission in the same words: the outlet
 * saying the minister denied failing to declare a stake does not support
 * the one saying she admitted it (nor through the refusal facts, whose
 * "failing to declare" both sentences tell). */
static void test_denial_against_admission(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-09-10",
                         "Housing Minister Rina Volk resigned on Tuesday over contracts awarded to a firm part-owned by "
                         "her husband.\n\n"
                         "Volk admitted failing to declare her husband's stake in the Tessel building firm, officials "
                         "said.\n",
                         "2025-09-10",
                         "Rina Volk stepped down as housing minister on Tuesday over contracts that went to a firm "
                         "part-owned by her husband.\n\n"
                         "Volk denied failing to declare her husband's stake in the Tessel building firm.\n",
                         "2025-09-10",
                         "The housing minister, Rina Volk, resigned on Tuesday after contracts were awarded to a firm "
                         "part-owned by her husband.\n\n"
                         "Volk has denied that she failed to declare her husband's stake in the Tessel building firm.\n");
    assert_true(np_test_together(b, "a.txt", "resigned on Tuesday", "b.txt", "stepped down"));
    assert_false(np_test_together(b, "a.txt", "admitted failing", "b.txt", "denied failing"));
    assert_false(np_test_together(b, "a.txt", "admitted failing", "c.txt", "has denied"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* A subject opened by "no" negates its passive verb: "No flood warning was
 * issued" does not support "A flood warning was issued", while two
 * outlets saying none was issued agree */
static void test_no_subject_negates(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-11-11",
                         "The Vell river flooded the hill village of Dorn on Tuesday, forcing 300 people from their "
                         "homes.\n\n"
                         "A flood warning was issued six hours before the river burst its banks, the water authority "
                         "said.\n",
                         "2025-11-11",
                         "The Vell river flooded the village of Dorn on Tuesday and 300 people had to leave their "
                         "homes.\n\n"
                         "No flood warning was issued before the river burst its banks, residents said.\n",
                         "2025-11-11",
                         "Floodwater from the Vell reached Dorn on Tuesday and 300 people left their homes.\n\n"
                         "Residents said no flood warning had been issued before the river burst its banks.\n");
    assert_false(np_test_together(b, "a.txt", "A flood warning was issued", "b.txt", "No flood warning"));
    assert_false(np_test_together(b, "a.txt", "A flood warning was issued", "c.txt", "no flood warning"));
    assert_true(np_test_together(b, "b.txt", "No flood warning", "c.txt", "no flood warning"));
    np_brief_free(b);
    /* with a modal: "no jobs will be cut" against "would cut 800 jobs" */
    b = brief3("2025-12-14",
               "Halvard Industries will buy Brightwater Foods for $4.2 billion, the companies said on Monday.\n\n"
               "No jobs will be cut at Brightwater's plants as a result of the merger, Halvard said.\n",
               "2025-12-14",
               "Halvard Industries said on Monday it would buy Brightwater Foods for $4.2 billion.\n\n"
               "Halvard said jobs will be cut at Brightwater's plants as a result of the merger.\n",
               "2025-12-14", "Brightwater shareholders will vote on the offer next month.\n");
    assert_false(np_test_together(b, "a.txt", "No jobs will be cut", "b.txt", "jobs will be cut"));
    np_brief_free(b);
    /* several words between "no" and its noun, two joined by "or" */
    b = brief3("2025-12-14",
               "Hackers broke into the billing system of Tessel Water, the company said on Monday.\n\n"
               "The company said no bank or payment card details had been accessed by the hackers.\n",
               "2025-12-14",
               "Tessel Water said on Monday that hackers had broken into its billing system.\n\n"
               "The company said bank account details had been accessed by the hackers.\n",
               "2025-12-14",
               "The company said bank account details had been accessed by the hackers.\n\n"
               "Tessel Water customers were told to watch for fraud.\n");
    assert_false(np_test_together(b, "a.txt", "no bank or payment card", "b.txt", "bank account details"));
    assert_false(np_test_together(b, "a.txt", "no bank or payment card", "c.txt", "bank account details"));
    np_brief_free(b);
    /* a clause after "and" is no part of the subject "no" opens */
    b = brief3("2025-12-14",
               "No siren sounded and nearby residents were moved out of the Orvel estate by police on Monday.\n",
               "2025-12-14", "Nearby residents were moved out of the Orvel estate by police on Monday.\n",
               "2025-12-14", "The Orvel estate stood empty on Monday night.\n");
    for (size_t i = 0; i < b->n_discrepancies; i++)
        assert_string_not_equal(b->discrepancies[i].kind, "contradiction");
    np_brief_free(b);
    /* "no" that opens no subject: after a preposition, an idiom, a name */
    b = brief3("2025-11-11",
               "Residents of Dorn were evacuated on Tuesday as the Vell river burst its banks.\n\n"
               "With no warning residents were evacuated from the lower town.\n",
               "2025-11-11",
               "The Vell river burst its banks in Dorn on Tuesday.\n\n"
               "Residents were evacuated from the lower town.\n",
               "2025-11-11", "Dorn's council will meet on Friday.\n");
    assert_true(np_test_together(b, "a.txt", "With no warning", "b.txt", "Residents were evacuated from"));
    np_brief_free(b);
}

/* Alike sentences dating their deed to two days are no agreement: a toll
 * that rose to three on one day and to five on the next; the day a thing
 * was said does not count ("officials said on Friday") */
static void test_deeds_of_two_days(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-12-04",
                         "The death toll from the landslide in Ostrelle rose to three on Wednesday after rescuers "
                         "found the body of a woman.\n\nThe school is a shelter for 80 residents.\n",
                         "2025-12-04",
                         "The death toll from the landslide in Ostrelle rose to five on Thursday after rescuers found "
                         "two more bodies.\n\nThe governor ended the search.\n",
                         "2025-12-05",
                         "Rescuers found two more bodies in the mud at Ostrelle, officials said on Friday.\n\n"
                         "The valley road stays closed.\n");
    assert_false(np_test_together(b, "a.txt", "rose to three", "b.txt", "rose to five"));
    np_brief_free(b);
    /* the day a toll was told is one of its days; another deed's days
     * are not the funeral's */
    b = brief3("2025-12-04",
               "The death toll from the earthquake in Korval rose to 1,200 on Thursday, the Interior Ministry "
               "said.\n\nRescue teams searched the villages.\n",
               "2025-12-04",
               "The death toll from the earthquake in Korval has climbed to 1,200, the Interior Ministry said on "
               "Thursday, up from 640 on Wednesday.\n\nRescue teams searched the villages.\n",
               "2025-12-04",
               "Hundreds of people left flowers in Korval on Monday, where the first victims were found on "
               "Sunday.\n\nMourners attended the funeral of the mayor of Korval on Tuesday.\n");
    assert_true(np_test_together(b, "a.txt", "rose to 1,200", "b.txt", "climbed to 1,200"));
    np_brief_free(b);
    b = brief3("2025-11-18",
               "Hundreds of people left flowers at the Calder Street night market on Monday, where spice seller "
               "Idris Camell was stabbed to death on Sunday night.\n\nPolice arrested a suspect.\n",
               "2025-11-18",
               "Several hundred mourners attended the funeral of spice seller Idris Camell in Marsenne on Tuesday, "
               "three days after he was killed at the Calder Street night market.\n\nA man was charged.\n",
               "2025-11-18",
               "Marsenne came to a standstill on Tuesday for the funeral of Idris Camell, the spice seller killed "
               "at the Calder Street night market.\n\nThe market reopened.\n");
    assert_false(np_test_together(b, "a.txt", "left flowers", "b.txt", "attended the funeral"));
    assert_false(np_test_together(b, "a.txt", "left flowers", "c.txt", "for the funeral"));
    np_brief_free(b);
}

/* A refusal told in the second clause of a sentence whose first clause is
 * another fact ("Arvel and Drest signed ..., while Pellmar refused to
 * sign") supports the refusal too, citing its own words. */
static void test_refusal_in_a_clause(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-08-05",
                         REFUSAL_A, "2025-08-05", REFUSAL_B,
                         "2025-08-06",
                         "Arvel and Drest signed the fishing accord at the guildhall on Monday after a year of "
                         "quarrels over the northern banks, while Pellmar refused to sign.\n\n"
                         "The accord sets quotas for cod and herring for the next five seasons.\n");
    /* the signing: the two long sentences */
    assert_true(np_test_together(b, "a.txt", "Arvel and Drest signed", "c.txt", "Arvel and Drest signed"));
    /* the refusal: b's sentence and the clauses of a and c */
    assert_true(np_test_together(b, "b.txt", "did not sign", "a.txt", "Pellmar declined"));
    assert_true(np_test_together(b, "b.txt", "did not sign", "c.txt", "Pellmar refused to sign"));
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (np_test_cites(b, f->support, f->n_support, "b.txt", "did not sign"))
            for (size_t r = 0; r < f->n_support; r++)
                assert_null(strstr(f->support[r].text, "fishing accord")); /* the clause, not the sentence */
    }
    np_brief_free(b);
}

/* An outlet's own sentence is matched with another outlet's own words
 * before its quotations: a short quotation sharing a phrase with it ("for
 * the first time") is not the news the long sentence tells. */
static void test_own_words_before_quotations(void **state)
{
    (void)state;
    np_brief *b = brief3("2025-09-02",
                         "\"For the first time, the authority will watch the river with its own eyes,\" the minister "
                         "said.\n\n"
                         "Ostria also promised to publish hourly flood readings from its upstream dams, a step its "
                         "engineers had resisted for years.\n",
                         "2025-09-02",
                         "The river authority, which will oversee the dams, has been promised hourly flood readings "
                         "from upstream for the first time since its founding.\n\n"
                         "Farmers on the lower plain welcomed the news at a meeting in the market hall.\n",
                         "2025-09-03",
                         "A new bridge over the estuary will open to traffic in the spring.\n\n"
                         "The regional orchestra announced a winter season of seven concerts.\n");
    assert_false(np_test_together(b, "a.txt", "with its own eyes", "b.txt", "hourly flood readings"));
    assert_true(np_test_together(b, "a.txt", "publish hourly flood readings", "b.txt", "hourly flood readings"));
    assert_one_claim(b);
    np_brief_free(b);
}

/* two statements of one speaker share her name and role, not a claim: the
 * words of who said it are no shared event; one claim told with two
 * attributions still agrees */
static void test_attribution_words_are_no_claim(void **state)
{
    (void)state;
    np_brief *b = brief3("2027-10-05",
                         "Dockers at Carran Harbour stayed off work for a second day on Monday.\n\n"
                         "Anneli Fross, a spokeswoman for the port authority, said: \"No perishable cargo has been "
                         "lost so far.\"\n\n"
                         "Officers made 14 arrests after fights broke out outside the gates, said Carran police "
                         "chief Hanna Ost.\n",
                         "2027-10-05",
                         "The strike at Carran Harbour went into a second day on Monday.\n\n"
                         "The port authority's spokeswoman, Anneli Fross, said talks would resume on Thursday.\n\n"
                         "Police said 14 people had been arrested outside the harbour gates.\n",
                         "2027-10-05", "Ferries to the islands sailed from Carran as usual.\n");
    assert_false(np_test_together(b, "a.txt", "No perishable cargo", "b.txt", "talks would resume"));
    assert_true(np_test_together(b, "a.txt", "Officers made 14 arrests", "b.txt", "14 people had been arrested"));
    np_brief_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_figure_fact_and_discrepancy),
        cmocka_unit_test(test_relative_dates),
        cmocka_unit_test(test_place_is_not_a_claim),
        cmocka_unit_test(test_same_actor_or_action_is_not_enough),
        cmocka_unit_test(test_office_words_are_not_a_claim),
        cmocka_unit_test(test_two_doers_two_owners),
        cmocka_unit_test(test_topic_words_are_not_a_claim),
        cmocka_unit_test(test_not_claims),
        cmocka_unit_test(test_summary_leads_with_event),
        cmocka_unit_test(test_summary_shows_the_neutral_wording),
        cmocka_unit_test(test_summary_tells_the_past_last),
        cmocka_unit_test(test_summary_item_does_not_go_on_from_before),
        cmocka_unit_test(test_summary_opens_with_news_not_copied_detail),
        cmocka_unit_test(test_summary_opens_with_the_lead),
        cmocka_unit_test(test_summary_opens_with_news_not_the_past),
        cmocka_unit_test(test_summary_ranks_copies_as_one_report),
        cmocka_unit_test(test_summary_leaves_out_sentences_inside_quotations),
        cmocka_unit_test(test_summary_items_read_alone),
        cmocka_unit_test(test_wire_copies),
        cmocka_unit_test(test_edited_copy),
        cmocka_unit_test(test_long_quotation_is_no_copy),
        cmocka_unit_test(test_unlisted_agency_credit),
        cmocka_unit_test(test_quoted_statement_is_no_copy),
        cmocka_unit_test(test_quote_counts_agree),
        cmocka_unit_test(test_timeline_dates),
        cmocka_unit_test(test_two_claims_in_one_sentence),
        cmocka_unit_test(test_clause_needs_same_action),
        cmocka_unit_test(test_other_people_other_claim),
        cmocka_unit_test(test_other_speakers_other_claim),
        cmocka_unit_test(test_other_quotations_other_claim),
        cmocka_unit_test(test_one_speaker_two_statements),
        cmocka_unit_test(test_quotation_leaves_the_news_it_sits_beside),
        cmocka_unit_test(test_same_day_one_claim),
        cmocka_unit_test(test_three_outlets_form_a_triangle),
        cmocka_unit_test(test_refusal_of_one_actor),
        cmocka_unit_test(test_refusal_in_a_clause),
        cmocka_unit_test(test_denied_report_is_no_support),
        cmocka_unit_test(test_denial_against_admission),
        cmocka_unit_test(test_no_subject_negates),
        cmocka_unit_test(test_deeds_of_two_days),
        cmocka_unit_test(test_own_words_before_quotations),
        cmocka_unit_test(test_attribution_words_are_no_claim),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
