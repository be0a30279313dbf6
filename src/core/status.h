/*
 * core/status.h — the one status enum of newsprism and the error detail that
 * travels with it.
 *
 * Every fallible function returns np_status and, when given a non-NULL
 * np_error*, fills it with where the problem is (file, line, byte offset) and
 * a short human message.  Libraries never print; only cli/ does.
 * The numeric values are part of the CLI's exit-code contract: never renumber.
 */
#ifndef NP_CORE_STATUS_H
#define NP_CORE_STATUS_H

#include <stdarg.h>
#include <stddef.h>

typedef enum np_status {
    NP_OK = 0,
    NP_ENOMEM = 1,      /* allocation failed */
    NP_EIO = 2,         /* read/write/open failed */
    NP_EPARSE = 3,      /* malformed input */
    NP_ETOOBIG = 4,     /* input exceeds a configured size limit */
    NP_EINVAL = 5,      /* bad argument or usage */
    NP_ENOTFOUND = 6,   /* no such document, story, file */
    NP_EDB = 7,         /* the SQLite store failed */
    NP_EUNSUPPORTED = 8,/* format or feature not handled */
    NP_EEMPTY = 9,      /* input holds nothing usable (empty file, no article) */
    NP_EENCODING = 10,  /* text is not valid in its declared/detected encoding */
    NP_EDUPLICATE = 11, /* already stored (not an error for callers that expect it) */
    NP_ESTATUS_COUNT
} np_status;

/* Location and message of the last error.  Plain value type: no ownership. */
typedef struct np_error {
    np_status status;
    char file[512];      /* input file name, "-" for stdin, "" if none */
    long line;           /* 1-based line, 0 if unknown */
    long long offset;    /* byte offset in the file, -1 if unknown */
    char msg[512];       /* what went wrong, lower case, no trailing period */
} np_error;

/* Where libraries report a problem that does not stop them (a skipped record,
 * a replaced byte).  The np_error is only valid during the call. */
typedef void (*np_warn_fn)(void *ctx, const np_error *warning);

/* Stable lower-case name of a status ("ok", "out of memory", ...). */
const char *np_status_name(np_status st);

/* Reset to NP_OK with empty fields.  Accepts NULL. */
void np_error_clear(np_error *err);

/* Fill err (if non-NULL) and return st, so callers can write
 * `return np_error_set(err, NP_EPARSE, file, line, off, "bad %s", x);`. */
np_status np_error_set(np_error *err, np_status st, const char *file, long line,
                       long long offset, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
np_status np_error_vset(np_error *err, np_status st, const char *file, long line,
                        long long offset, const char *fmt, va_list ap);

/* "file:line: byte N: msg (status)" into out (always NUL-terminated). */
void np_error_format(const np_error *err, char *out, size_t cap);

#endif
