/*
 * compare/quote_words.h — the same quoted sentence in two outlets.
 *
 * Outlets cut one speaker's statement differently: one prints three of its
 * sentences as one quotation, another the first two, "he said", then the
 * third, a third only the last.  Whole quotations then differ, but each
 * quoted SENTENCE (the part of a quotation inside one sentence of the
 * text) reads the same words in every outlet that prints it, give or take
 * a word ("should never have" / "should have never", "goodwill" / "good
 * will").  compare/quotes.c links two quotations of one speaker that share
 * such a sentence; compare/quote_facts.c lets the fact of that sentence
 * cite every outlet printing it.  Who said it is the callers' business:
 * these functions compare words only.
 *
 * Ownership: nothing is allocated; the story and analyses are borrowed for
 * the call.  Private to compare/.
 */
#ifndef NP_COMPARE_QUOTE_WORDS_H
#define NP_COMPARE_QUOTE_WORDS_H

#include <stddef.h>

#include "compare/story.h"
#include "extract/analysis.h"

/* Words the shorter of two quoted sentences needs: a quoted common phrase
 * of two to four words ("a bad deal", "I need loyalty") is said by many
 * people on many occasions; a sentence of five words or more in the same
 * words is one statement. */
#define NP_QW_MIN_WORDS 5
/* Share of the shorter piece's words found, in order, in the other. */
#define NP_QW_SHARE 0.80f
/* Content words (not stopwords) among the words found. */
#define NP_QW_CONTENT 2
/* Words of a piece compared (a longer piece is compared by its first ones). */
#define NP_QW_MAX_WORDS 64

/* Do text a[a0, a1) of analysis an_a and text [b0, b1) of an_b read the
 * same words (the word tokens of each span; the shorter needs
 * NP_QW_MIN_WORDS, and NP_QW_SHARE of them, with NP_QW_CONTENT content
 * words, must come in the same order in the other; a word may meet two
 * written as one, "goodwill" / "good will")?  Spans are byte offsets in
 * each analysis's text. */
int np_qw_match(const np_analysis *an_a, size_t a0, size_t a1, const np_analysis *an_b, size_t b0, size_t b1);

/* Do the quotations doc_a[a0, a1) and doc_b[b0, b1) hold one quoted
 * sentence in the same words (np_qw_match() on their parts inside each
 * sentence of the story)?  1 with the two sentences in *ka, *kb (either
 * may be NULL), else 0. */
int np_qw_quotes_match(const np_story *s, int doc_a, size_t a0, size_t a1, int doc_b, size_t b0, size_t b1, long *ka,
                       long *kb);

#endif
