/*
 * article/jsonld.h — a page's schema.org JSON-LD: which of its article
 * objects describes the page itself.
 *
 * A page often carries several article objects: its own, and teasers of
 * related stories (in a second script, or as more items of one @graph)
 * that may come first.  np_jsonld_articles() lists the article objects of
 * the parsed scripts in document order (top-level objects, arrays of them,
 * @graph items); np_jsonld_relation() tells how one of them relates to the
 * page, judged by its address (url, mainEntityOfPage, @id against the
 * page's canonical, og:url and fetch URL) and its headline (against the
 * <h1>, og:title and <title>).  np_jsonld_parse() reads a script's text,
 * mending the two faults CMS templates most often write into it.
 *
 * Ownership: np_jsonld_parse() returns a new reference; elsewhere the
 * json_t values are borrowed and np_jsonld_articles() takes no references
 * (the objects live as long as the roots given to it).
 */
#ifndef NP_ARTICLE_JSONLD_H
#define NP_ARTICLE_JSONLD_H

#include <jansson.h>
#include <stddef.h>

/* What the page says about itself, each NULL when it does not say. */
typedef struct np_jsonld_page {
    const char *urls[3];   /* canonical, og:url, the URL it was fetched from */
    const char *heads[3];  /* <h1>, og:title, <title> (which may carry " | Site") */
} np_jsonld_page;

typedef enum np_jsonld_rel {
    NP_JSONLD_OTHER = -1,  /* names another page: an address or headline that is not this page's */
    NP_JSONLD_UNKNOWN = 0, /* names no address or headline to judge by (or the page names none) */
    NP_JSONLD_HEADLINE = 1,/* its headline is the page's */
    NP_JSONLD_ADDRESS = 2, /* its address is the page's (with or without the headline) */
} np_jsonld_rel;

/* The JSON value of one script's text[0..len), a new reference the caller
 * json_decref()s, or NULL when it is no JSON even mended.  Mended: a raw
 * line break or other control character inside a string is read as a
 * space, a comma before a closing '}' or ']' is ignored; *mended (may be
 * NULL) tells whether that was needed.  Never reads past text + len. */
json_t *np_jsonld_parse(const char *text, size_t len, int *mended);

/* Is o a schema.org article (Article, NewsArticle, BlogPosting, Report,
 * ReportageNews, ... by its @type)? */
int np_jsonld_is_article(const json_t *o);

/* The article objects of roots[0..n) in document order into out (at most
 * cap); returns how many were written. */
size_t np_jsonld_articles(json_t *const *roots, size_t n, json_t **out, size_t cap);

/* How article object o relates to the page. */
np_jsonld_rel np_jsonld_relation(const json_t *o, const np_jsonld_page *page);

#endif
