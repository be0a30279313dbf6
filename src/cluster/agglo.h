/*
 * cluster/agglo.h — average-link agglomeration of one batch's similarity
 * graph (the grouper builds the graph, this module decides the groups).
 *
 * Nodes are groups of documents: each document of a batch, and each known
 * story the batch's documents resemble (with its size, the sum of its pairs'
 * similarities and its dates).  An edge holds cross(A, B), the sum of the
 * similarities over all pairs of documents of A and B, and the share of it
 * that comes from common words (names left out).  link(A, B) = cross / (|A|
 * |B|), the mean similarity of their pairs; merging A and B adds their cross
 * sums with every neighbour (Lance-Williams), so nothing is recomputed.  A
 * pair with no edge counts as similarity 0.
 *
 * np_agglo_run merges in two phases:
 *  1. the pair of highest link first, while links reach rules.threshold;
 *     two groups join only if their dates agree (np_day_span), their link
 *     reaches rules.cohesion x the tighter group's own mean similarity, and,
 *     when both are known stories, rules.merge_threshold.  A forced edge
 *     (a copy) joins first, whatever the rules.
 *  2. a group of at most rules.attach_max_docs documents left apart joins
 *     the larger group it is closest to when their link reaches
 *     rules.attach_threshold and the common words' part of it
 *     rules.attach_words (a place name alone does not attach a report).
 *     Dates agree as in phase 1, or within rules.attach_days_apart when the
 *     small group names at least half of the larger one's own actors (names
 *     of rules.actor_share of its documents): a follow-up of its event.
 *     Or, with rules.attach_recall, published later than the larger group's
 *     window at any distance, when its texts recall that group's time (they
 *     mention a year the larger group was published in, earlier than their
 *     own) and name at least half of its actors: a trial, a verdict, an
 *     anniversary of that event, which dates itself by the original.
 *     A larger group holding fewer than rules.attach_fresh documents of the
 *     batch (a known story nothing else of the batch joined) takes it only
 *     on a link of rules.attach_known x its own mean similarity and of
 *     rules.threshold (only the cohesion is relaxed for it): a report
 *     arriving alone, the first of a new event, has had no peers to group
 *     with, and would otherwise fall into the older event of its topic.
 *     A small group of two or more documents needs a link of at least
 *     rules.attach_own x its own mean: two reports that tell one another's
 *     story far better than the larger group's (a fire in another town, with
 *     its own company and officials, that recalls the first in a sentence)
 *     are an event of their own, not stray reports of the larger one.
 * In both phases, two groups of at least rules.actor_min_docs documents do
 * not join when each has rules.actor_names names of its own (named by a
 * share of its documents at least rules.actor_share above the share of the
 * other's, and not named much more often in the whole recent stream than in
 * the group, rules.actor_spread: an outlet's name in its every page, a
 * spelling of one outlet, are not an event's actors): two events of one kind (two coaches fired by one club, two
 * quakes on one island) share their topic's words and names, but each has
 * actors and places the other never mentions, while reports of one event
 * name its actors whichever angle they take.
 * Of two groups merged, the one holding the older (smaller id) known story
 * survives, so story ids stay stable.
 *
 * Ownership: np_agglo owns its nodes and edges (np_agglo_free, accepts
 * NULL).  On NP_ENOMEM from any call the graph may be half updated: free it.
 * Not thread-safe.
 */
#ifndef NP_CLUSTER_AGGLO_H
#define NP_CLUSTER_AGGLO_H

#include <stddef.h>
#include <stdint.h>

#include "core/status.h"

/* The days of a group's documents: publication days, and days read from
 * texts (less sure), each as a range; INT32_MIN when none. */
typedef struct np_day_span {
    int32_t pub_min, pub_max;
    int32_t text_min, text_max;
} np_day_span;

void np_day_span_init(np_day_span *s);
/* Add one document's day (INT32_MIN: none; from_text: read from its text). */
void np_day_span_add(np_day_span *s, int32_t day, int from_text);
void np_day_span_union(np_day_span *s, const np_day_span *o);

/* A group's names (the people, places, organisations and counted figures of
 * its reports, features.h) with the number of its documents naming each,
 * sorted by name: what tells one event from another of its kind. */
typedef struct np_name_count {
    uint64_t name;
    uint32_t docs;
    uint32_t stream; /* documents of the recent stream naming it (all groups) */
} np_name_count;

/* Names kept per group: its most named (a story's actors; 64 x 16 bytes). */
#define NP_AGGLO_NAMES 64

/* *dst (n_dst entries, sorted by name, owned: np_free) plus src: counts
 * added; when more than cap names result, the cap most counted are kept (a
 * group's own actors are named by many of its documents, a stray name by
 * one); stream is the larger of the two (the later count). */
np_status np_names_union(np_name_count **dst, uint32_t *n_dst, const np_name_count *src,
                         uint32_t n_src, uint32_t cap);

/* Years a group's texts mention, as bits: year NP_YEARS_FIRST + i is bit i
 * of a 128-bit set (1950-2077). */
#define NP_YEARS_FIRST 1950
#define NP_YEARS_N 128

typedef struct np_years {
    uint64_t bits[2];
} np_years;

static inline void np_years_add(np_years *y, int year)
{
    if (year >= NP_YEARS_FIRST && year < NP_YEARS_FIRST + NP_YEARS_N)
        y->bits[(year - NP_YEARS_FIRST) / 64] |= 1ULL << ((year - NP_YEARS_FIRST) % 64);
}

static inline int np_years_has(const np_years *y, int year)
{
    return year >= NP_YEARS_FIRST && year < NP_YEARS_FIRST + NP_YEARS_N &&
           (y->bits[(year - NP_YEARS_FIRST) / 64] >> ((year - NP_YEARS_FIRST) % 64)) & 1;
}

/* The calendar year of a day since 1970-01-01. */
int np_year_of_day(int32_t day);

typedef struct np_agglo_rules {
    double threshold;         /* least link of phase 1 */
    double merge_threshold;   /* least link joining two known stories */
    double cohesion;          /* share of the tighter group's mean a link must reach */
    int max_days_apart;       /* publication ranges further apart do not join */
    int text_days_apart;      /* the same when a day comes from a text */
    int check_dates;          /* 0: dates are ignored (the plain baseline) */
    uint32_t attach_max_docs; /* phase 2 for groups of at most this many (0: off) */
    int attach_days_apart;    /* phase 2: publication days apart for a group naming the actors */
    double attach_threshold;  /* least link of phase 2 */
    double attach_words;      /* least common-words link of phase 2 */
    uint32_t attach_fresh;    /* a phase 2 target holding fewer batch documents... */
    double attach_known;      /* ...needs a link of this share of its own mean */
    double attach_own;        /* phase 2: a small group of two or more documents needs a link of
                               * this share of its own mean (0: off) */
    int attach_recall;        /* phase 2: a later group recalling the larger one's year */
    uint32_t actor_min_docs;  /* the actor test: between groups of at least this many (0: off) */
    double actor_share;       /* a name is one group's own when its share of that group's
                               * documents exceeds its share of the other's by this much */
    uint32_t actor_names;     /* groups that each have this many own names do not join */
    double actor_spread;      /* a name more than this many times as frequent in the stream
                               * as in the group is not its own (an outlet's boilerplate) */
} np_agglo_rules;

/* Copies.  Clients of one agency print its story each with its own edits
 * (under the MinHash bar of a forced copy): one report printed twice.  The
 * pair's likeness (0.70-0.86, where independent reports of one event are
 * 0.27-0.55 alike) is no tightness of a group: counted as it is, two copies
 * make a group whose cohesion (phase 1, attach_known) no other report of
 * the event reaches (0.55 x 0.84 = 0.46), and one event becomes two
 * stories.  So a group whose pairs are all copies (marked by the caller:
 * np_agglo_copies(), and every forced pair) counts as at most
 * NP_AGGLO_COPY_CAP tight, as two independent reports of one event.  A
 * group that also holds other reports keeps its mean: measured (bench/
 * README.md), capping copy pairs inside mixed groups too let a group told
 * mostly in copies take in reports of another event of its kind (ECB+
 * 23-25 BCubed F1 0.858 -> 0.779 with group_bench --batch 500). */
#define NP_AGGLO_COPY_CAP 0.45

typedef struct np_agglo_group {
    int64_t story_id;   /* a known story, or 0 for a batch document */
    uint32_t n_docs;    /* documents in it (1 for a batch document) */
    double pairs;       /* sum of similarities over its pairs of documents */
    np_day_span days;
    const np_name_count *names; /* its names (copied), sorted by name; may be NULL */
    uint32_t n_names;
    np_years years;     /* years its texts mention */
    double copy_pairs;  /* of its pairs, how many are copies of one report */
} np_agglo_group;

typedef struct np_agglo np_agglo;

np_status np_agglo_new(const np_agglo_rules *rules, np_agglo **out);
void np_agglo_free(np_agglo *a);

/* Add a node (numbered 0, 1, ... in order of addition) into *node.  A known
 * story is added once: see np_agglo_story_node. */
np_status np_agglo_add(np_agglo *a, const np_agglo_group *grp, uint32_t *node);
/* The node of known story story_id, if added: 1 and *node, else 0. */
int np_agglo_story_node(const np_agglo *a, int64_t story_id, uint32_t *node);
/* Add cross (and its common-words part) to the edge x-y. */
np_status np_agglo_link(np_agglo *a, uint32_t x, uint32_t y, double cross, double words);
/* x copies a document of y: they join before anything else (that pair is a
 * copy). */
np_status np_agglo_force(np_agglo *a, uint32_t x, uint32_t y);
/* At least n of the pairs of x and y are copies of one report (see above;
 * telling a pair twice counts it once); the link is unchanged. */
np_status np_agglo_copies(np_agglo *a, uint32_t x, uint32_t y, double n);
/* x takes no part (placed by the caller); its root stays itself. */
void np_agglo_drop(np_agglo *a, uint32_t x);
int np_agglo_live(const np_agglo *a, uint32_t x);

/* Merge (the two phases above). */
np_status np_agglo_run(np_agglo *a);

uint32_t np_agglo_count(const np_agglo *a);
/* The node that x's group was merged into (x itself if it survived). */
uint32_t np_agglo_root(np_agglo *a, uint32_t x);
/* The known story of node x, or 0. */
int64_t np_agglo_story(const np_agglo *a, uint32_t x);

#endif
