/*
 * render/excerpt.h — how an outlet's words shown as a brief item read as a
 * quotation excerpt.  Shared by the text/Markdown renderer (render.c) and the
 * web page (html_brief.c).  Pure functions, no state; nothing is allocated.
 *
 * The sentence splitter cuts a quotation of several sentences into them, and
 * the brief may show one of them alone: a piece that opens a quotation mark
 * it never closes, or closes one it never opened.  Readers are shown it as
 * the excerpt it is, the elision marked and the missing mark added, while the
 * JSON keeps the outlet's exact words.
 */
#ifndef NP_RENDER_EXCERPT_H
#define NP_RENDER_EXCERPT_H

#include <stddef.h>

/* What the words t need to read as an excerpt: 1 they open a quotation they
 * never close (shown with " [...]" and a closing mark after), -1 they close
 * one they never opened (an opening mark and "[...] " before), 2 they stand
 * inside a quotation of their paragraph with no mark of their own (both:
 * the reader sees they are someone's quoted words, not the outlet's), 0
 * nothing.
 * doc (may be NULL) is the text of the document the words come from: a
 * quotation the article itself leaves open at the end of t's paragraph (the
 * next paragraph opens no mark) ends there, and needs nothing.  *curly is 1
 * when the marks to add are curly (the words use curly ones), else 0. */
int np_excerpt_marks(const char *t, const char *doc, int *curly);

/* The marks np_excerpt_marks() asks for, as UTF-8: what to print before
 * and after the words (empty strings when nothing). */
const char *np_excerpt_before(int marks, int curly);
const char *np_excerpt_after(int marks, int curly);

/* First occurrence of needle[0..nlen) in text[from, len); with fold, ASCII
 * case is ignored and the match must sit on word boundaries (a UTF-8 byte
 * counts as a word's).  NULL when there is none. */
const char *np_excerpt_find(const char *text, size_t from, size_t len, const char *needle, size_t nlen, int fold);

#endif
