/*
 * compare/names.c — transliteration-neutral person-name identity (see
 * names.h).  Why a second pass after the linker: the linker's edit distance
 * counts letters, while transliterations of one name differ in digraphs (a
 * Polish "szcz" is an English "shch"), so distance grows with the number of
 * such sounds in the name even though every outlet means the same person.
 */
#include "compare/names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/mem.h"
#include "core/unionfind.h"
#include "extract/entity.h"

#define NAME_WORDS 4 /* words compared from the end of a name */
#define SKEL_CAP 48

/* Lower-case ASCII of w with accents stripped; other code points kept as
 * UTF-8.  Returns the length written (at most cap - 1). */
static size_t fold_word(const char *w, size_t n, char *out, size_t cap)
{
    size_t o = 0, i = 0;
    while (i < n && o + 4 < cap) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)w + i, (utf8proc_ssize_t)(n - i), &cp);
        if (r <= 0) {
            i++;
            continue;
        }
        i += (size_t)r;
        if (cp == 0x0142 || cp == 0x0141) /* ł has no decomposition */
            cp = 'l';
        utf8proc_int32_t dec[8];
        int last = 0;
        utf8proc_ssize_t m = utf8proc_decompose_char(cp, dec, 8, UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE,
                                                     &last);
        if (m < 0 || m > 8) {
            dec[0] = cp;
            m = 1;
        }
        for (utf8proc_ssize_t k = 0; k < m && o + 4 < cap; k++) {
            utf8proc_int32_t c = dec[k];
            if (c >= 'A' && c <= 'Z')
                c += 32;
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                    out[o++] = (char)c;
            } else {
                o += (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)out + o);
            }
        }
    }
    out[o] = '\0';
    return o;
}

void np_name_surname_key(const char *name, char out[48])
{
    out[0] = '\0';
    if (!name)
        return;
    size_t n = strlen(name);
    while (n && !isalnum((unsigned char)name[n - 1]) && !((unsigned char)name[n - 1] & 0x80))
        n--;
    size_t b = n;
    while (b && name[b - 1] != ' ')
        b--;
    size_t len = n - b < 47 ? n - b : 47;
    for (size_t i = 0; i < len; i++)
        out[i] = (char)tolower((unsigned char)name[b + i]);
    out[len] = '\0';
}

void np_speaker_surname_key(const char *speaker, int group, char out[48])
{
    if (!group || !speaker) {
        np_name_surname_key(speaker, out);
        return;
    }
    /* "A, B and C": the first member ends at the first ", " or " and " */
    const char *comma = strstr(speaker, ", "), *and = strstr(speaker, " and ");
    const char *cut = comma && (!and || comma < and) ? comma : and;
    size_t n = cut ? (size_t)(cut - speaker) : strlen(speaker);
    char first[128];
    if (n >= sizeof first)
        n = sizeof first - 1;
    memcpy(first, speaker, n);
    first[n] = '\0';
    np_name_surname_key(first, out);
}

size_t np_name_skeleton(const char *w, size_t n, char *out, size_t cap)
{
    if (!out || !cap)
        return 0;
    out[0] = '\0';
    if (!w || cap < 2)
        return 0;
    char f[SKEL_CAP * 2];
    size_t fn = fold_word(w, n, f, sizeof f);
    size_t o = 0;
    for (size_t i = 0; i < fn && o + 3 < cap;) {
        char c = f[i], d = i + 1 < fn ? f[i + 1] : '\0';
        char r[3] = {c, 0, 0};
        size_t step = 1;
        if ((c == 's' || c == 'z' || c == 'k' || c == 'g' || c == 't' || c == 'c') && d == 'h') {
            /* sh zh gh th; ch → k; kh → h ("Mukhtar" / "Muhtar", as the linker) */
            r[0] = c == 'c' ? 'k' : c == 'k' ? 'h' : c;
            step = 2;
        } else if ((c == 's' || c == 'c') && d == 'z') {
            r[0] = c == 'c' ? 'k' : 's'; /* Polish sz, cz */
            step = 2;
        } else if (c == 'p' && d == 'h') {
            r[0] = 'f';
            step = 2;
        } else if (c == 'o' && d == 'u') {
            r[0] = 'u';
            step = 2;
        } else if (c == 'w') {
            r[0] = 'v';
        } else if (c == 'y' || c == 'j') {
            r[0] = 'i';
        } else if (c == 'c' || c == 'q') {
            r[0] = 'k';
        } else if (c == 'x') {
            r[0] = 'k';
            r[1] = 's';
        }
        for (int k = 0; k < 2 && r[k]; k++)
            if (!o || out[o - 1] != r[k] || (unsigned char)r[k] >= 0x80)
                out[o++] = r[k];
        i += step;
    }
    out[o] = '\0';
    return o;
}

typedef struct pname {
    char sk[NAME_WORDS][SKEL_CAP]; /* skeletons, sk[0] = last word */
    size_t off[NAME_WORDS];        /* byte offset of each of those words */
    size_t nw;                     /* words in the name */
    char first[SKEL_CAP];          /* skeleton of the first word */
    int junior;                    /* ends in "Jr." or "Sr." */
} pname;

static int is_sep(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Length of name s[0..n) without a generational suffix (" Jr.", ", Sr",
 * " III"); *junior set for Jr./Sr., which name another person than the
 * same name without it (a father and son), while II/III/IV are how one
 * person's name is written in full. */
static size_t strip_suffix(const char *s, size_t n, int *junior)
{
    static const char *const k[] = {"Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV"};
    *junior = 0;
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        size_t l = strlen(k[i]);
        if (n <= l + 1 || memcmp(s + n - l, k[i], l) != 0 || (s[n - l - 1] != ' ' && s[n - l - 1] != ','))
            continue;
        size_t e = n - l;
        while (e && (s[e - 1] == ' ' || s[e - 1] == ','))
            e--;
        if (!e || !memchr(s, ' ', e))
            return n; /* "Jr" alone is no name */
        *junior = k[i][0] == 'J' || k[i][0] == 'S';
        return e;
    }
    return n;
}

static void parse_name(const char *s, pname *p)
{
    memset(p, 0, sizeof *p);
    if (!s)
        return;
    size_t n = strip_suffix(s, strlen(s), &p->junior);
    /* words from the end */
    size_t e = n;
    while (e > 0) {
        while (e > 0 && is_sep(s[e - 1]))
            e--;
        if (!e)
            break;
        size_t b = e;
        while (b > 0 && !is_sep(s[b - 1]))
            b--;
        if (p->nw < NAME_WORDS) {
            np_name_skeleton(s + b, e - b, p->sk[p->nw], SKEL_CAP);
            p->off[p->nw] = b;
        }
        np_name_skeleton(s + b, e - b, p->first, SKEL_CAP);
        p->nw++;
        e = b;
    }
}

/* Levenshtein distance of two short strings, capped at 3. */
static size_t edit3(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > lb ? la - lb > 2 : lb - la > 2)
        return 3;
    size_t prev[SKEL_CAP + 1], cur[SKEL_CAP + 1];
    if (la > SKEL_CAP || lb > SKEL_CAP)
        return 3;
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t v = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < v)
                v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            cur[j] = v;
        }
        memcpy(prev, cur, (lb + 1) * sizeof *prev);
    }
    return prev[lb] > 3 ? 3 : prev[lb];
}

/* Skeletons a and b are a man's and a woman's form of one name: one is the
 * other and a final "a" or "e" ("Daniel" / "Daniele", "Eric" / "Erica"), or
 * a final "o" against "a" or "e" ("Mario" / "Maria"). */
static int gendered_pair(const char *a, size_t la, const char *b, size_t lb)
{
    if (la + 1 == lb && !strncmp(a, b, la) && (b[lb - 1] == 'a' || b[lb - 1] == 'e'))
        return 1;
    if (lb + 1 == la && !strncmp(a, b, lb) && (a[la - 1] == 'a' || a[la - 1] == 'e'))
        return 1;
    /* "-o" against "-a" or "-e"; "Sophie" / "Sophia" are one woman's */
    return la == lb && !strncmp(a, b, la - 1) && a[la - 1] != b[lb - 1] && (a[la - 1] == 'o' || b[lb - 1] == 'o') &&
           strchr("aeo", a[la - 1]) && strchr("aeo", b[lb - 1]);
}

/* First names of one person: same skeleton, an initial, or one slip in a
 * name of four letters or more ("Bohdan" / "Bogdan", "Ihor" / "Igor") that
 * does not make a man's name a woman's (gendered_pair()). */
static int first_compatible(const char *a, const char *b)
{
    if (!a[0] || !b[0])
        return 0;
    if (strcmp(a, b) == 0)
        return 1;
    if ((!a[1] || !b[1]) && a[0] == b[0])
        return 1;
    size_t la = strlen(a), lb = strlen(b);
    if (la < 4 || lb < 4 || a[0] != b[0] || edit3(a, b) > 1 || gendered_pair(a, la, b, lb) ||
        np_given_names_apart(a, b))
        return 0; /* "Paul" / "Paula", "Mario" / "Maria", "Mara" / "Mira": names of their own */
    return 1;
}

/* 1 when the shorter name's words (>= 2) are the tail of the longer one's. */
static int tail_of(const pname *lng, const pname *sht)
{
    if (sht->nw < 2 || sht->nw >= lng->nw || sht->nw > NAME_WORDS)
        return 0;
    for (size_t k = 0; k < sht->nw; k++)
        if (!sht->sk[k][0] || strcmp(lng->sk[k], sht->sk[k]) != 0)
            return 0;
    return 1;
}

static int same_parsed(const pname *a, const pname *b)
{
    if (!a->nw || !b->nw || !a->sk[0][0] || strcmp(a->sk[0], b->sk[0]) != 0)
        return 0;
    if (a->junior != b->junior)
        return 0; /* "Donald Trump Jr." is not "Donald Trump" */
    if (a->nw == 1 || b->nw == 1)
        return 1;
    return first_compatible(a->first, b->first) || tail_of(a, b) || tail_of(b, a);
}

#define ARTICLE_REST_MIN 4 /* letters of a family name after an article set aside */

/* The skeleton of name s's last word into out, and into bare the same
 * without an article written apart from it ("Al Rashidi", "al-Rashidi":
 * *apart set), else the whole skeleton. */
static void surname_skeleton(const char *s, char out[SKEL_CAP], char bare[SKEL_CAP], int *apart)
{
    size_t n = strlen(s);
    while (n && (is_sep(s[n - 1]) || s[n - 1] == ',' || s[n - 1] == '.'))
        n--;
    size_t b = n;
    while (b && !is_sep(s[b - 1]))
        b--;
    np_name_skeleton(s + b, n - b, out, SKEL_CAP);
    int art = n - b > 3 && (s[b] == 'a' || s[b] == 'A' || s[b] == 'e' || s[b] == 'E') && s[b + 1] == 'l';
    if (art && s[b + 2] == '-') { /* "al-Rashidi" */
        np_name_skeleton(s + b + 3, n - b - 3, bare, SKEL_CAP);
        *apart = 1;
        return;
    }
    memcpy(bare, out, SKEL_CAP);
    *apart = b >= 3 && (s[b - 3] == 'a' || s[b - 3] == 'A' || s[b - 3] == 'e' || s[b - 3] == 'E') &&
             s[b - 2] == 'l' && (b == 3 || is_sep(s[b - 4])); /* "Al Rashidi" */
}

/* Skeleton x with the article glued to it ("alrashidi") is y, the same
 * surname without it. */
static int glued_article(const char *x, const char *y)
{
    size_t k = strlen(x);
    return k >= 2 + ARTICLE_REST_MIN && (x[0] == 'a' || x[0] == 'e') && x[1] == 'l' && !strcmp(x + 2, y);
}

int np_names_same_surname(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    char sa[SKEL_CAP], sb[SKEL_CAP], ba[SKEL_CAP], bb[SKEL_CAP];
    int pa, pb;
    surname_skeleton(a, sa, ba, &pa);
    surname_skeleton(b, sb, bb, &pb);
    if (!sa[0] || !sb[0])
        return 0;
    /* "Alrashidi" is "al-Rashidi" or "Al Rashidi"; against a surname
     * written without any article ("Rashidi") only when no given names
     * tell two people apart ("Ann Albright" is not "Tom Bright") */
    if (!strcmp(sa, sb) || (pa && pb && !strcmp(ba, bb)) || (pb && glued_article(sa, bb)) ||
        (pa && glued_article(sb, ba)))
        return 1;
    const char *ga = strchr(a, ' '), *gb = strchr(b, ' ');
    if (ga && gb && tolower((unsigned char)a[0]) != tolower((unsigned char)b[0]))
        return 0;
    return glued_article(sa, bb) || glued_article(sb, ba);
}

int np_names_same_person(const char *a, const char *b)
{
    pname pa, pb;
    parse_name(a, &pa);
    parse_name(b, &pb);
    return same_parsed(&pa, &pb);
}

size_t np_name_suffix_of(const char *name, const char *known)
{
    pname pa, pb;
    parse_name(name, &pa);
    parse_name(known, &pb);
    if (!tail_of(&pa, &pb))
        return 0;
    return pa.off[pb.nw - 1];
}

typedef struct nkey {
    const char *sk;
    uint32_t i;
} nkey;

static int cmp_nkey(const void *x, const void *y)
{
    const nkey *a = x, *b = y;
    int c = strcmp(a->sk, b->sk);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}


/* a and b, one person by same_parsed(), are so on their first names
 * alone, spelled apart and neither an initial: what the caller's apart()
 * may still tell two people. */
static int spelled_apart(const pname *a, const pname *b)
{
    return a->first[0] && b->first[0] && a->first[1] && b->first[1] && strcmp(a->first, b->first) != 0 &&
           !tail_of(a, b) && !tail_of(b, a);
}

np_status np_names_group(const char *const *names, size_t n, np_names_apart_fn apart, const void *ctx,
                         uint32_t **group)
{
    if (!group)
        return NP_EINVAL;
    *group = np_malloc((n + 1) * sizeof **group);
    pname *p = np_malloc((n + 1) * sizeof *p);
    nkey *k = np_malloc((n + 1) * sizeof *k);
    if (!*group || !p || !k) {
        np_free(*group);
        *group = NULL;
        np_free(p);
        np_free(k);
        return NP_ENOMEM;
    }
    uint32_t *g = *group;
    for (size_t i = 0; i < n; i++) {
        g[i] = (uint32_t)i;
        parse_name(names[i], &p[i]);
        k[i] = (nkey){p[i].sk[0], (uint32_t)i};
    }
    if (n > 1)
        qsort(k, n, sizeof *k, cmp_nkey);
    /* only names sharing a last-word skeleton can be one person: compare
     * within those blocks */
    for (size_t lo = 0; lo < n;) {
        size_t hi = lo + 1;
        while (hi < n && strcmp(k[hi].sk, k[lo].sk) == 0)
            hi++;
        if (k[lo].sk[0]) {
            for (size_t a = lo; a < hi; a++)
                for (size_t b = a + 1; b < hi; b++) {
                    const pname *pa = &p[k[a].i], *pb = &p[k[b].i];
                    if (pa->nw >= 2 && pb->nw >= 2 && same_parsed(pa, pb) &&
                        !(apart && spelled_apart(pa, pb) && apart(ctx, k[a].i, k[b].i)))
                        np_uf_join(g, k[a].i, k[b].i);
                }
            /* a surname alone: only when one full-name cluster claims it */
            for (size_t a = lo; a < hi; a++) {
                if (p[k[a].i].nw != 1)
                    continue;
                uint32_t root = UINT32_MAX;
                int ambiguous = 0;
                for (size_t b = lo; b < hi && !ambiguous; b++) {
                    /* "Trump" alone is the father's name, not "Trump Jr." */
                    if (p[k[b].i].nw < 2 || p[k[b].i].junior)
                        continue;
                    uint32_t r = np_uf_find(g, k[b].i);
                    if (root == UINT32_MAX)
                        root = r;
                    else if (r != root)
                        ambiguous = 1;
                }
                if (root != UINT32_MAX && !ambiguous)
                    np_uf_join(g, k[a].i, root);
            }
        }
        lo = hi;
    }
    for (size_t i = 0; i < n; i++)
        g[i] = np_uf_find(g, (uint32_t)i);
    np_free(p);
    np_free(k);
    return NP_OK;
}
