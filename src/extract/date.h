/*
 * extract/date.h — date mentions, normalised against the publication date.
 *
 * Recognised: absolute dates ("November 27, 2025", "27 Nov", "Nov. 27",
 * "2025-11-27", "27 November 2025"); month-year and bare months ("in May" →
 * the most recent May on/before publication, or the next one after "next");
 * years ("in 2022", "mid-2024", 1900-2100); ranges ("November 26-27, 2025",
 * "June 3-4", "3-4 June", "2014-2016"; "between May and July" is two
 * months); "the 27th of November"; relative expressions
 * ("Thursday" → the most recent Thursday on/before publication, "on Monday"
 * also; "yesterday", "today", "tomorrow", "last week", "next week", "this
 * week", "last month", "next month", "last year", "earlier this year",
 * "this year").  Relative mentions get iso "" when the publication date is
 * unknown (NP_DATE_UNRESOLVED).
 *
 * Day arithmetic is proleptic Gregorian via days-from-civil; no libc time
 * functions.  Output lives in the caller's arena.
 */
#ifndef NP_EXTRACT_DATE_H
#define NP_EXTRACT_DATE_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/status.h"

typedef enum np_date_gran {
    NP_DATE_YEAR = 1,  /* iso "YYYY" */
    NP_DATE_MONTH = 2, /* iso "YYYY-MM" */
    NP_DATE_WEEK = 3,  /* iso "YYYY-MM-DD" of the Monday of that week */
    NP_DATE_DAY = 4,   /* iso "YYYY-MM-DD" */
} np_date_gran;

enum {
    NP_DATE_RELATIVE = 1u << 0,   /* resolved from the publication date */
    NP_DATE_RANGE = 1u << 1,      /* iso_end holds the end of the range */
    NP_DATE_UNRESOLVED = 1u << 2, /* relative but no publication date: iso "" */
    NP_DATE_INFERRED_YEAR = 1u << 3, /* year not written, taken from publication */
};

typedef struct np_date_mention {
    size_t start, end;  /* exact span in the text */
    char iso[11];       /* "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" */
    char iso_end[11];   /* end of a range, same granularity, else "" */
    np_date_gran gran;
    unsigned flags;     /* NP_DATE_* */
} np_date_mention;

/* published: the reference date "YYYY-MM-DD..." — the document's publication
 * date, or (when unknown) another date of the story such as the earliest
 * publication date of its other documents; NULL leaves relative dates and
 * dates without a year unresolved.  A reference that is only a lower bound
 * of the writing day (a day the text tells of, another document's date) is
 * marked by NP_DATE_REF_APPROX right after the day ("2031-05-02~"): a
 * weekday one or two days after that day is then taken for that one, not
 * for the one almost a week before.  *out: arena array, text order. */
#define NP_DATE_REF_APPROX '~'

/* day ("YYYY-MM-DD...") as a reference marked approximate ("YYYY-MM-DD~"),
 * in the arena; NULL when day is shorter than a day or on ENOMEM. */
const char *np_date_ref_approx(np_arena *arena, const char *day);

np_status np_dates_find(const char *text, size_t len, const char *published,
                        np_arena *arena, np_date_mention **out, size_t *n);

/* The reference date of a text whose publication date is unknown, for
 * resolving its relative dates: the date of its dateline ("LONDON, March 3,
 * 2031 —"; "WASHINGTON, April 30 (Reuters) -" takes the first April 30 on
 * or after the latest full date of the text), else the latest day date
 * written in full (with its year) that is the day the text reports on:
 * written with its own weekday ("Tarvik, Friday, May 2, 2031.") or
 * written twice (captions repeat it); a full date written once is some
 * earlier event's ("her March 3, 2029, letter").  None when the text names a
 * later month with its year ("in April 2031": the date is an old event).
 * Else *out = NULL: relative dates then stay unresolved, never counted from
 * today.  *out is an arena string "YYYY-MM-DD", with NP_DATE_REF_APPROX
 * after it unless it is the dateline's (the day the report tells of is a
 * lower bound of the day it was written). */
np_status np_date_reference(const char *text, size_t len, np_arena *arena, const char **out);

/* The length of the weekday's name opening mention m of text ("Friday" of
 * "Friday, May 2, 2031", which np_dates_find() reads as one mention: a day
 * written with its weekday, as captions and datelines write it); 0 when m
 * opens on none. */
size_t np_date_weekday_len(const char *text, const np_date_mention *m);

/* The instant a stored date stands for, in seconds since 1970-01-01 UTC:
 * "YYYY-MM-DD", optionally "THH:MM[:SS[.fff]]" and an offset ("Z",
 * "-08:00", "+0530").  A time without an offset is taken as UTC, a day
 * without a time (or with one that is no time) as its midnight UTC.  Why:
 * stored dates keep the page's local time and offset
 * (np_date_normalize()), so their text does not sort in time order
 * ("...T23:30:00-08:00" is after "...T05:00:00Z" of the next day).  1 and
 * *secs set, or 0 when s opens on no valid day. */
int np_date_instant(const char *s, int64_t *secs);

/* Days since 1970-01-01 of a proleptic Gregorian date (m 1..12, d 1..31). */
int64_t np_days_from_civil(int64_t y, int m, int d);
/* Inverse of np_days_from_civil. */
void np_civil_from_days(int64_t z, int64_t *y, int *m, int *d);
/* 1 (Monday) .. 7 (Sunday). */
int np_weekday_from_days(int64_t z);
/* Parse "YYYY-MM-DD" prefix (rest ignored); 1 on success, 0 otherwise. */
int np_date_parse_iso(const char *s, int64_t *y, int *m, int *d);

#endif
