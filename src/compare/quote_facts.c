/*
 * compare/quote_facts.c — a claim that is only a quote is grouped with its
 * quote group.
 *
 * The fact alignment compares sentences by their words; translations of one
 * statement ("can be the basis" / "could serve as a foundation") often fall
 * under its bars, so the fact of a quotation holds some of the outlets that
 * print it while the quote section (compare/quotes.c, which matches by
 * speaker and meaning) lists them all.  This stage, run after the quote
 * groups and before the single-source facts, makes the two sections agree:
 * for each quote group of two or more outlets, its fact is the fact in which
 * the most outlets' sentences hold the group's wording, provided at least
 * two outlets and at least half of the fact's outlets do (the fact is about
 * that quotation, not merely beside it); between equals, the fact of more
 * outlets.  Then
 *   - a sentence holding the group's wording that is in no fact joins it,
 *     one per outlet not yet in it;
 *   - another fact whose every sentence holds the group's wording (a second
 *     fact of the same quotation) is merged into it.
 * A sentence holding the wording of two groups belongs to neither here: it
 * may state two things.  The stage only adds outlets the quote section
 * already credits with the statement, so the outlet counts of the two
 * sections meet.
 */
#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "core/mem.h"

#define QF_RESEMBLE 0.10f /* tf-idf cosine a joining sentence needs with one of the fact's */
#define QMARK_NONE UINT32_MAX
#define QMARK_MANY (UINT32_MAX - 1)

/* The sentence holding the start of r's words, or -1. */
static long ref_sentence(const np_story *s, const np_bref *r)
{
    const char *t = s->docs[r->doc]->text;
    if (!t || !r->text || !r->text[0])
        return -1;
    const char *p = strstr(t, r->text);
    return p ? np_story_sent_at(s, r->doc, (size_t)(p - t)) : -1;
}

/* qmark[k] = the quote group (of 2+ outlets) whose words sentence k holds,
 * QMARK_MANY for several, QMARK_NONE for none. */
static void mark_quotes(const np_story *s, uint32_t *qmark)
{
    const np_brief *b = s->brief;
    for (size_t k = 0; k < s->n_sents; k++)
        qmark[k] = QMARK_NONE;
    for (size_t g = 0; g < b->n_quotes; g++) {
        if (b->quotes[g].n_docs < 2)
            continue;
        for (size_t v = 0; v < b->quotes[g].n_variants; v++) {
            const np_bref *r = &b->quotes[g].variants[v];
            const char *txt = s->docs[r->doc]->text;
            const char *at = txt && r->text && r->text[0] ? strstr(txt, r->text) : NULL;
            if (!at)
                continue;
            size_t off = (size_t)(at - txt), end = off + strlen(r->text);
            for (long k = np_story_sent_at(s, r->doc, off);
                 k >= 0 && (size_t)k < s->doc_sent0[r->doc + 1] && s->sents[k].start < end; k++)
                qmark[k] = qmark[k] == QMARK_NONE || qmark[k] == (uint32_t)g ? (uint32_t)g : QMARK_MANY;
        }
    }
}

/* Outlets of fact f whose sentence holds group g's words, and whether every
 * sentence of f does. */
static size_t group_docs(const np_story *s, const np_brief_fact *f, const long *sent, uint32_t g,
                         const uint32_t *qmark, unsigned char *seen, int *all)
{
    size_t n = 0;
    *all = f->n_support > 0;
    for (size_t k = 0; k < f->n_support; k++) {
        int in = sent[k] >= 0 && qmark[sent[k]] == g;
        *all &= in;
        if (in && !seen[f->support[k].doc]) {
            seen[f->support[k].doc] = 1;
            n++;
        }
    }
    for (size_t k = 0; k < f->n_support; k++)
        seen[f->support[k].doc] = 0;
    (void)s;
    return n;
}

typedef struct qf_ctx {
    np_story *s;
    uint32_t *qmark;
    long **sent;        /* per fact, the sentence of each support ref */
    unsigned char *gone; /* per fact: merged into another */
    unsigned char *seen; /* per doc, scratch (zero between uses) */
    int32_t *fact_of;   /* per sentence: the fact holding it, or -1 */
} qf_ctx;

/* Sentence k shares words with one of fact f's sentences: a quote group
 * is matched on the quotation only, and a sentence that merely holds a
 * wrongly grouped fragment states something else around it. */
static int resembles(const qf_ctx *c, size_t f, uint32_t k)
{
    const np_brief_fact *fa = &c->s->brief->facts[f];
    for (size_t m = 0; m < fa->n_support; m++) {
        long i = c->sent[f][m];
        if (i >= 0 && np_svec_cos(&c->s->sents[i].vec, &c->s->sents[k].vec) >= QF_RESEMBLE)
            return 1;
    }
    return 0;
}

/* Sentence k is a wire copy of one of the fact's sentences sent[0..n)
 * of another outlet (near-identical words, as align.c counts copies): it
 * adds an outlet, not an independent confirmation. */
#define QF_WIRE_COPY 0.90f
static int wire_copy(const np_story *s, const long *sent, size_t n, long k)
{
    for (size_t m = 0; m < n; m++)
        if (sent[m] >= 0 && s->sents[sent[m]].doc != s->sents[k].doc &&
            np_svec_cos(&s->sents[sent[m]].vec, &s->sents[k].vec) >= QF_WIRE_COPY)
            return 1;
    return 0;
}

/* Append support to fact f from (doc, sentence) candidates, one per outlet
 * not yet in f. */
static np_status grow_fact(qf_ctx *c, size_t f, const uint32_t *cand, size_t n_cand)
{
    np_story *s = c->s;
    np_brief_fact *fa = &s->brief->facts[f];
    for (size_t k = 0; k < fa->n_support; k++)
        c->seen[fa->support[k].doc] = 1;
    size_t add = 0;
    for (size_t q = 0; q < n_cand; q++)
        add += !c->seen[s->sents[cand[q]].doc];
    np_status st = NP_OK;
    if (add) {
        np_bref *sup = np_arena_alloc(&s->brief->arena, (fa->n_support + add) * sizeof *sup);
        long *sent = np_malloc((fa->n_support + add) * sizeof *sent);
        if (!sup || !sent) {
            np_free(sent);
            st = NP_ENOMEM;
        } else {
            memcpy(sup, fa->support, fa->n_support * sizeof *sup);
            memcpy(sent, c->sent[f], fa->n_support * sizeof *sent);
            size_t n = fa->n_support;
            for (size_t q = 0; q < n_cand && st == NP_OK; q++) {
                const np_sent *se = &s->sents[cand[q]];
                if (c->seen[se->doc])
                    continue;
                c->seen[se->doc] = 1;
                st = np_story_ref(s, se->doc, se->start, se->end, &sup[n]);
                sent[n++] = (long)cand[q];
                s->in_fact[cand[q]] = 1;
                c->fact_of[cand[q]] = (int32_t)f;
            }
            fa->n_docs += n - fa->n_support;
            for (size_t q = fa->n_support; q < n; q++)
                fa->n_independent += !wire_copy(s, sent, fa->n_support, sent[q]);
            fa->support = sup;
            fa->n_support = n;
            np_free(c->sent[f]);
            c->sent[f] = sent;
        }
    }
    for (size_t k = 0; k < fa->n_support; k++)
        c->seen[fa->support[k].doc] = 0;
    return st;
}

static np_status join_group(qf_ctx *c, uint32_t g, uint32_t *cand)
{
    np_story *s = c->s;
    np_brief *b = s->brief;
    size_t best = SIZE_MAX, best_n = 0;
    int tie = 0, all;
    for (size_t f = 0; f < b->n_facts; f++) {
        if (c->gone[f])
            continue;
        size_t n = group_docs(s, &b->facts[f], c->sent[f], g, c->qmark, c->seen, &all);
        /* most outlets holding the wording; between equals, the larger
         * fact (the other is often the quotation's second sentence) */
        size_t fd = b->facts[f].n_docs, bd = best == SIZE_MAX ? 0 : b->facts[best].n_docs;
        if (n > best_n || (n == best_n && n && fd > bd)) {
            best = f;
            best_n = n;
            tie = 0;
        } else if (n == best_n && n && fd == bd) {
            tie = 1;
        }
    }
    if (best == SIZE_MAX || tie || best_n < 2 || best_n * 2 < b->facts[best].n_docs)
        return NP_OK;
    /* candidates: free sentences holding the words, then the sentences of
     * facts that are only this quotation */
    size_t n = 0;
    for (size_t k = 0; k < s->n_sents; k++)
        if (c->qmark[k] == g && c->fact_of[k] < 0 && !s->sents[k].no_fact && !s->in_fact[k] &&
            resembles(c, best, (uint32_t)k))
            cand[n++] = (uint32_t)k;
    np_status st = grow_fact(c, best, cand, n);
    for (size_t f = 0; f < b->n_facts && st == NP_OK; f++) {
        if (f == best || c->gone[f])
            continue;
        np_brief_fact *fa = &b->facts[f];
        if (!group_docs(s, fa, c->sent[f], g, c->qmark, c->seen, &all) || !all)
            continue;
        n = 0;
        for (size_t k = 0; k < fa->n_support; k++)
            cand[n++] = (uint32_t)c->sent[f][k];
        st = grow_fact(c, best, cand, n);
        c->gone[f] = 1;
    }
    return st;
}

static int cmp_fact_docs(const void *x, const void *y)
{
    const np_brief_fact *a = x, *b = y;
    if (a->n_docs != b->n_docs)
        return a->n_docs < b->n_docs ? 1 : -1;
    return a->score < b->score ? -1 : a->score > b->score; /* previous order, kept in score */
}

/* Drop merged facts; most outlets first again, ties in their order. */
static np_status compact(np_story *s, const unsigned char *gone)
{
    np_brief *b = s->brief;
    double *score = np_malloc((b->n_facts + 1) * sizeof *score);
    if (!score)
        return NP_ENOMEM;
    size_t w = 0;
    for (size_t f = 0; f < b->n_facts; f++) {
        if (gone[f])
            continue;
        b->facts[w] = b->facts[f];
        score[w] = b->facts[w].score;
        b->facts[w].score = (double)w;
        w++;
    }
    b->n_facts = w;
    qsort(b->facts, w, sizeof *b->facts, cmp_fact_docs);
    for (size_t f = 0; f < w; f++)
        b->facts[f].score = score[(size_t)b->facts[f].score];
    np_free(score);
    return NP_OK;
}

np_status np_compare_quote_facts(np_story *s)
{
    np_brief *b = s->brief;
    if (!s->n_sents || !s->in_fact || !b->n_quotes || !b->n_facts)
        return NP_OK;
    size_t F = b->n_facts;
    qf_ctx c = {.s = s};
    c.qmark = np_malloc(s->n_sents * sizeof *c.qmark);
    c.sent = np_calloc(F, sizeof *c.sent);
    c.gone = np_calloc(F, 1);
    c.seen = np_calloc(s->n_docs + 1, 1);
    c.fact_of = np_malloc(s->n_sents * sizeof *c.fact_of);
    uint32_t *cand = np_malloc(s->n_sents * sizeof *cand);
    np_status st = NP_OK;
    if (!c.qmark || !c.sent || !c.gone || !c.seen || !c.fact_of || !cand) {
        st = NP_ENOMEM;
        goto done;
    }
    mark_quotes(s, c.qmark);
    for (size_t k = 0; k < s->n_sents; k++)
        c.fact_of[k] = -1;
    for (size_t f = 0; f < F && st == NP_OK; f++) {
        const np_brief_fact *fa = &b->facts[f];
        c.sent[f] = np_malloc((fa->n_support + 1) * sizeof **c.sent);
        if (!c.sent[f]) {
            st = NP_ENOMEM;
            break;
        }
        for (size_t k = 0; k < fa->n_support; k++) {
            long i = ref_sentence(s, &fa->support[k]);
            c.sent[f][k] = i;
            if (i >= 0 && c.fact_of[i] < 0)
                c.fact_of[i] = (int32_t)f;
        }
    }
    for (size_t g = 0; g < b->n_quotes && st == NP_OK; g++)
        if (b->quotes[g].n_docs >= 2)
            st = join_group(&c, (uint32_t)g, cand);
    if (st == NP_OK)
        st = compact(s, c.gone);
done:
    if (c.sent)
        for (size_t f = 0; f < F; f++)
            np_free(c.sent[f]);
    np_free(c.sent);
    np_free(c.qmark);
    np_free(c.gone);
    np_free(c.seen);
    np_free(c.fact_of);
    np_free(cand);
    return st;
}
