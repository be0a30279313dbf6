/*
 * article/verbs.h — which English words are inflected verb forms, from
 * WordNet's verb lemmas (<dir>/index.verb) and irregular forms
 * (<dir>/verb.exc), default dir /usr/share/wordnet.
 *
 * Used to tell a sentence from a verbless caption ("Hikers from the
 * convoy resting by a well.").  np_verbs_load() returns an object that
 * answers 0 to every lookup when WordNet is absent (the caller then keeps
 * every line: the cautious side); np_verbs_available() says which.  After
 * loading the object is read-only, so one may be shared by threads.  The
 * caller frees it with np_verbs_free() (accepts NULL).
 */
#ifndef NP_ARTICLE_VERBS_H
#define NP_ARTICLE_VERBS_H

#include <stddef.h>

#include "core/status.h"

typedef struct np_verbs np_verbs;

/* NULL only on ENOMEM (err filled); a missing WordNet is no error. */
np_verbs *np_verbs_load(const char *dir, np_error *err);
void np_verbs_free(np_verbs *v);
/* 1 when the WordNet files were read. */
int np_verbs_available(const np_verbs *v);
/* 1 when word[0..n) is a WordNet verb lemma ("plan", "walk"); ASCII
 * case-insensitive. */
int np_verbs_is_lemma(const np_verbs *v, const char *word, size_t n);
/* 1 when word[0..n) can only be read as a verb that has a tense: an
 * auxiliary or modal ("is", "were", "will", "can't"), a past form ("met",
 * "walked", "carried"), or a third-person present form ("says", "marches",
 * "carries") of a verb lemma.  Capitalised words are not judged (names);
 * "-ing" forms and bare lemmas are not finite. */
int np_verbs_is_finite(const np_verbs *v, const char *word, size_t n);

#endif
