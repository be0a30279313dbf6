/*
 * article/textdoc.h — plain-text articles as scraped from the web.
 *
 * Input is the whole file as valid UTF-8 (see core/utf8.h).  The parser keeps
 * the article body and drops what surrounds it (repeated headline, date line,
 * byline, section labels, reaction widgets, "Leave a Reply", product ads,
 * "Related:" links), using general line features, never site strings.  It
 * fills doc->title, published (YYYY-MM-DD), author, dateline, description
 * (deck) and text (paragraphs separated by a blank line) when it finds them;
 * fields already set on doc (e.g. from JSONL) are kept.
 *
 * Borrows `text`; writes into `doc` (which owns what is written).
 * NP_EEMPTY when no body is left.
 */
#ifndef NP_INGEST_TEXTDOC_H
#define NP_INGEST_TEXTDOC_H

#include <stddef.h>

#include "core/doc.h"
#include "core/status.h"
#include "article/verbs.h"

np_status np_textdoc_parse(const char *text, size_t len, np_doc *doc, np_error *err);
/* The same, also dropping photo captions and video credits (captions.h)
 * when verbs (may be NULL: no such test) holds WordNet's verbs. */
np_status np_textdoc_parse_with(const char *text, size_t len, const np_verbs *verbs, np_doc *doc, np_error *err);

#endif
