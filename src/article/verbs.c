/*
 * article/verbs.c — inflected verb forms from WordNet's verb lemmas and its
 * table of irregular forms.  Words are kept as hashes of their ASCII
 * lower-case spelling (two 64-bit maps); a collision would at worst keep
 * a caption, never drop a sentence.
 */
#include "article/verbs.h"

#include <stdio.h>
#include <string.h>

#include "core/hash.h"
#include "core/mem.h"
#include "core/u64map.h"

#define VERB_WORD_MAX 48 /* longer words are no verb forms worth a lookup */

struct np_verbs {
    np_u64map lemmas;    /* "walk", "carry" */
    np_u64map irregular; /* "met", "took", "taken": verb.exc forms but "-ing" */
    int available;
};

static uint64_t fold_hash(const char *w, size_t n)
{
    char b[VERB_WORD_MAX];
    if (n > sizeof b)
        return 0;
    for (size_t i = 0; i < n; i++)
        b[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    uint64_t h = np_hash64(b, n, 0x7665726273ULL);
    return h ? h : 1;
}

static int has(const np_u64map *m, const char *w, size_t n)
{
    uint64_t h = fold_hash(w, n);
    return h && np_u64map_get(m, h) != NULL;
}

static np_status put(np_u64map *m, const char *w, size_t n)
{
    uint64_t h = fold_hash(w, n);
    if (!h)
        return NP_OK;
    uint64_t *v = np_u64map_slot(m, h);
    if (!v)
        return NP_ENOMEM;
    *v = 1;
    return NP_OK;
}

/* The first word of each line of path (multi-word entries, with "_", are
 * skipped) into m; with skip_ing, "-ing" forms are left out.  -1 when the
 * file cannot be opened, else the status. */
static int read_first_words(const char *path, np_u64map *m, int skip_ing)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[512];
    np_status st = NP_OK;
    while (st == NP_OK && fgets(line, sizeof line, f)) {
        if (line[0] == ' ' || line[0] == '\n')
            continue; /* index.verb's licence header is indented */
        size_t n = strcspn(line, " \n");
        if (memchr(line, '_', n) || (skip_ing && n > 3 && !memcmp(line + n - 3, "ing", 3)))
            continue;
        st = put(m, line, n);
        /* a line longer than the buffer: skip its rest */
        while (!strchr(line, '\n') && fgets(line, sizeof line, f))
            ;
    }
    fclose(f);
    return (int)st;
}

np_verbs *np_verbs_load(const char *dir, np_error *err)
{
    np_verbs *v = np_calloc(1, sizeof *v);
    if (!v) {
        np_error_set(err, NP_ENOMEM, "", 0, -1, "verbs: out of memory");
        return NULL;
    }
    np_u64map_init(&v->lemmas);
    np_u64map_init(&v->irregular);
    if (!dir)
        dir = "/usr/share/wordnet";
    char path[1024];
    snprintf(path, sizeof path, "%s/index.verb", dir);
    int r1 = read_first_words(path, &v->lemmas, 0);
    snprintf(path, sizeof path, "%s/verb.exc", dir);
    int r2 = r1 == 0 ? read_first_words(path, &v->irregular, 1) : -1;
    if (r1 == NP_ENOMEM || r2 == NP_ENOMEM) {
        np_verbs_free(v);
        np_error_set(err, NP_ENOMEM, "", 0, -1, "verbs: out of memory");
        return NULL;
    }
    v->available = r1 == 0 && r2 == 0 && v->lemmas.count > 0;
    return v;
}

void np_verbs_free(np_verbs *v)
{
    if (!v)
        return;
    np_u64map_free(&v->lemmas);
    np_u64map_free(&v->irregular);
    np_free(v);
}

int np_verbs_available(const np_verbs *v) { return v && v->available; }

int np_verbs_is_lemma(const np_verbs *v, const char *word, size_t n)
{
    return np_verbs_available(v) && has(&v->lemmas, word, n);
}

/* Auxiliaries and modals: a closed class, not in WordNet's index. */
static int auxiliary(const char *w, size_t n)
{
    static const char *const k[] = {"am", "are", "can", "could", "did", "do", "does", "had", "has",
                                    "have", "is", "may", "might", "must", "shall", "should", "was",
                                    "were", "will", "would"};
    char b[12];
    if (n >= sizeof b)
        return 0;
    for (size_t i = 0; i < n; i++)
        b[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    for (size_t i = 0; i < sizeof k / sizeof *k; i++)
        if (strlen(k[i]) == n && !memcmp(k[i], b, n))
            return 1;
    return 0;
}

/* "isn't", "they're", "we've", "it'll", "I'd", "I'm" (ASCII or U+2019
 * apostrophe); "'s" is left out: it is also the possessive. */
static int contracted(const char *w, size_t n)
{
    for (size_t i = 1; i + 1 < n; i++) {
        size_t tail;
        if (w[i] == '\'')
            tail = i + 1;
        else if ((unsigned char)w[i] == 0xE2 && i + 2 < n && (unsigned char)w[i + 1] == 0x80 &&
                 (unsigned char)w[i + 2] == 0x99)
            tail = i + 3;
        else
            continue;
        const char *t = w + tail;
        size_t tn = n - tail;
        if ((tn == 1 && (t[0] == 't' || t[0] == 'd' || t[0] == 'm')) ||
            (tn == 2 && (!memcmp(t, "re", 2) || !memcmp(t, "ve", 2) || !memcmp(t, "ll", 2))))
            return 1;
    }
    return 0;
}

/* w[0..n) with its last `cut` letters replaced by `add` is a lemma. */
static int lemma_with(const np_verbs *v, const char *w, size_t n, size_t cut, const char *add)
{
    char b[VERB_WORD_MAX];
    size_t an = strlen(add);
    if (n <= cut || n - cut + an > sizeof b)
        return 0;
    memcpy(b, w, n - cut);
    memcpy(b + n - cut, add, an);
    return has(&v->lemmas, b, n - cut + an);
}

int np_verbs_is_finite(const np_verbs *v, const char *w, size_t n)
{
    if (!np_verbs_available(v) || !n || n >= VERB_WORD_MAX)
        return 0;
    if (auxiliary(w, n) || contracted(w, n))
        return 1;
    if (!(w[0] >= 'a' && w[0] <= 'z'))
        return 0;
    if (has(&v->irregular, w, n))
        return 1;
    if (n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd') /* walked, used, carried, stopped */
        return lemma_with(v, w, n, 2, "") || lemma_with(v, w, n, 1, "") ||
               (w[n - 3] == 'i' && lemma_with(v, w, n, 3, "y")) ||
               (n > 4 && w[n - 3] == w[n - 4] && lemma_with(v, w, n, 3, ""));
    if (n > 2 && w[n - 1] == 's' && w[n - 2] != 's') /* says, marches, carries */
        return lemma_with(v, w, n, 1, "") || (w[n - 2] == 'e' && lemma_with(v, w, n, 2, "")) ||
               (n > 3 && w[n - 2] == 'e' && w[n - 3] == 'i' && lemma_with(v, w, n, 3, "y"));
    return 0;
}
