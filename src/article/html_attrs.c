/* article/html_attrs.c — drop unread attributes before parsing (see
 * html_attrs.h).  The syntax rules below follow libxml2's HTML parser
 * (htmlParseHTMLName, htmlParseAttValue): where they might disagree the
 * tag is left alone, which is always safe. */
#include "article/html_attrs.h"

#include <stdint.h>
#include <string.h>

#include "core/hash.h"
#include "core/mem.h"

#include "article/html_hints.h"
#include "article/html_meta.h"
#include "article/html_strip.h"

/* libxml2 truncates longer names (HTML_PARSER_BUFFER_SIZE): leave those. */
#define NAME_MAX_LEN 99
/* Attributes kept per tag: more than this and the tag is copied as is. */
#define ATTRS_MAX 64

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static int is_blank(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static inline int name_start(int c)
{
    return ((unsigned)((c | 0x20) - 'a') < 26) || c == '_' || c == ':' || c == '.';
}
static inline int name_char(int c)
{
    return ((unsigned)((c | 0x20) - 'a') < 26) || (unsigned)(c - '0') < 10 || c == '-' || c == '_' ||
           c == ':' || c == '.';
}

/* Length of the name at s[0..n) (0 when none or too long), lower-cased
 * into low (NAME_MAX_LEN + 1 bytes). */
static size_t read_name(const char *s, size_t n, char *low)
{
    if (n == 0 || !name_start((unsigned char)s[0]))
        return 0;
    size_t k = 0;
    while (k < n && name_char((unsigned char)s[k])) {
        if (k == NAME_MAX_LEN)
            return 0;
        low[k] = (char)lower((unsigned char)s[k]);
        k++;
    }
    low[k] = '\0';
    return k;
}

/* The attributes html_meta.c and html_hints.c read (keep this in step
 * with them), on the elements they read them from. */
static int keep_attr(const char *a, size_t al, const char *t, size_t tl)
{
#define IS(s, w) (s##l == sizeof w - 1 && memcmp(s, w, sizeof w - 1) == 0)
    switch (a[0]) {
    case 'a':
        return IS(a, "aria-hidden");
    case 'c':
        return IS(a, "class") || IS(a, "content") || (IS(a, "charset") && IS(t, "meta"));
    case 'd':
        return IS(a, "datetime");
    case 'h':
        return IS(a, "hidden") || (IS(a, "http-equiv") && IS(t, "meta")) ||
               (IS(a, "href") && IS(t, "link")); /* <link rel=canonical> */
    case 'i':
        return IS(a, "id") || IS(a, "itemprop");
    case 'l':
        return IS(a, "lang") && IS(t, "html");
    case 'n':
        return IS(a, "name") && IS(t, "meta");
    case 'p':
        return IS(a, "property") && IS(t, "meta");
    case 'r':
        return IS(a, "role") || IS(a, "rel");
    case 's':
        return IS(a, "style");
    case 't':
        return IS(a, "type") && IS(t, "script"); /* application/ld+json */
    case 'x':
        return IS(a, "xml:lang") && IS(t, "html");
    default:
        return 0;
    }
#undef IS
}

/* Elements whose body is raw text in some libxml2 version (script, style
 * always; the rest in HTML5-conformant releases): copied untouched. */
static int raw_text(const char *tag, size_t tl)
{
    static const char *const raw[] = {
        "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
        "noscript",
    };
    for (size_t i = 0; i < sizeof raw / sizeof *raw; i++)
        if (strlen(raw[i]) == tl && memcmp(raw[i], tag, tl) == 0)
            return 1;
    return 0;
}

/* Could the rel value (with its '=' and quotes) say "canonical"?  An
 * entity might spell it, so any '&' counts as yes. */
static int rel_canonical(const char *v, size_t n)
{
    static const char w[] = "canonical";
    if (memchr(v, '&', n))
        return 1;
    for (size_t i = 0; i + 9 <= n; i++) {
        size_t k = 0;
        while (k < 9 && lower((unsigned char)v[i + k]) == w[k])
            k++;
        if (k == 9)
            return 1;
    }
    return 0;
}

typedef struct span {
    size_t from, to;   /* the attribute */
    size_t vfrom, vto; /* its value, quotes excluded */
    int cut;           /* a class/id value to cut down to its telling words */
} span;

/* Pages repeat the same class values hundreds of times: the verdict and
 * the cut value per value (by hash), for one call. */
#define CUT_CACHE 1024
#define TOK_CACHE 4096
typedef struct cutter {
    np_html_hints *hs;
    /* verdict per word, by hash: bit 1 set = filled, bit 0 = telling;
     * the other bits are the hash's */
    uint64_t tok[TOK_CACHE];
    np_buf memo; /* the cut values, back to back */
    struct {
        uint64_t key; /* hash of the value, 0 = empty slot */
        size_t off, len;
        signed char cut, kept;
    } slot[CUT_CACHE];
} cutter;

/* Does the class/id word tok[0..n) (NUL-terminated) tell html_hints.c or
 * html_meta.c anything? */
static int telling(cutter *cu, const char *tok, size_t n)
{
    uint64_t h = np_hash64(tok, n, 0x746f6b) & ~3ull;
    uint64_t *e = &cu->tok[(h >> 2) % TOK_CACHE];
    if ((*e & ~3ull) == h && (*e & 2))
        return (int)(*e & 1);
    int t = np_html_hint_token(cu->hs, tok, n) || np_html_class_words(tok) != 0;
    *e = h | 2 | (uint64_t)t;
    return t;
}

/* A class or id value is a list of words; html_hints.c scores it word by
 * word (a sum) and html_meta.c looks for a few words inside it, so words
 * neither uses can go.  Only for plain values, short enough that both
 * passes read all of them (hints stop after 256 separators, meta after 512
 * bytes): letters, digits, '-', '_' and blanks (not '\r', which meta's
 * case folding would take for '-').  Returns 1 when some word can go;
 * *kept then tells whether any stays, and with out the kept words are
 * appended to it, one space apart. */
static int cut_words(cutter *cu, const char *v, size_t n, int *kept, np_buf *out, np_status *st)
{
    if (n >= 512)
        return 0;
    size_t seps = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)v[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\f')
            seps++;
        else if (!name_char(c) || c == ':' || c == '.')
            return 0;
    }
    if (seps > 200)
        return 0;
    char tok[512];
    int cut = 0;
    *kept = 0;
    for (size_t i = 0; i < n;) {
        if (!name_char((unsigned char)v[i])) {
            i++;
            continue;
        }
        size_t t = i;
        while (i < n && name_char((unsigned char)v[i]))
            i++;
        memcpy(tok, v + t, i - t);
        tok[i - t] = '\0';
        if (telling(cu, tok, i - t)) {
            if (out && *st == NP_OK && *kept)
                *st = np_buf_append_char(out, ' ');
            if (out && *st == NP_OK)
                *st = np_buf_append(out, tok, i - t);
            *kept = 1;
        } else {
            cut = 1;
        }
    }
    return cut;
}

/* Could a style value hide its element?  html_hints.c looks only for
 * display:none and visibility:hidden; an entity might spell them. */
static int style_hides(const char *v, size_t n)
{
    if (memchr(v, '&', n))
        return 1;
    static const char *const w[] = {"isplay", "isibility"};
    for (size_t k = 0; k < 2; k++) {
        size_t wl = strlen(w[k]);
        for (size_t i = 0; i + wl <= n; i++) {
            size_t j = 0;
            while (j < wl && lower((unsigned char)v[i + j]) == w[k][j])
                j++;
            if (j == wl)
                return 1;
        }
    }
    return 0;
}

/* Is span a the attribute called name (lower case)? */
static int span_is(const char *s, const span *a, const char *name)
{
    size_t nl = strlen(name), l = a->to - a->from;
    if (l < nl || (l > nl && name_char((unsigned char)s[a->from + nl])))
        return 0;
    for (size_t i = 0; i < nl; i++)
        if (lower((unsigned char)s[a->from + i]) != name[i])
            return 0;
    return 1;
}

/* <meta content> matters only under a key html_meta.c reads (or with
 * http-equiv, or where an entity might spell the key): otherwise the
 * content goes. */
static void meta_content(const char *s, span *keep, size_t *nkeep, int *dropped)
{
    for (size_t k = 0; k < *nkeep; k++) {
        const span *a = &keep[k];
        if (span_is(s, a, "http-equiv"))
            return;
        if (!span_is(s, a, "property") && !span_is(s, a, "name") && !span_is(s, a, "itemprop"))
            continue;
        size_t vl = a->vto - a->vfrom;
        char key[64];
        if (vl >= sizeof key)
            continue; /* longer than any key read */
        memcpy(key, s + a->vfrom, vl);
        key[vl] = '\0';
        if (memchr(key, '&', vl) || np_html_meta_key(key))
            return;
    }
    size_t m = 0;
    for (size_t k = 0; k < *nkeep; k++) {
        if (span_is(s, &keep[k], "content"))
            *dropped = 1;
        else
            keep[m++] = keep[k];
    }
    *nkeep = m;
}

/* cut_words through the cache; *w / *wl receive the kept words (valid
 * until the next call). */
static int words_cut(cutter *cu, const char *v, size_t n, int *kept, const char **w, size_t *wl,
                     np_status *st)
{
    uint64_t h = np_hash64(v, n, 0x6375) | 1;
    size_t k = (size_t)(h % CUT_CACHE);
    if (cu->slot[k].key != h) {
        size_t off = cu->memo.len;
        int kk = 0, cut = cut_words(cu, v, n, &kk, &cu->memo, st);
        if (*st != NP_OK)
            return 0;
        cu->slot[k].key = h;
        cu->slot[k].off = off;
        cu->slot[k].len = cu->memo.len - off;
        cu->slot[k].cut = (signed char)cut;
        cu->slot[k].kept = (signed char)kk;
    }
    *kept = cu->slot[k].kept;
    *w = cu->memo.data ? cu->memo.data + cu->slot[k].off : "";
    *wl = cu->slot[k].len;
    return cu->slot[k].cut;
}

/* Parse the attributes of a start tag from s[at] (just past its name).
 * Returns 1 for a plain tag, with *gt at its '>' and the kept attribute
 * spans in keep[0..*nkeep) and *tail where the closing part starts;
 * *dropped tells whether any was left out. */
static int plain_tag(cutter *cu, const char *s, size_t n, size_t at, const char *tag,
                     size_t tl, size_t *gt, size_t *tail, span *keep, size_t *nkeep, int *dropped)
{
    size_t i = at;
    int href = 0;
    char an[NAME_MAX_LEN + 1];
    int canonical = 0;
    *nkeep = 0;
    *dropped = 0;
    for (;;) {
        size_t b = i;
        while (i < n && is_blank((unsigned char)s[i]))
            i++;
        if (i >= n)
            return 0;
        if (s[i] == '>' || (s[i] == '/' && i + 1 < n && s[i + 1] == '>')) {
            *gt = s[i] == '>' ? i : i + 1;
            *tail = b; /* the blanks before the end, then '>' or '/>' */
            if (tl == 4 && memcmp(tag, "meta", 4) == 0)
                meta_content(s, keep, nkeep, dropped);
            if (href && !canonical) {
                /* <link href> without rel=canonical: nothing reads it */
                size_t k = 0;
                for (size_t m = 0; m < *nkeep; m++) {
                    const char *a = s + keep[m].from;
                    size_t l = keep[m].to - keep[m].from;
                    if (l >= 4 && lower((unsigned char)a[0]) == 'h' && lower((unsigned char)a[1]) == 'r' &&
                        lower((unsigned char)a[2]) == 'e' && lower((unsigned char)a[3]) == 'f' &&
                        (l == 4 || !name_char((unsigned char)a[4])))
                        *dropped = 1;
                    else
                        keep[k++] = keep[m];
                }
                *nkeep = k;
            }
            return 1;
        }
        if (i == b)
            return 0; /* attribute glued to what precedes it */
        size_t start = i, al = read_name(s + i, n - i, an);
        if (al == 0)
            return 0;
        i += al;
        size_t end = i, j = i, vfrom = 0, vto = 0;
        while (j < n && is_blank((unsigned char)s[j]))
            j++;
        if (j < n && s[j] == '=') {
            j++;
            while (j < n && is_blank((unsigned char)s[j]))
                j++;
            if (j >= n)
                return 0;
            if (s[j] == '"' || s[j] == '\'') {
                const char *q = memchr(s + j + 1, s[j], n - j - 1);
                if (!q)
                    return 0;
                vfrom = j + 1;
                vto = (size_t)(q - s);
                j = vto + 1;
            } else {
                size_t v = j;
                while (j < n && !is_blank((unsigned char)s[j]) && s[j] != '>')
                    j++;
                if (j == v || j >= n)
                    return 0;
                vfrom = v;
                vto = j;
            }
            end = i = j;
        }
        if (al == 3 && memcmp(an, "rel", 3) == 0 && !canonical)
            canonical = rel_canonical(s + start + al, end - start - al);
        if (keep_attr(an, al, tag, tl) &&
            !(al == 5 && memcmp(an, "style", 5) == 0 && vto > vfrom && !style_hides(s + vfrom, vto - vfrom))) {
            if (*nkeep == ATTRS_MAX)
                return 0;
            if (al == 4 && an[0] == 'h')
                href = 1;
            int cut = 0, kept = 1;
            const char *w;
            size_t wl;
            if (vto > vfrom && ((al == 5 && memcmp(an, "class", 5) == 0) || (al == 2 && memcmp(an, "id", 2) == 0))) {
                np_status st = NP_OK;
                cut = words_cut(cu, s + vfrom, vto - vfrom, &kept, &w, &wl, &st);
                if (st != NP_OK)
                    return 0; /* out of memory: the tag as is */
            }
            if (cut)
                *dropped = 1;
            if (!kept)
                continue; /* not one telling word: the attribute goes */
            keep[*nkeep].from = start;
            keep[*nkeep].to = end;
            keep[*nkeep].vfrom = vfrom;
            keep[*nkeep].vto = vto;
            keep[*nkeep].cut = cut;
            (*nkeep)++;
        } else {
            *dropped = 1;
        }
    }
}

/* One kept attribute, its value cut down to the telling words if marked. */
static np_status append_attr(cutter *cu, const char *in, const span *a, np_buf *out)
{
    if (!a->cut)
        return np_buf_append(out, in + a->from, a->to - a->from);
    np_status st = np_buf_append(out, in + a->from, a->vfrom - a->from);
    /* quoted or not, the value is written in double quotes */
    char q = in[a->vfrom - 1];
    if (st == NP_OK && q == '\'')
        out->data[out->len - 1] = '"';
    else if (st == NP_OK && q != '"')
        st = np_buf_append_char(out, '"');
    int kept = 0;
    const char *w = "";
    size_t wl = 0;
    if (st == NP_OK)
        words_cut(cu, in + a->vfrom, a->vto - a->vfrom, &kept, &w, &wl, &st);
    if (st == NP_OK)
        st = np_buf_append(out, w, wl);
    if (st == NP_OK)
        st = np_buf_append_char(out, '"');
    return st;
}

np_status np_html_drop_attrs(const char *in, size_t n, np_buf *out)
{
    np_status st = np_buf_reserve(out, n);
    if (st != NP_OK)
        return st;
    cutter *cu = np_calloc(1, sizeof *cu);
    if (!cu || !(cu->hs = np_html_hints_new())) {
        np_free(cu);
        return NP_ENOMEM;
    }
    np_buf_init(&cu->memo, 0);
    span keep[ATTRS_MAX];
    char tag[NAME_MAX_LEN + 1];
    size_t i = 0, run = 0; /* run: start of the bytes not yet copied */
    while (i < n) {
        const char *p = memchr(in + i, '<', n - i);
        if (!p)
            break;
        size_t j = (size_t)(p - in);
        if (j + 1 >= n)
            break;
        char c = in[j + 1];
        if (c == '!' && j + 3 < n && in[j + 2] == '-' && in[j + 3] == '-') {
            size_t end = np_html_find_ci(in, n, j + 4, "-->");
            if (end >= n)
                break;
            i = end + 3;
            continue;
        }
        /* libxml2 opens an element only on '<' + ASCII letter; anything
         * else (end tags, <!DOCTYPE, <?pi) is scanned past like text, so
         * a tag inside is seen as libxml2 sees it */
        size_t tl = (lower((unsigned char)c) >= 'a' && lower((unsigned char)c) <= 'z')
                        ? read_name(in + j + 1, n - j - 1, tag) : 0;
        if (tl == 0) {
            i = j + 1;
            continue;
        }
        size_t at = j + 1 + tl;
        if (tl == 9 && memcmp(tag, "plaintext", 9) == 0)
            break;
        size_t gt = 0, tail = 0, nkeep = 0;
        int dropped = 0;
        if (!plain_tag(cu, in, n, at, tag, tl, &gt, &tail, keep, &nkeep, &dropped)) {
            /* unusual syntax: the whole tag as is, so that markup quoted
             * in one of its values is not taken for a tag */
            gt = np_html_tag_end(in, n, at);
            if (gt >= n)
                break;
            dropped = 0;
        }
        i = gt + 1;
        if (dropped) {
            /* tag name, the kept attributes, then what closed the tag */
            if ((st = np_buf_append(out, in + run, at - run)) != NP_OK)
                goto done;
            for (size_t k = 0; k < nkeep; k++) {
                if ((st = np_buf_append_char(out, ' ')) != NP_OK ||
                    (st = append_attr(cu, in, &keep[k], out)) != NP_OK)
                    goto done;
            }
            run = tail;
        }
        if (raw_text(tag, tl)) {
            /* the body up to the end tag as is */
            char close[NAME_MAX_LEN + 3] = "</";
            memcpy(close + 2, tag, tl + 1);
            size_t end = np_html_find_ci(in, n, gt + 1, close);
            if (end >= n)
                break;
            i = end + tl + 2;
        }
    }
    st = np_buf_append(out, in + run, n - run);
done:
    np_html_hints_free(cu->hs);
    np_buf_free(&cu->memo);
    np_free(cu);
    return st;
}
