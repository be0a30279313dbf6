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
 * (index page, gallery), with err saying so: its message starts
 * "no article [CODE]:" (see html_content.h).  doc->extraction names the
 * pass that found the text (main, wider, density, jsonld, description).
 * A short text that lacks the page's own summary (description of a dozen
 * words or more, not restated in the text) gets it as its first paragraph;
 * a page with no text but such a summary (not an index) gets the summary
 * alone, extraction "description".
 */
#ifndef NP_INGEST_HTML_H
#define NP_INGEST_HTML_H

#include <stddef.h>

#include "core/doc.h"
#include "core/status.h"

np_status np_html_to_doc(const char *bytes, size_t len, const char *url,
                         const char *charset_hint, np_doc *doc, np_error *err);


/* The reason code of a "no article" error: "index", "no_text", "short"
 * (from the "[CODE]" of the message), "empty" for any other NP_EEMPTY,
 * NULL when err is not an NP_EEMPTY.  Points into err or a static string. */
const char *np_article_reason(const np_error *err, char *buf, size_t cap);

#endif
