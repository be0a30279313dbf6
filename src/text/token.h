/*
 * text/token.h — word tokenizer with normalisation and stemming.
 *
 * A token is a maximal run of letters/digits (Unicode categories L*, N*, M*)
 * that may contain internal apostrophes (’ ' ʼ) and, in numbers, internal
 * ',' or '.' between digits ("115,600", "2.5").  Hyphens, dashes, slashes and
 * all punctuation separate tokens ("600,000-member" → "600,000" "member").
 * Dotted acronyms are one token without the final period ("U.S." → "U.S",
 * norm "u.s").
 * Each token carries:
 *   norm — case-folded, accents stripped, apostrophes normalised to '\'', NFC
 *          ("Zelenskyy’s" → "zelenskyy's", "Café" → "cafe");
 *   stem — English Snowball stem of norm with a trailing "'s" removed
 *          (NULL when no stemmer was given; equal to norm for numbers);
 *   flags — NP_TOK_* below.
 *
 * Ownership: token arrays and their strings live in the caller's np_arena
 * (freed all at once with np_arena_free).  An np_stemmer wraps one
 * libstemmer object, which is NOT thread-safe: use one per thread.
 */
#ifndef NP_TEXT_TOKEN_H
#define NP_TEXT_TOKEN_H

#include <stddef.h>

#include "core/arena.h"
#include "core/status.h"

enum {
    NP_TOK_WORD = 1u << 0,    /* contains a letter */
    NP_TOK_NUMBER = 1u << 1,  /* starts with a digit */
    NP_TOK_CAP = 1u << 2,     /* first character is upper case */
    NP_TOK_ALLCAPS = 1u << 3, /* >= 2 letters, all upper case ("CSTO", "US") */
    NP_TOK_STOP = 1u << 4,    /* English function word (np_is_stopword) */
    NP_TOK_CONTENT = 1u << 5, /* word or number that is not a stopword */
};

typedef struct np_token {
    size_t start, end; /* byte offsets of the surface in the text */
    const char *norm;  /* NUL-terminated, in the arena */
    const char *stem;  /* NUL-terminated, in the arena, or NULL */
    unsigned flags;    /* NP_TOK_* */
} np_token;

typedef struct np_stemmer np_stemmer;

/* English Snowball stemmer; NULL on ENOMEM.  Free with np_stemmer_free. */
np_stemmer *np_stemmer_new(void);
void np_stemmer_free(np_stemmer *st);
/* Stem of an already normalised (lower-case) word, copied into the arena;
 * NULL on ENOMEM.  A trailing "'s" / "'" is removed first. */
const char *np_stem(np_stemmer *st, const char *norm, size_t n, np_arena *arena);

/* Tokenize text[0..len).  *out is an arena array of *n tokens (NULL if 0).
 * st may be NULL (stems are then NULL).  NP_ENOMEM on allocation failure. */
np_status np_tokenize(const char *text, size_t len, np_stemmer *st, np_arena *arena,
                      np_token **out, size_t *n);

/* The tokens of text[0..len): the caller's (tok, ntok) when tok is not
 * NULL, else np_tokenize()'s without stems, in the arena.  For the
 * finders that take tokens already made or make their own. */
np_status np_tokens_given_or_made(const char *text, size_t len, const np_token *tok, size_t ntok, np_arena *arena,
                                  const np_token **out, size_t *n);

/* Index of the first of the n tokens t (in text order) starting at or
 * after byte off; n when none.  A binary search. */
size_t np_tok_at_or_after(const np_token *t, size_t n, size_t off);

/* Normalised copy of any UTF-8 text (case fold, strip accents, NFC, curly
 * apostrophes/quotes → straight, dashes → '-'), NUL-terminated in the arena;
 * *out_len gets its length if non-NULL.  Invalid UTF-8 gets an ASCII-
 * lowercased byte copy instead.  NULL on ENOMEM. */
char *np_text_fold(const char *s, size_t n, np_arena *arena, size_t *out_len);

/* True when the (normalised, lower-case) word is an English function word
 * ("the", "of", "said" is NOT one). */
int np_is_stopword(const char *norm, size_t n);

/* Runs of letters or digits in s[0, n), a byte beyond ASCII counting as a
 * letter ("café" is one word): how many words a quotation has. */
size_t np_count_word_runs(const char *s, size_t n);

#endif
