/* libFuzzer target: the JSONL reader (line splitting, limits, JSON records,
 * cleaning of each record) through the ingest front door. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ingest/ingest.h"

static np_status drop(void *ctx, np_doc *d)
{
    (void)ctx;
    np_doc_free(d);
    return NP_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fmemopen((void *)data, size ? size : 1, "rb");
    if (!f)
        return 0;
    np_ingest ig;
    np_ingest_init(&ig);
    ig.format = NP_FORMAT_JSONL;
    ig.max_line_bytes = 1 << 16;
    ig.on_doc = drop;
    ig.skip_language = 1; /* loading the classifier per input would cost 6 ms */
    np_error e;
    np_ingest_stream(&ig, f, "fuzz.jsonl", &e);
    np_ingest_cleanup(&ig);
    fclose(f);
    return 0;
}
