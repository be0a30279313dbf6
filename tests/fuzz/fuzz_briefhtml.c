/* libFuzzer target: the HTML brief page rendered from arbitrary bytes as the
 * brief's JSON form (renderers read it defensively: any JSON, any field
 * types), plus the escaper on the raw bytes.  The page must never contain a
 * '<script' that the renderer did not write (it writes none in a
 * standalone page). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "render/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    np_buf b;
    np_buf_init(&b, 0);
    np_html_opts o = {.standalone = 1};
    if (np_html_brief_page((const char *)data, size, &o, &b) == NP_OK && b.data &&
        strstr(b.data, "<script"))
        abort();
    np_buf_free(&b);
    np_buf_init(&b, 0);
    if (np_html_escape(&b, (const char *)data, size) == NP_OK && b.data &&
        (memchr(b.data, '<', b.len) || memchr(b.data, '"', b.len)))
        abort();
    np_buf_free(&b);
    return 0;
}
