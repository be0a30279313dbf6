/*
 * extract/internal.h — token-sharing entry points used inside extract/ (by
 * np_analyze and between extractors), so one article is tokenized once.
 * Same contracts as the public functions; `tok`/`ntok` is the article's
 * np_tokenize() output (stems not needed), or NULL to tokenize internally.
 */
#ifndef NP_EXTRACT_INTERNAL_H
#define NP_EXTRACT_INTERNAL_H

#include "extract/date.h"
#include "extract/entity.h"
#include "extract/number.h"
#include "extract/quote.h"
#include <string.h>

#include "text/token.h"

np_status np_dates_find_tok(const char *text, size_t len, const np_token *tok, size_t ntok,
                            const char *published, np_arena *arena, np_date_mention **out, size_t *n);
np_status np_numbers_find_tok(const char *text, size_t len, const np_token *tok, size_t ntok,
                              np_arena *arena, np_number_mention **out, size_t *n);
np_status np_entities_find_tok(const char *text, size_t len, const np_token *tok, size_t ntok,
                               const np_span *sents, size_t n_sents, const np_gazetteer *gz,
                               np_arena *arena, np_entity_mention **out, size_t *n);
np_status np_quotes_find_tok(const char *text, size_t len, const np_token *tok, size_t ntok,
                             const np_span *sents, size_t n_sents, const np_entity_mention *mentions,
                             size_t n_mentions, np_arena *arena, np_quote **out, size_t *n);

/* Token i exists and its normalised form is w. */
static inline int np_tok_is(const np_token *t, size_t n, size_t i, const char *w)
{
    /* the first byte first: most tokens differ there, and this is asked of
     * nearly every token for many words */
    return i < n && t[i].norm[0] == w[0] && strcmp(t[i].norm, w) == 0;
}

#endif
