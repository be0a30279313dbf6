/* ingest/html_attrs.c — drop unread attributes before parsing (see
 * html_attrs.h).  The syntax rules below follow libxml2's HTML parser
 * (htmlParseHTMLName, htmlParseAttValue): where they might disagree the
 * tag is left alone, which is always safe. */
#include "ingest/html_attrs.h"

#include <string.h>

/* libxml2 truncates longer names (HTML_PARSER_BUFFER_SIZE): leave those. */
#define NAME_MAX_LEN 99
/* Attributes kept per tag: more than this and the tag is copied as is. */
#define ATTRS_MAX 64

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static int is_blank(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int name_start(int c) { c = lower(c); return (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c == '.'; }
static int name_char(int c) { return name_start(c) || (c >= '0' && c <= '9') || c == '-'; }

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
 * with them); href matters only on <link rel=canonical>. */
static int keep_attr(const char *a, size_t al, const char *tag, size_t tl)
{
    static const char *const keep[] = {
        "class", "id", "role", "itemprop", "style", "hidden", "aria-hidden", "rel",
        "content", "property", "name", "http-equiv", "charset", "datetime", "lang",
        "xml:lang", "type",
    };
    /* most attributes fail on the first letter or the length: no strlen */
    static const unsigned char klen[] = {5, 2, 4, 8, 5, 6, 11, 3, 7, 8, 4, 10, 7, 8, 4, 8, 4};
    _Static_assert(sizeof klen == sizeof keep / sizeof *keep, "one length per kept name");
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++)
        if (klen[i] == al && keep[i][0] == a[0] && memcmp(keep[i], a, al) == 0)
            return 1;
    return al == 4 && memcmp(a, "href", 4) == 0 && tl == 4 && memcmp(tag, "link", 4) == 0;
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

/* Position of the first case-insensitive occurrence of word (lower case,
 * starting with '<' or '-') in s[from..n), or n. */
static size_t find_ci(const char *s, size_t n, size_t from, const char *word, size_t wl)
{
    while (from < n) {
        const char *p = memchr(s + from, word[0], n - from);
        if (!p)
            return n;
        size_t at = (size_t)(p - s), i = 0;
        while (i < wl && at + i < n && lower((unsigned char)s[at + i]) == word[i])
            i++;
        if (i == wl)
            return at;
        from = at + 1;
    }
    return n;
}

/* End ('>') of the start tag whose attributes begin at s[at], quotes
 * respected, or n (same rule html_strip.c uses). */
static size_t tag_end(const char *s, size_t n, size_t at)
{
    char quote = 0;
    for (size_t i = at; i < n; i++) {
        char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i;
        }
    }
    return n;
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
    size_t from, to;
} span;

/* Parse the attributes of a start tag from s[at] (just past its name).
 * Returns 1 for a plain tag, with *gt at its '>' and the kept attribute
 * spans in keep[0..*nkeep) and *tail where the closing part starts;
 * *dropped tells whether any was left out. */
static int plain_tag(const char *s, size_t n, size_t at, const char *tag, size_t tl,
                     size_t *gt, size_t *tail, span *keep, size_t *nkeep, int *dropped)
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
        size_t end = i, j = i;
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
                j = (size_t)(q - s) + 1;
            } else {
                size_t v = j;
                while (j < n && !is_blank((unsigned char)s[j]) && s[j] != '>')
                    j++;
                if (j == v || j >= n)
                    return 0;
            }
            end = i = j;
        }
        if (al == 3 && memcmp(an, "rel", 3) == 0 && !canonical)
            canonical = rel_canonical(s + start + al, end - start - al);
        if (keep_attr(an, al, tag, tl)) {
            if (*nkeep == ATTRS_MAX)
                return 0;
            if (al == 4 && an[0] == 'h')
                href = 1;
            keep[*nkeep].from = start;
            keep[*nkeep].to = end;
            (*nkeep)++;
        } else {
            *dropped = 1;
        }
    }
}

np_status np_html_drop_attrs(const char *in, size_t n, np_buf *out)
{
    np_status st = np_buf_reserve(out, n);
    if (st != NP_OK)
        return st;
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
            size_t end = find_ci(in, n, j + 4, "-->", 3);
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
        if (!plain_tag(in, n, at, tag, tl, &gt, &tail, keep, &nkeep, &dropped)) {
            /* unusual syntax: the whole tag as is, so that markup quoted
             * in one of its values is not taken for a tag */
            gt = tag_end(in, n, at);
            if (gt >= n)
                break;
            dropped = 0;
        }
        i = gt + 1;
        if (dropped) {
            /* tag name, the kept attributes, then what closed the tag */
            if ((st = np_buf_append(out, in + run, at - run)) != NP_OK)
                return st;
            for (size_t k = 0; k < nkeep; k++) {
                if ((st = np_buf_append_char(out, ' ')) != NP_OK ||
                    (st = np_buf_append(out, in + keep[k].from, keep[k].to - keep[k].from)) != NP_OK)
                    return st;
            }
            run = tail;
        }
        if (raw_text(tag, tl)) {
            /* the body up to the end tag as is */
            char close[NAME_MAX_LEN + 3] = "</";
            memcpy(close + 2, tag, tl + 1);
            size_t end = find_ci(in, n, gt + 1, close, tl + 2);
            if (end >= n)
                break;
            i = end + tl + 2;
        }
    }
    return np_buf_append(out, in + run, n - run);
}
