/*
 * store/store_internal.h — what the store's sibling files (search.c,
 * briefcache.c) need from store.c: the connection and its path.  Not for
 * other modules: SQLite stays inside src/store/.  Both are borrowed and live
 * as long as the np_store.
 */
#ifndef NP_STORE_STORE_INTERNAL_H
#define NP_STORE_STORE_INTERNAL_H

#include <sqlite3.h>

#include "store/store.h"

sqlite3 *np_store_sqlite(np_store *st);
const char *np_store_path(const np_store *st);

#endif
