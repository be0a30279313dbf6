/*
 * cluster/features.c — document term vectors for grouping (see features.h).
 *
 * Tokens are maximal runs of letters/digits (any non-ASCII byte counts as a
 * letter, so accented names stay whole), ASCII-lowercased, English function
 * words dropped, then Snowball-stemmed so "talks"/"talked" meet.
 */
#include "cluster/features.h"

#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/hash.h"
#include "extract/date.h"
#include "core/mem.h"
#include "core/u64map.h"

#define NAME_WEIGHT 3
/* A figure and the word after it ("23 pirates", "6 dead") is kept as one
 * name term of this weight (1, chosen on ECB+ topics 1-22: 0.863 against
 * 0.856 without; 2 gives 0.860, 3 0.850). */
#define FIGURE_WEIGHT 1
/* A report's dateline and first paragraph carry the date of its event; dates
 * further down are often of earlier events (background). */
#define TEXT_DATE_SPAN 600

struct np_featurizer {
    struct sb_stemmer *stemmer;
    np_u64map counts;
};

uint64_t np_features_term_key(const char *stem, size_t len)
{
    uint64_t key = np_hash64(stem, len, 0x7465726dULL) & ~NP_TERM_NAME;
    return key ? key : 1; /* 0 marks an empty slot */
}

/* Function words carry no topic. Sorted for bsearch. */
static const char *const stopwords[] = {
    "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by",
    "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
    "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
    "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "may", "me", "might",
    "more", "most", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once",
    "one", "only", "or", "other", "our", "out", "over", "own", "said", "same", "say", "says",
    "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "will", "with", "would", "you", "your",
};

/* Capitalised but not names: days, months and titles say nothing about which
 * event a report is about.  Sorted for bsearch. */
static const char *const not_names[] = {
    "april", "august", "december", "dr", "february", "friday", "january", "july", "june",
    "march", "monday", "mr", "mrs", "ms", "november", "october", "saturday", "september",
    "sunday", "thursday", "tuesday", "wednesday",
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp((const char *)a, *(const char *const *)b);
}

static int is_calendar_or_title(const char *w)
{
    return bsearch(w, not_names, sizeof not_names / sizeof *not_names, sizeof *not_names,
                   cmp_str) != NULL;
}

static int is_stopword(const char *w)
{
    return bsearch(w, stopwords, sizeof stopwords / sizeof *stopwords, sizeof *stopwords,
                   cmp_str) != NULL;
}

np_status np_featurizer_new(np_featurizer **out)
{
    np_featurizer *fz = np_calloc(1, sizeof *fz);
    if (!fz)
        return NP_ENOMEM;
    fz->stemmer = sb_stemmer_new("english", "UTF_8");
    if (!fz->stemmer) {
        np_free(fz);
        return NP_ENOMEM;
    }
    np_u64map_init(&fz->counts);
    *out = fz;
    return NP_OK;
}

void np_featurizer_free(np_featurizer *fz)
{
    if (!fz)
        return;
    sb_stemmer_delete(fz->stemmer);
    np_u64map_free(&fz->counts);
    np_free(fz);
}

void np_features_free(np_features *f)
{
    if (!f)
        return;
    np_free(f->terms);
    f->terms = NULL;
    f->n = 0;
}

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Count the terms of text.  In the body, a capitalised word inside a
 * sentence is taken as a name and counted under its name key (the stem's key
 * with NP_TERM_NAME set); headlines capitalise every word, so a title word is
 * a name only when the body already named it. */
static np_status count_terms(np_featurizer *fz, const char *text, unsigned weight, int is_title)
{
    const unsigned char *p = (const unsigned char *)text;
    char word[64];
    int sentence_start = 1;
    uint64_t figure = 0; /* key of the number just read, 0 if none */
    while (*p) {
        while (*p && !is_word_byte(*p)) {
            if (*p == '.' || *p == '!' || *p == '?' || *p == '\n' || *p == ':')
                sentence_start = 1, figure = 0;
            p++;
        }
        const unsigned char *start = p;
        /* A capitalised word inside a sentence is most often a name: people,
         * places and organisations tell one event from another of the same
         * kind far better than its common words, so they count more. */
        unsigned w = weight;
        if (!sentence_start && *start >= 'A' && *start <= 'Z')
            w = weight * NAME_WEIGHT;
        sentence_start = 0;
        while (*p && (is_word_byte(*p) ||
                      (*p == '\'' && is_word_byte(p[1]) && p[1] != 's')))
            p++;
        size_t n = (size_t)(p - start);
        if (n < 2 || n >= sizeof word)
            continue;
        int digits = 1;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = start[i];
            word[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            if (c < '0' || c > '9')
                digits = 0;
        }
        word[n] = '\0';
        if (digits && n != 4) { /* bare numbers other than years say little about the topic */
            figure = np_hash64(word, n, 0x6e756dULL);
            continue;
        }
        if (is_stopword(word))
            continue;
        if (w > weight && is_calendar_or_title(word))
            w = weight;
        const sb_symbol *stem = sb_stemmer_stem(fz->stemmer, (const sb_symbol *)word, (int)n);
        int slen = sb_stemmer_length(fz->stemmer);
        if (!stem)
            return NP_ENOMEM;
        uint64_t key = np_features_term_key((const char *)stem, (size_t)slen);
        if (is_title ? np_u64map_get(&fz->counts, key | NP_TERM_NAME) != NULL : w > weight)
            key |= NP_TERM_NAME;
        uint64_t *slot = np_u64map_slot(&fz->counts, key);
        if (!slot)
            return NP_ENOMEM;
        *slot += w;
        if (figure) {
            /* a figure and what it counts ("23 pirates", "6 dead"): the
             * specifics one event's reports repeat and another's differ in */
            uint64_t fk = np_hash_mix64(figure ^ (key & ~NP_TERM_NAME)) | NP_TERM_NAME;
            figure = 0;
            if (!(slot = np_u64map_slot(&fz->counts, fk)))
                return NP_ENOMEM;
            *slot += weight * FIGURE_WEIGHT;
        }
    }
    return NP_OK;
}

static int cmp_term_tf_desc(const void *a, const void *b)
{
    const np_term *x = a, *y = b;
    if (x->tf != y->tf)
        return x->tf < y->tf ? 1 : -1;
    return x->hash < y->hash ? -1 : x->hash > y->hash;
}

static int cmp_term_hash(const void *a, const void *b)
{
    const np_term *x = a, *y = b;
    return x->hash < y->hash ? -1 : x->hash > y->hash;
}

int32_t np_iso_day(const char *s)
{
    if (!s)
        return INT32_MIN;
    for (int i = 0; i < 10; i++) {
        char c = s[i];
        if (i == 4 || i == 7) {
            if (c != '-')
                return INT32_MIN;
        } else if (c < '0' || c > '9') {
            return INT32_MIN;
        }
    }
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    unsigned m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
    unsigned d = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return INT32_MIN;
    /* days_from_civil (H. Hinnant's public-domain algorithm) */
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + (int)doe - 719468);
}

/* First full written date ("March 5, 2019", "5 March 2019", "2019-03-05")
 * near the top of the text, for documents without a publication date. */
static int32_t day_in_text(const char *text)
{
    size_t len = strlen(text);
    if (len > TEXT_DATE_SPAN) {
        len = TEXT_DATE_SPAN;
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
            len--; /* never split a UTF-8 sequence */
    }
    np_arena a;
    np_arena_init(&a, 4096);
    np_date_mention *m = NULL;
    size_t n = 0;
    int32_t day = INT32_MIN;
    if (np_dates_find(text, len, NULL, &a, &m, &n) == NP_OK)
        for (size_t i = 0; i < n; i++)
            if (m[i].gran == NP_DATE_DAY && !(m[i].flags & (NP_DATE_RELATIVE | NP_DATE_UNRESOLVED |
                                                            NP_DATE_INFERRED_YEAR))) {
                day = np_iso_day(m[i].iso);
                break;
            }
    np_arena_free(&a);
    return day;
}

/* Multipliers of the 32 universal hash functions (odd 64-bit constants, from
 * the splitmix64 sequence): h_i(x) = high 32 bits of a_i * x. */
static uint64_t minhash_mult(unsigned i)
{
    return np_hash_mix64(0x9e3779b97f4a7c15ULL * (i + 1)) | 1;
}

/* MinHash over word 3-shingles of the lowercased text (every word counts,
 * function words included: copies share their exact wording, not only their
 * content words). */
static void minhash(const char *text, np_features *out)
{
    uint64_t mult[NP_MINHASH_N];
    for (unsigned i = 0; i < NP_MINHASH_N; i++) {
        mult[i] = minhash_mult(i);
        out->sig[i] = UINT32_MAX;
    }
    const unsigned char *p = (const unsigned char *)text;
    uint64_t w1 = 0, w2 = 0;
    unsigned words = 0;
    size_t shingles = 0;
    while (*p) {
        while (*p && !is_word_byte(*p))
            p++;
        if (!*p)
            break;
        uint64_t h = 0xcbf29ce484222325ULL;
        while (*p && is_word_byte(*p)) {
            unsigned char c = *p++;
            h = (h ^ (unsigned char)((c >= 'A' && c <= 'Z') ? c + 32 : c)) * 0x100000001b3ULL;
        }
        if (++words >= 3) {
            uint64_t sh = np_hash_mix64(w1 * 0x9e3779b97f4a7c15ULL ^ w2 * 0xc2b2ae3d27d4eb4fULL ^ h);
            for (unsigned i = 0; i < NP_MINHASH_N; i++) {
                uint32_t v = (uint32_t)((mult[i] * sh) >> 32);
                if (v < out->sig[i])
                    out->sig[i] = v;
            }
            shingles++;
        }
        w1 = w2;
        w2 = h;
    }
    out->has_sig = shingles >= 8; /* a few words say nothing about copying */
}

double np_minhash_resemblance(const uint32_t *a, const uint32_t *b)
{
    unsigned same = 0;
    for (unsigned i = 0; i < NP_MINHASH_N; i++)
        same += a[i] == b[i];
    return (double)same / NP_MINHASH_N;
}

double np_features_resemblance(const np_features *a, const np_features *b)
{
    return a->has_sig && b->has_sig ? np_minhash_resemblance(a->sig, b->sig) : 0.0;
}

np_status np_features_of_doc(np_featurizer *fz, const np_doc *doc, np_features *out)
{
    memset(out, 0, sizeof *out);
    out->day = np_iso_day(doc->published);
    if (out->day == INT32_MIN && doc->text) {
        out->day = day_in_text(doc->text);
        out->day_from_text = out->day != INT32_MIN;
    }
    if (doc->text)
        minhash(doc->text, out);
    fz->counts.count = 0;
    if (fz->counts.cap)
        memset(fz->counts.keys, 0, fz->counts.cap * sizeof *fz->counts.keys);
    np_status s;
    if ((doc->text && (s = count_terms(fz, doc->text, 1, 0))) ||
        (doc->title && (s = count_terms(fz, doc->title, 3, 1))))
        return s;
    size_t n = fz->counts.count;
    np_term *all = np_malloc((n ? n : 1) * sizeof *all);
    if (!all)
        return NP_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < fz->counts.cap; i++)
        if (fz->counts.keys[i]) {
            all[k].hash = fz->counts.keys[i];
            all[k].tf = 1.0f + logf((float)fz->counts.vals[i]);
            k++;
        }
    qsort(all, k, sizeof *all, cmp_term_tf_desc);
    if (k > NP_FEATURES_MAX_TERMS)
        k = NP_FEATURES_MAX_TERMS;
    qsort(all, k, sizeof *all, cmp_term_hash);
    out->terms = all;
    out->n = (uint32_t)k;
    return NP_OK;
}

/* Blob layout: "NPF2", int32 day, uint8 day_from_text, uint8 has_sig, 2 zero
 * bytes, NP_MINHASH_N x uint32 signature, uint32 n, n x (uint64 hash, float
 * tf), little endian as the host writes it (the store never leaves the
 * machine's architecture family).  "NPF1" blobs (day, n, terms) of older
 * stores still decode, without a signature. */
#define NPF2_HEAD (4 + 4 + 4 + NP_MINHASH_N * 4 + 4)

np_status np_features_encode(const np_features *f, np_buf *out)
{
    unsigned char flags[4] = {f->day_from_text, f->has_sig, 0, 0};
    np_status s;
    if ((s = np_buf_append(out, "NPF2", 4)) || (s = np_buf_append(out, &f->day, 4)) ||
        (s = np_buf_append(out, flags, 4)) || (s = np_buf_append(out, f->sig, sizeof f->sig)) ||
        (s = np_buf_append(out, &f->n, 4)))
        return s;
    for (uint32_t i = 0; i < f->n; i++)
        if ((s = np_buf_append(out, &f->terms[i].hash, 8)) || (s = np_buf_append(out, &f->terms[i].tf, 4)))
            return s;
    return NP_OK;
}

np_status np_features_decode(const void *blob, size_t len, np_features *out)
{
    const unsigned char *p = blob;
    memset(out, 0, sizeof *out);
    size_t head;
    if (len >= 12 && memcmp(p, "NPF1", 4) == 0) {
        head = 12;
    } else if (len >= NPF2_HEAD && memcmp(p, "NPF2", 4) == 0) {
        head = NPF2_HEAD;
        out->day_from_text = p[8] != 0;
        out->has_sig = p[9] != 0;
        memcpy(out->sig, p + 12, sizeof out->sig);
    } else {
        return NP_EPARSE;
    }
    uint32_t n;
    memcpy(&out->day, p + 4, 4);
    memcpy(&n, p + head - 4, 4);
    if (n > NP_FEATURES_MAX_TERMS || len != head + (size_t)n * 12)
        return NP_EPARSE;
    out->terms = np_malloc((n ? n : 1) * sizeof *out->terms);
    if (!out->terms)
        return NP_ENOMEM;
    for (uint32_t i = 0; i < n; i++) {
        memcpy(&out->terms[i].hash, p + head + i * 12, 8);
        memcpy(&out->terms[i].tf, p + head + 8 + i * 12, 4);
    }
    out->n = n;
    return NP_OK;
}
