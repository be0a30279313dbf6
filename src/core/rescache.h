/*
 * core/rescache.h — compact binary caches of parsed language resources
 * (gazetteer, WordNet senses), read with mmap instead of parsing the Debian
 * text files at each start.
 *
 * A cache file is a 64-byte header (magic, the stamp, payload length and
 * hash) and a payload the resource module lays out itself.  The stamp is a
 * hash of the resource's format version and the size and mtime of each
 * source file it was built from: a changed source or format makes the
 * cache stale, and the caller rebuilds it.
 *
 * Where: $NEWSPRISM_CACHE_DIR, else $XDG_CACHE_HOME/newsprism, else
 * $HOME/.cache/newsprism; NEWSPRISM_CACHE_DIR=off disables caching.  A
 * directory that cannot be written only means no cache (the resource is
 * built in memory each time).
 *
 * Ownership: an np_blob owns its bytes (a mapping or a heap buffer);
 * np_blob_free() releases them.  Blobs are read-only once made, so one may
 * be shared by any number of threads.
 */
#ifndef NP_CORE_RESCACHE_H
#define NP_CORE_RESCACHE_H

#include <stddef.h>
#include <stdint.h>

#include "core/status.h"

typedef struct np_blob {
    const unsigned char *data; /* the payload */
    size_t len;
    void *map;      /* mmap'ed file (header included), or NULL */
    size_t map_len;
    void *heap;     /* heap buffer, or NULL */
} np_blob;

#define NP_RESCACHE_HEADER 64

/* Stamp of a resource: its format version, the key (e.g. its source
 * directory) and size + mtime of each source path (absent ones too). */
uint64_t np_rescache_stamp(uint32_t version, const char *key, const char *const *paths, size_t n);
/* Cache file path for resource `name` built with `stamp` into out (cap
 * bytes); 0 when caching is off or no directory is known. */
int np_rescache_path(const char *name, char *out, size_t cap);
/* Map the cache file at path.  NP_ENOTFOUND when absent; NP_EPARSE with a
 * message naming the file when it is not a cache of this stamp: wrong
 * magic, stale stamp, truncated, or its payload hash does not match. */
np_status np_rescache_open(const char *path, uint64_t stamp, np_blob *out, np_error *err);
/* Write payload as the cache file at path (creating its directory), via a
 * temporary file renamed into place so readers never see half a file. */
np_status np_rescache_write(const char *path, uint64_t stamp, const void *payload, size_t len, np_error *err);
/* A blob over a heap buffer (taken: freed by np_blob_free). */
void np_blob_from_heap(np_blob *b, void *heap, size_t len);
void np_blob_free(np_blob *b);

#endif
