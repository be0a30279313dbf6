/*
 * render/html.h — HTML pages: a brief (from its JSON form), the story list,
 * one document, search results, one outlet, errors.  Used by
 * `brief --format html` (one self-contained file, CSS inline) and by the web
 * server (CSS and a little script as external same-origin files, because the
 * server's Content-Security-Policy forbids inline script and style).
 *
 * Every string that comes from an article (titles, outlets, text, URLs,
 * quotes) goes through the escapers below: it can never become markup.
 * Invalid UTF-8 becomes U+FFFD and control characters are dropped, so a
 * hostile byte sequence cannot confuse the browser's parser either.
 *
 * Briefs are read from their JSON form ({"stories":[...]} as written by
 * render.h's JSON format) defensively: fields this code does not know are
 * ignored, a missing or mistyped field renders as absent.
 *
 * Everything appends to `out` and borrows its inputs.  On failure `out` may
 * hold a partial page (callers discard it).
 */
#ifndef NP_RENDER_HTML_H
#define NP_RENDER_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/status.h"
#include "store/search.h"

typedef struct np_html_opts {
    int standalone;  /* 1: inline CSS, no script, no links into the server */
} np_html_opts;

/* The stylesheet and the script the pages use (NUL-terminated, static). */
const char *np_html_css(void);
const char *np_html_js(void);

/* Escaping for HTML text and quoted attribute values (both contexts escape
 * & < > " ').  NP_ENOMEM only. */
np_status np_html_escape(np_buf *out, const char *s, size_t n);
np_status np_html_escape_str(np_buf *out, const char *s);
/* A URL for an href: only http: and https: URLs are written (escaped as an
 * attribute); anything else (javascript:, data:, relative) gives 0 and
 * writes nothing, so the caller prints the text without a link. */
int np_html_safe_url(const char *url);
/* Percent-encode a value for a query string or a path segment. */
np_status np_html_url_encode(np_buf *out, const char *s);

/* The brief page of every story in a {"stories":[...]} document.
 * NP_EPARSE when `json` is not JSON with a "stories" array. */
np_status np_html_brief_page(const char *json, size_t len, const np_html_opts *o, np_buf *out);

/* The story list with its filter form. */
typedef struct np_html_list_ctx {
    const np_story_filter *filter; /* what was asked (for the form and paging) */
    const np_outlet_count *outlets; size_t n_outlets; /* for the outlet menu */
} np_html_list_ctx;
np_status np_html_story_list_page(const np_story_page *page, const np_html_list_ctx *ctx,
                                  np_buf *out);

/* One document; brief_json (may be NULL) is its story's brief, whose quotes
 * and entity spellings from this document are highlighted in the text. */
np_status np_html_doc_page(const np_doc *doc, int64_t story_id, const char *brief_json,
                           size_t brief_len, np_buf *out);

/* Search results (results NULL: only the form; error non-NULL: shown). */
np_status np_html_search_page(const np_search_query *q, const np_search_results *results,
                              const char *error, np_buf *out);

/* What one outlet reported: its single-source claims and framing terms in
 * each brief given (JSON texts of stories that have one cached), and the
 * stories without a brief yet. */
typedef struct np_html_outlet_story {
    int64_t story_id;
    const char *label;
    const char *brief_json; /* NULL when not built yet */
    size_t brief_len;
} np_html_outlet_story;
np_status np_html_outlet_page(const char *outlet, const np_html_outlet_story *stories, size_t n,
                              np_buf *out);

/* Every outlet with its number of articles. */
np_status np_html_outlets_page(const np_outlet_count *o, size_t n, np_buf *out);

/* A short error page. */
np_status np_html_error_page(int http_status, const char *message, np_buf *out);

#endif
