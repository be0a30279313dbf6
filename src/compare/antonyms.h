/*
 * compare/antonyms.h — verbs of opposite meaning that a story's sentences
 * use ("increased" / "decreased", "arrived" / "left", "convicted" /
 * "acquitted"), from WordNet's antonym pointers, and verbs of praising
 * against verbs of blaming (a short list).  Private to compare/
 * (compare/align.c's same-claim tests call it).
 *
 * Why: "Velko increased its output by 4% in May" and "Velko decreased its
 * output by 4% in May" share every name, figure and date, and most of their words; the
 * one word that differs is the claim.  Negation is handled by polarity
 * (np_story_polarity_clash()); this is the same test for two verbs that
 * are each other's opposite.
 *
 * A pair is two synonym classes (story terms, s->syn) each used as a verb
 * by some sentence of the story, the first WordNet verb sense of one (its
 * lemma's for an inflected form: np_wn_verb_keys()) having an antonym
 * pointer ("!") to the first verb sense of the other.  First senses only:
 * "came" (from) is not "arrived", "declined" (to sign) is not "fell".
 *
 * Ownership: np_compare_antonyms() allocates the pairs from story->work
 * (they live as long as the story; nothing to free) and sets s->ant_*;
 * without WordNet or without pairs, s->n_ant stays 0.  It needs
 * np_compare_synonyms() and np_story_sentences() done.
 */
#ifndef NP_COMPARE_ANTONYMS_H
#define NP_COMPARE_ANTONYMS_H

#include <stdint.h>

#include "compare/story.h"
#include "core/status.h"

/* Finds the story's antonym pairs (s->ant_pairs).  NP_ENOMEM. */
np_status np_compare_antonyms(np_story *s);

/* Two spans' actions are opposite verbs: span a (its event words ev_a and
 * their polarity pol_a, as np_sent holds them) states a verb plainly whose
 * antonym span b states plainly, and neither span uses the other's verb
 * ("left the clinic" / "arrived at the clinic"; not "arrived after
 * leaving the clinic" / "left the clinic").  0 when the story has no
 * pairs. */
int np_antonyms_clash(const np_story *s, const uint32_t *ev_a, uint32_t nev_a, const uint32_t *pol_a, uint32_t npol_a,
                      const uint32_t *ev_b, uint32_t nev_b, const uint32_t *pol_b, uint32_t npol_b);

/* Opposite actions of two spans (event words and polarity as np_sent
 * holds them): an action one states and the other negates
 * (np_story_polarity_clash()), or opposite verbs (np_antonyms_clash(); not
 * looked for when s is NULL).  The one test every same-claim check makes. */
int np_actions_opposed(const np_story *s, const uint32_t *ev_a, uint32_t nev_a, const uint32_t *pol_a,
                       uint32_t npol_a, const uint32_t *ev_b, uint32_t nev_b, const uint32_t *pol_b, uint32_t npol_b);

#endif
