/*
 * article/linefeat.h — features of one line of scraped text, the raw material
 * the plain-text article parser (textdoc.c) uses to tell body paragraphs from
 * page furniture.
 *
 * Features are general shapes and web-furniture vocabulary (word counts,
 * capitalisation, function-word share, sentence-final punctuation,
 * call-to-action phrases, label prefixes such as "Tags:", list items shaped
 * "Product Name – pitch"), never strings of particular sites.
 *
 * Borrows the text; np_line.s points into the caller's buffer.  Work per line
 * is capped (NP_LINE_FEATURE_CAP bytes are inspected), so a single 100 MB
 * line costs no more than a short one beyond the trim.  np_line is kept
 * small (32 bytes) because a page may hold millions of lines.
 */
#ifndef NP_INGEST_LINEFEAT_H
#define NP_INGEST_LINEFEAT_H

#include <stddef.h>
#include <stdint.h>

#include "article/datefmt.h"

#define NP_LINE_FEATURE_CAP 4096

enum {
    NP_LF_TERMINAL = 1u << 0,  /* ends like a sentence: . ! ? … (before closing quotes) */
    NP_LF_NOLETTER = 1u << 1,  /* no letter at all: counters, separators, lone numbers */
    NP_LF_CTA = 1u << 2,       /* call-to-action / widget vocabulary (see linefeat.c) */
    NP_LF_LABEL = 1u << 3,     /* "Related:", "Tags:", "Read more:" prefix, photo credit */
    NP_LF_COPYRIGHT = 1u << 4, /* "© 2025 ...", "Copyright ...", "All rights reserved" */
    NP_LF_DATE = 1u << 5,      /* mostly a date (date line / timestamp) */
    NP_LF_BYLINE = 1u << 6,    /* "By Jane Doe ...", "Ana Ruiz contributed reporting." */
    NP_LF_ITEM = 1u << 7,      /* "Title Case Name – short description" list item */
    NP_LF_BULLET = 1u << 8,    /* starts with a bullet or list number */
    NP_LF_LONG = 1u << 9,      /* longer than NP_LINE_FEATURE_CAP */
    NP_LF_COMMENTS = 1u << 10, /* opens a comment section: "12 Comments", "Leave a Reply" */
};

typedef struct np_line {
    const char *s;   /* trimmed line (borrowed) */
    size_t len;
    uint16_t words;  /* tokens holding a letter or digit (within the cap) */
    uint16_t alpha;  /* tokens holding a letter */
    uint16_t caps;   /* tokens whose first letter is upper case */
    uint16_t funcs;  /* English function words (the, of, said, ...) */
    uint16_t widgets; /* share-bar / menu / reaction words ("share", "menu", "like") */
    uint16_t flags;  /* NP_LF_* */
} np_line;

/* Trim whitespace, including NBSP and other Unicode spaces, from both ends. */
void np_line_trim(const char **s, size_t *len);

/* Fill every feature of ln from ln->s / ln->len (already trimmed). */
void np_line_classify(np_line *ln);

/* 1 when the trimmed line s[0..n) is an ad-break label inside a story
 * ("Story continues below advertisement", "Continue reading the main
 * story"): furniture to drop, after which the story goes on (so it is no
 * paywall's cut).  np_line_classify() flags such a line NP_LF_CTA. */
int np_line_ad_break(const char *s, size_t n);

/* 1 when the trimmed line s[0..n) tells where the text first ran ("This
 * story was first published by Orbis.", "A version of this article
 * appeared in ..."): a credit, flagged NP_LF_LABEL by np_line_classify(). */
int np_line_first_ran(const char *s, size_t n);

/* 1 when the trimmed line s[0..n) opens a correction note ("Correction:
 * An earlier version of this article said ...", "This story has been
 * corrected to show ..."): flagged NP_LF_LABEL by np_line_classify(). */
int np_line_correction(const char *s, size_t n);

/* Tokens of a line: a helper for the other ingest files.  Advances *i past
 * spaces and returns the next whitespace-delimited token in [*start,*end);
 * 0 when none is left before `n`. */
int np_line_next_token(const char *s, size_t n, size_t *i, size_t *start, size_t *end);

/* First code point of the token that is a letter: 1 upper case, -1 lower
 * case, 0 no letter (digits, punctuation only). */
int np_token_case(const char *s, size_t n);

/* 1 when s[0..n) (any case, trailing punctuation ignored) is an English
 * function word. */
int np_is_function_word(const char *s, size_t n);

/* Byte length of a whitespace character at s[i] (ASCII blank, NBSP, Unicode
 * spaces, zero-width space, BOM), 0 if none. */
size_t np_space_len(const char *s, size_t n, size_t i);

/* Byte length of a dash used as a separator at s[i] (en dash, em dash,
 * horizontal bar, ASCII "-" / "--"), 0 if none. */
size_t np_dash_len(const char *s, size_t n, size_t i);

#endif
