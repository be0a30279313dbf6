/*
 * render/results.h — search results and the filtered story listing as text
 * or JSON (HTML pages are in html.h).  Appends to `out`; borrows everything.
 *
 * Search JSON: {"query","total","offset","hits":[{"id","doc","story","title",
 * "outlet","published","url","rank","snippet","highlights":[[start,end],...]}]}
 * where snippet is plain text and each highlight is a byte range of a hit in it.
 */
#ifndef NP_RENDER_RESULTS_H
#define NP_RENDER_RESULTS_H

#include "core/buf.h"
#include "core/status.h"
#include "render/render.h"
#include "store/search.h"

/* NP_RENDER_TEXT shows hits as [[word]]; NP_RENDER_MARKDOWN as **word**. */
np_status np_render_search(const np_search_query *q, const np_search_results *r,
                           np_render_format fmt, np_buf *out);

/* {"total","offset","stories":[{"id","label","documents","outlets","outlet_names",
 *  "first_published","last_published"}]} */
np_status np_render_story_page_json(const np_story_page *p, size_t offset, np_buf *out);

#endif
