/*
 * core/url.h — the site a URL names, for telling publishers apart, and
 * the page on it.
 * Pure functions, no state; nothing is allocated.
 */
#ifndef NP_CORE_URL_H
#define NP_CORE_URL_H

#include <stddef.h>

/* The site of url: its host in lower case, without scheme, user, port,
 * "www." or a trailing dot ("[...]" literals whole), into out[cap] with its
 * NUL; returns its length, 0 when the URL names none ("/tmp/a.html",
 * "file:///a.html", a bare name, a host of cap bytes or more).  A "://"
 * counts only before the first '/', '?' or '#' ("a?next=https://b" names
 * no site); "//host/path" is scheme-relative. */
size_t np_url_site(const char *url, char *out, size_t cap);

/* The page url names on its site: path and query after the authority,
 * without the fragment or a trailing slash, as [*page, *page + return);
 * 0 (and *page = url) when the URL names no site (np_url_site()).  "/" and
 * "" are the site's home, length 0 too. */
size_t np_url_page(const char *url, const char **page);

#endif
