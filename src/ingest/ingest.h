/*
 * ingest/ingest.h — turn files, folders and stdin into documents.
 *
 * np_ingest_path() reads one path: a folder recursively (sorted, hidden files
 * skipped), a file, or "-" for stdin.  The format comes from the name
 * (.txt .jsonl .html .warc, each optionally .gz) or, when that says nothing,
 * from the content.  Every article found is cleaned and handed to on_doc, which
 * takes ownership of the np_doc.  Problems with one file, line or record
 * (unreadable, binary, invalid UTF-8, malformed JSON, too long) are reported
 * through on_warning with file, line and byte offset, and reading goes on;
 * only a failing on_doc (e.g. the store) or ENOMEM stops the ingest, with that
 * status.
 *
 * Documents whose language is not known from their markup get one guessed
 * from their text (article/lang.h) before on_doc sees them; the classifier is
 * loaded on first use and released by np_ingest_cleanup(), which every user of
 * an np_ingest must call when done.  Without libexttextcat's fingerprints the
 * ingest goes on and leaves doc->language NULL.  An np_ingest is therefore
 * not thread-safe: use one per thread.
 */
#ifndef NP_INGEST_INGEST_H
#define NP_INGEST_INGEST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "core/doc.h"
#include "core/status.h"

typedef enum np_format {
    NP_FORMAT_AUTO = 0,
    NP_FORMAT_TEXT,
    NP_FORMAT_JSONL,
    NP_FORMAT_HTML,
    NP_FORMAT_WARC,
    NP_FORMAT_NONE, /* not an article format: skipped */
} np_format;

const char *np_format_name(np_format f);
/* "auto", "text"/"txt", "jsonl", "html", "warc".  NP_EINVAL otherwise. */
np_status np_format_parse(const char *name, np_format *out);
/* Guess from a file name (may be NULL) and its first bytes (already
 * decompressed if the file is gzip). */
np_format np_format_sniff(const char *name, const unsigned char *head, size_t n);

typedef np_status (*np_doc_fn)(void *ctx, np_doc *doc);

typedef struct np_ingest_stats {
    uint64_t files;     /* input files opened */
    uint64_t bytes;     /* bytes read from them (compressed size) */
    uint64_t docs;      /* documents handed to on_doc */
    uint64_t rejected;  /* files, lines or records reported and skipped */
    uint64_t ignored;   /* files in folders skipped as not articles (README, .json, images) */
} np_ingest_stats;

typedef struct np_ingest {
    np_format format;          /* NP_FORMAT_AUTO to sniff each file */
    size_t max_file_bytes;     /* whole-file formats (text, HTML); default 64 MiB */
    size_t max_line_bytes;     /* one JSONL line; default 64 MiB */
    size_t max_record_bytes;   /* one WARC record; default 64 MiB */
    unsigned long long max_spool_bytes; /* a WARC read from a pipe; default 16 GiB */
    np_doc_fn on_doc;          /* receives each document (ownership passes) */
    np_warn_fn on_warning;     /* may be NULL */
    void *ctx;                 /* passed to both callbacks */
    np_ingest_stats stats;     /* accumulated over calls */
    int skip_language;         /* 1: leave doc->language as the input gave it */
    struct np_langid *langid;  /* private: loaded on first use */
    int langid_tried;          /* private: 1 once loading was attempted */
    struct np_verbs *verbs;    /* private: WordNet's verbs, loaded on the first text file */
} np_ingest;

/* Defaults for the limits; callbacks and ctx are left NULL. */
void np_ingest_init(np_ingest *ig);
/* Release what the ingest loaded (the language classifier, the verbs); the stats stay.
 * Accepts NULL; the np_ingest may be used again afterwards. */
void np_ingest_cleanup(np_ingest *ig);

np_status np_ingest_path(np_ingest *ig, const char *path, np_error *err);
/* Read an already open stream (e.g. stdin) named `name`. */
np_status np_ingest_stream(np_ingest *ig, FILE *in, const char *name, np_error *err);

/* Read one file into a document without storing it (used by `extract`):
 * the first article of the file.  Warnings go to on_warning (may be NULL);
 * when no article comes out, err holds the first of them.  Caller frees *out. */
np_status np_ingest_file_to_doc(const char *path, np_format format, np_warn_fn on_warning,
                                void *ctx, np_doc **out, np_error *err);

#endif
