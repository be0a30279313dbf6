/*
 * text/sentence.h — split cleaned article text into sentences.
 *
 * Rules (why: newswire text is full of periods that do not end sentences):
 *  - a blank line (paragraph break) always ends a sentence; so does a single
 *    newline when the next line starts like a new sentence;
 *  - '.', '!', '?' end a sentence when followed by space and an upper-case
 *    letter, digit or opening quote — except after abbreviations (Mr., Dr.,
 *    U.S., Jan., St., Gen., a.m., No.), single-letter initials (J. R. R.),
 *    inside decimals (2.5) and ellipses ("..." / "…" only end when the next
 *    word is capitalised and the ellipsis is followed by a paragraph break);
 *  - closing quotes/brackets after the terminator stay in the sentence (."  .”  .));
 *  - a quoted sentence is not split when the quote continues with a
 *    lower-case attribution (“We will win.” he said. / “We will win,” …).
 *
 * Spans are byte offsets [start, end) into the text, with leading/trailing
 * whitespace (ASCII and Unicode blanks such as NBSP) trimmed; they never
 * overlap, are never empty, and are in text order.
 */
#ifndef NP_TEXT_SENTENCE_H
#define NP_TEXT_SENTENCE_H

#include <stddef.h>

#include "core/status.h"

typedef struct np_span {
    size_t start, end; /* byte offsets, end exclusive */
} np_span;

/* Split text[0..len).  On NP_OK *out is a malloc'd array of *n spans (NULL
 * when *n == 0) that the caller frees with free().  NP_ENOMEM otherwise
 * (then *out is NULL and *n is 0). */
np_status np_sentences_split(const char *text, size_t len, np_span **out, size_t *n);

/* Index of the sentence containing byte offset `off` (binary search), or the
 * last sentence starting before it; -1 when n == 0 or off precedes them all. */
long np_sentence_at(const np_span *sents, size_t n, size_t off);

/* Index of the first of n records in text order, `stride` bytes apart,
 * whose size_t start offset lies `field` bytes into each (np_span,
 * np_token, np_entity_mention: offsetof(T, start)), that starts at or
 * after byte off; n when none.  A binary search. */
size_t np_spans_first_at(const void *spans, size_t n, size_t stride, size_t field, size_t off);

#endif
