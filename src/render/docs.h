/*
 * render/docs.h — documents and story listings as text, Markdown or JSON.
 * Appends to `out`; borrows everything.
 */
#ifndef NP_RENDER_DOCS_H
#define NP_RENDER_DOCS_H

#include "core/buf.h"
#include "core/doc.h"
#include "render/render.h"
#include "store/store.h"

/* One document: metadata then the cleaned text.  JSON is one object
 * {"id","doc","source","format","url","title","outlet","author","published",
 *  "modified","dateline","language","description","story","extraction","text"};
 * "extraction" is the HTML pass that found the text, null for other formats. */
np_status np_render_doc(const np_doc *doc, int64_t story_id, np_render_format fmt, np_buf *out);

/* One document as one line of compact JSON with the fields `ingest` reads
 * back from JSONL: {"id","url","title","published","modified","outlet",
 * "author","language","description","source","format","extraction","text"}. */
np_status np_render_doc_jsonl(const np_doc *doc, np_buf *out);

/* An input that gave no article: {"source","extraction":null,"reason",
 * "error","text":null}, one compact line when `line`, else indented.
 * `reason` is a short code (index, no_text, short, empty). */
np_status np_render_no_article(const char *source, const char *reason, const char *msg, int line, np_buf *out);

/* The story list: {"stories":[{"id","label","documents","outlets",
 * "first_published","last_published"[,"docs":[{"id","doc","outlet","title",
 * "published"[,"copy_of"]}]]}]} ("docs" when the rows have members) or a table. */
np_status np_render_story_list(const np_story_list *list, np_render_format fmt, np_buf *out);

#endif
