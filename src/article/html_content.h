/*
 * article/html_content.h — find the main article text of a parsed HTML page.
 *
 * Our own block-and-container scoring (no port of any other extractor):
 * one iterative walk turns the DOM into text blocks (the text of one
 * block-level element between two block boundaries; table cells of a row
 * join) and indexes the elements in document order.  Every block gets a
 * value from its length, link density and sentence structure; link lists,
 * teasers (a linked headline with a summary, a summary cut with "...") and
 * captions count against.  Values add up bottom-up in reverse document
 * order (no recursion anywhere), decaying through wrapper elements, with
 * subtrees hinted as furniture by tag, role or class/id (nav, footer,
 * comments, share, related, cookie...; a majority vote against content
 * words) counting against their ancestors.  The best element outside any
 * furniture is the container; it may climb to an ancestor that adds mostly
 * good text (an article split into sections), siblings with real text join
 * it, its blocks are filtered and the edges trimmed of furniture lines
 * (datelines, "Advert", the title again).  A container that is a list of
 * headlines with short summaries is an index page: NP_EEMPTY (not when
 * it holds a run of four paragraphs with no headline between them: an
 * article with a link list).  On a page of several full <article>s the
 * one whose heading is the page title is the page's own; so it is beside
 * teaser cards in <article>s of their own or in plain wrappers that open
 * with a linked heading (each shorter than it, with no more text outside
 * them than in it), and the container never climbs above it nor takes
 * such a card in as a sibling.  Short lines
 * with the copyright sign (credits, rights notices), ruby readings
 * (<rt>, <rp>) and slide or page counters on a line of their own ("2 of
 * 6", "Page 2 of 3") are not text.  At the edges, short lines in a wrapper other
 * than the one of the body's longest paragraph go (after the body: linked
 * lines under 50 words, bare ones under 12, a call to action, a newsletter
 * box, an author bio; before it: lines under 12 words that are no
 * sentence, bylines and date stamps of any length), at most two at each
 * end (more are a list of the story's).  A short edge line with a date
 * and no sentence's end ("First published on Tue 4 Mar 2031 09.15 GMT")
 * goes wherever it sits.
 *
 * Fallbacks, so that a page with an article never comes out empty: when
 * the container's text is short (or there is none), a wider container (an
 * ancestor holding at least twice the text) or a text-density pass over
 * the whole page (prose blocks by length, punctuation and link density,
 * with the lists, tables and headings between them) replaces it when it
 * finds at least twice as much (a main text under 300 bytes also tries the
 * density pass without class names).  `path` says which one produced the
 * text.
 *
 * `title` (may be NULL) is the page's title as found by the metadata
 * pass: a copy of it leading the content is dropped.  `description` (may
 * be NULL) is its summary: shown as a block above the container, it is the
 * standfirst and leads the text.
 * Ownership: borrows the libxml2 document and `title`; writes UTF-8 text
 * to `out` (which should be empty), blocks separated by "\n\n".
 * NP_EEMPTY (err filled) when nothing reads like an article; the message
 * then starts "no article [CODE]:" with CODE one of index, no_text, short
 * (np_html_reason reads it back).
 */
#ifndef NP_INGEST_HTML_CONTENT_H
#define NP_INGEST_HTML_CONTENT_H

#include <libxml/HTMLparser.h>

#include "core/buf.h"
#include "core/status.h"

/* Which pass produced the text (stable names: np_html_path_name). */
typedef enum np_html_path {
    NP_HTML_PATH_MAIN = 0,  /* the best-scoring container */
    NP_HTML_PATH_WIDER,     /* an ancestor of it */
    NP_HTML_PATH_DENSITY,   /* prose blocks over the whole page */
    NP_HTML_PATH_JSONLD,    /* the page's JSON-LD articleBody (set by html.c) */
    NP_HTML_PATH_DESCRIPTION, /* only the page's own summary reads as text (set by html.c) */
} np_html_path;

/* "main", "wider", "density", "jsonld", "description". */
const char *np_html_path_name(np_html_path path);

/* `path` may be NULL. */
np_status np_html_main_text(xmlDoc *doc, const char *title, const char *description, np_buf *out,
                            np_html_path *path, np_error *err);

#endif
