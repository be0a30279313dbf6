/* core/doc.c — the document value type (see doc.h). */
#include "core/doc.h"

#include <string.h>

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

np_status np_doc_finish(np_doc *d)
{
    if (!d->text || !d->text[0])
        return NP_EEMPTY;
    char hex[33];
    np_hash_hex128(d->text, strlen(d->text), hex);
    return np_doc_set(&d->content_hash, hex);
}
