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
#include <math.h>
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

/* word is an inflection of entry: it starts with the entry minus an
 * inflectional ending ("seized" → "seiz": "seize", "seizing"). */
static int inflects(const char *word, const char *entry)
{
    static const char *const end[] = {"ing", "ed", "es", "s", "e", "y"};
    size_t n = strlen(entry);
    for (size_t i = 0; i < sizeof end / sizeof end[0]; i++) {
        size_t k = strlen(end[i]);
        if (n > k + 3 && strcmp(entry + n - k, end[i]) == 0) {
            n -= k;
            break;
        }
    }
    return strncmp(word, entry, n) == 0;
}

static const char *lex_key(const lex_word *w) { return w->stem ? w->stem : w->words[0]; }

/* Append a term (lower-cased copy in the brief arena) unless present. */
static np_status add_term(np_brief *b, np_brief_term **terms, size_t *n, size_t *cap, const char *w, size_t len,
                          const char *category)
{
    char *term = np_arena_strndup(&b->arena, w, len);
    if (!term)
        return NP_ENOMEM;
    for (char *c = term; *c; c++)
        *c = (char)tolower((unsigned char)*c);
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*terms)[i].term, term) == 0)
            return NP_OK;
    np_status st = np_grow((void **)terms, cap, *n, sizeof **terms);
    if (st != NP_OK)
        return st;
    (*terms)[*n].term = term;
    (*terms)[*n].category = category;
    (*n)++;
    return NP_OK;
}

/* ---- over-represented evaluative words: log-odds with an informative
 * Dirichlet prior (Monroe, Colaresi & Quinn 2008), one outlet against the
 * rest of the story, restricted to words shaped like adjectives/adverbs
 * (the parts of speech that carry judgement) and to words the other
 * outlets (almost) never use. */

#define LO_PRIOR 100.0   /* prior mass spread by the story's word rates */
#define LO_Z 1.96        /* significance (two-sided 5%) */
#define LO_MIN_COUNT 3   /* uses within the outlet */

typedef struct lo_stats {
    uint32_t *tot;    /* per term: uses in the story (evaluative words only) */
    uint32_t *ndocs;  /* per term: documents using it */
    uint32_t *cnt;    /* scratch per term: uses in the current document */
    uint32_t *first;  /* scratch per term: first token index + 1 */
    uint32_t *touched;
    size_t n_all;     /* content tokens in the story */
} lo_stats;

static int evaluative_shape(const np_token *tk)
{
    static const char *const suf[] = {"ly", "ous", "ive", "ful", "less", "able", "ible", "ical", "ish", "istic", "esque"};
    if (!(tk->flags & NP_TOK_WORD) || (tk->flags & (NP_TOK_CAP | NP_TOK_STOP | NP_TOK_NUMBER)) || !tk->norm)
        return 0;
    size_t n = strlen(tk->norm);
    if (n < 5)
        return 0;
    for (size_t i = 0; i < sizeof suf / sizeof suf[0]; i++) {
        size_t k = strlen(suf[i]);
        /* "-ly" adverbs need a real adjective before the suffix, which
         * keeps out "rally", "supply", "reply" */
        if (n > k + 2 && strcmp(tk->norm + n - k, suf[i]) == 0)
            return k != 2 || n >= 7;
    }
    return 0;
}

static void lo_free(lo_stats *lo)
{
    if (!lo)
        return;
    np_free(lo->tot);
    np_free(lo->ndocs);
    np_free(lo->cnt);
    np_free(lo->first);
    np_free(lo->touched);
    np_free(lo);
}

static lo_stats *lo_new(np_story *s)
{
    size_t T = s->n_terms + 1;
    lo_stats *lo = np_calloc(1, sizeof *lo);
    if (!lo)
        return NULL;
    lo->tot = np_calloc(T, sizeof *lo->tot);
    lo->ndocs = np_calloc(T, sizeof *lo->ndocs);
    lo->cnt = np_calloc(T, sizeof *lo->cnt);
    lo->first = np_calloc(T, sizeof *lo->first);
    lo->touched = np_malloc(T * sizeof *lo->touched);
    if (!lo->tot || !lo->ndocs || !lo->cnt || !lo->first || !lo->touched) {
        lo_free(lo);
        return NULL;
    }
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_tokens; k++) {
            uint32_t t = s->tok_term[d][k];
            if (t == UINT32_MAX)
                continue;
            lo->n_all++;
            if (!evaluative_shape(&an->tokens[k]))
                continue;
            if (!lo->tot[t]++ || lo->cnt[t] != (uint32_t)d + 1)
                lo->ndocs[t]++;
            lo->cnt[t] = (uint32_t)d + 1; /* reused as "last doc" in this pass */
        }
    }
    memset(lo->cnt, 0, T * sizeof *lo->cnt);
    return lo;
}

static np_status lo_terms(np_story *s, lo_stats *lo, int d, size_t allowed, np_brief_term **terms, size_t *nt,
                          size_t *cap)
{
    const np_analysis *an = &s->an[d];
    size_t n_d = 0, nt_touch = 0;
    for (size_t k = 0; k < an->n_tokens; k++) {
        uint32_t t = s->tok_term[d][k];
        if (t == UINT32_MAX)
            continue;
        n_d++;
        if (!evaluative_shape(&an->tokens[k]))
            continue;
        if (!lo->cnt[t]++) {
            lo->touched[nt_touch++] = t;
            lo->first[t] = (uint32_t)k + 1;
        }
    }
    np_status st = NP_OK;
    double n_r = (double)(lo->n_all - n_d);
    for (size_t i = 0; i < nt_touch; i++) {
        uint32_t t = lo->touched[i];
        double y_d = lo->cnt[t], y_r = (double)lo->tot[t] - y_d;
        uint32_t first = lo->first[t];
        lo->cnt[t] = 0;
        if (st != NP_OK || y_d < LO_MIN_COUNT || lo->ndocs[t] - 1 > allowed)
            continue;
        double a_w = LO_PRIOR * (double)lo->tot[t] / (double)(lo->n_all ? lo->n_all : 1);
        double delta = log((y_d + a_w) / ((double)n_d + LO_PRIOR - y_d - a_w)) -
                       log((y_r + a_w) / (n_r + LO_PRIOR - y_r - a_w));
        double var = 1.0 / (y_d + a_w) + 1.0 / (y_r + a_w);
        if (delta / sqrt(var) < LO_Z)
            continue;
        const np_token *tk = &an->tokens[first - 1];
        st = add_term(s->brief, terms, nt, cap, an->text + tk->start, tk->end - tk->start, "over-represented");
    }
    return st;
}

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
    lo_stats *lo = NULL;
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
                size_t l = 0, h = L;
                while (l < h) {
                    size_t mid = (l + h) / 2;
                    if (strcmp(lex_key(&lw[ord[mid]]), key) < 0)
                        l = mid + 1;
                    else
                        h = mid;
                }
                for (; l < L && strcmp(lex_key(&lw[ord[l]]), key) == 0; l++) {
                    size_t e = ord[l];
                    if (use[d * L + e] || (pass == 0) != (lw[e].stem != NULL))
                        continue;
                    /* an inflection, not a shorter word of the same stem:
                     * "dictators" is "dictator", "complete" is not "completely" */
                    if (lw[e].stem && !inflects(tk->norm, np_framing_lexicon[e].word))
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
    lo = lo_new(s);
    if (!b->framing || !lo) {
        st = NP_ENOMEM;
        goto done;
    }
    size_t allowed = D > 1 ? (D - 1) / 10 : 0;
    for (size_t d = 0; d < D && st == NP_OK; d++) {
        const np_analysis *an = &s->an[d];
        np_brief_term *terms = NULL;
        size_t nt = 0, cap = 0;
        for (size_t e = 0; e < L && st == NP_OK; e++) {
            if (!use[d * L + e] || !(D == 1 || n_docs[e] - 1 <= allowed))
                continue;
            const np_token *t0 = &an->tokens[use[d * L + e] - 1];
            const np_token *t1 = &an->tokens[use_end[d * L + e] - 1];
            st = add_term(b, &terms, &nt, &cap, an->text + t0->start, t1->end - t0->start, np_framing_lexicon[e].category);
        }
        if (st == NP_OK && D > 1)
            st = lo_terms(s, lo, (int)d, allowed, &terms, &nt, &cap);
        if (st == NP_OK && nt) {
            np_brief_framing *f = &b->framing[b->n_framing++];
            f->doc = (int)d;
            f->terms = np_arena_alloc(&b->arena, nt * sizeof *f->terms);
            if (!f->terms)
                st = NP_ENOMEM;
            else
                memcpy(f->terms, terms, nt * sizeof *terms);
            f->n_terms = f->terms ? nt : 0;
        }
        np_free(terms);
    }
done:
    lo_free(lo);
    np_free(use);
    np_free(use_end);
    np_free(n_docs);
    return st;
}
