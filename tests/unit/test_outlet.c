/* Unit tests for ingest/outlet: naming the publication from the page, an
 * agency credit and the URL host, and the whole ingest path (plain text,
 * JSONL, HTML).  All outlets, hosts and sentences are invented. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/doc.h"
#include "ingest/ingest.h"
#include "article/outlet.h"

static void host_names(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(np_outlet_from_host("https://www.harbour-gazette.example/2026/05/story", out, sizeof out), 15);
    assert_string_equal(out, "Harbour Gazette");
    np_outlet_from_host("https://news.quillpost.co.uk/world", out, sizeof out);
    assert_string_equal(out, "Quillpost");
    np_outlet_from_host("edition.kpx.com", out, sizeof out);
    assert_string_equal(out, "KPX"); /* one short word: an acronym */
    assert_int_equal(np_outlet_from_host("localhost", out, sizeof out), 0);
    assert_int_equal(np_outlet_from_host("http://10.0.0.1/a", out, sizeof out), 0);
    assert_int_equal(np_outlet_from_host(NULL, out, sizeof out), 0);
}

static void agency_credits(void **state)
{
    (void)state;
    char out[64];
    const char *a = "VELDSTAD (Norfeld Wire) - The harbour reopened on Monday after a storm.";
    assert_int_equal(np_outlet_agency_credit(a, strlen(a), out, sizeof out), 12);
    assert_string_equal(out, "Norfeld Wire");
    const char *b = "May 3 (NWP) \xE2\x80\x94 Ferries resumed.";
    assert_true(np_outlet_agency_credit(b, strlen(b), out, sizeof out) > 0);
    assert_string_equal(out, "NWP");
    /* a party tag or a parenthesis inside a sentence is no credit */
    const char *c = "Rep. Ana Voss (R-Va.) - who chairs the panel - objected.";
    assert_int_equal(np_outlet_agency_credit(c, strlen(c), out, sizeof out), 0);
    const char *d = "The port (the oldest in the region) reopened.\n\nLater (Norfeld Wire) - nothing.";
    assert_int_equal(np_outlet_agency_credit(d, strlen(d), out, sizeof out), 0);
}

/* np_outlet_from_page on a fresh document; returns the outlet (or NULL). */
static char *page_outlet(const char *page)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_outlet_from_page(page, strlen(page), d), NP_OK);
    char *o = d->outlet ? strdup(d->outlet) : NULL;
    np_doc_free(d);
    return o;
}

static void page_clues(void **state)
{
    (void)state;
    char *o = page_outlet("Ferry service resumes after the winter storms | The Veldstad Post\n\n"
                          "Ferries sailed again on Monday.\n");
    assert_string_equal(o, "The Veldstad Post");
    free(o);
    o = page_outlet("The Coastal Ledger\n\nFerry service resumes after the winter storms\n\nFerries sailed.\n");
    assert_string_equal(o, "The Coastal Ledger");
    free(o);
    o = page_outlet("Ferry service resumes\n\nPosted on May 3, 2026 by Harbour Gazette Staff\n\nFerries sailed.\n");
    assert_string_equal(o, "Harbour Gazette");
    free(o);
    /* a section's desk, an agency beside it */
    o = page_outlet("Ferry service resumes\n\nBy Harbour Gazette sports desk, with Norland Press\n\nFerries sailed.\n");
    assert_string_equal(o, "Harbour Gazette");
    free(o);
    o = page_outlet("Ferry service resumes\n\nBy the Harbour Gazette news desk\n\nFerries sailed.\n");
    assert_string_equal(o, "Harbour Gazette");
    free(o);
    o = page_outlet("Ferry service resumes\n\nBy Harbour Gazette Sports Desk\n\nFerries sailed.\n");
    assert_string_equal(o, "Harbour Gazette");
    free(o);
    /* a desk alone names no outlet */
    o = page_outlet("Ferry service resumes\n\nBy Web Desk\n\nFerries sailed.\n");
    assert_null(o);
    o = page_outlet("Ferry service resumes\n\nBy the News Desk\n\nFerries sailed.\n");
    assert_null(o);
    o = page_outlet("Ferry service resumes\n\nFerries sailed on Monday.\n\n\xC2\xA9 2026 Norfeld Tribune. All rights reserved.\n");
    assert_string_equal(o, "Norfeld Tribune");
    free(o);
    /* the masthead among the header lines, by the byline or the date */
    o = page_outlet("Dock strike ends at Holmport\nBy Ilse Varga\nThe Holmport Courant\nMay 4, 2026\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_string_equal(o, "The Holmport Courant");
    free(o);
    o = page_outlet("Dock strike ends at Holmport\nLedger of Commerce\nPublished 4 May 2026 09:10\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_string_equal(o, "Ledger of Commerce");
    free(o);
    /* the wire a paper credits on the line under its name is not the paper;
     * a wire's own page names the wire */
    o = page_outlet("Dock strike ends at Holmport\nHolmport Evening Post\nOrbis News Wire\nPublished 4 May 2026 09:10\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_string_equal(o, "Holmport Evening Post");
    free(o);
    o = page_outlet("Dock strike ends at Holmport\nBy Ilse Varga\nOrbis News Wire\nPublished 4 May 2026 09:10\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_string_equal(o, "Orbis News Wire");
    free(o);
    /* the line closing a byline and a date line, with a publication's
     * word or without; a section or a place there is none */
    o = page_outlet("Dock strike ends at Holmport\nBy Ilse Varga\nMay 4, 2026\nHolmport Evening Post\n\n"
                    "Share: Facebook | X\n\nDock workers voted to end their strike on Tuesday.\n");
    assert_string_equal(o, "Holmport Evening Post");
    free(o);
    /* without a publication's word it may be anything (a deck, a widget) */
    o = page_outlet("Dock strike ends at Holmport\nBy Ilse Varga\nMay 4, 2026\nResidents Fear Flooding\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_null(o);
    o = page_outlet("Dock strike ends at Holmport\nBy Ilse Varga\nMay 4, 2026\nWorld News\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_null(o);
    o = page_outlet("Dock strike ends at Holmport\nBy Ilse Varga\nMay 4, 2026\n\nShare  Tweet  Email\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_null(o);
    o = page_outlet("Dock strike ends at Holmport\nBy Ilse Varga\nMay 4, 2026\nHolmport\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_null(o);
    /* the outlet after the writer in the byline, not a place there */
    o = page_outlet("Dock strike ends at Holmport\nBy Ilse Varga, Holmport Evening Post\nMay 4, 2026\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_string_equal(o, "Holmport Evening Post");
    free(o);
    o = page_outlet("Dock strike ends at Holmport\nBy Ilse Varga, Holmport\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_null(o);
    o = page_outlet("Dock strike ends at Holmport\nBy Ilse Varga, News Reporter\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_null(o);
    /* a page's own label; a masthead over a byline naming no one */
    o = page_outlet("Dock strike ends at Holmport\nOutlet: Saltmere Beacon\nBy Ilse Varga\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_string_equal(o, "Saltmere Beacon");
    free(o);
    o = page_outlet("Source: Saltmere Beacon\nUpdated 4 May 2026 09:10\nDock strike ends at Holmport\nBy Ilse Varga\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_string_equal(o, "Saltmere Beacon");
    free(o);
    /* under the story's first paragraph "Source:" names a table's source */
    o = page_outlet("Dock strike ends at Holmport\n\nDock workers voted on Tuesday to end the strike that had closed "
                    "the port for nine days.\n\nSource: Holmport Port Authority\n\nShips sailed again.\n");
    assert_null(o);
    o = page_outlet("Dock strike ends at Holmport\nNorthmoor Tribune\nStaff and agencies\nPublished: 2026-05-04\n\n"
                    "Dock workers voted to end their strike on Tuesday.\n");
    assert_string_equal(o, "Northmoor Tribune");
    free(o);
    o = page_outlet("Dock strike ends at Holmport\nOutlet: dock workers voted to end the strike on Tuesday after "
                    "talks\n\nDock workers voted to end their strike on Tuesday.\n");
    assert_null(o); /* a label before prose names no publication */
    /* a section label there is none */
    o = page_outlet("Dock strike ends at Holmport\nLocal News\nMay 4, 2026\n\nDock workers voted on Tuesday.\n");
    assert_null(o);
    free(o);
    /* a breadcrumb, a date line and a short headline name no outlet */
    o = page_outlet("Sport / Sailing\n\nPublished: 03.05.2026 | Updated: 04.05.2026\n\nThe Ferry Is Back\n\n"
                    "Ferries sailed on Monday.\n");
    assert_null(o);
    /* a share bar's last button is no outlet, however many words come before it */
    o = page_outlet("Volcano erupts near Orvenna\nBy Lena Dravic\nPublished: 2027-05-11\n\n"
                    "Share this article: Facebook | X | Email\n\nMount Kessarin erupted on Tuesday.\n");
    assert_null(o);
    o = page_outlet("Two states swap prisoners\nBy Nadia Orsk\n\nShare: Facebook | X | WhatsApp | Telegram\n\n"
                    "Five prisoners were exchanged on Saturday.\n");
    assert_null(o);
    o = page_outlet("Ferry capsizes in the delta\n\nShare on Facebook | Share on X | Email\n\nFourteen died.\n");
    assert_null(o);
    /* metadata wins over the page */
    np_doc *d = np_doc_new();
    assert_int_equal(np_doc_set(&d->outlet, "Meta Name"), NP_OK);
    const char *p = "Ferry service resumes after the winter storms | Page Name\n";
    assert_int_equal(np_outlet_from_page(p, strlen(p), d), NP_OK);
    assert_string_equal(d->outlet, "Meta Name");
    np_doc_free(d);
}

static void finish_order(void **state)
{
    (void)state;
    np_doc *d = np_doc_new();
    assert_int_equal(np_doc_set(&d->url, "https://www.veldstad-post.example/a"), NP_OK);
    assert_int_equal(np_doc_set(&d->text, "VELDSTAD (Norfeld Wire) - Ferries sailed again."), NP_OK);
    assert_int_equal(np_outlet_finish(d), NP_OK);
    assert_string_equal(d->outlet, "Norfeld Wire"); /* the credit before the host */
    assert_int_equal(np_doc_set(&d->outlet, NULL), NP_OK);
    assert_int_equal(np_doc_set(&d->text, "Ferries sailed again."), NP_OK);
    assert_int_equal(np_outlet_finish(d), NP_OK);
    assert_string_equal(d->outlet, "Veldstad Post");
    assert_int_equal(np_doc_set(&d->outlet, "harbour-gazette.example"), NP_OK); /* a bare host as a name */
    assert_int_equal(np_outlet_finish(d), NP_OK);
    assert_string_equal(d->outlet, "Harbour Gazette");
    np_doc_free(d);
    d = np_doc_new();
    assert_int_equal(np_doc_set(&d->text, "Ferries sailed again."), NP_OK);
    assert_int_equal(np_outlet_finish(d), NP_OK);
    assert_null(d->outlet); /* nothing known: readers fall back to the file name */
    np_doc_free(d);
}

typedef struct collected {
    np_doc *docs[8];
    int n;
} collected;

static np_status collect(void *ctx, np_doc *d)
{
    collected *c = ctx;
    if (c->n < 8)
        c->docs[c->n++] = d;
    else
        np_doc_free(d);
    return NP_OK;
}

static void ingest_file(const char *name, const char *data, collected *c)
{
    char *dir = np_test_tmpdir();
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    free(dir);
    assert_int_equal(np_test_write_file(path, data, strlen(data)), 0);
    np_ingest ig;
    np_ingest_init(&ig);
    ig.on_doc = collect;
    ig.ctx = c;
    np_error e;
    np_error_clear(&e);
    assert_int_equal(np_ingest_path(&ig, path, &e), NP_OK);
    np_ingest_cleanup(&ig);
}

static void ingest_names_outlets(void **state)
{
    (void)state;
    collected c = {0};
    ingest_file("a.jsonl",
                "{\"id\": \"j1\", \"url\": \"https://www.veldstad-post.example/2026/05/03/ferries\", "
                "\"text\": \"Ferries sailed again on Monday after three weeks of storms had kept every boat "
                "in the harbour, the port authority said.\"}\n",
                &c);
    ingest_file("b.txt",
                "Ferries sail again after three weeks of winter storms | The Veldstad Post\n\n"
                "Ferries sailed again on Monday after three weeks of storms had kept every boat in the "
                "harbour, the port authority said. Passengers queued from dawn.\n",
                &c);
    ingest_file("c.txt",
                "VELDSTAD (Norfeld Wire) - Ferries sailed again on Monday after three weeks of storms had "
                "kept every boat in the harbour, the port authority said. Passengers queued from dawn.\n",
                &c);
    ingest_file("d.html",
                "<html><head><title>Ferries sail again</title>"
                "<link rel=\"canonical\" href=\"https://harbour-gazette.example/ferries\"></head><body><article>"
                "<h1>Ferries sail again</h1><p>Ferries sailed again on Monday after three weeks of storms had "
                "kept every boat in the harbour, the port authority said.</p><p>Passengers queued from dawn "
                "and the first boat left at seven, its captain said.</p></article></body></html>",
                &c);
    assert_int_equal(c.n, 4);
    assert_string_equal(c.docs[0]->outlet, "Veldstad Post");
    assert_string_equal(c.docs[1]->outlet, "The Veldstad Post");
    assert_string_equal(c.docs[2]->outlet, "Norfeld Wire");
    assert_string_equal(c.docs[3]->outlet, "Harbour Gazette");
    for (int i = 0; i < c.n; i++)
        np_doc_free(c.docs[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(host_names),
        cmocka_unit_test(agency_credits),
        cmocka_unit_test(page_clues),
        cmocka_unit_test(finish_order),
        cmocka_unit_test(ingest_names_outlets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
