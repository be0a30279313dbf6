/*
 * compare/framing.c — per outlet, the judgement-laden words the other
 * outlets of the story do not use.
 *
 * Terms come from the compiled-in lexicon (framing_lexicon.c): single words
 * match by Snowball stem (so "dictators" finds "dictator"), phrases match
 * word by word ("so-called" = "so" "called").  Contrast: a term is reported
 * for a document when at most a tenth of the other documents use it (none
 * of them in stories of up to ten outlets) — a label everyone uses is the
 * story's vocabulary, not one outlet's framing.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "core/mem.h"

#define MAX_PHRASE 4

typedef struct lex_word {
    const char *stem;               /* single words */
    char words[MAX_PHRASE][24];     /* phrases: normalised words */
    int n_words;
} lex_word;

static const char *lex_key(const lex_word *w) { return w->stem ? w->stem : w->words[0]; }

np_status np_compare_framing(np_story *s)
{
    np_brief *b = s->brief;
    size_t L = np_framing_lexicon_len, D = s->n_docs;
    if (!D)
        return NP_OK;
    lex_word *lw = np_arena_alloc(&s->work, L * sizeof *lw);
    /* use[d * L + e]: first token index + 1 where doc d uses entry e */
    uint32_t *use = np_calloc(D * L, sizeof *use);
    uint32_t *use_end = np_calloc(D * L, sizeof *use_end);
    uint32_t *n_docs = np_calloc(L, sizeof *n_docs);
    np_status st = NP_OK;
    if (!lw || !use || !use_end || !n_docs) {
        st = NP_ENOMEM;
        goto done;
    }
    for (size_t e = 0; e < L; e++) {
        const char *w = np_framing_lexicon[e].word;
        size_t n = strlen(w);
        if (!strpbrk(w, " -")) {
            lw[e].stem = np_stem(s->st, w, n, &s->work);
            if (!lw[e].stem) {
                st = NP_ENOMEM;
                goto done;
            }
            continue;
        }
        size_t i = 0;
        while (i < n && lw[e].n_words < MAX_PHRASE) {
            size_t j = i;
            while (j < n && w[j] != ' ' && w[j] != '-')
                j++;
            size_t k = j - i < 23 ? j - i : 23;
            memcpy(lw[e].words[lw[e].n_words], w + i, k);
            lw[e].words[lw[e].n_words][k] = '\0';
            lw[e].n_words++;
            i = j + 1;
        }
    }
    /* entries sorted by their key (stem, or first word of a phrase) so each
     * token costs one binary search instead of a pass over the lexicon */
    size_t *ord = np_arena_alloc(&s->work, L * sizeof *ord);
    if (!ord) {
        st = NP_ENOMEM;
        goto done;
    }
    for (size_t e = 0; e < L; e++)
        ord[e] = e;
    for (size_t i = 1; i < L; i++) /* insertion sort: L is small */
        for (size_t j = i; j > 0 && strcmp(lex_key(&lw[ord[j - 1]]), lex_key(&lw[ord[j]])) > 0; j--) {
            size_t t = ord[j];
            ord[j] = ord[j - 1];
            ord[j - 1] = t;
        }
    for (size_t d = 0; d < D; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_tokens; k++) {
            const np_token *tk = &an->tokens[k];
            if (!(tk->flags & NP_TOK_WORD) || !tk->norm)
                continue;
            for (int pass = 0; pass < 2; pass++) {
                const char *key = pass == 0 ? tk->stem : tk->norm;
                if (!key)
                    continue;
                size_t lo = 0, hi = L;
                while (lo < hi) {
                    size_t mid = (lo + hi) / 2;
                    if (strcmp(lex_key(&lw[ord[mid]]), key) < 0)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                for (; lo < L && strcmp(lex_key(&lw[ord[lo]]), key) == 0; lo++) {
                    size_t e = ord[lo];
                    if (use[d * L + e] || (pass == 0) != (lw[e].stem != NULL))
                        continue;
                    size_t last = k;
                    if (!lw[e].stem) {
                        int ok = 1;
                        for (int q = 1; q < lw[e].n_words && ok; q++)
                            ok = k + (size_t)q < an->n_tokens &&
                                 strcmp(an->tokens[k + (size_t)q].norm, lw[e].words[q]) == 0;
                        if (!ok)
                            continue;
                        last = k + (size_t)lw[e].n_words - 1;
                    }
                    use[d * L + e] = (uint32_t)k + 1;
                    use_end[d * L + e] = (uint32_t)last + 1;
                    n_docs[e]++;
                }
            }
        }
    }
    b->framing = np_calloc(D, sizeof *b->framing);
    if (!b->framing) {
        st = NP_ENOMEM;
        goto done;
    }
    size_t allowed = D > 1 ? (D - 1) / 10 : 0;
    for (size_t d = 0; d < D; d++) {
        size_t cnt = 0;
        for (size_t e = 0; e < L; e++)
            if (use[d * L + e] && (D == 1 || n_docs[e] - 1 <= allowed))
                cnt++;
        if (!cnt)
            continue;
        np_brief_framing *f = &b->framing[b->n_framing];
        f->doc = (int)d;
        f->terms = np_arena_alloc(&b->arena, cnt * sizeof *f->terms);
        if (!f->terms) {
            st = NP_ENOMEM;
            goto done;
        }
        const np_analysis *an = &s->an[d];
        for (size_t e = 0; e < L; e++) {
            if (!use[d * L + e] || !(D == 1 || n_docs[e] - 1 <= allowed))
                continue;
            const np_token *t0 = &an->tokens[use[d * L + e] - 1];
            const np_token *t1 = &an->tokens[use_end[d * L + e] - 1];
            size_t len = t1->end - t0->start;
            char *term = np_arena_strndup(&b->arena, an->text + t0->start, len);
            if (!term) {
                st = NP_ENOMEM;
                goto done;
            }
            for (char *c = term; *c; c++)
                *c = (char)tolower((unsigned char)*c);
            f->terms[f->n_terms].term = term;
            f->terms[f->n_terms].category = np_framing_lexicon[e].category;
            f->n_terms++;
        }
        b->n_framing++;
    }
done:
    np_free(use);
    np_free(use_end);
    np_free(n_docs);
    return st;
}
