/*
 * core/doc.h — the document every stage passes along: one article with its
 * cleaned body and metadata.
 *
 * Ownership: every string field is a separate heap allocation owned by the
 * np_doc (NULL when unknown).  np_doc_free() frees the fields and the struct.
 * Setters replace and free the previous value.  Dates are ISO 8601
 * ("YYYY-MM-DD", or with a time "YYYY-MM-DDTHH:MM:SSZ" or with the page's own
 * offset "YYYY-MM-DDTHH:MM:SS-08:00": the first ten bytes are the local day).
 */
#ifndef NP_CORE_DOC_H
#define NP_CORE_DOC_H

#include <stdint.h>

#include "core/status.h"

typedef struct np_doc {
    int64_t rowid;       /* store row id, 0 until stored */
    char *key;           /* stable name: input file base name, JSONL id, WARC record id */
    char *source;        /* where it was read: path, "-" for stdin, with ":line" or "@offset" */
    char *format;        /* "text", "jsonl", "html", "warc" */
    char *url;           /* canonical URL if known */
    char *title;
    char *outlet;        /* publication name or domain */
    char *author;        /* person name(s), comma-separated */
    char *published;     /* ISO date of publication */
    char *modified;      /* ISO date of last modification */
    char *dateline;      /* place of the dateline ("Berlin", "Bishkek, Kyrgyzstan") */
    char *language;      /* ISO 639-1 code */
    char *description;   /* deck / summary line */
    char *text;          /* cleaned body: paragraphs separated by a blank line */
    char *content_hash;  /* 32 hex digits over the cleaned body, set by np_doc_finish */
    char *extraction;    /* HTML only: the pass that found the text ("main", "wider", "density", "jsonld", "description"); not stored */
} np_doc;

/* New empty document, or NULL on ENOMEM. */
np_doc *np_doc_new(void);
/* Free a document and all its fields.  Accepts NULL. */
void np_doc_free(np_doc *doc);
/* Replace *field with a copy of value (NULL clears).  NP_ENOMEM on failure,
 * leaving the old value in place. */
np_status np_doc_set(char **field, const char *value);
/* Same, but for the first n bytes of value. */
np_status np_doc_setn(char **field, const char *value, size_t n);
/* Take ownership of value (heap string) into *field, freeing the old one. */
void np_doc_take(char **field, char *value);
/* Compute content_hash from text (and nothing else, so a re-fetch of the same
 * body is recognised).  NP_EEMPTY when the body is empty. */
np_status np_doc_finish(np_doc *doc);

#endif
