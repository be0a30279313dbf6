/* render/jsonout.c — serialising a JSON tree into a buffer (see jsonout.h). */
#include "render/jsonout.h"

#include <stdlib.h>

np_status np_render_json_append(json_t *root, size_t flags, np_buf *out)
{
    if (!root)
        return NP_ENOMEM;
    char *txt = json_dumps(root, flags);
    json_decref(root);
    if (!txt)
        return NP_ENOMEM;
    np_status st = np_buf_append_str(out, txt);
    if (st == NP_OK)
        st = np_buf_append_char(out, '\n');
    free(txt);
    return st;
}
