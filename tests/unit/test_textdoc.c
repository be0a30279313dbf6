/*
 * Unit tests for article/textdoc.c (plus datefmt.c, linefeat.c, byline.c).
 *
 * The articles below are fictional and written for these tests; each one
 * carries a kind of page furniture scraped plain text brings along.  The
 * seed test reads ../shared at run time and checks the cleaning and
 * metadata conditions listed in seeds/gold.json (skipped when absent).
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "core/doc.h"
#include "core/mem.h"
#include "core/status.h"
#include "article/byline.h"
#include "article/datefmt.h"
#include "article/textdoc.h"

/* ---- helpers ------------------------------------------------------------ */

static np_doc *parse_ok(const char *text)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    np_error err;
    np_error_clear(&err);
    np_status st = np_textdoc_parse(text, strlen(text), d, &err);
    if (st != NP_OK)
        fprintf(stderr, "parse failed: %s (%s)\n", np_status_name(st), err.msg);
    assert_int_equal(st, NP_OK);
    assert_non_null(d->text);
    return d;
}

/* No line of the body equals or starts with `bad` (case-insensitive). */
static int body_has_line_prefix(const char *body, const char *bad)
{
    size_t bl = strlen(bad);
    const char *p = body;
    while (p && *p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n >= bl && strncasecmp(p, bad, bl) == 0)
            return 1;
        p = nl ? nl + 1 : NULL;
    }
    return 0;
}

static void assert_no_line(const char *body, const char *bad)
{
    if (body_has_line_prefix(body, bad)) {
        fprintf(stderr, "body still holds a line starting with \"%s\":\n%s\n", bad, body);
        fail();
    }
}

/* assert_string_equal that reports a NULL instead of crashing on it. */
#define expect_str(got, want) expect_str_at((got), (want), #got, __LINE__)
static void expect_str_at(const char *got, const char *want, const char *what, int line)
{
    if (!got || strcmp(got, want) != 0) {
        fprintf(stderr, "line %d: %s is \"%s\", want \"%s\"\n", line, what,
                got ? got : "(null)", want);
        fail();
    }
}

static void assert_contains(const char *hay, const char *needle)
{
    if (!hay || !strstr(hay, needle)) {
        fprintf(stderr, "expected \"%s\" in:\n%s\n", needle, hay ? hay : "(null)");
        fail();
    }
}

/* ---- fictional articles, one kind of furniture each -------------------- */

/* Repeated headline (once with a closing period), a date line with NBSPs, a
 * view counter, and a reaction widget at the bottom. */
static void repeated_headline_date_counter_reactions(void **state)
{
    (void)state;
    const char *text =
        "Harbour town votes to rebuild its flooded seawall before winter\n\n"
        "Harbour town votes to rebuild its flooded seawall before winter.\n\n"
        "Mar 4, 2024\xc2\xa0-\xc2\xa0" "09:30\n"
        "\xc2\xa0" "12\n"
        "Harbour town votes to rebuild its flooded seawall before winter\n\n"
        "The council of Lowmere voted on Monday to rebuild the seawall that failed during the "
        "February storms, ending months of argument over who should pay for it.\n\n"
        "Engineers told the meeting that the new wall would be two metres higher than the old one "
        "and would take about eight months to finish.\n\n"
        "\xe2\x80\x9cWe cannot face another winter like the last one,\xe2\x80\x9d said the mayor, "
        "Edda Marsh, after the vote.\n\n"
        "What's Your Reaction?\n\nlike\n\ndislike\n\nlove\n\nfunny\n\nangry\n\nsad\n\nwow\n";
    np_doc *d = parse_ok(text);
    expect_str(d->title, "Harbour town votes to rebuild its flooded seawall before winter");
    expect_str(d->published, "2024-03-04");
    assert_true(strncmp(d->text, "The council of Lowmere voted", 28) == 0);
    assert_contains(d->text, "said the mayor, Edda Marsh, after the vote.");
    const char *bad[] = {"Harbour town", "Mar 4", "12", "What's Your", "like", "dislike", "love",
                         "funny", "angry", "sad", "wow"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_no_line(d->text, bad[i]);
    np_doc_free(d);
}

/* Deck between headline and byline; byline with two names, a place and a
 * date; "Leave a Reply" / "Dismiss" / section label / NBSP-only line at the
 * bottom. */
static void deck_byline_and_comment_tail(void **state)
{
    (void)state;
    const char *text =
        "Rail strike halts freight across the northern valleys\n\n"
        "Rail strike halts freight across the northern valleys\n"
        "Drivers walked out after talks on rest periods collapsed late on Sunday, leaving grain "
        "trains stranded in sidings from Alder to Penrock. / The Valley Courier\n"
        "By Jane Doe and Omar Haddad in Penrock November 3, 2024\n\n"
        "Freight traffic across the northern valleys stopped on Monday morning as train drivers "
        "began a three-day strike over rest periods.\n\n"
        "The operator said it would run a reduced passenger service but no goods trains until "
        "the dispute was settled.\n\n"
        "Union leaders said they were ready to return to talks at any time.\n\n"
        "\xc2\xa0\n\nNews\n\nLeave a Reply\n\nDismiss\n";
    np_doc *d = parse_ok(text);
    expect_str(d->title, "Rail strike halts freight across the northern valleys");
    expect_str(d->author, "Jane Doe, Omar Haddad");
    expect_str(d->published, "2024-11-03");
    expect_str(d->dateline, "Penrock");
    assert_non_null(d->description);
    assert_true(strncmp(d->description, "Drivers walked out", 18) == 0);
    assert_null(strstr(d->description, "Courier")); /* " / Outlet" suffix dropped */
    assert_true(strncmp(d->text, "Freight traffic across", 22) == 0);
    assert_contains(d->text, "ready to return to talks at any time.");
    const char *bad[] = {"Rail strike", "Drivers walked", "By Jane", "News", "Leave a Reply",
                         "Dismiss"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_no_line(d->text, bad[i]);
    np_doc_free(d);
}

/* A labelled metadata line ("Outlet: ...") between the headline and the
 * byline is no headline and no body line. */
static void outlet_label_line(void **state)
{
    (void)state;
    np_doc *d = parse_ok("Valley residents count the cost\nOutlet: The Tessin Ledger\nBy Jane Doe\n"
                         "Published: 2026-12-01\nThe Tessin dam was breached on Saturday night, officials said.\n");
    expect_str(d->title, "Valley residents count the cost");
    expect_str(d->author, "Jane Doe");
    assert_no_line(d->text, "Outlet:");
    np_doc_free(d);
}

/* Section label at the top, in-body subheadings and bullets (kept), a
 * product list and "Related:" links in the tail (dropped). */
static void section_label_subheadings_product_tail(void **state)
{
    (void)state;
    const char *text =
        "World Economy\n\n"
        "Copper Prices Climb As Mines Shut For Safety Checks\n\n"
        "Copper Prices Climb As Mines Shut For Safety Checks\n\n"
        "Copper rose to its highest price in a year on Tuesday after two large mines in the "
        "fictional province of Arvel suspended work for safety inspections.\n\n"
        "Background & Context\n\n"
        "The province supplies a large share of the metal used by cable makers, and earlier "
        "closures have moved prices quickly.\n\n"
        "  \xe2\x80\xa2 Monday: inspectors arrive at the first mine and stop the lifts.\n"
        "  \xe2\x80\xa2 Tuesday: the second mine closes as a precaution.\n\n"
        "Traders expect the closures to last at least a week, which should keep prices high "
        "until the mines reopen.\n\n"
        "Solar Lantern Kit \xe2\x80\x93 Bright light for camping trips and power cuts.\n\n"
        "Thermal Mugs (Set of 4) \xe2\x80\x93 Keep drinks hot for hours on cold mornings.\n\n"
        "Related: Nickel Output Falls For Third Month\n\n"
        "Related: Port Strike Delays Ore Shipments\n";
    np_doc *d = parse_ok(text);
    expect_str(d->title, "Copper Prices Climb As Mines Shut For Safety Checks");
    assert_true(strncmp(d->text, "Copper rose to its highest", 26) == 0);
    assert_contains(d->text, "\n\nBackground & Context\n\n");
    assert_contains(d->text, "Tuesday: the second mine closes");
    assert_contains(d->text, "should keep prices high until the mines reopen.");
    const char *bad[] = {"World Economy", "Solar Lantern", "Thermal Mugs", "Related:"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_no_line(d->text, bad[i]);
    assert_null(d->published); /* no full date anywhere near the top */
    np_doc_free(d);
}

/* Dateline with country and agency; date only in the first paragraph; no
 * title (the first line is a long paragraph). */
static void dateline_and_first_paragraph_date(void **state)
{
    (void)state;
    const char *text =
        "\n"
        "PORTO VELHO, Brazil (Wire Service) \xe2\x80\x94 Firefighters contained a forest fire "
        "near the river port on Friday, officials said, after it burned for most of the week. "
        "Speaking on 14 August 2024, the state governor said no homes were lost.\n"
        "Rain is forecast for the weekend, which should help crews put out the last hot spots.\n"
        "Leave a comment\n";
    np_doc *d = parse_ok(text);
    assert_null(d->title);
    expect_str(d->dateline, "Porto Velho, Brazil");
    expect_str(d->published, "2024-08-14");
    assert_contains(d->text, "Firefighters contained a forest fire");
    assert_contains(d->text, "put out the last hot spots.");
    assert_no_line(d->text, "Leave a comment");
    np_doc_free(d);
}

/* A text without a date line or a dated byline whose URL's path spells a
 * day (a JSONL record) takes that day, before any date of its first
 * paragraph; a first-paragraph date that names an earlier event ("for the
 * March 11, 2005, shooting") or a birth is not the day of the news. */
static void url_day_and_dates_of_earlier_events(void **state)
{
    (void)state;
    const char *text =
        "\n"
        "A judge sentenced the gunman to life in prison on Saturday for the March 11, 2005, shooting "
        "at the Tarrow courthouse that left four people dead.\n"
        "The jury had deadlocked on the death penalty after two weeks of deliberation.\n";
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_textdoc_parse(text, strlen(text), d, NULL), NP_OK);
    assert_null(d->published);
    np_doc_free(d);
    /* a birth told with a death or an age is not the day of the news; a
     * birth in another clause, a name or a compound with "born", or a birth
     * that is the news leaves the date the news day */
    static const char *const births[][2] = {
        {"\nShe was 91. Vera Lind was born in a village near Selm, Tarnland on April 22, 1931, and sang in its "
         "choir.\nHer family said she died at home after a short illness.\n", NULL},
        {"\nVera Lind, who was born in Selm, died at home on May 6, 2031, her family said.\n"
         "She had sung in the town's choir for sixty years.\n", "2031-05-06"},
        {"\nRuiz, a Selm-born lawyer, resigned as mayor on May 6, 2031, after a vote of no confidence.\n"
         "Her deputy takes over until the election.\n", "2031-05-06"},
        {"\nBowing to the will of voters, the Selm council on Tuesday, May 6, 2031, repealed the parking tax.\n"
         "The tax had been in force for two years.\n", "2031-05-06"},
        {"\nVera Lind was born in 1931 in Selm and died at home on May 6, 2031, her family said.\n"
         "She had sung in the town's choir for sixty years.\n", "2031-05-06"},
        /* a birth that is the news: no death, no age */
        {"\nA white rhino calf was born at the Selm zoo on June 2, 2031, keepers said on Tuesday.\n"
         "Mother and calf are doing well.\n", "2031-06-02"},
    };
    for (size_t k = 0; k < sizeof births / sizeof *births; k++) {
        d = np_doc_new();
        assert_non_null(d);
        assert_int_equal(np_textdoc_parse(births[k][0], strlen(births[k][0]), d, NULL), NP_OK);
        if (births[k][1])
            expect_str(d->published, births[k][1]);
        else
            assert_null(d->published);
        np_doc_free(d);
    }
    static const char *const urls[][2] = {
        {"http://news.example/local/2008/dec/13/sentence", "2008-12-13"},
        {"http://news.example/2008/12/13/judge-sentences", "2008-12-13"},
        {"http://news.example/courts/20081213/judge-sentences", "2008-12-13"},
        {"http://news.example/world/2008-12-13-tarrow-court_N.htm", "2008-12-13"},
        {"http://news.example/breaking/20081213-268325/Judge", "2008-12-13"},
        /* a day and the number of its item; underscores; a date parameter */
        {"http://wire.example/newswire/2008/12/13-1", "2008-12-13"},
        {"http://news.example/stories/2008/50/tarrow_web_2008_12_13_q.html", "2008-12-13"},
        {"http://news.example/article.jsp?ymd=20081213&content_id=3718580", "2008-12-13"},
        {"http://news.example/view?story=88&pubDate=20081213", "2008-12-13"},
        /* a date parameter in ISO form, up to the next parameter, a
         * fragment or its time */
        {"http://news.example/story?id=4&pubDate=2008-12-13", "2008-12-13"},
        {"http://news.example/story?pubDate=2008-12-13&id=4", "2008-12-13"},
        {"http://news.example/story?date=2008-12-13T08:30:00Z", "2008-12-13"},
        {"http://news.example/story?ymd=2008-12-13#comments", "2008-12-13"},
        {"http://news.example/story?id=4&published_date=2008-12-13", "2008-12-13"},
    };
    for (size_t i = 0; i < sizeof urls / sizeof urls[0]; i++) {
        d = np_doc_new();
        assert_non_null(d);
        assert_int_equal(np_doc_set(&d->url, urls[i][0]), NP_OK);
        assert_int_equal(np_textdoc_parse(text, strlen(text), d, NULL), NP_OK);
        expect_str(d->published, urls[i][1]);
        np_doc_free(d);
    }
    /* no day in the path: the host's digits, a month alone, an id */
    static const char *const none[] = {"http://2008.example/news", "http://news.example/2008/12/judge",
                                       "http://news.example/story/778356/judge", "http://news.example/2008/13/40/x",
                                       /* a count opening a slug, a day no month has */
                                       "http://news.example/2019/10/25-best-trails/", "http://news.example/2019/dec/3-ways/",
                                       "http://news.example/2024/02/30/plan/", "http://news.example/2023/02/29/plan/",
                                       /* a number of the article, not a date parameter */
                                       "http://news.example/view?id=20081213", "http://news.example/page=20081213",
                                       "http://news.example/view?candidateId=20081213",
                                       /* counts after the day, not the day's item number */
                                       "http://news.example/2019/11/30-60-90-day-plan",
                                       /* an ISO value of no date parameter, or no whole day */
                                       "http://news.example/view?id=2008-12-13",
                                       "http://news.example/view?date=2008-12-13x",
                                       "http://news.example/view?date=2008-12", "http://news.example/view?date=2008-12-1",
                                       "http://news.example/view?date=2008-13-13",
                                       "http://news.example/view?date=2009-02-29"};
    char iso[11];
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        assert_false(np_url_date(none[i], iso));
}

static void no_title_when_body_starts_at_once(void **state)
{
    (void)state;
    const char *text =
        "The museum in Tarrow reopened on Saturday after a two-year renovation that added a new "
        "wing for maritime history and a cafe overlooking the bay.\n"
        "Visitors queued from early morning, and staff said more than three thousand people came "
        "through the doors on the first day.\n";
    np_doc *d = parse_ok(text);
    assert_null(d->title);
    assert_null(d->author);
    assert_true(strncmp(d->text, "The museum in Tarrow", 20) == 0);
    assert_contains(d->text, "on the first day.");
    np_doc_free(d);
}

/* Values set before (e.g. from JSONL) are never replaced. */
static void keeps_fields_already_set(void **state)
{
    (void)state;
    const char *text =
        "Bridge Repairs Close River Crossing\n\nBridge Repairs Close River Crossing\n"
        "By Karl Olsen | June 2, 2024\n\n"
        "The old stone bridge at Fenwick will close for three months while masons replace "
        "crumbling parapets, the county said on Sunday.\n";
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_doc_set(&d->title, "Given title"), NP_OK);
    assert_int_equal(np_doc_set(&d->published, "2024-06-01"), NP_OK);
    assert_int_equal(np_textdoc_parse(text, strlen(text), d, NULL), NP_OK);
    expect_str(d->title, "Given title");
    expect_str(d->published, "2024-06-01");
    expect_str(d->author, "Karl Olsen");
    assert_true(strncmp(d->text, "The old stone bridge", 20) == 0);
    np_doc_free(d);
}

/* Widget vocabulary inside real sentences is not furniture. */
static void prose_with_widget_words_stays(void **state)
{
    (void)state;
    const char *text =
        "Shares in the ferry operator fell sharply on Friday after it cut its profit forecast "
        "for the second time this year.\n"
        "Related\n"
        "Like it or not.\n"
        "Loading...\n"
        "He declined to comment.\n"
        "Share prices recovered slightly by the close.\n"
        "Analysts said the company would need to sell two of its older ships to cover debts.\n";
    np_doc *d = parse_ok(text);
    assert_contains(d->text, "\n\nLike it or not.\n\nHe declined to comment.\n\nShare prices recovered");
    assert_no_line(d->text, "Related");
    assert_no_line(d->text, "Loading");
    np_doc_free(d);
}

/* A lede printed twice by the template and a pull quote repeated in the
 * body: each paragraph is kept once, the lede stays the first paragraph. */
static void duplicated_lede_and_pull_quote(void **state)
{
    (void)state;
    const char *text =
        "Glassworks to close after 140 years\n\n"
        "The last glassworks in the town of Brindle will close in March after 140 years, its owners "
        "said on Thursday, blaming energy prices that have tripled since 2021.\n\n"
        "The last glassworks in the town of Brindle will close in March after 140 years, its owners "
        "said on Thursday, blaming energy prices that have tripled since 2021.\n\n"
        "About 200 people work at the site, most of them on the two furnace lines.\n\n"
        "\xe2\x80\x9cWe kept the furnaces lit through two wars and a pandemic,\xe2\x80\x9d the "
        "managing director said.\n\n"
        "The company will try to find a buyer for the building.\n\n"
        "\xe2\x80\x9cWe kept the furnaces lit through two wars and a pandemic,\xe2\x80\x9d the "
        "managing director said.\n\n"
        "Unions said they would ask the regional government for help.\n";
    np_doc *d = parse_ok(text);
    expect_str(d->title, "Glassworks to close after 140 years");
    assert_true(strncmp(d->text, "The last glassworks in the town of Brindle", 42) == 0);
    assert_null(strstr(d->text + 10, "The last glassworks"));
    const char *q = strstr(d->text, "We kept the furnaces");
    assert_non_null(q);
    assert_null(strstr(q + 5, "We kept the furnaces"));
    assert_contains(d->text, "ask the regional government for help.");
    np_doc_free(d);
}

/* ---- edge cases --------------------------------------------------------- */

static void empty_and_blank_input(void **state)
{
    (void)state;
    np_doc *d = np_doc_new();
    np_error err;
    assert_int_equal(np_textdoc_parse("", 0, d, &err), NP_EEMPTY);
    assert_int_equal(err.status, NP_EEMPTY);
    assert_int_equal(np_textdoc_parse(NULL, 0, d, NULL), NP_EEMPTY);
    const char *blank = "\n\n   \n\xc2\xa0\n\t\n";
    assert_int_equal(np_textdoc_parse(blank, strlen(blank), d, NULL), NP_EEMPTY);
    assert_null(d->text);
    assert_int_equal(np_textdoc_parse("x", 1, NULL, &err), NP_EINVAL);
    np_doc_free(d);
}

static void all_boilerplate_is_empty(void **state)
{
    (void)state;
    const char *text =
        "Home\n\nMenu\n\nSearch\n\n"
        "What's Your Reaction?\n\nlike\n\nlove\n\nwow\n\n"
        "Share this article\n\nFollow us on Facebook\n\n"
        "Subscribe to our newsletter\n\nLeave a Reply\n\nDismiss\n\n"
        "\xc2\xa9 2024 Example Media Ltd. All rights reserved.\n";
    np_doc *d = np_doc_new();
    np_error err;
    np_error_clear(&err);
    assert_int_equal(np_textdoc_parse(text, strlen(text), d, &err), NP_EEMPTY);
    assert_int_equal(err.status, NP_EEMPTY);
    assert_null(d->text);
    np_doc_free(d);
}

static void one_megabyte_single_line(void **state)
{
    (void)state;
    const char *sent = "The ferry ran late again because of fog in the strait. ";
    size_t sl = strlen(sent), n = 0, cap = (size_t)1 << 20;
    char *big = malloc(cap + 1);
    assert_non_null(big);
    while (n + sl <= cap) {
        memcpy(big + n, sent, sl);
        n += sl;
    }
    big[n] = '\0';
    np_doc *d = np_doc_new();
    assert_int_equal(np_textdoc_parse(big, n, d, NULL), NP_OK);
    assert_null(d->title);
    assert_int_equal(strlen(d->text), n - 1); /* trailing space trimmed */
    np_doc_free(d);

    /* One huge token without spaces: nothing prose-like, but no hang or crash. */
    memset(big, 'x', cap);
    big[cap] = '\0';
    d = np_doc_new();
    np_status st = np_textdoc_parse(big, cap, d, NULL);
    assert_true(st == NP_OK || st == NP_EEMPTY);
    np_doc_free(d);
    free(big);
}

static void many_short_lines_stay_linear(void **state)
{
    (void)state;
    /* 200,000 widget lines around one paragraph: the tail scan must not
     * revisit lines. */
    const char *para = "The orchard harvest was smaller this year because of a late frost in April.\n";
    size_t lines = 200000, pl = strlen(para);
    char *buf = malloc(lines * 5 + pl + 1);
    assert_non_null(buf);
    size_t n = 0;
    memcpy(buf, para, pl);
    n = pl;
    for (size_t i = 0; i < lines; i++) {
        memcpy(buf + n, "like\n", 5);
        n += 5;
    }
    buf[n] = '\0';
    np_doc *d = np_doc_new();
    assert_int_equal(np_textdoc_parse(buf, n, d, NULL), NP_OK);
    assert_int_equal(strlen(d->text), pl - 1);
    np_doc_free(d);
    free(buf);
}

/* NBSP, en and em dashes, curly quotes, zero-width spaces, emoji, U+FFFD,
 * tabs, stray CR (CRLF normally removed by the caller) and even raw bytes
 * that are not UTF-8 must not break anything. */
static void unusual_characters(void **state)
{
    (void)state;
    const char *text =
        "\xef\xbb\xbf\xe2\x80\x8b" "Caf\xc3\xa9 owners \xe2\x80\x93 and their \xe2\x80\x98loyal\xe2\x80\x99 regulars \xe2\x80\x94 rally\r\n"
        "\r\n"
        "Caf\xc3\xa9 owners \xe2\x80\x93 and their \xe2\x80\x98loyal\xe2\x80\x99 regulars \xe2\x80\x94 rally.\r\n"
        "\t\xe2\x80\x9cWe\xc2\xa0will\xc2\xa0stay open,\xe2\x80\x9d said the owner of the "
        "corner caf\xc3\xa9 \xf0\x9f\x98\x80 on Rue Basse, as neighbours signed a petition "
        "against the rent rise \xef\xbf\xbd announced last week.\r\n"
        "More than four hundred people had signed by the evening \xff\xfe according to the "
        "organisers.\r\n";
    np_doc *d = parse_ok(text);
    assert_non_null(d->title);
    assert_true(strncmp(d->title, "Caf\xc3\xa9 owners", 10) == 0);
    assert_null(strchr(d->text, '\r'));
    assert_true(strncmp(d->text, "\xe2\x80\x9cWe", 4) == 0);
    assert_contains(d->text, "according to the organisers.");
    np_doc_free(d);
}

/* Two headline-shaped lines above the body: the headline tells the lead's
 * story, the line after it (a video caption) another one. */
static void headline_is_the_line_telling_the_lead(void **state)
{
    (void)state;
    const char *text = "Harbour master to close the northern pier of Tessand for repairs\n\n"
                       "Fishermen and mayor share a laugh at the spring fair\n\n"
                       "The harbour master of Tessand will close the northern pier for repairs from Monday, the "
                       "port authority said on Thursday, after divers found cracks in two of its pillars.\n\n"
                       "Ferries will leave from the southern terminal while the work goes on.";
    np_doc *d = parse_ok(text);
    expect_str(d->title, "Harbour master to close the northern pier of Tessand for repairs");
    np_doc_free(d);
}

static void already_normalised_newlines(void **state)
{
    (void)state;
    const char *text = "Snow closes mountain pass for second day\n"
                       "Snow closes mountain pass for second day\n"
                       "The pass between Hollin and Greyfold stayed shut on Wednesday as snow "
                       "kept falling and ploughs could not keep up.\n"
                       "Police asked drivers to use the coast road instead.";
    np_doc *d = parse_ok(text);
    expect_str(d->title, "Snow closes mountain pass for second day");
    assert_string_equal(d->text,
                        "The pass between Hollin and Greyfold stayed shut on Wednesday as snow "
                        "kept falling and ploughs could not keep up.\n\n"
                        "Police asked drivers to use the coast road instead.");
    np_doc_free(d);
}

/* Scripts without spaces: paragraphs are recognised by length in
 * characters, not by space-separated words. */
static void text_without_spaces(void **state)
{
    (void)state;
    const char *text =
        "港町の市場が再開\n"
        "港町の市場が二年ぶりに再開した。地元の漁師たちは朝早くから新鮮な魚を並べ、多くの客が訪れた。\n"
        "市の担当者は、来月から週末も営業する予定だと話した。\n"
        "シェア\nツイート\nいいね\n";
    np_doc *d = parse_ok(text);
    assert_true(strncmp(d->text, "港町の市場が二年ぶりに", strlen("港町の市場が二年ぶりに")) == 0);
    assert_contains(d->text, "営業する予定だと話した。");
    assert_null(strstr(d->text, "ツイート"));
    np_doc_free(d);
}

/* ---- other scraped styles ------------------------------------------------ */

/* Share bar, follow and newsletter boxes, ad slot, photo caption and "Read
 * more:" teaser inside the body; cookie notice, tags and copyright below. */
static void style_share_newsletter_cookie(void **state)
{
    (void)state;
    const char *text =
        "City Orchestra Cancels Winter Tour After Funding Cut\n"
        "Share this article\n"
        "Published: 12 January 2025, 14:05 GMT\n"
        "The city orchestra has cancelled its winter tour after the regional arts fund cut its "
        "grant by a third, the orchestra's director said on Sunday.\n"
        "Photo: Musicians rehearse in the concert hall. (Illustrative)\n"
        "Photo caption: The director speaks to players after the last rehearsal.\n"
        "The tour would have taken the orchestra to six towns in the hills, many of which have "
        "no concert hall of their own.\n"
        "Advertisement\n"
        "Read more: Arts fund announces new rules for grants\n"
        "Subscribe to our newsletter for the week's culture news.\n"
        "The director said the players would still give free concerts in schools this spring.\n"
        "Follow us on Instagram\n"
        "We use cookies to improve your experience. By continuing to browse you agree to our "
        "cookie policy.\n"
        "Tags: music, orchestra, arts funding\n"
        "\xc2\xa9 2025 The Example Chronicle. All rights reserved.\n";
    np_doc *d = parse_ok(text);
    expect_str(d->title, "City Orchestra Cancels Winter Tour After Funding Cut");
    expect_str(d->published, "2025-01-12");
    assert_true(strncmp(d->text, "The city orchestra has cancelled", 32) == 0);
    assert_contains(d->text, "no concert hall of their own.");
    assert_contains(d->text, "free concerts in schools this spring.");
    const char *bad[] = {"Share this", "Published", "Photo:", "Photo caption", "Advertisement", "Read more",
                         "Subscribe", "Follow us", "We use cookies", "Tags:", "\xc2\xa9"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_no_line(d->text, bad[i]);
    np_doc_free(d);
}

/* Breadcrumb, ALL-CAPS byline with a role, reading-time badge, an ad slot
 * mid-body, then a "Most read" list of headlines and a sign-up box. */
static void style_breadcrumb_byline_most_read(void **state)
{
    (void)state;
    const char *text =
        "Home > World > Europe\n\n"
        "Fishing Fleet Stays In Port As Quota Talks Stall\n\n"
        "By ANNA KOWALSKA, Staff Correspondent\n"
        "Updated: 2025-02-03 08:15\n"
        "4 min read\n\n"
        "Most of the fishing fleet in the northern harbours stayed tied up on Monday as talks on "
        "next year's catch quotas broke up without a deal.\n\n"
        "Skippers said they could not afford to sail while the limits were unclear.\n\n"
        "ADVERTISEMENT\n\n"
        "The ministry said negotiators would meet again on Thursday and that it expected an "
        "agreement before the end of the month.\n\n"
        "Most Read\n\n"
        "Storm warning issued for the islands\n\n"
        "Ferry fares to rise in spring\n\n"
        "Sign up for our morning briefing\n\n"
        "Comments (3)\n";
    np_doc *d = parse_ok(text);
    expect_str(d->title, "Fishing Fleet Stays In Port As Quota Talks Stall");
    expect_str(d->author, "Anna Kowalska");
    expect_str(d->published, "2025-02-03");
    assert_true(strncmp(d->text, "Most of the fishing fleet", 25) == 0);
    assert_contains(d->text, "before the end of the month.");
    const char *bad[] = {"Home >", "By ANNA", "Updated", "4 min", "ADVERTISEMENT", "Most Read",
                         "Storm warning", "Ferry fares", "Sign up", "Comments"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_no_line(d->text, bad[i]);
    np_doc_free(d);
}

/* Wire style: ALL-CAPS dateline with an unspaced em dash, an image credit,
 * a social bar, a related-articles block and a copyright line. */
static void style_wire_dateline_social_related(void **state)
{
    (void)state;
    const char *text =
        "Dam inspection finds cracks in spillway\n"
        "Dam inspection finds cracks in spillway\n"
        "WESTBROOK\xe2\x80\x94Inspectors found cracks in the spillway of the Westbrook dam during "
        "a routine check on Thursday, the water authority said, and ordered the reservoir to be "
        "lowered by two metres.\n"
        "Image credit: Water Authority handout\n"
        "The authority said there was no immediate danger to homes downstream but that repairs "
        "would start next week.\n"
        "Facebook\nTwitter\nWhatsApp\nEmail\n"
        "Residents were told they would be informed if the situation changed.\n"
        "(Reporting by Ana Ruiz; Editing by Tom Hale)\n"
        "Related articles\n"
        "Reservoir levels fall after dry summer\n"
        "New pumping station opens in Westbrook\n"
        "Copyright 2025 Example Wire. All rights reserved.\n";
    np_doc *d = parse_ok(text);
    expect_str(d->title, "Dam inspection finds cracks in spillway");
    expect_str(d->dateline, "Westbrook");
    expect_str(d->author, "Ana Ruiz"); /* the wire credit at the foot */
    assert_true(strncmp(d->text, "WESTBROOK", 9) == 0);
    assert_contains(d->text, "repairs would start next week.");
    assert_contains(d->text, "informed if the situation changed.");
    const char *bad[] = {"Image credit", "Facebook", "Twitter", "WhatsApp", "Email", "(Reporting",
                         "Related articles", "Reservoir levels", "New pumping", "Copyright"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_no_line(d->text, bad[i]);
    np_doc_free(d);
}

/* Blog style: a menu above, "Posted by ... on DATE", a share bar, a
 * comment count and readers' comments (prose!) below, a list of other
 * headlines at the very end. */
static void style_blog_comments_and_headline_list(void **state)
{
    (void)state;
    const char *text =
        "Home\nNews\nSport\nWeather\nContact\n"
        "Latest headlines from the coast\n"
        "Kite festival draws record crowd to the dunes\n"
        "Posted by Mira Tanaka on June 9, 2024, 4:10 PM\n"
        "A record forty thousand people came to the dunes at Saltby on Sunday for the annual kite "
        "festival, organisers said.\n"
        "The wind stayed strong all afternoon, and more than two hundred kites were in the air at "
        "the same time.\n"
        "Click to share on Facebook (Opens in new window)\n"
        "Click to print (Opens in new window)\n"
        "12 responses to \xe2\x80\x9cKite festival draws record crowd to the dunes\xe2\x80\x9d\n"
        "I was there with my kids and it was the best day of the summer.\n"
        "Parking was a nightmare though, they need a better plan for next year.\n"
        "Ferry timetable changes for the winter season\n"
        "Lifeboat crew rescues two walkers cut off by the tide\n"
        "New cycle path opens between Saltby and Harrow Point\n";
    np_doc *d = parse_ok(text);
    expect_str(d->title, "Kite festival draws record crowd to the dunes");
    expect_str(d->author, "Mira Tanaka");
    expect_str(d->published, "2024-06-09");
    assert_true(strncmp(d->text, "A record forty thousand", 23) == 0);
    assert_contains(d->text, "in the air at the same time.");
    const char *bad[] = {"Home", "Posted by", "Click to", "12 responses", "I was there",
                         "Parking was", "Ferry timetable", "Lifeboat crew", "New cycle path"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_no_line(d->text, bad[i]);
    np_doc_free(d);
}

/* A run of headline-shaped links in the middle of the body is dropped, a
 * lone subheading and two stacked headings stay. */
static void link_list_inside_body(void **state)
{
    (void)state;
    const char *text =
        "The library in Cobham will open on Sundays from next month, the council said, after "
        "a petition gathered more than two thousand names.\n"
        "More from the council\n"
        "Budget vote delayed until spring\n"
        "Street lights to be replaced with LEDs\n"
        "New bins arrive in the east of town\n"
        "Staff will be paid overtime for the extra hours until new posts are filled.\n"
        "What happens next\n"
        "Opening hours\n"
        "The library will open from ten until four on Sundays.\n";
    np_doc *d = parse_ok(text);
    assert_contains(d->text, "until new posts are filled.\n\nWhat happens next\n\nOpening hours\n\n");
    assert_contains(d->text, "ten until four on Sundays.");
    const char *bad[] = {"More from", "Budget vote", "Street lights", "New bins"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_no_line(d->text, bad[i]);
    np_doc_free(d);
}

/* ---- helpers: dates, bylines, datelines ----------------------------------- */

/* A short question over a block of one-word buttons belongs to the widget;
 * a question inside the article does not. */
static void question_prompt_over_buttons(void **state)
{
    (void)state;
    np_doc *d = parse_ok(
        "Tram line to reopen after repairs\n\n"
        "The number 4 tram line in Wessel will reopen on Monday after three weeks of track "
        "repairs, the city transport office said on Friday.\n\n"
        "Will the new timetable hold through the winter? Engineers say it should, if the "
        "weather stays mild and the replacement rails arrive on time.\n\n"
        "Crews worked through two weekends to replace the worn rails near the central station.\n\n"
        "Was this article helpful?\n\nYes\n\nNo\n\nNot sure\n");
    assert_contains(d->text, "Will the new timetable hold");
    assert_contains(d->text, "replace the worn rails");
    assert_no_line(d->text, "Was this article helpful?");
    assert_no_line(d->text, "Not sure");
    np_doc_free(d);
}

/* "Name | Outlet" under a headline is not the headline, and an all-capitalised
 * notice after the last paragraph is not the article's end. */
static void name_outlet_line_and_standards_notice(void **state)
{
    (void)state;
    np_doc *d = parse_ok(
        "World\n\n"
        "Dam talks stall as delegates trade blame over river flows\n\n"
        "Updated: 27 November 2025 14:05 GMT\n\n"
        "Jane Morrow | Northbridge Times\n\n"
        "Delegates from three riverside states left the summit in Carden without an agreement "
        "on Thursday, each blaming the others for the falling water level.\n\n"
        "The talks are expected to resume in January, officials said.\n\n"
        "Reporting by Jane Morrow; Editing by Paul Kent\n\n"
        "This story was first published by Norpress.\n\n"
        "Our Standards: The Trust Principles.\n");
    assert_string_equal(d->title, "Dam talks stall as delegates trade blame over river flows");
    assert_contains(d->text, "resume in January");
    assert_no_line(d->text, "Our Standards");
    assert_no_line(d->text, "Jane Morrow |");
    assert_no_line(d->text, "This story was first published");
    np_doc_free(d);
    /* a wire's credit and a disclaimer closing the story are no text either */
    d = parse_ok("Dam talks stall in Carden\n\n"
                 "Delegates from three riverside states left the summit in Carden without an agreement "
                 "on Thursday, each blaming the others for the falling water level.\n\n"
                 "The talks are expected to resume in January, officials said.\n\n"
                 "This story was provided by Orbis Newswire.\n\n"
                 "Disclaimer: This article is not investment advice.\n");
    assert_contains(d->text, "resume in January");
    assert_no_line(d->text, "This story was provided");
    assert_no_line(d->text, "Disclaimer:");
    np_doc_free(d);
}

static void date_formats(void **state)
{
    (void)state;
    static const struct { const char *in; const char *iso; } ok[] = {
        {"Nov 28, 2025 - 02:00", "2025-11-28"},
        {"Nov\xc2\xa0" "28,\xc2\xa0" "2025", "2025-11-28"},
        {"November 27, 2025", "2025-11-27"},
        {"Thursday, 27 November 2025", "2025-11-27"},
        {"the 3rd of Sept. 2024 at 10:15 am", "2024-09-03"},
        {"2025-11-27T14:00:00Z", "2025-11-27"},
        {"posted 2024/02/29", "2024-02-29"},
        {"27.11.2025", "2025-11-27"},
        {"Feb. 1st, 2023", "2023-02-01"},
        {"27/11/2025 14:02", "2025-11-27"},
        {"11/27/2025", "2025-11-27"},
    };
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        np_textdate d;
        char iso[11];
        if (!np_textdate_find(ok[i].in, strlen(ok[i].in), &d)) {
            fprintf(stderr, "no date in \"%s\"\n", ok[i].in);
            fail();
        }
        np_textdate_iso(&d, iso);
        assert_string_equal(iso, ok[i].iso);
    }
    static const char *const bad[] = {"November 27", "Mayor 12, 2025", "2023-02-29",
                                      "31 June 2024", "12345-11-27", "in late November 2025",
                                      "Nov 32, 2025", "03/04/2025", "13/13/2025"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        np_textdate d;
        if (np_textdate_find(bad[i], strlen(bad[i]), &d)) {
            fprintf(stderr, "false date in \"%s\"\n", bad[i]);
            fail();
        }
    }
}

/* A page's header stamps its day in digits ("3/14/31 9:05 AM EST"),
 * month first unless the site is a country's outside the US; or writes it
 * under summary bullets that read as the body's first lines. */
static void header_stamped_dates(void **state)
{
    (void)state;
    static const struct { const char *in; int day_first; const char *iso; } ok[] = {
        {"3/14/31 9:05 AM EST", 0, "2031-03-14"},
        {"UPDATED 05/03/2031 at 11:00 AM EDT", 0, "2031-05-03"},
        {"Posted at 4:10 PM ET, 02/7/2031", 0, "2031-02-07"},
        {"11/09/2030", 1, "2030-09-11"},
        {"11/28/05", 1, "2005-11-28"}, /* the other reading is no day */
    };
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        np_textdate d;
        char iso[11];
        assert_true(np_textdate_slashed(ok[i].in, strlen(ok[i].in), ok[i].day_first, &d));
        np_textdate_iso(&d, iso);
        assert_string_equal(iso, ok[i].iso);
    }
    static const char *const bad[] = {"3/4 of the town", "scored 21/12", "1/2/345", "13/14/2030", "12/16/2008/5"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        np_textdate d;
        assert_false(np_textdate_slashed(bad[i], strlen(bad[i]), 0, &d));
    }
    const char *bullets =
        "As the storm reached the coast, 46 people were evacuated from the harbour on Wednesday night.\n"
        "The old sea wall failed on March 3, 2019.\n"
        "Crews worked to clear the road to the north quay.\n"
        "PUBLISHED: WEDNESDAY, MARCH 13, 2030, 2:29 PM\n"
        "UPDATED: THURSDAY, MARCH 14, 2030, 9:31 AM\n"
        "The storm that struck the coast of Tarrow on Wednesday forced the evacuation of the harbour district, "
        "the town's mayor said.\n"
        "Ferries stayed in port until the wind dropped.\n";
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_textdoc_parse(bullets, strlen(bullets), d, NULL), NP_OK);
    expect_str(d->published, "2030-03-13");
    np_doc_free(d);
    /* a headline or a sentence holding digits with slashes is no stamp */
    const char *headline =
        "Remembering 9/11/01: Tarrow firefighters mark the day\n"
        "The harbour of Tarrow reopened on Friday after a week of repairs to the north quay, the port "
        "authority said.\n"
        "Ferries will run on the summer timetable from Monday.\n";
    d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_textdoc_parse(headline, strlen(headline), d, NULL), NP_OK);
    assert_null(d->published);
    np_doc_free(d);
    /* in Title Case too */
    const char *title_case =
        "Remembering 9/11/01: Tarrow Firefighters Mark The Day\n"
        "The harbour of Tarrow reopened on Friday after a week of repairs to the north quay, the port "
        "authority said.\n"
        "Ferries will run on the summer timetable from Monday.\n";
    d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_textdoc_parse(title_case, strlen(title_case), d, NULL), NP_OK);
    assert_null(d->published);
    np_doc_free(d);
    const char *stamped =
        "8/2/2030 at 1:30 PM\n"
        "The harbour of Tarrow reopened on Friday after a week of repairs to the north quay, the port "
        "authority said.\n"
        "Ferries will run on the summer timetable from Monday.\n";
    static const char *const hosts[][2] = {{"http://news.example.com/tarrow-harbour", "2030-08-02"},
                                           {"http://news.example.co.uk/tarrow-harbour", "2030-02-08"},
                                           {"http://news.example.tv/tarrow-harbour", "2030-08-02"},
                                           {"http://news.example.com.ph/tarrow-harbour", "2030-08-02"}};
    for (size_t i = 0; i < 4; i++) {
        d = np_doc_new();
        assert_non_null(d);
        assert_int_equal(np_doc_set(&d->url, hosts[i][0]), NP_OK);
        assert_int_equal(np_textdoc_parse(stamped, strlen(stamped), d, NULL), NP_OK);
        expect_str(d->published, hosts[i][1]);
        np_doc_free(d);
    }
    /* no host: both readings are days, and the text names the month of one
     * of them ("10/07" in a story of July is 10 July), or of neither or
     * both (month first, as before) */
    static const struct { const char *stamp, *month_line, *iso; } told[] = {
        {"10/07/2030", "The club had chased the midfielder since early July, its chairman said.", "2030-07-10"},
        {"10/07/2030", "The club had chased the midfielder since (July) last year, its chairman said.", "2030-07-10"},
        {"10/07/2030", "The club had chased the midfielder since early October, its chairman said.", "2030-10-07"},
        {"10/07/2030", "The club had chased the midfielder all summer, its chairman said.", "2030-10-07"},
        {"10/07/2030", "The club had chased him from July to October, its chairman said.", "2030-10-07"},
        {"10/05/2030", "The chairman said the club may sign another player, he said.", "2030-10-05"},
        {"03/05/2030", "The minister, Theresa May, welcomed the signing, the chairman said.", "2030-03-05"},
        {"01/04/2030", "The agent April Dunn said the fee was fair.", "2030-01-04"},
    };
    for (size_t i = 0; i < sizeof told / sizeof *told; i++) {
        char text[1024];
        snprintf(text, sizeof text,
                 "Midfielder signs for Ashby Rovers\nUpdated: %s 08:15\n\n"
                 "Ashby Rovers signed the midfielder Kofi Brant from Vallmont on Thursday in a record deal, "
                 "the club said.\n\n%s\n", told[i].stamp, told[i].month_line);
        d = np_doc_new();
        assert_non_null(d);
        assert_int_equal(np_textdoc_parse(text, strlen(text), d, NULL), NP_OK);
        expect_str(d->published, told[i].iso);
        np_doc_free(d);
    }
}

/* The published day of a plain text of title, top lines and body, and the
 * day of its later edit (NULL: none). */
static void expect_dates(const char *top, const char *url, const char *want, const char *want_modified)
{
    char text[2048];
    snprintf(text, sizeof text, "%s\n"
             "The council of Brenmoor approved its spending plan for the coming year on Tuesday after a long "
             "debate over road repairs and school funding.\n\n"
             "Councillors said the plan would be reviewed again in the autumn, when the new tax figures are in.\n",
             top);
    np_doc *d = np_doc_new();
    assert_non_null(d);
    if (url)
        assert_int_equal(np_doc_set(&d->url, url), NP_OK);
    assert_int_equal(np_textdoc_parse(text, strlen(text), d, NULL), NP_OK);
    if (want)
        expect_str(d->published, want);
    else if (d->published) {
        fprintf(stderr, "published \"%s\" from:\n%s\n", d->published, top);
        fail();
    }
    if (want_modified)
        expect_str(d->modified, want_modified);
    else if (d->modified) {
        fprintf(stderr, "modified \"%s\" from:\n%s\n", d->modified, top);
        fail();
    }
    np_doc_free(d);
}

static void expect_published(const char *top, const char *url, const char *want)
{
    expect_dates(top, url, want, NULL);
}

/* A deck, a summary, a bullet or a kicker tells the date of the event it is
 * about; a line that is only a date, a stamp ("Published ...") or a byline's
 * date tells the day of publication, and wins wherever it stands. */
static void dates_of_events_above_the_date_line(void **state)
{
    (void)state;
    static const char *const tops[] = {
        "Council passes budget\nFinal vote set for April 20, 2031\nBy Karl Ost\nMarch 11, 2031\n",
        "Council passes budget\nSummary: final vote on April 20, 2031\nBY KARL OST\nMARCH 11, 2031\n",
        "Council passes budget\n* Final vote due April 20, 2031\nBY KARL OST\nMARCH 11, 2031\n",
        "WORLD CUP 2030 QUALIFIERS: JUNE 3, 2031\nCouncil passes budget\nBy Karl Ost | March 11, 2031\n",
        "Council passes budget\nHearing moved to Friday, April 20, 2031\nPublished March 11, 2031\n",
        "Council passes budget\nRoad works begin April 20, 2031\nTuesday, March 11, 2031, 9:40 AM ET\n",
        /* the byline's date alone, in the tail's byline too */
        "Council passes budget\nFinal vote set for April 20, 2031\nBy Karl Ost in Brenmoor March 11, 2031\n",
        /* stamps with a time, a weekday, an edit's age */
        "Council passes budget\nElection day: April 20, 2031\nMar. 11, 2031 / 9:40 AM / Updated 2 hours ago\n",
    };
    for (size_t i = 0; i < sizeof tops / sizeof *tops; i++)
        expect_published(tops[i], NULL, "2031-03-11");
    /* the stand-alone date line above the byline, a title with a year only */
    expect_published("Council passes budget\nMarch 11, 2031\nBy Karl Ost\n", NULL, "2031-03-11");
    expect_published("Council passes its 2031 budget\nBy Karl Ost\nMarch 11, 2031\n", NULL, "2031-03-11");
    expect_published("Council passes 2031 budget after vote on April 20, 2031\nMarch 11, 2031\n", NULL, "2031-03-11");
    /* the URL's day tells publication better than an event's date */
    expect_published("Council passes budget\nFinal vote set for April 20, 2031\n",
                     "http://news.example/2031/03/11/budget", "2031-03-11");
    /* alone, an event's date still beats the first paragraph's (as before) */
    expect_published("Council passes budget\nFinal vote set for April 20, 2031\n", NULL, "2031-04-20");
    expect_published("Brenmoor Herald | April 20, 2031\nCouncil passes budget\n", NULL, "2031-04-20");
    expect_published("Council passes budget\nBy Karl Ost\n", NULL, NULL);
}

/* Of a publication stamp and an edit's, the publication's tells the day,
 * in either order and on one line or two, and the edit's the day of the
 * change (as an HTML page's article:published_time and
 * article:modified_time); an edit's stamp alone still dates the page,
 * unless a byline or the URL tells the day. */
static void published_stamp_over_updated_stamp(void **state)
{
    (void)state;
    static const char *const tops[] = {
        "Council passes budget\nUPDATED MARCH 12, 2031\nPUBLISHED MARCH 11, 2031\n",
        "Council passes budget\nLast updated: Wednesday, March 12, 2031 10:05 GMT\nFirst published on March 11, 2031\n",
        "Council passes budget\nPublished: March 11, 2031 | Updated: March 12, 2031\n",
        "Council passes budget\nUpdated: March 12, 2031 | Published: March 11, 2031\n",
        "Council passes budget\nPosted March 11, 2031, 4:10 PM; last modified March 12, 2031\n",
        "Council passes budget\nUpdated March 12, 2031\nBy Karl Ost | March 11, 2031\n",
        "Council passes budget\nUpdated March 12, 2031\nMarch 11, 2031\n",
    };
    for (size_t i = 0; i < sizeof tops / sizeof *tops; i++)
        expect_dates(tops[i], NULL, "2031-03-11", "2031-03-12");
    expect_dates("Council passes budget\nUpdated March 12, 2031\n", "http://news.example/2031/03/11/budget",
                 "2031-03-11", "2031-03-12");
    expect_dates("Council passes budget\nUPDATED MARCH 12, 2031\nBy Karl Ost\n", NULL, "2031-03-12", "2031-03-12");
    /* an edit's stamp beats an event's date; an edit told in a phrase is
     * no stamp */
    expect_dates("Council passes budget\nFinal vote set for April 20, 2031\nUpdated: March 12, 2031\n", NULL,
                 "2031-03-12", "2031-03-12");
    expect_dates("Council passes budget\nRules updated on April 20, 2031\nMarch 11, 2031\n", NULL, "2031-03-11",
                 NULL);
    /* a zone after a clock time, whichever; capitals after a date alone
     * are a phrase's */
    expect_dates("Council passes budget\nUpdated: March 12, 2031 20:09 IST\nPublished March 11, 2031 9:40 AM AEDT\n",
                 NULL, "2031-03-11", "2031-03-12");
    expect_dates("Council passes budget\nUPDATED MARCH 12, 2031 FINAL\nMARCH 11, 2031 VOTE\n", NULL, "2031-03-12",
                 NULL);
    /* a blog's stamp credits staff of a name of several words */
    expect_dates("Posted on March 11, 2031 by Brenmoor Evening Courier Staff\n", NULL, "2031-03-11", NULL);
    /* ... but the words of a stamp count in a line that opens on no stamp:
     * a sentence of the body with its date stays */
    np_doc *d = parse_ok("The singer was admitted to a clinic in Tallby, her publicist said on Wednesday.\n"
                         "\"We ask for privacy at this time,\" the publicist told reporters.\n"
                         "Vell signed herself in on Tuesday, March 10, 2031.\n"
                         "Her publicist declined to say why she went, or for how long she would stay there.\n");
    assert_contains(d->text, "Vell signed herself in on Tuesday, March 10, 2031.");
    np_doc_free(d);
}

static void byline_shapes(void **state)
{
    (void)state;
    np_byline b;
    const char *s = "By Jane Doe, Example Wire";
    assert_true(np_byline_parse(s, strlen(s), NULL, &b));
    expect_str(b.names, "Jane Doe");
    s = "Written by Ana de la Cruz and Lee Park | 5 March 2024";
    assert_true(np_byline_parse(s, strlen(s), NULL, &b));
    expect_str(b.names, "Ana de la Cruz, Lee Park");
    assert_true(b.has_date);
    s = "Posted by Mira Tanaka on June 9, 2024, 4:10 PM";
    assert_true(np_byline_parse(s, strlen(s), NULL, &b));
    expect_str(b.names, "Mira Tanaka");
    s = "By Li Wei in Chengdu for Example Wire";
    assert_true(np_byline_parse(s, strlen(s), NULL, &b));
    expect_str(b.names, "Li Wei");
    expect_str(b.place, "Chengdu");
    s = "(Reporting by Ana Ruiz in Quito; Editing by Tom Hale)";
    assert_true(np_byline_parse(s, strlen(s), NULL, &b));
    expect_str(b.names, "Ana Ruiz");
    expect_str(b.place, "Quito");
    s = "By KARIN STROM and ELIAS VOGT Tarnwire"; /* a wire byline: the agency is no name */
    assert_true(np_byline_parse(s, strlen(s), NULL, &b));
    expect_str(b.names, "Karin Strom, Elias Vogt");
    s = "By Staff Reporter";
    assert_true(np_byline_parse(s, strlen(s), NULL, &b));
    expect_str(b.names, "");
    s = "By Harbour Daily News";
    assert_true(np_byline_parse(s, strlen(s), NULL, &b));
    expect_str(b.names, "");
    s = "By Ola Berg";
    assert_true(np_byline_parse(s, strlen(s), "Ola Berg", &b)); /* the outlet itself */
    expect_str(b.names, "");
    static const char *const prose[] = {
        "By Monday, officials had left the town.",
        "By the end of the year the plant will close.",
        "By Western standards, the plan is modest.",
        "By November 27, 2025, troops had withdrawn from the last villages in the valley.",
        "By Jack's count, forty boats were lost."};
    for (size_t i = 0; i < sizeof prose / sizeof *prose; i++) {
        if (np_byline_parse(prose[i], strlen(prose[i]), NULL, &b)) {
            fprintf(stderr, "prose taken for a byline: \"%s\" (%s)\n", prose[i], b.names);
            fail();
        }
    }
}

static void dateline_shapes(void **state)
{
    (void)state;
    char place[128];
    const char *s = "Lowmere \xe2\x80\x93 The council met on Monday.";
    assert_true(np_dateline_parse(s, strlen(s), place, sizeof place) > 0);
    expect_str(place, "Lowmere");
    s = "NEW HAVEN, Conn., March 3 (Wire) - Police said on Sunday.";
    assert_true(np_dateline_parse(s, strlen(s), place, sizeof place) > 0);
    expect_str(place, "New Haven, Conn.");
    static const char *const none[] = {
        "Jane Doe \xe2\x80\x93 a lawyer from the city \xe2\x80\x93 said the ruling was fair.",
        "The council \xe2\x80\x93 which met on Monday \xe2\x80\x93 voted.",
        "In Lowmere \xe2\x80\x93 The town is quiet.",
        "Officials said the well-known bridge would close.",
        "ExampleNews.net \xe2\x80\x93 The bridge will close on Monday.",
        "Mayor Edda Marsh - who was re-elected - spoke first."};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        if (np_dateline_parse(none[i], strlen(none[i]), place, sizeof place)) {
            fprintf(stderr, "false dateline \"%s\" in \"%s\"\n", place, none[i]);
            fail();
        }
    }
}

#ifdef NP_ALLOC_TORTURE
/* Fail each allocation in turn: every failure must come back as NP_ENOMEM
 * with the doc untouched and nothing leaked (ASan checks the leaks). */
static void out_of_memory_paths(void **state)
{
    (void)state;
    const char *text =
        "Ferry Service Resumes After Storm\n\nFerry Service Resumes After Storm.\n"
        "By Lena Holm in Visby June 3, 2024\n"
        "Ferries to the island resumed on Monday after two days of cancellations, the operator said.\n"
        "Queues at the harbour stretched for a kilometre in the morning.\n"
        "Leave a Reply\n";
    int saw_ok = 0;
    for (long n = 0; n < 200 && !saw_ok; n++) {
        np_doc *d = np_doc_new();
        assert_non_null(d);
        np_mem_fail_after(n);
        np_status st = np_textdoc_parse(text, strlen(text), d, NULL);
        np_mem_fail_after(-1);
        if (st == NP_OK) {
            saw_ok = 1;
            expect_str(d->author, "Lena Holm");
        } else {
            assert_int_equal(st, NP_ENOMEM);
            assert_null(d->text);
            assert_null(d->title);
        }
        np_doc_free(d);
    }
    assert_true(saw_ok);
}
#endif

/* ---- the seeds against gold.json ---------------------------------------- */

static int str_eq_opt(const char *got, const char *want)
{
    return got && want && strcmp(got, want) == 0;
}

static void seeds_match_gold(void **state)
{
    (void)state;
    const char *shared = np_test_shared_dir();
    if (!shared)
        skip();
    char path[4096];
    snprintf(path, sizeof path, "%s/seeds/gold.json", shared);
    json_error_t jerr;
    json_t *gold = json_load_file(path, 0, &jerr);
    assert_non_null(gold);
    json_t *docs = json_object_get(gold, "documents");
    assert_true(json_is_array(docs));
    int checks = 0, passed = 0, clean_checks = 0, clean_passed = 0;
    size_t i;
    json_t *g;
    json_array_foreach(docs, i, g) {
        const char *name = json_string_value(json_object_get(g, "doc"));
        assert_non_null(name);
        snprintf(path, sizeof path, "%s/seeds/%s", shared, name);
        size_t len;
        char *text = np_test_read_file(path, &len);
        assert_non_null(text);
        np_doc *d = np_doc_new();
        assert_non_null(d);
        np_status st = np_textdoc_parse(text, len, d, NULL);
        assert_int_equal(st, NP_OK);
        const char *body = d->text ? d->text : "";
        static const char *const meta_keys[] = {"title", "published", "author"};
        const char *got[] = {d->title, d->published, d->author};
        for (int k = 0; k < 3; k++) {
            json_t *w = json_object_get(g, meta_keys[k]);
            if (!json_is_string(w))
                continue;
            checks++;
            if (str_eq_opt(got[k], json_string_value(w)))
                passed++;
            else
                fprintf(stderr, "%s: %s: got \"%s\", want \"%s\"\n", name, meta_keys[k],
                        got[k] ? got[k] : "(null)", json_string_value(w));
        }
        static const char *const sent_keys[] = {"first_body_sentence", "last_body_sentence"};
        for (int k = 0; k < 2; k++) {
            json_t *w = json_object_get(g, sent_keys[k]);
            if (!json_is_string(w))
                continue;
            checks++, clean_checks++;
            if (strstr(body, json_string_value(w)))
                passed++, clean_passed++;
            else
                fprintf(stderr, "%s: %s missing: \"%s\"\n", name, sent_keys[k], json_string_value(w));
        }
        size_t j;
        json_t *bp;
        json_array_foreach(json_object_get(g, "boilerplate"), j, bp) {
            checks++, clean_checks++;
            if (!body_has_line_prefix(body, json_string_value(bp)))
                passed++, clean_passed++;
            else
                fprintf(stderr, "%s: boilerplate kept: \"%s\"\n", name, json_string_value(bp));
        }
        if (getenv("NP_TEXTDOC_DUMP"))
            fprintf(stderr, "=== %s\ntitle=%s\npublished=%s\nauthor=%s\ndateline=%s\ndeck=%s\n---\n%s\n",
                    name, d->title ? d->title : "-", d->published ? d->published : "-",
                    d->author ? d->author : "-", d->dateline ? d->dateline : "-",
                    d->description ? d->description : "-", body);
        np_doc_free(d);
        free(text);
    }
    fprintf(stderr, "textdoc seeds: %d/%d checks (cleaning %d/%d, metadata %d/%d)\n", passed,
            checks, clean_passed, clean_checks, passed - clean_passed, checks - clean_checks);
    json_decref(gold);
    assert_int_equal(passed, checks);
}

/* A short first line over a body that starts at once is the headline,
 * kept as written (and in the body); a long first line is the lede. */
static void short_first_line_is_the_headline(void **state)
{
    (void)state;
    const char *text = "Harbour council votes to double mooring fees.\n\n"
                       "The harbour council of Varnholm voted on Friday to double the fees that fishing boats pay "
                       "to moor at the north quay, after a year in which repairs cost twice the budget.\n\n"
                       "Skippers said they would appeal the decision at the next public meeting of the council.\n\n"
                       "The new fees take effect in March, the council said in a statement on its website.\n";
    np_doc *d = parse_ok(text);
    assert_non_null(d->title);
    assert_string_equal(d->title, "Harbour council votes to double mooring fees.");
    assert_contains(d->text, "The harbour council of Varnholm voted");
    np_doc_free(d);
    /* a dateline opens the body: no headline */
    const char *lede = "VARNHOLM - The harbour council voted to double fees.\n\n"
                       "The harbour council of Varnholm voted on Friday to double the fees that fishing boats pay "
                       "to moor at the north quay, after a year in which repairs cost twice the budget.\n\n"
                       "Skippers said they would appeal the decision at the next public meeting of the council.\n\n"
                       "The new fees take effect in March, the council said in a statement on its website.\n";
    d = parse_ok(lede);
    assert_null(d->title);
    np_doc_free(d);
}

/* Photo captions left in a scraped text (one verbless sentence) leave the
 * body; sentences with a tense, a quotation, a plural subject's plain verb
 * and a pronoun's stay; a verbless first line is the headline. */
static void captions_leave_the_body(void **state)
{
    (void)state;
    const char *text = "Port council to vote on a new harbour levy: report.\n\n"
                       "Trawlers at the north quay of Varnholm on Friday.\n\n"
                       "VARNHOLM - The port council of Varnholm will vote next week on a plan to double the fees "
                       "that fishing boats pay to moor in the harbour, two council members said on Friday.\n\n"
                       "The plan follows a year in which repairs to the quay cost twice what was budgeted.\n\n"
                       "A fisherman beside the harbour wall with his catch.\n\n"
                       "Some skippers plan to protest outside the town hall.\n\n"
                       "\"Not again.\"\n\n"
                       "They want a meeting first.\n\n"
                       "The vote is set for Thursday, and the council expects a narrow result.\n\n"
                       "Skippers carry nets along the quay in Varnholm, Norland, Friday, May 2, 2025.\n\n"
                       "The levy was last raised in 2019, when the council also rebuilt the slipway.\n\n"
                       "The harbour master at his desk. (Ana Ruiz/AP)\n\n"
                       "The council meets again on Friday, May 9, 2025, in the town hall.\n";
    np_verbs *verbs = np_verbs_load(NULL, NULL);
    assert_non_null(verbs);
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_textdoc_parse_with(text, strlen(text), verbs, d, NULL), NP_OK);
    if (np_verbs_available(verbs)) {
        assert_no_line(d->text, "Trawlers at the north quay");
        assert_no_line(d->text, "A fisherman beside the harbour");
        assert_no_line(d->text, "Port council to vote");
        assert_non_null(d->title);
        assert_string_equal(d->title, "Port council to vote on a new harbour levy: report.");
    }
    assert_non_null(strstr(d->text, "Some skippers plan to protest"));
    assert_non_null(strstr(d->text, "\"Not again.\""));
    assert_non_null(strstr(d->text, "They want a meeting first."));
    assert_non_null(strstr(d->text, "The plan follows a year"));
    assert_non_null(strstr(d->text, "The vote is set for Thursday"));
    /* a wire photo's dateline or agency credit makes a caption, WordNet
     * or not; a date in running text does not */
    assert_no_line(d->text, "Skippers carry nets");
    assert_no_line(d->text, "The harbour master at his desk");
    assert_non_null(strstr(d->text, "The council meets again on Friday, May 9, 2025"));
    np_doc_free(d);
    /* without the verbs every line stays */
    d = parse_ok(text);
    assert_non_null(strstr(d->text, "A fisherman beside the harbour"));
    np_doc_free(d);
    np_verbs_free(verbs);
}

/* A dateline opens a dispatch's first paragraph: the short lines between the
 * headline and it (a deck, a caption with a verb, a video summary) are not
 * body.  A label that parses like a dateline ("Rowing - ...") or one further
 * down moves nothing. */
static void lines_above_a_dateline_lede(void **state)
{
    (void)state;
    const char *text = "Orlstad ferry fares to rise in the spring\n\n"
                       "The island's only link to the mainland says it can no longer absorb fuel costs.\n\n"
                       "Passengers wait for the morning boat at the Orlstad pier on Monday.\n\n"
                       "ORLSTAD, Norland \xe2\x80\x94 The ferry company that links Orlstad to the mainland will raise "
                       "its fares by a fifth in April, its chief executive said on Monday, citing fuel costs.\n\n"
                       "Islanders said the rise would hit commuters hardest, and a petition against it has "
                       "gathered four hundred names.\n\n"
                       "The company said it would keep a reduced fare for pensioners and students.\n";
    np_doc *d = parse_ok(text);
    assert_no_line(d->text, "The island's only link");
    assert_no_line(d->text, "Passengers wait for the morning boat");
    assert_contains(d->text, "ORLSTAD, Norland");
    assert_contains(d->text, "The company said it would keep");
    assert_non_null(d->description);
    assert_contains(d->description, "The island's only link");
    assert_non_null(d->dateline);
    np_doc_free(d);

    const char *roundup = "Sport in brief from around the region:\n\n"
                          "The Orlstad rowing club has named a new coach for the coming season, the club said "
                          "on Tuesday after a vote of its members.\n\n"
                          "The coach, who rowed for the club as a student, starts work in March.\n\n"
                          "Rowing - The regional regatta will move to the lake at Brenvik next summer after "
                          "flooding damaged the course at Orlstad.\n\n"
                          "Organisers said entries were already above last year's figure.\n";
    d = parse_ok(roundup);
    assert_contains(d->text, "The Orlstad rowing club has named");
    assert_contains(d->text, "The coach, who rowed for the club");
    np_doc_free(d);

    const char *late = "Orlstad ferry fares to rise in the spring\n\n"
                       "The ferry company that links Orlstad to the mainland will raise its fares by a fifth in "
                       "April, its chief executive said on Monday.\n\n"
                       "Islanders said the rise would hit commuters hardest.\n\n"
                       "The company said it would keep a reduced fare for pensioners.\n\n"
                       "Fuel prices have risen across the region this winter.\n\n"
                       "BRENVIK \xe2\x80\x94 On the mainland, the bus company said it would also raise fares in "
                       "April by a tenth, after two years without a rise.\n";
    d = parse_ok(late);
    assert_contains(d->text, "The ferry company that links Orlstad");
    assert_contains(d->text, "Islanders said the rise");
    np_doc_free(d);
}

/* A video credit and a picture's "left"/"right" inside the body leave it;
 * the sentences around them stay. */
static void credits_and_positions_leave_the_body(void **state)
{
    (void)state;
    const char *text = "Orlstad ferry fares to rise in the spring\n\n"
                       "The ferry company that links Orlstad to the mainland will raise its fares by a fifth in "
                       "April, its chief executive said on Monday, citing fuel costs.\n\n"
                       "The ferry fares rise in April; island correspondent Jane Roe reports from Orlstad.\n\n"
                       "Islanders said the rise would hit commuters hardest, and a petition against it has "
                       "gathered four hundred names.\n\n"
                       "Ann Berg, right, the ferry captain, with Tom Lind in 2019. Ms. Berg said the boats were "
                       "old.\n\n"
                       "The company said it would keep a reduced fare for pensioners and students.\n";
    np_verbs *verbs = np_verbs_load(NULL, NULL);
    assert_non_null(verbs);
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_textdoc_parse_with(text, strlen(text), verbs, d, NULL), NP_OK);
    if (np_verbs_available(verbs)) {
        assert_no_line(d->text, "The ferry fares rise in April;");
        assert_no_line(d->text, "Ann Berg, right");
    }
    assert_non_null(strstr(d->text, "Islanders said the rise"));
    assert_non_null(strstr(d->text, "The company said it would keep"));
    assert_non_null(strstr(d->text, "The ferry company that links"));
    np_doc_free(d);
    np_verbs_free(verbs);
}

/* Staff credits at the foot ("X contributed reporting from Y") leave the
 * body; paragraphs where something contributed money, equipment or to a
 * result stay. */
static void contributor_credits_leave_the_body(void **state)
{
    (void)state;
    const char *text = "Orlstad ferry fares to rise in the spring\n\n"
                       "The ferry company that links Orlstad to the mainland will raise its fares by a fifth in "
                       "April, its chief executive said on Monday, citing fuel costs.\n\n"
                       "The island council contributed four million crowns to the new pier last year, the mayor "
                       "said.\n\n"
                       "Rising fuel costs contributed to this year's losses, the chief executive said.\n\n"
                       "The town contributed reporting equipment and two clerks to the new harbour office.\n\n"
                       "The survey was led by Ana Sorel. Her colleague Tomas Lind contributed research in the "
                       "lab.\n\n"
                       "Berg contributed reporting from Kabul for the Orlstad Courier for a decade before "
                       "politics.\n\n"
                       "Islanders said the rise would hit commuters hardest, and a petition against it has "
                       "gathered four hundred names.\n\n"
                       "Jane Roe contributed reporting from Orlstad, and Tom Lind from Velmar.\n\n"
                       "Orlstad University and the Velmar Institute contributed research.\n\n"
                       "Associated Press writer Ann Berg in Velmar contributed to this report.\n\n"
                       "Tom Sund contributed reporting from the West Bank.\n\n"
                       "Ivo Sand contributed reporting from Harbour Point, D.C.\n\n"
                       "Associated Press writer Bo J. Lind contributed to this report.\n";
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_textdoc_parse(text, strlen(text), d, NULL), NP_OK);
    assert_no_line(d->text, "Jane Roe contributed");
    assert_no_line(d->text, "Associated Press writer");
    assert_no_line(d->text, "Tom Sund contributed");
    assert_no_line(d->text, "Ivo Sand contributed"); /* initials' periods end no sentence */
    assert_no_line(d->text, "Bo J. Lind");
    assert_non_null(strstr(d->text, "Velmar Institute contributed research"));
    assert_non_null(strstr(d->text, "contributed four million crowns"));
    assert_non_null(strstr(d->text, "contributed to this year's losses"));
    assert_non_null(strstr(d->text, "contributed reporting equipment"));
    assert_non_null(strstr(d->text, "Tomas Lind contributed research in the lab"));
    assert_non_null(strstr(d->text, "for a decade before politics"));
    assert_non_null(strstr(d->text, "The ferry company that links"));
    assert_non_null(strstr(d->text, "Islanders said the rise"));
    np_doc_free(d);
}

/* A post quoted in a paragraph and repeated as its own line, a pull quote
 * with a bracketed word, and a video player's cut copy of the lede leave
 * the body; a paragraph that only shares a phrase with another stays. */
static void near_repeats_leave_the_body(void **state)
{
    (void)state;
    const char *text = "Orlstad ferry fares to rise in the spring\n\n"
                       "The ferry company that links Orlstad to the mainland will raise its fares by a fifth in "
                       "April, its chief executive said on Monday, citing fuel costs.\n\n"
                       "\"Fares go up in April. We held them for three winters, but fuel has doubled,\" the company "
                       "wrote on its page.\n\n"
                       "Fares go up in April. We held them for three winters, but fuel has doubled.\n\n"
                       "\"I doubt the company has looked at what commuters earn,\" said Ann Berg, who leads the "
                       "islanders' association.\n\n"
                       "I doubt [the ferry company] has looked at what commuters earn.\n\n"
                       "The ferry company that links Orlstad to the mainland will raise its fares by a fifth.\n\n"
                       "The ferry company that links Orlstad to the mainland also carries the island's mail, "
                       "which the post office pays for separately.\n\n"
                       "The company said it would keep a reduced fare for pensioners and students.\n";
    np_doc *d = parse_ok(text);
    assert_no_line(d->text, "Fares go up in April. We held");
    assert_no_line(d->text, "I doubt [the ferry company]");
    assert_no_line(d->text, "The ferry company that links Orlstad to the mainland will raise its fares by a fifth.");
    assert_contains(d->text, "\"Fares go up in April.");
    assert_contains(d->text, "\"I doubt the company has looked");
    assert_contains(d->text, "The ferry company that links Orlstad to the mainland will raise its fares by a fifth in");
    assert_contains(d->text, "also carries the island's mail");
    assert_contains(d->text, "The company said it would keep");
    np_doc_free(d);
    /* a pull quote in curly marks: the marks are no part of its words */
    d = parse_ok("Orlstad ferry fares to rise in the spring\n\n"
                 "The ferry company that links Orlstad to the mainland will raise its fares by a fifth in April, "
                 "its chief executive said on Monday.\n\n"
                 "Islanders cannot pay more for the old ferry, Ann Berg said at the harbour on Monday.\n\n"
                 "\u201cIslanders cannot pay more for the old ferry.\u201d\n\n"
                 "The company said it would keep a reduced fare for pensioners and students.\n");
    assert_no_line(d->text, "\u201cIslanders cannot pay more");
    assert_contains(d->text, "Islanders cannot pay more for the old ferry, Ann Berg said");
    np_doc_free(d);
}

/* An editor's note closing the article and a "Series Name: teaser" line in
 * a block of "More:" / "Related:" links leave the body; a sentence with a
 * colon among the paragraphs stays. */
static void editor_note_and_promo_leave_the_body(void **state)
{
    (void)state;
    const char *text = "Orlstad ferry fares to rise in the spring\n\n"
                       "The ferry company that links Orlstad to the mainland will raise its fares by a fifth in "
                       "April, its chief executive said on Monday, citing fuel costs.\n\n"
                       "Islanders said the rise would hit commuters hardest, and a petition against it has "
                       "gathered four hundred names.\n\n"
                       "More: How the island's ferries were built in the 1970s.\n\n"
                       "Harbour Talk: Why islanders keep paying for the slowest boat in the north.\n\n"
                       "Related: The mainland bus company raises its fares too.\n\n"
                       "The mayor had one word for the plan: unacceptable, she told reporters on Tuesday.\n\n"
                       "The company said it would keep a reduced fare for pensioners and students.\n\n"
                       "This story has been updated with the mayor's comments.\n";
    np_doc *d = parse_ok(text);
    assert_no_line(d->text, "Harbour Talk:");
    assert_no_line(d->text, "This story has been updated");
    assert_contains(d->text, "The mayor had one word for the plan:");
    assert_contains(d->text, "The company said it would keep");
    assert_contains(d->text, "Islanders said the rise");
    np_doc_free(d);
}

/* A buffer without a terminating NUL whose last line ends on non-word
 * bytes: the near-repeat scan stops at the line's end (under ASan a read
 * of the byte after it fails this test). */
static void unterminated_buffer_ends_on_punctuation(void **state)
{
    (void)state;
    const char *text = "Orlstad ferry fares to rise in the spring\n\n"
                       "The ferry company that links Orlstad to the mainland will raise its fares in April.\n\n"
                       "The company said it would keep a reduced fare for pensioners...";
    size_t len = strlen(text);
    char *buf = malloc(len); /* exactly the text: no NUL after it */
    assert_non_null(buf);
    memcpy(buf, text, len);
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_textdoc_parse(buf, len, d, NULL), NP_OK);
    assert_non_null(strstr(d->text, "reduced fare for pensioners"));
    np_doc_free(d);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(repeated_headline_date_counter_reactions),
        cmocka_unit_test(deck_byline_and_comment_tail),
        cmocka_unit_test(outlet_label_line),
        cmocka_unit_test(section_label_subheadings_product_tail),
        cmocka_unit_test(dateline_and_first_paragraph_date),
        cmocka_unit_test(no_title_when_body_starts_at_once),
        cmocka_unit_test(keeps_fields_already_set),
        cmocka_unit_test(prose_with_widget_words_stays),
        cmocka_unit_test(duplicated_lede_and_pull_quote),
        cmocka_unit_test(empty_and_blank_input),
        cmocka_unit_test(all_boilerplate_is_empty),
        cmocka_unit_test(one_megabyte_single_line),
        cmocka_unit_test(many_short_lines_stay_linear),
        cmocka_unit_test(unusual_characters),
        cmocka_unit_test(already_normalised_newlines),
        cmocka_unit_test(headline_is_the_line_telling_the_lead),
        cmocka_unit_test(text_without_spaces),
        cmocka_unit_test(style_share_newsletter_cookie),
        cmocka_unit_test(style_breadcrumb_byline_most_read),
        cmocka_unit_test(style_wire_dateline_social_related),
        cmocka_unit_test(style_blog_comments_and_headline_list),
        cmocka_unit_test(link_list_inside_body),
        cmocka_unit_test(captions_leave_the_body),
        cmocka_unit_test(lines_above_a_dateline_lede),
        cmocka_unit_test(credits_and_positions_leave_the_body),
        cmocka_unit_test(contributor_credits_leave_the_body),
        cmocka_unit_test(near_repeats_leave_the_body),
        cmocka_unit_test(unterminated_buffer_ends_on_punctuation),
        cmocka_unit_test(editor_note_and_promo_leave_the_body),
        cmocka_unit_test(short_first_line_is_the_headline),
        cmocka_unit_test(question_prompt_over_buttons),
        cmocka_unit_test(name_outlet_line_and_standards_notice),
        cmocka_unit_test(date_formats),
        cmocka_unit_test(header_stamped_dates),
        cmocka_unit_test(url_day_and_dates_of_earlier_events),
        cmocka_unit_test(dates_of_events_above_the_date_line),
        cmocka_unit_test(published_stamp_over_updated_stamp),
        cmocka_unit_test(byline_shapes),
        cmocka_unit_test(dateline_shapes),
#ifdef NP_ALLOC_TORTURE
        cmocka_unit_test(out_of_memory_paths),
#endif
        cmocka_unit_test(seeds_match_gold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
