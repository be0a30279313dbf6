/*
 * article/outlet.h — the name of the publication a document comes from, when
 * its metadata does not give one.
 *
 * Evidence, strongest first: metadata (a JSONL "outlet", an HTML site name;
 * never overridden), the page itself (an "Outlet: Name" label line at the
 * top, a "Headline | Outlet" or
 * "Deck … / Outlet" line, a "The … " masthead line at the top, a "By Outlet
 * Staff" byline, a "© 2026 Outlet" line), an agency credit opening the body
 * ("LONDON (Reuters) -"), then the URL's host made readable
 * ("www.example-news.co.uk" → "Example News").  A file name is never used:
 * readers show the document key when nothing is known.
 *
 * Pure functions over caller memory; they allocate only through np_doc_set
 * and return NP_ENOMEM when that fails, leaving the document unchanged.
 */
#ifndef NP_INGEST_OUTLET_H
#define NP_INGEST_OUTLET_H

#include <stddef.h>

#include "core/doc.h"
#include "core/status.h"

/* Set doc->outlet from the raw plain-text page text[0..len) (before
 * cleaning: the lines that name the outlet are page furniture) when
 * doc->outlet is unset or only a host name. */
np_status np_outlet_from_page(const char *text, size_t len, np_doc *doc);

/* Last step before a document is delivered: when doc->outlet is unset or a
 * bare host name, an agency credit in the first paragraph of doc->text, else
 * the host of doc->url (or of the host-like outlet) made readable. */
np_status np_outlet_finish(np_doc *doc);

/* Line s[0..n) (trimmed) is a rights notice: it opens on "©", "(c)",
 * "Copyright" followed by a year, the sign or a holder's name ("Copyright
 * law experts said ..." is prose), or "All rights reserved".  The holder's
 * name, when it gives one, in *holder / *holder_len (into s; NULL / 0
 * otherwise). */
int np_rights_notice(const char *s, size_t n, const char **holder, size_t *holder_len);

/* Readable name of a host or URL: "www." and the like, the top-level domain
 * (and a second-level "co."/"com." before a country code) dropped, hyphens
 * to spaces, words capitalised; a single short word is taken for an acronym
 * ("cnn.com" → "CNN").  Writes a NUL-terminated name into out; returns its
 * length, 0 when there is no host. */
size_t np_outlet_from_host(const char *host_or_url, char *out, size_t cap);

/* The labels of a host or URL's host, lower-cased into host (host_cap
 * bytes): lab[i] / ll[i] for up to max labels, *site the index of the one
 * that names the site, before the public suffix ("smh" of
 * "www.smh.com.au", "ap" of "hosted.ap.org").  Returns how many labels,
 * 0 when there are fewer than two. */
size_t np_host_labels(const char *host_or_url, char *host, size_t host_cap, const char **lab, size_t *ll,
                      size_t max, size_t *site);

/* s[0..n) reads as a publication's name: one to five capitalised words
 * (joiners "of", "the", "and", "&", "de" aside), no digits or sentence
 * punctuation, not opening on a newsroom section's word ("Local News",
 * "Opinion", "Video"). */
int np_outlet_name_like(const char *s, size_t n);

/* Agency credit "(Name) -" (or –, —, ―) in the first 300 bytes of
 * text[0..len): "WASHINGTON (Reuters) -", "April 29 (UPI) —".  Writes the name
 * into out; returns its length, 0 when there is none. */
size_t np_outlet_agency_credit(const char *text, size_t len, char *out, size_t cap);

#endif
