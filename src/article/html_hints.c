/* article/html_hints.c — furniture / content hints from class, id, role,
 * itemprop and visibility attributes (see html_hints.h). */
#include "article/html_hints.h"

#include <stdint.h>
#include <string.h>

#include "core/hash.h"
#include "core/mem.h"

/* Words that mark page furniture when they appear inside a class or id
 * token.  Generic web vocabulary, not any site's names. */
static const char *const neg_sub[] = {
    "comment", "disqus", "share", "sharing", "social", "related", "recommend", "promo",
    "advert", "sponsor", "cookie", "consent", "gdpr", "newsletter", "subscri", "signup",
    "sidebar", "widget", "breadcrumb", "masthead", "footer", "navbar", "navigation",
    "menu", "popup", "modal", "banner", "outbrain", "taboola", "trending", "popular",
    "recirc", "ticker", "toolbar", "byline", "dateline", "timestamp", "caption", "credit",
    "tagline", "readmore", "read-more", "more-", "nocontent", "login", "reaction", "author-bio",
    "print-none", "noprint", "no-print", "print-only", "print-block", "d-none",
    "respond", "discussion", "replies", "donat", "most-read", "mostread", "authorbox",
    "author-box", "author-info", "about-author", "about-the-author", "see-also", "pullquote", "pull-quote",
};
/* Short words matched only as whole tokens (substrings would hit "header",
 * "read", "shadow"...). */
static const char *const neg_tok[] = {
    "ad", "ads", "nav", "tags", "tag", "meta", "topics", "keywords", "share", "hide",
    "aside", "extra", "links", "overlay", "teaser", "teasers", "cta", "pagination",
    "pager", "next", "prev", "alert", "hidden", "print", "rating", "bio", "jump", "skip",
    "also",
};
/* (hidden, print, rating, bio only as whole words: "overflow-hidden" is a
 * layout class, "operating", "blueprint", "biology" are not furniture) */
static const char *const pos_sub[] = {
    "article", "content", "entry", "story", "body", "main", "prose", "blog",
    "post",
};

#define NWORDS(a) (sizeof a / sizeof *a)
#define WORDSET_MAX 128
_Static_assert(NWORDS(neg_sub) <= WORDSET_MAX && NWORDS(pos_sub) <= WORDSET_MAX,
               "word list longer than a wordset holds");

/* Word lists prepared once per call: lengths and a mask of first letters,
 * so scanning a class token skips most positions at once. */
typedef struct wordset {
    const char *const *w;
    size_t n;
    unsigned char len[WORDSET_MAX];
    uint32_t first; /* bit (c - 'a') set when some word starts with c */
    /* the words starting with each letter, in list order: by[c - 'a'][0..nby) */
    unsigned char by[26][WORDSET_MAX];
    unsigned char nby[26];
} wordset;

/* Pages repeat the same class strings hundreds of times: remember the
 * verdict per string (by hash) for the duration of one call. */
#define HINT_CACHE 1024
typedef struct hintcache {
    uint64_t key;   /* hash of the class string, 0 = empty slot */
    int8_t neg, pos;
} hintcache;

struct np_html_hints {
    wordset neg, pos;
    hintcache cache[HINT_CACHE];
};
typedef struct np_html_hints hintsets;

static void wordset_init(wordset *ws, const char *const *w, size_t n)
{
    ws->w = w;
    ws->n = n < WORDSET_MAX ? n : WORDSET_MAX;
    ws->first = 0;
    memset(ws->nby, 0, sizeof ws->nby);
    for (size_t i = 0; i < ws->n; i++) {
        ws->len[i] = (unsigned char)strlen(w[i]);
        unsigned c = (unsigned)(w[i][0] - 'a') & 31;
        ws->first |= 1u << c;
        if (c < 26)
            ws->by[c][ws->nby[c]++] = (unsigned char)i;
    }
}

static int has_word(const char *tok, size_t n, const char *w)
{
    size_t wl = strlen(w);
    for (size_t i = 0; i + wl <= n; i++)
        if (memcmp(tok + i, w, wl) == 0)
            return 1;
    return 0;
}

static int any_sub(const wordset *ws, const char *tok, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)tok[i];
        if (c < 'a' || c > 'z' || !(ws->first & (1u << (c - 'a'))))
            continue;
        const unsigned char *by = ws->by[c - 'a'];
        for (size_t k = 0, nb = ws->nby[c - 'a']; k < nb; k++) {
            size_t j = by[k], wl = ws->len[j];
            if (i + wl <= n && memcmp(tok + i + 1, ws->w[j] + 1, wl - 1) == 0)
                return 1;
        }
    }
    return 0;
}

/* Verdict on one lower-cased token tok[0..k) (k < 40): *n furniture,
 * *ps content, each 0 or 1. */
static void token_verdict(const hintsets *hs, const char *tok, size_t k, int *out_n, int *out_ps)
{
    /* an embedded post ("social-media-embed") is quoted content */
    int n = any_sub(&hs->neg, tok, k) &&
            !(has_word(tok, k, "embed") && has_word(tok, k, "social")), ps = 0;
    /* short words: the whole token or its last part ("post-tags",
     * "top-nav"); a first part only for ad / nav ("ad-slot"),
     * since "tag-sports" on a blog post is a label, not a tag list */
    size_t s = 0;
    for (size_t i = 0; i <= k && !n; i++) {
        if (i == k || tok[i] == '-' || tok[i] == '_') {
            size_t len = i - s;
            int last = i == k, first = s == 0;
            if (len >= 2 && len <= 10 && (last || first))
                for (size_t j = 0; j < NWORDS(neg_tok); j++)
                    if (neg_tok[j][0] == tok[s] && strlen(neg_tok[j]) == len &&
                        memcmp(tok + s, neg_tok[j], len) == 0 &&
                        (last || len <= 3)) {
                        n = 1;
                        break;
                    }
            s = i + 1;
        }
    }
    if (!n)
        ps = any_sub(&hs->pos, tok, k);
    *out_n = n;
    *out_ps = ps;
}

#define TOKEN_MAX 40 /* bytes of a token looked at, NUL included */

/* Score one attribute value: negative for furniture words, positive for
 * content words; a token that has both counts as furniture ("post-share"). */
static void hint_tokens(const hintsets *hs, const xmlChar *v, int *neg, int *pos)
{
    char tok[TOKEN_MAX];
    size_t k = 0, seen = 0;
    for (const xmlChar *p = v;; p++) {
        int c = *p;
        if (c >= 'A' && c <= 'Z')
            c += 32;
        int alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        /* '-' and '_' join words of one token for substring tests, but the
         * whole-token list needs them split: keep both views. */
        if (alnum || c == '-' || c == '_') {
            if (k < sizeof tok - 1)
                tok[k++] = (char)c;
            continue;
        }
        if (k) {
            tok[k] = '\0';
            int n, ps;
            token_verdict(hs, tok, k, &n, &ps);
            *neg += n;
            *pos += ps;
            k = 0;
        }
        if (c == 0 || ++seen > 256) /* long class lists: the first words tell */
            break;
    }
}

int np_html_hint_token(const np_html_hints *hs, const char *tok, size_t len)
{
    char low[TOKEN_MAX];
    size_t k = 0;
    for (size_t i = 0; i < len && k < sizeof low - 1; i++) {
        int c = (unsigned char)tok[i];
        low[k++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    low[k] = '\0';
    int n = 0, ps = 0;
    if (k)
        token_verdict(hs, low, k, &n, &ps);
    return n || ps;
}

static int ci_contains(const xmlChar *s, const char *w)
{
    size_t wl = strlen(w);
    for (size_t i = 0; s[i] && i < 4096; i++) {
        size_t j = 0;
        while (j < wl && s[i + j] && (s[i + j] | 0x20) == w[j])
            j++;
        if (j == wl)
            return 1;
    }
    return 0;
}

static void hint_cached(hintsets *hs, const xmlChar *v, int *neg, int *pos)
{
    size_t len = strnlen((const char *)v, 4096);
    uint64_t h = np_hash64(v, len, 0x6e70) | 1;
    hintcache *c = &hs->cache[h % HINT_CACHE];
    if (c->key == h) {
        *neg += c->neg;
        *pos += c->pos;
        return;
    }
    int n = 0, p = 0;
    hint_tokens(hs, v, &n, &p);
    c->key = h;
    c->neg = (int8_t)(n > 100 ? 100 : n);
    c->pos = (int8_t)(p > 100 ? 100 : p);
    *neg += n;
    *pos += p;
}

unsigned np_html_hint(np_html_hints *hs, xmlNode *n, int container)
{
    int neg = 0, pos = 0;
    unsigned h = 0;
    for (xmlAttr *a = n->properties; a; a = a->next) {
        if (!a->name || !a->children || a->children->type != XML_TEXT_NODE || !a->children->content)
            continue;
        const char *an = (const char *)a->name;
        const xmlChar *v = a->children->content;
        if (strcmp(an, "class") == 0) {
            hint_cached(hs, v, &neg, &pos);
        } else if (strcmp(an, "id") == 0) {
            hint_tokens(hs, v, &neg, &pos);
        } else if (strcmp(an, "role") == 0) {
            if (ci_contains(v, "navigation") || ci_contains(v, "complementary") ||
                ci_contains(v, "contentinfo") || ci_contains(v, "banner") ||
                ci_contains(v, "dialog") || ci_contains(v, "alert"))
                neg++;
            else if (ci_contains(v, "main") || ci_contains(v, "article"))
                pos++;
        } else if (strcmp(an, "itemprop") == 0) {
            if (ci_contains(v, "articlebody"))
                h |= NP_HINT_STRONGPOS;
        } else if (strcmp(an, "style") == 0) {
            if (ci_contains(v, "display:none") || ci_contains(v, "display: none") ||
                ci_contains(v, "visibility:hidden"))
                h |= NP_HINT_HIDDEN;
        } else if (strcmp(an, "hidden") == 0) {
            h |= NP_HINT_HIDDEN;
        } else if (strcmp(an, "aria-hidden") == 0) {
            if (ci_contains(v, "true"))
                h |= NP_HINT_HIDDEN;
        }
    }
    /* Structure votes too: <article>/<main> count as a content word.  The
     * majority decides, so a post's "tag-x" label does not sink it. */
    if (container)
        pos++;
    if (neg > pos)
        h |= NP_HINT_NEG;
    else if (pos > neg)
        h |= NP_HINT_POS;
    return h;
}


np_html_hints *np_html_hints_new(void)
{
    np_html_hints *hs = np_calloc(1, sizeof *hs);
    if (!hs)
        return NULL;
    wordset_init(&hs->neg, neg_sub, NWORDS(neg_sub));
    wordset_init(&hs->pos, pos_sub, NWORDS(pos_sub));
    return hs;
}

void np_html_hints_free(np_html_hints *hs)
{
    np_free(hs);
}
