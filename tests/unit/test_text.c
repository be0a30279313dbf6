/* Unit tests for text/: sentence splitting, tokens, lexicon, gazetteer.
 * Every sentence here is invented for the test. */
#include "testutil.h"

#include <stddef.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "core/arena.h"
#include "text/gazetteer.h"
#include "text/lexicon.h"
#include "text/sentence.h"
#include "text/token.h"

/* Split and compare against the expected sentences (NULL-terminated). */
static void expect_sentences(const char *text, const char *const *want)
{
    np_span *s;
    size_t n;
    assert_int_equal(np_sentences_split(text, strlen(text), &s, &n), NP_OK);
    size_t k = 0;
    while (want[k])
        k++;
    if (n != k) {
        for (size_t i = 0; i < n; i++)
            print_message("got [%zu] %.*s\n", i, (int)(s[i].end - s[i].start), text + s[i].start);
    }
    assert_int_equal(n, k);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(s[i].end - s[i].start, strlen(want[i]));
        assert_memory_equal(text + s[i].start, want[i], strlen(want[i]));
    }
    free(s);
}

static void sentences_basic_and_paragraphs(void **state)
{
    (void)state;
    const char *t = "The council met at noon. It voted twice!\n\nA new paragraph starts here? Yes";
    const char *const want[] = {"The council met at noon.", "It voted twice!", "A new paragraph starts here?", "Yes", NULL};
    expect_sentences(t, want);
    /* a headline line without final punctuation is its own sentence */
    const char *h = "Harbour Board Approves Plan\n\xC2\xA0\nThe board approved the plan on Monday.";
    const char *const wh[] = {"Harbour Board Approves Plan", "The board approved the plan on Monday.", NULL};
    expect_sentences(h, wh);
}

static void sentences_abbreviations(void **state)
{
    (void)state;
    const char *t = "Mr. Olsen met Dr. Reyes in St. Ives on Jan. 4 at 9 a.m. local time. "
                    "Gen. Aldo Ferri left the U.S. Navy in 2019. "
                    "J. R. R. Tolkien wrote it. Prices rose 2.5 percent.";
    const char *const want[] = {"Mr. Olsen met Dr. Reyes in St. Ives on Jan. 4 at 9 a.m. local time.",
                                "Gen. Aldo Ferri left the U.S. Navy in 2019.", "J. R. R. Tolkien wrote it.",
                                "Prices rose 2.5 percent.", NULL};
    expect_sentences(t, want);
    /* an abbreviation ending a hyphenated name; a word before the hyphen
     * that only looks like one still ends its sentence */
    const char *h = "Two climbers died in the Varn-Mt. Osk park on Friday. They fell from the ridge-top. "
                    "Rescuers came.";
    const char *const want_h[] = {"Two climbers died in the Varn-Mt. Osk park on Friday.",
                                  "They fell from the ridge-top.", "Rescuers came.", NULL};
    expect_sentences(h, want_h);
}

static void sentences_ellipses_and_quotes(void **state)
{
    (void)state;
    const char *t = "He paused... and went on. It ended… Then silence.";
    const char *const want[] = {"He paused... and went on.", "It ended…", "Then silence.", NULL};
    expect_sentences(t, want);
    const char *q = "\"We will rebuild the bridge.\" The mayor smiled. “Nobody will stop us.” she said. Done.";
    const char *const wq[] = {"\"We will rebuild the bridge.\"", "The mayor smiled.",
                              "“Nobody will stop us.” she said.", "Done.", NULL};
    expect_sentences(q, wq);
    const char *r = "“The talks are over.” Ferri said. Then he left.";
    const char *const wr[] = {"“The talks are over.” Ferri said.", "Then he left.", NULL};
    expect_sentences(r, wr);
    /* an attribution that goes on with "that" reports more: its own sentence */
    const char *m = "“We can sign it tomorrow.” He added that the gauges would open in May. Done.";
    const char *const wm[] = {"“We can sign it tomorrow.”", "He added that the gauges would open in May.", "Done.",
                              NULL};
    expect_sentences(m, wm);
    /* "that" pointing at a time is no reported clause */
    const char *e = "“We can sign it tomorrow.” Ferri said that evening. Done.";
    const char *const we[] = {"“We can sign it tomorrow.” Ferri said that evening.", "Done.", NULL};
    expect_sentences(e, we);
    const char *tw = "“We can sign it tomorrow.” Ferri said that time was short. Done.";
    const char *const wtw[] = {"“We can sign it tomorrow.”", "Ferri said that time was short.", "Done.", NULL};
    expect_sentences(tw, wtw);
}

static void sentence_at_finds_index(void **state)
{
    (void)state;
    np_span s[3] = {{0, 5}, {6, 10}, {12, 20}};
    assert_int_equal(np_sentence_at(s, 3, 0), 0);
    assert_int_equal(np_sentence_at(s, 3, 7), 1);
    assert_int_equal(np_sentence_at(s, 3, 11), 1);
    assert_int_equal(np_sentence_at(s, 3, 19), 2);
    assert_int_equal(np_sentence_at(NULL, 0, 3), -1);
}

/* np_spans_first_at over spans and over tokens (start not the only
 * field): the first starting at or after the offset, n past the last. */
static void first_span_at_or_after(void **state)
{
    (void)state;
    const np_span sp[] = {{0, 4}, {5, 9}, {10, 14}};
    assert_int_equal(np_spans_first_at(sp, 3, sizeof *sp, offsetof(np_span, start), 0), 0);
    assert_int_equal(np_spans_first_at(sp, 3, sizeof *sp, offsetof(np_span, start), 1), 1);
    assert_int_equal(np_spans_first_at(sp, 3, sizeof *sp, offsetof(np_span, start), 10), 2);
    assert_int_equal(np_spans_first_at(sp, 3, sizeof *sp, offsetof(np_span, start), 11), 3);
    assert_int_equal(np_spans_first_at(sp, 0, sizeof *sp, offsetof(np_span, start), 0), 0);
    np_arena a;
    np_arena_init(&a, 0);
    const char *text = "Gulls circle the quay";
    np_token *t;
    size_t n;
    assert_int_equal(np_tokenize(text, strlen(text), NULL, &a, &t, &n), NP_OK);
    assert_int_equal(n, 4);
    assert_int_equal(np_tok_at_or_after(t, n, 6), 1);  /* "circle" starts at 6 */
    assert_int_equal(np_tok_at_or_after(t, n, 7), 2);  /* inside it: the next word */
    assert_int_equal(np_tok_at_or_after(t, n, 21), 4); /* past the last */
    np_arena_free(&a);
}

/* One stemmer asked the same words again and again (its memo of stems
 * made) answers as a fresh stemmer does each time, whatever the words that
 * share its memo's slots, long words and possessives too. */
static void stems_repeat(void **state)
{
    (void)state;
    static const char *const words[] = {"negotiations", "negotiated", "running", "runs", "ran", "flooding",
                                        "floods", "internationalisation", "counterterrorisms", "putin's",
                                        "leaders'", "relational", "generously", "a", "is", "x"};
    np_stemmer *memo = np_stemmer_new();
    assert_non_null(memo);
    np_arena a;
    np_arena_init(&a, 0);
    char w[32];
    for (int round = 0; round < 3; round++) {
        /* a reference that sees each word once: no memo answers it */
        np_stemmer *fresh = np_stemmer_new();
        assert_non_null(fresh);
        for (int i = 0; i < 6000; i++) {
            /* the listed words, then 6,000 made-up ones over every slot */
            int n = snprintf(w, sizeof w, "word%dings", i * 7919 % 100003);
            const char *word = i < 16 ? words[i] : w;
            size_t len = i < 16 ? strlen(word) : (size_t)n;
            const char *x = np_stem(memo, word, len, &a), *y = np_stem(fresh, word, len, &a);
            assert_non_null(x);
            assert_non_null(y);
            assert_string_equal(x, y);
        }
        np_stemmer_free(fresh);
    }
    np_arena_free(&a);
    np_stemmer_free(memo);
}

static void tokens_offsets_fold_stem(void **state)
{
    (void)state;
    np_arena a;
    np_arena_init(&a, 0);
    np_stemmer *st = np_stemmer_new();
    assert_non_null(st);
    const char *t = "Zelenskyy’s Café negotiations, 115,600 troops; the 600,000-member ÉLITE";
    np_token *tk;
    size_t n;
    assert_int_equal(np_tokenize(t, strlen(t), st, &a, &tk, &n), NP_OK);
    assert_int_equal(n, 9);
    assert_string_equal(tk[0].norm, "zelenskyy's");
    assert_string_equal(tk[0].stem, "zelenskyy");
    assert_memory_equal(t + tk[0].start, "Zelenskyy’s", tk[0].end - tk[0].start);
    assert_true(tk[0].flags & NP_TOK_CAP);
    assert_string_equal(tk[1].norm, "cafe");
    assert_string_equal(tk[2].stem, "negoti");
    assert_string_equal(tk[3].norm, "115,600");
    assert_true(tk[3].flags & NP_TOK_NUMBER);
    assert_true(tk[5].flags & NP_TOK_STOP);
    assert_false(tk[5].flags & NP_TOK_CONTENT);
    assert_true(tk[4].flags & NP_TOK_CONTENT);
    assert_string_equal(tk[6].norm, "600,000");
    assert_string_equal(tk[7].norm, "member");
    assert_string_equal(tk[8].norm, "elite");
    assert_true(tk[8].flags & NP_TOK_ALLCAPS);
    size_t fl;
    char *f = np_text_fold("“Don’t” — STOP", strlen("“Don’t” — STOP"), &a, &fl);
    assert_string_equal(f, "\"don't\" - stop");
    f = np_text_fold("AB\xC3\xA9\xFF", 5, &a, &fl); /* invalid UTF-8: byte copy */
    assert_non_null(f);
    assert_int_equal(fl, 5);
    assert_true(np_is_stopword("the", 3));
    assert_false(np_is_stopword("said", 4));
    np_stemmer_free(st);
    np_stemmer_free(NULL);
    np_arena_free(&a);
}

static void lexicon_lists(void **state)
{
    (void)state;
    assert_true(np_lex_self_check());
    assert_true(np_lex_is_title_word("President", 9));
    assert_true(np_lex_is_title_word("envoy", 5));
    assert_true(np_lex_is_speech_verb("emphasised", 10));
    assert_true(np_lex_is_speech_verb("reiterated", 10));
    assert_false(np_lex_is_speech_verb("walked", 6));
    /* adverbs in "-ly", not the nouns, verbs and adjectives so spelt */
    assert_true(np_lex_is_ly_adverb("repeatedly", 10));
    assert_true(np_lex_is_ly_adverb("likely", 6));
    assert_false(np_lex_is_ly_adverb("only", 4));
    assert_false(np_lex_is_ly_adverb("family", 6));
    assert_false(np_lex_is_ly_adverb("Supply", 6));
    assert_false(np_lex_is_ly_adverb("elderly", 7));
    /* verbs that attribute a quotation but are nouns or event words too:
     * for finding speakers only, not for the story's vectors or verbs */
    assert_false(np_lex_is_speech_verb("answer", 6));
    assert_false(np_lex_is_speech_verb("dismissed", 9));
    assert_true(np_lex_is_attribution_verb("answer", 6));
    assert_true(np_lex_is_attribution_verb("dismissed", 9));
    assert_true(np_lex_is_attribution_verb("said", 4));
    assert_false(np_lex_is_attribution_verb("walked", 6));
    assert_true(np_lex_is_org_word("Ministry", 8));
    assert_int_equal(np_lex_month("Sept", 4), 9);
    assert_int_equal(np_lex_month("November", 8), 11);
    assert_int_equal(np_lex_weekday("Thursday", 8), 4);
    assert_int_equal(np_lex_number_word("eight", 5), 8);
    assert_int_equal(np_lex_number_word("ninety", 6), 90);
    assert_int_equal(np_lex_ordinal_word("fourth", 6), 4);
    assert_int_equal(np_lex_pronoun("She", 3), 1);
    assert_true(np_lex_is_abbrev("Gen", 3));
}

static void gazetteer_builtin_and_wordnet(void **state)
{
    (void)state;
    np_gazetteer *g = np_gazetteer_builtin(NULL);
    assert_non_null(g);
    assert_true(np_gazetteer_has(g, "Kyrgyzstan", 10));
    assert_true(np_gazetteer_has(g, "New Zealand", 11));
    assert_false(np_gazetteer_has(g, "Ferri", 5));
    np_gazetteer_free(g);
    g = np_gazetteer_load("/nonexistent-dir", NULL);
    assert_non_null(g);
    assert_true(np_gazetteer_has(g, "Bishkek", 7));
    np_gazetteer_free(g);
    g = np_gazetteer_load(NULL, NULL);
    assert_non_null(g);
    if (np_gazetteer_size(g) > 1000) /* WordNet present */
        assert_true(np_gazetteer_has(g, "Mombasa", 7));
    np_gazetteer_free(g);
    np_gazetteer_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sentences_basic_and_paragraphs),
        cmocka_unit_test(sentences_abbreviations),
        cmocka_unit_test(sentences_ellipses_and_quotes),
        cmocka_unit_test(sentence_at_finds_index),
        cmocka_unit_test(first_span_at_or_after),
        cmocka_unit_test(tokens_offsets_fold_stem),
        cmocka_unit_test(stems_repeat),
        cmocka_unit_test(lexicon_lists),
        cmocka_unit_test(gazetteer_builtin_and_wordnet),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
