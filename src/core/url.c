/* core/url.c — the site and the page a URL names (see url.h). */
#include "core/url.h"

#include <string.h>
#include <strings.h>

/* Where the authority ("user@host:port") of url begins, or NULL when the
 * URL names no site. */
static const char *authority(const char *url)
{
    size_t head = strcspn(url, "/?#");
    if (head > 0 && url[head - 1] == ':' && !strncmp(url + head, "//", 2))
        return url + head + 2; /* "scheme://" (a "://" later in a query does not count) */
    if (!strncmp(url, "//", 2))
        return url + 2; /* scheme-relative */
    return NULL; /* a path or a bare name: no site */
}

size_t np_url_page(const char *url, const char **page)
{
    const char *p = authority(url);
    *page = url;
    if (!p)
        return 0;
    p += strcspn(p, "/?#");
    size_t n = strcspn(p, "#");
    while (n && p[n - 1] == '/')
        n--;
    *page = p;
    return n;
}

size_t np_url_site(const char *url, char *out, size_t cap)
{
    const char *p = authority(url);
    if (!p)
        return 0;
    size_t len = strcspn(p, "/?#");
    const char *at = memchr(p, '@', len);
    if (at) {
        len -= (size_t)(at + 1 - p);
        p = at + 1;
    }
    if (len && *p == '[') {
        const char *close = memchr(p, ']', len);
        len = close ? (size_t)(close + 1 - p) : len;
    } else {
        size_t port = strcspn(p, ":");
        len = port < len ? port : len;
    }
    while (len && p[len - 1] == '.')
        len--;
    if (len > 4 && !strncasecmp(p, "www.", 4)) {
        p += 4;
        len -= 4;
    }
    if (!len || len >= cap)
        return 0;
    for (size_t i = 0; i < len; i++)
        out[i] = (char)((p[i] >= 'A' && p[i] <= 'Z') ? p[i] + 32 : p[i]);
    out[len] = '\0';
    return len;
}
