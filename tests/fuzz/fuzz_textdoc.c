/* libFuzzer target: plain-text article cleaning on arbitrary bytes
 * (sanitized to UTF-8 first, as ingest does), with WordNet's verbs (the
 * caption test) on inputs whose first byte is odd, without on the rest. */
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/utf8.h"
#include "article/textdoc.h"
#include "article/verbs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static np_verbs *verbs; /* the harness's one-time setup, kept for the process */
    if (!verbs)
        verbs = np_verbs_load(NULL, NULL);
    np_buf clean;
    np_buf_init(&clean, 0);
    if (np_utf8_sanitize((const char *)data, size, &clean, NULL) != NP_OK)
        return 0;
    np_doc *d = np_doc_new();
    if (d) {
        np_error e;
        np_textdoc_parse_with(clean.data ? clean.data : "", clean.len, size && (data[0] & 1) ? verbs : NULL, d,
                              &e);
        np_doc_free(d);
    }
    np_buf_free(&clean);
    return 0;
}
