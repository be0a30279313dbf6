/* core/buf.c — bounded growable buffer (see buf.h for the contract). */
#include "core/buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"

void np_buf_init(np_buf *b, size_t limit)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->limit = limit ? limit : SIZE_MAX / 2;
}

void np_buf_free(np_buf *b)
{
    if (!b)
        return;
    free(b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void np_buf_reset(np_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

np_status np_buf_reserve(np_buf *b, size_t n)
{
    if (n > b->limit || b->len > b->limit - n) {
        np_buf_free(b);
        return NP_ETOOBIG;
    }
    size_t need = b->len + n + 1;
    if (need <= b->cap)
        return NP_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = np_realloc(b->data, cap);
    if (!p) {
        np_buf_free(b);
        return NP_ENOMEM;
    }
    b->data = p;
    b->cap = cap;
    return NP_OK;
}

np_status np_buf_append(np_buf *b, const void *bytes, size_t n)
{
    np_status st = np_buf_reserve(b, n);
    if (st != NP_OK)
        return st;
    if (n)
        memcpy(b->data + b->len, bytes, n);
    b->len += n;
    b->data[b->len] = '\0';
    return NP_OK;
}

np_status np_buf_append_str(np_buf *b, const char *s)
{
    return np_buf_append(b, s, strlen(s));
}

np_status np_buf_append_char(np_buf *b, char c)
{
    return np_buf_append(b, &c, 1);
}

np_status np_buf_printf(np_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NP_EINVAL;
    np_status st = np_buf_reserve(b, (size_t)n);
    if (st != NP_OK)
        return st;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return NP_OK;
}

char *np_buf_take(np_buf *b)
{
    char *p = b->data;
    if (!p) {
        p = np_malloc(1);
        if (!p)
            return NULL;
        p[0] = '\0';
    }
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    return p;
}
