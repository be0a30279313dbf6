/*
 * article/lang.c — language identification on libexttextcat's models (see lang.h).
 *
 * The method and the models are textcat's: Cavnar & Trenkle's "out-of-place"
 * distance between the ranked n-gram profile of the text (n-grams of 1 to 5
 * characters inside "_word_", words split at C-locale spaces and digits, case
 * kept) and each language's 400-n-gram fingerprint from libexttextcat-data.
 * The computation is ours, because libexttextcat's own path
 * (textcat_Classify, or fp_Create + fp_Compare per language) cost more than
 * the whole rest of a document's analysis: about 400 us per 2 KB article
 * against 320 us for np_analyze.  Its fp_Create keeps a general hash of
 * strings and sorts every n-gram; fp_Compare walks the 130 languages one by
 * one.  Here every n-gram is known by a 64-bit hash of its bytes (for 30,000
 * model n-grams a false match has odds of about 1e-15), all fingerprints are
 * indexed once in one table hash -> (language, rank) list, the document's
 * n-grams are counted in a small reusable table and ranked with a counting
 * sort, and each of its 200 top n-grams costs one lookup.  Both tables are
 * small on purpose: between two documents the rest of the pipeline evicts
 * them, and cache misses were the remaining cost.  tests/unit/test_lang.c
 * checks the answers against libexttextcat's textcat_Classify.
 *
 * Reading fpdb.conf ourselves also lets us skip languages with no ISO 639-1
 * code (Scots, for one, ties with English on short news text and could not be
 * reported anyway) and judge "clearly best" from the scores.
 */
#include "article/lang.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <utf8proc.h>

#include "core/mem.h"

/* Doc profile size: textcat uses 400 n-grams for a whole document; on a 2 KB
 * sample 200 gave the same answers on our checks. */
#define DOC_NGRAMS 200
/* Document n-gram table: a 2 KB news sample has about 3,000 distinct
 * n-grams; counting stops adding new ones at half the slots. */
#define DOC_SLOTS 8192
#define DOC_MAX_DISTINCT (DOC_SLOTS / 2)
/* Characters of one word looked at (a 3 KB URL is not language). */
#define MAX_WORD_CHARS 64
/* Counts are clamped here for ranking; "_" is the only n-gram that gets near. */
#define MAX_COUNT 4095
/* Fingerprint files hold 400 ranked n-grams; textcat reads that many. */
#define CAT_NGRAMS 400
/* textcat's penalty for a document n-gram missing from a language. */
#define OUT_OF_PLACE 400
/* Longest n-gram (textcat: 5 symbols of at most 4 bytes). */
#define MAX_NGRAM_BYTES 20
/* Fewer letters than this is too little evidence (a headline word, a number). */
#define MIN_LETTERS 24
/* A runner-up within this factor of the best score makes the guess unsure. */
#define CLEAR_MARGIN 1.02
#define MAX_LANGS 1024

typedef struct posting { /* while loading */
    uint32_t next;       /* next posting of the same n-gram, UINT32_MAX ends */
    uint16_t lang;
    uint16_t rank;
} posting;

typedef struct hit {
    uint16_t lang, rank;
} hit;

typedef struct model_slot {
    uint64_t hash;  /* of the n-gram's bytes; 0 = empty slot */
    uint32_t head;  /* while loading: first posting; after: start in hits */
    uint32_t count; /* after loading: number of hits */
} model_slot;

typedef struct doc_slot {
    uint64_t hash;
    uint32_t gen;   /* == np_langid.gen when in use for the current text */
    uint32_t count;
} doc_slot;

struct np_langid {
    char (*codes)[8];      /* per language: ISO 639-1 */
    size_t n, cap;
    model_slot *slots;     /* open addressing, power-of-two size */
    size_t n_slots, used;
    posting *posts;        /* while loading */
    size_t n_posts, cap_posts;
    hit *hits;             /* after loading: each n-gram's languages, contiguous */
    long *scores;          /* scratch, one per language */
    doc_slot *doc;         /* scratch: DOC_SLOTS */
    uint32_t gen;
    uint32_t *order;       /* scratch: used doc slots in first-seen order */
    uint32_t *ranked;      /* scratch: DOC_NGRAMS doc slots, most frequent first */
    uint32_t *hist;        /* scratch: MAX_COUNT + 1 */
};

static const char *const standard_confs[] = {
    "/usr/share/libexttextcat/fpdb.conf",
    "/usr/local/share/libexttextcat/fpdb.conf",
};

/* Older fingerprint sets (libtextcat's conf.txt) name languages in English. */
static const struct { const char *name, *code; } english_names[] = {
    {"english", "en"}, {"german", "de"}, {"french", "fr"}, {"spanish", "es"},
    {"russian", "ru"}, {"italian", "it"}, {"portuguese", "pt"}, {"dutch", "nl"},
    {"polish", "pl"}, {"swedish", "sv"}, {"danish", "da"}, {"norwegian", "no"},
    {"finnish", "fi"}, {"czech", "cs"}, {"slovak", "sk"}, {"slovenian", "sl"},
    {"croatian", "hr"}, {"serbian", "sr"}, {"bosnian", "bs"}, {"hungarian", "hu"},
    {"romanian", "ro"}, {"bulgarian", "bg"}, {"ukrainian", "uk"}, {"greek", "el"},
    {"turkish", "tr"}, {"arabic", "ar"}, {"hebrew", "he"}, {"persian", "fa"},
    {"hindi", "hi"}, {"chinese", "zh"}, {"japanese", "ja"}, {"korean", "ko"},
    {"indonesian", "id"}, {"malay", "ms"}, {"vietnamese", "vi"}, {"thai", "th"},
    {"catalan", "ca"}, {"basque", "eu"}, {"estonian", "et"}, {"latvian", "lv"},
    {"lithuanian", "lt"}, {"icelandic", "is"}, {"irish", "ga"}, {"welsh", "cy"},
    {"albanian", "sq"}, {"afrikaans", "af"}, {"swahili", "sw"}, {"latin", "la"},
};

int np_langid_code_of(const char *name, char out[8])
{
    out[0] = '\0';
    if (!name)
        return 0;
    /* Leading run of ASCII letters: "en" in "en--utf8", "zh" in "zh-CN-utf8". */
    size_t k = 0;
    while (name[k] && ((name[k] >= 'a' && name[k] <= 'z') || (name[k] >= 'A' && name[k] <= 'Z')))
        k++;
    if (k == 2 && (name[k] == '\0' || name[k] == '-' || name[k] == '_' || name[k] == '.')) {
        out[0] = (char)(name[0] | 0x20);
        out[1] = (char)(name[1] | 0x20);
        out[2] = '\0';
        return 1;
    }
    for (size_t i = 0; i < sizeof english_names / sizeof *english_names; i++) {
        size_t n = strlen(english_names[i].name);
        if (k == n && strncasecmp(name, english_names[i].name, n) == 0) {
            memcpy(out, english_names[i].code, 3);
            return 1;
        }
    }
    return 0;
}

void np_langid_free(np_langid *lid)
{
    if (!lid)
        return;
    np_free(lid->codes);
    np_free(lid->slots);
    np_free(lid->posts);
    np_free(lid->hits);
    np_free(lid->scores);
    np_free(lid->doc);
    np_free(lid->order);
    np_free(lid->ranked);
    np_free(lid->hist);
    np_free(lid);
}

size_t np_langid_count(const np_langid *lid)
{
    return lid ? lid->n : 0;
}

/* FNV-1a over an n-gram's bytes, extended one byte at a time by the callers,
 * then finished with a multiply-xorshift so that the low bits index tables
 * well.  Never 0 (0 marks an empty slot). */
#define FNV_BASIS 1469598103934665603ULL
static uint64_t fnv_step(uint64_t h, unsigned char b)
{
    return (h ^ b) * 1099511628211ULL;
}

static uint64_t finish_hash(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h ? h : 1;
}

static uint64_t ngram_hash(const char *s, size_t n)
{
    uint64_t h = FNV_BASIS;
    for (size_t i = 0; i < n; i++)
        h = fnv_step(h, (unsigned char)s[i]);
    return finish_hash(h);
}

/* Next whitespace-separated token of *p (modified in place), or NULL. */
static char *next_token(char **p)
{
    char *s = *p;
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    if (!*s)
        return NULL;
    char *e = s;
    while (*e && *e != ' ' && *e != '\t' && *e != '\r' && *e != '\n')
        e++;
    if (*e)
        *e++ = '\0';
    *p = e;
    return s;
}

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t ncap = *cap ? *cap : 64;
    while (ncap < need)
        ncap *= 2;
    void *q = np_realloc(*p, ncap * size);
    if (!q)
        return -1;
    *p = q;
    *cap = ncap;
    return 0;
}

/* Slot of hash h in the model table: its own or the empty one to fill. */
static size_t model_find(const np_langid *lid, uint64_t h)
{
    size_t mask = lid->n_slots - 1, i = (size_t)h & mask;
    while (lid->slots[i].hash != 0 && lid->slots[i].hash != h)
        i = (i + 1) & mask;
    return i;
}

static np_status model_rehash(np_langid *lid)
{
    size_t n = lid->n_slots ? lid->n_slots * 2 : 16384;
    model_slot *old = lid->slots;
    size_t n_old = lid->n_slots;
    if (!(lid->slots = np_calloc(n, sizeof *lid->slots))) {
        lid->slots = old;
        return NP_ENOMEM;
    }
    lid->n_slots = n;
    for (size_t i = 0; i < n_old; i++)
        if (old[i].hash)
            lid->slots[model_find(lid, old[i].hash)] = old[i];
    np_free(old);
    return NP_OK;
}

/* Read one .lm file (one n-gram per line, most frequent first, optionally
 * followed by whitespace and a count) as language `lang`.  0 on success,
 * 1 when unreadable or empty, -1 on ENOMEM. */
static int read_fingerprint(np_langid *lid, const char *path, uint16_t lang)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 1;
    char line[256];
    int rank = 0, partial = 0, rc = 0;
    while (rank < CAT_NGRAMS && fgets(line, sizeof line, f)) {
        size_t len = strlen(line);
        int was_partial = partial;
        partial = len > 0 && line[len - 1] != '\n' && !feof(f);
        if (was_partial || partial)
            continue; /* an over-long line is no n-gram */
        size_t k = strcspn(line, " \t\r\n");
        if (k == 0 || k > MAX_NGRAM_BYTES)
            continue;
        if ((lid->used + 1) * 2 > lid->n_slots && model_rehash(lid)) {
            rc = -1;
            break;
        }
        if (grow((void **)&lid->posts, &lid->cap_posts, lid->n_posts + 1, sizeof *lid->posts)) {
            rc = -1;
            break;
        }
        uint64_t h = ngram_hash(line, k);
        model_slot *m = &lid->slots[model_find(lid, h)];
        if (!m->hash) {
            m->hash = h;
            m->head = UINT32_MAX;
            lid->used++;
        }
        lid->posts[lid->n_posts] = (posting){m->head, lang, (uint16_t)rank};
        m->head = (uint32_t)lid->n_posts++;
        rank++;
    }
    fclose(f);
    return rc ? rc : rank == 0;
}

/* Load one fingerprint named in the conf; a file that fails to load is
 * skipped (NP_OK) so one damaged model costs only its language. */
static np_status add_lang(np_langid *lid, const char *dir, const char *file, const char *name)
{
    char code[8];
    if (!np_langid_code_of(name, code) || lid->n >= MAX_LANGS)
        return NP_OK;
    char path[4096];
    int w = snprintf(path, sizeof path, "%s/%s", dir, file);
    if (w < 0 || (size_t)w >= sizeof path)
        return NP_OK;
    if (grow((void **)&lid->codes, &lid->cap, lid->n + 1, sizeof *lid->codes))
        return NP_ENOMEM;
    int rc = read_fingerprint(lid, path, (uint16_t)lid->n);
    if (rc < 0)
        return NP_ENOMEM;
    if (rc == 0)
        memcpy(lid->codes[lid->n++], code, sizeof code);
    return NP_OK;
}

/* Lay each n-gram's postings out contiguously: following the chains built
 * while loading, scattered over 200 KB, was most of the time of a guess. */
static np_status compact(np_langid *lid)
{
    lid->hits = np_malloc((lid->n_posts ? lid->n_posts : 1) * sizeof *lid->hits);
    if (!lid->hits)
        return NP_ENOMEM;
    size_t at = 0;
    for (size_t i = 0; i < lid->n_slots; i++) {
        model_slot *m = &lid->slots[i];
        if (!m->hash)
            continue;
        uint32_t start = (uint32_t)at;
        for (uint32_t q = m->head; q != UINT32_MAX; q = lid->posts[q].next)
            lid->hits[at++] = (hit){lid->posts[q].lang, lid->posts[q].rank};
        m->head = start;
        m->count = (uint32_t)(at - start);
    }
    np_free(lid->posts);
    lid->posts = NULL;
    lid->n_posts = lid->cap_posts = 0;
    return NP_OK;
}

np_langid *np_langid_open(const char *conf_path, np_error *err)
{
    if (!conf_path) {
        np_error_set(err, NP_EINVAL, "", 0, -1, "no fingerprint list given");
        return NULL;
    }
    FILE *f = fopen(conf_path, "r");
    if (!f) {
        np_error_set(err, NP_ENOTFOUND, conf_path, 0, -1, "cannot open language fingerprint list");
        return NULL;
    }
    char dir[4096];
    const char *slash = strrchr(conf_path, '/');
    size_t dlen = slash ? (size_t)(slash - conf_path) : 0;
    if (dlen >= sizeof dir) {
        fclose(f);
        np_error_set(err, NP_EINVAL, conf_path, 0, -1, "path too long");
        return NULL;
    }
    if (slash)
        memcpy(dir, conf_path, dlen);
    else
        dir[dlen++] = '.';
    dir[dlen] = '\0';

    np_langid *lid = np_calloc(1, sizeof *lid);
    if (!lid) {
        fclose(f);
        np_error_set(err, NP_ENOMEM, conf_path, 0, -1, "out of memory");
        return NULL;
    }
    char line[1024];
    long lineno = 0;
    int partial = 0; /* the previous fgets did not reach the end of its line */
    np_status s = NP_OK;
    while (!s && fgets(line, sizeof line, f)) {
        size_t n = strlen(line);
        int was_partial = partial;
        partial = n > 0 && line[n - 1] != '\n' && !feof(f);
        if (was_partial)
            continue; /* tail of an over-long line */
        if (!partial)
            lineno++;
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        char *p = line;
        char *file = next_token(&p), *name = file ? next_token(&p) : NULL;
        if (name && !partial)
            s = add_lang(lid, dir, file, name);
    }
    fclose(f);
    if (s) {
        np_langid_free(lid);
        np_error_set(err, s, conf_path, lineno, -1, "out of memory loading fingerprints");
        return NULL;
    }
    if (lid->n == 0) {
        np_langid_free(lid);
        np_error_set(err, NP_ENOTFOUND, conf_path, 0, -1, "no usable language fingerprints");
        return NULL;
    }
    if (compact(lid) || !(lid->scores = np_malloc(lid->n * sizeof *lid->scores)) ||
        !(lid->doc = np_calloc(DOC_SLOTS, sizeof *lid->doc)) ||
        !(lid->order = np_malloc(DOC_MAX_DISTINCT * sizeof *lid->order)) ||
        !(lid->ranked = np_malloc(DOC_NGRAMS * sizeof *lid->ranked)) ||
        !(lid->hist = np_malloc((MAX_COUNT + 1) * sizeof *lid->hist))) {
        np_langid_free(lid);
        np_error_set(err, NP_ENOMEM, conf_path, 0, -1, "out of memory");
        return NULL;
    }
    return lid;
}

np_langid *np_langid_new(np_error *err)
{
    for (size_t i = 0; i < sizeof standard_confs / sizeof *standard_confs; i++) {
        FILE *f = fopen(standard_confs[i], "r");
        if (!f)
            continue;
        fclose(f);
        return np_langid_open(standard_confs[i], err);
    }
    np_error_set(err, NP_ENOTFOUND, standard_confs[0], 0, -1,
                 "libexttextcat fingerprints not installed");
    return NULL;
}

/* Letters (Unicode category L*) in s[0..n), stopping once `enough` is reached. */
static size_t count_letters(const char *s, size_t n, size_t enough)
{
    size_t letters = 0, i = 0;
    while (i < n && letters < enough) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            i++;
            continue;
        }
        utf8proc_category_t c = utf8proc_category(cp);
        if (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO)
            letters++;
        i += (size_t)k;
    }
    return letters;
}

/* Count the n-gram with hash h in the current text. */
static void count_ngram(np_langid *lid, uint64_t h, size_t *distinct)
{
    size_t i = (size_t)h & (DOC_SLOTS - 1);
    for (;;) {
        doc_slot *d = &lid->doc[i];
        if (d->gen != lid->gen) {
            if (*distinct >= DOC_MAX_DISTINCT)
                return;
            *d = (doc_slot){h, lid->gen, 1};
            lid->order[(*distinct)++] = (uint32_t)i;
            return;
        }
        if (d->hash == h) {
            d->count++;
            return;
        }
        i = (i + 1) & (DOC_SLOTS - 1);
    }
}

/* n-grams of one word w[0..m), padded "_word_" as textcat does. */
static void count_word(np_langid *lid, const char *w, size_t m, size_t *distinct)
{
    char pad[MAX_WORD_CHARS * 4 + 2];
    size_t cs[MAX_WORD_CHARS + 3]; /* byte offset of each character in pad, and the end */
    size_t nc = 0, nb = 0;
    pad[nb] = '_';
    cs[nc++] = nb++;
    for (size_t i = 0; i < m && nc <= MAX_WORD_CHARS;) {
        size_t k = 1;
        while (i + k < m && k < 4 && ((unsigned char)w[i + k] & 0xC0) == 0x80)
            k++;
        cs[nc++] = nb;
        memcpy(pad + nb, w + i, k);
        nb += k;
        i += k;
    }
    cs[nc++] = nb;
    pad[nb++] = '_';
    cs[nc] = nb;
    for (size_t i = 0; i < nc; i++) {
        uint64_t h = FNV_BASIS;
        for (size_t len = 1; len <= 5 && i + len <= nc; len++) {
            if (cs[i + len] - cs[i] > MAX_NGRAM_BYTES)
                break;
            for (size_t b = cs[i + len - 1]; b < cs[i + len]; b++)
                h = fnv_step(h, (unsigned char)pad[b]);
            count_ngram(lid, finish_hash(h), distinct);
        }
    }
}

/* textcat's word separators: isspace() or isdigit() in the C locale. */
static int is_sep(char ch)
{
    unsigned char c = (unsigned char)ch;
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '0' && c <= '9');
}

/* Rank the n-grams of s[0..n) into lid->ranked (most frequent first, ties in
 * order of first appearance); returns how many (at most DOC_NGRAMS). */
static size_t profile(np_langid *lid, const char *s, size_t n)
{
    if (++lid->gen == 0) { /* wrapped: forget every old mark */
        memset(lid->doc, 0, DOC_SLOTS * sizeof *lid->doc);
        lid->gen = 1;
    }
    size_t distinct = 0;
    for (size_t i = 0; i < n;) {
        if (is_sep(s[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && !is_sep(s[j]))
            j++;
        count_word(lid, s + i, j - i, &distinct);
        i = j;
    }
    /* Counting sort by descending count, stable in first-seen order. */
    memset(lid->hist, 0, (MAX_COUNT + 1) * sizeof *lid->hist);
    for (size_t k = 0; k < distinct; k++) {
        uint32_t c = lid->doc[lid->order[k]].count;
        lid->hist[c > MAX_COUNT ? MAX_COUNT : c]++;
    }
    size_t total = 0;
    for (long c = MAX_COUNT; c >= 1; c--) {
        uint32_t here = lid->hist[c];
        lid->hist[c] = (uint32_t)total; /* now: first position of count c */
        total += here;
    }
    size_t out = 0;
    for (size_t k = 0; k < distinct; k++) {
        uint32_t c = lid->doc[lid->order[k]].count;
        uint32_t *pos = &lid->hist[c > MAX_COUNT ? MAX_COUNT : c];
        if (*pos < DOC_NGRAMS) {
            lid->ranked[*pos] = lid->order[k];
            out++;
        }
        (*pos)++;
    }
    return out;
}

/* Largest m <= n such that s[0..m) does not end inside a UTF-8 sequence, so
 * that the sample's last character is not counted as a cut-off n-gram that no
 * model has. */
static size_t whole_chars(const char *s, size_t n)
{
    size_t i = n, back = 0;
    while (i > 0 && back < 4 && ((unsigned char)s[i - 1] & 0xC0) == 0x80) {
        i--;
        back++;
    }
    if (i == 0)
        return n;
    unsigned char lead = (unsigned char)s[i - 1];
    size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (lead < 0x80 || (lead & 0xC0) == 0x80)
        return n; /* ends on ASCII, or a run of stray continuation bytes */
    return back + 1 >= need ? n : i - 1;
}

np_status np_langid_guess(np_langid *lid, const char *utf8, size_t len, char out[8])
{
    if (!out)
        return NP_EINVAL;
    out[0] = '\0';
    if (!lid || (!utf8 && len))
        return NP_EINVAL;
    size_t n = whole_chars(utf8, len < NP_LANGID_SAMPLE ? len : NP_LANGID_SAMPLE);
    if (count_letters(utf8, n, MIN_LETTERS) < MIN_LETTERS)
        return NP_OK;
    size_t n_ranked = profile(lid, utf8, n);
    if (n_ranked == 0)
        return NP_OK;
    /* Out-of-place distance, as fp_Compare: every document n-gram costs
     * |its rank - the language's rank|, or OUT_OF_PLACE when the language
     * lacks it.  Scores start at "all missing" (left implicit) and the hits
     * are credited. */
    for (size_t i = 0; i < lid->n; i++)
        lid->scores[i] = 0;
    for (size_t r = 0; r < n_ranked; r++) {
        const model_slot *m = &lid->slots[model_find(lid, lid->doc[lid->ranked[r]].hash)];
        if (!m->hash)
            continue;
        const hit *h = lid->hits + m->head;
        for (uint32_t q = 0; q < m->count; q++) {
            long d = (long)r - (long)h[q].rank;
            lid->scores[h[q].lang] += (d < 0 ? -d : d) - OUT_OF_PLACE;
        }
    }
    long base = (long)n_ranked * OUT_OF_PLACE;
    /* Lower is better.  The runner-up is the best language with another code
     * (zh-CN and zh-TW agreeing is no doubt). */
    size_t bi = 0;
    for (size_t i = 1; i < lid->n; i++)
        if (lid->scores[i] < lid->scores[bi])
            bi = i;
    long best = base + lid->scores[bi], second = LONG_MAX;
    for (size_t i = 0; i < lid->n; i++)
        if (base + lid->scores[i] < second && strcmp(lid->codes[i], lid->codes[bi]) != 0)
            second = base + lid->scores[i];
    if (best <= 0 || (second != LONG_MAX && (double)second < (double)best * CLEAR_MARGIN))
        return NP_OK;
    memcpy(out, lid->codes[bi], sizeof lid->codes[bi]);
    return NP_OK;
}
