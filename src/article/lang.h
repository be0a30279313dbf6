/*
 * article/lang.h — language identification of document text (ISO 639-1)
 * with libexttextcat's method and n-gram fingerprints (Cavnar & Trenkle),
 * computed about 7 times faster than textcat_Classify (see lang.c).
 *
 * np_langid_new() loads the classifier once: it reads libexttextcat's
 * fingerprint list (fpdb.conf) from the standard Debian location and every
 * fingerprint it names whose language has a two-letter code (the others could
 * not be reported anyway), indexed together so that a guess costs one lookup
 * per n-gram of the document's profile, not one pass per language.
 * np_langid_guess() then classifies at most the first NP_LANGID_SAMPLE bytes of
 * a UTF-8 text and writes a lower-case ISO 639-1 code ("en", "de", "ru") or ""
 * when it is unsure: too few letters, or a runner-up language scoring within
 * 2% of the best (textcat's own window for "several candidates" is 3%).
 *
 * Ownership: the np_langid owns the loaded fingerprints; np_langid_free()
 * releases them and accepts NULL.
 *
 * NOT thread-safe: libexttextcat gives no thread-safety guarantee and each
 * guess writes the object's score scratch array.  Use one np_langid per
 * thread (loading costs about 10 ms and 1.5 MB).
 */
#ifndef NP_INGEST_LANG_H
#define NP_INGEST_LANG_H

#include <stddef.h>

#include "core/status.h"

/* Bytes of text looked at per document (cut back to a UTF-8 boundary). */
#define NP_LANGID_SAMPLE 2048

typedef struct np_langid np_langid;

/* Load from the standard locations (/usr/share/libexttextcat/fpdb.conf, then
 * /usr/local/share/...).  NULL with NP_ENOTFOUND in err when no fingerprint
 * set is installed, NP_ENOMEM when out of memory. */
np_langid *np_langid_new(np_error *err);
/* Load from a given fpdb.conf; fingerprint files are looked up in the folder
 * that holds it.  Same errors as np_langid_new(). */
np_langid *np_langid_open(const char *conf_path, np_error *err);
void np_langid_free(np_langid *lid);
/* Number of languages loaded (for reports and tests). */
size_t np_langid_count(const np_langid *lid);

/* Guess the language of utf8[0..len).  out receives a NUL-terminated code of
 * at most 7 bytes, "" when unsure.  NP_EINVAL on NULL arguments, NP_ENOMEM
 * when the document fingerprint cannot be allocated; unsure is NP_OK. */
np_status np_langid_guess(np_langid *lid, const char *utf8, size_t len, char out[8]);

/* Map a textcat category name ("en--utf8", "zh-CN-utf8", "english") to an
 * ISO 639-1 code in out; 0 when it has none (e.g. "sco--utf8"). */
int np_langid_code_of(const char *name, char out[8]);

#endif
