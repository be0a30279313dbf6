/* extract/linker.c — cross-document entity linking (see entity.h).
 *
 * Mentions are records; np_entity_linker_finish() merges them with a
 * union-find over a few keyed passes (exact folded name, surname skeleton,
 * acronym initials); the fuzzy passes compare distinct names, blocked by
 * the surname's first letter and length, so the work is near-linear in the
 * number of mentions (a 10,000-article story repeats the same few hundred
 * names thousands of times). */
#include "extract/entity.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/u64map.h"
#include "text/lexicon.h"
#include "text/token.h"

typedef struct rec {
    int doc;
    size_t start, end, name_start, name_end;
    const char *surface, *name;
    np_entity_type type;
    unsigned flags;
    long place_id;
    /* filled by finish */
    const char *key;      /* folded name */
    const char *first;    /* folded first word */
    const char *last;     /* folded last word */
    const char *skel;     /* skeleton of the last word */
    const char *fskel;    /* skeleton of the first word */
    const char *initials; /* initials of capitalised words */
    const char *initials_all; /* initials of every word, joiners too */
    int n_words;
    int junior;           /* written with "Jr." (1) or "Sr." (2) */
    int family_first;     /* 3+ words, the given names after the first short
                           * syllables ("Kim Jong Un", "Moon Jae-in") */
    int speaks;           /* a one-word place said to speak (NP_MENTION_SPEAKS) */
    int birth;            /* a name given at birth ("born Betty Mae Page", "née ..."): the
                           * document's other spelling may be the same person's */
    size_t parent;
    size_t home;          /* a surname alone that its own document gives to another
                           * person of that surname: that person's record; else SIZE_MAX */
    long entity;
} rec;

struct np_entity_linker {
    np_arena arena;
    rec *r;
    size_t n, cap;
    np_entity *ents;
    size_t n_ents;
    size_t *by_pos; /* record indices sorted by (doc, start) */
    int finished;
    uint64_t *lower;   /* hashes of the words the texts write in lower case */
    size_t n_lower, cap_lower;
    np_u64map scanned; /* doc_index + 1 of every text already scanned */
    np_u64map nation_bases; /* hashes of the names the texts show to be states:
                             * "Kestravan officials" → "Kestrava", "Solmark's
                             * border" → "Solmark" */
};

np_entity_linker *np_entity_linker_new(void)
{
    np_entity_linker *lk = np_calloc(1, sizeof *lk);
    if (lk) {
        np_arena_init(&lk->arena, 32 * 1024);
        np_u64map_init(&lk->scanned);
        np_u64map_init(&lk->nation_bases);
    }
    return lk;
}

void np_entity_linker_free(np_entity_linker *lk)
{
    if (!lk)
        return;
    np_free(lk->r);
    np_free(lk->by_pos);
    np_free(lk->lower);
    np_u64map_free(&lk->scanned);
    np_u64map_free(&lk->nation_bases);
    np_arena_free(&lk->arena);
    np_free(lk);
}

/* FNV-1a over the ASCII-lower-cased word: the scan below hashes every
 * lower-case word of every text, so no copy and no second pass. */
static uint64_t word_hash(const char *w, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        h = (h ^ (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c)) * 1099511628211ULL;
    }
    return h | 1;
}

static int word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The word after w[0..n) on the same line: *wn bytes at the return value,
 * NULL when none. */
static const unsigned char *next_word(const unsigned char *w, size_t n, size_t *wn)
{
    const unsigned char *p = w + n;
    if (*p != ' ')
        return NULL;
    while (*p == ' ')
        p++;
    const unsigned char *q = p;
    while (*q && word_byte(*q))
        q++;
    *wn = (size_t)(q - p);
    return *wn ? p : NULL;
}

/* Words that follow a nationality adjective and hardly any other
 * capitalised word ending in -an/-ian/-ese: "Kestravan officials". */
static int state_noun(const unsigned char *w, size_t n)
{
    static const char *const k[] = {"authorities", "army", "delegation", "diplomats", "embassy", "forces",
                                    "government", "ministry", "officials", "troops"};
    for (size_t i = 0; i < sizeof k / sizeof *k; i++)
        if (strlen(k[i]) == n && !memcmp(k[i], w, n))
            return 1;
    return 0;
}

/* "Solmark's border", "Vostra’s capital": things only a state has.  The
 * possessive is w[0..n) ending in "’s", or w followed by "'s". */
static np_status note_possessed_land(np_entity_linker *lk, const unsigned char *w, size_t n)
{
    static const char *const land[] = {"airspace", "border", "borders", "capital", "coast", "coastline",
                                       "ports", "territory"};
    size_t base, rn;
    const unsigned char *after;
    if (n > 4 && w[n - 4] == 0xE2 && w[n - 3] == 0x80 && w[n - 2] == 0x99 && w[n - 1] == 's') {
        base = n - 4;
        after = w + n;
    } else if (w[n] == '\'' && w[n + 1] == 's' && !word_byte(w[n + 2])) {
        base = n;
        after = w + n + 2;
    } else {
        return NP_OK;
    }
    const unsigned char *next = next_word(after, 0, &rn);
    for (size_t i = 0; next && i < sizeof land / sizeof *land; i++)
        if (strlen(land[i]) == rn && !memcmp(land[i], next, rn)) {
            uint64_t *v = np_u64map_slot(&lk->nation_bases, word_hash((const char *)w, base));
            if (!v)
                return NP_ENOMEM;
            *v = 1;
            break;
        }
    return NP_OK;
}

/* A capitalised word w[0..n) used as a nationality adjective ("Duravian
 * Foreign Minister", "Kestravan President", "Vostran troops") names a
 * state: the name it derives from ("Duravia", "Kestrava"; "Brazil" from
 * "Brazilian", "Japan" from "Japanese") goes into lk->nation_bases.  Only
 * the vowel + "n" form takes the name whole, so "Lutheran" yields no
 * "Luther"; the role word after it keeps "Christian values" out. */
static np_status note_demonym(np_entity_linker *lk, const unsigned char *w, size_t n)
{
    size_t base[2], nb = 0;
    if (n >= 6 && w[n - 1] == 'n' && w[n - 2] == 'a')
        base[nb++] = n - 1; /* Kestrava-n, Duravia-n, Korea-n */
    if (n >= 7 && ((w[n - 3] == 'i' && w[n - 2] == 'a' && w[n - 1] == 'n') ||
                   (w[n - 3] == 'e' && w[n - 2] == 's' && w[n - 1] == 'e')))
        base[nb++] = n - 3; /* Brazil-ian, Japan-ese */
    if (!nb)
        return NP_OK;
    size_t rn;
    const unsigned char *role = next_word(w, n, &rn);
    if (role && np_lex_is_title_modifier((const char *)role, rn)) {
        const unsigned char *r2 = next_word(role, rn, &rn);
        role = r2 && np_lex_is_title_word((const char *)r2, rn) ? r2 : NULL;
    } else if (role && !np_lex_is_title_word((const char *)role, rn) && !state_noun(role, rn)) {
        role = NULL;
    }
    if (!role)
        return NP_OK;
    for (size_t i = 0; i < nb; i++) {
        uint64_t *v = np_u64map_slot(&lk->nation_bases, word_hash((const char *)w, base[i]));
        if (!v)
            return NP_ENOMEM;
        *v = 1;
    }
    return NP_OK;
}

/* Record the hash of the lower-case word w[0..n) (scan_words()). */
static np_status push_lower(np_entity_linker *lk, const unsigned char *w, size_t n)
{
    if (lk->n_lower == lk->cap_lower) {
        size_t cap = lk->cap_lower ? lk->cap_lower * 2 : 1024;
        uint64_t *v = np_realloc(lk->lower, cap * sizeof *v);
        if (!v)
            return NP_ENOMEM;
        lk->lower = v;
        lk->cap_lower = cap;
    }
    lk->lower[lk->n_lower++] = word_hash((const char *)w, n);
    return NP_OK;
}

/* Record the words text writes in lower case ("water", "summit"): a
 * capitalised form of one of them elsewhere in the story is a common word
 * at a sentence start, in a headline or in a label, not a name.  Words of
 * one or two letters are skipped: no name is that short but acronyms,
 * which common_in_story() keeps anyway.  Capitalised words used as
 * nationality adjectives are noted too (note_demonym). */
static np_status scan_words(np_entity_linker *lk, int doc_index, const char *text)
{
    uint64_t *seen = np_u64map_slot(&lk->scanned, (uint64_t)doc_index + 1);
    if (!seen)
        return NP_ENOMEM;
    if (*seen)
        return NP_OK;
    *seen = 1;
    for (const unsigned char *p = (const unsigned char *)text; *p;) {
        if (!word_byte(*p)) {
            p++;
            continue;
        }
        const unsigned char *w = p;
        while (*p && word_byte(*p))
            p++;
        size_t n = (size_t)(p - w);
        if (*w >= 'A' && *w <= 'Z' && n >= 4) {
            np_status st = n >= 6 ? note_demonym(lk, w, n) : NP_OK;
            if (st == NP_OK)
                st = note_possessed_land(lk, w, n);
            if (st != NP_OK)
                return st;
        }
        if (!(*w >= 'a' && *w <= 'z') || n < 3)
            continue;
        /* appended, not deduplicated: finish() probes them once against
         * the few one-word names, which is cheaper than a set here */
        np_status st = push_lower(lk, w, n);
        /* a hyphenated word in lower case ("fire-bomb") once more whole,
         * for a name in capitals spelt so (common_candidate()) */
        const unsigned char *e = p;
        while (*e == '-' && e[1] >= 'a' && e[1] <= 'z') {
            e++;
            while (*e && word_byte(*e))
                e++;
        }
        if (st == NP_OK && e > p)
            st = push_lower(lk, w, (size_t)(e - w));
        if (st != NP_OK)
            return st;
    }
    return NP_OK;
}

/* Hash of a one-word name the story might also write in lower case
 * ("Water", "Summit", "COLLUSION", "FIRE-BOMB"), or 0 when the name cannot
 * be such a word: several words, dotted, hyphenated in title case, shorter
 * than three letters, or a short all-capital acronym of a known place ("US"
 * beside "us"). */
static uint64_t common_candidate(const np_entity *e)
{
    const char *nm = e->canonical;
    size_t n = strlen(nm);
    if (n < 3 || memchr(nm, ' ', n) || memchr(nm, '.', n))
        return 0;
    int upper = 1;
    for (size_t i = 0; i < n; i++)
        if (nm[i] >= 'a' && nm[i] <= 'z')
            upper = 0;
    /* "FIRE-BOMB" in a headline beside "a fire-bomb attack": a word in
     * capitals the story writes whole in lower case (scan_words() keeps
     * hyphenated words whole too); a name with a hyphen in title case
     * ("Jean-Pierre") is no candidate */
    if (memchr(nm, '-', n) && !upper)
        return 0;
    if (upper && e->type == NP_ENT_PLACE && n <= 3)
        return 0;
    return word_hash(nm, n);
}

/* A dotted acronym as the finder cuts it ("F.B.I", "U.S", "E.U"): capital
 * letters each followed by a period but the last.  Its final period is
 * part of the spelling, and its letters are the acronym undotted ("FBI"). */
static int dotted_acronym(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z' && (i + 1 == n || s[i + 1] == '.'))
            letters++;
        else if (s[i] != '.' || !i || s[i - 1] == '.')
            return 0;
    }
    return letters >= 2;
}

/* Bytes of a generational suffix right after a person's name (" Jr.",
 * " III"), which the finder leaves out of the name but the outlet wrote as
 * part of it; 0 when none. */
static size_t suffix_after(const char *t)
{
    static const char *const k[] = {", Jr.", ", Sr.", " Jr.", " Sr.", " Jr", " Sr", " III", " II", " IV"};
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        size_t n = strlen(k[i]);
        if (strncmp(t, k[i], n) == 0 && !word_byte((unsigned char)t[n]))
            return n;
    }
    return 0;
}

/* The word before byte `start` of text is "born" or "née" (any case):
 * the name that follows is a birth name. */
static int after_born(const char *text, size_t start)
{
    size_t e = start;
    while (e > 0 && text[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b > 0 && word_byte((unsigned char)text[b - 1]))
        b--;
    static const char *const k[] = {"born", "nee", "née"};
    for (size_t i = 0; i < sizeof k / sizeof *k; i++)
        if (strlen(k[i]) == e - b && strncasecmp(text + b, k[i], e - b) == 0)
            return 1;
    return 0;
}

np_status np_entity_linker_add(np_entity_linker *lk, int doc_index, const char *text,
                               const np_entity_mention *m)
{
    if (!lk || !text || !m || doc_index < 0 || m->end < m->start || m->name_end < m->name_start)
        return NP_EINVAL;
    if (lk->finished)
        return NP_EINVAL;
    if (lk->n == lk->cap) {
        size_t cap = lk->cap ? lk->cap * 2 : 64;
        rec *r = np_realloc(lk->r, cap * sizeof *r);
        if (!r)
            return NP_ENOMEM;
        lk->r = r;
        lk->cap = cap;
    }
    np_status st = scan_words(lk, doc_index, text);
    if (st != NP_OK)
        return st;
    rec *r = &lk->r[lk->n];
    memset(r, 0, sizeof *r);
    r->doc = doc_index;
    r->start = m->start;
    r->end = m->end;
    r->name_start = m->name_start;
    r->name_end = m->name_end;
    r->type = m->type;
    r->flags = m->flags;
    r->place_id = m->type == NP_ENT_PLACE ? m->place_id : 0;
    /* "the F.B.I. said": the outlet spells it with the final period (the
     * finder leaves it out, as it may also end the sentence) */
    if (m->end == m->name_end && dotted_acronym(text + m->name_start, m->name_end - m->name_start) &&
        text[m->end] == '.')
        r->end++;
    else if (m->type == NP_ENT_PERSON && m->end == m->name_end) {
        size_t sx = suffix_after(text + m->end); /* "Robert S. Mueller III" as written */
        /* 1 for "Jr.", 2 for "Sr." (the son and the father are two) */
        r->junior = !sx ? 0 : memchr(text + m->end, 'J', sx) ? 1 : memchr(text + m->end, 'S', sx) ? 2 : 0;
        r->end += sx;
        if (r->junior)
            r->name_end = r->end; /* the son's name is "Donald Trump Jr." */
    }
    r->speaks = m->type == NP_ENT_PLACE && (m->flags & NP_MENTION_SPEAKS);
    r->birth = after_born(text, m->start);
    r->surface = np_arena_strndup(&lk->arena, text + m->start, r->end - m->start);
    r->name = np_arena_strndup(&lk->arena, text + r->name_start, r->name_end - r->name_start);
    if (!r->surface || !r->name)
        return NP_ENOMEM;
    lk->n++;
    return NP_OK;
}

/* ---- keys ---- */

/* Transliteration skeleton of a folded word: y/j → i, w → v, ph → f,
 * ks/cks → x, ck → k, kh → h, non-letters dropped, doubled letters
 * collapsed.  Zelensky, Zelenskiy, Zelenskyy → "zelenski". */
static char *skeleton(np_arena *a, const char *w)
{
    size_t n = strlen(w);
    char *out = np_arena_alloc(a, n + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        char nx = i + 1 < n ? w[i + 1] : '\0';
        if ((unsigned char)c >= 0x80 || c == '\'' || c == '-' || c == '.')
            continue;
        if (c == 'y' || c == 'j')
            c = 'i';
        else if (c == 'w')
            c = 'v';
        else if (c == 'p' && nx == 'h') {
            c = 'f';
            i++;
        } else if (c == 'k' && nx == 'h') {
            c = 'h';
            i++;
        } else if (c == 'c' && nx == 'k') {
            c = 'k';
            i++;
            if (i + 1 < n && w[i + 1] == 's') {
                c = 'x';
                i++;
            }
        } else if (c == 'k' && nx == 's') {
            c = 'x';
            i++;
        }
        if (k > 0 && out[k - 1] == c)
            continue;
        out[k++] = c;
    }
    out[k] = '\0';
    return out;
}

/* Levenshtein distance, capped: returns cap+1 when larger. */
static int edit_distance(const char *a, const char *b, int cap)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 63 || lb > 63)
        return cap + 1;
    if ((la > lb ? la - lb : lb - la) > (size_t)cap)
        return cap + 1;
    int prev[64], cur[64];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = (int)i;
        int best = cur[0];
        for (size_t j = 1; j <= lb; j++) {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = prev[j - 1] + cost;
            if (prev[j] + 1 < v)
                v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            cur[j] = v;
            if (v < best)
                best = v;
        }
        if (best > cap)
            return cap + 1;
        memcpy(prev, cur, (lb + 1) * sizeof *prev);
    }
    return prev[lb];
}

static int is_joiner_word(const char *w, size_t n)
{
    static const char *const k[] = {"of", "for", "and", "the", "on", "de", "du", "da", "von", "van", "der", "to"};
    for (size_t i = 0; i < sizeof k / sizeof *k; i++)
        if (strlen(k[i]) == n && memcmp(k[i], w, n) == 0)
            return 1;
    return 0;
}

/* "Department of Justice" is the "Justice Department": an institution
 * named "<head> of <field>" is keyed "<field> <head>", the way outlets
 * also write it.  Only heads that name a part of a government, where both
 * orders mean one body ("University of X" and "X University" can be two
 * schools). */
static np_status reorder_head(np_entity_linker *lk, rec *r, const size_t *ws, const size_t *we, int nw)
{
    static const char *const heads[] = {"department", "ministry"};
    if (nw < 3 || we[1] - ws[1] != 2 || memcmp(r->key + ws[1], "of", 2) != 0)
        return NP_OK;
    size_t hl = we[0] - ws[0];
    int head = 0;
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        head |= strlen(heads[i]) == hl && memcmp(heads[i], r->key + ws[0], hl) == 0;
    if (!head)
        return NP_OK;
    size_t rest = strlen(r->key) - ws[2];
    char *k = np_arena_alloc(&lk->arena, rest + 1 + hl + 1);
    if (!k)
        return NP_ENOMEM;
    memcpy(k, r->key + ws[2], rest);
    k[rest] = ' ';
    memcpy(k + rest + 1, r->key + ws[0], hl);
    k[rest + 1 + hl] = '\0';
    r->key = k;
    return NP_OK;
}

static np_status make_keys(np_entity_linker *lk, rec *r)
{
    size_t kl;
    char *key = np_text_fold(r->name, strlen(r->name), &lk->arena, &kl);
    if (!key)
        return NP_ENOMEM;
    if (dotted_acronym(r->name, strlen(r->name))) {
        /* "f.b.i" is "fbi" */
        size_t w = 0;
        for (size_t i = 0; i < kl; i++)
            if (key[i] != '.')
                key[w++] = key[i];
        key[w] = '\0';
        kl = w;
    }
    r->key = key;
    if (r->junior) {
        /* the father's name plus "Jr." (or "Sr.") is another person:
         * keyed apart, but its words are the name's ("Donald Trump, Jr."
         * -> "donald trump") */
        char *jk = np_arena_alloc(&lk->arena, kl + 4);
        if (!jk)
            return NP_ENOMEM;
        while (kl && (key[kl - 1] == ' ' || key[kl - 1] == '.' || key[kl - 1] == ','))
            kl--;
        while (kl && key[kl - 1] != ' ' && key[kl - 1] != ',')
            kl--; /* "jr" */
        while (kl && (key[kl - 1] == ' ' || key[kl - 1] == ','))
            kl--;
        memcpy(jk, key, kl);
        memcpy(jk + kl, r->junior == 2 ? " sr" : " jr", 4);
        r->key = jk;
    }
    /* words of the folded key */
    size_t ws[32], we[32];
    int nw = 0;
    for (size_t i = 0; i < kl && nw < 32;) {
        while (i < kl && (key[i] == ' ' || key[i] == '-'))
            i++;
        if (i >= kl)
            break;
        ws[nw] = i;
        while (i < kl && key[i] != ' ' && key[i] != '-')
            i++;
        we[nw++] = i;
    }
    r->n_words = nw;
    if (nw == 0) {
        r->first = r->last = r->skel = r->fskel = r->initials = r->initials_all = "";
        return NP_OK;
    }
    r->first = np_arena_strndup(&lk->arena, key + ws[0], we[0] - ws[0]);
    r->last = np_arena_strndup(&lk->arena, key + ws[nw - 1], we[nw - 1] - ws[nw - 1]);
    if (!r->first || !r->last)
        return NP_ENOMEM;
    r->skel = skeleton(&lk->arena, r->last);
    r->fskel = skeleton(&lk->arena, r->first);
    char *ini = np_arena_alloc(&lk->arena, (size_t)nw + 1);
    if (!r->skel || !r->fskel || !ini)
        return NP_ENOMEM;
    size_t k = 0;
    for (int i = 0; i < nw; i++)
        if (!is_joiner_word(key + ws[i], we[i] - ws[i]))
            ini[k++] = key[ws[i]];
    ini[k] = '\0';
    r->initials = ini;
    /* some acronyms spell the "of" too ("DOJ", "DOD") */
    char *all = np_arena_alloc(&lk->arena, (size_t)nw + 1);
    if (!all)
        return NP_ENOMEM;
    for (int i = 0; i < nw; i++)
        all[i] = key[ws[i]];
    all[nw] = '\0';
    r->initials_all = all;
    r->family_first = nw >= 3;
    for (int i = 1; i < nw; i++)
        if (we[i] - ws[i] < 2 || we[i] - ws[i] > 4)
            r->family_first = 0;
    return reorder_head(lk, r, ws, we, nw);
}

/* ---- union-find ---- */

static size_t find_root(rec *r, size_t i)
{
    while (r[i].parent != i) {
        r[i].parent = r[r[i].parent].parent;
        i = r[i].parent;
    }
    return i;
}

static void unite(rec *r, size_t a, size_t b)
{
    a = find_root(r, a);
    b = find_root(r, b);
    if (a == b)
        return;
    if (a < b)
        r[b].parent = a;
    else
        r[a].parent = b;
}

static int person_like(const rec *r)
{
    return r->type == NP_ENT_PERSON || r->type == NP_ENT_OTHER;
}

/* Pet forms of English first names that are not a prefix of the full
 * form (see pet_prefix): pairs of folded names, pet form first. */
static const char *const pet_names[][2] = {
    {"bob", "robert"},     {"bobby", "robert"},  {"rob", "robert"},       {"bill", "william"},
    {"billy", "william"},  {"will", "william"},  {"jim", "james"},        {"jimmy", "james"},
    {"mike", "michael"},   {"mick", "michael"},  {"dick", "richard"},     {"rick", "richard"},
    {"ted", "edward"},     {"ned", "edward"},    {"chuck", "charles"},    {"jack", "john"},
    {"peggy", "margaret"}, {"liz", "elizabeth"}, {"beth", "elizabeth"},   {"betty", "elizabeth"},
    {"kate", "katherine"}, {"kate", "catherine"}, {"tony", "anthony"},    {"andy", "andrew"},
    {"steve", "steven"},   {"steve", "stephen"}, {"dave", "david"},       {"chris", "christopher"},
    {"nick", "nicholas"},  {"pat", "patrick"},   {"larry", "lawrence"},   {"jerry", "gerald"},
    {"harry", "henry"},    {"hank", "henry"},    {"tom", "thomas"},       {"joe", "joseph"},
    {"sandy", "alexandra"}, {"sasha", "alexander"}, {"misha", "mikhail"}, {"volodya", "vladimir"},
};

static int pet_pair(const char *a, const char *b)
{
    for (size_t i = 0; i < sizeof pet_names / sizeof *pet_names; i++)
        if ((!strcmp(a, pet_names[i][0]) && !strcmp(b, pet_names[i][1])) ||
            (!strcmp(b, pet_names[i][0]) && !strcmp(a, pet_names[i][1])))
            return 1;
    return 0;
}

/* A short form that is the start of the full name, with or without a pet
 * ending -y/-ie ("Rudy" / "Rudolph", "Alex" / "Alexander", "Dan" /
 * "Daniel"): at least three letters in common and two more in the full
 * form, so "Dana" / "Dan" stay apart.  Skeletons, so "Rudi" counts. */
static int pet_prefix(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > lb) {
        const char *t = a;
        a = b;
        b = t;
        size_t tl = la;
        la = lb;
        lb = tl;
    }
    size_t stem = la;
    if (stem > 3 && (a[stem - 1] == 'i' || a[stem - 1] == 'e'))
        stem--;
    if (stem > 3 && a[stem - 1] == 'i')
        stem--;
    return stem >= 3 && lb >= la + 2 && strncmp(a, b, stem) == 0;
}

/* Two first names of m letters or more (the shorter) that romanize one
 * name: they differ only in the first letter, a pair romanizations trade,
 * the rest of their skeletons alike ("Yiannis" / "Giannis", "Elias" /
 * "Ilias", "Gurbanguli" / "Kurbanguly").  A pair of consonants only for
 * names of seven letters or more: "Gerry" and "Kerry", "Carl" and "Karl"
 * are names of their own. */
static int romanized_alike(const rec *a, const rec *b, size_t m)
{
    static const char *const vowels[] = {"ei", "yi", "ji", "yj", NULL};
    static const char *const consonants[] = {"yg", "gk", "ck", "vw", NULL};
    char x = a->first[0], y = b->first[0];
    int pair = 0;
    for (size_t i = 0; vowels[i] && !pair; i++)
        pair = (x == vowels[i][0] && y == vowels[i][1]) || (x == vowels[i][1] && y == vowels[i][0]);
    for (size_t i = 0; consonants[i] && !pair && m >= 7; i++)
        pair = (x == consonants[i][0] && y == consonants[i][1]) || (x == consonants[i][1] && y == consonants[i][0]);
    if (!pair || m < 5)
        return 0;
    /* the skeletons' rest: past the first letter, or past the letter a
     * skeleton merged into the next ("Yiannis" -> "ianis") */
    const char *p = a->fskel, *q = b->fskel;
    return (p[0] && q[0] && !strcmp(p + 1, q + 1)) || (q[0] && !strcmp(p, q + 1)) || (p[0] && !strcmp(p + 1, q));
}

static int vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

int np_given_names_apart(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    size_t n = strlen(a), diff = 0, at = 0;
    if (n < 2 || n > 4 || strlen(b) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) {
            diff++;
            at = i;
        }
    return diff == 1 && at + 1 < n && vowel(a[at]) && vowel(b[at]);
}

/* First names compatible: same skeleton, an initial, or a small slip (1);
 * a pet form of the other ("Bob" / "Robert": 2). */
static int first_names_match(const rec *a, const rec *b)
{
    if (a->junior != b->junior)
        return 0; /* "Donald Trump Jr." is the son of "Donald Trump" */
    if (!strcmp(a->fskel, b->fskel))
        return 1;
    if (pet_pair(a->first, b->first) || pet_prefix(a->fskel, b->fskel))
        return 2;
    size_t la = strlen(a->first), lb = strlen(b->first);
    if ((la == 1 || lb == 1) && a->first[0] == b->first[0])
        return 1;
    size_t m = la < lb ? la : lb;
    int cap = m >= 6 ? 2 : 1;
    if (a->first[0] != b->first[0])
        return romanized_alike(a, b, m);
    if (np_given_names_apart(a->fskel, b->fskel))
        return 0; /* "Mara" / "Mira": two women's names, not one woman's spellings */
    return edit_distance(a->fskel, b->fskel, cap) <= cap;
}

static int surnames_match(const char *sa, const char *sb)
{
    if (!strcmp(sa, sb))
        return 1;
    size_t la = strlen(sa), lb = strlen(sb);
    size_t m = la < lb ? la : lb;
    if (m < 6 || sa[0] != sb[0])
        return 0;
    return edit_distance(sa, sb, 1) <= 1;
}

static int cmp_pos(const void *pa, const void *pb, void *ctx)
{
    const rec *r = ctx;
    const rec *a = &r[*(const size_t *)pa], *b = &r[*(const size_t *)pb];
    if (a->doc != b->doc)
        return a->doc < b->doc ? -1 : 1;
    return a->start < b->start ? -1 : a->start > b->start ? 1 : 0;
}

/* ---- candidate blocking ----
 *
 * surnames_match() holds only between equal skeletons or skeletons with
 * the same first letter and lengths at most one apart, so the passes below
 * sort distinct names by (first letter, length) and compare each with the
 * few that follow it in that order, never all pairs of mentions. */

typedef struct name_class {
    size_t lo, hi;   /* members: idx[lo..hi) */
    size_t rep;      /* lowest record index of the class */
    size_t maxrec;   /* highest record index of the class */
    size_t best;     /* pass 3: chosen full name, or (size_t)-1 */
    int person;      /* pass 2: typed NP_ENT_PERSON */
} name_class;

static int cmp_block(const char *a, const char *b)
{
    if (a[0] != b[0])
        return (unsigned char)a[0] < (unsigned char)b[0] ? -1 : 1;
    size_t la = strlen(a), lb = strlen(b);
    if (la != lb)
        return la < lb ? -1 : 1;
    return strcmp(a, b);
}

/* may b, later in blocking order than a, still surname-match a? */
static int block_reaches(const char *a, const char *b)
{
    return a[0] == b[0] && strlen(b) <= strlen(a) + 1;
}

static int cmp_full(const void *pa, const void *pb, void *ctx)
{
    const rec *r = ctx;
    const rec *a = &r[*(const size_t *)pa], *b = &r[*(const size_t *)pb];
    int c = cmp_block(a->skel, b->skel);
    if (!c)
        c = strcmp(a->first, b->first);
    if (!c)
        c = (a->type == NP_ENT_PERSON) - (b->type == NP_ENT_PERSON);
    if (!c)
        c = a->junior - b->junior;
    if (!c)
        c = *(const size_t *)pa < *(const size_t *)pb ? -1 : *(const size_t *)pa > *(const size_t *)pb;
    return c;
}

static int cmp_skel(const void *pa, const void *pb, void *ctx)
{
    const rec *r = ctx;
    int c = cmp_block(r[*(const size_t *)pa].skel, r[*(const size_t *)pb].skel);
    if (!c)
        c = *(const size_t *)pa < *(const size_t *)pb ? -1 : *(const size_t *)pa > *(const size_t *)pb;
    return c;
}

/* Split the sorted idx[0..n) into classes of equal same(); *out is
 * np_malloc'ed, the caller frees it. */
static np_status make_classes(const rec *r, const size_t *idx, size_t n, int (*same)(const rec *, const rec *),
                              name_class **out, size_t *n_out)
{
    name_class *c = np_malloc((n ? n : 1) * sizeof *c);
    if (!c)
        return NP_ENOMEM;
    size_t nc = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && same(&r[idx[i]], &r[idx[j]]))
            j++;
        name_class *k = &c[nc++];
        k->lo = i;
        k->hi = j;
        k->rep = idx[i];
        k->maxrec = idx[i];
        for (size_t x = i; x < j; x++) {
            if (idx[x] < k->rep)
                k->rep = idx[x];
            if (idx[x] > k->maxrec)
                k->maxrec = idx[x];
        }
        k->best = (size_t)-1;
        k->person = r[idx[i]].type == NP_ENT_PERSON;
        i = j;
    }
    *out = c;
    *n_out = nc;
    return NP_OK;
}

static int same_full(const rec *a, const rec *b)
{
    return !strcmp(a->skel, b->skel) && !strcmp(a->first, b->first) &&
           (a->type == NP_ENT_PERSON) == (b->type == NP_ENT_PERSON) && a->junior == b->junior;
}

static int same_skel(const rec *a, const rec *b)
{
    return !strcmp(a->skel, b->skel);
}

static void unite_class(rec *r, const size_t *idx, const name_class *c)
{
    for (size_t x = c->lo + 1; x < c->hi; x++)
        unite(r, idx[c->lo], idx[x]);
}

/* Some document names a person of class a or b as a relative
 * (NP_MENTION_KIN) right after naming the other ("Deputy Jerry Ortiz ...
 * his son, Jeremy Ortiz": the nearest name of that surname before the
 * relative, past other relatives, is the other class's): two people of one
 * family, whatever their first names share.  A relative of a third person
 * ("Sandra Keller ... her husband, Robert Keller ... Bob Keller") says
 * nothing of the other name.  At most FAMILY_PAIRS mentions are looked
 * at.  kin holds kin_key() of every name a document gives a relative. */
#define FAMILY_PAIRS 4096

static uint64_t kin_key(const rec *x)
{
    uint64_t h = np_hash64(x->skel, strlen(x->skel), (uint64_t)(unsigned)x->doc);
    return np_hash64(x->first, strlen(x->first), h) | 1;
}

/* kin_key() of every record marked NP_MENTION_KIN into *kin. */
static np_status kin_names(const rec *r, size_t n, np_u64map *kin)
{
    np_u64map_init(kin);
    for (size_t i = 0; i < n; i++) {
        if (!(r[i].flags & NP_MENTION_KIN))
            continue;
        uint64_t *v = np_u64map_slot(kin, kin_key(&r[i]));
        if (!v)
            return NP_ENOMEM;
        *v = 1;
    }
    return NP_OK;
}

static int relative_of(const rec *r, size_t n, const np_u64map *kin, const rec *rel, const rec *other)
{
    const rec *near = NULL;
    for (size_t j = 0; j < n && j < FAMILY_PAIRS * 4; j++) {
        const rec *y = &r[j];
        if (y->doc != rel->doc || y->start >= rel->start || y->n_words < 2 || strcmp(y->skel, rel->skel) ||
            !strcmp(y->first, rel->first) || (near && y->start < near->start))
            continue;
        /* another relative ("the deputy's wife, Chela Ortiz", named so
         * anywhere in the text) is no anchor */
        if (!np_u64map_get(kin, kin_key(y)))
            near = y;
    }
    return near && same_full(near, other);
}

static int one_family(const rec *r, size_t n, const np_u64map *kin, const size_t *idx, const name_class *a,
                      const name_class *b)
{
    size_t seen = 0;
    for (int side = 0; side < 2; side++) {
        const name_class *k = side ? b : a, *o = side ? a : b;
        for (size_t x = k->lo; x < k->hi && seen < FAMILY_PAIRS; x++, seen++)
            if ((r[idx[x]].flags & NP_MENTION_KIN) && relative_of(r, n, kin, &r[idx[x]], &r[o->rep]))
                return 1;
    }
    return 0;
}

/* Key of (name, document) in the map named_apart() reads: a name is its
 * surname skeleton and first word, whatever the record's type. */
static uint64_t name_doc_key(const rec *x, int doc)
{
    uint64_t h = np_hash64(x->skel, strlen(x->skel), (uint64_t)(unsigned)doc);
    return np_hash64(x->first, strlen(x->first), h ^ 0x9e3779b97f4a7c15ULL) | 1;
}

/* name_doc_key() of every record idx[0..m) into *in, but of a birth name,
 * which a document gives beside the name the person goes by ("Bettie
 * Page ... born Betty Mae Page"). */
static np_status name_docs(const rec *r, const size_t *idx, size_t m, np_u64map *in)
{
    np_u64map_init(in);
    for (size_t x = 0; x < m; x++) {
        if (r[idx[x]].birth)
            continue;
        uint64_t *v = np_u64map_slot(in, name_doc_key(&r[idx[x]], r[idx[x]].doc));
        if (!v)
            return NP_ENOMEM;
        *v = 1;
    }
    return NP_OK;
}

/* The names of classes a and b, whose first names are spelled apart
 * (neither an initial), are both written in full in one document: two
 * people, whatever a slip between their names would suggest ("Mara
 * Lindqvist" and her sister "Mira Lindqvist" in one report).  A writer
 * keeps one spelling of a person within an article; the transliterations
 * the fuzzy match is for ("Volodymyr" / "Volodimir") differ between
 * outlets.  Not asked of a pet form, which one article may use after the
 * full name ("Donald F. McGahn II ... Don McGahn").  Every class of a's name (same surname skeleton and first word,
 * adjacent in the sorted classes c[0..nc)) is looked at, so that a
 * mention typed otherwise does not chain the two. */
static int named_apart(const rec *r, const size_t *idx, const name_class *c, size_t nc, size_t a, size_t b,
                       const np_u64map *in)
{
    const rec *ra = &r[c[a].rep], *rb = &r[c[b].rep];
    if (!ra->first[0] || !rb->first[0] || !ra->first[1] || !rb->first[1])
        return 0;
    size_t lo = a, hi = a + 1;
    while (lo > 0 && !strcmp(r[c[lo - 1].rep].skel, ra->skel) && !strcmp(r[c[lo - 1].rep].first, ra->first))
        lo--;
    while (hi < nc && !strcmp(r[c[hi].rep].skel, ra->skel) && !strcmp(r[c[hi].rep].first, ra->first))
        hi++;
    for (size_t x = c[lo].lo; x < c[hi - 1].hi; x++)
        if (!r[idx[x]].birth && np_u64map_get(in, name_doc_key(rb, r[idx[x]].doc)))
            return 1;
    return 0;
}

/* 2. full person names: same surname skeleton and compatible first names,
 *    at least one of the pair typed PERSON, and (their first names spelled
 *    apart) neither both named in one document (named_apart()) nor a
 *    person and the relative a document names after them
 *    (one_family()).  Names are
 *    compared once per distinct (surname skeleton, first name, PERSON or
 *    not). */
/* The full names (two words or more) that may be a person's among r[0..n),
 * their indexes into *idx_out (np_malloc'd, caller frees), *m of them,
 * sorted by cmp. */
static np_status full_person_names(rec *r, size_t n, int (*cmp)(const void *, const void *, void *), size_t **idx_out,
                                   size_t *m_out)
{
    size_t *idx = np_malloc((n ? n : 1) * sizeof *idx);
    if (!idx)
        return NP_ENOMEM;
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (r[i].n_words >= 2 && person_like(&r[i]))
            idx[m++] = i;
    qsort_r(idx, m, sizeof *idx, cmp, r);
    *idx_out = idx;
    *m_out = m;
    return NP_OK;
}

static np_status link_full_names(rec *r, size_t n)
{
    size_t *idx, m;
    if (full_person_names(r, n, cmp_full, &idx, &m) != NP_OK)
        return NP_ENOMEM;
    name_class *c;
    size_t nc;
    if (make_classes(r, idx, m, same_full, &c, &nc) != NP_OK) {
        np_free(idx);
        return NP_ENOMEM;
    }
    unsigned char *hit = np_calloc(nc ? nc : 1, 1);
    const char **pets = np_calloc(nc ? nc : 1, sizeof *pets); /* a pet form's full first name */
    np_u64map kin, in;
    np_status st = kin_names(r, n, &kin);
    np_status st2 = name_docs(r, idx, m, &in);
    if (st != NP_OK || st2 != NP_OK || !hit || !pets) {
        np_u64map_free(&kin);
        np_u64map_free(&in);
        np_free(hit);
        np_free(pets);
        np_free(c);
        np_free(idx);
        return NP_ENOMEM;
    }
    /* pass 0 notes each short first name's full form ("" when two: "Sam"
     * beside both "Samuel" and "Samantha" of one surname names neither for
     * sure, and would chain two people into one); pass 1 links */
    for (int pass = 0; pass < 2; pass++)
        for (size_t a = 0; a < nc; a++) {
            const rec *ra = &r[c[a].rep];
            if (c[a].person)
                hit[a] = 1;
            for (size_t b = a + 1; b < nc && block_reaches(ra->skel, r[c[b].rep].skel); b++) {
                const rec *rb = &r[c[b].rep];
                if (!(c[a].person || c[b].person) || !surnames_match(ra->skel, rb->skel))
                    continue;
                int fm = first_names_match(ra, rb);
                size_t shorter = strlen(ra->first) <= strlen(rb->first) ? a : b;
                const char *full = shorter == a ? rb->fskel : ra->fskel;
                if (fm == 2 && pass == 0)
                    pets[shorter] = !pets[shorter] || !strcmp(pets[shorter], full) ? full : "";
                if (pass == 1 && (fm == 1 || (fm == 2 && pets[shorter][0])) &&
                    !(strcmp(ra->fskel, rb->fskel) &&
                      ((fm == 1 && named_apart(r, idx, c, nc, a, b, &in)) || one_family(r, n, &kin, idx, &c[a], &c[b])))) {
                    unite(r, c[a].rep, c[b].rep);
                    hit[a] = hit[b] = 1;
                }
            }
        }
    np_free(pets);
    /* a class that matched a PERSON name is linked whole (each member
     * matches that name); an unmatched non-PERSON class is not */
    for (size_t a = 0; a < nc; a++)
        if (hit[a])
            unite_class(r, idx, &c[a]);
    np_u64map_free(&kin);
    np_u64map_free(&in);
    np_free(hit);
    np_free(c);
    np_free(idx);
    return NP_OK;
}

#define GLUED_REST_MIN 4 /* letters of a family name after a glued "al"/"el" */

/* The skeleton of record x's surname past an Arabic article written glued
 * to it ("Alrashidi" -> "rashidi"), or NULL: its last word opens on "al"
 * or "el" and goes on for GLUED_REST_MIN letters or more. */
static const char *past_glued_article(const rec *x)
{
    if (!x->last || !x->skel || strlen(x->skel) < 2 + GLUED_REST_MIN ||
        !((x->last[0] == 'a' || x->last[0] == 'e') && x->last[1] == 'l') ||
        !((x->skel[0] == 'a' || x->skel[0] == 'e') && x->skel[1] == 'l'))
        return NULL;
    return x->skel + 2;
}

/* 2a. An Arabic family name is written with its article glued ("Mohamed
 *     Alrashidi"), hyphened ("Mohammed al-Rashidi") or apart ("Muhammad
 *     Al Rashidi"); the keys of the last two end on "rashidi" already.  A
 *     full name whose surname is "al"/"el" glued to the surname of another
 *     full name joins it when their first names match (a slip or a
 *     transliteration, as in pass 2) and one of them is typed a person:
 *     "Madeleine Albright" meets no "Madeleine Bright", while the first
 *     names keep "Alvarez" apart from "Varez".  Full names sorted by
 *     surname skeleton, each glued one looked up by binary search. */
static np_status link_glued_article(rec *r, size_t n)
{
    size_t *idx, m;
    if (full_person_names(r, n, cmp_skel, &idx, &m) != NP_OK)
        return NP_ENOMEM;
    for (size_t x = 0; x < m; x++) {
        const rec *g = &r[idx[x]];
        const char *rest = past_glued_article(g);
        if (!rest)
            continue;
        size_t lo = 0, hi = m;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (cmp_block(r[idx[mid]].skel, rest) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t y = lo; y < m && !strcmp(r[idx[y]].skel, rest); y++) {
            const rec *o = &r[idx[y]];
            if ((g->type == NP_ENT_PERSON || o->type == NP_ENT_PERSON) && first_names_match(g, o) == 1) {
                unite(r, idx[x], idx[y]);
                break;
            }
        }
    }
    np_free(idx);
    return NP_OK;
}

/* The name's last word is joined to the one before by a hyphen
 * ("Klitschko-Haye", a bout): not the bearer of the surname alone. */
static int hyphen_last(const char *name)
{
    const char *sp = strrchr(name, ' '), *hy = strrchr(name, '-');
    return hy && (!sp || hy > sp);
}

/* A run the entity finder took for a full name but that opens on a
 * function word ("Neither Perlo"): no bearer either. */
static int function_first(const rec *r)
{
    return r->first && np_lex_is_cap_function_word(r->first, strlen(r->first));
}

#define HOME_DOMINANCE 2 /* a bearer named this many times as often as another keeps the surname alone */

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* The full names of surname skeleton sk (classes fc[f0..nfc)) belong to
 * more than one person (union). */
static int several_bearers(rec *r, const size_t *full, const name_class *fc, size_t f0, size_t nfc, const char *sk)
{
    size_t one = SIZE_MAX;
    for (size_t b = f0; b < nfc; b++) {
        const char *fk = r[fc[b].rep].skel;
        if (cmp_block(fk, sk) > 0 && !block_reaches(sk, fk))
            break;
        if (strcmp(sk, fk) != 0)
            continue;
        for (size_t y = fc[b].lo; y < fc[b].hi; y++) {
            size_t ry = find_root(r, full[y]);
            if (one == SIZE_MAX)
                one = ry;
            else if (ry != one)
                return 1;
        }
    }
    return 0;
}

/* Where a surname alone (single record x, linked with the story's most
 * mentioned bearer `best`) belongs when the story names several people of
 * that surname ("Vera Dunst" in one outlet, "Karl Dunst" in the others):
 * the bearer its own document names in full most often before it (the
 * nearer on a tie), when that is another person (r[x].home, read by
 * build_entities()).  The union stays (one surname key), the mention goes
 * to its own document's bearer.  Full-name classes fc[f0..nfc) of the
 * surname are searched. */
static void note_home(rec *r, const size_t *full, const name_class *fc, size_t f0, size_t nfc, size_t x, size_t best,
                      const size_t *size, const size_t *start_root, const int *titled_docs, size_t n_titled)
{
    const char *sk = r[x].skel;
    /* a titled surname in the document ("President Trump", "Mr. Hosk")
     * names the one the bare surname goes on naming there */
    if (n_titled && bsearch(&r[x].doc, titled_docs, n_titled, sizeof *titled_docs, cmp_int))
        return;
    /* the bearers the document names in full before x: the one it names
     * most often, the nearer on a tie ("his sister, Mara Gray" once among
     * "Kimani Gray" twice: the bare "Gray" goes on being Kimani) */
    enum { BEARERS = 8 };
    size_t root[BEARERS], count[BEARERS], last[BEARERS], nb = 0;
    for (size_t b = f0; b < nfc; b++) {
        const char *fk = r[fc[b].rep].skel;
        if (cmp_block(fk, sk) > 0 && !block_reaches(sk, fk))
            break;
        if (strcmp(sk, fk) != 0)
            continue;
        for (size_t y = fc[b].lo; y < fc[b].hi; y++) {
            size_t j = full[y];
            /* not a son named with "Jr." ("Trump" alone is never "Donald
             * Trump Jr."), nor a relative named as one ("his sister,
             * Mara Gray": the surname alone goes on naming the one she is
             * the sister of) */
            if (r[j].doc != r[x].doc || r[j].start >= r[x].start || r[j].junior || (r[j].flags & NP_MENTION_KIN) ||
                hyphen_last(r[j].name) || function_first(&r[j]))
                continue;
            size_t rj = find_root(r, j), k = 0;
            while (k < nb && root[k] != rj)
                k++;
            if (k == nb) {
                if (nb == BEARERS)
                    continue;
                root[nb] = rj, count[nb] = 0, last[nb] = j, nb++;
            }
            count[k]++;
            if (r[j].start > r[last[k]].start)
                last[k] = j;
        }
    }
    size_t pick = SIZE_MAX;
    for (size_t k = 0; k < nb; k++)
        if (pick == SIZE_MAX || count[k] > count[pick] ||
            (count[k] == count[pick] && r[last[k]].start > r[last[pick]].start))
            pick = k;
    /* and not when the story's bearer is named far more often: "Trump"
     * after "first lady Melania Trump" is still the president (sizes of
     * the unions as the pass began, before the surnames join them: by
     * then's roots, start_root) */
    if (pick != SIZE_MAX && root[pick] != find_root(r, best) &&
        size[start_root[last[pick]]] * HOME_DOMINANCE >= size[start_root[best]])
        r[x].home = last[pick];
}

/* 3. single words: the surname of a full name (an exact skeleton first,
 *    then the most mentioned name, then the earliest), else spelling
 *    variants of each other.  Group sizes are those before this pass. */
static np_status link_single_names(rec *r, size_t n)
{
    np_status st = NP_ENOMEM;
    size_t *size = np_calloc(n ? n : 1, sizeof *size);
    size_t *root = np_malloc((n ? n : 1) * sizeof *root);
    size_t *full = np_malloc((n ? n : 1) * sizeof *full);
    size_t *single = np_malloc((n ? n : 1) * sizeof *single);
    int *titled = np_malloc((n ? n : 1) * sizeof *titled);
    name_class *fc = NULL, *sc = NULL;
    size_t nfc = 0, nsc = 0, nf = 0, ns = 0;
    if (!size || !root || !full || !single || !titled)
        goto out;
    for (size_t i = 0; i < n; i++) {
        root[i] = find_root(r, i);
        size[root[i]]++;
    }
    for (size_t i = 0; i < n; i++) {
        if (r[i].n_words >= 2 && r[i].type == NP_ENT_PERSON)
            full[nf++] = i;
        else if (r[i].n_words == 1 && person_like(&r[i]) && !(r[i].flags & NP_MENTION_ACRONYM) && !r[i].junior)
            single[ns++] = i;
    }
    /* "Brandt Jr." or "Calvin Jr." alone is the one son the story names
     * in full ("Calvin Brandt Jr."), never the father: linked here, apart
     * from the classes, by the surname or the given name */
    for (size_t i = 0; i < n; i++) {
        if (!r[i].junior || r[i].n_words != 1 || !person_like(&r[i]))
            continue;
        size_t son = (size_t)-1;
        int several = 0;
        for (size_t x = 0; x < nf && !several; x++) {
            size_t j = full[x];
            if (r[j].junior != r[i].junior ||
                (strcmp(r[j].skel, r[i].skel) != 0 && strcmp(r[j].fskel, r[i].skel) != 0))
                continue;
            if (son == (size_t)-1)
                son = j;
            else if (find_root(r, j) != find_root(r, son))
                several = 1;
        }
        if (son != (size_t)-1 && !several)
            unite(r, i, son);
    }
    qsort_r(full, nf, sizeof *full, cmp_skel, r);
    qsort_r(single, ns, sizeof *single, cmp_skel, r);
    if (make_classes(r, full, nf, same_skel, &fc, &nfc) != NP_OK ||
        make_classes(r, single, ns, same_skel, &sc, &nsc) != NP_OK)
        goto out;
    /* each full-name class: its most mentioned, then earliest, record */
    for (size_t a = 0; a < nfc; a++)
        for (size_t x = fc[a].lo; x < fc[a].hi; x++) {
            size_t j = full[x], b = fc[a].best;
            if (b == (size_t)-1 || size[root[j]] > size[root[b]] || (size[root[j]] == size[root[b]] && j < b))
                fc[a].best = j;
        }
    /* each single class against the full-name classes in its block */
    size_t f0 = 0;
    for (size_t a = 0; a < nsc; a++) {
        const char *sk = r[sc[a].rep].skel;
        while (f0 < nfc && cmp_block(r[fc[f0].rep].skel, sk) < 0 && !block_reaches(r[fc[f0].rep].skel, sk))
            f0++;
        size_t best = (size_t)-1;
        int best_exact = 0;
        for (size_t b = f0; b < nfc; b++) {
            const char *fk = r[fc[b].rep].skel;
            if (cmp_block(fk, sk) > 0 && !block_reaches(sk, fk))
                break;
            if (!surnames_match(sk, fk))
                continue;
            int exact = !strcmp(sk, fk);
            size_t j = fc[b].best;
            if (best == (size_t)-1 || exact > best_exact ||
                (exact == best_exact && (size[root[j]] > size[root[best]] ||
                                         (size[root[j]] == size[root[best]] && j < best)))) {
                best = j;
                best_exact = exact;
            }
        }
        sc[a].best = best;
        if (best == (size_t)-1)
            continue;
        /* the documents where the surname has a title, once per class;
         * and no search at all when one person bears it in full */
        size_t nt = 0;
        int several = several_bearers(r, full, fc, f0, nfc, sk);
        for (size_t x = sc[a].lo; several && x < sc[a].hi; x++)
            if (r[single[x]].flags & NP_MENTION_TITLED)
                titled[nt++] = r[single[x]].doc;
        qsort(titled, nt, sizeof *titled, cmp_int);
        for (size_t x = sc[a].lo; x < sc[a].hi; x++) {
            if (several)
                note_home(r, full, fc, f0, nfc, single[x], best, size, root, titled, nt);
            unite(r, single[x], best);
        }
    }
    /* singles no full name claims: linked to the spelling variants that
     * follow them (a claimed variant only when one of its mentions comes
     * after an unclaimed one) */
    for (size_t a = 0; a < nsc; a++) {
        if (sc[a].best != (size_t)-1)
            continue;
        unite_class(r, single, &sc[a]);
        const char *sk = r[sc[a].rep].skel;
        size_t b0 = a;
        while (b0 > 0 && block_reaches(r[sc[b0 - 1].rep].skel, sk))
            b0--;
        for (size_t b = b0; b < nsc; b++) {
            const char *bk = r[sc[b].rep].skel;
            if (b > a && !block_reaches(sk, bk))
                break;
            if (b == a || !surnames_match(sk, bk))
                continue;
            if (sc[b].best == (size_t)-1 || sc[b].maxrec > sc[a].rep)
                unite(r, sc[a].rep, sc[b].rep);
        }
    }
    st = NP_OK;
out:
    np_free(fc);
    np_free(sc);
    np_free(size);
    np_free(root);
    np_free(full);
    np_free(single);
    np_free(titled);
    return st;
}

/* The last word of record x's name tells a company's trade ("Korvo
 * Mobility"). */
static int company_named(const rec *x)
{
    return x->n_words >= 2 && x->type == NP_ENT_ORG && x->last && np_lex_is_company_head(x->last, strlen(x->last));
}

/* 2f. A company named by its first word ("Korvo said", "at Korvo" beside
 *     "Korvo Mobility"): a one-word name, no place's, that opens the name
 *     of exactly one company named by its trade (company_named()) and
 *     joins no one named in full, joins that company.  Trade words only:
 *     "Duke" beside "Duke Energy" may be a university, "Meyer" beside
 *     "Meyer Group" a person (tried with every body word, 2026-12-06). */
static np_status link_company_short(rec *r, size_t n)
{
    np_u64map first;
    np_u64map_init(&first);
    for (size_t i = 0; i < n; i++) {
        if (!company_named(&r[i]) || !r[i].first || !r[i].first[0])
            continue;
        uint64_t *v = np_u64map_slot(&first, word_hash(r[i].first, strlen(r[i].first)));
        if (!v) {
            np_u64map_free(&first);
            return NP_ENOMEM;
        }
        size_t root = find_root(r, i);
        if (!*v)
            *v = root + 1;
        else if (*v != UINT64_MAX && find_root(r, (size_t)(*v - 1)) != root)
            *v = UINT64_MAX; /* two companies open on the word */
    }
    unsigned char *full = np_calloc(n ? n : 1, 1); /* roots holding a name of two words or more */
    if (!full) {
        np_u64map_free(&first);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        if (r[i].n_words >= 2)
            full[find_root(r, i)] = 1;
    for (size_t i = 0; i < n; i++) {
        if (r[i].n_words != 1 || r[i].place_id || (r[i].flags & NP_MENTION_ACRONYM) || !r[i].key[0] ||
            full[find_root(r, i)])
            continue;
        const uint64_t *v = np_u64map_get(&first, word_hash(r[i].key, strlen(r[i].key)));
        if (v && *v && *v != UINT64_MAX)
            unite(r, i, (size_t)(*v - 1));
    }
    np_free(full);
    np_u64map_free(&first);
    return NP_OK;
}

/* 2b. A one-word place the texts have speak ("Lyons said") whose name
 *     is the surname of one person the story names in full ("spokeswoman
 *     Michelle Lyons") is that person, in every mention of the word:
 *     places do not talk, and the one person of that name is the likely
 *     speaker.  A capital speaking for its government ("Moscow said")
 *     names no one's surname and stays a place; so does a word the story
 *     also uses as a place without a speech verb ("in Houston"); a
 *     surname two people of the story share links to neither. */
static np_status link_speaking_places(rec *r, size_t n)
{
    np_u64map person; /* hash of a full name's folded last word -> 1 + record, or UINT64_MAX: two people */
    np_u64map_init(&person);
    int any = 0;
    for (size_t i = 0; i < n && !any; i++)
        any = r[i].speaks;
    for (size_t i = 0; i < n && any; i++) {
        if (r[i].type != NP_ENT_PERSON || r[i].n_words < 2 || r[i].junior)
            continue;
        uint64_t *v = np_u64map_slot(&person, word_hash(r[i].last, strlen(r[i].last)));
        if (!v) {
            np_u64map_free(&person);
            return NP_ENOMEM;
        }
        if (!*v)
            *v = i + 1;
        else if (*v != UINT64_MAX && find_root(r, (size_t)(*v - 1)) != find_root(r, i))
            *v = UINT64_MAX;
    }
    /* a word the story also uses as a place otherwise ("in Houston") is that place */
    np_u64map silent;
    np_u64map_init(&silent);
    for (size_t i = 0; i < n && any; i++)
        if (r[i].type == NP_ENT_PLACE && r[i].n_words == 1 && !r[i].speaks) {
            uint64_t *v = np_u64map_slot(&silent, word_hash(r[i].key, strlen(r[i].key)));
            if (!v) {
                np_u64map_free(&silent);
                np_u64map_free(&person);
                return NP_ENOMEM;
            }
            *v = 1;
        }
    unsigned char *joined = any ? np_calloc(n + 1, 1) : NULL; /* 1: joined a person; 2: a root of such */
    if (any && !joined) {
        np_u64map_free(&silent);
        np_u64map_free(&person);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n && any; i++) {
        if (!r[i].speaks || r[i].type != NP_ENT_PLACE || r[i].n_words != 1 ||
            np_u64map_get(&silent, word_hash(r[i].key, strlen(r[i].key))))
            continue;
        uint64_t *v = np_u64map_get(&person, word_hash(r[i].key, strlen(r[i].key)));
        if (!v || *v == UINT64_MAX)
            continue;
        unite(r, i, (size_t)(*v - 1));
        joined[i] = 1;
    }
    /* the place's mentions joined to a person are that person's: every
     * one-word place of the classes the joined records ended in (bit 2) */
    for (size_t i = 0; i < n && any; i++)
        if (joined[i] & 1)
            joined[find_root(r, i)] |= 2;
    for (size_t i = 0; i < n && any; i++)
        if (r[i].type == NP_ENT_PLACE && r[i].n_words == 1 && (joined[find_root(r, i)] & 2)) {
            r[i].type = NP_ENT_PERSON;
            r[i].place_id = 0;
        }
    np_free(joined);
    np_u64map_free(&silent);
    np_u64map_free(&person);
    return NP_OK;
}

/* 2c. A one-word name that is no person nor body, nor a place the
 *     gazetteers know ("Hormozgan", "in Akhal"), whose word opens the one
 *     province-like division the story names in full ("Hormozgan
 *     Province", np_lex_is_state_division()), is that division: the short
 *     form of its name.  A county's first word is most often its town's
 *     name ("Uvalde" beside "Uvalde County"), and joins nothing; a word
 *     whose class already holds a person or a longer name ("Harris" with
 *     "Kamala Harris") is someone's. */
static np_status link_division_names(rec *r, size_t n)
{
    np_u64map division; /* hash of the division's first word -> 1 + record, or UINT64_MAX: two divisions */
    np_u64map_init(&division);
    for (size_t i = 0; i < n; i++) {
        if (r[i].type != NP_ENT_PLACE || r[i].n_words != 2 || !np_lex_is_state_division(r[i].last, strlen(r[i].last)))
            continue;
        uint64_t *v = np_u64map_slot(&division, word_hash(r[i].first, strlen(r[i].first)));
        if (!v) {
            np_u64map_free(&division);
            return NP_ENOMEM;
        }
        if (!*v)
            *v = i + 1;
        else if (*v != UINT64_MAX && find_root(r, (size_t)(*v - 1)) != find_root(r, i))
            *v = UINT64_MAX;
    }
    /* a one-word name whose class holds a person or a longer name ("Kamala
     * Harris" and "Harris" already one) is someone's, not the division's */
    unsigned char *taken = division.count ? np_calloc(n + 1, 1) : NULL;
    if (division.count && !taken) {
        np_u64map_free(&division);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n && taken; i++)
        if (r[i].type == NP_ENT_PERSON || r[i].n_words >= 2)
            taken[find_root(r, i)] = 1;
    for (size_t i = 0; i < n && taken; i++) {
        if ((r[i].type != NP_ENT_OTHER && r[i].type != NP_ENT_PLACE) || r[i].n_words != 1 || r[i].place_id ||
            (r[i].flags & NP_MENTION_ACRONYM) || taken[find_root(r, i)])
            continue;
        uint64_t *v = np_u64map_get(&division, word_hash(r[i].key, strlen(r[i].key)));
        if (!v || *v == UINT64_MAX)
            continue;
        unite(r, i, (size_t)(*v - 1));
        r[i].type = NP_ENT_PLACE;
    }
    np_free(taken);
    np_u64map_free(&division);
    return NP_OK;
}

static int cmp_fskel(const void *pa, const void *pb, void *ctx)
{
    const rec *r = ctx;
    int c = strcmp(r[*(const size_t *)pa].fskel, r[*(const size_t *)pb].fskel);
    return c ? c : (*(const size_t *)pa > *(const size_t *)pb) - (*(const size_t *)pa < *(const size_t *)pb);
}

/* The groups a full name claims (one holding a name of two words or
 * more), a byte per root: a new array the caller frees, NULL on ENOMEM.
 * Read before 3c joins anything. */
static unsigned char *claimed_groups(rec *r, size_t n)
{
    unsigned char *claimed = np_calloc(n ? n : 1, 1);
    for (size_t i = 0; i < n && claimed; i++)
        if (r[i].n_words >= 2)
            claimed[find_root(r, i)] = 1;
    return claimed;
}

/* Record i is a single name of a person (or of no type) no full name
 * claimed yet: what 3c may join to a full name. */
static int unclaimed_single(rec *r, size_t i, const unsigned char *claimed)
{
    return r[i].n_words == 1 && person_like(&r[i]) && !(r[i].flags & NP_MENTION_ACRONYM) && !claimed[find_root(r, i)];
}

#define FAMILY_PEOPLE 8   /* people of one family name told apart by documents */
#define FAMILY_DOC_PAIRS 64 /* (person, document) pairs looked at */
#define FAMILY_DOMINANT 2 /* documents naming the main one, per document naming any other */

/* The person a lone family name means among the full names idx[lo..m)
 * starting with it: the only one, or the one the story is about - named in
 * at least FAMILY_DOMINANT times as many documents as all the others
 * together ("Kim" in five reports naming Kim Jong Un, one of which recalls
 * Kim Il-sung), provided each other one is named once, in a document
 * naming the main one too (a report naming the leader's sister means her
 * by "Ms. Park"); (size_t)-1 when the name stays ambiguous. */
static size_t family_root(rec *r, const size_t *idx, size_t lo, size_t m, const char *skel, int *dominant)
{
    *dominant = 0;
    size_t root[FAMILY_PEOPLE], docs[FAMILY_PEOPLE], recs[FAMILY_PEOPLE], nr = 0, np = 0;
    struct { size_t root; int doc; } pair[FAMILY_DOC_PAIRS];
    for (size_t x = lo; x < m && !strcmp(r[idx[x]].fskel, skel); x++) {
        size_t rt = find_root(r, idx[x]), k = 0;
        while (k < nr && root[k] != rt)
            k++;
        if (k == nr) {
            if (nr == FAMILY_PEOPLE)
                return (size_t)-1;
            root[nr] = rt;
            recs[nr] = 0;
            docs[nr++] = 0;
        }
        recs[k]++;
        int seen = 0;
        for (size_t y = 0; y < np && !seen; y++)
            seen = pair[y].root == rt && pair[y].doc == r[idx[x]].doc;
        if (seen)
            continue;
        if (np == FAMILY_DOC_PAIRS)
            return (size_t)-1;
        pair[np].root = rt;
        pair[np++].doc = r[idx[x]].doc;
        docs[k]++;
    }
    if (nr <= 1)
        return nr ? root[0] : (size_t)-1;
    size_t best = 0, rest = 0;
    for (size_t k = 1; k < nr; k++)
        if (docs[k] > docs[best])
            best = k;
    for (size_t k = 0; k < nr; k++)
        rest += k == best ? 0 : docs[k];
    if (docs[best] < FAMILY_DOMINANT * rest)
        return (size_t)-1;
    /* the others named once in passing (a grandfather recalled), not
     * people the story follows (a leader's sister quoted) */
    for (size_t k = 0; k < nr; k++)
        if (k != best && recs[k] > 1)
            return (size_t)-1;
    *dominant = 1;
    for (size_t y = 0; y < np; y++) {
        if (pair[y].root == root[best])
            continue;
        int with_main = 0;
        for (size_t z = 0; z < np && !with_main; z++)
            with_main = pair[z].root == root[best] && pair[z].doc == pair[y].doc;
        if (!with_main)
            return (size_t)-1;
    }
    return root[best];
}

/* Is a member of group g (lone family names) written, in its document,
 * shortly after a full name of that family other than the main person's
 * (root main) - the one it means there ("Pak Yo Ra, the leader's sister,
 * issued a statement. ... Pak said")?  A father recalled paragraphs
 * earlier ("under Kim Jong-il's rule") is not who "Kim" means.  The full
 * names are idx[lo..m) of skeleton skel. */
#define FAMILY_NEAR_BYTES 400
static int after_other_full_name(rec *r, size_t n, size_t g, const size_t *idx, size_t lo, size_t m,
                                 const char *skel, size_t main)
{
    for (size_t j = 0; j < n; j++) {
        if (find_root(r, j) != g)
            continue;
        size_t near = (size_t)-1;
        for (size_t x = lo; x < m && !strcmp(r[idx[x]].fskel, skel); x++) {
            const rec *f = &r[idx[x]];
            if (f->doc == r[j].doc && f->start < r[j].start && (near == (size_t)-1 || f->start > r[near].start))
                near = idx[x];
        }
        if (near != (size_t)-1 && find_root(r, near) != main && r[j].start - r[near].start <= FAMILY_NEAR_BYTES)
            return 1;
    }
    return 0;
}

/* 3c. East Asian names put the family name first: "Mr. Kim" is "Kim Jong
 *     Un", "Moon" is "Moon Jae-in".  A single name no full name claims
 *     (its group holds no name of two words or more) joins the one person
 *     whose name of three or more words starts with it and goes on with
 *     short given-name syllables; two such people leave it alone unless
 *     the story is about one of them (family_root()). */
static np_status link_family_first(rec *r, size_t n)
{
    size_t *idx = np_malloc((n ? n : 1) * sizeof *idx);
    unsigned char *claimed = claimed_groups(r, n);
    unsigned char *verdict = np_calloc(n ? n : 1, 1); /* per group root: 1 may join the main person, 2 not */
    if (!idx || !claimed || !verdict) {
        np_free(idx);
        np_free(claimed);
        np_free(verdict);
        return NP_ENOMEM;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (r[i].family_first && r[i].type == NP_ENT_PERSON)
            idx[m++] = i;
    qsort_r(idx, m, sizeof *idx, cmp_fskel, r);
    for (size_t i = 0; i < n && m; i++) {
        if (!unclaimed_single(r, i, claimed))
            continue;
        size_t lo = 0, hi = m;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (strcmp(r[idx[mid]].fskel, r[i].skel) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        int dominant;
        size_t root = family_root(r, idx, lo, m, r[i].skel, &dominant), gi = find_root(r, i);
        if (root != (size_t)-1 && dominant && !verdict[gi])
            verdict[gi] = after_other_full_name(r, n, gi, idx, lo, m, r[i].skel, root) ? 2 : 1;
        if (root != (size_t)-1 && (!dominant || verdict[gi] == 1)) {
            unite(r, i, root); /* the single's group stays unclaimed: its later members find the same root */
            verdict[find_root(r, i)] = verdict[gi];
        }
    }
    np_free(verdict);
    np_free(idx);
    np_free(claimed);
    return NP_OK;
}

static int cmp_place(const void *pa, const void *pb, void *ctx)
{
    const rec *r = ctx;
    long a = r[*(const size_t *)pa].place_id, b = r[*(const size_t *)pb].place_id;
    return a < b ? -1 : a > b;
}

/* Initials of a record: of its capitalised words, or (all) of every word. */
typedef struct ini_ctx {
    const rec *r;
    int all;
} ini_ctx;

static const char *ini_of(const ini_ctx *c, size_t i)
{
    return c->all ? c->r[i].initials_all : c->r[i].initials;
}

static int cmp_initials(const void *pa, const void *pb, void *ctx)
{
    return strcmp(ini_of(ctx, *(const size_t *)pa), ini_of(ctx, *(const size_t *)pb));
}

/* An acronym some outlets write as a word ("Nafta", "Opec"): one word of
 * four letters or more, not typed a person or a place; it is linked only
 * to a name whose initials it spells exactly. */
static int word_acronym(const rec *r)
{
    size_t n = strlen(r->name);
    if (r->n_words != 1 || n < 4 || r->type == NP_ENT_PERSON || r->type == NP_ENT_PLACE)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((r->name[i] >= 'a' && r->name[i] <= 'z') || (r->name[i] >= 'A' && r->name[i] <= 'Z')))
            return 0;
    return 1;
}

/* Acronyms (not yet in done[]) and the multi-word names whose initials
 * (ini_ctx.all: with joiners) they spell; a linked acronym is marked in
 * done[]. */
static np_status link_acronyms(rec *r, size_t n, int all, unsigned char *done)
{
    size_t *idx = np_malloc((n ? n : 1) * sizeof *idx);
    if (!idx)
        return NP_ENOMEM;
    ini_ctx c = {r, all};
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (r[i].n_words >= 2)
            idx[m++] = i;
    qsort_r(idx, m, sizeof *idx, cmp_initials, &c);
    unsigned char *linked = np_calloc(m ? m : 1, 1);
    if (!linked) {
        np_free(idx);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        if (!(r[i].flags & NP_MENTION_ACRONYM || word_acronym(&r[i])) || done[i])
            continue;
        char acr[32]; /* "u.n" → "un" */
        size_t al = 0;
        for (const char *p = r[i].key; *p && al + 1 < sizeof acr; p++)
            if (*p != '.')
                acr[al++] = *p;
        acr[al] = '\0';
        size_t lo = 0, hi = m;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (strcmp(ini_of(&c, idx[mid]), acr) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        /* the name it spells: a body's before anything else's, a person's
         * last ("WH" is the White House, not a "Witch Hunt" nor a
         * Wendell H- of the same text); two names of one kind that are not
         * one name leave it unlinked, as do names of one kind it cannot
         * tell apart */
        size_t hi2 = lo;
        while (hi2 < m && !strcmp(ini_of(&c, idx[hi2]), acr))
            hi2++;
        size_t pick = SIZE_MAX;
        int pick_rank = 0, ambiguous = 0;
        for (size_t x = lo; x < hi2; x++) {
            const rec *t = &r[idx[x]];
            int rank = t->type == NP_ENT_ORG ? 3 : t->type == NP_ENT_PERSON ? 1 : 2;
            if (pick == SIZE_MAX || rank > pick_rank) {
                pick = x;
                pick_rank = rank;
                ambiguous = 0;
            } else if (rank == pick_rank && strcmp(t->key, r[idx[pick]].key) != 0 &&
                       find_root(r, idx[x]) != find_root(r, idx[pick]))
                ambiguous = 1;
        }
        if (pick == SIZE_MAX || ambiguous)
            continue;
        /* a range is linked once, by the first acronym that spells it: its
         * names written alike are one */
        if (!linked[pick])
            for (size_t x = lo; x < hi2; x++)
                if (x != pick && !strcmp(r[idx[x]].key, r[idx[pick]].key))
                    unite(r, idx[pick], idx[x]);
        linked[pick] = 1;
        unite(r, i, idx[pick]);
        done[i] = 1;
    }
    np_free(linked);
    np_free(idx);
    return NP_OK;
}

/* 3c. a given name alone ("Melania", "Emmanuel", "Xi" of "Xi Jinping")
 * is the one person of the story whose full name opens with it, when no
 * other full name does and no person's last name is that word ("Vladimir"
 * beside two Vladimirs stays apart; "Ross" may be a surname).  Only a name
 * no full name claimed yet: its group holds no name of several words. */
static np_status link_given_names(rec *r, size_t n)
{
    np_u64map first, last;
    np_u64map_init(&first);
    np_u64map_init(&last);
    unsigned char *multi = claimed_groups(r, n);
    np_status st = multi ? NP_OK : NP_ENOMEM;
    for (size_t i = 0; i < n && st == NP_OK; i++) {
        if (r[i].n_words < 2 || r[i].type != NP_ENT_PERSON || !r[i].first[0])
            continue;
        uint64_t *l = np_u64map_slot(&last, word_hash(r[i].last, strlen(r[i].last)));
        uint64_t *f = l ? np_u64map_slot(&first, word_hash(r[i].first, strlen(r[i].first))) : NULL;
        if (!f) {
            st = NP_ENOMEM;
            break;
        }
        *l = 1;
        uint64_t root = find_root(r, i) + 1;
        *f = !*f || *f == root ? root : UINT64_MAX; /* UINT64_MAX: several people */
    }
    for (size_t i = 0; i < n && st == NP_OK; i++) {
        if (!unclaimed_single(r, i, multi) || !r[i].key[0])
            continue;
        uint64_t h = word_hash(r[i].key, strlen(r[i].key));
        const uint64_t *f = np_u64map_get(&first, h);
        if (f && *f != UINT64_MAX && !np_u64map_get(&last, h))
            unite(r, i, (size_t)(*f - 1));
    }
    np_free(multi);
    np_u64map_free(&first);
    np_u64map_free(&last);
    return st;
}

/* 3b. places of one gazetteer synonym set ("Kyiv", "Kiev"); 4. acronyms
 *     and the multi-word names whose initials they spell, anywhere in the
 *     story ("ASSO"; failing that with the joiners, "DOJ").  All by
 *     sorting, not by pairs. */
static np_status link_places_acronyms(rec *r, size_t n)
{
    size_t *idx = np_malloc((n ? n : 1) * sizeof *idx);
    unsigned char *done = np_calloc(n ? n : 1, 1);
    if (!idx || !done) {
        np_free(idx);
        np_free(done);
        return NP_ENOMEM;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (r[i].place_id)
            idx[m++] = i;
    qsort_r(idx, m, sizeof *idx, cmp_place, r);
    for (size_t i = 1; i < m; i++)
        if (r[idx[i]].place_id == r[idx[i - 1]].place_id)
            unite(r, idx[i - 1], idx[i]);
    np_free(idx);
    np_status st = link_acronyms(r, n, 0, done);
    if (st == NP_OK)
        st = link_acronyms(r, n, 1, done);
    np_free(done);
    return st;
}

/* A name written in capital letters only ("NATO", "FBI"). */
static int in_caps(const char *name)
{
    int letters = 0;
    for (const char *p = name; *p; p++) {
        if (*p >= 'a' && *p <= 'z')
            return 0;
        letters += *p >= 'A' && *p <= 'Z';
    }
    return letters > 0;
}

/* 6. A body named with its place and without it ("the Boston Red Sox" /
 *    "the Red Sox", "the Detroit Pistons" / "the Pistons", "the Washington
 *    Post" / "the Post"): an organisation or an untyped name whose first
 *    words are a place the story names as a place, and whose other words are
 *    another record's whole name, is that record's body, when no second
 *    place-led name ends with the same words ("the New York Times" and "the
 *    Los Angeles Times" leave "the Times" alone). */
static np_status link_place_prefixed(rec *r, size_t n)
{
    np_u64map places, tails, heads;
    np_u64map_init(&places);
    np_u64map_init(&tails);
    np_u64map_init(&heads);
    np_status st = NP_OK;
    for (size_t i = 0; i < n && st == NP_OK; i++) {
        uint64_t *v = NULL;
        if (r[i].type == NP_ENT_PLACE)
            v = np_u64map_slot(&places, np_hash64(r[i].key, strlen(r[i].key), 0));
        else if (r[i].type == NP_ENT_ORG || r[i].type == NP_ENT_OTHER)
            v = np_u64map_slot(&tails, np_hash64(r[i].key, strlen(r[i].key), 0));
        else
            continue;
        if (!v)
            st = NP_ENOMEM;
        else if (!*v)
            *v = i + 1; /* the first record of that name */
    }
    /* pass 0 counts the place-led names of each tail; pass 1 links */
    for (int pass = 0; pass < 2 && st == NP_OK; pass++)
        for (size_t i = 0; i < n && st == NP_OK; i++) {
            if ((r[i].type != NP_ENT_ORG && r[i].type != NP_ENT_OTHER) || r[i].n_words < 2)
                continue;
            const char *k = r[i].key;
            for (const char *sp = strchr(k, ' '); sp; sp = strchr(sp + 1, ' ')) {
                if (!np_u64map_get(&places, np_hash64(k, (size_t)(sp - k), 0)))
                    continue;
                uint64_t th = np_hash64(sp + 1, strlen(sp + 1), 0), *t = np_u64map_get(&tails, th);
                const char *last = strrchr(r[i].name, ' ');
                if (!t || np_u64map_get(&places, th) || in_caps(last ? last + 1 : r[i].name))
                    continue; /* "Palmer, Alaska": a place in a place; "Russia NATO
                               * tensions": two names side by side */
                uint64_t *h = np_u64map_slot(&heads, th);
                if (!h) {
                    st = NP_ENOMEM;
                    break;
                }
                uint64_t me = np_hash64(k, strlen(k), 1) | 1;
                if (pass == 0)
                    *h = !*h || *h == me ? me : 2; /* 2: two place-led names */
                else if (*h == me)
                    unite(r, i, (size_t)(*t - 1));
                break;
            }
        }
    np_u64map_free(&places);
    np_u64map_free(&tails);
    np_u64map_free(&heads);
    return st;
}

static int cmp_key(const void *pa, const void *pb, void *ctx)
{
    const rec *r = ctx;
    return strcmp(r[*(const size_t *)pa].key, r[*(const size_t *)pb].key);
}

typedef struct group {
    size_t root;
    size_t count;
} group;

static int cmp_group(const void *pa, const void *pb)
{
    const group *a = pa, *b = pb;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return a->root < b->root ? -1 : a->root > b->root ? 1 : 0;
}

static void drop_common(np_entity_linker *lk, rec *r, size_t n);

/* 1. same folded name (sorted, so linear after the sort); an expansion
 *    and the "(ACR)" that follows it.  same_key[i]: how many records share
 *    record i's key (the canonical name prefers frequent spellings). */
static np_status link_same_names(rec *r, size_t n, size_t *same_key)
{
    size_t *order = np_malloc((n ? n : 1) * sizeof *order);
    if (!order)
        return NP_ENOMEM;
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    qsort_r(order, n, sizeof *order, cmp_key, r);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && !strcmp(r[order[i]].key, r[order[j]].key))
            j++;
        for (size_t k = i; k < j; k++) {
            same_key[order[k]] = j - i;
            if (k > i && r[order[i]].n_words > 0)
                unite(r, order[i], order[k]);
        }
        i = j;
    }
    np_free(order);
    for (size_t i = 0; i + 1 < n; i++)
        if ((r[i].flags & NP_MENTION_EXPANDS) && r[i + 1].doc == r[i].doc && (r[i + 1].flags & NP_MENTION_ACRONYM))
            unite(r, i, i + 1);
    return NP_OK;
}

/* Is name written in capitals, and no acronym ("UAE": one word of three
 * letters or fewer; dotted "U.S.A.")? */
static int in_capitals(const char *name)
{
    size_t n = strlen(name), letters = 0;
    for (size_t i = 0; i < n; i++) {
        if ((name[i] >= 'a' && name[i] <= 'z') || name[i] == '.')
            return 0;
        letters += name[i] >= 'A' && name[i] <= 'Z';
    }
    return letters >= 2 && (strchr(name, ' ') || n > 3);
}

/* A place's name written in capitals ("WASHINGTON", "SAN DIEGO", "SÃO
 * PAULO": a dispatch's dateline, in_capitals()) in the usual case, in
 * arena a; the name itself on ENOMEM.  Letters of Latin-1 (UTF-8 0xC3
 * 0x80-0x9E) are lowered too; other bytes are kept. */
static const char *place_case(np_arena *a, const char *name)
{
    size_t n = strlen(name);
    char *out = np_arena_strndup(a, name, n);
    if (!out)
        return name;
    int word_start = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)out[i];
        if (ch == ' ' || ch == '-') {
            word_start = 1;
            continue;
        }
        if (ch == 0xC3 && i + 1 < n) {
            unsigned char nx = (unsigned char)out[i + 1];
            if (!word_start && nx >= 0x80 && nx <= 0x9E && nx != 0x97)
                out[i + 1] = (char)(nx + 0x20);
            i++;
        } else if (ch >= 'A' && ch <= 'Z' && !word_start) {
            out[i] = (char)(ch - 'A' + 'a');
        }
        word_start = 0;
    }
    /* particles inside a name stay lower case ("Isle of Man",
     * "Port-au-Prince") */
    static const char *const particles[] = {"of", "the", "and", "au", "aux", "de", "des", "du", "la", "le", "les",
                                            "upon", "on", "sur", "en", "da", "di", "del", NULL};
    for (size_t i = 1; i < n; i++) {
        if (out[i - 1] != ' ' && out[i - 1] != '-')
            continue;
        size_t e = i;
        while (e < n && out[e] != ' ' && out[e] != '-')
            e++;
        for (size_t k = 0; particles[k]; k++)
            if (strlen(particles[k]) == e - i && !strncasecmp(out + i, particles[k], e - i) && e < n)
                out[i] = (char)tolower((unsigned char)out[i]);
    }
    return out;
}

/* The variant of entity e's records recs[0..n) that writes canonical name
 * name in mixed case ("McAllen" beside "MCALLEN"), or NULL. */
static const char *mixed_case_variant(const rec *r, const size_t *recs, size_t n, const char *name)
{
    for (size_t x = 0; x < n; x++) {
        const char *v = r[recs[x]].name;
        if (!v || strcasecmp(v, name) != 0)
            continue;
        for (const char *p = v; *p; p++)
            if (*p >= 'a' && *p <= 'z')
                return v;
    }
    return NULL;
}

/* Entity e's distinct documents, canonical name and type, from its records
 * recs[0..e->n_variants); a place named in capitals gets another outlet's
 * spelling or the usual case.  doc_stamp (one slot per document) is scratch
 * stamped with stamp; a is the arena of new names. */
static void describe_entity(np_entity *e, const rec *r, const size_t *recs, const size_t *same_key, size_t root,
                            const np_u64map *nation_bases, size_t *doc_stamp, size_t stamp, np_arena *a)
{
    size_t votes[4] = {0}, titled_person = 0;
    int state = 0; /* a variant is a name nation_bases holds */
    const rec *canon = NULL;
    size_t canon_count = 0, nd = 0;
    for (size_t x = 0; x < e->n_variants; x++) {
        size_t d = (size_t)e->variants[x].doc_index;
        if (doc_stamp[d] != stamp) {
            doc_stamp[d] = stamp;
            nd++;
        }
    }
    e->n_docs = nd;
    for (size_t x = 0; x < e->n_variants; x++) {
        size_t i = recs[x];
        votes[r[i].type] += (r[i].flags & NP_MENTION_TITLED) ? 3 : 1;
        titled_person += r[i].type == NP_ENT_PERSON && (r[i].flags & NP_MENTION_TITLED);
        state |= r[i].n_words == 1 && !(r[i].flags & NP_MENTION_ACRONYM) &&
                 np_u64map_get(nation_bases, word_hash(r[i].name, strlen(r[i].name)));
        /* canonical: the most frequent multi-word name, then the longest */
        if (r[i].flags & NP_MENTION_ACRONYM)
            continue;
        size_t same = same_key[i];
        size_t wi = (size_t)r[i].n_words;
        if (!canon || (wi >= 2) > (canon->n_words >= 2) ||
            ((wi >= 2) == (canon->n_words >= 2) &&
             (same > canon_count || (same == canon_count && strlen(r[i].name) > strlen(canon->name))))) {
            canon = &r[i];
            canon_count = same;
        }
    }
    if (!canon)
        canon = &r[root];
    e->canonical = canon->name;
    np_entity_type t = NP_ENT_OTHER;
    size_t best = 0;
    for (int x = 1; x < 4; x++)
        if (votes[x] > best) {
            best = votes[x];
            t = (np_entity_type)x;
        }
    /* a gazetteer place named by its own name stays a place whatever the
     * votes ("WASHINGTON" typed ORG in a headline) */
    if (canon->place_id)
        t = NP_ENT_PLACE;
    /* a company named by its trade stays one though "Korvo said" voted
     * its short name a person */
    else if (company_named(canon))
        t = NP_ENT_ORG;
    /* a one-word name the story also turns into a nationality adjective
     * ("Duravian officials") or gives a border or a capital is a state,
     * though "Duravia said" voted it a person; not when someone is titled
     * with it ("President Voss") */
    else if (state && !titled_person && canon->n_words == 1)
        t = NP_ENT_PLACE; /* not "Vernon Jordan" beside "Jordanian officials" */
    e->type = t;
    if (t == NP_ENT_PLACE && in_capitals(e->canonical)) {
        const char *mixed = mixed_case_variant(r, recs, e->n_variants, e->canonical);
        e->canonical = mixed ? mixed : place_case(a, e->canonical);
    }
}

/* The entity record i is listed under: its union's, or its home's when
 * its own document gives it to another person (note_home()), unless a
 * later pass joined the two anyway. */
static size_t group_root(rec *r, size_t i)
{
    return r[i].home != SIZE_MAX ? find_root(r, r[i].home) : find_root(r, i);
}

/* One entity per union-find root, biggest first, its variants in insertion
 * order; r[i].entity set. */
static np_status build_entities(np_entity_linker *lk, rec *r, size_t n, const size_t *same_key)
{
    np_status st = NP_ENOMEM;
    size_t max_doc = 0;
    for (size_t i = 0; i < n; i++)
        if ((size_t)r[i].doc > max_doc)
            max_doc = (size_t)r[i].doc;
    group *g = np_calloc(n ? n : 1, sizeof *g);
    size_t *gi = np_malloc((n ? n : 1) * sizeof *gi); /* root → group index */
    size_t *fill = np_calloc(n ? n : 1, sizeof *fill);
    size_t *rec_of = np_malloc((n ? n : 1) * sizeof *rec_of);
    size_t *off = np_malloc((n ? n : 1) * sizeof *off);
    size_t *doc_stamp = np_calloc(max_doc + 1, sizeof *doc_stamp);
    if (!g || !gi || !fill || !rec_of || !off || !doc_stamp)
        goto out;
    size_t ng = 0;
    for (size_t i = 0; i < n; i++)
        if (find_root(r, i) == i)
            g[ng++].root = i;
    for (size_t k = 0; k < ng; k++)
        gi[g[k].root] = k;
    for (size_t i = 0; i < n; i++)
        g[gi[group_root(r, i)]].count++;
    qsort(g, ng, sizeof *g, cmp_group);
    for (size_t k = 0; k < ng; k++)
        gi[g[k].root] = k;
    lk->ents = np_arena_alloc(&lk->arena, (ng ? ng : 1) * sizeof *lk->ents);
    if (!lk->ents)
        goto out;
    lk->n_ents = ng;
    for (size_t k = 0, acc = 0; k < ng; k++) {
        np_entity_variant *v = np_arena_alloc(&lk->arena, g[k].count * sizeof *v);
        if (!v)
            goto out;
        lk->ents[k].variants = v;
        off[k] = acc;
        acc += g[k].count;
    }
    /* one pass fills the variants (insertion order); rec_of lists each
     * entity's records contiguously (group k starts at off[k]) */
    for (size_t i = 0; i < n; i++) {
        size_t k = gi[group_root(r, i)];
        np_entity *e = &lk->ents[k];
        rec_of[off[k] + fill[k]] = i;
        np_entity_variant *v = (np_entity_variant *)&e->variants[fill[k]++];
        r[i].entity = (long)k;
        v->doc_index = r[i].doc;
        v->start = r[i].start;
        v->end = r[i].end;
        v->name_start = r[i].name_start;
        v->name_end = r[i].name_end;
        v->surface = r[i].surface;
        v->name = r[i].name;
    }
    for (size_t k = 0; k < ng; k++) {
        lk->ents[k].n_variants = fill[k];
        describe_entity(&lk->ents[k], r, rec_of + off[k], same_key, g[k].root, &lk->nation_bases, doc_stamp, k + 1,
                        &lk->arena);
    }
    st = NP_OK;
out:
    np_free(g);
    np_free(gi);
    np_free(fill);
    np_free(rec_of);
    np_free(off);
    np_free(doc_stamp);
    return st;
}

np_status np_entity_linker_finish(np_entity_linker *lk)
{
    if (!lk || lk->finished)
        return NP_EINVAL;
    lk->finished = 1;
    rec *r = lk->r;
    size_t n = lk->n;
    for (size_t i = 0; i < n; i++) {
        r[i].parent = i;
        r[i].home = SIZE_MAX;
        r[i].entity = -1;
        np_status st = make_keys(lk, &r[i]);
        if (st != NP_OK)
            return st;
    }
    size_t *same_key = np_calloc(n ? n : 1, sizeof *same_key);
    if (!same_key)
        return NP_ENOMEM;
    np_status st = link_same_names(r, n, same_key);
    if (st == NP_OK)
        st = link_full_names(r, n);
    if (st == NP_OK)
        st = link_glued_article(r, n);
    if (st == NP_OK)
        st = link_single_names(r, n);
    if (st == NP_OK)
        st = link_speaking_places(r, n);
    if (st == NP_OK)
        st = link_division_names(r, n);
    if (st == NP_OK)
        st = link_family_first(r, n);
    if (st == NP_OK)
        st = link_given_names(r, n);
    if (st == NP_OK)
        st = link_places_acronyms(r, n);
    if (st == NP_OK)
        st = link_place_prefixed(r, n);
    if (st == NP_OK)
        st = link_company_short(r, n);
    if (st == NP_OK)
        st = build_entities(lk, r, n, same_key);
    np_free(same_key);
    if (st != NP_OK)
        return st;
    drop_common(lk, r, n);
    lk->by_pos = np_malloc((n ? n : 1) * sizeof *lk->by_pos);
    if (!lk->by_pos)
        return NP_ENOMEM;
    for (size_t i = 0; i < n; i++)
        lk->by_pos[i] = i;
    qsort_r(lk->by_pos, n, sizeof *lk->by_pos, cmp_pos, r);
    return NP_OK;
}

/* Remove the entities whose one-word name the texts also write in lower
 * case; their mentions look up as -1, the others keep their order.  The
 * candidates' hashes go in a small open-addressing table, then one pass
 * over the recorded lower-case words marks the ones that occur. */
static void drop_common(np_entity_linker *lk, rec *r, size_t n)
{
    if (!lk->n_ents || !lk->n_lower)
        return;
    size_t cap = 16;
    while (cap < lk->n_ents * 2)
        cap *= 2;
    uint64_t *tab = np_calloc(cap, sizeof *tab);
    unsigned char *hit = np_calloc(cap, 1);
    long *map = np_malloc(lk->n_ents * sizeof *map);
    if (!tab || !hit || !map) {
        np_free(tab);
        np_free(hit);
        np_free(map);
        return; /* keeping them is the safe side */
    }
    for (size_t k = 0; k < lk->n_ents; k++) {
        uint64_t h = common_candidate(&lk->ents[k]);
        size_t j = h & (cap - 1);
        while (h && tab[j] && tab[j] != h)
            j = (j + 1) & (cap - 1);
        if (h)
            tab[j] = h;
    }
    for (size_t i = 0; i < lk->n_lower; i++) {
        uint64_t h = lk->lower[i];
        for (size_t j = h & (cap - 1); tab[j]; j = (j + 1) & (cap - 1))
            if (tab[j] == h) {
                hit[j] = 1;
                break;
            }
    }
    size_t w = 0;
    for (size_t k = 0; k < lk->n_ents; k++) {
        uint64_t h = common_candidate(&lk->ents[k]);
        size_t j = h & (cap - 1);
        while (h && tab[j] != h)
            j = (j + 1) & (cap - 1);
        if (h && hit[j]) {
            map[k] = -1;
            continue;
        }
        map[k] = (long)w;
        lk->ents[w++] = lk->ents[k];
    }
    lk->n_ents = w;
    for (size_t i = 0; i < n; i++)
        if (r[i].entity >= 0)
            r[i].entity = map[r[i].entity];
    np_free(tab);
    np_free(hit);
    np_free(map);
}

size_t np_entity_linker_count(const np_entity_linker *lk)
{
    return lk ? lk->n_ents : 0;
}

const np_entity *np_entity_linker_get(const np_entity_linker *lk, size_t i)
{
    return lk && i < lk->n_ents ? &lk->ents[i] : NULL;
}

long np_entity_linker_lookup(const np_entity_linker *lk, int doc_index, size_t start)
{
    if (!lk || !lk->by_pos)
        return -1;
    size_t lo = 0, hi = lk->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const rec *m = &lk->r[lk->by_pos[mid]];
        if (m->doc < doc_index || (m->doc == doc_index && m->start < start))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < lk->n) {
        const rec *m = &lk->r[lk->by_pos[lo]];
        if (m->doc == doc_index && m->start == start)
            return m->entity;
    }
    return -1;
}
