/*
 * article/html_attrs.h — drop the attributes nothing downstream reads from
 * the start tags of a UTF-8 page before it is parsed.
 *
 * Two thirds of what is left of a modern page after <script>/<style> bodies
 * are gone is attribute bytes (href, data-*, svg path data, srcset...), and
 * libxml2 copies every value one character at a time into its own heap
 * string.  The extractor reads only a few names (see keep_attr in the .c);
 * the rest are cut here at memchr speed.  Of the kept ones, values nobody
 * can use go too: class/id words that neither html_hints.c nor
 * html_meta.c gives any weight (np_html_hint_token, np_html_class_words),
 * style values that cannot hide an element, <meta content> under keys
 * html_meta.c does not read (np_html_meta_key), <link href> without
 * rel=canonical.  The extracted text and metadata stay byte-identical.
 *
 * Contract: the parse of the result equals the parse of the input except
 * for the missing attributes.  So a tag is rewritten only when its syntax
 * is plain (name, then blank-separated name or name=value pairs with quoted
 * or unquoted values, then '>' or '/>'); anything unusual is copied as is.
 * Comments, <!...> and <?...> declarations, end tags, and the bodies of
 * raw-text elements (script, style, title, textarea, noscript, iframe...)
 * are copied untouched; an element left open runs to the end of the page
 * verbatim.
 *
 * Ownership: appends the result to `out` (caller inits and frees).
 */
#ifndef NP_INGEST_HTML_ATTRS_H
#define NP_INGEST_HTML_ATTRS_H

#include <stddef.h>

#include "core/buf.h"
#include "core/status.h"

np_status np_html_drop_attrs(const char *in, size_t n, np_buf *out);

#endif
