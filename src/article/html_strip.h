/*
 * article/html_strip.h — drop the bodies of <script> and <style> elements
 * from a UTF-8 page before it is parsed.
 *
 * They are half the bytes of a modern page, nothing the extractor reads,
 * and libxml2 copies raw text one character at a time; cutting them out
 * with memchr-speed scanning first halves the parse.  JSON-LD scripts
 * (type containing "ld+json") are kept for the metadata pass.  Comments are
 * skipped over, so a "<script" inside one is left alone; an element
 * without its end tag is left to the parser.  The tags themselves stay.
 *
 * Ownership: appends the result to `out` (caller inits and frees).
 */
#ifndef NP_INGEST_HTML_STRIP_H
#define NP_INGEST_HTML_STRIP_H

#include <stddef.h>

#include "core/buf.h"
#include "core/status.h"

np_status np_html_strip_raw(const char *in, size_t n, np_buf *out);
/* The same, but a script of type text/template (markup a script shows
 * later: how some blog platforms ship a post's body) is unwrapped so that
 * its markup is parsed.  Only for a second try on a page that gave no
 * text: elsewhere such templates hold widgets or a second copy. */
np_status np_html_strip_raw_unwrap(const char *in, size_t n, np_buf *out);
/* Does the page hold a text/template script at all? */
int np_html_has_template(const char *in, size_t n);

/* Scanning helpers shared with html_attrs.c.  Position of the first
 * case-insensitive occurrence of word (NUL-terminated, lower case, starting
 * with '<' or '-') in s[from..n), or n. */
size_t np_html_find_ci(const char *s, size_t n, size_t from, const char *word);
/* End ('>') of the start tag whose attributes begin at or after s[at],
 * quotes respected, or n. */
size_t np_html_tag_end(const char *s, size_t n, size_t at);

#endif
