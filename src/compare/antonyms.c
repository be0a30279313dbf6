/*
 * compare/antonyms.c — verbs of opposite meaning a story uses (see
 * antonyms.h).  Only the verb classes some sentence states plainly are
 * looked up, one data.verb line per synset key, so a story reads a few
 * hundred lines at most.
 */
#include "compare/antonyms.h"

#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "core/mem.h"
#include "text/lexicon.h"

#define ANT_PTRS 16 /* antonym pointers read per synset (the most any verb synset has is 4) */
/* A verb is read in its first sense (its usual meaning: "decline" is
 * refusing before it is going down), on both sides of a pair.  Measured:
 * looking the antonym up among the other verb's first two senses finds
 * rise / fall (rise's opposite is fall's second sense) but also "came"
 * (from) / "left", through come's second sense, arrive, and moved a
 * member out of a refusal fact of the sample corpus (recall 98.2% ->
 * 97.0%); with two senses on both sides "declined" (to sign) went down
 * like a falling river. */
#define ANT_SENSES 1

typedef struct ant_entry {
    uint64_t key; /* the antonym synset */
    uint32_t cls; /* the verb class whose sense points to it */
} ant_entry;

static int cmp_entry(const void *x, const void *y)
{
    const ant_entry *a = x, *b = y;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->cls < b->cls ? -1 : a->cls > b->cls;
}

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

static uint32_t class_of(const np_story *s, size_t t) { return s->syn ? s->syn[t] : (uint32_t)t; }

/* verb[c] = 1 for every class some sentence states plainly as a verb. */
static unsigned char *plain_verbs(np_story *s)
{
    unsigned char *verb = np_arena_alloc(&s->work, s->n_terms);
    if (!verb)
        return NULL;
    memset(verb, 0, s->n_terms);
    for (size_t i = 0; i < s->n_sents; i++)
        for (uint32_t k = 0; k < s->sents[i].n_pol; k++)
            if (!(s->sents[i].pol[k] & 1))
                verb[s->sents[i].pol[k] >> 1] = 1;
    return verb;
}

/* The verb senses of each plainly used verb class, looked up through the
 * first word that made each of its terms ("left" -> leave's senses;
 * term_keys would hold the adjective's): *keys (NP_WN_MAX_KEYS per term)
 * and *nkeys per term, in work. */
static np_status verb_senses(np_story *s, const unsigned char *verb, uint64_t **keys_out, unsigned char **nkeys_out)
{
    uint64_t *keys = np_arena_alloc(&s->work, s->n_terms * NP_WN_MAX_KEYS * sizeof *keys);
    unsigned char *nk = np_arena_alloc(&s->work, s->n_terms), *done = np_arena_alloc(&s->work, s->n_terms);
    if (!keys || !nk || !done)
        return NP_ENOMEM;
    memset(nk, 0, s->n_terms);
    memset(done, 0, s->n_terms);
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_tokens; k++) {
            uint32_t t = s->tok_term[d][k];
            if (t == UINT32_MAX || done[t] || !verb[class_of(s, t)] || !(an->tokens[k].flags & NP_TOK_WORD))
                continue;
            done[t] = 1;
            const char *w = an->tokens[k].norm;
            nk[t] = (unsigned char)np_wn_verb_keys(s->wn, w, strlen(w), keys + t * NP_WN_MAX_KEYS, ANT_SENSES);
        }
    }
    *keys_out = keys;
    *nkeys_out = nk;
    return NP_OK;
}

/* The antonym synsets of the verb senses of every plainly used verb class,
 * sorted by synset: *out (np_malloc'd, caller frees), *n. */
static np_status antonym_entries(np_story *s, const uint64_t *keys, const unsigned char *nkeys, ant_entry **out,
                                 size_t *n_out)
{
    static const char *const antonym[] = {"!", NULL};
    ant_entry *e = NULL;
    size_t n = 0, cap = 0;
    void *files[4];
    np_wn_data_open(s->wn, files);
    np_status st = NP_OK;
    for (size_t t = 0; t < s->n_terms && st == NP_OK; t++) {
        uint32_t c = class_of(s, t);
        for (unsigned i = 0; i < nkeys[t] && st == NP_OK; i++) {
            uint64_t to[ANT_PTRS];
            int m = np_wn_pointers(files, keys[t * NP_WN_MAX_KEYS + i], antonym, to, ANT_PTRS, NULL);
            for (int j = 0; j < m && st == NP_OK; j++) {
                if ((char)(to[j] >> 40) != 'v')
                    continue;
                st = np_grow((void **)&e, &cap, n, sizeof *e);
                if (st == NP_OK)
                    e[n++] = (ant_entry){to[j], c};
            }
        }
    }
    np_wn_data_close(files);
    if (st != NP_OK) {
        np_free(e);
        return st;
    }
    if (n)
        qsort(e, n, sizeof *e, cmp_entry);
    *out = e;
    *n_out = n;
    return NP_OK;
}

static size_t first_entry(const ant_entry *e, size_t n, uint64_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (e[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Verbs of judging someone, approving or reproving, as story terms (the
 * first six letters of their Snowball stems: compare/story.c): WordNet
 * pairs "praise" with "criticize" only, yet "the mayor praised the
 * firefighters" and "the mayor blamed the firefighters" are opposite
 * claims told in the same words.  Verbs of one list against the other's.
 * Not the words whose six letters other words share: "commend"
 * ("comment"), "criticise" ("critical", "critics"), "hail" (the weather),
 * "fault" (the rock's). */
static const char *const k_approve[] = {"applau", "laud", "prais", NULL};
static const char *const k_reprove[] = {"blame", "castig", "condem", "denoun", "lambas", "rebuk", "scold", NULL};

/* Pairs (both ways) of the plainly used verb classes of the two lists into
 * *pairs (np_grow'd: *n, *cap). */
static np_status judging_pairs(np_story *s, const unsigned char *verb, uint64_t **pairs, size_t *n, size_t *cap)
{
    uint32_t good[16], bad[16];
    size_t ng = 0, nb = 0;
    for (size_t t = 0; t < s->n_terms; t++) {
        uint32_t c = class_of(s, t);
        if (!verb[c])
            continue;
        if (ng < 16 && np_lex_word_in(s->term_str[t], k_approve))
            good[ng++] = c;
        else if (nb < 16 && np_lex_word_in(s->term_str[t], k_reprove))
            bad[nb++] = c;
    }
    for (size_t i = 0; i < ng; i++)
        for (size_t j = 0; j < nb; j++) {
            if (good[i] == bad[j])
                continue;
            np_status st = np_grow((void **)pairs, cap, *n + 2, sizeof **pairs);
            if (st != NP_OK)
                return st;
            (*pairs)[(*n)++] = (uint64_t)good[i] << 32 | bad[j];
            (*pairs)[(*n)++] = (uint64_t)bad[j] << 32 | good[i];
        }
    return NP_OK;
}

np_status np_compare_antonyms(np_story *s)
{
    s->ant_pairs = NULL;
    s->ant_mark = NULL;
    s->n_ant = 0;
    if (!s->wn || !s->n_terms || !s->n_sents)
        return NP_OK;
    unsigned char *verb = plain_verbs(s);
    if (!verb)
        return NP_ENOMEM;
    uint64_t *keys;
    unsigned char *nkeys;
    np_status st = verb_senses(s, verb, &keys, &nkeys);
    if (st != NP_OK)
        return st;
    ant_entry *e = NULL;
    size_t n_e = 0;
    st = antonym_entries(s, keys, nkeys, &e, &n_e);
    if (st != NP_OK) {
        np_free(e);
        return st;
    }
    /* a class whose own sense is the antonym synset of another class's */
    uint64_t *pairs = NULL;
    size_t n = 0, cap = 0;
    st = judging_pairs(s, verb, &pairs, &n, &cap);
    for (size_t t = 0; t < s->n_terms && st == NP_OK && n_e; t++) {
        uint32_t c = class_of(s, t);
        for (unsigned i = 0; i < nkeys[t] && st == NP_OK; i++) {
            uint64_t key = keys[t * NP_WN_MAX_KEYS + i];
            for (size_t k = first_entry(e, n_e, key); k < n_e && e[k].key == key && st == NP_OK; k++) {
                if (e[k].cls == c)
                    continue;
                if ((st = np_grow((void **)&pairs, &cap, n + 1, sizeof *pairs)) == NP_OK) {
                    pairs[n++] = (uint64_t)c << 32 | e[k].cls;
                    pairs[n++] = (uint64_t)e[k].cls << 32 | c;
                }
            }
        }
    }
    np_free(e);
    if (st == NP_OK && n) {
        qsort(pairs, n, sizeof *pairs, cmp_u64);
        size_t w = 0;
        for (size_t i = 0; i < n; i++)
            if (!w || pairs[i] != pairs[w - 1])
                pairs[w++] = pairs[i];
        s->ant_pairs = np_arena_alloc(&s->work, w * sizeof *pairs);
        s->ant_mark = np_arena_alloc(&s->work, s->n_terms);
        if (!s->ant_pairs || !s->ant_mark)
            st = NP_ENOMEM;
        else {
            memcpy(s->ant_pairs, pairs, w * sizeof *pairs);
            memset(s->ant_mark, 0, s->n_terms);
            for (size_t i = 0; i < w; i++)
                s->ant_mark[pairs[i] >> 32] = 1;
            s->n_ant = w;
        }
    }
    np_free(pairs);
    return st;
}

int np_antonyms_clash(const np_story *s, const uint32_t *ev_a, uint32_t nev_a, const uint32_t *pol_a, uint32_t npol_a,
                      const uint32_t *ev_b, uint32_t nev_b, const uint32_t *pol_b, uint32_t npol_b)
{
    if (!s->n_ant)
        return 0;
    for (uint32_t i = 0; i < npol_a; i++) {
        if (pol_a[i] & 1)
            continue;
        uint32_t x = pol_a[i] >> 1;
        if (!s->ant_mark[x])
            continue; /* most verbs have no opposite in the story */
        size_t lo = np_story_u64_lower_bound(s->ant_pairs, s->n_ant, (uint64_t)x << 32);
        for (size_t k = lo; k < s->n_ant && (uint32_t)(s->ant_pairs[k] >> 32) == x; k++) {
            uint32_t y = (uint32_t)s->ant_pairs[k];
            if (np_story_sorted_index(pol_b, npol_b, y << 1) >= 0 && np_story_sorted_index(ev_b, nev_b, x) < 0 &&
                np_story_sorted_index(ev_a, nev_a, y) < 0)
                return 1;
        }
    }
    return 0;
}

int np_actions_opposed(const np_story *s, const uint32_t *ev_a, uint32_t nev_a, const uint32_t *pol_a,
                       uint32_t npol_a, const uint32_t *ev_b, uint32_t nev_b, const uint32_t *pol_b, uint32_t npol_b)
{
    return np_story_polarity_clash(pol_a, npol_a, pol_b, npol_b) ||
           (s && np_antonyms_clash(s, ev_a, nev_a, pol_a, npol_a, ev_b, nev_b, pol_b, npol_b));
}
