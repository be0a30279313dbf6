/*
 * cluster/grouper.h — online grouping of documents into event stories.
 *
 * Documents arrive in batches (of one or more), in any order.  A batch is
 * grouped with the live stories by average-link agglomeration: two groups
 * join when the mean similarity over all their pairs of documents reaches
 * the story threshold, reaches `cohesion` times the tighter group's own mean,
 * and their dates agree; a document joins a story only if it resembles the
 * story as a whole.  Comparing with the whole group, not with its nearest
 * document, is what stops one shared name from chaining two events together
 * (single link does exactly that).  Average link is cautious with a small
 * group beside a tight large one (an event's stray report, told from
 * another angle), so a second phase lets a group of at most attach_max_docs
 * documents left apart join the larger group it is closest to, at the lower
 * attach_threshold, provided common words (not only a place) carry part of
 * the link; a target that no other document of the batch joined needs
 * attach_known x its own mean and the story threshold (one document placed
 * at a time is otherwise always "left apart": group_bench --batch 1 on ECB+
 * 1-22 0.843 -> 0.852, topic precision 0.960 -> 0.995, real news 0.542 ->
 * 0.613; --batch 500 unchanged); a small group of two or more needs
 * attach_own x its own mean (two reports of a fire in another town that
 * recall the first event in a sentence are their own event) (cluster/agglo.h
 * holds both phases).  The similarity of two documents is
 * (1 - name_share) x the tf-idf cosine of their common words + name_share x
 * that of their names (features.h marks words capitalised inside a sentence:
 * the people, places and organisations that tell one event from another of
 * its kind); idf is taken over the recent stream, so a name in every report
 * of the week ("Trump") weighs little and the specific ones weigh much.
 *
 * Actors: two groups of at least actor_min_docs documents that each have
 * actor_names names of their own (people, places, counted figures named by a
 * share of its documents at least actor_share above the share of the other's,
 * and not actor_spread times as frequent in the recent stream) are two events
 * of one kind, whatever their similarity (two coaches fired by one club, two
 * quakes on one island); groups and stories keep their names' document
 * counts for this (cluster/agglo.h).
 *
 * Dates: a document's day (publication, else a date written at the top of its
 * text) must lie within max_days_apart of the story's dated documents (or
 * text_days_apart when either side only has a date from the text); documents
 * without any date are judged on content alone.
 * The second phase takes a small group published up to attach_days_apart
 * from a story when it names at least half of the story's own actors (a
 * follow-up of that event: an arrest, a sentence), and one published at any
 * later time when its text also recalls the story's year (a year the story
 * was published in, earlier than its own: "the June 2005 shooting"; a trial
 * years later dates its event so), attach_recall.
 *
 * Copies: a MinHash resemblance of at least duplicate_threshold with a recent
 * document makes this one its copy (syndication): it goes to that document's
 * story whatever its similarity, and its placement names the document copied.
 * Two documents of resemblance copy_like or more (a client's edited copy of
 * an agency story; independent reports of one event share few word
 * triples) are marked as copies for the cohesion: a group of copies only is
 * as tight as two independent reports (cluster/agglo.h), so the event's
 * other reports still join it.  A story keeps its latest documents'
 * signatures to tell copies among later arrivals.
 *
 * Merges: when documents of a batch show that two known stories are one
 * (their average link reaches merge_threshold), the younger story is merged
 * into the older.
 *
 * Bounded memory: a story that received no document in the last window_docs
 * arrivals is retired (no longer joinable, its memory freed); copy detection
 * looks back window_docs documents; document frequencies live in a fixed
 * sketch that is halved every window_docs documents.  So memory depends on
 * the window, never on the length of the stream.
 *
 * Ownership: the grouper copies what it keeps; features passed in are
 * borrowed for the duration of the call.  Not thread-safe.
 */
#ifndef NP_CLUSTER_GROUPER_H
#define NP_CLUSTER_GROUPER_H

#include <stddef.h>
#include <stdint.h>

#include "cluster/features.h"
#include "core/status.h"

typedef struct np_grouper np_grouper;

/* Defaults chosen on ECB+ topics 1-22 only (bench/group_eval.sh): BCubed F1
 * is flat within 0.01 for thresholds 0.10-0.20, name_share 0.3-0.7.  With
 * the small-group phase (group_bench --batch 500): attach_max_docs 2 gives
 * 0.895, 3 0.909, 4 0.891; attach_threshold 0.08-0.1 0.909, 0.12 0.907, 0.15
 * 0.894; attach_words 0-0.05 0.909, 0.08 0.900; cohesion 0.5 and 0.55 both
 * 0.909, 0.6 0.887: 0.55 is taken, since at 0.5 two real-news events of
 * one inquiry (bench/group_eval.sh) merge.  With the actor test and follow-up
 * window, attach_threshold 0.1 / 0.09 / 0.08 (batch 2000): 0.931 / 0.933 /
 * 0.935, synthetic 10k 0.993 at all three (precision 0.995 / 0.994 / 0.993):
 * 0.09.  Actor test (batch 2000): 0.908
 * -> 0.922 at 5 documents, share 0.6, 2 names, spread 3 (docs 5, share
 * 0.4-0.6, names 2-3: 0.915-0.922); attach_days_apart 7/31/62/92: 0.922/
 * 0.923/0.928/0.931 (bench/README.md). */
typedef struct np_grouper_opts {
    double story_threshold;     /* mean pair similarity to join; default 0.15 */
    double duplicate_threshold; /* MinHash resemblance to call a copy; default 0.9 (0.6
                                 * already joins different events told from one template) */
    double merge_threshold;     /* mean pair similarity to merge two known stories; 0.15 */
    int max_days_apart;         /* publication dates; default 7 */
    int text_days_apart;        /* when a date only comes from a text; default 31 */
    uint32_t window_docs;       /* default 20000 */
    double name_share;          /* weight of names (vs common words) in a similarity; 0.5 */
    double idf_prior;           /* documents assumed seen before the first, holding
                                 * none of its terms (so a tiny batch has sane idf); 100 */
    double cohesion;            /* two groups join only if their link reaches this share
                                 * of the tighter one's own mean similarity; 0.55 */
    double copy_like;           /* MinHash resemblance at which two documents are one
                                 * report printed twice, left out of that mean (agglo.h);
                                 * 0.4 (0: off) */
    uint32_t attach_max_docs;   /* a group of at most this many documents left apart... */
    double attach_threshold;    /* ...joins its closest larger group at this link; 3, 0.09 */
    double attach_words;        /* ...of which its common words give at least this; 0.03 */
    uint32_t attach_fresh;      /* ...if that group holds at least this many documents of
                                 * the batch; 1 */
    double attach_known;        /* ...or a link of this share of its own mean */
    double attach_own;          /* ...and, for two documents or more, a link of this share
                                 * of the small group's own mean; 0.3 (0: off) */
    int attach_days_apart;      /* ...with publication dates this far apart at most */
    int attach_recall;          /* ...or further, when its texts recall the story's year
                                 * (and name half its actors); 1 */
    uint32_t actor_min_docs;    /* groups of at least this many documents (0: off)... */
    double actor_share;         /* ...each with actor_names names this much more of its
                                 * documents name than the other's do, are two events */
    uint32_t actor_names;
    double actor_spread;        /* ...not named this many times as often in the stream */
    int plain;                  /* baseline: one tf-idf vector; no names, dates, copies */
} np_grouper_opts;

void np_grouper_opts_default(np_grouper_opts *o);
np_status np_grouper_new(const np_grouper_opts *opts, np_grouper **out);
void np_grouper_free(np_grouper *g);

/* Count f's terms in the document frequencies, once per document.  Observe a
 * whole batch before placing any of it: the rarity of a name is then known
 * from the first document of the batch on, whatever the order. */
void np_grouper_observe(np_grouper *g, const np_features *f);

typedef struct np_group_place {
    int64_t story_id;     /* the known story it joins, or 0: see new_story */
    uint32_t new_story;   /* when story_id is 0: 1, 2, ... a new story of this batch */
    int64_t duplicate_of; /* the document this one copies (syndication), else 0 */
} np_group_place;

typedef struct np_group_merge {
    int64_t from, into;   /* story from is now part of story into (into is older) */
} np_group_merge;

/* Place a batch of n documents (features fs[i] of document doc_ids[i], both
 * borrowed and observed already) into out[0..n-1]; nothing in the grouper
 * changes.  *merges (a new array the caller frees with np_free, *n_merges
 * entries, applied in order) lists known stories found to be one.  Then the
 * caller creates the new stories, applies the merges (np_grouper_merge) and
 * adds every document (np_grouper_add).  NP_EINVAL for a document of more
 * than NP_FEATURES_MAX_TERMS terms (the featurizer and np_features_decode()
 * never make one), here and in np_grouper_add. */
np_status np_grouper_place(np_grouper *g, const np_features *fs, const int64_t *doc_ids,
                           size_t n, np_group_place *out, np_group_merge **merges,
                           size_t *n_merges);
/* Record that document doc_id is in story story_id (f is copied as needed).
 * Stories are created by the first document added with their id. */
np_status np_grouper_add(np_grouper *g, int64_t doc_id, int64_t story_id, const np_features *f);
/* Fold story from into story into (both known to the grouper, or no-op). */
np_status np_grouper_merge(np_grouper *g, int64_t from, int64_t into);

/* Stories currently joinable (for tests and benchmarks). */
uint32_t np_grouper_live_stories(const np_grouper *g);

#endif
