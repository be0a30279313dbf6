/*
 * tests/unit/test_brief.c — the cross-source brief (compare/) and its
 * renderings (render/).
 *
 * A small invented three-outlet story checks each section: one quote in
 * three wordings, a conflicting cost, a loaded label and a hedge used by one
 * outlet only, a date range against a single day.  When ../shared exists,
 * the five seed articles are briefed and scored with check_brief.py.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"
#include "core/buf.h"
#include "core/doc.h"
#include "render/render.h"

static const char *const story_a =
    "Mayor Jane Holloway announced on Thursday that the city will build a new bridge over the Elm River.\n\n"
    "The bridge will cost 40 million dollars, Holloway said at a press conference in Millbrook.\n\n"
    "\u201cWe will finish the bridge before the winter floods arrive,\u201d Holloway told reporters.\n\n"
    "The city council approved the bridge plan on March 14, 2024, after a long debate.\n\n"
    "Local shop owners welcomed the decision and expect more customers from the east bank.\n";

static const char *const story_b =
    "City mayor Jane Holloway said the city would build a new bridge across the Elm River.\n\n"
    "The bridge will cost 45 million dollars, the mayor said at a press conference in Millbrook.\n\n"
    "\u201cThe bridge will be finished before the winter floods come,\u201d said Holloway.\n\n"
    "The city council approved the bridge plan on March 13-14, 2024, after a long debate.\n\n"
    "Engineers from the regional transport office will inspect the riverbed in April.\n";

static const char *const story_c =
    "The so-called reformer Jane Holloway, whose regime controls the council, announced a new bridge over the "
    "Elm River.\n\n"
    "The bridge will supposedly cost 40 million dollars, Holloway said at a press conference in Millbrook.\n\n"
    "\u201cWe shall complete the bridge before the floods of winter arrive,\u201d Holloway declared.\n\n"
    "The city council approved the bridge plan on March 14, 2024, after a long debate.\n\n"
    "Critics of the mayor say the money would be better spent on schools and buses.\n";

static np_doc *make_doc(const char *key, const char *outlet, const char *published, const char *text)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_doc_set(&d->key, key), NP_OK);
    assert_int_equal(np_doc_set(&d->outlet, outlet), NP_OK);
    assert_int_equal(np_doc_set(&d->published, published), NP_OK);
    assert_int_equal(np_doc_set(&d->text, text), NP_OK);
    return d;
}

static np_brief *story_brief(void)
{
    np_doc *docs[3];
    docs[0] = make_doc("a.txt", "Alpha Post", "2024-03-15", story_a);
    docs[1] = make_doc("b.txt", "Beta News", "2024-03-15", story_b);
    docs[2] = make_doc("c.txt", "Gamma Daily", "2024-03-16", story_c);
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 3, 7, &b, &err), NP_OK);
    for (int i = 0; i < 3; i++)
        np_doc_free(docs[i]);
    assert_non_null(b);
    return b;
}

static int ref_has(const np_brief *b, const np_bref *r, size_t n, const char *key, const char *needle)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(b->docs[r[i].doc].key, key) == 0 && strstr(r[i].text, needle))
            return 1;
    return 0;
}

static void test_facts_and_summary(void **state)
{
    (void)state;
    np_brief *b = story_brief();
    assert_int_equal(b->n_docs, 3);
    /* the bridge announcement is corroborated by all three outlets */
    int found = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (f->n_docs == 3 && ref_has(b, f->support, f->n_support, "a.txt", "Elm River") &&
            ref_has(b, f->support, f->n_support, "b.txt", "Elm River") &&
            ref_has(b, f->support, f->n_support, "c.txt", "Elm River"))
            found = 1;
    }
    assert_true(found);
    /* what only one outlet reports is a single-source fact */
    found = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        if (b->facts[i].n_support == 1 && strstr(b->facts[i].support[0].text, "riverbed"))
            found = 1;
    assert_true(found);
    assert_true(b->n_summary >= 1 && b->n_summary <= 7);
    for (size_t i = 0; i < b->n_summary; i++)
        assert_true(b->summary[i].n_sources >= 1);
    np_brief_free(b);
}

static void test_quote_group(void **state)
{
    (void)state;
    np_brief *b = story_brief();
    int found = 0;
    for (size_t i = 0; i < b->n_quotes; i++) {
        const np_brief_quote *q = &b->quotes[i];
        if (!strstr(q->speaker, "Holloway"))
            continue;
        if (ref_has(b, q->variants, q->n_variants, "a.txt", "finish the bridge") &&
            ref_has(b, q->variants, q->n_variants, "b.txt", "will be finished") &&
            ref_has(b, q->variants, q->n_variants, "c.txt", "complete the bridge"))
            found = 1;
    }
    assert_true(found);
    np_brief_free(b);
}

static void test_discrepancies(void **state)
{
    (void)state;
    np_brief *b = story_brief();
    int cost = 0, date = 0;
    for (size_t i = 0; i < b->n_discrepancies; i++) {
        const np_brief_discrepancy *d = &b->discrepancies[i];
        if (ref_has(b, d->items, d->n_items, "b.txt", "45 million") &&
            (ref_has(b, d->items, d->n_items, "a.txt", "40 million") ||
             ref_has(b, d->items, d->n_items, "c.txt", "40 million")))
            cost = 1;
        if (ref_has(b, d->items, d->n_items, "b.txt", "March 13-14"))
            date = 1;
    }
    assert_true(cost);
    assert_true(date);
    np_brief_free(b);
}

static void test_framing_entities_timeline(void **state)
{
    (void)state;
    np_brief *b = story_brief();
    int regime = 0, hedge = 0, elsewhere = 0;
    for (size_t i = 0; i < b->n_framing; i++) {
        const np_brief_framing *f = &b->framing[i];
        for (size_t k = 0; k < f->n_terms; k++) {
            int in_c = strcmp(b->docs[f->doc].key, "c.txt") == 0;
            if (strcmp(f->terms[k].term, "regime") == 0)
                in_c ? (void)(regime = 1) : (void)(elsewhere = 1);
            if (strcmp(f->terms[k].term, "supposedly") == 0)
                in_c ? (void)(hedge = 1) : (void)(elsewhere = 1);
        }
    }
    assert_true(regime);
    assert_true(hedge);
    assert_false(elsewhere);
    /* Holloway's mentions in all three outlets are one entity */
    int ent = 0;
    for (size_t i = 0; i < b->n_entities; i++)
        if (strstr(b->entities[i].name, "Holloway") && b->entities[i].n_docs == 3)
            ent = 1;
    assert_true(ent);
    int day = 0;
    for (size_t i = 0; i < b->n_timeline; i++)
        if (strcmp(b->timeline[i].date, "2024-03-14") == 0)
            day = 1;
    assert_true(day);
    /* numbers carry value and unit */
    int forty = 0;
    for (size_t i = 0; i < b->n_numbers; i++)
        if (b->numbers[i].value == 40e6)
            forty = 1;
    assert_true(forty);
    np_brief_free(b);
}

static void test_render(void **state)
{
    (void)state;
    np_render_format f;
    assert_int_equal(np_render_format_parse("md", &f), NP_OK);
    assert_int_equal(f, NP_RENDER_MARKDOWN);
    assert_int_equal(np_render_format_parse("json", &f), NP_OK);
    assert_int_equal(np_render_format_parse("xml", &f), NP_EINVAL);
    np_brief *b = story_brief();
    const np_brief *one = b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_JSON, &out), NP_OK);
    assert_non_null(strstr(out.data, "\"stories\""));
    assert_non_null(strstr(out.data, "\"discrepancies\""));
    assert_non_null(strstr(out.data, "\"summary\""));
    np_buf_reset(&out);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_MARKDOWN, &out), NP_OK);
    assert_non_null(strstr(out.data, "## Quotes"));
    np_buf_reset(&out);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_TEXT, &out), NP_OK);
    assert_non_null(strstr(out.data, "Gamma Daily"));
    np_buf_free(&out);
    np_brief_free(b);
}

static void test_empty(void **state)
{
    (void)state;
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(NULL, 0, 1, &b, &err), NP_OK);
    assert_non_null(b);
    assert_int_equal(b->n_facts, 0);
    np_brief_free(b);
    np_doc *d = np_doc_new();
    assert_non_null(d);
    np_doc *arr[1] = {d};
    assert_int_equal(np_brief_build(arr, 1, 2, &b, &err), NP_OK);
    np_brief_free(b);
    np_doc_free(d);
    np_brief_free(NULL);
}

/* One env reused for many briefs gives the same brief as np_brief_build;
 * a 60-article story made of repeats of the three stays well formed: one
 * fact per statement, each outlet at most once per quote group variant set
 * of its own sentence. */
static void test_env_and_repeats(void **state)
{
    (void)state;
    np_error err;
    np_brief_env *env = np_brief_env_new(NULL, &err);
    assert_non_null(env);
    enum { N = 60 };
    np_doc *docs[N];
    const char *texts[3] = {story_a, story_b, story_c};
    for (int i = 0; i < N; i++) {
        char key[32];
        snprintf(key, sizeof key, "d%02d", i);
        docs[i] = make_doc(key, key, "2024-03-15", texts[i % 3]);
    }
    np_brief *b = NULL;
    assert_int_equal(np_brief_build_env(env, docs, N, 3, &b, &err), NP_OK);
    assert_int_equal(b->n_docs, N);
    /* the bridge announcement is one fact supported by (nearly) every copy */
    size_t most = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        if (b->facts[i].n_docs > most)
            most = b->facts[i].n_docs;
    assert_true(most >= N / 2);
    for (size_t i = 0; i < b->n_facts; i++)
        for (size_t k = 0; k < b->facts[i].n_support; k++)
            for (size_t j = k + 1; j < b->facts[i].n_support; j++)
                assert_true(b->facts[i].support[k].doc != b->facts[i].support[j].doc);
    np_brief_free(b);
    b = NULL;
    assert_int_equal(np_brief_build_env(env, docs, 3, 4, &b, &err), NP_OK);
    assert_int_equal(b->n_docs, 3);
    np_brief_free(b);
    for (int i = 0; i < N; i++)
        np_doc_free(docs[i]);
    np_brief_env_free(env);
    np_brief_env_free(NULL);
}

/* The same thing owned by different countries in aligned sentences. */
static void test_attribution(void **state)
{
    (void)state;
    np_doc *docs[2];
    docs[0] = make_doc("x.txt", "X", "2024-05-06",
                       "The council approved France's new bridge plan after a long debate on Monday.\n");
    docs[1] = make_doc("y.txt", "Y", "2024-05-06",
                       "The council approved Germany's new bridge plan after a long debate on Monday.\n");
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 2, 5, &b, &err), NP_OK);
    int found = 0;
    for (size_t i = 0; i < b->n_discrepancies; i++) {
        const np_brief_discrepancy *d = &b->discrepancies[i];
        if (ref_has(b, d->items, d->n_items, "x.txt", "France's new bridge plan") &&
            ref_has(b, d->items, d->n_items, "y.txt", "Germany's new bridge plan"))
            found = 1;
    }
    assert_true(found);
    np_brief_free(b);
    np_doc_free(docs[0]);
    np_doc_free(docs[1]);
}

/* Hostile shapes: thousands of quotes by one speaker, one endless
 * sentence, stray quotation marks, an empty body next to real ones. */
static void test_hostile(void **state)
{
    (void)state;
    np_buf a, c;
    np_buf_init(&a, 0);
    np_buf_init(&c, 0);
    for (int i = 0; i < 1500; i++)
        assert_int_equal(np_buf_printf(&a, "\u201cWe will build bridge number %d soon,\u201d Holloway said. ", i), NP_OK);
    for (int i = 0; i < 20000; i++)
        assert_int_equal(np_buf_append_str(&c, i % 7 ? "word " : "\" "), NP_OK);
    np_doc *docs[4];
    docs[0] = make_doc("q.txt", "Q", "2024-03-15", a.data);
    docs[1] = make_doc("w.txt", "W", NULL, c.data);
    docs[2] = make_doc("e.txt", "E", "not a date", "");
    docs[3] = make_doc("a.txt", "A", "2024-03-15", story_a);
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 4, 9, &b, &err), NP_OK);
    assert_int_equal(b->n_docs, 4);
    const np_brief *one = b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_JSON, &out), NP_OK);
    assert_true(out.len > 0);
    np_buf_free(&out);
    np_brief_free(b);
    for (int i = 0; i < 4; i++)
        np_doc_free(docs[i]);
    np_buf_free(&a);
    np_buf_free(&c);
}

/* Minimum check_brief.py recall ("brief score") and precision on the seeds,
 * raw text as body (the cleaner is not used here, so cleaning/metadata
 * points are partly lost).  The one claim model (a sentence supports one
 * fact; a link needs shared event words) trades recall for precision:
 * recall 76.0% -> 68.6%, precision 88.2% -> 98.2% when it came in; clause
 * facts (one sentence, two claims) gave back some: 69.4%, precision 98.1%;
 * a quote's fact taking its quote group's outlets: 70.2%, precision 98.2%. */
#define SEED_MIN_SCORE 69.8
#define SEED_MIN_PRECISION 95.0

static void test_seeds_score(void **state)
{
    (void)state;
    const char *shared = np_test_shared_dir();
    if (!shared || system("python3 -c 1 >/dev/null 2>&1") != 0)
        skip();
    static const char *const names[] = {"000_75e7ffd464fc8525.txt", "001_d115c4fdd3250e75.txt",
                                        "002_d902a8dcff0aeefd.txt", "003_38a33087b73860b8.txt",
                                        "004_1bcdb8da2db439da.txt"};
    np_doc *docs[5];
    for (int i = 0; i < 5; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/seeds/%s", shared, names[i]);
        size_t len = 0;
        char *t = np_test_read_file(path, &len);
        if (!t)
            skip();
        docs[i] = np_doc_new();
        assert_non_null(docs[i]);
        np_doc_set(&docs[i]->key, names[i]);
        np_doc_take(&docs[i]->text, t);
    }
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 5, 1, &b, &err), NP_OK);
    const np_brief *one = b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_JSON, &out), NP_OK);
    char *dir = np_test_tmpdir();
    assert_non_null(dir);
    char file[4096], cmd[8400];
    snprintf(file, sizeof file, "%s/brief.json", dir);
    assert_int_equal(np_test_write_file(file, out.data, out.len), 0);
    snprintf(cmd, sizeof cmd, "python3 '%s/tools/check_brief.py' '%s'", shared, file);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    char line[512];
    double score = -1, precision = -1;
    while (fgets(line, sizeof line, p)) {
        fputs(line, stderr);
        if (strncmp(line, "brief score:", 12) == 0)
            score = strtod(line + 12, NULL);
        if (strncmp(line, "brief precision:", 16) == 0)
            precision = strtod(line + 16, NULL);
    }
    pclose(p);
    remove(file);
    rmdir(dir);
    free(dir);
    np_buf_free(&out);
    np_brief_free(b);
    for (int i = 0; i < 5; i++)
        np_doc_free(docs[i]);
    assert_true(score >= SEED_MIN_SCORE);
    assert_true(precision >= SEED_MIN_PRECISION);
}

/* A dispatch's dateline ("TARNOWICE — ", "Orsk (AFP) - ") says where the
 * report was filed: the wording the brief shows leaves it out; a body in
 * capitals opening a paragraph ("NATO — The alliance ...") is its subject
 * and stays. */
static void test_dateline_not_shown(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3(
        "2031-05-02",
        "TARNOWICE \u2014 The Selm dam on the Varn river burst on Monday, flooding four villages downstream.\n\n"
        "NATO \u2014 The alliance sent engineers to the Selm dam on Tuesday, its spokesman said.\n",
        "Orsk (AFP) - The Selm dam on the Varn river burst on Monday and flooded four villages downstream.\n\n"
        "The alliance sent engineers to the Selm dam on Tuesday, a NATO spokesman said.\n",
        "The Selm dam on the Varn river burst on Monday, flooding four villages, officials said.\n\n"
        "The regional governor visited the site on Wednesday.\n");
    int seen = 0, nato = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        for (size_t k = 0; k < b->facts[i].n_support; k++) {
            const char *t = b->facts[i].support[k].text;
            assert_null(strstr(t, "TARNOWICE"));
            assert_null(strstr(t, "(AFP)"));
            seen += strstr(t, "Selm dam on the Varn") != NULL;
            nato += strncmp(t, "NATO \u2014 The alliance", 9) == 0;
            assert_true(strncmp(t, "The alliance sent engineers to the Selm dam on Tuesday, its", 60) != 0);
        }
    for (size_t i = 0; i < b->n_summary; i++)
        assert_null(strstr(b->summary[i].text, "TARNOWICE"));
    assert_true(seen >= 2);
    assert_true(nato >= 1);
    np_brief_free(b);
}

/* A dateline of a date and an agency's credit, the page having left out
 * the place ("May 2 (UPI) — "), is cut from the wording shown too; a
 * sentence that opens on a date is no dateline. */
static void test_date_credit_dateline_not_shown(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3(
        "2031-05-02",
        "May 2 (UPI) \u2014 The Selm dam on the Varn river burst on Monday, flooding four villages downstream.\n\n"
        "May 1 was the wettest day of the spring in the valley, the weather office said.\n",
        "The Selm dam on the Varn river burst on Monday and flooded four villages downstream.\n\n"
        "May 1 was the wettest day of the spring in the valley, forecasters said.\n",
        "The Selm dam on the Varn river burst on Monday, flooding four villages, officials said.\n\n"
        "The regional governor visited the site on Wednesday.\n");
    int seen = 0, wettest = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        for (size_t k = 0; k < b->facts[i].n_support; k++) {
            const char *t = b->facts[i].support[k].text;
            assert_null(strstr(t, "(UPI)"));
            seen += strncmp(t, "The Selm dam on the Varn", 24) == 0;
            wettest += strncmp(t, "May 1 was the wettest", 21) == 0;
        }
    assert_true(seen >= 2);
    assert_true(wettest >= 1);
    np_brief_free(b);
    /* day first, a year, no blank before the dash */
    b = np_test_brief3(
        "2031-05-02",
        "2 May 2031 (AFP)\u2014 The Selm dam on the Varn river burst on Monday, flooding four villages downstream.\n",
        "The Selm dam on the Varn river burst on Monday and flooded four villages downstream.\n",
        "The Selm dam on the Varn river burst on Monday, flooding four villages, officials said.\n");
    for (size_t i = 0; i < b->n_facts; i++)
        for (size_t k = 0; k < b->facts[i].n_support; k++)
            assert_null(strstr(b->facts[i].support[k].text, "(AFP)"));
    np_brief_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_facts_and_summary),
        cmocka_unit_test(test_quote_group),
        cmocka_unit_test(test_discrepancies),
        cmocka_unit_test(test_framing_entities_timeline),
        cmocka_unit_test(test_render),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_env_and_repeats),
        cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_attribution),
        cmocka_unit_test(test_seeds_score),
        cmocka_unit_test(test_dateline_not_shown),
        cmocka_unit_test(test_date_credit_dateline_not_shown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
