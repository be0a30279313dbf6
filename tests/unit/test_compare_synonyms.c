/*
 * tests/unit/test_compare_synonyms.c — WordNet lookups of compare/synonyms.c
 * for words that are not lemmas: a plural is looked up through its singular
 * (WordNet's own detachment rules), so it joins the synonym class of its
 * lemma; a word that only looks plural does not.  Skipped without WordNet.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "testutil.h"

#include "compare/brief_internal.h"

#define WN_DIR "/usr/share/wordnet"

static int have_wordnet(void)
{
    struct stat sb;
    return stat(WN_DIR "/index.noun", &sb) == 0;
}

/* The plural's keys are exactly its singular's (nonzero). */
static void expect_singular(const np_wn_senses *wn, const char *plural, const char *singular)
{
    uint64_t a[NP_WN_MAX_KEYS], b[NP_WN_MAX_KEYS];
    size_t na = np_wn_plural_keys(wn, plural, strlen(plural), a, NP_WN_MAX_KEYS);
    size_t nb = np_wn_senses_get(wn, singular, strlen(singular), b, NP_WN_MAX_KEYS);
    if (na == 0 || na != nb || memcmp(a, b, na * sizeof *a) != 0)
        fail_msg("%s: %zu keys, %s: %zu keys", plural, na, singular, nb);
}

static void test_plural_to_singular(void **state)
{
    (void)state;
    if (!have_wordnet())
        skip();
    np_wn_senses *wn = np_wn_senses_load(WN_DIR);
    assert_non_null(wn);
    expect_singular(wn, "studies", "study");     /* -ies: the stem "studi" is no word */
    expect_singular(wn, "ferries", "ferry");
    expect_singular(wn, "reflexes", "reflex");   /* -xes */
    expect_singular(wn, "churches", "church");   /* -ches */
    expect_singular(wn, "bushes", "bush");       /* -shes */
    expect_singular(wn, "fishermen", "fisherman"); /* -men */
    expect_singular(wn, "promises", "promise");  /* -es -> -e, after "-ses" -> "promis" fails */
    expect_singular(wn, "harbours", "harbour");  /* -s */
    np_wn_senses_free(wn);
}

static void test_not_a_plural(void **state)
{
    (void)state;
    uint64_t k[NP_WN_MAX_KEYS];
    assert_int_equal(np_wn_plural_keys(NULL, "studies", 7, k, NP_WN_MAX_KEYS), 0);
    if (!have_wordnet())
        skip();
    np_wn_senses *wn = np_wn_senses_load(WN_DIR);
    assert_non_null(wn);
    /* "-ss" is no plural ending, whatever "glas" or "pres" might be */
    assert_int_equal(np_wn_plural_keys(wn, "glass", 5, k, NP_WN_MAX_KEYS), 0);
    assert_int_equal(np_wn_plural_keys(wn, "press", 5, k, NP_WN_MAX_KEYS), 0);
    /* no ending leaves a WordNet word */
    assert_int_equal(np_wn_plural_keys(wn, "qzvorbies", 9, k, NP_WN_MAX_KEYS), 0);
    assert_int_equal(np_wn_plural_keys(wn, "harbour", 7, k, NP_WN_MAX_KEYS), 0);
    /* too short to strip, too long for the buffer */
    assert_int_equal(np_wn_plural_keys(wn, "as", 2, k, NP_WN_MAX_KEYS), 0);
    char longw[80];
    memset(longw, 'a', sizeof longw - 2);
    longw[sizeof longw - 2] = 's';
    longw[sizeof longw - 1] = '\0';
    assert_int_equal(np_wn_plural_keys(wn, longw, strlen(longw), k, NP_WN_MAX_KEYS), 0);
    /* max bounds what is written */
    assert_true(np_wn_plural_keys(wn, "studies", 7, k, 1) <= 1);
    np_wn_senses_free(wn);
}

/* The first verb sense of form is the first of lemma's (nonzero). */
static void expect_verb(const np_wn_senses *wn, const char *form, const char *lemma)
{
    uint64_t a[NP_WN_MAX_KEYS], b[NP_WN_MAX_KEYS];
    size_t na = np_wn_verb_keys(wn, form, strlen(form), a, NP_WN_MAX_KEYS);
    size_t nb = np_wn_verb_keys(wn, lemma, strlen(lemma), b, NP_WN_MAX_KEYS);
    if (na == 0 || nb == 0 || a[0] != b[0] || (char)(a[0] >> 40) != 'v')
        fail_msg("%s: %zu verb keys, %s: %zu", form, na, lemma, nb);
}

/* A verb form finds its lemma's verb senses: irregular forms through
 * verb.exc, first even when the form is a word of its own ("left" the
 * adjective, "fell" the verb of cutting trees); regular ones by their
 * ending. */
static void test_verb_forms(void **state)
{
    (void)state;
    uint64_t k[NP_WN_MAX_KEYS];
    assert_int_equal(np_wn_verb_keys(NULL, "left", 4, k, NP_WN_MAX_KEYS), 0);
    if (!have_wordnet())
        skip();
    np_wn_senses *wn = np_wn_senses_load(WN_DIR);
    assert_non_null(wn);
    expect_verb(wn, "left", "leave");
    expect_verb(wn, "fell", "fall");
    expect_verb(wn, "rose", "rise");
    expect_verb(wn, "closed", "close");     /* -ed -> -e */
    expect_verb(wn, "stopped", "stop");     /* doubled consonant */
    expect_verb(wn, "arriving", "arrive");  /* -ing -> -e */
    expect_verb(wn, "carries", "carry");    /* -ies -> -y */
    expect_verb(wn, "signs", "sign");
    /* nouns and adjectives only: no verb sense */
    assert_int_equal(np_wn_verb_keys(wn, "mountain", 8, k, NP_WN_MAX_KEYS), 0);
    assert_int_equal(np_wn_verb_keys(wn, "qzvorbed", 8, k, NP_WN_MAX_KEYS), 0);
    assert_true(np_wn_verb_keys(wn, "left", 4, k, 1) == 1);
    np_wn_senses_free(wn);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plural_to_singular),
        cmocka_unit_test(test_not_a_plural),
        cmocka_unit_test(test_verb_forms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
