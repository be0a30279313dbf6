/*
 * cluster/grouper.c — single-link online story grouping (see grouper.h).
 *
 * Similarity is the cosine of tf-idf vectors with idf from the documents seen
 * so far (smoothed: log((N+1)/(df+1)) + 1).  Candidates come from the posting
 * lists of the query's 12 highest-idf terms, skipping terms present in more
 * than a tenth of the collection (once it has 50+ documents): those are
 * topic-neutral and would make every document a candidate.
 */
#include "cluster/grouper.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "core/u64map.h"

#define QUERY_TERMS 12
#define MAX_CANDIDATES 4000

typedef struct gdoc {
    int64_t doc_id;
    int64_t story_id;
    np_features f;
} gdoc;

typedef struct posting {
    uint32_t *ids;
    uint32_t n, cap;
} posting;

struct np_grouper {
    np_grouper_opts opts;
    gdoc *docs;
    uint32_t n, cap;
    np_u64map df;        /* term -> document frequency */
    np_u64map post_ix;   /* term -> index into posts */
    posting *posts;
    uint32_t n_posts, cap_posts;
    uint32_t *seen;      /* per-doc stamp for candidate de-duplication */
    uint32_t stamp;
};

void np_grouper_opts_default(np_grouper_opts *o)
{
    o->story_threshold = 0.22;
    o->duplicate_threshold = 0.90;
    o->max_days_apart = 7;
}

np_status np_grouper_new(const np_grouper_opts *opts, np_grouper **out)
{
    np_grouper *g = np_calloc(1, sizeof *g);
    if (!g)
        return NP_ENOMEM;
    if (opts)
        g->opts = *opts;
    else
        np_grouper_opts_default(&g->opts);
    np_u64map_init(&g->df);
    np_u64map_init(&g->post_ix);
    *out = g;
    return NP_OK;
}

void np_grouper_free(np_grouper *g)
{
    if (!g)
        return;
    for (uint32_t i = 0; i < g->n; i++)
        np_features_free(&g->docs[i].f);
    for (uint32_t i = 0; i < g->n_posts; i++)
        np_free(g->posts[i].ids);
    np_free(g->docs);
    np_free(g->posts);
    np_free(g->seen);
    np_u64map_free(&g->df);
    np_u64map_free(&g->post_ix);
    np_free(g);
}

static double idf(const np_grouper *g, uint64_t term)
{
    uint64_t *df = np_u64map_get(&g->df, term);
    return log((g->n + 1.0) / ((df ? (double)*df : 0.0) + 1.0)) + 1.0;
}

static double weighted_norm(const np_grouper *g, const np_features *f)
{
    double s = 0;
    for (uint32_t i = 0; i < f->n; i++) {
        double w = f->terms[i].tf * idf(g, f->terms[i].hash);
        s += w * w;
    }
    return sqrt(s);
}

static double cosine(const np_grouper *g, const np_features *a, double na, const np_features *b)
{
    double dot = 0;
    uint32_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        if (a->terms[i].hash < b->terms[j].hash) {
            i++;
        } else if (a->terms[i].hash > b->terms[j].hash) {
            j++;
        } else {
            double w = idf(g, a->terms[i].hash);
            dot += a->terms[i].tf * b->terms[j].tf * w * w;
            i++;
            j++;
        }
    }
    double nb = weighted_norm(g, b);
    return (na > 0 && nb > 0) ? dot / (na * nb) : 0.0;
}

typedef struct ranked {
    uint64_t term;
    double idf;
} ranked;

static int cmp_ranked(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    return a->idf < b->idf ? 1 : a->idf > b->idf ? -1 : 0;
}

np_status np_grouper_match(np_grouper *g, const np_features *f, np_group_match *out)
{
    memset(out, 0, sizeof *out);
    if (g->n == 0 || f->n == 0)
        return NP_OK;
    ranked q[NP_FEATURES_MAX_TERMS];
    uint32_t nq = 0;
    uint64_t common = g->n >= 50 ? g->n / 10 : UINT64_MAX;
    for (uint32_t i = 0; i < f->n; i++) {
        uint64_t *df = np_u64map_get(&g->df, f->terms[i].hash);
        if (!df || *df > common)
            continue;
        q[nq].term = f->terms[i].hash;
        q[nq].idf = idf(g, f->terms[i].hash) * f->terms[i].tf;
        nq++;
    }
    qsort(q, nq, sizeof *q, cmp_ranked);
    if (nq > QUERY_TERMS)
        nq = QUERY_TERMS;
    if (++g->stamp == 0) {
        memset(g->seen, 0, g->n * sizeof *g->seen);
        g->stamp = 1;
    }
    double na = weighted_norm(g, f);
    uint32_t examined = 0;
    for (uint32_t t = 0; t < nq && examined < MAX_CANDIDATES; t++) {
        uint64_t *pi = np_u64map_get(&g->post_ix, q[t].term);
        if (!pi)
            continue;
        const posting *p = &g->posts[*pi];
        /* newest first: a story's latest reports are the likeliest neighbours */
        for (uint32_t k = p->n; k-- > 0 && examined < MAX_CANDIDATES;) {
            uint32_t d = p->ids[k];
            if (g->seen[d] == g->stamp)
                continue;
            g->seen[d] = g->stamp;
            examined++;
            const gdoc *c = &g->docs[d];
            if (f->day != INT32_MIN && c->f.day != INT32_MIN &&
                abs(f->day - c->f.day) > g->opts.max_days_apart)
                continue;
            double sim = cosine(g, f, na, &c->f);
            if (sim > out->similarity) {
                out->similarity = sim;
                out->doc_id = c->doc_id;
                out->story_id = c->story_id;
            }
        }
    }
    if (out->similarity < g->opts.story_threshold) {
        out->doc_id = 0;
        out->story_id = 0;
    } else if (out->similarity >= g->opts.duplicate_threshold) {
        out->duplicate_of = out->doc_id;
    }
    return NP_OK;
}

np_status np_grouper_add(np_grouper *g, int64_t doc_id, int64_t story_id, const np_features *f)
{
    if (g->n == g->cap) {
        uint32_t ncap = g->cap ? g->cap * 2 : 256;
        gdoc *nd = np_realloc(g->docs, ncap * sizeof *nd);
        if (!nd)
            return NP_ENOMEM;
        g->docs = nd;
        uint32_t *ns = np_realloc(g->seen, ncap * sizeof *ns);
        if (!ns)
            return NP_ENOMEM;
        memset(ns + g->cap, 0, (ncap - g->cap) * sizeof *ns);
        g->seen = ns;
        g->cap = ncap;
    }
    gdoc *d = &g->docs[g->n];
    memset(d, 0, sizeof *d);
    d->doc_id = doc_id;
    d->story_id = story_id;
    d->f.day = f->day;
    d->f.terms = np_malloc((f->n ? f->n : 1) * sizeof *f->terms);
    if (!d->f.terms)
        return NP_ENOMEM;
    memcpy(d->f.terms, f->terms, f->n * sizeof *f->terms);
    d->f.n = f->n;
    uint32_t id = g->n++;
    for (uint32_t i = 0; i < f->n; i++) {
        uint64_t term = f->terms[i].hash;
        uint64_t *df = np_u64map_slot(&g->df, term);
        if (!df)
            return NP_ENOMEM;
        (*df)++;
        uint64_t *pi = np_u64map_get(&g->post_ix, term);
        if (!pi) {
            if (g->n_posts == g->cap_posts) {
                uint32_t nc = g->cap_posts ? g->cap_posts * 2 : 1024;
                posting *np = np_realloc(g->posts, nc * sizeof *np);
                if (!np)
                    return NP_ENOMEM;
                g->posts = np;
                g->cap_posts = nc;
            }
            memset(&g->posts[g->n_posts], 0, sizeof(posting));
            if (!(pi = np_u64map_slot(&g->post_ix, term)))
                return NP_ENOMEM;
            *pi = g->n_posts++;
        }
        posting *p = &g->posts[*pi];
        if (p->n == p->cap) {
            uint32_t nc = p->cap ? p->cap * 2 : 4;
            uint32_t *ni = np_realloc(p->ids, nc * sizeof *ni);
            if (!ni)
                return NP_ENOMEM;
            p->ids = ni;
            p->cap = nc;
        }
        p->ids[p->n++] = id;
    }
    return NP_OK;
}
