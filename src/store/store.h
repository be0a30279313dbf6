/*
 * store/store.h — the store: documents, stories, membership.
 *
 * Two backends behind one operations table (store_ops.h), picked by the
 * location given to np_store_open:
 *  - a file path: embedded SQLite.  The schema is versioned with PRAGMA
 *    user_version; the journal is WAL so readers never block the writer.
 *    Only one process writes at a time (SQLite's write lock).
 *  - a postgresql:// or postgres:// URL (libpq connection URI): PostgreSQL.
 *    The schema is versioned in a schema_version table; many processes on
 *    many machines may ingest into one database at once (see "Many workers"
 *    below).  Errors carry libpq's message; a password in the URL is never
 *    repeated in an error.
 * Both upgrade the schema by ordered migrations when the store is opened and
 * refuse a store whose version is newer than the build's.
 *
 * One np_store is one open database connection (not shared between threads).
 * Callers group writes into batches with np_store_begin/commit: a document is
 * durable exactly when the batch that added it committed, and a killed
 * process (kill -9) loses only its open transaction.
 *
 * Many workers (PostgreSQL).  Documents: the content hash is UNIQUE and a
 * document is inserted with ON CONFLICT DO NOTHING, so two workers storing
 * the same article store it once (the second waits for the first's batch to
 * commit and then finds its row).  Grouping: the online grouper's state (the
 * window of recent stories, document frequencies, copy detection) depends on
 * every document placed before, so placing two sets of documents in
 * parallel (disjoint row claims with FOR UPDATE SKIP LOCKED) would not give
 * the partition one grouper gives: each side would miss the other's new
 * stories and split them.  Grouping is therefore serialised, not
 * partitioned: np_store_begin_group opens a transaction holding a
 * transaction-scoped advisory lock (SQLite: the write lock, BEGIN
 * IMMEDIATE); the holder claims every committed document without a story,
 * a batch at a time, and commits its placements, which releases the lock.
 * A worker that finds the lock held waits, then groups whatever is still
 * without a story.  The order of placement must not depend on which worker
 * stored what first: on PostgreSQL the waiting documents are claimed in
 * order of (key, content hash), not of id (ids interleave between workers);
 * keys are file names or JSONL ids, so for a directory or a numbered stream
 * that is input order, SQLite's id order for one worker.  And the grouping
 * should run once, after the last batch of every worker, not while other
 * workers still commit (a pass that sees part of their documents places
 * them in a different batch than one worker would): every ingest run holds
 * a shared session advisory lock
 * while it stores (np_store_ingest_enter); when it leaves it releases it
 * and tries the exclusive one: only the run that gets it (no other run is
 * still storing) groups; the others leave the grouping to it.  Of workers
 * that finish together one always gets it, because each releases its
 * shared lock only after its last commit.  So workers started together on
 * parts of one input give the partition one worker gives on all of it.
 * Session and transaction locks die with their connection: a worker killed
 * with -9 loses only its open transaction (its batch or its uncommitted
 * placements); if it was the last one, its committed documents wait without
 * a story for the next ingest or `newsprism group`.  Limit: while ingest
 * runs overlap without end, nobody is last; run `newsprism group` (which
 * groups at once) periodically then.
 *
 * Known limit: two workers whose open batches hold the same two articles in
 * opposite order wait for each other; PostgreSQL then aborts one of them
 * ("deadlock detected", NP_EDB): its committed batches stay and a rerun of
 * its input stores the rest.
 *
 * Ownership: functions returning np_doc* / arrays give the caller new heap
 * objects to free with np_doc_free / np_store_docs_free / free.  Strings
 * passed in are borrowed.
 */
#ifndef NP_STORE_STORE_H
#define NP_STORE_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "core/doc.h"
#include "core/status.h"

typedef struct np_store np_store;

/* The schema version this build writes; a store with a newer version is
 * refused (NP_EUNSUPPORTED) rather than damaged.  (SQLite's; PostgreSQL's
 * own migrations are counted separately in pg_store.c.) */
#define NP_STORE_SCHEMA_VERSION 2

/* Open (creating if needed) the store at path (a file, or a postgresql://
 * URL) and migrate it.  An empty path is NP_EINVAL (SQLite would make a
 * throw-away database of it). */
np_status np_store_open(const char *path, np_store **out, np_error *err);
/* The same; with create == 0 a missing file (PostgreSQL: a database
 * without the schema) is NP_ENOTFOUND instead of a new empty store (for
 * commands that only read). */
np_status np_store_open_mode(const char *path, int create, np_store **out, np_error *err);
/* Close; accepts NULL.  An open batch is rolled back. */
void np_store_close(np_store *st);

np_status np_store_begin(np_store *st, np_error *err);
np_status np_store_commit(np_store *st, np_error *err);
void np_store_rollback(np_store *st);
/* Begin the transaction that groups documents: like np_store_begin, and
 * holding the grouping lock until commit/rollback (see "Many workers"). */
np_status np_store_begin_group(np_store *st, np_error *err);
/* An ingest run announces itself before its first batch and leaves after
 * its last commit; *last is 1 when no other ingest run is still going on
 * this store (then this run groups), 0 when another one is (it will group
 * when it leaves).  SQLite: always last.  See "Many workers". */
np_status np_store_ingest_enter(np_store *st, np_error *err);
np_status np_store_ingest_leave(np_store *st, int *last, np_error *err);

/* Insert a document (doc->content_hash must be set, see np_doc_finish).
 * *inserted is 1 when stored, 0 when a document with the same content hash
 * already exists (then nothing changes).  Sets doc->rowid either way.  A
 * body already stored from another site (both documents' URLs name a host,
 * and the hosts differ) is that site's copy: it is stored, its
 * content_hash replaced by the body hash keyed with its site. */
np_status np_store_put_doc(np_store *st, np_doc *doc, int *inserted, np_error *err);

/* The same as n calls of np_store_put_doc, in order (a document repeating
 * an earlier one of the same call gets its rowid and inserted[i] = 0), but
 * in as few round trips as the backend allows: PostgreSQL sends up to
 * NP_STORE_PUT_MAX documents in one statement, because each statement is a
 * round trip to the server and at one a document ingest waits on the
 * network (or, on a loaded machine, on the scheduler) more than it works.
 * docs[] stay the caller's; inserted has n entries.  Nothing of the call
 * is stored when it fails (inside a transaction: roll back). */
#define NP_STORE_PUT_MAX 64
np_status np_store_put_docs(np_store *st, np_doc *const *docs, size_t n, int *inserted,
                            np_error *err);

/* Look a document up by numeric id ("12") or key (file base name, JSONL id,
 * URL); an exact id match wins over a key that looks like a number.
 * NP_ENOTFOUND if absent. */
np_status np_store_get_doc(np_store *st, const char *ref, np_doc **out, np_error *err);

/* Count of stored documents. */
np_status np_store_count_docs(np_store *st, int64_t *out, np_error *err);

/* Lightweight document row for listings and grouping (no text). */
typedef struct np_doc_list {
    np_doc **docs;  /* array of n owned documents */
    size_t n;
} np_doc_list;
void np_store_docs_free(np_doc_list *list);

/* All documents with rowid > after_rowid, in rowid order, with text when
 * with_text is non-zero. */
np_status np_store_docs_after(np_store *st, int64_t after_rowid, int with_text,
                              np_doc_list *out, np_error *err);

/* Stories. */
typedef struct np_story_member {
    int64_t id;
    char *key, *outlet, *title, *published; /* owned; NULL when unknown */
    int64_t duplicate_of;                   /* document it copies, 0 if none */
} np_story_member;

typedef struct np_story_row {
    int64_t id;
    char *label;         /* representative title */
    int64_t n_docs;
    int64_t n_outlets;
    char *first_published, *last_published;
    np_story_member *members; /* filled by np_store_story_members, else NULL */
    size_t n_members;
} np_story_row;
typedef struct np_story_list {
    np_story_row *rows;
    size_t n;
} np_story_list;
void np_store_stories_free(np_story_list *list);

/* Stories, largest first. */
np_status np_store_list_stories(np_store *st, np_story_list *out, np_error *err);
/* The documents of a story (with text), in publication order. */
np_status np_store_story_docs(np_store *st, int64_t story_id, np_doc_list *out, np_error *err);
/* The story a document belongs to, 0 when none. */
np_status np_store_doc_story(np_store *st, int64_t doc_id, int64_t *story_id, np_error *err);

/* Number of documents with grouping features but no story yet. */
np_status np_store_count_ungrouped(np_store *st, int64_t *out, np_error *err);

/* Create a story (label borrowed); *story_id receives its id. */
np_status np_store_new_story(np_store *st, const char *label, int64_t *story_id, np_error *err);
/* Create a story labelled with document doc_id's title (its key when it has
 * none) in one statement: grouping starts a story for most new events, and
 * reading the whole document back for its title cost PostgreSQL a second
 * round trip and the text.  NP_ENOTFOUND when there is no such document. */
np_status np_store_new_story_of_doc(np_store *st, int64_t doc_id, int64_t *story_id,
                                    np_error *err);
/* Put a document into a story (moving it out of any other), recording the
 * document it duplicates (0 for none). */
np_status np_store_assign(np_store *st, int64_t doc_id, int64_t story_id,
                          int64_t duplicate_of, np_error *err);
/* Remove stories left without documents. */
np_status np_store_prune_stories(np_store *st, np_error *err);

/* Grouping features of a document, kept so that grouping new documents does
 * not re-analyse old ones.  `blob` is opaque to the store. */
np_status np_store_put_features(np_store *st, int64_t doc_id, const void *blob,
                                size_t len, np_error *err);
typedef np_status (*np_feature_fn)(void *ctx, int64_t doc_id, int64_t story_id,
                                   const void *blob, size_t len);

/* Fold story from into story into: its documents move, from becomes an alias
 * of into (and so do from's own aliases), and story from is deleted. */
np_status np_store_merge_stories(np_store *st, int64_t from, int64_t into, np_error *err);
/* The current id of a story id that may have been merged away (*out = id when
 * it is not an alias). */
np_status np_store_resolve_story(np_store *st, int64_t id, int64_t *out, np_error *err);
/* Calls fn for each of the last `window` documents that have features and a
 * story, in rowid order (grouping keeps only that window in memory). */
np_status np_store_each_recent_features(np_store *st, int64_t window, np_feature_fn fn,
                                        void *ctx, np_error *err);
/* The first `limit` documents (rowid order) that have features and no story;
 * story_id is 0 in the callback. */
np_status np_store_each_ungrouped_features(np_store *st, int64_t limit, np_feature_fn fn,
                                           void *ctx, np_error *err);
/* The copy group of a document: every document linked to it by copying
 * (syndicated or near-identical texts), itself included, ascending ids.
 * *ids is a new array the caller frees with np_free. */
np_status np_store_copy_group(np_store *st, int64_t doc_id, int64_t **ids, size_t *n,
                              np_error *err);
/* Fill each row's members (documents without text, publication order). */
np_status np_store_story_members(np_store *st, np_story_list *list, np_error *err);

/* Analysis of a document in an opaque encoding tagged with its version
 * (extract/analysis_codec.h; replaces what was stored for doc_id;
 * NP_ENOTFOUND when no document doc_id is stored).  Reading: *data=NULL,
 * *len=0 when none is stored with that version (the caller analyses again
 * and puts the new blob); the caller frees *data with free(). */
np_status np_store_put_analysis(np_store *st, int64_t doc_id, uint32_t version, const void *data,
                                size_t len, np_error *err);
np_status np_store_get_analysis(np_store *st, int64_t doc_id, uint32_t version, void **data,
                                size_t *len, np_error *err);

/* The location to show a user: a PostgreSQL URL without its password and
 * parameters ("postgresql://user@host:5432/db"); a path as it is.  A new
 * string (np_free); NULL when out of memory. */
char *np_store_redact(const char *location);

/* The backend's name: "sqlite" or "postgresql". */
const char *np_store_backend(const np_store *st);

/* SQLite: PRAGMA quick_check; PostgreSQL: the connection answers and the
 * schema is there. NP_EDB with the message if the file is damaged. */
np_status np_store_check(np_store *st, np_error *err);

#endif
