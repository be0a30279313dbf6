/*
 * Unit tests for ingest/textdoc.c (plus datefmt.c, linefeat.c, byline.c).
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
#include "core/status.h"
#include "ingest/byline.h"
#include "ingest/datefmt.h"
#include "ingest/textdoc.h"

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

static void assert_contains(const char *hay, const char *needle)
{
    if (!hay || !strstr(hay, needle)) {
        fprintf(stderr, "expected \"%s\" in:\n%s\n", needle, hay ? hay : "(null)");
        fail();
    }
}

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seeds_match_gold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
