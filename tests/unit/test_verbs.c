/* Unit tests for article/verbs: inflected verb forms from WordNet's verbs.
 * Skipped (not failed) where WordNet is not installed; a missing WordNet
 * must then answer "no" everywhere. */
#include "testutil.h"

#include <string.h>

#include "article/verbs.h"

static int is_finite(const np_verbs *v, const char *w) { return np_verbs_is_finite(v, w, strlen(w)); }

static void finite_forms(void **state)
{
    (void)state;
    np_verbs *v = np_verbs_load(NULL, NULL);
    assert_non_null(v);
    if (!np_verbs_available(v)) {
        np_verbs_free(v);
        skip();
    }
    /* auxiliaries and contractions */
    assert_true(is_finite(v, "is"));
    assert_true(is_finite(v, "Were"));
    assert_true(is_finite(v, "can't"));
    assert_true(is_finite(v, "they\xE2\x80\x99re"));
    /* past forms: regular, doubled consonant, -ied, irregular */
    assert_true(is_finite(v, "walked"));
    assert_true(is_finite(v, "stopped"));
    assert_true(is_finite(v, "carried"));
    assert_true(is_finite(v, "met"));
    assert_true(is_finite(v, "took"));
    /* third person present */
    assert_true(is_finite(v, "says"));
    assert_true(is_finite(v, "marches"));
    assert_true(is_finite(v, "carries"));
    /* not finite: -ing forms, bare lemmas, nouns, names, the possessive */
    assert_false(is_finite(v, "waiting"));
    assert_false(is_finite(v, "walk"));
    assert_false(is_finite(v, "families"));
    assert_false(is_finite(v, "members"));
    assert_false(is_finite(v, "Walked"));
    assert_false(is_finite(v, "Trump's"));
    assert_true(np_verbs_is_lemma(v, "plan", 4));
    assert_false(np_verbs_is_lemma(v, "quickly", 7));
    np_verbs_free(v);
}

static void without_wordnet(void **state)
{
    (void)state;
    np_verbs *v = np_verbs_load("/nonexistent-wordnet-dir", NULL);
    assert_non_null(v);
    assert_false(np_verbs_available(v));
    assert_false(is_finite(v, "is"));
    assert_false(np_verbs_is_lemma(v, "plan", 4));
    np_verbs_free(v);
    np_verbs_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(finite_forms),
        cmocka_unit_test(without_wordnet),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
