/* extract/analysis.c — every analyser over one text (see analysis.h). */
#include "extract/analysis.h"

#include <string.h>

#include "core/mem.h"
#include "extract/entity.h"
#include "extract/internal.h"
#include "extract/number.h"

/* A figure read as an age after a name ("Pavel Rusk, 47,") stays one only
 * when a person's mention ends there: "Norway, 14, and Sweden, 9" are
 * counts of nothing said, a country's. */
static void keep_ages_of_people(np_analysis *an)
{
    for (size_t i = 0; i < an->n_numbers; i++) {
        np_number_mention *m = &an->numbers[i];
        if (!(m->flags & NP_NUM_AGE))
            continue;
        size_t at = m->start;
        while (at > 0 && (an->text[at - 1] == ' ' || an->text[at - 1] == ',' || an->text[at - 1] == '('))
            at--;
        size_t e = np_mention_at_or_after(an->ents, an->n_ents, at);
        int person = e > 0 && an->ents[e - 1].end == at && an->ents[e - 1].type == NP_ENT_PERSON;
        /* "aged 47" names no one before it: the word says it is an age */
        int aged = at >= 4 && !memcmp(an->text + at - 4, "aged", 4);
        if (!person && !aged) {
            m->flags &= ~(unsigned)NP_NUM_AGE;
            m->unit = NULL;
        }
    }
}

np_status np_analyze(const char *text, size_t len, const char *published,
                     np_stemmer *st, const np_gazetteer *gz, np_arena *arena,
                     np_analysis *out)
{
    memset(out, 0, sizeof *out);
    if (!text || !arena)
        return NP_EINVAL;
    out->text = text;
    out->len = len;
    np_span *sents = NULL;
    size_t ns = 0;
    np_status s = np_sentences_split(text, len, &sents, &ns);
    if (s != NP_OK)
        return s;
    /* sentences move into the arena so everything is freed together */
    if (ns) {
        out->sents = np_arena_alloc(arena, ns * sizeof *out->sents);
        if (!out->sents) {
            np_free(sents);
            return NP_ENOMEM;
        }
        memcpy(out->sents, sents, ns * sizeof *sents);
    }
    np_free(sents);
    out->n_sents = ns;
    if ((s = np_tokenize(text, len, st, arena, &out->tokens, &out->n_tokens)) != NP_OK)
        return s;
    const np_token *tk = out->tokens;
    size_t nt = out->n_tokens;
    if ((s = np_entities_find_tok(text, len, tk, nt, out->sents, ns, gz, arena, &out->ents, &out->n_ents)) != NP_OK)
        return s;
    if ((s = np_quotes_find_tok(text, len, tk, nt, out->sents, ns, out->ents, out->n_ents, arena, &out->quotes,
                                &out->n_quotes)) != NP_OK)
        return s;
    if ((s = np_dates_find_tok(text, len, tk, nt, published, arena, &out->dates, &out->n_dates)) != NP_OK)
        return s;
    if ((s = np_numbers_find_tok(text, len, tk, nt, arena, &out->numbers, &out->n_numbers)) != NP_OK)
        return s;
    keep_ages_of_people(out);
    return NP_OK;
}

np_status np_analysis_redate(np_analysis *an, const char *published, np_arena *arena)
{
    if (!an || !arena)
        return NP_EINVAL;
    return np_dates_find_tok(an->text, an->len, an->tokens, an->n_tokens, published, arena, &an->dates,
                             &an->n_dates);
}
