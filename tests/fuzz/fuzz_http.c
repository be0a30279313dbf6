/* libFuzzer target: arbitrary bytes as an archived HTTP response (head,
 * codings, media type), and as a chunked body on their own. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "ingest/http.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *d = (const char *)data;
    np_http_head h;
    np_http_head_init(&h);
    np_error err;
    np_buf a, b;
    np_buf_init(&a, 0);
    np_buf_init(&b, 0);
    unsigned sum = 0;
    if (np_http_parse_head(&h, d, size, 4096, &err) == NP_OK) {
        for (size_t i = 0; i < h.nfields; i++)
            sum += (unsigned)strlen(h.fields[i].name) + (unsigned)strlen(h.fields[i].value);
        sum += (unsigned)strlen(h.reason);
        const char *body;
        size_t blen;
        if (np_http_decode_body(&h, d + h.head_len, size - h.head_len, 1u << 20, &a, &b, &body, &blen,
                                &err) == NP_OK)
            for (size_t i = 0; i < blen; i++)
                sum += (unsigned char)body[i];
        char t[64], c[32];
        np_http_media_type(np_http_get(&h, "Content-Type"), t, sizeof t, c, sizeof c);
        sum += (unsigned)strlen(t) + (unsigned)strlen(c);
    }
    np_buf_reset(&a);
    a.limit = 1u << 20;
    if (np_http_dechunk(d, size, &a, &err) == NP_OK)
        sum += (unsigned)a.len;
    np_buf_free(&a);
    np_buf_free(&b);
    np_http_head_free(&h);
    (void)sum;
    return 0;
}
