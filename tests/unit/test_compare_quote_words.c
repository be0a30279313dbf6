/*
 * tests/unit/test_compare_quote_words.c — the same quoted sentence in two
 * outlets' words (compare/quote_words.c), on sentences written for the test:
 * a re-cut sentence matches (word order swapped, a word added, "goodwill" /
 * "good will"), a piece of a longer sentence matches, while a common phrase
 * of a few words and another statement on the same subject do not.
 */
#include <string.h>

#include "testutil.h"

#include "compare/quote_words.h"
#include "core/arena.h"
#include "extract/analysis.h"

typedef struct two {
    np_arena ar;
    np_analysis a, b;
} two;

static void analyse(two *t, const char *x, const char *y)
{
    memset(t, 0, sizeof *t);
    np_arena_init(&t->ar, 0);
    assert_int_equal(np_analyze(x, strlen(x), "2025-05-12", NULL, NULL, &t->ar, &t->a), NP_OK);
    assert_int_equal(np_analyze(y, strlen(y), "2025-05-12", NULL, NULL, &t->ar, &t->b), NP_OK);
}

static int match(const char *x, const char *y)
{
    two t;
    analyse(&t, x, y);
    int m = np_qw_match(&t.a, 0, strlen(x), &t.b, 0, strlen(y));
    np_arena_free(&t.ar);
    return m;
}

static void test_recut_sentence_matches(void **state)
{
    (void)state;
    assert_true(match("The ferry should never have been sold to them", "the ferry should have never been sold to them"));
    assert_true(match("The ferry should have never been sold", "It was a bad bargain: the ferry should have never been sold"));
    assert_true(match("there is a lot of goodwill in the valley", "I believe there is a lot of good will in the valley"));
}

static void test_other_statement_apart(void **state)
{
    (void)state;
    /* a common phrase of a few words */
    assert_false(match("a bad deal", "It was a bad deal for the valley"));
    /* the same subject, another statement */
    assert_false(match("The ferry will sail again in the spring", "The ferry was sold to a company from Brask"));
    /* the same words in another order are no re-cut */
    assert_false(match("the council sold the ferry to the valley", "the valley sold the council to the ferry"));
    /* five words of six in order, but not the judgement they carry */
    assert_false(match("The ferry deal is a disaster", "The ferry deal is a terrible deal"));
    /* a longer sentence may lose one of its four content words */
    assert_true(match("the old ferry was sold to a company from Brask last spring",
                      "the ferry was sold to a company from Brask last spring"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_recut_sentence_matches),
        cmocka_unit_test(test_other_statement_apart),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
