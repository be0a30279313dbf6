/*
 * article/html.h — one HTML page to one np_doc: charset to UTF-8, parse,
 * main-content extraction, metadata.
 *
 * `bytes` is the raw page in any charset; `charset_hint` (may be NULL) is the
 * HTTP header's charset; `url` (may be NULL) is where the page came from.
 * Fills doc->text (paragraphs separated by a blank line, headings kept) and
 * title, author, published, modified, outlet, url (canonical), language,
 * description when found; fields already set on doc are kept.
 * Borrows every argument.  NP_EEMPTY when the page holds no article
 * (index page, gallery), with err saying so.
 */
#ifndef NP_INGEST_HTML_H
#define NP_INGEST_HTML_H

#include <stddef.h>

#include "core/doc.h"
#include "core/status.h"

np_status np_html_to_doc(const char *bytes, size_t len, const char *url,
                         const char *charset_hint, np_doc *doc, np_error *err);

#endif
