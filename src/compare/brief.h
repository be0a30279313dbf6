/*
 * compare/brief.h — the cross-source brief of one story.
 *
 * np_brief_build() analyses the documents of one story (sentences, entities,
 * quotes, dates, numbers), aligns them across outlets and produces facts with
 * their supporting outlets, quote groups with per-outlet wordings, entities
 * with their variants, numbers, discrepancies, framing terms per outlet, a
 * merged timeline and a short summary.  The brief borrows nothing: it copies
 * what it keeps, so the documents may be freed after the call.
 * np_brief_free() releases it (accepts NULL).
 */
#ifndef NP_COMPARE_BRIEF_H
#define NP_COMPARE_BRIEF_H

#include <stddef.h>
#include <stdint.h>

#include "core/doc.h"
#include "core/status.h"

typedef struct np_brief np_brief;

np_status np_brief_build(np_doc *const *docs, size_t n_docs, int64_t story_id,
                         np_brief **out, np_error *err);
void np_brief_free(np_brief *brief);

/* The language resources a brief needs (WordNet-backed gazetteer and
 * synonym senses), loaded once for building many briefs: loading them costs
 * more than briefing a handful of articles.  Read-only after creation, so
 * one env may be shared by threads.  wordnet_dir NULL = /usr/share/wordnet;
 * a missing WordNet is not an error (built-in lists, no synonyms).
 * np_brief_build() is np_brief_build_env() with a temporary env. */
typedef struct np_brief_env np_brief_env;

np_brief_env *np_brief_env_new(const char *wordnet_dir, np_error *err);
void np_brief_env_free(np_brief_env *env);
np_status np_brief_build_env(const np_brief_env *env, np_doc *const *docs, size_t n_docs,
                             int64_t story_id, np_brief **out, np_error *err);

/* Stored analyses (extract/analysis_codec.h): in[i] (in_len[i] bytes) is
 * document i's stored blob or NULL; a good one is used instead of analysing
 * the text again.  When out is not NULL, out[i] receives a fresh malloc'ed
 * blob for each document analysed now (NULL for the others): the caller
 * stores it and frees it.  reused/computed count the two cases.  The brief
 * is the same whichever way each analysis came. */
typedef struct np_brief_analyses {
    const void *const *in;
    const size_t *in_len;
    void **out;
    size_t *out_len;
    size_t reused, computed;
} np_brief_analyses;
np_status np_brief_build_with(const np_brief_env *env, np_doc *const *docs, size_t n_docs, int64_t story_id,
                              np_brief_analyses *analyses, np_brief **out, np_error *err);

#endif
