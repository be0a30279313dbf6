/* Unit tests for extract/date: calendar arithmetic and date mentions.
 * Sentences are invented for the test. */
#include "testutil.h"

#include <string.h>

#include "core/arena.h"
#include "extract/date.h"

static void civil_roundtrip(void **state)
{
    (void)state;
    assert_int_equal(np_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(np_days_from_civil(2000, 3, 1), 11017);
    assert_int_equal(np_weekday_from_days(np_days_from_civil(2025, 11, 27)), 4); /* Thursday */
    assert_int_equal(np_weekday_from_days(np_days_from_civil(1969, 12, 29)), 1); /* Monday */
    for (int64_t z = -800000; z < 800000; z += 997) {
        int64_t y;
        int m, d;
        np_civil_from_days(z, &y, &m, &d);
        assert_int_equal(np_days_from_civil(y, m, d), z);
    }
    int64_t y;
    int m, d;
    assert_true(np_date_parse_iso("2024-02-29T10:00:00Z", &y, &m, &d));
    assert_int_equal(y, 2024);
    assert_int_equal(m, 2);
    assert_int_equal(d, 29);
    assert_false(np_date_parse_iso("2023-02-29", &y, &m, &d));
    assert_false(np_date_parse_iso("20x3-02-01", &y, &m, &d));
    assert_false(np_date_parse_iso(NULL, &y, &m, &d));
}

typedef struct want {
    const char *text, *iso, *iso_end;
    unsigned flags_set;
} want;

static void expect(const char *text, const char *pub, const want *w, size_t nw)
{
    np_arena a;
    np_arena_init(&a, 0);
    np_date_mention *m;
    size_t n;
    assert_int_equal(np_dates_find(text, strlen(text), pub, &a, &m, &n), NP_OK);
    for (size_t k = 0; k < nw; k++) {
        int found = 0;
        for (size_t i = 0; i < n; i++) {
            if (m[i].end - m[i].start != strlen(w[k].text) ||
                memcmp(text + m[i].start, w[k].text, strlen(w[k].text)) != 0)
                continue;
            found = 1;
            if (strcmp(m[i].iso, w[k].iso) != 0)
                print_message("%s: got %s want %s\n", w[k].text, m[i].iso, w[k].iso);
            assert_string_equal(m[i].iso, w[k].iso);
            assert_string_equal(m[i].iso_end, w[k].iso_end ? w[k].iso_end : "");
            assert_int_equal(m[i].flags & w[k].flags_set, w[k].flags_set);
        }
        if (!found) {
            for (size_t i = 0; i < n; i++)
                print_message("got '%.*s' %s\n", (int)(m[i].end - m[i].start), text + m[i].start, m[i].iso);
            fail_msg("date '%s' not found", w[k].text);
        }
    }
    np_arena_free(&a);
}

/* text holds no date mention at all. */
static void expect_none(const char *text, const char *pub)
{
    np_arena a;
    np_arena_init(&a, 0);
    np_date_mention *m;
    size_t n;
    assert_int_equal(np_dates_find(text, strlen(text), pub, &a, &m, &n), NP_OK);
    for (size_t i = 0; i < n; i++)
        print_message("got '%.*s' %s\n", (int)(m[i].end - m[i].start), text + m[i].start, m[i].iso);
    assert_int_equal(n, 0);
    np_arena_free(&a);
}

static void absolute_dates(void **state)
{
    (void)state;
    const char *t = "The harbour treaty was signed on March 3, 2024, revised 2024-06-15, "
                    "amended on 27 Nov and again on Nov. 29, and debated on 4 February 2023.";
    const want w[] = {
        {"March 3, 2024", "2024-03-03", NULL, 0},
        {"2024-06-15", "2024-06-15", NULL, 0},
        {"27 Nov", "2024-11-27", NULL, NP_DATE_INFERRED_YEAR},
        {"Nov. 29", "2024-11-29", NULL, NP_DATE_INFERRED_YEAR},
        {"4 February 2023", "2023-02-04", NULL, 0},
    };
    expect(t, "2024-12-02", w, sizeof w / sizeof *w);
}

/* A month written without its year at the start of a range or list takes
 * the year written at its end ("between February and December 2017"), one
 * less when it comes after the end's month ("from November to February
 * 2021"), with or without a publication date. */
static void range_start_takes_the_end_year(void **state)
{
    (void)state;
    const char *t = "The fleet ran 16 trials between February and December 2017. The drills ran from March to "
                    "May 2016. The strike lasted from November to February 2021. Talks ran from March 3 to May "
                    "5, 2016 in Brell. Ferries sailed in May and June 2019. The vote was brought forward from "
                    "September to April 2022.";
    const want w[] = {
        {"February", "2017-02", NULL, 0},
        {"March", "2016-03", NULL, 0},
        {"November", "2020-11", NULL, 0},
        {"March 3", "2016-03-03", NULL, 0},
        {"May", "2019-05", NULL, 0},
        {"September", "2022-09", NULL, 0}, /* a move back, not a range over the new year */
    };
    expect(t, "2024-04-21", w, sizeof w / sizeof *w);
    expect(t, NULL, w, sizeof w / sizeof *w);
}

static void partial_and_ranges(void **state)
{
    (void)state;
    const char *t = "The fair ran June 3-4 and the summit on October 12-14, 2023. "
                    "Ferri arrived in May and will return next March. Talks began in 2019. "
                    "Prices peaked in December and will fall by mid-2026. The war of 2014-2016 ended on the 9th of May.";
    const want w[] = {
        {"June 3-4", "2024-06-03", "2024-06-04", NP_DATE_RANGE},
        {"October 12-14, 2023", "2023-10-12", "2023-10-14", NP_DATE_RANGE},
        {"May", "2024-05", NULL, NP_DATE_INFERRED_YEAR},
        {"next March", "2025-03", NULL, 0},
        {"2019", "2019", NULL, 0},
        {"December", "2023-12", NULL, 0}, /* most recent December before publication */
        {"mid-2026", "2026", NULL, 0},
        {"2014-2016", "2014", "2016", NP_DATE_RANGE},
        {"9th of May", "2024-05-09", NULL, NP_DATE_INFERRED_YEAR},
    };
    expect(t, "2024-07-10", w, sizeof w / sizeof *w);
}

static void relative_dates(void **state)
{
    (void)state;
    /* publication: Thursday 2025-11-27 */
    const char *t = "The envoy spoke on Thursday, met aides on Monday and flew out yesterday. "
                    "A vote comes next week; prices fell last month and rose earlier this year. "
                    "The plan leaked last week, three days ago. She returns tomorrow.";
    const want w[] = {
        {"Thursday", "2025-11-27", NULL, NP_DATE_RELATIVE},
        {"Monday", "2025-11-24", NULL, NP_DATE_RELATIVE},
        {"yesterday", "2025-11-26", NULL, NP_DATE_RELATIVE},
        {"next week", "2025-12-01", NULL, NP_DATE_RELATIVE},
        {"last month", "2025-10", NULL, NP_DATE_RELATIVE},
        {"earlier this year", "2025", NULL, NP_DATE_RELATIVE},
        {"last week", "2025-11-17", NULL, NP_DATE_RELATIVE},
        {"three days ago", "2025-11-24", NULL, NP_DATE_RELATIVE},
        {"tomorrow", "2025-11-28", NULL, NP_DATE_RELATIVE},
    };
    expect(t, "2025-11-27", w, sizeof w / sizeof *w);
    /* a publication time stored with its local offset (html_meta.h): the
     * day it counts from is the local one, late on the 27th at -08:00 */
    expect(t, "2025-11-27T23:30:00-08:00", w, sizeof w / sizeof *w);
}

static void unresolved_without_publication(void **state)
{
    (void)state;
    const char *t = "The decree of May 5 took effect on Friday, not on April 2, 2020.";
    const want w[] = {
        {"May 5", "", NULL, NP_DATE_UNRESOLVED},
        {"Friday", "", NULL, NP_DATE_UNRESOLVED | NP_DATE_RELATIVE},
        {"April 2, 2020", "2020-04-02", NULL, 0},
    };
    expect(t, NULL, w, sizeof w / sizeof *w);
}

static void not_dates(void **state)
{
    (void)state;
    np_arena a;
    np_arena_init(&a, 0);
    np_date_mention *m;
    size_t n;
    const char *t = "You may go. Sales hit 2,019 units and 300 cars; we march on. She told USA TODAY so.";
    assert_int_equal(np_dates_find(t, strlen(t), "2025-01-01", &a, &m, &n), NP_OK);
    assert_int_equal(n, 0);
    assert_int_equal(np_dates_find(NULL, 0, NULL, &a, &m, &n), NP_OK);
    assert_int_equal(n, 0);
    np_arena_free(&a);
}


/* A date without a year takes the year its clause's tense points to. */
static void tense_and_year(void **state)
{
    (void)state;
    /* published Wednesday 2031-09-17 */
    const char *t1 = "The ferry line will reopen in May after the repairs.";
    const want w1[] = {{"May", "2032-05", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t1, "2031-09-17", w1, 1);
    const char *t2 = "The old ferry line was closed in May after the flood.";
    const want w2[] = {{"May", "2031-05", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t2, "2031-09-17", w2, 1);
    const char *t3 = "The council must approve the budget before the end of October.";
    const want w3[] = {{"October", "2031-10", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t3, "2031-09-17", w3, 1);
    const char *t4 = "The budget was approved in October by a narrow vote.";
    const want w4[] = {{"October", "2030-10", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t4, "2031-09-17", w4, 1);
    const char *t5 = "The mayors meet again next Tuesday to sign it.";
    const want w5[] = {{"next Tuesday", "2031-09-23", NULL, NP_DATE_RELATIVE}};
    expect(t5, "2031-09-17", w5, 1);
    const char *t6 = "The mayors will sign the accord on Friday in the town hall.";
    const want w6[] = {{"Friday", "2031-09-19", NULL, NP_DATE_RELATIVE}};
    expect(t6, "2031-09-17", w6, 1);
    const char *t7 = "The mayors signed the accord on Friday in the town hall.";
    const want w7[] = {{"Friday", "2031-09-12", NULL, NP_DATE_RELATIVE}};
    expect(t7, "2031-09-17", w7, 1);
    const char *t8 = "The new bridge will be opened on March 2 by the governor.";
    const want w8[] = {{"March 2", "2032-03-02", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t8, "2031-09-17", w8, 1);
    const char *t9 = "Talks are scheduled for Oct. 30 in the capital.";
    const want w9[] = {{"Oct. 30", "2031-10-30", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t9, "2031-09-17", w9, 1);
    /* no cue: the nearer one, the past unless the future is much nearer */
    const char *t10 = "In February, the river froze over.";
    const want w10[] = {{"February", "2031-02", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t10, "2031-09-17", w10, 1);
    /* an infinitive of what is still to happen points forward; a purpose
     * infinitive in a past sentence does not */
    const char *t11 = "The harbour bill is to be debated on Thursday.";
    const want w11[] = {{"Thursday", "2031-09-18", NULL, NP_DATE_RELATIVE}};
    expect(t11, "2031-09-17", w11, 1);
    const char *t12 = "The skipper was held in custody to stand before the county court on 3 August.";
    const want w12[] = {{"3 August", "2032-08-03", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t12, "2031-09-17", w12, 1);
    const char *t13 = "A fisherman walking to the quay to attend a meeting Friday was hit by a van.";
    const want w13[] = {{"Friday", "2031-09-12", NULL, NP_DATE_RELATIVE}};
    expect(t13, "2031-09-17", w13, 1);
    /* an act being prepared, or awaited, is still to come */
    const char *tp1 = "The mayor prepares to mark his first year in office on Friday.";
    const want wp[] = {{"Friday", "2031-09-19", NULL, NP_DATE_RELATIVE}};
    expect(tp1, "2031-09-17", wp, 1);
    const char *tp2 = "Fishermen are awaiting the council's ruling on Friday.";
    expect(tp2, "2031-09-17", wp, 1);
    /* ... not in a past clause, nor as a participle beside a past verb */
    const want wpast[] = {{"Monday", "2031-09-15", NULL, NP_DATE_RELATIVE}};
    const char *tp4 = "Workers were preparing the hall on Monday when part of its roof collapsed.";
    expect(tp4, "2031-09-17", wpast, 1);
    const char *tp5 = "On Monday, volunteers preparing for the storm filled sandbags at the quay.";
    expect(tp5, "2031-09-17", wpast, 1);
    const char *tp6 = "Rescue crews were awaiting calmer seas on Monday.";
    expect(tp6, "2031-09-17", wpast, 1);

    /* an adverb between the auxiliary and the participle; "until" in a
     * clause told in the past */
    const char *t14 = "The skipper is to be formally sentenced March 3 by the county judge.";
    const want w14[] = {{"March 3", "2032-03-03", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t14, "2031-09-17", w14, 1);
    const char *t15 = "The skipper was at large until Aug. 7, when he was found in a barn.";
    const want w15[] = {{"Aug. 7", "2031-08-07", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t15, "2031-09-17", w15, 1);
    const char *t16 = "The quay stays closed until March 3.";
    const want w16[] = {{"March 3", "2032-03-03", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t16, "2031-09-17", w16, 1);
    /* "until" after a deed that sets an end still ahead; an infinitive
     * after a past form or a rank tells of the past */
    const char *u[][3] = {
        {"The trial was adjourned until Oct. 3.", "Oct. 3", "2031-10-03"},
        {"The council postponed the vote until Dec. 7.", "Dec. 7", "2031-12-07"},
        {"He was remanded in custody until Friday.", "Friday", "2031-09-19"},
        {"The company said the store stays closed until March 3.", "March 3", "2032-03-03"},
        {"He failed to appear in court on Monday and a warrant was issued.", "Monday", "2031-09-15"},
        {"She was the first to be vaccinated on Monday.", "Monday", "2031-09-15"},
        {"He refused to stand trial on Aug. 3 and fled.", "Aug. 3", "2031-08-03"},
    };
    for (size_t i = 0; i < sizeof u / sizeof *u; i++) {
        const want wu[] = {{u[i][1], u[i][2], NULL, 0}};
        expect(u[i][0], "2031-09-17", wu, 1);
    }
    /* a short past form: "died", "lied" */
    const char *t17 = "The old skipper died on Oct. 8 in the harbour hospital.";
    const want w17[] = {{"Oct. 8", "2030-10-08", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t17, "2031-09-17", w17, 1);
}

/* The reference date of a text without a publication date. */
static const char *reference(np_arena *a, const char *t)
{
    const char *ref = (const char *)1;
    assert_int_equal(np_date_reference(t, strlen(t), a, &ref), NP_OK);
    return ref;
}

/* A deadline for an act still to come points forward ("urged the council
 * to pass the budget by Friday", "must pay by Friday"); a deed done by a
 * day, or "to" before a place or an article, does not.  A month with its
 * year after a comma is that month ("in February, 2003"). */
/* A progressive of preparing or awaiting takes its auxiliary's tense past
 * adverbs, negation and contractions; a perfect one its "have"'s. */
static void progressive_tense_past_adverbs(void **state)
{
    (void)state;
    /* published Wednesday 2031-06-11 */
    const want sat_ahead[] = {{"Saturday", "2031-06-14", NULL, NP_DATE_RELATIVE}};
    const want fri_ahead[] = {{"Friday", "2031-06-13", NULL, NP_DATE_RELATIVE}};
    expect("The rowing club is now preparing for a home regatta on Saturday.", "2031-06-11", sat_ahead, 1);
    expect("The rowing club is still awaiting a ruling from the league on Friday.", "2031-06-11", fri_ahead, 1);
    expect("Orvik is not awaiting any payout on Friday, his agent said.", "2031-06-11", fri_ahead, 1);
    expect("The rowing club isn't preparing for the regatta on Saturday.", "2031-06-11", sat_ahead, 1);
    expect("The rowers have been preparing for a cup final on Saturday.", "2031-06-11", sat_ahead, 1);
    expect("She's been preparing for the vote on Friday.", "2031-06-11", fri_ahead, 1);
    expect("The treasurer's preparing a statement for release on Friday.", "2031-06-11", fri_ahead, 1);
    /* ... but the same told in the past stays there */
    const want sat_back[] = {{"Saturday", "2031-06-07", NULL, NP_DATE_RELATIVE}};
    const want fri_back[] = {{"Friday", "2031-06-06", NULL, NP_DATE_RELATIVE}};
    expect("The rowing club was now preparing for a home regatta on Saturday.", "2031-06-11", sat_back, 1);
    expect("The rowing club was still preparing for the regatta on Saturday when the roof fell.", "2031-06-11",
           sat_back, 1);
    expect("The rowing club had been awaiting a ruling on Friday.", "2031-06-11", fri_back, 1);
    expect("They'd been awaiting the vote on Friday.", "2031-06-11", fri_back, 1);
    expect("The rowing club wasn't awaiting a ruling on Friday.", "2031-06-11", fri_back, 1);
    /* an adverb before a participle with no auxiliary leaves it telling nothing */
    const want mon_back[] = {{"Monday", "2031-06-09", NULL, NP_DATE_RELATIVE}};
    expect("Volunteers now preparing for the storm filled sandbags on Monday.", "2031-06-11", mon_back, 1);
    /* a cue word as a name after a lower-case word ("by Deadline.com's",
     * "actor Will Dorn") is no cue; in a title-case line it still is */
    expect("The report was denied by Deadline.com's Ana Ruiz, who wrote on Saturday that talks went on.",
           "2031-06-11", sat_back, 1);
    expect("Actor Will Dorn arrived in Vell on Saturday.", "2031-06-11", sat_back, 1);
    expect("Mayor Will Visit Vell on Saturday", "2031-06-11", sat_ahead, 1);
    /* "due to" a cause is no schedule; "is due to" a verb is */
    expect("Rescuers could not reach the boat due to high seas on Saturday.", "2031-06-11", sat_back, 1);
    expect("The delay is due to the storm on Saturday, the port said.", "2031-06-11", sat_back, 1);
    expect("The ferry is due to arrive on Saturday.", "2031-06-11", sat_ahead, 1);
    expect("Kord is due in court on Friday.", "2031-06-11", fri_ahead, 1);
    /* a newspaper's masthead is no day: "the Herald on Sunday", "the
     * Sunday Times"; a person "on Sunday" is */
    expect_none("The pilot told the Herald on Sunday that the climber had fallen.", "2031-06-11");
    expect_none("The Sunday Times reported the deal first.", "2031-06-11");
    const want sun_back[] = {{"Sunday", "2031-06-08", NULL, NP_DATE_RELATIVE}};
    expect("Mayor Kord on Sunday said the quay would reopen.", "2031-06-11", sun_back, 1);
    expect("Storms battered Scotland on Sunday.", "2031-06-11", sun_back, 1);
    const want mon_ago[] = {{"Monday", "2031-06-09", NULL, NP_DATE_RELATIVE}};
    expect("The Sun on Monday published the letter.", "2031-06-11", mon_ago, 1);
    /* "due to" a verb of a schedule, and a title-case line with small
     * words in lower case, look ahead */
    expect("With the vote due to take place on Saturday, the council met.", "2031-06-11", sat_ahead, 1);
    expect("Council Vote is Expected on Saturday", "2031-06-11", sat_ahead, 1);
}

/* A day written without a year in a November 2031 article: a plan named
 * as a thing tells no tense, "would" takes the nearer day, and the
 * clause's own year ("the 2032 tour") dates it unless the tense points to
 * the other side of publication. */
static void year_of_a_day_without_one(void **state)
{
    (void)state;
    const char *pub = "2031-11-19";
    const want sep30[] = {{"September 30", "2031-09-30", NULL, NP_DATE_INFERRED_YEAR}};
    expect("Halden Works shelved its plans for a listing on September 30, the company said.", pub, sep30, 1);
    const want oct31[] = {{"Oct. 31", "2031-10-31", NULL, NP_DATE_INFERRED_YEAR}};
    expect("Kestrava would leave the pact on Oct. 31, the premier vowed at the time.", pub, oct31, 1);
    const want dec3[] = {{"Dec. 3", "2031-12-03", NULL, NP_DATE_INFERRED_YEAR}};
    expect("The firm said it would close the plant on Dec. 3.", pub, dec3, 1);
    /* a modal far back in the clause still governs the date; a past verb
     * nearer to it is its own act */
    const want tue_ahead[] = {{"Tuesday", "2031-11-25", NULL, NP_DATE_RELATIVE}};
    expect("Ana Marsk said she would open talks with the Green Union and the Farmers' League of the north on "
           "Tuesday.",
           pub, tue_ahead, 1);
    const want tue_back[] = {{"Tuesday", "2031-11-18", NULL, NP_DATE_RELATIVE}};
    expect("Ana Marsk said she would speak to the union leaders, who walked out of the talks with the Farmers' "
           "League on Tuesday.",
           pub, tue_back, 1);
    expect("Police said they found a crate that would hold two rifles and boxes of old cartridges in the barn on "
           "Tuesday.",
           pub, tue_back, 1);
    const want mar3[] = {{"March 3", "2032-03-03", NULL, NP_DATE_INFERRED_YEAR}};
    expect("The council plans to vote on March 3.", pub, mar3, 1);
    const want jun9[] = {{"June 9", "2032-06-09", NULL, NP_DATE_INFERRED_YEAR}};
    expect("The choir's 2032 tour opens on June 9 in Dorn.", pub, jun9, 1);
    /* a tense decides: a year's results come out the next year, a budget
     * is voted before its year */
    const want feb12[] = {{"Feb. 12", "2032-02-12", NULL, NP_DATE_INFERRED_YEAR}};
    expect("Its 2031 results, due on Feb. 12, will be weak.", pub, feb12, 1);
    const want feb12b[] = {{"Feb. 12", "2031-02-12", NULL, NP_DATE_INFERRED_YEAR}};
    expect("The 2030 results, released on Feb. 12, were weak.", pub, feb12b, 1);
    const want dec10[] = {{"Dec. 10", "2031-12-10", NULL, NP_DATE_INFERRED_YEAR}};
    expect("The 2032 budget will be voted on Dec. 10.", pub, dec10, 1);
    /* a year far from the day names something else */
    const want feb2[] = {{"Feb. 2", "2032-02-02", NULL, NP_DATE_INFERRED_YEAR}};
    expect("The 2030 champions play again on Feb. 2.", pub, feb2, 1);
    /* a plan's content: the nearer day; the plan as a thing: the verb's */
    const want dec30[] = {{"December 30", "2031-12-30", NULL, NP_DATE_INFERRED_YEAR}};
    expect("Halden Works confirmed its plans for a listing on December 30.", pub, dec30, 1);
    const want dec2[] = {{"December 2", "2030-12-02", NULL, NP_DATE_INFERRED_YEAR}};
    expect("The city unveiled the plan on December 2.", pub, dec2, 1);
    expect("The city unveiled the new plan on December 2.", pub, dec2, 1);
    /* an event the year names is held in it, whatever the tense */
    const want may5[] = {{"May 5", "2033-05-05", NULL, NP_DATE_INFERRED_YEAR}};
    expect("The 2033 election will be held on May 5.", pub, may5, 1);
    const want oct4[] = {{"Oct. 4", "2029-10-04", NULL, NP_DATE_INFERRED_YEAR}};
    expect("Delegates walked out of the 2029 congress on Oct. 4.", pub, oct4, 1);
    /* ... when the tense points that way */
    const want nov2[] = {{"Nov. 2", "2031-11-02", NULL, NP_DATE_INFERRED_YEAR}};
    expect("Tickets for the 2032 festival went on sale on Nov. 2.", pub, nov2, 1);
    const want dec2b[] = {{"Dec. 2", "2031-12-02", NULL, NP_DATE_INFERRED_YEAR}};
    expect("Voss, who lost the 2030 election, will speak on Dec. 2.", pub, dec2b, 1);
    /* a plan handed to someone: the verb decides */
    const want dec3b[] = {{"Dec. 3", "2030-12-03", NULL, NP_DATE_INFERRED_YEAR}};
    expect("Corvell submitted the plans to the council on Dec. 3.", pub, dec3b, 1);
    const want jan3[] = {{"Jan. 3", "2031-01-03", NULL, NP_DATE_INFERRED_YEAR}};
    expect("Corvell submitted its plans to its board on Jan. 3.", pub, jan3, 1);
    /* "plans" a verb after its noun still looks ahead */
    const want oct31b[] = {{"Oct. 31", "2032-10-31", NULL, NP_DATE_INFERRED_YEAR}};
    expect("The council plans to vote on Oct. 31.", pub, oct31b, 1);
    const want mar3b[] = {{"March 3", "2031-03-03", NULL, NP_DATE_INFERRED_YEAR}};
    expect("He has led the firm since 2015 and on March 3 he resigned.", pub, mar3b, 1);
    const want may[] = {{"May", "2031-05", NULL, NP_DATE_INFERRED_YEAR}};
    expect("The singer checked into a clinic in May under a deal stemming from a 2030 crash.", pub, may, 1);
    /* a verb's plans still look ahead */
    const want jan5[] = {{"Jan. 5", "2032-01-05", NULL, NP_DATE_INFERRED_YEAR}};
    expect("The board plans a vote on Jan. 5.", pub, jan5, 1);
}
/* The day a thing was set for lies either side of publication, the
 * nearer ("has promised an appeal, which the court has set for 14
 * September" in June: this September; "a vote set for March 3" in June:
 * last March); "followed by" orders events and says no tense, so the
 * clause's "will" dates "in December" (an October article: this one). */
static void set_for_and_followed_by(void **state)
{
    (void)state;
    const char *t = "Her lawyer has promised an appeal, which the court has set for 14 September. "
                    "The vote set for March 3 was held without incident.";
    const want w[] = {
        {"14 September", "2027-09-14", NULL, NP_DATE_INFERRED_YEAR},
        {"March 3", "2027-03-03", NULL, NP_DATE_INFERRED_YEAR},
    };
    expect(t, "2027-06-04", w, sizeof w / sizeof *w);
    const char *u = "People over 65 will be first in line, followed by adults with chronic lung disease in December.";
    const want x[] = {{"December", "2027-12", NULL, NP_DATE_INFERRED_YEAR}};
    expect(u, "2027-10-11", x, 1);
    /* "set for" or "fixed for" something else than the date: no cue of its own */
    const char *v = "The old bridge was fixed for 2 million crowns in January. "
                    "A new record was set for the relay in February.";
    const want y[] = {{"January", "2027-01", NULL, NP_DATE_INFERRED_YEAR},
                      {"February", "2027-02", NULL, NP_DATE_INFERRED_YEAR}};
    expect(v, "2027-10-11", y, 2);
}

/* A modal before a verb looks forward ("may be allowed to return on
 * Thursday", a Wednesday article: the next day), with "have" back ("may
 * have left on Sunday"); "may be linked to a robbery on Sunday" guesses at
 * the past, and "could" says nothing ("could be seen on Tuesday" told the
 * past).  A month with "last year" / "next year" is that year's. */
static void modals_and_month_of_last_year(void **state)
{
    (void)state;
    const char *t = "Residents may be allowed to return on Thursday. The crew may have left on Sunday. "
                    "Divers should reach the wreck on Friday. Police could be seen at the dock on Tuesday. "
                    "The man may be linked to a robbery on Monday.";
    const want w[] = {
        {"Thursday", "2026-08-13", NULL, NP_DATE_RELATIVE},
        {"Sunday", "2026-08-09", NULL, NP_DATE_RELATIVE},
        {"Friday", "2026-08-14", NULL, NP_DATE_RELATIVE},
        {"Tuesday", "2026-08-11", NULL, NP_DATE_RELATIVE},
        {"Monday", "2026-08-10", NULL, NP_DATE_RELATIVE},
    };
    expect(t, "2026-08-12", w, sizeof w / sizeof *w);
    const char *u = "The firm told its users in April last year. A new port opens in June next year.";
    const want x[] = {{"April last year", "2025-04", NULL, NP_DATE_RELATIVE},
                      {"June next year", "2027-06", NULL, NP_DATE_RELATIVE}};
    expect(u, "2026-11-03", x, 2);
}

/* A stored date's instant: its offset counts ("23:30 at -08:00" is
 * 07:30 UTC of the next day, after "05:00Z" of that day, though its text
 * sorts first); a day alone is its midnight UTC; no day, no instant. */
static void instants_of_stored_dates(void **state)
{
    (void)state;
    int64_t a, b, c;
    assert_true(np_date_instant("2031-03-04T23:30:00-08:00", &a));
    assert_true(np_date_instant("2031-03-05T05:00:00Z", &b));
    assert_true(a > b);
    assert_int_equal(a - b, 2 * 3600 + 30 * 60);
    assert_true(np_date_instant("2031-03-05", &c));
    assert_int_equal(c, np_days_from_civil(2031, 3, 5) * 86400);
    assert_true(np_date_instant("2031-03-05T10:15:30.250+0530", &a));
    assert_int_equal(a - c, 10 * 3600 + 15 * 60 + 30 - (5 * 3600 + 30 * 60));
    assert_true(np_date_instant("2031-03-05 10:15", &a)); /* no offset: UTC */
    assert_int_equal(a - c, 10 * 3600 + 15 * 60);
    assert_true(np_date_instant("2031-03-05T24:00:00Z", &a)); /* no time: the day */
    assert_int_equal(a, c);
    assert_false(np_date_instant("2031-02-30", &a));
    assert_false(np_date_instant("March 5, 2031", &a));
    assert_false(np_date_instant("2031-03", &a));
    assert_false(np_date_instant(NULL, &a));
}


static void deadlines_and_month_comma_year(void **state)
{
    (void)state;
    /* published Wednesday 2031-09-17 */
    const char *t1 = "The governor urged the council to pass the budget by Friday.";
    const want w1[] = {{"Friday", "2031-09-19", NULL, NP_DATE_RELATIVE}};
    expect(t1, "2031-09-17", w1, 1);
    const char *t2 = "The port authority must pay the fishermen by Friday, the court ruled.";
    const want w2[] = {{"Friday", "2031-09-19", NULL, NP_DATE_RELATIVE}};
    expect(t2, "2031-09-17", w2, 1);
    const char *t3 = "The council approved the budget by Friday evening.";
    const want w3[] = {{"Friday", "2031-09-12", NULL, NP_DATE_RELATIVE}};
    expect(t3, "2031-09-17", w3, 1);
    const char *t4 = "The ferry returned to Tallby by Friday.";
    const want w4[] = {{"Friday", "2031-09-12", NULL, NP_DATE_RELATIVE}};
    expect(t4, "2031-09-17", w4, 1);
    /* "to" before a figure is the level reached, no infinitive */
    const char *t4b = "The toll had risen to nine by Friday evening.";
    const want w4b[] = {{"Friday", "2031-09-12", NULL, NP_DATE_RELATIVE}};
    expect(t4b, "2031-09-17", w4b, 1);
    /* the day a thing is for is ahead, whenever it was set */
    const char *t21 = "The union has called a two-hour strike at every plant for Friday.";
    const want w21[] = {{"Friday", "2031-09-19", NULL, NP_DATE_RELATIVE}};
    expect(t21, "2031-09-17", w21, 1);
    /* a plan told with "due to" and a verb taking an object, "set to", a
     * hyphened participle after "will be" */
    const char *t23 = "The commission is due to certify the final results on Friday.";
    expect(t23, "2031-09-17", w21, 1);
    const char *t24 = "The commission is set to publish the turnout on Friday.";
    expect(t24, "2031-09-17", w21, 1);
    const char *t25 = "The deal will be rubber-stamped by shareholders on Friday.";
    expect(t25, "2031-09-17", w21, 1);
    /* ... unless the sentence tells in the simple past what became of it */
    const char *t26 = "The rally called for Friday drew 5,000 people to the square.";
    const want w26[] = {{"Friday", "2031-09-12", NULL, NP_DATE_RELATIVE}};
    expect(t26, "2031-09-17", w26, 1);
    const char *t27 = "Police were braced for Friday, but the march passed off quietly.";
    expect(t27, "2031-09-17", w26, 1);
    const char *t28 = "The strike called for Friday will go ahead, the union said.";
    expect(t28, "2031-09-17", w21, 1);
    const char *t22 = "The union had called a strike for last Friday.";
    const want w22[] = {{"last Friday", "2031-09-12", NULL, NP_DATE_RELATIVE}};
    expect(t22, "2031-09-17", w22, 1);
    const char *t5 = "The dairy was bought by the province in February, 2003, after years of losses.";
    const want w5[] = {{"February, 2003", "2003-02", NULL, 0}};
    expect(t5, "2031-09-17", w5, 1);
    /* a deadline the rest of the sentence tells was passed; a count after
     * "Month," is no year */
    const char *t6 = "The landlord ordered the tenants to leave by Friday, and most were gone by noon.";
    const want w6[] = {{"Friday", "2031-09-12", NULL, NP_DATE_RELATIVE}};
    expect(t6, "2031-09-17", w6, 1);
    const char *t7 = "Lawmakers needed to pass the budget by Friday but missed the deadline.";
    const want w7[] = {{"Friday", "2031-09-12", NULL, NP_DATE_RELATIVE}};
    expect(t7, "2031-09-17", w7, 1);
    const char *t9 = "Crews managed to contain the fire by Friday.";
    const want w9[] = {{"Friday", "2031-09-12", NULL, NP_DATE_RELATIVE}};
    expect(t9, "2031-09-17", w9, 1);
    const char *t10 = "Rescuers were able to reach the village by Friday.";
    const want w10[] = {{"Friday", "2031-09-12", NULL, NP_DATE_RELATIVE}};
    expect(t10, "2031-09-17", w10, 1);
    const char *t11 = "Residents were ordered to leave their homes by Friday.";
    const want w11[] = {{"Friday", "2031-09-19", NULL, NP_DATE_RELATIVE}};
    expect(t11, "2031-09-17", w11, 1);
    const char *t8 = "By October, 2000 soldiers had been sent to the border.";
    const want w8[] = {{"October", "2030-10", NULL, NP_DATE_INFERRED_YEAR}};
    expect(t8, "2031-09-17", w8, 1);
}

/* A weekday before a day written out names that day: one mention, dated
 * as the day ("Sunday, March 5, 2034"), never the Sunday before the
 * publication date, when the weekday is that day's ("Monday, May 29" in
 * 2032 is a Saturday: the day a statement was made, and another day);
 * "in November of 2033" is the month of that year, not November of the
 * publication's year and a year apart. */
static void weekday_with_its_date_and_month_of_year(void **state)
{
    (void)state;
    const char *t = "The gala will air on Sunday, March 5, 2034, and the sequel opens in November of 2033. "
                    "The choir first sang in January of 1961. On Friday, the board met. "
                    "Police said Monday, May 29 was the last day she was seen.";
    const want w[] = {
        {"Sunday, March 5, 2034", "2034-03-05", NULL, 0},
        {"November of 2033", "2033-11", NULL, 0},
        {"January of 1961", "1961-01", NULL, 0},
        {"Friday", "2032-04-09", NULL, NP_DATE_RELATIVE},
        {"Monday", "2032-04-05", NULL, NP_DATE_RELATIVE},
        {"May 29", "2031-05-29", NULL, NP_DATE_INFERRED_YEAR},
    };
    expect(t, "2032-04-11", w, sizeof w / sizeof *w);
    np_arena a;
    np_arena_init(&a, 0);
    np_date_mention *m;
    size_t n;
    assert_int_equal(np_dates_find(t, strlen(t), "2032-04-11", &a, &m, &n), NP_OK);
    for (size_t i = 0; i < n; i++) { /* no "Sunday" nor "November" of their own */
        size_t len = m[i].end - m[i].start;
        assert_false(len == 6 && !memcmp(t + m[i].start, "Sunday", 6));
        assert_false(len == 8 && !memcmp(t + m[i].start, "November", 8));
    }
    np_arena_free(&a);
}

/* A day written with its weekday but no year ("Monday, Sept. 6") takes the
 * year that makes it that weekday when that year's day is near
 * publication (within half a year): in an April 2032 article, September 6
 * is a Monday in 2032 (the tense alone would say 2031, a Saturday). */
static void weekday_picks_the_year(void **state)
{
    (void)state;
    const want w[] = {{"Monday, Sept. 6", "2032-09-06", NULL, NP_DATE_INFERRED_YEAR}};
    expect("Schools reopen Monday, Sept. 6, the board said.", "2032-04-01", w, 1);
    /* a range keeps its year: its end would need moving too */
    const want r[] = {{"Dec. 16-18", "2031-12-16", "2031-12-18", NP_DATE_RANGE}};
    expect("The fair runs Thursday, Dec. 16-18 in town.", "2032-06-20", r, 1);
}

/* A reference date that is only a lower bound of the writing day (a day
 * the text itself tells of, marked "~"): a weekday one or two days after it
 * is taken for that one ("the union said Saturday" after a Friday caption),
 * a weekday further ahead for the one before, as with a publication date. */
static void weekday_after_an_approximate_reference(void **state)
{
    (void)state;
    const char *t = "In a statement Saturday, the union said so. The ferry arrived on Wednesday.";
    const want approx[] = {
        {"Saturday", "2032-04-17", NULL, NP_DATE_RELATIVE},
        {"Wednesday", "2032-04-14", NULL, NP_DATE_RELATIVE},
    };
    expect(t, "2032-04-16~", approx, 2); /* a Friday */
    const want exact[] = {
        {"Saturday", "2032-04-10", NULL, NP_DATE_RELATIVE},
        {"Wednesday", "2032-04-14", NULL, NP_DATE_RELATIVE},
    };
    expect(t, "2032-04-16", exact, 2);
}

/* A scheduled event told in the present ("filming begins in August")
 * lies on the nearer side of publication, as "would" does: in an April
 * article the coming August, not last August.  A weekday is not moved by
 * it: headlines tell the past in the present ("Fire opens gap in dam on
 * Saturday"); nor is a month after the noun "starts" ("Housing starts in
 * March fell"). */
static void scheduled_present(void **state)
{
    (void)state;
    const char *t = "Filming begins in August in the hills. Fire opens gap in dam on Saturday. "
                    "Housing starts in October fell.";
    const want w[] = {
        {"August", "2032-08", NULL, NP_DATE_INFERRED_YEAR},
        {"Saturday", "2032-04-10", NULL, NP_DATE_RELATIVE},
        {"October", "2031-10", NULL, NP_DATE_INFERRED_YEAR},
    };
    expect(t, "2032-04-14", w, sizeof w / sizeof *w);
}

static void reference_date(void **state)
{
    (void)state;
    np_arena a;
    np_arena_init(&a, 0);
    /* a dateline with its year wins over a later date in the text */
    const char *r = reference(&a, "OSLO, March 3, 2031 \xe2\x80\x94 The ferry strike ended on Friday.\n\n"
                                  "Talks resume on April 9, 2031, the union said.");
    assert_non_null(r);
    assert_string_equal(r, "2031-03-03");
    /* a dateline without a year: the first such day after the latest full date */
    r = reference(&a, "TALLINN, May 4 (Reuters) - Port workers went on strike on Monday.\n\n"
                      "Their contract expired on Dec. 31, 2030.");
    assert_non_null(r);
    assert_string_equal(r, "2031-05-04");
    /* no dateline: the latest date written in full that is the day the
     * report tells of, given with its weekday or written twice; a date
     * written once is some earlier event's ("his memo dated ...") */
    r = reference(&a, "The port reopened on Tuesday. It had closed on June 2, 2030, "
                      "and the inquiry reported on Wednesday, January 15, 2031.");
    assert_non_null(r);
    assert_string_equal(r, "2031-01-15~"); /* a day told of: the writing day is that day or after */
    r = reference(&a, "Dockers wait at the gate, Tallinn, on June 2, 2030. The port closed on Tuesday.\n\n"
                      "A docker reads the notice, Tallinn, on June 2, 2030.");
    assert_non_null(r);
    assert_string_equal(r, "2030-06-02~");
    assert_null(reference(&a, "The port reopened on Tuesday. The inquiry had reported on January 15, 2031, "
                              "and the minister's memo was dated June 2, 2030."));
    assert_null(reference(&a, "The port reopened on Tuesday, the day after the inquiry reported on "
                              "Thursday, January 15, 2031.")); /* a Wednesday: not that day's weekday */
    /* a later month named with its year: the full date is an old event */
    assert_null(reference(&a, "The port closed on Tuesday. It first opened on June 2, 1990; "
                              "the last repairs were made in April 2031."));
    /* nothing to count from: relative dates stay unresolved, never today */
    assert_null(reference(&a, "The port reopened on Tuesday after a strike in May."));
    assert_null(reference(&a, "RIGA, June 8 - The port reopened on Tuesday."));
    /* an upper-case word in a sentence is no dateline */
    r = reference(&a, "Workers of the NATO base, June 8 - the date of the vote - left. It began on Friday, May 2, 2031.");
    assert_non_null(r);
    assert_string_equal(r, "2031-05-02~");
    np_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(civil_roundtrip),
        cmocka_unit_test(absolute_dates),
        cmocka_unit_test(partial_and_ranges),
        cmocka_unit_test(range_start_takes_the_end_year),
        cmocka_unit_test(relative_dates),
        cmocka_unit_test(unresolved_without_publication),
        cmocka_unit_test(not_dates),
        cmocka_unit_test(tense_and_year),
        cmocka_unit_test(progressive_tense_past_adverbs),
        cmocka_unit_test(year_of_a_day_without_one),
        cmocka_unit_test(reference_date),
        cmocka_unit_test(weekday_with_its_date_and_month_of_year),
        cmocka_unit_test(scheduled_present),
        cmocka_unit_test(weekday_picks_the_year),
        cmocka_unit_test(weekday_after_an_approximate_reference),
        cmocka_unit_test(deadlines_and_month_comma_year),
        cmocka_unit_test(instants_of_stored_dates),
        cmocka_unit_test(set_for_and_followed_by),
        cmocka_unit_test(modals_and_month_of_last_year),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
