/* Unit tests for article/html: hostile input (empty, binary, truncated, deep
 * nesting, huge attributes, lying charsets, broken UTF-8), non-articles, and
 * small hand-written pages for content extraction and metadata. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <dirent.h>
#include <zlib.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/utf8.h"
#include "article/html.h"
#include "article/html_charset.h"
#include "article/html_meta.h"
#include "article/html_strip.h"
#include "article/html_attrs.h"

/* Three paragraphs written for these tests. */
#define PARA1 "The harbour authority said on Tuesday that the new pier, which took four years to build, " \
              "will open to ferries next spring after a final round of safety checks."
#define PARA2 "Engineers had to drive more than two hundred piles into the soft seabed, a slow process " \
              "that was interrupted twice by winter storms and once by a strike of crane operators."
#define PARA3 "Local shop owners, who lost customers while the quay was closed, welcomed the news but " \
              "asked the council to keep parking free for the first months of operation."

static np_status run(const char *html, size_t len, const char *url, const char *hint, np_doc **out)
{
    np_doc *doc = np_doc_new();
    assert_non_null(doc);
    np_error err;
    np_error_clear(&err);
    np_status st = np_html_to_doc(html, len, url, hint, doc, &err);
    if (doc->text) {
        np_utf8_report rep;
        np_buf b;
        np_buf_init(&b, 0);
        assert_int_equal(np_utf8_sanitize(doc->text, strlen(doc->text), &b, &rep), NP_OK);
        assert_int_equal(rep.invalid, 0); /* always valid UTF-8 */
        np_buf_free(&b);
    }
    *out = doc;
    return st;
}

static np_status run_str(const char *html, np_doc **out)
{
    return run(html, strlen(html), "https://www.example-news.org/2025/11/27/pier-opens", NULL, out);
}

static const char *article_page =
    "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
    "<title>Pier to open next spring | Example News</title></head><body>"
    "<div id=\"cookie-banner\"><p>We use cookies to improve your experience on our site, "
    "please accept them, otherwise some of our features may not work as you expect.</p>"
    "<button>Accept</button></div>"
    "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
    "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
    "<div class=\"layout\"><main><article><h1>Pier to open next spring</h1>"
    "<p class=\"byline\">By Jane Doe</p>"
    "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>"
    "<div class=\"article-body\"><p>" PARA1 "</p><p>" PARA2 "</p>"
    "<h2>Shops wait</h2><p>" PARA3 "</p>"
    "<figure><img src=\"a.jpg\"><figcaption>The new pier seen from the old lighthouse.</figcaption></figure>"
    "</div></article>"
    "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">A story about something else entirely</a></li>"
    "<li><a href=\"/b\">Another story about another thing</a></li></ul></aside>"
    "<section class=\"comments\"><p>I have waited for this pier for years and I am glad that "
    "it will finally open, even if the ferries will be late as usual.</p></section>"
    "</main></div><footer><p>Copyright Example News, all rights reserved, registered office somewhere.</p>"
    "</footer></body></html>";

static void empty_input(void **state)
{
    (void)state;
    np_doc *doc;
    assert_int_equal(run("", 0, NULL, NULL, &doc), NP_EEMPTY);
    np_doc_free(doc);
    assert_int_equal(run_str("   \n  ", &doc), NP_EEMPTY);
    np_doc_free(doc);
    assert_int_equal(run_str("<html><body></body></html>", &doc), NP_EEMPTY);
    np_doc_free(doc);
    /* NULL bytes with a length is a caller error, not a crash */
    doc = np_doc_new();
    assert_int_equal(np_html_to_doc(NULL, 5, NULL, NULL, doc, NULL), NP_EINVAL);
    np_doc_free(doc);
}

static void binary_junk(void **state)
{
    (void)state;
    unsigned char junk[65536];
    unsigned x = 12345;
    for (int round = 0; round < 8; round++) {
        for (size_t i = 0; i < sizeof junk; i++) {
            x = x * 1103515245u + 12345u;
            junk[i] = (unsigned char)(x >> 16);
            if (round & 1 && i % 7 == 0)
                junk[i] = "<>/\"= pa"[(x >> 8) & 7];
        }
        np_doc *doc;
        np_status st = run((const char *)junk, sizeof junk, NULL, round & 2 ? "utf-8" : NULL, &doc);
        assert_true(st == NP_OK || st == NP_EEMPTY);
        np_doc_free(doc);
    }
}

static void truncated_html(void **state)
{
    (void)state;
    size_t n = strlen(article_page);
    /* cut everywhere in steps: must never crash, and the cut inside the
     * third paragraph still gives the first two */
    for (size_t cut = 0; cut < n; cut += 37) {
        np_doc *doc;
        np_status st = run(article_page, cut, NULL, NULL, &doc);
        assert_true(st == NP_OK || st == NP_EEMPTY);
        np_doc_free(doc);
    }
    const char *p3 = strstr(article_page, "Local shop owners");
    np_doc *doc;
    assert_int_equal(run(article_page, (size_t)(p3 - article_page) + 30, NULL, NULL, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "two hundred piles"));
    np_doc_free(doc);
}

static char *deep_page(int depth, const char *tag, size_t *len)
{
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "<html><body>"), NP_OK);
    for (int i = 0; i < depth; i++)
        assert_int_equal(np_buf_printf(&b, "<%s>w ", tag), NP_OK);
    assert_int_equal(np_buf_append_str(&b, "<p>" PARA1 "</p>"), NP_OK);
    *len = b.len;
    return np_buf_take(&b);
}

static double time_one(const char *html, size_t len)
{
    double best = 1e9;
    for (int r = 0; r < 3; r++) {
        clock_t t0 = clock();
        np_doc *doc = np_doc_new();
        np_status st = np_html_to_doc(html, len, NULL, NULL, doc, NULL);
        assert_true(st == NP_OK || st == NP_EEMPTY);
        np_doc_free(doc);
        double t = (double)(clock() - t0) / CLOCKS_PER_SEC;
        if (t < best)
            best = t;
    }
    return best;
}

static void deep_nesting(void **state)
{
    (void)state;
    const char *tags[] = {"div", "span", "b", "table", "li", "blockquote"};
    for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
        size_t len;
        char *html = deep_page(100000, tags[t], &len);
        np_doc *doc;
        np_status st = run(html, len, NULL, NULL, &doc);
        /* libxml2 stops at its depth cap (256 without HTML_PARSE_HUGE,
         * which we keep off): the page is cut there, so at most a few hundred
         * of the 100,000 words come out; no crash, no recursion, no hang */
        assert_true(st == NP_OK || st == NP_EEMPTY);
        if (doc->text) {
            size_t words = 0;
            for (const char *p = doc->text; *p; p++)
                words += *p == 'w' && (p == doc->text || p[-1] == ' ' || p[-1] == '\n');
            assert_true(words <= 300);
        }
        np_doc_free(doc);
        free(html);
    }
    /* Time grows linearly with depth (with a wide margin for noise): four
     * times the depth must not cost sixteen times the time. */
    size_t l1, l4;
    char *h1 = deep_page(25000, "div", &l1), *h4 = deep_page(100000, "div", &l4);
    double t1 = time_one(h1, l1), t4 = time_one(h4, l4);
    assert_true(t4 <= 10 * t1 + 0.05);
    free(h1);
    free(h4);
}

/* Many siblings instead of depth: the walks must stay linear. */
static void wide_page_linear(void **state)
{
    (void)state;
    double t[2];
    int sizes[2] = {2000, 8000};
    for (int k = 0; k < 2; k++) {
        np_buf b;
        np_buf_init(&b, 0);
        assert_int_equal(np_buf_append_str(&b, "<html><body><div>"), NP_OK);
        for (int i = 0; i < sizes[k]; i++)
            assert_int_equal(np_buf_append_str(&b, "<p><span><b>" PARA2 "</b></span></p>"), NP_OK);
        assert_int_equal(np_buf_append_str(&b, "</div></body></html>"), NP_OK);
        t[k] = time_one(b.data, b.len);
        np_buf_free(&b);
    }
    assert_true(t[1] <= 10 * t[0] + 0.05);
}

static void huge_attribute(void **state)
{
    (void)state;
    size_t big = 50u * 1024 * 1024;
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "<html><body><div class=\""), NP_OK);
    assert_int_equal(np_buf_reserve(&b, big + 1024), NP_OK);
    memset(b.data + b.len, 'a', big);
    b.len += big;
    b.data[b.len] = '\0';
    assert_int_equal(np_buf_append_str(&b, "\"><p>" PARA1 "</p><p>" PARA2 "</p></div></body></html>"), NP_OK);
    np_doc *doc;
    np_status st = run(b.data, b.len, NULL, NULL, &doc);
    assert_true(st == NP_OK || st == NP_EEMPTY);
    np_doc_free(doc);
    /* and as a <meta content> / JSON-LD-sized value in the head */
    memcpy(b.data, "<html><head><meta content=\"", 27);
    st = run(b.data, b.len, NULL, NULL, &doc);
    assert_true(st == NP_OK || st == NP_EEMPTY);
    np_doc_free(doc);
    np_buf_free(&b);
}

static void lying_charset(void **state)
{
    (void)state;
    /* declares UTF-8, is latin-1: "café" and "Zürich" as single bytes */
    const char *page = "<html><head><meta charset=\"utf-8\"><title>Caf\xe9 in Z\xfcrich</title></head><body>"
                       "<p>The caf\xe9 near the station in Z\xfcrich reopened this week after a long renovation, "
                       "and the owners said the menu will stay the same as before, with cr\xe8me br\xfbl\xe9" "e.</p>"
                       "<p>Regulars were pleased: \xabIt is like coming home,\xbb said one of them, who has been "
                       "coming every morning for twenty years and knows every waiter by name.</p></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "caf\xc3\xa9 near"));
    assert_non_null(strstr(doc->text, "Z\xc3\xbcrich"));
    assert_string_equal(doc->title, "Caf\xc3\xa9 in Z\xc3\xbcrich");
    np_doc_free(doc);
    /* the HTTP header says latin-1 (so windows-1252: 0x80 is the euro sign) */
    const char *p2 = "<html><body><p>It costs 5 \x80 now, which is more than the 4 \x80 it cost last year, "
                     "and the shop owners say that prices will go up again in the coming months.</p></body></html>";
    assert_int_equal(run(p2, strlen(p2), NULL, "ISO-8859-1", &doc), NP_OK);
    assert_non_null(strstr(doc->text, "5 \xe2\x82\xac now"));
    np_doc_free(doc);
    /* the header says latin-1 but the bytes are UTF-8 (a server default) */
    const char *p4 = "<html><body><p>Caf\xc3\xa9s in Z\xc3\xbcrich and M\xc3\xbcnchen serve cr\xc3\xa8me br\xc3\xbbl\xc3\xa9" "e "
                     "every day of the week, and the owners say that it sells better than anything else.</p></body></html>";
    assert_int_equal(run(p4, strlen(p4), NULL, "iso-8859-1", &doc), NP_OK);
    assert_non_null(strstr(doc->text, "Caf\xc3\xa9s in Z\xc3\xbcrich"));
    np_doc_free(doc);
    /* a <meta http-equiv> charset */
    const char *p3 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                     "</head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2, this sentence has a Russian greeting at its start "
                     "and enough words after it to be taken as an article paragraph.</p></body></html>";
    assert_int_equal(run_str(p3, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"));
    np_doc_free(doc);
}

static void utf16_bom(void **state)
{
    (void)state;
    const char *ascii = "<html><body><p>" PARA1 "</p></body></html>";
    size_t n = strlen(ascii);
    char *u16 = malloc(2 * n + 2);
    assert_non_null(u16);
    u16[0] = (char)0xFF;
    u16[1] = (char)0xFE;
    for (size_t i = 0; i < n; i++) {
        u16[2 + 2 * i] = ascii[i];
        u16[3 + 2 * i] = 0;
    }
    np_doc *doc;
    assert_int_equal(run(u16, 2 * n + 2, NULL, NULL, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "harbour authority"));
    np_doc_free(doc);
    free(u16);
}

/* A wire story's page: its dispatch place is the dateline, as in plain
 * text, and its sign-off and the station's rights notice are no part of
 * its text (the sign-off names the author when nothing else does); a
 * paragraph that merely mentions copyright stays. */
static void wire_dateline_and_sign_off(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>Dock strike ends at Holmport</title></head><body><article>"
        "<h1>Dock strike ends at Holmport</h1>"
        "<p>HOLMPORT, Dec 3 (Norpress) - Dock workers at Holmport voted on Tuesday to end a nine-day strike "
        "after the port operator raised its pay offer to 6 percent, the union said.</p>"
        "<p>The strike had left more than forty ships waiting at anchor outside the harbour, and the copyright "
        "on the port's new crane design was never part of the talks, the operator said.</p>"
        "<p>Cargo handling will resume on Wednesday morning, a spokeswoman for the port said.</p>"
        "<p>Reporting by Ilse Varga; Editing by Tom Brell</p>"
        "<p>Copyright 2026 Norpress. All rights reserved. This material may not be published or redistributed.</p>"
        "</article></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(doc->dateline);
    assert_string_equal(doc->dateline, "Holmport");
    assert_non_null(strstr(doc->text, "resume on Wednesday"));
    assert_non_null(strstr(doc->text, "the copyright on the port"));
    assert_null(strstr(doc->text, "Reporting by"));
    assert_null(strstr(doc->text, "All rights reserved"));
    /* the page names no author elsewhere: the sign-off's reporter, not
     * the editor */
    assert_non_null(doc->author);
    assert_string_equal(doc->author, "Ilse Varga");
    np_doc_free(doc);
    /* a note of where the text first ran closes it too */
    const char *ran =
        "<html><body><article><h1>Dock strike ends at Holmport</h1>"
        "<p>Dock workers at Holmport voted on Tuesday to end a nine-day strike after the port operator raised "
        "its pay offer, the union said.</p>"
        "<p>Cargo handling will resume on Wednesday morning, a spokeswoman for the port said.</p>"
        "<p>This story was first published by Norpress.</p>"
        "</article></body></html>";
    assert_int_equal(run_str(ran, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "resume on Wednesday"));
    assert_null(strstr(doc->text, "first published"));
    np_doc_free(doc);
    /* a correction note (it restates the figure the story no longer
     * claims) and "Additional reporting by" close it too; a sentence about
     * a correction inside the story stays */
    const char *corrected =
        "<html><body><article><h1>Dock strike ends at Holmport</h1>"
        "<p>Dock workers at Holmport voted on Tuesday to end a nine-day strike after the port operator raised "
        "its pay offer to 6 percent, the union said.</p>"
        "<p>Cargo handling will resume on Wednesday morning, a spokeswoman for the port said.</p>"
        "<p>The union said a correction to the offer's wording was agreed late on Monday.</p>"
        "<p><em>Correction: An earlier version of this article said the offer was 8 percent.</em></p>"
        "<p>Additional reporting by Ilse Varga in Velmar.</p>"
        "</article></body></html>";
    assert_int_equal(run_str(corrected, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "resume on Wednesday"));
    assert_non_null(strstr(doc->text, "a correction to the offer"));
    assert_null(strstr(doc->text, "8 percent"));
    assert_null(strstr(doc->text, "Additional reporting"));
    assert_null(doc->author); /* who helped is not who wrote */
    np_doc_free(doc);
    /* a closing paragraph about copyright is prose, and "Update - " opening
     * a story is no dispatch */
    const char *prose =
        "<html><body><article><h1>Band wins song case</h1>"
        "<p>Update - A court in Holmport ruled on Tuesday that the band Velde owns the rights to its first album, "
        "ending a four-year dispute with its former label.</p>"
        "<p>The label had claimed the recordings as its own under a contract signed in 2019, the judge said.</p>"
        "<p>Copyright law experts said the ruling would make similar disputes easier for musicians to win.</p>"
        "</article></body></html>";
    assert_int_equal(run_str(prose, &doc), NP_OK);
    assert_null(doc->dateline);
    assert_non_null(strstr(doc->text, "Copyright law experts said"));
    np_doc_free(doc);
}

static void invalid_utf8_in_utf8_page(void **state)
{
    (void)state;
    /* mostly valid UTF-8 (many multi-byte characters), two broken bytes */
    const char *page = "<html><head><meta charset=\"utf-8\"></head><body>"
                       "<p>Caf\xc3\xa9s \xe2\x80\x94 na\xc3\xafve \xe2\x80\x9cquotes\xe2\x80\x9d \xc3\xbc\xc3\xb6\xc3\xa4 "
                       "and a broken byte \xff here, na\xc3\xafve r\xc3\xa9sum\xc3\xa9 \xc3\xa9t\xc3\xa9, "
                       "another one \xc3 there \xe2\x80\x94 and more text to make this a paragraph.</p>"
                       "<p>\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa9\xc3\xa9 \xc3\xa0 \xc3\xa8 \xc3\xb4 \xc3\xae some more "
                       "words follow here so that the block is long enough to count.</p></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "Caf\xc3\xa9s"));
    assert_non_null(strstr(doc->text, "\xef\xbf\xbd")); /* U+FFFD for the broken bytes */
    np_doc_free(doc);
    /* NUL and control bytes inside the page */
    char nul_page[] = "<html><body><p>" PARA1 "\0\x01\x02 " PARA2 "</p></body></html>";
    assert_int_equal(run(nul_page, sizeof nul_page - 1, NULL, NULL, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "harbour"));
    np_doc_free(doc);
}

static void index_page_is_empty(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "<html><head><title>Front page | Example News</title></head><body>"
                                           "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><div class=\"grid\">"), NP_OK);
    for (int i = 0; i < 40; i++)
        assert_int_equal(np_buf_printf(&b, "<div class=\"card\"><h3><a href=\"/story/%d\">Headline number %d about "
                                           "a thing that happened somewhere today</a></h3>"
                                           "<p><a href=\"/story/%d\">A short summary of story %d that ends in the middle of...</a></p></div>",
                                       i, i, i, i), NP_OK);
    assert_int_equal(np_buf_append_str(&b, "</div><footer><a href=\"/about\">About us</a></footer></body></html>"), NP_OK);
    np_doc *doc = np_doc_new();
    np_error err;
    np_error_clear(&err);
    assert_int_equal(np_html_to_doc(b.data, b.len, "https://example-news.org/", NULL, doc, &err), NP_EEMPTY);
    assert_true(strlen(err.msg) > 0);
    assert_null(doc->text);
    np_doc_free(doc);
    np_buf_free(&b);
}

/* A page that is only a consent wall is no article; a story that speaks
 * of cookies among its sentences still is one. */
static void consent_wall_is_empty(void **state)
{
    (void)state;
    const char *wall =
        "<html><head><title>Before you continue</title></head><body><div class=\"consent-wall\">"
        "<h1>Before you continue</h1><p>We and our partners use cookies and data to deliver and maintain "
        "services, measure audience engagement and show personalised ads.</p><button>Accept all</button>"
        "<button>Reject all</button><a href=\"/privacy\">Privacy policy</a></div></body></html>";
    np_doc *doc = np_doc_new();
    np_error err;
    np_error_clear(&err);
    assert_int_equal(np_html_to_doc(wall, strlen(wall), NULL, NULL, doc, &err), NP_EEMPTY);
    assert_non_null(strstr(err.msg, "no article [short]"));
    assert_null(doc->text);
    np_doc_free(doc);
    char page[2048];
    snprintf(page, sizeof page,
             "<html><body><article><h1>Regulator fines ticket site</h1><p>The data regulator fined a ticket "
             "site on Monday because it did not ask visitors before it would use cookies to track them.</p>"
             "<p>%s</p></article></body></html>",
             PARA2);
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "use cookies to track"));
    np_doc_free(doc);
    /* a short story whose every paragraph names cookies, a privacy policy
     * or a newsletter is still a story */
    snprintf(page, sizeof page,
             "<html><body><article><h1>Regulator fines ticket site</h1><p>The data regulator fined a ticket site "
             "on Monday because it did not ask visitors before it would use cookies to track them.</p><p>The "
             "site had changed its privacy policy twice this year without telling its customers, the regulator "
             "said.</p><p>Readers of its weekly newsletter were told of the fine only on Tuesday, two days after "
             "the ruling.</p></article></body></html>");
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "weekly newsletter"));
    np_doc_free(doc);
}

/* A front page whose cards have unlinked summaries (no ellipsis): still an
 * index, not an article. */
static void index_with_summaries_is_empty(void **state)
{
    (void)state;
    static const char *const topics[] = {"ferry timetable", "school budget", "river flood defences",
                                         "airport noise rules", "museum reopening", "farmers' market"};
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "<html><body><main><section class=\"top-stories\">"), NP_OK);
    for (int i = 0; i < 24; i++)
        assert_int_equal(np_buf_printf(&b, "<div class=\"card\"><h3><a href=\"/s/%d\">Council votes on the %s "
                                           "after a long debate</a></h3><p>Members argued for hours about the %s, "
                                           "and the final vote was closer than expected. A decision on the details "
                                           "follows next month.</p><span>%d hours ago</span></div>",
                                       i, topics[i % 6], topics[(i + 1) % 6], i + 1), NP_OK);
    assert_int_equal(np_buf_append_str(&b, "</section></main></body></html>"), NP_OK);
    np_doc *doc;
    assert_int_equal(run(b.data, b.len, NULL, NULL, &doc), NP_EEMPTY);
    np_doc_free(doc);
    np_buf_free(&b);
}

/* A section page: a heading, an intro line and a list of cards, some with
 * a one-line summary, each with its date.  The main pass finds no article;
 * the density pass would take the intro and the summaries, which are other
 * stories' leads, not one article. */
static void section_page_intro_and_cards_is_empty(void **state)
{
    (void)state;
    static const char *const heads[] = {
        "Inspectors order shutdown of the Tarn bridge", "Night buses return to the old town",
        "Tram extension to the quay delayed", "Taxi fares to rise from April",
        "Cyclists ask for a wider path on the bridge", "Ring road speed limit cut",
        "Rail strike called off after pay offer", "Ferry operator orders two electric boats",
        "Parking fines doubled in the centre", "Tunnel to close overnight for lighting works"};
    static const char *const deks[] = {
        "Cracked cables found during a routine check will close one carriageway from next week.",
        "The transport office blamed a shortage of parts from its supplier.",
        "Engineers say the other crossing will run close to capacity.",
        "More than two million journeys were made on the line last year.",
        "The change follows a rise in accidents near the northern junctions."};
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "<html><body><main><h1>Transport</h1><p class=\"section-intro\">The "
                                           "latest news on roads, bridges, buses and trains across Tarnby.</p>"
                                           "<ul class=\"story-list\">"), NP_OK);
    for (int i = 0; i < 20; i++) {
        assert_int_equal(np_buf_printf(&b, "<li class=\"story-card\"><a href=\"/t/%d\"><h3>%s%s</h3></a>", i,
                                       heads[i % 10], i >= 10 ? " again" : ""), NP_OK);
        if (i % 2 == 0)
            assert_int_equal(np_buf_printf(&b, "<p class=\"dek\">%s</p>", deks[(i / 2) % 5]), NP_OK);
        assert_int_equal(np_buf_printf(&b, "<span class=\"meta\"><time datetime=\"2031-03-%02d\">%d Mar "
                                           "2031</time></span></li>", 20 - i, 20 - i), NP_OK);
    }
    assert_int_equal(np_buf_append_str(&b, "</ul></main></body></html>"), NP_OK);
    np_doc *doc;
    assert_int_equal(run(b.data, b.len, NULL, NULL, &doc), NP_EEMPTY);
    np_doc_free(doc);
    np_buf_free(&b);
}

/* A short story in wrappers of its own beside a long list of other
 * headlines is an article: its paragraphs follow one another, not the
 * headlines as a section page's summaries do */
static void short_story_beside_headlines(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(
        np_buf_append_str(&b, "<html><body><section><h1>Ferry pier reopens</h1><div class=\"t1\"><div><p>The ferry "
                              "pier at Tarnby reopened on Monday after three weeks of repairs to its deck, the harbour "
                              "office said.</p></div></div></section><div class=\"ad\">Advertisement</div><section>"
                              "<div class=\"t2\"><div><p>Boats to the islands will keep their winter timetable until "
                              "the end of the month, the operator said.</p></div></div></section><div class=\"ad\">"
                              "Advertisement</div><section><div class=\"t3\"><div><p>Repairs cost about two million "
                              "crowns, paid from the reserve fund of the harbour.</p></div></div></section><aside>"),
        NP_OK);
    for (int i = 0; i < 12; i++)
        assert_int_equal(np_buf_printf(&b, "<div class=\"card\"><a href=\"/n/%d\">Council plans new cycle lanes "
                                           "along the river number %d</a></div>", i, i), NP_OK);
    assert_int_equal(np_buf_append_str(&b, "</aside></body></html>"), NP_OK);
    np_doc *doc;
    assert_int_equal(run(b.data, b.len, NULL, NULL, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "ferry pier at Tarnby"));
    assert_non_null(strstr(doc->text, "reserve fund"));
    np_doc_free(doc);
    np_buf_free(&b);
}

/* A paywall box after the body, whatever its class names: a call to
 * action, the offer and its short list of benefits go, the body stays */
static void paywall_box_after_body(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>Shipyard homes plan | Example News</title></head><body><main><article>"
        "<h1>Shipyard homes plan</h1><div class=\"body\"><p>" PARA1 "</p><p>" PARA2 "</p></div>"
        "<div class=\"box-7\"><h2>Subscribe to continue reading</h2>"
        "<p>Get full access to our journalism for one crown in your first month. Cancel at any time.</p>"
        "<ul><li>Every article on any device</li><li>The morning briefing</li><li>Our archive since 1990</li></ul>"
        "<a href=\"/subscribe\">Subscribe now</a><p>Already a subscriber? <a href=\"/login\">Log in</a></p></div>"
        "</article></main></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "harbour authority"));
    assert_null(strstr(doc->text, "Subscribe"));
    assert_null(strstr(doc->text, "one crown"));
    assert_null(strstr(doc->text, "archive since"));
    np_doc_free(doc);
    /* a gate whose notice comes before its call to action: both go */
    const char *gate =
        "<html><head><title>Shipyard homes plan | Example News</title></head><body><main><article>"
        "<h1>Shipyard homes plan</h1><div class=\"story-text\"><p>" PARA1 "</p><p>" PARA2 "</p>"
        "<div class=\"gate-9\"><p>This article is for subscribers only. You have read all of your free articles "
        "this month.</p><p><a href=\"/subscribe\">Subscribe</a> for full access, or <a href=\"/login\">sign in</a> "
        "if you already have an account.</p></div></div>"
        "</article></main></body></html>";
    assert_int_equal(run_str(gate, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "crane operators"));
    assert_null(strstr(doc->text, "subscribers only"));
    assert_null(strstr(doc->text, "full access"));
    np_doc_free(doc);
}

/* Readers' responses under the story in a box no class name marks as
 * comments: the count heading ("12 responses") opens them and ends the
 * article; a subheading of the story's own does not. */
static void comment_count_ends_body(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>Shipyard homes plan | Example News</title></head><body><div class=\"main\">"
        "<h2>Shipyard homes plan</h2><div class=\"txt\"><p>" PARA1 "</p><p>" PARA2 "</p>"
        "<p><b>Discussion of the plan</b></p><p>" PARA3 "</p></div>"
        "<div class=\"box-2\"><p><b>12 responses</b></p>"
        "<div class=\"r\"><span>harbour_walker</span> <span>27/11/2025 10:14</span>"
        "<p>About time too, though I doubt the ferries will ever run to the timetable they promise.</p></div>"
        "<div class=\"r\"><span>Mo B</span> <span>27/11/2025 11:02</span>"
        "<p>The council has promised this pier three times already and I will believe it when I stand on it.</p></div>"
        "</div></div></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA3));
    assert_null(strstr(doc->text, "responses"));
    assert_null(strstr(doc->text, "About time"));
    assert_null(strstr(doc->text, "believe it"));
    np_doc_free(doc);
}

/* An ad-break label between two blocks of the body, where an ad slot was:
 * the label goes and the story goes on after it.  Read as a paywall's call
 * to action ("continue reading"), it cut the body short; with less text
 * before it, it stayed as a paragraph.  A paywall box still cuts
 * (paywall_box_after_body). */
static void ad_break_label_keeps_body_after(void **state)
{
    (void)state;
    const char *labels[] = {"Continue reading below", "Story continues below advertisement",
                            "Continue reading the main story", "ADVERTISEMENT - CONTINUE READING BELOW",
                            "Article continues after this ad", "Weiterlesen nach der Anzeige"};
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        for (int short_lead = 0; short_lead < 2; short_lead++) {
            char page[4096];
            snprintf(page, sizeof page,
                     "<html><head><title>Pier opens</title></head><body><article><h1>Pier opens</h1>"
                     "<div class=\"content\"><div class=\"blk\"><p>%s</p>%s</div>"
                     "<div class=\"continue-reading\">%s</div>"
                     "<div class=\"blk\"><p>" PARA3 "</p><p>The ferry company will publish its timetable "
                     "in the first week of March.</p></div></div></article></body></html>",
                     PARA1, short_lead ? "" : "<p>" PARA2 "</p>", labels[k]);
            np_doc *doc;
            assert_int_equal(run_str(page, &doc), NP_OK);
            assert_non_null(strstr(doc->text, PARA1));
            assert_non_null(strstr(doc->text, PARA3));
            assert_non_null(strstr(doc->text, "publish its timetable"));
            assert_null(strcasestr(doc->text, "continue"));
            assert_null(strstr(doc->text, "Anzeige"));
            np_doc_free(doc);
        }
    }
}

/* A gallery: pictures and captions only. */
/* An article of short paragraphs with a long list of linked headlines
 * below it in the same container is an article, not an index: its
 * paragraphs come in a run with no headline between them. */
static void article_above_link_list_is_not_index(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "<html><body><div class=\"content\"><h1>Pier opens</h1><p>" PARA1 "</p>"
                                           "<p>" PARA2 "</p><p>" PARA3 "</p>"
                                           "<p>The council said it would decide on parking next week, after a "
                                           "meeting with the traders and the ferry company.</p>"
                                           "<p>A small ceremony is planned for the first morning of service, with "
                                           "the mayor and the crews of the two ferries.</p><ul>"),
                     NP_OK);
    for (int i = 0; i < 9; i++)
        assert_int_equal(np_buf_printf(&b, "<li><a href=\"/s/%d\">Harbour plan vote %d</a></li>", i, i + 1), NP_OK);
    assert_int_equal(np_buf_append_str(&b, "</ul></div></body></html>"), NP_OK);
    np_doc *doc;
    assert_int_equal(run(b.data, b.len, NULL, NULL, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA2));
    np_doc_free(doc);
    np_buf_free(&b);
}

static void gallery_is_empty(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "<html><body><h1>The pier in pictures</h1><div class=\"gallery\">"), NP_OK);
    for (int i = 0; i < 30; i++)
        assert_int_equal(np_buf_printf(&b, "<figure><img src=\"p%d.jpg\"><figcaption>Picture %d of the new pier, "
                                           "taken from the old lighthouse at dawn on a cold morning.</figcaption></figure>",
                                       i, i), NP_OK);
    assert_int_equal(np_buf_append_str(&b, "</div></body></html>"), NP_OK);
    np_doc *doc;
    assert_int_equal(run(b.data, b.len, NULL, NULL, &doc), NP_EEMPTY);
    np_doc_free(doc);
    np_buf_free(&b);
}

static void article_content(void **state)
{
    (void)state;
    np_doc *doc;
    assert_int_equal(run_str(article_page, &doc), NP_OK);
    const char *t = doc->text;
    assert_non_null(strstr(t, PARA1));
    assert_non_null(strstr(t, PARA2));
    assert_non_null(strstr(t, PARA3));
    assert_non_null(strstr(t, "Shops wait"));            /* h2 inside the content */
    assert_non_null(strstr(t, PARA1 "\n\n" PARA2));      /* paragraph breaks */
    assert_null(strstr(t, "cookies"));
    assert_null(strstr(t, "Share on"));
    assert_null(strstr(t, "Most read"));
    assert_null(strstr(t, "waited for this pier"));     /* comments */
    assert_null(strstr(t, "Copyright"));
    assert_null(strstr(t, "old lighthouse"));           /* caption */
    assert_null(strstr(t, "Home"));
    /* metadata from the page itself */
    assert_string_equal(doc->title, "Pier to open next spring");
    assert_string_equal(doc->author, "Jane Doe");
    assert_string_equal(doc->language, "en");
    assert_string_equal(doc->published, "2025-11-27"); /* from the URL */
    assert_string_equal(doc->outlet, "Example News"); /* the <title> after the headline, spelling the host */
    assert_string_equal(doc->format, "html");
    np_doc_free(doc);
}

/* An infinite-scroll page: the next story follows the first in its own
 * <article>; the two must not be merged into one text. */
static void two_articles_stay_apart(void **state)
{
    (void)state;
    const char *page =
        "<html><body><div class=\"stream\">"
        "<article><h1>Pier to open</h1><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p>"
        "<p>" PARA1 "</p><p>" PARA2 "</p></article>"
        "<article><h1>Next story</h1><p>The museum on the hill will close for two years from January, "
        "while builders replace the roof, the heating and most of the windows of the old building.</p>"
        "<p>Its collection of ship models, which draws most of the visitors, will travel to other "
        "museums in the region during the works, the director said at a meeting with volunteers.</p>"
        "<p>Volunteers asked whether the caf\xc3\xa9 would stay open, and were told it would not.</p>"
        "<p>The town council, which owns the building, has set aside most of the money, and a "
        "foundation of local shipping firms will pay the rest, according to the council's minutes.</p>"
        "<p>A temporary exhibition in the library will show a few of the smaller models, along with "
        "photographs of the harbour from the years when the museum was founded.</p>"
        "<p>The director added that the reopening, planned for the spring two years from now, will come "
        "with a new wing for the collection of maps, which has been kept in storage for a decade.</p></article>"
        "</div></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_true((strstr(doc->text, PARA3) != NULL) != (strstr(doc->text, "museum") != NULL));
    np_doc_free(doc);
}

/* A page of several full stories: the one whose heading is the page title
 * is the page's own, even when another one below it is longer. */
static void title_names_the_story(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>Example News | The pier will open next spring</title></head><body>"
        "<div class=\"stream\">"
        "<article><h1>The pier will open next spring</h1><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p>"
        "<p>" PARA1 "</p><p>" PARA2 "</p></article>"
        "<article><h1>The museum closes for two years</h1>"
        "<p>The museum on the hill will close for two years from January, "
        "while builders replace the roof, the heating and most of the windows of the old building.</p>"
        "<p>Its collection of ship models, which draws most of the visitors, will travel to other "
        "museums in the region during the works, the director said at a meeting with volunteers.</p>"
        "<p>The town council, which owns the building, has set aside most of the money, and a "
        "foundation of local shipping firms will pay the rest, according to the council's minutes.</p>"
        "<p>A temporary exhibition in the library will show a few of the smaller models, along with "
        "photographs of the harbour from the years when the museum was founded.</p>"
        "<p>The director added that the reopening, planned for the spring two years from now, will come "
        "with a new wing for the collection of maps, which has been kept in storage for a decade.</p></article>"
        "</div></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA2));
    assert_null(strstr(doc->text, "museum"));
    np_doc_free(doc);
}

/* The page's own summary leads a short text that lacks it (a video page),
 * stays out when the text already tells it in other words, and is the
 * whole text when nothing else reads as one; a summary cut with an
 * ellipsis loses the cut word.  An index page stays an index. */
#define DESC_META(d) "<meta name=\"description\" content=\"" d "\">"
static void description_leads_short_text(void **state)
{
    (void)state;
    const char *video =
        "<html><head><title>Ferry video</title>"
        DESC_META("The new ferry made its first crossing of the bay on Sunday, carrying two hundred "
                  "passengers and the mayor, who called it a good day for the island.")
        "</head><body><main><h1>Ferry video</h1><p>Watch the whole crossing of the bay in our video, "
        "filmed from the deck by our reporter.</p></main></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(video, &doc), NP_OK);
    assert_true(strncmp(doc->text, "The new ferry made its first crossing", 37) == 0);
    assert_non_null(strstr(doc->text, "Watch the whole crossing"));
    np_doc_free(doc);

    const char *told =
        "<html><head><title>Ferry</title>"
        DESC_META("On Sunday the new ferry crossed the bay for the first time with two hundred passengers "
                  "and the mayor on board.")
        "</head><body><main><h1>Ferry</h1><p>Two hundred passengers and the mayor were on board when the "
        "new ferry crossed the bay for the first time on Sunday.</p></main></body></html>";
    assert_int_equal(run_str(told, &doc), NP_OK);
    assert_null(strstr(doc->text, "On Sunday the new ferry"));
    np_doc_free(doc);

    const char *bare =
        "<html><head><title>Ferry</title>"
        DESC_META("The new ferry made its first crossing of the bay on Sunday, carrying two hundred "
                  "passengers and the mayor, who called it a good day for the isl...")
        "</head><body><div><a href=\"/\">Home</a></div></body></html>";
    assert_int_equal(run_str(bare, &doc), NP_OK);
    assert_string_equal(doc->extraction, "description");
    assert_non_null(strstr(doc->text, "a good day for the"));
    assert_null(strstr(doc->text, "isl"));
    np_doc_free(doc);

    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "<html><head>" DESC_META("All the news of the island, its ferries, "
                                           "its council and its schools, every day of the week, from our reporters.")
                                           "</head><body><ul>"), NP_OK);
    for (int i = 0; i < 12; i++)
        assert_int_equal(np_buf_printf(&b, "<li><a href=\"/s/%d\">Council votes on harbour plan number %d "
                                           "after a long debate</a></li>", i, i + 1), NP_OK);
    assert_int_equal(np_buf_append_str(&b, "</ul></body></html>"), NP_OK);
    assert_int_equal(run(b.data, b.len, NULL, NULL, &doc), NP_EEMPTY);
    np_doc_free(doc);
    np_buf_free(&b);
}

/* A page builder wraps the whole body in "widget" classes that read as
 * furniture, and a browser notice is the only other text: the density
 * pass without class names finds the article. */
static void body_under_widget_classes(void **state)
{
    (void)state;
    const char *page =
        "<html><body><div class=\"notice\"><p>You are using an outdated browser that has limited functions "
        "and known security holes. You cannot use every feature of this site with it. Please update your "
        "browser to a current version, or switch to another one, to read this site in full. Thank you for "
        "your patience.</p></div>"
        "<main><div class=\"builder-widget-wrap\"><div class=\"builder-widget-container\">"
        "<p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p></div></div></main></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA2));
    np_doc_free(doc);
}

/* A body written as one run of text with line breaks, opening with a
 * linked photo and its caption: the leading link is not a teaser's
 * headline when a whole article follows it. */
static void body_after_linked_caption(void **state)
{
    (void)state;
    const char *page =
        "<html><body><div class=\"nav\"><a href=\"/a\">Harbour news from the island and the coast</a> "
        "<a href=\"/b\">Ferries</a></div><div class=\"release\"><h1>Pier opens</h1>"
        "<a href=\"/img/pier.jpg\"><img src=\"/img/pier-s.jpg\"><br>From left to right: the harbour master, "
        "the mayor and two engineers on the new pier</a>"
        "Island (press) - " PARA1 "<br><br>" PARA2 "<br><br>" PARA3 "<br><br>" PARA1 "<br><br>" PARA2
        "</div></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA3));
    np_doc_free(doc);
}

/* Ruby annotations (the reading printed above a word) are not text: the
 * sentence reads as written, without the readings between its words. */
static void ruby_readings_dropped(void **state)
{
    (void)state;
    const char *page =
        "<html><body><article><h1>Pier</h1><p>" PARA1 "</p><p>The <ruby>pier<rp>(</rp><rt>PEER</rt><rp>)</rp>"
        "</ruby> was built by the <ruby>harbour<rt>HAR-BER</rt></ruby> authority over four years, with money "
        "from the state and the town, and it will open next spring.</p><p>" PARA2 "</p></article></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "The pier was built by the harbour authority"));
    assert_null(strstr(doc->text, "PEER"));
    np_doc_free(doc);
}

/* A box of long list items scores above the body's paragraphs, each in
 * wrappers of its own; the element marked as content around both holds the
 * story, even with a line of links in it. */
#define ITEM "<li>Check that the seat fits your car before you buy it: take the car and the child to the shop, " \
             "fit the seat yourself, and ask the staff to show you how the belts run, since a loose fit is " \
             "the most common fault that testers find, far more common than a weak shell.</li>"
static void climb_to_content_wrapper(void **state)
{
    (void)state;
#define LINKS "<p><a href=\"/a\">Seats for babies and small children</a> <a href=\"/b\">Seats for older " \
              "children</a> <a href=\"/c\">Booster cushions and belts</a> <a href=\"/d\">All the tests of " \
              "earlier years</a></p>"
    const char *page =
        "<html><body><div class=\"content\">"
        "<div><div><div><p>" PARA1 "</p></div></div></div><div><div><div><p>" PARA2 "</p></div></div></div>"
        "<div><div><div><p>" PARA3 "</p></div></div></div>" LINKS LINKS
        "<div class=\"box\"><ul>" ITEM ITEM ITEM ITEM ITEM "</ul></div>"
        "</div><footer><p>Contact us.</p></footer></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA1));
    assert_non_null(strstr(doc->text, "Check that the seat fits"));
    assert_null(strstr(doc->text, "Booster cushions"));
    np_doc_free(doc);
}

/* Short lines with the copyright sign are photo credits and rights
 * notices, in any language; the paragraphs around them stay. */
static void rights_lines_dropped(void **state)
{
    (void)state;
    const char *page =
        "<html><body><article><h1>Pier</h1><p>" PARA1 "</p><p>\xc2\xa9 Inselpost / Jana Muster</p>"
        "<p>" PARA2 "</p><p>" PARA3 "</p><p>\xc2\xa9 2025 Island Post. Alle Rechte vorbehalten.</p>"
        "</article></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA1));
    assert_non_null(strstr(doc->text, PARA3));
    assert_null(strstr(doc->text, "\xc2\xa9"));
    np_doc_free(doc);
}

/* A short linked line after the body in a box of its own (a call to
 * action, an author's bio) goes, so does a very short bare one; a linked last paragraph among the body's
 * own stays, and so does a run of three boxed picks (a list). */
static void tail_promo_dropped(void **state)
{
    (void)state;
    const char *page =
        "<html><body><article><h1>Pier</h1><div class=\"text\"><p>" PARA1 "</p><p>" PARA2 "</p>"
        "<p>" PARA3 "</p><p>The harbour office answers questions at <a href=\"/office\">its own page</a> "
        "until the end of the summer.</p>"
        "<div class=\"box\"><p>Like our stories? <a href=\"/join\">Join the club of readers today</a> "
        "and get every issue first.</p></div><div class=\"note\"><p>Nothing has been said about this yet.</p>"
        "</div></div></article></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA3));
    assert_non_null(strstr(doc->text, "harbour office answers"));
    assert_null(strstr(doc->text, "Join the club"));
    assert_null(strstr(doc->text, "Nothing has been said"));
    np_doc_free(doc);
#define PICK(n) "<div class=\"pick\"><p><a href=\"/p" n "\">Lamp " n "</a>: a small brass lamp for the " \
                "desk, in green or in blue.</p></div>"
    const char *picks =
        "<html><body><article><h1>Gifts</h1><div class=\"text\"><p>" PARA1 "</p><p>" PARA2 "</p>"
        "<p>" PARA3 "</p>" PICK("1") PICK("2") PICK("3") "</div></article></body></html>";
    assert_int_equal(run_str(picks, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "Lamp 1"));
    assert_non_null(strstr(doc->text, "Lamp 3"));
    np_doc_free(doc);
#undef PICK
}

/* A CMS that wraps every paragraph in a block of its own: a short first
 * and last paragraph are sentences of the story in a wrapper of the body's
 * kind, and stay; a call to action in such a wrapper and a short line in a
 * box of another kind still go. */
static void short_edge_paragraphs_in_own_blocks_kept(void **state)
{
    (void)state;
#define TB(t) "<div data-component=\"text-block\"><p>" t "</p></div>\n"
    const char *page =
        "<html><body><article><h1>Pier</h1>\n" TB("The pier is finally open.") TB(PARA1) TB(PARA2)
        TB("The first ferry leaves at seven on Monday.") TB("Share this story with your friends.")
        "<section><p>Nothing has been said about this yet.</p></section></article></body></html>";
#undef TB
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "The pier is finally open.\n\n" PARA1));
    assert_non_null(strstr(doc->text, PARA2 "\n\nThe first ferry leaves at seven on Monday."));
    assert_null(strstr(doc->text, "Nothing has been said"));
    assert_null(strstr(doc->text, "Share this"));
    np_doc_free(doc);
}

/* A short line that is no sentence, in a box of its own above the body
 * (a picture label, an update stamp), goes; the body's paragraphs stay. */
static void head_promo_dropped(void **state)
{
    (void)state;
    const char *page =
        "<html><body><article><h1>Pier</h1><div class=\"text\"><div><p>Pictures from our own photographer "
        "team</p></div><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p></div></article></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA1));
    assert_non_null(strstr(doc->text, PARA3));
    assert_null(strstr(doc->text, "photographer team"));
    np_doc_free(doc);
}

/* Scripts without spaces between words must not look like short labels. */
/* Forms are furniture (newsletter sign-up, comment form), except the one
 * some frameworks wrap the whole page in. */
static void forms(void **state)
{
    (void)state;
    const char *page =
        "<html><body><form id=\"aspnetForm\" action=\"/x\"><div class=\"page\"><div>"
        "<p>" PARA1 "</p><p>" PARA2 "</p>"
        "<form action=\"/signup\"><p>Get our free morning briefing, with all the news from the harbour, "
        "sent to your inbox every weekday before seven.</p><input name=\"email\"></form>"
        "<p>" PARA3 "</p></div></div></form></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA1));
    assert_non_null(strstr(doc->text, PARA3));
    assert_null(strstr(doc->text, "briefing"));
    np_doc_free(doc);
}

static void cjk_article(void **state)
{
    (void)state;
    const char *page =
        "<html lang=\"ja\"><body><nav><a href=\"/\">\xe3\x83\x9b\xe3\x83\xbc\xe3\x83\xa0</a></nav><div class=\"main\">"
        "<p>\xe6\xb8\xaf\xe3\x81\xae\xe6\x96\xb0\xe3\x81\x97\xe3\x81\x84\xe6\xa1\x9f\xe6\xa9\x8b\xe3\x81\xaf"
        "\xe3\x80\x81\xe6\x9d\xa5\xe5\xb9\xb4\xe3\x81\xae\xe6\x98\xa5\xe3\x81\xab\xe9\x96\x8b\xe6\xa5\xad"
        "\xe3\x81\x99\xe3\x82\x8b\xe4\xba\x88\xe5\xae\x9a\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82"
        "\xe5\xb7\xa5\xe4\xba\x8b\xe3\x81\xaf\xe5\x9b\x9b\xe5\xb9\xb4\xe3\x81\x8b\xe3\x81\x8b\xe3\x82\x8a"
        "\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82</p>"
        "<p>\xe5\x9c\xb0\xe5\x85\x83\xe3\x81\xae\xe5\xba\x97\xe4\xb8\xbb\xe3\x81\x9f\xe3\x81\xa1\xe3\x81\xaf"
        "\xe3\x80\x81\xe9\xa7\x90\xe8\xbb\x8a\xe5\xa0\xb4\xe3\x82\x92\xe7\x84\xa1\xe6\x96\x99\xe3\x81\xab"
        "\xe3\x81\x97\xe3\x81\xa6\xe3\x81\xbb\xe3\x81\x97\xe3\x81\x84\xe3\x81\xa8\xe8\xa9\xb1\xe3\x81\x97"
        "\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82</p></div></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "\xe6\xb8\xaf\xe3\x81\xae"));
    assert_non_null(strstr(doc->text, "\xe5\x9c\xb0\xe5\x85\x83"));
    assert_null(strstr(doc->text, "\xe3\x83\x9b\xe3\x83\xbc\xe3\x83\xa0")); /* the nav link */
    assert_string_equal(doc->language, "ja");
    np_doc_free(doc);
}

static void jsonld_metadata(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>Ignored title - Daily Planet</title>"
        "<script type=\"application/ld+json\">{ \"broken\": </script>"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebSite\",\"name\":\"Daily Planet\"},"
        "{\"@type\":\"NewsArticle\",\"headline\":\"Pier opens at last\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"},"
        "{\"@type\":\"Organization\",\"name\":\"Daily Planet\"}],"
        "\"datePublished\":\"2025-11-27T08:30:00+01:00\",\"dateModified\":\"2025-11-27T23:15:00-02:00\","
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily Planet\"},"
        "\"mainEntityOfPage\":\"https://dailyplanet.example/pier\",\"inLanguage\":\"de-CH\"}]}</script>"
        "</head><body><p>" PARA1 "</p><p>" PARA2 "</p></body></html>";
    np_doc *doc;
    assert_int_equal(run(page, strlen(page), "https://www.dailyplanet.example/x?y=1", NULL, &doc), NP_OK);
    assert_string_equal(doc->title, "Pier opens at last");
    assert_string_equal(doc->author, "Jane Doe, John Roe");
    assert_string_equal(doc->published, "2025-11-27T08:30:00+01:00");
    assert_string_equal(doc->modified, "2025-11-27T23:15:00-02:00");
    assert_string_equal(doc->outlet, "The Daily Planet");
    assert_string_equal(doc->url, "https://dailyplanet.example/pier");
    assert_string_equal(doc->language, "de");
    np_doc_free(doc);
    /* a top-level array, and an author given as a plain string */
    const char *p2 = "<html><head><script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
                     "{\"@type\":[\"Article\"],\"headline\":\"Second\",\"author\":\"By Ann Smith\","
                     "\"datePublished\":\"2024-02-29\"}]</script></head><body><p>" PARA3 "</p></body></html>";
    assert_int_equal(run_str(p2, &doc), NP_OK);
    assert_string_equal(doc->title, "Second");
    assert_string_equal(doc->author, "Ann Smith");
    assert_string_equal(doc->published, "2024-02-29");
    np_doc_free(doc);
}

/* A page whose JSON-LD describes a related story before its own (in a
 * script of its own, or as the first item of one @graph): the fields come
 * from the article object naming this page, by its headline (the <h1>) or
 * by its address (the canonical URL, even when its headline differs). */
static void jsonld_own_article_beats_related_one(void **state)
{
    (void)state;
#define OTHER "{\"@type\":\"NewsArticle\",\"headline\":\"Ferry fares to rise in spring\"," \
              "\"datePublished\":\"2026-11-20T10:00:00Z\",\"url\":\"https://harbour.example/2026/11/20/fares/\"," \
              "\"author\":{\"@type\":\"Person\",\"name\":\"Ines Vork\"}}"
#define OWN(h, extra) "{\"@type\":\"NewsArticle\",\"headline\":\"" h "\",\"datePublished\":\"2026-12-03T10:00:00Z\"," \
                      extra "\"author\":{\"@type\":\"Person\",\"name\":\"Olaf Brink\"}}"
#define LD(x) "<script type=\"application/ld+json\">" x "</script>"
    const char *pages[] = {
        LD(OTHER) LD(OWN("Pier opens at last", "")),
        LD("{\"@context\":\"https://schema.org\",\"@graph\":[" OTHER "," OWN("Pier opens at last", "") "]}"),
        "<link rel=\"canonical\" href=\"https://harbour.example/2026/12/03/pier/\">" LD(OTHER)
            LD(OWN("Everything you need to know about the pier", "\"mainEntityOfPage\":{\"@type\":\"WebPage\","
                   "\"@id\":\"https://harbour.example/2026/12/03/pier\"},")),
    };
    for (size_t k = 0; k < sizeof pages / sizeof *pages; k++) {
        char page[4096];
        snprintf(page, sizeof page,
                 "<html><head><title>Pier opens at last | Harbour News</title>%s</head><body><article>"
                 "<h1>Pier opens at last</h1><p>" PARA1 "</p><p>" PARA2 "</p></article></body></html>",
                 pages[k]);
        np_doc *doc;
        assert_int_equal(run(page, strlen(page), NULL, NULL, &doc), NP_OK);
        assert_string_equal(doc->author, "Olaf Brink");
        assert_string_equal(doc->published, "2026-12-03T10:00:00Z");
        assert_true(k == 2 || strcmp(doc->title, "Pier opens at last") == 0);
        assert_true(!doc->url || !strstr(doc->url, "fares"));
        np_doc_free(doc);
    }
#undef OTHER
#undef OWN
#undef LD
}

/* JSON-LD as CMS templates often write it: a raw line break inside a
 * string (an unescaped description) and a trailing comma.  Mended, its
 * fields count; they were all ignored. */
static void jsonld_with_common_faults(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>Pier opens at last</title><script type=\"application/ld+json\">"
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Pier opens at last\","
        "\"description\":\"The ferries come back.\nThe shops are glad.\",\"datePublished\":\"2026-12-03T10:00:00Z\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Olaf Brink\"},],"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour News\"},}</script></head><body><article>"
        "<h1>Pier opens at last</h1><p>" PARA1 "</p><p>" PARA2 "</p></article></body></html>";
    np_doc *doc;
    assert_int_equal(run(page, strlen(page), NULL, NULL, &doc), NP_OK);
    assert_string_equal(doc->author, "Olaf Brink");
    assert_string_equal(doc->published, "2026-12-03T10:00:00Z");
    assert_string_equal(doc->outlet, "Harbour News");
    np_doc_free(doc);
}

/* The publication date of a page read from a file (no address it was
 * fetched by) whose <head> holds head. */
static void expect_published(const char *head, const char *want)
{
    char page[2048];
    snprintf(page, sizeof page, "<html><head><title>Pier opens</title>%s</head><body><p>" PARA1 "</p><p>" PARA2
             "</p></body></html>", head);
    np_doc *doc;
    assert_int_equal(run(page, strlen(page), NULL, NULL, &doc), NP_OK);
    if (!doc->published || strcmp(doc->published, want) != 0)
        fail_msg("%s: published %s, want %s", head, doc->published ? doc->published : "(none)", want);
    np_doc_free(doc);
}

/* A page read from a file is dated by the day its own canonical address
 * spells; a meta tag may name its field in any attribute, itemprop listing
 * several (a publication date among them wins). */
static void dates_from_the_page_own_address(void **state)
{
    (void)state;
    expect_published("<link rel=\"canonical\" href=\"https://news.example/2025/11/27/pier-opens.html\">",
                     "2025-11-27");
    expect_published("<meta data-x=\"1\" property=\"article:section\" itemprop=\"datePublished dateCreated\" "
                     "content=\"2025-11-26T10:00:00Z\">",
                     "2025-11-26T10:00:00Z");
    expect_published("<meta itemprop=\"dateModified datePublished\" content=\"2025-11-24T10:00:00Z\">",
                     "2025-11-24T10:00:00Z");
    expect_published("<meta name=\"pdate\" content=\"20251125\">", "2025-11-25");
    expect_published("<meta name=\"dcterms.date\" content=\"2025-11-23\">", "2025-11-23");
}

/* The outlet a page's site name gives, with a Twitter handle, fetched from
 * url. */
static void expect_outlet(const char *site, const char *handle, const char *url, const char *want)
{
    char page[2048];
    snprintf(page, sizeof page,
             "<html><head><title>Pier opens</title><meta property=\"og:site_name\" content=\"%s\">"
             "<meta name=\"twitter:site\" content=\"%s\"></head><body><p>" PARA1 "</p><p>" PARA2
             "</p></body></html>",
             site, handle);
    np_doc *doc;
    assert_int_equal(run(page, strlen(page), url, NULL, &doc), NP_OK);
    assert_non_null(doc->outlet);
    if (strcmp(doc->outlet, want) != 0)
        fail_msg("site %s on %s: outlet %s, want %s", site, url, doc->outlet, want);
    np_doc_free(doc);
}

/* A one-word site name that fits nothing of the host is a section or a
 * product ("U.S." on a news agency's page, "Hosted" on its syndication
 * host): a handle that fits the host names the outlet.  Names of several
 * words, a blog's own name on a platform and an archived site's name stand
 * as they are. */
static void site_names_checked_against_the_host(void **state)
{
    (void)state;
    expect_outlet("U.S.", "@Newswire", "https://www.newswire.example/article/x-1", "Newswire");
    expect_outlet("Hosted", "@nw", "https://hosted.nw.example/paper/article/x-1", "NW");
    expect_outlet("@harbourfacts", "", "https://www.harbourfacts.example/x-1", "Harbourfacts");
    expect_outlet("Harbour Daily", "@hd", "https://www.hdaily.example/x-1", "Harbour Daily");
    expect_outlet("Guardian", "", "https://www.theguardian.example/x-1", "Guardian");
    expect_outlet("PierTalk", "@PierTalk", "https://piertalk.sportsnet.example/x-1", "PierTalk");
    expect_outlet("Lindenblatt", "@blogplatform", "https://annalind.blogplatform.example/2031/x", "Lindenblatt");
    expect_outlet("Swap", "@archive", "https://web.archive.example/web/2016/https://swap.example/x", "Swap");
    expect_outlet("Sport", "@NewswireSport", "https://www.newswire.example/sport/x-1", "Newswire");
    /* no section fits the public suffix ("com") or a country's "com.au":
     * the host stands (np_outlet_finish() reads it later) */
    expect_outlet("Commentary", "", "https://www.harbourdaily.com/x-1", "harbourdaily.com");
    expect_outlet("Business", "", "https://www.harbourdaily.com.au/x-1", "harbourdaily.com.au");
}

/* The outlet of a page with no site name in its metadata, whose <title>
 * head (h1 a separate argument, "" for none) and address are given. */
static void expect_title_outlet(const char *title, const char *h1, const char *url, const char *want)
{
    char page[2048];
    snprintf(page, sizeof page,
             "<html><head><title>%s</title></head><body><h1>%s</h1><p>" PARA1 "</p><p>" PARA2 "</p></body></html>",
             title, h1);
    np_doc *doc;
    assert_int_equal(run(page, strlen(page), url, NULL, &doc), NP_OK);
    if (want ? !doc->outlet || strcmp(doc->outlet, want) != 0 : doc->outlet != NULL)
        fail_msg("<title>%s</title>: outlet %s, want %s", title, doc->outlet ? doc->outlet : "(none)",
                 want ? want : "(none)");
    np_doc_free(doc);
}

/* With no site name in the metadata, the <title>'s last part after the
 * headline the page shows names the site; a section ("Culture", "News")
 * does not, nor a name the host does not spell, nor a two-part <title>
 * whose head is no headline the page shows. */
static void outlet_from_title_tail(void **state)
{
    (void)state;
    const char *head = "Library to open on Sundays from next month";
    expect_title_outlet("Library to open on Sundays from next month | Culture | Ostmark Daily Times", head, NULL,
                        "Ostmark Daily Times");
    expect_title_outlet("Library to open on Sundays from next month \xE2\x80\x94 Le Courrier de S\xC3\xA9vrenne",
                        head, NULL, "Le Courrier de S\xC3\xA9vrenne");
    expect_title_outlet("Library to open on Sundays from next month | Ostmark Times | Culture", head, NULL, NULL);
    expect_title_outlet("Library to open on Sundays from next month - News", head, NULL, NULL);
    expect_title_outlet("Sunday hours | Ostmark Daily Times", head, NULL, NULL);
    expect_title_outlet("Library to open on Sundays from next month | Local | Ostmark Daily Times", "", NULL,
                        "Ostmark Daily Times");
    expect_title_outlet("Library to open on Sundays from next month | Ostmark Daily Times", head,
                        "https://www.ostmarkdailytimes.example/culture/x-1", "Ostmark Daily Times");
    /* a host the name does not spell: the host stands */
    expect_title_outlet("Library to open on Sundays from next month | Ostmark Daily Times", head,
                        "https://www.cityreader.example/culture/x-1", "cityreader.example");
}

/* Authors linked with rel="author" in one byline: all of them, each once
 * (an avatar's empty link and a second link to a name add none); a
 * related story's author linked the same way below is not one, nor a
 * station linked after the names. */
static void rel_author_links_of_one_byline(void **state)
{
    (void)state;
    static const struct { const char *byline, *want; } cases[] = {
        {"<div class=\"bx\">By <a rel=\"author\" href=\"/s/jo\">Jan Okon</a> and "
         "<a rel=\"author\" href=\"/s/mf\">Mila Ferre</a></div>", "Jan Okon, Mila Ferre"},
        {"<div class=\"bx\"><a rel=\"author\" href=\"/s/jo\"><img src=\"jo.jpg\"></a> "
         "<a rel=\"author\" href=\"/s/jo\">Jan Okon</a> <a rel=\"author\" href=\"/s/jo\">Jan Okon</a></div>",
         "Jan Okon"},
        {"<div class=\"bx\"><a rel=\"author\" href=\"/s/jo\">Jan Okon</a>, "
         "<a rel=\"author\" href=\"/s/7\">7 News Harbour</a></div>", "Jan Okon"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[4096];
        snprintf(page, sizeof page,
                 "<html><body><article><h1>Pier opens</h1>%s<p>%s</p><p>%s</p></article>"
                 "<aside><div class=\"card\"><a href=\"/x\">Ferry fares rise</a> "
                 "<a rel=\"author\" href=\"/s/ud\">Una Dahl</a></div></aside></body></html>",
                 cases[i].byline, PARA1, PARA2);
        np_doc *doc;
        assert_int_equal(run(page, strlen(page), NULL, NULL, &doc), NP_OK);
        if (!doc->author || strcmp(doc->author, cases[i].want) != 0)
            fail_msg("%s: author %s, want %s", cases[i].byline, doc->author ? doc->author : "(none)", cases[i].want);
        np_doc_free(doc);
    }
}

/* A page rendered by script: no text in the DOM, the article in JSON-LD. */
static void jsonld_body_fallback(void **state)
{
    (void)state;
    const char *page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                       "\"headline\":\"Pier\",\"articleBody\":\"" PARA1 "\\n" PARA2 "\"}</script></head>"
                       "<body><div id=\"root\"></div><script>render()</script></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_string_equal(doc->text, PARA1 "\n\n" PARA2);
    assert_string_equal(doc->extraction, "jsonld");
    np_doc_free(doc);
}


/* An articleBody carrying the CMS's markup, as tags or escaped once more
 * ("&lt;p&gt;"), is not taken for the page's own text: its tags and
 * entities would be read as words (and counted as length against the
 * DOM's copy). */
static void jsonld_body_with_markup_not_taken(void **state)
{
    (void)state;
    const char *bodies[] = {"<p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p>",
                            "&lt;p class=\\\"text\\\"&gt;" PARA1 "&lt;/p&gt;&lt;p&gt;" PARA2 " " PARA3 "&lt;/p&gt;"};
    for (size_t k = 0; k < 2; k++) {
        char page[4096];
        snprintf(page, sizeof page,
                 "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                 "\"headline\":\"Pier\",\"articleBody\":\"%s\"}</script></head>"
                 "<body><article><h1>Pier</h1><p>" PARA1 "</p></article></body></html>", bodies[k]);
        np_doc *doc;
        np_status st = run_str(page, &doc);
        assert_true(st == NP_OK || st == NP_EEMPTY);
        assert_true(!doc->extraction || strcmp(doc->extraction, "jsonld") != 0);
        assert_true(!doc->text || (!strstr(doc->text, "<p") && !strstr(doc->text, "&lt;")));
        np_doc_free(doc);
    }
}

/* ---- structure inside the article, fallbacks, reasons ---------------------- */

static const char *reason_of(const np_error *err)
{
    static char code[32];
    return np_article_reason(err, code, sizeof code);
}

/* A listicle: numbered subheadings, their paragraphs and a plain list are
 * all article text; the site's navigation list is not. */
static void listicle_keeps_headings_and_lists(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>Five things to pack for the ferry | Example News</title></head><body>"
        "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/travel\">Travel guides</a></li>"
        "<li><a href=\"/food\">Food and drink</a></li><li><a href=\"/deals\">Deals of the week</a></li></ul></nav>"
        "<article><h1>Five things to pack for the ferry</h1>"
        "<p>" PARA1 "</p>"
        "<h2>1. A warm jacket</h2><p>" PARA2 "</p>"
        "<h2>2. Something to read</h2><p>" PARA3 "</p>"
        "<h2>3. Snacks</h2><ul><li>Dried apricots and a bag of salted almonds</li>"
        "<li>Two cheese sandwiches wrapped in paper</li><li>A flask of hot sweet tea</li></ul>"
        "<p>Whatever you bring, keep it in one small bag so that the stairs to the deck stay easy to climb.</p>"
        "</article></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "1. A warm jacket"));
    assert_non_null(strstr(doc->text, "3. Snacks"));
    assert_non_null(strstr(doc->text, "Two cheese sandwiches wrapped in paper"));
    assert_non_null(strstr(doc->text, "A flask of hot sweet tea"));
    assert_null(strstr(doc->text, "Travel guides"));
    assert_null(strstr(doc->text, "Deals of the week"));
    assert_string_equal(doc->extraction, "main");
    np_doc_free(doc);
}

/* A table of figures inside the article is read row by row. */
static void table_in_article(void **state)
{
    (void)state;
    const char *page =
        "<html><body><div class=\"story\"><p>" PARA1 "</p>"
        "<table><tr><th>Ferry line</th><th>Departures per day</th></tr>"
        "<tr><td>North quay to the island</td><td>fourteen</td></tr>"
        "<tr><td>South quay to the mainland</td><td>nine</td></tr></table>"
        "<p>" PARA2 "</p><blockquote><p>We counted every crossing for a whole month before we "
        "drew up the new timetable, said the harbour master.</p></blockquote><p>" PARA3 "</p></div>"
        "<footer><ul><li><a href=\"/a\">About</a></li><li><a href=\"/c\">Contact</a></li></ul></footer></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "Ferry line Departures per day"));
    assert_non_null(strstr(doc->text, "South quay to the mainland nine"));
    assert_non_null(strstr(doc->text, "We counted every crossing"));
    assert_null(strstr(doc->text, "Contact"));
    np_doc_free(doc);
}

/* German and Chinese pages: no English word decides anything. */
static void german_and_chinese_articles(void **state)
{
    (void)state;
    const char *de =
        "<html lang=\"de\"><body><nav><a href=\"/\">Startseite</a> <a href=\"/politik\">Politik</a> "
        "<a href=\"/sport\">Sport</a></nav><div class=\"inhalt\">"
        "<h1>Neue F\xc3\xa4hre f\xc3\xbcr die Insel</h1>"
        "<p>Die Gemeinde hat am Dienstag beschlossen, eine zweite F\xc3\xa4hre zu kaufen, weil die alte im Winter "
        "immer wieder ausf\xc3\xa4llt und die Schulkinder dann nicht zum Unterricht kommen.</p>"
        "<p>Der Kauf soll im n\xc3\xa4" "chsten Fr\xc3\xbchjahr abgeschlossen sein; bis dahin f\xc3\xa4hrt ein gemietetes "
        "Schiff zweimal am Tag, morgens und am fr\xc3\xbchen Abend.</p>"
        "<ul><li><a href=\"/x\">Weitere Meldungen aus der Region</a></li><li><a href=\"/y\">Wetter</a></li></ul>"
        "</div></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(de, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "zweite F\xc3\xa4hre zu kaufen"));
    assert_non_null(strstr(doc->text, "gemietetes Schiff"));
    assert_null(strstr(doc->text, "Startseite"));
    assert_null(strstr(doc->text, "Weitere Meldungen"));
    np_doc_free(doc);
    /* "The new ferry will start service next spring. The town bought it
     * because the old ship often broke down in winter." / "Residents say
     * the ticket price should stay the same." in simplified Chinese */
    const char *zh =
        "<html lang=\"zh\"><body><div class=\"nav\"><a href=\"/\">\xe9\xa6\x96\xe9\xa1\xb5</a> "
        "<a href=\"/n\">\xe6\x96\xb0\xe9\x97\xbb</a></div><div>"
        "<p>\xe6\x96\xb0\xe7\x9a\x84\xe6\xb8\xa1\xe8\x88\xb9\xe5\xb0\x86\xe4\xba\x8e\xe6\x98\x8e\xe5\xb9\xb4"
        "\xe6\x98\xa5\xe5\xa4\xa9\xe6\x8a\x95\xe5\x85\xa5\xe8\xbf\x90\xe8\x90\xa5\xe3\x80\x82\xe9\x95\x87"
        "\xe6\x94\xbf\xe5\xba\x9c\xe8\xb4\xad\xe4\xb9\xb0\xe5\xae\x83\xef\xbc\x8c\xe6\x98\xaf\xe5\x9b\xa0"
        "\xe4\xb8\xba\xe6\x97\xa7\xe8\x88\xb9\xe5\x9c\xa8\xe5\x86\xac\xe5\xa4\xa9\xe7\xbb\x8f\xe5\xb8\xb8"
        "\xe5\x87\xba\xe6\x95\x85\xe9\x9a\x9c\xe3\x80\x82</p>"
        "<p>\xe5\xb1\x85\xe6\xb0\x91\xe4\xbb\xac\xe8\xaf\xb4\xef\xbc\x8c\xe8\x88\xb9\xe7\xa5\xa8\xe7\x9a\x84"
        "\xe4\xbb\xb7\xe6\xa0\xbc\xe5\xba\x94\xe8\xaf\xa5\xe4\xbf\x9d\xe6\x8c\x81\xe4\xb8\x8d\xe5\x8f\x98"
        "\xef\xbc\x8c\xe5\x9b\xa0\xe4\xb8\xba\xe5\xbe\x88\xe5\xa4\x9a\xe4\xba\xba\xe6\xaf\x8f\xe5\xa4\xa9"
        "\xe9\x83\xbd\xe8\xa6\x81\xe5\x9d\x90\xe8\x88\xb9\xe5\x8e\xbb\xe4\xb8\x8a\xe7\x8f\xad\xe3\x80\x82</p>"
        "</div></body></html>";
    assert_int_equal(run_str(zh, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "\xe6\x96\xb0\xe7\x9a\x84\xe6\xb8\xa1\xe8\x88\xb9"));
    assert_non_null(strstr(doc->text, "\xe5\xb1\x85\xe6\xb0\x91\xe4\xbb\xac"));
    assert_null(strstr(doc->text, "\xe9\xa6\x96\xe9\xa1\xb5"));
    np_doc_free(doc);
}

/* The body sits under wrappers whose class names read as furniture, and
 * the only "content" element is a one-line box: a fallback pass finds the
 * article and says so. */
static void misleading_classes_fall_back(void **state)
{
    (void)state;
    const char *page =
        "<html><body><div class=\"content\"><p>Short note above the story, one line.</p></div>"
        "<div class=\"widget\"><div class=\"promo\"><p>" PARA1 "</p></div>"
        "<div class=\"promo\"><p>" PARA2 "</p></div><div class=\"promo\"><p>" PARA3 "</p></div></div>"
        "<nav><a href=\"/a\">Home</a> <a href=\"/b\">Archive</a></nav></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA1));
    assert_non_null(strstr(doc->text, PARA3));
    assert_null(strstr(doc->text, "Archive"));
    assert_true(strcmp(doc->extraction, "density") == 0 || strcmp(doc->extraction, "wider") == 0);
    np_doc_free(doc);
}

/* The standfirst between the headline and the body leads the text; the
 * caption beside the picture does not. */
static void standfirst_leads_caption_stays_out(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>Pier to open next spring</title></head><body><div class=\"top\">"
        "<h1>Pier to open next spring</h1>"
        "<p class=\"dek\">After four years of building and two stormy winters, the harbour will welcome ferries again.</p>"
        "<div class=\"pic\"><img src=\"p.jpg\"><p>Cranes on the half-built pier during a grey afternoon last winter in the bay.</p></div>"
        "</div><div class=\"body\"><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p></div></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_ptr_equal(strstr(doc->text, "After four years of building"), doc->text);
    assert_null(strstr(doc->text, "Cranes on the half-built pier"));
    assert_non_null(strstr(doc->text, PARA3));
    np_doc_free(doc);
}

/* Pages with no article say why: an index, a login wall. */
static void no_article_reasons(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "<html><body><h1>Latest</h1><ul>"), NP_OK);
    for (int i = 0; i < 12; i++)
        assert_int_equal(np_buf_printf(&b, "<li><h2><a href=\"/s/%d\">Headline of story number %d about the harbour</a></h2>"
                                           "<p>Summary %d in a few words.</p></li>", i, i, i), NP_OK);
    assert_int_equal(np_buf_append_str(&b, "</ul></body></html>"), NP_OK);
    np_doc *doc = np_doc_new();
    np_error err;
    np_error_clear(&err);
    assert_int_equal(np_html_to_doc(b.data, b.len, "https://example-news.org/latest", NULL, doc, &err), NP_EEMPTY);
    assert_string_equal(reason_of(&err), "index");
    assert_null(doc->text);
    np_doc_free(doc);
    np_buf_free(&b);

    const char *login = "<html><body><form><h2>Sign in to continue</h2><label>E-mail</label><input name=e>"
                        "<button>Go</button></form><p><a href=\"/join\">Create an account</a></p></body></html>";
    doc = np_doc_new();
    np_error_clear(&err);
    assert_int_equal(np_html_to_doc(login, strlen(login), NULL, NULL, doc, &err), NP_EEMPTY);
    const char *r = reason_of(&err);
    assert_non_null(r);
    assert_true(strcmp(r, "no_text") == 0 || strcmp(r, "short") == 0);
    np_doc_free(doc);

    np_error other;
    np_error_set(&other, NP_EPARSE, "f", 1, 0, "malformed");
    assert_null(reason_of(&other));
    np_error_set(&other, NP_EEMPTY, "f", 1, 0, "empty file");
    assert_string_equal(reason_of(&other), "empty");
}


/* A blog platform that ships the post as a markup template: read on a
 * second try, since the page has no other text. */
static void template_body_second_try(void **state)
{
    (void)state;
    const char *page =
        "<html><body><div class=\"post-body\"><script type='text/template'><p>" PARA1 "</p><p>" PARA2
        "</p><p>" PARA3 "</p></script></div><script>show()</script></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA1));
    assert_non_null(strstr(doc->text, PARA3));
    assert_null(strstr(doc->text, "show()"));
    np_doc_free(doc);
    np_buf b;
    np_buf_init(&b, 0);
    const char *in = "<p>a</p><script type=\"text/template\"><b>x</b><style>s{}</style></script><script>y</script>";
    assert_int_equal(np_html_strip_raw_unwrap(in, strlen(in), &b), NP_OK);
    assert_string_equal(b.data, "<p>a</p><b>x</b><style></style><script></script>");
    np_buf_reset(&b);
    assert_int_equal(np_html_strip_raw(in, strlen(in), &b), NP_OK);
    assert_string_equal(b.data, "<p>a</p><script type=\"text/template\"></script><script></script>");
    np_buf_free(&b);
}


/* A standfirst in an <h2> closed by a mismatched </h3>: the parser leaves
 * the heading open over the whole body, whose paragraphs stay article text. */
static void unclosed_heading_over_body(void **state)
{
    (void)state;
    const char *page =
        "<html><body><article><h1>Pier to open</h1><h2 class=\"excerpt\">The harbour will welcome ferries again "
        "after four years of building.</h3><div class=\"body\"><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3
        "</p></div></article></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA1));
    assert_non_null(strstr(doc->text, PARA3));
    np_doc_free(doc);
}

/* A story above a long grid of other headlines with summaries: the story
 * is found, the grid's headlines stay out. */
static void story_above_headline_grid(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "<html><body><div class=\"entry\"><p>" PARA1 " " PARA2 "</p><p>" PARA3
                                           "</p></div><div class=\"grid\">"), NP_OK);
    for (int i = 0; i < 30; i++)
        assert_int_equal(np_buf_printf(&b, "<div><h3><a href=\"/s/%d\">Headline of another story number %d about the coast</a></h3>"
                                           "<p>A summary of story %d in a dozen words, which is what cards hold.</p></div>", i, i, i), NP_OK);
    assert_int_equal(np_buf_append_str(&b, "</div></body></html>"), NP_OK);
    np_doc *doc;
    assert_int_equal(run(b.data, b.len, "https://example-news.org/pier", NULL, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA3));
    assert_null(strstr(doc->text, "Headline of another story"));
    np_doc_free(doc);
    np_buf_free(&b);
}


/* A story of three paragraphs in an <article> of a <main>, then four
 * teaser cards printed with card_fmt (its three %d: the link, the
 * headline's and the summary's number): the story's text holds its
 * paragraphs and none of the cards.  b is left empty for the next page. */
static void cards_stay_out(np_buf *b, const char *card_fmt)
{
    assert_int_equal(np_buf_append_str(b, "<html><head><title>Pier to open next spring | Example News</title></head><body><main>"
                                          "<article><h1>Pier to open next spring</h1><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3
                                          "</p></article>"), NP_OK);
    for (int i = 0; i < 4; i++)
        assert_int_equal(np_buf_printf(b, card_fmt, i, i, i), NP_OK);
    assert_int_equal(np_buf_append_str(b, "</main></body></html>"), NP_OK);
    np_doc *doc;
    assert_int_equal(run(b->data, b->len, "https://example-news.org/pier", NULL, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA1));
    assert_non_null(strstr(doc->text, PARA3));
    assert_null(strstr(doc->text, "sums up another story"));
    np_doc_free(doc);
    np_buf_reset(b);
}

/* A story's <article> beside teaser cards in <article>s of their own, all
 * in one <main>: the cards (a linked headline and a summary of another
 * story each, too short to be full stories) are no part of the story.  A
 * headline box in an <article> with the body outside it keeps the body. */
static void story_beside_teaser_articles(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    cards_stay_out(&b, "<article class=\"card\"><a href=\"/s/%d\"><h2>Other story number %d about the town</h2></a>"
                       "<p>Card %d sums up another story in a couple of dozen words, the way a list of "
                       "related reports under an article does it on most news sites.</p></article>");
    np_doc *doc;
    assert_int_equal(np_buf_append_str(&b, "<html><head><title>Pier to open next spring | Example News</title></head><body><main>"
                                           "<article><h1>Pier to open next spring</h1><p>The pier opens in April.</p></article>"
                                           "<div class=\"body\"><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p></div>"
                                           "<article class=\"card\"><a href=\"/s/1\"><h2>Other story about the town</h2></a>"
                                           "<p>A card sums up another story in a couple of dozen words, the way a list of "
                                           "related reports under an article does it.</p></article></main></body></html>"), NP_OK);
    assert_int_equal(run(b.data, b.len, "https://example-news.org/pier", NULL, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA1));
    assert_non_null(strstr(doc->text, PARA3));
    np_doc_free(doc);
    np_buf_free(&b);
}

/* The same with the cards in plain <div>s after the story's <article>,
 * no class name saying what they are: a linked headline and a summary
 * each.  A listicle's items inside the story (linked headings with text
 * under them) stay. */
static void story_beside_teaser_cards(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    cards_stay_out(&b, "<div class=\"c\"><a href=\"/s/%d\"><h3>Other story number %d about the town</h3></a>"
                       "<p>Card %d sums up another story in a couple of dozen words, the way a list of "
                       "related reports under an article does it on most news sites.</p></div>");
    np_doc *doc;
    assert_int_equal(np_buf_append_str(&b, "<html><head><title>Five piers to visit | Example News</title></head><body><main>"
                                           "<article><h1>Five piers to visit</h1><p>" PARA1 "</p>"), NP_OK);
    for (int i = 0; i < 5; i++)
        assert_int_equal(np_buf_printf(&b, "<div class=\"c\"><a href=\"/p/%d\"><h3>Pier number %d on the coast</h3></a>"
                                           "<p>Pier %d is long and old, and its cafe sells the best chips on the coast, "
                                           "visitors say.</p></div>", i, i, i), NP_OK);
    assert_int_equal(np_buf_append_str(&b, "<p>" PARA2 "</p></article></main></body></html>"), NP_OK);
    assert_int_equal(run(b.data, b.len, "https://example-news.org/piers", NULL, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "Pier 3 is long and old"));
    np_doc_free(doc);
    np_buf_free(&b);
}

/* Stamps above the body in wrappers of their own go whatever their
 * length: a long byline block ending on an update time ("p.m." reads as a
 * sentence's end), a publication stamp, and a "First published ... Last
 * modified ..." line whose dates are written in words. */
static void long_byline_and_stamps_above_body(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>Pier to open next spring</title></head><body><div class=\"col\">"
        "<h1>Pier to open next spring</h1>"
        "<div class=\"byline-block\">By Ines Marlow, Tobias Fenn and Ola Riis | Staff writers | Updated March 4, 2031, 7:12 p.m.</div>"
        "<div class=\"stamp\">Published March 4, 2031, 11:03 a.m.</div>"
        "<div class=\"text\"><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p></div></div></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_true(strncmp(doc->text, PARA1, 40) == 0);
    assert_null(strstr(doc->text, "Staff writers"));
    assert_null(strstr(doc->text, "11:03"));
    np_doc_free(doc);
    const char *page2 =
        "<html><head><title>Pier to open next spring</title></head><body><div class=\"col\">"
        "<h1>Pier to open next spring</h1>"
        "<p class=\"dates\"><span>First published on Tue 4 Mar 2031 09.15 GMT</span> &middot; "
        "<span>Last modified on Wed 5 Mar 2031 11.02 GMT</span></p>"
        "<div class=\"text\"><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p></div></div></body></html>";
    assert_int_equal(run_str(page2, &doc), NP_OK);
    assert_true(strncmp(doc->text, PARA1, 40) == 0);
    np_doc_free(doc);
}

/* A slide or page counter on a line of its own ("2 of 3", "3/3", "Page 2
 * of 3") is furniture wherever it sits in the body; a paragraph that
 * starts with such numbers is not one, nor is a score ("2 : 2"). */
static void slide_and_page_counters_dropped(void **state)
{
    (void)state;
    const char *page =
        "<html><body><div class=\"story\"><h1>Pier to open next spring</h1>"
        "<div class=\"slide\"><span class=\"n\">1 of 3</span><p>" PARA1 "</p></div>"
        "<div class=\"slide\"><span class=\"n\">2 of 3</span><p>" PARA2 "</p></div>"
        "<div class=\"slide\"><span class=\"n\">3/3</span><p>" PARA3 "</p></div>"
        "<div class=\"pager\">Page 2 of 3</div><p>2 : 2</p>"
        "<p>2 of the 3 cranes on the quay will stay until the last piles are in, the builders said.</p>"
        "<p>" PARA1 "</p></div></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA1 "\n\n" PARA2 "\n\n" PARA3));
    assert_null(strstr(doc->text, "of 3\n"));
    assert_null(strstr(doc->text, "3/3"));
    assert_null(strstr(doc->text, "Page 2"));
    assert_non_null(strstr(doc->text, "2 of the 3 cranes"));
    assert_non_null(strstr(doc->text, "\n2 : 2\n")); /* a score, not a counter */
    np_doc_free(doc);
}

/* A long reader thread whose class names say nothing outscores a story the
 * publisher marked itemprop=articleBody: the mark wins. */
static void marked_body_beats_unmarked_thread(void **state)
{
    (void)state;
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_buf_append_str(&b, "<html><body><div class=\"a\"><div itemprop=\"articleBody\"><p>" PARA1 "</p><p>" PARA2
                                           "</p><p>" PARA3 "</p><p>" PARA1 " " PARA3 "</p><p>" PARA2 " " PARA1 "</p><p>" PARA3
                                           "</p></div><div class=\"b\">"
                                           "<p><a href=\"/\">Home</a> <a href=\"/n\">News</a></p></div></div>"
                                           "<div class=\"c\"><h3>32 replies</h3><ul class=\"x1\">"), NP_OK);
    for (int i = 0; i < 20; i++)
        assert_int_equal(np_buf_printf(&b, "<li><p>Reader %d writes that the pier should have been built ten years ago, "
                                           "and that the council wasted money on studies, surveys and consultants.</p></li>", i), NP_OK);
    assert_int_equal(np_buf_append_str(&b, "</ul></div></body></html>"), NP_OK);
    np_doc *doc;
    assert_int_equal(run(b.data, b.len, "https://example-news.org/pier", NULL, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA2));
    assert_null(strstr(doc->text, "Reader 3 writes"));
    np_doc_free(doc);
    np_buf_free(&b);
}

/* A story's parts beside the wrapper of its body, inside its <article>:
 * the plain-text list (ingredients, specifications) and the standfirst in
 * a wrapper of its own are article text; a list of links there and the
 * navigation outside the article are not. */
static void story_parts_beside_body_wrapper(void **state)
{
    (void)state;
    const char *page =
        "<html><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/r\">Recipes</a></li>"
        "<li><a href=\"/c\">Contact us today</a></li></ul></nav>"
        "<article><h1>Harbour fish soup</h1>"
        "<div class=\"q1\"><p>A slow soup from the quay, cooked the way the old boatmen liked it.</p></div>"
        "<section class=\"q2\"><h3>You need</h3><ul>"
        "<li>two onions, chopped</li><li>four ripe tomatoes</li><li>one litre of fish stock</li>"
        "<li>a pinch of saffron</li><li>500 g white fish</li></ul></section>"
        "<ul class=\"q3\"><li><a href=\"/t/soup\">Soup</a></li><li><a href=\"/t/fish\">Seafood dishes</a></li></ul>"
        "<div class=\"q4\"><div class=\"q5\"><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p><p>" PARA1 " " PARA2
        "</p></div></div></article>"
        "<footer><p><a href=\"/a\">About</a> <a href=\"/p\">Privacy</a></p></footer></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, PARA3));
    assert_non_null(strstr(doc->text, "one litre of fish stock"));
    assert_non_null(strstr(doc->text, "the old boatmen liked it."));
    assert_null(strstr(doc->text, "Seafood dishes"));
    assert_null(strstr(doc->text, "Contact us today"));
    np_doc_free(doc);
}

/* A short label whose next block is a list of links ("Pass it on:" over
 * share buttons) goes with the links; a label over text that stays, and a
 * question heading, stay. */
static void label_of_dropped_links(void **state)
{
    (void)state;
    const char *page =
        "<html><body><article><h1>Pier opens</h1><p>" PARA1 "</p><p>The plan had three parts:</p>"
        "<p>" PARA2 "</p><h2>What comes next?</h2><p>" PARA3 "</p><p>Pass it on to friends:</p>"
        "<ul><li><a href=\"/s/1\">Mailbox</a></li><li><a href=\"/s/2\">Chatter</a></li></ul>"
        "<p>" PARA1 " " PARA3 "</p></article></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_non_null(strstr(doc->text, "The plan had three parts:"));
    assert_non_null(strstr(doc->text, "What comes next?"));
    assert_null(strstr(doc->text, "Pass it on to friends:"));
    assert_null(strstr(doc->text, "Mailbox"));
    np_doc_free(doc);
}

static void og_metadata(void **state)
{
    (void)state;
    const char *page =
        "<html><head><meta property=\"og:title\" content=\"Pier opens | Harbour Gazette\">"
        "<meta property=\"og:site_name\" content=\"Harbour Gazette\">"
        "<meta property=\"og:url\" content=\"https://gazette.example/pier\">"
        "<meta property=\"og:description\" content=\"The pier opens in spring.\">"
        "<meta property=\"article:published_time\" content=\"2025-03-01T10:00:00Z\">"
        "<meta property=\"article:modified_time\" content=\"2025-03-02\">"
        "<meta name=\"author\" content=\"Staff\">"
        "<meta http-equiv=\"content-language\" content=\"fr\">"
        "</head><body><p>" PARA1 "</p><p>" PARA2 "</p></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_string_equal(doc->title, "Pier opens");
    assert_string_equal(doc->outlet, "Harbour Gazette");
    assert_string_equal(doc->url, "https://gazette.example/pier");
    assert_string_equal(doc->description, "The pier opens in spring.");
    assert_string_equal(doc->published, "2025-03-01T10:00:00Z");
    assert_string_equal(doc->modified, "2025-03-02");
    assert_null(doc->author); /* "Staff" is not a person */
    assert_string_equal(doc->language, "fr");
    np_doc_free(doc);
    /* the <title> and the visible headline agree against og:title (written
     * for social networks): the headline; a section's one-word <h1> is
     * not taken */
    const char *social =
        "<html><head><title>Inspectors shut the Tarn bridge for eight weeks | Harbour Gazette</title>"
        "<meta property=\"og:title\" content=\"Tarn bridge closure: what commuters need to know\">"
        "<meta property=\"og:site_name\" content=\"Harbour Gazette\"></head><body><article>"
        "<h1>Inspectors shut the Tarn bridge for eight weeks</h1><p>" PARA1 "</p><p>" PARA2 "</p></article>"
        "</body></html>";
    assert_int_equal(run_str(social, &doc), NP_OK);
    assert_string_equal(doc->title, "Inspectors shut the Tarn bridge for eight weeks");
    np_doc_free(doc);
    const char *section =
        "<html><head><title>News | Harbour Gazette</title>"
        "<meta property=\"og:title\" content=\"Inspectors shut the Tarn bridge for eight weeks\">"
        "<meta property=\"og:site_name\" content=\"Harbour Gazette\"></head><body><h1>News</h1><article>"
        "<p>" PARA1 "</p><p>" PARA2 "</p></article></body></html>";
    assert_int_equal(run_str(section, &doc), NP_OK);
    assert_string_equal(doc->title, "Inspectors shut the Tarn bridge for eight weeks");
    np_doc_free(doc);
}

/* A short tail after a dash is guessed to be the site's name in a <title>,
 * but the visible headline printing the same tail keeps it: it is part of
 * the headline, whether og:title or the stripped <title> gives it. */
static void title_tail_of_the_visible_headline(void **state)
{
    (void)state;
    static const char *const heads[] = {
        "<title>Live: Floods in the Orla valley \xE2\x80\x93 latest updates | Marsh Ledger</title>"
        "<meta property=\"og:title\" content=\"Live: Floods in the Orla valley \xE2\x80\x93 latest updates\">",
        "<title>Live: Floods in the Orla valley \xE2\x80\x93 latest updates | Marsh Ledger</title>",
    };
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><head>%s<meta property=\"og:site_name\" content=\"Marsh Ledger\"></head><body><article>"
                 "<h1>Live: Floods in the Orla valley \xE2\x80\x93 latest updates</h1><p>%s</p><p>%s</p>"
                 "</article></body></html>",
                 heads[i], PARA1, PARA2);
        np_doc *doc;
        assert_int_equal(run_str(page, &doc), NP_OK);
        assert_string_equal(doc->title, "Live: Floods in the Orla valley \xE2\x80\x93 latest updates");
        np_doc_free(doc);
    }
    /* no heading prints the tail: it is still taken for the site's name */
    const char *bare = "<html><head><title>Pier opens at last after four years - Quay Post</title></head><body><article><p>" PARA1
                       "</p><p>" PARA2 "</p></article></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(bare, &doc), NP_OK);
    assert_string_equal(doc->title, "Pier opens at last after four years");
    np_doc_free(doc);
}

static void title_suffix_and_byline(void **state)
{
    (void)state;
    const char *page = "<html><head><title>Council backs free parking - The Coast Herald</title>"
                       "<link rel=\"canonical\" href=\"/news/parking\"></head><body>"
                       "<div class=\"story\"><p class=\"big\">Council backs free parking</p>"
                       "<span class=\"byline\">By Maria Lopez and Tom Baker</span>"
                       "<time datetime=\"2025-06-15T09:00:00+02:00\">June 15</time>"
                       "<p>" PARA3 "</p><p>" PARA2 "</p></div></body></html>";
    np_doc *doc;
    assert_int_equal(run(page, strlen(page), "https://coastherald.example/some/path", NULL, &doc), NP_OK);
    assert_string_equal(doc->title, "Council backs free parking");
    assert_string_equal(doc->author, "Maria Lopez, Tom Baker");
    assert_string_equal(doc->published, "2025-06-15T09:00:00+02:00");
    assert_string_equal(doc->url, "https://coastherald.example/news/parking");
    assert_string_equal(doc->outlet, "coastherald.example");
    assert_null(strstr(doc->text, "backs free")); /* the title repeated atop the body */
    assert_non_null(strstr(doc->text, PARA3));
    np_doc_free(doc);
}

static void dates_from_url_and_page(void **state)
{
    (void)state;
    const char *page = "<html><body><p>" PARA1 "</p><p>" PARA2 "</p></body></html>";
    static const struct { const char *url, *want; } cases[] = {
        {"https://x.example/2019/nov/18/slug/", "2019-11-18"},
        {"https://x.example/news/slug-20191115/", "2019-11-15"},
        {"https://x.example/2019-11-17/slug", "2019-11-17"},
        {"https://x.example/a/b-4656421.html", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        np_doc *doc;
        assert_int_equal(run(page, strlen(page), cases[i].url, NULL, &doc), NP_OK);
        if (cases[i].want)
            assert_string_equal(doc->published, cases[i].want);
        else
            assert_null(doc->published);
        np_doc_free(doc);
    }
    const char *p2 = "<html><body><div class=\"post-date\">Posted November 3, 2021</div>"
                     "<p>" PARA1 "</p><p>" PARA2 "</p></body></html>";
    np_doc *doc;
    assert_int_equal(run(p2, strlen(p2), NULL, NULL, &doc), NP_OK);
    assert_string_equal(doc->published, "2021-11-03");
    np_doc_free(doc);
}

/* The visible <time> of the page's own story: not a ticker's above it, a
 * comment's or a related story's below it; an "updated" stamp written
 * before the "published" one is the page's modified day, in a <time> or in
 * a dates element's text. */
static void dates_of_the_story_not_its_neighbours(void **state)
{
    (void)state;
    static const struct { const char *before, *after, *pub, *mod; } cases[] = {
        {"<div class=\"ticker\"><a href=\"/m\">Markets close higher</a> "
         "<time datetime=\"2026-04-01T16:00:00Z\">1 Apr</time></div><main><article>"
         "<time datetime=\"2026-04-09T05:30:00Z\">9 Apr</time>",
         "</article></main>", "2026-04-09T05:30:00Z", NULL},
        {"<article><span class=\"posted-on\">Posted on March 14, 2026</span>",
         "</article><div class=\"comments\"><p>Reader One says:</p>"
         "<time datetime=\"2026-03-15T08:03:11Z\">March 15, 2026</time></div>"
         "<div class=\"related-posts\"><p class=\"post-date\">November 2, 2025</p></div>",
         "2026-03-14", NULL},
        {"<article><span class=\"posted-on\"><time class=\"updated\" datetime=\"2026-03-16T17:40:00Z\">"
         "March 16</time><time class=\"entry-date published\" datetime=\"2026-03-14T09:12:00Z\">March 14</time>"
         "</span>",
         "</article>", "2026-03-14T09:12:00Z", "2026-03-16T17:40:00Z"},
        /* visible text only, in one element named for dates: the day after
         * "Published", not the update's printed first */
        {"<article><div class=\"dates\"><span class=\"updated-date\">Updated: 14 May 2026, 18:05</span> "
         "<span class=\"published-date\">Published: 12 May 2026, 07:30</span></div>",
         "</article>", "2026-05-12", NULL},
        /* Dublin Core's loose "dcterms.date" (a draft's day) gives way to
         * the visible <time> */
        {"<meta name=\"dcterms.date\" content=\"2026-01-21T09:43+01:00\"><article>"
         "<time class=\"date-display-single\" datetime=\"2026-01-25T08:00:00+01:00\">25.01.2026</time>",
         "</article>", "2026-01-25T08:00:00+01:00", NULL},
        /* ... and to a day in an element named for dates */
        {"<meta name=\"dcterms.date\" content=\"2026-04-20\"><article><div class=\"date\">12 May 2026</div>",
         "</article>", "2026-05-12", NULL},
        /* an update's day alone is the only day the page tells */
        {"<article><div class=\"recipe-date\">Updated June 13, 2019</div>", "</article>", "2019-06-13", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[4096];
        snprintf(page, sizeof page, "<html><body>%s<p>%s</p><p>%s</p>%s</body></html>", cases[i].before, PARA1,
                 PARA2, cases[i].after);
        np_doc *doc;
        assert_int_equal(run(page, strlen(page), NULL, NULL, &doc), NP_OK);
        assert_non_null(doc->published);
        assert_string_equal(doc->published, cases[i].pub);
        if (cases[i].mod) {
            assert_non_null(doc->modified);
            assert_string_equal(doc->modified, cases[i].mod);
        }
        np_doc_free(doc);
    }
}

/* A byline with its date or age beside it, or opened by "Story by" (or
 * labelled "Words:", "Author:"): the
 * names before the separator (a comma or a word before a written-out date
 * too), and the date it states is the publication day unless it is an
 * update's. */
static void byline_with_a_date(void **state)
{
    (void)state;
    static const struct { const char *line, *want, *day; } cases[] = {
        {"<p>By Fenella Strachan \xC2\xB7 3 hours ago</p>", "Fenella Strachan", NULL},
        {"<div class=\"art-meta\">By Nessa Quilliam | Oct 11, 2026</div>", "Nessa Quilliam", "2026-10-11"},
        {"<p>Story by Lorna Bexley</p>", "Lorna Bexley", NULL},
        {"<div class=\"credits\"><span>Words: Lorna Bexley</span></div>", "Lorna Bexley", NULL},
        {"<p>Author: Lorna Bexley</p>", "Lorna Bexley", NULL},
        {"<p>By Ivo Marsk - 9 April 2026</p>", "Ivo Marsk", "2026-04-09"},
        {"<p class=\"byline\">By Ivo Marsk, 9 April 2026</p>", "Ivo Marsk", "2026-04-09"},
        {"<p>By Ivo Marsk and Mara Juniper, 9 April 2026</p>", "Ivo Marsk, Mara Juniper", "2026-04-09"},
        {"<p class=\"byline\">Written by Ivo Marsk &mdash; Thursday, 09 April 2026</p>", "Ivo Marsk", "2026-04-09"},
        {"<p class=\"byline\">By Ivo Marsk on April 9, 2026 at 10:15 am</p>", "Ivo Marsk", "2026-04-09"},
        {"<p class=\"byline\">By Ivo Marsk, updated 9 April 2026</p>", "Ivo Marsk", NULL},
        /* WordPress themes' stamp: the date first, then "by" and the name */
        {"<div class=\"entry-meta\">Posted on <time datetime=\"2026-04-09T10:00:00Z\">April 9, 2026</time> by "
         "<span class=\"author vcard\"><a href=\"/author/ivo\">Ivo Marsk</a></span></div>",
         "Ivo Marsk", "2026-04-09T10:00:00Z"},
        {"<div class=\"entry-meta\">Posted on 9 April 2026 at 9:10 am by <a href=\"/u/ivo\">Ivo Marsk</a></div>",
         "Ivo Marsk", "2026-04-09"},
        /* a lower-case "by" opening its element */
        {"<div class=\"post-meta\">by <a href=\"/u/ivo\">Ivo Marsk</a> | 9 April 2026</div>", "Ivo Marsk",
         "2026-04-09"},
        /* a byline opening on "By" names its author first, whatever "by" follows */
        {"<p class=\"byline\">By Ivo Marsk | 9 April 2026 | Photos by Leo Tam</p>", "Ivo Marsk", "2026-04-09"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><body><article>%s<p>%s</p><p>%s</p></article></body></html>",
                 cases[i].line, PARA1, PARA2);
        np_doc *doc;
        assert_int_equal(run(page, strlen(page), NULL, NULL, &doc), NP_OK);
        assert_non_null(doc->author);
        assert_string_equal(doc->author, cases[i].want);
        if (cases[i].day) {
            assert_non_null(doc->published);
            assert_string_equal(doc->published, cases[i].day);
        } else {
            assert_null(doc->published);
        }
        np_doc_free(doc);
    }
    /* a sentence's "by" after a link is no byline, nor a date stamp
     * naming nobody */
    char page[2048];
    snprintf(page, sizeof page,
             "<html><body><article><div class=\"entry-meta\">Posted on 9 April 2026</div><p>The plan was "
             "<a href=\"/v\">approved</a> by Harbour Council.</p><p>%s</p><p>%s</p></article></body></html>",
             PARA1, PARA2);
    np_doc *doc;
    assert_int_equal(run(page, strlen(page), NULL, NULL, &doc), NP_OK);
    assert_null(doc->author);
    np_doc_free(doc);
    /* nor a link opening on "by" inside a sentence */
    snprintf(page, sizeof page,
             "<html><body><article><p>The report was written <a href=\"/hc\">by Harbour Council</a> staff last "
             "year.</p><p>%s</p><p>%s</p></article></body></html>",
             PARA1, PARA2);
    assert_int_equal(run(page, strlen(page), NULL, NULL, &doc), NP_OK);
    assert_null(doc->author);
    np_doc_free(doc);
}

/* A pull quote repeats a line of the story in large type: page furniture,
 * as the plain-text reader takes a repeated line. */
static void pull_quote_is_no_text(void **state)
{
    (void)state;
    char page[2048];
    snprintf(page, sizeof page,
             "<html><body><article><p>%s</p><blockquote class=\"pull-quote\"><p>The night crews carried this "
             "port for years.</p></blockquote><p>%s</p></article></body></html>",
             PARA1, PARA2);
    np_doc *doc;
    assert_int_equal(run(page, strlen(page), NULL, NULL, &doc), NP_OK);
    assert_null(strstr(doc->text, "night crews carried"));
    assert_non_null(strstr(doc->text, PARA2));
    np_doc_free(doc);
}

static void unmarked_byline(void **state)
{
    (void)state;
    const char *page = "<html><body><article><p>By <a href=\"/people/ann\">Ann Lee</a></p>"
                       "<p>" PARA1 "</p><p>" PARA2 "</p></article></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    assert_string_equal(doc->author, "Ann Lee");
    np_doc_free(doc);
}

/* A theme that puts the site's name in <h1> (the logo) and the story's
 * headline in an <h2>: the <h1> equals the site part of the <title>, so
 * the title is the <title>'s other part and the <h1> names the outlet.  An
 * <h1> that is the <title>'s headline part stays the title. */
static void masthead_h1_is_no_headline(void **state)
{
    (void)state;
    const char *titles[] = {"Pier to reopen after winter repairs :: The Harbour Crier",
                            "Pier to reopen after winter repairs | The Harbour Crier",
                            "The Harbour Crier | Pier to reopen after winter repairs"};
    for (size_t k = 0; k < 3; k++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><head><title>%s</title></head><body><div id=\"header\"><h1><a href=\"/\">The Harbour "
                 "Crier</a></h1></div><div class=\"story\"><h2>Pier to reopen after winter repairs</h2>"
                 "<p>" PARA1 "</p><p>" PARA2 "</p></div></body></html>", titles[k]);
        np_doc *doc;
        assert_int_equal(run(page, strlen(page), NULL, NULL, &doc), NP_OK);
        assert_string_equal(doc->title, "Pier to reopen after winter repairs");
        assert_string_equal(doc->outlet, "The Harbour Crier");
        np_doc_free(doc);
    }
    const char *own = "<html><head><title>Pier to reopen | The Harbour Crier</title></head><body>"
                      "<h1>Pier to reopen</h1><p>" PARA1 "</p><p>" PARA2 "</p></body></html>";
    np_doc *doc;
    assert_int_equal(run(own, strlen(own), NULL, NULL, &doc), NP_OK);
    assert_string_equal(doc->title, "Pier to reopen");
    np_doc_free(doc);
}

/* No-break spaces in a byline (and in other metadata) are spaces: the
 * author is "Ann Lee", not "By\u00a0Ann\u00a0Lee", marked by its class or
 * not; a zero-width space goes. */
static void byline_with_no_break_spaces(void **state)
{
    (void)state;
    const char *pages[] = {
        "<html><head><title>Pier&nbsp;opens&#8203;</title></head><body><article><p class=\"byline\">"
        "By&nbsp;Ann&nbsp;Lee</p><p>" PARA1 "</p><p>" PARA2 "</p></article></body></html>",
        "<html><head><title>Pier&nbsp;opens&#8203;</title></head><body><article><p>By&nbsp;Ann&#8239;Lee</p>"
        "<p>" PARA1 "</p><p>" PARA2 "</p></article></body></html>",
    };
    for (size_t k = 0; k < 2; k++) {
        np_doc *doc;
        assert_int_equal(run_str(pages[k], &doc), NP_OK);
        assert_string_equal(doc->author, "Ann Lee");
        assert_string_equal(doc->title, "Pier opens");
        np_doc_free(doc);
    }
}

static void fields_already_set_are_kept(void **state)
{
    (void)state;
    np_doc *doc = np_doc_new();
    assert_int_equal(np_doc_set(&doc->title, "Given title"), NP_OK);
    assert_int_equal(np_html_to_doc(article_page, strlen(article_page), NULL, NULL, doc, NULL), NP_OK);
    assert_string_equal(doc->title, "Given title");
    np_doc_free(doc);
}

/* A time with an offset keeps the page's local day: 23:30 on 3 December
 * at -08:00 is 07:30 UTC on the 4th, but the page, its readers and the
 * relative dates of its text ("yesterday") mean the 3rd.  The offset is
 * kept as written (after a space too); UTC stays "Z". */
static void offset_time_keeps_local_day(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"2026-12-03T23:30:00-08:00", "2026-12-03T23:30:00-08:00"},
        {"2026-12-03 23:30:00 -08:00", "2026-12-03T23:30:00-08:00"},
        {"2026-12-03T23:30-0800", "2026-12-03T23:30:00-08:00"},
        {"2026-12-04T00:15:00+05:30", "2026-12-04T00:15:00+05:30"},
        {"2026-12-03T23:30:00.000+00:00", "2026-12-03T23:30:00Z"},
        {"2026-12-03T23:30:00Z", "2026-12-03T23:30:00Z"},
        {"2026-12-03T23:30:00", "2026-12-03"},
    };
    char out[64];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_true(np_date_normalize(cases[i][0], out, sizeof out));
        assert_string_equal(out, cases[i][1]);
    }
    char small[16]; /* no room for the time: the day alone */
    assert_true(np_date_normalize("2026-12-03T23:30:00-08:00", small, sizeof small));
    assert_string_equal(small, "2026-12-03");
    const char *page = "<html><head><title>Pier opens</title>"
                       "<meta property=\"article:published_time\" content=\"2026-12-03T23:30:00-08:00\">"
                       "</head><body><article><h1>Pier opens</h1><p>" PARA1 "</p><p>" PARA2 "</p></article></body></html>";
    np_doc *doc;
    assert_int_equal(run(page, strlen(page), NULL, NULL, &doc), NP_OK);
    assert_string_equal(doc->published, "2026-12-03T23:30:00-08:00");
    np_doc_free(doc);
}

/* A byline's roles, places and outlets are no co-authors: a role's own
 * "and" joins no names, a place or outlet after a role or after the list
 * closed by "and" is none, nor a place after "in". */
static void author_roles_places_outlets(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"By Ann Lee, Health and Science Correspondent", "Ann Lee"},
        {"Ann Lee, Health & Science Editor", "Ann Lee"},
        {"By Ann Lee, Political Editor, Marrowby", "Ann Lee"},
        {"By Ann Lee and Bo Lind, Harbour Broadcasting", "Ann Lee, Bo Lind"},
        {"By Ann Lee in Marrowby", "Ann Lee"},
        {"By Ann Lee, Health Reporter, and Bo Lind, Science Editor", "Ann Lee, Bo Lind"},
        {"By Ann Lee, Bo Lind and Cy Moss", "Ann Lee, Bo Lind, Cy Moss"},
        {"By Ann Lee, Bo Lind, and Cy Moss", "Ann Lee, Bo Lind, Cy Moss"},
        {"Ann Lee and Bo Lind and Cy Moss", "Ann Lee, Bo Lind, Cy Moss"},
        {"By Ann Lee, Health Correspondent", "Ann Lee"},
        {"Ann Lee, Bo Lind", "Ann Lee, Bo Lind"},
        /* wire bylines: names in capitals, the agency after them */
        {"By KARIN STROM and ELIAS VOGT Tarnwire", "Karin Strom, Elias Vogt"},
        {"By MARY ANN KOVAC Tarnwire Press", "Mary Ann Kovac"},
        {"By ANA RUIZ-CALDER", "Ana Ruiz-Calder"},
        {"Ann Lee, Bo LIND", "Ann Lee, Bo LIND"}, /* a surname set in capitals stays */
        /* a weekday between a lead-in and the date goes with the date */
        {"Submitted by Ann Lee on Thu, 02/20/2031 - 16:41", "Ann Lee"},
        {"By Li Sun, 4 March 2031", "Li Sun"},
    };
    char out[256];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_true(np_author_clean(cases[i][0], NULL, out, sizeof out));
        if (strcmp(out, cases[i][1]) != 0)
            print_message("%s -> %s\n", cases[i][0], out);
        assert_string_equal(out, cases[i][1]);
    }
}

/* Agency copy: the JSON-LD names an organisation as the author (of type
 * Organization or NewsMediaOrganization), and the <meta name=author>
 * repeats it.  That is nobody's name: the byline's people are the
 * authors. */
static void agency_author_is_no_person(void **state)
{
    (void)state;
    static const char *const types[] = {"\"Organization\"", "\"NewsMediaOrganization\"", "[\"Organization\"]"};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><head><title>Pier to open next spring</title><meta name=\"author\" content=\"Tarnwire\">"
                 "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                 "\"headline\":\"Pier to open next spring\",\"author\":{\"@type\":%s,\"name\":\"Tarnwire\"}}</script>"
                 "</head><body><article><h1>Pier to open next spring</h1><p class=\"byline\">By Karin Strom and Elias Vogt</p>"
                 "<p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p></article></body></html>", types[i]);
        np_doc *doc;
        assert_int_equal(run_str(page, &doc), NP_OK);
        assert_non_null(doc->author);
        assert_string_equal(doc->author, "Karin Strom, Elias Vogt");
        np_doc_free(doc);
    }
}

/* A CMS's stamp of who put the page up, unmarked by any class the
 * metadata pass reads: "Submitted by X on DATE" (Drupal's node template)
 * and "Posted by X" (blog themes) name the author. */
static void submitted_by_names_the_author(void **state)
{
    (void)state;
    static const char *const stamps[] = {
        "Submitted by <span class=\"field--name-uid\"><span>Ann Lee</span></span> on "
        "<span><time datetime=\"2031-02-20T16:41:17Z\">Thu, 02/20/2031 - 16:41</time></span>",
        "Posted by <a href=\"/u/ann\">Ann Lee</a> at 4:41 PM"};
    for (size_t i = 0; i < sizeof stamps / sizeof *stamps; i++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><head><title>Pier to open next spring</title></head><body><article>"
                 "<h1>Pier to open next spring</h1><div class=\"node-meta\">%s</div>"
                 "<div class=\"content\"><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p></div></article></body></html>",
                 stamps[i]);
        np_doc *doc;
        assert_int_equal(run_str(page, &doc), NP_OK);
        assert_non_null(doc->author);
        assert_string_equal(doc->author, "Ann Lee");
        np_doc_free(doc);
    }
}

static void date_and_author_normalizers(void **state)
{
    (void)state;
    char out[64];
    assert_true(np_date_normalize("Nov 19, 2019", out, sizeof out));
    assert_string_equal(out, "2019-11-19");
    assert_true(np_date_normalize("19 November 2019", out, sizeof out));
    assert_string_equal(out, "2019-11-19");
    assert_true(np_date_normalize("2019/11/19", out, sizeof out));
    assert_string_equal(out, "2019-11-19");
    assert_true(np_date_normalize("2019-12-31T23:30:00-01:00", out, sizeof out));
    assert_string_equal(out, "2019-12-31T23:30:00-01:00");
    assert_false(np_date_normalize("yesterday", out, sizeof out));
    assert_false(np_date_normalize("2019-13-40", out, sizeof out));
    assert_false(np_date_normalize("2018-02-31", out, sizeof out));
    assert_false(np_date_normalize("2019-02-29", out, sizeof out));
    assert_true(np_date_normalize("2020-02-29", out, sizeof out));
    assert_true(np_author_clean("By: Ann Lee", NULL, out, sizeof out));
    assert_string_equal(out, "Ann Lee");
    assert_false(np_author_clean("https://example.org/ann", NULL, out, sizeof out));
    assert_false(np_author_clean("November 19, 2019", NULL, out, sizeof out));
    assert_false(np_author_clean("Reuters Staff", NULL, out, sizeof out));
    assert_false(np_author_clean("Harbour Gazette", "Harbour Gazette", out, sizeof out));
}

static char *strip(const char *in)
{
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_html_strip_raw(in, strlen(in), &b), NP_OK);
    char *s = np_buf_take(&b);
    assert_non_null(s);
    return s;
}

static void strip_raw_text(void **state)
{
    (void)state;
    static const struct { const char *in, *want; } cases[] = {
        {"<p>a</p><script>var x = '</p>'; if (a<b) {}</script><p>b</p>", "<p>a</p><script></script><p>b</p>"},
        {"<SCRIPT type=\"text/javascript\">x()</SCRIPT>", "<SCRIPT type=\"text/javascript\"></SCRIPT>"},
        {"<style media=\"a>b\">p{color:red}</style>x", "<style media=\"a>b\"></style>x"},
        {"<script type=\"application/ld+json\">{\"a\":1}</script>", "<script type=\"application/ld+json\">{\"a\":1}</script>"},
        {"<!-- <script>keep</script> --><p>x</p>", "<!-- <script>keep</script> --><p>x</p>"},
        {"<scripts>not a script</scripts>", "<scripts>not a script</scripts>"},
        {"<script>never closed", "<script>never closed"},
        {"<script", "<script"},
        {"<!-- never closed <script>x</script>", "<!-- never closed <script>x</script>"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = strip(cases[i].in);
        assert_string_equal(got, cases[i].want);
        free(got);
    }
}

static char *drop_attrs(const char *in)
{
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_html_drop_attrs(in, strlen(in), &b), NP_OK);
    char *s = np_buf_take(&b);
    assert_non_null(s);
    return s;
}

static void drop_unread_attrs(void **state)
{
    (void)state;
    static const struct { const char *in, *want; } cases[] = {
        {"<a href=\"/x\" class=\"nav\" data-x='1'>t</a>", "<a class=\"nav\">t</a>"},
        {"<link rel=canonical href=\"/c\" media=all>", "<link rel=canonical href=\"/c\">"},
        {"<link href=\"/s.css\" rel=stylesheet><link HREF=/c REL=\"Canonical\">",
         "<link rel=stylesheet><link HREF=/c REL=\"Canonical\">"},
        {"<script src=\"a.js\" async></script><script type=x src=b><i s=1></script>",
         "<script></script><script type=x><i s=1></script>"},
        {"<IMG SRC=a/><div x=a/>b</div><br x=1 />", "<IMG><div>b</div><br />"},
        {"<p id=ad hidden data-y>x</p>", "<p id=ad hidden>x</p>"},
        {"<div class=\"a\"id=\"b\" x=1>", "<div class=\"a\"id=\"b\" x=1>"},
        {"<div @click=\"<b x=1>\" y=2>z", "<div @click=\"<b x=1>\" y=2>z"},
        {"<script type=\"application/ld+json\">{\"b\":\"<a href=\\\"u\\\">\"}</script><i s=1>",
         "<script type=\"application/ld+json\">{\"b\":\"<a href=\\\"u\\\">\"}</script><i>"},
        {"<title><b x=1></title><textarea><b x=1>", "<title><b x=1></title><textarea><b x=1>"},
        {"<!-- <b x=1> --><_b x=1><b x=\"never closed>", "<!-- <b x=1> --><_b x=1><b x=\"never closed>"},
        {"<meta property=\"og:title\" content=\"T\" charset=utf-8 itemprop=x>",
         "<meta property=\"og:title\" content=\"T\" charset=utf-8 itemprop=x>"},
        {"<div class=\"col-md-8 post-comments x1\" id=main-wrap>", "<div class=\"post-comments\" id=main-wrap>"},
        {"<div class='grid col-4' id=\"k9\">x", "<div>x"},
        {"<p class=\"pub-date Foo\">", "<p class=\"pub-date\">"},
        {"<p class=\"a&amp;b x\">", "<p class=\"a&amp;b x\">"},
        {"<p style=\"color:red\">a</p><p style=\"DISPLAY: none\">b</p>", "<p>a</p><p style=\"DISPLAY: none\">b</p>"},
        {"<meta name=viewport content=\"width=device-width\"><meta NAME=\"Author\" content=\"A\">",
         "<meta name=viewport><meta NAME=\"Author\" content=\"A\">"},
        {"a < b <", "a < b <"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = drop_attrs(cases[i].in);
        assert_string_equal(got, cases[i].want);
        free(got);
    }
}

static void charset_labels(void **state)
{
    (void)state;
    char out[48];
    assert_true(np_charset_normalize("ISO-8859-1", 10, out, sizeof out));
    assert_string_equal(out, "WINDOWS-1252");
    assert_true(np_charset_normalize("\"utf8\"", 6, out, sizeof out));
    assert_string_equal(out, "UTF-8");
    assert_false(np_charset_normalize("", 0, out, sizeof out));
    /* an unknown label falls back to detection, never fails the page */
    const char *page = "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>" PARA1 "</p></body></html>";
    np_doc *doc;
    assert_int_equal(run_str(page, &doc), NP_OK);
    np_doc_free(doc);
}

/* The shared benchmark pages, when present: every page must give valid
 * UTF-8 text or NP_EEMPTY, and nearly all must give text. */
static void benchmark_pages_smoke(void **state)
{
    (void)state;
    const char *shared = np_test_shared_dir();
    if (!shared)
        skip();
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/data/extraction/scrapinghub/html", shared);
    DIR *d = opendir(dir);
    if (!d)
        skip();
    struct dirent *de;
    int pages = 0, ok = 0;
    while ((de = readdir(d)) != NULL && pages < 20) {
        if (!strstr(de->d_name, ".html.gz"))
            continue;
        char path[4400];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        gzFile f = gzopen(path, "rb");
        assert_non_null(f);
        np_buf b;
        np_buf_init(&b, 0);
        char chunk[65536];
        int n;
        while ((n = gzread(f, chunk, sizeof chunk)) > 0)
            assert_int_equal(np_buf_append(&b, chunk, (size_t)n), NP_OK);
        gzclose(f);
        np_doc *doc;
        np_status st = run(b.data, b.len, NULL, NULL, &doc);
        assert_true(st == NP_OK || st == NP_EEMPTY);
        ok += st == NP_OK && doc->text && strlen(doc->text) > 200;
        pages++;
        np_doc_free(doc);
        np_buf_free(&b);
    }
    closedir(d);
    assert_true(ok >= pages - 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(empty_input),
        cmocka_unit_test(binary_junk),
        cmocka_unit_test(truncated_html),
        cmocka_unit_test(deep_nesting),
        cmocka_unit_test(wide_page_linear),
        cmocka_unit_test(huge_attribute),
        cmocka_unit_test(lying_charset),
        cmocka_unit_test(utf16_bom),
        cmocka_unit_test(invalid_utf8_in_utf8_page),
        cmocka_unit_test(index_page_is_empty),
        cmocka_unit_test(consent_wall_is_empty),
        cmocka_unit_test(index_with_summaries_is_empty),
        cmocka_unit_test(section_page_intro_and_cards_is_empty),
        cmocka_unit_test(paywall_box_after_body),
        cmocka_unit_test(comment_count_ends_body),
        cmocka_unit_test(ad_break_label_keeps_body_after),
        cmocka_unit_test(short_story_beside_headlines),
        cmocka_unit_test(article_above_link_list_is_not_index),
        cmocka_unit_test(gallery_is_empty),
        cmocka_unit_test(article_content),
        cmocka_unit_test(two_articles_stay_apart),
        cmocka_unit_test(title_names_the_story),
        cmocka_unit_test(rights_lines_dropped),
        cmocka_unit_test(tail_promo_dropped),
        cmocka_unit_test(head_promo_dropped),
        cmocka_unit_test(short_edge_paragraphs_in_own_blocks_kept),
        cmocka_unit_test(climb_to_content_wrapper),
        cmocka_unit_test(ruby_readings_dropped),
        cmocka_unit_test(body_after_linked_caption),
        cmocka_unit_test(body_under_widget_classes),
        cmocka_unit_test(description_leads_short_text),
        cmocka_unit_test(forms),
        cmocka_unit_test(cjk_article),
        cmocka_unit_test(jsonld_metadata),
        cmocka_unit_test(jsonld_own_article_beats_related_one),
        cmocka_unit_test(jsonld_with_common_faults),
        cmocka_unit_test(jsonld_body_fallback),
        cmocka_unit_test(jsonld_body_with_markup_not_taken),
        cmocka_unit_test(dates_from_the_page_own_address),
        cmocka_unit_test(site_names_checked_against_the_host),
        cmocka_unit_test(outlet_from_title_tail),
        cmocka_unit_test(rel_author_links_of_one_byline),
        cmocka_unit_test(listicle_keeps_headings_and_lists),
        cmocka_unit_test(table_in_article),
        cmocka_unit_test(german_and_chinese_articles),
        cmocka_unit_test(misleading_classes_fall_back),
        cmocka_unit_test(standfirst_leads_caption_stays_out),
        cmocka_unit_test(no_article_reasons),
        cmocka_unit_test(template_body_second_try),
        cmocka_unit_test(unclosed_heading_over_body),
        cmocka_unit_test(story_above_headline_grid),
        cmocka_unit_test(story_beside_teaser_articles),
        cmocka_unit_test(story_beside_teaser_cards),
        cmocka_unit_test(long_byline_and_stamps_above_body),
        cmocka_unit_test(slide_and_page_counters_dropped),
        cmocka_unit_test(marked_body_beats_unmarked_thread),
        cmocka_unit_test(og_metadata),
        cmocka_unit_test(title_suffix_and_byline),
        cmocka_unit_test(title_tail_of_the_visible_headline),
        cmocka_unit_test(dates_from_url_and_page),
        cmocka_unit_test(unmarked_byline),
        cmocka_unit_test(byline_with_no_break_spaces),
        cmocka_unit_test(masthead_h1_is_no_headline),
        cmocka_unit_test(fields_already_set_are_kept),
        cmocka_unit_test(date_and_author_normalizers),
        cmocka_unit_test(author_roles_places_outlets),
        cmocka_unit_test(agency_author_is_no_person),
        cmocka_unit_test(submitted_by_names_the_author),
        cmocka_unit_test(offset_time_keeps_local_day),
        cmocka_unit_test(strip_raw_text),
        cmocka_unit_test(drop_unread_attrs),
        cmocka_unit_test(charset_labels),
        cmocka_unit_test(story_parts_beside_body_wrapper),
        cmocka_unit_test(label_of_dropped_links),
        cmocka_unit_test(wire_dateline_and_sign_off),
        cmocka_unit_test(dates_of_the_story_not_its_neighbours),
        cmocka_unit_test(byline_with_a_date),
        cmocka_unit_test(pull_quote_is_no_text),
        cmocka_unit_test(benchmark_pages_smoke),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
