/* article/jsonld.c — a page's JSON-LD article objects and which one is the
 * page's own (see jsonld.h). */
#include "article/jsonld.h"

#include <string.h>

#include "core/buf.h"
#include "core/mem.h"
#include "core/url.h"
#include "core/utf8.h"

/* Bounds on what one page's JSON-LD may make us look at. */
#define GRAPH_MAX 256  /* items of one @graph */
#define ARRAY_MAX 64   /* objects of one top-level array */
#define TYPES_MAX 16   /* entries of one @type list */
#define HEAD_MAX 640   /* bytes of a squeezed headline compared */
/* A headline found inside the <title> ("Headline | Site", "Site: Headline")
 * must be this long, so that a one-word name cannot match by chance. */
#define TITLE_PART_MIN 12

/* ---- parsing ------------------------------------------------------------- */

static int json_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* A copy of text[0..len) without the two faults CMS templates commonly
 * write into JSON-LD: a raw control character (a line break, a tab) inside
 * a string, which becomes a space, and a comma right before a closing '}'
 * or ']', which goes.  Escapes are followed, so a quote written \" does
 * not end a string.  NULL when nothing needed mending or memory ran out. */
static char *mend(const char *text, size_t len, size_t *out_len)
{
    np_buf b;
    np_buf_init(&b, 0);
    if (np_buf_reserve(&b, len + 1) != NP_OK)
        return NULL;
    int in_str = 0, esc = 0, changed = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (in_str) {
            if (esc)
                esc = 0;
            else if (c == '\\')
                esc = 1;
            else if (c == '"')
                in_str = 0;
            else if ((unsigned char)c < 0x20) {
                c = ' ';
                changed = 1;
            }
        } else if (c == '"') {
            in_str = 1;
        } else if (c == ',') {
            size_t j = i + 1;
            while (j < len && json_ws(text[j]))
                j++;
            if (j < len && (text[j] == '}' || text[j] == ']')) {
                changed = 1;
                continue;
            }
        }
        b.data[b.len++] = c;
    }
    b.data[b.len] = '\0';
    if (!changed) {
        np_buf_free(&b);
        return NULL;
    }
    *out_len = b.len;
    return np_buf_take(&b);
}

json_t *np_jsonld_parse(const char *text, size_t len, int *mended)
{
    json_error_t je;
    if (mended)
        *mended = 0;
    json_t *root = json_loadb(text, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
    if (root)
        return root;
    size_t ml = 0;
    char *m = mend(text, len, &ml);
    if (!m)
        return NULL;
    root = json_loadb(m, ml, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
    np_free(m);
    if (root && mended)
        *mended = 1;
    return root;
}

/* ---- article objects ------------------------------------------------------ */

int np_jsonld_is_article(const json_t *o)
{
    json_t *t = json_object_get(o, "@type");
    size_t n = json_is_array(t) ? json_array_size(t) : 1;
    for (size_t i = 0; i < n && i < TYPES_MAX; i++) {
        json_t *x = json_is_array(t) ? json_array_get(t, i) : t;
        const char *s = json_string_value(x);
        if (s && (strstr(s, "Article") || strstr(s, "Posting") || strcmp(s, "Report") == 0 ||
                  strcmp(s, "ReportageNews") == 0))
            return 1;
    }
    return 0;
}

static size_t add_object(json_t *o, json_t **out, size_t k, size_t cap)
{
    if (k < cap && json_is_object(o) && np_jsonld_is_article(o))
        out[k++] = o;
    return k;
}

size_t np_jsonld_articles(json_t *const *roots, size_t n, json_t **out, size_t cap)
{
    size_t k = 0;
    for (size_t r = 0; r < n; r++) {
        json_t *root = roots[r];
        size_t m = json_is_array(root) ? json_array_size(root) : 1;
        for (size_t i = 0; i < m && i < ARRAY_MAX; i++) {
            json_t *o = json_is_array(root) ? json_array_get(root, i) : root;
            if (!json_is_object(o))
                continue;
            /* a @graph's items come before the object holding it, as the
             * reader of the fields always took them */
            json_t *g = json_object_get(o, "@graph");
            for (size_t j = 0; json_is_array(g) && j < json_array_size(g) && j < GRAPH_MAX; j++)
                k = add_object(json_array_get(g, j), out, k, cap);
            k = add_object(o, out, k, cap);
        }
    }
    return k;
}

/* ---- addresses ----------------------------------------------------------- */

/* Do two addresses name one page?  Site (host without "www.") and path,
 * fragment and trailing slash ignored as np_url_page() does, and the query
 * too ("?utm_source=..." on the address a page was fetched by); when
 * either is relative ("/2026/12/03/story"), the paths alone. */
static int same_page(const char *a, const char *b)
{
    char sa[256], sb[256];
    size_t la = np_url_site(a, sa, sizeof sa), lb = np_url_site(b, sb, sizeof sb);
    if (la && lb && (la != lb || memcmp(sa, sb, la) != 0))
        return 0;
    const char *pa, *pb;
    size_t na = la ? np_url_page(a, &pa) : (a[0] == '/' ? strcspn(a, "#") : 0);
    size_t nb = lb ? np_url_page(b, &pb) : (b[0] == '/' ? strcspn(b, "#") : 0);
    if (!la)
        pa = a;
    if (!lb)
        pb = b;
    if ((!la && a[0] != '/') || (!lb && b[0] != '/'))
        return 0; /* "#article", a bare name: no page */
    const char *qa = memchr(pa, '?', na), *qb = memchr(pb, '?', nb);
    if (qa)
        na = (size_t)(qa - pa);
    if (qb)
        nb = (size_t)(qb - pb);
    while (!la && na && pa[na - 1] == '/')
        na--;
    while (!lb && nb && pb[nb - 1] == '/')
        nb--;
    /* a site's home page is no article's address */
    return na && na == nb && memcmp(pa, pb, na) == 0;
}

/* Is s an address a page could have (absolute http(s) or site-relative)? */
static int is_address(const char *s)
{
    return s && (strncmp(s, "http", 4) == 0 || (s[0] == '/' && s[1] != '/' && s[1] != '\0'));
}

/* The addresses an article object gives for itself. */
static size_t object_addresses(const json_t *o, const char *out[8])
{
    size_t k = 0;
    static const char *const keys[] = {"url", "mainEntityOfPage", "@id"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        json_t *v = json_object_get(o, keys[i]);
        size_t n = json_is_array(v) ? json_array_size(v) : 1;
        for (size_t j = 0; j < n && j < 4 && k < 8; j++) {
            json_t *x = json_is_array(v) ? json_array_get(v, j) : v;
            if (json_is_object(x)) { /* "mainEntityOfPage": {"@type": "WebPage", "@id": ...} */
                json_t *id = json_object_get(x, "@id");
                x = json_is_string(id) ? id : json_object_get(x, "url");
            }
            const char *s = json_string_value(x), *path;
            /* "https://site/#organization": the site's home names no page */
            if (is_address(s) && (s[0] == '/' || np_url_page(s, &path) > 0))
                out[k++] = s;
        }
    }
    return k;
}

/* ---- headlines ----------------------------------------------------------- */

static int head_matches(const char *h, size_t hl, const char *page_head, int in_title)
{
    char p[HEAD_MAX];
    size_t pl = np_utf8_squeeze(page_head, strlen(page_head), p, sizeof p);
    if (!pl)
        return 0;
    if (pl == hl)
        return memcmp(p, h, hl) == 0;
    if (!in_title || hl < TITLE_PART_MIN || hl > pl)
        return 0;
    /* "Headline | Site" or "Site - Headline" */
    return memcmp(p, h, hl) == 0 || memcmp(p + pl - hl, h, hl) == 0;
}

np_jsonld_rel np_jsonld_relation(const json_t *o, const np_jsonld_page *page)
{
    const char *addr[8];
    size_t na = object_addresses(o, addr);
    int page_addr = 0, other_addr = 0;
    for (size_t u = 0; u < 3; u++) {
        if (!is_address(page->urls[u]))
            continue;
        page_addr = 1;
        for (size_t i = 0; i < na; i++)
            if (same_page(addr[i], page->urls[u]))
                return NP_JSONLD_ADDRESS;
    }
    other_addr = page_addr && na > 0;
    int page_head = 0, other_head = 0;
    static const char *const keys[] = {"headline", "name"};
    for (size_t k = 0; k < 2; k++) {
        const char *hs = json_string_value(json_object_get(o, keys[k]));
        char h[HEAD_MAX];
        size_t hl = hs ? np_utf8_squeeze(hs, strlen(hs), h, sizeof h) : 0;
        if (!hl)
            continue;
        for (size_t i = 0; i < 3; i++) {
            if (!page->heads[i] || !page->heads[i][0])
                continue;
            page_head = 1;
            if (head_matches(h, hl, page->heads[i], i == 2))
                return NP_JSONLD_HEADLINE;
        }
        other_head |= page_head;
    }
    return other_addr || other_head ? NP_JSONLD_OTHER : NP_JSONLD_UNKNOWN;
}
