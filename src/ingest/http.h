/*
 * ingest/http.h — HTTP/1.x response head parser and body decoder, for the
 * responses archived in WARC files.
 *
 * np_http_parse_head() reads the status line ("HTTP/1.1 200 OK", reason
 * optional, "HTTP/2 200" accepted) and the header fields (CRLF or bare LF
 * line ends, obsolete folded continuation lines joined with one space, lines
 * without a colon ignored) up to the blank line that ends the head.  A head
 * longer than max_head bytes is NP_ETOOBIG; data that ends inside the head
 * counts as a head with an empty body.
 *
 * np_http_decode_body() undoes Transfer-Encoding (chunked, and gzip/deflate
 * when used as transfer codings) and then Content-Encoding (gzip, x-gzip,
 * deflate as zlib or raw, identity), every output bounded by `limit` so a
 * decompression bomb fails with NP_ETOOBIG.  Unknown codings (br, ...) are
 * NP_EUNSUPPORTED.
 *
 * Ownership: np_http_head owns the copies of its strings (store); the field
 * pointers stay valid until np_http_head_free() or the next parse.  Decoders
 * append into caller-owned np_bufs.  No global state.
 */
#ifndef NP_INGEST_HTTP_H
#define NP_INGEST_HTTP_H

#include <stddef.h>

#include "core/buf.h"
#include "core/status.h"

#define NP_HTTP_MAX_FIELDS 128

typedef struct np_http_field {
    const char *name;  /* as written (compare case-insensitively) */
    const char *value; /* trimmed, folded lines joined */
} np_http_field;

typedef struct np_http_head {
    int version_major;  /* 1 for HTTP/1.1, 2 for HTTP/2 */
    int version_minor;
    int status;         /* 100..999 */
    const char *reason; /* reason phrase, "" when missing */
    size_t head_len;    /* bytes of the head including the blank line: the body starts there */
    size_t nfields;     /* fields kept (at most NP_HTTP_MAX_FIELDS; more are ignored) */
    np_http_field fields[NP_HTTP_MAX_FIELDS];
    np_buf store;       /* owns every string above */
} np_http_head;

void np_http_head_init(np_http_head *h);
void np_http_head_free(np_http_head *h);

/* Parse the head at data[0..len).  NP_EPARSE for a bad status line,
 * NP_ETOOBIG for a head over max_head bytes, NP_ENOMEM.  err->offset is the
 * byte offset in data. */
np_status np_http_parse_head(np_http_head *h, const char *data, size_t len, size_t max_head,
                             np_error *err);

/* Value of the first field called `name` (case-insensitive), or NULL. */
const char *np_http_get(const np_http_head *h, const char *name);

/* Undo chunked transfer coding of data[0..len), appending to out.  A body
 * that ends before the last (zero) chunk keeps what arrived (crawls truncate);
 * a bad chunk-size line is NP_EPARSE; out's limit gives NP_ETOOBIG. */
np_status np_http_dechunk(const char *data, size_t len, np_buf *out, np_error *err);

/* Decode one content coding ("gzip", "x-gzip", "deflate", "identity"),
 * appending to out (whose limit bounds the output).  A gzip body that stops
 * early keeps what was decoded if that is not nothing. */
np_status np_http_decode_coding(const char *coding, size_t coding_len, const char *data, size_t len,
                                np_buf *out, np_error *err);

/* Undo every transfer and content coding the head names.  On success *body /
 * *body_len point either into `data` (nothing to undo) or into out or
 * scratch (both caller-owned, reset here, limited to `limit`). */
np_status np_http_decode_body(const np_http_head *h, const char *data, size_t len, size_t limit,
                              np_buf *out, np_buf *scratch, const char **body, size_t *body_len,
                              np_error *err);

/* Split a Content-Type value: the media type lowercased without parameters
 * into type[tcap], the charset parameter (unquoted, lowercased) into
 * charset[ccap]; either is "" when absent or when it does not fit. */
void np_http_media_type(const char *content_type, char *type, size_t tcap, char *charset,
                        size_t ccap);

#endif
