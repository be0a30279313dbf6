/* libFuzzer target: arbitrary bytes as a (possibly gzipped) WARC file.
 * Build: see tests/fuzz/run.sh (clang -fsanitize=fuzzer,address,undefined). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ingest/warc.h"

typedef struct sink {
    unsigned sum;
    size_t warnings;
} sink;

static np_status on_record(void *ctx, const np_warc_record *rec)
{
    sink *s = ctx;
    /* Touch every byte and string so ASan sees any overrun. */
    for (size_t i = 0; i < rec->body_len; i++)
        s->sum += (unsigned char)rec->body[i];
    const char *strs[] = {rec->type, rec->target_uri, rec->date, rec->record_id, rec->content_type,
                          rec->charset};
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
        if (strs[i])
            s->sum += (unsigned)strlen(strs[i]);
    return NP_OK;
}

static void on_warning(void *ctx, const np_error *w)
{
    sink *s = ctx;
    s->warnings++;
    s->sum += (unsigned)strlen(w->msg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    FILE *f = fmemopen((void *)data, size, "rb");
    if (!f)
        return 0;
    sink s = {0, 0};
    np_warc_stats st;
    np_error err;
    /* A small record limit reaches the skip-oversized paths too. */
    size_t max = (data[size - 1] & 1) ? 4096 : (1u << 20);
    np_warc_read(f, "fuzz.warc", max, on_record, on_warning, &s, &st, &err);
    fclose(f);
    return 0;
}
