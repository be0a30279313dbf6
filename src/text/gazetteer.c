/* text/gazetteer.c — place-name set from WordNet noun.location plus a
 * built-in list (see gazetteer.h).  Open-addressing hash set of folded
 * names; strings live in the gazetteer's arena. */
#include "text/gazetteer.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/rescache.h"

typedef struct strset {
    const char **slots; /* NULL = empty */
    long *vals;         /* per slot: a value (place synonym-set id) */
    uint64_t *hashes;   /* per slot: name_hash of the name (no strlen per probe) */
    size_t cap;         /* power of two */
    size_t count;
} strset;

/* The gazetteer while it is built from the source files; then serialised
 * (gz_serialise) into the compact form np_gazetteer reads. */
typedef struct gz_build {
    np_arena arena;
    strset places;
    strset common; /* lower-case WordNet lemmas: ordinary English words */
    strset orgs;   /* capitalised noun.group lemmas ("NATO", "Hamas") */
    strset people; /* capitalised noun.person lemmas ("Putin", "Lincoln") */
    strset minor;  /* iso-codes subdivisions WordNet lacks ("Baja California",
                    * "Lara"): places only with support, see gazetteer.h */
    strset kinds;  /* capitalised noun.person lemmas of classes, not individuals
                    * ("Honduran", "Muslim", "Republican", "Londoner") */
    strset acronyms; /* acronyms of common nouns ("TV", "GDP", "CEO"), see common_acronym_synset() */
    strset acr_ok, acr_bad; /* while building: acronyms seen in a synset that makes them common,
                             * and in one that does not */
} gz_build;

/* Fallback when WordNet is absent: countries, capitals, large regions and
 * the common short forms newswire uses for them. */
static const char *const k_builtin[] = {
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia",
    "Brazil", "Bulgaria", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia",
    "Congo", "Croatia", "Cuba", "Cyprus", "Czechia", "Czech Republic", "Denmark", "Ecuador", "Egypt",
    "Estonia", "Ethiopia", "Finland", "France", "Georgia", "Germany", "Ghana", "Greece", "Hungary",
    "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan",
    "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Libya",
    "Lithuania", "Luxembourg", "Malaysia", "Mali", "Mexico", "Moldova", "Mongolia", "Montenegro",
    "Morocco", "Myanmar", "Nepal", "Netherlands", "New Zealand", "Nigeria", "North Korea",
    "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Peru", "Philippines", "Poland",
    "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Serbia", "Singapore",
    "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "Spain", "Sri Lanka", "Sudan",
    "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Tunisia",
    "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Kingdom", "United States", "Uruguay",
    "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Bahamas", "Barbados",
    "Belize", "Benin", "Bhutan", "Botswana", "Brunei", "Burkina Faso", "Burundi", "Costa Rica",
    "Djibouti", "Dominican Republic", "El Salvador", "Eritrea", "Eswatini", "Fiji", "Gabon",
    "Gambia", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Ivory Coast", "Jamaica",
    "Lesotho", "Liberia", "Liechtenstein", "Madagascar", "Malawi", "Malta", "Mauritania",
    "Mauritius", "Monaco", "Mozambique", "Namibia", "Nicaragua", "Niger", "North Macedonia",
    "Papua New Guinea", "Paraguay", "San Marino", "Senegal", "Sierra Leone", "South Sudan",
    "Suriname", "Timor-Leste", "Togo", "Trinidad and Tobago", "United Arab Emirates", "US", "USA", "UK",
    "U.S", "U.S.A", "U.K",
    "Britain", "Great Britain", "England", "Scotland", "Wales", "America", "Europe", "Asia",
    "Africa", "Middle East", "Kabul", "Tirana", "Algiers", "Yerevan",
    "Canberra", "Vienna", "Baku", "Minsk", "Brussels", "Sofia", "Ottawa", "Beijing", "Zagreb",
    "Havana", "Nicosia", "Prague", "Copenhagen", "Cairo", "Tallinn", "Helsinki", "Paris", "Tbilisi",
    "Berlin", "Athens", "Budapest", "Reykjavik", "New Delhi", "Delhi", "Jakarta", "Tehran",
    "Baghdad", "Dublin", "Jerusalem", "Tel Aviv", "Rome", "Tokyo", "Amman", "Astana", "Nairobi",
    "Bishkek", "Riga", "Beirut", "Tripoli", "Vilnius", "Chisinau", "Ulaanbaatar", "Rabat",
    "Amsterdam", "The Hague", "Wellington", "Abuja", "Pyongyang", "Oslo", "Islamabad", "Manila",
    "Warsaw", "Lisbon", "Doha", "Bucharest", "Moscow", "Riyadh", "Belgrade", "Bratislava",
    "Ljubljana", "Seoul", "Madrid", "Stockholm", "Bern", "Geneva", "Damascus", "Taipei", "Dushanbe",
    "Bangkok", "Ankara", "Istanbul", "Ashgabat", "Kyiv", "Kiev", "London", "Washington",
    "Tashkent", "Caracas", "Hanoi", "New York", "Gaza", "West Bank", "St Petersburg",
    "Saint Petersburg", "Hong Kong", "Shanghai", "Dubai", "Abu Dhabi", "Los Angeles", "Chicago",
    "Sydney", "Toronto", "Mumbai", "Karachi", "Lagos", "Johannesburg", "Cape Town",
};

static int ascii_eq_fold(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x == '_')
            x = ' ';
        if (y == '_')
            y = ' ';
        if (x != y)
            return 0;
    }
    return 1;
}

/* Hash over the name with '_' read as ' '. */
static uint64_t name_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '_')
            c = ' ';
        h = (h ^ c) * 1099511628211ULL;
    }
    return np_hash_mix64(h);
}

/* Slot index of name (hash h), or -1.  The stored hash is compared first;
 * the bytes only on a hash match (a stored name shorter than n differs at
 * its NUL, which no name contains). */
static long set_find_h(const strset *set, const char *name, size_t n, uint64_t h)
{
    if (!set->cap || n == 0)
        return -1;
    size_t j = h & (set->cap - 1);
    while (set->slots[j]) {
        const char *s = set->slots[j];
        if (set->hashes[j] == h && ascii_eq_fold(s, name, n) && s[n] == '\0')
            return (long)j;
        j = (j + 1) & (set->cap - 1);
    }
    return -1;
}

static long set_find(const strset *set, const char *name, size_t n)
{
    return set->cap && n ? set_find_h(set, name, n, name_hash(name, n)) : -1;
}

static int set_has(const strset *set, const char *name, size_t n)
{
    return set_find(set, name, n) >= 0;
}

/* Double the table (or make the first one of `cap` slots). */
static int grow(strset *gz, size_t first)
{
    size_t cap = gz->cap ? gz->cap * 2 : first;
    const char **slots = np_calloc(cap, sizeof *slots);
    long *vals = np_calloc(cap, sizeof *vals);
    uint64_t *hashes = np_calloc(cap, sizeof *hashes);
    if (!slots || !vals || !hashes) {
        np_free(slots);
        np_free(vals);
        np_free(hashes);
        return 0;
    }
    for (size_t i = 0; i < gz->cap; i++) {
        if (!gz->slots[i])
            continue;
        size_t j = gz->hashes[i] & (cap - 1);
        while (slots[j])
            j = (j + 1) & (cap - 1);
        slots[j] = gz->slots[i];
        vals[j] = gz->vals[i];
        hashes[j] = gz->hashes[i];
    }
    np_free(gz->slots);
    np_free(gz->vals);
    np_free(gz->hashes);
    gz->slots = slots;
    gz->vals = vals;
    gz->hashes = hashes;
    gz->cap = cap;
    return 1;
}

/* Add name with value val (an existing name keeps its value). */
static int set_add_val(strset *gz, np_arena *arena, const char *name, size_t n, long val)
{
    if (n == 0)
        return 1;
    uint64_t h = name_hash(name, n);
    if (set_find_h(gz, name, n, h) >= 0)
        return 1;
    if ((gz->count + 1) * 2 > gz->cap && !grow(gz, 1024))
        return 0;
    char *s = np_arena_strndup(arena, name, n);
    if (!s)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '_')
            s[i] = ' ';
    size_t j = h & (gz->cap - 1);
    while (gz->slots[j])
        j = (j + 1) & (gz->cap - 1);
    gz->slots[j] = s;
    gz->vals[j] = val;
    gz->hashes[j] = h;
    gz->count++;
    return 1;
}

static int set_add(strset *gz, np_arena *arena, const char *name, size_t n)
{
    return set_add_val(gz, arena, name, n, 0);
}

static int add(gz_build *gz, const char *name, size_t n, long id)
{
    return set_add_val(&gz->places, &gz->arena, name, n, id);
}

static long b_place_id(const gz_build *gz, const char *name, size_t n)
{
    long j = set_find(&gz->places, name, n);
    if (j >= 0)
        return gz->places.vals[j];
    j = set_find(&gz->minor, name, n);
    return j >= 0 ? gz->minor.vals[j] : 0;
}

static int b_has_common(const void *gz, const char *w, size_t n)
{
    return set_has(&((const gz_build *)gz)->common, w, n);
}

/* w[0..n) or a simple inflection of it (-s -es -ies -d -ed -ing) is in the
 * lower-case word set `has` looks up. */
static int common_word(const void *set, int (*has)(const void *, const char *, size_t), const char *w, size_t n)
{
    if (n == 0 || n >= 64)
        return 0;
    char b[64];
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 0x80)
            return 0;
        b[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    b[n] = '\0';
    if (has(set, b, n))
        return 1;
    if (n > 3 && b[n - 1] == 's' && has(set, b, n - 1))
        return 1;
    if (n > 4 && b[n - 2] == 'e' && b[n - 1] == 's' && has(set, b, n - 2))
        return 1;
    if (n > 4 && !strcmp(b + n - 3, "ies")) {
        b[n - 3] = 'y';
        if (has(set, b, n - 2))
            return 1;
        b[n - 3] = 'i';
    }
    if (n > 3 && b[n - 1] == 'd' && (has(set, b, n - 1) || (b[n - 2] == 'e' && has(set, b, n - 2))))
        return 1;
    if (n > 5 && !strcmp(b + n - 3, "ing")) {
        if (has(set, b, n - 3))
            return 1;
        b[n - 3] = 'e';
        if (has(set, b, n - 2))
            return 1;
    }
    return 0;
}

/* Spelling variants of one place (general transliteration pairs and old
 * names): the variant shares the id of its main form. */
static const char *const k_synonyms[][2] = {
    {"Kyiv", "Kiev"},       {"Kyyiv", "Kiev"},       {"Odesa", "Odessa"},   {"Donbass", "Donbas"},
    {"Kharkov", "Kharkiv"}, {"Lvov", "Lviv"},        {"Kishinev", "Chisinau"}, {"Burma", "Myanmar"},
    {"Czech Republic", "Czechia"}, {"Byelorussia", "Belarus"}, {"St Petersburg", "Saint Petersburg"},
    {"Britain", "United Kingdom"}, {"Great Britain", "United Kingdom"}, {"UK", "United Kingdom"},
    {"U.K", "United Kingdom"}, {"US", "United States"}, {"USA", "United States"},
    {"U.S", "United States"}, {"U.S.A", "United States"}, {"Bombay", "Mumbai"}, {"Peking", "Beijing"},
    {"Kirghizia", "Kyrgyzstan"}, {"Kyrgyz Republic", "Kyrgyzstan"},
};

/* ---- iso-codes (Debian package iso-codes) ---------------------------------
 * iso_3166-1.json lists every country with "name", and where they differ
 * "common_name" ("Russia" beside "Russian Federation") and "official_name";
 * iso_3166-2.json lists their subdivisions (states, provinces, counties).
 * The files are pretty-printed JSON with one "key": "value" per line and no
 * escapes, so a line scanner reads them in a few milliseconds. */

#define ISO_DIR "/usr/share/iso-codes/json"
#define ISO_MAX (4u << 20)

/* Whole file into a NUL-terminated heap buffer, or NULL (absent, too big). */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *b = np_malloc(ISO_MAX + 1);
    size_t n = b ? fread(b, 1, ISO_MAX, f) : 0;
    int big = b && n == ISO_MAX;
    fclose(f);
    if (!b || big) {
        np_free(b);
        return NULL;
    }
    b[n] = '\0';
    *len = n;
    return b;
}

/* The value of a `"key": "value"` line starting at p (one of the keys
 * given), or 0.  Names with commas, brackets or escapes ("Korea, Republic
 * of") are inverted or annotated forms no text uses: skipped. */
static size_t iso_value(const char *p, const char *end, const char *const *keys, size_t nk, const char **v)
{
    while (p < end && *p == ' ')
        p++;
    for (size_t k = 0; k < nk; k++) {
        size_t kl = strlen(keys[k]);
        if ((size_t)(end - p) < kl + 6 || p[0] != '"' || memcmp(p + 1, keys[k], kl) || p[kl + 1] != '"' ||
            memcmp(p + kl + 2, ": \"", 3))
            continue;
        const char *s = p + kl + 5, *q = s;
        while (q < end && *q != '"' && *q != '\n')
            q++;
        if (q >= end || *q != '"')
            return 0;
        for (const char *x = s; x < q; x++)
            if (*x == ',' || *x == '(' || *x == '[' || *x == '\\' || *x == ';')
                return 0;
        *v = s;
        return (size_t)(q - s);
    }
    return 0;
}

/* One iso file: each {...} entry's names become one place (one id: the
 * id a name already has, WordNet's synset, else a fresh negative id).
 * Subdivision names that are ordinary English words ("Centre", "North")
 * are left out: as places they would swallow common capitalised words. */
static int load_iso(gz_build *gz, const char *path, int subdivisions, long *next)
{
    static const char *const country_keys[] = {"name", "common_name", "official_name"};
    static const char *const sub_keys[] = {"name"};
    size_t len = 0;
    char *buf = slurp(path, &len);
    if (!buf)
        return 1; /* absent: WordNet and the built-in list still work */
    const char *names[4];
    size_t lens[4], nn = 0;
    int ok = 1;
    for (const char *p = buf, *end = buf + len; ok && p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *t = p;
        while (t < le && *t == ' ')
            t++;
        const char *v;
        size_t vl = subdivisions ? iso_value(t, le, sub_keys, 1, &v) : iso_value(t, le, country_keys, 3, &v);
        if (vl >= 3 && nn < 4) {
            names[nn] = v;
            lens[nn++] = vl;
        }
        if (t < le && *t == '}') { /* end of an entry */
            long id = 0;
            for (size_t i = 0; i < nn && !id; i++)
                id = b_place_id(gz, names[i], lens[i]);
            for (size_t i = 0; i < nn && ok; i++) {
                if (subdivisions && !memchr(names[i], ' ', lens[i]) && gz->common.count &&
                    common_word(gz, b_has_common, names[i], lens[i]))
                    continue;
                if (!id)
                    id = (*next)--;
                if (!subdivisions || set_has(&gz->places, names[i], lens[i]))
                    ok = add(gz, names[i], lens[i], id);
                else
                    ok = set_add_val(&gz->minor, &gz->arena, names[i], lens[i], id);
            }
            nn = 0;
        }
        p = le + 1;
    }
    np_free(buf);
    return ok;
}

static int add_iso(gz_build *gz, long *next)
{
    return load_iso(gz, ISO_DIR "/iso_3166-1.json", 0, next) && load_iso(gz, ISO_DIR "/iso_3166-2.json", 1, next);
}

/* Built-in names go in after WordNet's (which keep their synset ids); names
 * WordNet lacks get fresh negative ids; variants share their main form's. */
static int add_builtin(gz_build *gz, long *nextp)
{
    long next = *nextp;
    for (size_t i = 0; i < sizeof k_builtin / sizeof *k_builtin; i++)
        if (!add(gz, k_builtin[i], strlen(k_builtin[i]), next--))
            return 0;
    for (size_t i = 0; i < sizeof k_synonyms / sizeof *k_synonyms; i++) {
        const char *v = k_synonyms[i][0], *m = k_synonyms[i][1];
        long id = b_place_id(gz, m, strlen(m));
        if (!id && !add(gz, m, strlen(m), id = next--))
            return 0;
        long vj = set_find(&gz->places, v, strlen(v));
        if (vj >= 0) {
            /* both known: join the variant's whole synonym set to the main id */
            long old = gz->places.vals[vj];
            for (size_t j = 0; j < gz->places.cap; j++)
                if (gz->places.slots[j] && gz->places.vals[j] == old)
                    gz->places.vals[j] = id;
        } else if (!add(gz, v, strlen(v), id)) {
            return 0;
        }
    }
    *nextp = next;
    return 1;
}

/* A synset whose acronyms are common nouns: no individual (no instance
 * hypernym), in a lexicographer file of acts, animals, communication,
 * people's kinds, possessions, quantities or states (04, 05, 10, 18, 21,
 * 24, 26: "IPO", "HIV", "TV", "CEO", "GDP", "IQ", "SARS"), and also named
 * in lower case ("television", "gross domestic product").  Not the files
 * of artifacts, cognition or substances, where acronyms news uses as names
 * are common nouns too ("ICE" an engine, "ABC" the alphabet, "AFP" a
 * protein); not a treaty or a law named only in capitals ("NAFTA"). */
static int common_acronym_synset(const char *lexfile, size_t lexlen, int instance, int has_lower)
{
    static const char *const files[] = {"04", "05", "10", "18", "21", "24", "26"};
    if (instance || !has_lower || lexlen != 2)
        return 0;
    for (size_t i = 0; i < sizeof files / sizeof *files; i++)
        if (!memcmp(lexfile, files[i], 2))
            return 1;
    return 0;
}

/* "GDP", "TV", "HS2": two to six capitals and digits. */
static int acronym_shape(const char *w, size_t n)
{
    if (n < 2 || n > 6 || w[0] < 'A' || w[0] > 'Z')
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!((w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= '0' && w[i] <= '9')))
            return 0;
    return 1;
}

/* One data.* line: "offset lexfile ss_type w_cnt(hex) word lex_id ...".
 * Capitalised lemmas of noun.location (lexfile 15) are places; lower-case
 * lemmas of any file are ordinary words. */
static int add_wordnet_line(gz_build *gz, const char *line, size_t n)
{
    const char *p = line, *end = line + n;
    const char *f[4];
    size_t fl[4];
    for (int k = 0; k < 4; k++) {
        while (p < end && *p == ' ')
            p++;
        f[k] = p;
        while (p < end && *p != ' ')
            p++;
        fl[k] = (size_t)(p - f[k]);
    }
    int location = fl[1] == 2 && f[1][0] == '1' && f[1][1] == '5';
    long offset = 0; /* the synset: names sharing it are one place */
    for (size_t i = 0; i < fl[0] && i < 12; i++)
        offset = offset * 10 + (f[0][i] >= '0' && f[0][i] <= '9' ? f[0][i] - '0' : 0);
    int group = fl[1] == 2 && f[1][0] == '1' && f[1][1] == '4';
    int person = fl[1] == 2 && f[1][0] == '1' && f[1][1] == '8';
    /* WordNet marks individuals ("Putin", "Kennedy") with an instance
     * hypernym "@i"; a noun.person synset without one is a class of people
     * ("Honduran", "Muslim", "Republican"): a description, not a name */
    const char *bar = memchr(line, '|', n);
    int instance = memmem(line, bar ? (size_t)(bar - line) : n, " @i ", 4) != NULL;
    int kind = person && !instance;
    unsigned long wc = 0;
    for (size_t i = 0; i < fl[3]; i++) {
        char c = f[3][i];
        wc = wc * 16 + (unsigned long)(c >= 'a' ? c - 'a' + 10 : c - '0');
    }
    const char *acr[8];
    size_t acr_len[8], n_acr = 0;
    int has_lower = 0;
    for (unsigned long w = 0; w < wc && p < end; w++) {
        while (p < end && *p == ' ')
            p++;
        const char *ws = p;
        while (p < end && *p != ' ')
            p++;
        size_t wl = (size_t)(p - ws);
        while (p < end && *p == ' ')
            p++;
        while (p < end && *p != ' ') /* lex_id */
            p++;
        /* proper names only, and no "capital_of_X" descriptions */
        /* two capitals ("OK", "IN", "ME") are postal abbreviations that
         * clash with words; the built-in list adds "US", "UK" */
        int abbrev = wl <= 2 && ws[wl - 1] >= 'A' && ws[wl - 1] <= 'Z';
        if (location && wl && ws[0] >= 'A' && ws[0] <= 'Z' && !abbrev && !memchr(ws, '(', wl) &&
            !add(gz, ws, wl, offset))
            return 0;
        if ((group || person) && wl && ws[0] >= 'A' && ws[0] <= 'Z' && !memchr(ws, '(', wl) &&
            !set_add(group ? &gz->orgs : &gz->people, &gz->arena, ws, wl))
            return 0;
        if (kind && wl && ws[0] >= 'A' && ws[0] <= 'Z' && !memchr(ws, '(', wl) && !memchr(ws, '_', wl) &&
            !set_add(&gz->kinds, &gz->arena, ws, wl))
            return 0;
        has_lower |= wl && ws[0] >= 'a' && ws[0] <= 'z';
        if (acronym_shape(ws, wl) && n_acr < 8) {
            acr[n_acr] = ws;
            acr_len[n_acr++] = wl;
        }
        /* single lower-case words ("(p)" adjective markers cut off) */
        if (wl && ws[0] >= 'a' && ws[0] <= 'z' && !memchr(ws, '_', wl)) {
            const char *paren = memchr(ws, '(', wl);
            size_t l = paren ? (size_t)(paren - ws) : wl;
            if (!set_add(&gz->common, &gz->arena, ws, l))
                return 0;
        }
    }
    int common = common_acronym_synset(f[1], fl[1], instance, has_lower);
    /* a synset of the acronym alone ("HIV" beside "human immunodeficiency
     * virus" in another) says nothing against it */
    if (!common && !has_lower && common_acronym_synset(f[1], fl[1], instance, 1))
        return 1;
    for (size_t i = 0; i < n_acr; i++)
        if (!set_add(common ? &gz->acr_ok : &gz->acr_bad, &gz->arena, acr[i], acr_len[i]))
            return 0;
    return 1;
}

/* The acronyms every synset naming them makes common nouns ("TV"; not
 * "IRA", also a group's name), and which no other list names as a group,
 * a place or a person.  After every list is read. */
static int settle_acronyms(gz_build *gz)
{
    for (size_t j = 0; j < gz->acr_ok.cap; j++) {
        const char *w = gz->acr_ok.slots[j];
        size_t n = w ? strlen(w) : 0;
        /* a person's name blocks it, a kind of people does not ("CEO") */
        if (w && !set_has(&gz->acr_bad, w, n) && !set_has(&gz->orgs, w, n) && !set_has(&gz->places, w, n) &&
            (!set_has(&gz->people, w, n) || set_has(&gz->kinds, w, n)) && !set_add(&gz->acronyms, &gz->arena, w, n))
            return 0;
    }
    return 1;
}

static void build_free(gz_build *gz)
{
    if (!gz)
        return;
    strset *sets[] = {&gz->places, &gz->common,   &gz->orgs,   &gz->people, &gz->minor,
                      &gz->kinds,  &gz->acronyms, &gz->acr_ok, &gz->acr_bad};
    for (size_t i = 0; i < sizeof sets / sizeof *sets; i++) {
        np_free(sets[i]->hashes);
        np_free(sets[i]->slots);
        np_free(sets[i]->vals);
    }
    np_arena_free(&gz->arena);
    np_free(gz);
}

/* Parse the WordNet data files of dir (absent ones skipped), the built-in
 * list and, with iso, the iso-codes files.  NULL on ENOMEM. */
static gz_build *build(const char *dir, int wordnet, int iso)
{
    gz_build *gz = np_calloc(1, sizeof *gz);
    if (!gz)
        return NULL;
    np_arena_init(&gz->arena, 256 * 1024);
    /* WordNet has ~120k lower-case lemmas: size the table once instead of
     * rehashing it seven times on the way */
    int ok = !wordnet || grow(&gz->common, 1u << 18);
    static const char *const files[] = {"data.noun", "data.verb", "data.adj", "data.adv"};
    char path[1024];
    char *line = NULL;
    size_t cap = 0;
    for (size_t fi = 0; ok && wordnet && fi < sizeof files / sizeof *files; fi++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[fi]);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue; /* WordNet absent: built-in list only */
        ssize_t r;
        while (ok && (r = getline(&line, &cap, f)) > 0) {
            if (line[0] == ' ')
                continue; /* license header */
            ok = add_wordnet_line(gz, line, (size_t)r);
        }
        fclose(f);
    }
    free(line);
    long next = -1;
    if (ok)
        ok = add_builtin(gz, &next) && (!iso || add_iso(gz, &next)) && settle_acronyms(gz);
    if (!ok) {
        build_free(gz);
        return NULL;
    }
    return gz;
}

/* ---- the compact form --------------------------------------------------
 * Payload (all little-endian host words, 8-byte aligned):
 *   u64 GZ_SETS, u64 pool offset, u64 pool length,
 *   per set: u64 cap, count, offsets of hash[cap] (u64), name[cap] (u32,
 *   pool offset; 0 = empty slot), val[cap] (i64);
 *   then the arrays and the pool (NUL-terminated names, '_' as ' ';
 *   byte 0 is a NUL so offset 0 means "no name").
 * The same open-addressing tables as while building, so a lookup is a few
 * probes into the mapped file and loading is no work at all. */

#define GZ_FORMAT 4
#define GZ_SETS 7
#define GZ_HEAD (3 + 5 * GZ_SETS)

typedef struct gzset {
    const uint64_t *hash;
    const uint32_t *name;
    const int64_t *val;
    size_t cap, count;
} gzset;

enum { S_PLACES, S_COMMON, S_ORGS, S_PEOPLE, S_MINOR, S_KINDS, S_ACRONYMS };

struct np_gazetteer {
    np_blob blob;
    gzset set[GZ_SETS];
    const char *pool;
    size_t pool_len;
};

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

/* The payload of gz (np_malloc'ed) and its length; NULL on ENOMEM. */
static unsigned char *serialise(const gz_build *gz, size_t *len_out)
{
    const strset *sets[GZ_SETS] = {&gz->places, &gz->common, &gz->orgs,    &gz->people,
                                   &gz->minor,  &gz->kinds,  &gz->acronyms};
    size_t pool = 1, off = GZ_HEAD * 8;
    uint64_t head[GZ_HEAD] = {GZ_SETS};
    for (int k = 0; k < GZ_SETS; k++) {
        size_t cap = sets[k]->cap;
        for (size_t j = 0; j < cap; j++)
            if (sets[k]->slots[j])
                pool += strlen(sets[k]->slots[j]) + 1;
        uint64_t *h = &head[3 + 5 * k];
        h[0] = cap;
        h[1] = sets[k]->count;
        h[2] = off;
        off = align8(off + cap * 8);
        h[3] = off;
        off = align8(off + cap * 4);
        h[4] = off;
        off = align8(off + cap * 8);
    }
    if (pool > UINT32_MAX)
        return NULL;
    head[1] = off;
    head[2] = pool;
    size_t len = align8(off + pool);
    unsigned char *p = np_calloc(len, 1);
    if (!p)
        return NULL;
    memcpy(p, head, sizeof head);
    size_t at = 1;
    char *pl = (char *)p + off;
    for (int k = 0; k < GZ_SETS; k++) {
        const uint64_t *h = &head[3 + 5 * k];
        uint64_t *hash = (uint64_t *)(p + h[2]);
        uint32_t *name = (uint32_t *)(p + h[3]);
        int64_t *val = (int64_t *)(p + h[4]);
        for (size_t j = 0; j < sets[k]->cap; j++) {
            if (!sets[k]->slots[j])
                continue;
            size_t l = strlen(sets[k]->slots[j]);
            memcpy(pl + at, sets[k]->slots[j], l + 1);
            hash[j] = sets[k]->hashes[j];
            name[j] = (uint32_t)at;
            val[j] = sets[k]->vals[j];
            at += l + 1;
        }
    }
    *len_out = len;
    return p;
}

/* Point gz's sets into its blob, checking every bound (a payload that
 * passed the cache's hash is what we wrote, but the view trusts nothing). */
static np_status view(np_gazetteer *gz, np_error *err, const char *what)
{
    const unsigned char *p = gz->blob.data;
    size_t len = gz->blob.len;
    uint64_t head[GZ_HEAD];
    if (len < sizeof head || ((uintptr_t)p & 7))
        return np_error_set(err, NP_EPARSE, what, 0, -1, "gazetteer: payload too short");
    memcpy(head, p, sizeof head);
    if (head[0] != GZ_SETS || head[1] > len || head[2] > len - head[1] || head[2] < 1 || head[1] & 7)
        return np_error_set(err, NP_EPARSE, what, 0, -1, "gazetteer: bad payload header");
    gz->pool = (const char *)p + head[1];
    gz->pool_len = head[2];
    if (gz->pool[0] || gz->pool[gz->pool_len - 1])
        return np_error_set(err, NP_EPARSE, what, 0, -1, "gazetteer: bad string pool");
    for (int k = 0; k < GZ_SETS; k++) {
        const uint64_t *h = &head[3 + 5 * k];
        uint64_t cap = h[0];
        if ((cap & (cap - 1)) || h[1] > cap || cap > len / 8)
            return np_error_set(err, NP_EPARSE, what, 0, -1, "gazetteer: bad table size");
        uint64_t sz[3] = {cap * 8, cap * 4, cap * 8};
        for (int a = 0; a < 3; a++)
            if ((h[2 + a] & 7) || h[2 + a] > len || sz[a] > len - h[2 + a])
                return np_error_set(err, NP_EPARSE, what, 0, -1, "gazetteer: table out of bounds");
        gz->set[k] = (gzset){(const uint64_t *)(p + h[2]), (const uint32_t *)(p + h[3]),
                             (const int64_t *)(p + h[4]), (size_t)cap, (size_t)h[1]};
    }
    return NP_OK;
}

/* A gazetteer over payload (taken). */
static np_gazetteer *from_payload(unsigned char *payload, size_t len, np_error *err)
{
    np_gazetteer *gz = np_calloc(1, sizeof *gz);
    if (!gz) {
        np_free(payload);
        np_error_set(err, NP_ENOMEM, "", 0, -1, "out of memory building the gazetteer");
        return NULL;
    }
    np_blob_from_heap(&gz->blob, payload, len);
    if (view(gz, err, "") != NP_OK) {
        np_gazetteer_free(gz);
        return NULL;
    }
    return gz;
}

static np_gazetteer *from_build(gz_build *b, np_error *err, const char *cache, uint64_t stamp)
{
    size_t len = 0;
    unsigned char *payload = b ? serialise(b, &len) : NULL;
    build_free(b);
    if (!payload) {
        np_error_set(err, NP_ENOMEM, "", 0, -1, "out of memory building the gazetteer");
        return NULL;
    }
    if (cache) {
        np_error e;
        (void)np_rescache_write(cache, stamp, payload, len, &e); /* no cache is not an error */
    }
    return from_payload(payload, len, err);
}

np_gazetteer *np_gazetteer_builtin(np_error *err)
{
    return from_build(build("", 0, 0), err, NULL, 0);
}

np_gazetteer *np_gazetteer_load(const char *dir, np_error *err)
{
    if (!dir)
        dir = "/usr/share/wordnet";
    char p[6][1100], cache[4200], name[64];
    const char *paths[6];
    static const char *const files[] = {"data.noun", "data.verb", "data.adj", "data.adv"};
    for (int i = 0; i < 4; i++)
        snprintf(p[i], sizeof p[i], "%s/%s", dir, files[i]);
    snprintf(p[4], sizeof p[4], "%s", ISO_DIR "/iso_3166-1.json");
    snprintf(p[5], sizeof p[5], "%s", ISO_DIR "/iso_3166-2.json");
    for (int i = 0; i < 6; i++)
        paths[i] = p[i];
    uint64_t stamp = np_rescache_stamp(GZ_FORMAT, dir, paths, 6);
    snprintf(name, sizeof name, "gazetteer-%016llx", (unsigned long long)np_hash64(dir, strlen(dir), 0));
    int cached = np_rescache_path(name, cache, sizeof cache);
    if (cached) {
        np_gazetteer *gz = np_calloc(1, sizeof *gz);
        np_error e;
        if (gz && np_rescache_open(cache, stamp, &gz->blob, &e) == NP_OK && view(gz, &e, cache) == NP_OK)
            return gz;
        np_gazetteer_free(gz); /* absent, stale or corrupt: rebuilt below */
    }
    return from_build(build(dir, 1, 1), err, cached ? cache : NULL, stamp);
}

np_status np_gazetteer_open_cache(const char *path, np_gazetteer **out, np_error *err)
{
    *out = NULL;
    np_gazetteer *gz = np_calloc(1, sizeof *gz);
    if (!gz)
        return np_error_set(err, NP_ENOMEM, path, 0, -1, "out of memory");
    /* any stamp: read the one the file holds (the caller asked for this file) */
    np_status st = NP_OK;
    unsigned char h[NP_RESCACHE_HEADER];
    FILE *f = fopen(path, "rb");
    if (!f || fread(h, 1, sizeof h, f) != sizeof h)
        st = np_error_set(err, f ? NP_EPARSE : NP_ENOTFOUND, path, 0, -1, "cache: cannot read its header");
    if (f)
        fclose(f);
    uint64_t stamp;
    memcpy(&stamp, h + 8, 8);
    if (st == NP_OK)
        st = np_rescache_open(path, stamp, &gz->blob, err);
    if (st == NP_OK)
        st = view(gz, err, path);
    if (st != NP_OK) {
        np_gazetteer_free(gz);
        return st;
    }
    *out = gz;
    return NP_OK;
}

void np_gazetteer_free(np_gazetteer *gz)
{
    if (!gz)
        return;
    np_blob_free(&gz->blob);
    np_free(gz);
}

/* ---- queries ---- */

/* Slot of name in set k, or -1. */
static long find(const np_gazetteer *gz, int k, const char *name, size_t n)
{
    const gzset *s = &gz->set[k];
    if (!s->cap || n == 0)
        return -1;
    uint64_t h = name_hash(name, n);
    size_t j = h & (s->cap - 1);
    for (size_t probe = 0; probe < s->cap && s->name[j]; probe++) {
        size_t off = s->name[j];
        if (s->hash[j] == h && off + n < gz->pool_len && ascii_eq_fold(gz->pool + off, name, n) &&
            gz->pool[off + n] == '\0')
            return (long)j;
        j = (j + 1) & (s->cap - 1);
    }
    return -1;
}

long np_gazetteer_place_id(const np_gazetteer *gz, const char *name, size_t n)
{
    if (!gz)
        return 0;
    long j = find(gz, S_PLACES, name, n);
    if (j >= 0)
        return (long)gz->set[S_PLACES].val[j];
    j = find(gz, S_MINOR, name, n);
    return j >= 0 ? (long)gz->set[S_MINOR].val[j] : 0;
}

int np_gazetteer_has_minor(const np_gazetteer *gz, const char *name, size_t n)
{
    return gz && find(gz, S_MINOR, name, n) >= 0;
}

int np_gazetteer_has(const np_gazetteer *gz, const char *name, size_t n)
{
    return gz && find(gz, S_PLACES, name, n) >= 0;
}

size_t np_gazetteer_size(const np_gazetteer *gz) { return gz ? gz->set[S_PLACES].count : 0; }

int np_gazetteer_is_org(const np_gazetteer *gz, const char *name, size_t n)
{
    return gz && find(gz, S_ORGS, name, n) >= 0;
}

int np_gazetteer_is_person(const np_gazetteer *gz, const char *name, size_t n)
{
    return gz && find(gz, S_PEOPLE, name, n) >= 0;
}

int np_gazetteer_is_kind(const np_gazetteer *gz, const char *name, size_t n)
{
    return gz && find(gz, S_KINDS, name, n) >= 0;
}

int np_gazetteer_is_common_acronym(const np_gazetteer *gz, const char *name, size_t n)
{
    return gz && find(gz, S_ACRONYMS, name, n) >= 0;
}

static int v_has_common(const void *gz, const char *w, size_t n)
{
    return find(gz, S_COMMON, w, n) >= 0;
}

int np_gazetteer_is_common_word(const np_gazetteer *gz, const char *w, size_t n)
{
    return gz && gz->set[S_COMMON].count && common_word(gz, v_has_common, w, n);
}
