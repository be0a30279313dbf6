/*
 * compare/singles.h — the single-source section: claims that exactly one
 * outlet states.  Private to compare/ (run by compare/brief.c as a stage).
 *
 * np_compare_singles() runs after the multi-outlet facts (compare/align.c)
 * and the quote facts (compare/quote_facts.c): it reads story->in_fact and
 * story->own_quantity, the quote groups of story->brief and the sentence
 * graph, and appends one single-support fact to story->brief for every
 * sentence that states a claim no other outlet states.  Its scratch comes
 * from story->work; what it keeps is copied into brief->arena.  On failure
 * (NP_ENOMEM) the facts appended so far stay in the brief.
 */
#ifndef NP_COMPARE_SINGLES_H
#define NP_COMPARE_SINGLES_H

#include "compare/story.h"
#include "core/status.h"

np_status np_compare_singles(np_story *s); /* single-source facts, after quotes */

#endif
