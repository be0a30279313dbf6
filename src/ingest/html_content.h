/*
 * ingest/html_content.h — find the main article text of a parsed HTML page.
 *
 * Our own block-and-container scoring (no port of any other extractor):
 * one iterative walk turns the DOM into text blocks (the text of one
 * block-level element between two block boundaries) and indexes the
 * elements in document order; every block gets a value from its length,
 * link density and sentence structure; values add up bottom-up (in reverse
 * document order, so no recursion anywhere), with subtrees hinted as
 * boilerplate by tag or class/id (nav, footer, comments, share, related...)
 * counting against their ancestors.  The best-scoring element is the
 * article container; siblings that read like paragraphs are merged, then
 * its blocks are filtered (link lists, widgets, captions) and the edges
 * cleaned of short boilerplate lines.
 *
 * `title` (may be NULL) is the page's title as found by the metadata
 * pass: a copy of it leading the content is dropped.
 * Ownership: borrows the libxml2 document and `title`; appends UTF-8 text
 * to `out`, blocks separated by "\n\n".  NP_EEMPTY (err filled) when
 * nothing reads like an article.
 */
#ifndef NP_INGEST_HTML_CONTENT_H
#define NP_INGEST_HTML_CONTENT_H

#include <libxml/HTMLparser.h>

#include "core/buf.h"
#include "core/status.h"

np_status np_html_main_text(xmlDoc *doc, const char *title, np_buf *out, np_error *err);

#endif
