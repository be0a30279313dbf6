/*
 * ingest/lang.c — language identification with libexttextcat (see lang.h).
 *
 * We drive libexttextcat's public fingerprint API (fingerprint.h) rather than
 * textcat_Classify(): reading fpdb.conf ourselves lets us skip languages with
 * no ISO 639-1 code (Scots, for one, ties with English on short news text and
 * could not be reported anyway), compare the last winner first so that its
 * score becomes a tight cutoff for the rest, and judge "clearly best" from the
 * scores instead of textcat's bracketed candidate string.
 */
#include "ingest/lang.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <utf8proc.h>

#include <fingerprint.h>

#include "core/mem.h"

/* Doc profile size: textcat uses 400 n-grams for a whole document; on a 2 KB
 * sample 200 gave the same answers on our checks for half the compare cost. */
#define DOC_NGRAMS 200
/* Fingerprint files hold 400 ranked n-grams. */
#define CAT_NGRAMS 400
/* Fewer letters than this is too little evidence (a headline word, a number). */
#define MIN_LETTERS 24
/* A runner-up within this factor of the best score makes the guess unsure. */
#define CLEAR_MARGIN 1.02

typedef struct lang_fp {
    void *fp;     /* libexttextcat fingerprint (fp_Init/fp_Read/fp_Done) */
    char code[8]; /* ISO 639-1 */
} lang_fp;

struct np_langid {
    lang_fp *langs;
    size_t n, cap;
    size_t last; /* index of the last winner: compared first */
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
    for (size_t i = 0; i < lid->n; i++)
        fp_Done(lid->langs[i].fp);
    np_free(lid->langs);
    np_free(lid);
}

size_t np_langid_count(const np_langid *lid)
{
    return lid ? lid->n : 0;
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

/* Load one fingerprint named in the conf; a file that fails to load is
 * skipped (NP_OK) so one damaged model costs only its language. */
static np_status add_lang(np_langid *lid, const char *dir, const char *file, const char *name)
{
    char code[8];
    if (!np_langid_code_of(name, code))
        return NP_OK;
    char path[4096];
    int w = snprintf(path, sizeof path, "%s/%s", dir, file);
    if (w < 0 || (size_t)w >= sizeof path)
        return NP_OK;
    if (lid->n == lid->cap) {
        size_t ncap = lid->cap ? lid->cap * 2 : 64;
        lang_fp *p = np_realloc(lid->langs, ncap * sizeof *p);
        if (!p)
            return NP_ENOMEM;
        lid->langs = p;
        lid->cap = ncap;
    }
    /* fp_Read reports a missing file on stderr itself; library code here
     * must stay quiet, so look first. */
    if (access(path, R_OK) != 0)
        return NP_OK;
    void *fp = fp_Init(name);
    if (!fp)
        return NP_ENOMEM;
    if (!fp_Read(fp, path, CAT_NGRAMS)) {
        fp_Done(fp);
        return NP_OK;
    }
    lid->langs[lid->n].fp = fp;
    memcpy(lid->langs[lid->n].code, code, sizeof code);
    lid->n++;
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

/* Largest m <= n such that s[0..m) does not end inside a UTF-8 sequence:
 * textcat's n-grams are UTF-8 aware and read a whole sequence from its lead
 * byte, so a sequence cut by the sample (or a stray lead byte in input that
 * was not sanitized) must not reach it. */
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
    size_t n = len < NP_LANGID_SAMPLE ? len : NP_LANGID_SAMPLE;
    n = whole_chars(utf8, n);
    if (count_letters(utf8, n, MIN_LETTERS) < MIN_LETTERS)
        return NP_OK;
    void *doc = fp_Init(NULL);
    if (!doc)
        return NP_ENOMEM;
    if (!fp_Create(doc, utf8, (uint4)n, DOC_NGRAMS)) {
        fp_Done(doc);
        return NP_OK; /* too little to go on */
    }
    /* Lower scores are better.  `second` is the best score of a language with
     * a different code than the current winner; anything above it cannot
     * change the verdict, so it is the cutoff for the remaining compares. */
    int best = INT_MAX, second = INT_MAX;
    size_t start = lid->last < lid->n ? lid->last : 0, bi = start;
    for (size_t k = 0; k < lid->n; k++) {
        size_t j = k == 0 ? start : (k == start ? 0 : k);
        int s = fp_Compare(lid->langs[j].fp, doc, second);
        if (s < best) {
            if (best != INT_MAX && strcmp(lid->langs[j].code, lid->langs[bi].code) != 0)
                second = best;
            best = s;
            bi = j;
        } else if (s < second && strcmp(lid->langs[j].code, lid->langs[bi].code) != 0) {
            second = s;
        }
    }
    fp_Done(doc);
    if (best == INT_MAX)
        return NP_OK;
    lid->last = bi;
    if (second != INT_MAX && (double)second < (double)best * CLEAR_MARGIN)
        return NP_OK;
    memcpy(out, lid->langs[bi].code, sizeof lid->langs[bi].code);
    return NP_OK;
}
