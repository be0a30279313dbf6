/*
 * extract/analysis.h — run every analyser over one document's text in one
 * call: sentences, tokens, entities, quotes, dates, numbers.
 *
 * Ownership: every array in np_analysis lives in the caller's arena (free the
 * arena to release it); the text is borrowed and must outlive the use of the
 * offsets.  st (stemmer) may be NULL (no stems); gz may be NULL (built-in
 * place list).  Thread safety: one np_stemmer per thread; gz is shareable.
 */
#ifndef NP_EXTRACT_ANALYSIS_H
#define NP_EXTRACT_ANALYSIS_H

#include <stddef.h>

#include "core/arena.h"
#include "core/status.h"
#include "extract/date.h"
#include "extract/entity.h"
#include "extract/number.h"
#include "extract/quote.h"
#include "text/gazetteer.h"
#include "text/sentence.h"
#include "text/token.h"

typedef struct np_analysis {
    const char *text;
    size_t len;
    np_span *sents;            size_t n_sents;
    np_token *tokens;          size_t n_tokens;
    np_entity_mention *ents;   size_t n_ents;
    np_quote *quotes;          size_t n_quotes;
    np_date_mention *dates;    size_t n_dates;
    np_number_mention *numbers; size_t n_numbers;
} np_analysis;

/* published: "YYYY-MM-DD" or NULL. */
np_status np_analyze(const char *text, size_t len, const char *published,
                     np_stemmer *st, const np_gazetteer *gz, np_arena *arena,
                     np_analysis *out);
/* Resolve an's dates again against another published date (a stored
 * analysis used in a story whose reference date differs); the rest of the
 * analysis does not depend on it. */
np_status np_analysis_redate(np_analysis *an, const char *published, np_arena *arena);

#endif
