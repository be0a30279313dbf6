/*
 * tests/unit/testutil.h — helpers shared by the cmocka unit tests.
 */
#ifndef NP_TESTUTIL_H
#define NP_TESTUTIL_H

#include <stddef.h>
#include <stdarg.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "compare/brief.h"
#include "core/doc.h"

/* Path of ../shared next to the repository, or NULL when it is absent
 * (tests that need it call skip()).  Static storage; do not free. */
const char *np_test_shared_dir(void);
/* Repository root (static storage). */
const char *np_test_root(void);
/* Whole file into a new NUL-terminated heap buffer (caller frees), or NULL. */
char *np_test_read_file(const char *path, size_t *len);
/* Write bytes to path; returns 0 on success. */
int np_test_write_file(const char *path, const void *data, size_t len);
/* A fresh temporary directory (caller frees the string). */
char *np_test_tmpdir(void);

/* A document for brief tests: key and outlet `key`, publication date
 * `published` (may be NULL), body `text`.  Caller frees (np_doc_free). */
np_doc *np_test_doc(const char *key, const char *published, const char *text);
/* The brief (story 1) of n documents keyed and named "a.txt", "b.txt", ...
 * with texts[i], all published on `published` (may be NULL); fails the
 * test when the brief cannot be built.  Caller frees (np_brief_free). */
np_brief *np_test_brief(const char *published, const char *const *texts, size_t n);

#endif
