/*
 * article/html_charset.h — find the charset of an HTML page and turn its bytes
 * into valid UTF-8.
 *
 * Order of evidence: a byte-order mark, then the HTTP header's charset
 * (`hint`, may be NULL), then <meta charset> / http-equiv in the first 4 KB,
 * then libuchardet's guess.  Whatever the label says, the result is checked:
 * a page that claims UTF-8 but is not (latin-1 bytes) is re-detected and
 * falls back to windows-1252, and bytes invalid in the chosen charset become
 * U+FFFD.  The output is always valid UTF-8 without NUL bytes.
 *
 * Ownership: the UTF-8 text is given as (*text, *text_len): either a view
 * into `bytes` itself (already clean UTF-8: no copy) or into `out`, which
 * the caller inits and frees.  `used` receives the charset actually used
 * (NUL-terminated, truncated to `used_cap`).
 */
#ifndef NP_INGEST_HTML_CHARSET_H
#define NP_INGEST_HTML_CHARSET_H

#include <stddef.h>

#include "core/buf.h"
#include "core/status.h"

np_status np_html_to_utf8(const char *bytes, size_t len, const char *hint,
                          np_buf *out, const char **text, size_t *text_len,
                          char *used, size_t used_cap);

/* Normalise a charset label the way browsers do (WHATWG aliases: latin-1 and
 * ascii mean windows-1252, "utf8" means UTF-8) into an iconv name in out.
 * Returns 0 when the label is empty or unusable. */
int np_charset_normalize(const char *label, size_t n, char *out, size_t cap);

#endif
