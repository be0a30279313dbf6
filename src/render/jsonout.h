/*
 * render/jsonout.h — the one way render/ turns a jansson tree into output:
 * serialise, append to a buffer, end with a newline.
 * Takes `root` (a new reference, may be NULL after a failed build) and always
 * releases it; appends to `out`; NP_ENOMEM when root is NULL or a step fails.
 */
#ifndef NP_RENDER_JSONOUT_H
#define NP_RENDER_JSONOUT_H

#include <jansson.h>

#include "core/buf.h"
#include "core/status.h"

/* flags: jansson's json_dumps flags (JSON_INDENT(n), JSON_COMPACT, ...). */
np_status np_render_json_append(json_t *root, size_t flags, np_buf *out);

#endif
