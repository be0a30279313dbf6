/*
 * ingest/html_strip.h — drop the bodies of <script> and <style> elements
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

#endif
