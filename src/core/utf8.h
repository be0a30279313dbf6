/*
 * core/utf8.h — make untrusted bytes into valid UTF-8 text.
 *
 * np_utf8_sanitize() copies `in` into `out` (appending), replacing every
 * invalid or truncated sequence with U+FFFD, dropping NUL and C0 control
 * characters other than \t \n, turning \r\n and lone \r into \n, and dropping
 * a leading BOM.  It reports how many bad sequences it replaced and the byte
 * offset (in `in`) of the first one, so callers can warn with a position.
 */
#ifndef NP_CORE_UTF8_H
#define NP_CORE_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"

typedef struct np_utf8_report {
    size_t invalid;          /* invalid sequences replaced */
    size_t controls;         /* control characters dropped (NUL included) */
    long long first_invalid; /* byte offset of the first invalid sequence, -1 if none */
} np_utf8_report;

np_status np_utf8_sanitize(const char *in, size_t n, np_buf *out, np_utf8_report *report);

/* Decode one code point at s[0..n); returns its byte length (>=1) and sets
 * *cp, or returns 1 with *cp = -1 for an invalid byte. n must be >= 1. */
int np_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);

/* The letters and digits of s[0..n), ASCII lower-cased, the bytes of
 * multi-byte characters kept, everything else dropped, into out (at most
 * cap - 1 bytes and a NUL; cap >= 1); returns the bytes written.  For
 * comparing names and titles whatever their spacing and punctuation
 * ("U.S." / "us", "Kestrel Wire" / "kestrelwire"). */
size_t np_utf8_squeeze(const char *s, size_t n, char *out, size_t cap);

/* Share of bytes that are NUL or non-text control bytes in the first n bytes:
 * a quick "is this binary?" test. */
double np_binary_ratio(const unsigned char *s, size_t n);

#endif
