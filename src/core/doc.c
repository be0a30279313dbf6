/* core/doc.c — the document value type (see doc.h). */
#include "core/doc.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "core/hash.h"
#include "core/mem.h"

np_doc *np_doc_new(void)
{
    return np_calloc(1, sizeof(np_doc));
}

void np_doc_free(np_doc *d)
{
    if (!d)
        return;
    char **fields[] = {&d->key, &d->source, &d->format, &d->url, &d->title,
                       &d->outlet, &d->author, &d->published, &d->modified,
                       &d->dateline, &d->language, &d->description, &d->text,
                       &d->content_hash, &d->extraction};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        np_free(*fields[i]);
    np_free(d);
}

np_status np_doc_setn(char **field, const char *value, size_t n)
{
    char *copy = NULL;
    if (value) {
        copy = np_strndup(value, n);
        if (!copy)
            return NP_ENOMEM;
    }
    np_free(*field);
    *field = copy;
    return NP_OK;
}

np_status np_doc_set(char **field, const char *value)
{
    return np_doc_setn(field, value, value ? strlen(value) : 0);
}

void np_doc_take(char **field, char *value)
{
    np_free(*field);
    *field = value;
}

/* The host of url (no scheme, user, port, path or "www."), its length
 * into *n; NULL when it has none. */
static const char *url_host(const char *url, size_t *n)
{
    const char *scheme = strstr(url, "://");
    const char *p = scheme ? scheme + 3 : url;
    size_t len = strcspn(p, "/?#");
    const char *at = memchr(p, '@', len);
    if (at) {
        len -= (size_t)(at + 1 - p);
        p = at + 1;
    }
    size_t port = strcspn(p, ":");
    if (port < len)
        len = port;
    if (len > 4 && !strncasecmp(p, "www.", 4)) {
        p += 4;
        len -= 4;
    }
    *n = len;
    return len ? p : NULL;
}

/* The publisher of d as a short key into key[cap] (lower case): the host
 * of its URL, else its outlet name; "" when neither is known.  Returns the
 * key's length. */
static size_t publisher_key(const np_doc *d, char *key, size_t cap)
{
    size_t n = 0;
    const char *p = d->url ? url_host(d->url, &n) : NULL;
    if (!p && d->outlet) {
        p = d->outlet;
        n = strlen(p);
    }
    if (n >= cap)
        n = cap - 1;
    for (size_t i = 0; i < n; i++)
        key[i] = (char)tolower((unsigned char)p[i]);
    key[n] = '\0';
    return n;
}

np_status np_doc_finish(np_doc *d)
{
    if (!d->text || !d->text[0])
        return NP_EEMPTY;
    char hex[33];
    np_hash_hex128(d->text, strlen(d->text), hex);
    /* One body published by two sites is two documents (a syndicated copy:
     * the grouper marks it, the brief counts it as no confirmation of its
     * own), while a re-fetch of the page or the same page in another
     * format stays one. */
    char keyed[33 + 1 + 256];
    size_t n = publisher_key(d, keyed + 33, 256);
    if (n) {
        memcpy(keyed, hex, 32);
        keyed[32] = '\x1f';
        np_hash_hex128(keyed, 33 + n, hex);
    }
    return np_doc_set(&d->content_hash, hex);
}
