/* Unit tests for article/lang: language guesses on short paragraphs written for
 * this test, unsure answers, name mapping, missing fingerprints. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <textcat.h>

#include "core/buf.h"
#include "article/lang.h"

static const char en_text[] =
    "The city council voted on Tuesday evening, after a long debate, to tear down the"
    " old bridge over the river next spring. The mayor said the structure had not "
    "been safe for years and that repairing it would cost far more than building a "
    "new one. Residents had spoken out against the plans at a meeting earlier in the "
    "week, saying they feared months of detours.";

static const char de_text[] =
    "Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die alte "
    "Brücke über den Fluss im kommenden Frühjahr abreißen zu lassen. Die "
    "Bürgermeisterin sagte, das Bauwerk sei seit Jahren nicht mehr sicher und eine "
    "Sanierung würde deutlich mehr kosten als ein Neubau. Anwohner hatten sich zuvor "
    "in einer Versammlung gegen die Pläne ausgesprochen, weil sie monatelange "
    "Umleitungen befürchten.";

static const char fr_text[] =
    "Le conseil municipal a décidé mardi soir, après un long débat, de démolir le "
    "vieux pont qui enjambe la rivière au printemps prochain. La maire a expliqué que"
    " l'ouvrage n'était plus sûr depuis des années et qu'une rénovation coûterait "
    "bien plus cher qu'une nouvelle construction. Des habitants s'étaient opposés au "
    "projet lors d'une réunion publique, craignant des mois de déviations.";

static const char es_text[] =
    "El ayuntamiento aprobó el martes por la noche, tras un largo debate, derribar el"
    " viejo puente sobre el río la próxima primavera. La alcaldesa dijo que la "
    "estructura no era segura desde hacía años y que repararla costaría mucho más que"
    " construir uno nuevo. Varios vecinos se habían manifestado en contra del plan "
    "durante una reunión celebrada a principios de semana, porque temen meses de "
    "desvíos.";

static const char ru_text[] =
    "Городской совет во вторник вечером после долгих споров решил снести старый мост "
    "через реку следующей весной. Мэр заявила, что сооружение уже много лет "
    "небезопасно, а его ремонт обойдётся гораздо дороже строительства нового. Жители "
    "выступили против этих планов на собрании в начале недели, опасаясь многомесячных"
    " объездов.";


/* The classifier, or NULL (test skipped) when libexttextcat's data is absent. */
static np_langid *load_or_skip(void)
{
    np_error e;
    np_error_clear(&e);
    np_langid *lid = np_langid_new(&e);
    if (!lid) {
        assert_int_equal(e.status, NP_ENOTFOUND);
        skip();
    }
    assert_true(np_langid_count(lid) > 50);
    return lid;
}

static void guess(np_langid *lid, const char *text, size_t len, const char *want)
{
    char code[8] = "junk";
    assert_int_equal(np_langid_guess(lid, text, len, code), NP_OK);
    assert_string_equal(code, want);
}

static void paragraphs_get_their_language(void **state)
{
    (void)state;
    np_langid *lid = load_or_skip();
    /* twice each: the second run starts from a different last winner */
    for (int round = 0; round < 2; round++) {
        guess(lid, en_text, sizeof en_text - 1, "en");
        guess(lid, de_text, sizeof de_text - 1, "de");
        guess(lid, fr_text, sizeof fr_text - 1, "fr");
        guess(lid, es_text, sizeof es_text - 1, "es");
        guess(lid, ru_text, sizeof ru_text - 1, "ru");
    }
    np_langid_free(lid);
}

static void too_little_text_is_unsure(void **state)
{
    (void)state;
    np_langid *lid = load_or_skip();
    guess(lid, "", 0, "");
    guess(lid, NULL, 0, "");
    guess(lid, "Yes.", 4, "");
    const char *digits = "2026-11-25 14:30 +01:00 | 1 234 567 | 89.5% | #42 >>> 7/8";
    guess(lid, digits, strlen(digits), "");
    /* only the given length counts, not the rest of the buffer */
    guess(lid, de_text, 12, "");
    char code[8];
    assert_int_equal(np_langid_guess(NULL, "text", 4, code), NP_EINVAL);
    assert_string_equal(code, "");
    np_langid_free(lid);
}

static void long_text_is_sampled_at_a_character_boundary(void **state)
{
    (void)state;
    np_langid *lid = load_or_skip();
    /* Cyrillic is two bytes a letter: some repetition ends mid-character at
     * the sample size; that must neither crash nor change the answer. */
    np_buf b;
    np_buf_init(&b, 0);
    for (int i = 0; i < 12; i++) {
        if (i % 2)
            assert_int_equal(np_buf_append(&b, "x", 1), NP_OK);
        assert_int_equal(np_buf_append(&b, ru_text, sizeof ru_text - 1), NP_OK);
        assert_int_equal(np_buf_append(&b, " ", 1), NP_OK);
    }
    for (size_t shift = 0; shift < 3; shift++)
        guess(lid, b.data + shift, b.len - shift, "ru");
    np_buf_free(&b);
    np_langid_free(lid);
}

static void odd_inputs_are_handled(void **state)
{
    (void)state;
    np_langid *lid = load_or_skip();
    char buf[5000], code[8];
    /* one 5000-byte "word" */
    memset(buf, 'x', sizeof buf);
    assert_int_equal(np_langid_guess(lid, buf, sizeof buf, code), NP_OK);
    /* pseudo-random printable bytes: more distinct n-grams than the table keeps */
    unsigned x = 12345;
    for (size_t i = 0; i < sizeof buf; i++) {
        x = x * 1103515245u + 12345u;
        buf[i] = (char)(33 + (x >> 16) % 94);
    }
    assert_int_equal(np_langid_guess(lid, buf, sizeof buf, code), NP_OK);
    assert_string_equal(code, "");
    /* bytes that are not UTF-8, a lead byte cut at the end, separators only */
    const char bad[] = "\xff\xfe caf\xc3\xa9 \xe2\x80 stra\xc3\x9f\xc3";
    assert_int_equal(np_langid_guess(lid, bad, sizeof bad - 1, code), NP_OK);
    const char seps[] = " \t\n\r 0123456789 \v\f ";
    assert_int_equal(np_langid_guess(lid, seps, sizeof seps - 1, code), NP_OK);
    assert_string_equal(code, "");
    /* a long English text gives the same answer every time (scratch reuse) */
    for (int i = 0; i < 3; i++)
        guess(lid, en_text, sizeof en_text - 1, "en");
    np_langid_free(lid);
}

/* Same method, same models: the answers must be libexttextcat's own. */
static void agrees_with_textcat_classify(void **state)
{
    (void)state;
    np_langid *lid = load_or_skip();
    void *tc = special_textcat_Init("/usr/share/libexttextcat/fpdb.conf", "/usr/share/libexttextcat/");
    if (!tc) {
        np_langid_free(lid);
        skip();
    }
    const char *texts[] = {en_text, de_text, fr_text, es_text, ru_text};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        char ours[8], theirs[8];
        assert_int_equal(np_langid_guess(lid, texts[i], strlen(texts[i]), ours), NP_OK);
        const char *r = textcat_Classify(tc, texts[i], strlen(texts[i]));
        assert_non_null(r);
        assert_int_equal(r[0], '[');
        assert_true(np_langid_code_of(r + 1, theirs));
        assert_string_equal(ours, theirs);
    }
    textcat_Done(tc);
    np_langid_free(lid);
}

static void textcat_names_map_to_iso_codes(void **state)
{
    (void)state;
    char c[8];
    assert_true(np_langid_code_of("en--utf8", c));
    assert_string_equal(c, "en");
    assert_true(np_langid_code_of("zh-CN-utf8", c));
    assert_string_equal(c, "zh");
    assert_true(np_langid_code_of("az-cyrillic-utf8", c));
    assert_string_equal(c, "az");
    assert_true(np_langid_code_of("DE", c));
    assert_string_equal(c, "de");
    assert_true(np_langid_code_of("english", c));
    assert_string_equal(c, "en");
    assert_true(np_langid_code_of("russian-koi8_r", c));
    assert_string_equal(c, "ru");
    assert_false(np_langid_code_of("sco--utf8", c));
    assert_string_equal(c, "");
    assert_false(np_langid_code_of("haw-utf8", c));
    assert_false(np_langid_code_of("", c));
    assert_false(np_langid_code_of(NULL, c));
}

static void missing_or_empty_fingerprint_lists_are_reported(void **state)
{
    (void)state;
    np_error e;
    np_error_clear(&e);
    assert_null(np_langid_open("/nonexistent/fpdb.conf", &e));
    assert_int_equal(e.status, NP_ENOTFOUND);
    char *dir = np_test_tmpdir();
    char path[4096];
    snprintf(path, sizeof path, "%s/fpdb.conf", dir);
    const char conf[] = "# only comments, a language without a code and a missing file\n"
                        "sco.lm sco--utf8\n"
                        "xx.lm  en--utf8\n"
                        "lonely-token\n";
    assert_int_equal(np_test_write_file(path, conf, sizeof conf - 1), 0);
    np_error_clear(&e);
    assert_null(np_langid_open(path, &e));
    assert_int_equal(e.status, NP_ENOTFOUND);
    unlink(path);
    rmdir(dir);
    free(dir);
    np_langid_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(paragraphs_get_their_language),
        cmocka_unit_test(too_little_text_is_unsure),
        cmocka_unit_test(long_text_is_sampled_at_a_character_boundary),
        cmocka_unit_test(odd_inputs_are_handled),
        cmocka_unit_test(agrees_with_textcat_classify),
        cmocka_unit_test(textcat_names_map_to_iso_codes),
        cmocka_unit_test(missing_or_empty_fingerprint_lists_are_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
