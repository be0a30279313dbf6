/*
 * cluster/agglo.c — average-link agglomeration (see agglo.h).
 *
 * A max-heap of candidate merges keyed by link; an entry remembers the
 * versions of its two nodes, and a node's version changes whenever it
 * absorbs another, so stale entries are skipped when popped (lazy deletion)
 * instead of searched for.  Union-find over nodes gives each one's survivor.
 */
#include "cluster/agglo.h"

#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "core/u64map.h"

/* A forced edge (a copy) has this link: above any similarity. */
#define FORCED 4.0

void np_day_span_init(np_day_span *s)
{
    s->pub_min = s->pub_max = s->text_min = s->text_max = INT32_MIN;
}

static void widen(int32_t *lo, int32_t *hi, int32_t day)
{
    if (day == INT32_MIN)
        return;
    if (*lo == INT32_MIN || day < *lo)
        *lo = day;
    if (*hi == INT32_MIN || day > *hi)
        *hi = day;
}

void np_day_span_add(np_day_span *s, int32_t day, int from_text)
{
    if (from_text)
        widen(&s->text_min, &s->text_max, day);
    else
        widen(&s->pub_min, &s->pub_max, day);
}

void np_day_span_union(np_day_span *s, const np_day_span *o)
{
    widen(&s->pub_min, &s->pub_max, o->pub_min);
    widen(&s->pub_min, &s->pub_max, o->pub_max);
    widen(&s->text_min, &s->text_max, o->text_min);
    widen(&s->text_min, &s->text_max, o->text_max);
}

static int cmp_name_docs_desc(const void *x, const void *y)
{
    const np_name_count *a = x, *b = y;
    if (a->docs != b->docs)
        return a->docs < b->docs ? 1 : -1;
    return a->name < b->name ? -1 : a->name > b->name;
}

static int cmp_name(const void *x, const void *y)
{
    const np_name_count *a = x, *b = y;
    return a->name < b->name ? -1 : a->name > b->name;
}

np_status np_names_union(np_name_count **dst, uint32_t *n_dst, const np_name_count *src,
                         uint32_t n_src, uint32_t cap)
{
    if (!n_src)
        return NP_OK;
    np_name_count *m = np_malloc(((size_t)*n_dst + n_src) * sizeof *m);
    if (!m)
        return NP_ENOMEM;
    const np_name_count *a = *dst;
    uint32_t i = 0, j = 0, k = 0;
    while (i < *n_dst || j < n_src) {
        if (j == n_src || (i < *n_dst && a[i].name < src[j].name)) {
            m[k++] = a[i++];
        } else if (i == *n_dst || src[j].name < a[i].name) {
            m[k++] = src[j++];
        } else {
            m[k] = a[i++];
            m[k].docs += src[j].docs;
            if (src[j].stream > m[k].stream)
                m[k].stream = src[j].stream;
            k++;
            j++;
        }
    }
    if (k > cap) {
        qsort(m, k, sizeof *m, cmp_name_docs_desc);
        k = cap;
        qsort(m, k, sizeof *m, cmp_name);
    }
    np_free(*dst);
    *dst = m;
    *n_dst = k;
    return NP_OK;
}

/* Documents of a profile naming name (0 when not among its names). */
static uint32_t name_docs(const np_name_count *p, uint32_t n, uint64_t name)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (p[mid].name == name)
            return p[mid].docs;
        if (p[mid].name < name)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Names of group a (na documents) whose share of its documents exceeds
 * their share of group b's by at least share, and that the stream does not
 * name more than spread times as often as a does. */
static uint32_t own_names(const np_name_count *a, uint32_t n_a, uint32_t na,
                          const np_name_count *b, uint32_t n_b, uint32_t nb, double share,
                          double spread)
{
    uint32_t own = 0;
    for (uint32_t i = 0; i < n_a; i++)
        if ((double)a[i].docs / na - (double)name_docs(b, n_b, a[i].name) / nb >= share &&
            (spread <= 0 || a[i].stream <= spread * a[i].docs))
            own++;
    return own;
}

int np_year_of_day(int32_t day)
{
    /* civil_from_days (H. Hinnant's public-domain algorithm), year only */
    int64_t z = (int64_t)day + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    return (int)(yoe + era * 400 + (mp >= 10));
}

typedef struct hedge {
    uint32_t nbr;
    double cross;   /* sum of similarities over the pairs of the two groups */
    double words;   /* the common words' share of it (names left out) */
    double copy_n;  /* of those pairs, copies of one report (agglo.h) */
} hedge;

typedef struct hnode {
    uint32_t n_docs;
    uint32_t fresh;            /* of them, documents of this batch */
    uint32_t version;
    int live;
    int64_t story_id;          /* a known story, else 0 */
    np_day_span days;
    hedge *adj;
    uint32_t n_adj, cap_adj;
    uint32_t parent;           /* union-find over batch nodes */
    double pairs;              /* sum of similarities over its pairs of documents */
    double copy_pairs;         /* of them, copies of one report (agglo.h) */
    np_name_count *names;      /* its names with their document counts */
    uint32_t n_names;
    np_years years;            /* years its texts mention */
} hnode;

typedef struct hitem {
    double link;
    uint32_t a, b, va, vb;
} hitem;

struct np_agglo {
    np_agglo_rules r;
    hnode *nodes;
    uint32_t n, cap;
    hitem *heap;
    size_t n_heap, cap_heap;
    np_u64map story_node;      /* story id -> node + 1 */
};
typedef struct np_agglo hac;

static np_status heap_push(hac *h, hitem it)
{
    if (h->n_heap == h->cap_heap) {
        size_t nc = h->cap_heap ? h->cap_heap * 2 : 1024;
        hitem *p = np_realloc(h->heap, nc * sizeof *p);
        if (!p)
            return NP_ENOMEM;
        h->heap = p;
        h->cap_heap = nc;
    }
    size_t i = h->n_heap++;
    while (i > 0 && h->heap[(i - 1) / 2].link < it.link) {
        h->heap[i] = h->heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->heap[i] = it;
    return NP_OK;
}

static hitem heap_pop(hac *h)
{
    hitem top = h->heap[0], last = h->heap[--h->n_heap];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= h->n_heap)
            break;
        if (c + 1 < h->n_heap && h->heap[c + 1].link > h->heap[c].link)
            c++;
        if (h->heap[c].link <= last.link)
            break;
        h->heap[i] = h->heap[c];
        i = c;
    }
    if (h->n_heap)
        h->heap[i] = last;
    return top;
}

/* The pairs of two groups: their similarities' sum, its common-words part,
 * and how many are copies of one report. */
typedef struct hcross {
    double cross, words, copy_n;
} hcross;

/* Add c to the edge a-b (one direction). */
static np_status adj_add(hnode *a, uint32_t b, const hcross *c)
{
    for (uint32_t i = 0; i < a->n_adj; i++)
        if (a->adj[i].nbr == b) {
            a->adj[i].cross += c->cross;
            a->adj[i].words += c->words;
            a->adj[i].copy_n += c->copy_n;
            return NP_OK;
        }
    if (a->n_adj == a->cap_adj) {
        uint32_t nc = a->cap_adj ? a->cap_adj * 2 : 8;
        hedge *p = np_realloc(a->adj, nc * sizeof *p);
        if (!p)
            return NP_ENOMEM;
        a->adj = p;
        a->cap_adj = nc;
    }
    a->adj[a->n_adj] = (hedge){b, c->cross, c->words, c->copy_n};
    a->n_adj++;
    return NP_OK;
}

static double link_of(const hac *h, uint32_t a, uint32_t b, double cross)
{
    return cross / ((double)h->nodes[a].n_docs * h->nodes[b].n_docs);
}

static np_status connect(hac *h, uint32_t a, uint32_t b, const hcross *c)
{
    np_status s;
    if ((s = adj_add(&h->nodes[a], b, c)) || (s = adj_add(&h->nodes[b], a, c)))
        return s;
    return NP_OK;
}

/* How many pairs of a and b are copies of one report (their edge's). */
static double copies_between(const hac *h, uint32_t a, uint32_t b)
{
    const hnode *A = &h->nodes[a];
    for (uint32_t i = 0; i < A->n_adj; i++)
        if (A->adj[i].nbr == b)
            return A->adj[i].copy_n;
    return 0;
}

static np_status push_edge(hac *h, uint32_t a, uint32_t b, double cross)
{
    hitem it = {link_of(h, a, b, cross), a, b, h->nodes[a].version, h->nodes[b].version};
    return heap_push(h, it);
}

static np_status hac_node(hac *h, const np_agglo_group *grp, uint32_t *out)
{
    if (h->n == h->cap) {
        uint32_t nc = h->cap ? h->cap * 2 : 64;
        hnode *p = np_realloc(h->nodes, nc * sizeof *p);
        if (!p)
            return NP_ENOMEM;
        h->nodes = p;
        h->cap = nc;
    }
    hnode *x = &h->nodes[h->n];
    memset(x, 0, sizeof *x);
    x->live = 1;
    x->n_docs = grp->n_docs ? grp->n_docs : 1;
    x->fresh = grp->story_id ? 0 : x->n_docs;
    x->story_id = grp->story_id;
    x->pairs = grp->pairs;
    x->copy_pairs = grp->copy_pairs;
    x->days = grp->days;
    x->parent = h->n;
    x->years = grp->years;
    if (grp->n_names) {
        if (!(x->names = np_malloc(grp->n_names * sizeof *x->names)))
            return NP_ENOMEM;
        memcpy(x->names, grp->names, grp->n_names * sizeof *x->names);
        x->n_names = grp->n_names;
    }
    *out = h->n++;
    return NP_OK;
}

static void hac_free(hac *h)
{
    for (uint32_t i = 0; i < h->n; i++) {
        np_free(h->nodes[i].adj);
        np_free(h->nodes[i].names);
    }
    np_free(h->nodes);
    np_free(h->heap);
    np_u64map_free(&h->story_node);
}

/* Whether two clusters' dates allow them to be one event. */
static int ranges_agree(const np_agglo_rules *r, const hnode *a, const hnode *b, int pub_days)
{
    if (!r->check_dates)
        return 1;
    const np_day_span *p = &a->days, *q = &b->days;
    int32_t lo[2][2] = {{p->pub_min, p->text_min}, {q->pub_min, q->text_min}};
    int32_t hi[2][2] = {{p->pub_max, p->text_max}, {q->pub_max, q->text_max}};
    for (int x = 0; x < 2; x++)
        for (int y = 0; y < 2; y++) {
            if (lo[0][x] == INT32_MIN || lo[1][y] == INT32_MIN)
                continue;
            int32_t d = lo[1][y] > hi[0][x] ? lo[1][y] - hi[0][x]
                        : lo[0][x] > hi[1][y] ? lo[0][x] - hi[1][y] : 0;
            int tol = (x == 0 && y == 0) ? pub_days : r->text_days_apart;
            if (d > tol)
                return 0;
        }
    return 1;
}

static uint32_t find_root(hac *h, uint32_t x)
{
    while (h->nodes[x].parent != x) {
        h->nodes[x].parent = h->nodes[h->nodes[x].parent].parent;
        x = h->nodes[x].parent;
    }
    return x;
}

/* Fold node b into node a: sizes, dates, and every neighbour's cross sum. */
static np_status hac_union(hac *h, uint32_t a, uint32_t b, double link)
{
    hnode *A = &h->nodes[a], *B = &h->nodes[b];
    np_day_span_union(&A->days, &B->days);
    A->years.bits[0] |= B->years.bits[0];
    A->years.bits[1] |= B->years.bits[1];
    /* a copy's forced link counts as identity, not more */
    A->pairs += B->pairs + (link < 1.0 ? link : 1.0) * A->n_docs * B->n_docs;
    A->copy_pairs += B->copy_pairs + copies_between(h, a, b);
    np_status s = np_names_union(&A->names, &A->n_names, B->names, B->n_names, NP_AGGLO_NAMES);
    if (s)
        return s;
    np_free(B->names);
    B->names = NULL;
    B->n_names = 0;
    A->n_docs += B->n_docs;
    A->fresh += B->fresh;
    A->version++;
    B->live = 0;
    B->parent = a;
    for (uint32_t i = 0; i < B->n_adj; i++) {
        uint32_t c = B->adj[i].nbr;
        if (c == a || !h->nodes[c].live)
            continue;
        hcross x = {B->adj[i].cross, B->adj[i].words, B->adj[i].copy_n};
        if ((s = connect(h, a, c, &x)))
            return s;
    }
    /* drop b from a's list, then re-rank a's links */
    for (uint32_t i = 0; i < A->n_adj; i++) {
        uint32_t c = A->adj[i].nbr;
        if (c == b || !h->nodes[c].live)
            continue;
        if ((s = push_edge(h, a, c, A->adj[i].cross)))
            return s;
    }
    return NP_OK;
}

/* Mean similarity within a group of two or more documents, else -1; at
 * most NP_AGGLO_COPY_CAP for copies of one report only (agglo.h). */
static double cohesion(const hnode *x)
{
    if (x->n_docs < 2)
        return -1.0;
    double all = 0.5 * x->n_docs * (x->n_docs - 1.0), mean = x->pairs / all;
    return x->copy_pairs >= all - 0.5 && mean > NP_AGGLO_COPY_CAP ? NP_AGGLO_COPY_CAP : mean;
}

/* The higher cohesion of two groups (0 when neither has two documents): a
 * tight group (the reports of one event) takes in another only if their link
 * comes near its own mean, so it does not absorb a looser neighbour that only
 * shares its topic (ECB+ 1-22: 0.864 against 0.863 with the looser group's
 * mean; held-out 23-25: 0.760 against 0.664). */
static double tightest(const hnode *a, const hnode *b)
{
    double ca = cohesion(a), cb = cohesion(b);
    return ca > cb ? (ca < 0 ? 0 : ca) : (cb < 0 ? 0 : cb);
}

/* Whether two groups each have actors of their own (agglo.h): two events. */
static int actors_differ(const np_agglo_rules *r, const hnode *a, const hnode *b)
{
    if (!r->actor_min_docs || a->n_docs < r->actor_min_docs || b->n_docs < r->actor_min_docs)
        return 0;
    return own_names(a->names, a->n_names, a->n_docs, b->names, b->n_names, b->n_docs,
                     r->actor_share, r->actor_spread) >= r->actor_names &&
           own_names(b->names, b->n_names, b->n_docs, a->names, a->n_names, a->n_docs,
                     r->actor_share, r->actor_spread) >= r->actor_names;
}

/* Whether small group x names most of group y's own actors (the names of
 * at least actor_share of y's documents, not spread over the stream): a
 * later report on y's event, not a like event of other people. */
static int names_actors_of(const np_agglo_rules *r, const hnode *x, const hnode *y)
{
    uint32_t central = 0, named = 0;
    for (uint32_t i = 0; i < y->n_names; i++) {
        const np_name_count *t = &y->names[i];
        if ((double)t->docs / y->n_docs < r->actor_share ||
            (r->actor_spread > 0 && t->stream > r->actor_spread * t->docs))
            continue;
        central++;
        named += name_docs(x->names, x->n_names, t->name) > 0;
    }
    return central > 0 && 2 * named >= central;
}

/* The first and last day of a group: publication days, else days read from
 * its texts; 0 when it has none. */
static int day_range(const hnode *x, int32_t *lo, int32_t *hi)
{
    if (x->days.pub_min != INT32_MIN) {
        *lo = x->days.pub_min;
        *hi = x->days.pub_max;
    } else if (x->days.text_min != INT32_MIN) {
        *lo = x->days.text_min;
        *hi = x->days.text_max;
    } else {
        return 0;
    }
    return 1;
}

/* Whether group x, dated after group y, recalls y's time: its texts mention
 * a year that y was published in and that is earlier than x's own first
 * day.  A report of a trial, a verdict or an anniversary dates its event
 * ("the June 2005 shooting"); the next event of a kind with the same
 * people is dated by its own day, not by the last one's. */
static int recalls(const hnode *x, const hnode *y)
{
    int32_t xlo, xhi, ylo, yhi;
    if (!day_range(x, &xlo, &xhi) || !day_range(y, &ylo, &yhi) || xlo <= yhi)
        return 0;
    int own = np_year_of_day(xlo);
    for (int yr = np_year_of_day(ylo), last = np_year_of_day(yhi); yr <= last && yr < own; yr++)
        if (np_years_has(&x->years, yr))
            return 1;
    return 0;
}

static np_status hac_merge(hac *h)
{
    while (h->n_heap) {
        hitem it = heap_pop(h);
        if (it.link < h->r.threshold)
            break;
        hnode *A = &h->nodes[it.a], *B = &h->nodes[it.b];
        if (!A->live || !B->live || A->version != it.va || B->version != it.vb)
            continue;
        if (it.link < FORCED && !ranges_agree(&h->r, A, B, h->r.max_days_apart))
            continue;
        if (A->story_id && B->story_id && it.link < h->r.merge_threshold)
            continue;
        if (it.link < FORCED && it.link < h->r.cohesion * tightest(A, B))
            continue;
        if (it.link < FORCED && actors_differ(&h->r, A, B))
            continue;
        /* keep the node holding the older story as the survivor */
        uint32_t a = it.a, b = it.b;
        if (B->story_id && (!A->story_id || B->story_id < A->story_id)) {
            a = it.b;
            b = it.a;
        }
        np_status s = hac_union(h, a, b, it.link);
        if (s)
            return s;
    }
    return NP_OK;
}

/* Second phase: a group of at most attach_max_docs documents that the first
 * phase left apart (its link to every larger group fell under the threshold
 * or under that group's cohesion) joins the larger group it is closest to
 * when their link reaches attach_threshold.  Average link is cautious with a
 * small group beside a tight large one: an event's stray reports (another
 * angle, a short brief) stay apart although they resemble no other group
 * more.  Moves are decided on the first phase's result, then applied. */
static np_status hac_attach(hac *h)
{
    uint32_t n = h->n, max_docs = h->r.attach_max_docs;
    uint32_t *to = np_malloc((n ? n : 1) * sizeof *to);
    double *lk = np_malloc((n ? n : 1) * sizeof *lk);
    if (!to || !lk) {
        np_free(to);
        np_free(lk);
        return NP_ENOMEM;
    }
    for (uint32_t x = 0; x < n; x++) {
        const hnode *X = &h->nodes[x];
        to[x] = UINT32_MAX;
        if (!X->live || X->n_docs > max_docs)
            continue;
        double best = h->r.attach_threshold;
        for (uint32_t i = 0; i < X->n_adj; i++) {
            uint32_t y = X->adj[i].nbr;
            const hnode *Y = &h->nodes[y];
            if (!Y->live || Y->n_docs <= max_docs || (X->story_id && Y->story_id))
                continue;
            double l = link_of(h, x, y, X->adj[i].cross);
            if (l >= best && l < FORCED && l >= h->r.attach_own * cohesion(X) &&
                (Y->fresh >= h->r.attach_fresh ||
                 (l >= h->r.threshold && l >= h->r.attach_known * cohesion(Y))) &&
                link_of(h, x, y, X->adj[i].words) >= h->r.attach_words &&
                (ranges_agree(&h->r, X, Y, h->r.max_days_apart) ||
                 ((ranges_agree(&h->r, X, Y, h->r.attach_days_apart) ||
                   (h->r.attach_recall && recalls(X, Y))) &&
                  names_actors_of(&h->r, X, Y))) &&
                !actors_differ(&h->r, X, Y)) {
                best = l;
                to[x] = y;
                lk[x] = l;
            }
        }
    }
    np_status s = NP_OK;
    for (uint32_t x = 0; x < n && !s; x++) {
        if (to[x] == UINT32_MAX)
            continue;
        /* the target may since have been folded into a small known story */
        uint32_t a = find_root(h, to[x]), b = x;
        if (a == b || (h->nodes[a].story_id && h->nodes[b].story_id))
            continue;
        if (h->nodes[b].story_id) { /* the survivor holds the story */
            b = a;
            a = x;
        }
        s = hac_union(h, a, b, lk[x]);
    }
    np_free(to);
    np_free(lk);
    return s;
}


/* ---- public ---------------------------------------------------------------- */

np_status np_agglo_new(const np_agglo_rules *rules, np_agglo **out)
{
    np_agglo *a = np_calloc(1, sizeof *a);
    *out = a;
    if (!a)
        return NP_ENOMEM;
    a->r = *rules;
    np_u64map_init(&a->story_node);
    return NP_OK;
}

void np_agglo_free(np_agglo *a)
{
    if (!a)
        return;
    hac_free(a);
    np_free(a);
}

np_status np_agglo_add(np_agglo *a, const np_agglo_group *grp, uint32_t *node)
{
    np_status s = hac_node(a, grp, node);
    if (s || !grp->story_id)
        return s;
    uint64_t *ix = np_u64map_slot(&a->story_node, (uint64_t)grp->story_id);
    if (!ix)
        return NP_ENOMEM;
    *ix = *node + 1;
    return NP_OK;
}

int np_agglo_story_node(const np_agglo *a, int64_t story_id, uint32_t *node)
{
    uint64_t *ix = np_u64map_get(&a->story_node, (uint64_t)story_id);
    if (!ix || !*ix)
        return 0;
    *node = (uint32_t)*ix - 1;
    return 1;
}

np_status np_agglo_link(np_agglo *a, uint32_t x, uint32_t y, double cross, double words)
{
    hcross c = {cross, words, 0};
    np_status s = connect(a, x, y, &c);
    return s ? s : push_edge(a, x, y, cross);
}

np_status np_agglo_force(np_agglo *a, uint32_t x, uint32_t y)
{
    double n = (double)a->nodes[x].n_docs * a->nodes[y].n_docs;
    np_status s = np_agglo_link(a, x, y, FORCED * n, FORCED * n);
    return s ? s : np_agglo_copies(a, x, y, 1); /* x copies one document of y */
}

/* Edge a-b holds at least n copy pairs (the same pair may be told twice:
 * forced, and found alike by the caller). */
static np_status mark_copies(hnode *a, uint32_t b, double n)
{
    for (uint32_t i = 0; i < a->n_adj; i++)
        if (a->adj[i].nbr == b) {
            if (a->adj[i].copy_n < n)
                a->adj[i].copy_n = n;
            return NP_OK;
        }
    hcross c = {0, 0, n};
    return adj_add(a, b, &c);
}

np_status np_agglo_copies(np_agglo *a, uint32_t x, uint32_t y, double n)
{
    np_status s = mark_copies(&a->nodes[x], y, n);
    return s ? s : mark_copies(&a->nodes[y], x, n);
}

void np_agglo_drop(np_agglo *a, uint32_t x)
{
    a->nodes[x].live = 0;
}

int np_agglo_live(const np_agglo *a, uint32_t x)
{
    return a->nodes[x].live;
}

np_status np_agglo_run(np_agglo *a)
{
    np_status s = hac_merge(a);
    if (!s && a->r.attach_max_docs)
        s = hac_attach(a);
    return s;
}

uint32_t np_agglo_count(const np_agglo *a)
{
    return a->n;
}

uint32_t np_agglo_root(np_agglo *a, uint32_t x)
{
    return find_root(a, x);
}

int64_t np_agglo_story(const np_agglo *a, uint32_t x)
{
    return a->nodes[x].story_id;
}
