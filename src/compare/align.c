/*
 * compare/align.c — cross-outlet sentence alignment, facts and summary.
 *
 * Alignment: tf-idf cosine over (six-character) stems.  Candidate pairs come
 * from an inverted index, skipping the story's most common terms while
 * generating candidates (they carry little idf weight anyway), so a
 * 200-article story costs about the number of pairs that share a rare word
 * rather than all 6000^2 sentence pairs.  Identical sentence vectors (wire
 * copies, compare/copies.c) form one class: the index and the cosine see
 * each class once, and copies beyond a class's first NP_COPY_PEERS
 * documents (shadows) get no edges.
 *
 * Facts (one claim model): every sentence seeds a candidate fact made of
 * itself and its best match in each other document.  A link counts only
 * when the two sentences state the same proposition (same_claim(): cosine
 * and shared event words, the lower-case words outside names that say what
 * happened) and neither denies what the other states ("A signed" / "B
 * refused to sign": the polarity of np_sent.pol); a fact is a clique
 * (prune_members(): every member agrees with most others, none denies
 * another; in a fact of three every pair is at least near, so a sentence
 * stating two things cannot bind two outlets that each state one of them).
 * Two sentences that name people, none in common, state no common claim
 * (other_people(): what one person did is not what another did), nor do
 * two sentences opening with different countries or bodies, unless each
 * names the other's (other_subjects()), one naming a single person and
 * one whose actors are only "they" (person_and_they()), or one speaking
 * only of "she" and one only of "he" (she_and_he()), or each mostly a
 * quotation with no speaker in common (other_quotations(); a quotation's
 * speaker counts among its sentence's people): other_actors().  One
 * person quoted on both sides in words with none in common makes two
 * statements, not one claim (quotes_disjoint(); clauses too).  Two
 * sentences writing out one calendar day need less in common
 * (same_day()).  Candidates are taken greedily, most outlets first; a
 * sentence supports at most one fact, so members another fact holds leave
 * a candidate.  Facts anchored on a figure several outlets write follow
 * (an outlet giving a figure that counts the same thing as a fact's
 * member, "twelve engineers", joins that fact: anchor_join()), and facts
 * anchored on one actor's refusal ("X refused to sign" / "X did not
 * sign": refusal_facts()); an outlet telling a planned visit a fact's
 * member tells with another verb ("is expected in X" / "will travel to
 * X") joins that fact (visit_joins(), compare/visits.h).
 * Then the clauses of sentences that state two claims are claim units of
 * their own (clause_facts()): a clause no fact holds joins a fact its
 * outlet is missing from, or makes a fact with other outlets' free
 * clauses, citing the clause's words; each clause supports one fact (a
 * clause giving a fact's figure, counting the same thing, joins that fact
 * first: anchor_clause()).  A
 * relative clause ("Ana Ruiz, who resigned ...", "the weir, which ...") is
 * such a unit, cited from what it is about and supported only by sentences
 * naming that too (names_about()).
 * Sentences in no multi-outlet fact become single-source facts in
 * compare/singles.c.
 *
 * Summary: MMR over the multi-outlet facts (relevance = share of outlets and
 * alignment strength, minus redundancy with what is already chosen).
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article/datefmt.h"
#include "compare/brief_internal.h"
#include "compare/antonyms.h"
#include "compare/frames.h"
#include "compare/names.h"
#include "compare/visits.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/unionfind.h"
#include "text/lexicon.h"

#define EXPAND_ON 1
#define FACT_MIN 0.18f      /* cosine for two sentences to state one fact */
#define EXPAND_MEAN 0.15f   /* mean similarity to a fact's members to join it */
#define FACT_STRONG 0.35f   /* above this a link needs no mutual check */
#define FACT_MIN_CONTENT 4  /* content words a seed needs */
#define EDGE_MIN_SHARED 2   /* distinct terms two aligned sentences share */
#define EDGE_FEW_SHARED 3   /* with fewer shared terms than this ... */
#define EDGE_FEW_SIM 0.30f  /* ... the cosine must be at least this */
#define CONTAIN_W 0.5f      /* weight of "the long sentence contains the short one" */
#define CONTAIN_MIN_TERMS 4 /* the short sentence needs this many terms */
#define PROP_STRONG 0.45f   /* cosine at which one shared event word is enough */
#define PROP_MIN 0.25f      /* cosine below which two sentences are not one claim */
#define PROP_EVENTS 2       /* shared event words needed between the two */
#define CAND_BY_SCORE 0
#define CLIQUE 1
#define ATTRIBUTION_WORDS 1 /* words of who said it are no shared event (only_attribution_events()) */
#define VOICE_CLASH 1 /* one actor doing a deed and suffering it are two claims (voice_clash()) */
#define TOPIC_ALIKE 0.6f    /* cosine at which shared topic words alone make one claim */
#define CLIQUE_NUM 1        /* share of the other members each member must agree with: */
#define CLIQUE_DEN 2        /* CLIQUE_NUM / CLIQUE_DEN */
#define CLAIM_PEOPLE 1      /* sentences naming only other people state other claims */
#define QUOTES_UNKNOWN_ALIKE 0.40f /* ... below this cosine when one speaker is unknown */
#define CLAIM_QUOTATIONS 1    /* two quotations of no common speaker state two claims */
#define CLAIM_DAYS 1          /* one calendar day written out lowers the bar of one claim */
#define QUOTES_DISJOINT 1     /* one speaker's quotations with no word in common state two claims */
#define QUOTE_WORDS_MIN 2     /* ... each side quoting at least this many content words */
#define QUOTE_WORDS_LONG 4    /* ... and one side at least this many */
#define QUOTES_OWN_SHARED 3   /* ... unless the outlets' own words share this many */
#define CLAIM_SUBJECTS 1    /* sentences opening with other countries or bodies state other claims */
#define CLAIM_FRAMES 1      /* the shared action under incompatible frames states other claims (compare/frames.h) */
#define ANCHOR_PEOPLE 1
#define CLIQUE_NEAR_SIM 0.12f   /* cosine of two members that are at least about one thing */
#define CLIQUE_FULL_UPTO 3      /* facts this small: every pair of members near (a triangle, not a star) */
#define REFUSALS 1          /* facts anchored on one actor's refusal (refusal_facts()) */
#define REFUSAL_CLAUSES 1   /* ... citing the refusal's words in a sentence another fact holds */
#define VISIT_JOINS 1       /* a planned visit a fact's member tells lets an outlet telling it join (visit_joins()) */
#define VISIT_CLAIMS 1      /* one planned visit told with other verbs states one claim (compare/visits.h) */
#define QUOTE_RANK 0.75f    /* a quotation's cosine, ranking an outlet's matches for its own words */
#define CLIQUE_PEERS 24     /* members a member is judged against */
#define SUMMARY_MAX 5
#define SUMMARY_REDUNDANT 0.45f
#define SUMMARY_QUOTED 0.5f /* share of a sentence in quotation marks that makes it a quote */
#define SUMMARY_BARE_QUOTE 0.85f /* ... and that leaves no room to name the speaker: no summary item */
#define SUMMARY_LEAD_WORDS 70     /* the opening item: longer is hard to read */
#define SUMMARY_LEAD_FLOOR 0.25f  /* the opening item's weight: this + how early the outlets tell it (fact_lead()) */

/* Cosine and number of shared terms. */
static float cos_shared(const np_svec *a, const np_svec *b, unsigned *shared)
{
    uint32_t i = 0, j = 0;
    float dot = 0;
    unsigned n = 0;
    while (i < a->n && j < b->n) {
        if (a->term[i] == b->term[j]) {
            dot += a->w[i++] * b->w[j++];
            n++;
        } else if (a->term[i] < b->term[j]) {
            i++;
        } else {
            j++;
        }
    }
    *shared = n;
    return dot;
}

/* CSR adjacency of the edges, both directions, with the reverse index of
 * each entry and whether it is its row's best match in that document. */
static np_status build_adjacency(np_story *s)
{
    size_t S = s->n_sents;
    /* CSR adjacency, both directions */
    for (size_t e = 0; e < s->n_edges; e++) {
        s->adj_off[s->edges[e].a + 1]++;
        s->adj_off[s->edges[e].b + 1]++;
    }
    for (size_t i = 0; i < S; i++)
        s->adj_off[i + 1] += s->adj_off[i];
    s->adj_to = np_arena_alloc(&s->work, (s->adj_off[S] + 1) * sizeof *s->adj_to);
    s->adj_sim = np_arena_alloc(&s->work, (s->adj_off[S] + 1) * sizeof *s->adj_sim);
    s->adj_rev = np_arena_alloc(&s->work, (s->adj_off[S] + 1) * sizeof *s->adj_rev);
    s->adj_best = np_arena_alloc(&s->work, s->adj_off[S] + 1);
    size_t *pos = np_malloc((S + 1) * sizeof *pos);
    if (!s->adj_to || !s->adj_sim || !s->adj_rev || !s->adj_best || !pos) {
        np_free(pos);
        return NP_ENOMEM;
    }
    memcpy(pos, s->adj_off, S * sizeof *pos);
    for (size_t e = 0; e < s->n_edges; e++) {
        const np_edge *ed = &s->edges[e];
        size_t pa = pos[ed->a]++, pb = pos[ed->b]++;
        s->adj_to[pa] = ed->b;
        s->adj_sim[pa] = ed->sim;
        s->adj_rev[pa] = pb;
        s->adj_to[pb] = ed->a;
        s->adj_sim[pb] = ed->sim;
        s->adj_rev[pb] = pa;
    }
    np_free(pos);
    /* adj_best[e]: adj_to[e] is the row sentence's best match in its doc */
    float *dbest = np_malloc((s->n_docs + 1) * sizeof *dbest);
    if (!dbest) {
        return NP_ENOMEM;
    }
    for (size_t d = 0; d < s->n_docs; d++)
        dbest[d] = -1.0f;
    for (size_t i = 0; i < S; i++) {
        for (size_t e = s->adj_off[i]; e < s->adj_off[i + 1]; e++) {
            int d = s->sents[s->adj_to[e]].doc;
            if (s->adj_sim[e] > dbest[d])
                dbest[d] = s->adj_sim[e];
        }
        for (size_t e = s->adj_off[i]; e < s->adj_off[i + 1]; e++)
            s->adj_best[e] = s->adj_sim[e] >= dbest[s->sents[s->adj_to[e]].doc];
        for (size_t e = s->adj_off[i]; e < s->adj_off[i + 1]; e++)
            dbest[s->sents[s->adj_to[e]].doc] = -1.0f;
    }
    np_free(dbest);
    return NP_OK;
}

/* Copy classes (compare/copies.c) as alignment uses them: rep[c] is the
 * first sentence of class c. */
typedef struct copy_classes {
    const uint32_t *cls, *mem, *mem_off;
    uint32_t *rep;
    size_t n;
} copy_classes;

static np_status copy_classes_build(const np_story *s, copy_classes *cc)
{
    cc->cls = s->copy_cls;
    cc->mem = s->copy_mem;
    cc->mem_off = s->copy_off;
    cc->n = s->n_copy_cls;
    cc->rep = np_malloc((cc->n + 1) * sizeof *cc->rep);
    if (!cc->rep)
        return NP_ENOMEM;
    for (size_t c = 0; c < cc->n; c++)
        cc->rep[c] = cc->mem[cc->mem_off[c]];
    return NP_OK;
}

static void copy_classes_free(copy_classes *cc)
{
    np_free(cc->rep);
}

/* A class pair aligned: the other class and the similarity. */
typedef struct class_link {
    uint32_t cls;
    float sim;
} class_link;

/* The similarity of two sentence vectors as alignment sees it, or -1 when
 * they do not align. */
static float align_sim(const np_svec *va, const np_svec *vb)
{
    unsigned shared = 0;
    float sim = cos_shared(va, vb, &shared);
    /* a long sentence often carries two claims: judge it by how much
     * of the short one it contains, not by cosine, which its other
     * claim dilutes */
    const np_svec *sa = va, *sb = vb;
    if (sa->n > sb->n) {
        const np_svec *t = sa;
        sa = sb;
        sb = t;
    }
    if (sa->n >= CONTAIN_MIN_TERMS && sb->n >= 2 * sa->n) {
        float cont = CONTAIN_W * np_svec_contain(sa, sb);
        if (cont > sim)
            sim = cont;
    }
    /* one shared word ("game", "case") is a coincidence, not a fact */
    if (sim < NP_EDGE_MIN || shared < EDGE_MIN_SHARED || (shared < EDGE_FEW_SHARED && sim < EDGE_FEW_SIM))
        return -1.0f;
    return sim;
}

/* Postings of the classes' representatives per term; a term is skipped for
 * candidates when more than `common` sentences (copies counted) hold it. */
typedef struct class_index {
    size_t *poff;
    uint32_t *post;
    float *post_w;
    size_t *count; /* sentences per term */
} class_index;

static np_status class_index_build(const np_story *s, const copy_classes *cc, class_index *ix)
{
    size_t T = s->n_terms;
    memset(ix, 0, sizeof *ix);
    ix->poff = np_calloc(T + 1, sizeof *ix->poff);
    ix->count = np_calloc(T + 1, sizeof *ix->count);
    if (!ix->poff || !ix->count)
        return NP_ENOMEM;
    for (size_t i = 0; i < s->n_sents; i++)
        for (uint32_t k = 0; k < s->sents[i].vec.n; k++)
            ix->count[s->sents[i].vec.term[k]]++;
    for (size_t c = 0; c < cc->n; c++) {
        const np_svec *v = &s->sents[cc->rep[c]].vec;
        for (uint32_t k = 0; k < v->n; k++)
            ix->poff[v->term[k] + 1]++;
    }
    for (size_t t = 0; t < T; t++)
        ix->poff[t + 1] += ix->poff[t];
    ix->post = np_malloc((ix->poff[T] + 1) * sizeof *ix->post);
    ix->post_w = np_malloc((ix->poff[T] + 1) * sizeof *ix->post_w);
    size_t *fill = np_malloc((T + 1) * sizeof *fill);
    if (!ix->post || !ix->post_w || !fill) {
        np_free(fill);
        return NP_ENOMEM;
    }
    memcpy(fill, ix->poff, T * sizeof *fill);
    for (size_t c = 0; c < cc->n; c++) {
        const np_svec *v = &s->sents[cc->rep[c]].vec;
        for (uint32_t k = 0; k < v->n; k++) {
            size_t at = fill[v->term[k]]++;
            ix->post[at] = (uint32_t)c;
            ix->post_w[at] = v->w[k];
        }
    }
    np_free(fill);
    return NP_OK;
}

static void class_index_free(class_index *ix)
{
    np_free(ix->poff);
    np_free(ix->post);
    np_free(ix->post_w);
    np_free(ix->count);
}

/* The classes class c aligns with (itself included when its copies align),
 * in the order candidates are first met (terms of c, then postings).
 * acc/touched are scratch of one entry per class (acc zero on entry and
 * exit). */
static np_status class_links(const np_story *s, const copy_classes *cc, const class_index *ix, size_t common,
                             uint32_t c, float *acc, uint32_t *touched, class_link **out, size_t *n_out)
{
    const np_svec *va = &s->sents[cc->rep[c]].vec;
    size_t nt = 0;
    for (uint32_t k = 0; k < va->n; k++) {
        uint32_t t = va->term[k];
        if (ix->count[t] > common)
            continue;
        float wa = va->w[k];
        for (size_t p = ix->poff[t]; p < ix->poff[t + 1]; p++) {
            uint32_t b = ix->post[p];
            if (acc[b] == 0.0f)
                touched[nt++] = b;
            acc[b] += wa * ix->post_w[p] + 1e-9f;
        }
    }
    class_link *l = NULL;
    size_t n = 0, cap = 0;
    np_status st = NP_OK;
    for (size_t q = 0; q < nt; q++) {
        uint32_t b = touched[q];
        float partial = acc[b];
        acc[b] = 0.0f;
        if (st != NP_OK || partial < NP_EDGE_MIN * 0.5f)
            continue;
        /* a class alone in one document has no copy to align with */
        if (b == c && cc->mem_off[c + 1] - cc->mem_off[c] < 2)
            continue;
        float sim = align_sim(va, &s->sents[cc->rep[b]].vec);
        if (sim < 0)
            continue;
        if ((st = np_grow((void **)&l, &cap, n, sizeof *l)) == NP_OK)
            l[n++] = (class_link){b, sim};
    }
    if (st != NP_OK) {
        np_free(l);
        return st;
    }
    *out = l;
    *n_out = n;
    return NP_OK;
}

np_status np_compare_align(np_story *s)
{
    size_t S = s->n_sents;
    s->adj_off = np_arena_alloc(&s->work, (S + 1) * sizeof *s->adj_off);
    if (!s->adj_off)
        return NP_ENOMEM;
    if (!S || !s->n_terms)
        return NP_OK;
    copy_classes cc;
    class_index ix;
    memset(&ix, 0, sizeof ix);
    np_status st = copy_classes_build(s, &cc);
    if (st == NP_OK)
        st = class_index_build(s, &cc, &ix);
    float *acc = np_calloc(cc.n + 1, sizeof *acc);
    uint32_t *touched = np_malloc((cc.n + 1) * sizeof *touched);
    class_link **links = np_calloc(cc.n + 1, sizeof *links);
    size_t *n_links = np_calloc(cc.n + 1, sizeof *n_links);
    size_t cap_edges = 0;
    if (st == NP_OK && (!acc || !touched || !links || !n_links))
        st = NP_ENOMEM;
    size_t common = S / 16 > 64 ? S / 16 : 64;
    /* edges (i, j), i < j, of different documents, in the order of i and
     * then of j's class as first met: each class's links are computed when
     * its first sentence comes up */
    for (size_t i = 0; i < S && st == NP_OK; i++) {
        uint32_t c = cc.cls[i];
        if (cc.rep[c] == i)
            st = class_links(s, &cc, &ix, common, c, acc, touched, &links[c], &n_links[c]);
        if (s->copy_shadow[i])
            continue;
        for (size_t q = 0; q < n_links[c] && st == NP_OK; q++) {
            uint32_t b = links[c][q].cls;
            for (size_t m = cc.mem_off[b]; m < cc.mem_off[b + 1]; m++) {
                uint32_t j = cc.mem[m];
                if (j <= i || s->sents[j].doc == s->sents[i].doc || s->copy_shadow[j])
                    continue;
                if ((st = np_grow((void **)&s->edges, &cap_edges, s->n_edges, sizeof *s->edges)) != NP_OK)
                    break;
                s->edges[s->n_edges++] = (np_edge){(uint32_t)i, j, links[c][q].sim};
            }
        }
    }
    if (st == NP_OK)
        st = build_adjacency(s);
    if (links)
        for (size_t c = 0; c < cc.n; c++)
            np_free(links[c]);
    np_free(links);
    np_free(n_links);
    np_free(acc);
    np_free(touched);
    class_index_free(&ix);
    copy_classes_free(&cc);
    return st;
}

/* ------------------------------------------------------------------ facts */

/* Event words (np_sent.ev) two sentences share. */
static unsigned shared_events(const np_sent *a, const np_sent *b)
{
    return np_story_sorted_common(a->ev, a->n_ev, b->ev, b->n_ev);
}

/* Do sentences a and b (cosine sim) state the same proposition?  Shared
 * names and topic words make a high cosine between sentences about
 * different things ("Trump met Abe" / "Trump's tariffs on Japan"); what
 * happened is in the lower-case words, so a link needs some of those in
 * common besides the cosine: two, or one when the sentences are very alike
 * overall. */
static int same_claim_ev(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb, float sim)
{
    if (sim < PROP_MIN)
        return 0;
    unsigned ev = np_story_sorted_common(a, na, b, nb);
    return ev >= PROP_EVENTS || (sim >= PROP_STRONG && ev >= 1);
}

/* The event words a and b share are all the story's topic words: each in
 * TOPIC_SHARE of its sentences or more (and in TOPIC_MIN_SENTS at least,
 * so a short story has topic words too).  Two sentences that share only
 * what the whole story is about ("marched toward the border with the
 * caravan") may tell two things that happened; one claim needs a word of
 * what happened that the story does not repeat everywhere, unless they are
 * very alike overall (PROP_STRONG).  Measured (real-news claim golds, ECB+
 * claim golds): at shares 0.15-0.25 pair precision rises (real news 0.927 ->
 * 0.928, ECB+ 0.927 -> 0.934 at 0.2) with pair F1 the same or higher; at 0.1
 * it cuts right pairs (ECB+ F1 0.526 -> 0.497). */
#define TOPIC_SHARE 0.20
#define TOPIC_MIN_SENTS 8
static int only_topic_ev(const np_story *s, const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb)
{
    double topic = TOPIC_SHARE * (double)s->n_sents;
    if (topic < TOPIC_MIN_SENTS)
        topic = TOPIC_MIN_SENTS;
    for (uint32_t i = 0, j = 0; i < na && j < nb;) {
        if (a[i] < b[j]) {
            i++;
        } else if (a[i] > b[j]) {
            j++;
        } else {
            if ((double)s->term_df[a[i]] < topic)
                return 0;
            i++;
            j++;
        }
    }
    return 1;
}

static int only_topic_events(const np_story *s, const np_sent *a, const np_sent *b)
{
    return only_topic_ev(s, a->ev, a->n_ev, b->ev, b->n_ev);
}

/* Opposite claims share their words: "A signed the plan" and "B refused to
 * sign the plan" are alike by every measure above, but one's action is
 * negated where the other's is not. */
static int opposite(const np_story *s, const np_sent *a, const np_sent *b)
{
    return np_actions_opposed(s, a->ev, a->n_ev, a->pol, a->n_pol, b->ev, b->n_ev, b->pol, b->n_pol);
}

#define PERS_MAX 8 /* words of the people a sentence names, compared */
#define DAYS_MAX 2 /* calendar days a sentence writes out, compared */
/* What same_claim() knows of the story besides the two sentences: the
 * people each sentence names (claim_ctx_build()).  Tried and left out: a
 * story's topic words (event words most of its documents use) not counting
 * towards a link (real-news pair F1 0.465 -> 0.358: the main claim uses
 * them too), and the people rule inside clause facts (pair F1 -> 0.459). */
#define ENTS_MAX 12 /* entities of a sentence compared with another's subject */
/* A content word inside a quotation (quotes_disjoint()). */
typedef struct quoted_word {
    uint32_t term;    /* synonym class */
    size_t start;     /* byte offset in its document */
    uint64_t speaker; /* hash of the quotation's speaker's surname key, 0: none named (or a group) */
} quoted_word;
typedef struct claim_ctx {
    const np_sent *sents;     /* the story's sentences, to index the arrays below */
    uint64_t *pers;           /* per sentence PERS_MAX hashes of surnames; NULL: none */
    unsigned char *n_pers;    /* per sentence: how many */
    uint64_t *spk;            /* per sentence PERS_MAX hashes of the names of its quotations' speakers */
    unsigned char *n_spk;     /* per sentence: how many */
    unsigned char *quoted;    /* per sentence: mostly a quotation (mostly_quoted()) */
    int32_t *subj;            /* per sentence: the entity (linker index) it opens with, or -1; NULL: none */
    int32_t *ents;            /* per sentence ENTS_MAX entities it names */
    unsigned char *n_ents;    /* per sentence: how many */
    const np_entity_linker *lk;
    unsigned char *lone;      /* per sentence: 1 one person named, no "they"; 2 "they", no person; else 0 */
    unsigned char *gender;    /* per sentence: 1 only "she/her", 2 only "he/him/his" among its pronouns, else 0 */
    np_frames *fr;            /* the frame of each sentence's event words (compare/frames.h); NULL: none */
    const np_story *story;
    np_visit *visit;          /* per sentence: the planned visit it tells (compare/visits.h) ... */
    unsigned char *has_visit; /* ... when this is 1; NULL: none computed */
    uint32_t *day;            /* per sentence DAYS_MAX days it writes out: year << 9 | month * 32 + day (year 0:
                               * unknown); 0: none */
    int64_t *event_day;       /* per sentence EVENT_DAYS days (np_days_from_civil) it dates things to, the
                               * days something was said among them; DAY_NONE past the last (event_days()) */
    unsigned char *deed_days; /* per sentence: how many of them date a deed, not a telling */
    quoted_word *qw;          /* the content words inside quotations, sentence by sentence ... */
    uint32_t *qw_off;         /* ... sentence i's at [qw_off[i], qw_off[i + 1]); NULL: none built */
    quoted_word *ow;          /* the sentence's own words outside them (no names, titles, speech verbs) ... */
    uint32_t *ow_off;         /* ... sentence i's at [ow_off[i], ow_off[i + 1]) */
    struct deed {
        uint32_t term;  /* synonym class of the verb */
        int32_t actor;  /* the person or organisation named right before it */
        int passive;    /* "was sued" rather than "sued" */
        int by_link;    /* the name's mention untyped, its entity a person, an
                         * organisation or a place ("Norway has expelled") */
    } *deeds;             /* the deeds of sentence i: deeds[deed_off[i] .. deed_off[i + 1]) */
    uint32_t *deed_off;   /* S + 1 entries; NULL: none computed */
    uint32_t *owner;      /* per sentence, the terms of the name in the possessive it
                           * opens on and of the noun it owns (opening_possessor()),
                           * UINT32_MAX when none: 2 * S entries; NULL: none */
    /* per sentence, the event words only its attribution uses ("The port
     * authority's spokeswoman, Anneli Fross, said ...", "..., the water
     * board said"): attr[attr_off[i] .. attr_off[i + 1]), ascending; NULL:
     * none computed (attribution_words()) */
    uint32_t *attr;
    uint32_t *attr_off;
} claim_ctx;

/* Two sentences that each name people but no person in common speak of
 * different people ("a teacher, Ana Ruiz, said" / "a nurse, Bo Lind,
 * said"): what one person did is not what another did. */
static int other_people(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    const uint64_t *pa = &cx->pers[(size_t)a * PERS_MAX], *pb = &cx->pers[(size_t)b * PERS_MAX];
    unsigned na = cx->n_pers[a], nb = cx->n_pers[b];
    if (!na || !nb)
        return 0;
    for (unsigned i = 0; i < na; i++)
        for (unsigned j = 0; j < nb; j++)
            if (pa[i] == pb[j])
                return 0;
    return 1;
}

/* Entities a and b share a word of their names ("the Halden Dam" / "the
 * Halden project"): maybe one thing, named two ways. */
static int name_word_shared(const np_entity_linker *lk, int32_t a, int32_t b)
{
    const np_entity *x = np_entity_linker_get(lk, (size_t)a), *y = np_entity_linker_get(lk, (size_t)b);
    if (!x || !y || !x->canonical || !y->canonical)
        return 1;
    for (const char *p = x->canonical; *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        for (const char *q = y->canonical; n >= 3 && *q;) {
            while (*q == ' ')
                q++;
            size_t m = strcspn(q, " ");
            if (m == n && !strncasecmp(p, q, n))
                return 1;
            q += m;
        }
        p += n;
    }
    return 0;
}

static int names_entity(const claim_ctx *cx, uint32_t i, int32_t e)
{
    for (unsigned k = 0; k < cx->n_ents[i]; k++) {
        int32_t x = cx->ents[(size_t)i * ENTS_MAX + k];
        if (x == e || name_word_shared(cx->lk, x, e))
            return 1;
    }
    return 0;
}

/* Two sentences opening with different actors of one kind, neither naming
 * the other's ("Norland has long sought a treaty" / "Ostria, which signed
 * the truce, has long favored a treaty"; "Norland is the largest buyer" /
 * "Ostria, the second largest buyer, ..."): what one country or body does
 * or is, the other does not. */
static int other_subject_ids(const claim_ctx *cx, int32_t sa, uint32_t ia, int32_t sb, uint32_t ib)
{
    return sa >= 0 && sb >= 0 && sa != sb && !(names_entity(cx, ia, sb) && names_entity(cx, ib, sa));
}

static int other_subjects(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    int32_t sa = cx->subj[a], sb = cx->subj[b];
    /* each naming the other's ("Norland fined Ostria" / "Ostria was fined by
     * Norland") may be one event told from both sides; measured: requiring
     * only one of the two to name the other kept a wrong pair ("Norland
     * supplied 5% of Ostria's imports" / "Ostria imported 34 tonnes") */
    return other_subject_ids(cx, sa, a, sb, b);
}

/* One sentence tells what one named person did, the other what "they"
 * did, naming no one ("Ana Ruiz marched beside the crowd, holding a banner" /
 * "As they marched, they held banners"): one person is not a group. */
static int person_and_they(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    return cx->lone && cx->lone[a] && cx->lone[b] && cx->lone[a] != cx->lone[b];
}

/* One sentence speaks only of "she", the other only of "he" ("She said it
 * was her first time at the border" / "his ire stems from concerns he
 * voiced"): two people. */
static int she_and_he(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    return cx->gender && cx->gender[a] && cx->gender[b] && cx->gender[a] != cx->gender[b];
}

/* A title word outside the sentence's quotations ("the mayor told
 * reporters", "a spokesman said"). */
static int role_outside_quotes(const np_story *s, const np_sent *se)
{
    const np_analysis *an = &s->an[se->doc];
    for (uint32_t t = se->tok_lo; t < se->tok_hi && t < an->n_tokens; t++) {
        const np_token *tk = &an->tokens[t];
        if (np_quote_at(an->quotes, an->n_quotes, tk->start))
            continue;
        if (np_lex_is_title_word(an->text + tk->start, tk->end - tk->start))
            return 1;
    }
    return 0;
}

static int shares_name(const uint64_t *x, unsigned nx, const uint64_t *y, unsigned ny)
{
    for (unsigned i = 0; i < nx; i++)
        for (unsigned j = 0; j < ny; j++)
            if (x[i] == y[j])
                return 1;
    return 0;
}

/* Two sentences that are each mostly a quotation, without a speaker in
 * common, quote two statements unless their words are nearly the same
 * ('"The site will close," he said' / '"The North will shut the site to
 * prove its vow," the announcement concluded'): one quotation against
 * another is one claim only when one person said both wordings. */
/* At least `share` of sentence x stands in quotation marks. */
static int quoted_at_least(const np_story *s, const np_sent *x, float share)
{
    size_t in = np_story_quoted_bytes(&s->an[x->doc], x->start, x->end);
    return x->end > x->start && (float)in >= share * (float)(x->end - x->start);
}

#define QUOTED_PART 0.3f /* share of a sentence in quotation marks that makes its speaker its claim's */
static int quoted_part(const claim_ctx *cx, uint32_t i)
{
    return quoted_at_least(cx->story, &cx->sents[i], QUOTED_PART);
}

static int other_quotations(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    if (!CLAIM_QUOTATIONS || !cx->quoted || !cx->spk)
        return 0;
    const uint64_t *pa = &cx->pers[(size_t)a * PERS_MAX], *pb = &cx->pers[(size_t)b * PERS_MAX];
    const uint64_t *sa = &cx->spk[(size_t)a * PERS_MAX], *sb = &cx->spk[(size_t)b * PERS_MAX];
    unsigned npa = cx->n_pers[a], npb = cx->n_pers[b], nsa = cx->n_spk[a], nsb = cx->n_spk[b];
    /* each quotes someone named, and not one person: two people's words,
     * whoever else the sentences name ('"...," Ferrand said at a press
     * conference with Morrow' / '"...," Morrow told reporters'), when the
     * quotations are a good part of both (not a fact told beside a short
     * quoted word: 'Twelve died, Mayor Reske said, calling it "a
     * tragedy"') */
    if (nsa && nsb && quoted_part(cx, a) && quoted_part(cx, b))
        return !shares_name(sa, nsa, sb, nsb);
    if (!cx->quoted[a] || !cx->quoted[b])
        return 0;
    if (shares_name(pa, npa, pb, npb) || shares_name(sa, nsa, sb, nsb) || shares_name(pa, npa, sb, nsb) ||
        shares_name(sa, nsa, pb, npb))
        return 0;
    /* one speaker unknown: a person of a role ("the town's mayor told
     * reporters") may be the other outlet's speaker; a document ("the
     * statement said", "the announcement concluded") makes two statements
     * when the words differ too */
    if (!(npa + nsa) || !(npb + nsb)) {
        /* either unknown side may be the role (not only the seed's) */
        int role = (!(npa + nsa) && role_outside_quotes(cx->story, &cx->sents[a])) ||
                   (!(npb + nsb) && role_outside_quotes(cx->story, &cx->sents[b]));
        return np_svec_cos(&cx->sents[a].vec, &cx->sents[b].vec) < QUOTES_UNKNOWN_ALIKE && !role;
    }
    return 1;
}

static int other_actors(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    if (person_and_they(cx, a, b) || she_and_he(cx, a, b) || other_quotations(cx, a, b))
        return 1;
    return (cx->pers && other_people(cx, a, b)) || (cx->subj && other_subjects(cx, a, b));
}

/* Sentences a and b tell one planned visit (compare/visits.h). */
static int same_visit_of(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    if (!cx->has_visit || !cx->has_visit[a] || !cx->has_visit[b])
        return 0;
    const np_sent *x = &cx->sents[a], *y = &cx->sents[b];
    return np_visit_same(cx->story, &cx->visit[a], x->doc, x->tok_lo, x->tok_hi, &cx->visit[b], y->doc, y->tok_lo,
                         y->tok_hi);
}

/* Sentences a and b write out one calendar day ("a May 12 deadline" / "as
 * soon as May 12"): a day named in full is specific, where a weekday
 * ("on Monday") is the day of most of a story's news. */
static int same_day(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    if (!cx->day)
        return 0;
    for (unsigned i = 0; i < DAYS_MAX && cx->day[a * DAYS_MAX + i]; i++)
        for (unsigned j = 0; j < DAYS_MAX && cx->day[b * DAYS_MAX + j]; j++) {
            uint32_t x = cx->day[a * DAYS_MAX + i], y = cx->day[b * DAYS_MAX + j];
            /* month and day alike; years too when both are written */
            if ((x & 511) == (y & 511) && (!(x >> 9) || !(y >> 9) || x == y))
                return 1;
        }
    return 0;
}

#define QTERMS_MAX 48 /* quoted content words of a span compared */

/* One person quoted by two spans in words that have none in common makes
 * two statements ("X said: 'the treaty can no longer hold'" / "X called the
 * proposal 'reckless and naive'"): what the spans share is who spoke, on
 * what occasion and with which title, not the claim.  Both sides must
 * quote a few words, one side a sentence's worth; a speaker named for
 * only one side, or for neither, leaves the pair to the other tests (a
 * statement quoted in two places, "said a statement from the chairmen" /
 * "read a joint statement", is one claim however its parts differ).
 * Spans are bytes [a0, a1) of sentence ia and [b0, b1) of sentence ib;
 * the quoted words come from cx->qw (quoted_words_build()). */
static unsigned span_quoted(const claim_ctx *cx, uint32_t i, size_t lo, size_t hi, uint32_t *out, uint64_t *speaker)
{
    unsigned n = 0;
    int mixed = 0;
    *speaker = 0;
    for (uint32_t k = cx->qw_off[i]; k < cx->qw_off[i + 1] && n < QTERMS_MAX; k++) {
        const quoted_word *w = &cx->qw[k];
        if (w->start < lo || w->start >= hi)
            continue;
        /* the speaker named for the span's quotations (those with none
         * known aside): one surname, else none */
        if (w->speaker && !mixed) {
            if (!*speaker)
                *speaker = w->speaker;
            else if (*speaker != w->speaker)
                *speaker = 0, mixed = 1;
        }
        out[n++] = w->term;
    }
    return n;
}

static int quotes_disjoint(const claim_ctx *cx, uint32_t ia, size_t a0, size_t a1, uint32_t ib, size_t b0, size_t b1)
{
    if (!QUOTES_DISJOINT || !cx || !cx->qw_off || cx->qw_off[ia] == cx->qw_off[ia + 1] ||
        cx->qw_off[ib] == cx->qw_off[ib + 1])
        return 0;
    uint32_t qa[QTERMS_MAX], qb[QTERMS_MAX];
    uint64_t ka, kb;
    unsigned na = span_quoted(cx, ia, a0, a1, qa, &ka), nb = span_quoted(cx, ib, b0, b1, qb, &kb);
    if (na < QUOTE_WORDS_MIN || nb < QUOTE_WORDS_MIN || (na < QUOTE_WORDS_LONG && nb < QUOTE_WORDS_LONG))
        return 0;
    if (!ka || ka != kb)
        return 0;
    for (unsigned i = 0; i < na; i++)
        for (unsigned j = 0; j < nb; j++)
            if (qa[i] == qb[j])
                return 0;
    /* ... and the outlets' own words do not agree: two sentences stating
     * one claim in their own words, each adding a phrase of the speaker's
     * ("the 'costly' tolls will end in June" / "the tolls, 'a relic',
     * will end in June"), state one claim */
    unsigned shared = 0;
    for (uint32_t x = cx->ow_off[ia]; x < cx->ow_off[ia + 1] && shared < QUOTES_OWN_SHARED; x++) {
        if (cx->ow[x].start < a0 || cx->ow[x].start >= a1)
            continue;
        for (uint32_t y = cx->ow_off[ib]; y < cx->ow_off[ib + 1]; y++)
            if (cx->ow[y].term == cx->ow[x].term && cx->ow[y].start >= b0 && cx->ow[y].start < b1) {
                shared++;
                break;
            }
    }
    return shared < QUOTES_OWN_SHARED;
}

/* One actor does a deed in one sentence and suffers it in the other ("Mara
 * Quist has sued a newspaper" / "Mara Quist was sued by her landlord"):
 * two claims, whatever else they share.  The deeds of each sentence
 * (deeds_of_sentences()) are compared: the same term, the same actor
 * named right before it, one active and one passive. */
static int voice_clash(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    if (!cx->deed_off)
        return 0;
    for (uint32_t i = cx->deed_off[a]; i < cx->deed_off[a + 1]; i++)
        for (uint32_t j = cx->deed_off[b]; j < cx->deed_off[b + 1]; j++) {
            const struct deed *x = &cx->deeds[i], *y = &cx->deeds[j];
            if (x->term == y->term && x->actor == y->actor && x->passive != y->passive && !x->by_link && !y->by_link)
                return 1;
        }
    return 0;
}

#define DAY_NONE INT64_MIN
#define EVENT_DAYS 3

/* Sentences a and b date deeds to days, and have no day in common: two
 * moments ("the toll rose to three on Wednesday" / "rose to five on
 * Thursday"; "left flowers on Monday where he was stabbed on Sunday" /
 * "attended the funeral on Tuesday"), or two accounts of one that disagree
 * ("arrested on Sunday" / "on Monday"); either way no agreement. */
static int days_clash(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    if (!cx->event_day || !cx->deed_days[a] || !cx->deed_days[b])
        return 0; /* no deed dated in one ("..., police said on Monday") */
    const int64_t *x = &cx->event_day[(size_t)a * EVENT_DAYS], *y = &cx->event_day[(size_t)b * EVENT_DAYS];
    for (unsigned i = 0; i < EVENT_DAYS && x[i] != DAY_NONE; i++)
        for (unsigned j = 0; j < EVENT_DAYS && y[j] != DAY_NONE; j++)
            if (x[i] == y[j])
                return 0; /* a day in common (a telling's too: "rose to 1,200, the ministry said on Thursday") */
    return 1;
}

/* How many event words ev_a (of a unit of sentence a) and ev_b (of
 * sentence b) share that are not only words of who said what in either
 * sentence (claim_ctx.attr); only_attribution_events(): none, though they
 * share some ("The port authority's spokeswoman, Anneli Fross,
 * said talks would resume on Thursday" and "Anneli Fross, a spokeswoman
 * for the port authority, said: 'No cargo has been lost'" share a speaker
 * and her role, not a claim. */
static uint32_t claim_events_common(const claim_ctx *cx, const uint32_t *ev_a, uint32_t na, uint32_t a,
                                    const uint32_t *ev_b, uint32_t nb, uint32_t b)
{
    if (!cx->attr_off || (cx->attr_off[a] == cx->attr_off[a + 1] && cx->attr_off[b] == cx->attr_off[b + 1]))
        return np_story_sorted_common(ev_a, na, ev_b, nb);
    const uint32_t *xa = cx->attr + cx->attr_off[a], *ya = cx->attr + cx->attr_off[b];
    uint32_t nxa = cx->attr_off[a + 1] - cx->attr_off[a], nya = cx->attr_off[b + 1] - cx->attr_off[b], n = 0;
    for (uint32_t i = 0, j = 0; i < na && j < nb;) {
        if (ev_a[i] < ev_b[j]) {
            i++;
        } else if (ev_a[i] > ev_b[j]) {
            j++;
        } else {
            n += np_story_sorted_index(xa, nxa, ev_a[i]) < 0 && np_story_sorted_index(ya, nya, ev_a[i]) < 0;
            i++;
            j++;
        }
    }
    return n;
}

static int only_attribution_events(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    if (!cx->attr_off || (cx->attr_off[a] == cx->attr_off[a + 1] && cx->attr_off[b] == cx->attr_off[b + 1]))
        return 0;
    const np_sent *x = &cx->sents[a], *y = &cx->sents[b];
    return claim_events_common(cx, x->ev, x->n_ev, a, y->ev, y->n_ev, b) == 0;
}

/* Every token of sentence se that is term t (a synonym class) names a
 * person's office (np_story_office_word()). */
static int office_only(const np_story *s, const np_sent *se, uint32_t t)
{
    const uint32_t *tt = s->tok_term[se->doc];
    for (uint32_t k = se->tok_lo; k < se->tok_hi; k++)
        if (tt[k] != UINT32_MAX && (s->syn ? s->syn[tt[k]] : tt[k]) == t && !np_story_office_word(s, se->doc, k))
            return 0;
    return 1;
}

/* The event words a and b share are only words of a person's office
 * ("Transport minister Jorun Marten said the families would get answers"
 * / "She is not related to the transport minister, Jorun Marten"): one
 * person named twice, not one claim. */
static int only_office_events(const np_story *s, const np_sent *a, const np_sent *b)
{
    int shared = 0;
    for (uint32_t i = 0, j = 0; i < a->n_ev && j < b->n_ev;) {
        if (a->ev[i] < b->ev[j]) {
            i++;
        } else if (a->ev[i] > b->ev[j]) {
            j++;
        } else {
            if (!office_only(s, a, a->ev[i]) || !office_only(s, b, a->ev[i]))
                return 0;
            shared = 1;
            i++;
            j++;
        }
    }
    return shared;
}

/* Sentence s tells deed term done, in the active, by actor. */
static int has_deed(const claim_ctx *cx, uint32_t s, uint32_t term, int32_t actor)
{
    for (uint32_t i = cx->deed_off[s]; i < cx->deed_off[s + 1]; i++)
        if (cx->deeds[i].term == term && cx->deeds[i].actor == actor && !cx->deeds[i].passive)
            return 1;
    return 0;
}

/* One deed done by two different named actors ("Valmora has expelled
 * five diplomats" / "Ostrel has expelled seven diplomats"): two claims
 * (two events, or one credited to two doers), whatever else they share.
 * Both active, each actor named right before the verb (deeds_of_sentences())
 * and neither sentence telling that deed of the other's actor. */
static int actor_clash(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    if (!cx->deed_off)
        return 0;
    for (uint32_t i = cx->deed_off[a]; i < cx->deed_off[a + 1]; i++)
        for (uint32_t j = cx->deed_off[b]; j < cx->deed_off[b + 1]; j++) {
            const struct deed *x = &cx->deeds[i], *y = &cx->deeds[j];
            if (x->term == y->term && !x->passive && !y->passive && x->actor != y->actor &&
                !has_deed(cx, b, x->term, x->actor) && !has_deed(cx, a, y->term, y->actor))
                return 1;
        }
    return 0;
}

/* Sentence i opens on a name in the possessive and the noun it owns
 * ("Ostrel's ambassador was summoned ..."): their story terms. */
static int opening_possessor(const np_story *s, uint32_t i, uint32_t *owner, uint32_t *owned)
{
    const np_sent *se = &s->sents[i];
    const np_analysis *an = &s->an[se->doc];
    const uint32_t *tt = s->tok_term[se->doc];
    uint32_t k = se->tok_lo;
    if (k + 1 >= se->tok_hi || k + 1 >= an->n_tokens || !(an->tokens[k].flags & NP_TOK_CAP) ||
        tt[k] == UINT32_MAX || tt[k + 1] == UINT32_MAX || (an->tokens[k + 1].flags & NP_TOK_CAP))
        return 0;
    const char *w = an->tokens[k].norm; /* normalised: a curly apostrophe is "'" */
    size_t wl = strlen(w);
    if (wl < 3 || strcmp(w + wl - 2, "'s") != 0)
        return 0; /* "Ostrel's" */
    *owner = s->syn ? s->syn[tt[k]] : tt[k];
    *owned = s->syn ? s->syn[tt[k + 1]] : tt[k + 1];
    return 1;
}

/* Two sentences open on one thing of two different owners ("Ostrel's
 * ambassador was summoned" / "Valmora's ambassador was summoned"): two
 * claims about two things, however alike the rest (claim_ctx.owner, read
 * once per sentence by owners_of_sentences()). */
static int owners_clash(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    if (!cx->owner)
        return 0;
    const uint32_t *x = &cx->owner[2 * (size_t)a], *y = &cx->owner[2 * (size_t)b];
    return x[0] != UINT32_MAX && y[0] != UINT32_MAX && x[1] == y[1] && x[0] != y[0];
}

/* Sentences a and b tell opposite deeds: one denies what the other states
 * (opposite()), or one actor does a deed in one and suffers it in the
 * other (voice_clash()), or they date it to different days (days_clash()). */
static int deeds_clash(const claim_ctx *cx, uint32_t a, uint32_t b)
{
    return opposite(cx->story, &cx->sents[a], &cx->sents[b]) || (VOICE_CLASH && voice_clash(cx, a, b)) ||
           days_clash(cx, a, b) || actor_clash(cx, a, b) || owners_clash(cx, a, b);
}

static int same_claim(const claim_ctx *cx, const np_sent *a, const np_sent *b, float sim)
{
    int ev = same_claim_ev(a->ev, a->n_ev, b->ev, b->n_ev, sim);
    if (!cx)
        return ev && !opposite(NULL, a, b);
    if (ev && sim < PROP_STRONG && only_topic_events(cx->story, a, b))
        ev = 0;
    uint32_t ia = (uint32_t)(a - cx->sents), ib = (uint32_t)(b - cx->sents);
    if (ev && ATTRIBUTION_WORDS && sim < PROP_STRONG && only_attribution_events(cx, ia, ib))
        ev = 0;
    if (ev && sim < TOPIC_ALIKE && only_office_events(cx->story, a, b))
        ev = 0;
    /* one day written out and something that happens on it: a weaker
     * likeness is enough.  Measured and left: also asking for a name in
     * common keeps two votes on one day apart (a company's shareholders',
     * a parliament's) but loses one visit on one day told as the visitor's arrival and as his
     * visit (UK visit pair F1 0.513 -> 0.459) */
    if (!ev && CLAIM_DAYS && sim >= FACT_MIN && shared_events(a, b) >= 1 && same_day(cx, ia, ib))
        ev = 1;
    /* one planned visit to one place told with other verbs ("will travel
     * to X" / "is expected in X"): the visit and where it goes are the two
     * words of the action the sentences share (a meeting is weaker
     * evidence: it only lets an outlet join a fact, visit_joins()) */
    if (!ev && !(VISIT_CLAIMS && sim >= PROP_MIN && cx->has_visit && cx->has_visit[ia] && cx->has_visit[ib] &&
                 np_visit_same_place(&cx->visit[ia], &cx->visit[ib])))
        return 0;
    /* tested after the shared words, which turn most pairs away cheaply */
    if (deeds_clash(cx, ia, ib))
        return 0;
    /* "will decide whether to apply" / "have a right to apply": the shared
     * action under frames that cannot state one proposition */
    if (np_frames_clash(cx->fr, ia, ib))
        return 0;
    if (quotes_disjoint(cx, ia, a->start, a->end, ib, b->start, b->end))
        return 0;
    if (sim >= TOPIC_ALIKE)
        return 1;
    return !other_actors(cx, ia, ib);
}

typedef struct cand {
    uint32_t seed;
    uint32_t n;      /* members incl. seed */
    uint32_t *mem;   /* sentence indices, seed first */
    float score;
} cand;

static int cmp_cand(const void *x, const void *y)
{
    const cand *a = x, *b = y;
#if CAND_BY_SCORE
    if (a->score != b->score)
        return a->score < b->score ? 1 : -1;
#endif
    if (a->n != b->n)
        return a->n < b->n ? 1 : -1;
    if (a->score != b->score)
        return a->score < b->score ? 1 : -1;
    return a->seed < b->seed ? -1 : a->seed > b->seed;
}

/* Wire copies: two outlets whose sentences are near-identical (cosine of
 * WIRE_COPY_SIM), or that credit the same news agency or print one report
 * with their own edits (np_compare_copy_docs()) and say it in much the
 * same words (WIRE_SAME_AGENCY_SIM), print one report, not two.  Two
 * sentences that are both mostly a quotation (WIRE_QUOTED of their bytes)
 * are the exception: reporters who each heard a statement, read a memo or
 * saw a tweet print the same words because they quote them ("3 outlets (1
 * independent)" for a White House statement three newsrooms quoted is
 * false), so only a whole document printed as another's copy
 * (np_compare_copy_docs()) or a shared agency credit makes such a pair one
 * report.  The same words quoted by one outlet and told in its own voice
 * by the other are still a copy. */
#define WIRE_COPY_SIM 0.90f
#define WIRE_SAME_AGENCY_SIM 0.50f
#define WIRE_QUOTED 0.5f
static int same_text_docs(const np_story *s, int a, int b)
{
    const np_brief *br = s->brief;
    if (!br || !br->docs || (size_t)a >= br->n_docs || (size_t)b >= br->n_docs)
        return 0;
    return (br->docs[a].same_text_as && br->docs[a].same_text_as - 1 == (size_t)b) ||
           (br->docs[b].same_text_as && br->docs[b].same_text_as - 1 == (size_t)a) ||
           (br->docs[a].same_text_as && br->docs[a].same_text_as == br->docs[b].same_text_as);
}

/* Share of sentence x's bytes inside the quotations its document's
 * analysis found (extract/quote.h: a sentence may open inside one that an
 * earlier sentence opened), at least WIRE_QUOTED.  Quotations are in text
 * order and do not overlap. */
static int mostly_quoted(const np_story *s, const np_sent *x)
{
    return quoted_at_least(s, x, WIRE_QUOTED);
}

int np_align_wire_copy(const np_story *s, uint32_t i, uint32_t j)
{
    const np_sent *x = &s->sents[i], *y = &s->sents[j];
    if (x->doc == y->doc)
        return 0;
    float cs = np_svec_cos(&x->vec, &y->vec);
    if (cs < WIRE_SAME_AGENCY_SIM)
        return 0;
    if (s->agency && s->agency[x->doc] && s->agency[x->doc] == s->agency[y->doc])
        return 1;
    if (s->copy_root && s->copy_root[x->doc] == s->copy_root[y->doc])
        return 1; /* one report's copies, edited: a reworded sentence is still its copy */
    if (cs < WIRE_COPY_SIM)
        return 0;
    return same_text_docs(s, x->doc, y->doc) || !(mostly_quoted(s, x) && mostly_quoted(s, y));
}

/* The number of independent reports among mem[0..n) (union-find over the
 * first CLIQUE_PEERS members; the rest count as independent). */
static size_t independent(const np_story *s, const uint32_t *mem, size_t n)
{
    uint32_t root[CLIQUE_PEERS];
    size_t m = n < CLIQUE_PEERS ? n : CLIQUE_PEERS, groups = n;
    for (size_t i = 0; i < m; i++)
        root[i] = (uint32_t)i;
    for (size_t i = 0; i < m; i++)
        for (size_t j = i + 1; j < m; j++) {
            if (!np_align_wire_copy(s, mem[i], mem[j]))
                continue;
            uint32_t a = (uint32_t)i, b = (uint32_t)j;
            while (root[a] != a)
                a = root[a];
            while (root[b] != b)
                b = root[b];
            if (a != b) {
                root[a > b ? a : b] = a > b ? b : a;
                groups--;
            }
        }
    return groups;
}

/* The next fact of the brief with room for n support refs (NULL when out of
 * memory); close_fact() counts it in once its refs are written. */
static np_brief_fact *open_fact(np_story *s, size_t *cap, size_t n)
{
    np_brief *b = s->brief;
    if (np_grow((void **)&b->facts, cap, b->n_facts, sizeof *b->facts) != NP_OK)
        return NULL;
    np_brief_fact *f = &b->facts[b->n_facts];
    memset(f, 0, sizeof *f);
    f->support = np_arena_alloc(&b->arena, n * sizeof *f->support);
    return f->support ? f : NULL;
}

/* sents[k] is the sentence behind support ref k (for the wire-copy count). */
static void close_fact(np_story *s, np_brief_fact *f, const uint32_t *sents, size_t n, float score)
{
    f->n_support = n;
    f->n_docs = n;
    f->n_independent = independent(s, sents, n);
    f->summary = f->support[0].text;
    f->score = score;
    s->brief->n_facts++;
}

static np_status add_fact(np_story *s, size_t *cap, const uint32_t *mem, size_t n, float score)
{
    np_brief_fact *f = open_fact(s, cap, n);
    if (!f)
        return NP_ENOMEM;
    for (size_t k = 0; k < n; k++) {
        const np_sent *se = &s->sents[mem[k]];
        np_status st = np_story_ref(s, se->doc, se->start, se->end, &f->support[k]);
        if (st != NP_OK)
            return st;
    }
    close_fact(s, f, mem, n, score);
    return NP_OK;
}

/* Grow a fact with the outlets its seed missed: a sentence of another
 * document joins when it is linked to at least half of the members with a
 * mean similarity (over all members) of EXPAND_MEAN — the group as a whole
 * vouches for it although the seed alone did not.  acc/best/touch are
 * scratch arrays of n_docs entries (best all -1 on entry and exit). */
typedef struct scratch {
    float *sum;        /* per sentence, zero between uses */
    uint32_t *links;   /* per sentence, zero between uses */
    uint32_t *touched; /* sentences with non-zero entries */
} scratch;

static np_status expand(np_story *s, const claim_ctx *cx, const cand *c, scratch *sc, const uint32_t *covered, uint32_t **mem_out,
                        size_t *n_out, float *acc, int32_t *best, uint32_t *touch)
{
    size_t nd = 0;
    /* docs already in the fact */
    for (uint32_t m = 0; m < c->n; m++)
        best[s->sents[c->mem[m]].doc] = -2;
    /* candidate sentences: neighbours of members; score = sum of sims */
    size_t n = 0;
    np_status st = NP_OK;
    for (uint32_t m = 0; m < c->n; m++) {
        uint32_t i = c->mem[m];
        for (size_t e = s->adj_off[i]; e < s->adj_off[i + 1]; e++) {
            uint32_t k = s->adj_to[e];
            if (best[s->sents[k].doc] == -2 || s->sents[k].no_fact || s->sents[k].n_content < FACT_MIN_CONTENT ||
                covered[k])
                continue;
            if (!sc->links[k])
                sc->touched[n++] = k;
            sc->sum[k] += s->adj_sim[e];
            sc->links[k]++;
        }
    }
    for (size_t q = 0; q < n; q++) {
        uint32_t k = sc->touched[q];
        float mean = sc->sum[k] / (float)c->n;
        uint32_t links = sc->links[k];
        sc->sum[k] = 0;
        sc->links[k] = 0;
        if (links * 2 < c->n || mean < EXPAND_MEAN)
            continue;
        /* the group vouches for it, but it must state the seed's claim */
        const np_sent *seed = &s->sents[c->mem[0]];
        if (!same_claim(cx, seed, &s->sents[k], np_svec_cos(&seed->vec, &s->sents[k].vec)))
            continue;
        int d = s->sents[k].doc;
        if (best[d] == -1) {
            touch[nd++] = (uint32_t)d;
            best[d] = (int32_t)k;
            acc[d] = mean;
        } else if (mean > acc[d]) {
            best[d] = (int32_t)k;
            acc[d] = mean;
        }
    }
    *mem_out = c->mem;
    *n_out = c->n;
    if (st == NP_OK && nd && EXPAND_ON) {
        uint32_t *mem = np_arena_alloc(&s->work, (c->n + nd) * sizeof *mem);
        if (!mem) {
            st = NP_ENOMEM;
        } else {
            memcpy(mem, c->mem, c->n * sizeof *mem);
            for (size_t q = 0; q < nd; q++)
                mem[c->n + q] = (uint32_t)best[touch[q]];
            *mem_out = mem;
            *n_out = c->n + nd;
        }
    }
    for (size_t q = 0; q < nd; q++)
        best[touch[q]] = -1;
    for (uint32_t m = 0; m < c->n; m++)
        best[s->sents[c->mem[m]].doc] = -1;
    return st;
}

/* ------------------------------------------------ facts anchored on numbers
 *
 * Why: outlets that report one figure ("$2.4 billion", "14 points", "seven
 * years") often wrap it in sentences too different for the cosine (one
 * outlet's sentence carries a second claim, another's is a translation), yet
 * the figure itself is the corroborated fact.  Every figure (value, unit,
 * currency; not ordinals) written by two outlets or more gives a fact made
 * of one sentence per outlet holding it — the one most like the other
 * outlets' sentences when an outlet repeats the figure.  A figure written by
 * one outlet only marks its sentence as carrying a claim of its own. */

typedef struct numref {
    uint64_t key;
    uint32_t sent;
    int doc;
    int kind; /* ANCHOR_* */
    int quantity; /* a figure with a unit, currency or percent ("$2.4 billion", "18%") */
    uint32_t noun; /* the term counted right after the figure ("twelve engineers"), or UINT32_MAX */
    uint64_t value; /* value_key(): the figure whatever noun it counts; 0 for a place */
} numref;

enum {
    ANCHOR_FIGURE = 0,
    ANCHOR_PLACE = 1,   /* named as where something happened */
    ANCHOR_MENTION = 2, /* the same place merely named: fills in outlets */
};
#define ANCHOR_PEERS 64
#define ANCHOR_PLACES 0

static int cmp_numref(const void *x, const void *y)
{
    const numref *a = x, *b = y;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    if (a->doc != b->doc)
        return a->doc < b->doc ? -1 : 1;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    return (a->sent > b->sent) - (a->sent < b->sent);
}

/* A tally's text for the keys below: both counts, "2-1" and "1-2" alike,
 * and its unit. */
static int tally_text(char *buf, size_t cap, const np_number_mention *m)
{
    return snprintf(buf, cap, "%.6g-%.6g|%s", fmax(m->value, m->against), fmin(m->value, m->against),
                    m->unit ? m->unit : "");
}

static uint64_t number_key(const np_number_mention *m)
{
    char buf[128];
    int n = m->flags & NP_NUM_TALLY ? tally_text(buf, sizeof buf, m)
                                    : snprintf(buf, sizeof buf, "%.6g|%s|%s|%u", m->value, m->unit ? m->unit : "",
                                               m->currency, m->flags & NP_NUM_PERCENT);
    if (n < 0)
        n = 0;
    if ((size_t)n >= sizeof buf)
        n = (int)sizeof buf - 1;
    return np_hash64(buf, (size_t)n, 0x6e756d626572ull) | 1;
}

/* The figure as a value of its kind (a sum in one currency, a share, a
 * measure of one dimension, a count), whatever noun it counts: "more than
 * 90 of the marchers" and "about 90 of the union's members" give one
 * value. */
static uint64_t value_key(const np_number_mention *m)
{
    char buf[64];
    int dim = NP_DIM_NONE; /* a measure is of its dimension ("40 km" counts no people) */
    if (!m->currency[0] && !(m->flags & NP_NUM_PERCENT))
        np_unit_measure(m->unit, &dim);
    int n = m->flags & NP_NUM_TALLY ? tally_text(buf, sizeof buf, m)
                                    : snprintf(buf, sizeof buf, "%.6g|%s|%u|%d", m->value, m->currency,
                                               m->flags & NP_NUM_PERCENT, dim);
    if (n < 0)
        n = 0;
    if ((size_t)n >= sizeof buf)
        n = (int)sizeof buf - 1;
    return np_hash64(buf, (size_t)n, 0x76616c7565ull) | 1;
}

/* A figure with a unit, currency or percent ("$2.4 billion", "18%"). */
static int figure_quantity(const np_number_mention *m)
{
    return m->unit || m->currency[0] || (m->flags & NP_NUM_PERCENT);
}

/* The term a figure counts: the word right after it ("twelve engineers"),
 * if it ends before end (its sentence's or clause's); else UINT32_MAX. */
static uint32_t counted_noun(const np_story *s, int d, const np_number_mention *m, size_t end)
{
    const np_analysis *an = &s->an[d];
    size_t tk = np_story_token_at(an, m->end);
    uint32_t noun = tk < an->n_tokens && an->tokens[tk].start < end ? s->tok_term[d][tk] : UINT32_MAX;
    if (noun != UINT32_MAX && s->syn)
        noun = s->syn[noun];
    return noun;
}

/* Where an outlet says something happened: a name right after "in", "at"
 * or "from" (or "a visit/trip to"), or a dateline (a name opening a paragraph, followed by a comma
 * or a dash: "LONDON —", "Springfield, Illinois –"). */
static int locative(const np_analysis *an, const np_entity_mention *m)
{
    size_t t = np_story_token_at(an, m->start);
    if (t > 0 && t <= an->n_tokens) {
        const char *w = an->tokens[t - 1].norm;
        if (w && (!strcmp(w, "in") || !strcmp(w, "at") || !strcmp(w, "from")))
            return 1;
        /* "a visit to X", "his trip to X" */
        if (w && !strcmp(w, "to") && t > 1 && an->tokens[t - 2].stem &&
            (!strcmp(an->tokens[t - 2].stem, "visit") || !strcmp(an->tokens[t - 2].stem, "trip") ||
             !strcmp(an->tokens[t - 2].stem, "travel") || !strcmp(an->tokens[t - 2].stem, "journey")))
            return 1;
    }
    if (m->start == 0 || an->text[m->start - 1] == '\n') {
        size_t e = m->end;
        while (e < an->len && an->text[e] == ' ')
            e++;
        if (e < an->len && (an->text[e] == ',' || an->text[e] == '-' ||
                            (e + 2 < an->len && (unsigned char)an->text[e] == 0xE2 && (unsigned char)an->text[e + 1] == 0x80 &&
                             ((unsigned char)an->text[e + 2] == 0x93 || (unsigned char)an->text[e + 2] == 0x94))))
            return 1;
    }
    return 0;
}


/* Place appositions: "A, B" right after a locative A ("Springfield,
 * Illinois") make A and its region B one location in loc, so that the
 * outlets naming the city and those naming only the region meet (a region
 * given two places joins neither: np_regions_join()). */
static np_status join_regions(const np_story *s, uint32_t *loc)
{
    np_regions rg = {0};
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k + 1 < an->n_ents; k++) {
            const np_entity_mention *a = &an->ents[k], *b = &an->ents[k + 1];
            if (a->type == NP_ENT_PERSON || b->type != NP_ENT_PLACE || !locative(an, a))
                continue;
            if (b->start != a->end + 2 || an->text[a->end] != ',' || an->text[a->end + 1] != ' ')
                continue;
            long ea = np_entity_linker_lookup(s->lk, (int)d, a->start), eb = np_entity_linker_lookup(s->lk, (int)d, b->start);
            if (ea >= 0 && eb >= 0 && np_regions_add(&rg, (uint32_t)eb, (uint32_t)ea) != NP_OK) {
                np_free(rg.pairs);
                return NP_ENOMEM;
            }
        }
    }
    np_regions_join(&rg, loc);
    return NP_OK;
}

/* The anchors of the story, sorted by key: every figure with its sentence,
 * and every place an outlet names as where something happened.  A place
 * written with the region it lies in ("Springfield, Illinois") is one
 * location with that region (join_regions()). */
static np_status collect_anchors(np_story *s, numref **out, size_t *n_out)
{
    size_t total = 0, n = 0, ne = np_entity_linker_count(s->lk);
    for (size_t d = 0; d < s->n_docs; d++)
        total += s->an[d].n_numbers + s->an[d].n_ents;
    numref *r = np_malloc((total + 1) * sizeof *r);
    uint32_t *loc = np_malloc((ne + 1) * sizeof *loc);
    if (!r || !loc) {
        np_free(r);
        np_free(loc);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < ne; i++)
        loc[i] = (uint32_t)i;
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_numbers; k++) {
            const np_number_mention *m = &an->numbers[k];
            if (m->flags & NP_NUM_ORDINAL)
                continue; /* "the first time": a rank, not a figure */
            if (m->unit && !strcmp(m->unit, "time"))
                continue; /* "met six times": how often, no quantity a claim is about */
            if (m->flags & NP_NUM_AGE)
                continue; /* "Varga, 58,": who, in every sentence about her, not what happened */
            long si = np_story_sent_at(s, (int)d, m->start);
            if (si < 0 || s->sents[si].no_fact || s->sents[si].n_content < FACT_MIN_CONTENT)
                continue;
            r[n++] = (numref){number_key(m), (uint32_t)si, (int)d, ANCHOR_FIGURE, figure_quantity(m),
                              counted_noun(s, (int)d, m, s->sents[si].end), value_key(m)};
        }
    }
    np_status st = join_regions(s, loc);
    if (st != NP_OK) {
        np_free(r);
        np_free(loc);
        return st;
    }
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_ents; k++) {
            const np_entity_mention *m = &an->ents[k];
            if (m->type == NP_ENT_PERSON)
                continue;
            int kind = locative(an, m) ? ANCHOR_PLACE : ANCHOR_MENTION;
            long ei = np_entity_linker_lookup(s->lk, (int)d, m->start);
            long si = np_story_sent_at(s, (int)d, m->start);
            if (ei < 0 || si < 0 || s->sents[si].no_fact || s->sents[si].n_content < FACT_MIN_CONTENT)
                continue;
            const np_entity *e = np_entity_linker_get(s->lk, (size_t)ei);
            if (e && e->type == NP_ENT_PERSON)
                continue;
            uint64_t key = np_hash64("place", 5, 0x706c616365ull + np_uf_find(loc, (uint32_t)ei)) | 1;
            r[n++] = (numref){key, (uint32_t)si, (int)d, kind, 0, UINT32_MAX, 0};
        }
    }
    np_free(loc);
    if (n > 1)
        qsort(r, n, sizeof *r, cmp_numref);
    *out = r;
    *n_out = n;
    return NP_OK;
}

/* Which facts each sentence supports: a singly linked list per sentence
 * (nodes in the work arena), so "is this anchor already a fact" looks at
 * the few facts of one sentence instead of every fact. */
typedef struct fnode {
    uint32_t fact;
    struct fnode *next;
} fnode;

static np_status note_fact(np_story *s, fnode **of, const uint32_t *mem, size_t n, uint32_t fact)
{
    for (size_t k = 0; k < n; k++) {
        fnode *x = np_arena_alloc(&s->work, sizeof *x);
        if (!x)
            return NP_ENOMEM;
        x->fact = fact;
        x->next = of[mem[k]];
        of[mem[k]] = x;
    }
    return NP_OK;
}

static int in_fact(fnode *const *of, uint32_t sent, uint32_t fact)
{
    for (const fnode *x = of[sent]; x; x = x->next)
        if (x->fact == fact)
            return 1;
    return 0;
}

/* 1 when one of the facts taken holds every sentence of mem[0..n): the
 * anchor adds nothing.  (A fact holding only some of them stays as it is
 * and the anchor becomes a fact of its own: replacing members would lose
 * the other claim a member's sentence carries.) */
static int already_fact(fnode *const *of, const uint32_t *mem, size_t n)
{
    if (!n)
        return 1;
    for (const fnode *x = of[mem[0]]; x; x = x->next) {
        size_t k = 1;
        while (k < n && in_fact(of, mem[k], x->fact))
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

/* A fact is a clique, not a star: a member that states the claim of
 * fewer than half of the other members (the seed's second claim, a topic
 * neighbour the group let in) leaves, weakest first, until every member
 * agrees with most others.  The member agreeing with the most others heads
 * the fact.  Members are judged against the first CLIQUE_PEERS others so a
 * 200-outlet fact stays cheap.  Returns the new count (members kept in
 * order, head first). */
static size_t prune_members(const np_story *s, const claim_ctx *cx, uint32_t *mem, size_t n)
{
    unsigned agree[CLIQUE_PEERS], near[CLIQUE_PEERS];
    unsigned char opp[CLIQUE_PEERS];
    while (n > 2) {
        size_t m = n < CLIQUE_PEERS ? n : CLIQUE_PEERS;
        int any_opp = 0;
        for (size_t i = 0; i < m; i++)
            agree[i] = near[i] = opp[i] = 0;
        for (size_t i = 0; i < m; i++)
            for (size_t j = i + 1; j < m; j++) {
                const np_sent *x = &s->sents[mem[i]], *y = &s->sents[mem[j]];
                float cs = np_svec_cos(&x->vec, &y->vec);
                if (same_claim(cx, x, y, cs)) {
                    agree[i]++;
                    agree[j]++;
                    near[i]++;
                    near[j]++;
                } else if (cs >= CLIQUE_NEAR_SIM && shared_events(x, y) >= 1 && !opposite(s, x, y)) {
                    near[i]++;
                    near[j]++;
                } else if (opposite(s, x, y)) {
                    opp[i] = opp[j] = 1;
                    any_opp = 1;
                }
            }
        size_t worst = 0, best = 0;
        int small = m <= CLIQUE_FULL_UPTO;
        for (size_t i = 1; i < m; i++) {
            if (small ? near[i] < near[worst] || (near[i] == near[worst] && agree[i] < agree[worst])
                      : agree[i] < agree[worst])
                worst = i;
            if (agree[i] > agree[best])
                best = i;
        }
        /* a member denying what another states ("had not been offered" /
         * "offered") cannot stay with it, whatever the majority: the one of
         * the two the others agree with less leaves */
        if (any_opp) {
            size_t w = SIZE_MAX;
            for (size_t i = 0; i < m; i++)
                if (opp[i] && (w == SIZE_MAX || agree[i] < agree[w]))
                    w = i;
            worst = w;
        } else if (agree[worst] * CLIQUE_DEN >= (m - 1) * CLIQUE_NUM && (!small || near[worst] >= m - 1)) {
            if (best) {
                uint32_t t = mem[0];
                mem[0] = mem[best];
                mem[best] = t;
            }
            break;
        }
        memmove(&mem[worst], &mem[worst + 1], (n - worst - 1) * sizeof *mem);
        n--;
    }
    return n;
}

static int s_doc(const np_story *s, uint32_t i) { return s->sents[i].doc; }
static float quote_share_n(const char *t, size_t n);
static int32_t entity_of(const np_story *s, int d, const np_entity_mention *m);
static int32_t opening_entity(const np_story *s, int d, uint32_t lo, uint32_t hi);

/* The working arrays of np_compare_facts(), shared by its steps. */
typedef struct fctx {
    np_story *s;
    size_t cap;              /* of brief->facts */
    size_t nf;               /* facts taken */
    cand *cs;                /* candidate facts */
    size_t nc;
    int32_t *best;           /* per doc, -1 between uses */
    float *bsim;             /* per doc */
    uint32_t *dtouch;        /* docs touched */
    uint32_t *covered;       /* per sentence: facts holding it */
    fnode **fact_of;         /* per sentence: the facts it supports */
    unsigned char *is_head;  /* per sentence: heads a fact */
    unsigned char *own_figure; /* per sentence: gives a figure no other outlet gives */
    const numref *by_value;    /* anchor_facts(): the story's figures sorted by value, then outlet */
    size_t n_by_value;
    unsigned char *quoted;   /* per sentence: mostly a quotation */
    claim_ctx cx;            /* what same_claim() knows of the story */
    scratch sc;
    /* facts taken, as sentence lists (head first), emitted at the end so
     * a fact can still take in an outlet that joins it later */
    uint32_t **fmem;
    size_t *fn, fcap;
    float *fscore;
    /* refusals told in a clause of a sentence another fact holds: cited
     * from the actor's name on, once the facts are emitted */
    struct refusal_cite *cite;
    size_t ncite, cite_cap;
} fctx;

/* Candidate building: unit idx (a sentence or a clause) of document d
 * at similarity sim becomes d's best when it beats what d had; a document
 * seen the first time is listed in dtouch. */
static void keep_best(fctx *c, int d, int32_t idx, float sim, size_t *nd)
{
    if (c->best[d] < 0) {
        c->dtouch[(*nd)++] = (uint32_t)d;
    } else if (sim <= c->bsim[d]) {
        return;
    }
    c->best[d] = idx;
    c->bsim[d] = sim;
}

/* Every sentence seeds a candidate: itself and its best match in each other
 * document. */
static np_status seed_candidates(fctx *c)
{
    np_story *s = c->s;
    size_t S = s->n_sents, D = s->n_docs;
    for (size_t i = 0; i < S; i++) {
        const np_sent *a = &s->sents[i];
        if (a->n_content < FACT_MIN_CONTENT || a->no_fact)
            continue;
        size_t nd = 0;
        for (size_t e = s->adj_off[i]; e < s->adj_off[i + 1]; e++) {
            uint32_t j = s->adj_to[e];
            float sim = s->adj_sim[e];
            if (sim < FACT_MIN || s->sents[j].n_content < FACT_MIN_CONTENT || s->sents[j].no_fact ||
                !same_claim(&c->cx, a, &s->sents[j], sim))
                continue;
            /* weak links must be mutual: the seed is j's best match in the
             * seed's document, else j is about something else */
            if (sim < FACT_STRONG && !s->adj_best[s->adj_rev[e]])
                continue;
            /* an outlet's own words are matched with another's own words
             * before its quotations, and a quotation with quotations: a
             * short quotation sharing a phrase ("for the first time")
             * outranks by cosine the long sentence that tells the same
             * news */
            if (c->quoted && c->quoted[j] != c->quoted[i])
                sim *= QUOTE_RANK;
            keep_best(c, s->sents[j].doc, (int32_t)j, sim, &nd);
        }
        if (!nd)
            continue;
        cand *cd = &c->cs[c->nc];
        cd->seed = (uint32_t)i;
        cd->mem = np_arena_alloc(&s->work, (nd + 1) * sizeof *cd->mem);
        if (!cd->mem)
            return NP_ENOMEM;
        cd->mem[cd->n++] = (uint32_t)i;
        /* members in document order so output is stable */
        for (size_t d = 0; d < D && cd->n < nd + 1; d++) {
            if (c->best[d] < 0)
                continue;
            cd->mem[cd->n++] = (uint32_t)c->best[d];
            cd->score += c->bsim[d];
        }
        for (size_t q = 0; q < nd; q++)
            c->best[c->dtouch[q]] = -1;
        c->nc++;
    }
    return NP_OK;
}

/* Record mem[0..n) as a fact taken. */
static np_status take_fact(fctx *c, const uint32_t *mem, size_t n, float score)
{
    np_status st;
    size_t cap = c->fcap;
    if ((st = np_grow((void **)&c->fmem, &cap, c->nf, sizeof *c->fmem)) != NP_OK)
        return st;
    cap = c->fcap;
    if ((st = np_grow((void **)&c->fn, &cap, c->nf, sizeof *c->fn)) != NP_OK)
        return st;
    cap = c->fcap;
    if ((st = np_grow((void **)&c->fscore, &cap, c->nf, sizeof *c->fscore)) != NP_OK)
        return st;
    c->fcap = cap;
    uint32_t *copy = np_arena_alloc(&c->s->work, n * sizeof *copy);
    if (!copy)
        return NP_ENOMEM;
    memcpy(copy, mem, n * sizeof *copy);
    c->fmem[c->nf] = copy;
    c->fn[c->nf] = n;
    c->fscore[c->nf] = score;
    for (size_t m = 0; m < n; m++)
        c->covered[mem[m]]++;
    if ((st = note_fact(c->s, c->fact_of, mem, n, (uint32_t)c->nf++)) != NP_OK)
        return st;
    c->is_head[mem[0]] = 1;
    return NP_OK;
}

/* A seed whose best matches another fact already holds joins that fact
 * when its outlet is not in it yet and it states the claim of most of its
 * members (the same claim split over two candidates: one outlet's best
 * match was taken first).  1 when it joined. */
static int join_fact(fctx *c, const cand *cd, int *oom)
{
    np_story *s = c->s;
    const np_sent *seed = &s->sents[cd->seed];
    for (uint32_t m = 1; m < cd->n; m++) {
        if (!c->covered[cd->mem[m]])
            continue;
        for (const fnode *x = c->fact_of[cd->mem[m]]; x; x = x->next) {
            uint32_t f = x->fact, *fm = c->fmem[f];
            size_t n = c->fn[f], agree = 0, judged = 0, same_doc = 0;
            for (size_t k = 0; k < n && !same_doc; k++)
                same_doc = s->sents[fm[k]].doc == seed->doc;
            if (same_doc)
                continue;
            size_t denies = 0;
            for (size_t k = 0; k < n && judged < CLIQUE_PEERS; k++, judged++) {
                const np_sent *y = &s->sents[fm[k]];
                agree += same_claim(&c->cx, seed, y, np_svec_cos(&seed->vec, &y->vec));
                denies += opposite(s, seed, y);
            }
            if (agree * 2 <= judged || denies)
                continue;
            uint32_t *grown = np_arena_alloc(&s->work, (n + 1) * sizeof *grown);
            if (!grown) {
                *oom = 1;
                return 0;
            }
            memcpy(grown, fm, n * sizeof *grown);
            grown[n] = cd->seed;
            c->fmem[f] = grown;
            c->fn[f] = n + 1;
            c->covered[cd->seed]++;
            if (note_fact(s, c->fact_of, &cd->seed, 1, f) != NP_OK)
                *oom = 1;
            return 1;
        }
    }
    return 0;
}

/* The facts taken, into the brief: members in document order after the
 * head, so output is stable. */
static np_status emit_facts(fctx *c)
{
    for (size_t f = 0; f < c->nf; f++) {
        uint32_t *m = c->fmem[f];
        size_t n = c->fn[f];
        for (size_t i = 2; i < n; i++) {
            uint32_t x = m[i];
            size_t j = i;
            while (j > 1 && s_doc(c->s, m[j - 1]) > s_doc(c->s, x)) {
                m[j] = m[j - 1];
                j--;
            }
            m[j] = x;
        }
        np_status st = add_fact(c->s, &c->cap, m, n, c->fscore[f]);
        if (st != NP_OK)
            return st;
    }
    return NP_OK;
}

/* Candidates taken greedily, most outlets first, skipping those mostly
 * covered by a fact already taken. */
static np_status take_candidates(fctx *c)
{
    np_status st;
    if (c->nc > 1)
        qsort(c->cs, c->nc, sizeof *c->cs, cmp_cand);
    for (size_t k = 0; k < c->nc; k++) {
        cand *cd = &c->cs[k];
        if (c->covered[cd->seed])
            continue;
        int oom = 0;
        if (join_fact(c, cd, &oom) || oom) {
            if (oom)
                return NP_ENOMEM;
            continue;
        }
        /* one sentence, one claim: members another fact already holds
         * leave the candidate; what remains must still span two outlets */
        uint32_t w = 1;
        for (uint32_t m = 1; m < cd->n; m++)
            if (!c->covered[cd->mem[m]])
                cd->mem[w++] = cd->mem[m];
        cd->n = w;
        if (cd->n < 2)
            continue;
        uint32_t *mem = cd->mem;
        size_t nm = cd->n;
        if ((st = expand(c->s, &c->cx, cd, &c->sc, c->covered, &mem, &nm, c->bsim, c->best, c->dtouch)) != NP_OK)
            return st;
#if CLIQUE
        if (mem == cd->mem) {
            /* prune a copy: the candidate's array is read again below */
            uint32_t *cp = np_arena_alloc(&c->s->work, nm * sizeof *cp);
            if (!cp)
                return NP_ENOMEM;
            memcpy(cp, mem, nm * sizeof *cp);
            mem = cp;
        }
        nm = prune_members(c->s, &c->cx, mem, nm);
        if (nm < 2 || (nm == 2 && !same_claim(&c->cx, &c->s->sents[mem[0]], &c->s->sents[mem[1]],
                                              np_svec_cos(&c->s->sents[mem[0]].vec, &c->s->sents[mem[1]].vec))))
            continue;
#endif
        if ((st = take_fact(c, mem, nm, cd->score / (float)(cd->n - 1))) != NP_OK)
            return st;
    }
    return NP_OK;
}

/* One sentence per outlet of the anchor group nums[lo..hi): the outlet's
 * sentence most like the other outlets' (strongest kind first: sorted by
 * kind within an outlet).  Returns the count; msum gets each pick's summed
 * similarity, *score the fact's strength. */
static size_t pick_anchor_members(const np_story *s, const numref *nums, size_t lo, size_t hi, uint32_t *mem,
                                  float *msum, float *score)
{
    size_t nm = 0;
    for (size_t a = lo; a < hi;) {
        size_t b = a + 1;
        while (b < hi && nums[b].doc == nums[a].doc)
            b++;
        uint32_t pick = nums[a].sent;
        float best_sum = -1;
        for (size_t k = a; k < b && nums[k].kind == nums[a].kind; k++) {
            float sum = 0;
            size_t peers = 0;
            for (size_t o = lo; o < hi && peers < ANCHOR_PEERS; o++)
                if (nums[o].doc != nums[k].doc && nums[o].kind != ANCHOR_MENTION) {
                    sum += np_svec_cos(&s->sents[nums[k].sent].vec, &s->sents[nums[o].sent].vec);
                    peers++;
                }
            if (sum > best_sum) {
                best_sum = sum;
                pick = nums[k].sent;
            }
        }
        msum[nm] = best_sum;
        mem[nm++] = pick;
        *score += best_sum / (float)ANCHOR_PEERS;
        a = b;
    }
    return nm;
}

/* Outlets giving a figure a fact taken above already holds join that fact
 * ("a team of twelve engineers" in words too different for the cosine
 * proof): a sentence of the group all[lo..hi) in no fact, of an outlet the
 * fact lacks, joins when its figure counts the same thing as the fact's
 * member ("twelve engineers") or carries a unit ("$2.4 billion"), and it
 * is about the same thing (cosine of FACT_MIN with the fact's head, not
 * its opposite). */
static np_status anchor_join(fctx *c, const numref *all, size_t lo, size_t hi)
{
    np_story *s = c->s;
    size_t held = SIZE_MAX;
    for (size_t k = lo; k < hi && held == SIZE_MAX; k++)
        if (c->covered[all[k].sent] && c->fact_of[all[k].sent] && (all[k].quantity || all[k].noun != UINT32_MAX))
            held = k;
    if (held == SIZE_MAX)
        return NP_OK;
    uint32_t f = c->fact_of[all[held].sent]->fact;
    for (size_t k = lo; k < hi; k++) {
        const numref *x = &all[k];
        if (c->covered[x->sent] || !(x->quantity ? all[held].quantity : x->noun == all[held].noun))
            continue;
        uint32_t *fm = c->fmem[f];
        size_t n = c->fn[f], same_doc = 0;
        for (size_t q = 0; q < n && !same_doc; q++)
            same_doc = s->sents[fm[q]].doc == x->doc;
        const np_sent *h = &s->sents[fm[0]], *y = &s->sents[x->sent];
        float cs = np_svec_cos(&h->vec, &y->vec);
        if (same_doc || cs < FACT_MIN || deeds_clash(&c->cx, fm[0], x->sent) ||
            (ANCHOR_PEOPLE && cs < TOPIC_ALIKE && other_actors(&c->cx, fm[0], x->sent)))
            continue;
        uint32_t *grown = np_arena_alloc(&s->work, (n + 1) * sizeof *grown);
        if (!grown)
            return NP_ENOMEM;
        memcpy(grown, fm, n * sizeof *grown);
        grown[n] = x->sent;
        c->fmem[f] = grown;
        c->fn[f] = n + 1;
        c->covered[x->sent]++;
        np_status st = note_fact(s, c->fact_of, &x->sent, 1, f);
        if (st != NP_OK)
            return st;
    }
    return NP_OK;
}

/* Does an outlet other than x's give x's value (value_key()), counting
 * whatever noun?  Then the figure is no evidence that x's outlet alone
 * reports its claim: outlets name one count with different nouns ("about
 * 90 of the union's members" / "more than 90 of the marchers"). */
static int value_elsewhere(const fctx *c, const numref *x)
{
    size_t lo = 0, hi = c->n_by_value;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->by_value[mid].value < x->value)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < c->n_by_value && c->by_value[k].value == x->value; k++)
        if (c->by_value[k].doc != x->doc)
            return 1;
    return 0;
}

/* A fact from the anchor group nums[lo..hi) when two outlets or more give
 * the figure or name the place as a location. */
static np_status anchor_fact(fctx *c, const numref *all, size_t lo, size_t hi)
{
    np_story *s = c->s;
    /* a quantity one outlet alone gives (in whatever sentences), of a
     * value no other outlet gives with any noun, is its own */
    if (all[lo].kind == ANCHOR_FIGURE && all[lo].quantity && all[hi - 1].doc == all[lo].doc &&
        !value_elsewhere(c, &all[lo])) {
        for (size_t k = lo; k < hi; k++)
            c->own_figure[all[k].sent] = 1;
    }
    if (all[lo].kind == ANCHOR_FIGURE) {
        np_status st = anchor_join(c, all, lo, hi);
        if (st != NP_OK)
            return st;
    }
    /* one sentence, one claim: sentences another fact holds are out */
    numref *nums = np_arena_alloc(&s->work, (hi - lo) * sizeof *nums);
    if (!nums)
        return NP_ENOMEM;
    size_t free_n = 0;
    for (size_t k = lo; k < hi; k++)
        if (!c->covered[all[k].sent])
            nums[free_n++] = all[k];
    if (!free_n || (!ANCHOR_PLACES && all[lo].kind != ANCHOR_FIGURE))
        return NP_OK;
    lo = 0;
    hi = free_n;
    /* outlets that give the figure or name the place as a location;
     * an outlet merely naming the place joins a fact others located */
    size_t ndoc = 0, nall = 0;
    for (size_t k = lo; k < hi; k++) {
        int first = k == lo || nums[k].doc != nums[k - 1].doc;
        nall += first;
        ndoc += first && nums[k].kind != ANCHOR_MENTION;
    }
    if (ndoc < 2)
        return NP_OK;
    uint32_t *mem = np_arena_alloc(&s->work, nall * sizeof *mem);
    float *msum = np_arena_alloc(&s->work, nall * sizeof *msum);
    float score = 0;
    if (!mem || !msum)
        return NP_ENOMEM;
    size_t nm = pick_anchor_members(s, nums, lo, hi, mem, msum, &score);
    /* a place is named in many sentences about many things: an
     * outlet's sentence stays only when it is alike at least one
     * other outlet's (a shared figure is evidence enough) */
    if (nums[lo].kind != ANCHOR_FIGURE) {
        size_t w = 0;
        for (size_t m = 0; m < nm; m++) {
            int alike = 0;
            for (size_t o = 0; o < nm && !alike; o++)
                alike = o != m && np_svec_cos(&s->sents[mem[m]].vec, &s->sents[mem[o]].vec) >= NP_EDGE_MIN;
            if (alike) {
                msum[w] = msum[m];
                mem[w++] = mem[m];
            }
        }
        nm = w;
        if (nm < 2)
            return NP_OK;
    }
    /* the fact's wording: the outlet's sentence most like the
     * others', unless it already heads another fact */
    size_t head = SIZE_MAX;
    for (size_t m = 0; m < nm; m++)
        if (!c->is_head[mem[m]] && (head == SIZE_MAX || msum[m] > msum[head]))
            head = m;
    if (head != SIZE_MAX && head) {
        uint32_t t = mem[0];
        mem[0] = mem[head];
        mem[head] = t;
    }
    /* a shared place is not a shared claim: every member must state the
     * head's.  A shared figure is the claim ("cost $1.8 billion") when the
     * sentences also speak of the same thing (cosine) */
    size_t keep = 1;
    for (size_t m = 1; m < nm; m++) {
        const np_sent *h = &s->sents[mem[0]], *x = &s->sents[mem[m]];
        float cs = np_svec_cos(&h->vec, &x->vec);
        int same = nums[0].kind == ANCHOR_FIGURE
                       ? cs >= FACT_MIN && !deeds_clash(&c->cx, mem[0], mem[m]) &&
                             !(ANCHOR_PEOPLE && cs < TOPIC_ALIKE && other_actors(&c->cx, mem[0], mem[m]))
                       : same_claim(&c->cx, h, x, cs);
        if (same)
            mem[keep++] = mem[m];
    }
    nm = keep;
    if (nm < 2 || already_fact(c->fact_of, mem, nm))
        return NP_OK;
    return take_fact(c, mem, nm, score / (float)nm);
}

/* Figures by value_key(), then outlet (value_elsewhere() searches them). */
static int cmp_numref_value(const void *a, const void *b)
{
    const numref *x = a, *y = b;
    if (x->value != y->value)
        return x->value < y->value ? -1 : 1;
    return (x->doc > y->doc) - (x->doc < y->doc);
}

/* Facts anchored on a figure or a place several outlets write. */
static np_status anchor_facts(fctx *c)
{
    numref *nums = NULL;
    size_t n_nums = 0;
    np_status st = collect_anchors(c->s, &nums, &n_nums);
    numref *by_value = st == NP_OK ? np_malloc((n_nums + 1) * sizeof *by_value) : NULL;
    if (st == NP_OK && !by_value)
        st = NP_ENOMEM;
    size_t nv = 0;
    for (size_t k = 0; st == NP_OK && k < n_nums; k++)
        if (nums[k].kind == ANCHOR_FIGURE)
            by_value[nv++] = nums[k];
    if (nv > 1)
        qsort(by_value, nv, sizeof *by_value, cmp_numref_value);
    c->by_value = by_value;
    c->n_by_value = nv;
    for (size_t lo = 0; st == NP_OK && lo < n_nums;) {
        size_t hi = lo + 1;
        while (hi < n_nums && nums[hi].key == nums[lo].key)
            hi++;
        st = anchor_fact(c, nums, lo, hi);
        lo = hi;
    }
    c->by_value = NULL;
    c->n_by_value = 0;
    np_free(by_value);
    np_free(nums);
    return st;
}

/* ------------------------------------------------- facts anchored on refusals
 *
 * Why: what an actor did not do ("Norland refused to sign", "Norland, whose
 * coast lies downstream, did not sign", "..., while Norland declined to
 * sign") is told in sentences that share little else: the refusal is one
 * clause of a long sentence, and the cosine of the whole sentences stays
 * low.  The negated action (polarity as in np_sent.pol, read over the
 * words between a name and the next) and the actor so named are the
 * claim: sentences of several outlets that deny the same action of the
 * same actor state it.  Such a sentence in no fact joins the fact whose
 * members mostly deny that action as a whole (a fact holding a group
 * member for another claim of its sentence is left alone), or the free
 * sentences of the group make a fact of their own, one per outlet; an
 * outlet whose refusal is a clause of a sentence another fact holds
 * ("Arvel signed ..., while Pellmar refused to sign") is cited from the
 * actor's name on (refusal_cites()).  Measured: corpus recall 92.9% ->
 * 95.3% (a refusal told by 2 -> 6 of 6 outlets), real-news pair scores
 * unchanged but one story's pair recall (0.356 -> 0.362). */

typedef struct negref {
    uint64_t key;
    uint32_t sent;
    int doc;
    size_t from; /* where the actor's name starts */
    uint32_t term; /* the action */
} negref;

/* The sentence as a whole denies action t (np_sent.pol): the refusal is
 * what it says, not one clause of it beside another actor's deed. */
static int denies(const np_sent *se, uint32_t t)
{
    return np_story_sorted_index(se->pol, se->n_pol, t << 1 | 1) >= 0;
}

/* Sentences a and b report opposite things with verbs of speaking: "X
 * admitted failing to declare the stake" / "X denied that she had failed
 * to declare it" (np_sent.pol's "@" terms, a denial a negated grant), "did
 * not confirm" / "confirmed".  One refusal's words, opposite claims. */
static int reports_clash(const np_story *s, const np_sent *a, const np_sent *b)
{
    for (uint32_t i = 0; i < a->n_pol; i++)
        if (np_story_report_term(s, a->pol[i] >> 1) &&
            np_story_sorted_index(b->pol, b->n_pol, a->pol[i] ^ 1u) >= 0)
            return 1;
    return 0;
}

/* Sentence x reports the opposite of one of the sentences mem[0..n). */
static int reports_clash_any(const np_story *s, uint32_t x, const uint32_t *mem, size_t n)
{
    for (size_t q = 0; q < n; q++)
        if (reports_clash(s, &s->sents[x], &s->sents[mem[q]]))
            return 1;
    return 0;
}

struct refusal_cite {
    uint32_t fact, sent;
    size_t from;
};

static int cmp_negref(const void *x, const void *y)
{
    const negref *a = x, *b = y;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    if (a->doc != b->doc)
        return a->doc < b->doc ? -1 : 1;
    return (a->sent > b->sent) - (a->sent < b->sent);
}

/* The refusal anchors of sentence i into r: per name in the sentence, the
 * actions negated between it and the next name ("Arvel and Drest signed
 * ..., while Pellmar declined to sign": the signing is Drest's, the refusal
 * Pellmar's; the sentence as a whole both signs and refuses), each as the
 * key of (the named entity, the action's term); *n_out gets the count (at
 * most max). */
static np_status refusals_of(np_story *s, uint32_t i, negref *r, size_t max, size_t *n_out)
{
    const np_sent *se = &s->sents[i];
    const np_analysis *an = &s->an[se->doc];
    size_t n = 0, e = np_story_ent_at(an, se->start); /* first mention starting in the sentence */
    *n_out = 0;
    for (; e < an->n_ents && an->ents[e].start < se->end; e++) {
        int32_t actor = entity_of(s, se->doc, &an->ents[e]);
        if (actor < 0)
            continue;
        uint32_t lo = (uint32_t)np_story_token_at(an, an->ents[e].start), up = se->tok_hi;
        if (e + 1 < an->n_ents && an->ents[e + 1].start < se->end)
            up = (uint32_t)np_story_token_at(an, an->ents[e + 1].start);
        if (lo < se->tok_lo || lo >= up)
            continue;
        uint32_t *ev, n_ev, *pol, n_pol;
        np_status st = np_story_events_span(s, se->doc, an->tokens[lo].start, lo, up, &ev, &n_ev, &pol, &n_pol);
        if (st != NP_OK)
            return st;
        for (uint32_t q = 0; q < n_pol && n < max; q++) {
            if (!(pol[q] & 1) || np_story_report_term(s, pol[q] >> 1))
                continue; /* a verb of speaking's own polarity */
            uint64_t v[2] = {(uint64_t)actor, pol[q] >> 1};
            uint64_t key = np_hash64(v, sizeof v, 0x7265667573616cull) | 1;
            int dup = 0;
            for (size_t k = 0; k < n && !dup; k++)
                dup = r[k].key == key;
            if (!dup)
                r[n++] = (negref){key, i, se->doc, an->ents[e].start, pol[q] >> 1};
        }
    }
    *n_out = n;
    return NP_OK;
}

/* Grow fact f with sentence x (an outlet it lacks). */
static np_status grow_fact(fctx *c, uint32_t f, uint32_t x)
{
    size_t n = c->fn[f];
    uint32_t *grown = np_arena_alloc(&c->s->work, (n + 1) * sizeof *grown);
    if (!grown)
        return NP_ENOMEM;
    memcpy(grown, c->fmem[f], n * sizeof *grown);
    grown[n] = x;
    c->fmem[f] = grown;
    c->fn[f] = n + 1;
    c->covered[x]++;
    return note_fact(c->s, c->fact_of, &x, 1, f);
}

static int fact_has_doc(const fctx *c, uint32_t f, int doc)
{
    for (size_t q = 0; q < c->fn[f]; q++)
        if (s_doc(c->s, c->fmem[f][q]) == doc)
            return 1;
    return 0;
}

/* One refusal group r[lo..hi) (one key, sorted by doc). */
static np_status refusal_group(fctx *c, const negref *r, size_t lo, size_t hi)
{
    np_story *s = c->s;
    /* the fact whose members mostly deny the action as a whole (it states
     * the refusal, not some other claim of a member's sentence), if any:
     * the free members join it */
    uint32_t f = UINT32_MAX;
    for (size_t k = lo; k < hi && f == UINT32_MAX; k++)
        for (const fnode *x = c->covered[r[k].sent] ? c->fact_of[r[k].sent] : NULL; x && f == UINT32_MAX; x = x->next) {
            size_t in = 0;
            for (size_t q = 0; q < c->fn[x->fact]; q++)
                for (size_t g = lo; g < hi; g++)
                    if (r[g].sent == c->fmem[x->fact][q]) {
                        in += denies(&s->sents[r[g].sent], r[g].term);
                        break;
                    }
            if (in * 2 > c->fn[x->fact])
                f = x->fact;
        }
    uint32_t *mem = np_arena_alloc(&s->work, (hi - lo) * sizeof *mem);
    const negref **held = np_arena_alloc(&s->work, (hi - lo) * sizeof *held);
    if (!mem || !held)
        return NP_ENOMEM;
    size_t nm = 0, nh = 0;
    /* per outlet: its first free sentence of the group; when every one is
     * in another fact, the first of those, cited from the actor's name */
    for (size_t a = lo; a < hi;) {
        size_t b = a, pick = SIZE_MAX;
        while (b < hi && r[b].doc == r[a].doc) {
            if (pick == SIZE_MAX && !c->covered[r[b].sent])
                pick = b;
            b++;
        }
        int doc = r[a].doc;
        if (pick == SIZE_MAX) {
            if (f == UINT32_MAX || !fact_has_doc(c, f, doc))
                held[nh++] = &r[a];
            a = b;
            continue;
        }
        a = b;
        /* no polarity check of the whole sentences: the refusal is the
         * actor's, and another actor's plain action in the same sentence
         * ("Drest signed ..., while Pellmar declined to sign") is no clash;
         * only a report of the opposite ("admitted" / "denied" failing to
         * declare) is */
        if (reports_clash_any(s, r[pick].sent, mem, nm) ||
            (f != UINT32_MAX && reports_clash_any(s, r[pick].sent, c->fmem[f], c->fn[f])))
            continue;
        if (f != UINT32_MAX) {
            if (fact_has_doc(c, f, doc))
                continue;
            np_status st = grow_fact(c, f, r[pick].sent);
            if (st != NP_OK)
                return st;
        } else {
            mem[nm++] = r[pick].sent;
        }
    }
    if (f == UINT32_MAX) {
        /* a free sentence and another outlet's clause are two outlets */
        if (!nm || nm + (REFUSAL_CLAUSES ? nh : 0) < 2)
            return NP_OK;
        np_status st = take_fact(c, mem, nm, 0.0f);
        if (st != NP_OK)
            return st;
        f = (uint32_t)(c->nf - 1);
    }
    for (size_t k = 0; k < nh && REFUSAL_CLAUSES; k++) {
        /* a clause's sentence reporting the opposite of a member's stays out too */
        if (reports_clash_any(s, held[k]->sent, c->fmem[f], c->fn[f]))
            continue;
        np_status st = np_grow((void **)&c->cite, &c->cite_cap, c->ncite, sizeof *c->cite);
        if (st != NP_OK)
            return st;
        c->cite[c->ncite++] = (struct refusal_cite){f, held[k]->sent, held[k]->from};
    }
    return NP_OK;
}

/* The refusals noted by refusal_group() in sentences another fact holds
 * join their facts (emitted as brief facts base + f), citing the words
 * from the actor's name to the end of the sentence ("..., while Pellmar
 * refused to sign."): the sentence's other claim keeps its fact. */
static np_status refusal_cites(fctx *c, size_t base)
{
    np_story *s = c->s;
    for (size_t k = 0; k < c->ncite; k++) {
        const struct refusal_cite *x = &c->cite[k];
        const np_sent *se = &s->sents[x->sent];
        if (fact_has_doc(c, x->fact, se->doc))
            continue;
        np_brief_fact *f = &s->brief->facts[base + x->fact];
        np_bref *sup = np_arena_alloc(&s->brief->arena, (f->n_support + 1) * sizeof *sup);
        uint32_t *grown = np_arena_alloc(&s->work, (c->fn[x->fact] + 1) * sizeof *grown);
        if (!sup || !grown)
            return NP_ENOMEM;
        memcpy(sup, f->support, f->n_support * sizeof *sup);
        np_status st = np_story_ref(s, se->doc, x->from, se->end, &sup[f->n_support]);
        if (st != NP_OK)
            return st;
        memcpy(grown, c->fmem[x->fact], c->fn[x->fact] * sizeof *grown);
        grown[c->fn[x->fact]] = x->sent;
        c->fmem[x->fact] = grown;
        c->fn[x->fact]++;
        f->support = sup;
        f->n_support++;
        f->n_docs++;
        f->n_independent = independent(s, grown, c->fn[x->fact]);
        c->covered[x->sent]++;
        if ((st = note_fact(s, c->fact_of, &x->sent, 1, x->fact)) != NP_OK)
            return st;
    }
    return NP_OK;
}

/* Facts anchored on the same actor not doing the same thing. */
static np_status refusal_facts(fctx *c)
{
    np_story *s = c->s;
    size_t total = 0, n = 0;
    for (size_t i = 0; i < s->n_sents; i++)
        total += s->sents[i].tok_hi - s->sents[i].tok_lo;
    negref *r = np_malloc((total + 1) * sizeof *r);
    if (!r)
        return NP_ENOMEM;
    np_status st = NP_OK;
    for (size_t i = 0; i < s->n_sents && st == NP_OK; i++) {
        const np_sent *se = &s->sents[i];
        if (se->no_fact || se->n_content < FACT_MIN_CONTENT)
            continue;
        size_t got = 0;
        st = refusals_of(s, (uint32_t)i, r + n, total - n, &got);
        n += got;
    }
    if (n > 1)
        qsort(r, n, sizeof *r, cmp_negref);
    for (size_t lo = 0; st == NP_OK && lo < n;) {
        size_t hi = lo + 1;
        while (hi < n && r[hi].key == r[lo].key)
            hi++;
        if (r[hi - 1].doc != r[lo].doc)
            st = refusal_group(c, r, lo, hi);
        lo = hi;
    }
    np_free(r);
    return st;
}

/* ---------------------------------------------------- joins on planned visits
 *
 * Why: outlets tell one planned trip with different verbs ("is expected in
 * Vell next week" / "will soon travel to Vell" / "is scheduled to arrive
 * in Vell"), so the sentences share no event word and same_claim() cannot
 * pair them, although who goes where is the claim (compare/visits.h).  As
 * a shared figure does (anchor_join()), a planned visit one member of a
 * fact tells lets a sentence of an outlet the fact lacks, in no fact,
 * telling the same visit (np_visit_same()) join that fact, when it is
 * about the same thing as that member (cosine FACT_MIN), neither denies
 * the other, their frames agree and they speak of the same actors.  Of
 * several such facts the one with the closest member wins. */
static np_status visit_joins(fctx *c)
{
    np_story *s = c->s;
    uint32_t *va = np_malloc((s->n_sents + 1) * sizeof *va);
    size_t nv = 0;
    if (!va)
        return NP_ENOMEM;
    for (size_t i = 0; i < s->n_sents; i++)
        if (c->cx.has_visit[i])
            va[nv++] = (uint32_t)i;
    np_status st = NP_OK;
    for (size_t i = 0; i < nv && st == NP_OK; i++) {
        uint32_t x = va[i];
        const np_sent *a = &s->sents[x];
        if (c->covered[x])
            continue;
        size_t best_f = SIZE_MAX;
        float best = 0;
        for (size_t j = 0; j < nv; j++) {
            uint32_t y = va[j];
            const np_sent *b = &s->sents[y];
            if (!c->covered[y] || b->doc == a->doc || !same_visit_of(&c->cx, x, y))
                continue;
            float cs = np_svec_cos(&a->vec, &b->vec);
            if (cs < FACT_MIN || cs <= best || opposite(s, a, b) || np_frames_clash(c->cx.fr, x, y) ||
                (cs < TOPIC_ALIKE && other_actors(&c->cx, x, y)))
                continue;
            for (const fnode *f = c->fact_of[y]; f; f = f->next)
                if (!fact_has_doc(c, f->fact, a->doc)) {
                    best = cs;
                    best_f = f->fact;
                    break;
                }
        }
        if (best_f != SIZE_MAX)
            st = grow_fact(c, (uint32_t)best_f, x);
    }
    np_free(va);
    return st;
}

/* ----------------------------------------------------------- clause facts
 *
 * Why: "one sentence, one claim" above cuts off the second claim of a
 * sentence that states two ("Putin spoke in Bishkek, and he said the plan
 * could be a basis").  Here the clauses of such sentences
 * (np_story_clauses()) are claim units of their own: a clause that no fact
 * holds yet (for a sentence in a fact, every clause but the one most like
 * the fact's other members) is aligned with the free clauses of other
 * outlets, and with their sentences that state one claim and are in no
 * fact.  The same proof as for sentences applies (cosine and shared event
 * words, every member agreeing with most others), and each clause supports
 * at most one fact; the fact cites the clause's own words.  Two whole
 * sentences are never paired here: that pair was judged above. */
#define CLAUSE_MAX 4
#define CLAUSE_MIN_CONTENT 5
/* cosine of two units of one claim (a clause is short: ask more than of
 * sentences).  Measured with the topic-word test in place (real-news,
 * unseen and ECB+ claim golds, seeds, corpus): 0.30 -> 0.29 adds caravan
 * pairs (pair P 0.867 -> 0.882, R 0.231 -> 0.262; mean F1 0.529 -> 0.535)
 * and changes no other story's score; 0.28 adds Pompeo pairs too but costs
 * a seeds fact and DNC pair P (0.879 -> 0.866); 0.27 takes caravan and North
 * Korea under 0.85. */
#define CLAUSE_SIM 0.29f
#define ANCHOR_CLAUSES 1    /* a clause giving a fact's figure joins it (anchor_clause()) */
#define CLAUSE_EVENTS 2     /* shared event words, whatever the cosine */

typedef struct clause {
    uint32_t sent;
    size_t start, end;
    np_svec vec;
    uint32_t *ev;
    uint32_t n_ev;
    uint32_t *pol; /* polarity of its actions (np_sent.pol) */
    uint32_t n_pol;
    const unsigned char *fr; /* frames of its event words (compare/frames.h), or NULL */
    int whole; /* the sentence itself (it has one clause) */
    int used;  /* a fact holds it */
    size_t about_end; /* a relative clause: the end of what it is about ([start, about_end)), else 0 */
    int about_name;   /* ... and that is a name ("Ana Ruiz, who"), not a noun phrase ("the weir, which") */
} clause;

typedef struct cunits {
    clause *u;
    size_t n, cap;
    size_t *first; /* per sentence: its first unit; [S] = n */
} cunits;

static np_status push_unit(cunits *cu, const clause *x)
{
    np_status st = np_grow((void **)&cu->u, &cu->cap, cu->n, sizeof *cu->u);
    if (st == NP_OK)
        cu->u[cu->n++] = *x;
    return st;
}

/* Of a sentence in a fact, the clause that fact is about: the one most
 * like the fact's other members. */
static void mark_used_clause(const fctx *c, cunits *cu, uint32_t i)
{
    const np_story *s = c->s;
    for (const fnode *x = c->fact_of[i]; x; x = x->next) {
        const uint32_t *fm = c->fmem[x->fact];
        size_t n = c->fn[x->fact], bestu = SIZE_MAX;
        float best = -1;
        for (size_t u = cu->first[i]; u < cu->n && cu->u[u].sent == i; u++) {
            float sum = 0;
            for (size_t k = 0; k < n && k < CLIQUE_PEERS; k++)
                if (fm[k] != i)
                    sum += np_svec_cos(&cu->u[u].vec, &s->sents[fm[k]].vec);
            if (sum > best) {
                best = sum;
                bestu = u;
            }
        }
        if (bestu != SIZE_MAX)
            cu->u[bestu].used = 1;
    }
}

/* Claim units of the story: the clauses of sentences of two clauses or
 * more, and the sentences of one clause in no fact. */
static np_status build_units(fctx *c, cunits *cu)
{
    np_story *s = c->s;
    size_t S = s->n_sents;
    uint32_t first[CLAUSE_MAX + 1];
    np_status st = NP_OK;
    cu->first = np_malloc((S + 1) * sizeof *cu->first);
    if (!cu->first)
        return NP_ENOMEM;
    for (size_t i = 0; i < S && st == NP_OK; i++) {
        const np_sent *se = &s->sents[i];
        cu->first[i] = cu->n;
        if (se->no_fact || se->n_content < FACT_MIN_CONTENT)
            continue;
        size_t k = np_story_clauses(s, se, first, CLAUSE_MAX, CLAUSE_MIN_CONTENT);
        if (k < 2) {
            if (!c->covered[i])
                st = push_unit(cu, &(clause){(uint32_t)i, se->start, se->end, se->vec, se->ev, se->n_ev, se->pol,
                                             se->n_pol, np_frames_sent(c->cx.fr, (uint32_t)i), 1, 0, 0, 0});
            continue;
        }
        const np_analysis *an = &s->an[se->doc];
        first[k] = se->tok_hi;
        for (size_t q = 0; q < k && st == NP_OK; q++) {
            clause x = {.sent = (uint32_t)i};
            x.start = q ? an->tokens[first[q]].start : se->start;
            x.end = q + 1 < k ? an->tokens[first[q + 1] - 1].end : se->end;
            /* a relative clause is about the name or thing before it:
             * cite and compare it with that ("Ana Ruiz, who ...") */
            size_t ante = q ? np_story_relative_antecedent(s, se, first[q], &x.about_name) : SIZE_MAX;
            if (ante != SIZE_MAX) {
                x.start = ante;
                x.about_end = an->tokens[first[q] - 1].end;
            }
            if ((st = np_story_vec_span(s, se->doc, x.start, x.end, &x.vec)) != NP_OK ||
                (st = np_story_events_span(s, se->doc, an->tokens[first[q]].start, first[q], first[q + 1], &x.ev,
                                           &x.n_ev, &x.pol, &x.n_pol)) != NP_OK)
                break;
            unsigned char *fr = NULL;
            if ((st = np_frames_span(c->cx.fr, s, se->doc, first[q], first[q + 1], x.ev, x.n_ev, &fr)) != NP_OK)
                break;
            x.fr = fr;
            st = push_unit(cu, &x);
        }
        if (st == NP_OK && c->covered[i])
            mark_used_clause(c, cu, (uint32_t)i);
    }
    cu->first[S] = cu->n;
    return st;
}

/* Is the word w[0..n) in t[0..tn), as a whole word? */
static int has_word(const char *t, size_t tn, const char *w, size_t n)
{
    for (const char *p = t; n && (p = memmem(p, tn - (size_t)(p - t), w, n)) != NULL; p++) {
        int before = p > t && ((unsigned char)p[-1] >= 0x80 || isalnum((unsigned char)p[-1]));
        int after = p + n < t + tn && ((unsigned char)p[n] >= 0x80 || isalnum((unsigned char)p[n]));
        if (!before && !after)
            return 1;
    }
    return 0;
}

/* A relative clause is about what stands before it ("Ana Ruiz, who
 * resigned ..."; "the old weir, which was closed ..."): another outlet's
 * sentence supports it only when it names that too, by a capitalised word
 * of three letters or more of the name, or by the head word of the noun
 * phrase (its last); the same words about someone or something else ("Bo
 * Lind resigned ...") are another claim.  1 for any other unit. */
static int names_about(const np_story *s, const clause *a, uint32_t sent)
{
    if (!a->about_end)
        return 1;
    const char *t = s->an[s->sents[a->sent].doc].text;
    const np_sent *b = &s->sents[sent];
    const char *bt = s->an[b->doc].text + b->start;
    for (size_t p = a->start; p < a->about_end;) {
        size_t q = p;
        while (q < a->about_end && isalpha((unsigned char)t[q]))
            q++;
        int word = a->about_name ? isupper((unsigned char)t[p]) : q == a->about_end;
        if (q - p >= 3 && word && has_word(bt, b->end - b->start, t + p, q - p))
            return 1;
        p = q + 1;
    }
    return 0;
}

/* Two units state one claim: like same_claim(), stricter, since a clause
 * has few words to prove it with. */
static int units_claim(const claim_ctx *cx, const clause *a, const clause *b, float sim)
{
    const np_story *s = cx->story;
    /* claim_events_common() counts the shared event words less those only
     * an attribution uses: never more than np_story_sorted_common() */
    return sim >= CLAUSE_SIM && claim_events_common(cx, a->ev, a->n_ev, a->sent, b->ev, b->n_ev, b->sent) >= CLAUSE_EVENTS &&
           (sim >= PROP_STRONG || !only_topic_ev(s, a->ev, a->n_ev, b->ev, b->n_ev)) &&
           !np_actions_opposed(s, a->ev, a->n_ev, a->pol, a->n_pol, b->ev, b->n_ev, b->pol, b->n_pol) &&
           !np_frames_clash_ev(a->ev, a->fr, a->n_ev, b->ev, b->fr, b->n_ev) &&
           !quotes_disjoint(cx, a->sent, a->start, a->end, b->sent, b->start, b->end);
}

static int units_agree(const claim_ctx *cx, const clause *a, const clause *b)
{
    return units_claim(cx, a, b, np_svec_cos(&a->vec, &b->vec));
}

/* A clique of the candidate mem[0..n) (mem[0] its seed, kept): drop the
 * member agreeing with the fewest others until every member agrees with
 * most of them (each judged against the first CLIQUE_PEERS); returns the
 * new count.  units_agree() is symmetric, and a pair keeps its answer when
 * the last member moves into a dropped member's slot, so each pair is
 * judged once (ag[][]: -1 not yet) instead of twice per round. */
static size_t prune_clique(const claim_ctx *cx, const cunits *cu, uint32_t *mem, size_t n)
{
    signed char ag[CLIQUE_PEERS][CLIQUE_PEERS];
    memset(ag, -1, sizeof ag);
    while (n > 2) {
        size_t worst = 0, wagree = SIZE_MAX;
        for (size_t m = 1; m < n && m < CLIQUE_PEERS; m++) {
            size_t agree = 0;
            for (size_t o = 0; o < n && o < CLIQUE_PEERS; o++) {
                if (o == m)
                    continue;
                if (ag[m][o] < 0)
                    ag[m][o] = ag[o][m] = (signed char)units_agree(cx, &cu->u[mem[m]], &cu->u[mem[o]]);
                agree += (size_t)ag[m][o];
            }
            if (agree < wagree) {
                wagree = agree;
                worst = m;
            }
        }
        if (!worst || wagree * 2 >= n - 1)
            break;
        size_t last = --n;
        mem[worst] = mem[last];
        for (size_t k = 0; k < CLIQUE_PEERS; k++) {
            signed char v = last < CLIQUE_PEERS && k != worst && k != last ? ag[last][k] : -1;
            ag[worst][k] = ag[k][worst] = v;
        }
    }
    return n;
}

/* The entity a unit opens with (opening_entity() over the unit's own
 * words: the passive of the next clause is not this one's, "Ostria is the
 * largest buyer, and its mills are integrated"); -1 when none. */
static int32_t unit_subject(const fctx *c, const clause *u)
{
    const np_story *s = c->s;
    const np_sent *se = &s->sents[u->sent];
    const np_analysis *an = &s->an[se->doc];
    uint32_t lo = (uint32_t)np_story_token_at(an, u->start), hi = (uint32_t)np_story_token_at(an, u->end);
    return opening_entity(s, se->doc, lo, hi > se->tok_hi ? se->tok_hi : hi);
}

/* Units opening with different actors of one kind, neither's sentence
 * naming the other's ("Ostria is the largest steel buyer" / "Norland, the
 * region's largest steel buyer, took 5 percent"): other_subjects() for
 * clauses, whose few words share the rest easily. */
static int other_unit_subjects(const fctx *c, const clause *a, const clause *b)
{
    return other_subject_ids(&c->cx, unit_subject(c, a), a->sent, unit_subject(c, b), b->sent);
}

/* ... and a unit beside a sentence of a fact (join_clause()). */
static int unit_and_sentence_subjects(const fctx *c, const clause *a, uint32_t sent)
{
    return c->cx.subj && other_subject_ids(&c->cx, unit_subject(c, a), a->sent, c->cx.subj[sent], sent);
}

/* The candidate of unit u: u and its best free unit in each other
 * document, pruned to a clique.  Members (unit indices) into mem (room for
 * n_docs); returns the count, *score the mean similarity to u. */
static size_t clause_candidate(fctx *c, const cunits *cu, size_t u, uint32_t *mem, float *score)
{
    np_story *s = c->s;
    const clause *a = &cu->u[u];
    size_t nd = 0;
    for (size_t e = s->adj_off[a->sent]; e < s->adj_off[a->sent + 1]; e++) {
        uint32_t j = s->adj_to[e];
        for (size_t v = cu->first[j]; v < cu->first[j + 1]; v++) {
            const clause *b = &cu->u[v];
            if (b->used || (a->whole && b->whole) || !names_about(s, a, b->sent) || !names_about(s, b, a->sent))
                continue;
            float sim = np_svec_cos(&a->vec, &b->vec);
            if (!units_claim(&c->cx, a, b, sim) || other_unit_subjects(c, a, b))
                continue;
            keep_best(c, s->sents[j].doc, (int32_t)v, sim, &nd);
        }
    }
    size_t n = 0;
    *score = 0;
    mem[n++] = (uint32_t)u;
    for (size_t q = 0; q < nd; q++) {
        mem[n++] = (uint32_t)c->best[c->dtouch[q]];
        *score += c->bsim[c->dtouch[q]];
        c->best[c->dtouch[q]] = -1;
    }
    n = prune_clique(&c->cx, cu, mem, n);
    if (n > 1)
        *score /= (float)(n - 1);
    return n;
}

static np_status add_clause_fact(np_story *s, size_t *cap, const cunits *cu, const uint32_t *mem, size_t n,
                                 float score)
{
    np_brief_fact *f = open_fact(s, cap, n);
    uint32_t *sents = np_arena_alloc(&s->work, n * sizeof *sents);
    if (!f || !sents)
        return NP_ENOMEM;
    for (size_t k = 0; k < n; k++) {
        const clause *x = &cu->u[mem[k]];
        sents[k] = x->sent;
        np_status st = np_story_ref(s, s->sents[x->sent].doc, x->start, x->end, &f->support[k]);
        if (st != NP_OK)
            return st;
    }
    close_fact(s, f, sents, n, score);
    return NP_OK;
}

typedef struct ccand {
    uint32_t *mem;
    uint32_t n;
    float score;
} ccand;

static int cmp_ccand(const void *x, const void *y)
{
    const ccand *a = x, *b = y;
    if (a->n != b->n)
        return a->n < b->n ? 1 : -1;
    if (a->score != b->score)
        return a->score < b->score ? 1 : -1;
    return (a->mem[0] > b->mem[0]) - (a->mem[0] < b->mem[0]);
}

static np_status take_clause_facts(fctx *c, cunits *cu, ccand *cc, size_t ncc)
{
    np_story *s = c->s;
    if (ncc > 1)
        qsort(cc, ncc, sizeof *cc, cmp_ccand);
    for (size_t k = 0; k < ncc; k++) {
        ccand *x = &cc[k];
        if (cu->u[x->mem[0]].used)
            continue;
        uint32_t w = 1;
        for (uint32_t m = 1; m < x->n; m++)
            if (!cu->u[x->mem[m]].used)
                x->mem[w++] = x->mem[m];
        if (w < 2)
            continue;
        /* two sentences already in one fact together: that is the claim
         * they share, not a second one */
        uint32_t sents[2] = {cu->u[x->mem[0]].sent, cu->u[x->mem[1]].sent};
        if (w == 2 && already_fact(c->fact_of, sents, 2))
            continue;
        for (uint32_t m = 0; m < w; m++) {
            cu->u[x->mem[m]].used = 1;
            c->covered[cu->u[x->mem[m]].sent]++;
        }
        np_status st = add_clause_fact(s, &c->cap, cu, x->mem, w, x->score);
        if (st != NP_OK)
            return st;
    }
    return NP_OK;
}

/* A free clause joins a fact taken above when its outlet is not in it yet
 * and it states the claim of most of the fact's members (the sentence's
 * other clause had taken it elsewhere).  The fact emitted as brief fact
 * base + f cites the clause.  seen (per fact, the last unit + 1 that
 * judged it) keeps a fact reached through several of its members from
 * being judged again: the same judgement, and a big story's facts have
 * hundreds of members matched with the clause's sentence. */
static np_status grow_with_clause(fctx *c, cunits *cu, size_t u, size_t base, size_t best_f);

static np_status join_clause(fctx *c, cunits *cu, size_t u, size_t base, size_t *seen)
{
    np_story *s = c->s;
    const clause *a = &cu->u[u];
    int doc = s->sents[a->sent].doc;
    size_t best_f = SIZE_MAX;
    float best = 0;
    for (size_t e = s->adj_off[a->sent]; e < s->adj_off[a->sent + 1]; e++)
        for (const fnode *x = c->fact_of[s->adj_to[e]]; x; x = x->next) {
            if (x->fact < c->nf) {
                if (seen[x->fact] == u + 1)
                    continue;
                seen[x->fact] = u + 1;
            }
            const uint32_t *fm = c->fmem[x->fact];
            size_t n = c->fn[x->fact], agree = 0, judged = 0, same_doc = 0;
            float sum = 0;
            for (size_t k = 0; k < n && !same_doc; k++)
                same_doc = s->sents[fm[k]].doc == doc;
            for (size_t k = 0; k < n && judged < CLIQUE_PEERS && !same_doc; k++, judged++) {
                const np_sent *y = &s->sents[fm[k]];
                /* the member as a unit of its own: the same test as two units */
                const clause whole = {.sent = fm[k], .start = y->start, .end = y->end, .vec = y->vec, .ev = y->ev,
                                      .n_ev = y->n_ev, .pol = y->pol, .n_pol = y->n_pol,
                                      .fr = np_frames_sent(c->cx.fr, fm[k]), .whole = 1};
                float sim = np_svec_cos(&a->vec, &y->vec);
                agree += units_claim(&c->cx, a, &whole, sim) && names_about(s, a, fm[k]) &&
                         !unit_and_sentence_subjects(c, a, fm[k]);
                sum += sim;
            }
            if (same_doc || agree * 2 <= judged || sum / (float)judged <= best)
                continue;
            best = sum / (float)judged;
            best_f = x->fact;
        }
    if (best_f == SIZE_MAX)
        return NP_OK;
    return grow_with_clause(c, cu, u, base, best_f);
}

/* Fact best_f (emitted as brief fact base + best_f) takes in unit u,
 * citing the unit's words. */
static np_status grow_with_clause(fctx *c, cunits *cu, size_t u, size_t base, size_t best_f)
{
    np_story *s = c->s;
    const clause *a = &cu->u[u];
    int doc = s->sents[a->sent].doc;
    size_t n = c->fn[best_f];
    uint32_t *grown = np_arena_alloc(&s->work, (n + 1) * sizeof *grown);
    np_brief_fact *f = &s->brief->facts[base + best_f];
    np_bref *sup = np_arena_alloc(&s->brief->arena, (f->n_support + 1) * sizeof *sup);
    if (!grown || !sup)
        return NP_ENOMEM;
    memcpy(grown, c->fmem[best_f], n * sizeof *grown);
    grown[n] = a->sent;
    c->fmem[best_f] = grown;
    c->fn[best_f] = n + 1;
    memcpy(sup, f->support, f->n_support * sizeof *sup);
    np_status st = np_story_ref(s, doc, a->start, a->end, &sup[f->n_support]);
    if (st != NP_OK)
        return st;
    f->support = sup;
    f->n_support++;
    f->n_docs++;
    f->n_independent = independent(s, grown, n + 1);
    cu->u[u].used = 1;
    c->covered[a->sent]++;
    return note_fact(s, c->fact_of, &a->sent, 1, (uint32_t)best_f);
}

/* Does sentence y give a figure the span [a0, a1) of document d gives,
 * counting the same thing ("a 14-seat council" / "the 14-seat council")
 * or carrying a unit ("$2.4 billion")?  Ranks ("the first") and bare
 * figures (a year, "three") are no anchor. */
static int same_figure(const np_story *s, int d, size_t a0, size_t a1, const np_sent *y)
{
    const np_analysis *an = &s->an[d], *bn = &s->an[y->doc];
    for (size_t k = 0; k < an->n_numbers; k++) {
        const np_number_mention *m = &an->numbers[k];
        if (m->start < a0 || m->end > a1 || (m->flags & NP_NUM_ORDINAL))
            continue;
        int qty = figure_quantity(m);
        uint32_t noun = counted_noun(s, d, m, a1);
        if (!qty && noun == UINT32_MAX)
            continue;
        uint64_t key = number_key(m);
        for (size_t j = 0; j < bn->n_numbers; j++) {
            const np_number_mention *o = &bn->numbers[j];
            if (o->start < y->start || o->end > y->end || (o->flags & NP_NUM_ORDINAL) || number_key(o) != key)
                continue;
            if (qty ? figure_quantity(o) : counted_noun(s, y->doc, o, y->end) == noun)
                return 1;
        }
    }
    return 0;
}

/* Does [a0, a1) of document d give a figure same_figure() can match (a
 * quantity, or a number counting a noun)? */
static int holds_figure(const np_story *s, int d, size_t a0, size_t a1)
{
    const np_analysis *an = &s->an[d];
    for (size_t k = 0; k < an->n_numbers; k++) {
        const np_number_mention *m = &an->numbers[k];
        if (m->start >= a0 && m->end <= a1 && !(m->flags & NP_NUM_ORDINAL) &&
            (figure_quantity(m) || counted_noun(s, d, m, a1) != UINT32_MAX))
            return 1;
    }
    return 0;
}

/* Why: a figure anchors a fact (anchor_join()) even where the words
 * around it differ, but a sentence stating two claims is too unlike the
 * fact as a whole ("X told the paper the 14-seat council had no budget,
 * where ...").  Its free clause giving the figure joins the fact its
 * outlet is missing from when a member gives the same figure counting the
 * same thing and the clause is about it (cosine FACT_MIN with that member,
 * not its opposite); the fact cites the clause's words. */
static np_status anchor_clause(fctx *c, cunits *cu, size_t u, size_t base, const unsigned char *fig)
{
    np_story *s = c->s;
    const clause *a = &cu->u[u];
    int doc = s->sents[a->sent].doc;
    size_t best_f = SIZE_MAX;
    float best = 0;
    if (!holds_figure(s, doc, a->start, a->end))
        return NP_OK; /* nothing to anchor it: spare the comparisons with every fact */
    for (size_t f = 0; f < c->nf; f++) {
        const uint32_t *fm = c->fmem[f];
        size_t n = c->fn[f], same_doc = 0;
        for (size_t k = 0; k < n && !same_doc; k++)
            same_doc = s->sents[fm[k]].doc == doc;
        for (size_t k = 0; k < n && !same_doc; k++) {
            if (!fig[fm[k]])
                continue; /* no figure: same_figure() would refuse it */
            const np_sent *y = &s->sents[fm[k]];
            float sim = np_svec_cos(&a->vec, &y->vec);
            if (sim < FACT_MIN || sim <= best ||
                np_actions_opposed(s, a->ev, a->n_ev, a->pol, a->n_pol, y->ev, y->n_ev, y->pol, y->n_pol) ||
                !names_about(s, a, fm[k]) || !same_figure(s, doc, a->start, a->end, y) ||
                np_frames_clash_ev(a->ev, a->fr, a->n_ev, y->ev, np_frames_sent(c->cx.fr, fm[k]), y->n_ev))
                continue;
            best = sim;
            best_f = f;
        }
    }
    return best_f == SIZE_MAX ? NP_OK : grow_with_clause(c, cu, u, base, best_f);
}

static np_status clause_facts(fctx *c, size_t base)
{
    np_story *s = c->s;
    cunits cu = {0};
    ccand *cc = NULL;
    size_t ncc = 0, cap = 0;
    np_status st = build_units(c, &cu);
    /* the sentences giving a figure (not a rank), which anchor_clause()
     * alone compares */
    unsigned char *fig = ANCHOR_CLAUSES ? np_arena_alloc(&s->work, s->n_sents + 1) : NULL;
    if (ANCHOR_CLAUSES && !fig && st == NP_OK)
        st = NP_ENOMEM;
    if (fig) {
        memset(fig, 0, s->n_sents + 1);
        for (size_t d = 0; d < s->n_docs; d++)
            for (size_t k = 0; k < s->an[d].n_numbers; k++) {
                const np_number_mention *m = &s->an[d].numbers[k];
                long at = (m->flags & NP_NUM_ORDINAL) ? -1 : np_story_sent_at(s, (int)d, m->start);
                if (at >= 0)
                    fig[at] = 1;
            }
    }
    for (size_t u = 0; ANCHOR_CLAUSES && u < cu.n && st == NP_OK; u++)
        if (!cu.u[u].used && !cu.u[u].whole)
            st = anchor_clause(c, &cu, u, base, fig);
    size_t *seen = np_calloc(c->nf + 1, sizeof *seen);
    if (!seen && st == NP_OK)
        st = NP_ENOMEM;
    for (size_t u = 0; u < cu.n && st == NP_OK; u++)
        if (!cu.u[u].used && !cu.u[u].whole)
            st = join_clause(c, &cu, u, base, seen);
    np_free(seen);
    for (size_t u = 0; u < cu.n && st == NP_OK; u++) {
        if (cu.u[u].used || cu.u[u].whole)
            continue; /* a whole sentence seeds nothing here: the pass above did */
        uint32_t *mem = np_arena_alloc(&s->work, (s->n_docs + 1) * sizeof *mem);
        if (!mem) {
            st = NP_ENOMEM;
            break;
        }
        float score = 0;
        size_t n = clause_candidate(c, &cu, u, mem, &score);
        if (n < 2)
            continue;
        if ((st = np_grow((void **)&cc, &cap, ncc, sizeof *cc)) != NP_OK)
            break;
        cc[ncc++] = (ccand){mem, (uint32_t)n, score};
    }
    if (st == NP_OK)
        st = take_clause_facts(c, &cu, cc, ncc);
    np_free(cc);
    np_free(cu.u);
    np_free(cu.first);
    return st;
}

/* Add the words of the person's name text[lo..hi) to sentence i's list
 * (h, n: PERS_MAX hashes a sentence): every word, so "Kim Jong Un" meets
 * "Mr. Kim" and "Donald Trump" meets "Donald". */
static void add_person_words(uint64_t *h, unsigned char *n, size_t i, const char *text, size_t lo, size_t hi)
{
    for (size_t b = lo; b < hi && n[i] < PERS_MAX;) {
        size_t q = b;
        while (q < hi && text[q] != ' ')
            q++;
        char low[64];
        size_t l = q - b < sizeof low ? q - b : sizeof low;
        for (size_t k = 0; k < l; k++) {
            char ch = text[b + k];
            low[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        }
        uint64_t x = np_hash64(low, l, 0x706572736f6eull);
        int known = 0;
        for (unsigned k = 0; k < n[i]; k++)
            known |= h[i * PERS_MAX + k] == x;
        if (l >= 2 && low[l - 1] != '.' && !known) /* initials say little */
            h[i * PERS_MAX + n[i]++] = x;
        b = q < hi ? q + 1 : q;
    }
}

/* The people each sentence names or quotes ('"It will pass," he said.', a
 * quotation whose speaker an earlier sentence names), and apart the
 * people it quotes: other_quotations() tells a quotation of no known
 * speaker by them. */
static np_status people_of_sentences(np_story *s, claim_ctx *cx)
{
    size_t S = s->n_sents;
    cx->pers = np_arena_alloc(&s->work, S * PERS_MAX * sizeof *cx->pers);
    cx->n_pers = np_arena_alloc(&s->work, S);
    cx->spk = np_arena_alloc(&s->work, S * PERS_MAX * sizeof *cx->spk);
    cx->n_spk = np_arena_alloc(&s->work, S);
    cx->quoted = np_arena_alloc(&s->work, S + 1);
    if (!cx->pers || !cx->n_pers || !cx->spk || !cx->n_spk || !cx->quoted)
        return NP_ENOMEM;
    memset(cx->n_pers, 0, S);
    memset(cx->n_spk, 0, S);
    for (size_t i = 0; i < S; i++)
        cx->quoted[i] = (unsigned char)mostly_quoted(s, &s->sents[i]);
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        size_t i = s->doc_sent0[d], e = 0, q = 0;
        for (; i < s->doc_sent0[d + 1]; i++) {
            const np_sent *se = &s->sents[i];
            while (e < an->n_ents && an->ents[e].start < se->start)
                e++;
            for (size_t k = e; k < an->n_ents && an->ents[k].start < se->end; k++) {
                const np_entity_mention *m = &an->ents[k];
                if (m->type == NP_ENT_PERSON && m->name_end > m->name_start)
                    add_person_words(cx->pers, cx->n_pers, i, an->text, m->name_start, m->name_end);
            }
            while (q < an->n_quotes && an->quotes[q].end <= se->start)
                q++;
            for (size_t k = q; k < an->n_quotes && an->quotes[k].start < se->end; k++) {
                const np_quote *qt = &an->quotes[k];
                long sm = qt->speaker_mention;
                if (qt->is_short || sm < 0 || (size_t)sm >= an->n_ents || an->ents[sm].type != NP_ENT_PERSON ||
                    qt->by_group)
                    continue;
                const np_entity_mention *m = &an->ents[sm];
                /* the speaker is one of the sentence's people too: "'It will
                 * pass,' he said" speaks of him as much as naming him does
                 * (a recipient named in the other sentence, "told union
                 * leader Bo Lind", counts as its person, as ever) */
                if (m->name_end > m->name_start) {
                    add_person_words(cx->spk, cx->n_spk, i, an->text, m->name_start, m->name_end);
                    add_person_words(cx->pers, cx->n_pers, i, an->text, m->name_start, m->name_end);
                }
            }
        }
    }
    return NP_OK;
}

/* The entity of a mention (persons grouped: s->ent_group), or -1. */
static int32_t entity_of(const np_story *s, int d, const np_entity_mention *m)
{
    long e = np_entity_linker_lookup(s->lk, d, m->start);
    if (e < 0)
        return -1;
    return s->ent_group ? (int32_t)s->ent_group[e] : (int32_t)e;
}

/* The clause after a sentence's opening name is passive ("Norland, which
 * chairs the board, has been promised ...", "Norland was told ..."): the
 * name is not the actor, and another outlet may name the actor as its
 * subject ("Ostria promised Norland ...").  A form of "be" followed, within
 * two words, by a past participle ("-ed" or an irregular form), among the
 * PASSIVE_WINDOW words after the name. */
#define PASSIVE_WINDOW 16
static int passive_after(const np_story *s, const np_analysis *an, const np_entity_mention *m, uint32_t hi)
{
    static const char *const be[] = {"is", "are", "was", "were", "been", "being", "be", NULL};
    size_t t = np_story_token_at(an, m->end);
    for (size_t k = t; k < hi && k < t + PASSIVE_WINDOW; k++) {
        const char *w = an->tokens[k].norm;
        int is_be = 0;
        for (size_t q = 0; w && be[q] && !is_be; q++)
            is_be = !strcmp(w, be[q]);
        if (!is_be)
            continue;
        for (size_t j = k + 1; j < hi && j <= k + 2; j++) {
            const char *v = an->tokens[j].norm;
            size_t n = v ? strlen(v) : 0;
            if (n > 3 && ((v[n - 2] == 'e' && v[n - 1] == 'd') || np_wn_is_verb(s->wn, v, n) == 2))
                return 1;
        }
    }
    return 0;
}

/* Token t opens a dateline ("LYON, Ostria – ..."): a word in capitals
 * with a dash within the next few words. */
static int dateline(const np_analysis *an, uint32_t t, uint32_t hi)
{
    if (!(an->tokens[t].flags & NP_TOK_ALLCAPS))
        return 0;
    uint32_t last = t + 6 < hi ? t + 6 : hi - 1;
    for (size_t b = an->tokens[t].end; b < an->tokens[last].start; b++) {
        const unsigned char *c = (const unsigned char *)an->text + b;
        if ((c[0] == '-' && c[1] == ' ') || (c[0] == 0xE2 && c[1] == 0x80 && (c[2] == 0x93 || c[2] == 0x94)))
            return 1;
    }
    return 0;
}

/* The entity the words [lo, hi) of document d open with: a mention, not of
 * a person (people are compared by other_people()), starting at the first
 * word or after "The" (which may be part of the name: "The Hague"), not a
 * dateline and not the subject of a passive; its entity (linker index or
 * person cluster), -1 when none. */
static int32_t opening_entity(const np_story *s, int d, uint32_t lo, uint32_t hi)
{
    const np_analysis *an = &s->an[d];
    uint32_t t = lo;
    while (t < hi && !(an->tokens[t].flags & NP_TOK_WORD))
        t++;
    if (t >= hi)
        return -1;
    size_t open = an->tokens[t].start;
    if (t + 1 < hi && an->tokens[t].norm && !strcmp(an->tokens[t].norm, "the"))
        t++;
    size_t m = np_mention_at_or_after(an->ents, an->n_ents, open);
    if (m >= an->n_ents || (an->ents[m].start != an->tokens[t].start && an->ents[m].start != open) ||
        an->ents[m].type == NP_ENT_PERSON || dateline(an, t, hi) || passive_after(s, an, &an->ents[m], hi))
        return -1;
    return entity_of(s, d, &an->ents[m]);
}

/* The entity each sentence opens with (claim_ctx.subj, opening_entity())
 * and the entities each sentence names (claim_ctx.ents). */
static np_status subjects_of_sentences(np_story *s, claim_ctx *cx)
{
    size_t S = s->n_sents;
    cx->subj = np_arena_alloc(&s->work, S * sizeof *cx->subj);
    cx->ents = np_arena_alloc(&s->work, S * ENTS_MAX * sizeof *cx->ents);
    cx->n_ents = np_arena_alloc(&s->work, S);
    cx->lone = np_arena_alloc(&s->work, S);
    cx->gender = np_arena_alloc(&s->work, S);
    if (!cx->subj || !cx->ents || !cx->n_ents || !cx->lone || !cx->gender)
        return NP_ENOMEM;
    memset(cx->n_ents, 0, S);
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        size_t e = 0;
        for (size_t i = s->doc_sent0[d]; i < s->doc_sent0[d + 1]; i++) {
            const np_sent *se = &s->sents[i];
            cx->subj[i] = opening_entity(s, (int)d, se->tok_lo, se->tok_hi);
            while (e < an->n_ents && an->ents[e].start < se->start)
                e++;
            int32_t person = -1; /* the one person named, -1 none, -2 several */
            for (size_t k = e; k < an->n_ents && an->ents[k].start < se->end; k++) {
                const np_entity_mention *m = &an->ents[k];
                int32_t id = entity_of(s, (int)d, m);
                if (id < 0)
                    continue;
                if (cx->n_ents[i] < ENTS_MAX)
                    cx->ents[i * ENTS_MAX + cx->n_ents[i]++] = id;
                if (m->type == NP_ENT_PERSON)
                    person = person == -1 || person == id ? id : -2;
            }
            int they = 0, she = 0, he = 0;
            for (uint32_t q = se->tok_lo; q < se->tok_hi; q++) {
                const char *w = an->tokens[q].norm;
                if (!w)
                    continue;
                they |= !strcmp(w, "they") || !strcmp(w, "them") || !strcmp(w, "their");
                she |= !strcmp(w, "she") || !strcmp(w, "her") || !strncmp(w, "she'", 4);
                he |= !strcmp(w, "he") || !strcmp(w, "him") || !strcmp(w, "his") || !strncmp(w, "he'", 3);
            }
            cx->gender[i] = she && !he ? 1 : he && !she ? 2 : 0;
            cx->lone[i] = person >= 0 && !they ? 1 : person == -1 && they ? 2 : 0;
        }
    }
    return NP_OK;
}

/* The planned visit each sentence tells (claim_ctx.visit). */
static np_status visits_of_sentences(np_story *s, claim_ctx *cx)
{
    size_t S = s->n_sents;
    cx->visit = np_arena_alloc(&s->work, (S + 1) * sizeof *cx->visit);
    cx->has_visit = np_arena_alloc(&s->work, S + 1);
    if (!cx->visit || !cx->has_visit)
        return NP_ENOMEM;
    for (size_t i = 0; i < S; i++) {
        const np_sent *se = &s->sents[i];
        cx->has_visit[i] = !se->no_fact && se->n_content >= FACT_MIN_CONTENT &&
                           np_visit_find(s, cx->fr, se->doc, se->tok_lo, se->tok_hi, &cx->visit[i]);
    }
    return NP_OK;
}

/* Month and day of a date written as words and a number ("May 12",
 * "12 May", "Sept. 11th"); 0 when t[0, n) is not one. */
static int month_day_of(const char *t, size_t n, int *mo, int *dd)
{
    *mo = *dd = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && !isalnum((unsigned char)t[i]))
            i++;
        size_t j = i;
        while (j < n && isalnum((unsigned char)t[j]))
            j++;
        if (j == i)
            break;
        if (isdigit((unsigned char)t[i])) {
            int v = 0;
            for (size_t k = i; k < j && isdigit((unsigned char)t[k]) && v < 100; k++)
                v = v * 10 + (t[k] - '0');
            if (v >= 1 && v <= 31 && !*dd)
                *dd = v;
        } else if (!*mo) {
            *mo = np_month_from_name(t + i, j - i);
        }
        i = j;
    }
    return *mo > 0 && *dd > 0;
}

/* The calendar days each sentence writes out with a month (not relative:
 * "on Monday", "yesterday"). */
static np_status days_of_sentences(np_story *s, claim_ctx *cx)
{
    size_t S = s->n_sents;
    cx->day = np_arena_alloc(&s->work, (S * DAYS_MAX + 1) * sizeof *cx->day);
    if (!cx->day)
        return NP_ENOMEM;
    memset(cx->day, 0, (S * DAYS_MAX + 1) * sizeof *cx->day);
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_dates; k++) {
            const np_date_mention *m = &an->dates[k];
            int64_t y = 0;
            int mo, dd;
            if (m->gran != NP_DATE_DAY || (m->flags & (NP_DATE_RELATIVE | NP_DATE_RANGE)))
                continue;
            /* without a publication date the year stays unknown and iso
             * empty: the month and day are in the words */
            int parsed = np_date_parse_iso(m->iso, &y, &mo, &dd);
            if (!parsed && !month_day_of(an->text + m->start, m->end - m->start, &mo, &dd))
                continue;
            long i = np_story_sent_at(s, (int)d, m->start);
            if (i < 0)
                continue;
            /* month * 32 + day, and above it the year when it is known
             * (written, or the publication's: "May 12, 2019" is not this
             * year's "May 12"); a text of no date leaves it open */
            uint32_t key = (uint32_t)(mo * 32 + dd);
            if (parsed && !(m->flags & NP_DATE_UNRESOLVED) && y > 0 && y < 8000000)
                key |= (uint32_t)y << 9;
            for (unsigned j = 0; j < DAYS_MAX; j++) {
                uint32_t *slot = &cx->day[(size_t)i * DAYS_MAX + j];
                if (*slot == key)
                    break;
                if (!*slot) {
                    *slot = key;
                    break;
                }
            }
        }
    }
    return NP_OK;
}

/* The days each sentence dates things to (claim_ctx.event_day): its
 * day-precise dates, resolved (weekdays and "yesterday" too), outside
 * quotations; a date right after a verb of speaking ("police said on
 * Monday") dates the telling, not a deed (deed_days counts the others). */
static np_status event_days(np_story *s, claim_ctx *cx)
{
    size_t S = s->n_sents;
    cx->event_day = np_arena_alloc(&s->work, (S * EVENT_DAYS + 1) * sizeof *cx->event_day);
    cx->deed_days = np_arena_alloc(&s->work, S + 1);
    if (!cx->event_day || !cx->deed_days)
        return NP_ENOMEM;
    for (size_t i = 0; i < S * EVENT_DAYS + 1; i++)
        cx->event_day[i] = DAY_NONE;
    memset(cx->deed_days, 0, S + 1);
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        int64_t py = 0;
        int pm = 0, pd = 0;
        int pub = s->docs[d]->published && np_date_parse_iso(s->docs[d]->published, &py, &pm, &pd);
        for (size_t k = 0; k < an->n_dates; k++) {
            const np_date_mention *m = &an->dates[k];
            int64_t y;
            int mo, dd;
            if (m->gran != NP_DATE_DAY || (m->flags & (NP_DATE_RANGE | NP_DATE_UNRESOLVED)) ||
                !np_date_parse_iso(m->iso, &y, &mo, &dd) || np_quote_at(an->quotes, an->n_quotes, m->start))
                continue;
            long i = np_story_sent_at(s, (int)d, m->start);
            if (i < 0)
                continue;
            int64_t day = np_days_from_civil(y, mo, dd);
            /* a weekday ahead of the writing is a plan's day, told again
             * as done by an outlet writing after it ("is expected to reach
             * the port on Sunday" / "reached the port on Sunday"): the two
             * resolve a week apart */
            if ((m->flags & NP_DATE_RELATIVE) && pub && day > np_days_from_civil(py, pm, pd))
                continue;
            size_t t = np_story_token_at(an, m->start);
            if (t > 0 && an->tokens[t - 1].norm && strcmp(an->tokens[t - 1].norm, "on") == 0)
                t--; /* "said on Monday" */
            int told = t > 0 && an->tokens[t - 1].norm &&
                       np_lex_is_speech_verb(an->tokens[t - 1].norm, strlen(an->tokens[t - 1].norm));
            int64_t *v = &cx->event_day[(size_t)i * EVENT_DAYS];
            unsigned u = 0;
            while (u < EVENT_DAYS && v[u] != DAY_NONE && v[u] != day)
                u++;
            if (u == EVENT_DAYS)
                continue;
            v[u] = day;
            if (!told && cx->deed_days[i] < EVENT_DAYS)
                cx->deed_days[i]++;
        }
    }
    return NP_OK;
}

/* The content words inside quotations of every sentence, with their
 * quotation's speaker (claim_ctx.qw, for quotes_disjoint()): read once per
 * story rather than for each pair of sentences compared. */
static np_status quoted_words_build(np_story *s, claim_ctx *cx)
{
    size_t S = s->n_sents, n = 0, cap = 0, no = 0, ocap = 0;
    cx->qw_off = np_arena_alloc(&s->work, (S + 1) * sizeof *cx->qw_off);
    cx->ow_off = np_arena_alloc(&s->work, (S + 1) * sizeof *cx->ow_off);
    if (!cx->qw_off || !cx->ow_off)
        return NP_ENOMEM;
    for (size_t i = 0; i < S; i++) {
        const np_sent *se = &s->sents[i];
        const np_analysis *an = &s->an[se->doc];
        cx->qw_off[i] = (uint32_t)n;
        cx->ow_off[i] = (uint32_t)no;
        if (!np_story_quoted_bytes(an, se->start, se->end))
            continue; /* most sentences: nothing quoted, nothing to read */
        const np_quote *last = NULL;
        uint64_t spk = 0;
        for (uint32_t k = se->tok_lo; k < se->tok_hi && k < an->n_tokens; k++) {
            const np_token *tk = &an->tokens[k];
            if (!(tk->flags & NP_TOK_CONTENT) || !(tk->flags & NP_TOK_WORD) || s->tok_term[se->doc][k] == UINT32_MAX)
                continue;
            const np_quote *q = np_quote_at(an->quotes, an->n_quotes, tk->start);
            if (!q) {
                if (np_story_speaker_word(an, tk))
                    continue; /* who speaks, and in what role ("a former vice president") */
                if (np_grow((void **)&cx->ow, &ocap, no, sizeof *cx->ow) != NP_OK)
                    return NP_ENOMEM;
                uint32_t t = s->tok_term[se->doc][k];
                cx->ow[no++] = (quoted_word){s->syn ? s->syn[t] : t, tk->start, 0};
                continue;
            }
            if (q != last) {
                last = q;
                spk = 0;
                if (q->speaker && !q->by_group) {
                    char key[48];
                    np_speaker_surname_key(q->speaker, 0, key);
                    spk = key[0] ? np_hash64(key, strlen(key), 11) | 1 : 0;
                }
            }
            if (np_grow((void **)&cx->qw, &cap, n, sizeof *cx->qw) != NP_OK)
                return NP_ENOMEM;
            uint32_t t = s->tok_term[se->doc][k];
            cx->qw[n++] = (quoted_word){s->syn ? s->syn[t] : t, tk->start, spk};
        }
    }
    cx->qw_off[S] = (uint32_t)n;
    cx->ow_off[S] = (uint32_t)no;
    return NP_OK;
}

/* The first token of the auxiliaries and -ly adverbs standing right before
 * token k ("has been quickly" before "sued"), no earlier than lo (k when
 * there are none); *be gets whether a form of "be" is among them. */
static uint32_t auxiliaries_before(const np_analysis *an, uint32_t lo, uint32_t k, int *be)
{
    static const char *const be_forms[] = {"was", "were", "been", "be", "is", "are", "being", NULL};
    static const char *const other_aux[] = {"has", "have", "had", "will", "would", "also", "just", "then", NULL};
    *be = 0;
    uint32_t q = k;
    for (; q > lo; q--) {
        const char *w = an->tokens[q - 1].norm;
        int is_be = np_lex_word_in(w, be_forms);
        if (!is_be && !np_lex_word_in(w, other_aux) && !(w && np_lex_is_ly_adverb(w, strlen(w))))
            break;
        *be |= is_be;
    }
    return q;
}

/* Mention m of doc d, which its own analysis left untyped, names an actor
 * the story's linker typed a person, an organisation or a place (a
 * country acts: "Norway has expelled five diplomats").  Measured: any
 * entity the linker kept, untyped ones too, moved real-news pair
 * precision 0.931 -> 0.924. */
static int linked_actor(const np_story *s, int d, const np_entity_mention *m)
{
    long e = s->lk ? np_entity_linker_lookup(s->lk, d, m->start) : -1;
    if (e < 0)
        return 0;
    np_entity_type t = np_entity_linker_get(s->lk, (size_t)e)->type;
    return t == NP_ENT_PERSON || t == NP_ENT_ORG || t == NP_ENT_PLACE;
}

/* claim_ctx.owner: each sentence's opening possessor (opening_possessor()). */
static np_status owners_of_sentences(np_story *s, claim_ctx *cx)
{
    size_t S = s->n_sents;
    cx->owner = np_arena_alloc(&s->work, (2 * S + 1) * sizeof *cx->owner);
    if (!cx->owner)
        return NP_ENOMEM;
    for (size_t i = 0; i < S; i++)
        if (!opening_possessor(s, (uint32_t)i, &cx->owner[2 * i], &cx->owner[2 * i + 1]))
            cx->owner[2 * i] = cx->owner[2 * i + 1] = UINT32_MAX;
    return NP_OK;
}

/* The deeds each sentence tells of a named actor (claim_ctx.deeds): a
 * word with a term, told plainly (np_sent.pol), right after a person's or
 * organisation's name with only auxiliaries and adverbs between ("Quist
 * has sued", "Quist was quickly sued by"), the name not inside a phrase
 * of the subject ("the fund run by Quist was"), and whether it is passive:
 * a form of "be" among those words, the verb not in -ing ("is suing" is
 * active) and followed by "by" (without its doer, "was injured in", "is
 * opposed to", "has been head of" tell a state, not a deed done to them). */
static np_status deeds_of_sentences(np_story *s, claim_ctx *cx)
{
    size_t S = s->n_sents, cap = 0, n = 0;
    cx->deed_off = np_arena_alloc(&s->work, (S + 1) * sizeof *cx->deed_off);
    if (!cx->deed_off)
        return NP_ENOMEM;
    struct deed *d = NULL;
    for (size_t i = 0; i < S; i++) {
        cx->deed_off[i] = (uint32_t)n;
        const np_sent *se = &s->sents[i];
        const np_analysis *an = &s->an[se->doc];
        const uint32_t *tt = s->tok_term[se->doc];
        size_t e0 = np_story_ent_at(an, se->start);
        for (uint32_t k = se->tok_lo; k < se->tok_hi; k++) {
            if (tt[k] == UINT32_MAX || !(an->tokens[k].flags & NP_TOK_WORD))
                continue;
            uint32_t t = s->syn ? s->syn[tt[k]] : tt[k];
            if (np_story_sorted_index(se->pol, se->n_pol, t << 1) < 0)
                continue;
            int be;
            uint32_t q = auxiliaries_before(an, se->tok_lo, k, &be);
            if (q == k || q <= se->tok_lo)
                continue;
            const char *verb = an->tokens[k].norm;
            size_t vn = verb ? strlen(verb) : 0;
            int passive = be && !(vn > 4 && !strcmp(verb + vn - 3, "ing"));
            /* a passive counts only with its doer named after "by" ("was
             * sued by the paper"): "is opposed to", "was injured in",
             * "has been head of", "is scheduled to" tell a state */
            if (passive && !(k + 1 < se->tok_hi && an->tokens[k + 1].norm && !strcmp(an->tokens[k + 1].norm, "by")))
                continue;
            size_t end = an->tokens[q - 1].end, m = e0;
            while (m < an->n_ents && an->ents[m].start < se->end && an->ents[m].end != end)
                m++;
            if (m >= an->n_ents || an->ents[m].end != end)
                continue;
            int by_link = an->ents[m].type != NP_ENT_PERSON && an->ents[m].type != NP_ENT_ORG;
            if (by_link && !linked_actor(s, se->doc, &an->ents[m]))
                continue;
            /* the name heads the subject, not a phrase inside it ("the fund
             * run by Quist was closed", "a statement from the ministry") */
            size_t first = np_story_token_at(an, an->ents[m].start);
            const char *before = first > se->tok_lo ? an->tokens[first - 1].norm : NULL;
            if (before && np_lex_is_preposition(before, strlen(before)))
                continue;
            int32_t actor = entity_of(s, se->doc, &an->ents[m]);
            if (actor < 0)
                continue;
            np_status st = np_grow((void **)&d, &cap, n, sizeof *d);
            if (st != NP_OK) {
                np_free(d);
                return st;
            }
            d[n++] = (struct deed){t, actor, passive, by_link};
        }
    }
    cx->deed_off[S] = (uint32_t)n;
    cx->deeds = np_arena_alloc(&s->work, (n + 1) * sizeof *cx->deeds);
    if (!cx->deeds) {
        np_free(d);
        return NP_ENOMEM;
    }
    if (n)
        memcpy(cx->deeds, d, n * sizeof *d);
    np_free(d);
    return NP_OK;
}

#define ATTRIBUTION_LEAD 12  /* tokens of a speaker's phrase before the verb of speaking, at most */
#define ATTRIBUTION_TAIL 10  /* tokens of a closing ", the water board said", at most */
#define ATTRIBUTION_AFTER 5  /* ... of them after its verb ("said on Tuesday") */
#define ATTRIBUTION_CLAIM 3  /* content words the reported claim has, at least */

/* The tokens of sentence se that say who spoke, in *lo0..*hi0 (its
 * opening "The port authority's spokeswoman, Anneli Fross, said" up to the
 * verb) and *lo1..*hi1 (a closing ", the water board said."): empty
 * ranges when none.  A plain verb of saying outside quotation marks;
 * the opening phrase holds no word in "-ed" or "-ing" nor an irregular
 * verb form (a deed of its own: "Police arrested two men and said ...",
 * "Officers made 14 arrests ..., said X"), and the claim
 * after or before it has ATTRIBUTION_CLAIM content words. */
static void attribution_spans(const np_story *s, const np_sent *se, uint32_t *lo0, uint32_t *hi0, uint32_t *lo1,
                              uint32_t *hi1)
{
    const np_analysis *an = &s->an[se->doc];
    *lo0 = *hi0 = *lo1 = *hi1 = se->tok_lo;
    /* the plain verbs of attribution: "pleaded guilty", "reported by",
     * "questions" are verbs of speaking too, but tell a deed */
    static const char *const says[] = {"according", "added", "adds", "said", "says", "stated", "states", "tells",
                                       "told", "writes", "wrote", NULL};
    long first = -1, last = -1;
    for (uint32_t k = se->tok_lo; k < se->tok_hi; k++)
        if (an->tokens[k].norm && !(an->tokens[k].flags & NP_TOK_CAP) && np_lex_word_in(an->tokens[k].norm, says) &&
            !np_quote_at(an->quotes, an->n_quotes, an->tokens[k].start)) { /* not "United States" */
            /* "according to" closes a claim; it opens none ("X will be
             * held in May, according to Y") */
            if (first < 0 && strcmp(an->tokens[k].norm, "according") != 0)
                first = (long)k;
            last = (long)k;
        }
    if (last < 0)
        return;
    uint32_t content_after = 0, content_before = 0;
    for (uint32_t k = first < 0 ? se->tok_hi : (uint32_t)first + 1; k < se->tok_hi; k++)
        content_after += (an->tokens[k].flags & NP_TOK_CONTENT) != 0;
    int deed = first < 0;
    for (uint32_t k = se->tok_lo; k < (uint32_t)first && !deed; k++) {
        if (np_quote_at(an->quotes, an->n_quotes, an->tokens[k].start)) {
            deed = 1; /* '"...," Trump said': the quotation is the claim */
            break;
        }
        const char *w = an->tokens[k].norm;
        size_t n = w ? strlen(w) : 0;
        deed = !(an->tokens[k].flags & NP_TOK_CAP) && n > 2 &&
               ((n > 4 && (!strcmp(w + n - 2, "ed") || !strcmp(w + n - 3, "ing"))) ||
                (s->wn && np_wn_is_verb(s->wn, w, n) == 2)); /* "made", "broke" */
    }
    if ((uint32_t)first - se->tok_lo <= ATTRIBUTION_LEAD && !deed && content_after >= ATTRIBUTION_CLAIM) {
        *lo0 = se->tok_lo;
        *hi0 = (uint32_t)first;
    }
    /* a closing attribution ends the sentence: a few words after its verb
     * ("..., she said on Tuesday"), a source after "according to" */
    int according = !strcmp(an->tokens[last].norm, "according");
    if (se->tok_hi - (uint32_t)last > (according ? ATTRIBUTION_TAIL : ATTRIBUTION_AFTER))
        return;
    for (uint32_t k = (uint32_t)last; k > se->tok_lo && (uint32_t)last - k < ATTRIBUTION_TAIL; k--)
        if (np_story_clause_gap(an, k - 1, 0)) {
            for (uint32_t q = se->tok_lo; q < k; q++)
                content_before += (an->tokens[q].flags & NP_TOK_CONTENT) != 0;
            if (content_before >= ATTRIBUTION_CLAIM) {
                *lo1 = k;
                *hi1 = se->tok_hi;
            }
            return;
        }
}

/* claim_ctx.attr: per sentence, its event words used only inside its
 * attribution_spans(). */
static np_status attribution_words(np_story *s, claim_ctx *cx)
{
    size_t S = s->n_sents, n = 0, cap = 0;
    uint32_t *v = NULL;
    cx->attr_off = np_arena_alloc(&s->work, (S + 1) * sizeof *cx->attr_off);
    if (!cx->attr_off)
        return NP_ENOMEM;
    for (size_t i = 0; i < S; i++) {
        cx->attr_off[i] = (uint32_t)n;
        const np_sent *se = &s->sents[i];
        uint32_t lo0, hi0, lo1, hi1;
        attribution_spans(s, se, &lo0, &hi0, &lo1, &hi1);
        if (lo0 == hi0 && lo1 == hi1)
            continue;
        /* per event word: 1 used inside the spans, 2 outside (one pass) */
        unsigned char *use = np_arena_alloc(&s->work, se->n_ev + 1);
        if (!use) {
            np_free(v);
            return NP_ENOMEM;
        }
        memset(use, 0, se->n_ev + 1);
        const uint32_t *tt = s->tok_term[se->doc];
        for (uint32_t k = se->tok_lo; k < se->tok_hi; k++) {
            if (tt[k] == UINT32_MAX)
                continue;
            long e = np_story_sorted_index(se->ev, se->n_ev, s->syn ? s->syn[tt[k]] : tt[k]);
            if (e >= 0)
                use[e] |= (k >= lo0 && k < hi0) || (k >= lo1 && k < hi1) ? 1 : 2;
        }
        for (uint32_t e = 0; e < se->n_ev; e++) {
            if (use[e] != 1)
                continue;
            if (np_grow((void **)&v, &cap, n, sizeof *v) != NP_OK) {
                np_free(v);
                return NP_ENOMEM;
            }
            v[n++] = se->ev[e]; /* ascending, as se->ev is */
        }
    }
    cx->attr_off[S] = (uint32_t)n;
    cx->attr = np_arena_alloc(&s->work, (n + 1) * sizeof *cx->attr);
    if (!cx->attr) {
        np_free(v);
        return NP_ENOMEM;
    }
    if (n)
        memcpy(cx->attr, v, n * sizeof *v);
    np_free(v);
    return NP_OK;
}

static np_status claim_ctx_build(np_story *s, claim_ctx *cx)
{
    cx->sents = s->sents;
    cx->lk = s->lk;
    np_status st = NP_OK;
#if CLAIM_PEOPLE
    if (st == NP_OK)
        st = people_of_sentences(s, cx);
#endif
#if CLAIM_SUBJECTS
    if (st == NP_OK && s->lk)
        st = subjects_of_sentences(s, cx);
#endif
#if CLAIM_FRAMES
    if (st == NP_OK)
        st = np_frames_build(s, &cx->fr);
#endif
    if (st == NP_OK && CLAIM_DAYS)
        st = days_of_sentences(s, cx);
    if (st == NP_OK)
        st = event_days(s, cx);
    cx->story = s;
    s->frames = cx->fr;
    if (st == NP_OK && (VISIT_CLAIMS || VISIT_JOINS))
        st = visits_of_sentences(s, cx);
    if (st == NP_OK && QUOTES_DISJOINT)
        st = quoted_words_build(s, cx);
    if (st == NP_OK && VOICE_CLASH && s->lk)
        st = deeds_of_sentences(s, cx);
    if (st == NP_OK)
        st = owners_of_sentences(s, cx);
    if (st == NP_OK && ATTRIBUTION_WORDS)
        st = attribution_words(s, cx);
    return st;
}

np_status np_compare_facts(np_story *s)
{
    size_t S = s->n_sents, D = s->n_docs;
    np_status st = NP_OK;
    if (!S)
        return NP_OK;
    fctx c = {.s = s};
    c.cs = np_calloc(S, sizeof *c.cs);
    c.best = np_malloc((D + 1) * sizeof *c.best);
    c.bsim = np_malloc((D + 1) * sizeof *c.bsim);
    c.covered = np_calloc(S, sizeof *c.covered);
    c.dtouch = np_malloc((D + 1) * sizeof *c.dtouch);
    c.fact_of = np_calloc(S, sizeof *c.fact_of);
    c.is_head = np_calloc(S, 1);
    c.own_figure = np_calloc(S, 1);
    c.sc = (scratch){np_calloc(S, sizeof(float)), np_calloc(S, sizeof(uint32_t)), np_malloc(S * sizeof(uint32_t))};
    if (!c.cs || !c.best || !c.bsim || !c.covered || !c.dtouch || !c.fact_of || !c.is_head || !c.own_figure ||
        !c.sc.sum || !c.sc.links || !c.sc.touched) {
        st = NP_ENOMEM;
        goto done;
    }
    for (size_t d = 0; d < D; d++)
        c.best[d] = -1;
    if ((st = claim_ctx_build(s, &c.cx)) != NP_OK)
        goto done;
    if (QUOTE_RANK < 1.0f) {
        if (!(c.quoted = np_calloc(S, 1))) {
            st = NP_ENOMEM;
            goto done;
        }
        for (size_t i = 0; i < S; i++)
            c.quoted[i] = quote_share_n(s->docs[s->sents[i].doc]->text + s->sents[i].start,
                                        s->sents[i].end - s->sents[i].start) >= SUMMARY_QUOTED;
    }
    if ((st = seed_candidates(&c)) != NP_OK || (st = take_candidates(&c)) != NP_OK ||
        (st = anchor_facts(&c)) != NP_OK || (REFUSALS && (st = refusal_facts(&c)) != NP_OK) ||
        (VISIT_JOINS && (st = visit_joins(&c)) != NP_OK))
        goto done;
    size_t base = s->brief->n_facts; /* fact f is emitted as brief fact base + f */
    if ((st = emit_facts(&c)) != NP_OK || (st = refusal_cites(&c, base)) != NP_OK ||
        (st = clause_facts(&c, base)) != NP_OK)
        goto done;
    /* growing facts changed their sizes: most outlets first again (stable) */
    if (s->brief->n_facts > 1)
        np_story_sort_facts(s->brief->facts, s->brief->n_facts);
    /* what the single-source stage needs */
    s->in_fact = np_arena_alloc(&s->work, S);
    s->own_quantity = np_arena_alloc(&s->work, S);
    if (!s->in_fact || !s->own_quantity) {
        st = NP_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < S; i++) {
        s->in_fact[i] = c.covered[i] != 0;
        s->own_quantity[i] = c.own_figure[i];
    }
done:
    np_free(c.cx.qw);
    np_free(c.cx.ow);
    np_free(c.own_figure);
    np_free(c.quoted);
    np_free(c.cite);
    np_free(c.fmem);
    np_free(c.fn);
    np_free(c.fscore);
    np_free(c.fact_of);
    np_free(c.is_head);
    np_free(c.sc.sum);
    np_free(c.sc.links);
    np_free(c.sc.touched);
    np_free(c.cs);
    np_free(c.best);
    np_free(c.bsim);
    np_free(c.covered);
    np_free(c.dtouch);
    return st;
}

/* ------------------------------------------- helpers of compare/singles.c */

np_status np_align_add_fact(np_story *s, size_t *cap, const uint32_t *mem, size_t n, float score)
{
    return add_fact(s, cap, mem, n, score);
}

unsigned np_align_shared_events(const np_sent *a, const np_sent *b)
{
    return shared_events(a, b);
}

size_t np_align_independent(const np_story *s, const uint32_t *mem, size_t n)
{
    return independent(s, mem, n);
}

/* ---------------------------------------------------------------- summary */

/* Share of text's bytes inside quotation marks (straight or curly; an
 * unclosed quotation runs to the end). */
static float quote_share(const char *t)
{
    return quote_share_n(t, strlen(t));
}

static float quote_share_n(const char *t, size_t n)
{
    size_t in = 0, inside = 0;
    if (!n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == '"') {
            inside = !inside;
            continue;
        }
        if (c == 0xE2 && i + 2 < n && (unsigned char)t[i + 1] == 0x80 &&
            ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x9D)) {
            inside = (unsigned char)t[i + 2] == 0x9C;
            i += 2;
            continue;
        }
        in += inside;
    }
    return (float)in / (float)n;
}

/* Text that leans on the sentences before it: it opens on a pronoun ("He
 * said ...": who?), a pointer back ("Those exemptions ...", "At the time,
 * ...") or goes on from another ("Also today, ...", "But ...", "Meanwhile,
 * ..."). */
static int opens_on_context(const char *t)
{
    static const char *const pro[] = {"He ", "She ", "They ", "It ", "His ", "Her ", "Their ", "Its ", "This ",
                                      "These ", "Those ", "At one point",
                                      "At the time,", "Also ", "Also, ", "But ", "And ", "However, ",
                                      "Meanwhile, ", "Still, ", "Yet ", "Moreover, ", "In addition, ",
                                      "Instead, ", NULL};
    for (size_t i = 0; pro[i]; i++)
        if (strncmp(t, pro[i], strlen(pro[i])) == 0)
            return 1;
    return 0;
}

/* Text a reader can take as it stands: it opens a sentence (a capital, a
 * digit or an opening quotation mark) and closes every quotation it opens
 * ("saying he ditched the trip ...", or '... during his visit," a
 * spokesman said' starting inside someone's words, does not). */
/* The length of the opening quotation mark t starts with (", “, ‘, „, «),
 * 0 when none. */
static size_t opening_mark(const unsigned char *t)
{
    if (t[0] == '"')
        return 1;
    if (t[0] == 0xC2 && t[1] == 0xAB)
        return 2;
    return t[0] == 0xE2 && t[1] == 0x80 && (t[2] == 0x9C || t[2] == 0x98 || t[2] == 0x9E) ? 3 : 0;
}

static int reads_whole(const char *t)
{
    unsigned char c = (unsigned char)t[0];
    /* a capital beyond ASCII ("Ángela", "Łódź") opens a sentence too, and
     * so does an opening quotation mark */
    int opens = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0xC3 && c <= 0xDF) ||
                opening_mark((const unsigned char *)t);
    if (!opens)
        return 0;
    size_t straight = 0;
    long curly = 0;
    for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
        straight += *p == '"';
        if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x9D)) {
            curly += p[2] == 0x9C ? 1 : -1;
            if (curly < 0)
                return 0;
            p += 2;
        }
    }
    return straight % 2 == 0 && curly == 0;
}

static int inside_quotation(const np_story *s, const np_bref *r);

/* Text t opens on someone's words: a quotation mark, and no title in it
 * (a short span of capitalised words, '"Harbour Lights," the film by
 * ...', names a work: QUOTE_TITLE_WORDS words at most, each capitalised). */
#define QUOTE_TITLE_WORDS 4
static int opens_on_quotation(const char *t)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t i = opening_mark(u);
    if (!i)
        return 0;
    size_t words = 0;
    int title = 1, at_word = 1;
    for (; u[i]; i++) {
        if (u[i] == '"' || (u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0x9D))
            break;
        if (u[i] == ' ') {
            at_word = 1;
            continue;
        }
        if (at_word) {
            words++;
            title &= !(u[i] >= 'a' && u[i] <= 'z');
            at_word = 0;
        }
    }
    return !(title && words <= QUOTE_TITLE_WORDS);
}

/* Text t stops where its sentence goes on: a comma, colon or semicolon
 * last, maybe inside a closing quotation mark ('... the move was
 * "positive,"', "... had advice for anyone:"). */
static int ends_cut(const char *t)
{
    size_t n = strlen(t);
    for (;;) {
        while (n && (t[n - 1] == ' ' || t[n - 1] == '"' || t[n - 1] == '\''))
            n--;
        if (n >= 3 && (unsigned char)t[n - 3] == 0xE2 && (unsigned char)t[n - 2] == 0x80 &&
            ((unsigned char)t[n - 1] == 0x9D || (unsigned char)t[n - 1] == 0x99))
            n -= 3;
        else
            break;
    }
    return n && (t[n - 1] == ',' || t[n - 1] == ':' || t[n - 1] == ';');
}

/* The share of a ref's text in quotation marks; 1 for words lying inside
 * a quotation of its document (someone's words, their marks outside). */
static float quoted_share(const np_story *s, const np_bref *r)
{
    return s && inside_quotation(s, r) ? 1.0f : quote_share(r->text);
}

/* How well a ref's text t reads alone: whole (reads_whole()) first, then
 * naming who it is about rather than opening on a pronoun or a connective
 * ("They then torched the car" says what, not who), then told in the
 * outlet's own words rather than mostly someone's quotation (q, its
 * quoted_share(): a reporter's post quoting the speaker, "X wrote: '...,'
 * Doe said", against "Doe said the plan had failed"), then not cut at a
 * comma or a colon (ends_cut()). */
static int reads_alone(const char *t, float q)
{
    return 8 * reads_whole(t) + 4 * !opens_on_context(t) + 2 * (q < SUMMARY_QUOTED) + !ends_cut(t);
}
#define HEAD_LESS_QUOTED 0.2f

/* How many of the loaded words the framing stage found in the outlet's own
 * voice in r's document (lexicon terms but hedges, not the merely
 * over-represented) the text of r holds, as whole words: a fact whose
 * outlets all state it is shown in the most neutral of their wordings
 * ("the leader" rather than "the dictator"); 0 before that stage has run. */
static size_t loaded_words(const np_brief *b, const np_bref *r)
{
    size_t n = 0;
    for (size_t i = 0; i < b->n_framing; i++) {
        const np_brief_framing *fr = &b->framing[i];
        if (fr->doc != r->doc)
            continue;
        for (size_t t = 0; t < fr->n_terms; t++) {
            const np_brief_term *bt = &fr->terms[t];
            /* a hedge ("reportedly") is the outlet's honesty about what
             * it knows, not its judgement: a version without it would
             * claim more */
            if (!bt->term || !bt->category || !strcmp(bt->category, "over-represented") ||
                !strcmp(bt->category, "hedge"))
                continue;
            size_t l = strlen(bt->term);
            for (const char *h = r->text; l && (h = strcasestr(h, bt->term)) != NULL; h++) {
                unsigned char before = h > r->text ? (unsigned char)h[-1] : ' ';
                unsigned char after = (unsigned char)h[l];
                if (!isalnum(before) && before < 0x80 && !isalnum(after) && after < 0x80) {
                    n++;
                    break;
                }
            }
        }
    }
    return n;
}

static int32_t entity_of(const np_story *s, int d, const np_entity_mention *m);

/* The entity of the first name in [start, end) of doc d (entity_of());
 * -1 when none is linked. */
static long first_actor(const np_story *s, int d, size_t start, size_t end)
{
    const np_analysis *an = &s->an[d];
    size_t e = np_story_ent_at(an, start);
    if (!s->lk || e >= an->n_ents || an->ents[e].start >= end)
        return -1;
    return entity_of(s, d, &an->ents[e]);
}

/* Refs a and b of one fact say nearly the same thing: both open on the
 * same actor, and the cosine of their sentences reaches HEAD_SAME_COS (a
 * fact's members may share only a topic with its head: "the rule was one
 * of several such actions" against "the administration struck the rule
 * down"; "many of the questions center on the minister's recusal" against
 * "the minister had recused himself").  0 without the story. */
#define HEAD_SAME_COS 0.3f
static int heads_alike(np_story *s, const np_bref *a, const np_bref *b)
{
    np_svec va, vb;
    size_t a0 = 0, a1 = 0, b0 = 0, b1 = 0;
    if (!s || !np_story_ref_span(s, a, &a0, &a1) || !np_story_ref_span(s, b, &b0, &b1))
        return 0;
    long who = first_actor(s, a->doc, a0, a1);
    return who >= 0 && who == first_actor(s, b->doc, b0, b1) &&
           np_story_vec_memo(s, a->doc, a0, a1, &va) == NP_OK && np_story_vec_memo(s, b->doc, b0, b1, &vb) == NP_OK &&
           np_svec_cos(&va, &vb) >= HEAD_SAME_COS;
}

/* A fact whose head ref (its summary) was cut to a clause, starts inside
 * a quotation, opens on a pronoun or is mostly a quotation is shown by the
 * first of its refs that reads better alone, when it has one: every ref
 * states the fact, so the item stays true, and the reader sees who did
 * what in an outlet's words.  Among refs that read as well, one with fewer
 * of its outlet's loaded words (loaded_words()) that says nearly the same
 * (heads_alike()) is shown: the brief's voice is neutral. */
void np_align_readable_heads(np_story *s, np_brief *b)
{
    for (size_t i = 0; i < b->n_facts; i++) {
        np_brief_fact *f = &b->facts[i];
        if (!f->n_support || f->summary != f->support[0].text)
            continue;
        float best_q = quoted_share(s, &f->support[0]);
        int best = reads_alone(f->support[0].text, best_q);
        size_t best_l = loaded_words(b, &f->support[0]);
        size_t pick = 0;
        for (size_t j = 1; j < f->n_support; j++) {
            if (f->support[j].doc < 0)
                continue;
            float q = quoted_share(s, &f->support[j]);
            int r = reads_alone(f->support[j].text, q);
            size_t l = loaded_words(b, &f->support[j]);
            /* as readable, and much less of it someone's quotation ("X
             * tweeted: '...,' Doe said" against "Doe said that ..."), or
             * not much more of it and fewer loaded words, in a sentence
             * close to the head's own words (a loosely joined member
             * telling a side detail would change what the item says) */
            int neutral = r == best && q < best_q + HEAD_LESS_QUOTED && l < best_l &&
                          heads_alike(s, &f->support[0], &f->support[j]);
            if (r > best || (r == best && q + HEAD_LESS_QUOTED <= best_q) || neutral) {
                best = r;
                best_q = q;
                best_l = l;
                pick = j;
            }
        }
        if (pick) {
            np_bref t = f->support[0];
            f->support[0] = f->support[pick];
            f->support[pick] = t;
            f->summary = f->support[0].text;
        }
    }
}

/* How early the outlets citing fact f tell it: per outlet, from the rank
 * r of its first ref among the claims of its article (sentences that are
 * no claim - headlines, captions, bylines - not counted), 1 / (1 + r /
 * LEAD_HALF): 1 for the opening sentence, 1/2 for the third.  The mean
 * over the fact's outlets; 0 when no ref is found.  The rank, not the
 * offset: a third paragraph is no lead, however long the article. */
#define LEAD_HALF 2.0f
static float fact_lead(np_story *s, const np_brief_fact *f, const uint32_t *claim_rank)
{
    float sum = 0.0f;
    size_t n = 0;
    for (size_t k = 0; k < f->n_support; k++) {
        const np_bref *r = &f->support[k];
        int first = r->doc >= 0;
        for (size_t j = 0; j < k && first; j++)
            first = f->support[j].doc != r->doc;
        size_t start = 0, end = 0;
        if (!first || !np_story_ref_span(s, r, &start, &end))
            continue;
        long at = np_story_sent_at(s, r->doc, start);
        if (at < 0)
            continue;
        sum += 1.0f / (1.0f + (float)claim_rank[at] / LEAD_HALF);
        n++;
    }
    return n ? sum / (float)n : 0.0f;
}

/* Does the ref's text lie inside one quotation of its document, its
 * marks outside the words shown ("She will open the new bridge then."
 * from 'An aide said: "The Governor arrives in Dorrow on 4 May. She
 * will open the new bridge then."')?  Someone's words, whose speaker
 * the sentence does not name: no summary item. */
static int inside_quotation(const np_story *s, const np_bref *r)
{
    size_t start = 0, end = 0;
    if (r->doc < 0 || !np_story_ref_span(s, r, &start, &end) || end <= start)
        return 0;
    const np_analysis *an = &s->an[r->doc];
    /* its last word, past a closing mark and the full stop before it */
    const unsigned char *t = (const unsigned char *)an->text;
    while (end > start + 1 && (t[end - 1] == '"' || t[end - 1] == '.' || t[end - 1] == ',' || t[end - 1] == ' ' ||
                               (end >= start + 3 && t[end - 3] == 0xE2 && t[end - 2] == 0x80 &&
                                (t[end - 1] == 0x9D || t[end - 1] == 0x99))))
        end -= t[end - 1] >= 0x80 ? 3 : 1;
    if (end <= start)
        return 0;
    const np_quote *q = np_quote_at(an->quotes, an->n_quotes, start);
    return q && q == np_quote_at(an->quotes, an->n_quotes, end - 1);
}

#define SUMMARY_PAST_DAYS 365  /* a date this far before publication is the story's past */
#define SUMMARY_NEWS_DAYS 31   /* ...and one this close to it is its news */

/* Is the date mention at byte `at` of an the time of its clause's event:
 * after "in", "on", "between", "from", "during" (past the words that
 * narrow it: "in late 2023", "in the summer of 2023", "at the end of
 * 2019", "in March of 2019"), or opening the sentence?  Not a point of
 * comparison ("the highest since 2008") nor a year before a noun ("a 1973
 * law"). */
static int past_time_of(const np_analysis *an, size_t at)
{
    static const char *const when[] = {"in", "on", "between", "from", "during", "at", NULL};
    static const char *const narrow[] = {"early", "late", "mid", "the", "end", "start", "beginning", "middle",
                                         "of", "spring", "summer", "autumn", "fall", "winter", "first", "second",
                                         "half", "quarter", NULL};
    size_t t = np_story_token_at(an, at);
    if (t > an->n_tokens)
        return 0;
    for (size_t back = 0; back < 5; back++) {
        if (t == 0)
            return 1;
        const np_token *p = &an->tokens[--t];
        if (!p->norm || !(p->flags & NP_TOK_WORD))
            return p->norm && (p->norm[0] == '.' || p->norm[0] == '\n');
        for (size_t i = 0; when[i]; i++)
            if (!strcmp(p->norm, when[i]))
                return 1;
        int passes = np_month_from_name(p->norm, strlen(p->norm)) != 0;
        for (size_t i = 0; narrow[i] && !passes; i++)
            passes = !strcmp(p->norm, narrow[i]);
        if (!passes)
            return 0;
    }
    return 0;
}

/* Does the ref tell the story's past: a date it gives lies
 * SUMMARY_PAST_DAYS or more before its document's reference date ("in June
 * 1999", "Between 1991 and 1998"), and none lies near that date ("on
 * Monday", "last week")?  A report recalls such things after the news:
 * they do not open the summary. */
static int tells_past(const np_story *s, const np_bref *r)
{
    size_t start = 0, end = 0;
    int64_t y;
    int m, d;
    if (r->doc < 0 || !s->ref_date || !s->ref_date[r->doc] || !np_story_ref_span(s, r, &start, &end) ||
        !np_date_parse_iso(s->ref_date[r->doc], &y, &m, &d))
        return 0;
    int64_t ref = np_days_from_civil(y, m, d);
    const np_analysis *an = &s->an[r->doc];
    int old = 0;
    for (size_t k = 0; k < an->n_dates; k++) {
        const np_date_mention *x = &an->dates[k];
        if (x->start < start || x->end > end || !x->iso[0] || (x->flags & NP_DATE_UNRESOLVED))
            continue;
        /* the time of the clause's own event ("in June 1999", "Between 1991
         * and 1998,", "on February 1979"), not a point of comparison ("the
         * highest since 2008", "a 1973 law") */
        int when = past_time_of(an, x->start);
        /* "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a range by its end): a year
         * counts from its last month, a month from near its last day */
        const char *iso = x->iso_end[0] ? x->iso_end : x->iso;
        size_t il = strlen(iso);
        int64_t yy = il >= 4 ? strtoll(iso, NULL, 10) : 0;
        if (!yy)
            continue;
        int64_t at = np_days_from_civil(yy, il >= 7 ? atoi(iso + 5) : 12, il >= 10 ? atoi(iso + 8) : 28);
        if (ref - at >= SUMMARY_PAST_DAYS)
            old |= when;
        else if (at - ref < SUMMARY_NEWS_DAYS && ref - at < SUMMARY_NEWS_DAYS)
            return 0;
    }
    return old;
}

/* The latest year a resolved date of the story names (0 when none). */
static int64_t latest_year(const np_story *s)
{
    int64_t y = 0;
    for (size_t d = 0; d < s->n_docs; d++)
        for (size_t k = 0; k < s->an[d].n_dates; k++) {
            const np_date_mention *x = &s->an[d].dates[k];
            if (x->iso[0] && !(x->flags & NP_DATE_UNRESOLVED)) {
                int64_t v = strtoll(x->iso, NULL, 10);
                if (v > y)
                    y = v;
            }
        }
    return y;
}

/* Does text t name a day of the news: a weekday, "today", "yesterday",
 * "tonight", "this week"? */
static int tells_news_day(const char *t)
{
    static const char *const days[] = {"today", "yesterday", "tonight", NULL};
    if (strstr(t, "this week"))
        return 1;
    for (const char *w = t; *w;) {
        size_t n = 0;
        while (isalpha((unsigned char)w[n]))
            n++;
        if (n >= 6 && np_lex_weekday(w, n)) /* a full name, not "Wed", "Sun" */
            return 1;
        for (size_t i = 0; n && days[i]; i++)
            if (n == strlen(days[i]) && !strncasecmp(w, days[i], n))
                return 1;
        w += n ? n : 1;
    }
    return 0;
}

/* Does text t open on the time of an earlier event, by its words alone:
 * "Last October, ...", "Last year ...", "At the time, ...", "Previously,
 * ...", "Years ago ..."?  A report without a date of its own (tells_past()
 * needs one) recalls the story's past this way.  "Last week", "Last night"
 * are the news's own days, and so is a sentence that names a weekday
 * besides; "In the past 24 hours", "At the time of writing" are now; "In
 * 2015, ..." is the past when the story names a later year (latest_year,
 * 0 when it names none: "In 2027, ..." may be ahead). */
static int opens_on_past(const char *t, int64_t latest_year)
{
    static const char *const lead[] = {"At the time,", "Previously", "Years ago", "Back in ", "Months ago",
                                       "Earlier in his ", "Earlier in her ", "In the past,", NULL};
    static const char *const span[] = {"year", "month", "spring", "summer", "fall", "autumn", "winter",
                                       "season", "decade", NULL};
    for (size_t i = 0; lead[i]; i++)
        if (strncmp(t, lead[i], strlen(lead[i])) == 0)
            return 1;
    /* "In 2015, ..." before a later year the story names */
    if (strncmp(t, "In ", 3) == 0 && isdigit((unsigned char)t[3]) && isdigit((unsigned char)t[4]) &&
        isdigit((unsigned char)t[5]) && isdigit((unsigned char)t[6]) && t[7] == ',')
        return strtoll(t + 3, NULL, 10) < latest_year;
    if (strncmp(t, "Last ", 5) != 0 || tells_news_day(t))
        return 0; /* "Last month the council voted ...; on Monday it ..." */
    const char *w = t + 5;
    size_t n = 0;
    while (isalpha((unsigned char)w[n]))
        n++;
    if (np_month_from_name(w, n))
        return 1;
    for (size_t i = 0; span[i]; i++)
        if (n == strlen(span[i]) && strncasecmp(w, span[i], n) == 0)
            return 1;
    return 0;
}

/* A fact told in a line of its own ("Where it happened: Vell") names
 * what an item already in the summary names (a lead "VELL, Norland -
 * ..."): the summary says it once. */
static int line_told(const np_brief *b, const char *line)
{
    const char *name = strstr(line, ": ");
    if (!name || !name[2])
        return 0;
    name += 2;
    for (size_t i = 0; i < b->n_summary; i++)
        if (strstr(b->summary[i].text, name))
            return 1;
    return 0;
}

/* The summary's news first, then what the story recalls of its past
 * (past_at[i] for item i), each in the order picked: background told
 * between two items of news reads as one of them. */
static np_status past_last(np_story *s, np_brief *b, const char *past_at)
{
    size_t w = 0, n_back = 0;
    np_brief_summary *back = np_arena_alloc(&s->work, (b->n_summary + 1) * sizeof *back);
    if (!back)
        return NP_ENOMEM;
    for (size_t i = 0; i < b->n_summary; i++) {
        if (past_at[i])
            back[n_back++] = b->summary[i];
        else
            b->summary[w++] = b->summary[i];
    }
    memcpy(b->summary + w, back, n_back * sizeof *back);
    return NP_OK;
}

/* A sentence of the fact is one side of a contradiction (the discrepancy
 * section's "whether the bridge was damaged: A says not, B says so"): the
 * summary tells what the outlets do not dispute. */
static int disputed(const np_brief *b, const np_brief_fact *f)
{
    for (size_t i = 0; i < b->n_discrepancies; i++) {
        const np_brief_discrepancy *d = &b->discrepancies[i];
        if (strcmp(d->kind, "contradiction") != 0)
            continue;
        for (size_t j = 0; j < d->n_items; j++)
            for (size_t k = 0; k < f->n_support; k++)
                if (d->items[j].doc == f->support[k].doc && d->items[j].text && f->support[k].text &&
                    strcmp(d->items[j].text, f->support[k].text) == 0)
                    return 1;
    }
    return 0;
}

/* The sentence index of a fact's first REF: re-found from the text pointer
 * would be slow, so the summary recomputes vectors from the REF doc+text. */
np_status np_compare_summary(np_story *s)
{
    np_brief *b = s->brief;
    np_align_readable_heads(s, b);
    size_t nf = 0;
    while (nf < b->n_facts && b->facts[nf].n_docs > 1)
        nf++;
    size_t pool = nf;
    /* with too few corroborated facts, the lead sentences of the first
     * document complete the summary */
    size_t want = SUMMARY_MAX;
    if (pool < 3) {
        size_t extra = 0;
        for (size_t k = nf; k < b->n_facts && extra < want; k++)
            if (b->facts[k].support[0].doc == 0)
                extra++;
        pool = nf + extra;
    }
    if (!pool)
        return NP_OK;
    np_svec *vec = np_arena_alloc(&s->work, pool * sizeof *vec);
    size_t *idx = np_arena_alloc(&s->work, pool * sizeof *idx);
    float *rel = np_arena_alloc(&s->work, pool * sizeof *rel);
    char *taken = np_arena_alloc(&s->work, pool);
    char *quoted = np_arena_alloc(&s->work, pool);
    char *own_line = np_arena_alloc(&s->work, pool); /* told in a line of its own ("Where it happened: X") */
    char *told_past = np_arena_alloc(&s->work, pool); /* the story's past (tells_past(), opens_on_past()) */
    float *lead = np_arena_alloc(&s->work, pool * sizeof *lead);
    float *first = np_arena_alloc(&s->work, pool * sizeof *first); /* rel, for the opening item */
    /* per sentence: the claims of its article before it (fact_lead()) */
    uint32_t *claim_rank = np_arena_alloc(&s->work, (s->n_sents + 1) * sizeof *claim_rank);
    b->summary = np_calloc(want, sizeof *b->summary);
    if (!vec || !idx || !rel || !taken || !quoted || !own_line || !told_past || !lead || !first || !claim_rank ||
        !b->summary)
        return NP_ENOMEM;
    np_story_claim_ranks(s, claim_rank);
    int64_t latest = latest_year(s);
    size_t p = 0;
    for (size_t k = 0; k < b->n_facts && p < pool; k++) {
        const np_brief_fact *f = &b->facts[k];
        if (k >= nf && f->support[0].doc != 0)
            continue;
        /* a summary sentence reads on its own: not a piece of a sentence
         * or of a quotation ("[...] we judged it would serve no purpose
         * ...", "and negligence between ..."), nor a bare quotation whose
         * speaker it does not name */
        float qs = quote_share(f->summary);
        if (!reads_whole(f->summary) || qs >= SUMMARY_BARE_QUOTE || inside_quotation(s, &f->support[0]) ||
            disputed(b, f))
            continue;
        /* locate the seed sentence: the support text is an exact copy */
        int d = f->support[0].doc;
        size_t start = 0, end = 0;
        (void)np_story_ref_span(s, &f->support[0], &start, &end); /* not found: an empty vector */
        np_status st = np_story_vec_span(s, d, start, end, &vec[p]);
        if (st != NP_OK)
            return st;
        size_t words = 0;
        for (const char *c = f->support[0].text; *c; c++)
            words += *c == ' ';
        float len_pen = (words < 6 || words > 45) ? 0.5f : 1.0f;
        /* the opening item may be as long as a news lead is (a dateline,
         * who did what to whom, when, and why it matters: often 40 to 55
         * words) */
        float len_first = (words < 6 || words > SUMMARY_LEAD_WORDS) ? 0.5f : 1.0f;
        /* outlets that told it on their own: a wire copy printed twice is
         * one report (compare/copies.c), not two confirmations */
        size_t told = f->n_independent && f->n_independent < f->n_docs ? f->n_independent : f->n_docs;
        float share = (float)told / (float)(s->n_docs ? s->n_docs : 1);
        float base = k < nf ? share + 0.5f * (float)f->score : 0.2f / (float)(1 + (k - nf));
        rel[p] = len_pen * base;
        /* the opening item: told by many outlets, and early (lead[] below);
         * not how tightly its sentences align, which wire copies of a
         * side detail win */
        first[p] = len_first * (k < nf ? share : base);
        /* the summary says what happened in the outlets' neutral voice: a
         * sentence that is mostly a quotation, or opens on one ('"We thank
         * you," the rep said'), is someone's words, not the event, and
         * never leads; nor does one opening on a pronoun ("He said ...":
         * who?) or going on from another ("Also today, ..."), a fact told
         * in a line of its own (the place fact's "Where it happened: X":
         * where, not what), or the story's past ("left the board in
         * June 1999", "Last October, ...") */
        int past = tells_past(s, &f->support[0]);
        told_past[p] = (char)(past || opens_on_past(f->summary, latest));
        own_line[p] = strcmp(f->summary, f->support[0].text) != 0;
        quoted[p] = qs >= SUMMARY_QUOTED || opens_on_quotation(f->summary) || opens_on_context(f->summary) ||
                    own_line[p] || told_past[p];
        if (past)
            rel[p] *= 0.5f; /* and comes after the news */
        if (qs >= SUMMARY_QUOTED) {
            rel[p] *= 0.5f;
            first[p] *= 0.5f;
        }
        /* the event is told early: news leads with who, what, when, where.
         * How early every outlet citing it tells it, not only the outlet
         * shown: the background all of them recall ("the tariffs imposed
         * in March") or a reaction they all print may stand high in one
         * article and low in the others, while the news stands high in
         * each */
        lead[p] = fact_lead(s, f, claim_rank);
        idx[p] = k;
        p++;
    }
    pool = p;
    int any_unquoted = 0;
    for (size_t i = 0; i < pool; i++)
        any_unquoted |= !quoted[i];
    char past_at[SUMMARY_MAX];
    while (b->n_summary < want) {
        long pick = -1;
        float best = -1e9f;
        for (size_t i = 0; i < pool; i++) {
            if (taken[i])
                continue;
            float red = 0;
            for (size_t j = 0; j < pool; j++)
                if (taken[j]) {
                    float c = np_svec_cos(&vec[i], &vec[j]);
                    if (c > red)
                        red = c;
                }
            if (red > SUMMARY_REDUNDANT || (own_line[i] && line_told(b, b->facts[idx[i]].summary)))
                continue;
            float mmr = 0.7f * rel[i] - 0.3f * red;
            if (!b->n_summary) {
                /* the first sentence: never a bare quote while another
                 * candidate is left, and earlier in its report is better */
                if (quoted[i] && any_unquoted)
                    continue;
                mmr = first[i] * (SUMMARY_LEAD_FLOOR + lead[i]);
            }
            if (mmr > best) {
                best = mmr;
                pick = (long)i;
            }
        }
        if (pick < 0)
            break;
        taken[pick] = 1;
        const np_brief_fact *f = &b->facts[idx[pick]];
        np_brief_summary *o = &b->summary[b->n_summary];
        o->text = f->summary;
        o->sources = f->support;
        o->n_sources = f->n_support;
        past_at[b->n_summary++] = told_past[pick];
    }
    return past_last(s, b, past_at);
}
