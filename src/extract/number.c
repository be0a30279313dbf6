/* extract/number.c — numeric mentions with value and unit (see number.h). */
#include "extract/number.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract/date.h"
#include "text/lexicon.h"
#include "text/token.h"
#include "extract/internal.h"

typedef struct scan {
    const char *text;
    size_t len;
    const np_token *t;
    size_t n;
    unsigned char *in_date; /* per token: inside a date mention */
    np_arena *arena;
} scan;

typedef struct nvec {
    np_number_mention *v;
    size_t n, cap;
} nvec;

static np_number_mention *push(nvec *nv, np_arena *arena)
{
    return np_arena_push(arena, (void **)&nv->v, &nv->n, &nv->cap, sizeof *nv->v);
}

static int tok_is(const scan *s, size_t i, const char *w)
{
    return np_tok_is(s->t, s->n, i, w);
}

/* Only blanks (no newline) between token i and i+1. */
static int space_gap(const scan *s, size_t i)
{
    if (i + 1 >= s->n)
        return 0;
    for (size_t p = s->t[i].end; p < s->t[i + 1].start; p++)
        if (s->text[p] != ' ' && s->text[p] != '\t' && (unsigned char)s->text[p] != 0xC2 &&
            (unsigned char)s->text[p] != 0xA0)
            return 0;
    return 1;
}

/* The gap between tokens i and i + 1 ends a sentence: "!", "?", a line
 * break, or a full stop that ends no abbreviation or initial ("The number
 * of U.S. customers", "Harbour Co. has" go on). */
static int sentence_gap(const scan *s, size_t i)
{
    const np_token *t = &s->t[i];
    for (size_t p = t->end; p < s->t[i + 1].start; p++)
        if (s->text[p] == '!' || s->text[p] == '?' || s->text[p] == '\n' ||
            (s->text[p] == '.' && !(p == t->end && np_lex_period_word(s->text + t->start, t->end - t->start))))
            return 1;
    return 0;
}

/* Exactly one hyphen (ASCII or U+2010/2011) between token i and i+1. */
static int hyphen_gap(const scan *s, size_t i)
{
    if (i + 1 >= s->n)
        return 0;
    size_t a = s->t[i].end, b = s->t[i + 1].start;
    if (b - a == 1 && s->text[a] == '-')
        return 1;
    return b - a == 3 && (unsigned char)s->text[a] == 0xE2 && (unsigned char)s->text[a + 1] == 0x80 &&
           ((unsigned char)s->text[a + 2] == 0x90 || (unsigned char)s->text[a + 2] == 0x91);
}

static double scale_of(const char *w)
{
    /* "four dozen questions" is 48, "three hundred people" 300 */
    if (!strcmp(w, "dozen"))
        return 12;
    if (!strcmp(w, "hundred"))
        return 100;
    if (!strcmp(w, "thousand"))
        return 1e3;
    if (!strcmp(w, "million"))
        return 1e6;
    if (!strcmp(w, "billion"))
        return 1e9;
    if (!strcmp(w, "trillion"))
        return 1e12;
    return 0;
}

/* Plural approximate quantities: "hundreds", "thousands", "dozens"... */
static double approx_plural(const char *w)
{
    if (!strcmp(w, "dozens"))
        return 12;
    if (!strcmp(w, "scores"))
        return 20;
    if (!strcmp(w, "hundreds"))
        return 100;
    if (!strcmp(w, "thousands"))
        return 1e3;
    if (!strcmp(w, "tens"))
        return 10;
    if (!strcmp(w, "millions"))
        return 1e6;
    if (!strcmp(w, "billions"))
        return 1e9;
    return 0;
}

static const char *currency_word(const char *w)
{
    static const char *const k[][2] = {
        {"dollar", "USD"}, {"dollars", "USD"}, {"euro", "EUR"}, {"euros", "EUR"},
        {"pound", "GBP"}, {"pounds", "GBP"}, {"ruble", "RUB"}, {"rubles", "RUB"},
        {"rouble", "RUB"}, {"roubles", "RUB"}, {"yuan", "CNY"}, {"yen", "JPY"},
        {"hryvnia", "UAH"}, {"hryvnias", "UAH"}, {"hryvnias", "UAH"}, {"francs", "CHF"},
        {"rupees", "INR"}, {"som", "KGS"},
    };
    for (size_t i = 0; i < sizeof k / sizeof *k; i++)
        if (!strcmp(w, k[i][0]))
            return k[i][1];
    return NULL;
}

/* Denominator word of a fraction ("fifth", "thirds", "quarter") → value. */
static int fraction_den(const char *w)
{
    size_t n = strlen(w);
    if (!strcmp(w, "half") || !strcmp(w, "halves"))
        return 2;
    if (!strcmp(w, "quarter") || !strcmp(w, "quarters"))
        return 4;
    char buf[16];
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, w, n + 1);
    if (n > 1 && buf[n - 1] == 's')
        buf[--n] = '\0';
    int o = np_lex_ordinal_word(buf, n);
    return o >= 3 ? o : 0;
}

/* Currency sign just before byte `pos` (optionally after a space): its start
 * and code, or 0. */
static size_t currency_before(const scan *s, size_t pos, char code[4])
{
    static const struct { const char *sign; const char *code; } k[] = {
        /* dollars of other countries first: "A$40 million" is no US sum */
        {"US$", "USD"}, {"AU$", "AUD"}, {"HK$", "HKD"}, {"NZ$", "NZD"}, {"NT$", "TWD"}, {"CA$", "CAD"}, {"A$", "AUD"},
        {"C$", "CAD"}, {"S$", "SGD"}, {"R$", "BRL"}, {"$", "USD"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"},
        /* an ISO code before the figure ("CHF 12 million", "EUR 5 billion") */
        {"CHF ", "CHF"}, {"EUR ", "EUR"}, {"USD ", "USD"}, {"GBP ", "GBP"}, {"JPY ", "JPY"}, {"CNY ", "CNY"},
        {"INR ", "INR"}, {"AUD ", "AUD"}, {"CAD ", "CAD"}, {"SEK ", "SEK"}, {"NOK ", "NOK"}, {"DKK ", "DKK"},
        {"\xC2\xA5", "JPY"}, {"\xE2\x82\xBD", "RUB"}, {"\xE2\x82\xB4", "UAH"},
    };
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        size_t l = strlen(k[i].sign);
        /* a country's letters stand alone before the sign ("A$", not "USA$"),
         * a code before its figure too */
        if (pos >= l && memcmp(s->text + pos - l, k[i].sign, l) == 0 &&
            (l == 1 || (k[i].sign[l - 1] != '$' && k[i].sign[l - 1] != ' ') || pos == l ||
             !isalpha((unsigned char)s->text[pos - l - 1]))) {
            memcpy(code, k[i].code, 4);
            return pos - l;
        }
    }
    return (size_t)-1;
}

/* A word of a stretch of time ("the previous winter", "that night"). */
static int time_span_word(const char *w)
{
    static const char *const k[] = {"day", "night", "morning", "evening", "week", "weekend", "month", "year",
                                    "season", "winter", "summer", "spring", "autumn", "fall", "time", "previous",
                                    "last", "next", "first", "same", "following"};
    for (size_t x = 0; w && x < sizeof k / sizeof *k; x++)
        if (!strcmp(w, k[x]))
            return 1;
    return 0;
}

/* Token i, after "N times", makes it a ratio: a comparative ("larger",
 * "more"), "as" before an adjective ("as large as"), what the ratio is of
 * ("the size", "that of", "earnings", "hurricane strength"); not a stretch
 * of time ("six times the previous winter", "seven times that night") nor a
 * conjunction ("five times as the tower filled").  A verb of growth before
 * the figure ("rose three times", "multiplied five times", "by three
 * times") makes it a ratio too (grown_before()). */
static int ratio_after(const scan *s, size_t i)
{
    static const char *const comparative[] = {"more", "less", "fewer", "over", "greater", "higher", "larger",
                                              "bigger", "smaller", "faster", "slower", "longer", "lower",
                                              "cheaper", "worse", "better"};
    static const char *const of_what[] = {"the", "that", "what", "its", "their", "his", "her", "our"};
    if (i >= s->n || !s->t[i].norm || !space_gap(s, i - 1))
        return 0;
    const char *w = s->t[i].norm, *nx = i + 1 < s->n ? s->t[i + 1].norm : NULL;
    /* "ten times over." at the clause's end; not "three times over the
     * summer" */
    if (!strcmp(w, "over"))
        return !space_gap(s, i);
    for (size_t x = 0; x < sizeof comparative / sizeof *comparative; x++)
        if (!strcmp(w, comparative[x]))
            return 1;
    if (!strcmp(w, "as")) /* "as large as"; not "as the tower filled up", "as an independent" */
        return nx && !(s->t[i + 1].flags & (NP_TOK_STOP | NP_TOK_CAP));
    for (size_t x = 0; x < sizeof of_what / sizeof *of_what; x++)
        if (!strcmp(w, of_what[x]))
            return !time_span_word(nx);
    size_t n = strlen(w);
    /* a comparative ("larger", "higher"); not a function word ("after",
     * "under", "never") */
    if (n > 4 && !strcmp(w + n - 2, "er") && !(s->t[i].flags & (NP_TOK_CAP | NP_TOK_STOP)))
        return 1;
    /* "40 times earnings", "two times hurricane strength": a noun the
     * figure multiplies */
    return !(s->t[i].flags & (NP_TOK_CAP | NP_TOK_STOP | NP_TOK_NUMBER)) && (s->t[i].flags & NP_TOK_WORD) &&
           !time_span_word(w) && !np_lex_month(w, n);
}

/* A verb of growth or "by" right before the figure starting at token k:
 * "rose three times", "multiplied five times", "grew 5 times", "by three
 * times", "oversubscribed five times". */
static int grown_before(const scan *s, size_t k)
{
    /* whole words: "surgery", "bypass", "riser" are none */
    static const char *const growth[] = {
        "rise", "rises", "rose", "risen", "rising", "grow", "grows", "grew", "grown", "growing", "increase",
        "increases", "increased", "increasing", "multiply", "multiplies", "multiplied", "multiplying", "jump",
        "jumps", "jumped", "jumping", "double", "doubles", "doubled", "doubling", "surge", "surges", "surged",
        "surging", "soar", "soars", "soared", "soaring", "expand", "expands", "expanded", "expanding",
        "oversubscribed", "climb", "climbs", "climbed", "climbing", "swell", "swells", "swelled", "swollen",
        "swelling", "by", NULL};
    return k > 0 && s->t[k - 1].norm && np_lex_word_in(s->t[k - 1].norm, growth);
}

/* A word that can serve as the counted noun after a number. */
static int unit_candidate(const scan *s, size_t i)
{
    if (i >= s->n || s->in_date[i])
        return 0;
    const np_token *t = &s->t[i];
    if (!(t->flags & NP_TOK_WORD) || (t->flags & (NP_TOK_NUMBER | NP_TOK_STOP | NP_TOK_CAP)))
        return 0;
    size_t n = strlen(t->norm);
    if (np_lex_is_speech_verb(t->norm, n) || np_lex_month(t->norm, n))
        return 0;
    /* participles and adverbs are not counted things ("thousands killed") */
    if (n > 4 && (!strcmp(t->norm + n - 2, "ed") || !strcmp(t->norm + n - 2, "ly")))
        return 0;
    /* words that follow numbers but are not counted things */
    static const char *const k_not[] = {"percent", "per", "and", "or", "to", "more", "less",
                                        "were", "are", "was", "is", "have", "had", "will", "would",
                                        "could", "can", "ago", "later", "earlier", "each", "apiece",
                                        /* adverbs ("54 since", "141 million already") */
                                        "since", "already", "alone", "together", "apart"};
    for (size_t k = 0; k < sizeof k_not / sizeof *k_not; k++)
        if (!strcmp(t->norm, k_not[k]))
            return 0;
    /* "met six times", "spoken by phone 20 times": occasions counted; "three
     * times larger", "twice as", "four times the size": a ratio */
    if (!strcmp(t->norm, "times"))
        return !ratio_after(s, i + 1) && !(i >= 1 && grown_before(s, i - 1));
    return 1;
}

/* A capitalised nationality word, singular or plural ("Russian",
 * "Russians"), not an acronym. */
static int demonym_tok(const scan *s, size_t i)
{
    if (i >= s->n || !(s->t[i].flags & NP_TOK_CAP) || (s->t[i].flags & NP_TOK_ALLCAPS) || !s->t[i].norm)
        return 0;
    const char *w = s->t[i].norm;
    size_t n = strlen(w);
    return np_lex_is_demonym(w, n) || (n > 3 && w[n - 1] == 's' && np_lex_is_demonym(w, n - 1));
}

/* Singular nouns in "-s" that look plural ("news", "bias", "physics"). */
static int singular_in_s(const char *w)
{
    static const char *const k_singular[] = {"news", "bias", "alias", "atlas", "canvas", "chaos", "lens",
                                             "physics", "economics", "politics", "mathematics", "athletics",
                                             "ethics", NULL};
    return np_lex_word_in(w, k_singular);
}

/* Nouns whose plural is their singular ("species", "series"). */
static int invariant_plural(const char *w)
{
    static const char *const k_same[] = {"aircraft", "cattle", "crossroads", "deer", "headquarters", "hovercraft",
                                         "livestock", "means", "personnel", "series", "sheep", "spacecraft",
                                         "species", NULL};
    return np_lex_word_in(w, k_same);
}

/* Looks like a regular English plural ("employees", "tons"), not "-ss"
 * nor a singular in "-s" (singular_in_s()). */
static int plural_word(const char *w)
{
    size_t n = strlen(w);
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i' &&
           !singular_in_s(w);
}

/* A verb in the past whose "-ed" test fails ("two died", "50 hurt"): after
 * a figure it tells what the counted did, so it is no unit; before a noun
 * it is a modifier ("4 hit songs", "14 paid holidays"). */
static int past_form(const char *w)
{
    static const char *const k_past[] = {"died", "hurt", "fled", "left", "fell", "rose", "shook", "struck", "won",
                                         "lost", "went", "came", "ran", "met", "held", "led", "fought", "stood",
                                         "sat", "spent", "paid", "sent", "kept", "began", "drove", "flew", "grew",
                                         "knew", "threw", "wrote", "broke", "spoke", "stole", "shot", "hit",
                                         "got", "saw", "took", "gave", "made", "told", NULL};
    return w && np_lex_word_in(w, k_past);
}

/* An abbreviation in capitals, two to five letters with or without
 * periods ("U.S.", "FBI", "NATO"): before a plural noun it names whose or
 * which, as a nationality does ("400 U.N. peacekeepers", "two NATO
 * frigates").  *dotted: written with periods, so the tokenizer left its
 * last one in the gap after it. */
static int abbreviation_tok(const scan *s, size_t i, int *dotted)
{
    /* times, zones and units in capitals: "at 5 PM police ...", "50 MW
     * turbines" (the figure is the time or the measure) */
    static const char *const k_not_modifier[] = {"am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "cst", "cdt",
                                                 "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "et", "pt", "bc",
                                                 "ad", "bce", "ce", "mw", "gw", "kw", "kwh", "mwh", "gwh", "gb",
                                                 "mb", "tb", "kb", "mph", "kph", "hp", "kg", "km", "mm", "cm",
                                                 "ft", "lb", "lbs", "oz", "mg", "ml", NULL};
    *dotted = 0;
    if (i >= s->n || !(s->t[i].flags & NP_TOK_ALLCAPS) || np_lex_word_in(s->t[i].norm, k_not_modifier))
        return 0;
    size_t letters = 0;
    for (size_t p = s->t[i].start; p < s->t[i].end; p++) {
        char c = s->text[p];
        if (c >= 'A' && c <= 'Z')
            letters++;
        else if (c == '.')
            *dotted = 1;
        else
            return 0;
    }
    return letters >= 2 && letters <= 5;
}

/* The gap after token i holds only spaces, or (dotted) the abbreviation's
 * closing period and spaces ("U.S. troops"). */
static int gap_after(const scan *s, size_t i, int dotted)
{
    if (space_gap(s, i) || !dotted || i + 1 >= s->n)
        return space_gap(s, i);
    size_t p = s->t[i].end, e = s->t[i + 1].start;
    if (p >= e || s->text[p] != '.')
        return 0;
    for (p++; p < e; p++)
        if (s->text[p] != ' ' && s->text[p] != '\t')
            return 0;
    return e > s->t[i].end + 1;
}

/* A plural noun: a regular plural (plural_word()) or an irregular one
 * ("men", "policemen", "children", "schoolchildren", "people"). */
static int plural_noun(const char *w)
{
    static const char *const k_irregular[] = {"children", "people", "women", "men", "feet", "teeth", "mice",
                                              "geese", NULL};
    size_t n = strlen(w);
    static const char *const k_men_singular[] = {"specimen", "regimen", "abdomen", "acumen", "stamen", "albumen",
                                                 "rumen", "hymen", NULL};
    return plural_word(w) || np_lex_word_in(w, k_irregular) || invariant_plural(w) ||
           (n > 4 && !strcmp(w + n - 3, "men") && !np_lex_word_in(w, k_men_singular)) ||
           (n > 8 && !strcmp(w + n - 8, "children")) || (n > 6 && !strcmp(w + n - 6, "people"));
}

struct measure;
static const struct measure *measure_of(const char *w);

/* A word that may stand after a hyphen inside a compound ("court-appointed",
 * "black-clad", "crew-mates"): any word in lower case but a number word
 * ("three bank clerks-two of them": a dash written as a hyphen). */
static int compound_part(const scan *s, size_t i)
{
    return i < s->n && (s->t[i].flags & NP_TOK_WORD) && !(s->t[i].flags & (NP_TOK_NUMBER | NP_TOK_CAP)) &&
           !s->in_date[i] && s->t[i].norm && np_lex_number_word(s->t[i].norm, strlen(s->t[i].norm)) <= 0;
}

/* Token u is a unit of measure or of time ("kilometre", "year"). */
static int measure_or_span(const scan *s, size_t u)
{
    static const char *const k_span[] = {"year", "month", "week", "day", "hour", "minute", "second", "decade",
                                         "century", "night", NULL};
    return u < s->n && s->t[u].norm && (measure_of(s->t[u].norm) || np_lex_word_in(s->t[u].norm, k_span));
}

/* The plural noun the words from token u on lead to when they modify it,
 * so that it is what a figure before them counts: at most four words,
 * compounds joined by hyphens counting as one ("three former crew-mates",
 * "two court-appointed harbour pilots"), two modifiers joined by "and"
 * or "or" ("1,200 federal and regional inspectors", "14 tax and insurance
 * fraud cases").  0 when no plural noun ends them (the caller keeps the
 * first word as the unit). */
static size_t plural_head(const scan *s, size_t u)
{
    size_t words = 0;
    /* "10 kilometre queues", "a 7 year old", "12 inch drifts": a unit of
     * measure or of time right after the figure is its unit */
    if (measure_or_span(s, u))
        return 0;
    for (size_t k = u; k < s->n && words < 4; k++) {
        if (!unit_candidate(s, k) || (s->t[k].norm && np_lex_number_word(s->t[k].norm, strlen(s->t[k].norm)) > 0))
            return 0;
        words++;
        if (plural_noun(s->t[k].norm))
            return k; /* "12 suspects-including ...": the plural before a dash */
        while (hyphen_gap(s, k) && compound_part(s, k + 1))
            k++;
        if (plural_noun(s->t[k].norm))
            return k;
        if (!space_gap(s, k))
            return 0;
        if ((tok_is(s, k + 1, "and") || tok_is(s, k + 1, "or")) && space_gap(s, k + 1))
            k++;
    }
    return 0;
}

/* The counted noun after a figure ending at token last when a nationality
 * or an abbreviation (abbreviation_tok()) stands there: the nationality
 * itself in the plural ("13 Russians", unit "russian"), or the plural head
 * after it and at most two modifiers ("13 Russian nationals", "12 Russian
 * intelligence officers", "400 U.N. peacekeepers": the nationality is a
 * modifier, the head the unit).  0 when none. */
static size_t nationality_head(const scan *s, size_t last)
{
    int dotted = 0;
    if (!space_gap(s, last))
        return 0;
    if (!demonym_tok(s, last + 1)) {
        if (!abbreviation_tok(s, last + 1, &dotted))
            return 0;
    } else if (plural_word(s->t[last + 1].norm)) {
        return last + 1;
    }
    size_t u = last + 2;
    if (!gap_after(s, last + 1, dotted))
        return 0;
    while (u < last + 4 && u + 1 < s->n && unit_candidate(s, u) && !plural_word(s->t[u].norm) &&
           space_gap(s, u) && unit_candidate(s, u + 1))
        u++;
    return u < s->n && unit_candidate(s, u) && plural_word(s->t[u].norm) ? u : 0;
}

/* Units of measure: each spelling and abbreviation, the one name
 * np_numbers_find gives it, its dimension and how many of the dimension's
 * base unit it is (metres, square metres, kilograms, metres a second).
 * Spellings are as make_unit() leaves them (singular: "inches" -> "inch"). */
static const struct measure {
    const char *spelling, *name;
    int dim;
    double base;
} k_measures[] = { /* sorted by spelling (measure_of() searches it) */
    {"acre", "acre", NP_DIM_AREA, 4046.8564224},        {"centimeter", "centimetre", NP_DIM_LENGTH, 1e-2},
    {"centimetre", "centimetre", NP_DIM_LENGTH, 1e-2},   {"cm", "centimetre", NP_DIM_LENGTH, 1e-2},
    {"feet", "foot", NP_DIM_LENGTH, 0.3048},             {"foot", "foot", NP_DIM_LENGTH, 0.3048},
    {"ft", "foot", NP_DIM_LENGTH, 0.3048},               {"gram", "gram", NP_DIM_MASS, 1e-3},
    {"gramme", "gram", NP_DIM_MASS, 1e-3},               {"hectare", "hectare", NP_DIM_AREA, 1e4},
    {"inch", "inch", NP_DIM_LENGTH, 0.0254},             {"kg", "kilogram", NP_DIM_MASS, 1},
    {"kilo", "kilogram", NP_DIM_MASS, 1},                {"kilogram", "kilogram", NP_DIM_MASS, 1},
    {"kilogramme", "kilogram", NP_DIM_MASS, 1},          {"kilometer", "kilometre", NP_DIM_LENGTH, 1e3},
    {"kilometre", "kilometre", NP_DIM_LENGTH, 1e3},      {"km", "kilometre", NP_DIM_LENGTH, 1e3},
    {"km/h", "km/h", NP_DIM_SPEED, 1 / 3.6},             {"kmh", "km/h", NP_DIM_SPEED, 1 / 3.6},
    {"kph", "km/h", NP_DIM_SPEED, 1 / 3.6},              {"m", "metre", NP_DIM_LENGTH, 1},
    {"meter", "metre", NP_DIM_LENGTH, 1},                {"metre", "metre", NP_DIM_LENGTH, 1},
    {"mile", "mile", NP_DIM_LENGTH, 1609.344},           {"millimeter", "millimetre", NP_DIM_LENGTH, 1e-3},
    {"millimetre", "millimetre", NP_DIM_LENGTH, 1e-3},   {"mm", "millimetre", NP_DIM_LENGTH, 1e-3},
    {"mph", "mph", NP_DIM_SPEED, 0.44704},               {"tonne", "tonne", NP_DIM_MASS, 1e3},
    {"yard", "yard", NP_DIM_LENGTH, 0.9144},
};

static int cmp_measure(const void *key, const void *elem)
{
    return strcmp(key, ((const struct measure *)elem)->spelling);
}

/* The entry of spelling w, or NULL (a binary search: discrepancy tests ask
 * for every figure pair). */
static const struct measure *measure_of(const char *w)
{
    return bsearch(w, k_measures, sizeof k_measures / sizeof *k_measures, sizeof *k_measures, cmp_measure);
}

double np_unit_measure(const char *unit, int *dimension)
{
    *dimension = NP_DIM_NONE;
    if (!unit)
        return 0;
    int square = !strncmp(unit, "square ", 7);
    const struct measure *me = measure_of(square ? unit + 7 : unit);
    if (!me || (square && me->dim != NP_DIM_LENGTH))
        return 0;
    *dimension = square ? NP_DIM_AREA : me->dim;
    return square ? me->base * me->base : me->base;
}

/* Nouns ending in "-che" (and "axe"), whose plural adds only "s" where
 * the spelling would suggest "-es" after a sibilant ("headaches",
 * "tranches", "axes"). */
static int che_noun(const char *w, size_t n)
{
    static const char *const k_che[] = {"ache", "cache", "niche", "quiche", "cliche", "psyche", "moustache",
                                        "mustache", "avalanche", "tranche", "creche", "microfiche", "attache",
                                        "brioche", "cloche", "pastiche", "douche", "gouache", "fiche", "axe",
                                        NULL};
    for (size_t k = 0; k_che[k]; k++) {
        size_t m = strlen(k_che[k]);
        /* the word itself, or a compound ending in "ache" ("headache") */
        if ((m == n && !memcmp(w, k_che[k], n)) || (k == 0 && n > m && !memcmp(w + n - m, "ache", m) &&
                                                      w[n - m - 1] != 'e' && w[n - m - 1] != 'o'))
            return 1;
    }
    return 0;
}

/* Is w[0..n) a plural that adds "-es" after a sibilant ("branches",
 * "dishes", "taxes", "witnesses", "buzzes"), whose singular drops both
 * letters?  Not "-ses" after one "s" ("causes", "houses": their
 * singulars end in "e"), nor the "-che" nouns (che_noun()). */
static int sibilant_plural(const char *w, size_t n)
{
    if (n < 5 || w[n - 1] != 's' || w[n - 2] != 'e')
        return 0;
    char a = w[n - 3], b = w[n - 4];
    static const char *const k_sse[] = {"crevasse", "impasse", "posse", "finesse", "lacrosse", "mousse",
                                        "demitasse", NULL};
    int sib = (a == 'h' && (b == 'c' || b == 's')) || a == 'x' || (a == 's' && b == 's') || (a == 'z' && b == 'z');
    if (sib && a == 's')
        for (size_t k = 0; k_sse[k]; k++)
            if (strlen(k_sse[k]) == n - 1 && !memcmp(w, k_sse[k], n - 1))
                return 0;
    return sib && !che_noun(w, n - 1);
}

/* Is w[0..n) a noun ending in "-ie" ("movie", "rookie"), whose plural
 * "-ies" is no "-y" plural? */
static int ie_noun(const char *w, size_t n)
{
    static const char *const k_ie[] = {"movie", "cookie", "rookie", "zombie", "calorie", "prairie", "hippie",
                                       "selfie", "brownie", "goalie", "junkie", "hoodie", "smoothie", "pie",
                                       "tie", "lie", "eerie", "genie", "sortie", "auntie", "bogie", "birdie",
                                       "walkie", "veggie", "indie", "newbie", "freebie", "groupie", "yuppie", NULL};
    for (size_t k = 0; k_ie[k]; k++)
        if (strlen(k_ie[k]) == n && !memcmp(w, k_ie[k], n))
            return 1;
    return 0;
}

/* The stems of the nouns in "-f" and "-fe" whose plural is "-ves"
 * ("thief" / "thieves", "knife" / "knives"; not "chief", "safe"). */
static const char *const k_f_stems[] = {"thie", "wol", "hal", "shel", "loa", "cal", "lea", "sel", "el", "shea",
                                        "scar", "whar", "dwar", NULL};
static const char *const k_fe_stems[] = {"kni", "li", "wi", "midwi", "housewi", NULL};

/* Is w[0..n) one of stems? */
static int stem_in(const char *const *stems, const char *w, size_t n)
{
    for (size_t k = 0; stems[k]; k++)
        if (strlen(stems[k]) == n && !memcmp(w, stems[k], n))
            return 1;
    return 0;
}

/* Plurals in "-ves" of nouns in "-f" or "-fe" ("thieves", "wolves",
 * "halves", "knives", "lives", "wives"): the singular written into w, its
 * length returned; 0 for other "-ves" words ("moves", "olives", "archives"). */
static size_t f_plural(char *w, size_t n)
{
    size_t stem = n - 3;
    if (stem_in(k_f_stems, w, stem)) {
        memcpy(w + stem, "f", 2);
        return stem + 1;
    }
    if (stem_in(k_fe_stems, w, stem)) {
        memcpy(w + stem, "fe", 3);
        return stem + 2;
    }
    return 0;
}

/* Is w[0..n) (ending in "-use") a noun whose plural adds only "s"
 * ("causes", "houses", "abuses"), not one in "-us" ("campuses")?  After
 * a vowel ("cause", "house", "spouse") or one of a few others. */
static int use_noun(const char *w, size_t n)
{
    static const char *const k_use[] = {"abuse", "excuse", "muse", "fuse", "ruse", "recluse", "misuse",
                                        "overuse", "disuse", "refuse", NULL};
    if (n >= 4 && strchr("aeiou", w[n - 4]))
        return 1;
    for (size_t k = 0; k_use[k]; k++)
        if (strlen(k_use[k]) == n && !memcmp(w, k_use[k], n))
            return 1;
    return 0;
}

/* Singular lower-case unit string in the arena. */
static const char *make_unit(const scan *s, const char *pre, const char *w)
{
    char buf[96];
    size_t n = strlen(w);
    if (n >= 64)
        return NULL;
    memcpy(buf, w, n + 1);
    if (invariant_plural(buf)) {
        /* "species", "series": one form for both numbers */
    } else if (n > 4 && !strcmp(buf + n - 3, "ies")) {
        if (!ie_noun(buf, n - 1))
            memcpy(buf + n - 3, "y", 2);
        else
            buf[n - 1] = '\0';
    } else if (n > 4 && !strcmp(buf + n - 3, "ves") && f_plural(buf, n)) {
        /* "thieves" -> "thief", "knives" -> "knife" (f_plural() wrote it) */
    } else if (n >= 5 && !strcmp(buf + n - 4, "uses") && !use_noun(buf, n - 1)) {
        buf[n - 2] = '\0'; /* "campuses", "buses", "viruses" */
    } else if (sibilant_plural(buf, n)) {
        buf[n - 2] = '\0';
    } else if (plural_word(buf)) {
        buf[n - 1] = '\0'; /* not "news", "lens", "physics" (plural_word()) */
    }
    const struct measure *me = measure_of(buf);
    if (me)
        memcpy(buf, me->name, strlen(me->name) + 1);
    if (pre) {
        char out[160];
        size_t pl = strlen(pre), bl = strlen(buf);
        if (pl + 1 + bl >= sizeof out)
            return NULL;
        memcpy(out, pre, pl);
        out[pl] = ' ';
        memcpy(out + pl + 1, buf, bl + 1);
        return np_arena_strdup(s->arena, out);
    }
    return np_arena_strdup(s->arena, buf);
}

size_t np_unit_plural(const char *unit, char *out, size_t cap)
{
    size_t n = unit ? strlen(unit) : 0;
    if (!cap)
        return 0;
    out[0] = '\0';
    if (!n || n + 4 > cap)
        return 0;
    memcpy(out, unit, n + 1);
    /* already plural or the same in both numbers: "people", "men",
     * "schoolchildren", "species", "series", "news" */
    if (plural_noun(unit) || singular_in_s(unit))
        return n;
    if (unit[n - 1] == 'f' && stem_in(k_f_stems, unit, n - 1)) {
        memcpy(out + n - 1, "ves", 4);
        return n + 2;
    }
    if (n > 2 && !strcmp(unit + n - 2, "fe") && stem_in(k_fe_stems, unit, n - 2)) {
        memcpy(out + n - 2, "ves", 4);
        return n + 1;
    }
    char a = unit[n - 1], b = n > 1 ? unit[n - 2] : '\0';
    if (a == 'y' && b && !strchr("aeiou", b)) {
        memcpy(out + n - 1, "ies", 4);
        return n + 2;
    }
    if (a == 's' || a == 'x' || (a == 'z' && b == 'z') || (a == 'h' && (b == 'c' || b == 's'))) {
        memcpy(out + n, "es", 3);
        return n + 2;
    }
    memcpy(out + n, "s", 2);
    return n + 1;
}

/* Value of a digit token "115,600" / "2.5" / "3bn" / "21st"; sets *scale
 * for "m"/"bn" suffixes, *ord for ordinals and *joined to the name of a
 * unit of measure written joined ("12km", "30ft"; for "m" the caller
 * decides between millions and metres).  0 when not a plain number. */
static int parse_digits(const char *w, double *val, double *scale, int *ord, const char **joined)
{
    *joined = NULL;
    double v = 0, frac = 0, div = 1;
    int seen_dot = 0, k = 0;
    *scale = 1;
    *ord = 0;
    for (; w[k]; k++) {
        char c = w[k];
        if (c >= '0' && c <= '9') {
            if (seen_dot) {
                div *= 10;
                frac += (c - '0') / div;
            } else {
                v = v * 10 + (c - '0');
            }
        } else if (c == ',') {
            continue;
        } else if (c == '.') {
            if (seen_dot)
                return 0;
            seen_dot = 1;
        } else {
            break;
        }
    }
    const char *suf = w + k;
    *val = v + frac;
    if (!*suf)
        return 1;
    if (!strcmp(suf, "st") || !strcmp(suf, "nd") || !strcmp(suf, "rd") || !strcmp(suf, "th")) {
        *ord = 1;
        return 1;
    }
    if (!strcmp(suf, "m") || !strcmp(suf, "mn")) {
        *scale = 1e6;
        if (suf[1] == '\0')
            *joined = "metre";
        return 1;
    }
    if (!strcmp(suf, "bn") || !strcmp(suf, "b")) {
        *scale = 1e9;
        return 1;
    }
    if (!strcmp(suf, "k")) {
        *scale = 1e3;
        return 1;
    }
    if (!strcmp(suf, "tn") || !strcmp(suf, "trn")) {
        *scale = 1e12;
        return 1;
    }
    const struct measure *me = measure_of(suf);
    if (me) {
        *joined = me->name;
        return 1;
    }
    return 0; /* "28PPP", "1990s", "G8" */
}

static int approx_before(const scan *s, size_t i)
{
    static const char *const k1[] = {"about", "around", "nearly", "almost", "roughly", "approximately",
                                     "some", "over", "estimated", "up", "than", "least", "most", "under"};
    if (i == 0)
        return 0;
    for (size_t k = 0; k < sizeof k1 / sizeof *k1; k++)
        if (tok_is(s, i - 1, k1[k]))
            return 1;
    return 0;
}

/* A number being read at token i: where it starts, its last token so far,
 * its value (before the scale words) and what is known of it. */
typedef struct numcand {
    size_t start, last;
    double value, scale;
    unsigned flags;   /* NP_NUM_* */
    char cur[4];      /* currency code or "" */
    int ord;          /* digits with an ordinal suffix ("21st") */
    const char *w;    /* normalised text of the number's token */
    const char *joined; /* unit of measure joined to the digits ("12km"), or NULL */
} numcand;

/* What find() does next with a candidate: drop it, read what follows it
 * (scale, percent, unit), emit it as it stands, or nothing (already
 * emitted: go on after its last token); NUM_OOM when the arena is full. */
enum { NUM_SKIP, NUM_TAIL, NUM_EMIT, NUM_DONE, NUM_OOM };


/* "km/h": token k ("130km", "km") followed by "/h". */
static int per_hour(const scan *s, size_t k)
{
    return k + 1 < s->n && s->text[s->t[k].end] == '/' && s->t[k + 1].start == s->t[k].end + 1 &&
           tok_is(s, k + 1, "h");
}

/* Is token k digits with an "m" joined ("30m")? */
static int digits_m(const scan *s, size_t k)
{
    size_t n = k < s->n ? strlen(s->t[k].norm) : 0;
    return n > 1 && (s->t[k].flags & NP_TOK_NUMBER) && s->t[k].norm[n - 1] == 'm';
}

/* Is token k a word written in lower case (not "East Africans")? */
static int lower_word(const scan *s, size_t k)
{
    return k < s->n && (s->t[k].flags & NP_TOK_WORD) && !(s->t[k].flags & NP_TOK_CAP);
}

/* Does a dimension word at token k end its phrase: nothing after it, or
 * punctuation, or a function word ("15m high, the wall", "15m deep in
 * places")?  Not a hyphen ("3m long-term") nor a noun it modifies ("the
 * 20m high street revamp"). */
static int phrase_ends(const scan *s, size_t k)
{
    if (k + 1 >= s->n || hyphen_gap(s, k))
        return k + 1 >= s->n;
    if (!space_gap(s, k))
        return 1;
    return (s->t[k + 1].flags & NP_TOK_STOP) || !(s->t[k + 1].flags & NP_TOK_WORD);
}

/* "<digits>m" at token i is one of the distances races are run or swum
 * over (50 to 10,000 metres), with no currency before it. */
static int race_distance(const scan *s, size_t i)
{
    static const int metres[] = {50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000};
    const char *w = s->t[i].norm;
    int v = 0;
    for (size_t k = 0; w[k] && w[k] != 'm'; k++) {
        if (w[k] == ',')
            continue;
        if (w[k] < '0' || w[k] > '9' || v > 100000)
            return 0;
        v = v * 10 + (w[k] - '0');
    }
    /* a sum ("£800m", "€800m") never comes here: its currency sign made it
     * money first (digits_start()) */
    for (size_t k = 0; k < sizeof metres / sizeof *metres; k++)
        if (v == metres[k])
            return 1;
    return 0;
}

/* Is "<digits>m" at token i a length?  Only where the words around it
 * measure a distance, for British style writes millions so ("3m people",
 * "fell 3m tonnes", "passenger numbers fell 2m"):
 *  - a dimension word right after it that ends its phrase ("15m high",
 *    "40m deep.", "10m-wide"), or "away" / "apart", or a direction with
 *    "of" ("5m north of the bridge"), all in lower case;
 *  - "50m by 30m", either side;
 *  - "within" or a noun of extent with "of" before it, maybe with an
 *    approximation between ("within 40m of the summit", "a depth of 10m");
 *  - a verb of falling or climbing before it and a place after ("fell
 *    about 90m from a ridge", "slipped 60m down the slope", "fell 600m
 *    while climbing"), not a time ("fell 2m from a year earlier").
 * A noun after it counts something: millions ("3m tonnes", "2m barrels"). */
static int metres_here(const scan *s, size_t i)
{
    static const char *const dimension[] = {"high", "long", "deep", "tall", "wide", NULL};
    static const char *const apart[] = {"away", "apart", "underground", "underwater", "offshore", "inland", NULL};
    static const char *const direction[] = {"north", "south", "east", "west", "northeast", "northwest",
                                            "southeast", "southwest", NULL};
    static const char *const falls[] = {"fell", "fall", "falls", "falling", "fallen", "plunged", "plummeted",
                                        "slipped", "slid", "tumbled", "climbed", "climbing", NULL};
    static const char *const place_after[] = {"from", "down", "into", "off", "onto", "while", "when", NULL};
    static const char *const time_words[] = {"year", "years", "month", "months", "quarter", "week", "weeks",
                                             "day", "days", "last", "previous", "peak", "record", "high",
                                             "low", "level", "levels", "total", "figure", "figures", "start",
                                             NULL};
    static const char *const extent_noun[] = {"height", "depth", "distance", "altitude", "length", "width", NULL};
    /* "the 1,500m final", "an 800m runner": a race over one of its
     * distances */
    static const char *const race[] = {"backstroke", "breaststroke", "butterfly", "champion", "final", "finals",
                                       "freestyle", "heat", "heats", "hurdles", "medley", "race", "races",
                                       "relay", "runner", "runners", "specialist", "sprint", "sprinter",
                                       "steeplechase", "title", NULL};
    static const char *const approx[] = {"about", "around", "nearly", "almost", "some", "roughly",
                                         "approximately", "over", "just", "only", NULL};
    size_t k = i + 1;
    int next = k < s->n && (space_gap(s, i) || hyphen_gap(s, i)) && lower_word(s, k);
    if (next && np_lex_word_in(s->t[k].norm, dimension) && (hyphen_gap(s, i) || phrase_ends(s, k)))
        return 1;
    if (next && space_gap(s, i) && np_lex_word_in(s->t[k].norm, apart) && phrase_ends(s, k))
        return 1;
    if (next && space_gap(s, i) && np_lex_word_in(s->t[k].norm, direction) && tok_is(s, k + 1, "of"))
        return 1;
    /* "50m by 30m": the figure on either side of "by" */
    if (space_gap(s, i) && (tok_is(s, k, "by") || tok_is(s, k, "x")) && digits_m(s, k + 1))
        return 1;
    if (i >= 2 && (tok_is(s, i - 1, "by") || tok_is(s, i - 1, "x")) && digits_m(s, i - 2))
        return 1;
    if (next && space_gap(s, i) && race_distance(s, i) && np_lex_word_in(s->t[k].norm, race))
        return 1;
    size_t p = i;
    if (p > 0 && np_lex_word_in(s->t[p - 1].norm, approx))
        p--;
    if (p > 0 && tok_is(s, p - 1, "within"))
        return 1;
    if (p > 1 && tok_is(s, p - 1, "of") && np_lex_word_in(s->t[p - 2].norm, extent_noun))
        return 1;
    if (p > 0 && np_lex_word_in(s->t[p - 1].norm, falls) && next && space_gap(s, i) && np_lex_word_in(s->t[k].norm, place_after)) {
        /* "while climbing", "when descending": the fall's own motion;
         * "while costs rose" compares figures */
        if (tok_is(s, k, "while") || tok_is(s, k, "when")) {
            const char *w = k + 1 < s->n ? s->t[k + 1].norm : "";
            size_t wl = strlen(w);
            return wl > 4 && !strcmp(w + wl - 3, "ing");
        }
        /* "from a year earlier", "from 2011", "from March", "from
         * pre-pandemic figures": a time or a level, not a place */
        for (size_t q = k + 1; q < s->n && q <= k + 3; q++)
            if (np_lex_word_in(s->t[q].norm, time_words) || (s->t[q].flags & NP_TOK_NUMBER) || s->in_date[q] ||
                np_lex_month(s->t[q].norm, strlen(s->t[q].norm)))
                return 0;
        return 1;
    }
    return 0;
}

/* One hyphen or an en dash, and nothing else, between token i and i+1. */
static int score_gap(const scan *s, size_t i)
{
    if (hyphen_gap(s, i))
        return 1;
    size_t a = s->t[i].end, b = i + 1 < s->n ? s->t[i + 1].start : a;
    return b - a == 3 && (unsigned char)s->text[a] == 0xE2 && (unsigned char)s->text[a + 1] == 0x80 &&
           (unsigned char)s->text[a + 2] == 0x93;
}

/* Token i is a small whole number in digits ("3", "24"; not "3.5", "1,200"). */
static int small_whole(const scan *s, size_t i)
{
    if (i >= s->n || !(s->t[i].flags & NP_TOK_NUMBER))
        return 0;
    size_t n = s->t[i].end - s->t[i].start;
    const char *w = s->text + s->t[i].start;
    if (n > 3)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (w[k] < '0' || w[k] > '9')
            return 0;
    return 1;
}

/* Two pairs "x-y" in a row ("6-4, 7-6", "6-3 6-4"): set scores, of which
 * none alone is the result. */
static int set_run(const scan *s, size_t a)
{
    size_t b = a + 1, c = b + 1;
    if (c < s->n && s->t[c].start - s->t[b].end <= 2 && small_whole(s, c) && score_gap(s, c) &&
        small_whole(s, c + 1))
        return 1;
    return a >= 2 && small_whole(s, a - 2) && score_gap(s, a - 2) && s->t[a].start - s->t[a - 1].end <= 2 &&
           small_whole(s, a - 1);
}

/* A unit follows the pair ending at token b ("3-4 degrees", "4-5%",
 * "10-12 new homes", "2-3 times"): a range of a quantity, not a tally. */
static int pair_counts_unit(const scan *s, size_t b)
{
    size_t e = s->t[b].end;
    while (e < s->len && s->text[e] == ' ')
        e++;
    if (e < s->len && s->text[e] == '%')
        return 1;
    if (b + 1 >= s->n || !space_gap(s, b))
        return 0;
    size_t u = b + 1;
    if ((tok_is(s, u, "new") || tok_is(s, u, "more") || tok_is(s, u, "extra")) && u + 1 < s->n && space_gap(s, u))
        u++; /* "10-12 new homes" */
    return tok_is(s, u, "percent") || tok_is(s, u, "per") || tok_is(s, u, "c") || tok_is(s, u, "f") ||
           (unit_candidate(s, u) && !tok_is(s, u, "last") && !tok_is(s, u, "this") && !tok_is(s, u, "next") &&
            !tok_is(s, u, "season"));
}

/* The pair "x-y" at tokens a, a + 1 is a score, a
 * result or a win-loss record ("lost 24-17", "a 2-1 win", "improved to a
 * 5-3 record", "6-4, 7-6 (5)"): two tallies of a contest, not a quantity
 * or a range of one.  A range counts something after it ("40-50 homes"). */
static int score_pair(const scan *s, size_t a)
{
    static const char *const result_verb[] = {
        "won", "lost", "beat", "beating", "defeated", "defeating", "drew", "tied", "led", "trailed", "leads",
        "trails", "leading", "trailing", "edged", "routed", "thrashed", "downed", "topped", "blanked", "crushed",
        "swept", "win", "lose", "wins", "loses", NULL};
    /* a record's standing after a verb of change and "to": "fell to 4-7" */
    static const char *const change_verb[] = {"fell", "dropped", "slipped", "improved", "moved", "rose",
                                              "climbed", NULL};
    static const char *const result_noun[] = {
        "win", "wins", "victory", "victories", "loss", "losses", "defeat", "defeats", "draw", "tie", "lead",
        "triumph", "rout", "record", "decision", "deficit", "upset", "comeback", "scoreline", "shootout",
        "advantage", "margin", "final", "score", "down", "up", "game", "match", "contest", NULL};
    if (!small_whole(s, a) || !score_gap(s, a) || !small_whole(s, a + 1))
        return 0;
    size_t b = a + 1;
    static const char *const contest[] = {"championship", "clash", "cup", "decider", "derby", "final", "game",
                                          "leg", "match", "opener", "playoff", "quarterfinal", "rematch", "round",
                                          "semifinal", "series", "the", "tie", "title", NULL};
    /* a record after "went" or a verb of change and "to" ("went 10-2",
     * "fell to 4-7"), unless a unit follows: then a range ("fell to 3-4
     * degrees") */
    int unit_after = pair_counts_unit(s, b);
    if (a > 0 && space_gap(s, a - 1) && !unit_after &&
        (tok_is(s, a - 1, "went") ||
         (tok_is(s, a - 1, "to") && a >= 2 && s->t[a - 2].norm && np_lex_word_in(s->t[a - 2].norm, change_verb))))
        return 1;
    /* a verb of the result right before, or before its opponent ("beat
     * Dorn 3-1", "won the final 2-0", "won the series opener 4-1"); not
     * before a unit ("won the final 2-3 years ago") */
    for (size_t k = a, back = 0; k > 0 && back < 6 && !unit_after; k--, back++) {
        const np_token *w = &s->t[k - 1];
        if (!w->norm || !space_gap(s, k - 1))
            break;
        if (np_lex_word_in(w->norm, result_verb))
            return 1;
        if (!(w->flags & NP_TOK_CAP) && !np_lex_word_in(w->norm, contest))
            break;
    }
    /* a noun of the result after it, past one modifier ("a 3-2 overtime loss") */
    for (size_t k = b + 1; k < s->n && k <= b + 2 && space_gap(s, k - 1); k++)
        if (s->t[k].norm && np_lex_word_in(s->t[k].norm, result_noun))
            return 1;
    return set_run(s, a); /* set scores in a row: "6-4, 7-6", "6-3 6-4" */
}

/* Words of a vote before a tally ("voted 6-3", "passed the bill 52-48",
 * "upheld it by 5-4") or after it ("a 5-4 ruling", "a 7-2 majority"). */
static int vote_pair(const scan *s, size_t a)
{
    /* not "decided" nor "split": matches are decided 3-2, opinion is split 60-40 */
    static const char *const vote_verb[] = {"adopted", "approved", "backed", "confirmed", "endorsed", "overturned",
                                            "passed", "rejected", "ruled", "upheld", "vote", "voted", "votes",
                                            "voting", NULL};
    /* the singular "vote" only: "20-30 votes" counts votes */
    static const char *const vote_noun[] = {"ballot", "decision", "majority", "margin", "ruling", "tally",
                                            "verdict", "vote", NULL};
    /* what stands between a verb and its tally ("approved the plan by 9-4",
     * "backed the text 13-0-2"): its object, a noun after a determiner */
    static const char *const between[] = {"a", "an", "by", "it", "its", "the", "their", NULL};
    size_t b = a + 1;
    for (size_t k = b + 1; k < s->n && k <= b + 2 && space_gap(s, k - 1); k++)
        if (s->t[k].norm && np_lex_word_in(s->t[k].norm, vote_noun))
            return 1;
    if (pair_counts_unit(s, b))
        return 0; /* "voted 3-4 times", "approved 10-12 new homes" */
    for (size_t k = a, back = 0; k > 0 && back < 5; k--, back++) {
        const np_token *w = &s->t[k - 1];
        if (!w->norm || !space_gap(s, k - 1))
            return 0;
        if (np_lex_word_in(w->norm, vote_verb))
            return 1;
        if (!(w->flags & NP_TOK_CAP) && !np_lex_word_in(w->norm, between) &&
            !(k >= 2 && s->t[k - 2].norm && np_lex_word_in(s->t[k - 2].norm, between) && !tok_is(s, k - 2, "by")))
            return 0;
    }
    return 0;
}

/* A count of votes followed by "to" and the other side's count ("by 52
 * votes to 48", "by seven votes to two") is a tally: m grows to hold it.
 * Returns the token to go on after (last, or the other count's). */
static size_t votes_to(const scan *s, np_number_mention *m, size_t last)
{
    if (!m->unit || strcmp(m->unit, "vote") != 0 || (m->flags & (NP_NUM_TALLY | NP_NUM_APPROX)) ||
        last + 2 >= s->n || !tok_is(s, last + 1, "to") || !space_gap(s, last) || !space_gap(s, last + 1))
        return last;
    const np_token *o = &s->t[last + 2];
    double against = -1;
    if ((o->flags & NP_TOK_NUMBER) && small_whole(s, last + 2))
        against = strtod(o->norm, NULL);
    else if (o->norm && np_lex_number_word(o->norm, strlen(o->norm)) >= 0)
        against = (double)np_lex_number_word(o->norm, strlen(o->norm));
    if (against < 0 || against > m->value)
        return last; /* "52 votes to 48" counts the winners first */
    m->against = against;
    m->flags |= NP_NUM_TALLY;
    m->end = o->end;
    return last + 2;
}

/* A tally at token i ("5-4", "13-0-2" with its abstentions): emitted as one
 * mention with unit "vote" or "score"; NUM_SKIP when i starts none. */
static int tally_at(const scan *s, nvec *nv, size_t i, size_t *resume)
{
    if (!small_whole(s, i) || !score_gap(s, i) || !small_whole(s, i + 1) || set_run(s, i))
        return NUM_SKIP;
    if (i > 0 && score_gap(s, i - 1))
        return NUM_SKIP; /* the middle of "13-0-2" or of a code */
    int vote = vote_pair(s, i);
    if (!vote && !score_pair(s, i))
        return NUM_SKIP;
    size_t last = i + 1;
    if (vote && small_whole(s, i + 2) && score_gap(s, i + 1))
        last = i + 2; /* abstentions */
    np_number_mention *out = push(nv, s->arena);
    if (!out)
        return NUM_OOM;
    out->start = s->t[i].start;
    out->end = s->t[last].end;
    out->value = strtod(s->t[i].norm, NULL);
    out->against = strtod(s->t[i + 1].norm, NULL);
    out->unit = vote ? "vote" : "score";
    out->flags = NP_NUM_TALLY;
    *resume = last;
    return NUM_DONE;
}

/* Digits at token i: 1 when they are a quantity (not a time "10:30", not
 * part of a word or a code name "F-16"), with a currency sign before them
 * taken into m. */
static int digits_start(const scan *s, size_t i, numcand *m)
{
    const np_token *t = s->t;
    if (!parse_digits(m->w, &m->value, &m->scale, &m->ord, &m->joined))
        return 0;
    /* times "10:30" and parts of codes "G-8" */
    if (i + 1 < s->n && t[i + 1].start == t[i].end + 1 && s->text[t[i].end] == ':' &&
        (t[i + 1].flags & NP_TOK_NUMBER))
        return 0;
    if (i > 0 && t[i].start == t[i - 1].end + 1 && s->text[t[i - 1].end] == ':' &&
        (t[i - 1].flags & NP_TOK_NUMBER))
        return 0;
    if (i > 0 && t[i].start == t[i - 1].end && (t[i - 1].flags & NP_TOK_WORD))
        return 0;
    /* model and code names: "COVID-19", "F-16", "Su-57", "G-20" */
    if (i > 0 && hyphen_gap(s, i - 1) && (t[i - 1].flags & NP_TOK_CAP) && !(t[i - 1].flags & NP_TOK_NUMBER))
        return 0;
    /* a season's second year ("the 2030-31 season"): part of a date */
    if (i > 0 && hyphen_gap(s, i - 1) && (t[i - 1].flags & NP_TOK_NUMBER) && t[i - 1].end - t[i - 1].start == 4 &&
        t[i].end - t[i].start == 2)
        return 0;
    /* either side of a score ("lost 24-17"), and a set's tie-break after
     * it ("7-6 (5)") */
    if (score_pair(s, i) || (i > 0 && score_pair(s, i - 1)))
        return 0;
    if (i > 1 && t[i].start == t[i - 1].end + 2 && s->text[t[i].start - 1] == '(' && t[i].end < s->len && s->text[t[i].end] == ')' &&
        score_pair(s, i - 2))
        return 0;
    size_t cs = currency_before(s, t[i].start, m->cur);
    if (cs != (size_t)-1) {
        m->start = cs;
        m->flags |= NP_NUM_MONEY;
    } else {
        m->cur[0] = '\0';
    }
    /* "No. 3", "number 3", "#3": a rank by its number */
    if (m->ord || (i > 0 && ((tok_is(s, i - 1, "no") && t[i - 1].end < s->len && s->text[t[i - 1].end] == '.') ||
                             tok_is(s, i - 1, "number") ||
                             (t[i].start > 0 && s->text[t[i].start - 1] == '#'))))
        m->flags |= NP_NUM_ORDINAL;
    /* "130km/h": a speed, not a length */
    if (m->joined && !strcmp(m->joined, "kilometre") && per_hour(s, i)) {
        m->joined = "km/h";
        m->last = i + 1;
    }
    /* "90m": metres or millions (metres_here()); never metres as a sum
     * ("£40m", "7m euros") */
    if (m->joined && m->scale != 1) {
        int sum = (m->flags & NP_NUM_MONEY) || (space_gap(s, i) && i + 1 < s->n && currency_word(t[i + 1].norm));
        if (!sum && metres_here(s, i))
            m->scale = 1;
        else
            m->joined = NULL;
    }
    return 1;
}

/* "hundreds", "dozens", "hundreds of thousands (of people)": an
 * approximate count; with "of" and a counted noun it is emitted here. */
static int approx_word(const scan *s, nvec *nv, size_t i, double ap, numcand *m, size_t *resume)
{
    const np_token *t = s->t;
    m->value = ap;
    m->flags |= NP_NUM_APPROX | NP_NUM_WORD;
    if (m->last + 2 < s->n && tok_is(s, m->last + 1, "of") && approx_plural(t[m->last + 2].norm) > ap) {
        m->value = ap * approx_plural(t[m->last + 2].norm);
        m->last += 2;
    }
    if (tok_is(s, m->last + 1, "of") && unit_candidate(s, m->last + 2)) {
        m->last += 2;
        /* "hundreds of black-clad cyclists": the plural head */
        size_t head = plural_head(s, m->last);
        if (head)
            m->last = head;
        const char *u = make_unit(s, NULL, t[m->last].norm);
        np_number_mention *out = push(nv, s->arena);
        if (!out)
            return NUM_OOM;
        out->start = t[i].start;
        out->end = t[m->last].end;
        out->value = m->value;
        out->unit = u;
        out->flags = m->flags;
        *resume = m->last;
        return NUM_DONE;
    }
    if (m->last == i && !unit_candidate(s, i + 1))
        return NUM_SKIP; /* lone "hundreds" is too vague */
    return NUM_TAIL;
}

/* An ordinal word counts only after a determiner and before a counted
 * noun: "its fourth year", not "must first withdraw". */
static int ordinal_counts(const scan *s, size_t i, int ow)
{
    const np_token *t = s->t;
    int det = i > 0 && (tok_is(s, i - 1, "the") || tok_is(s, i - 1, "a") || tok_is(s, i - 1, "its") ||
                        tok_is(s, i - 1, "his") || tok_is(s, i - 1, "her") || tok_is(s, i - 1, "their") ||
                        tok_is(s, i - 1, "our") || tok_is(s, i - 1, "this") ||
                        (strlen(t[i - 1].norm) > 2 && !strcmp(t[i - 1].norm + strlen(t[i - 1].norm) - 2, "'s")));
    return ow > 0 && det && !(t[i].flags & NP_TOK_CAP) && space_gap(s, i) && unit_candidate(s, i + 1);
}

static size_t partitive_head(const scan *s, size_t first, size_t last);

/* A verb of the clause beside a counted noun: 2 for a finite auxiliary or
 * copula, a present in -s that keeps someone somewhere ("remains") or a
 * common irregular past ("died", "hurt"); 1 for a regular past
 * ("arrested"), which may as well be a participle that modifies; else 0. */
static int clause_verb(const scan *s, size_t i)
{
    static const char *const k_finite[] = {"has", "is", "remained", "remains", "stays", "was", NULL};
    if (i >= s->n || !(s->t[i].flags & NP_TOK_WORD) || (s->t[i].flags & NP_TOK_CAP))
        return 0;
    const char *w = s->t[i].norm;
    size_t n = strlen(w);
    if (np_lex_word_in(w, k_finite) || past_form(w))
        return 2;
    return n > 4 && !strcmp(w + n - 2, "ed");
}

/* Token i ends a noun phrase: nothing, punctuation or a function word
 * after it. */
static int phrase_ends_after(const scan *s, size_t i)
{
    return !space_gap(s, i) || !(s->t[i + 1].flags & NP_TOK_WORD) || (s->t[i + 1].flags & NP_TOK_STOP);
}

/* "One worker remains missing", "one man was arrested", "killed one
 * firefighter": "one" counting a singular noun, which the outlet saying
 * "four workers" contradicts.  "one" alone is a pronoun or an idiom too
 * often ("one of them", "no one", "one day", "the one who"), so it counts
 * only as the subject of a verb right after its noun or as the object of
 * a verb right before it, and never after a word that makes it a pronoun. */
static int counted_one(const scan *s, size_t i)
{
    static const char *const k_pronoun_before[] = {"any", "each", "every", "no", "only", "that", "the", "this",
                                                   "which", NULL};
    const np_token *t = s->t;
    if (!tok_is(s, i, "one") || !space_gap(s, i) || !unit_candidate(s, i + 1) || plural_word(t[i + 1].norm) ||
        past_form(t[i + 1].norm) || (i > 0 && np_lex_word_in(t[i - 1].norm, k_pronoun_before)))
        return 0;
    /* '..." said one official': who spoke, not what happened */
    if (i > 0 && np_lex_is_speech_verb(t[i - 1].norm, strlen(t[i - 1].norm)) &&
        (i == 1 || !(t[i - 2].flags & NP_TOK_WORD)))
        return 0;
    /* a subject opens its clause (not "included one rocket ..."); a past in
     * "-ed" after its noun ends the clause or takes a preposition ("One man
     * drowned in ..."), else it modifies ("one rocket propelled grenade") */
    int verb_after = space_gap(s, i + 1) ? clause_verb(s, i + 2) : 0;
    if (verb_after && np_lex_is_speech_verb(t[i + 2].norm, strlen(t[i + 2].norm)))
        return 0; /* "one man told reporters": who spoke */
    int subject = (verb_after == 2 || (verb_after == 1 && phrase_ends_after(s, i + 2))) &&
                  !(i > 0 && clause_verb(s, i - 1));
    /* the object ends at its noun: "killed one worker, ..." */
    int object = i > 0 && space_gap(s, i - 1) && clause_verb(s, i - 1) && !tok_is(s, i - 1, "is") &&
                 !tok_is(s, i - 1, "was") && !tok_is(s, i - 1, "has") && phrase_ends_after(s, i + 1) &&
                 !tok_is(s, i + 2, "of");
    if (!subject && !object)
        return 0;
    /* "One man was arrested on Friday and another on Saturday": one of
     * several (looked for up to the next full stop) */
    for (size_t k = i + 2; k < s->n && k < i + 24; k++) {
        if (sentence_gap(s, k - 1))
            break;
        if (tok_is(s, k, "another") || (tok_is(s, k, "second") && tok_is(s, k - 1, "a")) ||
            (tok_is(s, k, "other") && tok_is(s, k - 1, "the")))
            return 0;
    }
    return 1;
}

/* A number word ("eight men", "a dozen people", "half a dozen officers"):
 * NUM_TAIL when it counts something, else NUM_SKIP. */
static int counting_word(const scan *s, size_t i, long nw, numcand *m)
{
    const np_token *t = s->t;
    /* "a dozen people", "half a dozen officers", "a hundred workers":
     * the article counts one of the scale word */
    double half = 1;
    if (nw < 0 && (!strcmp(m->w, "a") || !strcmp(m->w, "an")) && space_gap(s, i) && i + 1 < s->n &&
        scale_of(t[i + 1].norm) > 0 && space_gap(s, i + 1) &&
        (unit_candidate(s, i + 2) || demonym_tok(s, i + 2))) {
        nw = 1;
        if (i > 0 && tok_is(s, i - 1, "half") && space_gap(s, i - 1)) {
            half = 0.5;
            m->start = t[i - 1].start;
        }
    }
    if (nw < 0)
        return NUM_SKIP;
    m->value = (double)nw * half;
    m->flags |= NP_NUM_WORD;
    /* a number word needs a scale word or a counted noun after it,
     * and "one" is too often a pronoun to count alone */
    size_t last = m->last;
    int has_scale = space_gap(s, last) && last + 1 < s->n && scale_of(t[last + 1].norm) > 0;
    m->w = t[last].norm;
    /* "Two died": a verb, no counted noun (but "two hit songs") */
    int noun_next = unit_candidate(s, last + 1) && (!past_form(t[last + 1].norm) || plural_head(s, last + 1));
    /* "a three-kilometre radius": a measure, as "3-kilometre" is
     * (counted_unit() takes the compound's unit).  Not a span of time:
     * "a nine-month-old lawsuit", "a two-week deadline" tell
     * an age or a term in passing, seldom the figure of a claim */
    if (nw > 0 && hyphen_gap(s, last) && last + 1 < s->n && t[last + 1].norm && measure_of(t[last + 1].norm) &&
        strcmp(t[last + 1].norm, "yard") != 0) /* "the six-yard box": a pitch's area, named */
        return NUM_TAIL;
    if (!has_scale && ((nw == 1 && !counted_one(s, i)) || nw == 0 || !space_gap(s, last) ||
                       !(noun_next || nationality_head(s, last) || partitive_head(s, i, last))))
        return NUM_SKIP;
    if (!strcmp(m->w, "hundred") || !strcmp(m->w, "thousand") || !strcmp(m->w, "dozen"))
        return NUM_SKIP; /* "a hundred" handled poorly; skip */
    return NUM_TAIL;
}

/* A word at token i that may be a number: fractions, compound tens,
 * approximate plurals, ordinals, number words. */
static int word_start(const scan *s, nvec *nv, size_t i, numcand *m, size_t *resume)
{
    const np_token *t = s->t;
    size_t wl = strlen(m->w);
    long nw = np_lex_number_word(m->w, wl);
    int ow = np_lex_ordinal_word(m->w, wl);
    double ap = approx_plural(m->w);
    if (nw > 0 && nw < 20 && hyphen_gap(s, i) && fraction_den(t[i + 1].norm)) {
        /* "one-fifth", "two-thirds" */
        m->value = (double)nw / fraction_den(t[i + 1].norm);
        m->flags |= NP_NUM_FRACTION | NP_NUM_WORD;
        m->last = i + 1;
        return NUM_EMIT;
    }
    if (nw > 0 && nw < 20 && space_gap(s, i) && fraction_den(t[i + 1].norm) &&
        tok_is(s, i + 2, "of") && space_gap(s, i + 1)) {
        /* "three quarters of the vote", "two thirds of them": spelt apart,
         * a fraction only before "of" ("three quarters in a row" counts
         * periods) */
        m->value = (double)nw / fraction_den(t[i + 1].norm);
        m->flags |= NP_NUM_FRACTION | NP_NUM_WORD;
        m->last = i + 1;
        return NUM_EMIT;
    }
    if (nw >= 20 && nw < 100 && hyphen_gap(s, i)) {
        long ones = np_lex_number_word(t[i + 1].norm, strlen(t[i + 1].norm));
        if (ones > 0 && ones < 10) {
            nw += ones; /* "twenty-two" */
            m->last = i + 1;
        }
    }
    if (ap > 0)
        return approx_word(s, nv, i, ap, m, resume);
    if (ordinal_counts(s, i, ow)) {
        m->value = ow;
        m->flags |= NP_NUM_ORDINAL | NP_NUM_WORD;
        return NUM_TAIL;
    }
    return counting_word(s, i, nw, m);
}

/* Push the number with the counted noun at token u as its unit (pre:
 * "square", "cubic" or NULL); find() goes on after u. */
static int emit_counted(const scan *s, nvec *nv, size_t i, const numcand *m, size_t u, const char *pre,
                        size_t *resume)
{
    np_number_mention *out = push(nv, s->arena);
    if (!out)
        return NUM_OOM;
    out->start = m->start;
    out->end = s->t[u].end;
    out->value = m->value;
    out->unit = make_unit(s, pre, s->t[u].norm);
    out->flags = m->flags | (approx_before(s, i) ? NP_NUM_APPROX : 0);
    /* "120 km/h": a speed */
    if (!pre && out->unit && !strcmp(out->unit, "kilometre") && per_hour(s, u)) {
        out->unit = "km/h";
        out->end = s->t[++u].end;
    }
    *resume = u;
    return NUM_DONE;
}

/* Percent ("19%", "19 percent", "19 per cent") and a currency word after
 * the number ("300 million euros").  NUM_TAIL when neither follows. */
static int percent_or_currency(const scan *s, nvec *nv, numcand *m, size_t *resume)
{
    size_t e = s->t[m->last].end;
    if (e < s->len && s->text[e] == '%') {
        m->flags |= NP_NUM_PERCENT;
        np_number_mention *out = push(nv, s->arena);
        if (!out)
            return NUM_OOM;
        out->start = m->start;
        out->end = e + 1;
        out->value = m->value;
        out->flags = m->flags;
        memcpy(out->currency, m->cur, 4);
        *resume = m->last;
        return NUM_DONE;
    }
    /* "25 pc" (British papers) in lower case; "25 PCs" are computers */
    if (space_gap(s, m->last) && (tok_is(s, m->last + 1, "percent") ||
                                  (tok_is(s, m->last + 1, "pc") && !(s->t[m->last + 1].flags & NP_TOK_CAP)))) {
        m->flags |= NP_NUM_PERCENT;
        m->last++;
        return NUM_EMIT;
    }
    if (space_gap(s, m->last) && tok_is(s, m->last + 1, "per") && tok_is(s, m->last + 2, "cent")) {
        m->flags |= NP_NUM_PERCENT;
        m->last += 2;
        return NUM_EMIT;
    }
    const char *cw = space_gap(s, m->last) && m->last + 1 < s->n ? currency_word(s->t[m->last + 1].norm) : NULL;
    if (cw && !(m->flags & NP_NUM_MONEY)) {
        memcpy(m->cur, cw, 4);
        m->flags |= NP_NUM_MONEY;
        m->last++;
        return NUM_EMIT;
    }
    return NUM_TAIL;
}

/* Is the gap after token i the apostrophe mark (of a plural possessive,
 * "the hostages' relatives") and spaces? */
static int gap_after_apostrophe(const scan *s, size_t i, const char *mark)
{
    size_t p = s->t[i].end, e = s->t[i + 1].start, ml = strlen(mark);
    if (e - p <= ml || memcmp(s->text + p, mark, ml) != 0)
        return 0;
    for (p += ml; p < e; p++)
        if (s->text[p] != ' ')
            return 0;
    return 1;
}

/* The counted noun of a part taken from a whole, the figure's tokens
 * first..last: "150 of the rowers", "seven of its ferries", "90 of the
 * union's members" (a possessor, then at most two modifiers before the
 * plural head).  0 when none, or when a figure counts the whole ("two of
 * the three victims": the whole is a figure of its own). */
static size_t partitive_head(const scan *s, size_t first, size_t last)
{
    static const char *const k_det[] = {"the", "its", "their", "his", "her", "our", "these", "those", NULL};
    /* "Section 230 of the laws", "Game 7 of the finals": the figure labels
     * a part, it counts nothing */
    static const char *const k_label[] = {"section", "article", "chapter", "page", "game", "round", "stage",
                                          "part", "volume", "item", "act", "title", "clause", "paragraph",
                                          "rule", "amendment", "episode", "week", "day", "level", "phase",
                                          "grade", "exhibit", "figure", "table", "room", "flight", "route",
                                          "lot", "pier", "gate", "platform", "number", "no", NULL};
    if (first > 0 && np_lex_word_in(s->t[first - 1].norm, k_label))
        return 0;
    if (!space_gap(s, last) || !tok_is(s, last + 1, "of") || !space_gap(s, last + 1) || last + 2 >= s->n ||
        !np_lex_word_in(s->t[last + 2].norm, k_det))
        return 0;
    size_t u = last + 3;
    int after_possessor = 0;
    if (u < s->n && space_gap(s, u - 1) && (s->t[u].flags & NP_TOK_WORD) && !(s->t[u].flags & NP_TOK_NUMBER)) {
        /* a possessor: "the union's", "the Navy's" (one token), "the
         * hostages' relatives" (the apostrophe left in the gap after it) */
        const np_token *t = &s->t[u];
        size_t len = t->end - t->start;
        const char *e = s->text + t->end;
        if ((len > 2 && e[-2] == '\'' && e[-1] == 's') ||
            (len > 4 && (unsigned char)e[-4] == 0xE2 && (unsigned char)e[-3] == 0x80 &&
             (unsigned char)e[-2] == 0x99 && e[-1] == 's')) {
            u++;
        } else if (plural_word(t->norm) && u + 1 < s->n &&
                   (gap_after_apostrophe(s, u, "'") || gap_after_apostrophe(s, u, "\xe2\x80\x99"))) {
            u++;
            after_possessor = 1;
        }
    }
    for (size_t k = 0; k < 3 && u < s->n && (space_gap(s, u - 1) || (k == 0 && after_possessor)); k++, u++) {
        const np_token *t = &s->t[u];
        if ((t->flags & NP_TOK_NUMBER) || (t->norm && np_lex_number_word(t->norm, strlen(t->norm)) > 0) ||
            !unit_candidate(s, u))
            return 0;
        if (plural_word(t->norm))
            return u;
    }
    return 0;
}

/* A person's age written after the name ("Pavel Rusk, 47, was hurt",
 * "Rusk (47)", "Rusk, 47.") or after "aged": one token of digits,
 * a whole number up to AGE_MAX, after a capitalised word that is no month
 * or weekday ("On March 3, 47 people" is a count); the analysis keeps it
 * an age only after a person's name (extract/analysis.c). */
#define AGE_MAX 120
static int age_after_name(const scan *s, size_t i, const numcand *m)
{
    const np_token *t = s->t;
    if (m->last != i || i == 0 || !(t[i].flags & NP_TOK_NUMBER) || m->value < 1 || m->value > AGE_MAX ||
        m->value != (double)(long)m->value || t[i].end - t[i].start > 3)
        return 0;
    if (tok_is(s, i - 1, "aged") && space_gap(s, i - 1))
        return 1;
    const np_token *p = &t[i - 1];
    size_t gap = t[i].start - p->end, e = t[i].end;
    if (!(p->flags & NP_TOK_CAP) || (p->flags & NP_TOK_NUMBER) || !p->norm || np_lex_month(p->norm, strlen(p->norm)) ||
        np_lex_weekday(p->norm, strlen(p->norm)) || e >= s->len)
        return 0;
    const char *g = s->text + p->end;
    char after = s->text[e];
    if (gap == 2 && g[0] == ',' && g[1] == ' ')
        return after == ',' || (after == '.' && (e + 1 == s->len || s->text[e + 1] == ' ' || s->text[e + 1] == '\n'));
    return gap == 2 && g[0] == ' ' && g[1] == '(' && after == ')';
}

/* What the number counts: a compound modifier ("600,000-member",
 * "28-point"), a nationality ("13 Russians", "13 Russian nationals") or a
 * noun ("28 points", "115,600 square kilometres", "400,000 state
 * employees").  An age after a name (age_after_name(), unit "year").  NUM_EMIT
 * (no unit) when nothing follows. */
static int counted_unit(const scan *s, nvec *nv, size_t i, numcand *m, size_t *resume)
{
    const np_token *t = s->t;
    size_t last = m->last;
    if (age_after_name(s, i, m)) {
        np_number_mention *out = push(nv, s->arena);
        if (!out)
            return NUM_OOM;
        out->start = m->start;
        out->end = t[last].end;
        out->value = m->value;
        out->unit = "year";
        out->flags = m->flags | NP_NUM_AGE;
        *resume = last;
        return NUM_DONE;
    }
    if (hyphen_gap(s, last) && unit_candidate(s, last + 1))
        return emit_counted(s, nv, i, m, last + 1, NULL, resume);
    size_t head = nationality_head(s, last);
    if (!head)
        head = partitive_head(s, i, last);
    if (head)
        return emit_counted(s, nv, i, m, head, NULL, resume);
    if (!(space_gap(s, last) && unit_candidate(s, last + 1)))
        return NUM_EMIT;
    const char *pre = NULL;
    size_t u = last + 1;
    if ((tok_is(s, u, "square") || tok_is(s, u, "cubic")) && space_gap(s, u) && unit_candidate(s, u + 1)) {
        pre = t[u].norm;
        u++;
    } else if (m->value != 1) {
        /* "400,000 state employees", "3.7 metric tons", "three former
         * crew-mates": modifiers before the plural head noun; the head is
         * the unit */
        size_t plural = plural_head(s, u);
        if (plural)
            u = plural;
    }
    if (past_form(t[u].norm))
        return NUM_EMIT; /* "50 hurt": what the counted did, no unit */
    return emit_counted(s, nv, i, m, u, pre, resume);
}

static int emit_plain(const scan *s, nvec *nv, size_t i, const numcand *m, size_t *resume);

/* Is the number ending at token last (value v) a time of day: followed by
 * "a.m."/"p.m." (the tokens "a"/"p", a period, "m"), "am"/"pm" in any
 * case, or, written as 24-hour digits, "hrs"/"GMT"/"UTC"? */
static int clock_time(const scan *s, size_t last, double v)
{
    if (last + 1 >= s->n || !space_gap(s, last) || v < 0 || v > 2400)
        return 0;
    const np_token *n = &s->t[last + 1];
    if (!n->norm)
        return 0;
    if ((!strcmp(n->norm, "a") || !strcmp(n->norm, "p")) && last + 2 < s->n && n->end < s->len &&
        s->text[n->end] == '.' && s->t[last + 2].start == n->end + 1 && s->t[last + 2].norm &&
        !strcmp(s->t[last + 2].norm, "m"))
        return v <= 12;
    if (!strcmp(n->norm, "am") || !strcmp(n->norm, "pm"))
        return v <= 12 && ((n->flags & NP_TOK_ALLCAPS) || !(n->flags & NP_TOK_CAP));
    static const char *const k_24[] = {"hrs", "gmt", "utc", NULL};
    return np_lex_word_in(n->norm, k_24) && s->t[last].end - s->t[last].start == 4;
}

/* Everything after the number itself: a bare year is dropped, scale words
 * apply ("2.4 billion"), then percent, currency or the counted unit. */
static int number_tail(const scan *s, nvec *nv, size_t i, numcand *m, size_t *resume)
{
    const np_token *t = s->t;
    if (m->joined) { /* "12km": its unit read with the digits */
        int r = emit_plain(s, nv, i, m, resume);
        if (r == NUM_DONE && !(nv->v[nv->n - 1].unit = np_arena_strdup(s->arena, m->joined)))
            return NUM_OOM;
        return r;
    }
    /* a time of day: "at 8 p.m.", "5 PM", "1100 hrs" */
    if ((t[i].flags & NP_TOK_NUMBER) && clock_time(s, m->last, m->value))
        return NUM_SKIP;
    /* year standing alone is a date, not a number */
    if ((t[i].flags & NP_TOK_NUMBER) && !(m->flags & NP_NUM_MONEY) && t[i].end - t[i].start == 4 &&
        m->value >= 1900 && m->value <= 2100 && m->scale == 1 && !strchr(m->w, ',')) {
        int keep = 0;
        if (i + 1 < s->n && (s->text[t[i].end] == '%' || tok_is(s, i + 1, "percent")))
            keep = 1;
        if (!keep)
            return NUM_SKIP;
    }
    while (space_gap(s, m->last) && m->last + 1 < s->n && scale_of(t[m->last + 1].norm) > 0) {
        m->scale *= scale_of(t[m->last + 1].norm);
        m->last++;
    }
    m->value *= m->scale;
    int r = percent_or_currency(s, nv, m, resume);
    if (r != NUM_TAIL)
        return r;
    if (m->flags & NP_NUM_MONEY)
        return NUM_EMIT;
    return counted_unit(s, nv, i, m, resume);
}

/* The number as read, without a unit. */
static int emit_plain(const scan *s, nvec *nv, size_t i, const numcand *m, size_t *resume)
{
    np_number_mention *out = push(nv, s->arena);
    if (!out)
        return NUM_OOM;
    out->start = m->start;
    out->end = s->t[m->last].end;
    out->value = m->value;
    out->flags = m->flags | (approx_before(s, i) ? NP_NUM_APPROX : 0);
    memcpy(out->currency, m->cur, 4);
    *resume = m->last;
    return NUM_DONE;
}

/* What a bare figure at token i counts when it is what "the number of
 * <noun>" or "the death toll" came to: "The number of customers whose
 * details were stolen has risen to 2.6 million", "the number of evacuees
 * stood at about 12,000", "the death toll rose to 1,200" (people).  The
 * figure follows "to", "at" or a verb of reaching (past approximation
 * words), and the subject opens within NUMBER_OF_REACH tokens before it,
 * in its sentence, with no other figure between.  The unit of "number of"
 * is the first lower-case plural noun within four words after "of" (names
 * before it are its owner: "Merrow Valley Utilities customers"; a
 * function word ends the phrase).  The unit word, or NULL when none. */
#define NUMBER_OF_REACH 24
static const char *number_of_unit(const scan *s, const nvec *nv, size_t i)
{
    static const char *const hedge[] = {"about", "almost", "approximately", "around", "just", "least", "more",
                                        "nearly", "now", "over", "roughly", "some", "than", "under", NULL};
    static const char *const reach[] = {"at", "exceeded", "hit", "passed", "reached", "surpassed", "to", "topped",
                                        "totaled", "totalled", NULL};
    /* "at" only as a level held ("stood at", "is now at"), not a place or
     * a time ("met at 9", "the museum at 12 Harbour Road") */
    static const char *const level[] = {"is", "remained", "remains", "stand", "stands", "stood", "was", NULL};
    /* verbs in "-s" that read as plural nouns ("the number of unemployed
     * stands at"): the phrase ends before them */
    static const char *const verb_s[] = {"climbs", "exceeds", "falls", "hits", "passes", "reaches", "remains",
                                         "rises", "stands", "tops", "totals", NULL};
    size_t k = i;
    while (k > 0 && s->t[k - 1].norm && np_lex_word_in(s->t[k - 1].norm, hedge) && !sentence_gap(s, k - 1))
        k--;
    if (k == 0 || !s->t[k - 1].norm || !np_lex_word_in(s->t[k - 1].norm, reach) || sentence_gap(s, k - 1))
        return NULL;
    if (tok_is(s, k - 1, "at")) {
        size_t v = k - 1; /* past "now" */
        while (v > 0 && tok_is(s, v - 1, "now"))
            v--;
        if (v == 0 || !s->t[v - 1].norm || !np_lex_word_in(s->t[v - 1].norm, level))
            return NULL;
    }
    size_t after = nv->n ? nv->v[nv->n - 1].end : 0; /* the last figure read ends the search */
    for (size_t j = k - 1; j >= 2 && k - j < NUMBER_OF_REACH; j--) {
        /* the figure's clause only: a comma or a conjunction ends it ("the
         * number of cases was small, but the fine rose to 9") */
        if (sentence_gap(s, j - 1) || s->t[j].start < after ||
            memchr(s->text + s->t[j - 1].end, ',', s->t[j].start - s->t[j - 1].end) || tok_is(s, j - 1, "and") ||
            tok_is(s, j - 1, "but") || tok_is(s, j - 1, "while"))
            return NULL;
        if (tok_is(s, j - 1, "toll") && tok_is(s, j - 2, "death"))
            return "people";
        if (!tok_is(s, j - 1, "of") || !tok_is(s, j - 2, "number"))
            continue;
        if (j < 3 || !tok_is(s, j - 3, "the"))
            return NULL; /* "a number of firms have cut their staff to 40": some firms, no count */
        for (size_t u = j, words = 0; u < k - 1 && words < 4; u++, words++) {
            const np_token *t = &s->t[u];
            /* a function word, an adverb or a verb ends the noun phrase
             * ("the number of unemployed now stands at": no noun) */
            if (!t->norm || !(t->flags & NP_TOK_WORD) || (t->flags & NP_TOK_STOP) || np_lex_word_in(t->norm, hedge) ||
                np_lex_word_in(t->norm, verb_s) || (u > j && sentence_gap(s, u - 1)))
                return NULL;
            if (!(t->flags & NP_TOK_CAP) && plural_noun(t->norm) && unit_candidate(s, u))
                return t->norm;
        }
        return NULL;
    }
    return NULL;
}

static np_status find(scan *s, nvec *nv)
{
    const np_token *t = s->t;
    for (size_t i = 0; i < s->n; i++) {
        if (s->in_date[i])
            continue;
        numcand m = {.start = t[i].start, .last = i, .value = 0, .scale = 1, .cur = "", .w = t[i].norm};
        size_t resume = i;
        int r;
        if ((t[i].flags & NP_TOK_NUMBER) && (r = tally_at(s, nv, i, &resume)) != NUM_SKIP)
            ;
        else if (t[i].flags & NP_TOK_NUMBER)
            r = digits_start(s, i, &m) ? NUM_TAIL : NUM_SKIP;
        else if (t[i].flags & NP_TOK_WORD)
            r = word_start(s, nv, i, &m, &resume);
        else
            continue;
        if (r == NUM_TAIL)
            r = number_tail(s, nv, i, &m, &resume);
        if (r == NUM_EMIT) {
            const char *counted = number_of_unit(s, nv, i);
            r = emit_plain(s, nv, i, &m, &resume);
            if (r == NUM_DONE && counted && !nv->v[nv->n - 1].currency[0])
                nv->v[nv->n - 1].unit = make_unit(s, NULL, counted);
        }
        if (r == NUM_OOM)
            return NP_ENOMEM;
        if (r == NUM_DONE) {
            i = resume;
            if (nv->n && nv->v[nv->n - 1].start == m.start)
                i = votes_to(s, &nv->v[nv->n - 1], i);
        }
    }
    return NP_OK;
}

np_status np_numbers_find_tok(const char *text, size_t len, const np_token *tok, size_t ntok,
                              np_arena *arena, np_number_mention **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!text)
        return NP_OK;
    scan s = {.text = text, .len = len, .arena = arena};
    np_status st;
    if ((st = np_tokens_given_or_made(text, len, tok, ntok, arena, &s.t, &s.n)) != NP_OK)
        return st;
    s.in_date = np_arena_alloc(arena, s.n + 1);
    if (!s.in_date)
        return NP_ENOMEM;
    /* digits that belong to dates ("November 27", "2025-11-27") are not
     * quantities; bare years are dropped separately so "2,000" survives */
    np_date_mention *dates;
    size_t nd;
    st = np_dates_find_tok(text, len, s.t, s.n, NULL, arena, &dates, &nd);
    if (st != NP_OK)
        return st;
    for (size_t d = 0, i = 0; d < nd; d++) {
        if (dates[d].gran == NP_DATE_YEAR)
            continue;
        while (i < s.n && s.t[i].end <= dates[d].start)
            i++;
        for (size_t k = i; k < s.n && s.t[k].start < dates[d].end; k++)
            s.in_date[k] = 1;
    }
    nvec nv = {0};
    st = find(&s, &nv);
    if (st != NP_OK)
        return st;
    *out = nv.v;
    *n = nv.n;
    return NP_OK;
}

np_status np_numbers_find(const char *text, size_t len, np_arena *arena,
                          np_number_mention **out, size_t *n)
{
    return np_numbers_find_tok(text, len, NULL, 0, arena, out, n);
}

const char *np_number_unit(const np_number_mention *m)
{
    if (m->flags & NP_NUM_ORDINAL)
        return NULL;
    if ((m->flags & NP_NUM_MONEY) && m->currency[0])
        return m->currency;
    if (m->flags & NP_NUM_PERCENT)
        return "percent";
    return m->unit;
}
