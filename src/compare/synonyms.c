/*
 * compare/synonyms.c — synonym classes for alignment from WordNet.
 *
 * Outlets translating the same statement pick different words ("basis" /
 * "foundation").  np_wn_senses_load() reads the WordNet index files
 * (index.noun, .verb, .adj, .adv) once into a table lemma → synsets of its
 * first SENSES senses per part of speech (the frequent meanings: rare senses
 * would merge everything).  np_compare_synonyms() then puts two words of a
 * story in one class when they share such a synset; s->syn[t] is the class
 * representative of term t, and s->term_keys its synsets.  Without WordNet,
 * s->syn stays NULL (every term is its own class).  np_wn_links() reads the
 * pointers of one synset from data.<pos> (its key holds the line's byte
 * offset) for compare/quotes.c, so the 30 MB of data files are never loaded
 * whole: only the lines of a story's quoted words are read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/brief_internal.h"
#include "core/arena.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/unionfind.h"
#include "core/rescache.h"

#define SENSES 2
#define MIN_LEMMA 4
#define MAX_KEYS NP_WN_MAX_KEYS
#define DATA_LINE_MAX 16384 /* longest data.* line read (the longest real ones are ~12 KB) */

typedef struct wn_entry {
    const char *lemma; /* in the arena; NULL = empty slot */
    uint64_t keys[MAX_KEYS];
    unsigned n_keys;
    unsigned verb_form; /* an inflected verb form listed in verb.exc ("met", "took") */
    uint64_t lemma_vkeys[SENSES]; /* such a form: the verb senses of its lemma ("left": leave's) */
    unsigned n_lemma_vkeys;
} wn_entry;

/* The table while it is built from the index files; then serialised into
 * the compact form np_wn_senses reads (see below). */
typedef struct wn_build {
    char dir[1024];
    np_arena arena;
    wn_entry *slot;
    size_t cap, n;
} wn_build;

/* Compact form: an open-addressing table of u32 record numbers (+1; 0 =
 * empty) over records {lemma offset in the pool, first key, key count,
 * verb-form flag and the count of the verb form's lemma keys, stored after
 * its own}, the keys (u64) and the pool of NUL-terminated lemmas.
 * It is what the cache file holds (core/rescache.h), mapped as is. */
typedef struct wn_rec {
    uint32_t lemma, key, meta; /* meta: n_keys | verb_form << 8 | n_lemma_vkeys << 9 */
} wn_rec;

struct np_wn_senses {
    char dir[1024]; /* where the data.* files are, for np_wn_links() */
    np_blob blob;
    const uint32_t *slot;
    const wn_rec *rec;
    const uint64_t *keys;
    const char *pool;
    size_t cap, n, n_keys, pool_len;
};

static uint64_t whash(const char *w, size_t n) { return np_hash64(w, n, 0x776f72646e6574ull); }

static wn_entry *wn_find(const wn_build *wn, const char *w, size_t n, int *found)
{
    size_t h = whash(w, n) & (wn->cap - 1);
    while (wn->slot[h].lemma) {
        if (strncmp(wn->slot[h].lemma, w, n) == 0 && wn->slot[h].lemma[n] == '\0') {
            *found = 1;
            return &wn->slot[h];
        }
        h = (h + 1) & (wn->cap - 1);
    }
    *found = 0;
    return &wn->slot[h];
}

static int wn_grow(wn_build *wn)
{
    size_t nc = wn->cap ? wn->cap * 2 : 1u << 16;
    wn_entry *ns = np_calloc(nc, sizeof *ns);
    if (!ns)
        return -1;
    for (size_t i = 0; i < wn->cap; i++)
        if (wn->slot[i].lemma) {
            const char *l = wn->slot[i].lemma;
            size_t h = whash(l, strlen(l)) & (nc - 1);
            while (ns[h].lemma)
                h = (h + 1) & (nc - 1);
            ns[h] = wn->slot[i];
        }
    np_free(wn->slot);
    wn->slot = ns;
    wn->cap = nc;
    return 0;
}

/* One index line: lemma pos synset_cnt p_cnt [ptr...] sense_cnt
 * tagsense_cnt synset_offset... */
static int add_line(wn_build *wn, char *line, size_t len, char pos)
{
    if (!len || line[0] == ' ')
        return 0; /* licence header */
    char *sp = memchr(line, ' ', len);
    if (!sp)
        return 0;
    size_t ln = (size_t)(sp - line);
    if (ln < MIN_LEMMA || memchr(line, '_', ln))
        return 0; /* collocations never match one token */
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
        return 0;
    long n_syn = strtol(tok[1], NULL, 10), p_cnt = strtol(tok[2], NULL, 10);
    long first = 3 + p_cnt + 2;
    if ((wn->n + 1) * 2 > wn->cap && wn_grow(wn) < 0)
        return -1;
    int found;
    wn_entry *e = wn_find(wn, line, ln, &found);
    if (!found) {
        e->lemma = np_arena_strndup(&wn->arena, line, ln);
        if (!e->lemma)
            return -1;
        wn->n++;
    }
    for (long k = 0; k < n_syn && k < SENSES && first + k < nt && e->n_keys < MAX_KEYS; k++)
        e->keys[e->n_keys++] = ((uint64_t)(unsigned char)pos << 40) | strtoull(tok[first + k], NULL, 10);
    return 0;
}

/* verb.exc: "form lemma" per line, the irregular inflections ("met meet",
 * "took take").  Each form is marked as a verb form (its entry gets no
 * synsets of its own, so synonym lookups are unchanged) and keeps the verb
 * senses of its lemma apart, for np_wn_verb_keys(). */
static int load_verb_forms(wn_build *wn)
{
    char path[1100];
    snprintf(path, sizeof path, "%s/verb.exc", wn->dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0; /* optional: without it only regular forms are known */
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int rc = 0;
    while (rc == 0 && (len = getline(&line, &cap, f)) > 0) {
        char *sp = memchr(line, ' ', (size_t)len);
        if (!sp || sp == line || memchr(line, '_', (size_t)(sp - line)))
            continue;
        size_t ln = (size_t)(sp - line);
        if ((wn->n + 1) * 2 > wn->cap && wn_grow(wn) < 0) {
            rc = -1;
            break;
        }
        int found;
        wn_entry *e = wn_find(wn, line, ln, &found);
        if (!found) {
            e->lemma = np_arena_strndup(&wn->arena, line, ln);
            if (!e->lemma) {
                rc = -1;
                break;
            }
            wn->n++;
        }
        e->verb_form = 1;
        char *lemma = sp + 1, *le = lemma;
        while (*le && *le != ' ' && *le != '\n')
            le++;
        int lf;
        const wn_entry *l = le > lemma ? wn_find(wn, lemma, (size_t)(le - lemma), &lf) : NULL;
        for (unsigned k = 0; l && lf && k < l->n_keys && e->n_lemma_vkeys < SENSES; k++)
            if ((l->keys[k] >> 40) == (uint64_t)'v')
                e->lemma_vkeys[e->n_lemma_vkeys++] = l->keys[k];
    }
    free(line);
    fclose(f);
    return rc;
}

static void build_free(wn_build *wn)
{
    if (!wn)
        return;
    np_free(wn->slot);
    np_arena_free(&wn->arena);
    np_free(wn);
}

/* Parse the index files and verb.exc of dir; NULL when none is there or on
 * ENOMEM. */
static wn_build *build(const char *dir)
{
    static const char *const files[] = {"index.noun", "index.verb", "index.adj", "index.adv"};
    static const char posc[] = {'n', 'v', 'a', 'r'};
    wn_build *wn = np_calloc(1, sizeof *wn);
    if (!wn)
        return NULL;
    np_arena_init(&wn->arena, 256 * 1024);
    snprintf(wn->dir, sizeof wn->dir, "%s", dir);
    if (wn_grow(wn) < 0) {
        build_free(wn);
        return NULL;
    }
    int any = 0;
    for (int i = 0; i < 4; i++) {
        char path[1100];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        any = 1;
        char *line = NULL;
        size_t cap = 0;
        ssize_t len;
        int bad = 0;
        while (!bad && (len = getline(&line, &cap, f)) > 0)
            bad = add_line(wn, line, (size_t)len, posc[i]) < 0;
        free(line);
        fclose(f);
        if (bad) {
            build_free(wn);
            return NULL;
        }
    }
    if (!any || load_verb_forms(wn) < 0) {
        build_free(wn);
        return NULL;
    }
    return wn;
}

#define WN_FORMAT 2
#define WN_HEAD 9 /* cap, n, n_keys, pool_len, slot_off, rec_off, keys_off, pool_off, format */

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

static unsigned char *serialise(const wn_build *wn, size_t *len_out)
{
    size_t nk = 0, pool = 1;
    for (size_t i = 0; i < wn->cap; i++)
        if (wn->slot[i].lemma) {
            nk += wn->slot[i].n_keys + wn->slot[i].n_lemma_vkeys;
            pool += strlen(wn->slot[i].lemma) + 1;
        }
    uint64_t h[WN_HEAD];
    h[0] = wn->cap;
    h[1] = wn->n;
    h[2] = nk;
    h[3] = pool;
    h[4] = sizeof h;
    h[5] = align8(h[4] + wn->cap * 4);
    h[6] = align8(h[5] + wn->n * sizeof(wn_rec));
    h[7] = h[6] + nk * 8;
    h[8] = WN_FORMAT;
    size_t len = align8(h[7] + pool);
    if (pool > UINT32_MAX || nk > UINT32_MAX)
        return NULL;
    unsigned char *p = np_calloc(len, 1);
    if (!p)
        return NULL;
    memcpy(p, h, sizeof h);
    uint32_t *slot = (uint32_t *)(p + h[4]);
    wn_rec *rec = (wn_rec *)(p + h[5]);
    uint64_t *keys = (uint64_t *)(p + h[6]);
    char *pl = (char *)p + h[7];
    size_t r = 0, k = 0, at = 1;
    for (size_t i = 0; i < wn->cap && r < wn->n; i++) {
        const wn_entry *e = &wn->slot[i];
        if (!e->lemma)
            continue;
        size_t l = strlen(e->lemma);
        memcpy(pl + at, e->lemma, l + 1);
        rec[r] = (wn_rec){(uint32_t)at, (uint32_t)k,
                          e->n_keys | (e->verb_form ? 1u << 8 : 0) | e->n_lemma_vkeys << 9};
        memcpy(keys + k, e->keys, e->n_keys * sizeof *keys);
        memcpy(keys + k + e->n_keys, e->lemma_vkeys, e->n_lemma_vkeys * sizeof *keys);
        k += e->n_keys + e->n_lemma_vkeys;
        at += l + 1;
        slot[i] = (uint32_t)++r;
    }
    *len_out = len;
    return p;
}

/* Point wn into its blob, checking every bound. */
static int view(np_wn_senses *wn)
{
    const unsigned char *p = wn->blob.data;
    size_t len = wn->blob.len;
    uint64_t h[WN_HEAD];
    if (len < sizeof h || ((uintptr_t)p & 7))
        return -1;
    memcpy(h, p, sizeof h);
    uint64_t cap = h[0];
    if (h[8] != WN_FORMAT || !cap || (cap & (cap - 1)) || h[1] > cap || cap > len / 4 || h[2] > len / 8 ||
        h[3] < 1 || h[4] != sizeof h || h[5] != align8(h[4] + cap * 4) ||
        h[6] != align8(h[5] + h[1] * sizeof(wn_rec)) || h[7] != h[6] + h[2] * 8 || h[7] > len ||
        h[3] > len - h[7])
        return -1;
    wn->cap = (size_t)cap;
    wn->n = (size_t)h[1];
    wn->n_keys = (size_t)h[2];
    wn->pool_len = (size_t)h[3];
    wn->slot = (const uint32_t *)(p + h[4]);
    wn->rec = (const wn_rec *)(p + h[5]);
    wn->keys = (const uint64_t *)(p + h[6]);
    wn->pool = (const char *)p + h[7];
    return wn->pool[0] || wn->pool[wn->pool_len - 1] ? -1 : 0;
}

static unsigned lemma_vkeys_of(const wn_rec *e) { return (e->meta >> 9) & 0x7; }

/* The record of word[0..n), or NULL (every index checked against the
 * blob's bounds: a bad cache gives no answer, never a crash). */
static const wn_rec *lookup(const np_wn_senses *wn, const char *w, size_t n)
{
    if (!wn || !wn->cap)
        return NULL;
    size_t h = whash(w, n) & (wn->cap - 1);
    for (size_t probe = 0; probe < wn->cap && wn->slot[h]; probe++) {
        uint32_t r = wn->slot[h] - 1;
        if (r < wn->n) {
            const wn_rec *e = &wn->rec[r];
            if (e->lemma + n < wn->pool_len && !strncmp(wn->pool + e->lemma, w, n) && wn->pool[e->lemma + n] == '\0')
                return (e->key + (e->meta & 0xff) + lemma_vkeys_of(e) <= wn->n_keys && (e->meta & 0xff) <= MAX_KEYS &&
                        lemma_vkeys_of(e) <= SENSES)
                           ? e
                           : NULL;
        }
        h = (h + 1) & (wn->cap - 1);
    }
    return NULL;
}

np_wn_senses *np_wn_senses_load(const char *dir)
{
    np_wn_senses *wn = np_calloc(1, sizeof *wn);
    if (!wn)
        return NULL;
    snprintf(wn->dir, sizeof wn->dir, "%s", dir);
    static const char *const files[] = {"index.noun", "index.verb", "index.adj", "index.adv", "verb.exc"};
    char p[5][1100], cache[4200], name[64];
    const char *paths[5];
    for (int i = 0; i < 5; i++) {
        snprintf(p[i], sizeof p[i], "%s/%s", dir, files[i]);
        paths[i] = p[i];
    }
    uint64_t stamp = np_rescache_stamp(WN_FORMAT, dir, paths, 5);
    snprintf(name, sizeof name, "wnsenses-%016llx", (unsigned long long)np_hash64(dir, strlen(dir), 0));
    int cached = np_rescache_path(name, cache, sizeof cache);
    np_error e;
    if (cached && np_rescache_open(cache, stamp, &wn->blob, &e) == NP_OK && view(wn) == 0)
        return wn;
    np_blob_free(&wn->blob); /* absent, stale or corrupt: rebuilt */
    wn_build *b = build(dir);
    size_t len = 0;
    unsigned char *payload = b ? serialise(b, &len) : NULL;
    build_free(b);
    if (!payload) {
        np_free(wn);
        return NULL;
    }
    if (cached)
        (void)np_rescache_write(cache, stamp, payload, len, &e); /* no cache is not an error */
    np_blob_from_heap(&wn->blob, payload, len);
    if (view(wn) != 0) {
        np_wn_senses_free(wn);
        return NULL;
    }
    return wn;
}

void np_wn_senses_free(np_wn_senses *wn)
{
    if (!wn)
        return;
    np_blob_free(&wn->blob);
    np_free(wn);
}

int np_wn_is_verb(const np_wn_senses *wn, const char *word, size_t n)
{
    const wn_rec *e = lookup(wn, word, n);
    if (!e)
        return 0;
    if ((e->meta >> 8) & 1)
        return 2;
    for (unsigned k = 0; k < (e->meta & 0xff); k++)
        if ((wn->keys[e->key + k] >> 40) == (uint64_t)'v')
            return 1;
    return 0;
}

size_t np_wn_senses_get(const np_wn_senses *wn, const char *word, size_t n, uint64_t *keys, size_t max)
{
    const wn_rec *e = lookup(wn, word, n);
    if (!e)
        return 0;
    size_t k = (e->meta & 0xff) < max ? (e->meta & 0xff) : max;
    memcpy(keys, wn->keys + e->key, k * sizeof *keys);
    return k;
}

/* Plural (and third-person) endings and what the base form ends with, in
 * the order WordNet's morphy() tries them: "studies" -> "study",
 * "taxes" -> "tax", "crises" -> "crisis" is not regular and stays out. */
static const struct {
    const char *end, *put;
} plural_rules[] = {
    {"ies", "y"}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
    {"men", "man"}, {"es", "e"}, {"es", ""},  {"s", ""},
};

size_t np_wn_plural_keys(const np_wn_senses *wn, const char *w, size_t n, uint64_t *keys, size_t max)
{
    char buf[64];
    if (!wn || n < MIN_LEMMA || n >= sizeof buf)
        return 0;
    for (size_t r = 0; r < sizeof plural_rules / sizeof plural_rules[0]; r++) {
        size_t el = strlen(plural_rules[r].end), pl = strlen(plural_rules[r].put);
        if (n < el + 2 || memcmp(w + n - el, plural_rules[r].end, el) != 0 || (el == 1 && w[n - 2] == 's'))
            continue; /* "-ss" is no plural: "press", "boss" */
        size_t keep = n - el;
        memcpy(buf, w, keep);
        memcpy(buf + keep, plural_rules[r].put, pl);
        size_t k = np_wn_senses_get(wn, buf, keep + pl, keys, max);
        if (k)
            return k;
    }
    return 0;
}

/* Verb endings and what the lemma ends with, in the order morphy() tries
 * them ("closed" -> "close", "stopped" -> "stop" by the doubled consonant
 * below, "tries" -> "try"). */
static const struct {
    const char *end, *put;
} verb_rules[] = {
    {"ies", "y"}, {"ied", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"s", ""},
};

/* The verb keys of record e: those of its lemma when it is an irregular
 * form, first (a past tense is read as one more often than as a verb of
 * its own: "fell" is fall's before fell's), then its own verb senses. */
static size_t verb_keys_of(const np_wn_senses *wn, const wn_rec *e, uint64_t *keys, size_t max)
{
    size_t n = 0, own = e->meta & 0xff;
    for (size_t k = 0; k < lemma_vkeys_of(e) && n < max; k++)
        keys[n++] = wn->keys[e->key + own + k];
    for (size_t k = 0; k < own && n < max; k++)
        if ((wn->keys[e->key + k] >> 40) == (uint64_t)'v')
            keys[n++] = wn->keys[e->key + k];
    return n;
}

size_t np_wn_verb_keys(const np_wn_senses *wn, const char *w, size_t n, uint64_t *keys, size_t max)
{
    char buf[64];
    if (!wn || n >= sizeof buf)
        return 0;
    const wn_rec *e = lookup(wn, w, n);
    size_t k = e ? verb_keys_of(wn, e, keys, max) : 0;
    for (size_t r = 0; !k && r < sizeof verb_rules / sizeof verb_rules[0]; r++) {
        size_t el = strlen(verb_rules[r].end), pl = strlen(verb_rules[r].put);
        if (n < el + 2 || memcmp(w + n - el, verb_rules[r].end, el) != 0 || (el == 1 && w[n - 2] == 's'))
            continue;
        size_t keep = n - el;
        memcpy(buf, w, keep);
        memcpy(buf + keep, verb_rules[r].put, pl);
        if ((e = lookup(wn, buf, keep + pl)) != NULL)
            k = verb_keys_of(wn, e, keys, max);
        /* "stopped", "planning": the doubled consonant is the ending's */
        if (!k && !pl && keep >= 3 && buf[keep - 1] == buf[keep - 2] && (e = lookup(wn, buf, keep - 1)) != NULL)
            k = verb_keys_of(wn, e, keys, max);
    }
    return k;
}

static int pos_index(char c)
{
    switch (c) {
    case 'n':
        return 0;
    case 'v':
        return 1;
    case 'a':
    case 's': /* satellite adjectives live in data.adj */
        return 2;
    case 'r':
        return 3;
    default:
        return -1;
    }
}

void np_wn_data_open(const np_wn_senses *wn, void *files[4])
{
    static const char *const names[] = {"data.noun", "data.verb", "data.adj", "data.adv"};
    for (int i = 0; i < 4; i++) {
        files[i] = NULL;
        if (!wn)
            continue;
        char path[1100];
        snprintf(path, sizeof path, "%s/%s", wn->dir, names[i]);
        files[i] = fopen(path, "r");
    }
}

void np_wn_data_close(void *files[4])
{
    for (int i = 0; i < 4; i++)
        if (files[i]) {
            fclose(files[i]);
            files[i] = NULL;
        }
}

/* A data line: offset lex_filenum ss_type w_cnt(hex) [word lex_id]...
 * p_cnt [symbol offset pos source/target]... | gloss.  The synset key's low
 * 40 bits are the byte offset of its line in data.<pos>. */
int np_wn_pointers(void *files[4], uint64_t key, const char *const *syms, uint64_t *out, size_t max,
                   int *lexfile)
{
    int pi = pos_index((char)(key >> 40));
    if (pi < 0 || !files || !files[pi])
        return -1;
    FILE *f = files[pi];
    long off = (long)(key & 0xffffffffffull);
    if (fseek(f, off, SEEK_SET) != 0)
        return -1;
    char *line = malloc(DATA_LINE_MAX);
    if (!line)
        return -1;
    int n = -1;
    if (!fgets(line, DATA_LINE_MAX, f))
        goto done;
    char *tok[1024];
    int nt = 0;
    for (char *c = line; *c && *c != '|' && nt < 1024;) {
        while (*c == ' ' || *c == '\n')
            *c++ = '\0';
        if (!*c || *c == '|')
            break;
        tok[nt++] = c;
        while (*c && *c != ' ' && *c != '\n')
            c++;
    }
    if (nt < 4 || strtoull(tok[0], NULL, 10) != (unsigned long long)off)
        goto done; /* not a synset line: stale key or other data file */
    if (lexfile)
        *lexfile = (int)strtol(tok[1], NULL, 10);
    long wc = strtol(tok[3], NULL, 16);
    long pc_at = 4 + 2 * wc;
    if (wc < 0 || pc_at >= nt)
        goto done;
    long pc = strtol(tok[pc_at], NULL, 10);
    n = 0;
    for (long k = 0; k < pc && (size_t)n < max; k++) {
        long at = pc_at + 1 + 4 * k;
        if (at + 3 >= nt)
            break;
        int want = 0;
        for (size_t i = 0; syms[i] && !want; i++)
            want = strcmp(tok[at], syms[i]) == 0;
        char pos = tok[at + 2][0] == 's' ? 'a' : tok[at + 2][0];
        if (want && pos_index(pos) >= 0)
            out[n++] = ((uint64_t)(unsigned char)pos << 40) | strtoull(tok[at + 1], NULL, 10);
    }
done:
    free(line);
    return n;
}

size_t np_wn_links(void *files[4], uint64_t key, uint64_t *out, size_t max)
{
    /* hypernym, derivation, similar-to, see-also, pertainym, verb group:
     * one step in meaning; hyponyms and parts are too many */
    static const char *const near[] = {"@", "+", "&", "^", "\\", "$", NULL};
    int n = np_wn_pointers(files, key, near, out, max, NULL);
    return n < 0 ? 0 : (size_t)n;
}

/* ------------------------------------------------------------ per story */


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
            np_uf_join(parent, m->term[h], term);
            return NP_OK;
        }
        h = (h + 1) & (m->cap - 1);
    }
    m->key[h] = k;
    m->term[h] = term;
    m->n++;
    return NP_OK;
}

np_status np_compare_synonyms(np_story *s)
{
    s->syn = NULL;
    s->term_keys = NULL;
    s->term_nkeys = NULL;
    if (!s->n_terms || !s->wn)
        return NP_OK;
    uint64_t *tkeys = np_arena_alloc(&s->work, s->n_terms * MAX_KEYS * sizeof *tkeys);
    unsigned char *tnk = np_arena_alloc(&s->work, s->n_terms);
    if (!tkeys || !tnk)
        return NP_ENOMEM;
    memset(tnk, 0, s->n_terms);
    uint32_t *parent = np_arena_alloc(&s->work, s->n_terms * sizeof *parent);
    /* each term is looked up once, through the first word that made it */
    unsigned char *done = np_arena_alloc(&s->work, s->n_terms);
    if (!parent || !done)
        return NP_ENOMEM;
    for (size_t t = 0; t < s->n_terms; t++)
        parent[t] = (uint32_t)t;
    smap sm = {0};
    np_status st = NP_OK;
    for (size_t d = 0; d < s->n_docs && st == NP_OK; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_tokens && st == NP_OK; k++) {
            uint32_t t = s->tok_term[d][k];
            const np_token *tk = &an->tokens[k];
            if (t == UINT32_MAX || done[t] || !(tk->flags & NP_TOK_WORD))
                continue;
            size_t n = strlen(tk->norm);
            if (n < MIN_LEMMA)
                continue;
            done[t] = 1;
            uint64_t keys[MAX_KEYS];
            size_t nk = np_wn_senses_get(s->wn, tk->norm, n, keys, MAX_KEYS);
            if (!nk)
                nk = np_wn_plural_keys(s->wn, tk->norm, n, keys, MAX_KEYS);
            if (!nk && tk->stem && strcmp(tk->stem, tk->norm) != 0)
                nk = np_wn_senses_get(s->wn, tk->stem, strlen(tk->stem), keys, MAX_KEYS);
            memcpy(tkeys + (size_t)t * MAX_KEYS, keys, nk * sizeof *keys);
            tnk[t] = (unsigned char)nk;
            for (size_t i = 0; i < nk && st == NP_OK; i++)
                st = smap_union(&sm, keys[i], t, parent);
        }
    }
    np_free(sm.key);
    np_free(sm.term);
    if (st != NP_OK)
        return st;
    for (size_t t = 0; t < s->n_terms; t++)
        parent[t] = np_uf_find(parent, (uint32_t)t);
    s->syn = parent;
    s->term_keys = tkeys;
    s->term_nkeys = tnk;
    return NP_OK;
}
