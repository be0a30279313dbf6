/* Robustness of text/ and extract/: random bytes, hostile punctuation and
 * (when ../shared is present) the 181 benchmark article bodies go through
 * every analyser; the test checks invariants (spans inside the text and
 * ordered, names inside surfaces, well-formed ISO dates, finite numbers)
 * and relies on ASan/UBSan for memory errors. */
#include "testutil.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "extract/analysis.h"

static np_gazetteer *G;
static np_stemmer *ST;

static int setup(void **state)
{
    (void)state;
    G = np_gazetteer_builtin(NULL);
    ST = np_stemmer_new();
    return G && ST ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    np_gazetteer_free(G);
    np_stemmer_free(ST);
    return 0;
}

static void iso_ok(const char *iso)
{
    size_t n = strlen(iso);
    assert_true(n == 0 || n == 4 || n == 7 || n == 10);
    for (size_t i = 0; i < n; i++)
        assert_true((i == 4 || i == 7) ? iso[i] == '-' : (iso[i] >= '0' && iso[i] <= '9'));
}

static void check(const char *text, size_t len, const char *pub)
{
    np_arena a;
    np_arena_init(&a, 0);
    np_analysis an;
    assert_int_equal(np_analyze(text, len, pub, ST, G, &a, &an), NP_OK);
    for (size_t i = 0; i < an.n_sents; i++) {
        assert_true(an.sents[i].start < an.sents[i].end && an.sents[i].end <= len);
        if (i)
            assert_true(an.sents[i - 1].end <= an.sents[i].start);
    }
    for (size_t i = 0; i < an.n_tokens; i++) {
        assert_true(an.tokens[i].start < an.tokens[i].end && an.tokens[i].end <= len);
        assert_non_null(an.tokens[i].norm);
        assert_non_null(an.tokens[i].stem);
    }
    for (size_t i = 0; i < an.n_ents; i++) {
        const np_entity_mention *m = &an.ents[i];
        assert_true(m->start <= m->name_start && m->name_start < m->name_end && m->name_end <= m->end);
        assert_true(m->end <= len);
    }
    for (size_t i = 0; i < an.n_quotes; i++) {
        const np_quote *q = &an.quotes[i];
        assert_true(q->start < q->end && q->end <= len);
        if (q->speaker)
            assert_true(q->speaker_start < q->speaker_end && q->speaker_end <= len);
    }
    for (size_t i = 0; i < an.n_dates; i++) {
        assert_true(an.dates[i].start < an.dates[i].end && an.dates[i].end <= len);
        iso_ok(an.dates[i].iso);
        iso_ok(an.dates[i].iso_end);
    }
    for (size_t i = 0; i < an.n_numbers; i++) {
        assert_true(an.numbers[i].start < an.numbers[i].end && an.numbers[i].end <= len);
        assert_true(isfinite(an.numbers[i].value));
    }
    /* the linker takes any mention set */
    np_entity_linker *lk = np_entity_linker_new();
    assert_non_null(lk);
    for (size_t i = 0; i < an.n_ents; i++)
        assert_int_equal(np_entity_linker_add(lk, 0, text, &an.ents[i]), NP_OK);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    /* every mention is in one entity, except the one-word names the texts
     * also write in lower case, which the linker drops */
    size_t total = 0, linked = 0;
    for (size_t e = 0; e < np_entity_linker_count(lk); e++)
        total += np_entity_linker_get(lk, e)->n_variants;
    for (size_t i = 0; i < an.n_ents; i++) {
        long e = np_entity_linker_lookup(lk, 0, an.ents[i].start);
        assert_true(e >= -1 && e < (long)np_entity_linker_count(lk));
        linked += e >= 0;
    }
    assert_int_equal(total, linked);
    np_entity_linker_free(lk);
    np_arena_free(&a);
}

static void hostile_strings(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "", " ", "\n\n\n", "\"", "“", "”", "’", "‘a", "\"\"\"\"", "“““““", "”””",
        "... ... …", "Mr. Dr. St. U.S. a.m.", "(((((((", "[[[]]]", "$", "€", "$ 5", "5%%%",
        "1,2,3,4,5,6,7,8,9,0", "99999999999999999999999999999999999999999 billion",
        "0.0.0.0.0", "2025-13-45 2025-02-30 2024-02-29", "November 99, 2025 May 0 June 31",
        "President", "President President President Putin’s’s", "said said said \"x\" said",
        "( CSTO ) (ACR) (A) ()", "A. B. C. D. E. F.", "one-fifth-sixth", "hundreds of of of",
        "“Unclosed quote\n\nNext paragraph “again", "according to", "according to X",
        "He said, “", "— – - ‐", "hundreds of", "dozens", "one-", "twenty-", "$", "5 million", "May", "Nov.", "\xEF\xBF\xBD\xEF\xBF\xBD", "Zelenskyy’s’", "next", "last week next",
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        check(cases[i], strlen(cases[i]), "2025-11-27");
        check(cases[i], strlen(cases[i]), NULL);
    }
}

static void random_bytes(void **state)
{
    (void)state;
    /* xorshift PRNG, fixed seed: reproducible */
    uint64_t x = 0x9E3779B97F4A7C15ULL;
    static const char *const pieces[] = {"“", "”", "\"", "’", " ", ". ", "\n", "\n\n", "Mr", "said", "he",
                                         "President", "Ivo", "Kallas", "2025", "-", "11", ",", "%", "$",
                                         "million", "(", ")", "NGEC", "of", "the", "May", "Thursday",
                                         "…", "é", "twenty", "-point", "according to"};
    char buf[4096];
    for (int round = 0; round < 300; round++) {
        size_t n = 0;
        while (n < sizeof buf - 16) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            const char *p = pieces[x % (sizeof pieces / sizeof *pieces)];
            size_t l = strlen(p);
            if ((x >> 32) % 50 == 0)
                buf[n++] = (char)(x >> 40); /* raw byte, maybe invalid UTF-8 */
            else {
                memcpy(buf + n, p, l);
                n += l;
            }
            if ((x >> 20) % 400 == 0)
                break;
        }
        buf[n] = '\0';
        check(buf, n, round % 2 ? "2024-02-29" : NULL);
    }
}

static void benchmark_bodies(void **state)
{
    (void)state;
    const char *dir = np_test_shared_dir();
    if (!dir)
        skip();
    char path[4096];
    snprintf(path, sizeof path, "%s/data/extraction/scrapinghub/ground-truth.json", dir);
    json_error_t jerr;
    json_t *gt = json_load_file(path, 0, &jerr);
    if (!gt)
        skip();
    const char *key;
    json_t *v;
    size_t n = 0;
    json_object_foreach(gt, key, v) {
        const char *body = json_string_value(json_object_get(v, "articleBody"));
        if (body) {
            check(body, strlen(body), "2019-06-01");
            n++;
        }
    }
    print_message("checked %zu benchmark bodies\n", n);
    json_decref(gt);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hostile_strings),
        cmocka_unit_test(random_bytes),
        cmocka_unit_test(benchmark_bodies),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
