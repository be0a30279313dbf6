/* ingest/http.c — HTTP response head parser and body decoder (see http.h). */
#include "ingest/http.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

/* A chunk-size line is a few hex digits plus rare extensions; anything much
 * longer is not chunked data. */
#define CHUNK_LINE_MAX 1024
/* Codings stacked on one body; real servers use one or two. */
#define MAX_CODINGS 8

void np_http_head_init(np_http_head *h)
{
    memset(h, 0, sizeof *h);
    h->reason = "";
    np_buf_init(&h->store, 0);
}

void np_http_head_free(np_http_head *h)
{
    if (!h)
        return;
    np_buf_free(&h->store);
    h->nfields = 0;
    h->reason = "";
}

static int is_ws(char c) { return c == ' ' || c == '\t'; }

static void trim(const char **s, const char **e)
{
    while (*s < *e && (is_ws(**s) || **s == '\r'))
        (*s)++;
    while (*e > *s && (is_ws((*e)[-1]) || (*e)[-1] == '\r'))
        (*e)--;
}

/* Parse "HTTP/x[.y] nnn[ reason]" in [s, e). */
static int parse_status_line(np_http_head *h, const char *s, const char *e, const char **reason,
                             const char **reason_end)
{
    if (e - s < 5 || strncasecmp(s, "HTTP/", 5) != 0)
        return 0;
    const char *p = s + 5;
    int major = 0, minor = 0, nd = 0;
    while (p < e && *p >= '0' && *p <= '9' && nd < 3) {
        major = major * 10 + (*p++ - '0');
        nd++;
    }
    if (nd == 0)
        return 0;
    if (p < e && *p == '.') {
        p++;
        nd = 0;
        while (p < e && *p >= '0' && *p <= '9' && nd < 3) {
            minor = minor * 10 + (*p++ - '0');
            nd++;
        }
        if (nd == 0)
            return 0;
    }
    if (p >= e || !is_ws(*p))
        return 0;
    while (p < e && is_ws(*p))
        p++;
    int status = 0;
    for (nd = 0; nd < 3; nd++) {
        if (p >= e || *p < '0' || *p > '9')
            return 0;
        status = status * 10 + (*p++ - '0');
    }
    if (p < e && !is_ws(*p))
        return 0;
    if (status < 100)
        return 0;
    h->version_major = major;
    h->version_minor = minor;
    h->status = status;
    *reason = p;
    *reason_end = e;
    trim(reason, reason_end);
    return 1;
}

np_status np_http_parse_head(np_http_head *h, const char *data, size_t len, size_t max_head,
                             np_error *err)
{
    size_t field_off[NP_HTTP_MAX_FIELDS][2];
    size_t reason_off = 0;
    np_buf_reset(&h->store);
    h->nfields = 0;
    h->reason = "";
    h->status = 0;
    h->head_len = 0;
    if (max_head == 0)
        max_head = 256 * 1024;
    size_t scan = len < max_head ? len : max_head;
    /* Each line adds at most its own length to the store, so one reservation
     * covers the whole head and the store never moves while we fill it. */
    np_status st = np_buf_reserve(&h->store, scan + 2);
    if (st != NP_OK)
        return np_error_set(err, st, NULL, 0, 0, "out of memory parsing http head");
    np_buf *b = &h->store;

    size_t pos = 0;
    int line_no = 0;
    int last_was_field = 0;
    for (;;) {
        const char *start = data + pos;
        const char *nl = pos < scan ? memchr(start, '\n', scan - pos) : NULL;
        const char *end;
        size_t next;
        if (nl) {
            end = nl;
            next = (size_t)(nl - data) + 1;
        } else if (scan == len) {
            /* The data ends inside the head: keep what is there, empty body. */
            end = data + len;
            next = len;
        } else {
            return np_error_set(err, NP_ETOOBIG, NULL, 0, (long long)pos,
                                "http head longer than %zu bytes", max_head);
        }
        const char *le = end;
        if (le > start && le[-1] == '\r')
            le--;
        if (line_no == 0) {
            const char *r, *re;
            if (!parse_status_line(h, start, le, &r, &re))
                return np_error_set(err, NP_EPARSE, NULL, 1, 0, "bad http status line");
            reason_off = b->len;
            memcpy(b->data + b->len, r, (size_t)(re - r));
            b->len += (size_t)(re - r);
            b->data[b->len++] = '\0';
        } else if (le == start) {
            pos = next;
            break; /* blank line: end of head */
        } else if (is_ws(*start)) {
            /* obs-fold: continue the previous field's value with one space. */
            const char *s = start, *e = le;
            trim(&s, &e);
            if (last_was_field && e > s) {
                b->len--; /* drop the value's NUL */
                b->data[b->len++] = ' ';
                memcpy(b->data + b->len, s, (size_t)(e - s));
                b->len += (size_t)(e - s);
                b->data[b->len++] = '\0';
            }
        } else {
            const char *colon = memchr(start, ':', (size_t)(le - start));
            last_was_field = 0;
            if (colon && h->nfields < NP_HTTP_MAX_FIELDS) {
                const char *ns = start, *ne = colon, *vs = colon + 1, *ve = le;
                trim(&ns, &ne);
                trim(&vs, &ve);
                if (ne > ns) {
                    field_off[h->nfields][0] = b->len;
                    memcpy(b->data + b->len, ns, (size_t)(ne - ns));
                    b->len += (size_t)(ne - ns);
                    b->data[b->len++] = '\0';
                    field_off[h->nfields][1] = b->len;
                    memcpy(b->data + b->len, vs, (size_t)(ve - vs));
                    b->len += (size_t)(ve - vs);
                    b->data[b->len++] = '\0';
                    h->nfields++;
                    last_was_field = 1;
                }
            }
        }
        line_no++;
        pos = next;
        if (pos >= len)
            break;
    }
    h->head_len = pos;
    h->reason = b->data + reason_off;
    for (size_t i = 0; i < h->nfields; i++) {
        h->fields[i].name = b->data + field_off[i][0];
        h->fields[i].value = b->data + field_off[i][1];
    }
    return NP_OK;
}

const char *np_http_get(const np_http_head *h, const char *name)
{
    for (size_t i = 0; i < h->nfields; i++)
        if (strcasecmp(h->fields[i].name, name) == 0)
            return h->fields[i].value;
    return NULL;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Parse a chunk-size line at data[pos..len).  Returns 1 and sets *size and
 * *next, 0 when the data ends inside the line, -1 when the line is bad. */
static int chunk_line(const char *data, size_t len, size_t pos, size_t *size, size_t *next)
{
    size_t lim = len - pos < CHUNK_LINE_MAX ? len - pos : CHUNK_LINE_MAX;
    const char *nl = memchr(data + pos, '\n', lim);
    if (!nl)
        return lim < CHUNK_LINE_MAX ? 0 : -1;
    const char *p = data + pos, *e = nl;
    while (p < e && is_ws(*p))
        p++;
    size_t v = 0;
    int nd = 0, d;
    while (p < e && (d = hexval(*p)) >= 0) {
        if (v > (SIZE_MAX >> 4))
            return -1;
        v = (v << 4) | (size_t)d;
        p++;
        nd++;
    }
    if (nd == 0)
        return -1;
    while (p < e && is_ws(*p))
        p++;
    if (p < e && *p != ';' && !(*p == '\r' && p + 1 == e))
        return -1;
    *size = v;
    *next = (size_t)(nl - data) + 1;
    return 1;
}

np_status np_http_dechunk(const char *data, size_t len, np_buf *out, np_error *err)
{
    size_t pos = 0;
    while (pos < len) {
        size_t size, next;
        int r = chunk_line(data, len, pos, &size, &next);
        if (r == 0)
            break; /* truncated inside a size line: keep what arrived */
        if (r < 0)
            return np_error_set(err, NP_EPARSE, NULL, 0, (long long)pos, "bad chunk size line");
        pos = next;
        if (size == 0)
            break; /* last chunk; trailer fields are of no use to us */
        size_t take = len - pos < size ? len - pos : size;
        np_status st = np_buf_append(out, data + pos, take);
        if (st != NP_OK)
            return np_error_set(err, st, NULL, 0, (long long)pos,
                                st == NP_ETOOBIG ? "dechunked body exceeds the size limit"
                                                 : "out of memory dechunking body");
        pos += take;
        if (take < size)
            break; /* truncated inside a chunk */
        if (pos < len && data[pos] == '\r')
            pos++;
        if (pos < len) {
            if (data[pos] != '\n')
                return np_error_set(err, NP_EPARSE, NULL, 0, (long long)pos,
                                    "chunk data not followed by a line end");
            pos++;
        }
    }
    if (!out->data && np_buf_reserve(out, 0) != NP_OK)
        return np_error_set(err, NP_ENOMEM, NULL, 0, -1, "out of memory dechunking body");
    return NP_OK;
}

/* Inflate data with the given window bits into out (bounded by its limit).
 * gzip bodies may hold several members back to back. */
static np_status inflate_into(const char *data, size_t len, int wbits, np_buf *out, np_error *err)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, wbits) != Z_OK)
        return np_error_set(err, NP_ENOMEM, NULL, 0, -1, "cannot initialise zlib");
    size_t start_len = out->len;
    size_t limit = out->limit;
    np_status st = NP_OK;
    const unsigned char *in = (const unsigned char *)data;
    size_t left = len;
    for (;;) {
        size_t room = limit > out->len ? limit - out->len : 0;
        unsigned char probe;
        unsigned char *dst = &probe;
        size_t avail = 1;
        if (room) {
            if (!out->data || out->cap - out->len - 1 == 0) {
                /* Grow geometrically, but never past the limit. */
                size_t grow = out->len > 65536 ? out->len : 65536;
                if (grow > room)
                    grow = room;
                if ((st = np_buf_reserve(out, grow)) != NP_OK) {
                    np_error_set(err, st, NULL, 0, -1, "out of memory decoding body");
                    break;
                }
            }
            avail = out->cap - out->len - 1;
            if (avail > room)
                avail = room;
            if (avail > (1u << 30))
                avail = 1u << 30;
            dst = (unsigned char *)out->data + out->len;
        }
        uInt feed = left > (1u << 30) ? (1u << 30) : (uInt)left;
        zs.next_in = (unsigned char *)in;
        zs.avail_in = feed;
        zs.next_out = dst;
        zs.avail_out = (uInt)avail;
        int ret = inflate(&zs, Z_NO_FLUSH);
        size_t produced = avail - zs.avail_out;
        in += feed - zs.avail_in;
        left -= feed - zs.avail_in;
        if (!room && produced) {
            /* The limit is reached and the stream still has bytes: a bomb or
             * just too big, either way refused before it costs memory. */
            np_buf_free(out);
            st = np_error_set(err, NP_ETOOBIG, NULL, 0, -1,
                              "decoded body exceeds the %zu byte limit", limit);
            break;
        }
        if (room) {
            out->len += produced;
            out->data[out->len] = '\0';
        }
        if (ret == Z_STREAM_END) {
            /* Another gzip member may follow; anything else is trailing junk. */
            if (wbits > MAX_WBITS && left >= 2 && in[0] == 0x1f && in[1] == 0x8b) {
                inflateReset(&zs);
                continue;
            }
            break;
        }
        if (ret == Z_OK)
            continue;
        if (ret == Z_BUF_ERROR && left == 0) {
            /* Truncated stream: keep what was decoded, if anything. */
            if (out->len == start_len)
                st = np_error_set(err, NP_EPARSE, NULL, 0, -1, "truncated compressed body");
            break;
        }
        st = np_error_set(err, NP_EPARSE, NULL, 0, (long long)(len - left),
                          "corrupt compressed body: %s", zs.msg ? zs.msg : "bad data");
        break;
    }
    inflateEnd(&zs);
    if (st == NP_OK && !out->data && np_buf_reserve(out, 0) != NP_OK)
        st = np_error_set(err, NP_ENOMEM, NULL, 0, -1, "out of memory decoding body");
    return st;
}

np_status np_http_decode_coding(const char *coding, size_t coding_len, const char *data, size_t len,
                                np_buf *out, np_error *err)
{
#define IS(s) (coding_len == sizeof(s) - 1 && strncasecmp(coding, s, coding_len) == 0)
    np_status st;
    if (IS("identity")) {
        st = np_buf_append(out, data, len);
        if (st == NP_OK && !out->data)
            st = np_buf_reserve(out, 0);
        return st == NP_OK ? NP_OK
                           : np_error_set(err, st, NULL, 0, -1, "body exceeds the size limit");
    }
    if (IS("gzip") || IS("x-gzip"))
        return inflate_into(data, len, 16 + MAX_WBITS, out, err);
    if (IS("deflate")) {
        /* "deflate" should be zlib-wrapped, but many servers send raw deflate. */
        const unsigned char *u = (const unsigned char *)data;
        int zlib_hdr = len >= 2 && (u[0] & 0x0f) == 8 && ((u[0] << 8) | u[1]) % 31 == 0;
        return inflate_into(data, len, zlib_hdr ? MAX_WBITS : -MAX_WBITS, out, err);
    }
    return np_error_set(err, NP_EUNSUPPORTED, NULL, 0, -1, "unsupported content coding '%.*s'",
                        (int)(coding_len > 40 ? 40 : coding_len), coding);
#undef IS
}

typedef struct coding { const char *s; size_t n; } coding;

/* Append the comma-separated codings of every field called name to list. */
static int collect(const np_http_head *h, const char *name, coding *list, int n)
{
    for (size_t i = 0; i < h->nfields; i++) {
        if (strcasecmp(h->fields[i].name, name) != 0)
            continue;
        const char *p = h->fields[i].value;
        while (*p) {
            const char *e = strchr(p, ',');
            if (!e)
                e = p + strlen(p);
            const char *s = p, *t = e;
            while (s < t && is_ws(*s))
                s++;
            while (t > s && is_ws(t[-1]))
                t--;
            /* Parameters (";q=...") never matter for the codings we undo. */
            const char *semi = memchr(s, ';', (size_t)(t - s));
            if (semi)
                for (t = semi; t > s && is_ws(t[-1]); t--)
                    ;
            if (t > s) {
                if (n >= MAX_CODINGS)
                    return -1;
                list[n].s = s;
                list[n].n = (size_t)(t - s);
                n++;
            }
            p = *e ? e + 1 : e;
        }
    }
    return n;
}

np_status np_http_decode_body(const np_http_head *h, const char *data, size_t len, size_t limit,
                              np_buf *out, np_buf *scratch, const char **body, size_t *body_len,
                              np_error *err)
{
    coding list[MAX_CODINGS];
    int n = collect(h, "Content-Encoding", list, 0);
    if (n >= 0)
        n = collect(h, "Transfer-Encoding", list, n);
    if (n < 0)
        return np_error_set(err, NP_EUNSUPPORTED, NULL, 0, -1, "too many stacked codings");
    const char *cur = data;
    size_t cur_len = len;
    np_buf *bufs[2] = {out, scratch};
    int which = 0;
    /* Codings apply in the order listed, so undo them from the last. */
    for (int i = n - 1; i >= 0; i--) {
        const char *c = list[i].s;
        size_t cn = list[i].n;
        if (cn == 8 && strncasecmp(c, "identity", 8) == 0)
            continue;
        int chunked = cn == 7 && strncasecmp(c, "chunked", 7) == 0;
        if (chunked) {
            /* Some archivers dechunk the body but keep the header: if the very
             * first size line is not hex, the body is not chunked. */
            size_t sz, nx;
            if (chunk_line(cur, cur_len, 0, &sz, &nx) != 1)
                continue;
        } else if ((cn == 4 && strncasecmp(c, "gzip", 4) == 0) ||
                   (cn == 6 && strncasecmp(c, "x-gzip", 6) == 0)) {
            /* Likewise for gzip: without the magic it was stored decoded. */
            if (cur_len < 2 || (unsigned char)cur[0] != 0x1f || (unsigned char)cur[1] != 0x8b)
                continue;
        }
        np_buf *dst = bufs[which];
        np_buf_reset(dst);
        dst->limit = limit ? limit : SIZE_MAX / 2;
        np_status st = chunked ? np_http_dechunk(cur, cur_len, dst, err)
                               : np_http_decode_coding(c, cn, cur, cur_len, dst, err);
        if (st != NP_OK)
            return st;
        cur = dst->data;
        cur_len = dst->len;
        which ^= 1;
    }
    *body = cur;
    *body_len = cur_len;
    return NP_OK;
}

/* Lowercase copy of [s, e) into dst[cap], or "" if it does not fit. */
static void copy_lower(char *dst, size_t cap, const char *s, const char *e)
{
    if (cap == 0)
        return;
    size_t n = (size_t)(e - s);
    if (n >= cap)
        n = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        dst[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    dst[n] = '\0';
}

void np_http_media_type(const char *ct, char *type, size_t tcap, char *charset, size_t ccap)
{
    if (tcap)
        type[0] = '\0';
    if (ccap)
        charset[0] = '\0';
    if (!ct)
        return;
    const char *p = ct;
    while (is_ws(*p))
        p++;
    const char *s = p;
    while (*p && *p != ';' && !is_ws(*p) && *p != ',')
        p++;
    copy_lower(type, tcap, s, p);
    while (*p) {
        const char *semi = strchr(p, ';');
        if (!semi)
            break;
        p = semi + 1;
        while (is_ws(*p))
            p++;
        if (strncasecmp(p, "charset", 7) != 0)
            continue;
        const char *q = p + 7;
        while (is_ws(*q))
            q++;
        if (*q != '=')
            continue;
        q++;
        while (is_ws(*q))
            q++;
        const char *vs = q, *ve;
        if (*q == '"' || *q == '\'') {
            char quote = *q;
            vs = q + 1;
            ve = strchr(vs, quote);
            if (!ve)
                ve = vs + strlen(vs);
        } else {
            ve = vs;
            while (*ve && *ve != ';' && !is_ws(*ve) && *ve != ',')
                ve++;
        }
        copy_lower(charset, ccap, vs, ve);
        break;
    }
}
