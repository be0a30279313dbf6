/* libFuzzer target: arbitrary bytes as a (possibly gzipped) WARC file.
 * Build: see tests/fuzz/run.sh (clang -fsanitize=fuzzer,address,undefined).
 * Adding -DNP_WARC_WINDOW=4096 shrinks the reader's window so that small
 * inputs also exercise window refills and matches split across them.
 * An input starting with 'Z' is gzip-compressed here first (see below). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <stdlib.h>
#include <zlib.h>

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

/* Append data as one gzip member (fast level) to out; returns new length. */
static size_t gz_member(const uint8_t *data, size_t n, uint8_t *out, size_t at, size_t cap)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (deflateInit2(&zs, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return at;
    zs.next_in = (uint8_t *)data;
    zs.avail_in = (uInt)n;
    zs.next_out = out + at;
    zs.avail_out = (uInt)(cap - at);
    deflate(&zs, Z_FINISH);
    at = cap - zs.avail_out;
    deflateEnd(&zs);
    return at;
}

/* Random bytes rarely make valid gzip (CRCs), so one input byte selects a
 * mode that compresses the rest: one member per record or one for all, then
 * maybe cuts the tail or flips a byte, to reach the member-level paths. */
static uint8_t *gzip_variant(const uint8_t *data, size_t size, size_t *out_len)
{
    uint8_t mode = data[0], knob = data[1];
    data += 2;
    size -= 2;
    size_t cap = size + size / 2 + 64 * (size / 16 + 4) + 1024;
    uint8_t *out = malloc(cap);
    if (!out)
        return NULL;
    size_t len = 0;
    if (mode & 1) {
        size_t start = 0;
        for (size_t i = 1; i + 7 <= size; i++)
            if (memcmp(data + i, "WARC/1.", 7) == 0) {
                len = gz_member(data + start, i - start, out, len, cap);
                start = i;
            }
        len = gz_member(data + start, size - start, out, len, cap);
    } else {
        len = gz_member(data, size, out, 0, cap);
    }
    if ((knob & 3) == 1 && len > (size_t)(knob >> 2))
        len -= (size_t)(knob >> 2) + 1; /* truncated last member */
    else if ((knob & 3) == 2 && len)
        out[(knob * 131u) % len] ^= 0x55; /* corrupt a byte */
    *out_len = len;
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    uint8_t *gz = NULL;
    if (size > 2 && data[0] == 'Z') {
        size_t n;
        gz = gzip_variant(data + 1, size - 1, &n);
        if (!gz || n == 0) {
            free(gz);
            return 0;
        }
        data = gz;
        size = n;
    }
    FILE *f = fmemopen((void *)data, size, "rb");
    if (!f) {
        free(gz);
        return 0;
    }
    sink s = {0, 0};
    np_warc_stats st;
    np_error err;
    /* A small record limit reaches the skip-oversized paths too. */
    size_t max = (data[size - 1] & 1) ? 4096 : (1u << 20);
    np_warc_read(f, "fuzz.warc", max, on_record, on_warning, &s, &st, &err);
    fclose(f);
    free(gz);
    return 0;
}
