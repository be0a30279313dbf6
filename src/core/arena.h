/*
 * core/arena.h — bump allocator for everything one article's analysis needs.
 *
 * Allocations are never freed one by one; np_arena_free() releases all of
 * them at once.  Memory is 16-byte aligned.  The arena owns every block it
 * hands out; callers must copy out anything that must outlive it.
 */
#ifndef NP_CORE_ARENA_H
#define NP_CORE_ARENA_H

#include <stddef.h>

typedef struct np_arena_block np_arena_block;
typedef struct np_arena {
    np_arena_block *head; /* most recent block */
    size_t block_size;    /* default size of new blocks */
    size_t total;         /* bytes handed out, for statistics */
} np_arena;

void np_arena_init(np_arena *a, size_t block_size);
/* NULL on ENOMEM.  Zeroed memory. */
void *np_arena_alloc(np_arena *a, size_t n);
char *np_arena_strndup(np_arena *a, const char *s, size_t n);
char *np_arena_strdup(np_arena *a, const char *s);
/* Room for one more element in an arena-backed array of n elements of
 * size elem: a copy with doubled capacity (*cap is updated), or NULL on
 * ENOMEM.  The old block stays in the arena until np_arena_free. */
void *np_arena_grow(np_arena *a, void *old, size_t n, size_t *cap, size_t elem);
/* Append one zeroed element of size elem to the arena-backed array *v of
 * *n elements (room *cap), growing it with np_arena_grow when full: the new
 * element, or NULL on ENOMEM (the array is left as it was). */
void *np_arena_push(np_arena *a, void **v, size_t *n, size_t *cap, size_t elem);
/* Release every block.  Accepts NULL.  The arena can be reused after. */
void np_arena_free(np_arena *a);

#endif
