/*
 * article/html_meta.h — article metadata of a parsed HTML page: title,
 * author(s), published / modified dates, outlet, canonical URL, language,
 * description.
 *
 * Evidence in order of trust: JSON-LD (schema.org Article types, @graph and
 * arrays handled, invalid JSON ignored), OpenGraph / article: / named <meta>
 * tags, then the page itself (<h1>, <title> minus its " | Site" suffix,
 * <time datetime>, rel=author, "By X" bylines and "Submitted by X on
 * DATE" / "Posted by X" stamps, <html lang>), then the URL
 * (a /YYYY/MM/DD/ path gives the date, the host gives the outlet).
 * An organisation the JSON-LD gives as the author (a news agency on its
 * copy) is reported as nobody's name, whichever field repeats it.
 * Only fields still NULL in `doc` are filled.  Borrows `xdoc` and `url`.
 * When `ld_body` is not NULL it receives the JSON-LD articleBody (a heap
 * string the caller frees, or NULL), the text of last resort for pages
 * whose body is rendered by script.
 */
#ifndef NP_INGEST_HTML_META_H
#define NP_INGEST_HTML_META_H

#include <libxml/HTMLparser.h>

#include "core/doc.h"
#include "core/status.h"

np_status np_html_meta(xmlDoc *xdoc, const char *url, np_doc *doc, char **ld_body);

/* The CW_* words (date, publish, update, byline, author-name) found in the
 * first 512 bytes of a class value, as flags; 0 when none.  Exposed so
 * that html_attrs.c keeps every class token this pass can use. */
unsigned np_html_class_words(const char *cls);

/* Is key (a <meta> property, name or itemprop; itemprop may list several
 * names, space-separated) one whose content this pass reads?  Exposed so that html_attrs.c can drop the others' content. */
int np_html_meta_key(const char *key);

/* Normalise a date string ("2019-11-19T10:00:00-05:00", "Nov 19, 2019",
 * "Tue, 19 Nov 2019 15:00:00 GMT", "2019/11/19") to ISO 8601 in out:
 * "YYYY-MM-DD", or, when a time with a numeric offset or "Z" is given, the
 * time as the page states it with its offset: "YYYY-MM-DDTHH:MM:SS-05:00"
 * ("...Z" for UTC; 26 bytes with the NUL, else the day alone).  The first
 * ten bytes are always the local calendar day, the one the page's readers
 * saw.  Returns 0 when no plausible date is found. */
int np_date_normalize(const char *s, char *out, size_t cap);

/* A count of seconds since 1970-01-01 UTC as "YYYY-MM-DDTHH:MM:SSZ" in out
 * (cap >= 21): 0, out untouched, unless it lies in 1973-2099 (a smaller or
 * larger number is no news date: a year, a YYYYMMDD, milliseconds). */
int np_date_from_epoch(double secs, char *out, size_t cap);

/* Clean one author string ("By Jane Doe and John Roe" -> "Jane Doe, John
 * Roe"; a wire byline's "By JANE DOE Agency" -> "Jane Doe") into out; 0
 * when it is not a person (a date, URL, site name, "Staff"). */
int np_author_clean(const char *s, const char *outlet, char *out, size_t cap);

#endif
