/*
 * tests/unit/test_analysis_codec.c — the stored analysis of a document
 * (extract/analysis_codec.c, store/analysis.c, compare np_brief_build_with):
 * encode → decode gives back every field np_analyze() produced; a blob
 * cut anywhere, damaged anywhere, of another version or of another text is
 * an error or a valid analysis of that text, never a crash; the store keeps
 * one blob per document and version; a brief built from stored analyses is
 * byte-identical to one built from fresh analysis, also when the story's
 * reference date differs from the stored one.  Invented texts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/doc.h"
#include "extract/analysis_codec.h"
#include "render/render.h"
#include "store/store.h"
#include "store/store.h"

static const char *const text_a =
    "Harbour director Maren Ulvsted said on Friday that the northern pier of Tessand would stay closed "
    "for at least 14 weeks.\n\n"
    "\"We will not reopen the pier before every support has been replaced,\" Ulvsted told reporters. "
    "The repairs will cost about $4.2 million, according to the harbour authority (THA).\n\n"
    "Ferries will leave from the southern terminal from Monday, June 9, the authority said.";

static const char *const text_b =
    "The northern pier in Tessand is closed after inspectors found cracks, the Tessand Harbour Authority "
    "said on Friday.\n\n"
    "Director Maren Ulvsted said the pier would stay shut for 15 weeks and that repairs would cost "
    "$4.5 million.\n\n"
    "\"Safety comes first,\" she said last week.\n\n"
    "Mayor Ivo Dren and Senator Lena Varga said the southern terminal \"must stay open all summer.\"\n\n"
    "The harbour board voted 7-2 on Thursday to pay for the repairs.";

static void same_analysis(const np_analysis *a, const np_analysis *b)
{
    assert_int_equal(a->len, b->len);
    assert_int_equal(a->n_sents, b->n_sents);
    for (size_t i = 0; i < a->n_sents; i++) {
        assert_int_equal(a->sents[i].start, b->sents[i].start);
        assert_int_equal(a->sents[i].end, b->sents[i].end);
    }
    assert_int_equal(a->n_tokens, b->n_tokens);
    for (size_t i = 0; i < a->n_tokens; i++) {
        const np_token *x = &a->tokens[i], *y = &b->tokens[i];
        assert_int_equal(x->start, y->start);
        assert_int_equal(x->end, y->end);
        assert_int_equal(x->flags, y->flags);
        assert_string_equal(x->norm ? x->norm : "(null)", y->norm ? y->norm : "(null)");
        assert_string_equal(x->stem ? x->stem : "(null)", y->stem ? y->stem : "(null)");
    }
    assert_int_equal(a->n_ents, b->n_ents);
    assert_memory_equal(a->ents, b->ents, a->n_ents * sizeof *a->ents);
    assert_int_equal(a->n_quotes, b->n_quotes);
    for (size_t i = 0; i < a->n_quotes; i++) {
        const np_quote *x = &a->quotes[i], *y = &b->quotes[i];
        assert_int_equal(x->start, y->start);
        assert_int_equal(x->end, y->end);
        assert_string_equal(x->speaker ? x->speaker : "(null)", y->speaker ? y->speaker : "(null)");
        assert_int_equal(x->speaker_start, y->speaker_start);
        assert_int_equal(x->speaker_end, y->speaker_end);
        assert_int_equal(x->speaker_mention, y->speaker_mention);
        assert_int_equal(x->continues, y->continues);
        assert_int_equal(x->is_short, y->is_short);
        assert_int_equal(x->by_pronoun, y->by_pronoun);
        assert_int_equal(x->by_group, y->by_group);
    }
    assert_int_equal(a->n_dates, b->n_dates);
    assert_memory_equal(a->dates, b->dates, a->n_dates * sizeof *a->dates);
    assert_int_equal(a->n_numbers, b->n_numbers);
    for (size_t i = 0; i < a->n_numbers; i++) {
        const np_number_mention *x = &a->numbers[i], *y = &b->numbers[i];
        assert_int_equal(x->start, y->start);
        assert_int_equal(x->end, y->end);
        assert_memory_equal(&x->value, &y->value, sizeof x->value);
        assert_memory_equal(&x->against, &y->against, sizeof x->against);
        assert_string_equal(x->unit ? x->unit : "(null)", y->unit ? y->unit : "(null)");
        assert_string_equal(x->currency, y->currency);
        assert_int_equal(x->flags, y->flags);
    }
}

/* An age after a name is kept only after a person's name: "Norway, 14,"
 * counts nothing said to be an age; "Vera Holm, 61," is hers. */
static void test_ages_of_people_only(void **state)
{
    (void)state;
    np_stemmer *st = np_stemmer_new();
    np_gazetteer *gz = np_gazetteer_builtin(NULL);
    assert_non_null(st);
    assert_non_null(gz);
    const char *t = "The medal table leaders were Norway, 14, and Sweden, 9. The coach, Vera Holm, 61, was pleased.";
    np_arena ar;
    np_arena_init(&ar, 4096);
    np_analysis an;
    assert_int_equal(np_analyze(t, strlen(t), "2025-06-06", st, gz, &ar, &an), NP_OK);
    int holm = 0;
    for (size_t i = 0; i < an.n_numbers; i++) {
        const np_number_mention *m = &an.numbers[i];
        int age = (m->flags & NP_NUM_AGE) != 0;
        if (m->value == 61)
            holm = age && m->unit && !strcmp(m->unit, "year");
        else
            assert_false(age);
    }
    assert_true(holm);
    np_arena_free(&ar);
    np_gazetteer_free(gz);
    np_stemmer_free(st);
}

static void test_round_trip(void **state)
{
    (void)state;
    np_stemmer *st = np_stemmer_new();
    np_gazetteer *gz = np_gazetteer_builtin(NULL);
    assert_non_null(st);
    assert_non_null(gz);
    const char *texts[] = {text_a, text_b, ""};
    for (size_t k = 0; k < 3; k++) {
        np_arena ar;
        np_arena_init(&ar, 4096);
        np_analysis an, back;
        size_t len = strlen(texts[k]);
        assert_int_equal(np_analyze(texts[k], len, "2025-06-06", st, gz, &ar, &an), NP_OK);
        if (k == 0) {
            assert_true(an.n_tokens > 20 && an.n_ents > 2 && an.n_quotes >= 1 && an.n_numbers >= 2 && an.n_dates >= 1);
        }
        if (k == 1) { /* a tally, whose second count the codec must keep */
            int tally = 0;
            for (size_t i = 0; i < an.n_numbers; i++)
                tally |= (an.numbers[i].flags & NP_NUM_TALLY) && an.numbers[i].against == 2;
            assert_true(tally);
        }
        void *blob = NULL;
        size_t n = 0;
        assert_int_equal(np_analysis_encode(&an, "2025-06-06", &blob, &n), NP_OK);
        const char *ref = NULL;
        np_error err;
        assert_int_equal(np_analysis_decode(blob, n, texts[k], len, &ar, &back, &ref, &err), NP_OK);
        assert_ptr_equal(back.text, texts[k]);
        assert_string_equal(ref, "2025-06-06");
        same_analysis(&an, &back);
        if (k == 1) { /* a group's quote keeps its flag */
            int group = 0;
            for (size_t q = 0; q < back.n_quotes; q++)
                group |= back.quotes[q].by_group;
            assert_true(group);
        }
        if (k == 0) {
            /* compact: a fraction of the tokens' own size in memory */
            assert_true(n < an.n_tokens * sizeof(np_token));
            /* another text, another version, not a blob at all */
            char *other = strdup(texts[0]);
            other[10] ^= 1;
            assert_int_equal(np_analysis_decode(blob, n, other, len, &ar, &back, NULL, &err), NP_EPARSE);
            assert_non_null(strstr(err.msg, "another text"));
            free(other);
            unsigned char *v = malloc(n);
            memcpy(v, blob, n);
            v[3] = (unsigned char)(NP_ANALYSIS_VERSION + 1);
            assert_int_equal(np_analysis_decode(v, n, texts[0], len, &ar, &back, NULL, &err), NP_EPARSE);
            assert_non_null(strstr(err.msg, "version"));
            free(v);
            assert_int_equal(np_analysis_decode("junk", 4, texts[0], len, &ar, &back, NULL, &err), NP_EPARSE);
        }
        free(blob);
        np_arena_free(&ar);
    }
    np_gazetteer_free(gz);
    np_stemmer_free(st);
}

/* Every prefix is an error; every damaged byte is an error or an analysis
 * whose offsets all lie within the text. */
static void test_damage(void **state)
{
    (void)state;
    np_stemmer *st = np_stemmer_new();
    np_gazetteer *gz = np_gazetteer_builtin(NULL);
    np_arena ar;
    np_arena_init(&ar, 4096);
    np_analysis an, back;
    size_t len = strlen(text_a);
    assert_int_equal(np_analyze(text_a, len, NULL, st, gz, &ar, &an), NP_OK);
    void *blob = NULL;
    size_t n = 0;
    assert_int_equal(np_analysis_encode(&an, NULL, &blob, &n), NP_OK);
    np_error err;
    for (size_t cut = 0; cut < n; cut++) {
        np_arena tmp;
        np_arena_init(&tmp, 4096);
        assert_int_equal(np_analysis_decode(blob, cut, text_a, len, &tmp, &back, NULL, &err), NP_EPARSE);
        np_arena_free(&tmp);
    }
    unsigned char *d = malloc(n);
    for (size_t at = 0; at < n; at++) {
        static const unsigned char flips[] = {0x01, 0x80, 0xff};
        for (size_t f = 0; f < sizeof flips; f++) {
            memcpy(d, blob, n);
            d[at] ^= flips[f];
            np_arena tmp;
            np_arena_init(&tmp, 4096);
            np_status s = np_analysis_decode(d, n, text_a, len, &tmp, &back, NULL, &err);
            assert_true(s == NP_OK || s == NP_EPARSE);
            if (s == NP_OK) {
                for (size_t i = 0; i < back.n_tokens; i++)
                    assert_true(back.tokens[i].start <= back.tokens[i].end && back.tokens[i].end <= len);
                for (size_t i = 0; i < back.n_ents; i++)
                    assert_true(back.ents[i].name_end <= len && back.ents[i].end <= len);
                for (size_t i = 0; i < back.n_quotes; i++)
                    assert_true(back.quotes[i].speaker_mention < (long)back.n_ents);
            }
            np_arena_free(&tmp);
        }
    }
    free(d);
    free(blob);
    np_arena_free(&ar);
    np_gazetteer_free(gz);
    np_stemmer_free(st);
}

static char *render_json(const np_brief *b)
{
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&b, 1, NP_RENDER_JSON, &out), NP_OK);
    return np_buf_take(&out);
}

/* fresh analysis, then from the blobs it produced; the third document has no
 * publication date, so its reference date comes from the story */
static void test_brief_identical(void **state)
{
    (void)state;
    np_error err;
    np_brief_env *env = np_brief_env_new(NULL, &err);
    assert_non_null(env);
    np_doc *docs[3] = {np_test_doc("a.txt", "2025-06-06", text_a), np_test_doc("b.txt", "2025-06-07", text_b),
                       np_test_doc("c.txt", NULL, text_a)};
    void *fresh[3] = {0};
    size_t fresh_len[3] = {0};
    np_brief_analyses out = {NULL, NULL, fresh, fresh_len, 0, 0};
    np_brief *b1 = NULL, *b2 = NULL, *b3 = NULL;
    assert_int_equal(np_brief_build_with(env, docs, 3, 1, &out, &b1, &err), NP_OK);
    assert_int_equal(out.computed, 3);
    for (int i = 0; i < 3; i++)
        assert_non_null(fresh[i]);
    np_brief_analyses in = {(const void *const *)fresh, fresh_len, NULL, NULL, 0, 0};
    assert_int_equal(np_brief_build_with(env, docs, 3, 1, &in, &b2, &err), NP_OK);
    assert_int_equal(in.reused, 3);
    assert_int_equal(in.computed, 0);
    char *j1 = render_json(b1), *j2 = render_json(b2);
    assert_string_equal(j1, j2);
    /* the same blobs in a story where c.txt's reference date differs:
     * its dates are resolved again, and the brief equals a fresh one */
    np_doc *docs2[2] = {np_test_doc("b.txt", "2025-07-01", text_b), docs[2]};
    const void *in2[2] = {fresh[1], fresh[2]};
    size_t in2_len[2] = {fresh_len[1], fresh_len[2]};
    np_brief_analyses in_b = {in2, in2_len, NULL, NULL, 0, 0};
    np_brief *f = NULL;
    assert_int_equal(np_brief_build_with(env, docs2, 2, 2, &in_b, &b3, &err), NP_OK);
    assert_int_equal(in_b.reused, 2); /* b.txt's blob was made for another date: decoded, dates redone */
    assert_int_equal(np_brief_build_env(env, docs2, 2, 2, &f, &err), NP_OK);
    char *j3 = render_json(b3), *jf = render_json(f);
    assert_string_equal(j3, jf);
    free(j1);
    free(j2);
    free(j3);
    free(jf);
    np_brief_free(b1);
    np_brief_free(b2);
    np_brief_free(b3);
    np_brief_free(f);
    for (int i = 0; i < 3; i++) {
        free(fresh[i]);
        np_doc_free(docs[i]);
    }
    np_doc_free(docs2[0]);
    np_brief_env_free(env);
}

static void test_store_analysis(void **state)
{
    (void)state;
    char *dir = np_test_tmpdir();
    char path[4096];
    snprintf(path, sizeof path, "%s/a.db", dir);
    np_store *st = NULL;
    np_error err;
    assert_int_equal(np_store_open(path, &st, &err), NP_OK);
    np_doc *d = np_test_doc("a.txt", "2025-06-06", text_a);
    assert_int_equal(np_doc_finish(d), NP_OK);
    int inserted = 0;
    assert_int_equal(np_store_put_doc(st, d, &inserted, &err), NP_OK);
    assert_true(inserted && d->rowid > 0);
    void *data = (void *)1;
    size_t len = 1;
    assert_int_equal(np_store_get_analysis(st, d->rowid, 1, &data, &len, &err), NP_OK);
    assert_null(data);
    assert_int_equal(len, 0);
    assert_int_equal(np_store_put_analysis(st, d->rowid, 1, "one", 3, &err), NP_OK);
    assert_int_equal(np_store_put_analysis(st, d->rowid, 2, "two!", 4, &err), NP_OK); /* replaces */
    assert_int_equal(np_store_get_analysis(st, d->rowid, 1, &data, &len, &err), NP_OK);
    assert_null(data);
    assert_int_equal(np_store_get_analysis(st, d->rowid, 2, &data, &len, &err), NP_OK);
    assert_int_equal(len, 4);
    assert_memory_equal(data, "two!", 4);
    free(data);
    assert_int_equal(np_store_put_analysis(st, d->rowid + 100, 2, "x", 1, &err), NP_ENOTFOUND);
    np_store_close(st);
    /* reopened: kept */
    assert_int_equal(np_store_open(path, &st, &err), NP_OK);
    assert_int_equal(np_store_get_analysis(st, d->rowid, 2, &data, &len, &err), NP_OK);
    assert_int_equal(len, 4);
    free(data);
    np_store_close(st);
    np_doc_free(d);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_ages_of_people_only),
        cmocka_unit_test(test_damage),
        cmocka_unit_test(test_brief_identical),
        cmocka_unit_test(test_store_analysis),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
