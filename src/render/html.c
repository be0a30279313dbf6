/*
 * render/html.c — escaping, the page shell and the error page (see html.h).
 *
 * One escaper serves HTML text and double- or single-quoted attributes: it
 * escapes the five characters that matter in either context.  URLs are
 * never copied into href unless their scheme is http or https, which rules
 * out javascript:, data: and vbscript: whatever their spelling.
 */
#include "render/html.h"

#include <string.h>
#include <strings.h>

#include "core/utf8.h"
#include "render/html_internal.h"

np_status np_html_escape(np_buf *out, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t run = 0; /* bytes copied verbatim since the last special one */
    np_status st = NP_OK;
    for (size_t i = 0; i < n && !st;) {
        unsigned char c = p[i];
        const char *rep = NULL;
        size_t len = 1;
        if (c < 0x80) {
            switch (c) {
            case '&': rep = "&amp;"; break;
            case '<': rep = "&lt;"; break;
            case '>': rep = "&gt;"; break;
            case '"': rep = "&quot;"; break;
            case '\'': rep = "&#39;"; break;
            default:
                if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
                    rep = ""; /* control characters (and the search markers) */
            }
        } else {
            int32_t cp;
            len = (size_t)np_utf8_decode(p + i, n - i, &cp);
            if (cp < 0 || (cp >= 0x80 && cp < 0xa0))
                rep = cp < 0 ? "\xef\xbf\xbd" : "";
        }
        if (rep) {
            if (run)
                st = np_buf_append(out, p + i - run, run);
            if (!st && *rep)
                st = np_buf_append_str(out, rep);
            run = 0;
        } else {
            run += len;
        }
        i += len;
    }
    if (!st && run)
        st = np_buf_append(out, p + n - run, run);
    return st;
}

np_status np_html_escape_str(np_buf *out, const char *s)
{
    return s ? np_html_escape(out, s, strlen(s)) : NP_OK;
}

int np_html_safe_url(const char *url)
{
    if (!url)
        return 0;
    if (strncasecmp(url, "http://", 7) != 0 && strncasecmp(url, "https://", 8) != 0)
        return 0;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++)
        if (*p <= 0x20 || *p == 0x7f)
            return 0; /* a URL with spaces or controls is not one we link to */
    return 1;
}

np_status np_html_url_encode(np_buf *out, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    np_status st = NP_OK;
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p && !st; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~') {
            st = np_buf_append_char(out, (char)c);
        } else {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            st = np_buf_append(out, e, 3);
        }
    }
    return st;
}

/* Shorthands used by every page file: they keep going after a failure and
 * report it at the end, so page code reads top to bottom. */
void np_hb_put(np_hb *h, const char *s)
{
    if (!h->st && s)
        h->st = np_buf_append_str(h->out, s);
}

void np_hb_esc(np_hb *h, const char *s)
{
    if (!h->st && s)
        h->st = np_html_escape_str(h->out, s);
}

void np_hb_escn(np_hb *h, const char *s, size_t n)
{
    if (!h->st && s)
        h->st = np_html_escape(h->out, s, n);
}

void np_hb_esc_short(np_hb *h, const char *s)
{
    if (!s)
        return;
    size_t n = strlen(s);
    if (n <= NP_HTML_SHORT) {
        np_hb_escn(h, s, n);
        return;
    }
    n = NP_HTML_SHORT;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--; /* cut before a character, not inside one */
    np_hb_escn(h, s, n);
    np_hb_put(h, "…");
}

void np_hb_int(np_hb *h, long long v)
{
    if (!h->st)
        h->st = np_buf_printf(h->out, "%lld", v);
}

void np_hb_urlenc(np_hb *h, const char *s)
{
    if (!h->st)
        h->st = np_html_url_encode(h->out, s);
}

void np_hb_page_start(np_hb *h, const char *title, int standalone)
{
    np_hb_put(h, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                 "<meta name=\"referrer\" content=\"no-referrer\"><title>");
    np_hb_esc_short(h, title);
    np_hb_put(h, " · newsprism</title>");
    if (standalone) {
        np_hb_put(h, "<style>\n");
        np_hb_put(h, np_html_css()); /* our own file: contains no "</style" */
        np_hb_put(h, "</style>");
    } else {
        /* an empty icon: no /favicon.ico request that would 404 */
        np_hb_put(h, "<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/static/style.css\">"
                     "<script src=\"/static/app.js\" defer></script>");
    }
    np_hb_put(h, "</head><body>");
    if (!standalone)
        np_hb_put(h, "<header class=\"top\"><a href=\"/\">newsprism</a><a href=\"/outlets\">outlets</a>"
                     "<form action=\"/search\" method=\"get\" role=\"search\">"
                     "<input type=\"search\" name=\"q\" placeholder=\"Search articles\" "
                     "aria-label=\"Search articles\" maxlength=\"512\"> <button>Search</button></form>"
                     "</header>");
    np_hb_put(h, "<main>");
}

void np_hb_page_end(np_hb *h)
{
    np_hb_put(h, "</main></body></html>\n");
}

np_status np_html_error_page(int http_status, const char *message, np_buf *out)
{
    np_hb h = {out, NP_OK};
    const char *title = http_status == 404 ? "Not found" : http_status == 400 ? "Bad request"
                                                                            : "Error";
    np_hb_page_start(&h, title, 0);
    np_hb_put(&h, "<h1>");
    np_hb_esc(&h, title);
    np_hb_put(&h, "</h1><p class=\"error\">");
    np_hb_esc(&h, message);
    np_hb_put(&h, "</p><p><a href=\"/\">All stories</a></p>");
    np_hb_page_end(&h);
    return h.st;
}
