/* Unit tests for cluster/: features, date arithmetic, online grouping. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "cluster/agglo.h"
#include "cluster/features.h"
#include "cluster/grouper.h"
#include "core/doc.h"
#include "core/mem.h"

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

static int holds(const np_features *f, uint64_t hash)
{
    for (uint32_t i = 0; i < f->n; i++)
        if (f->terms[i].hash == hash)
            return 1;
    return 0;
}

/* A figure and the word it counts make one name term: reports of one event
 * share it, a report of another event with another figure does not. */
static void features_keep_figures_with_what_they_count(void **state)
{
    (void)state;
    np_featurizer *fz;
    assert_int_equal(np_featurizer_new(&fz), NP_OK);
    np_features a = feats(fz, NULL, "The navy detained 14 smugglers near the reef.", NULL);
    np_features b = feats(fz, NULL, "Coast guards said 14 smugglers were held.", NULL);
    np_features c = feats(fz, NULL, "The navy detained 30 smugglers near the reef.", NULL);
    np_features d = feats(fz, NULL, "The navy detained smugglers near the reef.", NULL);
    np_features e = feats(fz, NULL, "The navy counted 14. Smugglers fled the reef.", NULL);
    assert_int_equal(a.n, d.n + 1);
    assert_int_equal(c.n, a.n);
    uint32_t only_a = 0;
    uint64_t fig = 0;
    for (uint32_t i = 0; i < a.n; i++)
        if (!holds(&c, a.terms[i].hash)) {
            only_a++;
            fig = a.terms[i].hash;
        }
    assert_int_equal(only_a, 1); /* "14 smugglers" against "30 smugglers" */
    assert_true(fig & NP_TERM_NAME);
    assert_true(holds(&b, fig));
    assert_false(holds(&e, fig)); /* a sentence end parts a figure from the next word */
    np_features_free(&a);
    np_features_free(&b);
    np_features_free(&c);
    np_features_free(&d);
    np_features_free(&e);
    np_featurizer_free(fz);
}

/* Place one batch; stories are numbered from *next_story on; story[i]
 * receives each document's story.  Returns the number of merges. */
static size_t place(np_grouper *g, np_features *fs, const int64_t *ids, size_t n,
                    int64_t *next_story, int64_t *story, np_group_place *out)
{
    np_group_merge *mg = NULL;
    size_t n_mg = 0;
    for (size_t i = 0; i < n; i++)
        np_grouper_observe(g, &fs[i]);
    assert_int_equal(np_grouper_place(g, fs, ids, n, out, &mg, &n_mg), NP_OK);
    int64_t base = *next_story;
    for (size_t k = 0; k < n_mg; k++)
        assert_int_equal(np_grouper_merge(g, mg[k].from, mg[k].into), NP_OK);
    for (size_t i = 0; i < n; i++) {
        story[i] = out[i].story_id ? out[i].story_id : base + out[i].new_story - 1;
        if (story[i] >= *next_story)
            *next_story = story[i] + 1;
        assert_int_equal(np_grouper_add(g, ids[i], story[i], &fs[i]), NP_OK);
    }
    np_free(mg);
    return n_mg;
}

/* Filler reports on unrelated subjects, so that document frequencies mean
 * something (as in a real stream). */
static const char *const filler[][2] = {
    {"Bakery wins regional bread award", "A family bakery in Tollerby won the regional bread award for its rye loaf, judges said on Monday."},
    {"Council approves new cycle lanes", "The city council approved four kilometres of cycle lanes along the river road after a long debate."},
    {"Museum reopens after renovation", "The maritime museum of Caskport reopened its doors after two years of renovation of the old customs hall."},
    {"Chess prodigy takes national title", "A fourteen-year-old from Wendham took the national chess title with a round to spare."},
    {"Orchestra announces winter season", "The Pellbridge orchestra announced a winter season of twelve concerts, opening with a new symphony."},
    {"Rail strike called off", "Train drivers called off next week's strike after the operator improved its pay offer."},
};

/* Group five reports of one event (published 2011-06-14) among six
 * unrelated ones; asserts they form one story and returns its id. */
static int64_t five_reports_among_fillers(np_featurizer *fz, np_grouper *g, const char *(*docs)[2],
                                          int64_t *next)
{
    enum { N = 5 + 6 };
    np_features fs[N];
    int64_t ids[N], story[N];
    np_group_place out[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i + 1;
        fs[i] = i < 5 ? feats(fz, docs[i][0], docs[i][1], "2011-06-14")
                      : feats(fz, filler[i - 5][0], filler[i - 5][1], "2011-06-14");
    }
    place(g, fs, ids, N, next, story, out);
    for (int i = 1; i < 5; i++)
        assert_true(story[i] == story[0]);
    for (int i = 0; i < N; i++)
        np_features_free(&fs[i]);
    return story[0];
}

static void grouper_separates_two_earthquakes(void **state)
{
    (void)state;
    np_featurizer *fz;
    np_grouper *g;
    assert_int_equal(np_featurizer_new(&fz), NP_OK);
    assert_int_equal(np_grouper_new(NULL, &g), NP_OK);
    const char *docs[][3] = {
        {"Earthquake of magnitude 6.1 strikes Varnossa", "A magnitude 6.1 earthquake struck the mountain town of Varnossa, collapsing the bell tower of San Edo and killing three people, the civil protection agency said.", "2026-04-02"},
        {"Varnossa quake kills three", "Three people died in Varnossa when the bell tower of San Edo fell during a strong earthquake, rescuers from the civil protection agency said.", "2026-04-02"},
        {"Strong earthquake rocks Kelmar coast", "An earthquake of magnitude 5.4 shook the fishing port of Kelmar, damaging the harbour wall and the lighthouse, the coast guard reported.", "2026-09-14"},
        {"Kelmar harbour wall damaged by quake", "The harbour wall and the old lighthouse of Kelmar were damaged when an earthquake hit the port, the coast guard said.", "2026-09-15"},
    };
    enum { N = 4 + 6 };
    np_features fs[N];
    int64_t ids[N], story[N], next = 1;
    np_group_place out[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i + 1;
        fs[i] = i < 4 ? feats(fz, docs[i][0], docs[i][1], docs[i][2])
                      : feats(fz, filler[i - 4][0], filler[i - 4][1], "2026-04-02");
    }
    place(g, fs, ids, N, &next, story, out);
    assert_true(story[0] == story[1]);
    assert_true(story[2] == story[3]);
    assert_true(story[0] != story[2]);
    for (int i = 4; i < N; i++)
        assert_true(story[i] != story[0] && story[i] != story[2]);
    for (int i = 0; i < N; i++)
        np_features_free(&fs[i]);
    np_grouper_free(g);
    np_featurizer_free(fz);
}

/* Two earthquakes in one country, years apart, told without publication
 * dates: the country, the agency and the words of a quake are shared, the
 * towns, magnitudes and tolls are not.  Two stories. */
static void undated_quakes_of_one_country_are_two_stories(void **state)
{
    (void)state;
    np_featurizer *fz;
    np_grouper *g;
    assert_int_equal(np_featurizer_new(&fz), NP_OK);
    assert_int_equal(np_grouper_new(NULL, &g), NP_OK);
    const char *docs[][2] = {
        {"Quake in Norvania kills 12", "A magnitude 6.8 earthquake struck the Norvania highlands near the town of Brelk, killing 12 people and destroying 40 homes, the Norvania seismic institute said. Rescue teams searched the rubble in Brelk through the night."},
        {"Brelk earthquake toll rises", "Rescuers in Brelk pulled survivors from collapsed homes after the Norvania earthquake killed 12 people. The seismic institute measured the quake at 6.8 and warned of aftershocks around Brelk."},
        {"Aftershocks rattle Brelk after deadly quake", "Strong aftershocks shook Brelk a day after the earthquake that killed 12 people in the Norvania highlands. Families from Brelk slept in tents outside their damaged homes."},
        {"Earthquake hits Norvania coast, 3 dead", "An earthquake of magnitude 5.2 hit the Norvania coast near the port of Sadov, killing 3 people and cracking the harbour pier, the Norvania seismic institute said. Ferries from Sadov were halted."},
        {"Sadov port damaged in Norvania quake", "The harbour pier of Sadov cracked when the Norvania earthquake of magnitude 5.2 struck, and 3 people died in the old town of Sadov. Ferries stayed in port while engineers inspected the pier."},
        {"Sadov reopens ferry pier after earthquake", "Engineers reopened the ferry pier of Sadov on the Norvania coast after the earthquake that killed 3 people. The seismic institute said the quake reached 5.2."},
    };
    enum { N = 6 + 6 };
    np_features fs[N];
    int64_t ids[N], story[N], next = 1;
    np_group_place out[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i + 1;
        fs[i] = i < 6 ? feats(fz, docs[i][0], docs[i][1], NULL)
                      : feats(fz, filler[i - 6][0], filler[i - 6][1], NULL);
    }
    place(g, fs, ids, N, &next, story, out);
    assert_true(story[0] == story[1] && story[1] == story[2]);
    assert_true(story[3] == story[4] && story[4] == story[5]);
    assert_true(story[0] != story[3]);
    for (int i = 0; i < N; i++)
        np_features_free(&fs[i]);
    np_grouper_free(g);
    np_featurizer_free(fz);
}

/* Two firings of one club's head coach, years apart and told without dates:
 * the reports of both share the club, the city and the vocabulary of a
 * sacking; each names its own coach, successor and executive.  With the
 * actor test on and off, they are two stories, and the test splits neither
 * (the blocking itself is shown on hand-written profiles below: in one batch
 * these reports join their own event long before any cross pair). */
static void two_coach_firings_of_one_club_are_two_stories(void **state)
{
    (void)state;
    static const char *const docs[][2] = {
        {"Gulls fire coach Lorne Vasko", "The Harbor City Gulls fired head coach Lorne Vasko after a run of eight losses. Assistant Dana Pirel will coach the Gulls through to the season's end, general manager Osric Telmont said."},
        {"Vasko out as Gulls coach", "Lorne Vasko was fired as the Harbor City Gulls' head coach; they have lost eight straight games. Dana Pirel takes over the Gulls on an interim basis, Osric Telmont announced."},
        {"Harbor City Gulls dismiss Vasko", "Osric Telmont dismissed head coach Lorne Vasko on Saturday with the Gulls losing eight in a row. Dana Pirel, his assistant, will lead the Gulls for the remaining games of the season."},
        {"Pirel named interim coach of the Gulls", "Dana Pirel was named interim head coach of the Harbor City Gulls after Lorne Vasko was fired. Osric Telmont said the Gulls needed a change after eight losses."},
        {"Gulls sack Vasko after losing streak", "The Gulls sacked Lorne Vasko, their head coach, following eight consecutive losses. Osric Telmont handed the team to Dana Pirel until the season ends in Harbor City."},
        {"Gulls fire coach Tomas Ebberly", "The Harbor City Gulls fired head coach Tomas Ebberly after a losing season. Former player Rik Halvard was hired as the new head coach of the Gulls, club president Wenna Scarle said."},
        {"Ebberly out, Halvard in as Gulls coach", "Tomas Ebberly was fired as the Harbor City Gulls' head coach. Wenna Scarle hired Rik Halvard, a former Gulls player, to coach the team next season."},
        {"Harbor City Gulls hire Halvard", "Rik Halvard became head coach of the Gulls after Wenna Scarle fired Tomas Ebberly following a losing season. Halvard played eight seasons for the Gulls."},
        {"Gulls dismiss Ebberly after one season", "Wenna Scarle dismissed head coach Tomas Ebberly after one losing season in Harbor City. The Gulls hired Rik Halvard to replace him."},
        {"Halvard returns to the Gulls as coach", "Rik Halvard returns to the Harbor City Gulls as head coach after the club fired Tomas Ebberly. Wenna Scarle called Halvard the right man for the Gulls."},
    };
    enum { E = 10, N = E + 6 };
    for (int on = 0; on < 2; on++) {
        np_featurizer *fz;
        np_grouper *g;
        np_grouper_opts o;
        np_grouper_opts_default(&o);
        if (!on)
            o.actor_min_docs = 0;
        assert_int_equal(np_featurizer_new(&fz), NP_OK);
        assert_int_equal(np_grouper_new(&o, &g), NP_OK);
        np_features fs[N];
        int64_t ids[N], story[N], next = 1;
        np_group_place out[N];
        for (int i = 0; i < N; i++) {
            ids[i] = i + 1;
            fs[i] = i < E ? feats(fz, docs[i][0], docs[i][1], NULL)
                          : feats(fz, filler[i - E][0], filler[i - E][1], NULL);
        }
        place(g, fs, ids, N, &next, story, out);
        for (int i = 1; i < 5; i++) {
            assert_true(story[i] == story[0]);
            assert_true(story[5 + i] == story[5]);
        }
        assert_true(story[0] != story[5]);
        for (int i = 0; i < N; i++)
            np_features_free(&fs[i]);
        np_grouper_free(g);
        np_featurizer_free(fz);
    }
}

/* One event told four times in nearly the same words (a tight group) and
 * once from another angle: the stray report links to the group under the
 * group's own cohesion, so average link alone leaves it apart; the second
 * phase attaches it, since it resembles no other group more.  A report of
 * another event in the same port stays apart. */
static void stray_report_joins_its_event(void **state)
{
    (void)state;
    const char *docs[][2] = {
        {"Ferry fire in Lunsk harbour, 40 rescued", "A fire broke out on the ferry Maren Star in Lunsk harbour and coast guard boats rescued 40 passengers, the Lunsk port authority said."},
        {"40 passengers rescued from burning ferry in Lunsk", "Forty people were taken off the burning Maren Star by coast guard crews after flames spread through the ferry at its Lunsk berth, port officials said."},
        {"Maren Star ferry fire: 40 rescued at Lunsk", "Coast guard launches brought 40 passengers ashore in Lunsk when the ferry Maren Star caught fire inside the harbour, according to the port authority."},
        {"Fire on ferry Maren Star, Lunsk rescues 40", "The Lunsk coast guard pulled 40 passengers from the Maren Star as fire swept the ferry in the harbour; the port authority confirmed the rescue."},
        {"Questions over safety checks after Maren Star blaze", "Inspectors will examine why the Maren Star's engine room alarms failed before the blaze. The ferry's owner, Brisa Lines, said its crews had trained for evacuations and praised the coast guard."},
        {"Lunsk to dredge its channel for cargo ships", "Mayor Ilse Varga said the Tovik Dredging company will deepen the channel of Lunsk from spring so that larger cargo ships can dock at the Orn quay."},
    };
    enum { N = 6 + 6 };
    for (int attach = 0; attach < 2; attach++) {
        np_featurizer *fz;
        np_grouper *g;
        np_grouper_opts o;
        np_grouper_opts_default(&o);
        if (!attach)
            o.attach_max_docs = 0;
        assert_int_equal(np_featurizer_new(&fz), NP_OK);
        assert_int_equal(np_grouper_new(&o, &g), NP_OK);
        np_features fs[N];
        int64_t ids[N], story[N], next = 1;
        np_group_place out[N];
        for (int i = 0; i < N; i++) {
            ids[i] = i + 1;
            fs[i] = i < 6 ? feats(fz, docs[i][0], docs[i][1], NULL)
                          : feats(fz, filler[i - 6][0], filler[i - 6][1], NULL);
        }
        place(g, fs, ids, N, &next, story, out);
        assert_true(story[0] == story[1] && story[1] == story[2] && story[2] == story[3]);
        assert_true(story[5] != story[0]);
        if (attach)
            assert_true(story[4] == story[0]);
        else
            assert_true(story[4] != story[0]); /* what the second phase is for */
        for (int i = 0; i < N; i++)
            np_features_free(&fs[i]);
        np_grouper_free(g);
        np_featurizer_free(fz);
    }
}

/* The agglomeration on a graph written by hand: a known story of 4
 * documents (mean pair similarity 0.5) and three batch documents. */
static void agglo_phases_and_survivor(void **state)
{
    (void)state;
    for (int attach = 0; attach < 2; attach++) {
        np_agglo_rules r = {.threshold = 0.15, .merge_threshold = 0.15, .cohesion = 0.55,
                            .max_days_apart = 7, .text_days_apart = 31,
                            .check_dates = 1, .attach_max_docs = attach ? 3 : 0,
                            .attach_threshold = 0.1, .attach_words = 0.03,
                            .attach_fresh = 1, .attach_known = 0.5};
        np_agglo *a;
        assert_int_equal(np_agglo_new(&r, &a), NP_OK);
        uint32_t d[3], st, found;
        for (int i = 0; i < 3; i++) {
            np_agglo_group doc = {0, 1, 0.0, {0, 0, 0, 0}, NULL, 0, {{0, 0}}, 0.0};
            np_day_span_init(&doc.days);
            np_day_span_add(&doc.days, 20000, 0);
            assert_int_equal(np_agglo_add(a, &doc, &d[i]), NP_OK);
        }
        np_agglo_group story = {7, 4, 3.0, {0, 0, 0, 0}, NULL, 0, {{0, 0}}, 0.0};
        np_day_span_init(&story.days);
        np_day_span_add(&story.days, 20001, 0);
        assert_int_equal(np_agglo_add(a, &story, &st), NP_OK);
        assert_true(np_agglo_story_node(a, 7, &found) && found == st);
        assert_false(np_agglo_story_node(a, 8, &found));
        /* d0: link 0.3 (>= 0.55 x 0.5), joins in the first phase */
        assert_int_equal(np_agglo_link(a, d[0], st, 4 * 0.3, 4 * 0.15), NP_OK);
        /* d1: link 0.12 after d0 joined (0.6 / 5): only the second phase */
        assert_int_equal(np_agglo_link(a, d[1], st, 0.6, 0.3), NP_OK);
        /* d2: the same link, all of it from names: never attached */
        assert_int_equal(np_agglo_link(a, d[2], st, 0.6, 0.01), NP_OK);
        assert_int_equal(np_agglo_run(a), NP_OK);
        assert_int_equal(np_agglo_root(a, d[0]), st); /* the story survives */
        assert_int_equal(np_agglo_story(a, np_agglo_root(a, d[0])), 7);
        assert_int_equal(np_agglo_root(a, d[1]), attach ? st : d[1]);
        assert_int_equal(np_agglo_root(a, d[2]), d[2]);
        np_agglo_free(a);
    }
    np_agglo_free(NULL);
}

/* Two clients' copies of one wire story (0.8 alike, under the MinHash bar
 * of a forced copy) and three other reports of the event (0.4 alike among
 * themselves, 0.35 with each copy): marked as copies (np_agglo_copies()),
 * the pair's likeness is not the group's tightness, and the reports and
 * the copies are one story.  Unmarked, 0.55 x 0.8 = 0.44 shuts the reports
 * out; a forced pair is a copy as well. */
static void agglo_copies_do_not_make_a_group_tight(void **state)
{
    (void)state;
    for (int how = 0; how < 3; how++) { /* 0 unmarked, 1 marked, 2 forced */
        np_agglo_rules r = {.threshold = 0.15, .merge_threshold = 0.15, .cohesion = 0.55,
                            .max_days_apart = 7, .text_days_apart = 31, .check_dates = 1,
                            .attach_max_docs = 1, .attach_threshold = 0.1, .attach_words = 0.03,
                            .attach_fresh = 1, .attach_known = 0.5};
        np_agglo *a;
        assert_int_equal(np_agglo_new(&r, &a), NP_OK);
        uint32_t d[5];
        for (int i = 0; i < 5; i++) {
            np_agglo_group doc = {0, 1, 0.0, {0, 0, 0, 0}, NULL, 0, {{0, 0}}, 0.0};
            np_day_span_init(&doc.days);
            np_day_span_add(&doc.days, 20000, 0);
            assert_int_equal(np_agglo_add(a, &doc, &d[i]), NP_OK);
        }
        if (how == 2) {
            assert_int_equal(np_agglo_force(a, d[1], d[0]), NP_OK);
        } else {
            assert_int_equal(np_agglo_link(a, d[0], d[1], 0.8, 0.4), NP_OK);
            if (how == 1)
                assert_int_equal(np_agglo_copies(a, d[1], d[0], 1), NP_OK);
        }
        for (int i = 2; i < 5; i++) {
            for (int j = i + 1; j < 5; j++)
                assert_int_equal(np_agglo_link(a, d[i], d[j], 0.4, 0.2), NP_OK);
            assert_int_equal(np_agglo_link(a, d[0], d[i], 0.35, 0.18), NP_OK);
            assert_int_equal(np_agglo_link(a, d[1], d[i], 0.35, 0.18), NP_OK);
        }
        assert_int_equal(np_agglo_run(a), NP_OK);
        assert_int_equal(np_agglo_root(a, d[0]), np_agglo_root(a, d[1]));
        assert_int_equal(np_agglo_root(a, d[2]), np_agglo_root(a, d[4]));
        if (how)
            assert_int_equal(np_agglo_root(a, d[0]), np_agglo_root(a, d[2]));
        else
            assert_int_not_equal(np_agglo_root(a, d[0]), np_agglo_root(a, d[2]));
        np_agglo_free(a);
    }
}

/* The same through the grouper: two clients' copies of one agency story
 * (they share most of their word triples) and three reports of the event
 * told from other angles.  Placed in one batch, or the copies first and
 * then each report alone (a known story of two copies, which a lone report
 * used to fail to reach): one story either way, apart from the fillers. */
static void wire_copies_and_other_reports_are_one_story(void **state)
{
    (void)state;
    const char *docs[][2] = {
        {"Tarnby lifts ban on night flights at Osk airport",
         "TARNBY, May 4 (Norpress) - The city council of Tarnby voted on Tuesday to lift its ban on night "
         "flights at Osk airport from July, overruling residents who had collected 12,000 signatures against "
         "the move. Mayor Runa Halvik said the airport needed the night slots to keep its cargo airlines, "
         "which had threatened to move to Brenna. The vote was 21 to 14. Opponents said they would appeal to "
         "the regional court. The airport handled 310,000 tonnes of freight last year, most of it at night "
         "before the ban."},
        {"Tarnby council votes to allow night flights at Osk",
         "TARNBY, May 4 (Norpress) - The city council of Tarnby voted on Tuesday to lift its ban on night "
         "flights at Osk airport from July, overruling residents who had gathered 12,000 signatures against "
         "it. Mayor Runa Halvik said the airport needed the night slots to keep its cargo carriers, which had "
         "threatened to move to Brenna. The vote was 21-14. Opponents said they would appeal to the regional "
         "court. The airport handled 310,000 tonnes of freight last year, most of it at night before the ban."},
        {"Velde residents vow to fight Osk night flights in court",
         "Families in the Velde district under the Osk flight path say they will sue Tarnby after councillors "
         "ended the night-flight ban. \"We will not sleep again,\" said Ebbe Stoltz, who organised the "
         "petition. Doctors in the district warned of noise and heart disease. Halvik said jobs at the cargo "
         "terminal came first."},
        {"Cargo airlines welcome Osk decision",
         "Freight carriers at Osk airport welcomed the Tarnby council decision to allow night landings again "
         "from July. The head of the airport's cargo terminal said two airlines had cancelled plans to leave "
         "for Brenna. The council's vote was close, with 14 members against. Residents have promised a legal "
         "challenge."},
        {"Night flights return to Osk as Halvik wins vote",
         "Mayor Runa Halvik won a council vote in Tarnby to bring back night flights at Osk airport, a "
         "reversal of the ban her predecessor imposed. The decision angered residents of Velde, who say the "
         "noise will keep thousands awake, and pleased the freight companies based at the airport."},
    };
    enum { N = 5 + 6 };
    for (int split = 0; split < 2; split++) {
        np_featurizer *fz;
        np_grouper *g;
        assert_int_equal(np_featurizer_new(&fz), NP_OK);
        assert_int_equal(np_grouper_new(NULL, &g), NP_OK);
        np_features fs[N];
        int64_t ids[N], story[N], next = 1;
        np_group_place out[N];
        for (int i = 0; i < N; i++) {
            ids[i] = i + 1;
            fs[i] = i < 5 ? feats(fz, docs[i][0], docs[i][1], "2026-05-04")
                          : feats(fz, filler[i - 5][0], filler[i - 5][1], "2026-05-04");
        }
        if (split) { /* the fillers and the copies, then one report at a time */
            place(g, fs + 5, ids + 5, N - 5, &next, story + 5, out + 5);
            place(g, fs, ids, 2, &next, story, out);
            for (int i = 2; i < 5; i++)
                place(g, fs + i, ids + i, 1, &next, story + i, out + i);
        } else {
            place(g, fs, ids, N, &next, story, out);
        }
        for (int i = 1; i < 5; i++)
            assert_true(story[i] == story[0]);
        for (int i = 5; i < N; i++)
            assert_true(story[i] != story[0]);
        for (int i = 0; i < N; i++)
            np_features_free(&fs[i]);
        np_grouper_free(g);
        np_featurizer_free(fz);
    }
}

/* Seven clients' copies of one agency story (each with two small edits of
 * its own), placed one at a time, then three other reports of the event:
 * more copies than the signatures a story keeps, still one story. */
static void many_copies_and_other_reports_are_one_story(void **state)
{
    (void)state;
    static const char *const slots[][2] = {
        {"voted on Tuesday", "decided on Tuesday"}, {"12,000 signatures", "twelve thousand signatures"},
        {"cargo airlines", "freight airlines"},     {"move to Brenna", "relocate to Brenna"},
        {"The vote was 21 to 14", "The vote ended 21-14"}, {"regional court", "district court"},
        {"310,000 tonnes", "310 thousand tonnes"},  {"most of it at night", "mostly at night"},
    };
    const char *wire =
        "TARNBY, May 4 (Norpress) - The city council of Tarnby voted on Tuesday to lift its ban on night flights at "
        "Osk airport from July, overruling residents who had collected 12,000 signatures against the move. Mayor "
        "Runa Halvik said the airport needed the night slots to keep its cargo airlines, which had threatened to "
        "move to Brenna. The vote was 21 to 14. Opponents said they would appeal to the regional court. The airport "
        "handled 310,000 tonnes of freight last year, most of it at night before the ban.";
    enum { COPIES = 7, N = COPIES + 3 + 6 };
    char text[COPIES][1024];
    for (int k = 0; k < COPIES; k++) {
        char a[1024], b[1024];
        snprintf(a, sizeof a, "%s", wire);
        for (int e = 0; e < 2; e++) {
            const char *const *sl = slots[(k + 3 * e) % 8];
            const char *at = strstr(a, sl[0]);
            assert_non_null(at);
            snprintf(b, sizeof b, "%.*s%s%s", (int)(at - a), a, sl[1], at + strlen(sl[0]));
            snprintf(a, sizeof a, "%s", b);
        }
        snprintf(text[k], sizeof text[k], "%s", a);
    }
    const char *reports[][2] = {
        {"Velde residents vow to fight Osk night flights in court",
         "Families in the Velde district under the Osk flight path say they will sue Tarnby after councillors ended "
         "the night-flight ban. Ebbe Stoltz, who organised the petition, said nobody would sleep again. Doctors in "
         "the district warned of noise and heart disease. Halvik said jobs at the cargo terminal came first."},
        {"Cargo airlines welcome Osk decision",
         "Freight carriers at Osk airport welcomed the Tarnby council decision to allow night landings again from "
         "July. The head of the airport's cargo terminal said two airlines had cancelled plans to leave for Brenna. "
         "The council's vote was close, with 14 members against. Residents have promised a legal challenge."},
        {"Night flights return to Osk as Halvik wins vote",
         "Mayor Runa Halvik won a council vote in Tarnby to bring back night flights at Osk airport, a reversal of "
         "the ban her predecessor imposed. The decision angered residents of Velde, who say the noise will keep "
         "thousands awake, and pleased the freight companies based at the airport."},
    };
    np_featurizer *fz;
    np_grouper *g;
    assert_int_equal(np_featurizer_new(&fz), NP_OK);
    assert_int_equal(np_grouper_new(NULL, &g), NP_OK);
    np_features fs[N];
    int64_t ids[N], story[N], next = 1;
    np_group_place out[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i + 1;
        fs[i] = i < COPIES       ? feats(fz, "Tarnby lifts ban on night flights at Osk airport", text[i], "2026-05-04")
                : i < COPIES + 3 ? feats(fz, reports[i - COPIES][0], reports[i - COPIES][1], "2026-05-04")
                                 : feats(fz, filler[i - COPIES - 3][0], filler[i - COPIES - 3][1], "2026-05-04");
    }
    place(g, fs + COPIES + 3, ids + COPIES + 3, 6, &next, story + COPIES + 3, out + COPIES + 3);
    for (int i = 0; i < COPIES + 3; i++)
        place(g, fs + i, ids + i, 1, &next, story + i, out + i);
    for (int i = 1; i < COPIES + 3; i++)
        assert_true(story[i] == story[0]);
    for (int i = COPIES + 3; i < N; i++)
        assert_true(story[i] != story[0]);
    for (int i = 0; i < N; i++)
        np_features_free(&fs[i]);
    np_grouper_free(g);
    np_featurizer_free(fz);
}

/* The actor test on a graph written by hand: two known stories of 5
 * documents each (mean pair similarity 0.4) linked at 0.3, well above the
 * threshold and the cohesion (0.55 x 0.4).  Both name the club and the
 * city (topic names); when each also has two people of its own that the
 * other never names, they are two events; sharing their people, one. */
static void agglo_own_actors_keep_events_apart(void **state)
{
    (void)state;
    /* names 1, 2: the topic's (all documents); 10, 11 and 20, 21: each
     * story's own people; 30: an outlet's name, in 400 pages of the stream */
    const np_name_count a_names[] = {{1, 5, 10}, {2, 5, 10}, {10, 4, 4}, {11, 5, 5}, {30, 5, 400}};
    const np_name_count b_own[] = {{1, 5, 10}, {2, 4, 10}, {20, 5, 5}, {21, 4, 4}, {30, 5, 400}};
    const np_name_count b_same[] = {{1, 5, 10}, {2, 4, 10}, {10, 3, 4}, {11, 4, 5}};
    const np_name_count b_outlet[] = {{1, 5, 10}, {2, 4, 10}, {10, 3, 4}, {11, 4, 5}, {31, 5, 400}, {32, 5, 400}};
    const np_name_count *bs[] = {b_own, b_same, b_outlet};
    const uint32_t nbs[] = {5, 4, 6};
    for (int k = 0; k < 3; k++) {
        np_agglo_rules r = {.threshold = 0.15, .merge_threshold = 0.15, .cohesion = 0.55,
                            .check_dates = 1, .actor_min_docs = 5, .actor_share = 0.6,
                            .actor_names = 2, .actor_spread = 3};
        np_agglo *a;
        assert_int_equal(np_agglo_new(&r, &a), NP_OK);
        np_agglo_group sa = {1, 5, 4.0, {0, 0, 0, 0}, a_names, 5, {{0, 0}}, 0.0};
        np_agglo_group sb = {2, 5, 4.0, {0, 0, 0, 0}, bs[k], nbs[k], {{0, 0}}, 0.0};
        np_day_span_init(&sa.days);
        np_day_span_init(&sb.days);
        uint32_t x, y;
        assert_int_equal(np_agglo_add(a, &sa, &x), NP_OK);
        assert_int_equal(np_agglo_add(a, &sb, &y), NP_OK);
        assert_int_equal(np_agglo_link(a, x, y, 25 * 0.3, 25 * 0.15), NP_OK);
        assert_int_equal(np_agglo_run(a), NP_OK);
        /* k 0: own people on both sides; 1: shared; 2: b's own names are
         * an outlet's boilerplate, named all over the stream */
        assert_int_equal(np_agglo_root(a, y), k == 0 ? y : x);
        np_agglo_free(a);
    }
}

/* The second phase takes a report published 40 days after a story (beyond
 * max_days_apart, within attach_days_apart) only when it names most of the
 * story's own actors: a follow-up (a trial, a sentence) of that event, not a
 * like event of other people. */
static void agglo_late_follow_up_names_the_actors(void **state)
{
    (void)state;
    const np_name_count story_names[] = {{1, 5, 6}, {2, 5, 6}, {3, 2, 9}};
    const np_name_count same[] = {{1, 1, 6}, {2, 1, 6}};
    const np_name_count other[] = {{3, 1, 9}, {4, 1, 1}};
    const np_name_count *late[] = {same, other};
    for (int k = 0; k < 2; k++) {
        for (int days = 7; days <= 92; days += 85) {
            np_agglo_rules r = {.threshold = 0.15, .merge_threshold = 0.15, .cohesion = 0.55,
                                .max_days_apart = 7, .text_days_apart = 31, .check_dates = 1,
                                .attach_max_docs = 3, .attach_days_apart = days,
                                .attach_threshold = 0.1, .attach_words = 0.03,
                                .attach_fresh = 1, .attach_known = 0.5, .actor_min_docs = 5,
                                .actor_share = 0.6, .actor_names = 2, .actor_spread = 3};
            np_agglo *a;
            assert_int_equal(np_agglo_new(&r, &a), NP_OK);
            np_agglo_group story = {9, 5, 4.0, {0, 0, 0, 0}, story_names, 3, {{0, 0}}, 0.0};
            np_day_span_init(&story.days);
            np_day_span_add(&story.days, 20000, 0);
            np_agglo_group doc = {0, 1, 0.0, {0, 0, 0, 0}, late[k], 2, {{0, 0}}, 0.0};
            np_day_span_init(&doc.days);
            np_day_span_add(&doc.days, 20040, 0);
            uint32_t st, d;
            assert_int_equal(np_agglo_add(a, &story, &st), NP_OK);
            assert_int_equal(np_agglo_add(a, &doc, &d), NP_OK);
            assert_int_equal(np_agglo_link(a, d, st, 5 * 0.2, 5 * 0.1), NP_OK);
            assert_int_equal(np_agglo_run(a), NP_OK);
            assert_int_equal(np_agglo_root(a, d), k == 0 && days == 92 ? st : d);
            np_agglo_free(a);
        }
    }
}

/* A report published two years after a story (beyond every window) joins
 * it when its text recalls the story's year and it names the story's
 * actors: a trial of that event.  Mentioning another year, or only its own,
 * naming other actors, being dated before the story, or the rule off: apart. */
static void agglo_follow_up_recalls_the_year(void **state)
{
    (void)state;
    assert_int_equal(np_year_of_day(0), 1970);
    assert_int_equal(np_year_of_day(np_iso_day("2005-12-31")), 2005);
    assert_int_equal(np_year_of_day(np_iso_day("2006-01-01")), 2006);
    assert_int_equal(np_year_of_day(np_iso_day("1969-12-31")), 1969);
    const np_name_count story_names[] = {{1, 5, 6}, {2, 5, 6}, {3, 2, 9}};
    const np_name_count same[] = {{1, 1, 6}, {2, 1, 6}};
    const np_name_count other[] = {{3, 1, 9}, {4, 1, 1}};
    struct {
        int year, second, recall;
        const np_name_count *names;
        const char *day;
        int joins;
    } cases[] = {
        {2005, 0, 1, same, "2007-04-03", 1},
        {2005, 2007, 1, same, "2007-04-03", 1},
        {2006, 2007, 1, same, "2007-04-03", 0}, /* a year the story was not published in */
        {2007, 0, 1, same, "2007-04-03", 0},    /* only its own year */
        {0, 0, 1, same, "2007-04-03", 0},
        {2005, 0, 1, other, "2007-04-03", 0},   /* another event's people */
        {2005, 0, 0, same, "2007-04-03", 0},    /* rule off */
        {2005, 0, 1, same, "2005-01-10", 0},    /* dated before the story */
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        np_agglo_rules r = {.threshold = 0.15, .merge_threshold = 0.15, .cohesion = 0.55,
                            .max_days_apart = 7, .text_days_apart = 31, .check_dates = 1,
                            .attach_max_docs = 3, .attach_days_apart = 92,
                            .attach_threshold = 0.1, .attach_words = 0.03, .attach_fresh = 1,
                            .attach_known = 0.5, .attach_recall = cases[k].recall,
                            .actor_min_docs = 5, .actor_share = 0.6, .actor_names = 2,
                            .actor_spread = 3};
        np_agglo *a;
        assert_int_equal(np_agglo_new(&r, &a), NP_OK);
        np_agglo_group story = {9, 5, 4.0, {0, 0, 0, 0}, story_names, 3, {{0, 0}}, 0.0};
        np_day_span_init(&story.days);
        np_day_span_add(&story.days, np_iso_day("2005-06-24"), 0);
        np_day_span_add(&story.days, np_iso_day("2005-07-26"), 0);
        np_agglo_group doc = {0, 1, 0.0, {0, 0, 0, 0}, cases[k].names, 2, {{0, 0}}, 0.0};
        np_years_add(&doc.years, cases[k].year);
        np_years_add(&doc.years, cases[k].second);
        assert_int_equal(np_years_has(&doc.years, 2005), cases[k].year == 2005);
        np_day_span_init(&doc.days);
        np_day_span_add(&doc.days, np_iso_day(cases[k].day), 0);
        uint32_t st, d;
        assert_int_equal(np_agglo_add(a, &story, &st), NP_OK);
        assert_int_equal(np_agglo_add(a, &doc, &d), NP_OK);
        assert_int_equal(np_agglo_link(a, d, st, 5 * 0.2, 5 * 0.1), NP_OK);
        assert_int_equal(np_agglo_run(a), NP_OK);
        assert_int_equal(np_agglo_root(a, d), cases[k].joins ? st : d);
        np_agglo_free(a);
    }
}

/* The same through the grouper, on texts: five reports of a dam breach
 * dated June 2011, then, two years later, a report of the trial that dates
 * the breach ("in June 2011") joins its story; the same report without the
 * year is a new story (nothing says which breach of that dam it is). */
static void trial_report_recalling_the_year_joins_its_event(void **state)
{
    (void)state;
    const char *docs[][2] = {
        {"Dam breach floods Orvella valley", "The Kesterby dam breached on Tuesday and flooded the Orvella valley; the Halden Water Board evacuated 300 homes, board chief Mira Ostrand said."},
        {"Orvella valley evacuated as Kesterby dam fails", "Mira Ostrand of the Halden Water Board said 300 homes were evacuated after the Kesterby dam failed and water flooded the Orvella valley."},
        {"300 homes evacuated after Kesterby dam breach", "Water poured through the breached Kesterby dam into the Orvella valley, and the Halden Water Board moved 300 households out, Mira Ostrand said."},
        {"Kesterby dam collapse: Orvella valley under water", "The Halden Water Board said the Kesterby dam gave way and flooded the Orvella valley; Mira Ostrand ordered 300 homes evacuated."},
        {"Flood from Kesterby dam reaches Orvella villages", "Villages of the Orvella valley flooded after the Kesterby dam breached; Mira Ostrand said the Halden Water Board had evacuated 300 homes."},
    };
    const char *trial_title = "Engineer on trial over Kesterby dam breach";
    const char *with_year = "An engineer of the Halden Water Board went on trial over the breach of the Kesterby dam in June 2011, which flooded the Orvella valley; Mira Ostrand testified.";
    const char *without = "An engineer of the Halden Water Board went on trial over the breach of the Kesterby dam, which flooded the Orvella valley; Mira Ostrand testified.";
    for (int recall = 0; recall < 2; recall++) {
        np_featurizer *fz;
        np_grouper *g;
        assert_int_equal(np_featurizer_new(&fz), NP_OK);
        assert_int_equal(np_grouper_new(NULL, &g), NP_OK);
        int64_t next = 1;
        np_group_place out[2];
        int64_t event = five_reports_among_fillers(fz, g, docs, &next);
        np_features late[2];
        late[0] = feats(fz, trial_title, recall ? with_year : without, "2013-09-02");
        late[1] = feats(fz, filler[5][0], filler[5][1], "2013-09-02");
        int64_t lid[2] = {20, 21}, lst[2];
        place(g, late, lid, 2, &next, lst, out);
        if (recall)
            assert_true(lst[0] == event);
        else
            assert_true(lst[0] != event);
        assert_true(lst[1] != event);
        np_features_free(&late[0]);
        np_features_free(&late[1]);
        np_grouper_free(g);
        np_featurizer_free(fz);
    }
}

/* A surname that opens a sentence of every report is also a common word of
 * those reports, yet the story's actor: named in the title and inside
 * sentences far more often, it stays a name, so a follow-up five weeks
 * later naming that engineer joins the story (it names the story's
 * actors); a follow-up naming someone else does not. */
static void surname_opening_sentences_is_still_an_actor(void **state)
{
    (void)state;
    const char *docs[][2] = {
        {"Engineer Tarsk warned of dam cracks", "The engineer Tarsk said the cracks in the dam were growing. Tarsk wrote to the board twice, said a colleague of Tarsk, and the board ignored the letters from Tarsk."},
        {"Board ignored Tarsk on dam cracks", "Letters from the engineer Tarsk about cracks in the dam went unanswered. Tarsk told reporters that the board had read them, and a union backed Tarsk and praised Tarsk for speaking."},
        {"Dam cracks: the letters of Tarsk", "Two letters by the engineer Tarsk described the growing cracks in the dam. Tarsk sent them in spring, and the board thanked Tarsk but never inspected what Tarsk described."},
        {"Tarsk says dam board knew of cracks", "The dam board knew of the cracks, the engineer Tarsk said. Tarsk showed the letters, and officials who met Tarsk confirmed that Tarsk had warned them."},
        {"Engineer Tarsk vindicated on dam", "The board admitted that the engineer Tarsk had warned of the cracks in the dam. Tarsk was offered an apology, and the minister called Tarsk to thank Tarsk."},
    };
    const char *late[2][2] = {
        {"Dam repairs follow warnings of Tarsk", "Repairs of the cracked dam began after the warnings of the engineer Tarsk; the board said the letters of Tarsk had been right."},
        {"Dam repairs follow warnings of Velmo", "Repairs of the cracked dam began after the warnings of the engineer Velmo; the board said the letters of Velmo had been right."},
    };
    for (int k = 0; k < 2; k++) {
        np_featurizer *fz;
        np_grouper *g;
        assert_int_equal(np_featurizer_new(&fz), NP_OK);
        assert_int_equal(np_grouper_new(NULL, &g), NP_OK);
        int64_t next = 1;
        np_group_place out[2];
        int64_t event = five_reports_among_fillers(fz, g, docs, &next);
        np_features lf[2];
        lf[0] = feats(fz, late[k][0], late[k][1], "2011-07-20");
        lf[1] = feats(fz, filler[5][0], filler[5][1], "2011-07-20");
        int64_t lid[2] = {20, 21}, lst[2];
        place(g, lf, lid, 2, &next, lst, out);
        if (k == 0)
            assert_true(lst[0] == event);
        else
            assert_true(lst[0] != event);
        np_features_free(&lf[0]);
        np_features_free(&lf[1]);
        np_grouper_free(g);
        np_featurizer_free(fz);
    }
}

/* np_names_union adds counts by name and keeps the most counted. */
static void names_union_adds_and_caps(void **state)
{
    (void)state;
    np_name_count *p = NULL;
    uint32_t n = 0;
    const np_name_count x[] = {{5, 1, 3}, {9, 2, 3}};
    const np_name_count y[] = {{1, 1, 2}, {9, 1, 7}};
    assert_int_equal(np_names_union(&p, &n, x, 2, 8), NP_OK);
    assert_int_equal(np_names_union(&p, &n, y, 2, 8), NP_OK);
    assert_int_equal(n, 3);
    assert_true(p[0].name == 1 && p[1].name == 5 && p[2].name == 9);
    assert_true(p[2].docs == 3 && p[2].stream == 7);
    assert_int_equal(np_names_union(&p, &n, y, 2, 2), NP_OK); /* 1:2, 5:1, 9:4 -> 2 kept */
    assert_int_equal(n, 2);
    assert_true(p[0].name == 1 && p[0].docs == 2 && p[1].name == 9 && p[1].docs == 4);
    np_free(p);
}

/* One document arriving alone beside a known story that nothing else of its
 * batch joined: it attaches only on a link of attach_known x the story's own
 * mean (0.5 x 0.5 here) and of the story threshold (0.15, which binds for a
 * loose story of mean 0.2), not on attach_threshold alone -- the first report of
 * a new event has no peers yet, and would otherwise fall into the older
 * event of its topic. */
static void agglo_lone_document_and_known_story(void **state)
{
    (void)state;
    const double links[] = {0.2, 0.26, 0.12}, pairs[] = {3.0, 3.0, 1.2};
    for (int k = 0; k < 3; k++) {
        np_agglo_rules r = {.threshold = 0.15, .merge_threshold = 0.15, .cohesion = 0.55,
                            .max_days_apart = 7, .text_days_apart = 31, .check_dates = 1,
                            .attach_max_docs = 3, .attach_threshold = 0.1,
                            .attach_words = 0.03, .attach_fresh = 1, .attach_known = 0.5};
        np_agglo *a;
        assert_int_equal(np_agglo_new(&r, &a), NP_OK);
        uint32_t d, st;
        np_agglo_group doc = {0, 1, 0.0, {0, 0, 0, 0}, NULL, 0, {{0, 0}}, 0.0};
        np_day_span_init(&doc.days);
        assert_int_equal(np_agglo_add(a, &doc, &d), NP_OK);
        np_agglo_group story = {3, 4, pairs[k], {0, 0, 0, 0}, NULL, 0, {{0, 0}}, 0.0};
        np_day_span_init(&story.days);
        assert_int_equal(np_agglo_add(a, &story, &st), NP_OK);
        /* under 0.55 x the mean, or under the threshold: never in the first phase */
        assert_int_equal(np_agglo_link(a, d, st, 4 * links[k], 4 * links[k] / 2), NP_OK);
        assert_int_equal(np_agglo_run(a), NP_OK);
        assert_int_equal(np_agglo_root(a, d), k == 1 ? st : d);
        np_agglo_free(a);
    }
}

/* Two reports far more alike each other (0.6) than either is like a
 * story (0.16 each) are an event of their own: they attach to that story
 * only on a link of attach_own x their own mean (0.3 x 0.6 = 0.18); a looser
 * pair (0.4: 0.12) is stray reports of the story and attaches.  Phase 1
 * takes neither (0.16 is under 0.55 x the pair's mean). */
static void agglo_tight_pair_stays_its_own_event(void **state)
{
    (void)state;
    const double own[] = {0.6, 0.4, 0.6};
    const double share[] = {0.3, 0.3, 0.0};
    for (int k = 0; k < 3; k++) {
        np_agglo_rules r = {.threshold = 0.15, .merge_threshold = 0.15, .cohesion = 0.55,
                            .max_days_apart = 7, .text_days_apart = 31, .check_dates = 1,
                            .attach_max_docs = 3, .attach_threshold = 0.09, .attach_words = 0.03,
                            .attach_fresh = 1, .attach_known = 0.5, .attach_own = share[k]};
        np_agglo *a;
        assert_int_equal(np_agglo_new(&r, &a), NP_OK);
        uint32_t d[2], st;
        for (int i = 0; i < 2; i++) {
            np_agglo_group doc = {0, 1, 0.0, {0, 0, 0, 0}, NULL, 0, {{0, 0}}, 0.0};
            np_day_span_init(&doc.days);
            assert_int_equal(np_agglo_add(a, &doc, &d[i]), NP_OK);
        }
        np_agglo_group story = {5, 4, 1.8, {0, 0, 0, 0}, NULL, 0, {{0, 0}}, 0.0}; /* mean 0.3 */
        np_day_span_init(&story.days);
        assert_int_equal(np_agglo_add(a, &story, &st), NP_OK);
        assert_int_equal(np_agglo_link(a, d[0], d[1], own[k], own[k] / 2), NP_OK);
        for (int i = 0; i < 2; i++)
            assert_int_equal(np_agglo_link(a, d[i], st, 4 * 0.16, 4 * 0.08), NP_OK);
        assert_int_equal(np_agglo_run(a), NP_OK);
        uint32_t pair = np_agglo_root(a, d[0]);
        assert_int_equal(np_agglo_root(a, d[1]), pair); /* the pair is one group */
        assert_int_equal(pair == st, k > 0);
        np_agglo_free(a);
    }
}

/* Dates that disagree keep two groups apart, however similar; a copy's
 * forced edge joins them anyway. */
static void agglo_dates_gate_but_copies_join(void **state)
{
    (void)state;
    np_agglo_rules r = {.threshold = 0.15, .merge_threshold = 0.15, .cohesion = 0.55,
                        .max_days_apart = 7, .text_days_apart = 31, .check_dates = 1};
    np_agglo *a;
    assert_int_equal(np_agglo_new(&r, &a), NP_OK);
    uint32_t n[4];
    int32_t days[4] = {20000, 20030, 20000, 20030};
    for (int i = 0; i < 4; i++) {
        np_agglo_group doc = {0, 1, 0.0, {0, 0, 0, 0}, NULL, 0, {{0, 0}}, 0.0};
        np_day_span_init(&doc.days);
        np_day_span_add(&doc.days, days[i], 0);
        assert_int_equal(np_agglo_add(a, &doc, &n[i]), NP_OK);
    }
    assert_int_equal(np_agglo_link(a, n[0], n[1], 0.9, 0.5), NP_OK);
    assert_int_equal(np_agglo_force(a, n[2], n[3]), NP_OK);
    assert_int_equal(np_agglo_run(a), NP_OK);
    assert_true(np_agglo_root(a, n[0]) != np_agglo_root(a, n[1]));
    assert_true(np_agglo_root(a, n[2]) == np_agglo_root(a, n[3]));
    np_agglo_free(a);
}

static void famous_name_does_not_chain_events(void **state)
{
    (void)state;
    np_featurizer *fz;
    np_grouper *g;
    assert_int_equal(np_featurizer_new(&fz), NP_OK);
    assert_int_equal(np_grouper_new(NULL, &g), NP_OK);
    /* three events, each told twice, all naming President Aldane; no dates */
    const char *docs[][2] = {
        {"Aldane signs fishing treaty with Norrland", "President Aldane signed a fishing treaty with Norrland in Harbin Sound, setting cod quotas for ten years."},
        {"Cod quotas fixed as Aldane and Norrland sign", "The treaty signed by President Aldane and Norrland's premier fixes cod quotas in Harbin Sound for a decade."},
        {"Aldane vetoes mining bill", "President Aldane vetoed the mining bill that would have opened the Tessel valley to copper extraction."},
        {"Tessel valley copper mining blocked by Aldane veto", "Copper extraction in the Tessel valley will not go ahead after President Aldane used his veto on the mining bill."},
        {"Aldane names new central bank governor", "President Aldane named economist Mira Osei as governor of the central bank, replacing Paul Vance."},
        {"Osei to lead central bank, Aldane says", "Mira Osei will succeed Paul Vance as central bank governor, President Aldane announced."},
    };
    np_features fs[6];
    int64_t ids[6], story[6], next = 1;
    np_group_place out[6];
    for (int i = 0; i < 6; i++) {
        ids[i] = i + 1;
        fs[i] = feats(fz, docs[i][0], docs[i][1], NULL);
    }
    place(g, fs, ids, 6, &next, story, out);
    assert_true(story[0] == story[1]);
    assert_true(story[2] == story[3]);
    assert_true(story[4] == story[5]);
    assert_true(story[0] != story[2] && story[0] != story[4] && story[2] != story[4]);
    for (int i = 0; i < 6; i++)
        np_features_free(&fs[i]);
    np_grouper_free(g);
    np_featurizer_free(fz);
}

static const char barrier[] =
    "The tidal flood barrier in Marlow harbour failed on Tuesday night, flooding the old quay and "
    "forcing the evacuation of forty homes, the harbour authority said. Engineers had warned last "
    "year that the gates of the barrier were corroded and that the hydraulic pumps needed repair. "
    "The authority said a temporary wall of sandbags would be built along the quay before the next "
    "spring tide, and that residents could return once the water had been pumped out. The mayor "
    "of Marlow visited the evacuated families at the school gym, where volunteers served soup and "
    "handed out blankets through the night. Insurance assessors are expected on the quay by the "
    "weekend, and shop owners said they feared losing the whole summer season. A spokesman for "
    "the regional government promised an inquiry into why the repairs planned after last year's "
    "inspection had been postponed twice, and said money for a new barrier would be found.";

static void copies_are_marked_and_late_documents_join(void **state)
{
    (void)state;
    np_featurizer *fz;
    np_grouper *g;
    assert_int_equal(np_featurizer_new(&fz), NP_OK);
    assert_int_equal(np_grouper_new(NULL, &g), NP_OK);
    np_features fs[8];
    int64_t ids[8], story[8], next = 1;
    np_group_place out[8];
    fs[0] = feats(fz, "Flood barrier fails in Marlow harbour", barrier, "2026-03-03");
    for (int i = 1; i < 7; i++)
        fs[i] = feats(fz, filler[i - 1][0], filler[i - 1][1], "2026-03-03");
    for (int i = 0; i < 7; i++)
        ids[i] = i + 1;
    place(g, fs, ids, 7, &next, story, out);
    assert_int_equal(out[0].duplicate_of, 0);
    for (int i = 0; i < 7; i++)
        np_features_free(&fs[i]);
    /* a later batch: the wire copy under another headline, with a credit
     * line added, is a copy of document 1; an independent report of the
     * same flood joins the same story; an unrelated one does not */
    char copy[sizeof barrier + 64];
    snprintf(copy, sizeof copy, "%s Reporting by the Coast Wire.", barrier);
    fs[0] = feats(fz, "Marlow quay flooded", copy, "2026-03-04");
    fs[1] = feats(fz, "Marlow quay evacuated after barrier breakdown",
                  "Forty homes on Marlow's old quay were evacuated after the corroded flood barrier of "
                  "the harbour broke down, the harbour authority said; sandbags will protect the quay.",
                  "2026-03-05");
    fs[2] = feats(fz, filler[5][0], filler[5][1], "2026-03-05");
    ids[0] = 8;
    ids[1] = 9;
    ids[2] = 10;
    int64_t story2[3];
    place(g, fs, ids, 3, &next, story2, out);
    assert_int_equal(out[0].duplicate_of, 1);
    assert_int_equal(story2[0], story[0]);
    assert_int_equal(out[1].duplicate_of, 0);
    assert_int_equal(story2[1], story[0]);
    assert_true(story2[2] != story[0]);
    for (int i = 0; i < 3; i++)
        np_features_free(&fs[i]);
    /* the same flood reported three weeks later is not the same event */
    np_features later = feats(fz, "Marlow quay evacuated after barrier breakdown",
                              "Forty homes on Marlow's old quay were evacuated after the flood "
                              "barrier of the harbour broke down, the harbour authority said.",
                              "2026-03-28");
    int64_t id = 11, st;
    place(g, &later, &id, 1, &next, &st, out);
    assert_true(st != story[0]);
    np_features_free(&later);
    np_grouper_free(g);
    np_featurizer_free(fz);
}

static void text_dates_stand_in_for_publication(void **state)
{
    (void)state;
    np_featurizer *fz;
    assert_int_equal(np_featurizer_new(&fz), NP_OK);
    np_features a = feats(fz, "Bridge opens", "KELMAR, March 5, 2019 - The new bridge opened.", NULL);
    assert_int_equal(a.day, np_iso_day("2019-03-05"));
    assert_int_equal(a.day_from_text, 1);
    np_features b = feats(fz, "Bridge opens", "The new bridge opened on Tuesday.", NULL);
    assert_int_equal(b.day, INT32_MIN);
    np_features c = feats(fz, "Bridge opens", "KELMAR, March 5, 2019 - The new bridge opened.",
                          "2019-03-06");
    assert_int_equal(c.day, np_iso_day("2019-03-06"));
    assert_int_equal(c.day_from_text, 0);
    np_features_free(&a);
    np_features_free(&b);
    np_features_free(&c);
    np_featurizer_free(fz);
}

static void merge_folds_one_story_into_another(void **state)
{
    (void)state;
    np_featurizer *fz;
    np_grouper *g;
    assert_int_equal(np_featurizer_new(&fz), NP_OK);
    assert_int_equal(np_grouper_new(NULL, &g), NP_OK);
    np_features f = feats(fz, "Flood barrier fails in Marlow harbour", barrier, NULL);
    np_grouper_observe(g, &f);
    assert_int_equal(np_grouper_add(g, 1, 7, &f), NP_OK);
    assert_int_equal(np_grouper_add(g, 2, 9, &f), NP_OK);
    assert_int_equal(np_grouper_live_stories(g), 2);
    assert_int_equal(np_grouper_merge(g, 9, 7), NP_OK);
    assert_int_equal(np_grouper_live_stories(g), 1);
    assert_int_equal(np_grouper_merge(g, 9, 7), NP_OK); /* already merged: nothing */
    np_features_free(&f);
    np_grouper_free(g);
    np_featurizer_free(fz);
}

/* A document claiming more terms than a vector holds (hand-built, not from
 * the featurizer or a stored blob) is refused before anything reads them. */
static void oversized_vector_is_refused(void **state)
{
    (void)state;
    np_grouper *g;
    assert_int_equal(np_grouper_new(NULL, &g), NP_OK);
    np_term terms[NP_FEATURES_MAX_TERMS + 1];
    for (uint32_t i = 0; i <= NP_FEATURES_MAX_TERMS; i++) {
        terms[i].hash = 1000 + i;
        terms[i].tf = 1;
    }
    np_features f;
    memset(&f, 0, sizeof f);
    f.terms = terms;
    f.n = NP_FEATURES_MAX_TERMS + 1;
    f.day = INT32_MIN;
    int64_t id = 1;
    np_group_place out;
    np_group_merge *mg = NULL;
    size_t n_mg = 0;
    assert_int_equal(np_grouper_place(g, &f, &id, 1, &out, &mg, &n_mg), NP_EINVAL);
    assert_null(mg);
    assert_int_equal(np_grouper_add(g, 1, 7, &f), NP_EINVAL);
    f.n = NP_FEATURES_MAX_TERMS; /* at the limit it is placed */
    assert_int_equal(np_grouper_place(g, &f, &id, 1, &out, &mg, &n_mg), NP_OK);
    np_free(mg);
    assert_int_equal(np_grouper_add(g, 1, 7, &f), NP_OK);
    np_grouper_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(iso_day_counts_from_epoch),
        cmocka_unit_test(features_stem_and_drop_function_words),
        cmocka_unit_test(features_keep_figures_with_what_they_count),
        cmocka_unit_test(grouper_separates_two_earthquakes),
        cmocka_unit_test(undated_quakes_of_one_country_are_two_stories),
        cmocka_unit_test(stray_report_joins_its_event),
        cmocka_unit_test(two_coach_firings_of_one_club_are_two_stories),
        cmocka_unit_test(agglo_phases_and_survivor),
        cmocka_unit_test(agglo_dates_gate_but_copies_join),
        cmocka_unit_test(agglo_lone_document_and_known_story),
        cmocka_unit_test(agglo_tight_pair_stays_its_own_event),
        cmocka_unit_test(agglo_own_actors_keep_events_apart),
        cmocka_unit_test(agglo_copies_do_not_make_a_group_tight),
        cmocka_unit_test(wire_copies_and_other_reports_are_one_story),
        cmocka_unit_test(many_copies_and_other_reports_are_one_story),
        cmocka_unit_test(names_union_adds_and_caps),
        cmocka_unit_test(agglo_late_follow_up_names_the_actors),
        cmocka_unit_test(agglo_follow_up_recalls_the_year),
        cmocka_unit_test(trial_report_recalling_the_year_joins_its_event),
        cmocka_unit_test(surname_opening_sentences_is_still_an_actor),
        cmocka_unit_test(famous_name_does_not_chain_events),
        cmocka_unit_test(copies_are_marked_and_late_documents_join),
        cmocka_unit_test(text_dates_stand_in_for_publication),
        cmocka_unit_test(merge_folds_one_story_into_another),
        cmocka_unit_test(oversized_vector_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
