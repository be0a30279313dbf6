/*
 * compare/frames.h — the frame (modality and polarity) under which a
 * sentence states each of its event words, so that two sentences sharing
 * an action's words but not its frame are not taken for one claim.
 * Private to compare/ (compare/align.c's same-claim test calls it).
 *
 * A frame is one of: asserted ("they applied"), expected or intended
 * ("will apply", "plan to apply", "is expected to reach"), norm or ability
 * ("have a right to apply", "can apply", "are allowed to apply"), open
 * ("decide whether to apply"), or conditional, with the condition's
 * polarity ("if they pass", "when they get a chance" in the present tense,
 * "those who don't pass"), or generic ("are typically released").
 * Asserted and expected are compatible (outlets publish before and after
 * the event: "is expected to reach the harbour" / "reached the harbour"),
 * and generic with asserted, expected and conditional; any other two
 * different frames state different propositions.  Words before a clause's
 * first modal cue (its subject, a reporting verb) take no modal frame,
 * though a condition or a generic marker frames every word of its clause;
 * speech verbs ("said") take none.
 *
 * Ownership: np_frames_build() allocates the table from story->work (it
 * lives as long as the story; nothing to free).  It reads the story's
 * analyses, terms, synonym classes and sentences (np_story_sentences()
 * done).  On NP_ENOMEM *out is NULL and the story is unchanged otherwise.
 */
#ifndef NP_COMPARE_FRAMES_H
#define NP_COMPARE_FRAMES_H

#include <stdint.h>

#include "compare/story.h"
#include "core/status.h"

typedef struct np_frames np_frames;

/* The frames of every event word (np_sent.ev) of every sentence of s. */
np_status np_frames_build(np_story *s, np_frames **out);

/* Sentences a and b (indices into s->sents) share event words and every
 * shared word that has a frame in both has incompatible frames: they do
 * not state one proposition.  0 when fr is NULL, when a shared word has
 * compatible frames, or when no shared word has a frame in both. */
int np_frames_clash(const np_frames *fr, uint32_t a, uint32_t b);

/* The frames of a sentence's event words (np_sent.ev order), or NULL when
 * fr is NULL. */
const unsigned char *np_frames_sent(const np_frames *fr, uint32_t sent);
/* The frames of the event words ev[0..n_ev) of the span of tokens
 * [tok_lo, tok_hi) of doc (a clause: np_story_events_span()'s words), in
 * *out (story->work); *out NULL when fr is NULL.  NP_ENOMEM. */
np_status np_frames_span(const np_frames *fr, np_story *s, int doc, uint32_t tok_lo, uint32_t tok_hi,
                         const uint32_t *ev, uint32_t n_ev, unsigned char **out);
/* np_frames_clash() on two lists of event words with their frames (either
 * frame list NULL: 0). */
int np_frames_clash_ev(const uint32_t *ev_a, const unsigned char *fa, uint32_t na, const uint32_t *ev_b,
                       const unsigned char *fb, uint32_t nb);

/* The frame bits of event word i of sentence `sent` (NP_FRAME_*; 0: none),
 * for tests and diagnostics. */
enum {
    NP_FRAME_ASSERT = 1u << 0,
    NP_FRAME_EXPECT = 1u << 1,
    NP_FRAME_NORM = 1u << 2,
    NP_FRAME_OPEN = 1u << 3,
    NP_FRAME_COND = 1u << 4,     /* condition stated plainly ("if they pass") */
    NP_FRAME_COND_NEG = 1u << 5, /* condition stated negated ("who don't pass") */
    NP_FRAME_GENERIC = 1u << 6,  /* what usually happens ("are typically released") */
};
unsigned np_frames_of(const np_frames *fr, uint32_t sent, uint32_t i);
/* The frame bits of token k of document doc (NP_FRAME_*; 0: none, or fr
 * NULL); *quoted (may be NULL) gets 1 when the word is inside a quotation. */
unsigned np_frames_tok(const np_frames *fr, int doc, uint32_t k, int *quoted);

#endif
