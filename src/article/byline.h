/*
 * article/byline.h — who wrote an article and where from, read off the two
 * places scraped text states it: the byline ("By Jane Doe and John Roe in
 * Kyiv, November 27, 2025") and the dateline opening the first paragraph
 * ("KYIV, Ukraine (Agency) – ...").
 *
 * Only person names are reported as authors: pieces that look like an outlet,
 * a desk ("Staff", "Newsroom"), a job title, a date or a single word are
 * dropped.  Results go into caller-provided fixed-size structs; nothing is
 * allocated and the input is borrowed.
 */
#ifndef NP_INGEST_BYLINE_H
#define NP_INGEST_BYLINE_H

#include <stddef.h>

#include "article/datefmt.h"

typedef struct np_byline {
    char names[256];  /* "Jane Doe, John Roe" or "" */
    char place[128];  /* from "in PLACE", or "" */
    int has_date;
    np_textdate date; /* offsets relative to the parsed line */
} np_byline;

/* Parse s[0..n) as a byline.  Returns 1 when the line is one (a "By"-style
 * opener followed by a person name or a date), filling *out when non-NULL;
 * 0 otherwise.  `outlet` (may be NULL) is a known publication name never to
 * report as an author. */
int np_byline_parse(const char *s, size_t n, const char *outlet, np_byline *out);

/* A wire byline's name written in capitals with its agency or outlet
 * after it in ordinary case ("KARIN STROM Tarnwire", "ANA RUIZ Associated
 * Press"): the byte length of the name (two words in capitals or more);
 * n when s[0..n) holds no such run. */
size_t np_byline_caps_name(const char *s, size_t n);

/* A name set in capitals, title-cased in place: when s[0..n) holds two
 * words in ASCII capitals in a row, each such word of three letters or
 * more ("KARIN STROM" -> "Karin Strom", "ANA LI" -> "Ana LI"); an acronym
 * alone ("CNN", "Ana Ruiz, CNN") stays. */
void np_byline_titlecase(char *s, size_t n);

/* If paragraph s[0..n) opens with a dateline ("PLACE –", "PLACE, Country —",
 * "PLACE (Agency) -", "PLACE, Nov 27 (Agency) -"), write the place (ALL-CAPS
 * words title-cased) into place[cap] and return the byte length of the whole
 * prefix including the dash; else return 0. */
size_t np_dateline_parse(const char *s, size_t n, char *place, size_t cap);

/* np_dateline_parse() of a news dispatch only: the place in capitals ("SAN
 * DIEGO ―", three capitals at least) or an agency credited ("Washington
 * (AFP) -"); "Golf - ...", "Update - ..." and "Q: Name - ..." are none. */
size_t np_dateline_dispatch(const char *s, size_t n, char *place, size_t cap);

#endif
