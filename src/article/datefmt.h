/*
 * article/datefmt.h — find a full calendar date (with year) in free text, the
 * way scraped articles write it: "Nov 28, 2025", "November 27, 2025",
 * "Thursday, 27 November 2025", "27th of Nov. 2025", "2025-11-27",
 * "27.11.2025", "27/11/2025" (slashed only when a field above 12 tells day
 * from month), each optionally followed by a time ("02:00", "2:15 PM").
 *
 * Pure functions over a borrowed byte range; nothing is allocated.  Day and
 * month are validated against the calendar, years are limited to 1900-2199.
 * Dates without a year ("November 27") are deliberately not reported: the
 * year cannot be guessed from the text alone.
 */
#ifndef NP_INGEST_DATEFMT_H
#define NP_INGEST_DATEFMT_H

#include <stddef.h>

typedef struct np_textdate {
    size_t start, end; /* byte span in the searched text (time included) */
    int year, month, day;
} np_textdate;

/* First full date in s[0..n).  Returns 1 and fills *out when found, else 0.
 * Work is linear in n; callers cap n for huge lines. */
int np_textdate_find(const char *s, size_t n, np_textdate *out);

/* First all-digit date in s[0..n) written with slashes, the way a page
 * header stamps its day ("3/14/31 9:05 AM EST", "UPDATED 05/03/2031"):
 * month first unless day_first, the other reading when only it is a
 * calendar day ("11/28/05" is November 28 either way); a two-digit year is
 * 1970-2069.  Returns 1 and fills *out when found, else 0.  Ambiguous by
 * nature: for a header line only, not running text. */
int np_textdate_slashed(const char *s, size_t n, int day_first, np_textdate *out);

/* "YYYY-MM-DD" + NUL into out[11]. */
void np_textdate_iso(const np_textdate *d, char out[11]);

/* 1..12 when s[0..n) is an English month name or abbreviation ("Sept",
 * "Nov"; case-insensitive, no trailing dot), else 0. */
int np_month_from_name(const char *s, size_t n);

/* The number the n digits at s spell, or -1 when one is no digit (a NUL
 * ends the string first: nothing past it is read). */
int np_date_digits(const char *s, int n);

/* The publication day a URL's path spells ("/2025/11/27/", "/2025/nov/27/",
 * "/2025-11-27-slug", "/20251127/", "slug-20251127/") or a date parameter
 * of its query holds ("?ymd=20251127", "&pubDate=2025-11-27") as
 * "YYYY-MM-DD" + NUL into out[11]: 1 when found, else 0.  The host is not
 * searched. */
int np_url_date(const char *url, char out[11]);

#endif
