/*
 * article/html_hints.h — what an element's attributes say about it: page
 * furniture (class/id words like nav, comment, share, related, cookie,
 * sidebar; ARIA roles navigation/complementary/contentinfo), content
 * (article, content, entry, story, body, post; role main; itemprop
 * articleBody, the strongest), or hidden (hidden, aria-hidden, display:none).
 *
 * Words are matched inside class tokens ("post-comments"), short ones only
 * as whole words or a token's last part ("top-nav", not "tag-sports" on a
 * blog post); a token with both kinds counts as furniture ("post-share");
 * the element is furniture or content by majority, <article>/<main> voting
 * for content.  Generic web vocabulary only, no site names.
 *
 * Ownership: np_html_hints holds the word tables and a per-page cache of
 * verdicts by class string (pages repeat the same class hundreds of times);
 * create one per page (or per thread), free it with np_html_hints_free
 * (accepts NULL).  np_html_hint borrows the node.
 */
#ifndef NP_INGEST_HTML_HINTS_H
#define NP_INGEST_HTML_HINTS_H

#include <libxml/tree.h>

enum {
    NP_HINT_NEG = 1,       /* furniture */
    NP_HINT_POS = 2,       /* content */
    NP_HINT_HIDDEN = 4,    /* not shown to readers */
    NP_HINT_STRONGPOS = 8, /* itemprop="articleBody" */
};

typedef struct np_html_hints np_html_hints;

/* NULL on ENOMEM. */
np_html_hints *np_html_hints_new(void);
void np_html_hints_free(np_html_hints *hs);
/* NP_HINT_* flags of element n; `container` is nonzero for <article> and
 * <main>, which vote for content. */
unsigned np_html_hint(np_html_hints *hs, xmlNode *n, int container);
/* Does the class/id token tok[0..len) (letters, digits, '-', '_') carry a
 * furniture or content word?  A class value's verdict is the sum over its
 * tokens, so tokens for which this is 0 can be left out of it (as
 * html_attrs.c does before parsing). */
int np_html_hint_token(const np_html_hints *hs, const char *tok, size_t len);

#endif
