/* ingest/warc.c — streaming WARC 1.0/1.1 reader (see warc.h).
 *
 * Layers: gzstream (bytes, gzip undone) -> reader (a fixed window with line
 * and block reads, a push-back area for resynchronisation, and a small table
 * mapping decompressed positions to gzip member offsets) -> record loop
 * (WARC header, block, trailer check) -> payload (HTTP head, codings, type).
 * Every loop iteration consumes input or ends, so damaged input cannot hang it.
 */
#include "ingest/warc.h"

#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/mem.h"
#include "ingest/gzstream.h"
#include "ingest/http.h"

/* The reader window.  Fuzz builds shrink it (-DNP_WARC_WINDOW=4096) so that
 * small inputs cross window refills as often as gigabyte files do. */
#ifndef NP_WARC_WINDOW
#define NP_WARC_WINDOW (1u << 20)
#endif
#define RD_CAP ((size_t)NP_WARC_WINDOW)
/* A WARC header is normally < 2 KB; it must fit well inside the window. */
#define WARC_HEAD_MAX (RD_CAP / 4 < 256u * 1024u ? RD_CAP / 4 : 256u * 1024u)
#define HTTP_HEAD_MAX (256u * 1024u)
#define DEFAULT_MAX_RECORD ((size_t)64 << 20)
#define MAX_BOUNDS 64                 /* member starts tracked inside the window */
#define SNIFF_BYTES 1024

static const char WARC_MAGIC[] = "WARC/1.";
#define WARC_MAGIC_LEN 7

typedef struct bound {
    long long upos; /* decompressed offset where the member's bytes start */
    long long coff; /* compressed offset of that member */
} bound;

typedef struct reader {
    np_gzstream *gz;
    char *buf;
    size_t pos, end;
    long long upos;    /* decompressed offset of buf[pos] */
    int eof;           /* the stream is exhausted */
    int gz_failed;     /* the last failure came from the gzip layer */
    np_error gzerr;    /* its detail */
    np_buf push;       /* bytes to read again before the stream (resync) */
    size_t push_pos;
    bound bounds[MAX_BOUNDS];
    int nbounds;
} reader;

/* ---- reader ------------------------------------------------------------ */

static void rd_note_member(reader *r, long long upos, long long coff)
{
    if (r->nbounds && r->bounds[r->nbounds - 1].coff == coff)
        return;
    if (r->nbounds == MAX_BOUNDS) {
        /* Drop starts that lie wholly before the read position. */
        int k = 0;
        while (k + 1 < r->nbounds && r->bounds[k + 1].upos <= r->upos)
            k++;
        if (k) {
            memmove(r->bounds, r->bounds + k, (size_t)(r->nbounds - k) * sizeof(bound));
            r->nbounds -= k;
        }
    }
    if (r->nbounds == MAX_BOUNDS)
        r->nbounds--; /* pathological: lose precision, not memory */
    r->bounds[r->nbounds].upos = upos;
    r->bounds[r->nbounds].coff = coff;
    r->nbounds++;
}

/* Compressed offset of the member holding decompressed byte u. */
static long long rd_member_of(const reader *r, long long u)
{
    if (!np_gz_is_gzip(r->gz))
        return u;
    long long c = r->nbounds ? r->bounds[0].coff : 0;
    for (int i = 0; i < r->nbounds; i++)
        if (r->bounds[i].upos <= u)
            c = r->bounds[i].coff;
    return c;
}

/* Read from the push-back area, else the stream, into dst.  `at` is the
 * decompressed offset the bytes will have. */
static np_status rd_source(reader *r, char *dst, size_t n, long long at, size_t *got)
{
    *got = 0;
    if (r->push.data && r->push_pos < r->push.len) {
        size_t k = r->push.len - r->push_pos;
        if (k > n)
            k = n;
        memcpy(dst, r->push.data + r->push_pos, k);
        r->push_pos += k;
        if (r->push_pos == r->push.len) {
            np_buf_free(&r->push);
            r->push_pos = 0;
        }
        *got = k;
        return NP_OK;
    }
    if (r->eof)
        return NP_OK;
    np_status st = np_gz_read(r->gz, dst, n, got, &r->gzerr);
    if (st != NP_OK) {
        r->gz_failed = st == NP_EPARSE;
        return st;
    }
    if (*got == 0)
        r->eof = 1;
    else
        rd_note_member(r, at, np_gz_member_offset(r->gz));
    return NP_OK;
}

static size_t rd_avail(const reader *r) { return r->end - r->pos; }

/* Nothing left beyond the window: the stream ended and no push-back waits. */
static int rd_at_end(const reader *r)
{
    return r->eof && !(r->push.data && r->push_pos < r->push.len);
}

static void rd_consume(reader *r, size_t n)
{
    r->pos += n;
    r->upos += (long long)n;
}

/* Make at least `want` (<= RD_CAP) bytes available unless the input ends. */
static np_status rd_fill(reader *r, size_t want)
{
    if (want > RD_CAP)
        want = RD_CAP;
    while (rd_avail(r) < want) {
        if (rd_at_end(r))
            return NP_OK;
        if (RD_CAP - r->pos < want) {
            memmove(r->buf, r->buf + r->pos, rd_avail(r));
            r->end -= r->pos;
            r->pos = 0;
        }
        size_t got;
        np_status st = rd_source(r, r->buf + r->end, RD_CAP - r->end,
                                 r->upos + (long long)rd_avail(r), &got);
        if (st != NP_OK)
            return st;
        r->end += got;
    }
    return NP_OK;
}

/* Forget everything buffered (after a gzip failure moved the stream). */
static void rd_drop(reader *r)
{
    r->upos += (long long)rd_avail(r);
    r->pos = r->end = 0;
    np_buf_free(&r->push);
    r->push_pos = 0;
    r->nbounds = 0;
    r->gz_failed = 0;
}

/* Put block bytes back in front of what is still unread. */
static np_status rd_push_back(reader *r, const char *bytes, size_t n)
{
    np_buf nb;
    np_buf_init(&nb, 0);
    size_t rest_push = r->push.data ? r->push.len - r->push_pos : 0;
    if (np_buf_reserve(&nb, n + rd_avail(r) + rest_push) != NP_OK)
        return NP_ENOMEM;
    np_buf_append(&nb, bytes, n);
    np_buf_append(&nb, r->buf + r->pos, rd_avail(r));
    if (rest_push)
        np_buf_append(&nb, r->push.data + r->push_pos, rest_push);
    np_buf_free(&r->push);
    r->push = nb;
    r->push_pos = 0;
    r->upos -= (long long)n;
    r->pos = r->end = 0;
    return NP_OK;
}

/* One line (with its '\n') of at most maxlen bytes at the read position,
 * not consumed.  *len = 0 at end of input; a last line without '\n' is
 * returned as is.  NP_ETOOBIG when no '\n' comes within maxlen bytes. */
static np_status rd_line(reader *r, size_t maxlen, const char **line, size_t *len)
{
    size_t scanned = 0;
    for (;;) {
        size_t avail = rd_avail(r);
        size_t lim = avail < maxlen ? avail : maxlen;
        const char *nl = scanned < lim ? memchr(r->buf + r->pos + scanned, '\n', lim - scanned) : NULL;
        if (nl) {
            *line = r->buf + r->pos;
            *len = (size_t)(nl - *line) + 1;
            return NP_OK;
        }
        scanned = lim;
        if (avail >= maxlen)
            return NP_ETOOBIG;
        np_status st = rd_fill(r, avail + 1);
        if (st != NP_OK)
            return st;
        if (rd_avail(r) == avail) { /* end of input */
            *line = r->buf + r->pos;
            *len = avail;
            return NP_OK;
        }
    }
}

/* Copy (dst != NULL) or skip n block bytes; *done tells how many there were
 * before the input ended. */
static np_status rd_block(reader *r, size_t n, np_buf *dst, size_t *done)
{
    *done = 0;
    while (*done < n) {
        size_t want = n - *done;
        if (rd_avail(r) == 0) {
            /* Large blocks go straight from the stream into the record
             * buffer, skipping the window copy. */
            if (dst && want >= 65536 && !(r->push.data && r->push_pos < r->push.len)) {
                size_t got;
                np_status st = rd_source(r, dst->data + dst->len, want, r->upos, &got);
                if (st != NP_OK)
                    return st;
                if (got == 0)
                    return NP_OK;
                dst->len += got;
                dst->data[dst->len] = '\0';
                r->upos += (long long)got;
                *done += got;
                continue;
            }
            np_status st = rd_fill(r, 1);
            if (st != NP_OK)
                return st;
            if (rd_avail(r) == 0)
                return NP_OK;
        }
        size_t k = rd_avail(r) < want ? rd_avail(r) : want;
        if (dst) {
            memcpy(dst->data + dst->len, r->buf + r->pos, k);
            dst->len += k;
            dst->data[dst->len] = '\0';
        }
        rd_consume(r, k);
        *done += k;
    }
    return NP_OK;
}

/* A full version line ("WARC/1.0\r\n") at p: recognisable even when junk
 * without a line end runs right into it. */
static int version_line_at(const char *p, size_t avail)
{
    if (avail < WARC_MAGIC_LEN + 2 || p[7] < '0' || p[7] > '9')
        return 0;
    if (p[8] == '\n')
        return 1;
    return avail >= WARC_MAGIC_LEN + 3 && p[8] == '\r' && p[9] == '\n';
}

/* Move to the next "WARC/1." that starts a line (the read position counts
 * as a line start when bol) or forms a whole version line.  *found = 0 at
 * the end of the input. */
static np_status rd_scan(reader *r, int bol, int *found)
{
    *found = 0;
    for (;;) {
        np_status st = rd_fill(r, 16);
        if (st != NP_OK)
            return st;
        size_t avail = rd_avail(r);
        const char *p = r->buf + r->pos;
        size_t i = 0, cut = SIZE_MAX;
        const char *hit;
        while (i < avail && (hit = memmem(p + i, avail - i, WARC_MAGIC, WARC_MAGIC_LEN)) != NULL) {
            size_t h = (size_t)(hit - p);
            if (avail - h < WARC_MAGIC_LEN + 3 && !rd_at_end(r)) {
                cut = h; /* need the rest of the line to judge */
                break;
            }
            if ((h == 0 ? bol : p[h - 1] == '\n') || version_line_at(hit, avail - h)) {
                rd_consume(r, h);
                *found = 1;
                return NP_OK;
            }
            i = h + 1;
        }
        if (rd_at_end(r) && cut == SIZE_MAX) {
            rd_consume(r, avail);
            return NP_OK;
        }
        /* Keep a tail that could begin a match split by the refill. */
        if (cut == SIZE_MAX)
            cut = avail - (WARC_MAGIC_LEN - 1);
        if (cut > 0)
            bol = p[cut - 1] == '\n';
        rd_consume(r, cut);
    }
}

/* ---- record parsing ---------------------------------------------------- */

typedef struct warc_fields {
    const char *type, *uri, *date, *id, *ctype, *clen;
} warc_fields;

/* Parse the header held in hdr (first line is the version line), NUL-
 * terminating values in place; folded lines are joined with spaces. */
static void parse_warc_header(char *h, size_t len, warc_fields *f)
{
    memset(f, 0, sizeof *f);
    char *end = h + len;
    char *p = memchr(h, '\n', len);
    p = p ? p + 1 : end;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *le = nl ? nl : end;
        char *next = nl ? nl + 1 : end;
        char *colon = memchr(p, ':', (size_t)(le - p));
        if (*p == ' ' || *p == '\t' || !colon) {
            p = next; /* a stray continuation or a line without a field */
            continue;
        }
        /* Swallow continuation lines into this value. */
        while (next < end && (*next == ' ' || *next == '\t')) {
            char *nl2 = memchr(next, '\n', (size_t)(end - next));
            for (char *q = le; q < next; q++)
                *q = ' ';
            le = nl2 ? nl2 : end;
            next = nl2 ? nl2 + 1 : end;
        }
        char *ne = colon;
        while (ne > p && (ne[-1] == ' ' || ne[-1] == '\t'))
            ne--;
        char *vs = colon + 1, *ve = le;
        while (vs < ve && (*vs == ' ' || *vs == '\t'))
            vs++;
        while (ve > vs && (ve[-1] == ' ' || ve[-1] == '\t' || ve[-1] == '\r'))
            ve--;
        size_t nn = (size_t)(ne - p);
        *ne = '\0';
        *ve = '\0';
#define FIELD(s, slot) else if (nn == sizeof(s) - 1 && strncasecmp(p, s, nn) == 0) { if (!f->slot) f->slot = vs; }
        if (0) {
        }
        FIELD("WARC-Type", type)
        FIELD("WARC-Target-URI", uri)
        FIELD("WARC-Date", date)
        FIELD("WARC-Record-ID", id)
        FIELD("Content-Type", ctype)
        FIELD("Content-Length", clen)
#undef FIELD
        p = next;
    }
    /* WARC 1.0's grammar put angle brackets around the target URI. */
    if (f->uri && f->uri[0] == '<') {
        size_t n = strlen(f->uri);
        if (n >= 2 && f->uri[n - 1] == '>') {
            ((char *)f->uri)[n - 1] = '\0';
            f->uri++;
        }
    }
}

static int parse_length(const char *s, unsigned long long *out)
{
    if (!s || !*s)
        return 0;
    unsigned long long v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return 0;
        if (v > (1ULL << 50))
            return 0;
        v = v * 10 + (unsigned)(*s - '0');
    }
    *out = v;
    return 1;
}

static int is_html_type(const char *t)
{
    return strcmp(t, "text/html") == 0 || strcmp(t, "application/xhtml+xml") == 0;
}

/* Case-insensitive search for the usual HTML openers in the first bytes. */
static int sniff_html(const char *b, size_t n)
{
    if (n > SNIFF_BYTES)
        n = SNIFF_BYTES;
    for (size_t i = 0; i < n; i++) {
        if (b[i] != '<')
            continue;
        if (n - i >= 5 && strncasecmp(b + i, "<html", 5) == 0)
            return 1;
        if (n - i >= 14 && strncasecmp(b + i, "<!doctype html", 14) == 0)
            return 1;
    }
    return 0;
}

/* The value of a `name=` parameter in a Content-Type, copied lowercased. */
static void ct_param(const char *ct, const char *name, char *out, size_t cap)
{
    out[0] = '\0';
    size_t nl = strlen(name);
    const char *p = ct;
    while (p && (p = strchr(p, ';')) != NULL) {
        p++;
        while (*p == ' ' || *p == '\t')
            p++;
        if (strncasecmp(p, name, nl) == 0 && p[nl] == '=') {
            const char *v = p + nl + 1;
            if (*v == '"')
                v++;
            size_t i = 0;
            while (v[i] && v[i] != ';' && v[i] != '"' && v[i] != ' ' && i + 1 < cap) {
                char c = v[i];
                out[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
                i++;
            }
            out[i] = '\0';
            return;
        }
    }
}

typedef struct session {
    const char *name;
    size_t max_record;
    np_warc_record_fn on_record;
    np_warn_fn on_warning;
    void *ctx;
    np_warc_stats *stats;
    reader rd;
    np_buf hdr, rec, dec1, dec2;
    np_http_head http;
    /* the record loop's state */
    np_error *err;             /* the caller's, for the error that ends the read */
    np_status result;          /* what np_warc_read returns */
    np_status io;              /* the failed stream read being recovered from */
    int need_resync;           /* skip to the next "WARC/1." line first */
    int bol;                   /* ... where the read position counts as a line start */
    int seen_header;           /* a record header was read */
    int had_gz_error;          /* a damaged gzip member was skipped */
} session;

static void warn(session *s, long long off, np_status st, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void warn(session *s, long long off, np_status st, const char *fmt, ...)
{
    s->stats->damaged++;
    if (!s->on_warning)
        return;
    np_error w;
    va_list ap;
    va_start(ap, fmt);
    np_error_vset(&w, st, s->name, 0, off, fmt, ap);
    va_end(ap);
    s->on_warning(s->ctx, &w);
}

/* Decide what a complete record is and hand it over if it is an HTML page.
 * Returns the callback's status (NP_OK to go on). */
static np_status handle_record(session *s, const warc_fields *f, long long off, long long uoff)
{
    np_warc_stats *stats = s->stats;
    const char *type = f->type ? f->type : "";
    int is_response = strcasecmp(type, "response") == 0;
    int is_resource = strcasecmp(type, "resource") == 0;
    if (!is_response && !is_resource) {
        stats->skipped_type++;
        return NP_OK;
    }
    np_warc_record rec;
    memset(&rec, 0, sizeof rec);
    char media[128], charset[64];
    const char *body = s->rec.data ? s->rec.data : "";
    size_t body_len = s->rec.len;
    if (is_response) {
        char wmedia[64], msgtype[32];
        np_http_media_type(f->ctype, wmedia, sizeof wmedia, NULL, 0);
        ct_param(f->ctype ? f->ctype : "", "msgtype", msgtype, sizeof msgtype);
        int http = f->ctype ? strcmp(wmedia, "application/http") == 0 &&
                                  (!msgtype[0] || strcmp(msgtype, "response") == 0)
                            : body_len >= 5 && memcmp(body, "HTTP/", 5) == 0;
        if (!http) {
            stats->skipped_media++; /* dns:, ftp: and other non-HTTP payloads */
            return NP_OK;
        }
        np_error e;
        np_error_clear(&e);
        np_status st;
        /* An interim "100 Continue" head may precede the real one. */
        for (int interim = 0;; interim++) {
            st = np_http_parse_head(&s->http, body, body_len, HTTP_HEAD_MAX, &e);
            if (st == NP_ENOMEM)
                return st;
            if (st != NP_OK) {
                warn(s, off, st, "record %s: %s", f->id ? f->id : "(no id)", e.msg);
                return NP_OK;
            }
            size_t hl = s->http.head_len;
            if (interim >= 3 || s->http.status >= 200 || body_len - hl < 5 ||
                memcmp(body + hl, "HTTP/", 5) != 0)
                break;
            body += hl;
            body_len -= hl;
        }
        if (s->http.status != 200) {
            stats->skipped_status++;
            return NP_OK;
        }
        const char *ct = np_http_get(&s->http, "Content-Type");
        np_http_media_type(ct, media, sizeof media, charset, sizeof charset);
        if (media[0] && !is_html_type(media)) {
            stats->skipped_media++;
            return NP_OK;
        }
        body += s->http.head_len;
        body_len -= s->http.head_len;
        st = np_http_decode_body(&s->http, body, body_len, s->max_record, &s->dec1, &s->dec2, &body,
                                 &body_len, &e);
        if (st == NP_ENOMEM)
            return st;
        if (st != NP_OK) {
            warn(s, off, st, "record %s: http body: %s", f->id ? f->id : "(no id)", e.msg);
            return NP_OK;
        }
        rec.http_status = 200;
    } else {
        np_http_media_type(f->ctype, media, sizeof media, charset, sizeof charset);
        if (media[0] && !is_html_type(media)) {
            stats->skipped_media++;
            return NP_OK;
        }
    }
    if (!media[0] && !sniff_html(body, body_len)) {
        stats->skipped_media++;
        return NP_OK;
    }
    rec.type = is_response ? "response" : "resource";
    rec.target_uri = f->uri;
    rec.date = f->date;
    rec.record_id = f->id;
    rec.content_type = media[0] ? media : NULL;
    rec.charset = charset[0] ? charset : NULL;
    rec.body = body;
    rec.body_len = body_len;
    rec.offset = off;
    rec.uoffset = uoff;
    stats->delivered++;
    return s->on_record ? s->on_record(s->ctx, &rec) : NP_OK;
}


static void free_session(session *s)
{
    np_gz_close(s->rd.gz);
    np_free(s->rd.buf);
    np_buf_free(&s->rd.push);
    np_buf_free(&s->hdr);
    np_buf_free(&s->rec);
    np_buf_free(&s->dec1);
    np_buf_free(&s->dec2);
    np_http_head_free(&s->http);
}

/* What the record loop does after one step of reading a record. */
typedef enum rec_step {
    REC_GO,         /* this record goes on to its next part */
    REC_NEXT,       /* on to the next record */
    REC_END,        /* the end of the input */
    REC_STOP,       /* stop now: s->result says why */
    REC_STREAM_ERR, /* reading the stream failed with s->io */
} rec_step;

static rec_step stream_failed(session *s, np_status st)
{
    s->io = st;
    return REC_STREAM_ERR;
}

static rec_step out_of_memory(session *s, long long off)
{
    s->result = np_error_set(s->err, NP_ENOMEM, s->name, 0, off, "out of memory");
    return REC_STOP;
}

/* Skip to the next "WARC/1." line when a damaged record asked for it, then
 * past blank lines (tolerated silently between records). */
static rec_step seek_record(session *s)
{
    reader *r = &s->rd;
    np_status st;
    if (s->need_resync) {
        int found;
        st = rd_scan(r, s->bol, &found);
        if (st != NP_OK)
            return stream_failed(s, st);
        s->need_resync = 0;
        if (!found)
            return REC_END;
    }
    for (;;) {
        if ((st = rd_fill(r, 1)) != NP_OK)
            return stream_failed(s, st);
        if (rd_avail(r) == 0 || (r->buf[r->pos] != '\r' && r->buf[r->pos] != '\n'))
            break;
        rd_consume(r, 1);
    }
    if ((st = rd_fill(r, WARC_MAGIC_LEN)) != NP_OK)
        return stream_failed(s, st);
    return rd_avail(r) == 0 ? REC_END : REC_GO;
}

/* A record starts with "WARC/1.".  Anything else at the start of the file
 * means it is no WARC (1.x) file: the read ends with that error; later it
 * is junk between records, warned about and skipped. */
static rec_step check_magic(session *s, long long rec_off)
{
    reader *r = &s->rd;
    if (rd_avail(r) >= WARC_MAGIC_LEN && memcmp(r->buf + r->pos, WARC_MAGIC, WARC_MAGIC_LEN) == 0) {
        s->seen_header = 1;
        return REC_GO;
    }
    if (!s->seen_header && !s->had_gz_error) {
        int old = rd_avail(r) >= 6 && memcmp(r->buf + r->pos, "WARC/0", 6) == 0;
        s->result = np_error_set(s->err, old ? NP_EUNSUPPORTED : NP_EPARSE, s->name, 0, rec_off,
                                 old ? "WARC versions before 1.0 are not supported"
                                     : "not a WARC file (no \"WARC/1.x\" header at the start)");
        return REC_END;
    }
    warn(s, rec_off, NP_EPARSE, "junk between records (no \"WARC/1.x\" header here); "
         "skipping to the next record");
    s->need_resync = 1;
    s->bol = 0;
    return REC_NEXT;
}

/* Header: lines up to the blank one into s->hdr, bounded as a whole. */
static rec_step read_header(session *s, long long rec_off)
{
    reader *r = &s->rd;
    np_buf_reset(&s->hdr);
    for (;;) {
        const char *line;
        size_t len;
        size_t budget = WARC_HEAD_MAX - s->hdr.len;
        np_status st = rd_line(r, budget, &line, &len);
        if (st == NP_ETOOBIG) {
            warn(s, rec_off, NP_ETOOBIG, "WARC header longer than %zu bytes; skipping the record",
                 (size_t)WARC_HEAD_MAX);
            s->need_resync = 1;
            s->bol = 0;
            return REC_NEXT;
        }
        if (st != NP_OK)
            return stream_failed(s, st);
        if (len == 0 || line[len - 1] != '\n') {
            rd_consume(r, len);
            warn(s, rec_off, NP_EPARSE, "record header cut off by the end of the file");
            return REC_END;
        }
        if (np_buf_append(&s->hdr, line, len) != NP_OK)
            return out_of_memory(s, rec_off); /* cannot happen within the budget unless memory ran out */
        rd_consume(r, len);
        if (len == 1 || (len == 2 && line[0] == '\r'))
            return REC_GO;
    }
}

/* The Content-Length was wrong, so the block read may have swallowed the
 * next record's header, and a truncated block ends mid-line ("...per ceWARC/1.0"):
 * the whole block goes back in front of the input and the reader resyncs
 * from the start of the block (a line start: it follows the header's blank
 * line) on a "WARC/1." line start or whole version line.  Searching only for
 * "\nWARC/1." lost the record after a block cut mid-line. */
static rec_step rescan_block(session *s, long long rec_off)
{
    if (s->rec.len && rd_push_back(&s->rd, s->rec.data, s->rec.len) != NP_OK)
        return out_of_memory(s, rec_off);
    s->need_resync = 1;
    s->bol = 1;
    return REC_NEXT;
}

/* Block: clen bytes into s->rec, or only skipped when over the record
 * limit (*too_big).  A block cut short by the end of the file is warned
 * about, and any record header inside it is read again. */
static rec_step read_block(session *s, const warc_fields *f, unsigned long long clen, long long rec_off,
                           int *too_big)
{
    reader *r = &s->rd;
    size_t done = 0;
    *too_big = clen > s->max_record;
    np_buf_reset(&s->rec);
    if (!*too_big && np_buf_reserve(&s->rec, (size_t)clen) != NP_OK) {
        s->result = np_error_set(s->err, NP_ENOMEM, s->name, 0, rec_off, "out of memory for a %llu byte record",
                                 clen);
        return REC_STOP;
    }
    np_status st = rd_block(r, (size_t)clen, *too_big ? NULL : &s->rec, &done);
    if (st != NP_OK)
        return stream_failed(s, st);
    if (*too_big) {
        s->stats->skipped_size++;
        warn(s, rec_off, NP_ETOOBIG, "record %s of %llu bytes exceeds the %zu byte limit; skipped",
             f->id ? f->id : "(no id)", clen, s->max_record);
        return done < clen ? REC_END : REC_GO;
    }
    if (done < clen) {
        warn(s, rec_off, NP_EPARSE, "record %s cut off: Content-Length %llu but only %zu bytes left",
             f->id ? f->id : "(no id)", clen, done);
        return rescan_block(s, rec_off);
    }
    return REC_GO;
}

/* Length of the trailer at the read position: CRLF CRLF (bare LF LF
 * tolerated), or nothing at the end of the file; 0 when there is none. */
static int trailer_len(reader *r, size_t *tl)
{
    const char *t = r->buf + r->pos;
    size_t ta = rd_avail(r);
    *tl = 0;
    if (ta >= 4 && memcmp(t, "\r\n\r\n", 4) == 0)
        *tl = 4;
    else if (ta >= 2 && memcmp(t, "\n\n", 2) == 0)
        *tl = 2;
    else if (ta >= 3 && memcmp(t, "\r\n\n", 3) == 0)
        *tl = 3;
    int trailer_ok = *tl > 0 || ta == 0;
    if (!trailer_ok && ta < 4 && rd_at_end(r)) {
        trailer_ok = 1; /* a short trailer at the very end */
        for (size_t i = 0; i < ta; i++)
            trailer_ok &= t[i] == '\r' || t[i] == '\n';
        *tl = trailer_ok ? ta : 0;
    }
    return trailer_ok;
}

/* Trailer after the block.  Without one the Content-Length was wrong: the
 * record is skipped and the reader goes on from a record header inside the
 * block (or the block itself when it starts with one), else resyncs. */
static rec_step read_trailer(session *s, const warc_fields *f, unsigned long long clen, int too_big,
                             long long rec_off)
{
    reader *r = &s->rd;
    np_status st;
    if ((st = rd_fill(r, 4)) != NP_OK)
        return stream_failed(s, st);
    size_t tl;
    if (trailer_len(r, &tl)) {
        rd_consume(r, tl);
        return REC_GO;
    }
    warn(s, rec_off, NP_EPARSE,
         "record %s: Content-Length %llu does not match the block (no blank line after it); "
         "skipping to the next record%s", f->id ? f->id : "(no id)", clen,
         too_big ? " (its bytes were not kept: records they overlap are lost with it)" : "");
    if (too_big) {
        s->need_resync = 1;
        s->bol = 0;
        return REC_NEXT;
    }
    return rescan_block(s, rec_off);
}

/* Hand the complete record to handle_record; its failure (or the
 * callback's) stops the read. */
static rec_step deliver(session *s, const warc_fields *f, long long rec_off, long long rec_u)
{
    np_status st = handle_record(s, f, rec_off, rec_u);
    if (st == NP_OK)
        return REC_NEXT;
    if (st == NP_ENOMEM)
        np_error_set(s->err, st, s->name, 0, rec_off, "out of memory decoding a record");
    else if (s->err && s->err->status == NP_OK)
        np_error_set(s->err, st, s->name, 0, rec_off, "record handler stopped the read");
    s->result = st;
    return REC_STOP;
}

/* One record: find its start, read its header, block and trailer, and
 * hand it over. */
static rec_step read_record(session *s)
{
    reader *r = &s->rd;
    rec_step step = seek_record(s);
    if (step != REC_GO)
        return step;
    long long rec_u = r->upos;
    long long rec_off = rd_member_of(r, rec_u);
    if ((step = check_magic(s, rec_off)) != REC_GO || (step = read_header(s, rec_off)) != REC_GO)
        return step;
    s->stats->records++;
    warc_fields f;
    unsigned long long clen = 0;
    parse_warc_header(s->hdr.data, s->hdr.len, &f);
    if (!parse_length(f.clen, &clen)) {
        warn(s, rec_off, NP_EPARSE, "record %s has a %s Content-Length; skipping to the next record",
             f.id ? f.id : "(no id)", f.clen ? "bad" : "missing");
        s->need_resync = 1;
        s->bol = 1;
        return REC_NEXT;
    }
    int too_big;
    if ((step = read_block(s, &f, clen, rec_off, &too_big)) != REC_GO ||
        (step = read_trailer(s, &f, clen, too_big, rec_off)) != REC_GO)
        return step;
    return too_big ? REC_NEXT : deliver(s, &f, rec_off, rec_u);
}

/* The stream failed (s->io).  A damaged gzip member is warned about and the
 * reader resyncs on the next member; anything else (a read error of the
 * file itself, ENOMEM) has nothing to resync on and ends the read. */
static rec_step recover_stream(session *s)
{
    reader *r = &s->rd;
    if (!r->gz_failed) {
        if (s->err)
            *s->err = r->gzerr;
        s->result = s->io;
        return REC_STOP;
    }
    s->had_gz_error = 1;
    warn(s, r->gzerr.offset, NP_EPARSE, "%s; skipping to the next gzip member", r->gzerr.msg);
    rd_drop(r);
    if (!np_gz_resync(r->gz))
        return REC_END;
    s->need_resync = 1;
    s->bol = 1;
    return REC_NEXT;
}

/* Buffers bounded by the record limit, the (gzip or plain) stream and the
 * read window.  On failure nothing is left to free. */
static np_status session_open(session *s, FILE *in, np_error *err)
{
    np_buf_init(&s->hdr, WARC_HEAD_MAX);
    np_buf_init(&s->rec, s->max_record);
    np_buf_init(&s->dec1, s->max_record);
    np_buf_init(&s->dec2, s->max_record);
    np_buf_init(&s->rd.push, 0);
    np_http_head_init(&s->http);
    np_error_clear(&s->rd.gzerr);
    np_status st = np_gz_open(&s->rd.gz, in, s->name, err);
    if (st != NP_OK)
        return st;
    s->rd.buf = np_malloc(RD_CAP);
    if (!s->rd.buf) {
        free_session(s);
        return np_error_set(err, NP_ENOMEM, s->name, 0, -1, "out of memory");
    }
    return NP_OK;
}

np_status np_warc_read(FILE *in, const char *name, size_t max_record_bytes,
                       np_warc_record_fn on_record, np_warn_fn on_warning, void *ctx,
                       np_warc_stats *stats, np_error *err)
{
    np_warc_stats local;
    if (!stats)
        stats = &local;
    memset(stats, 0, sizeof *stats);
    if (!in)
        return np_error_set(err, NP_EINVAL, name, 0, -1, "no input stream");
    session S;
    session *s = &S;
    memset(s, 0, sizeof *s);
    s->name = name ? name : "";
    s->max_record = max_record_bytes ? max_record_bytes : DEFAULT_MAX_RECORD;
    s->on_record = on_record;
    s->on_warning = on_warning;
    s->ctx = ctx;
    s->stats = stats;
    s->err = err;
    s->result = NP_OK;
    s->bol = 1;
    np_status st = session_open(s, in, err);
    if (st != NP_OK)
        return st;
    rec_step step;
    do {
        step = read_record(s);
        if (step == REC_STREAM_ERR)
            step = recover_stream(s);
    } while (step == REC_NEXT);
    if (step == REC_END && s->result == NP_OK && !s->seen_header && !s->had_gz_error)
        s->result = np_error_set(err, NP_EEMPTY, s->name, 0, 0, "empty file");
    stats->bytes = (uint64_t)(s->rd.upos > 0 ? s->rd.upos : 0);
    np_status result = s->result;
    free_session(s);
    return result;
}
