/*
 * tests/unit/test_compare_quotes.c — quote groups (compare/quotes.c) and the
 * WordNet meaning links they use (compare/synonyms.c).
 *
 * Invented two-outlet stories: two statements of one speaker that share a
 * single topic word must stay apart; two wordings of one statement that meet
 * only through WordNet ("belongs" / "property") must be grouped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_internal.h"
#include "compare/brief_model.h"
#include "core/doc.h"

#define WN_DIR "/usr/share/wordnet"

static const char *const story_a =
    "Mayor Helen Marsh spoke to reporters in Tallby on Monday about the harbour dispute.\n\n"
    "The town council has argued with the province over the harbour for two years.\n\n"
    "\u201cThe harbour belongs to every family in Tallby,\u201d Marsh said.\n\n"
    "The province wants to lease the docks to a shipping company from Brask.\n\n"
    "Marsh also met teachers about the school budget for next autumn.\n\n"
    "\u201cWe are ready to discuss every related matter,\u201d Marsh said after the school meeting.\n";

static const char *const story_b =
    "Tallby mayor Helen Marsh spoke about the harbour on Monday.\n\n"
    "The quarrel over the harbour has lasted two years, with the province hoping to lease the docks.\n\n"
    "\u201cThe harbour is the property of all local people,\u201d Marsh told the local radio.\n\n"
    "A shipping company from Brask has offered to run the docks.\n\n"
    "Marsh was angry that a provincial minister had called her a village tyrant on television.\n\n"
    "\u201cInsults do not mend relations,\u201d Marsh said.\n";

static np_doc *make_doc(const char *key, const char *outlet, const char *text)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_doc_set(&d->key, key), NP_OK);
    assert_int_equal(np_doc_set(&d->outlet, outlet), NP_OK);
    assert_int_equal(np_doc_set(&d->published, "2025-05-12"), NP_OK);
    assert_int_equal(np_doc_set(&d->text, text), NP_OK);
    return d;
}

/* The brief of two outlets' texts (Tallby Post a.txt, Harbour News b.txt). */
static np_brief *brief_of_two(const char *a, const char *b)
{
    np_doc *docs[2] = {make_doc("a.txt", "Tallby Post", a), make_doc("b.txt", "Harbour News", b)};
    np_brief *br = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 2, 5, &br, &err), NP_OK);
    np_doc_free(docs[0]);
    np_doc_free(docs[1]);
    assert_non_null(br);
    return br;
}

/* Index of the quote group holding a variant of doc key containing needle, or -1. */
static long group_of(const np_brief *b, const char *key, const char *needle)
{
    for (size_t i = 0; i < b->n_quotes; i++)
        for (size_t v = 0; v < b->quotes[i].n_variants; v++) {
            const np_bref *r = &b->quotes[i].variants[v];
            if (strcmp(b->docs[r->doc].key, key) == 0 && strstr(r->text, needle))
                return (long)i;
        }
    return -1;
}

static int have_wordnet(void)
{
    struct stat sb;
    return stat(WN_DIR "/data.noun", &sb) == 0 && stat(WN_DIR "/index.verb", &sb) == 0;
}

static void test_one_topic_word_is_not_one_statement(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(story_a, story_b);
    long ready = group_of(b, "a.txt", "ready to discuss"), odd = group_of(b, "b.txt", "Insults do not");
    assert_true(ready >= 0 && odd >= 0);
    /* "related" / "relations": one shared stem (and a short quote), two different statements */
    assert_true(ready != odd);
    np_brief_free(b);
}

static void test_wordnet_links_translations(void **state)
{
    (void)state;
    if (!have_wordnet())
        skip();
    np_brief *b = brief_of_two(story_a, story_b);
    long x = group_of(b, "a.txt", "belongs to every family"), y = group_of(b, "b.txt", "property of all");
    assert_true(x >= 0 && y >= 0);
    assert_int_equal(x, y);
    np_brief_free(b);
}

/* A quote about a named person and its partner whose outlet tells, around
 * it, what was said about that person: one statement, though they share no
 * word; a fragment sharing one word ("rubbish") but said about something
 * else is another statement. */
static void test_subject_person(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh spoke to reporters in Tallby on Monday about the harbour.\n\n"
        "The harbour master Peter Dunmore has been accused of favouring a shipping company from Brask.\n\n"
        "\u201cClaims that Peter Dunmore favours the shipping company are rubbish,\u201d Marsh said.\n\n"
        "The council will vote on the lease in June.\n",
        "Tallby mayor Helen Marsh spoke about the harbour on Monday.\n\n"
        "Marsh called reports that the town would sell the harbour \u201ccomplete rubbish.\u201d\n\n"
        "The council will vote on a lease to a shipping company from Brask in June.\n\n"
        "Marsh defended the harbour master Peter Dunmore against claims that he favoured the company.\n\n"
        "\u201cHe has served this town honestly for twenty years,\u201d Marsh said.\n");
    long claims = group_of(b, "a.txt", "Claims that Peter Dunmore"), served = group_of(b, "b.txt", "He has served");
    long rubbish = group_of(b, "b.txt", "complete rubbish");
    assert_true(claims >= 0 && served >= 0 && rubbish >= 0);
    assert_int_equal(claims, served);
    assert_true(claims != rubbish);
    np_brief_free(b);
}

/* One outlet gives the mayor's words to her husband (one surname, another
 * person): near-identical quotes of two namesakes are one statement; the
 * husband's own, different statement stays apart from hers. */
static void test_namesake_misattribution(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh and her husband Robert Marsh visited the harbour in Tallby on Monday.\n\n"
        "\u201cNobody will ever sell this harbour to a shipping company from abroad,\u201d Helen Marsh said.\n\n"
        "\u201cMy wife works too hard and sleeps too little,\u201d Robert Marsh said.\n\n"
        "The council will vote on the lease in June.\n",
        "Helen Marsh, the mayor, came to the harbour with her husband Robert Marsh on Monday.\n\n"
        "\u201cNobody will ever sell this harbour to a shipping company from abroad,\u201d Robert Marsh said.\n\n"
        "\u201cThe fishermen of Tallby have nothing to fear from the lease vote,\u201d Helen Marsh said.\n\n"
        "The council votes on the lease in June.\n");
    long sell_a = group_of(b, "a.txt", "Nobody will ever sell"), sell_b = group_of(b, "b.txt", "Nobody will ever sell");
    long wife = group_of(b, "a.txt", "My wife works"), fear = group_of(b, "b.txt", "nothing to fear");
    assert_true(sell_a >= 0 && sell_b >= 0 && wife >= 0 && fear >= 0);
    assert_int_equal(sell_a, sell_b);
    assert_true(wife != fear && wife != sell_a && fear != sell_a);
    np_brief_free(b);
}

/* One outlet gives the minister's words to the rail chief: they stay
 * the minister's statement printed under another name, not a second
 * wording of the rail chief's own, different quotation. */
static void test_other_speakers_words_stay_apart(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "A passenger train came off the tracks near Tarnby on Monday night.\n\n"
        "\u201cWe will learn exactly what failed, and whoever is to blame will answer for it,\u201d Transport "
        "Minister Ada Rusk said at the scene.\n\n"
        "Rail chief Otto Brenn said separately: \u201cWe will learn what failed on that line and we will "
        "mend it.\u201d\n",
        "A passenger train left the rails near Tarnby on Monday night.\n\n"
        "Rail chief Otto Brenn vowed: \u201cWe will learn exactly what failed, and whoever is to blame will "
        "answer for it.\u201d\n\nInvestigators arrived on Tuesday.\n");
    long own = group_of(b, "a.txt", "mend it"), misquoted = group_of(b, "b.txt", "whoever is to blame");
    assert_true(own >= 0 && misquoted >= 0);
    assert_true(own != misquoted);
    np_brief_free(b);
}

/* The same misattribution, worded differently by the two outlets (under
 * the near-identical bar): the alignment vouches for it, the sentences
 * around the quotes matching each other; the husband's own words stay his. */
static void test_namesake_aligned(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh and her husband Robert Marsh visited the harbour in Tallby on Monday.\n\n"
        "\u201cNobody will sell our old harbour to a foreign shipping firm while I am mayor,\u201d "
        "Helen Marsh told fishermen at the Tallby quay during the storm.\n\n"
        "\u201cMy wife works too hard and sleeps too little,\u201d Robert Marsh said.\n\n"
        "The council will vote on the lease in June.\n",
        "Helen Marsh, the mayor, came to the harbour with her husband Robert Marsh on Monday.\n\n"
        "\u201cNo foreign shipping company will ever buy our old harbour from this town,\u201d "
        "Robert Marsh told fishermen at the Tallby quay during the storm.\n\n"
        "\u201cThe fishermen of Tallby have nothing to fear from the lease vote,\u201d Helen Marsh said.\n\n"
        "The council votes on the lease in June.\n");
    long sell_a = group_of(b, "a.txt", "Nobody will sell"), sell_b = group_of(b, "b.txt", "No foreign shipping");
    long wife = group_of(b, "a.txt", "My wife works"), fear = group_of(b, "b.txt", "nothing to fear");
    assert_true(sell_a >= 0 && sell_b >= 0 && wife >= 0 && fear >= 0);
    assert_int_equal(sell_a, sell_b);
    assert_true(wife != fear && wife != sell_a && fear != sell_a);
    np_brief_free(b);
}

/* One answer rendered in other words by two outlets: outlet A quotes a few
 * words of it in its lead ("all but impossible") and the rest further down
 * ("useless"); outlet B quotes it once, beside its own account of what was
 * said, which matches A's sentence.  All three wordings are one statement.
 * The mayor's remark about the school roof, which shares "deal" and
 * "signed" with the answer, is another statement. */
static void test_translated_answer_with_partial_quote(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh said on Monday that a harbour deal remains \u201call but impossible\u201d for now.\n\n"
        "The province wants to lease the docks to a shipping company from Brask.\n\n"
        "The town council has argued with the province over the harbour for two years.\n\n"
        "\u201cSigning papers with the provincial cabinet is useless,\u201d Marsh said, "
        "taking a harder line than in the winter.\n\n"
        "\u201cThe deal on the school roof was signed with a builder from Ostry in May,\u201d Marsh told parents.\n",
        "Tallby mayor Helen Marsh spoke about the harbour on Monday.\n\n"
        "The quarrel over the harbour has lasted two years, with the province hoping to lease the docks.\n\n"
        "Marsh repeated that the provincial cabinet lost its mandate, so signing papers with the cabinet "
        "is legally impossible.\n\n"
        "A shipping company from Brask has offered to run the docks.\n\n"
        "\u201cWe want an agreement with the province, of course. But right now it is impossible, "
        "legally impossible,\u201d she said.\n");
    long lead = group_of(b, "a.txt", "all but impossible"), full = group_of(b, "a.txt", "Signing papers");
    long other = group_of(b, "b.txt", "We want an agreement"), roof = group_of(b, "a.txt", "school roof");
    assert_true(lead >= 0 && full >= 0 && other >= 0 && roof >= 0);
    assert_int_equal(full, other);
    assert_int_equal(lead, other);
    assert_true(roof != other);
    np_brief_free(b);
}

/* Outlet B quotes two remarks in one run; outlet A prints them as two
 * quoted sentences, the second one short.  A short quoted sentence of its
 * own is not a partial quote of the first: A's two remarks stay two
 * statements although one quote of B holds both. */
static void test_short_quoted_sentence_is_its_own_statement(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh spoke to reporters in Tallby on Monday about the harbour dispute.\n\n"
        "\u201cThe harbour will stay in the hands of the fishermen of Tallby,\u201d Marsh said.\n\n"
        "The province wants to lease the docks to a shipping company from Brask.\n\n"
        "\u201cThe minister insults us,\u201d Marsh said.\n",
        "Tallby mayor Helen Marsh spoke about the harbour on Monday.\n\n"
        "\u201cThe harbour will stay in the hands of the Tallby fishermen. The minister insults us "
        "and the whole town,\u201d Marsh said.\n\n"
        "A shipping company from Brask has offered to run the docks.\n");
    long stay = group_of(b, "a.txt", "will stay in the hands"), insult = group_of(b, "a.txt", "minister insults");
    assert_true(stay >= 0 && insult >= 0);
    assert_true(stay != insult);
    np_brief_free(b);
}

/* Outlet B quotes three words of an answer inside its own sentence, which
 * says what the answer was about; outlet A quotes the whole answer in two
 * halves split by "Marsh said", in other words.  B's clause shares several
 * words with A's second half: one statement, and A's first half, which no
 * other outlet quotes and which speaks of the same thing, is more of the
 * same answer.  The mayor's remark on the school roof shares a topic word
 * with B's clause and stays apart. */
static void test_partial_quote_and_split_answer(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh spoke to parents in Tallby on Monday about rumours that the town would close a school.\n\n"
        "\u201cWe never meant to shut a school, but if parents want to hear it from me, fine, I will sign it,\u201d "
        "Marsh said. \u201cIf the rumours have scared families and they need to be told that we have no plans to "
        "shut the Tallby village school, we are ready to put that on record in any form.\u201d\n\n"
        "The province pays for the school buses until next year.\n\n"
        "\u201cThe roof of the village school will be repaired by a builder from Ostry in May,\u201d Marsh told parents.\n",
        "Tallby mayor Helen Marsh met parents on Monday.\n\n"
        "Marsh said the town was ready to \u201cset it down in ink\u201d that it has no plans to shut the "
        "village school, and called the rumours silly.\n\n"
        "The province pays for the school buses until next year.\n");
    long ink = group_of(b, "b.txt", "set it down in ink"), second = group_of(b, "a.txt", "If the rumours have scared");
    long first = group_of(b, "a.txt", "We never meant"), roof = group_of(b, "a.txt", "roof of the village school");
    assert_true(ink >= 0 && second >= 0 && first >= 0 && roof >= 0);
    assert_int_equal(ink, second);
    assert_int_equal(first, second);
    assert_true(roof != ink);
    np_brief_free(b);
}

/* A few words quoted that another outlet's quotation holds belong to that
 * statement, not to a third outlet's other statement of the speaker that
 * shares a word or two with them: the mayor's pledge to scrap the tolls
 * "outright" is not her word that the toll office "has served its time". */
static void test_fragment_belongs_where_it_is_held(void **state)
{
    (void)state;
    np_doc *docs[4] = {
        make_doc("a.txt", "Tallby Post",
                 "Mayor Helen Marsh spoke about the harbour tolls on Monday.\n\n"
                 "Marsh said the town \u201cwill team up with the other ports\u201d to scrap \u201cthe harbour toll "
                 "outright.\u201d\n\n"
                 "The tolls were set up in 1998 to pay for the breakwater.\n"),
        make_doc("b.txt", "Harbour News",
                 "Tallby mayor Helen Marsh spoke about the tolls on Monday.\n\n"
                 "Marsh said Tallby would \u201cteam up with the other ports to scrap the tolls outright.\u201d\n\n"
                 "The breakwater cost four million.\n"),
        make_doc("c.txt", "Coast Daily",
                 "The mayor of Tallby, Helen Marsh, spoke about the harbour tolls on Monday.\n\n"
                 "\u201cThe old harbour toll office has done what it was built for,\u201d Marsh said.\n\n"
                 "The breakwater was finished in 2001.\n"),
        make_doc("d.txt", "Bay Radio",
                 "Helen Marsh, the mayor, spoke on Monday.\n\n"
                 "\u201cThe harbour toll office has served its time,\u201d Marsh said in a statement.\n\n"
                 "Ships paid the toll for twenty years.\n")};
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 4, 5, &b, &err), NP_OK);
    for (int i = 0; i < 4; i++)
        np_doc_free(docs[i]);
    long piece = group_of(b, "a.txt", "the harbour toll outright"), pledge = group_of(b, "b.txt", "other ports");
    long built = group_of(b, "c.txt", "what it was built for"), work = group_of(b, "d.txt", "served its time");
    assert_true(piece >= 0 && pledge >= 0 && work >= 0 && built >= 0);
    assert_int_equal(piece, pledge);
    assert_int_equal(work, built);
    assert_true(piece != work);
    np_brief_free(b);
}

/* The second half of a split quote that speaks of something else (the
 * harbour, not the school) is not more of the answer the other outlet
 * quotes: it stays a statement of its own outlet. */
static void test_half_on_another_subject_stays_apart(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh spoke to parents in Tallby on Monday about rumours that the town would close a school.\n\n"
        "\u201cWe have no plans to shut the Tallby village school, and we are ready to put that on record,\u201d "
        "Marsh said. \u201cThe harbour lease to the shipping firm from Brask is a matter for the council in June.\u201d\n\n"
        "The province pays for the school buses until next year.\n",
        "Tallby mayor Helen Marsh met parents on Monday.\n\n"
        "Marsh said the town was ready to \u201cset it down in ink\u201d that it has no plans to shut the "
        "village school, and called the rumours silly.\n\n"
        "The province pays for the school buses until next year.\n");
    long ink = group_of(b, "b.txt", "set it down in ink"), school = group_of(b, "a.txt", "no plans to shut");
    long harbour = group_of(b, "a.txt", "harbour lease");
    assert_true(ink >= 0 && school >= 0 && harbour >= 0);
    assert_int_equal(ink, school);
    assert_true(harbour != ink);
    np_brief_free(b);
}

/* belong (be owned by) and property (belongings) are one derivation link apart. */
/* Two short statements of one speaker sharing one word ("like" as a
 * preposition and as a verb) in different surroundings stay apart, however
 * few words each has. */
static void test_one_shared_word_short_quotes(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh spoke to reporters in Tallby on Monday about the harbour dispute.\n\n"
        "The province wants to lease the docks to a shipping company from Brask.\n\n"
        "\u201cThey shall pay a price like no town has ever paid,\u201d Marsh said of the province.\n",
        "Tallby mayor Helen Marsh met the fishing minister of the province on Monday.\n\n"
        "The two shook hands warmly in front of the town hall before lunch.\n\n"
        "\u201cI like him a lot,\u201d Marsh said after the handshake.\n");
    long price = group_of(b, "a.txt", "pay a price"), like = group_of(b, "b.txt", "like him");
    assert_true(price >= 0 && like >= 0);
    assert_true(price != like);
    np_brief_free(b);
    /* the same surroundings and no shared word: two remarks at one event */
    b = brief_of_two("The fishing minister arrived at the Tallby harbour office on Monday morning.\n\n"
                     "\u201cWe will win the harbour case,\u201d Mayor Helen Marsh said at the harbour office.\n\n"
                     "The fishing minister left the Tallby harbour office after an hour.\n",
                     "The fishing minister arrived at the Tallby harbour office on Monday morning.\n\n"
                     "\u201cBring more coffee, please,\u201d Mayor Helen Marsh said at the harbour office.\n\n"
                     "The fishing minister left the Tallby harbour office after an hour.\n");
    long win = group_of(b, "a.txt", "will win"), coffee = group_of(b, "b.txt", "more coffee");
    assert_true(win >= 0 && coffee >= 0);
    assert_true(win != coffee);
    np_brief_free(b);
}

/* Every quote of a speaker sits beside that speaker's name: two remarks
 * sharing one word ("open") whose surroundings meet only on the name are
 * two statements. */
static void test_speaker_name_is_no_shared_setting(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Harbour Commissioner Lotta Brenning spoke at the quay in Tallby on Monday.\n\n"
        "Harbour Commissioner Lotta Brenning said: \u201cNo trawler may leave port until the channel is open again.\u201d\n\n"
        "Divers cleared part of the wreck from the channel overnight.\n",
        "Storms closed the northern channel for a third day.\n\n"
        "Harbour Commissioner Lotta Brenning, touring the fish market on Tuesday, praised the traders. "
        "\u201cEvery stall here stayed open through the storm,\u201d she said.\n\n"
        "Prices of cod rose by a fifth during the week.\n");
    long port = group_of(b, "a.txt", "may leave port"), stall = group_of(b, "b.txt", "Every stall");
    assert_true(port >= 0 && stall >= 0);
    assert_true(port != stall);
    np_brief_free(b);
}

/* An outlet printing a long statement word for word without naming who
 * spoke ("a council spokesperson said") prints the statement the other
 * outlet attributes: its wording joins that group.  A short unattributed
 * quote in the same words joins nothing: few words are said by many. */
static void test_unattributed_copy_joins_group(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh spoke to reporters in Tallby on Monday about the harbour dispute.\n\n"
        "\u201cThe ferry will run every hour from the first of June until the end of the summer,\u201d "
        "Marsh said.\n\n"
        "\u201cNo more delays at the pier,\u201d Marsh said.\n",
        "Tallby mayor Helen Marsh spoke about the harbour on Monday.\n\n"
        "A council spokesperson said: \u201cThe ferry will run every hour from the first of June until the end "
        "of the summer.\u201d\n\n"
        "Signs reading \u201cno more delays at the pier\u201d hung on the fence.\n");
    long a = group_of(b, "a.txt", "ferry will run"), x = group_of(b, "b.txt", "ferry will run");
    assert_true(a >= 0);
    assert_int_equal(a, x);
    assert_int_equal(b->quotes[a].n_docs, 2);
    assert_non_null(strstr(b->quotes[a].speaker, "Marsh"));
    long pier = group_of(b, "a.txt", "No more delays");
    assert_true(pier >= 0);
    assert_true(group_of(b, "b.txt", "no more delays") != pier);
    np_brief_free(b);
}

/* A speaker's one quoted word joins the statement another outlet quotes
 * at length around that word; a word two of the speaker's statements hold
 * joins neither. */
/* One outlet quotes two statements of a speaker in one quotation (the
 * treaty was a failure; a better one may be possible); two other outlets
 * quote one each.  The long quotation links to both, but that does not
 * make the two one statement.  When another outlet prints the two
 * sentences together too, they are one answer and one group. */
static void test_long_quotation_bridges_no_statements(void **state)
{
    (void)state;
    const char *both =
        "Governor Orrin Hale met the press in Lindau on Monday.\n\n"
        "\u201cThe harbour treaty is a failure and it should never have been signed. But we will see whether a "
        "better treaty with firm rules is possible,\u201d Hale said.\n\n"
        "The port of Lindau reopens next week.\n";
    const char *first =
        "Governor Orrin Hale spoke in Lindau on Monday.\n\n"
        "\u201cThe harbour treaty is a failure that should never have been signed,\u201d Hale told reporters.\n\n"
        "Fishermen in Lindau welcomed the reopening of the port.\n";
    const char *second =
        "Orrin Hale, the governor, spoke to reporters on Monday.\n\n"
        "\u201cWe will see whether a better treaty with firm rules is possible,\u201d Hale said.\n\n"
        "The town council meets on Friday.\n";
    np_brief *b = np_test_brief3("2025-05-12", both, first, second);
    long failure = group_of(b, "b.txt", "is a failure"), better = group_of(b, "c.txt", "better treaty");
    assert_true(failure >= 0 && better >= 0);
    assert_true(failure != better);
    assert_true(group_of(b, "a.txt", "better treaty") == better || group_of(b, "a.txt", "is a failure") == failure);
    np_brief_free(b);
    const char *both_too =
        "Governor Orrin Hale spoke in Lindau on Monday.\n\n"
        "\u201cThe harbour treaty is a failure that should never have been signed. But we will see whether a "
        "better treaty with firm rules is possible,\u201d Hale told reporters.\n\n"
        "Fishermen in Lindau welcomed the reopening of the port.\n";
    b = np_test_brief3("2025-05-12", both, both_too, second);
    long a = group_of(b, "a.txt", "better treaty");
    assert_true(a >= 0);
    assert_int_equal(group_of(b, "b.txt", "better treaty"), a);
    assert_int_equal(group_of(b, "c.txt", "better treaty"), a);
    np_brief_free(b);
}

/* Two bodies whose names end in one word are two speakers: the Harbour
 * Committee's words are not the Budget Committee's, however alike. */
static void test_bodies_of_one_last_word(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "The port plan of Tallby was published on Monday.\n\n"
        "\u201cThe plan leaves the fishermen without a quay for two summers,\u201d the Harbour Committee said.\n",
        "Tallby published its port plan on Monday.\n\n"
        "\u201cThe plan leaves the town without money for two summers,\u201d the Budget Committee said.\n");
    long harbour = group_of(b, "a.txt", "without a quay"), budget = group_of(b, "b.txt", "without money");
    assert_true(harbour >= 0 && budget >= 0);
    assert_true(harbour != budget);
    np_brief_free(b);
    /* two governments no entity names: their whole names tell them apart */
    b = brief_of_two("The port plan of Tallby was published on Monday.\n\n"
                     "\u201cThe plan leaves the fishermen without a quay for two summers,\u201d the French "
                     "government said.\n",
                     "Tallby published its port plan on Monday.\n\n"
                     "\u201cThe plan leaves the fishermen without a quay for two summers,\u201d the Danish "
                     "government said.\n");
    long french = group_of(b, "a.txt", "without a quay"), danish = group_of(b, "b.txt", "without a quay");
    assert_true(french >= 0 && danish >= 0);
    assert_true(french != danish);
    np_brief_free(b);
}

/* One statement of one institution that one outlet names in full and the
 * other shortened ("the Tallby Harbour Board" / "the Harbour Board") is
 * one quote group, shown under the longer name; the same words given to
 * two bodies whose names only share words ("the Norlandic Defence
 * Ministry" / "the Norlandic Foreign Ministry") stay two groups: that
 * outlets attribute it differently is for the reader to see. */
static void test_one_body_named_two_ways(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "The port of Tallby closed its north quay on Monday.\n\n"
        "\u201cNo ship may moor at the north quay until divers have inspected every pillar under it,\u201d the "
        "Tallby Harbour Board said in a statement.\n",
        "Tallby's north quay was closed on Monday.\n\n"
        "\u201cNo ship may moor at the north quay until divers have inspected every pillar under it,\u201d the "
        "Harbour Board said.\n");
    long full = group_of(b, "a.txt", "every pillar"), shortened = group_of(b, "b.txt", "every pillar");
    assert_true(full >= 0 && shortened >= 0);
    assert_int_equal(full, shortened);
    assert_int_equal(b->quotes[full].n_docs, 2);
    assert_string_equal(b->quotes[full].speaker, "Tallby Harbour Board");
    np_brief_free(b);
    b = brief_of_two("The port of Tallby closed its north quay on Monday.\n\n"
                     "\u201cNo ship may moor at the north quay until divers have inspected every pillar under "
                     "it,\u201d the Norlandic Defence Ministry said in a statement.\n",
                     "Tallby's north quay was closed on Monday.\n\n"
                     "\u201cNo ship may moor at the north quay until divers have inspected every pillar under "
                     "it,\u201d the Norlandic Foreign Ministry said.\n");
    long defence = group_of(b, "a.txt", "every pillar"), foreign = group_of(b, "b.txt", "every pillar");
    assert_true(defence >= 0 && foreign >= 0);
    assert_true(defence != foreign);
    np_brief_free(b);
}

/* Two passages of one memo, each quoted by one outlet with the name the
 * outlet put in brackets to say who "him" is, are two statements: the
 * inserted name is no subject the two share. */
static void test_bracketed_names_make_no_statement(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh kept notes of her talks with harbour master Olek Lind, released on Monday.\n\n"
        "In one note, Marsh wrote: \u201cI reminded [Lind] that the harbour accounts had never been checked by "
        "us.\u201d\n",
        "Notes kept by Tallby mayor Helen Marsh on harbour master Olek Lind were released on Monday.\n\n"
        "Marsh had asked Lind about the harbour accounts, which nobody had checked. "
        "\u201cI am unsure what to make of it, yet (Lind) clearly saw that I had pushed back,\u201d Marsh "
        "wrote.\n");
    long a = group_of(b, "a.txt", "I reminded"), c = group_of(b, "b.txt", "what to make of it");
    assert_true(a >= 0 && c >= 0);
    assert_true(a != c);
    np_brief_free(b);
}

static void test_one_word_joins_statement(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh spoke to reporters in Tallby on Monday about the harbour dispute.\n\n"
        "\u201cThe new bridge tax is unfair to fishermen and it will be scrapped next year,\u201d Marsh said.\n\n"
        "\u201cThe ferry timetable is a scandal and the province must fix it,\u201d Marsh said.\n\n"
        "\u201cThe lease of the docks is a scandal too,\u201d Marsh added.\n",
        "Tallby mayor Helen Marsh spoke about the harbour on Monday.\n\n"
        "Marsh called the bridge tax \u201cunfair\u201d and promised to scrap it.\n\n"
        "She also called the ferry service a \u201cscandal\u201d before leaving.\n");
    long tax = group_of(b, "a.txt", "bridge tax is unfair");
    assert_true(tax >= 0);
    assert_int_equal(group_of(b, "b.txt", "unfair"), tax);
    assert_int_equal(b->quotes[tax].n_docs, 2);
    long ferry = group_of(b, "a.txt", "ferry timetable"), docks = group_of(b, "a.txt", "lease of the docks");
    long scandal = group_of(b, "b.txt", "scandal");
    assert_true(scandal != ferry && scandal != docks);
    /* and no quotation of the section is one word alone */
    for (size_t g = 0; g < b->n_quotes; g++)
        assert_false(b->quotes[g].n_variants == 1 && !strchr(b->quotes[g].variants[0].text, ' '));
    np_brief_free(b);
}

/* An outlet that prints as one quotation, without naming who spoke, a
 * passage another outlet quotes in parts ("...," Marsh said. "..." /
 * "...," she added, "...") prints one statement: the parts' groups become
 * one group with both outlets, so the quote section credits the outlet
 * the facts credit with those words. */
static void test_speakerless_passage_joins_parts(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh spoke to reporters in Tallby on Monday about the harbour dispute.\n\n"
        "\u201cThe province has ignored every letter our council sent since the spring,\u201d Marsh said. "
        "\u201cWe asked for a meeting in March and again in May, and nobody answered us.\u201d\n\n"
        "\u201cI will not sign any lease before the fishermen have been heard,\u201d she added, "
        "\u201cand the whole council agrees with me on that point.\u201d\n\n"
        "The port of Tallby reopens next week.\n",
        "Tallby mayor Helen Marsh spoke about the harbour on Monday.\n\n"
        "A council spokesperson said: \u201cThe province has ignored every letter our council sent since the "
        "spring. We asked for a meeting in March and again in May, and nobody answered us. I will not sign any "
        "lease before the fishermen have been heard, and the whole council agrees with me on that point.\u201d\n\n"
        "Fishermen gathered at the pier in the afternoon.\n");
    long letters = group_of(b, "a.txt", "ignored every letter"), lease = group_of(b, "a.txt", "will not sign");
    long whole = group_of(b, "b.txt", "ignored every letter");
    assert_true(letters >= 0 && lease >= 0);
    assert_int_equal(whole, letters);
    assert_int_equal(whole, lease);
    assert_int_equal(b->quotes[whole].n_docs, 2);
    assert_non_null(strstr(b->quotes[whole].speaker, "Marsh"));
    np_brief_free(b);
}

/* One outlet splits a statement with its attribution ("...," Marsh
 * wrote. "..."), another prints only its first half and a third prints it
 * whole: the whole wording is nearer the long second half, the first-half
 * outlet goes with the first half, and without more the statement would
 * be two groups of two outlets.  The third outlet's wording holds both
 * halves, so they are one passage: one group of three outlets. */
static void test_split_halves_one_passage(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3(
        "2025-05-12",
        "Mayor Helen Marsh wrote to the harbour board on Monday.\n\n"
        "\u201cThe lease is void,\u201d Marsh wrote. \u201cThe province ignored every letter our council sent "
        "since the spring, and the fishermen of Tallby were never heard before the vote on the new quay.\u201d\n\n"
        "The port of Tallby reopens next week.\n",
        "Tallby mayor Helen Marsh sent a letter to the board on Monday.\n\n"
        "Marsh wrote that \u201cthe lease is void.\u201d\n\n"
        "The board meets again on Friday.\n",
        "Mayor Helen Marsh of Tallby wrote to the harbour board.\n\n"
        "\u201cThe lease is void. The province ignored every letter our council sent since the spring, and the "
        "fishermen of Tallby were never heard before the vote on the new quay,\u201d Marsh wrote.\n\n"
        "Fishermen gathered at the pier in the afternoon.\n");
    long first = group_of(b, "a.txt", "lease is void"), second = group_of(b, "a.txt", "ignored every letter");
    long only_first = group_of(b, "b.txt", "lease is void"), whole = group_of(b, "c.txt", "ignored every letter");
    assert_true(first >= 0 && second >= 0 && only_first >= 0 && whole >= 0);
    assert_int_equal(first, second);
    assert_int_equal(only_first, first);
    assert_int_equal(whole, first);
    assert_int_equal(b->quotes[first].n_docs, 3);
    np_brief_free(b);
    /* the third outlet itself prints the passage as a quotation and, in a
     * paragraph of its own, the rest: its two wordings are its own halves */
    b = np_test_brief3(
        "2025-05-12",
        "Mayor Helen Marsh wrote to the harbour board on Monday.\n\n"
        "\u201cThe lease is void,\u201d Marsh wrote. \u201cThe province ignored every letter our council sent "
        "since the spring, and the fishermen of Tallby will take the board to court over the new quay.\u201d\n\n"
        "The port of Tallby reopens next week.\n",
        "Tallby mayor Helen Marsh sent a letter to the board on Monday.\n\n"
        "Marsh wrote that \u201cthe lease is void.\u201d\n\n"
        "The board meets again on Friday.\n",
        "Mayor Helen Marsh of Tallby wrote to the harbour board.\n\n"
        "\u201cThe lease is void. The province ignored every letter our council sent since the spring,\u201d "
        "Marsh wrote.\n\n"
        "\u201cThe fishermen of Tallby will take the board to court over the new quay.\u201d\n\n"
        "Fishermen gathered at the pier in the afternoon.\n");
    first = group_of(b, "a.txt", "lease is void");
    assert_true(first >= 0);
    assert_int_equal(group_of(b, "a.txt", "take the board to court"), first);
    assert_int_equal(group_of(b, "c.txt", "ignored every letter"), first);
    assert_int_equal(group_of(b, "c.txt", "take the board to court"), first);
    np_brief_free(b);
}

/* Two statements that two outlets each quote on their own stay two
 * statements when a third prints both in one unattributed quotation: no
 * one outlet quoted them as one passage. */
static void test_speakerless_quotation_joins_no_statements(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3(
        "2025-05-12",
        "Governor Orrin Hale met the press in Lindau on Monday.\n\n"
        "\u201cThe harbour treaty is a failure that should never have been signed,\u201d Hale said.\n\n"
        "The port of Lindau reopens next week.\n",
        "Orrin Hale, the governor, spoke to reporters on Monday.\n\n"
        "\u201cWe will see whether a better treaty with firm rules is possible,\u201d Hale said.\n\n"
        "The town council meets on Friday.\n",
        "Governor Orrin Hale spoke in Lindau on Monday.\n\n"
        "A spokesman said: \u201cThe harbour treaty is a failure that should never have been signed. We will see "
        "whether a better treaty with firm rules is possible.\u201d\n\n"
        "Fishermen in Lindau welcomed the reopening of the port.\n");
    long failure = group_of(b, "a.txt", "is a failure"), better = group_of(b, "b.txt", "better treaty");
    assert_true(failure >= 0 && better >= 0);
    assert_true(failure != better);
    np_brief_free(b);
}

/* An outlet that quotes the last words of a statement ("set out in due
 * course") and, further down, the whole statement without naming who
 * spoke: the whole one joins the group of the statement's first part, not
 * the group its own fragment is already in. */
static void test_speakerless_whole_after_own_fragment(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh spoke to reporters in Tallby on Monday about the harbour dispute.\n\n"
        "\u201cThe ferry will run every hour from the first of June until the end of the summer,\u201d Marsh "
        "said. \u201cMore details will be given in due course.\u201d\n\n"
        "The port of Tallby reopens next week.\n",
        "Tallby mayor Helen Marsh spoke about the harbour on Monday.\n\n"
        "Marsh confirmed the new timetable and said more details would be \u201cgiven in due course\u201d.\n\n"
        "A council spokesperson said: \u201cThe ferry will run every hour from the first of June until the end "
        "of the summer. More details will be given in due course.\u201d\n\n"
        "Fishermen gathered at the pier in the afternoon.\n");
    long ferry = group_of(b, "a.txt", "ferry will run");
    assert_true(ferry >= 0);
    assert_int_equal(group_of(b, "b.txt", "ferry will run"), ferry);
    assert_int_equal(b->quotes[ferry].n_docs, 2);
    np_brief_free(b);
}

/* Two statements of one speaker whose own words do not meet (quote
 * cosine under 0.1) and whose surroundings do not either are no group,
 * even when a word or two of them are one WordNet link apart ("hoped" /
 * "eager", "find"). */
static void test_meanings_alone_make_no_group(void **state)
{
    (void)state;
    np_brief *b = brief_of_two(
        "Mayor Helen Marsh spoke to reporters in Tallby on Monday about the harbour dispute.\n\n"
        "Marsh said at the end of the meeting that she \u201choped she could find a way to show that the docks "
        "belong to the village and not to any shipping company from abroad.\u201d\n\n"
        "The port of Tallby reopens next week.\n",
        "Tallby mayor Helen Marsh spoke about the harbour on Monday.\n\n"
        "Her diary of last winter, published by a local printer, describes a quarrel over stolen council papers.\n\n"
        "\u201cI told them I was keen to find the culprit who took council property and would like to get him pinned "
        "to the door as a warning,\u201d Marsh wrote in it.\n\n"
        "Three clerks were questioned by the police in January.\n");
    long docks = group_of(b, "a.txt", "find a way"), culprit = group_of(b, "b.txt", "find the culprit");
    assert_true(docks >= 0 && culprit >= 0);
    assert_true(docks != culprit);
    np_brief_free(b);
}

static void test_wn_links(void **state)
{
    (void)state;
    if (!have_wordnet())
        skip();
    np_wn_senses *wn = np_wn_senses_load(WN_DIR);
    assert_non_null(wn);
    uint64_t belong[NP_WN_MAX_KEYS], prop[NP_WN_MAX_KEYS], links[64];
    size_t nb = np_wn_senses_get(wn, "belong", 6, belong, NP_WN_MAX_KEYS);
    size_t np = np_wn_senses_get(wn, "property", 8, prop, NP_WN_MAX_KEYS);
    assert_true(nb > 0 && np > 0);
    void *files[4];
    np_wn_data_open(wn, files);
    int met = 0;
    for (size_t i = 0; i < nb; i++) {
        size_t nl = np_wn_links(files, belong[i], links, 64);
        for (size_t k = 0; k < nl; k++)
            for (size_t j = 0; j < np; j++)
                met |= links[k] == prop[j];
    }
    /* a key that is no synset line reads as no links */
    assert_int_equal(np_wn_links(files, ((uint64_t)'n' << 40) | 1, links, 64), 0);
    assert_int_equal(np_wn_links(files, ((uint64_t)'x' << 40) | 1, links, 64), 0);
    np_wn_data_close(files);
    np_wn_data_close(files); /* closing twice is harmless */
    np_wn_senses_free(wn);
    assert_true(met);
}

/* A made-up WordNet: links are read from the line at the key's offset;
 * a stale offset, a truncated pointer list, a line longer than the reader's
 * buffer or a missing data file read as no links, never out of bounds. */
static void test_wn_links_hostile(void **state)
{
    (void)state;
    char *dir = np_test_tmpdir();
    assert_non_null(dir);
    char path[1200], data[40000];
    const char *l0 = "00000000 03 n 01 quay 0 002 @ 00000777 n 0000 + 00000123 v 0000 | a landing place\n";
    size_t o1 = strlen(l0);
    int n = snprintf(data, sizeof data, "%s%08zu 03 n 01 pier 0 999 @ 00000777 n 0000 + 0000 | truncated pointer list\n", l0, o1);
    assert_true(n > 0 && (size_t)n < sizeof data);
    size_t o2 = (size_t)n, len = (size_t)n;
    len += (size_t)snprintf(data + len, sizeof data - len, "%08zu 03 n ff wharf 0 ", o2);
    while (len < 30000)
        data[len++] = 'x'; /* one overlong line */
    data[len++] = '\n';
    snprintf(path, sizeof path, "%s/data.noun", dir);
    assert_int_equal(np_test_write_file(path, data, len), 0);
    const char *idx = "quay n 1 0 1 0 00000000  \n";
    snprintf(path, sizeof path, "%s/index.noun", dir);
    assert_int_equal(np_test_write_file(path, idx, strlen(idx)), 0);

    np_wn_senses *wn = np_wn_senses_load(dir);
    assert_non_null(wn);
    uint64_t keys[NP_WN_MAX_KEYS], links[8];
    assert_int_equal(np_wn_senses_get(wn, "quay", 4, keys, NP_WN_MAX_KEYS), 1);
    void *files[4];
    np_wn_data_open(wn, files);
    assert_null(files[1]); /* no data.verb */
    assert_int_equal(np_wn_links(files, keys[0], links, 8), 2);
    assert_true(links[0] == (((uint64_t)'n' << 40) | 777));
    assert_true(links[1] == (((uint64_t)'v' << 40) | 123));
    assert_int_equal(np_wn_links(files, keys[0], links, 1), 1); /* bounded by max */
    assert_int_equal(np_wn_links(files, ((uint64_t)'n' << 40) | o1, links, 8), 1);
    assert_int_equal(np_wn_links(files, ((uint64_t)'n' << 40) | o2, links, 8), 0);
    assert_int_equal(np_wn_links(files, ((uint64_t)'n' << 40) | 5, links, 8), 0);      /* mid-line */
    assert_int_equal(np_wn_links(files, ((uint64_t)'n' << 40) | 999999, links, 8), 0); /* past the end */
    assert_int_equal(np_wn_links(files, ((uint64_t)'v' << 40) | 0, links, 8), 0);      /* absent file */
    np_wn_data_close(files);
    np_wn_senses_free(wn);
    np_wn_data_open(NULL, files);
    assert_int_equal(np_wn_links(files, keys[0], links, 8), 0);
    np_wn_data_close(files);
    snprintf(path, sizeof path, "%s/data.noun", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/index.noun", dir);
    unlink(path);
    rmdir(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_topic_word_is_not_one_statement),
        cmocka_unit_test(test_wordnet_links_translations),
        cmocka_unit_test(test_subject_person),
        cmocka_unit_test(test_namesake_misattribution),
        cmocka_unit_test(test_other_speakers_words_stay_apart),
        cmocka_unit_test(test_namesake_aligned),
        cmocka_unit_test(test_translated_answer_with_partial_quote),
        cmocka_unit_test(test_short_quoted_sentence_is_its_own_statement),
        cmocka_unit_test(test_partial_quote_and_split_answer),
        cmocka_unit_test(test_half_on_another_subject_stays_apart),
        cmocka_unit_test(test_fragment_belongs_where_it_is_held),
        cmocka_unit_test(test_one_shared_word_short_quotes),
        cmocka_unit_test(test_speaker_name_is_no_shared_setting),
        cmocka_unit_test(test_unattributed_copy_joins_group),
        cmocka_unit_test(test_one_word_joins_statement),
        cmocka_unit_test(test_speakerless_passage_joins_parts),
        cmocka_unit_test(test_speakerless_quotation_joins_no_statements),
        cmocka_unit_test(test_speakerless_whole_after_own_fragment),
        cmocka_unit_test(test_meanings_alone_make_no_group),
        cmocka_unit_test(test_long_quotation_bridges_no_statements),
        cmocka_unit_test(test_bodies_of_one_last_word),
        cmocka_unit_test(test_one_body_named_two_ways),
        cmocka_unit_test(test_bracketed_names_make_no_statement),
        cmocka_unit_test(test_split_halves_one_passage),
        cmocka_unit_test(test_wn_links),
        cmocka_unit_test(test_wn_links_hostile),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
