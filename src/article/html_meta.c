/* article/html_meta.c — metadata from JSON-LD, <meta> tags, the page and the
 * URL (see html_meta.h for the order of evidence). */
#include "article/html_meta.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "article/byline.h"
#include "article/datefmt.h"
#include "article/jsonld.h"
#include "article/linefeat.h"
#include "article/outlet.h"
#include "core/buf.h"
#include "core/url.h"
#include "core/utf8.h"
#include "core/mem.h"
#include "text/lexicon.h"

/* Bounds: metadata values are short; longer ones are junk or attacks. */
#define VAL_MAX 1024
#define JSONLD_MAX (1024 * 1024)
#define LD_SCRIPTS 32   /* JSON-LD scripts of one page read */
#define LD_ARTICLES 64  /* article objects among them weighed */
#define BYLINE_MAX 160
#define NODE_TEXT_VISITS 2048

enum {
    F_TITLE, F_OG_TITLE, F_H1, F_LD_HEADLINE, F_SUBHEAD,
    F_LD_AUTHOR, F_META_AUTHOR, F_REL_AUTHOR, F_BYLINE, F_BY_TEXT, F_LD_ORG_AUTHOR,
    F_LD_PUB, F_META_PUB, F_TIME_PUB, F_TIME_ART, F_TIME, F_CLASS_DATE, F_TIME_OTHER, F_CLASS_OTHER, F_LD_MOD,
    F_META_MOD, F_TIME_MOD, F_META_LOOSE,
    F_OG_SITE, F_LD_PUBLISHER, F_LD_SITE, F_APPNAME, F_TW_SITE,
    F_CANONICAL, F_OG_URL, F_LD_URL,
    F_LANG, F_META_LANG, F_LD_LANG, F_OG_LOCALE,
    F_DESC, F_OG_DESC, F_LD_DESC,
    F_COUNT
};

typedef struct meta {
    char *f[F_COUNT];
    np_buf jsonld; /* one script's text at a time */
    json_t *ld[LD_SCRIPTS]; /* the parsed scripts (owned), read after the walk */
    size_t nld;
    size_t ld_bytes; /* their text's bytes, at most JSONLD_MAX in all */
    char *ld_body; /* JSON-LD articleBody, bounded by JSONLD_MAX */
    const xmlNode *rel_parent; /* the element holding the first rel="author" link (borrowed) */
} meta;

static int is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/* One character entity at p ("&#8217;", "&#x2019;", "&amp;"...) as
 * UTF-8 into u; returns its length (0 if p is no entity) and the bytes
 * consumed in *used. */
static size_t decode_entity(const char *p, char u[8], size_t *used)
{
    static const struct { const char *name; const char *utf8; } named[] = {
        {"amp;", "&"}, {"quot;", "\""}, {"apos;", "'"}, {"lt;", "<"}, {"gt;", ">"},
        {"nbsp;", " "}, {"rsquo;", "\xE2\x80\x99"}, {"lsquo;", "\xE2\x80\x98"},
        {"ldquo;", "\xE2\x80\x9C"}, {"rdquo;", "\xE2\x80\x9D"}, {"ndash;", "\xE2\x80\x93"},
        {"mdash;", "\xE2\x80\x94"}, {"hellip;", "\xE2\x80\xA6"},
    };
    if (p[1] == '#') {
        unsigned long cp = 0;
        size_t i = 2;
        int hex = p[2] == 'x' || p[2] == 'X';
        if (hex)
            i++;
        size_t start = i;
        for (; i < start + 8; i++) {
            char c = p[i];
            int d = (c >= '0' && c <= '9') ? c - '0'
                  : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
                  : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
            if (d < 0)
                break;
            cp = cp * (hex ? 16 : 10) + (unsigned long)d;
        }
        if (i == start || p[i] != ';' || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        *used = i + 1;
        if (cp < 0x80) {
            u[0] = (char)cp;
            return 1;
        }
        if (cp < 0x800) {
            u[0] = (char)(0xC0 | (cp >> 6));
            u[1] = (char)(0x80 | (cp & 0x3F));
            return 2;
        }
        if (cp < 0x10000) {
            u[0] = (char)(0xE0 | (cp >> 12));
            u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
            u[2] = (char)(0x80 | (cp & 0x3F));
            return 3;
        }
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        return 4;
    }
    for (size_t i = 0; i < sizeof named / sizeof *named; i++) {
        size_t nl = strlen(named[i].name);
        if (strncmp(p + 1, named[i].name, nl) == 0) {
            *used = nl + 1;
            size_t ul = strlen(named[i].utf8);
            memcpy(u, named[i].utf8, ul);
            return ul;
        }
    }
    return 0;
}

/* Set field i once (first evidence wins), white space collapsed and
 * trimmed: no-break and other Unicode spaces too ("By&nbsp;Ann&nbsp;Lee" is
 * the author Ann Lee, as with plain spaces), a zero-width space or BOM
 * dropped. */
static void put(meta *m, int i, const char *v)
{
    if (m->f[i] || !v)
        return;
    char tmp[VAL_MAX];
    size_t k = 0, vn = strnlen(v, 4 * VAL_MAX);
    int sp = 0;
    for (const unsigned char *p = (const unsigned char *)v; *p && k + 1 < sizeof tmp; p++) {
        size_t spl = *p >= 0x80 ? np_space_len(v, vn, (size_t)((const char *)p - v)) : 0;
        if (spl) {
            int zero_width = (spl == 3 && p[0] == 0xE2 && p[2] == 0x8B) || p[0] == 0xEF;
            sp |= k > 0 && !zero_width;
            p += spl - 1;
            continue;
        }
        if (is_ws(*p)) {
            sp = k > 0;
            continue;
        }
        /* entities escaped twice in the source ("&amp;#8217;") arrive here
         * as text: decode the common ones */
        if (*p == '&') {
            char u[8];
            size_t used = 0, ul = decode_entity((const char *)p, u, &used);
            if (ul && k + ul + 2 < sizeof tmp) {
                if (sp)
                    tmp[k++] = ' ';
                sp = 0;
                memcpy(tmp + k, u, ul);
                k += ul;
                p += used - 1;
                continue;
            }
        }
        if (sp && k + 2 < sizeof tmp)
            tmp[k++] = ' ';
        sp = 0;
        tmp[k++] = (char)*p;
    }
    tmp[k] = '\0';
    if (!k)
        return;
    /* a cut may split a UTF-8 sequence: repair rather than pass it on */
    np_buf b;
    np_buf_init(&b, 0);
    if (np_utf8_sanitize(tmp, k, &b, NULL) == NP_OK && b.len)
        m->f[i] = np_buf_take(&b);
    np_buf_free(&b);
}

static const char *attr(xmlNode *n, const char *name)
{
    for (xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && strcmp((const char *)a->name, name) == 0) {
            if (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
                return (const char *)a->children->content;
            return "";
        }
    return NULL;
}

static int ieq(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    for (; *a && *b; a++, b++) {
        int x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z')
            x += 32;
        if (y >= 'A' && y <= 'Z')
            y += 32;
        if (x != y)
            return 0;
    }
    return *a == *b;
}

static int icontains(const char *s, const char *w)
{
    size_t wl = strlen(w);
    for (size_t i = 0; s[i] && i < 512; i++) {
        size_t j = 0;
        while (j < wl && s[i + j] && (s[i + j] | 0x20) == (w[j] | 0x20))
            j++;
        if (j == wl)
            return 1;
    }
    return 0;
}

/* Text of an element's subtree, bounded, iteratively. */
static void node_text(xmlNode *n, char *out, size_t cap)
{
    size_t k = 0, visits = 0;
    out[0] = '\0';
    xmlNode *cur = n->children;
    /* bounded by bytes and by nodes: a "byline" class on a wrapper of the
     * whole page must not cost a walk of the page for each such element */
    while (cur && cur != n && ++visits <= NODE_TEXT_VISITS) {
        if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) && cur->content) {
            size_t l = strnlen((const char *)cur->content, cap);
            if (k + l + 2 >= cap)
                l = cap - k - 2;
            memcpy(out + k, cur->content, l);
            k += l;
            out[k++] = ' ';
            out[k] = '\0';
            if (k + 2 >= cap)
                break;
        }
        if (cur->type == XML_ELEMENT_NODE && cur->children &&
            strcmp((const char *)cur->name, "script") != 0 && strcmp((const char *)cur->name, "style") != 0) {
            cur = cur->children;
            continue;
        }
        while (cur != n && !cur->next)
            cur = cur->parent;
        if (cur == n)
            break;
        cur = cur->next;
    }
}

/* ---- JSON-LD ------------------------------------------------------------- */

static const char *jstr(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_object(v)) {
        json_t *n = json_object_get(v, "name");
        if (json_is_string(n))
            return json_string_value(n);
        n = json_object_get(v, "@id");
        if (json_is_string(n))
            return json_string_value(n);
    }
    if (json_is_array(v) && json_array_size(v)) {
        json_t *f = json_array_get(v, 0);
        if (json_is_string(f))
            return json_string_value(f);
        if (json_is_object(f)) {
            json_t *n = json_object_get(f, "name");
            if (json_is_string(n))
                return json_string_value(n);
        }
    }
    return NULL;
}

/* Is the schema.org @type t (a string or an array of them) an
 * organisation's ("Organization", "NewsMediaOrganization", ...)? */
static int ld_org_type(const json_t *t)
{
    size_t n = json_is_array(t) ? json_array_size(t) : 1;
    for (size_t i = 0; i < n && i < 8; i++) {
        const json_t *x = json_is_array(t) ? json_array_get(t, i) : t;
        if (json_is_string(x) && strstr(json_string_value(x), "Organization"))
            return 1;
    }
    return 0;
}

/* The persons of a JSON-LD author value into F_LD_AUTHOR; the first
 * organisation given as the author (a news agency on its copy) into
 * F_LD_ORG_AUTHOR, a name no other field may report as a person. */
static void ld_authors(meta *m, json_t *a)
{
    if (m->f[F_LD_AUTHOR] || !a)
        return;
    np_buf b;
    np_buf_init(&b, VAL_MAX);
    size_t n = json_is_array(a) ? json_array_size(a) : 1;
    for (size_t i = 0; i < n && i < 16; i++) {
        json_t *x = json_is_array(a) ? json_array_get(a, i) : a;
        const char *name = NULL;
        if (json_is_string(x))
            name = json_string_value(x);
        else if (json_is_object(x)) {
            if (ld_org_type(json_object_get(x, "@type"))) {
                put(m, F_LD_ORG_AUTHOR, jstr(x, "name")); /* an outlet is not an author */
                continue;
            }
            json_t *nm = json_object_get(x, "name");
            if (json_is_string(nm))
                name = json_string_value(nm);
        }
        if (!name || !*name)
            continue;
        if (b.len && np_buf_append(&b, ", ", 2) != NP_OK)
            break;
        if (np_buf_append_str(&b, name) != NP_OK)
            break;
    }
    if (b.len)
        put(m, F_LD_AUTHOR, b.data);
    np_buf_free(&b);
}

static void ld_article(meta *m, json_t *o)
{
    put(m, F_LD_HEADLINE, jstr(o, "headline"));
    json_t *body = json_object_get(o, "articleBody");
    if (!m->ld_body && json_is_string(body) && json_string_length(body) > 0)
        m->ld_body = np_strndup(json_string_value(body), json_string_length(body));
    ld_authors(m, json_object_get(o, "author"));
    put(m, F_LD_PUB, jstr(o, "datePublished"));
    put(m, F_LD_MOD, jstr(o, "dateModified"));
    put(m, F_LD_PUBLISHER, jstr(o, "publisher"));
    put(m, F_LD_DESC, jstr(o, "description"));
    put(m, F_LD_LANG, jstr(o, "inLanguage"));
    const char *u = jstr(o, "mainEntityOfPage");
    if (u && strncmp(u, "http", 4) == 0)
        put(m, F_LD_URL, u);
    u = jstr(o, "url");
    if (u && strncmp(u, "http", 4) == 0)
        put(m, F_LD_URL, u);
}

static void ld_site(meta *m, json_t *o)
{
    const char *ts = json_string_value(json_object_get(o, "@type"));
    if (ts && (strcmp(ts, "NewsMediaOrganization") == 0 || strcmp(ts, "Organization") == 0 ||
               strcmp(ts, "WebSite") == 0))
        put(m, F_LD_SITE, jstr(o, "name"));
}

/* One script's text, parsed (a raw line break in a string or a trailing
 * comma mended: np_jsonld_parse()) and kept for ld_read().  JSON-LD that
 * is no JSON even so is ignored: the other evidence remains. */
static void parse_jsonld(meta *m, const char *text, size_t len)
{
    /* the scripts kept parsed together stay within one script's bound */
    if (m->nld == LD_SCRIPTS || m->ld_bytes + len > JSONLD_MAX)
        return;
    json_t *root = np_jsonld_parse(text, len, NULL);
    if (root) {
        m->ld[m->nld++] = root;
        m->ld_bytes += len;
    }
}

/* The JSON-LD fields, once the walk has seen the page's own address and
 * headings.  A page may describe related stories with article objects of
 * their own, before its own one: when any article object names this page
 * (its address, else its headline: np_jsonld_relation()), the fields come
 * from those first, then from objects that name no page; objects naming
 * another page give nothing.  When none names this page, every article
 * object counts: those naming no page first, then those naming another,
 * each kind in the page's order.  Site names come from the rest. */
static void ld_read(meta *m, const char *url)
{
    json_t *arts[LD_ARTICLES];
    size_t na = np_jsonld_articles(m->ld, m->nld, arts, LD_ARTICLES);
    np_jsonld_page pg = {.urls = {m->f[F_CANONICAL], m->f[F_OG_URL], url},
                         .heads = {m->f[F_H1], m->f[F_OG_TITLE], m->f[F_TITLE]}};
    int rel[LD_ARTICLES], best = NP_JSONLD_UNKNOWN;
    for (size_t i = 0; i < na; i++) {
        rel[i] = np_jsonld_relation(arts[i], &pg);
        best = rel[i] > best ? rel[i] : best;
    }
    int floor = best > NP_JSONLD_UNKNOWN ? NP_JSONLD_UNKNOWN : NP_JSONLD_OTHER;
    for (int r = best; r >= floor; r--)
        for (size_t i = 0; i < na; i++)
            if (rel[i] == r)
                ld_article(m, arts[i]);
    for (size_t s = 0; s < m->nld; s++) {
        json_t *root = m->ld[s];
        size_t n = json_is_array(root) ? json_array_size(root) : 1;
        for (size_t i = 0; i < n && i < 64; i++) {
            json_t *o = json_is_array(root) ? json_array_get(root, i) : root;
            if (!json_is_object(o))
                continue;
            json_t *g = json_object_get(o, "@graph");
            for (size_t j = 0; json_is_array(g) && j < json_array_size(g) && j < 256; j++)
                if (json_is_object(json_array_get(g, j)))
                    ld_site(m, json_array_get(g, j));
            ld_site(m, o);
        }
    }
}

/* Separators between a headline and the site's name in a <title>. */
static const char *const TITLE_SEPS[] = {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ",
                                         " \xC2\xB7 ", " \xC2\xBB ", " / "};

/* Do s[0..n) and t name the same thing (letters and digits compared)? */
static int same_words(const char *s, size_t n, const char *t)
{
    char a[VAL_MAX], b[VAL_MAX];
    size_t la = np_utf8_squeeze(s, n, a, sizeof a), lb = np_utf8_squeeze(t, strlen(t), b, sizeof b);
    return la >= 3 && la == lb && memcmp(a, b, la) == 0;
}

/* Is the heading text t one side of the <title> split at a separator
 * ("Headline | Site", "Site | Headline")? */
static int title_side(const char *title, const char *t)
{
    for (size_t i = 0; title && i < sizeof TITLE_SEPS / sizeof *TITLE_SEPS; i++) {
        size_t sl = strlen(TITLE_SEPS[i]);
        for (const char *cut = strstr(title, TITLE_SEPS[i]); cut; cut = strstr(cut + 1, TITLE_SEPS[i]))
            if (same_words(title, (size_t)(cut - title), t) || same_words(cut + sl, strlen(cut + sl), t))
                return 1;
    }
    return 0;
}

/* Words that mark the day after them as a revision's, not the first
 * publication's ("Updated 5 May", "Last modified ..."). */
static const char *const k_update_words[] = {"edited", "modified", "revised", "updated", NULL};

/* The part of a dates element's text s that states the publication day:
 * what follows a "Published" or "Posted" label when an update's label
 * comes before the first date ("Updated: 14 May 2026 Published: 12 May
 * 2026": themes print the newer day first), else s (an update's day alone,
 * "Updated June 13, 2019", is the only day the page tells). */
static const char *publication_part(const char *s)
{
    np_textdate td;
    if (!np_textdate_find(s, strlen(s), &td))
        return s;
    int late = 0;
    for (size_t i = 0; k_update_words[i] && !late; i++) {
        size_t l = strlen(k_update_words[i]);
        for (size_t k = 0; k + l <= td.start && !late; k++)
            late = strncasecmp(s + k, k_update_words[i], l) == 0;
    }
    if (!late)
        return s;
    static const char *const first[] = {"posted", "published", NULL};
    for (size_t i = 0; first[i]; i++) {
        const char *p = strcasestr(s, first[i]);
        if (p)
            return p + strlen(first[i]);
    }
    return s;
}

/* A rel="author" link: its name, and the names of the links beside it
 * in the same element ("By <a rel=author>A</a> and <a rel=author>B</a>":
 * two authors); a link elsewhere (a related story's card) is another
 * page's author.  An avatar's link has no text and a theme links a name
 * twice: neither adds a name. */
static void rel_author(meta *m, xmlNode *n, char *buf, size_t cap)
{
    node_text(n, buf, cap);
    size_t bl = strlen(buf);
    while (bl && is_ws((unsigned char)buf[bl - 1]))
        buf[--bl] = '\0';
    if (!bl)
        return;
    char *have = m->f[F_REL_AUTHOR];
    if (!have) {
        put(m, F_REL_AUTHOR, buf);
        m->rel_parent = n->parent;
        return;
    }
    char joined[VAL_MAX];
    /* each added name must read as a person's on its own: a byline
     * linking its names and then its station ("7 News") names two */
    if (n->parent != m->rel_parent || strstr(have, buf) || strlen(have) + strlen(buf) + 3 > BYLINE_MAX ||
        !np_author_clean(buf, NULL, joined, sizeof joined))
        return;
    snprintf(joined, sizeof joined, "%s, %s", have, buf);
    m->f[F_REL_AUTHOR] = NULL;
    put(m, F_REL_AUTHOR, joined);
    np_free(have);
}

/* ---- the walk -------------------------------------------------------------- */

static const struct { const char *k; int f; } meta_keys[] = {
    {"og:title", F_OG_TITLE}, {"twitter:title", F_OG_TITLE}, {"og:site_name", F_OG_SITE}, {"twitter:site", F_TW_SITE},
    {"og:url", F_OG_URL}, {"og:description", F_OG_DESC}, {"twitter:description", F_OG_DESC},
    {"description", F_DESC}, {"author", F_META_AUTHOR}, {"article:author", F_META_AUTHOR},
    {"byl", F_META_AUTHOR}, {"dc.creator", F_META_AUTHOR}, {"parsely-author", F_META_AUTHOR},
    {"sailthru.author", F_META_AUTHOR}, {"twitter:creator", F_META_AUTHOR},
    {"article:published_time", F_META_PUB}, {"datepublished", F_META_PUB},
    {"pubdate", F_META_PUB}, {"publishdate", F_META_PUB}, {"publish-date", F_META_PUB},
    {"date", F_META_PUB}, {"dc.date", F_META_PUB}, {"dc.date.issued", F_META_PUB},
    {"dcterms.date", F_META_LOOSE}, {"dcterms.issued", F_META_LOOSE}, {"dcterms.modified", F_META_MOD},
    {"sailthru.date", F_META_PUB}, {"parsely-pub-date", F_META_PUB},
    {"citation_publication_date", F_META_PUB}, {"article.published", F_META_PUB},
    {"og:article:published_time", F_META_PUB}, {"article:published", F_META_PUB}, {"pdate", F_META_PUB},
    {"article:modified_time", F_META_MOD}, {"og:updated_time", F_META_MOD},
    {"datemodified", F_META_MOD}, {"last-modified", F_META_MOD},
    {"og:article:modified_time", F_META_MOD},
    {"application-name", F_APPNAME}, {"og:locale", F_OG_LOCALE}, {"language", F_META_LANG},
    {"content-language", F_META_LANG}, {"dc.language", F_META_LANG},
};

/* The field (F_*) a space-separated list of names stands for
 * ("datePublished dateCreated"): a publication date when one of them names
 * it ("dateModified datePublished"), else the first known, or -1. */
static int meta_field(const char *names)
{
    int first = -1;
    for (const char *w = names; w && *w;) {
        while (*w == ' ')
            w++;
        size_t len = strcspn(w, " ");
        char key[64];
        if (len && len < sizeof key) {
            memcpy(key, w, len);
            key[len] = '\0';
            for (size_t i = 0; i < sizeof meta_keys / sizeof *meta_keys; i++)
                if (ieq(key, meta_keys[i].k)) {
                    if (meta_keys[i].f == F_META_PUB)
                        return F_META_PUB;
                    if (first < 0)
                        first = meta_keys[i].f;
                }
        }
        w += len;
    }
    return first;
}

int np_html_meta_key(const char *key)
{
    return meta_field(key) >= 0;
}

static void on_meta(meta *m, xmlNode *n)
{
    const char *content = attr(n, "content");
    if (!content)
        return;
    const char *he = attr(n, "http-equiv");
    if (he && ieq(he, "content-language"))
        put(m, F_META_LANG, content);
    /* a tag may name its field in each attribute, and itemprop may list
     * several ("article:published" with itemprop="datePublished
     * dateCreated"): the first name a field is known by counts */
    const char *names[] = {attr(n, "property"), attr(n, "name"), attr(n, "itemprop")};
    for (size_t a = 0; a < 3; a++) {
        int f = meta_field(names[a]);
        if (f >= 0) {
            put(m, f, content);
            return;
        }
    }
}

enum { CW_DATE = 1, CW_PUBLISH = 2, CW_UPDATE = 4, CW_BYLINE = 8, CW_AUTHORNAME = 16 };

/* Which of the words the metadata pass looks for occur in a class value:
 * one case-insensitive pass over (at most) its first 512 bytes. */
unsigned np_html_class_words(const char *cls)
{
    static const struct { const char *w; unsigned f; } words[] = {
        {"date", CW_DATE}, {"publish", CW_PUBLISH}, {"posted", CW_PUBLISH}, {"update", CW_UPDATE},
        {"byline", CW_BYLINE}, {"author-name", CW_AUTHORNAME},
    };
    unsigned f = 0;
    for (size_t i = 0; cls[i] && i < 512; i++) {
        int c = cls[i] | 0x20;
        if (c != 'd' && c != 'p' && c != 'u' && c != 'b' && c != 'a')
            continue;
        for (size_t j = 0; j < sizeof words / sizeof *words; j++) {
            const char *w = words[j].w;
            if (w[0] != c)
                continue;
            size_t k = 1;
            while (w[k] && cls[i + k] && (cls[i + k] | 0x20) == w[k])
                k++;
            if (!w[k])
                f |= words[j].f;
        }
    }
    return f;
}

/* Class or id words of containers that date other things than the page's
 * story: comments, lists of other stories, sidebars and tickers.  Not
 * html_hints' furniture test: its words also name bylines and meta bars,
 * where the story's own date stands, and an <aside> may hold it beside the
 * text.  Each word here must be one of html_hints' words all the same:
 * html_attrs drops other class words before the page is parsed. */
static int others_dates(const char *v)
{
    static const char *const words[] = {"comment", "related", "sidebar", "teaser", "popular", "trending",
                                        "recirc", "ticker", "most-read", "mostread", NULL};
    if (!v)
        return 0;
    for (size_t i = 0; words[i]; i++)
        if (strcasestr(v, words[i]))
            return 1;
    return 0;
}

/* Where n sits: 1 inside a container of other things' dates
 * (others_dates()), 2 inside an <article> or <main> and no such
 * container, else 0. */
static int place_of(const xmlNode *n)
{
    int in_article = 0;
    for (const xmlNode *a = n->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent) {
        const char *name = (const char *)a->name;
        if (!name || !strcmp(name, "body") || !strcmp(name, "html"))
            break;
        if (others_dates(attr((xmlNode *)a, "class")) || others_dates(attr((xmlNode *)a, "id")))
            return 1;
        in_article |= !strcmp(name, "article") || !strcmp(name, "main");
    }
    return in_article ? 2 : 0;
}

/* A <time datetime>: the day of publication, unless its class (or, if it
 * names neither, its parent's) calls it an update ("updated": the page's
 * modified day).  One named for publication ("published", "pubdate")
 * outranks one inside the article, which outranks any other; one in a
 * container of other things' dates (a comment's, a related story's, a
 * ticker's) comes last, after the day the address spells. */
static void on_time(meta *m, xmlNode *n, const char *cls)
{
    const char *dt = attr(n, "datetime");
    if (!dt)
        return;
    /* its own class words, else its parent's ("<span class=updated><time>") */
    unsigned cf = cls ? np_html_class_words(cls) : 0;
    const char *pcls = n->parent && n->parent->type == XML_ELEMENT_NODE ? attr(n->parent, "class") : NULL;
    if (!(cf & (CW_PUBLISH | CW_UPDATE)) && pcls)
        cf |= np_html_class_words(pcls);
    if (attr(n, "pubdate"))
        cf |= CW_PUBLISH;
    if ((cf & CW_UPDATE) && !(cf & CW_PUBLISH)) {
        put(m, F_TIME_MOD, dt);
        return;
    }
    int where = place_of(n);
    if (where == 1) {
        put(m, F_TIME_OTHER, dt);
        return;
    }
    if (cf & CW_PUBLISH)
        put(m, F_TIME_PUB, dt);
    if (where == 2)
        put(m, F_TIME_ART, dt);
    put(m, F_TIME, dt);
}

static void on_element(meta *m, xmlNode *n, const char *name)
{
    char buf[BYLINE_MAX + 8];
    /* the attributes any element may carry evidence in, in one pass */
    const char *rel = NULL, *ip = NULL, *cls = NULL;
    for (xmlAttr *a = n->properties; a; a = a->next) {
        if (!a->name || !a->children || a->children->type != XML_TEXT_NODE || !a->children->content)
            continue;
        const char *an = (const char *)a->name, *v = (const char *)a->children->content;
        if (an[0] == 'r' && strcmp(an, "rel") == 0)
            rel = v;
        else if (an[0] == 'i' && strcmp(an, "itemprop") == 0)
            ip = v;
        else if (an[0] == 'c' && strcmp(an, "class") == 0)
            cls = v;
    }
    switch (name[0]) {
    case 'm':
        if (strcmp(name, "meta") == 0)
            on_meta(m, n);
        break;
    case 't':
        if (strcmp(name, "title") == 0 && !m->f[F_TITLE]) {
            node_text(n, buf, sizeof buf);
            put(m, F_TITLE, buf);
        } else if (strcmp(name, "time") == 0) {
            on_time(m, n, cls);
        }
        break;
    case 'h':
        if (strcmp(name, "html") == 0) {
            put(m, F_LANG, attr(n, "lang"));
            put(m, F_LANG, attr(n, "xml:lang"));
        } else if (strcmp(name, "h1") == 0 && !m->f[F_H1]) {
            node_text(n, buf, sizeof buf);
            put(m, F_H1, buf);
        } else if (name[1] >= '2' && name[1] <= '4' && name[2] == '\0' && !m->f[F_SUBHEAD] && m->f[F_TITLE] &&
                   m->f[F_H1]) {
            /* a story's headline below a masthead <h1> (masthead_h1());
             * a kicker above the <h1> is none */
            node_text(n, buf, sizeof buf);
            if (title_side(m->f[F_TITLE], buf))
                put(m, F_SUBHEAD, buf);
        }
        break;
    case 'l':
        if (strcmp(name, "link") == 0 && rel && ieq(rel, "canonical"))
            put(m, F_CANONICAL, attr(n, "href"));
        break;
    case 's':
        if (strcmp(name, "script") == 0) {
            const char *t = attr(n, "type");
            if (t && ieq(t, "application/ld+json")) {
                np_buf_reset(&m->jsonld);
                for (xmlNode *c = n->children; c; c = c->next)
                    if (c->content && np_buf_append_str(&m->jsonld, (const char *)c->content) != NP_OK)
                        break;
                if (m->jsonld.len)
                    parse_jsonld(m, m->jsonld.data, m->jsonld.len);
            }
            return;
        }
        if (strcmp(name, "style") == 0)
            return;
        break;
    case 'a':
        if (name[1] == '\0' && rel && ieq(rel, "author"))
            rel_author(m, n, buf, sizeof buf);
        break;
    default:
        break;
    }
    if (ip) {
        if (ieq(ip, "datePublished")) {
            const char *v = attr(n, "datetime");
            put(m, F_META_PUB, v ? v : attr(n, "content"));
        } else if (ieq(ip, "author") && !m->f[F_BYLINE]) {
            node_text(n, buf, sizeof buf);
            put(m, F_BYLINE, buf);
        }
    }
    unsigned cf = (cls && (!m->f[F_CLASS_DATE] || !m->f[F_BYLINE])) ? np_html_class_words(cls) : 0;
    if ((!m->f[F_CLASS_DATE] || !m->f[F_CLASS_OTHER]) && (cf & (CW_DATE | CW_PUBLISH)) && !(cf & CW_UPDATE)) {
        /* a visible date ("Nov 19, 2019") in an element named for it */
        node_text(n, buf, sizeof buf);
        char iso[32];
        const char *pub = strlen(buf) < 80 ? publication_part(buf) : NULL;
        if (pub && np_date_normalize(pub, iso, sizeof iso))
            put(m, place_of(n) == 1 ? F_CLASS_OTHER : F_CLASS_DATE, pub);
    }
    if (!m->f[F_BYLINE] && (cf & (CW_BYLINE | CW_AUTHORNAME))) {
        node_text(n, buf, sizeof buf);
        if (strlen(buf) < BYLINE_MAX)
            put(m, F_BYLINE, buf);
    }
}

/* Text with letters or digits stands right before element e among its
 * siblings ("written <a>by Harbour Council</a>": a sentence goes on). */
static int text_before(const xmlNode *e)
{
    for (const xmlNode *p = e ? e->prev : NULL; p; p = p->prev) {
        if (p->type != XML_TEXT_NODE)
            return 0;
        for (const xmlChar *c = p->content; c && *c; c++)
            if (!is_ws(*c))
                return 1;
    }
    return 0;
}

static void walk(meta *m, xmlNode *root)
{
    xmlNode *cur = root;
    while (cur) {
        int down = 0;
        if (cur->type == XML_ELEMENT_NODE && cur->name) {
            const char *name = (const char *)cur->name;
            on_element(m, cur, name);
            down = cur->children && strcmp(name, "script") != 0 && strcmp(name, "style") != 0 &&
                   strcmp(name, "title") != 0;
        } else if (cur->type == XML_TEXT_NODE && cur->content && !m->f[F_BY_TEXT] && cur->parent) {
            /* an unmarked byline: a short line that starts with "By ", or
             * with "Story by", "Written by", "Words by", "Words:", "Author:", or a CMS's stamp
             * of who put the page up: "Submitted by X on DATE" (Drupal's
             * node template), "Posted by X" (blog themes), "Posted on DATE
             * by X" (WordPress themes, when a "by" follows); a lower-case
             * "by X" only as the first text of its element ("<span>by
             * <a>X</a></span>"), never a sentence's "... passed by the
             * council" */
            const char *t = (const char *)cur->content;
            while (is_ws((unsigned char)*t))
                t++;
            static const char *const openers[] = {"Author: ", "Posted by ", "Story by ", "Submitted by ", "Words by ",
                                                  "Words: ", "Written by ", NULL};
            static const char *const dated[] = {"Posted on ", "Published on ", NULL};
            int opener = 0, stamp = 0;
            for (size_t k = 0; openers[k] && !opener; k++)
                opener = strncasecmp(t, openers[k], strlen(openers[k])) == 0;
            for (size_t k = 0; dated[k] && !stamp; k++)
                stamp = strncasecmp(t, dated[k], strlen(dated[k])) == 0;
            int by = (t[0] == 'B' || (t[0] == 'b' && !cur->prev && !text_before(cur->parent))) &&
                     (t[1] == 'y' || t[1] == 'Y') &&
                     (t[2] == ' ' || t[2] == ':' || t[2] == '\0' ||
                      ((unsigned char)t[2] == 0xC2 && (unsigned char)t[3] == 0xA0)); /* "By&nbsp;" */
            if (opener || by || stamp) {
                char buf[BYLINE_MAX + 8];
                node_text(cur->parent, buf, sizeof buf);
                size_t bl = strlen(buf);
                if (bl > 5 && bl < 100 && (!stamp || strstr(buf, " by ")))
                    put(m, F_BY_TEXT, buf);
            }
        }
        if (down) {
            cur = cur->children;
            continue;
        }
        while (cur != root && !cur->next)
            cur = cur->parent;
        if (cur == root)
            break;
        cur = cur->next;
    }
}

/* ---- normalisers ------------------------------------------------------------ */

static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

static int is_digit(int c) { return c >= '0' && c <= '9'; }

/* the civil date of a count of days since 1970-01-01 (Howard Hinnant's algorithm) */
static void civil_from_days(long z, long *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static int month_name(const char *s)
{
    for (int i = 0; i < 12; i++) {
        int ok = 1;
        for (int j = 0; j < 3; j++)
            if (!s[j] || (s[j] | 0x20) != months[i][j]) {
                ok = 0;
                break;
            }
        if (ok)
            return i + 1;
    }
    return 0;
}

int np_date_normalize(const char *s, char *out, size_t cap)
{
    if (!s || cap < 11)
        return 0;
    size_t n = strnlen(s, 128);
    int y = -1, mo = -1, d = -1, hh = -1, mi = 0, ss = 0, tz = 0, has_tz = 0;
    size_t i = 0;
    while (i < n && is_ws((unsigned char)s[i]))
        i++;
    /* ISO-like: YYYY-MM-DD or YYYY/MM/DD or YYYYMMDD */
    if (i + 8 <= n && np_date_digits(s + i, 4) >= 1900) {
        y = np_date_digits(s + i, 4);
        size_t j = i + 4;
        if (j < n && (s[j] == '-' || s[j] == '/' || s[j] == '.'))
            j++;
        mo = (j + 2 <= n) ? np_date_digits(s + j, 2) : -1;
        j += 2;
        if (j < n && (s[j] == '-' || s[j] == '/' || s[j] == '.'))
            j++;
        d = (j + 2 <= n) ? np_date_digits(s + j, 2) : -1;
        j += 2;
        if (j < n && (s[j] == 'T' || s[j] == ' ') && j + 6 <= n && np_date_digits(s + j + 1, 2) >= 0 &&
            s[j + 3] == ':') {
            hh = np_date_digits(s + j + 1, 2);
            mi = np_date_digits(s + j + 4, 2);
            j += 6;
            if (j + 3 <= n && s[j] == ':' && np_date_digits(s + j + 1, 2) >= 0) {
                ss = np_date_digits(s + j + 1, 2);
                j += 3;
            }
            while (j < n && (s[j] == '.' || is_digit((unsigned char)s[j])))
                j++;
            /* "23:30:00 -08:00": the offset after a space */
            if (j + 1 < n && s[j] == ' ' && (s[j + 1] == '+' || s[j + 1] == '-'))
                j++;
            if (j < n && (s[j] == 'Z' || s[j] == 'z')) {
                has_tz = 1;
            } else if (j + 3 <= n && (s[j] == '+' || s[j] == '-')) {
                int th = np_date_digits(s + j + 1, 2), tm = 0;
                if (j + 6 <= n && s[j + 3] == ':')
                    tm = np_date_digits(s + j + 4, 2);
                else if (j + 5 <= n)
                    tm = np_date_digits(s + j + 3, 2);
                if (th >= 0 && th < 24 && tm < 60) {
                    has_tz = 1;
                    tz = (th * 60 + (tm > 0 ? tm : 0)) * (s[j] == '-' ? -1 : 1);
                }
            }
        }
        if (mi < 0)
            mi = 0;
        if (ss < 0)
            ss = 0;
    } else {
        /* words: "Nov 19, 2019", "19 November 2019", "Tue, 19 Nov 2019 15:00:00 GMT" */
        for (size_t j = i; j < n; j++) {
            unsigned char c = (unsigned char)s[j];
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' && (j == 0 || !((s[j - 1] | 0x20) >= 'a' && (s[j - 1] | 0x20) <= 'z'))) {
                int m = month_name(s + j);
                if (m && mo < 0)
                    mo = m;
            } else if (is_digit(c) && (j == 0 || !is_digit((unsigned char)s[j - 1]))) {
                size_t k = j;
                while (k < n && is_digit((unsigned char)s[k]))
                    k++;
                int v = np_date_digits(s + j, (int)(k - j > 4 ? 5 : k - j));
                if (k - j == 4 && v >= 1900)
                    y = v;
                else if (k - j <= 2 && d < 0 && (k >= n || s[k] != ':'))
                    d = v;
            }
        }
    }
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1])
        return 0;
    if (mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 0;
    /* The time stays the page's local time, with its offset: the calendar
     * day a reader of the page sees (and that "yesterday" in its text
     * counts from) is the local one, the first ten bytes of what is
     * stored; converted to UTC, 23:30 at -08:00 was the next day. */
    if (hh >= 0 && hh < 24 && mi < 60 && ss < 61 && has_tz && cap >= 26) {
        if (tz == 0)
            snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d, hh, mi, ss);
        else
            snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", y, mo, d, hh, mi, ss, tz < 0 ? '-' : '+',
                     (tz < 0 ? -tz : tz) / 60, (tz < 0 ? -tz : tz) % 60);
    } else {
        snprintf(out, cap, "%04d-%02d-%02d", y, mo, d);
    }
    return 1;
}

int np_date_from_epoch(double secs, char *out, size_t cap)
{
    /* 1973-03-03 .. 2099-12-31: a count of seconds a news date can be */
    if (!(secs >= 1e8 && secs < 4102444800.0) || cap < 21)
        return 0;
    long t = (long)secs, dd = t / 86400, rest = t % 86400, y;
    int m, d;
    civil_from_days(dd, &y, &m, &d);
    snprintf(out, cap, "%04ld-%02d-%02dT%02ld:%02ld:%02ldZ", y, m, d, rest / 3600, rest / 60 % 60, rest % 60);
    return 1;
}

static int strcasestr_n(const char *w, size_t wl, const char *needle)
{
    size_t nl = strlen(needle);
    for (size_t i = 0; i + nl <= wl; i++)
        if (strncasecmp(w + i, needle, nl) == 0)
            return 1;
    return 0;
}

/* Words that make a byline part a role or a desk, not a person. */
static int role_word(const char *w, size_t wl)
{
    static const char *const roles[] = {"staff", "reporter", "editor", "editorial", "writer", "team",
                                        "desk", "contributor", "correspondent", "columnist", "updated",
                                        "published", "posted", "bureau", "newsroom", "agencies", "guest",
                                        "sport", "sports", "news", "wire", "wires", "admin"};
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++) {
        size_t rl = strlen(roles[i]);
        if (wl == rl && strncasecmp(w, roles[i], rl) == 0)
            return 1;
    }
    /* "Editor-at-large", "webadmin" */
    return strcasestr_n(w, wl, "editor") || strcasestr_n(w, wl, "admin");
}

/* Append one byline part (a name, or not) to out. */
static void author_part(const char *p, size_t n, const char *outlet, char *out, size_t cap, size_t *k)
{
    /* "Ann Lee in Marrowgate": the place the dispatch came from */
    for (size_t i = 1; i + 4 < n; i++)
        if (is_ws((unsigned char)p[i - 1]) && p[i] == 'i' && p[i + 1] == 'n' && is_ws((unsigned char)p[i + 2]) &&
            p[i + 3] >= 'A' && p[i + 3] <= 'Z') {
            n = i - 1;
            break;
        }
    while (n && (is_ws((unsigned char)*p) || *p == '.' || *p == '-'))
        p++, n--;
    while (n && (is_ws((unsigned char)p[n - 1]) || p[n - 1] == '.' || p[n - 1] == '-'))
        n--;
    n = np_byline_caps_name(p, n); /* "ELIAS VOGT Tarnwire": the agency goes */
    while (n && is_ws((unsigned char)p[n - 1]))
        n--;
    if (n < 2)
        return;
    int words = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && is_ws((unsigned char)p[i]))
            i++;
        size_t j = i;
        while (j < n && !is_ws((unsigned char)p[j]))
            j++;
        if (j > i) {
            words++;
            if (role_word(p + i, j - i))
                return;
        }
        i = j;
    }
    if (words > 5)
        return; /* a sentence, not a name */
    if (words == 1 && memchr(p, '.', n) && n - (size_t)((const char *)memchr(p, '.', n) - p) <= 5)
        return; /* "Cleveland.com": a site */
    if (outlet && strlen(outlet) == n && strncasecmp(p, outlet, n) == 0)
        return;
    if (*k + n + 3 >= cap)
        return;
    if (*k) {
        out[(*k)++] = ',';
        out[(*k)++] = ' ';
    }
    memcpy(out + *k, p, n);
    np_byline_titlecase(out + *k, n);
    *k += n;
    out[*k] = '\0';
}

/* Does s[0..n) hold a role word (role_word())? */
static int has_role(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        while (i < n && is_ws((unsigned char)s[i]))
            i++;
        size_t j = i;
        while (j < n && !is_ws((unsigned char)s[j]))
            j++;
        if (j > i && role_word(s + i, j - i))
            return 1;
        i = j;
    }
    return 0;
}

/* Offset of " and " or " & " in s[0..n) (*sep: its length), or n. */
static size_t conjunction(const char *s, size_t n, size_t *sep)
{
    for (size_t i = 0; i + 1 < n; i++) {
        if (!is_ws((unsigned char)s[i]))
            continue;
        if (i + 5 <= n && strncasecmp(s + i + 1, "and", 3) == 0 && is_ws((unsigned char)s[i + 4])) {
            *sep = 5;
            return i;
        }
        if (i + 3 <= n && s[i + 1] == '&' && is_ws((unsigned char)s[i + 2])) {
            *sep = 3;
            return i;
        }
    }
    *sep = 0;
    return n;
}

/* The names of a byline's text after its "by": comma-separated parts, the
 * last two of a list joined by "and" or "&".  A part holding a role word is
 * a role ("Health and Science Correspondent": its "and" joins no names);
 * after a role, a part is a name only when a role follows it too ("A,
 * Health Reporter, and B, Science Editor"), else it is a place or an outlet
 * ("A, Political Editor, Marrowgate"); after the part whose "and" closed
 * the list, nothing is a name ("A and B, Ardenmoor Broadcasting").  A
 * place after "in" goes with it ("A in Marrowgate").  Writes the names to
 * out (", "-separated) and returns its length. */
#define AUTHOR_PARTS 16
static size_t author_names(const char *p, const char *outlet, char *out, size_t cap)
{
    const char *seg[AUTHOR_PARTS];
    size_t len[AUTHOR_PARTS], ns = 0, k = 0;
    for (const char *q = p, *start = p; ns < AUTHOR_PARTS; q++) {
        if (*q == '\0' || *q == ',' || *q == ';' || *q == '|') {
            seg[ns] = start;
            len[ns++] = (size_t)(q - start);
            if (*q == '\0')
                break;
            start = q + 1;
        }
    }
    int after_role = 0;
    for (size_t i = 0; i < ns; i++) {
        const char *s = seg[i];
        size_t n = len[i], sep;
        while (n && is_ws((unsigned char)*s))
            s++, n--;
        if (has_role(s, n)) {
            after_role = 1;
            continue;
        }
        if (after_role && !(i + 1 < ns && has_role(seg[i + 1], len[i + 1])))
            continue;
        /* "A, B, and C": the serial comma's "and" */
        int closes = 0;
        if (n > 4 && strncasecmp(s, "and", 3) == 0 && is_ws((unsigned char)s[3]))
            s += 4, n -= 4, closes = 1;
        for (;;) { /* "A and B", "A and B and C" */
            size_t at = conjunction(s, n, &sep);
            author_part(s, at, outlet, out, cap, &k);
            if (at == n)
                break;
            closes = 1;
            s += at + sep;
            n -= at + sep;
        }
        if (closes)
            break;
    }
    return k;
}

/* A word that introduces a date after a byline's names ("on", "published",
 * "updated"), or a dash written as a word (an em or en dash). */
static int date_lead_in(const char *w, size_t n)
{
    static const char *const words[] = {"am", "at", "le", "on", "posted", "published", "updated", "vom", NULL};
    if (np_dash_len(w, n, 0) == n)
        return 1;
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == n && strncasecmp(w, words[i], n) == 0)
            return 1;
    return 0;
}

/* The day a byline states with its names ("By X, 4 December 2026",
 * "Written by X - Friday, 04 December 2026") as "YYYY-MM-DD" in iso; 0 when
 * it states none, or the date it states is an update's ("By X, updated 5
 * December 2026", "Last modified ..."). */
static int byline_date(const char *s, char iso[11])
{
    np_textdate td;
    if (!s || !np_textdate_find(s, strlen(s), &td))
        return 0;
    for (size_t i = 0; k_update_words[i]; i++) {
        size_t l = strlen(k_update_words[i]);
        for (size_t k = 0; k + l <= td.start; k++)
            if (strncasecmp(s + k, k_update_words[i], l) == 0)
                return 0;
    }
    np_textdate_iso(&td, iso);
    return 1;
}

int np_author_clean(const char *s, const char *outlet, char *out, size_t cap)
{
    if (!s || cap < 4)
        return 0;
    char tmp[VAL_MAX];
    snprintf(tmp, sizeof tmp, "%s", s);
    size_t n = strlen(tmp);
    out[0] = '\0';
    /* "Posted on 3 May 2026 by X", "Posted on 05/03/2026 at 9:10 by X":
     * the names follow a "by" after a date or a time (the tests below
     * read the date after the names); a digit is no part of a name */
    /* not in a byline that opens on "By" ("By Ivo Marsk | 9 April 2026 |
     * Photos by Leo Tam": the author is named first) */
    for (char *q = strncasecmp(tmp, "by ", 3) ? strstr(tmp, " by ") : NULL; q && q - tmp < 48;
         q = strstr(q + 1, " by ")) {
        np_textdate lead;
        size_t ql = (size_t)(q - tmp);
        if (strcspn(tmp, "0123456789") < ql || np_textdate_find(tmp, ql, &lead)) {
            memmove(tmp, q + 4, strlen(q + 4) + 1);
            n = strlen(tmp);
            break;
        }
    }
    /* "By X · 3 hours ago", "By X | April 9, 2026", "By X - 9 April 2026":
     * a separator before a date or a time ends the names */
    static const char *const seps[] = {" \xC2\xB7 ", " | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", NULL};
    for (size_t k = 0; seps[k]; k++)
        for (char *q = strstr(tmp, seps[k]); q; q = strstr(q + 1, seps[k]))
            if (strpbrk(q, "0123456789")) {
                *q = '\0';
                n = (size_t)(q - tmp);
                break;
            }
    /* "Posted by X at 4:41 PM": a time after "at" ends them */
    for (char *q = strstr(tmp, " at "); q; q = strstr(q + 1, " at "))
        if (is_digit((unsigned char)q[4])) {
            *q = '\0';
            n = (size_t)(q - tmp);
            break;
        }
    /* "By X, 4 December 2026", "By X on Friday, 4 December 2026": a
     * written-out date after the names ends them, with the comma or word
     * that joined it */
    np_textdate td;
    if (np_textdate_find(tmp, n, &td) && td.start > 0) {
        n = td.start;
        for (;;) {
            while (n && (is_ws((unsigned char)tmp[n - 1]) || strchr(",;|:-", tmp[n - 1])))
                n--;
            size_t w = n;
            while (w && !is_ws((unsigned char)tmp[w - 1]))
                w--;
            /* "on Thu, 02/20/2031": a weekday after a lead-in goes with
             * the date (not the one in "By Li Sun, 4 March 2031") */
            if (n && np_lex_weekday(tmp + w, n - w)) {
                size_t v = w;
                while (v && is_ws((unsigned char)tmp[v - 1]))
                    v--;
                size_t u = v;
                while (u && !is_ws((unsigned char)tmp[u - 1]))
                    u--;
                if (v > u && date_lead_in(tmp + u, v - u)) {
                    n = u;
                    continue;
                }
            }
            if (!n || !date_lead_in(tmp + w, n - w))
                break;
            n = w;
        }
        tmp[n] = '\0';
    }
    if (n == 0 || strstr(tmp, "http") || strstr(tmp, "www.") || strchr(tmp, '@') || strchr(tmp, '/'))
        return 0;
    /* a digit means a date or a count, not a name */
    for (size_t i = 0; i < n; i++)
        if (is_digit((unsigned char)tmp[i]))
            return 0;
    /* "By X", "Analysis by X", "Written by: X": the names follow "by";
     * "Words: X" (a magazine's credit) and "Author: X" label them */
    const char *p = tmp;
    static const char *const labels[] = {"author:", "authors:", "words:", NULL};
    for (size_t i = 0; labels[i] && p == tmp; i++)
        if (strncasecmp(tmp, labels[i], strlen(labels[i])) == 0)
            p = tmp + strlen(labels[i]);
    for (size_t i = 0; i + 3 <= n && i < 40 && p == tmp; i++)
        if ((i == 0 || is_ws((unsigned char)tmp[i - 1])) && strncasecmp(tmp + i, "by", 2) == 0 &&
            (is_ws((unsigned char)tmp[i + 2]) || tmp[i + 2] == ':')) {
            p = tmp + i + 3;
            break;
        }
    return author_names(p, outlet, out, cap) >= 3;
}

/* Host of a URL without "www.", into out. */
static int url_host(const char *url, char *out, size_t cap)
{
    return np_url_site(url, out, cap) > 0;
}

/* Spaces in s: a headline has a few words, a section's name one or two. */
static size_t count_spaces(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == ' ';
    return n;
}

/* Remove a " | Site" / " - Site" suffix (or "Site | " prefix) from a title.
 * A short tail naming neither the site nor its host is guessed to be a
 * site's name too, but not when the whole title is the page's visible
 * headline (h1): a site prints its name beside the headline in the
 * <title>, not in the heading over the story, so a tail there ("Floods in
 * the valley - latest updates", "Budget 2027 - explained") is the
 * headline's own. */
static void strip_site(char *t, const char *site, const char *host, const char *h1)
{
    for (int pass = 0; pass < 2; pass++) {
        const int visible = h1 && strcasecmp(t, h1) == 0;
        char *cut = NULL;
        size_t seplen = 0;
        for (size_t i = 0; i < sizeof TITLE_SEPS / sizeof *TITLE_SEPS; i++) {
            size_t sl = strlen(TITLE_SEPS[i]);
            for (char *p = t; (p = strstr(p, TITLE_SEPS[i])) != NULL; p++)
                if (!cut || p > cut) {
                    cut = p;
                    seplen = sl;
                }
        }
        if (!cut)
            return;
        const char *tail = cut + seplen;
        size_t head_len = (size_t)(cut - t);
        int tail_words = 1;
        for (const char *q = tail; *q; q++)
            tail_words += *q == ' ';
        int strip = 0;
        if (site && (ieq(tail, site) || icontains(tail, site) || (strlen(tail) >= 3 && icontains(site, tail))))
            strip = 1;
        else if (host && *host) {
            char hb[128];
            /* a longer host is cut: only its first label is read */
            snprintf(hb, sizeof hb, "%.*s", (int)sizeof hb - 1, host);
            char *dot = strchr(hb, '.');
            if (dot)
                *dot = '\0';
            char squeezed[256];
            size_t k = 0;
            for (const char *q = tail; *q && k + 1 < sizeof squeezed; q++)
                if (*q != ' ' && *q != '-' && *q != '.')
                    squeezed[k++] = *q;
            squeezed[k] = '\0';
            if (icontains(squeezed, hb) || (k >= 3 && icontains(hb, squeezed)))
                strip = 1;
        }
        if (!strip && h1 && head_len == strlen(h1) && strncasecmp(t, h1, head_len) == 0)
            strip = 1;
        if (!strip && !visible && tail_words <= 3 && head_len > strlen(tail) * 2)
            strip = 1;
        if (!strip || head_len < 4)
            return;
        t[head_len] = '\0';
    }
}

/* Is the <h1> the site's masthead?  Older and smaller CMS themes put the
 * site's name in <h1> (the logo) and each story's headline in a lower
 * heading.  It is when the <title> is "Headline <sep> Site" or "Site <sep>
 * Headline" with the <h1> one side and a lower heading of the page
 * (subhead: the first <h2>-<h4> after the <h1> that is a side of the
 * <title>) the other, a headline of three words or more: that side goes
 * into headline[cap]. */
static int masthead_h1(const char *title, const char *h1, const char *subhead, char *headline, size_t cap)
{
    if (!title || !h1 || !subhead || count_spaces(subhead) < 2 || same_words(h1, strlen(h1), subhead))
        return 0;
    for (size_t i = 0; i < sizeof TITLE_SEPS / sizeof *TITLE_SEPS; i++) {
        const char *cut = strstr(title, TITLE_SEPS[i]);
        if (!cut)
            continue;
        const char *tail = cut + strlen(TITLE_SEPS[i]);
        size_t head_len = (size_t)(cut - title);
        const char *other = NULL;
        size_t other_len = 0;
        if (same_words(tail, strlen(tail), h1) && same_words(title, head_len, subhead))
            other = title, other_len = head_len; /* "Headline | Site" */
        else if (same_words(title, head_len, h1) && same_words(tail, strlen(tail), subhead))
            other = tail, other_len = strlen(tail); /* "Site | Headline" */
        if (!other || other_len + 1 > cap)
            continue;
        memcpy(headline, other, other_len);
        headline[other_len] = '\0';
        return 1;
    }
    return 0;
}

/* Remove from the ", "-separated names the ones that are `who` (any
 * case; NULL removes nothing).  Returns 1 when a name is left. */
static int drop_name(char *names, const char *who)
{
    size_t wl = who ? strlen(who) : 0, k = 0;
    for (char *p = names; wl && *p;) {
        char *end = strstr(p, ", ");
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (!(n == wl && strncasecmp(p, who, wl) == 0)) {
            if (k)
                names[k++] = ',', names[k++] = ' ';
            memmove(names + k, p, n);
            k += n;
        }
        p += n + (end ? 2 : 0);
    }
    if (wl)
        names[k] = '\0';
    return names[0] != '\0';
}

/* Every word starts with a capital (or a non-ASCII letter): a name, not
 * "by subject" or "by viewing our videos". */
static int capitalized(const char *s)
{
    int at_start = 1;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == ' ' || *p == ',') {
            at_start = 1;
            continue;
        }
        if (at_start && !((*p >= 'A' && *p <= 'Z') || *p >= 0x80))
            return 0;
        at_start = 0;
    }
    return 1;
}

static np_status set_if_empty(char **field, const char *v)
{
    if (*field || !v || !*v)
        return NP_OK;
    return np_doc_set(field, v);
}

/* A one-word site name fits a host label when one is the start or the end
 * of the other, letters only ("Reuters" / reuters, "Guardian" /
 * theguardian); a name of one or two letters only the whole label ("AP" /
 * ap, not "U.S." / usatoday).  A one-word name that fits no label is a
 * section or a product the page calls its site ("U.S." on a news agency's
 * page); a name of several words, or in another script, is taken as it is
 * ("The New York Times" / nytimes.com). */
static int fits_label(const char *name, const char *label, size_t label_len)
{
    char a[128], b[128];
    size_t na = np_utf8_squeeze(name, strlen(name), a, sizeof a), nb = np_utf8_squeeze(label, label_len, b, sizeof b);
    if (!na || !nb)
        return 0;
    /* a name of one or two letters fits only the whole label ("AP" / ap) */
    size_t m = na < nb ? na : nb;
    return (m >= 3 || na == nb) && (!memcmp(a, b, m) || !memcmp(a + na - m, b + nb - m, m));
}

/* One word of ASCII letters, digits and marks ("Reuters", "U.S."); not
 * words joined by spaces or hyphens ("Swap-Stop", "Friedrich-Naumann-
 * Stiftung"), nor another script: those are names as they stand. */
static int ascii_one_word(const char *name)
{
    for (const char *p = name; *p; p++)
        if (*p == ' ' || *p == '-' || (unsigned char)*p >= 0x80)
            return 0;
    return 1;
}

/* Labels a host shares with every site of a service, which name none of
 * them ("hosted.ap.org", "m.example.com"). */
static int service_label(const char *label, size_t n)
{
    static const char *const generic[] = {"www", "m", "mobile", "amp", "hosted", "news", "blog", "blogs",
                                          "edition", "beta", "web", "en", "de", "fr", "es", "it", NULL};
    for (size_t i = 0; generic[i]; i++)
        if (strlen(generic[i]) == n && !memcmp(generic[i], label, n))
            return 1;
    return 0;
}

/* The outlet's name from a site name checked against host: the site name
 * when it is no one ASCII word, when it fits the label naming the site
 * (fits_label()), or when the host is a site of its own on a platform's
 * domain, a label before the platform's that is no service's
 * ("name.wordpress.com": a blog's own name beats the platform's; not
 * "hosted.ap.org", "www.example.com"); else, when a Twitter handle fits
 * the site's label ("@ap" on hosted.ap.org, whose site name is "Hosted"),
 * the host's reading hname (np_outlet_from_host()), the name the site's
 * pages without metadata get too ("@KestrelWire" and a desk's
 * "@KestrelWireSport" are both "Kestrelwire"), so one site keeps one name;
 * NULL when nothing fits.  A one-word name in lower case ("detroitnews",
 * "@politifact") is read as the host reads ("Detroitnews"). */
static const char *checked_site_name(const char *site, const char *handle, const char *hname, const char *host)
{
    char hb[256];
    const char *lab[16];
    size_t ll[16], k;
    if (*site == '@')
        site++;
    if (handle && *handle == '@')
        handle++;
    if (!ascii_one_word(site) || !np_host_labels(host, hb, sizeof hb, lab, ll, 16, &k))
        return site;
    if (fits_label(site, lab[k], ll[k])) {
        int lower = 1;
        for (const char *p = site; lower && *p; p++)
            lower = !(*p >= 'A' && *p <= 'Z');
        return lower ? hname : site;
    }
    for (size_t i = 0; i < k; i++)
        if (!service_label(lab[i], ll[i]))
            return site; /* a site of its own on a platform's domain */
    return handle && *handle && fits_label(handle, lab[k], ll[k]) ? hname : NULL;
}

/* The site's name the page's <title> sets after its headline ("Headline |
 * Outlet", "Headline | Section | Outlet", "Headline — Outlet"): the last
 * part, when the part before the first separator is the headline the page
 * shows (JSON-LD, og:title or <h1>) or, with no such headline, when the
 * <title> has three parts or more (a headline alone has no section).  A
 * page with no site name in its metadata (a small CMS, a saved page read
 * without its URL) names itself there and nowhere else.  With a host
 * known, the name must spell it (a syndicated copy's <title> keeps the
 * first site's name).  Into out; NULL when there is none. */
static const char *title_site(const meta *m, const char *host, char *out, size_t cap)
{
    const char *t = m->f[F_TITLE];
    const char *heads[] = {m->f[F_LD_HEADLINE], m->f[F_OG_TITLE], m->f[F_H1]};
    const char *first = NULL, *last = NULL;
    size_t parts = 1;
    for (size_t i = 0; t && i < sizeof TITLE_SEPS / sizeof *TITLE_SEPS; i++)
        for (const char *p = strstr(t, TITLE_SEPS[i]); p; p = strstr(p + 1, TITLE_SEPS[i])) {
            parts++;
            if (!first || p < first)
                first = p;
            if (!last || p > last)
                last = p + strlen(TITLE_SEPS[i]);
        }
    if (!first)
        return NULL;
    int shown = 0, any = 0;
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
        any |= heads[i] != NULL;
        shown |= heads[i] && same_words(t, (size_t)(first - t), heads[i]);
    }
    if (!(shown || (!any && parts >= 3)) || !np_outlet_name_like(last, strlen(last)))
        return NULL;
    snprintf(out, cap, "%s", last);
    char hb[256], a[VAL_MAX], b[256];
    const char *lab[16];
    size_t ll[16], k;
    if (host[0] && np_host_labels(host, hb, sizeof hb, lab, ll, 16, &k)) {
        size_t la = np_utf8_squeeze(out, strlen(out), a, sizeof a), lb = np_utf8_squeeze(lab[k], ll[k], b, sizeof b);
        if (la < 3 || lb < 3 || (!strstr(a, b) && !strstr(b, a)))
            return NULL;
    }
    return out;
}

np_status np_html_meta(xmlDoc *xdoc, const char *url, np_doc *doc, char **ld_body)
{
    meta m;
    memset(&m, 0, sizeof m);
    np_buf_init(&m.jsonld, JSONLD_MAX);
    xmlNode *root = xmlDocGetRootElement(xdoc);
    if (root)
        walk(&m, root);
    ld_read(&m, url);
    np_status st = NP_OK;
    char host[256] = "", tmp[VAL_MAX];

    /* canonical URL (made absolute against the page URL when relative) */
    const char *canon = m.f[F_CANONICAL] ? m.f[F_CANONICAL] : m.f[F_OG_URL] ? m.f[F_OG_URL] : m.f[F_LD_URL];
    if (canon && canon[0] == '/' && canon[1] != '/' && url && url_host(url, host, sizeof host)) {
        const char *p = strstr(url, "://");
        const char *slash = p ? strchr(p + 3, '/') : NULL;
        size_t pre = slash ? (size_t)(slash - url) : strlen(url);
        snprintf(tmp, sizeof tmp, "%.*s%s", (int)pre, url, canon);
        st = set_if_empty(&doc->url, tmp);
    } else if (canon && strncmp(canon, "http", 4) == 0) {
        st = set_if_empty(&doc->url, canon);
    }
    if (st == NP_OK)
        st = set_if_empty(&doc->url, url);
    host[0] = '\0';
    /* an archived page ("web.archive.org/web/2016.../http://site/"): the
     * site it keeps */
    const char *inner = doc->url ? strstr(doc->url, "://") : NULL;
    inner = inner ? strstr(inner + 3, "://") : NULL;
    if (inner && (size_t)(inner - doc->url) >= strcspn(doc->url, "?#"))
        inner = NULL; /* "...?ref=https://other/": a link the page carries, not the site it keeps */
    if (inner)
        url_host(inner, host, sizeof host);
    if (!host[0] && doc->url)
        url_host(doc->url, host, sizeof host);
    if (!host[0] && url)
        url_host(url, host, sizeof host);

    /* a masthead <h1> names the site, not the story */
    char title_head[VAL_MAX];
    int masthead = masthead_h1(m.f[F_TITLE], m.f[F_H1], m.f[F_SUBHEAD], title_head, sizeof title_head);
    const char *h1 = masthead ? NULL : m.f[F_H1];

    /* outlet */
    const char *outlet = m.f[F_OG_SITE] ? m.f[F_OG_SITE] : m.f[F_LD_PUBLISHER] ? m.f[F_LD_PUBLISHER]
                       : m.f[F_LD_SITE] ? m.f[F_LD_SITE] : masthead ? m.f[F_H1] : NULL;
    char oname[VAL_MAX], hname[128], tname[VAL_MAX];
    if (!outlet)
        outlet = title_site(&m, host, tname, sizeof tname);
    if (outlet && strstr(outlet, "://")) {
        /* a URL where a name belongs: its host says the same */
        outlet = url_host(outlet, oname, sizeof oname) ? oname : NULL;
    } else if (outlet) {
        /* "Name | Tagline", "Name - Tagline": the name is enough */
        snprintf(oname, sizeof oname, "%s", outlet);
        static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ": "};
        for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
            char *cut = strstr(oname, seps[i]);
            if (cut && cut - oname >= 3)
                *cut = '\0';
        }
        outlet = oname;
        if (host[0] && np_outlet_from_host(host, hname, sizeof hname))
            outlet = checked_site_name(outlet, m.f[F_TW_SITE], hname, host);
    }
    if (st == NP_OK)
        st = set_if_empty(&doc->outlet, outlet ? outlet : host[0] ? host : m.f[F_APPNAME]);

    /* title */
    const char *title = m.f[F_LD_HEADLINE] ? m.f[F_LD_HEADLINE] : m.f[F_OG_TITLE] ? m.f[F_OG_TITLE]
                      : h1 ? h1 : masthead ? title_head : m.f[F_TITLE];
    /* the page's <title> and its visible headline agree: that is the
     * headline; og:title is often the one written for social networks
     * ("Bridge closure: everything commuters need to know") */
    if (!m.f[F_LD_HEADLINE] && m.f[F_OG_TITLE] && h1 && m.f[F_TITLE]) {
        snprintf(tmp, sizeof tmp, "%s", m.f[F_TITLE]);
        strip_site(tmp, doc->outlet, host, h1);
        if (strcasecmp(tmp, h1) == 0 && count_spaces(h1) >= 2) /* not a section's "News" */
            title = h1;
    }
    if (title && st == NP_OK) {
        snprintf(tmp, sizeof tmp, "%s", title);
        strip_site(tmp, doc->outlet, host, h1);
        st = set_if_empty(&doc->title, tmp);
    }

    /* author: structured evidence first, a byline last; the organisation
     * the JSON-LD names as the author (an agency: "Nordwire" in the
     * <meta name=author> too) is nobody's name */
    const int author_fields[] = {F_LD_AUTHOR, F_META_AUTHOR, F_REL_AUTHOR, F_BYLINE, F_BY_TEXT};
    for (size_t i = 0; i < 5 && st == NP_OK && !doc->author; i++)
        if (m.f[author_fields[i]] && np_author_clean(m.f[author_fields[i]], doc->outlet, tmp, sizeof tmp) &&
            (author_fields[i] != F_BY_TEXT || capitalized(tmp)) && drop_name(tmp, m.f[F_LD_ORG_AUTHOR]))
            st = set_if_empty(&doc->author, tmp);

    /* dates */
    const int pub_fields[] = {F_LD_PUB, F_META_PUB, F_TIME_PUB, F_TIME_ART, F_TIME};
    for (size_t i = 0; i < 5 && st == NP_OK && !doc->published; i++)
        if (np_date_normalize(m.f[pub_fields[i]], tmp, sizeof tmp))
            st = set_if_empty(&doc->published, tmp);
    /* the day the address spells: the one the page was fetched by, else
     * the one it calls its own (canonical, og:url) */
    if (st == NP_OK && !doc->published && ((url && np_url_date(url, tmp)) || (doc->url && np_url_date(doc->url, tmp))))
        st = set_if_empty(&doc->published, tmp);
    /* a date in an element named for it, else the day the byline states
     * beside the names, else dates elsewhere on the page; an "updated"
     * <time> alone: the only day the page tells */
    if (st == NP_OK && !doc->published && np_date_normalize(m.f[F_CLASS_DATE], tmp, sizeof tmp))
        st = set_if_empty(&doc->published, tmp);
    if (st == NP_OK && !doc->published && (byline_date(m.f[F_BYLINE], tmp) || byline_date(m.f[F_BY_TEXT], tmp)))
        st = set_if_empty(&doc->published, tmp);
    /* Dublin Core's "dcterms.date" is any day of the page's life (a
     * press office's CMS stamps the draft's): after every day the page
     * shows as its own */
    const int late_fields[] = {F_META_LOOSE, F_TIME_OTHER, F_CLASS_OTHER, F_TIME_MOD};
    for (size_t i = 0; i < 4 && st == NP_OK && !doc->published; i++)
        if (np_date_normalize(m.f[late_fields[i]], tmp, sizeof tmp))
            st = set_if_empty(&doc->published, tmp);
    const int mod_fields[] = {F_LD_MOD, F_META_MOD, F_TIME_MOD};
    for (size_t i = 0; i < 3 && st == NP_OK && !doc->modified; i++)
        if (np_date_normalize(m.f[mod_fields[i]], tmp, sizeof tmp))
            st = set_if_empty(&doc->modified, tmp);

    /* language: the two-letter code only */
    const int lang_fields[] = {F_LANG, F_META_LANG, F_LD_LANG, F_OG_LOCALE};
    for (size_t i = 0; i < 4 && st == NP_OK && !doc->language; i++) {
        const char *l = m.f[lang_fields[i]];
        if (l && ((l[0] | 0x20) >= 'a' && (l[0] | 0x20) <= 'z') && ((l[1] | 0x20) >= 'a' && (l[1] | 0x20) <= 'z') &&
            (l[2] == '\0' || l[2] == '-' || l[2] == '_')) {
            char code[3] = {(char)(l[0] | 0x20), (char)(l[1] | 0x20), 0};
            st = set_if_empty(&doc->language, code);
        }
    }

    const char *desc = m.f[F_DESC] ? m.f[F_DESC] : m.f[F_OG_DESC] ? m.f[F_OG_DESC] : m.f[F_LD_DESC];
    if (st == NP_OK)
        st = set_if_empty(&doc->description, desc);

    for (int i = 0; i < F_COUNT; i++)
        np_free(m.f[i]);
    if (ld_body)
        *ld_body = m.ld_body;
    else
        np_free(m.ld_body);
    np_buf_free(&m.jsonld);
    for (size_t i = 0; i < m.nld; i++)
        json_decref(m.ld[i]);
    return st;
}
