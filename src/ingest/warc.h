/*
 * ingest/warc.h — streaming WARC 1.0/1.1 reader (.warc, .warc.gz with one
 * gzip member per record or one for the whole file).
 *
 * np_warc_read() calls on_record for each `response` (HTTP status 200, HTML
 * payload, HTTP headers parsed, chunked transfer and gzip/deflate content
 * encoding undone) and `resource` record with an HTML payload; everything else
 * is skipped and counted in stats.  A damaged record is reported through
 * on_warning (file and record offset) and the reader resynchronises on the
 * next "WARC/1." header.  Memory does not grow with the file: one record at a
 * time, bounded by max_record_bytes (a 1 MiB read window plus at most three
 * buffers of max_record_bytes: the block and two for undoing codings).
 * The np_warc_record and its strings are borrowed for the duration of the
 * callback only.  A callback returning non-NP_OK stops the read with that status.
 */
#ifndef NP_INGEST_WARC_H
#define NP_INGEST_WARC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "core/status.h"

typedef struct np_warc_record {
    const char *type;        /* "response" or "resource" */
    const char *target_uri;  /* WARC-Target-URI, or NULL */
    const char *date;        /* WARC-Date as given (ISO 8601), or NULL */
    const char *record_id;   /* WARC-Record-ID, or NULL */
    const char *content_type;/* payload media type (HTTP Content-Type; the WARC one for
                                resource records), lowercased, no parameters
                                ("text/html"), or NULL when it was sniffed */
    const char *charset;     /* charset parameter of that type, lowercased, or NULL */
    int http_status;         /* 200 for responses, 0 for resource records */
    const char *body;        /* decoded payload bytes (not NUL-terminated) */
    size_t body_len;
    long long offset;        /* byte offset of the record in the (compressed) file:
                                for .warc.gz the start of the gzip member holding
                                the record's header (as in CDX indexes) */
    long long uoffset;       /* offset of the record in the decompressed stream
                                (equals offset for an uncompressed file) */
} np_warc_record;

typedef struct np_warc_stats {
    uint64_t records;        /* records seen */
    uint64_t delivered;      /* records handed to on_record */
    uint64_t skipped_type;   /* warcinfo, request, metadata, ... */
    uint64_t skipped_status; /* non-200 responses */
    uint64_t skipped_media;  /* non-HTML payloads */
    uint64_t skipped_size;   /* records over max_record_bytes (also warned, so in damaged) */
    uint64_t damaged;        /* problems reported through on_warning */
    uint64_t bytes;          /* decompressed bytes read */
} np_warc_stats;

typedef np_status (*np_warc_record_fn)(void *ctx, const np_warc_record *rec);

/* Read every record of `in` (plain or gzip, detected from the bytes).
 * max_record_bytes bounds one record's block and its decoded payload (0 means
 * 64 MiB).  stats (may be NULL) is zeroed first.  Returns NP_OK when the end
 * was reached (damage is warned about, not fatal); NP_EEMPTY for an empty
 * file; NP_EPARSE for a file that does not start with a WARC/1.x record;
 * NP_EUNSUPPORTED for WARC/0.x; NP_EIO, NP_ENOMEM; or the callback's status. */
np_status np_warc_read(FILE *in, const char *name, size_t max_record_bytes,
                       np_warc_record_fn on_record, np_warn_fn on_warning, void *ctx,
                       np_warc_stats *stats, np_error *err);

#endif
