/*
 * compare/brief_model.h — the layout of an np_brief, shared by compare/ (which
 * builds it) and render/ (which prints it).  Not for other modules: they only
 * see the opaque np_brief of compare/brief.h.
 *
 * Ownership: every string and every REF array lives in brief->arena; the
 * top-level section arrays are np_malloc'd and freed by np_brief_free().
 * A REF names its document by index into brief->docs.
 */
#ifndef NP_COMPARE_BRIEF_MODEL_H
#define NP_COMPARE_BRIEF_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "compare/brief.h"
#include "core/arena.h"

typedef struct np_bref {
    int doc;          /* index into brief->docs */
    const char *text; /* exact words from that document */
} np_bref;

typedef struct np_brief_doc {
    const char *key, *title, *published, *author, *outlet, *text;
    size_t same_text_as; /* 1 + index into brief->docs of an earlier document
                          * printing the same text (a syndicated copy); 0: none */
} np_brief_doc;

typedef struct np_brief_fact {
    const char *summary;
    np_bref *support; size_t n_support;
    size_t n_docs;    /* distinct documents among support */
    size_t n_independent; /* of those, the independent confirmations: outlets
                           * printing the same wire copy (near-identical
                           * wording, or the same agency credit such as
                           * "(Reuters)") count once */
    double score;     /* alignment strength, for ordering */
    const char *speaker; /* a single-source fact that is one outlet's quotation naming nobody (a
                          * paragraph that goes on with a statement): who said it, in the brief's
                          * arena; else NULL */
    np_bref context;     /* a single-source fact whose sentence leans on the one before it ("It
                          * destroyed thousands of homes": which "it"?): that sentence, for
                          * "he"/"she" only when it surely holds the person meant; doc -1 and
                          * text NULL otherwise */
} np_brief_fact;

typedef struct np_brief_quote {
    const char *speaker;
    np_bref *variants; size_t n_variants;
    size_t n_docs;
} np_brief_quote;

typedef struct np_brief_entity {
    const char *name;
    const char *type; /* "PERSON", "ORG", "PLACE", "OTHER" */
    np_bref *variants; size_t n_variants;
    size_t n_docs, n_mentions;
} np_brief_entity;

/* A quantity one document states (ranks such as "the third case" are not
 * listed). */
typedef struct np_brief_number {
    int doc;
    const char *text;
    double value;
    const char *unit; /* what it counts ("people", "metre"), the ISO 4217 code of a sum of
                       * money ("USD"), "percent" for a share; or NULL */
    int tally;        /* a vote or a score ("5-4"): value and against are its two counts */
    double against;
} np_brief_number;

typedef struct np_brief_discrepancy {
    const char *kind; /* "number", "date", "attribution", "contradiction" */
    const char *what;
    const char *explain; /* one line: what differs (quantity, subject, values) */
    np_bref *items; size_t n_items;
} np_brief_discrepancy;

typedef struct np_brief_term {
    const char *term;     /* surface word as used, lower case */
    const char *category; /* lexicon category, or "over-represented" */
    np_bref sentence;     /* the sentence of the use shown (text NULL if none) */
    const int *also;      /* the other documents that use the word too, in their own voice (few: the
                           * contrast allows some), in the brief's arena; NULL when none */
    size_t n_also;
} np_brief_term;

typedef struct np_brief_framing {
    int doc;
    np_brief_term *terms; size_t n_terms;
} np_brief_framing;

typedef struct np_brief_event {
    char date[11];        /* "YYYY-MM-DD" or "YYYY-MM" */
    const char *event;    /* a sentence describing it */
    np_bref *sources; size_t n_sources;
} np_brief_event;

typedef struct np_brief_summary {
    const char *text;
    np_bref *sources; size_t n_sources;
} np_brief_summary;

struct np_brief {
    int64_t story_id;
    np_arena arena;
    np_brief_doc *docs;                   size_t n_docs;
    np_brief_fact *facts;                 size_t n_facts;
    np_brief_quote *quotes;               size_t n_quotes;
    np_brief_entity *entities;            size_t n_entities;
    np_brief_number *numbers;             size_t n_numbers;
    np_brief_discrepancy *discrepancies;  size_t n_discrepancies;
    np_brief_framing *framing;            size_t n_framing;
    np_brief_event *timeline;             size_t n_timeline;
    np_brief_summary *summary;            size_t n_summary;
};

#endif
