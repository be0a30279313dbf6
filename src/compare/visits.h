/*
 * compare/visits.h — planned visits: a sentence saying that someone is
 * expected somewhere ("will travel to Vell", "is scheduled to arrive in
 * Vell", "is expected in Vell", "plans to visit Vell"), or is set to meet
 * someone ("is set to meet Mr. Kask").  Private to compare/
 * (compare/align.c's visit joins call it).
 *
 * Why: outlets report one planned trip with different verbs (expected,
 * travel, visit, arrive, meet are all ways to tell it), so the sentences
 * share no event word and align.c's same-claim test cannot pair them,
 * although who goes where is the whole claim.  The movement word must be
 * framed as expected (compare/frames.h: "will", "plans to", "is scheduled
 * to"; "expected in <place>" is one by itself): a trip that happened is
 * told with its own event words and dates.
 *
 * Ownership: plain values; reads the story, its analyses, entity linker
 * and frames, allocates nothing.
 */
#ifndef NP_COMPARE_VISITS_H
#define NP_COMPARE_VISITS_H

#include <stdint.h>

#include "compare/frames.h"
#include "compare/story.h"

typedef struct np_visit {
    int32_t who;   /* the traveller: the person group (story->ent_group) named last before the movement word, or -1 */
    long where;    /* the destination: a place key (gazetteer id or linker entity), or 0 when none is named */
    int32_t meets; /* a meeting: the person group met, or -1 */
} np_visit;

/* The first planned visit told in tokens [tok_lo, tok_hi) of document doc
 * (a sentence or a clause), outside quotation marks: 1 and *out, else 0.
 * A visit needs a destination place or a person met. */
int np_visit_find(const np_story *s, const np_frames *fr, int doc, uint32_t tok_lo, uint32_t tok_hi, np_visit *out);

/* Two planned visits are one: the same destination, or the same traveller
 * where one sentence tells a meeting with a person the other sentence
 * (tokens [b_lo, b_hi) of b_doc) names ("X is set to meet Y" / "Y said X
 * is expected in Z").  The caller checks that the two sentences are about
 * the same thing and by the same actors. */
int np_visit_same(const np_story *s, const np_visit *a, int a_doc, uint32_t a_lo, uint32_t a_hi, const np_visit *b,
                  int b_doc, uint32_t b_lo, uint32_t b_hi);

/* The two visits go to one named place. */
int np_visit_same_place(const np_visit *a, const np_visit *b);

/* The key np_visit.where holds when the place mention m of document doc
 * is the destination (0 when m names no place the story knows). */
long np_visit_place_key(const np_story *s, int doc, const np_entity_mention *m);

#endif
