/* ingest/gzstream.c — transparent gzip (multi-member) reader (see gzstream.h). */
#include "ingest/gzstream.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/types.h>
#include <zlib.h>

#include "core/mem.h"

/* Big enough that fread and inflate run in long strides; fixed for the
 * stream's life so memory does not depend on the input. */
#define GZ_IBUF_SIZE (256u * 1024u)

struct np_gzstream {
    FILE *in;
    const char *name;
    int gzip;            /* input starts with the gzip magic */
    int zinit;           /* zs was initialised with inflateInit2 */
    z_stream zs;         /* next_in/avail_in also track unread bytes in plain mode */
    unsigned char *ibuf;
    long long ibuf_off;  /* file offset of ibuf[0] */
    int in_eof;          /* the FILE has no more bytes */
    int in_member;       /* inside a gzip member (header seen, no end yet) */
    int failed;          /* truncated/corrupt member: reads fail until resync */
    char fail_msg[200];
    long long member_start;
    long long members;
    long long out;       /* decompressed bytes returned */
};

static long long cur_off(const np_gzstream *gz)
{
    return gz->ibuf_off + (long long)(gz->zs.next_in - gz->ibuf);
}

/* Move the unread bytes to the front and top the buffer up from the FILE.
 * Returns NP_EIO on a read error; end of file just sets in_eof. */
static np_status refill(np_gzstream *gz, np_error *err)
{
    if (gz->in_eof)
        return NP_OK;
    size_t keep = gz->zs.avail_in;
    size_t consumed = (size_t)(gz->zs.next_in - gz->ibuf);
    if (keep && consumed)
        memmove(gz->ibuf, gz->zs.next_in, keep);
    gz->ibuf_off += (long long)consumed;
    gz->zs.next_in = gz->ibuf;
    size_t got = fread(gz->ibuf + keep, 1, GZ_IBUF_SIZE - keep, gz->in);
    gz->zs.avail_in = (uInt)(keep + got);
    if (got < GZ_IBUF_SIZE - keep) {
        if (ferror(gz->in))
            return np_error_set(err, NP_EIO, gz->name, 0, gz->ibuf_off + (long long)keep,
                                "read failed: %s", strerror(errno));
        if (feof(gz->in) || got == 0)
            gz->in_eof = 1;
    }
    return NP_OK;
}

np_status np_gz_open(np_gzstream **out, FILE *in, const char *name, np_error *err)
{
    *out = NULL;
    np_gzstream *gz = np_calloc(1, sizeof *gz);
    if (!gz)
        return np_error_set(err, NP_ENOMEM, name, 0, -1, "out of memory opening stream");
    gz->ibuf = np_malloc(GZ_IBUF_SIZE);
    if (!gz->ibuf) {
        np_free(gz);
        return np_error_set(err, NP_ENOMEM, name, 0, -1, "out of memory opening stream");
    }
    gz->in = in;
    gz->name = name ? name : "";
    off_t base = ftello(in);
    gz->ibuf_off = base > 0 ? (long long)base : 0;
    gz->zs.next_in = gz->ibuf;
    gz->zs.avail_in = 0;
    np_status st = refill(gz, err);
    if (st != NP_OK) {
        np_gz_close(gz);
        return st;
    }
    if (gz->zs.avail_in >= 2 && gz->ibuf[0] == 0x1f && gz->ibuf[1] == 0x8b) {
        gz->gzip = 1;
        /* 16 + MAX_WBITS: gzip wrapper only, so CRC and length are checked. */
        if (inflateInit2(&gz->zs, 16 + MAX_WBITS) != Z_OK) {
            np_gz_close(gz);
            return np_error_set(err, NP_ENOMEM, name, 0, -1, "cannot initialise zlib");
        }
        gz->zinit = 1;
    }
    *out = gz;
    return NP_OK;
}

void np_gz_close(np_gzstream *gz)
{
    if (!gz)
        return;
    if (gz->zinit)
        inflateEnd(&gz->zs);
    np_free(gz->ibuf);
    np_free(gz);
}

int np_gz_is_gzip(const np_gzstream *gz) { return gz ? gz->gzip : 0; }
long long np_gz_member_offset(const np_gzstream *gz) { return gz ? gz->member_start : 0; }
long long np_gz_out_offset(const np_gzstream *gz) { return gz ? gz->out : 0; }
long long np_gz_members(const np_gzstream *gz) { return gz ? gz->members : 0; }

static np_status fail(np_gzstream *gz, np_error *err, const char *fmt, long long off, const char *detail)
{
    gz->failed = 1;
    gz->in_member = 0;
    snprintf(gz->fail_msg, sizeof gz->fail_msg, fmt, off, detail ? detail : "");
    return np_error_set(err, NP_EPARSE, gz->name, 0, gz->member_start, "%s", gz->fail_msg);
}

static np_status read_plain(np_gzstream *gz, unsigned char *buf, size_t n, size_t *got, np_error *err)
{
    if (gz->zs.avail_in) {
        size_t k = gz->zs.avail_in < n ? gz->zs.avail_in : n;
        memcpy(buf, gz->zs.next_in, k);
        gz->zs.next_in += k;
        gz->zs.avail_in -= (uInt)k;
        *got = k;
        gz->out += (long long)k;
        return NP_OK;
    }
    if (gz->in_eof)
        return NP_OK;
    /* Large reads go straight from the FILE to the caller: no extra copy. */
    size_t k = fread(buf, 1, n, gz->in);
    if (k < n) {
        if (ferror(gz->in))
            return np_error_set(err, NP_EIO, gz->name, 0, cur_off(gz), "read failed: %s",
                                strerror(errno));
        gz->in_eof = 1;
    }
    gz->ibuf_off += (long long)k;
    gz->out += (long long)k;
    *got = k;
    return NP_OK;
}

np_status np_gz_read(np_gzstream *gz, void *buf, size_t n, size_t *got, np_error *err)
{
    *got = 0;
    if (n == 0)
        return NP_OK;
    if (!gz->gzip)
        return read_plain(gz, buf, n, got, err);
    if (gz->failed)
        return np_error_set(err, NP_EPARSE, gz->name, 0, gz->member_start, "%s", gz->fail_msg);
    if (n > UINT_MAX)
        n = UINT_MAX;
    np_status st;
    for (;;) {
        if (!gz->in_member) {
            if (gz->zs.avail_in < 2 && (st = refill(gz, err)) != NP_OK)
                return st;
            if (gz->zs.avail_in == 0)
                return NP_OK; /* clean end after the last member */
            if (gz->zs.avail_in < 2 || gz->zs.next_in[0] != 0x1f || gz->zs.next_in[1] != 0x8b) {
                gz->member_start = cur_off(gz);
                return fail(gz, err, "bytes at %lld after a gzip member are not gzip%s",
                            gz->member_start, NULL);
            }
            gz->member_start = cur_off(gz);
            gz->members++;
            inflateReset(&gz->zs);
            gz->in_member = 1;
        }
        if (gz->zs.avail_in == 0) {
            if ((st = refill(gz, err)) != NP_OK)
                return st;
            if (gz->zs.avail_in == 0)
                return fail(gz, err, "truncated gzip member at byte %lld%s", gz->member_start, NULL);
        }
        gz->zs.next_out = buf;
        gz->zs.avail_out = (uInt)n;
        int ret = inflate(&gz->zs, Z_NO_FLUSH);
        size_t produced = n - gz->zs.avail_out;
        gz->out += (long long)produced;
        *got = produced;
        if (ret == Z_STREAM_END) {
            gz->in_member = 0;
            if (produced)
                return NP_OK;
            continue; /* empty member: go on to the next one */
        }
        if (ret == Z_OK || ret == Z_BUF_ERROR) {
            if (produced)
                return NP_OK;
            if (ret == Z_BUF_ERROR && gz->zs.avail_in)
                return fail(gz, err, "corrupt gzip member at byte %lld%s", gz->member_start, NULL);
            continue; /* input exhausted: the loop refills */
        }
        *got = 0;
        return fail(gz, err, "corrupt gzip member at byte %lld: %s", gz->member_start,
                    gz->zs.msg ? gz->zs.msg : "bad data");
    }
}

int np_gz_resync(np_gzstream *gz)
{
    if (!gz || !gz->gzip)
        return 0;
    gz->failed = 0;
    gz->in_member = 0;
    long long from = gz->member_start + 1;
    /* Seeking back lets a member that follows a truncated one be found even
     * if inflate already swallowed its first bytes as if they were data. */
    if (from < cur_off(gz) && fseeko(gz->in, (off_t)from, SEEK_SET) == 0) {
        clearerr(gz->in);
        gz->ibuf_off = from;
        gz->zs.next_in = gz->ibuf;
        gz->zs.avail_in = 0;
        gz->in_eof = 0;
    }
    for (;;) {
        if (gz->zs.avail_in < 3) {
            if (refill(gz, NULL) != NP_OK)
                gz->in_eof = 1;
            if (gz->zs.avail_in < 3 && gz->in_eof) {
                gz->zs.next_in += gz->zs.avail_in;
                gz->zs.avail_in = 0;
                return 0;
            }
        }
        const unsigned char *p = gz->zs.next_in;
        size_t n = gz->zs.avail_in;
        size_t i = 0;
        for (;;) {
            const unsigned char *q = memchr(p + i, 0x1f, n - 2 - i);
            if (!q)
                break;
            i = (size_t)(q - p);
            if (p[i + 1] == 0x8b && p[i + 2] == 0x08) {
                gz->zs.next_in += i;
                gz->zs.avail_in -= (uInt)i;
                return 1;
            }
            if (++i >= n - 2)
                break;
        }
        /* Keep the last two bytes: a header may straddle the refill. */
        gz->zs.next_in += n - 2;
        gz->zs.avail_in = 2;
    }
}

np_status np_gz_read_all(FILE *in, const char *name, size_t limit, np_buf *out, np_error *err)
{
    np_buf_init(out, limit);
    np_gzstream *gz = NULL;
    np_status st = np_gz_open(&gz, in, name, err);
    if (st != NP_OK)
        return st;
    unsigned char chunk[65536];
    for (;;) {
        size_t got = 0;
        st = np_gz_read(gz, chunk, sizeof chunk, &got, err);
        if (st != NP_OK)
            break;
        if (got == 0)
            break;
        st = np_buf_append(out, chunk, got);
        if (st == NP_ETOOBIG) {
            np_error_set(err, st, name, 0, -1, "file is larger than the %zu byte limit%s", out->limit,
                         gz->gzip ? " once decompressed" : "");
            break;
        }
        if (st != NP_OK) {
            np_error_set(err, st, name, 0, -1, "out of memory reading file");
            break;
        }
    }
    np_gz_close(gz);
    if (st != NP_OK)
        np_buf_free(out);
    else if (!out->data && np_buf_reserve(out, 0) != NP_OK)
        return np_error_set(err, NP_ENOMEM, name, 0, -1, "out of memory reading file");
    return st;
}
