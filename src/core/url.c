/* core/url.c — the site a URL names (see url.h). */
#include "core/url.h"

#include <string.h>
#include <strings.h>

size_t np_url_site(const char *url, char *out, size_t cap)
{
    const char *p = url;
    size_t head = strcspn(p, "/?#");
    if (head > 0 && p[head - 1] == ':' && !strncmp(p + head, "//", 2))
        p += head + 2; /* "scheme://" (a "://" later in a query does not count) */
    else if (!strncmp(p, "//", 2))
        p += 2; /* scheme-relative */
    else
        return 0; /* a path or a bare name: no site */
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
