/* core/arena.c — chunked bump allocator (see arena.h). */
#include "core/arena.h"

#include <stdint.h>
#include <string.h>

#include "core/mem.h"

struct np_arena_block {
    np_arena_block *next;
    size_t size;
    size_t used;
    _Alignas(16) unsigned char bytes[];
};

void np_arena_init(np_arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
    a->total = 0;
}

void *np_arena_alloc(np_arena *a, size_t n)
{
    size_t need = (n + 15) & ~(size_t)15;
    if (need < n)
        return NULL;
    np_arena_block *b = a->head;
    if (!b || b->size - b->used < need) {
        size_t size = need > a->block_size ? need : a->block_size;
        if (size > SIZE_MAX - sizeof *b)
            return NULL;
        b = np_malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->bytes + b->used;
    b->used += need;
    a->total += need;
    memset(p, 0, n);
    return p;
}

char *np_arena_strndup(np_arena *a, const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *d = np_arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *np_arena_strdup(np_arena *a, const char *s)
{
    return s ? np_arena_strndup(a, s, strlen(s)) : NULL;
}

void *np_arena_grow(np_arena *a, void *old, size_t n, size_t *cap, size_t elem)
{
    size_t ncap = *cap ? *cap * 2 : 16;
    if (ncap < *cap || ncap > SIZE_MAX / elem)
        return NULL;
    void *v = np_arena_alloc(a, ncap * elem);
    if (!v)
        return NULL;
    if (n)
        memcpy(v, old, n * elem);
    *cap = ncap;
    return v;
}

void *np_arena_push(np_arena *a, void **v, size_t *n, size_t *cap, size_t elem)
{
    if (*n == *cap) {
        void *nv = np_arena_grow(a, *v, *n, cap, elem);
        if (!nv)
            return NULL;
        *v = nv;
    }
    char *e = (char *)*v + (*n)++ * elem;
    memset(e, 0, elem);
    return e;
}

void np_arena_free(np_arena *a)
{
    if (!a)
        return;
    np_arena_block *b = a->head;
    while (b) {
        np_arena_block *next = b->next;
        np_free(b);
        b = next;
    }
    a->head = NULL;
    a->total = 0;
}
