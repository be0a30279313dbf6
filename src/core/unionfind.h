/*
 * core/unionfind.h — disjoint sets over the indices of a caller's array.
 *
 * parent[i] == i marks a root; the caller allocates parent (one uint32_t
 * per element, each set to its own index) and frees it.  Finding halves
 * the path it walks; joining makes the smaller root the root of both, so a
 * set's root is its first member in index order whatever the join order.
 */
#ifndef NP_CORE_UNIONFIND_H
#define NP_CORE_UNIONFIND_H

#include <stdint.h>

/* The root of i's set. */
uint32_t np_uf_find(uint32_t *parent, uint32_t i);
/* Merge the sets of a and b (the smaller root stays root). */
void np_uf_join(uint32_t *parent, uint32_t a, uint32_t b);

#endif
