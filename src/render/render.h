/*
 * render/render.h — briefs and story lists for people (text, Markdown) and
 * programs (JSON in the shape ../shared/tools/check_brief.py documents:
 * {"stories": [ {documents, facts, quotes, entities, numbers, discrepancies,
 * framing, timeline, summary, ...} ]}).
 *
 * Appends to `out`; borrows the briefs.
 */
#ifndef NP_RENDER_RENDER_H
#define NP_RENDER_RENDER_H

#include <stddef.h>

#include "compare/brief.h"
#include "core/buf.h"
#include "core/status.h"

typedef enum np_render_format {
    NP_RENDER_TEXT = 0,
    NP_RENDER_MARKDOWN = 1,
    NP_RENDER_JSON = 2,
} np_render_format;

/* Parse "text", "md"/"markdown", "json".  NP_EINVAL otherwise. */
np_status np_render_format_parse(const char *name, np_render_format *out);

np_status np_render_briefs(const np_brief *const *briefs, size_t n,
                           np_render_format fmt, np_buf *out);

#endif
