/* Unit tests for cluster/: features, date arithmetic, online grouping. */
#include "testutil.h"

#include <string.h>

#include "cluster/features.h"
#include "cluster/grouper.h"
#include "core/doc.h"

static np_features feats(np_featurizer *fz, const char *title, const char *text, const char *date)
{
    np_doc *d = np_doc_new();
    np_doc_set(&d->title, title);
    np_doc_set(&d->text, text);
    np_doc_set(&d->published, date);
    np_features f;
    assert_int_equal(np_features_of_doc(fz, d, &f), NP_OK);
    np_doc_free(d);
    return f;
}

static void iso_day_counts_from_epoch(void **state)
{
    (void)state;
    assert_int_equal(np_iso_day("1970-01-01"), 0);
    assert_int_equal(np_iso_day("2000-03-01"), 11017);
    assert_int_equal(np_iso_day("2024-02-29") + 1, np_iso_day("2024-03-01"));
    assert_int_equal(np_iso_day("2025-11-27T10:00:00Z"), np_iso_day("2025-11-27"));
    assert_int_equal(np_iso_day("27 Nov 2025"), INT32_MIN);
    assert_int_equal(np_iso_day(NULL), INT32_MIN);
    assert_int_equal(np_iso_day("2025-13-01"), INT32_MIN);
}

static void features_stem_and_drop_function_words(void **state)
{
    (void)state;
    np_featurizer *fz;
    assert_int_equal(np_featurizer_new(&fz), NP_OK);
    np_features a = feats(fz, NULL, "The talks were talking about talk.", NULL);
    assert_int_equal(a.n, 1); /* talk/talks/talking one stem; the, were, about dropped */
    np_features b = feats(fz, NULL, "", NULL);
    assert_int_equal(b.n, 0);
    np_buf buf;
    np_buf_init(&buf, 0);
    assert_int_equal(np_features_encode(&a, &buf), NP_OK);
    np_features c;
    assert_int_equal(np_features_decode(buf.data, buf.len, &c), NP_OK);
    assert_int_equal(c.n, a.n);
    assert_true(c.terms[0].hash == a.terms[0].hash);
    np_features d;
    assert_int_equal(np_features_decode(buf.data, buf.len - 1, &d), NP_EPARSE);
    np_buf_free(&buf);
    np_features_free(&a);
    np_features_free(&b);
    np_features_free(&c);
    np_featurizer_free(fz);
}

static void grouper_joins_same_event_and_separates_others(void **state)
{
    (void)state;
    np_featurizer *fz;
    np_grouper *g;
    assert_int_equal(np_featurizer_new(&fz), NP_OK);
    assert_int_equal(np_grouper_new(NULL, &g), NP_OK);
    const char *texts[][2] = {
        {"Flood barrier fails in Marlow harbour",
         "The tidal flood barrier in Marlow harbour failed on Tuesday night, flooding the old "
         "quay and forcing the evacuation of forty homes, the harbour authority said."},
        {"Marlow quay flooded after barrier breakdown",
         "Forty homes on Marlow's old quay were evacuated after the harbour flood barrier broke "
         "down during Tuesday's storm tide, according to the harbour authority."},
        {"Striker Okafor joins Dunmore United",
         "Dunmore United signed striker Tomi Okafor on a three-year contract, the football club "
         "announced, ending weeks of transfer speculation."},
        {"Okafor signs for Dunmore",
         "Tomi Okafor has completed his transfer to Dunmore United, the club said, with the "
         "striker agreeing a three-year deal."},
    };
    int64_t story_of[4];
    int64_t next_story = 1;
    for (int i = 0; i < 4; i++) {
        np_features f = feats(fz, texts[i][0], texts[i][1], "2026-03-03");
        np_group_match m;
        assert_int_equal(np_grouper_match(g, &f, &m), NP_OK);
        story_of[i] = m.story_id ? m.story_id : next_story++;
        assert_int_equal(np_grouper_add(g, i + 1, story_of[i], &f), NP_OK);
        np_features_free(&f);
    }
    assert_true(story_of[0] == story_of[1]);
    assert_true(story_of[2] == story_of[3]);
    assert_true(story_of[0] != story_of[2]);
    /* an exact copy is a near-duplicate; a copy three weeks later is another story */
    np_features same = feats(fz, texts[0][0], texts[0][1], "2026-03-03");
    np_group_match m;
    assert_int_equal(np_grouper_match(g, &same, &m), NP_OK);
    assert_int_equal(m.duplicate_of, 1);
    np_features later = feats(fz, texts[0][0], texts[0][1], "2026-03-25");
    assert_int_equal(np_grouper_match(g, &later, &m), NP_OK);
    assert_int_equal(m.story_id, 0);
    np_features_free(&same);
    np_features_free(&later);
    np_grouper_free(g);
    np_featurizer_free(fz);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(iso_day_counts_from_epoch),
        cmocka_unit_test(features_stem_and_drop_function_words),
        cmocka_unit_test(grouper_joins_same_event_and_separates_others),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
