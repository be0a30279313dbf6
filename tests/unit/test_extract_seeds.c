/* Runs every extractor over the seed articles in ../shared/seeds (skipped
 * when absent) and checks them against seeds/gold.json:
 *  - every gold number text is (inside) a number mention of its document;
 *  - every gold entity variant is a mention (surface or name) of its
 *    document, all variants of one gold entity link to one entity, and its
 *    canonical name contains the gold canonical's last word;
 *  - every gold quote variant lies inside a found quote whose speaker's last
 *    word equals the gold speaker's last word;
 *  - gold timeline texts hold a date mention with the gold date as prefix,
 *    and the gold date-range discrepancy is found as a range.
 * The seed text is read at run time only; nothing of it is copied here. */
#include "testutil.h"

#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "extract/analysis.h"

#define MAX_DOCS 16

typedef struct seeds {
    json_t *gold;
    size_t n;
    char *name[MAX_DOCS];
    char *text[MAX_DOCS];
    size_t len[MAX_DOCS];
    const char *pub[MAX_DOCS];
    np_analysis an[MAX_DOCS];
    np_arena arena;
    np_stemmer *st;
    np_gazetteer *gz;
    np_entity_linker *lk;
} seeds;

static seeds S;

static int setup(void **state)
{
    (void)state;
    const char *dir = np_test_shared_dir();
    if (!dir)
        return 0;
    char path[4096];
    snprintf(path, sizeof path, "%s/seeds/gold.json", dir);
    json_error_t jerr;
    S.gold = json_load_file(path, 0, &jerr);
    if (!S.gold)
        return 0;
    np_arena_init(&S.arena, 0);
    S.st = np_stemmer_new();
    S.gz = np_gazetteer_load(NULL, NULL);
    S.lk = np_entity_linker_new();
    json_t *docs = json_object_get(S.gold, "documents");
    size_t i;
    json_t *d;
    json_array_foreach(docs, i, d) {
        if (S.n >= MAX_DOCS)
            break;
        const char *name = json_string_value(json_object_get(d, "doc"));
        snprintf(path, sizeof path, "%s/seeds/%s", dir, name);
        size_t len;
        char *text = np_test_read_file(path, &len);
        if (!text)
            continue;
        S.name[S.n] = strdup(name);
        S.text[S.n] = text;
        S.len[S.n] = len;
        S.pub[S.n] = json_string_value(json_object_get(d, "published"));
        S.n++;
    }
    /* documents without a date take the story's earliest one as reference */
    const char *ref = NULL;
    for (size_t k = 0; k < S.n; k++)
        if (S.pub[k] && (!ref || strcmp(S.pub[k], ref) < 0))
            ref = S.pub[k];
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (size_t k = 0; k < S.n; k++) {
        if (np_analyze(S.text[k], S.len[k], S.pub[k] ? S.pub[k] : ref, S.st, S.gz, &S.arena, &S.an[k]) != NP_OK)
            return -1;
        for (size_t e = 0; e < S.an[k].n_ents; e++)
            if (np_entity_linker_add(S.lk, (int)k, S.text[k], &S.an[k].ents[e]) != NP_OK)
                return -1;
    }
    if (np_entity_linker_finish(S.lk) != NP_OK)
        return -1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    print_message("analysed %zu seed documents + linking in %.2f ms\n", S.n,
                  (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    for (size_t k = 0; k < S.n; k++) {
        free(S.name[k]);
        free(S.text[k]);
    }
    np_entity_linker_free(S.lk);
    np_gazetteer_free(S.gz);
    np_stemmer_free(S.st);
    np_arena_free(&S.arena);
    json_decref(S.gold);
    return 0;
}

static long doc_index(const char *name)
{
    for (size_t k = 0; k < S.n; k++)
        if (!strcmp(S.name[k], name))
            return (long)k;
    return -1;
}

/* Every occurrence of needle in doc k: calls back with its offset until the
 * callback returns 1. */
static int any_occurrence(size_t k, const char *needle, int (*ok)(size_t k, size_t off, size_t len, void *),
                          void *ctx)
{
    const char *p = S.text[k];
    size_t nl = strlen(needle);
    while ((p = strstr(p, needle)) != NULL) {
        if (ok(k, (size_t)(p - S.text[k]), nl, ctx))
            return 1;
        p++;
    }
    return 0;
}

#define SKIP_IF_ABSENT() \
    do { if (!S.gold || S.n == 0) skip(); } while (0)

static int number_ok(size_t k, size_t off, size_t len, void *ctx)
{
    (void)ctx;
    for (size_t i = 0; i < S.an[k].n_numbers; i++) {
        const np_number_mention *m = &S.an[k].numbers[i];
        if (m->start <= off && off + len <= m->end)
            return 1;
    }
    return 0;
}

static void seeds_numbers(void **state)
{
    (void)state;
    SKIP_IF_ABSENT();
    size_t i, bad = 0;
    json_t *g;
    json_array_foreach(json_object_get(S.gold, "numbers"), i, g) {
        const char *doc = json_string_value(json_object_get(g, "doc"));
        const char *text = json_string_value(json_object_get(g, "text"));
        long k = doc_index(doc);
        if (k < 0 || !any_occurrence((size_t)k, text, number_ok, NULL)) {
            print_message("number not found: %s '%s'\n", doc, text);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

typedef struct ent_ctx {
    long entity;
} ent_ctx;

static int entity_ok(size_t k, size_t off, size_t len, void *ctx)
{
    ent_ctx *e = ctx;
    for (size_t i = 0; i < S.an[k].n_ents; i++) {
        const np_entity_mention *m = &S.an[k].ents[i];
        if ((m->start == off && m->end == off + len) || (m->name_start == off && m->name_end == off + len)) {
            e->entity = np_entity_linker_lookup(S.lk, (int)k, m->start);
            return 1;
        }
    }
    return 0;
}

static const char *last_word(const char *s, char *buf, size_t cap)
{
    const char *sp = strrchr(s, ' ');
    snprintf(buf, cap, "%s", sp ? sp + 1 : s);
    for (char *p = buf; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return buf;
}

static void seeds_entities(void **state)
{
    (void)state;
    SKIP_IF_ABSENT();
    size_t i, j, bad = 0;
    json_t *g, *v;
    json_array_foreach(json_object_get(S.gold, "entity_variants"), i, g) {
        const char *canon = json_string_value(json_object_get(g, "canonical"));
        long linked = -2;
        json_array_foreach(json_object_get(g, "variants"), j, v) {
            const char *doc = json_string_value(json_object_get(v, "doc"));
            const char *text = json_string_value(json_object_get(v, "text"));
            long k = doc_index(doc);
            ent_ctx e = {-1};
            if (k < 0 || !any_occurrence((size_t)k, text, entity_ok, &e)) {
                print_message("entity mention not found: %s '%s'\n", doc, text);
                bad++;
                continue;
            }
            if (e.entity < 0) {
                print_message("entity mention not linked: %s '%s'\n", doc, text);
                bad++;
            } else if (linked == -2) {
                linked = e.entity;
            } else if (linked != e.entity) {
                print_message("'%s' (%s) linked apart from the other variants of %s\n", text, doc, canon);
                bad++;
            }
        }
        if (linked >= 0) {
            const np_entity *ent = np_entity_linker_get(S.lk, (size_t)linked);
            char lw[128], cw[256];
            last_word(canon, lw, sizeof lw);
            snprintf(cw, sizeof cw, "%s", ent->canonical);
            for (char *p = cw; *p; p++)
                *p = (char)tolower((unsigned char)*p);
            if (!strstr(cw, lw)) {
                print_message("canonical '%s' lacks '%s'\n", ent->canonical, lw);
                bad++;
            }
        }
    }
    assert_int_equal(bad, 0);
}

typedef struct quote_ctx {
    const char *speaker_last;
    int wrong_speaker;
} quote_ctx;

static int quote_ok(size_t k, size_t off, size_t len, void *ctx)
{
    quote_ctx *qc = ctx;
    for (size_t i = 0; i < S.an[k].n_quotes; i++) {
        const np_quote *q = &S.an[k].quotes[i];
        if (!(q->start <= off && off + len <= q->end + 1)) /* gold may include the closing period */
            continue;
        char buf[128];
        if (q->speaker && !strcmp(last_word(q->speaker, buf, sizeof buf), qc->speaker_last))
            return 1;
        qc->wrong_speaker = 1;
    }
    return 0;
}

static size_t check_quotes(json_t *arr, int grouped)
{
    size_t i, j, bad = 0;
    json_t *g, *v;
    json_array_foreach(arr, i, g) {
        char sl[128];
        last_word(json_string_value(json_object_get(g, "speaker")), sl, sizeof sl);
        json_t *vars = grouped ? json_object_get(g, "variants") : NULL;
        size_t nv = grouped ? json_array_size(vars) : 1;
        for (j = 0; j < nv; j++) {
            v = grouped ? json_array_get(vars, j) : g;
            const char *doc = json_string_value(json_object_get(v, "doc"));
            const char *text = json_string_value(json_object_get(v, "text"));
            long k = doc_index(doc);
            quote_ctx qc = {sl, 0};
            if (k < 0 || !any_occurrence((size_t)k, text, quote_ok, &qc)) {
                print_message("quote %s: %s '%s'\n", qc.wrong_speaker ? "with wrong speaker" : "not found", doc,
                              text);
                bad++;
            }
        }
    }
    return bad;
}

static void seeds_quotes(void **state)
{
    (void)state;
    SKIP_IF_ABSENT();
    size_t bad = check_quotes(json_object_get(S.gold, "quote_groups"), 1) +
                 check_quotes(json_object_get(S.gold, "single_source_quotes"), 0);
    assert_int_equal(bad, 0);
}

typedef struct date_ctx {
    const char *date;
    int range;
} date_ctx;

static int date_ok(size_t k, size_t off, size_t len, void *ctx)
{
    date_ctx *dc = ctx;
    for (size_t i = 0; i < S.an[k].n_dates; i++) {
        const np_date_mention *d = &S.an[k].dates[i];
        if (d->end <= off || d->start >= off + len)
            continue;
        if (dc->range ? (d->flags & NP_DATE_RANGE) != 0
                      : strncmp(d->iso, dc->date, strlen(dc->date)) == 0)
            return 1;
    }
    return 0;
}

static void seeds_dates(void **state)
{
    (void)state;
    SKIP_IF_ABSENT();
    size_t i, bad = 0;
    json_t *g;
    json_array_foreach(json_object_get(S.gold, "timeline"), i, g) {
        const char *doc = json_string_value(json_object_get(g, "doc"));
        const char *text = json_string_value(json_object_get(g, "text"));
        if (!doc || !text)
            continue;
        long k = doc_index(doc);
        date_ctx dc = {json_string_value(json_object_get(g, "date")), 0};
        if (k < 0 || !any_occurrence((size_t)k, text, date_ok, &dc)) {
            print_message("timeline date not found: %s '%s' (%s)\n", doc, text, dc.date);
            bad++;
        }
    }
    /* discrepancy texts that look like day ranges must be found as ranges */
    json_array_foreach(json_object_get(S.gold, "discrepancies"), i, g) {
        const char *doc = json_string_value(json_object_get(g, "doc"));
        const char *text = json_string_value(json_object_get(g, "text"));
        const char *dash = text ? strchr(text, '-') : NULL;
        if (!doc || !dash || dash == text || !isdigit((unsigned char)dash[-1]) || !isdigit((unsigned char)dash[1]))
            continue;
        long k = doc_index(doc);
        date_ctx dc = {"", 1};
        if (k < 0 || !any_occurrence((size_t)k, text, date_ok, &dc)) {
            print_message("date range not found: %s '%s'\n", doc, text);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seeds_numbers),
        cmocka_unit_test(seeds_entities),
        cmocka_unit_test(seeds_quotes),
        cmocka_unit_test(seeds_dates),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
