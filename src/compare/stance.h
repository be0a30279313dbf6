/*
 * compare/stance.h — what a sentence says of one thing: an action (a
 * verb's synonym class) stated plainly or negated (np_sent.pol), about a
 * subject and, for an active verb, an object, read off the words around
 * the verb.  Private to compare/: the discrepancy section's contradictions
 * ("the bridge was not damaged" / "the bridge was damaged") and the
 * alignment's same-claim test (one subject, two different actions: "the
 * dam held" / "the dam burst") read them.
 *
 * A passive's subject is what was acted on, as is an active verb's object
 * ("no warning was issued" / "the agency had issued a warning").  The
 * subject is read back from the verb over auxiliaries, adverbs and a
 * denying verb ("denied resigning"), an aside between commas stepped over,
 * to where a clause opens; read through a pronoun or a relative ("it was
 * not", "which was") it is unknown and the sentence has no stance there.
 * Only the outlet's own words count (a quotation is the speaker's), and
 * only what a sentence asserts or expects (compare/frames.h), not a
 * condition ("if the bridge was not damaged") nor a norm.
 *
 * Ownership: plain values; nothing to free.  The story's sentences, terms
 * and synonym classes must be built (np_story_sentences()).
 */
#ifndef NP_COMPARE_STANCE_H
#define NP_COMPARE_STANCE_H

#include <stddef.h>
#include <stdint.h>

#include "compare/frames.h"
#include "compare/story.h"

#define NP_STANCE_SUBJ 6          /* content words of a subject phrase kept */
#define NP_STANCE_NONE UINT32_MAX /* no term: no head, no object */

typedef struct np_stance {
    int doc;
    uint32_t sent;
    uint32_t verb;                  /* synonym class of the action */
    uint32_t k;                     /* its token */
    uint32_t lo;                    /* first token of the subject phrase */
    uint32_t hi;                    /* one past the last token worth quoting (verb or object) */
    uint32_t head;                  /* class of the subject's head word */
    uint32_t subj[NP_STANCE_SUBJ];  /* classes of the subject phrase's content words */
    uint32_t n_subj;
    uint32_t name_mask;             /* which of them are capitalised (names) */
    uint32_t num_mask;              /* ... figures ("fourteen homes") */
    uint32_t poss_mask;             /* ... possessives ("Rimbauer's scheme") */
    uint32_t obj;                   /* class of an active verb's object's head, NP_STANCE_NONE when none */
    uint32_t objw[NP_STANCE_SUBJ];  /* classes of the object phrase's content words */
    uint32_t n_objw;
    uint32_t obj_name_mask, obj_num_mask;
    unsigned char neg, passive, expected;
    /* "no arrests were made": the event named by a noun after "no", its
     * subject and object unknown (head NP_STANCE_NONE) */
    unsigned char nominal;
} np_stance;

/* The first token of sentence si whose term's synonym class is t (a verb
 * of speaking's "@" term has none): the token, or the sentence's tok_hi. */
uint32_t np_stance_token(const np_story *s, uint32_t si, uint32_t t);

/* The stance of sentence si on the action at token k (class t, neg: the
 * sentence states it negated), frames from fr (NULL: none tested).  0 when
 * the sentence says nothing usable there: inside a quotation, under a
 * condition, a norm or a question of whether, with no subject, or with a
 * complement the action needs ("was made public", "is believed to be"). */
int np_stance_read(const np_story *s, const np_frames *fr, uint32_t si, uint32_t k, uint32_t t, int neg,
                   np_stance *x);

/* One subject: the same head word; when both phrases hold names besides
 * the head, a name in common ("the Sarn bridge" / "the bridge over the
 * Sarn river", not "the Vell bridge"); when both hold other modifiers
 * (figures aside), one in common ("the old bridge" / "the new bridge" are
 * two).  Symmetric. */
int np_stance_one_subject(const np_stance *a, const np_stance *b);

/* The two stances are about one thing done: the same action (synonym
 * class) in the same frame, and what was acted on is one (a passive's
 * subject, an active verb's object), or, for two active verbs, one
 * subject and no two different objects; a nominal stance meets another
 * only in a sentence alike enough. */
int np_stance_one_theme(const np_story *s, const np_stance *a, const np_stance *b);

/* The words of stance x (its subject phrase to its verb or object) in out
 * (cap bytes, NUL-terminated); a sentence's capital first word lower-cased
 * unless it is a name. */
void np_stance_words(const np_story *s, const np_stance *x, char *out, size_t cap);

#endif
