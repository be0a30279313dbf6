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
#include "compare/brief_model.h"
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
/* np_test_brief of the texts each opening on a lead of its own: five
 * sentences on an unrelated subject, a different one per document (up to
 * six), so that the sentences under test are not among the first claims of
 * their article, which the single-source section treats apart (an
 * article's lead tells the event every outlet reports: compare/singles.c,
 * LEAD_CLAIMS and NEAR_LEAD_CLAIMS). */
np_brief *np_test_brief_led(const char *published, const char *const *texts, size_t n);
/* np_test_brief of three texts (a.txt, b.txt, c.txt). */
np_brief *np_test_brief3(const char *published, const char *a, const char *b, const char *c);

/* Does one of the n refs r cite document `key` with a text holding needle? */
int np_test_cites(const np_brief *b, const np_bref *r, size_t n, const char *key, const char *needle);
/* Does some fact cite ka's sentence holding na and kb's holding nb? */
int np_test_together(const np_brief *b, const char *ka, const char *na, const char *kb, const char *nb);
/* Does some fact cite key's sentence holding needle? */
int np_test_in_any_fact(const np_brief *b, const char *key, const char *needle);
/* The first discrepancy whose items' texts hold x and y, or NULL. */
const np_brief_discrepancy *np_test_disc_with(const np_brief *b, const char *x, const char *y);

#endif
