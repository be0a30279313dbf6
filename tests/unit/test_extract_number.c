/* Unit tests for extract/number: values, units, flags.  Invented sentences. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/arena.h"
#include "extract/number.h"

typedef struct want {
    const char *text;
    double value;
    const char *unit;
    const char *currency;
    unsigned flags_set;
} want;

static void expect(const char *text, const want *w, size_t nw)
{
    np_arena a;
    np_arena_init(&a, 0);
    np_number_mention *m;
    size_t n;
    assert_int_equal(np_numbers_find(text, strlen(text), &a, &m, &n), NP_OK);
    for (size_t k = 0; k < nw; k++) {
        int found = 0;
        for (size_t i = 0; i < n && !found; i++) {
            if (m[i].end - m[i].start != strlen(w[k].text) ||
                memcmp(text + m[i].start, w[k].text, strlen(w[k].text)) != 0)
                continue;
            found = 1;
            if (fabs(m[i].value - w[k].value) > 1e-9 * fabs(w[k].value) + 1e-9)
                fail_msg("%s: value %g want %g", w[k].text, m[i].value, w[k].value);
            if (w[k].unit)
                assert_string_equal(m[i].unit ? m[i].unit : "(null)", w[k].unit);
            else
                assert_null(m[i].unit);
            assert_string_equal(m[i].currency, w[k].currency ? w[k].currency : "");
            assert_int_equal(m[i].flags & w[k].flags_set, w[k].flags_set);
        }
        if (!found) {
            for (size_t i = 0; i < n; i++)
                print_message("got '%.*s' %g\n", (int)(m[i].end - m[i].start), text + m[i].start, m[i].value);
            fail_msg("number '%s' not found", w[k].text);
        }
    }
    np_arena_free(&a);
}

/* The numbers np_numbers_find() reads in text, in arena a (*n of them). */
static np_number_mention *numbers_in(np_arena *a, const char *text, size_t *n)
{
    np_number_mention *m;
    assert_int_equal(np_numbers_find(text, strlen(text), a, &m, n), NP_OK);
    return m;
}

/* How many numbers np_numbers_find() reads in text. */
static size_t count_numbers(const char *text)
{
    np_arena a;
    np_arena_init(&a, 0);
    np_number_mention *m;
    size_t n;
    assert_int_equal(np_numbers_find(text, strlen(text), &a, &m, &n), NP_OK);
    np_arena_free(&a);
    return n;
}

/* The tallies np_numbers_find() reads in text: "x-y" per tally, in order. */
static void expect_tallies(const char *text, const char *expected)
{
    np_arena a;
    np_arena_init(&a, 0);
    size_t n;
    np_number_mention *m = numbers_in(&a, text, &n);
    char got[256] = "";
    for (size_t i = 0; i < n; i++) {
        if (!(m[i].flags & NP_NUM_TALLY)) {
            fail_msg("'%.*s' in \"%s\" is no tally", (int)(m[i].end - m[i].start), text + m[i].start, text);
        }
        size_t l = strlen(got);
        snprintf(got + l, sizeof got - l, "%s%g-%g %s", l ? ", " : "", m[i].value, m[i].against, m[i].unit);
    }
    assert_string_equal(got, expected);
    np_arena_free(&a);
}

/* How many tallies np_numbers_find() reads in text. */
static size_t count_tallies(const char *text)
{
    np_arena a;
    np_arena_init(&a, 0);
    size_t n, t = 0;
    np_number_mention *m = numbers_in(&a, text, &n);
    for (size_t i = 0; i < n; i++)
        t += (m[i].flags & NP_NUM_TALLY) != 0;
    np_arena_free(&a);
    return t;
}

/* Scores, results and votes are tallies, one mention of two counts, not
 * two quantities; set scores in a row and ranges are none. */
static void scores_are_tallies(void **state)
{
    (void)state;
    expect_tallies("The Harlow Hawks lost 24-17 on Sunday.", "24-17 score");
    expect_tallies("They fell to a 4-7 record after a 2-1 win and a 3–0 defeat.", "4-7 score, 2-1 score, 3-0 score");
    expect_tallies("Harlow beat Dorn 3-1 and won the final 2-0.", "3-1 score, 2-0 score");
    expect_tallies("The court upheld the levy in a 5-4 decision.", "5-4 vote");
    expect_tallies("The council voted 6-3 on Monday.", "6-3 vote");
    expect_tallies("The board, voting 6-3, kept the rate.", "6-3 vote");
    assert_int_equal(count_tallies("Opinion on the plan is split 60-40, a poll found."), 0);
    expect_tallies("The assembly approved the plan by 9-4.", "9-4 vote");
    expect_tallies("The resolution passed 13-0-2 after a night of talks.", "13-0 vote");
    expect_tallies("The committee backed the text 11-2-2 in October.", "11-2 vote");
    expect_tallies("The Senate approved the bill by 52 votes to 48.", "52-48 vote");
    expect_tallies("The court ruled by seven votes to two.", "7-2 vote");
    expect_tallies("Lindqvist won the final 6-4, 7-6 (5) in Dorn.", "");
    /* ranges after a verb of voting count something */
    assert_int_equal(count_tallies("The board voted 3-4 times and approved 10-12 new homes."), 0);
    assert_int_equal(count_tallies("The motion received 20-30 votes; lightning struck 2-3 times; a 60-40 split."), 0);
    expect_tallies("Lindqvist took the match 6-3 6-4.", "");
    expect_tallies("Harlow won the series opener 4-1 and went 10-2 last season.", "4-1 score, 10-2 score");
    expect_tallies("They went 10-2, fell to 4-7, were 2-0 down and lost a 3-2 overtime game.",
                   "10-2 score, 4-7 score, 2-0 score, 3-2 score");
    /* a season's years, a rank by its number: no quantities either */
    assert_int_equal(count_numbers("In the 2030-31 season the club won the cup."), 0);
    /* after the same verbs a range of a unit stays */
    const want range[] = {{"4 degrees", 4, "degree", NULL, 0}, {"3 percent", 3, NULL, NULL, NP_NUM_PERCENT}};
    expect("Temperatures fell to 3-4 degrees and growth improved to 2-3 percent.", range, 2);
    const want more[] = {{"5%", 5, NULL, NULL, NP_NUM_PERCENT}, {"3 years", 3, "year", NULL, 0}};
    expect("Growth improved to 4-5%, and Harlow won the final 2-3 years ago.", more, 2);
    const want rank[] = {{"3", 3, NULL, NULL, NP_NUM_ORDINAL}};
    expect("The club was seeded No. 3.", rank, 1);
    /* the determiner "no" makes no rank */
    np_arena a;
    np_arena_init(&a, 0);
    np_number_mention *m;
    size_t n;
    const char *no = "There were no 3 cars in the lot.";
    assert_int_equal(np_numbers_find(no, strlen(no), &a, &m, &n), NP_OK);
    assert_int_equal(n, 1);
    assert_false(m[0].flags & NP_NUM_ORDINAL);
    np_arena_free(&a);
    const want w[] = {{"50 homes", 50, "home", NULL, 0}, {"52-48", 52, "vote", NULL, NP_NUM_TALLY},
                      {"11", 11, NULL, NULL, 0}};
    expect("Between 40-50 homes were hit; the council voted 52-48 to help; pupils aged 5-11 stayed home.", w,
           sizeof w / sizeof w[0]);
}

/* Dollars of other countries keep their own code; "pc" in lower case is
 * British for percent. */
static void other_dollars_and_pc(void **state)
{
    (void)state;
    const want w[] = {{"A$40 million", 40e6, NULL, "AUD", NP_NUM_MONEY},
                      {"HK$3 billion", 3e9, NULL, "HKD", NP_NUM_MONEY},
                      {"AU$9", 9, NULL, "AUD", NP_NUM_MONEY},
                      {"US$5", 5, NULL, "USD", NP_NUM_MONEY},
                      {"$7", 7, NULL, "USD", NP_NUM_MONEY},
                      {"25 pc", 25, NULL, NULL, NP_NUM_PERCENT},
                      {"CHF 12 million", 12e6, NULL, "CHF", NP_NUM_MONEY}};
    expect("The A$40 million deal, a HK$3 billion loan, AU$9, US$5 and $7 fees; inflation hit 25 pc; a CHF 12 "
           "million fine.",
           w,
           sizeof w / sizeof w[0]);
}

static void percents_and_money(void **state)
{
    (void)state;
    const char *t = "Turnout fell to 19% while support rose 19 percent and costs 7.5 per cent. "
                    "The port needs $2.4 billion, the dam €300 million and the road 40 million euros; "
                    "a fine of £12,500 was paid.";
    const want w[] = {
        {"19%", 19, NULL, NULL, NP_NUM_PERCENT},
        {"19 percent", 19, NULL, NULL, NP_NUM_PERCENT},
        {"7.5 per cent", 7.5, NULL, NULL, NP_NUM_PERCENT},
        {"$2.4 billion", 2.4e9, NULL, "USD", NP_NUM_MONEY},
        {"€300 million", 3e8, NULL, "EUR", NP_NUM_MONEY},
        {"40 million euros", 4e7, NULL, "EUR", NP_NUM_MONEY},
        {"£12,500", 12500, NULL, "GBP", NP_NUM_MONEY},
    };
    expect(t, w, sizeof w / sizeof *w);
}

static void units_and_words(void **state)
{
    (void)state;
    const char *t = "The reserve covers 115,600 square kilometres and 28 points were agreed in a "
                    "28-point memo by the 600,000-member union. Eight men and twenty-two women "
                    "left; one-fifth of the land and two-thirds of the water were lost. "
                    "About 2.5 million people fled as the war entered its fourth year, and "
                    "hundreds of thousands of residents waited. The strike idled 400,000 state employees "
                    "and 12 cities including the capital.";
    const want w[] = {
        {"115,600 square kilometres", 115600, "square kilometre", NULL, 0},
        {"28 points", 28, "point", NULL, 0},
        {"28-point", 28, "point", NULL, 0},
        {"600,000-member", 600000, "member", NULL, 0},
        {"Eight men", 8, "men", NULL, NP_NUM_WORD},
        {"twenty-two women", 22, "women", NULL, NP_NUM_WORD},
        {"one-fifth", 0.2, NULL, NULL, NP_NUM_FRACTION},
        {"two-thirds", 2.0 / 3.0, NULL, NULL, NP_NUM_FRACTION},
        {"2.5 million people", 2.5e6, "people", NULL, NP_NUM_APPROX},
        {"fourth year", 4, "year", NULL, NP_NUM_ORDINAL},
        {"hundreds of thousands of residents", 1e5, "resident", NULL, NP_NUM_APPROX},
        {"400,000 state employees", 4e5, "employee", NULL, 0},
        {"12 cities", 12, "city", NULL, 0},
    };
    expect(t, w, sizeof w / sizeof *w);
}

/* "N times" counts occasions ("met six times", "20 times", "seven times the
 * previous winter"), unless it is a ratio: a comparative, "as" and an
 * adjective, what it multiplies ("the water", "earnings") after it, or a
 * verb of growth before it ("rose by three times"). */
static void times_counted_or_a_ratio(void **state)
{
    (void)state;
    const char *t = "The two mayors have met six times and talked by phone 20 times this year. The quay "
                    "flooded seven times the previous winter and four times as the storms came.";
    const want w[] = {{"six times", 6, "time", NULL, NP_NUM_WORD},
                      {"20 times", 20, "time", NULL, 0},
                      {"seven times", 7, "time", NULL, NP_NUM_WORD},
                      {"four times", 4, "time", NULL, NP_NUM_WORD}};
    expect(t, w, sizeof w / sizeof *w);
    /* function words and nouns that start like verbs of growth are no ratio's */
    const char *u = "They met six times after the vote and 9 times over the summer. She had surgery "
                    "three times last year. The pier flooded 4 times under the old owners.";
    const want wu[] = {{"six times", 6, "time", NULL, NP_NUM_WORD},
                       {"three times", 3, "time", NULL, NP_NUM_WORD},
                       {"9 times", 9, "time", NULL, 0},
                       {"4 times", 4, "time", NULL, 0}};
    expect(u, wu, sizeof wu / sizeof *wu);
    const char *r = "The reservoir is three times larger than the old one and holds 4 times the water. "
                    "Fees rose by three times, the shares trade at 40 times earnings, and the new quay "
                    "is five times as long as the old one.";
    np_arena a;
    np_arena_init(&a, 0);
    np_number_mention *m;
    size_t n;
    assert_int_equal(np_numbers_find(r, strlen(r), &a, &m, &n), NP_OK);
    for (size_t i = 0; i < n; i++)
        assert_true(!m[i].unit || strcmp(m[i].unit, "time") != 0);
    np_arena_free(&a);
}

/* A fraction spelt apart is one only before "of": "three quarters in a
 * row" counts periods of a year. */
static void fractions_spelt_apart(void **state)
{
    (void)state;
    const char *t = "Three quarters of the ferry crews and one third of the dock workers voted to strike, "
                    "after profits fell for three quarters in a row.";
    const want w[] = {
        {"Three quarters", 0.75, NULL, NULL, NP_NUM_FRACTION},
        {"one third", 1.0 / 3.0, NULL, NULL, NP_NUM_FRACTION},
        {"three quarters", 3, "quarter", NULL, NP_NUM_WORD},
    };
    expect(t, w, sizeof w / sizeof *w);
}

/* "dozen" and "hundred" scale the number word before them. */
static void dozen_and_hundred(void **state)
{
    (void)state;
    const char *t = "The inspectors sent four dozen questions to the port, and three hundred workers "
                    "signed the reply along with 2 dozen pilots.";
    const want w[] = {
        {"four dozen questions", 48, "question", NULL, NP_NUM_WORD},
        {"three hundred workers", 300, "worker", NULL, NP_NUM_WORD},
        {"2 dozen pilots", 24, "pilot", NULL, 0},
    };
    expect(t, w, sizeof w / sizeof *w);
}

/* Figures written with an article ("a dozen", "half a dozen") and people
 * counted by nationality ("13 Varnians" is not a name): the counted noun is
 * the unit, a nationality before it a modifier. */
static void articles_and_nationalities(void **state)
{
    (void)state;
    const char *t = "The court charged a dozen Russians, half a dozen French sailors and 14 German nationals, "
                    "and two British diplomats watched a hundred workers leave.";
    const want w[] = {
        {"a dozen Russians", 12, "russian", NULL, NP_NUM_WORD},
        {"half a dozen French sailors", 6, "sailor", NULL, NP_NUM_WORD},
        {"14 German nationals", 14, "national", NULL, 0},
        {"two British diplomats", 2, "diplomat", NULL, NP_NUM_WORD},
        {"a hundred workers", 100, "worker", NULL, NP_NUM_WORD},
    };
    expect(t, w, sizeof w / sizeof *w);
}

/* An abbreviation before the counted noun is a modifier, as a nationality
 * is ("400 U.N. peacekeepers", "two NATO frigates"); a part taken from a
 * whole counts the whole's noun ("about 90 of the union's members", "six
 * of its ferries"), unless a figure counts the whole ("two of the five
 * pumps": the whole is a figure of its own); plurals in "-es" after a
 * sibilant drop both letters ("branches", "ferries" aside), the "-che"
 * nouns only the "s". */
static void abbreviations_parts_and_plurals(void **state)
{
    (void)state;
    const char *t = "Nearly 400 U.N. peacekeepers and two NATO frigates stayed; about 90 of the union's members "
                    "and six of its ferries left, and two of the five pumps failed. Four regional branches, "
                    "3 witnesses, 12 boxes, 7 dishes, 2 buzzes, 9 beaches, 5 headaches, 4 caches and 2 tranches.";
    const want w[] = {
        {"400 U.N. peacekeepers", 400, "peacekeeper", NULL, NP_NUM_APPROX},
        {"two NATO frigates", 2, "frigate", NULL, NP_NUM_WORD},
        {"90 of the union's members", 90, "member", NULL, NP_NUM_APPROX},
        {"six of its ferries", 6, "ferry", NULL, NP_NUM_WORD},
        {"five pumps", 5, "pump", NULL, NP_NUM_WORD},
        {"Four regional branches", 4, "branch", NULL, NP_NUM_WORD},
        {"3 witnesses", 3, "witness", NULL, 0},
        {"12 boxes", 12, "box", NULL, 0},
        {"7 dishes", 7, "dish", NULL, 0},
        {"2 buzzes", 2, "buzz", NULL, 0},
        {"9 beaches", 9, "beach", NULL, 0},
        {"5 headaches", 5, "headache", NULL, 0},
        {"4 caches", 4, "cache", NULL, 0},
        {"2 tranches", 2, "tranche", NULL, 0},
    };
    expect(t, w, sizeof w / sizeof *w);
    /* "two of the five pumps": no figure "two" of its own */
    np_arena a;
    np_arena_init(&a, 0);
    size_t n;
    np_number_mention *m = numbers_in(&a, t, &n);
    for (size_t i = 0; i < n; i++)
        assert_false(m[i].value == 2 && m[i].unit && !strcmp(m[i].unit, "pump"));
    np_arena_free(&a);
}

/* Modifiers between a figure and the plural noun it counts: several words,
 * hyphenated compounds, two joined by "and" ("three former crew-mates",
 * "two court-appointed harbour pilots", "1,200 federal and regional
 * inspectors", "hundreds of black-clad cyclists"); irregular plurals
 * ("four young men", "dozens of schoolchildren").  A verb or an adverb
 * after a figure is no counted noun ("Two drowned" is read: "died", "hurt",
 * "since" are not units). */
static void modifiers_before_the_counted_noun(void **state)
{
    (void)state;
    const char *t = "Three former crew-mates met two court-appointed harbour pilots, 1,200 federal and regional "
                    "inspectors and 14 tax and insurance fraud cases; hundreds of black-clad cyclists, four young "
                    "men and dozens of schoolchildren waved, and three bank clerks-two of them new-left.";
    const want w[] = {
        {"Three former crew-mates", 3, "mate", NULL, NP_NUM_WORD},
        {"two court-appointed harbour pilots", 2, "pilot", NULL, NP_NUM_WORD},
        {"1,200 federal and regional inspectors", 1200, "inspector", NULL, 0},
        {"14 tax and insurance fraud cases", 14, "case", NULL, 0},
        {"hundreds of black-clad cyclists", 100, "cyclist", NULL, NP_NUM_APPROX},
        {"four young men", 4, "men", NULL, NP_NUM_WORD},
        {"dozens of schoolchildren", 12, "schoolchildren", NULL, NP_NUM_APPROX},
        {"three bank clerks", 3, "clerk", NULL, NP_NUM_WORD},
    };
    expect(t, w, sizeof w / sizeof *w);
    np_arena a;
    np_arena_init(&a, 0);
    np_number_mention *m;
    size_t n;
    const char *v = "Two died, 50 hurt and 54 since May; 30 left.";
    assert_int_equal(np_numbers_find(v, strlen(v), &a, &m, &n), NP_OK);
    for (size_t i = 0; i < n; i++) {
        if (m[i].unit)
            print_message("unexpected unit '%s' of '%.*s'\n", m[i].unit, (int)(m[i].end - m[i].start), v + m[i].start);
        assert_null(m[i].unit);
    }
    np_arena_free(&a);
}

/* Plural units made singular beyond "-s": "-ies" ("cities", but "movies"),
 * "-ves" ("thieves", "knives", but "olives"), "-uses" ("campuses", but
 * "causes"), and plurals that are their singular ("species"). */
static void plural_spellings(void **state)
{
    (void)state;
    const char *t = "They counted 10 cities, 20 movies, 4 thieves, 2 knives, 12 olives, 3 campuses, 8 buses, "
                    "6 causes, 7 houses and 1,400 species.";
    const want w[] = {
        {"10 cities", 10, "city", NULL, 0},      {"20 movies", 20, "movie", NULL, 0},
        {"4 thieves", 4, "thief", NULL, 0},      {"2 knives", 2, "knife", NULL, 0},
        {"12 olives", 12, "olive", NULL, 0},     {"3 campuses", 3, "campus", NULL, 0},
        {"8 buses", 8, "bus", NULL, 0},          {"6 causes", 6, "cause", NULL, 0},
        {"7 houses", 7, "house", NULL, 0},       {"1,400 species", 1400, "species", NULL, 0},
    };
    expect(t, w, sizeof w / sizeof *w);
}

/* What the counted-noun search must not take: a past tense used as a
 * modifier stays one ("4 hit songs"); a "-men" or "-sse" singular
 * ("specimen jars", "crevasses"); a unit of measure or time right after
 * the figure is its unit ("10 kilometre queues", "a 7 year old"); a dash
 * written as a hyphen ends the noun ("12 suspects-including two women");
 * a time or a measure in capitals is no modifier ("at 5 PM police ...",
 * "two 50 MW turbines"); "news" is singular; a plural possessor is passed
 * ("20 of the hostages' relatives"); a figure labelling a part counts
 * nothing ("Section 230 of the laws", "Game 7 of the finals"). */
static void counted_noun_limits(void **state)
{
    (void)state;
    const char *t = "He had 4 hit songs, 40 specimen jars and 4 crevasses; 10 kilometre queues formed and the "
                    "7 year old twin brothers left. Police arrested 12 suspects-including two women. At 5 PM "
                    "police sealed two 50 MW turbines. Reporters from 20 of the world's news outlets met 30 of "
                    "the hostages' relatives. Section 230 of the laws and Game 7 of the finals.";
    const want w[] = {
        {"4 hit songs", 4, "song", NULL, 0},
        {"40 specimen jars", 40, "jar", NULL, 0},
        {"4 crevasses", 4, "crevasse", NULL, 0},
        {"10 kilometre", 10, "kilometre", NULL, 0},
        {"7 year", 7, "year", NULL, 0},
        {"12 suspects", 12, "suspect", NULL, 0},
        {"two women", 2, "women", NULL, NP_NUM_WORD},
        {"20 of the world's news outlets", 20, "outlet", NULL, 0},
        {"30 of the hostages' relatives", 30, "relative", NULL, 0},
    };
    expect(t, w, sizeof w / sizeof *w);
    np_arena a;
    np_arena_init(&a, 0);
    size_t n;
    np_number_mention *m = numbers_in(&a, t, &n);
    for (size_t i = 0; i < n; i++) /* 5 (PM), 50 (MW), 230, 7 (Game): no unit */
        if (m[i].value == 5 || m[i].value == 50 || m[i].value == 230 || (m[i].value == 7 && m[i].unit &&
                                                                          strcmp(m[i].unit, "year") != 0))
            assert_true(m[i].unit == NULL || !strcmp(m[i].unit, "mw"));
    np_arena_free(&a);
}

/* "one" counts a singular noun as a clause's subject or a verb's object,
 * and is a pronoun or an idiom elsewhere. */
static void one_counts_a_noun(void **state)
{
    (void)state;
    const char *t = "One miner remains trapped in the Ostrava pit. Police said one guard was hurt. The blast killed "
                    "one firefighter, officials said. One ferry capsized in the storm.";
    const want w[] = {
        {"One miner", 1, "miner", NULL, NP_NUM_WORD},
        {"one guard", 1, "guard", NULL, NP_NUM_WORD},
        {"one firefighter", 1, "firefighter", NULL, NP_NUM_WORD},
        {"One ferry", 1, "ferry", NULL, NP_NUM_WORD},
    };
    expect(t, w, sizeof w / sizeof *w);
    /* a pronoun, an idiom, a modifier, a speaker: no figure */
    const char *none[] = {
        "One of the miners was hurt.",
        "No one in the pit was hurt.",
        "The crate held rifles, one rocket propelled launcher and grenades.",
        "\"We saw the flames,\" said one witness at the scene.",
        "One witness told the court she saw him.",
        "The one guard who stayed was praised.",
        "One day later the pit reopened.",
        "One report posted online suggested a delay.",
        "One guard was arrested on Friday and another on Sunday.",
    };
    for (size_t k = 0; k < sizeof none / sizeof *none; k++)
        if (count_numbers(none[k]) != 0)
            fail_msg("a figure in: %s", none[k]);
}

/* A unit's plural, for labels and for finding the unit's word in a text:
 * the inverse of the singulars np_numbers_find() writes. */
static void unit_plurals(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {{"knife", "knives"}, {"thief", "thieves"}, {"city", "cities"},
                                           {"bus", "buses"},     {"box", "boxes"},     {"branch", "branches"},
                                           {"cause", "causes"},  {"species", "species"}, {"men", "men"},
                                           {"news", "news"},     {"day", "days"},      {"people", "people"}};
    char out[32];
    for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
        assert_int_equal(np_unit_plural(pairs[k][0], out, sizeof out), strlen(pairs[k][1]));
        assert_string_equal(out, pairs[k][1]);
    }
    assert_int_equal(np_unit_plural("", out, sizeof out), 0);
    assert_int_equal(np_unit_plural("knife", out, 4), 0); /* does not fit */
}

/* "a dozen of them", "Two French": no counted noun, no figure. */
static void article_without_noun(void **state)
{
    (void)state;
    np_arena a;
    np_arena_init(&a, 0);
    np_number_mention *m;
    size_t n;
    const char *t = "A dozen of them left. Two French came, a thousand times over.";
    assert_int_equal(np_numbers_find(t, strlen(t), &a, &m, &n), NP_OK);
    for (size_t i = 0; i < n; i++)
        print_message("unexpected '%.*s'\n", (int)(m[i].end - m[i].start), t + m[i].start);
    assert_int_equal(n, 0);
    np_arena_free(&a);
}

/* Times of day are no figures: "8 p.m.", "10 a.m.", "5 PM", "1100 hrs". */
static void times_of_day_are_not_numbers(void **state)
{
    (void)state;
    np_arena a;
    np_arena_init(&a, 0);
    size_t n;
    const char *t = "The vote opens at 8 p.m. on Friday, closes at 10 a.m., resumes at 5 PM and ends at 1100 hrs.";
    np_number_mention *m = numbers_in(&a, t, &n);
    for (size_t i = 0; i < n; i++)
        print_message("unexpected '%.*s'\n", (int)(m[i].end - m[i].start), t + m[i].start);
    assert_int_equal(n, 0);
    np_arena_free(&a);
}

static void years_and_dates_are_not_numbers(void **state)
{
    (void)state;
    np_arena a;
    np_arena_init(&a, 0);
    np_number_mention *m;
    size_t n;
    const char *t = "In 2022, on November 27, 2025 and on 2025-11-27 at 10:30, one of them spoke of COVID-19 and F-16 jets.";
    assert_int_equal(np_numbers_find(t, strlen(t), &a, &m, &n), NP_OK);
    for (size_t i = 0; i < n; i++)
        print_message("unexpected '%.*s'\n", (int)(m[i].end - m[i].start), t + m[i].start);
    assert_int_equal(n, 0);
    np_arena_free(&a);
}

/* Measures: a unit written joined to the digits ("12km", "30ft", "4kg"),
 * spelt in British or American form, is one unit ("metre"); "m" after
 * digits is metres where the words around it measure a distance ("fell
 * about 90m", "within 40m of the summit", "15m high") and millions
 * otherwise ("£40m", "7m euros", "3m people"); "a 15m high wall" stays
 * millions (as "the 20m high street revamp" must). */
static void measures_and_millions(void **state)
{
    (void)state;
    const char *t = "The hiker fell about 90m from the ridge, within 40m of the summit hut, where a "
                    "wall 15m high, built of stone, stood 12km north of the lake. Rescuers carried him 300 meters and "
                    "then 2 kilometers more; the crane lifted 4kg and a 30ft mast, each mast 8 feet "
                    "taller than 3 inches of snow. The club raised £40m and 7m euros, and 3m people watched "
                    "as the budget reached 5m.";
    const want w[] = {
        {"90m", 90, "metre", NULL, NP_NUM_APPROX},
        {"40m", 40, "metre", NULL, 0},
        {"15m", 15, "metre", NULL, 0},
        {"12km", 12, "kilometre", NULL, 0},
        {"300 meters", 300, "metre", NULL, 0},
        {"2 kilometers", 2, "kilometre", NULL, 0},
        {"4kg", 4, "kilogram", NULL, 0},
        {"30ft", 30, "foot", NULL, 0},
        {"8 feet", 8, "foot", NULL, 0},
        {"3 inches", 3, "inch", NULL, 0},
        {"£40m", 4e7, NULL, "GBP", NP_NUM_MONEY},
        {"7m euros", 7e6, NULL, "EUR", NP_NUM_MONEY},
        {"3m people", 3e6, "people", NULL, 0},
        {"5m", 5e6, NULL, NULL, 0},
    };
    expect(t, w, sizeof w / sizeof *w);
}

/* A measure written in words onto its unit ("a three-kilometre radius")
 * is the measure "3-kilometre" is; a span of time so written ("a
 * nine-month-old case") stays words.  A person's age after the name
 * ("Vera Holm, 61,", "(61)", "aged 61") is a figure of years, flagged as an
 * age; after a date or with a counted noun it is no age. */
static void measures_in_words_and_ages(void **state)
{
    (void)state;
    const char *t = "Police closed a three-kilometre radius and a five-mile stretch of the coast road. "
                    "The ferry's master, Vera Holm, 61, was rescued; her mate Ivo Brand (58) and Lena Sorn, aged "
                    "44, swam ashore with Tomas Ek, 39.";
    const want w[] = {
        {"three-kilometre", 3, "kilometre", NULL, NP_NUM_WORD},
        {"five-mile", 5, "mile", NULL, NP_NUM_WORD},
        {"61", 61, "year", NULL, NP_NUM_AGE},
        {"58", 58, "year", NULL, NP_NUM_AGE},
        {"44", 44, "year", NULL, NP_NUM_AGE},
        {"39", 39, "year", NULL, NP_NUM_AGE},
    };
    expect(t, w, sizeof w / sizeof *w);
    /* nouns whose plural has no "s" end the modifiers before them */
    const want same[] = {{"Three water-bombing aircraft", 3, "aircraft", NULL, NP_NUM_WORD},
                         {"400 military personnel", 400, "personnel", NULL, 0}};
    expect("Three water-bombing aircraft and 400 military personnel joined them.", same, 2);
    const want counts[] = {{"47 people", 47, "people", NULL, 0}};
    expect("On March 3, 47 people were rescued.", counts, 1);
    np_arena a;
    np_arena_init(&a, 0);
    size_t n;
    np_number_mention *m = numbers_in(&a, "The nine-month-old case went on. Ferries sailed on May 4, 61 of them.", &n);
    for (size_t i = 0; i < n; i++)
        assert_false(m[i].flags & NP_NUM_AGE);
    assert_int_equal(count_numbers("The nine-month-old case went on."), 0);
    np_arena_free(&a);
}

/* "m" after digits stays millions where the words count something: a noun
 * after it ("fell 3m tonnes"), a verb of falling with no place after it
 * ("passenger numbers fell 2m last year", "fell 2m from a year earlier"),
 * a dimension or direction word that opens a compound or a name ("1.5m
 * East Africans", "a 3m long-term loan", "a 40m west London scheme"); both
 * sides of "50m by 30m" are lengths; a speed in km/h is no length. */
/* A race over one of its distances is metres ("the 1,500m final", "an
 * 800m runner"); money written so stays millions. */
static void race_distances(void **state)
{
    (void)state;
    const char *t = "She won the 1,500m final in Orsk. Her sister, an 800m runner, was cleared. "
                    "The club paid \xc2\xa3" "800m for the ground and 400m people watched the final. "
                    "Her brother won the \xe2\x80\x9c" "200m final\xe2\x80\x9d in Dorn.";
    const want w[] = {
        {"1,500m", 1500, "metre", NULL, 0},
        {"800m", 800, "metre", NULL, 0},
        {"200m", 200, "metre", NULL, 0},
        {"400m people", 400e6, "people", NULL, 0},
    };
    expect(t, w, sizeof w / sizeof *w);
    np_arena a;
    np_arena_init(&a, 0);
    size_t n;
    np_number_mention *m = numbers_in(&a, t, &n);
    for (size_t i = 0; i < n; i++)
        if (m[i].currency[0])
            assert_true(m[i].value == 800e6); /* the pounds stay millions */
    np_arena_free(&a);
}

static void millions_that_look_like_metres(void **state)
{
    (void)state;
    const char *t = "Grain exports fell 3m tonnes. Passenger numbers fell 2m last year to 41m. "
                    "Profits fell 2m from a year earlier. About 1.5m East Africans need aid. "
                    "It is a 3m long-term loan and a 40m west London scheme. The plot measures 50m by 30m. "
                    "He slipped 20m down the slope. The car hit 130km/h and then 120 km/h on the bridge. "
                    "The population fell 7m from 2011 and viewers fell 6m while costs rose.";
    const want w[] = {
        {"3m tonnes", 3e6, "tonne", NULL, 0},
        {"41m", 41e6, NULL, NULL, 0},
        {"1.5m", 1.5e6, NULL, NULL, 0},
        {"50m", 50, "metre", NULL, 0},
        {"30m", 30, "metre", NULL, 0},
        {"20m", 20, "metre", NULL, 0},
        {"130km/h", 130, "km/h", NULL, 0},
        {"120 km/h", 120, "km/h", NULL, 0},
        {"7m", 7e6, NULL, NULL, 0},
        {"6m", 6e6, NULL, NULL, 0},
    };
    expect(t, w, sizeof w / sizeof *w);
    /* none of the counts is a length */
    np_arena a;
    np_arena_init(&a, 0);
    np_number_mention *m;
    size_t n;
    assert_int_equal(np_numbers_find(t, strlen(t), &a, &m, &n), NP_OK);
    for (size_t i = 0; i < n; i++)
        if (m[i].unit && !strcmp(m[i].unit, "metre") && m[i].value != 50 && m[i].value != 30 && m[i].value != 20)
            fail_msg("'%.*s' read as metres", (int)(m[i].end - m[i].start), t + m[i].start);
    np_arena_free(&a);
}

/* One length in two units: metres per unit, 0 for what is no measure. */
static void measure_factors(void **state)
{
    (void)state;
    int da = 0, db = 0;
    assert_true(fabs(np_unit_measure("foot", &da) - 0.3048) < 1e-9);
    assert_true(fabs(np_unit_measure("kilometre", &db) - 1000) < 1e-9);
    assert_int_equal(da, db);
    assert_true(np_unit_measure("kilogram", &db) > 0);
    assert_int_not_equal(da, db);
    assert_true(np_unit_measure("square kilometre", &db) > 0);
    assert_int_not_equal(da, db);
    assert_true(np_unit_measure("people", &db) == 0);
    assert_true(np_unit_measure("point", &db) == 0);
}

/* A bare figure that "the number of <noun>" came to counts that noun
 * (names before it are its owner), one the death toll came to counts
 * people; a change "by" a figure, a figure after another verb, "a number
 * of" before another figure, and a phrase with no plural noun before its
 * verb ("the number of unemployed now stands at") do not. */
static void what_the_number_of_came_to(void **state)
{
    (void)state;
    const want w[] = {{"2.6 million", 2.6e6, "customer", NULL, 0}};
    expect("The number of Merrow Valley Utilities customers whose personal details were stolen has risen to "
           "2.6 million, the company said.",
           w, 1);
    const want x[] = {{"12,000", 12000, "evacuee", NULL, NP_NUM_APPROX}, {"40", 40, "bus", NULL, 0}};
    expect("The number of evacuees stood at about 12,000. The council cut the number of buses to 40.", x, 2);
    const want y[] = {{"40", 40, NULL, NULL, 0}, {"30", 30, NULL, NULL, 0}};
    expect("The number of staff rose by 40. A number of firms have cut their staff to 30.", y, 2);
    /* another clause's figure; "at" naming a place or a time */
    const want o[] = {{"9", 9, NULL, NULL, 0}, {"12", 12, NULL, NULL, 0}, {"8", 8, NULL, NULL, 0}};
    expect("The number of cases was small, but the fine rose to 9. The number of visitors grew after the museum "
           "at 12 Harbour Road reopened. The number of delegates who met at 8 was small.",
           o, 3);
    const want z[] = {{"9", 9, NULL, NULL, 0}, {"312,000", 312000, NULL, NULL, 0}};
    expect("The number of cases was small. Later it rose to 9. The number of unemployed now stands at 312,000.", z,
           2);
    /* an abbreviation's full stop ends no sentence */
    const want abbr[] = {{"2.6 million", 2.6e6, "customer", NULL, 0}, {"2,600", 2600, "customer", NULL, 0}};
    expect("The number of U.S. customers whose details were stolen has risen to 2.6 million. The number of "
           "customers at Harbour Co. has risen to 2,600.",
           abbr, 2);
    const want toll[] = {{"1,200", 1200, "people", NULL, 0}};
    expect("The death toll from the earthquake rose to 1,200 on Thursday.", toll, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(percents_and_money),
        cmocka_unit_test(units_and_words),
        cmocka_unit_test(times_counted_or_a_ratio),
        cmocka_unit_test(years_and_dates_are_not_numbers),
        cmocka_unit_test(times_of_day_are_not_numbers),
        cmocka_unit_test(fractions_spelt_apart),
        cmocka_unit_test(dozen_and_hundred),
        cmocka_unit_test(articles_and_nationalities),
        cmocka_unit_test(article_without_noun),
        cmocka_unit_test(abbreviations_parts_and_plurals),
        cmocka_unit_test(modifiers_before_the_counted_noun),
        cmocka_unit_test(plural_spellings),
        cmocka_unit_test(unit_plurals),
        cmocka_unit_test(counted_noun_limits),
        cmocka_unit_test(one_counts_a_noun),
        cmocka_unit_test(measures_and_millions),
        cmocka_unit_test(measures_in_words_and_ages),
        cmocka_unit_test(measure_factors),
        cmocka_unit_test(millions_that_look_like_metres),
        cmocka_unit_test(race_distances),
        cmocka_unit_test(scores_are_tallies),
        cmocka_unit_test(what_the_number_of_came_to),
        cmocka_unit_test(other_dollars_and_pc),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
