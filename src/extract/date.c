/* extract/date.c — date mentions and civil-calendar arithmetic (see date.h). */
#include "extract/date.h"

#include <ctype.h>
#include <stdio.h>

#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "core/u64map.h"
#include "text/lexicon.h"
#include "text/token.h"
#include "extract/internal.h"

int64_t np_days_from_civil(int64_t y, int m, int d)
{
    /* Howard Hinnant's algorithm: eras of 400 years, March-based years. */
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void np_civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

int np_weekday_from_days(int64_t z)
{
    /* 1970-01-01 was a Thursday (4) */
    int64_t w = (z + 3) % 7;
    if (w < 0)
        w += 7;
    return (int)w + 1;
}

static int days_in_month(int64_t y, int m)
{
    static const int k[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return k[m - 1];
}

int np_date_parse_iso(const char *s, int64_t *y, int *m, int *d)
{
    if (!s)
        return 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return 0;
        } else if (s[i] < '0' || s[i] > '9') {
            return 0;
        }
    }
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= days_in_month(*y, *m);
}

static int two_digits(const char *s, int *v)
{
    if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
        return 0;
    *v = (s[0] - '0') * 10 + (s[1] - '0');
    return 1;
}

int np_date_instant(const char *s, int64_t *secs)
{
    int64_t y;
    int m, d, hh = 0, mi = 0, ss = 0, off = 0;
    if (!np_date_parse_iso(s, &y, &m, &d))
        return 0;
    const char *p = s + 10;
    if ((*p == 'T' || *p == ' ') && two_digits(p + 1, &hh) && p[3] == ':' && two_digits(p + 4, &mi)) {
        p += 6;
        if (*p == ':' && two_digits(p + 1, &ss))
            p += 3;
        while (*p == '.' || (*p >= '0' && *p <= '9')) /* fractions of a second */
            p++;
        int oh, om = 0;
        if ((*p == '+' || *p == '-') && two_digits(p + 1, &oh)) {
            const char *q = p + 3 + (p[3] == ':');
            if (!two_digits(q, &om))
                om = 0;
            if (oh < 24 && om < 60)
                off = (*p == '-' ? -1 : 1) * (oh * 60 + om) * 60;
        }
        if (hh > 23 || mi > 59 || ss > 60)
            hh = mi = ss = off = 0; /* a day with no valid time: the day alone */
    }
    *secs = np_days_from_civil(y, m, d) * 86400 + hh * 3600 + mi * 60 + ss - off;
    return 1;
}

/* ---- scanning ---- */

typedef struct scan {
    const char *text;
    size_t len;
    const np_token *t;
    size_t n;
    int have_pub;
    int64_t py;
    int pm, pd;
    int64_t pdays;
    int approx;    /* the reference is a lower bound of the writing day, not its date (NP_DATE_REF_APPROX) */
} scan;

typedef struct dvec {
    np_date_mention *v;
    size_t n, cap;
    np_arena *arena;
} dvec;

static np_date_mention *push(dvec *dv)
{
    return np_arena_push(dv->arena, (void **)&dv->v, &dv->n, &dv->cap, sizeof *dv->v);
}

static int tok_is(const scan *s, size_t i, const char *w)
{
    return np_tok_is(s->t, s->n, i, w);
}

/* Text between token i and i+1 with spaces removed, compared to `g`
 * ("" = only whitespace). */
static int gap_is(const scan *s, size_t i, const char *g)
{
    if (i + 1 >= s->n)
        return 0;
    size_t a = s->t[i].end, b = s->t[i + 1].start, k = 0, gl = strlen(g);
    for (size_t p = a; p < b; p++) {
        unsigned char c = (unsigned char)s->text[p];
        if (c == ' ' || c == '\t')
            continue;
        if (c == '\n')
            return 0;
        /* en/em dash count as '-' */
        if (c == 0xE2 && p + 2 < b && (unsigned char)s->text[p + 1] == 0x80 &&
            ((unsigned char)s->text[p + 2] == 0x93 || (unsigned char)s->text[p + 2] == 0x94)) {
            if (k >= gl || g[k] != '-')
                return 0;
            k++;
            p += 2;
            continue;
        }
        if (k >= gl || g[k] != (char)c)
            return 0;
        k++;
    }
    return k == gl;
}

static int tight_gap(const scan *s, size_t i, const char *g)
{
    /* like gap_is but no spaces allowed ("2025-11-27", "26-27") */
    if (i + 1 >= s->n)
        return 0;
    size_t gl = strlen(g);
    return s->t[i + 1].start - s->t[i].end == gl && memcmp(s->text + s->t[i].end, g, gl) == 0;
}

/* Day number token ("27", "27th"): 1..31, else 0. */
static int day_num(const scan *s, size_t i)
{
    if (i >= s->n || !(s->t[i].flags & NP_TOK_NUMBER))
        return 0;
    const char *w = s->t[i].norm;
    int v = 0, k = 0;
    while (w[k] >= '0' && w[k] <= '9' && k < 3)
        v = v * 10 + (w[k++] - '0');
    if (k == 0 || k > 2)
        return 0;
    if (w[k] && strcmp(w + k, "st") && strcmp(w + k, "nd") && strcmp(w + k, "rd") && strcmp(w + k, "th"))
        return 0;
    return v >= 1 && v <= 31 ? v : 0;
}

/* Four-digit year 1900..2100, else 0. */
static int year_num(const scan *s, size_t i)
{
    if (i >= s->n || s->t[i].end - s->t[i].start != 4)
        return 0;
    const char *w = s->t[i].norm;
    int v = 0;
    for (int k = 0; k < 4; k++) {
        if (w[k] < '0' || w[k] > '9')
            return 0;
        v = v * 10 + (w[k] - '0');
    }
    return v >= 1900 && v <= 2100 ? v : 0;
}

static int month_tok(const scan *s, size_t i)
{
    if (i >= s->n || !(s->t[i].flags & NP_TOK_CAP))
        return 0;
    return np_lex_month(s->text + s->t[i].start, s->t[i].end - s->t[i].start);
}

/* Digits written by hand: values are range-checked, and this keeps the
 * compiler's truncation analysis quiet without casts. */
static void put_digits(char *p, unsigned v, int n)
{
    for (int k = n - 1; k >= 0; k--) {
        p[k] = (char)('0' + v % 10);
        v /= 10;
    }
}

static void set_day(char iso[11], int64_t y, int m, int d)
{
    put_digits(iso, (unsigned)((y % 10000 + 10000) % 10000), 4);
    iso[4] = '-';
    put_digits(iso + 5, (unsigned)m % 100, 2);
    iso[7] = '-';
    put_digits(iso + 8, (unsigned)d % 100, 2);
    iso[10] = '\0';
}

static void set_days(char iso[11], int64_t z)
{
    int64_t y;
    int m, d;
    np_civil_from_days(z, &y, &m, &d);
    set_day(iso, y, m, d);
}

static void set_month(char iso[11], int64_t y, int m)
{
    put_digits(iso, (unsigned)((y % 10000 + 10000) % 10000), 4);
    iso[4] = '-';
    put_digits(iso + 5, (unsigned)m % 100, 2);
    iso[7] = '\0';
}

static void set_year(char iso[11], int64_t y)
{
    put_digits(iso, (unsigned)((y % 10000 + 10000) % 10000), 4);
    iso[4] = '\0';
}

/* ---- tense: which way a date without a year points ----
 * The clause around the date says whether it looks forward ("will", "is
 * due", "plans", "next", "is expected") or back ("was", "signed", "ago",
 * "last").  The nearest cue before the date in its sentence wins; failing
 * that, the nearest after it.  Returns +1 forward, -1 back, 0 unknown. */
#define TENSE_BACK 10
#define TENSE_AHEAD 6
#define TENSE_BACK_MODAL 24 /* tokens back a modal ("would", "will") may still govern the date */
#define TENSE_NEAREST 2 /* a cue that the date lies either side: the nearer (ahead for a weekday) */
#define REF_APPROX_AHEAD 2 /* days an approximate reference may lie before the writing day */
#define TENSE_SCHEDULED 3 /* the present of a scheduled event: the nearer month or day; no cue for a weekday */

/* The gap between tokens i-1 and i ends a sentence or clause. */
static int clause_break(const scan *s, size_t i)
{
    if (i == 0 || i >= s->n)
        return 1;
    for (size_t p = s->t[i - 1].end; p < s->t[i].start; p++) {
        char c = s->text[p];
        if (c == '\n' || c == '!' || c == '?' || c == ';')
            return 1;
        /* a full stop, unless after an abbreviation ("Sept.", "Mr.") */
        if (c == '.' && (s->t[i].flags & NP_TOK_CAP) && s->t[i - 1].end - s->t[i - 1].start > 4)
            return 1;
    }
    return 0;
}

/* "the", "its", "their", "the company's": a word that makes the word
 * after it a noun. */
static int determines_noun(const char *w)
{
    if (!w)
        return 0;
    static const char *const own[] = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                                      "their", "our", "my", "your", NULL};
    for (size_t i = 0; own[i]; i++)
        if (!strcmp(w, own[i]))
            return 1;
    size_t n = strlen(w);
    return n > 2 && (!strcmp(w + n - 2, "'s") || !strcmp(w + n - 1, "'"));
}

static int tense_word(const np_token *t, const np_token *prev)
{
    static const char *const fwd[] = {"will", "shall", "next", "due", "upcoming", "scheduled", "schedule",
                                      "plans", "planned", "planning", "plan", "expected", "expects",
                                      "expect", "intends", "aims", "hopes", "coming", "tomorrow",
                                      "deadline", "forthcoming", "until", "prepares", "awaits", NULL};
    static const char *const back[] = {"was", "were", "had", "did", "ago", "last", "earlier", "since",
                                       "said", "held", "met", "began", "took", "came", "went", "made",
                                       "told", "gave", "left", "won", "lost", "fell", "rose", "led", "sent",
                                       "saw", "became", "yesterday", "previously", "former", NULL};
    const char *w = t->norm;
    if (!w || !(t->flags & NP_TOK_WORD))
        return 0;
    size_t n = strlen(w);
    if (n > 3 && strcmp(w + n - 3, "'ll") == 0)
        return 1;
    /* "would" is the future of a past moment ("vowed Britain would leave
     * on Oct. 31", "said it would close the plant on March 3"): the date
     * may lie on either side of publication, so the nearer one */
    if (strcmp(w, "would") == 0)
        return TENSE_NEAREST;
    /* a scheduled event told in the present ("filming begins in August",
     * "the exhibition opens on May 3"): mostly ahead, but the present also
     * tells what happens now, so the nearer month or day; a weekday is not
     * moved by it (headlines tell the past in the present: "Gunman opens
     * fire on Saturday").  Not "starts" nor "ends": nouns as often ("housing
     * starts", "loose ends"). */
    static const char *const sched[] = {"begins", "opens", "resumes", "premieres", "debuts", "expires", NULL};
    for (size_t i = 0; sched[i]; i++)
        if (strcmp(w, sched[i]) == 0)
            return TENSE_SCHEDULED;
    for (size_t i = 0; fwd[i]; i++)
        if (strcmp(w, fwd[i]) == 0)
            return 1;
    /* a past-tense verb ("signed", "held"); a participle after "be"/"is"
     * leaves the auxiliary before it to decide ("will be held", "is
     * expected") */
    int past = ((n > 4 && strcmp(w + n - 2, "ed") == 0) || (n == 4 && strcmp(w + 1, "ied") == 0)) &&
               !(t->flags & NP_TOK_CAP); /* "signed", and "died", "lied" */
    for (size_t i = 0; back[i] && !past; i++)
        past = strcmp(w, back[i]) == 0;
    if (!past)
        return 0;
    static const char *const aux[] = {"be", "been", "being", "is", "are", "to", "get", "gets", "stay", "stays",
                                      "remain", "remains", NULL}; /* "stays closed until March 3" */
    if (prev && prev->norm)
        for (size_t i = 0; aux[i]; i++)
            if (strcmp(prev->norm, aux[i]) == 0)
                return 0;
    return -1;
}

/* Index of the token before token k that may be its auxiliary, past up
 * to two adverbs ("is to be formally sentenced": "be"; "is now preparing",
 * "are still not awaiting": "is", "are"); k itself when there is none. */
static size_t aux_index(const scan *s, size_t k)
{
    size_t j = k;
    /* the first part of a hyphened verb ("will be rubber-stamped") */
    if (j > 1 && s->t[j].start == s->t[j - 1].end + 1 && s->text[s->t[j - 1].end] == '-')
        j--;
    for (int skipped = 0; j > 0 && skipped < 2; skipped++) {
        const char *w = s->t[j - 1].norm;
        size_t n = w ? strlen(w) : 0;
        if (!(n > 4 && strcmp(w + n - 2, "ly") == 0) && !(w && np_lex_is_midverb_adverb(w, n)))
            break;
        j--;
    }
    return j > 0 ? j - 1 : k;
}

static const np_token *aux_before(const scan *s, size_t k)
{
    size_t j = aux_index(s, k);
    return j < k ? &s->t[j] : NULL;
}

static int ends_with(const char *w, const char *tail)
{
    size_t n = strlen(w), m = strlen(tail);
    return n >= m && strcmp(w + n - m, tail) == 0;
}

/* Tense of a form of "be" ("is", "aren't", "he's", "they're": +1; "was",
 * "weren't": -1) or of "have" ("has", "we've": +1; "had", "she'd": -1)
 * as an auxiliary; 0 for anything else.  A word's "'s" counts as "is" or
 * "has", both present ("the chairman's preparing", "he's been"). */
static int be_tense(const char *w)
{
    static const char *const now[] = {"is", "are", "am", "isn't", "aren't", NULL};
    static const char *const then[] = {"was", "were", "wasn't", "weren't", NULL};
    for (size_t i = 0; now[i]; i++)
        if (!strcmp(w, now[i]))
            return 1;
    for (size_t i = 0; then[i]; i++)
        if (!strcmp(w, then[i]))
            return -1;
    return ends_with(w, "'s") || ends_with(w, "'re") || ends_with(w, "'m") ? 1 : 0;
}

static int have_tense(const char *w)
{
    static const char *const now[] = {"has", "have", "hasn't", "haven't", NULL};
    for (size_t i = 0; now[i]; i++)
        if (!strcmp(w, now[i]))
            return 1;
    if (!strcmp(w, "had") || !strcmp(w, "hadn't") || ends_with(w, "'d"))
        return -1;
    return ends_with(w, "'s") || ends_with(w, "'ve") ? 1 : 0;
}

/* A verb that names an act still ahead of the time its progressive is
 * told in ("is preparing to", "are awaiting"): that time is the
 * auxiliary's, past any adverb or negation ("is now preparing", "is not
 * awaiting": ahead; "were preparing the hall when ...": back), and a
 * perfect progressive runs up to the time of its "have" ("have been
 * preparing": ahead; "had been awaiting": back).  A participle alone
 * ("volunteers preparing for the storm filled ...") tells nothing. */
static int progressive_tense(const scan *s, size_t k)
{
    size_t a = aux_index(s, k);
    if (a == k || !s->t[a].norm)
        return 0;
    if (tok_is(s, a, "been")) {
        size_t h = aux_index(s, a);
        return h < a && s->t[h].norm ? have_tense(s->t[h].norm) : 0;
    }
    return be_tense(s->t[a].norm);
}

/* Token k describes a plan after its determiner ("the new plan", "its
 * revised plans", "the proposed schedule"); not a noun whose verb "plans"
 * is ("the council plans to vote"). */
static int plan_modifier(const scan *s, size_t k)
{
    static const char *const words[] = {"new", "latest", "final", "original", "first", "draft", "full", NULL};
    const char *w = s->t[k].norm;
    size_t n = w ? strlen(w) : 0;
    if (!n || (s->t[k].flags & NP_TOK_CAP))
        return 0;
    for (size_t i = 0; words[i]; i++)
        if (!strcmp(w, words[i]))
            return 1;
    return n > 4 && !strcmp(w + n - 2, "ed");
}

/* "due to" + a noun phrase gives a cause ("closed due to low light on
 * Saturday", "the delay is due to the storm"), not a schedule ("is due to
 * arrive on Friday", "the vote due to take place on Tuesday", "due in
 * court on Monday", "the bill is due to Congress on Monday"): token k is
 * "due".  The verbs a schedule names after "due to". */
static int due_to_cause(const scan *s, size_t k)
{
    static const char *const be[] = {"is", "are", "was", "were", "be", "been", NULL};
    static const char *const sched[] = {"be", "take", "arrive", "begin", "start", "open", "close", "end", "meet",
                                        "certify", "complete", "present", "unveil", "submit", "approve", "elect",
                                        "review", "debate", "consider", "issue", "file", "reopen", "depart",
                                        "vote", "leave", "return", "visit", "travel", "land", "launch", "hold",
                                        "appear", "face", "stand", "speak", "sign", "testify", "finish",
                                        "resume", "expire", "decide", "announce", "rule", "report", "publish",
                                        "release", "deliver", "give", "make", "receive", "host", "attend",
                                        "hear", "sit", "go", "come", "retire", "step", "sail", "fly", NULL};
    if (k + 2 >= s->n || !tok_is(s, k + 1, "to"))
        return 0;
    const np_token *w = &s->t[k + 2];
    if (np_lex_word_in(w->norm, sched))
        return 0;
    /* a verb and its object's determiner ("is due to name the new board
     * on Friday"); a cause's noun takes none ("due to the storm", "due to
     * heavy rain") */
    static const char *const det[] = {"the", "a", "an", "its", "his", "her", "their", "our", NULL};
    if (k + 3 < s->n && !(w->flags & NP_TOK_CAP) && np_lex_word_in(s->t[k + 3].norm, det) &&
        !determines_noun(w->norm))
        return 0;
    return !(k > 0 && np_lex_word_in(s->t[k - 1].norm, be) && (w->flags & NP_TOK_CAP));
}

/* Half or more of the words around token k (up to four either side, in its
 * sentence) are capitalised: a title-case line ("Council Vote is Expected
 * on Tuesday"), where a capital is no sign of a name. */
static int title_case_around(const scan *s, size_t k)
{
    size_t words = 0, caps = 0;
    size_t lo = k, hi = k + 1;
    while (lo > 0 && k - lo < 4 && !clause_break(s, lo))
        lo--;
    while (hi < s->n && hi - k <= 4 && !clause_break(s, hi))
        hi++;
    for (size_t j = lo; j < hi; j++)
        if (j != k && (s->t[j].flags & NP_TOK_WORD)) {
            words++;
            caps += (s->t[j].flags & NP_TOK_CAP) != 0;
        }
    return words && caps * 2 >= words;
}

static int weekday_tok(const scan *s, size_t i);

/* Token k opens a date: a day's number, a month or a weekday ("set for
 * 14 September", "set for March 3", "fixed for Tuesday"; not "set for
 * the relay in January", "fixed for 2 million crowns" has no date after
 * its number). */
static int date_opens(const scan *s, size_t k)
{
    const np_token *t = &s->t[k];
    if (month_tok(s, k) || weekday_tok(s, k))
        return 1;
    return (t->flags & NP_TOK_NUMBER) && t->end - t->start <= 2 && month_tok(s, k + 1);
}

/* The tense cue of token k (see tense_word), its auxiliary looked up. */
static int cue_at(const scan *s, size_t k)
{
    /* a capital after a lower-case word inside a sentence is a name ("by
     * Deadline.com's Ana Ruiz", "actor Will Dorn"), not a cue; in a
     * title-case line ("Mayor Will Visit Vell on Friday", "Vote is Expected
     * on Tuesday") it still is */
    if ((s->t[k].flags & NP_TOK_CAP) && !clause_break(s, k) && (s->t[k - 1].flags & NP_TOK_WORD) &&
        !(s->t[k - 1].flags & NP_TOK_CAP) && !title_case_around(s, k))
        return 0;
    if (tok_is(s, k, "due") && due_to_cause(s, k))
        return 0;
    /* "is set to", "is slated to", "is poised to": a plan */
    if ((tok_is(s, k, "set") || tok_is(s, k, "slated") || tok_is(s, k, "poised")) && k + 1 < s->n &&
        tok_is(s, k + 1, "to") && k > 0 && be_tense(s->t[k - 1].norm ? s->t[k - 1].norm : "") > 0)
        return 1;
    /* "which the court has set for 14 September", "a vote set for
     * March 3": the day a thing was fixed for, ahead when it was fixed,
     * on either side of publication now (the nearer) */
    if ((tok_is(s, k, "set") || tok_is(s, k, "fixed")) && k + 2 < s->n && tok_is(s, k + 1, "for") &&
        date_opens(s, k + 2))
        return TENSE_NEAREST;
    /* "..., followed by adults with lung disease in December": an order of
     * events, no tense; the clause's verb decides */
    if (tok_is(s, k, "followed") && k + 1 < s->n && tok_is(s, k + 1, "by"))
        return 0;
    if (tok_is(s, k, "preparing") || tok_is(s, k, "awaiting"))
        return progressive_tense(s, k);
    /* "may be allowed to return on Thursday", "should reopen on Friday": a
     * modal before a verb looks forward; with "have" it looks back ("may
     * have died on Sunday").  Not "could", the past of "can" as often
     * ("could be seen inside the store on Tuesday") */
    if ((tok_is(s, k, "may") || tok_is(s, k, "might") || tok_is(s, k, "should")) &&
        !(s->t[k].flags & NP_TOK_CAP)) { /* not the month */
        size_t j = k + 1;
        if (j < s->n && (tok_is(s, j, "also") || tok_is(s, j, "still") || tok_is(s, j, "then")))
            j++;
        if (j >= s->n || tok_is(s, j, "have") || (j + 1 < s->n && tok_is(s, j, "not") && tok_is(s, j + 1, "have")))
            return tok_is(s, j, "have") ? -1 : 0;
        /* "may be linked to a robbery on Sunday" guesses at the past; "may
         * be allowed to return on Thursday" lets something happen */
        if (tok_is(s, j, "be"))
            return j + 3 < s->n && tok_is(s, j + 2, "to") && (s->t[j + 3].flags & NP_TOK_WORD) &&
                           !(s->t[j + 3].flags & NP_TOK_CAP) && !determines_noun(s->t[j + 3].norm)
                       ? 1
                       : 0;
        return (s->t[j].flags & NP_TOK_WORD) && !(s->t[j].flags & NP_TOK_CAP) ? 1 : 0;
    }
    /* a plan named as a thing, after its determiner ("its plans", "the
     * new plan"): its content ("its plans for a listing on September 30",
     * "the plan to list on ...") was ahead when planned, on either side of
     * publication now; the plan itself ("unveiled the new plan on December
     * 2", "submitted the plans to the council on Dec. 3") tells nothing */
    if ((tok_is(s, k, "plan") || tok_is(s, k, "plans") || tok_is(s, k, "schedule")) && k >= 1 &&
        (determines_noun(s->t[k - 1].norm) || (k >= 2 && determines_noun(s->t[k - 2].norm) && plan_modifier(s, k - 1))))
        return k + 2 < s->n && (tok_is(s, k + 1, "for") ||
                                (tok_is(s, k + 1, "to") && !determines_noun(s->t[k + 2].norm) &&
                                 !(s->t[k + 2].flags & NP_TOK_CAP)))
                   ? TENSE_NEAREST
                   : 0;
    return tense_word(&s->t[k], aux_before(s, k));
}

/* Token k is an infinitive of what is still to happen, its "to" at k - 1:
 * "the motion is to be debated on Friday", "held in custody to stand
 * before the judge on 12 March", "to face trial on".  Not any infinitive
 * ("crossing the street to attend a service Friday" tells of last Friday),
 * nor one after a past form or a rank ("he failed to appear in court on
 * Monday", "she was the first to be vaccinated on Monday"). */
static int infinitive_ahead(const scan *s, size_t k)
{
    static const char *const ahead[] = {"be", "appear", "face", "stand", NULL};
    static const char *const rank[] = {"first", "last", "only", "second", "third", NULL};
    if (k < 1 || !tok_is(s, k - 1, "to"))
        return 0;
    int listed = 0;
    for (size_t i = 0; ahead[i] && !listed; i++)
        listed = tok_is(s, k, ahead[i]);
    if (!listed)
        return 0;
    if (k < 2)
        return 1;
    for (size_t i = 0; rank[i]; i++)
        if (tok_is(s, k - 2, rank[i]))
            return 0;
    return tense_word(&s->t[k - 2], NULL) >= 0; /* "failed to", "refused to" */
}

/* Which way the clause around tokens first..last points (see above).
 * "until" sets an end that is ahead ("adjourned until Oct. 3", "stays
 * closed until March 3"), or that was reached ("she was missing until Nov.
 * 9"): after it, a present verb or a speech verb's clause keeps it ahead, a
 * past form leaves it open (0: the nearer year decides). */
static int tense_at(const scan *s, size_t first, size_t last)
{
    static const char *const present[] = {"is", "are", "stays", "stay", "remains", "remain", NULL};
    int until = 0, clause_ended = 0;
    for (size_t k = first, seen = 0; k > 0 && seen < TENSE_BACK; k--, seen++) {
        if (clause_break(s, k)) {
            clause_ended = 1;
            break;
        }
        const np_token *t = &s->t[k - 1];
        if (!until && tok_is(s, k - 1, "until")) {
            until = 1;
            continue;
        }
        if (until) {
            for (size_t i = 0; present[i]; i++)
                if (tok_is(s, k - 1, present[i]))
                    return 1;
        }
        int v = infinitive_ahead(s, k - 1) ? 1 : cue_at(s, k - 1);
        if (until && v < 0)
            return t->norm && np_lex_is_speech_verb(t->norm, strlen(t->norm)) ? 1 : 0;
        if (v)
            return v;
    }
    if (until)
        return 1;
    /* further back in the clause, a modal governs a long verb phrase
     * ("said she would open talks with the Green Union and the Farmers'
     * League on Tuesday"); any other cue met first stops the search (the
     * act next to the date is its own), as does a relative clause's modal */
    for (size_t k = first > TENSE_BACK ? first - TENSE_BACK : 0, seen = TENSE_BACK;
         !clause_ended && k > 0 && seen < TENSE_BACK_MODAL && first > TENSE_BACK; k--, seen++) {
        if (clause_break(s, k))
            break;
        const char *w = s->t[k - 1].norm;
        size_t wn = w ? strlen(w) : 0;
        int modal = w && (!strcmp(w, "will") || !strcmp(w, "shall") || !strcmp(w, "would") ||
                          (wn > 3 && !strcmp(w + wn - 3, "'ll")));
        /* "a box that would hold a shotgun": a relative clause's modal
         * governs that clause only */
        if (modal && k >= 2 && (tok_is(s, k - 2, "that") || tok_is(s, k - 2, "which") || tok_is(s, k - 2, "who")))
            break;
        int v = cue_at(s, k - 1);
        if (modal && v)
            return v;
        if (v)
            break;
    }
    for (size_t k = last + 1, seen = 0; k < s->n && seen < TENSE_AHEAD; k++, seen++) {
        if (clause_break(s, k))
            break;
        int v = cue_at(s, k);
        if (v)
            return v;
    }
    return 0;
}

/* Year of a month (d = 0) or day written without a year, among the
 * publication year and its neighbours: looking forward, the first on or
 * after publication; looking back, the last on or before it; with no cue,
 * the nearer one, the past preferred unless the future one is less than
 * half as far ("before the end of October" in a September article is this
 * October, "in February" in the same article last February). */
static int64_t infer_year(const scan *s, int m, int d, int tense)
{
    int64_t best_f = 0, best_p = 0, df = INT64_MAX, dp = INT64_MAX;
    for (int64_t y = s->py - 1; y <= s->py + 1; y++) {
        int64_t dist;
        if (d)
            dist = np_days_from_civil(y, m, d <= days_in_month(y, m) ? d : days_in_month(y, m)) - s->pdays;
        else
            dist = (y * 12 + m) - (s->py * 12 + s->pm);
        if (dist >= 0 && dist < df) {
            df = dist;
            best_f = y;
        }
        if (dist <= 0 && -dist < dp) {
            dp = -dist;
            best_p = y;
        }
    }
    if (tense == TENSE_NEAREST || tense == TENSE_SCHEDULED)
        return df < dp ? best_f : best_p;
    if (tense > 0)
        return best_f;
    if (tense < 0)
        return best_p;
    return df * 2 < dp ? best_f : best_p;
}

static void month_shift(int64_t y, int m, int delta, int64_t *oy, int *om)
{
    int64_t idx = y * 12 + (m - 1) + delta;
    *oy = idx / 12;
    *om = (int)(idx % 12) + 1;
}

/* A date found at a token: the mention and its tokens [first, last]. */
typedef struct dmatch {
    np_date_mention d;
    size_t first, last;
} dmatch;

/* Nothing found yet at token i: the caller readies r so before each
 * match_*() at i (match_absolute() goes on from what match_month_first()
 * left). */
static void dmatch_start(dmatch *r, size_t i)
{
    memset(&r->d, 0, sizeof r->d);
    r->first = r->last = i;
}

/* The year a clause gives its event as a word before a noun, ahead of the
 * day ("the choir's 2032 tour opens on June 9", "the 2030 election was
 * held on Nov. 6"), when the clause before token first has
 * exactly one such year; 0 otherwise.  A year after a preposition ("since
 * 2015", "in 2019") or after the day ("checked into a clinic in May under a
 * deal over a 2030 crash") dates something else of the clause. */
#define CLAUSE_YEAR_REACH 12
/* Nouns of events a year names ("the 2033 election", "the 2029 congress"):
 * the day in its clause is the event's, in that year. */
static int event_noun(const char *w)
{
    static const char *const k[] = {"election", "elections", "congress", "summit", "tour", "festival",
                                    "games", "olympics", "championship", "championships", "conference",
                                    "convention", "census", "marathon", "referendum", "vote", "ballot",
                                    "primary", "primaries", "caucus", "caucuses", "race", "expo", "fair",
                                    NULL};
    for (size_t i = 0; k[i]; i++)
        if (!strcmp(w, k[i]))
            return 1;
    return 0;
}

static int clause_year(const scan *s, size_t first, int *event)
{
    *event = 0;
    size_t lo = first;
    while (lo > 0 && first - lo < CLAUSE_YEAR_REACH && !clause_break(s, lo))
        lo--;
    int found = 0;
    for (size_t k = lo; k < first; k++) {
        int y = year_num(s, k);
        if (!y || k + 1 >= s->n || !(s->t[k + 1].flags & NP_TOK_WORD) ||
            month_tok(s, k + 1) || s->t[k + 1].start != s->t[k].end + 1)
            continue;
        if (k > 0 && s->t[k - 1].norm && np_lex_is_preposition(s->t[k - 1].norm, strlen(s->t[k - 1].norm)))
            continue;
        if (found && found != y)
            return 0;
        found = y;
        *event = s->t[k + 1].norm && event_noun(s->t[k + 1].norm);
    }
    return found;
}

/* Year of month m (day d, 0 for the month) written without one, from
 * token first on.  A clause with no tense cue ("the choir's 2032 tour
 * opens on June 9") takes its own year (clause_year) for a day within a
 * year of publication; a tense decides otherwise ("its 2031 results, due
 * on Feb. 12", "the 2030 results, released on Feb. 12": a year's results
 * come out the next year; "the 2032 budget will be voted on Dec. 10"), and
 * a year far from the day names something else ("the 2030 champions play
 * again on Feb. 2" in a November 2031 article); but an event the year names
 * is held in it (event_noun()).  Else the year the tense and publication
 * give (infer_year). */
#define CLAUSE_YEAR_DAYS 366 /* the clause's year, only for a day this near publication */
static int64_t year_of_clause_or_tense(const scan *s, size_t first, int m, int d, int tense)
{
    int event;
    int cy = clause_year(s, first, &event);
    int64_t rel = cy ? np_days_from_civil(cy, m, d ? (d <= days_in_month(cy, m) ? d : days_in_month(cy, m)) : 15) -
                           s->pdays
                     : 0;
    /* an event the year names ("the 2033 election will be held on May 5",
     * "walked out of the 2029 congress on Oct. 4"): its year, when the
     * tense points that way ("the 2032 summit was postponed on Dec. 1" is
     * a past act; "X, who lost the 2030 election, will speak on Dec. 2"
     * the next one) */
    if (cy && event && cy >= s->py - 3 && cy <= s->py + 3 && !(tense == 1 && rel < 0) && !(tense < 0 && rel > 0))
        return cy;
    if (cy && !tense && rel <= CLAUSE_YEAR_DAYS && rel >= -CLAUSE_YEAR_DAYS)
        return cy;
    return infer_year(s, m, d, tense);
}

/* The year of a range or list whose end is written with its year and
 * whose start, month m ending at token j, is not ("between February and
 * December 2017", "from March to May 2016", "March 3 to May 5, 2016",
 * "February-April 2019", "in May and June 2031"): the end's year, one less
 * when m comes a few months before it over the new year ("from November
 * to February 2017");
 * 0 when no such end follows. */
#define RANGE_WRAP_MONTHS 6 /* longest range over the new year read as one */
static int range_end_year(const scan *s, size_t j, int m)
{
    size_t k = j + 1;
    if (gap_is(s, j, "") && (tok_is(s, k, "and") || tok_is(s, k, "to") || tok_is(s, k, "through") ||
                             tok_is(s, k, "until") || tok_is(s, k, "till")))
        k++;
    else if (!gap_is(s, j, "-"))
        return 0;
    int em = month_tok(s, k), y = 0;
    if (!em)
        return 0;
    if (gap_is(s, k, "") && (y = year_num(s, k + 1)) != 0)
        ;
    else if ((gap_is(s, k, "") || gap_is(s, k, ".")) && day_num(s, k + 1) && !year_num(s, k + 1) &&
             (gap_is(s, k + 1, ",") || gap_is(s, k + 1, "")) && (y = year_num(s, k + 2)) != 0)
        ;
    else
        return 0;
    /* a range over the new year runs a few months ("from November to
     * February"); a start far after the end is a move, not a range ("brought
     * forward from May to March 2020": both in 2020) */
    return m > em && 12 - m + em <= RANGE_WRAP_MONTHS ? y - 1 : y;
}

/* Day d of month m (to day d2 when d2 is not 0) ending at token r->last:
 * its year is the one written right after it ("27 Nov 2025"; with comma
 * also "Nov. 27, 2025"), which the match then takes in, else one inferred
 * from publication (tense: of the clause); unresolved when there is
 * neither or the day does not exist. */
static void day_with_year(const scan *s, dmatch *r, int m, int d, int d2, int comma, int tense)
{
    int y;
    int64_t yy;
    if (((comma && gap_is(s, r->last, ",")) || gap_is(s, r->last, "")) && (y = year_num(s, r->last + 1))) {
        yy = y;
        r->last++;
    } else if ((y = range_end_year(s, r->last, m)) != 0) {
        yy = y; /* "March 3 to May 5, 2016" */
    } else if (s->have_pub) {
        yy = year_of_clause_or_tense(s, r->first, m, d, tense);
        r->d.flags |= NP_DATE_INFERRED_YEAR;
    } else {
        yy = -1;
    }
    if (yy >= 0 && d <= days_in_month(yy, m)) {
        set_day(r->d.iso, yy, m, d);
        if (d2 && d2 <= days_in_month(yy, m)) {
            set_day(r->d.iso_end, yy, m, d2);
            r->d.flags |= NP_DATE_RANGE;
        }
    } else {
        r->d.flags |= NP_DATE_UNRESOLVED;
    }
    r->d.gran = NP_DATE_DAY;
}

/* Token j (a year-like number after "Month,") ends its phrase: a
 * punctuation mark or the text's end after it, not a word it counts. */
static int year_ends_phrase(const scan *s, size_t j)
{
    if (j + 1 >= s->n)
        return 1;
    for (size_t p = s->t[j].end; p < s->t[j + 1].start; p++)
        if (s->text[p] != ' ' && s->text[p] != '\t')
            return 1;
    return 0;
}

/* Tokens j, j + 1 say "last year" (-1), "this year" (0) or "next year"
 * (+1) right after the word before them; RELATIVE_YEAR_NONE otherwise. */
#define RELATIVE_YEAR_NONE 9
static int relative_year_at(const scan *s, size_t j)
{
    if (j + 1 >= s->n || !tok_is(s, j + 1, "year") || !gap_is(s, j, ""))
        return RELATIVE_YEAR_NONE;
    return tok_is(s, j, "last") ? -1 : tok_is(s, j, "this") ? 0 : tok_is(s, j, "next") ? 1 : RELATIVE_YEAR_NONE;
}

/* "Nov. 27", "November 26-27, 2025", "May 2024", "in May": a date that
 * starts with its month at token i; 1 when found (in *r). */
static int match_month_first(const scan *s, size_t i, dmatch *r)
{
    const np_token *t = s->t;
    int m, d, y, ok = 0;
    /* Month [.] Day[-Day] [, Year] | Month Year | bare Month */
    if (!ok && (m = month_tok(s, i))) {
        size_t j = i + 1;
        int forward = i > 0 && tok_is(s, i - 1, "next");
        int backward = i > 0 && tok_is(s, i - 1, "last");
        int tense = forward ? 1 : backward ? -1 : tense_at(s, i, i + 1);
        /* "Nov. 27": a period after an abbreviated month is not a sentence end */
        const char *mw = t[i].norm;
        int abbreviated = strlen(mw) <= 4 && strcmp(mw, "may") && strcmp(mw, "june") && strcmp(mw, "july");
        int abbrev_dot = abbreviated && gap_is(s, i, ".");
        if ((gap_is(s, i, "") || abbrev_dot) && (d = day_num(s, j)) && !year_num(s, j)) {
            int d2 = 0;
            r->last = j;
            if ((gap_is(s, j, "-") || tight_gap(s, j, "-")) && (d2 = day_num(s, j + 1)) && d2 > d)
                r->last = j + 1;
            else
                d2 = 0;
            day_with_year(s, r, m, d, d2, 1, tense);
            ok = 1;
        } else if ((gap_is(s, i, "") || (gap_is(s, i, ",") && year_ends_phrase(s, j))) && (y = year_num(s, j))) {
            /* "May 2024", "February, 2003" (not "By October, 2000 soldiers
             * had ...": a count) */
            set_month(r->d.iso, y, m);
            r->d.gran = NP_DATE_MONTH;
            r->last = j;
            ok = 1;
        } else if (gap_is(s, i, "") && tok_is(s, j, "of") && gap_is(s, j, "") && (y = year_num(s, j + 1))) {
            /* "in November of 2013": the month of that year */
            set_month(r->d.iso, y, m);
            r->d.gran = NP_DATE_MONTH;
            r->last = j + 1;
            ok = 1;
        } else {
            /* bare month: "May" only after a preposition (else the verb) */
            static const char *const preps[] = {"in", "since", "until", "by", "of", "early", "late",
                                                "mid", "next", "last", "this", "from", "through",
                                                "during", "before", "after", "till", "between", "and"};
            int prep = 0;
            for (size_t k = 0; i > 0 && k < sizeof preps / sizeof *preps; k++)
                if (tok_is(s, i - 1, preps[k]))
                    prep = 1;
            int ry = m != 5 || prep ? range_end_year(s, i, m) : 0;
            if (ry) {
                /* "between February and December 2017": the range's year */
                r->d.gran = NP_DATE_MONTH;
                set_month(r->d.iso, ry, m);
                ok = 1;
            } else if ((m != 5 || prep) && gap_is(s, i, "") && relative_year_at(s, j) != RELATIVE_YEAR_NONE) {
                /* "in April last year", "March next year": that year's month */
                r->d.gran = NP_DATE_MONTH;
                r->d.flags |= NP_DATE_RELATIVE;
                r->last = j + 1;
                if (s->have_pub)
                    set_month(r->d.iso, s->py + relative_year_at(s, j), m);
                else
                    r->d.flags |= NP_DATE_UNRESOLVED;
                ok = 1;
            } else if (m != 5 || prep) {
                r->d.gran = NP_DATE_MONTH;
                if (s->have_pub) {
                    /* "next May" / "last May": never the current month */
                    int64_t yy = forward && m == s->pm ? s->py + 1
                                 : backward && m == s->pm ? s->py - 1
                                                          : year_of_clause_or_tense(s, i, m, 0, tense);
                    set_month(r->d.iso, yy, m);
                    r->d.flags |= NP_DATE_INFERRED_YEAR;
                } else {
                    r->d.flags |= NP_DATE_UNRESOLVED;
                }
                if (forward || backward)
                    r->first = i - 1;
                ok = 1;
            }
        }
    }
    return ok;
}

/* Dates written out at token i: ISO, month first (match_month_first),
 * day first, year ranges and bare years. */
static int match_absolute(const scan *s, size_t i, dmatch *r)
{
    const np_token *t = s->t;
    int m, d, y, ok = 0;
    /* ISO 2025-11-27 */
    if ((y = year_num(s, i)) && tight_gap(s, i, "-") && i + 2 < s->n && tight_gap(s, i + 1, "-")) {
        char buf[11];
        if (t[i + 2].end - t[i].start == 10) {
            memcpy(buf, s->text + t[i].start, 10);
            buf[10] = '\0';
            int64_t yy;
            if (np_date_parse_iso(buf, &yy, &m, &d)) {
                memcpy(r->d.iso, buf, 11);
                r->d.gran = NP_DATE_DAY;
                r->last = i + 2;
                ok = 1;
            }
        }
    }
        if (!ok)
            ok = match_month_first(s, i, r);
    /* Day [-Day] Month [Year]: "27 Nov", "3-4 June 2025" */
    if (!ok && (d = day_num(s, i))) {
        size_t j = i;
        int d2 = 0;
        if ((tight_gap(s, i, "-") || gap_is(s, i, "-")) && (d2 = day_num(s, i + 1)) && d2 > d)
            j = i + 1;
        else
            d2 = 0;
        /* "the 27th of November" */
        if (gap_is(s, j, "") && tok_is(s, j + 1, "of") && gap_is(s, j + 1, "") && month_tok(s, j + 2))
            j++;
        if (gap_is(s, j, "") && (m = month_tok(s, j + 1))) {
            r->last = j + 1;
            day_with_year(s, r, m, d, d2, 0, tense_at(s, i, r->last));
            ok = 1;
        }
    }
    /* year range "2019-2021" / "2019–2021" */
    int y2;
    if (!ok && (y = year_num(s, i)) && (tight_gap(s, i, "-") || gap_is(s, i, "-")) &&
        (y2 = year_num(s, i + 1)) && y2 > y && !(i > 0 && tight_gap(s, i - 1, "-"))) {
        set_year(r->d.iso, y);
        set_year(r->d.iso_end, y2);
        r->d.gran = NP_DATE_YEAR;
        r->d.flags |= NP_DATE_RANGE;
        r->last = i + 1;
        ok = 1;
    }
    /* bare year; "mid-2024" too, but not "2019-20" or "G-2020" codes */
    if (!ok && (y = year_num(s, i)) && !tight_gap(s, i, "-") &&
        !(i > 0 && ((tight_gap(s, i - 1, "-") && !tok_is(s, i - 1, "mid")) || tight_gap(s, i - 1, "$")))) {
        set_year(r->d.iso, y);
        r->d.gran = NP_DATE_YEAR;
        if (i > 0 && tok_is(s, i - 1, "mid") && tight_gap(s, i - 1, "-"))
            r->first = i - 1;
        ok = 1;
    }
    return ok;
}

/* Dates relative to publication at token i: weekdays, yesterday/today/
 * tomorrow, last/next/this week|month|year, N days/weeks ago. */
/* "by" at token k sets a deadline for an act still to come: in its clause
 * before it an obligation ("must", "should", "needs to", "has to") or an
 * infinitive ("urged parliament to pass the package by Friday"; "to" before
 * a lower-case word that is no function word, so not "went to the bank by
 * Friday" nor "returned to Athens by Friday"), and no clause after it, past
 * a conjunction, that tells the deadline passed ("ordered them to leave by
 * Friday, and most were gone", "needed to pass it by Friday but missed
 * it"). */
static int deadline_passed(const scan *s, size_t k)
{
    static const char *const conj[] = {"and", "but", "when", "yet", "so", "after", NULL};
    int joined = 0;
    for (size_t j = k + 1; j < s->n && j < k + 16; j++) {
        for (size_t p = s->t[j - 1].end; p < s->t[j].start; p++)
            if (s->text[p] == '.' || s->text[p] == '\n' || s->text[p] == ';' || s->text[p] == '?' || s->text[p] == '!')
                return 0;
        if (!joined) {
            for (size_t x = 0; conj[x] && !joined; x++)
                joined = tok_is(s, j, conj[x]);
            continue;
        }
        if (cue_at(s, j) < 0)
            return 1;
    }
    return 0;
}

static int deadline_ahead(const scan *s, size_t k)
{
    if (deadline_passed(s, k + 1))
        return 0;
    static const char *const must[] = {"must", "should", "needs", "need", NULL};
    for (size_t j = k, seen = 0; j > 0 && seen < TENSE_BACK; j--, seen++) {
        if (clause_break(s, j))
            break;
        const np_token *t = &s->t[j - 1];
        for (size_t x = 0; must[x]; x++)
            if (tok_is(s, j - 1, must[x]))
                return 1;
        /* not after a past act or a capacity ("managed to contain it by
         * Friday", "were able to reach it by Thursday", "began to weaken") */
        static const char *const done[] = {"able", "unable", "managed", "began", "started", "continued", "tried",
                                           "failed", NULL};
        /* not a level a figure reached ("had risen to nine by Saturday") */
        if (tok_is(s, j - 1, "to") && j < k && (s->t[j].flags & NP_TOK_WORD) &&
            !(s->t[j].flags & (NP_TOK_CAP | NP_TOK_STOP)) &&
            !(s->t[j].norm && np_lex_number_word(s->t[j].norm, strlen(s->t[j].norm)) >= 0))
        {
            int act = 0;
            for (size_t x = 0; done[x] && !act; x++)
                act = tok_is(s, j - 2, done[x]);
            return j < 2 || !act; /* "were ordered to leave by Friday" still looks ahead */
        }
        (void)t;
    }
    return 0;
}

/* The "Sunday" at token i names a newspaper: "the Mail on Sunday", "the
 * Herald on Sunday"; "the Sunday Times", "the Sunday Telegraph".
 * Mastheads of the English-language press, not a day ("Storms battered
 * Scotland on Sunday" and "the Sun on Monday published" are days). */
static int masthead_day(const scan *s, size_t i)
{
    static const char *const on_day[] = {"mail", "herald", "independent", "star", "sun", NULL};
    static const char *const day_paper[] = {"times", "telegraph", "mirror", "express", "herald", "post",
                                            "people", "mail", "independent", "world", "tribune", "age",
                                            "star", "business", "sport", "observer", "star-times", NULL};
    if (!tok_is(s, i, "sunday"))
        return 0;
    return (i >= 2 && tok_is(s, i - 1, "on") && (s->t[i - 2].flags & NP_TOK_CAP) &&
            np_lex_word_in(s->t[i - 2].norm, on_day)) ||
           (i >= 1 && i + 1 < s->n && tok_is(s, i - 1, "the") && (s->t[i + 1].flags & NP_TOK_CAP) &&
            np_lex_word_in(s->t[i + 1].norm, day_paper));
}

/* Weekday token i is the day something is for ("has called a strike for
 * Friday", "the vigil planned for Sunday"): ahead, whenever it was set
 * ("has called" looks back to the calling, not to the strike); unless its
 * sentence tells in the simple past what became of it ("the rally called
 * for Saturday drew 5,000", "were braced for Saturday") and nothing of
 * the future ("will", "expected"). */
static int day_it_is_for(const scan *s, size_t i)
{
    if (i == 0 || !tok_is(s, i - 1, "for"))
        return 0;
    size_t lo = i, hi = i + 1;
    while (lo > 0 && i - lo < 2 * TENSE_BACK && !clause_break(s, lo))
        lo--;
    while (hi < s->n && hi - i < 2 * TENSE_AHEAD && !clause_break(s, hi))
        hi++;
    int past = 0;
    for (size_t k = lo; k < hi; k++) {
        if (k == i || k == i - 1)
            continue;
        int v = cue_at(s, k);
        if (v > 0 && v != TENSE_NEAREST && v != TENSE_SCHEDULED)
            return 1;
        if (v < 0 && !(k > 0 && (tok_is(s, k - 1, "has") || tok_is(s, k - 1, "have"))))
            past = 1;
    }
    return !past;
}

static int match_relative(const scan *s, size_t i, dmatch *r)
{
    const np_token *t = s->t;
    int ok = 0;
    /* weekday: most recent on/before publication */
    int wd;
    if (!ok && (t[i].flags & NP_TOK_CAP) &&
        (wd = np_lex_weekday(s->text + t[i].start, t[i].end - t[i].start)) &&
        t[i].end - t[i].start >= 5 && !masthead_day(s, i)) {
        int fwd = i > 0 && tok_is(s, i - 1, "next");
        int back = i > 0 && tok_is(s, i - 1, "last");
        /* "will meet on Tuesday": the coming Tuesday (today counts); a
         * deadline set for an act still to come ("urged them to pass it by
         * Friday", "must pay by Friday") too */
        int tense = fwd || back ? 0
                    : (i > 0 && tok_is(s, i - 1, "by") && deadline_ahead(s, i - 1)) || day_it_is_for(s, i)
                        ? 1
                        : tense_at(s, i > 0 && tok_is(s, i - 1, "on") ? i - 1 : i, i);
        /* "remanded in custody until Friday": a day named as an end is the
         * coming one unless the clause says otherwise */
        if (tense == TENSE_SCHEDULED)
            tense = 0;
        int coming = !fwd && !back && (tense > 0 || (tense == 0 && i > 0 && tok_is(s, i - 1, "until")));
        if (fwd || back)
            r->first = i - 1;
        r->d.gran = NP_DATE_DAY;
        r->d.flags |= NP_DATE_RELATIVE;
        if (s->have_pub) {
            int pw = np_weekday_from_days(s->pdays);
            int64_t z;
            if (fwd)
                z = s->pdays + ((wd - pw + 7) % 7 ? (wd - pw + 7) % 7 : 7);
            else if (coming)
                z = s->pdays + (wd - pw + 7) % 7;
            else if (s->approx && !back && (wd - pw + 7) % 7 && (wd - pw + 7) % 7 <= REF_APPROX_AHEAD)
                /* counted from a day the text tells of (or another
                 * outlet's day), which its writing day follows by a day or
                 * two: a weekday just after it is more likely meant than
                 * the one almost a week before (a caption's Friday, then
                 * "on Sunday") */
                z = s->pdays + (wd - pw + 7) % 7;
            else
                z = s->pdays - (back ? ((pw - wd + 7) % 7 ? (pw - wd + 7) % 7 : 7) : (pw - wd + 7) % 7);
            set_days(r->d.iso, z);
        } else {
            r->d.flags |= NP_DATE_UNRESOLVED;
        }
        ok = 1;
    }
    /* yesterday / today / tomorrow */
    if (!ok) {
        int off = 99;
        if (tok_is(s, i, "yesterday"))
            off = -1;
        else if ((tok_is(s, i, "today") || tok_is(s, i, "tonight")) && !(t[i].flags & NP_TOK_ALLCAPS))
            off = 0; /* "USA TODAY" is a newspaper */
        else if (tok_is(s, i, "tomorrow"))
            off = 1;
        if (off != 99) {
            r->d.gran = NP_DATE_DAY;
            r->d.flags |= NP_DATE_RELATIVE;
            if (s->have_pub)
                set_days(r->d.iso, s->pdays + off);
            else
                r->d.flags |= NP_DATE_UNRESOLVED;
            ok = 1;
        }
    }
    /* (earlier|later) last/next/this/past week|month|year */
    if (!ok && (tok_is(s, i, "last") || tok_is(s, i, "next") || tok_is(s, i, "this") ||
                tok_is(s, i, "past")) &&
        (tok_is(s, i + 1, "week") || tok_is(s, i + 1, "month") || tok_is(s, i + 1, "year"))) {
        int delta = tok_is(s, i, "next") ? 1 : tok_is(s, i, "this") ? 0 : -1;
        if (i > 0 && (tok_is(s, i - 1, "earlier") || tok_is(s, i - 1, "later")))
            r->first = i - 1;
        r->last = i + 1;
        r->d.flags |= NP_DATE_RELATIVE;
        const char *unit = t[i + 1].norm;
        r->d.gran = unit[0] == 'w' ? NP_DATE_WEEK : unit[0] == 'm' ? NP_DATE_MONTH : NP_DATE_YEAR;
        if (s->have_pub) {
            if (r->d.gran == NP_DATE_WEEK) {
                int64_t monday = s->pdays - (np_weekday_from_days(s->pdays) - 1);
                set_days(r->d.iso, monday + 7 * delta);
            } else if (r->d.gran == NP_DATE_MONTH) {
                int64_t yy;
                int mm;
                month_shift(s->py, s->pm, delta, &yy, &mm);
                set_month(r->d.iso, yy, mm);
            } else {
                set_year(r->d.iso, s->py + delta);
            }
        } else {
            r->d.flags |= NP_DATE_UNRESOLVED;
        }
        ok = 1;
    }
    /* N days/weeks ago */
    if (!ok && (t[i].flags & (NP_TOK_NUMBER | NP_TOK_WORD)) && tok_is(s, i + 2, "ago") &&
        (tok_is(s, i + 1, "days") || tok_is(s, i + 1, "weeks") || tok_is(s, i + 1, "day") ||
         tok_is(s, i + 1, "week"))) {
        long k = -1;
        if (t[i].flags & NP_TOK_NUMBER) {
            k = 0;
            for (const char *p = t[i].norm; *p >= '0' && *p <= '9' && k < 100000; p++)
                k = k * 10 + (*p - '0');
        } else if (tok_is(s, i, "a")) {
            k = 1;
        } else {
            k = np_lex_number_word(t[i].norm, strlen(t[i].norm));
        }
        if (k >= 0) {
            long mult = t[i + 1].norm[0] == 'w' ? 7 : 1;
            r->last = i + 2;
            r->d.gran = NP_DATE_DAY;
            r->d.flags |= NP_DATE_RELATIVE;
            if (s->have_pub)
                set_days(r->d.iso, s->pdays - k * mult);
            else
                r->d.flags |= NP_DATE_UNRESOLVED;
            ok = 1;
        }
    }
    return ok;
}

/* Is the day iso ("YYYY-MM-DD") weekday wd (1 Monday .. 7 Sunday)?  A
 * weekday that does not fit the day written after it names another day
 * ("police said Monday, May 29 was the last time ..."). */
static int day_is_weekday(const char *iso, int wd)
{
    int64_t y;
    int m, d;
    return wd && np_date_parse_iso(iso, &y, &m, &d) && np_weekday_from_days(np_days_from_civil(y, m, d)) == wd;
}

/* A day written without its year but with its weekday ("Tuesday, Dec.
 * 16") whose inferred year does not make it that weekday: the year before
 * or after that does, when that day lies within WEEKDAY_YEAR_REACH days of
 * publication; the date is set to it.  0 when none does. */
#define WEEKDAY_YEAR_REACH 183 /* days from publication a weekday may move a day's year to */
static int year_of_weekday(const scan *s, np_date_mention *d, int wd)
{
    int64_t y;
    int m, dd;
    if (!s->have_pub || (d->flags & NP_DATE_RANGE) || !np_date_parse_iso(d->iso, &y, &m, &dd))
        return 0; /* a range would need its end moved too */
    static const int k_shift[] = {-1, 1};
    for (size_t k = 0; k < 2; k++) {
        int64_t z = dd <= days_in_month(y + k_shift[k], m) ? np_days_from_civil(y + k_shift[k], m, dd) : INT64_MIN;
        /* near publication only: a weekday a year away fits by chance
         * ("police said Monday, May 29 was ...": Monday is when they said it) */
        if (z != INT64_MIN && np_weekday_from_days(z) == wd && llabs(z - s->pdays) <= WEEKDAY_YEAR_REACH) {
            set_day(d->iso, y + k_shift[k], m, dd);
            return 1;
        }
    }
    return 0;
}

/* The weekday (1 Monday .. 7 Sunday) token i names, capitalised and in
 * full ("Sunday"); 0 when none. */
static int weekday_tok(const scan *s, size_t i)
{
    const np_token *t = &s->t[i];
    return (t->flags & NP_TOK_CAP) && t->end - t->start >= 5 ? np_lex_weekday(s->text + t->start, t->end - t->start)
                                                             : 0;
}

size_t np_date_weekday_len(const char *text, const np_date_mention *m)
{
    size_t e = m->start;
    while (e < m->end && isalpha((unsigned char)text[e]))
        e++;
    return e < m->end && np_lex_weekday(text + m->start, e - m->start) ? e - m->start : 0;
}

static np_status find(scan *s, dvec *dv)
{
    for (size_t i = 0; i < s->n; i++) {
        dmatch r;
        int ok = 0;
        /* "Sunday, March 2, 2014", "on Monday, Jan. 5": the weekday of a
         * day written out names that day (one mention), not the Sunday
         * nearest the publication date */
        int wd = s->t[i].end < s->len && s->text[s->t[i].end] == ',' ? weekday_tok(s, i) : 0;
        if (wd && gap_is(s, i, ",")) {
            dmatch_start(&r, i + 1);
            ok = match_absolute(s, i + 1, &r) && r.first == i + 1 && r.d.gran == NP_DATE_DAY &&
                 (day_is_weekday(r.d.iso, wd) || ((r.d.flags & NP_DATE_INFERRED_YEAR) && year_of_weekday(s, &r.d, wd)));
            if (ok)
                r.first = i;
        }
        if (!ok) {
            dmatch_start(&r, i);
            ok = match_absolute(s, i, &r);
        }
        if (!ok) {
            dmatch_start(&r, i);
            ok = match_relative(s, i, &r);
        }
        if (!ok)
            continue;
        np_date_mention *dm = push(dv);
        if (!dm)
            return NP_ENOMEM;
        *dm = r.d;
        dm->start = s->t[r.first].start;
        dm->end = s->t[r.last].end;
        if (dm->flags & NP_DATE_UNRESOLVED)
            dm->iso[0] = dm->iso_end[0] = '\0';
        i = r.last;
    }
    return NP_OK;
}

np_status np_dates_find_tok(const char *text, size_t len, const np_token *tok, size_t ntok,
                            const char *published, np_arena *arena, np_date_mention **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!text)
        return NP_OK;
    scan s = {.text = text, .len = len};
    if (np_date_parse_iso(published, &s.py, &s.pm, &s.pd)) {
        s.have_pub = 1;
        s.pdays = np_days_from_civil(s.py, s.pm, s.pd);
        s.approx = strlen(published) > 10 && published[10] == NP_DATE_REF_APPROX;
    }
    np_status st;
    if ((st = np_tokens_given_or_made(text, len, tok, ntok, arena, &s.t, &s.n)) != NP_OK)
        return st;
    dvec dv = {.arena = arena};
    st = find(&s, &dv);
    if (st != NP_OK)
        return st;
    *out = dv.v;
    *n = dv.n;
    return NP_OK;
}

np_status np_dates_find(const char *text, size_t len, const char *published,
                        np_arena *arena, np_date_mention **out, size_t *n)
{
    return np_dates_find_tok(text, len, NULL, 0, published, arena, out, n);
}

/* ------------------------------------------------- reference of a text */

/* Is the mention at [start, end) the date of a dateline: in the text's first
 * line, right after an upper-case place and a comma ("LONDON, March 3 —",
 * "WASHINGTON, April 30 (Reuters) -"), followed by a dash or an agency
 * credit? */
static int dateline_at(const char *text, size_t len, size_t start, size_t end)
{
    if (start < 3 || start > 120 || memchr(text, '\n', start))
        return 0;
    size_t p = start;
    while (p > 0 && text[p - 1] == ' ')
        p--;
    if (p == 0 || text[p - 1] != ',')
        return 0;
    p--;
    size_t caps = 0;
    while (p > 0 && (isupper((unsigned char)text[p - 1]) || text[p - 1] == ' ' || text[p - 1] == '.')) {
        caps += isupper((unsigned char)text[p - 1]) != 0;
        p--;
    }
    if (caps < 2 || (p > 0 && text[p - 1] != '\n'))
        return 0;
    size_t q = end;
    while (q < len && q < end + 24 && text[q] != '\n') {
        unsigned char c = (unsigned char)text[q];
        if (c == '-' || (c == 0xE2 && q + 2 < len && (unsigned char)text[q + 1] == 0x80 &&
                         ((unsigned char)text[q + 2] == 0x93 || (unsigned char)text[q + 2] == 0x94)))
            return 1;
        if (c != ' ' && c != '(' && c != ')' && !isalpha(c) && c != ',')
            return 0;
        q++;
    }
    return 0;
}

static uint64_t day_key(const np_date_mention *d)
{
    return np_hash64(d->iso, strlen(d->iso), 0xda7e);
}

/* Is full date dm[i] the day a report tells of, rather than the date of
 * some earlier event it mentions ("her March 3, 2029, letter", "a report
 * dated May 2, 2028.")?  It is when the text writes it with its weekday
 * ("..., Tarvik, Friday, May 2, 2031.", as photo captions do) or writes
 * it more than once (written[]: captions repeat the day of the pictures). */
static int reported_day(const char *text, const np_date_mention *dm, const np_u64map *written, size_t i)
{
    const uint64_t *times = np_u64map_get(written, day_key(&dm[i]));
    if (times && *times >= 2)
        return 1;
    /* the weekday opens the mention ("Friday, May 2, 2031": find() reads
     * them as one) or stands just before it */
    size_t p = dm[i].start, e = p + np_date_weekday_len(text, &dm[i]);
    if (e == p) {
        while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == ','))
            p--;
        e = p;
        while (p > 0 && isalpha((unsigned char)text[p - 1]))
            p--;
    }
    int wd = np_lex_weekday(text + p, e - p);
    int64_t y;
    int m, d;
    return wd && np_date_parse_iso(dm[i].iso, &y, &m, &d) && np_weekday_from_days(np_days_from_civil(y, m, d)) == wd;
}

np_status np_date_reference(const char *text, size_t len, np_arena *arena, const char **out)
{
    *out = NULL;
    np_date_mention *dm = NULL;
    size_t n = 0;
    np_status st = np_dates_find(text, len, NULL, arena, &dm, &n);
    if (st != NP_OK)
        return st;
    /* latest: the latest full date, a day the report is filed on or after;
     * reported: the latest full date that is the day it tells of
     * (reported_day()) */
    const char *latest = NULL, *reported = NULL;
    int filed = 0; /* reported is the dateline's filing day, not a day the report tells of */
    /* how many times each full day is written (reported_day()) */
    np_u64map written;
    np_u64map_init(&written);
    for (size_t i = 0; i < n; i++) {
        if (dm[i].gran != NP_DATE_DAY || !dm[i].iso[0] || (dm[i].flags & (NP_DATE_RELATIVE | NP_DATE_UNRESOLVED)))
            continue;
        uint64_t *v = np_u64map_slot(&written, day_key(&dm[i]));
        if (!v) {
            np_u64map_free(&written);
            return NP_ENOMEM;
        }
        (*v)++;
    }
    for (size_t i = 0; i < n; i++) {
        if (dm[i].gran != NP_DATE_DAY || !dm[i].iso[0] ||
            (dm[i].flags & (NP_DATE_RELATIVE | NP_DATE_UNRESOLVED | NP_DATE_INFERRED_YEAR)))
            continue;
        const char *iso = (dm[i].flags & NP_DATE_RANGE) && dm[i].iso_end[0] ? dm[i].iso_end : dm[i].iso;
        if (!latest || strcmp(iso, latest) > 0)
            latest = iso;
        if ((!reported || strcmp(iso, reported) > 0) && reported_day(text, dm, &written, i))
            reported = iso;
    }
    np_u64map_free(&written);
    /* a month written with its year after that date ("in April 2031" in a
     * text whose latest full date is in 1990) shows the report is later:
     * the full date is an old event, and relative dates counted from it
     * would land years off; no reference */
    for (size_t i = 0; i < n && latest; i++)
        if (dm[i].gran == NP_DATE_MONTH && dm[i].iso[0] &&
            !(dm[i].flags & (NP_DATE_RELATIVE | NP_DATE_UNRESOLVED | NP_DATE_INFERRED_YEAR | NP_DATE_RANGE)) &&
            strncmp(dm[i].iso, latest, 7) > 0)
            latest = reported = NULL;
    for (size_t i = 0; i < n; i++) {
        if (dm[i].gran != NP_DATE_DAY || !dateline_at(text, len, dm[i].start, dm[i].end))
            continue;
        if (dm[i].iso[0] && !(dm[i].flags & (NP_DATE_RELATIVE | NP_DATE_RANGE))) {
            reported = dm[i].iso; /* the dateline says when the report was filed */
            filed = 1;
            break;
        }
        if (!(dm[i].flags & NP_DATE_UNRESOLVED) || !latest)
            break;
        /* "April 30" without a year: the first such day on or after the
         * latest full date (a report is filed after what it dates) */
        int64_t y;
        int m, d;
        np_date_parse_iso(latest, &y, &m, &d);
        char ref[16];
        snprintf(ref, sizeof ref, "%04lld-12-31", (long long)y);
        np_date_mention *one = NULL;
        size_t k = 0;
        if ((st = np_dates_find(text + dm[i].start, dm[i].end - dm[i].start, ref, arena, &one, &k)) != NP_OK)
            return st;
        if (k == 1 && one[0].gran == NP_DATE_DAY && one[0].iso[0] && !(one[0].flags & NP_DATE_RANGE)) {
            int64_t y2;
            int m2, d2;
            np_date_parse_iso(one[0].iso, &y2, &m2, &d2);
            if (strcmp(one[0].iso, latest) < 0)
                y2++;
            char *iso = np_arena_alloc(arena, 11);
            if (!iso)
                return NP_ENOMEM;
            snprintf(iso, 11, "%04lld-%02d-%02d", (long long)y2, m2, d2);
            if (np_date_parse_iso(iso, &y2, &m2, &d2)) { /* not a 29 February moved to a common year */
                *out = iso;
                return NP_OK;
            }
        }
        break;
    }
    if (reported) {
        /* a day the report tells of: its writing day is that day or after
         * (NP_DATE_REF_APPROX) */
        *out = filed ? np_arena_strdup(arena, reported) : np_date_ref_approx(arena, reported);
        if (!*out)
            return NP_ENOMEM;
    }
    return NP_OK;
}

const char *np_date_ref_approx(np_arena *arena, const char *day)
{
    if (!day || strlen(day) < 10)
        return NULL;
    char *out = np_arena_alloc(arena, 12);
    if (!out)
        return NULL;
    memcpy(out, day, 10);
    out[10] = NP_DATE_REF_APPROX;
    out[11] = '\0';
    return out;
}
