/*
 * core/buf.h — growable byte buffer with a hard size limit, for every piece of
 * untrusted input (file contents, JSONL lines, HTML, WARC records).
 *
 * Ownership: the np_buf owns `data`.  A failed append (limit or ENOMEM) frees
 * the buffer and leaves it empty, so a half-built value never leaks into use.
 * np_buf_take() hands the bytes to the caller, who frees them with free().
 * `data` is always NUL-terminated when non-NULL (the NUL is not counted in len).
 */
#ifndef NP_CORE_BUF_H
#define NP_CORE_BUF_H

#include <stddef.h>

#include "core/status.h"

typedef struct np_buf {
    char *data;   /* NUL-terminated bytes, or NULL when empty and never grown */
    size_t len;   /* bytes used, excluding the terminating NUL */
    size_t cap;   /* bytes allocated */
    size_t limit; /* maximum len; 0 means SIZE_MAX/2 */
} np_buf;

void np_buf_init(np_buf *b, size_t limit);
np_status np_buf_append(np_buf *b, const void *bytes, size_t n);
np_status np_buf_append_str(np_buf *b, const char *s);
np_status np_buf_append_char(np_buf *b, char c);
np_status np_buf_printf(np_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Make sure `n` more bytes fit without reallocating (may fail like append). */
np_status np_buf_reserve(np_buf *b, size_t n);
/* Forget the contents, keep the allocation. */
void np_buf_reset(np_buf *b);
/* Hand over the bytes (never NULL on success: an empty buffer gives "").
 * Returns NULL only on ENOMEM.  The buffer is left empty. */
char *np_buf_take(np_buf *b);
/* Free the bytes.  Accepts NULL. */
void np_buf_free(np_buf *b);

#endif
