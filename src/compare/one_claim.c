/*
 * compare/one_claim.c — one sentence, one claim (issue 8): no two facts
 * cite overlapping words of one document.
 *
 * Why: the stages that make facts each see one kind of claim unit (whole
 * sentences in compare/align.c, then the clauses and relative clauses of
 * sentences stating two claims, refusals, figures; quotations in
 * compare/quote_facts.c; the place in compare/places.c), and a unit of one
 * kind may lie inside a unit another stage gave to another fact: a clause
 * fact citing "while the Ostrian government said it would wait" of a
 * sentence a whole-sentence fact cites, a quotation's fact citing the
 * clause with the quotation.  The reader then sees the same words counted
 * as two claims, or credited to a different number of outlets in two
 * places.  Run once every multi-outlet fact is made (before the
 * single-source stage, so what a fact gives up is free for it), this pass
 * settles each pair of overlapping refs of two facts:
 *  1. A ref holding the other's words and more keeps the rest when the
 *     rest still says its fact's claim (np_story_ref_rest(): the side of
 *     the other's words that holds most of the ref's similarity to the
 *     fact's other outlets): the sentence stated two claims, each fact now
 *     cites the words that say its own.  A partial overlap likewise cuts
 *     one of the two.
 *  2. Else both facts claim the same words: the ref stays with the fact
 *     whose other outlets it is closest to (mean cosine) and leaves the
 *     other; a fact left with one outlet leaves the brief, and the
 *     sentences it alone cited are free again for compare/singles.c.
 *
 * Ownership: reads the story, rewrites brief->facts in place (new ref
 * strings in brief->arena); scratch freed before return.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "core/mem.h"

#define ONE_CLAIM_ON 1 /* 0: the stage does nothing (for measuring) */
#define ONE_CLAIM_ROUNDS 4 /* a cut ref may meet a third fact's: settle again */
#define ONE_CLAIM_ANTECEDENT 8 /* tokens from a relative clause's antecedent to its "which" */
#define ONE_CLAIM_JOIN 0.18f /* as compare/align.c's FACT_MIN: two sentences of one fact */
#define ONE_CLAIM_MERGE 1  /* 0: a fact losing its shared sentence does not join the other (for measuring) */

typedef struct oref {
    uint32_t fact, k; /* brief->facts[fact].support[k] */
    size_t start, end;
} oref;

static int cmp_oref(const void *x, const void *y)
{
    const oref *a = x, *b = y;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return (a->end > b->end) - (a->end < b->end);
}

/* Mean cosine of the words [a, b) of doc with fact f's refs of other
 * documents (np_story_mean_cos()); -1 on ENOMEM. */
static float fit(np_story *s, const np_brief_fact *f, int doc, size_t a, size_t b)
{
    np_svec v;
    if (np_story_vec_memo(s, doc, a, b, &v) != NP_OK)
        return -1;
    return np_story_mean_cos(s, f, doc, &v);
}

/* Cut ref r of its fact to its rest without [a, b) when the rest says its
 * claim, better than the words [a, b) do (else those words are the
 * claim, and the rest only what surrounds it): 1 when cut, 0 when not,
 * -1 on ENOMEM. */
static int cut(np_story *s, const oref *r, size_t a, size_t b)
{
    np_brief_fact *f = &s->brief->facts[r->fact];
    size_t x, y;
    int got = np_story_ref_rest(s, f, r->k, a, b, &x, &y);
    if (got <= 0)
        return got;
    int doc = f->support[r->k].doc;
    size_t ia = a > r->start ? a : r->start, ib = b < r->end ? b : r->end;
    float rest = fit(s, f, doc, x, y), inner = fit(s, f, doc, ia, ib);
    if (rest < 0 || inner < 0)
        return -1;
    if (inner > rest)
        return 0;
    int head = f->summary == f->support[r->k].text;
    if (np_story_ref(s, f->support[r->k].doc, x, y, &f->support[r->k]) != NP_OK)
        return -1;
    if (head)
        f->summary = f->support[r->k].text;
    return 1;
}

/* The words [a, b) of doc open with what a relative clause is about
 * ("Ana Ruiz, who ...", "the old weir, which ...": compare/align.c cites
 * such a clause from its antecedent on): the byte where the antecedent
 * ends, else a.  The sentence's main clause needs those words too ("the
 * engineers reopened the old weir"): they are shared, not told twice. */
static size_t antecedent_end(np_story *s, int doc, size_t a, size_t b)
{
    long si = np_story_sent_at(s, doc, a);
    if (si < 0)
        return a;
    const np_sent *se = &s->sents[si];
    const np_analysis *an = &s->an[doc];
    size_t k0 = np_story_token_at(an, a);
    for (size_t k = k0 + 1; k < se->tok_hi && k < k0 + ONE_CLAIM_ANTECEDENT && an->tokens[k].start < b; k++) {
        size_t ant = np_story_relative_antecedent(s, se, (uint32_t)k, NULL);
        if (ant != SIZE_MAX)
            return ant == a ? an->tokens[k - 1].end : a;
    }
    return a;
}

/* Fact from, left with fewer than two outlets, states the claim of fact
 * into (they shared a sentence, which stays with into): its refs of the
 * outlets into lacks join into when they are near into's refs (mean
 * cosine ONE_CLAIM_JOIN: the shared sentence may state two claims, one
 * of each fact), and from leaves the brief.  0, or -1 on ENOMEM. */
static int merge_into(np_story *s, np_brief_fact *from, np_brief_fact *into)
{
    size_t add = 0;
    unsigned char *join = np_calloc(from->n_support + 1, 1);
    if (!join)
        return -1;
    for (size_t k = 0; k < from->n_support; k++) {
        int d = from->support[k].doc, have = d < 0;
        for (size_t j = 0; j < into->n_support && !have; j++)
            have = into->support[j].doc == d;
        size_t a, b;
        float near = have || !np_story_ref_span(s, &from->support[k], &a, &b) ? 0 : fit(s, into, d, a, b);
        if (near < 0) {
            np_free(join);
            return -1;
        }
        join[k] = near >= ONE_CLAIM_JOIN;
        add += join[k];
    }
    np_bref *sup = add ? np_arena_alloc(&s->brief->arena, (into->n_support + add) * sizeof *sup) : NULL;
    if (add && !sup) {
        np_free(join);
        return -1;
    }
    if (add) {
        memcpy(sup, into->support, into->n_support * sizeof *sup);
        size_t n = into->n_support;
        for (size_t k = 0; k < from->n_support; k++)
            if (join[k]) {
                sup[n++] = from->support[k];
                from->support[k].doc = -1; /* moved: not freed for compare/singles.c */
            }
        into->support = sup; /* sup[0] is into's head still: the summary stays */
        into->n_support = n;
    }
    np_free(join);
    return 0;
}

/* Settle one overlapping pair p, q of one document (facts differ);
 * grown[f] is set for a fact another joined.  Returns 1 when something
 * changed, 0 when not, -1 on ENOMEM. */
static int settle(np_story *s, const oref *p, const oref *q, unsigned char *grown)
{
    /* the longer holds the other's words and more: it keeps its rest */
    const oref *outer = p->end - p->start >= q->end - q->start ? p : q, *inner = outer == p ? q : p;
    int doc = s->brief->facts[p->fact].support[p->k].doc;
    size_t ov_a = p->start > q->start ? p->start : q->start, ov_b = p->end < q->end ? p->end : q->end;
    size_t pe = antecedent_end(s, doc, p->start, p->end), qe = antecedent_end(s, doc, q->start, q->end);
    if ((ov_a >= p->start && ov_b <= pe) || (ov_a >= q->start && ov_b <= qe))
        return 0; /* only the antecedent of a relative clause is shared */
    int r = cut(s, outer, inner == p ? pe : qe, inner->end);
    if (r)
        return r;
    if (inner->start < outer->start || inner->end > outer->end) { /* partial: the shorter gives way */
        r = cut(s, inner, outer->start, outer->end);
        if (r)
            return r;
    }
    /* the same claim twice: the ref stays with the fact it fits best */
    np_brief_fact *fp = &s->brief->facts[p->fact], *fq = &s->brief->facts[q->fact];
    float a = fit(s, fp, doc, p->start, p->end), b = fit(s, fq, doc, q->start, q->end);
    if (a < 0 || b < 0)
        return -1;
    /* a fact of more outlets holds on a tie */
    const oref *loser = a > b || (a == b && fp->n_docs >= fq->n_docs) ? q : p, *winner = loser == p ? q : p;
    np_brief_fact *lf = &s->brief->facts[loser->fact];
    lf->support[loser->k].doc = -1; /* dropped: compacted by drop_refs() */
    /* left with one outlet, it was one claim with the winner's: joins it */
    size_t left = 0;
    for (size_t k = 0; k < lf->n_support; k++) {
        int seen = lf->support[k].doc < 0;
        for (size_t j = 0; j < k && !seen; j++)
            seen = lf->support[j].doc == lf->support[k].doc;
        left += !seen;
    }
    if (left < 2 && ONE_CLAIM_MERGE) {
        if (merge_into(s, lf, &s->brief->facts[winner->fact]) < 0)
            return -1;
        grown[winner->fact] = 1;
    }
    return 1;
}

/* The refs in[0..n) of one document still citing it (a ref dropped or
 * moved since is left out) with their spans, by start, into out; returns
 * their count. */
static size_t spans_of(np_story *s, int d, const oref *in, size_t n, oref *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const np_bref *r = &s->brief->facts[in[i].fact].support[in[i].k];
        size_t x, y;
        if (r->doc == d && np_story_ref_span(s, r, &x, &y))
            out[k++] = (oref){in[i].fact, in[i].k, x, y};
    }
    if (k > 1)
        qsort(out, k, sizeof *out, cmp_oref);
    return k;
}

/* One round over every document: settle its overlapping pairs of refs
 * of two facts, one at a time (a settled pair changes the spans).  The
 * refs are bucketed by document once (refs a merge moves are met next
 * round).  *changed is set when something changed. */
static np_status settle_round(np_story *s, unsigned char *grown, int *changed)
{
    np_brief *b = s->brief;
    size_t total = 0;
    for (size_t f = 0; f < b->n_facts; f++)
        total += b->facts[f].n_support;
    size_t *start = np_calloc(s->n_docs + 2, sizeof *start), *pos = np_malloc((s->n_docs + 2) * sizeof *pos);
    oref *by = np_malloc((total + 1) * sizeof *by), *r = np_malloc((total + 1) * sizeof *r);
    np_status st = start && pos && by && r ? NP_OK : NP_ENOMEM;
    if (st == NP_OK) {
        for (size_t f = 0; f < b->n_facts; f++)
            for (size_t j = 0; j < b->facts[f].n_support; j++)
                if (b->facts[f].support[j].doc >= 0)
                    start[b->facts[f].support[j].doc + 1]++;
        for (size_t d = 0; d < s->n_docs; d++)
            start[d + 1] += start[d];
        memcpy(pos, start, (s->n_docs + 1) * sizeof *pos);
        for (size_t f = 0; f < b->n_facts; f++)
            for (size_t j = 0; j < b->facts[f].n_support; j++)
                if (b->facts[f].support[j].doc >= 0)
                    by[pos[b->facts[f].support[j].doc]++] = (oref){(uint32_t)f, (uint32_t)j, 0, 0};
    }
    for (size_t d = 0; d < s->n_docs && st == NP_OK; d++) {
        size_t n = start[d + 1] - start[d];
        for (int again = n > 1; again && st == NP_OK;) {
            size_t k = spans_of(s, (int)d, by + start[d], n, r);
            again = 0;
            for (size_t i = 0; i < k && !again; i++)
                for (size_t j = i + 1; j < k && r[j].start < r[i].end && !again; j++) {
                    if (r[j].fact == r[i].fact)
                        continue;
                    int x = settle(s, &r[i], &r[j], grown);
                    if (x < 0)
                        st = NP_ENOMEM;
                    again = x > 0;
                }
            *changed |= again;
        }
    }
    np_free(start);
    np_free(pos);
    np_free(by);
    np_free(r);
    return st;
}

/* Compact the dropped refs away; a fact left with one outlet leaves the
 * brief (its sentences free for compare/singles.c unless another fact
 * still cites them); facts stay most outlets first. */
static np_status drop_refs(np_story *s, unsigned char *grown)
{
    np_brief *b = s->brief;
    size_t w = 0, most = 1;
    for (size_t f = 0; f < b->n_facts; f++)
        most = b->facts[f].n_support > most ? b->facts[f].n_support : most;
    uint32_t *sents = np_malloc(most * sizeof *sents);
    unsigned char *freed = s->n_sents ? np_calloc(s->n_sents, 1) : NULL;
    if (!sents || (s->n_sents && !freed)) {
        np_free(sents);
        np_free(freed);
        return NP_ENOMEM;
    }
    for (size_t f = 0; f < b->n_facts; f++) {
        np_brief_fact *x = &b->facts[f];
        size_t keep = 0, docs = 0, lost = 0;
        int head = x->summary && x->n_support && x->summary == x->support[0].text;
        for (size_t k = 0; k < x->n_support; k++) {
            if (x->support[k].doc < 0) {
                head |= x->summary == x->support[k].text; /* its summary's ref left */
                lost++;
                continue;
            }
            int seen = 0;
            for (size_t q = 0; q < keep && !seen; q++)
                seen = x->support[q].doc == x->support[k].doc;
            docs += !seen;
            long si = np_story_ref_sent(s, &x->support[k]);
            sents[keep] = si < 0 ? (uint32_t)s->doc_sent0[x->support[k].doc] : (uint32_t)si;
            x->support[keep++] = x->support[k];
        }
        if (!lost && !grown[f]) {
            grown[w] = 0;
            b->facts[w++] = *x;
            continue;
        }
        if (docs < 2) {
            for (size_t q = 0; q < keep && freed; q++)
                freed[sents[q]] = 1;
            continue;
        }
        x->n_support = keep;
        x->n_docs = docs;
        x->n_independent = np_align_independent(s, sents, keep);
        if (head || !x->summary)
            x->summary = x->support[0].text;
        grown[w] = 0;
        b->facts[w++] = *x;
    }
    b->n_facts = w;
    np_story_sort_facts(b->facts, w);
    /* a freed sentence another fact still cites stays in a fact */
    for (size_t f = 0; f < w && freed; f++)
        for (size_t k = 0; k < b->facts[f].n_support; k++) {
            long si = np_story_ref_sent(s, &b->facts[f].support[k]);
            if (si >= 0)
                freed[si] = 0;
        }
    for (size_t i = 0; i < s->n_sents && freed && s->in_fact; i++)
        if (freed[i])
            s->in_fact[i] = 0;
    np_free(sents);
    np_free(freed);
    return NP_OK;
}

np_status np_one_claim_drop(np_story *s)
{
    unsigned char *grown = np_calloc(s->brief->n_facts + 1, 1);
    if (!grown)
        return NP_ENOMEM;
    np_status st = drop_refs(s, grown);
    np_free(grown);
    return st;
}

np_status np_compare_one_claim(np_story *s)
{
    if (!ONE_CLAIM_ON)
        return NP_OK;
    unsigned char *grown = np_calloc(s->brief->n_facts + 1, 1);
    if (!grown)
        return NP_ENOMEM;
    int changed = 1;
    np_status st = NP_OK;
    for (int round = 0; round < ONE_CLAIM_ROUNDS && changed && st == NP_OK; round++) {
        changed = 0;
        st = settle_round(s, grown, &changed);
        if (st == NP_OK)
            st = drop_refs(s, grown);
    }
    np_free(grown);
    return st;
}
