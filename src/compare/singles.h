/*
 * compare/singles.h — the single-source section: claims that exactly one
 * outlet states.  Private to compare/ (run by compare/brief.c as a stage).
 *
 * np_compare_singles() runs after the multi-outlet facts (compare/align.c)
 * and the quote facts (compare/quote_facts.c): it reads story->in_fact and
 * story->own_quantity, the quote groups of story->brief and the sentence
 * graph, and appends one single-support fact to story->brief for every
 * sentence that states a claim no other outlet states, its article's lead
 * (first claims) aside: the lead retells the event.  Its scratch comes
 * from story->work; what it keeps is copied into brief->arena.  On failure
 * (NP_ENOMEM) the facts appended so far stay in the brief.
 */
#ifndef NP_COMPARE_SINGLES_H
#define NP_COMPARE_SINGLES_H

#include "compare/story.h"
#include "core/status.h"

np_status np_compare_singles(np_story *s); /* single-source facts, after quotes */

/* Doc's bytes [lo, hi) name the speaker: a person mention there has the
 * speaker's surname key (np_speaker_surname_key(), compare/names.h; "":
 * no).  Then a single-source quotation shown as those bytes needs no
 * "speaker:" before it (np_brief_fact.speaker). */
int np_singles_names_speaker(const np_story *s, int doc, size_t lo, size_t hi, const char *key);

#endif
