/*
 * compare/synonyms.c — synonym classes for alignment from WordNet.
 *
 * Outlets translating the same statement pick different words ("basis" /
 * "foundation").  When the WordNet index files (index.noun, .verb, .adj,
 * .adv in /usr/share/wordnet, or wordnet_dir) are readable, two words of the
 * story are put in one class when they share a synset among the first
 * SENSES senses of each (the frequent meanings: rare senses would merge
 * everything).  Only lemmas that occur in the story are kept, so the cost is
 * one pass over the index files.  Without WordNet every term is its own
 * class (s->syn = NULL).  s->syn[t] is the class representative of term t.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "core/hash.h"
#include "core/mem.h"

#define SENSES 2
#define MIN_LEMMA 4

typedef struct wmap {
    /* word (token norm) → term id */
    const char **word;
    uint32_t *term;
    size_t cap;
} wmap;

static uint64_t whash(const char *w, size_t n) { return np_hash64(w, n, 0x776f72646e6574ull); }

static int wmap_put(wmap *m, np_arena *a, const char *w, uint32_t term)
{
    size_t n = strlen(w);
    size_t h = whash(w, n) & (m->cap - 1);
    while (m->word[h]) {
        if (strcmp(m->word[h], w) == 0)
            return 0;
        h = (h + 1) & (m->cap - 1);
    }
    m->word[h] = np_arena_strdup(a, w);
    if (!m->word[h])
        return -1;
    m->term[h] = term;
    return 1;
}

static long wmap_get(const wmap *m, const char *w, size_t n)
{
    size_t h = whash(w, n) & (m->cap - 1);
    while (m->word[h]) {
        if (strncmp(m->word[h], w, n) == 0 && m->word[h][n] == '\0')
            return (long)m->term[h];
        h = (h + 1) & (m->cap - 1);
    }
    return -1;
}

static uint32_t uf_find(uint32_t *p, uint32_t x)
{
    while (p[x] != x) {
        p[x] = p[p[x]];
        x = p[x];
    }
    return x;
}

typedef struct smap {
    uint64_t *key; /* synset key + 1, 0 = empty */
    uint32_t *term;
    size_t cap, n;
} smap;

static np_status smap_union(smap *m, uint64_t key, uint32_t term, uint32_t *parent)
{
    if ((m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 4096;
        uint64_t *nk = np_calloc(nc, sizeof *nk);
        uint32_t *nt = np_malloc(nc * sizeof *nt);
        if (!nk || !nt) {
            np_free(nk);
            np_free(nt);
            return NP_ENOMEM;
        }
        for (size_t i = 0; i < m->cap; i++)
            if (m->key[i]) {
                size_t h = np_hash_mix64(m->key[i]) & (nc - 1);
                while (nk[h])
                    h = (h + 1) & (nc - 1);
                nk[h] = m->key[i];
                nt[h] = m->term[i];
            }
        np_free(m->key);
        np_free(m->term);
        m->key = nk;
        m->term = nt;
        m->cap = nc;
    }
    uint64_t k = key + 1;
    size_t h = np_hash_mix64(k) & (m->cap - 1);
    while (m->key[h]) {
        if (m->key[h] == k) {
            uint32_t a = uf_find(parent, m->term[h]), b = uf_find(parent, term);
            if (a != b)
                parent[a > b ? a : b] = a > b ? b : a;
            return NP_OK;
        }
        h = (h + 1) & (m->cap - 1);
    }
    m->key[h] = k;
    m->term[h] = term;
    m->n++;
    return NP_OK;
}

static np_status scan_index(const char *path, char pos, const wmap *wm, smap *sm, uint32_t *parent)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NP_OK; /* WordNet is optional */
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    np_status st = NP_OK;
    while (st == NP_OK && (len = getline(&line, &cap, f)) > 0) {
        if (line[0] == ' ')
            continue; /* licence header */
        char *sp = memchr(line, ' ', (size_t)len);
        if (!sp)
            continue;
        size_t ln = (size_t)(sp - line);
        if (ln < MIN_LEMMA || memchr(line, '_', ln))
            continue;
        long term = wmap_get(wm, line, ln);
        if (term < 0)
            continue;
        /* lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets... */
        char *tok[512];
        int nt = 0;
        for (char *c = sp + 1; *c && nt < 512;) {
            while (*c == ' ' || *c == '\n')
                *c++ = '\0';
            if (!*c)
                break;
            tok[nt++] = c;
            while (*c && *c != ' ' && *c != '\n')
                c++;
        }
        if (nt < 3)
            continue;
        long n_syn = strtol(tok[1], NULL, 10), p_cnt = strtol(tok[2], NULL, 10);
        long first = 3 + p_cnt + 2;
        for (long k = 0; k < n_syn && k < SENSES && first + k < nt; k++) {
            uint64_t off = strtoull(tok[first + k], NULL, 10);
            st = smap_union(sm, ((uint64_t)(unsigned char)pos << 40) | off, (uint32_t)term, parent);
        }
    }
    free(line);
    fclose(f);
    return st;
}

np_status np_compare_synonyms(np_story *s, const char *wordnet_dir)
{
    s->syn = NULL;
    if (!s->n_terms)
        return NP_OK;
    const char *dir = wordnet_dir ? wordnet_dir : "/usr/share/wordnet";
    char probe[1024];
    snprintf(probe, sizeof probe, "%s/index.noun", dir);
    FILE *pf = fopen(probe, "r");
    if (!pf)
        return NP_OK;
    fclose(pf);
    size_t n_tok = 0;
    for (size_t d = 0; d < s->n_docs; d++)
        n_tok += s->an[d].n_tokens;
    wmap wm = {0};
    wm.cap = 1024;
    while (wm.cap < n_tok * 2 + 16)
        wm.cap *= 2;
    wm.word = np_calloc(wm.cap, sizeof *wm.word);
    wm.term = np_malloc(wm.cap * sizeof *wm.term);
    uint32_t *parent = np_arena_alloc(&s->work, s->n_terms * sizeof *parent);
    smap sm = {0};
    np_status st = NP_OK;
    if (!wm.word || !wm.term || !parent) {
        st = NP_ENOMEM;
        goto done;
    }
    for (size_t t = 0; t < s->n_terms; t++)
        parent[t] = (uint32_t)t;
    for (size_t d = 0; d < s->n_docs && st == NP_OK; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_tokens; k++) {
            uint32_t t = s->tok_term[d][k];
            if (t == UINT32_MAX || !(an->tokens[k].flags & NP_TOK_WORD) || strlen(an->tokens[k].norm) < MIN_LEMMA)
                continue;
            if (wmap_put(&wm, &s->work, an->tokens[k].norm, t) < 0) {
                st = NP_ENOMEM;
                break;
            }
        }
    }
    static const char *const files[] = {"index.noun", "index.verb", "index.adj", "index.adv"};
    static const char posc[] = {'n', 'v', 'a', 'r'};
    for (int i = 0; i < 4 && st == NP_OK; i++) {
        char path[1100];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        st = scan_index(path, posc[i], &wm, &sm, parent);
    }
    if (st == NP_OK) {
        for (size_t t = 0; t < s->n_terms; t++)
            parent[t] = uf_find(parent, (uint32_t)t);
        s->syn = parent;
    }
done:
    np_free(wm.word);
    np_free(wm.term);
    np_free(sm.key);
    np_free(sm.term);
    return st;
}
