/*
 * ingest/gzstream.h — streaming reader over a FILE* that transparently
 * decompresses gzip (one member or many concatenated members, as in
 * .warc.gz) and passes uncompressed files through unchanged.
 *
 * gzip is detected by its magic bytes (1f 8b), never by the file name.
 * np_gz_read() never returns bytes of two members in one call, so a caller
 * can map what it reads back to the compressed offset of the member it came
 * from (np_gz_member_offset), which is how WARC indexes address records.
 *
 * A truncated or corrupt member makes np_gz_read() fail with NP_EPARSE (the
 * error names the member's compressed offset); the stream then stays failed
 * until np_gz_resync() moves it to the next gzip member header (or to the
 * end).  Memory is fixed (one input buffer and the zlib state), whatever the
 * file size.
 *
 * Ownership: the stream borrows `in` (the caller closes it) and `name` (must
 * outlive the stream; used in error messages).  np_gz_close() frees the stream.
 */
#ifndef NP_INGEST_GZSTREAM_H
#define NP_INGEST_GZSTREAM_H

#include <stddef.h>
#include <stdio.h>

#include "core/buf.h"
#include "core/status.h"

typedef struct np_gzstream np_gzstream;

/* Open a stream over `in`, peeking at the first bytes to detect gzip.
 * NP_EIO when the first read fails, NP_ENOMEM. */
np_status np_gz_open(np_gzstream **out, FILE *in, const char *name, np_error *err);

/* Read up to n decompressed bytes into buf; *got = 0 means end of input.
 * Returns fewer than n bytes at a member boundary.  NP_EPARSE for a truncated
 * or corrupt gzip member (stays failed until np_gz_resync), NP_EIO. */
np_status np_gz_read(np_gzstream *gz, void *buf, size_t n, size_t *got, np_error *err);

/* After a failure: skip to the next gzip member header after the start of
 * the failed member (seeking back when the FILE allows it, else scanning
 * forward).  Returns 1 if one was found, 0 if the stream is now at its end. */
int np_gz_resync(np_gzstream *gz);

/* 1 when the input is gzip-compressed. */
int np_gz_is_gzip(const np_gzstream *gz);
/* Compressed byte offset of the member that produced the bytes last
 * returned by np_gz_read (0 for an uncompressed file). */
long long np_gz_member_offset(const np_gzstream *gz);
/* Decompressed bytes returned so far. */
long long np_gz_out_offset(const np_gzstream *gz);
/* Number of gzip members started so far. */
long long np_gz_members(const np_gzstream *gz);

/* Free the stream (does not close the FILE).  Accepts NULL. */
void np_gz_close(np_gzstream *gz);

/* Read a whole, possibly gzipped, file into out (initialised here with the
 * given limit; the caller frees it with np_buf_free, also on failure).
 * NP_ETOOBIG when the decompressed size exceeds limit, NP_EPARSE for damaged
 * gzip, NP_EIO.  For .html.gz, .txt.gz and plain files alike. */
np_status np_gz_read_all(FILE *in, const char *name, size_t limit, np_buf *out, np_error *err);

#endif
