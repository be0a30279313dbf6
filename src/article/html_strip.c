/* article/html_strip.c — cut script and style bodies before parsing (see
 * html_strip.h). */
#include "article/html_strip.h"

#include <string.h>

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Does s[0..n) start with word (lower case), case-insensitively? */
static int starts_ci(const char *s, size_t n, const char *word)
{
    size_t wl = strlen(word);
    if (n < wl)
        return 0;
    for (size_t i = 0; i < wl; i++)
        if (lower((unsigned char)s[i]) != word[i])
            return 0;
    return 1;
}

/* Position of the first case-insensitive occurrence of word in s[from..n),
 * or n. word starts with '<' or '-'. */
size_t np_html_find_ci(const char *s, size_t n, size_t from, const char *word)
{
    while (from < n) {
        const char *p = memchr(s + from, word[0], n - from);
        if (!p)
            return n;
        size_t at = (size_t)(p - s);
        if (starts_ci(p, n - at, word))
            return at;
        from = at + 1;
    }
    return n;
}

/* End ('>') of the start tag opened at s[at], quotes respected, or n. */
size_t np_html_tag_end(const char *s, size_t n, size_t at)
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

/* Is the <script> start tag s[at..gt) a template of HTML markup
 * (type text/template or text/html), as blog platforms ship their posts? */
static int is_markup_template(const char *s, size_t at, size_t gt)
{
    return np_html_find_ci(s, gt, at, "text/template") < gt;
}

static np_status strip_raw(const char *in, size_t n, int unwrap, np_buf *out)
{
    np_status st = np_buf_reserve(out, n);
    if (st != NP_OK)
        return st;
    size_t i = 0, run = 0; /* run: start of the bytes not yet copied */
    while (i < n) {
        const char *p = memchr(in + i, '<', n - i);
        if (!p)
            break;
        size_t j = (size_t)(p - in);
        if (starts_ci(p, n - j, "<!--")) {
            size_t end = np_html_find_ci(in, n, j + 4, "-->");
            if (end >= n)
                break;
            i = end + 3;
            continue;
        }
        const char *name = NULL, *close = NULL;
        if (starts_ci(p, n - j, "<script")) {
            name = "<script";
            close = "</script";
        } else if (starts_ci(p, n - j, "<style")) {
            name = "<style";
            close = "</style";
        }
        size_t nl = name ? strlen(name) : 0;
        if (!name || j + nl >= n ||
            !(in[j + nl] == '>' || in[j + nl] == '/' || in[j + nl] == ' ' || in[j + nl] == '\t' ||
              in[j + nl] == '\n' || in[j + nl] == '\r' || in[j + nl] == '\f')) {
            i = j + 1;
            continue;
        }
        size_t gt = np_html_tag_end(in, n, j + nl);
        if (gt >= n)
            break;
        if (name[1] == 's' && name[2] == 'c' && np_html_find_ci(in, gt, j, "ld+json") < gt) {
            i = gt + 1; /* JSON-LD: keep */
            continue;
        }
        size_t end = np_html_find_ci(in, n, gt + 1, close);
        if (end >= n)
            break; /* no end tag: the parser decides */
        if (unwrap && name[1] == 's' && name[2] == 'c' && is_markup_template(in, j, gt)) {
            /* markup the page shows once a script copies it in: unwrap it */
            size_t egt = np_html_tag_end(in, n, end);
            if ((st = np_buf_append(out, in + run, j - run)) != NP_OK ||
                (st = strip_raw(in + gt + 1, end - gt - 1, unwrap, out)) != NP_OK)
                return st;
            run = i = egt < n ? egt + 1 : n;
            continue;
        }
        if ((st = np_buf_append(out, in + run, gt + 1 - run)) != NP_OK)
            return st;
        run = end;
        i = end + strlen(close);
    }
    return np_buf_append(out, in + run, n - run);
}

np_status np_html_strip_raw(const char *in, size_t n, np_buf *out)
{
    return strip_raw(in, n, 0, out);
}

np_status np_html_strip_raw_unwrap(const char *in, size_t n, np_buf *out)
{
    return strip_raw(in, n, 1, out);
}

int np_html_has_template(const char *in, size_t n)
{
    return np_html_find_ci(in, n, 0, "text/template") < n;
}
