/*
 * compare/discrepancy.c — the same thing reported differently by outlets.
 *
 *  - numbers: two aligned sentences (cosine >= ALIGN_MIN, different outlets)
 *    each holding one mention of the same unit, with values that differ;
 *    or two figures of one unit with alike surroundings, or of one counted
 *    thing in sentences about the same named subject telling one event;
 *  - dates: two aligned sentences whose day dates differ (a range against a
 *    single day, or days less than a week apart: the same event dated
 *    differently, not two events);
 *  - attribution: a named quantity-compound ("28-point plan", "10-step
 *    programme") owned by different places/organisations in different
 *    outlets ("the US 28-point plan" vs "Russia's 28-point plan"): the owner
 *    used by one outlet against the owner most outlets use.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compare/brief_internal.h"
#include "compare/counted.h"
#include "compare/frames.h"
#include "compare/names.h"
#include "compare/stance.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/u64map.h"
#include "extract/date.h"
#include "extract/number.h"
#include "text/lexicon.h"

#define ALIGN_MIN 0.25f
#define DATE_ALIGN_MIN 0.15f
#define DATE_FAR_DAYS 31     /* dates further apart are two events */
#define DATE_FAR_ALIGN 0.35f /* dates over 3 days apart: one event only in sentences this alike */
#define MAX_ITEMS 12
#define FIG_WINDOW 6        /* tokens either side of a figure: its surroundings */
#define FIG_CTX_MIN 0.45f   /* surroundings of one quantity reported differently */
#define FIG_ALIGNED_CTX_MIN 0.10f /* ... when the sentences align as well */

/* A unit noun of the story's figures and what it counts (counted.h). */
typedef struct unit_info {
    const char *unit; /* NULL = empty slot */
    np_counted cnt;
    uint32_t cls;     /* union-find parent: units one figure can be compared across */
    uint32_t idx;     /* its index in the order of first use */
} unit_info;

typedef struct dctx {
    np_story *s;
    size_t cap;
    void *files[4];          /* WordNet data files (np_wn_data_open) */
    np_u64map lexfiles;      /* verb synset -> its lexicographer file + 1 (deed_lexfile()) */
    unit_info *units;        /* open addressing by unit string */
    size_t units_cap, n_units;
    uint32_t *by_idx;        /* slot of the unit of each index */
} dctx;

static np_status add_disc(dctx *c, const char *kind, const char *what, const char *explain, const np_bref *items,
                          size_t n)
{
    np_brief *b = c->s->brief;
    np_status st = np_grow((void **)&b->discrepancies, &c->cap, b->n_discrepancies, sizeof *b->discrepancies);
    if (st != NP_OK)
        return st;
    np_brief_discrepancy *d = &b->discrepancies[b->n_discrepancies];
    d->kind = kind;
    d->what = np_arena_strdup(&b->arena, what);
    d->explain = explain ? np_arena_strdup(&b->arena, explain) : NULL;
    /* room to add the other outlets that report either figure */
    d->items = np_arena_alloc(&b->arena, (n > MAX_ITEMS ? n : MAX_ITEMS) * sizeof *d->items);
    if (!d->what || !d->items || (explain && !d->explain))
        return NP_ENOMEM;
    memcpy(d->items, items, n * sizeof *items);
    d->n_items = n;
    b->n_discrepancies++;
    return NP_OK;
}

/* index range of mentions (sorted by start) inside [a, b) */
#define RANGE_OF(arr, cnt, a, b, lo, hi)                    \
    do {                                                    \
        size_t l_ = 0, h_ = (cnt);                          \
        while (l_ < h_) {                                   \
            size_t m_ = (l_ + h_) / 2;                      \
            if ((arr)[m_].start < (a)) l_ = m_ + 1;         \
            else h_ = m_;                                   \
        }                                                   \
        (lo) = l_;                                          \
        while (l_ < (cnt) && (arr)[l_].start < (b)) l_++;   \
        (hi) = l_;                                          \
    } while (0)

/* ----------------------------------------------------------- numbers */

/* 1 when key is new (recorded with index `fresh`), 0 when known (*known
 * set to its index), -1 on ENOMEM.  `seen` maps the key's hash to the
 * discrepancy's index + 1 (0 is "absent"). */
static int seen_add(np_u64map *seen, const char *key, size_t fresh, size_t *known)
{
    uint64_t *v = np_u64map_slot(seen, np_hash64(key, strlen(key), 0x7365656e) | 1);
    if (!v)
        return -1;
    if (*v) {
        *known = (size_t)(*v - 1);
        return 0;
    }
    *v = (uint64_t)fresh + 1;
    return 1;
}

/* Add a REF for doc's span to a reported discrepancy unless that outlet is
 * already listed or the list is full. */
static np_status add_item(np_story *s, size_t di, int doc, size_t start, size_t end)
{
    np_brief_discrepancy *d = &s->brief->discrepancies[di];
    if (d->n_items >= MAX_ITEMS)
        return NP_OK;
    for (size_t i = 0; i < d->n_items; i++)
        if (d->items[i].doc == doc)
            return NP_OK;
    np_status st = np_story_ref(s, doc, start, end, &d->items[d->n_items]);
    if (st == NP_OK)
        d->n_items++;
    return st;
}

/* One disagreement between doc da's span [a0, a1) and doc db's [b0, b1),
 * filed under key: joined to the discrepancy already reported under that
 * key (*fresh = 0), or the start of a new one, whose two REFs are put in
 * items for the caller to word (*fresh = 1). */
static np_status pair_refs(np_story *s, np_u64map *seen, const char *key, int da, size_t a0,
                           size_t a1, int db, size_t b0, size_t b1, np_bref items[2], int *fresh)
{
    size_t known = 0;
    int r = seen_add(seen, key, s->brief->n_discrepancies, &known);
    if (r < 0)
        return NP_ENOMEM;
    *fresh = r;
    np_status st;
    if (!r) {
        if ((st = add_item(s, known, da, a0, a1)) != NP_OK)
            return st;
        return add_item(s, known, db, b0, b1);
    }
    if ((st = np_story_ref(s, da, a0, a1, &items[0])) != NP_OK)
        return st;
    return np_story_ref(s, db, b0, b1, &items[1]);
}

/* ------------------------------------------------ what a figure counts */

static int money_or_percent(const char *u)
{
    return strcmp(u, "percent") == 0 || (strlen(u) == 3 && isupper((unsigned char)u[0]));
}

/* The unit's entry; inserted (and described) when new and add is set,
 * else NULL when unknown.  NULL on ENOMEM. */
static unit_info *unit_of(dctx *c, const char *unit, int add)
{
    if (add && (c->n_units + 1) * 2 > c->units_cap) {
        size_t nc = c->units_cap ? c->units_cap * 2 : 64;
        unit_info *nu = np_calloc(nc, sizeof *nu);
        uint32_t *nb = np_malloc(nc * sizeof *nb);
        if (!nu || !nb) {
            np_free(nu);
            np_free(nb);
            return NULL;
        }
        for (size_t i = 0; i < c->units_cap; i++)
            if (c->units[i].unit) {
                size_t p = np_hash64(c->units[i].unit, strlen(c->units[i].unit), 0x756e6974) & (nc - 1);
                while (nu[p].unit)
                    p = (p + 1) & (nc - 1);
                nu[p] = c->units[i];
                nb[nu[p].idx] = (uint32_t)p;
            }
        np_free(c->units);
        np_free(c->by_idx);
        c->units = nu;
        c->by_idx = nb;
        c->units_cap = nc;
    }
    if (!c->units_cap)
        return NULL;
    size_t p = np_hash64(unit, strlen(unit), 0x756e6974) & (c->units_cap - 1);
    while (c->units[p].unit) {
        if (strcmp(c->units[p].unit, unit) == 0)
            return &c->units[p];
        p = (p + 1) & (c->units_cap - 1);
    }
    if (!add)
        return NULL;
    unit_info *u = &c->units[p];
    u->unit = unit;
    u->idx = (uint32_t)c->n_units;
    u->cls = u->idx;
    c->by_idx[c->n_units++] = (uint32_t)p;
    if (money_or_percent(unit))
        memset(&u->cnt, 0, sizeof u->cnt);
    else
        np_counted_describe(c->s->wn, c->files, unit, &u->cnt);
    return u;
}

static uint32_t cls_find(dctx *c, uint32_t i)
{
    while (c->units[c->by_idx[i]].cls != i) {
        uint32_t p = c->units[c->by_idx[i]].cls;
        c->units[c->by_idx[i]].cls = c->units[c->by_idx[p]].cls;
        i = p;
    }
    return i;
}

/* Units of measure of one dimension ("metre" / "foot"): one quantity,
 * compared in the dimension's base unit (fig_bounds()). */
static int one_dimension(const char *a, const char *b)
{
    int da, db;
    return np_unit_measure(a, &da) > 0 && np_unit_measure(b, &db) > 0 && da == db;
}

/* Every unit of the story's figures, described once; units that can count
 * one thing joined in one class (cls_find). */
static np_status prepare_units(dctx *c)
{
    np_story *s = c->s;
    for (size_t d = 0; d < s->n_docs; d++)
        for (size_t k = 0; k < s->an[d].n_numbers; k++) {
            const char *u = np_number_unit(&s->an[d].numbers[k]);
            if (u && !unit_of(c, u, 1))
                return NP_ENOMEM;
        }
    for (uint32_t i = 0; i < c->n_units; i++)
        for (uint32_t j = i + 1; j < c->n_units; j++) {
            const unit_info *a = &c->units[c->by_idx[i]], *b = &c->units[c->by_idx[j]];
            if (money_or_percent(a->unit) || money_or_percent(b->unit) ||
                !(np_counted_same(&a->cnt, &b->cnt) || one_dimension(a->unit, b->unit)))
                continue;
            uint32_t ra = cls_find(c, i), rb = cls_find(c, j);
            if (ra != rb)
                c->units[c->by_idx[ra > rb ? ra : rb]].cls = ra > rb ? rb : ra;
        }
    return NP_OK;
}

/* Figures of units a and b can count one thing: the same unit, or nouns
 * for one kind of thing ("Russians" / "people", counted.h).  Money and
 * percentages only against themselves. */
static int units_kin(dctx *c, const char *a, const char *b)
{
    if (strcmp(a, b) == 0 || one_dimension(a, b))
        return 1;
    if (money_or_percent(a) || money_or_percent(b))
        return 0;
    const unit_info *ua = unit_of(c, a, 0), *ub = unit_of(c, b, 0);
    return ua && ub && np_counted_same(&ua->cnt, &ub->cnt);
}

/* The verb a count of people is the agent of: "backed by more than 2.4
 * million voters", "2.4 million voters (have) backed"; NULL when none. */
static const np_token *agent_verb(const np_story *s, const np_analysis *an, const np_sent *se,
                                  const np_number_mention *m)
{
    size_t k0 = np_story_token_at(an, m->start), k1 = np_story_token_at(an, m->end);
    for (size_t back = 1; back <= 4 && k0 >= se->tok_lo + back + 1; back++) {
        const np_token *by = &an->tokens[k0 - back];
        if (by->norm && strcmp(by->norm, "by") == 0) {
            const np_token *v = &an->tokens[k0 - back - 1];
            return (v->flags & NP_TOK_WORD) && !(v->flags & NP_TOK_CAP) ? v : NULL;
        }
    }
    for (size_t k = k1; k < se->tok_hi && k < an->n_tokens && k < k1 + 2; k++) {
        const np_token *v = &an->tokens[k];
        if (!(v->flags & NP_TOK_WORD) || (v->flags & NP_TOK_CAP) || !v->norm)
            return NULL;
        static const char *const aux[] = {"have", "has", "had", "were", "was", "are", "is", "who", NULL};
        int is_aux = 0;
        for (size_t i = 0; aux[i]; i++)
            is_aux |= strcmp(v->norm, aux[i]) == 0;
        if (is_aux)
            continue;
        return s->wn && np_wn_is_verb(s->wn, v->norm, strlen(v->norm)) ? v : NULL;
    }
    return NULL;
}

/* A count of people against a count of what they did: "signed by 1.8
 * million people" / "hundreds of thousands of signatures". */
static int derived_kin(dctx *c, const np_analysis *an, const np_sent *se, const np_number_mention *m,
                       const char *other)
{
    const char *u = np_number_unit(m);
    if (!u || money_or_percent(other) || money_or_percent(u))
        return 0;
    const unit_info *pu = unit_of(c, u, 0);
    if (!pu || !pu->cnt.person)
        return 0;
    const np_token *v = agent_verb(c->s, an, se, m);
    const unit_info *ou = v ? unit_of(c, other, 0) : NULL;
    return ou && !ou->cnt.person && np_counted_derived(c->s->wn, &ou->cnt, v->norm, v->stem);
}

/* The two figures can count one thing (units_kin or derived_kin). */
static int figs_kin(dctx *c, const np_analysis *aa, const np_sent *A, const np_number_mention *ma,
                    const np_analysis *ab, const np_sent *B, const np_number_mention *mb)
{
    const char *ua = np_number_unit(ma), *ub = np_number_unit(mb);
    if (!ua || !ub)
        return 0;
    return units_kin(c, ua, ub) || derived_kin(c, aa, A, ma, ub) || derived_kin(c, ab, B, mb, ua);
}

/* The word that names what two kin figures count, for the reader: the
 * generic one ("people" rather than "Russians"). */
static const char *unit_label(dctx *c, const char *a, const char *b)
{
    const unit_info *ub = strcmp(a, b) != 0 ? unit_of(c, b, 0) : NULL;
    return ub && ub->cnt.generic ? b : a;
}

/* The unit naming the class of unit (one key for all its kin). */
static const char *class_name(dctx *c, const char *unit)
{
    const unit_info *u = unit_of(c, unit, 0);
    return u ? c->units[c->by_idx[cls_find(c, u->idx)]].unit : unit;
}

static int conversion(const np_analysis *an, const np_number_mention *m);

static np_status figure_window(np_story *s, int d, const np_number_mention *m, const np_sent *se, np_svec *out,
                               size_t *bs, size_t *aend);


static const char *outlet_name(const np_story *s, int doc)
{
    const np_brief_doc *d = &s->brief->docs[doc];
    return d->outlet && d->outlet[0] ? d->outlet : d->key;
}

/* Days from document da's publication to db's (0 when either is unknown
 * or both are of one day). */
static long days_between(const np_story *s, int da, int db)
{
    const char *pa = s->brief->docs[da].published, *pb = s->brief->docs[db].published;
    int64_t ya, yb;
    int ma, mb, dda, ddb;
    if (!pa || !pb || !np_date_parse_iso(pa, &ya, &ma, &dda) || !np_date_parse_iso(pb, &yb, &mb, &ddb))
        return 0;
    return (long)(np_days_from_civil(yb, mb, ddb) - np_days_from_civil(ya, ma, dda));
}

/* One line for the reader: which quantity, about what, who says which. */
static void explain_number(const np_story *s, const char *unit, const np_token *about, int da, const np_bref *a,
                           int db, const np_bref *b, char *out, size_t cap)
{
    const char *what = strcmp(unit, "percent") == 0 ? "The percentage" : NULL;
    if (strcmp(unit, "vote") == 0 || strcmp(unit, "score") == 0) /* tallies ("5-4") or votes ("six votes") */
        what = unit[0] == 'v' ? "The vote" : "The score";
    /* a measure by what it measures: "The length" of "60m" and "200ft" */
    static const char *const dims[] = {NULL, "The length", "The area", "The weight", "The speed"};
    int dim = NP_DIM_NONE;
    if (!what && np_unit_measure(unit, &dim) > 0 && dim > NP_DIM_NONE && dim <= NP_DIM_SPEED)
        what = dims[dim];
    char head[120];
    if (!what) {
        int money = strlen(unit) == 3 && isupper((unsigned char)unit[0]) && isupper((unsigned char)unit[1]);
        char plural[96];
        if (money || !np_unit_plural(unit, plural, sizeof plural))
            snprintf(plural, sizeof plural, "%s", unit);
        snprintf(head, sizeof head, money ? "The amount in %s" : "The number of %s", plural);
        what = head;
    }
    /* the shared referent word as written in the first outlet's text; a
     * word of the bound ("at least", "more than") names nothing */
    static const char *const bound[] = {"about", "almost", "least", "less", "more", "most", "nearly", "over",
                                        "than", "under", "up", NULL};
    if (about && about->norm && np_lex_word_in(about->norm, bound))
        about = NULL;
    int an_len = about ? (int)(about->end - about->start) : 0;
    const char *aw = about ? s->an[da].text + about->start : "";
    /* reports of other days: the figure may have changed between them (a
     * fire's area, a toll), which the reader tells from the dates */
    char when_a[16] = "", when_b[16] = "", apart[48] = "";
    long days = days_between(s, da, db);
    if (days) {
        snprintf(when_a, sizeof when_a, " (%.10s)", s->brief->docs[da].published);
        snprintf(when_b, sizeof when_b, " (%.10s)", s->brief->docs[db].published);
        snprintf(apart, sizeof apart, ", reported %ld day%s apart", days < 0 ? -days : days,
                 days == 1 || days == -1 ? "" : "s");
    }
    snprintf(out, cap, "%s%s%.*s%s differs: \"%s\" in %s%s vs \"%s\" in %s%s%s.", what, about ? " (" : "", an_len,
             aw, about ? ")" : "", a->text, outlet_name(s, da), when_a, b->text, outlet_name(s, db), when_b, apart);
}

/* ------------------------------------------- one quantity, one referent */

/* Units of time (time_gap()). */
static int time_unit(const char *u)
{
    static const char *const v[] = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
                                    "hours", "minute", "minutes", "decade", "decades", NULL};
    for (size_t i = 0; v[i]; i++)
        if (strcmp(u, v[i]) == 0)
            return 1;
    return 0;
}

/* A measure in parentheses right after a measure of its dimension is that
 * measure converted ("600 metres (2,000 feet)", "58km (36 miles)"): the
 * writer rounds it, so it states no length of its own. */
static int measure_converted(const np_analysis *an, const np_number_mention *m)
{
    size_t a = m->start;
    while (a > 0 && an->text[a - 1] == ' ')
        a--;
    if (a == 0 || an->text[a - 1] != '(' || m->end >= an->len || an->text[m->end] != ')')
        return 0;
    size_t e = a - 1;
    while (e > 0 && an->text[e - 1] == ' ')
        e--;
    for (size_t k = 0; k < an->n_numbers; k++)
        if (an->numbers[k].end == e && &an->numbers[k] != m)
            return an->numbers[k].unit && m->unit && one_dimension(an->numbers[k].unit, m->unit);
    return 0;
}

/* A sum in parentheses right after another sum is that sum converted
 * ("110 billion euros ($141 billion)", "$US1 million ($1.52 million)"):
 * outlets convert at different rates, so it states no amount of its own. */
static int conversion(const np_analysis *an, const np_number_mention *m)
{
    if (!(m->flags & NP_NUM_MONEY))
        return measure_converted(an, m);
    size_t a = m->start, b = m->end, n = an->len;
    while (a > 0 && an->text[a - 1] == ' ')
        a--;
    while (b < n && (an->text[b] == ' ' || an->text[b] == '-' || isalpha((unsigned char)an->text[b])))
        b++; /* "($2.6-million)" */
    if (a == 0 || an->text[a - 1] != '(' || b >= n || an->text[b] != ')')
        return 0;
    size_t e = a - 1;
    while (e > 0 && an->text[e - 1] == ' ')
        e--;
    size_t w = e;
    while (w > 0 && (isalnum((unsigned char)an->text[w - 1]) || an->text[w - 1] == '-'))
        w--;
    if (w == e)
        return 0;
    if (isdigit((unsigned char)an->text[e - 1]))
        return 1; /* "110 ($141 billion)" */
    static const char *const sums[] = {"million", "billion", "trillion", "euro", "euros", "pound", "pounds",
                                       "dollar", "dollars", "yen", "yuan", "rupees", "francs", NULL};
    for (size_t i = 0; sums[i]; i++) {
        size_t l = strlen(sums[i]);
        if (e - w >= l && strncasecmp(an->text + e - l, sums[i], l) == 0)
            return 1; /* "80 billion euros ($97 billion)", "three-million-euro ($3.4-million)" */
    }
    return 0;
}

/* A figure is a quantity only when it counts something: not a label or
 * name ("Article 5", "Sept. 11 hijackers", "Flight 370": a capitalised word
 * right before it), not a converted sum (conversion()) and not a time offset ("15 years ago": it points at a
 * moment, and two outlets' offsets count from different moments). */
static int not_quantity(const np_analysis *an, const np_sent *se, const np_number_mention *m)
{
    if (conversion(an, m))
        return 1;
    size_t k = np_story_token_at(an, m->start);
    /* a label before the figure ("Gate 12"); a tally's is its bill or team ("passed the Bill 52-48") */
    if (k > se->tok_lo && k > 0 && !(m->flags & NP_NUM_TALLY)) {
        const np_token *p = &an->tokens[k - 1];
        const char *w = an->text + p->start;
        size_t n = p->end - p->start, gap = m->start - p->end;
        int joined_label = gap <= 2 && (gap == 0 || an->text[p->end] == ' ' || an->text[p->end] == '.');
        if (joined_label && (p->flags & NP_TOK_CAP) && (p->flags & NP_TOK_WORD) && k - 1 > se->tok_lo &&
            !np_lex_is_cap_function_word(w, n))
            return 1;
        if (joined_label && (p->flags & NP_TOK_CAP) && np_lex_month(w, n))
            return 1; /* "Sept. 11" at a sentence start too */
    }
    size_t e = np_story_token_at(an, m->end);
    return e < an->n_tokens && e < se->tok_hi && an->tokens[e].norm && strcmp(an->tokens[e].norm, "ago") == 0;
}

/* A figure of time that measures the gap between two moments ("hired
 * two weeks before the blaze", "three years after that"), not how long
 * something lasted ("the closure has taken four years"; "held for 14
 * months before the exchange": "for" makes it a duration). */
static int time_gap(const np_analysis *an, const np_sent *se, const np_number_mention *m)
{
    size_t e = np_story_token_at(an, m->end), b = np_story_token_at(an, m->start);
    if (!m->unit || !time_unit(m->unit) || e >= an->n_tokens || e >= se->tok_hi || !an->tokens[e].norm)
        return 0;
    if (b > se->tok_lo && b <= an->n_tokens && an->tokens[b - 1].norm && !strcmp(an->tokens[b - 1].norm, "for"))
        return 0;
    static const char *const gap[] = {"later", "earlier", "after", "before", NULL};
    for (size_t i = 0; gap[i]; i++)
        if (strcmp(an->tokens[e].norm, gap[i]) == 0)
            return 1;
    return 0;
}

/* The span of values a figure states: a range "10 to 20", "10-20",
 * "between 10 and 20", "12 or 13" (both ends are mentions next to each
 * other), or a bound "more than 300", "up to 20", "nearly 300" (270 up
 * to, not including, 300); else the value itself. */
static void fig_bounds_written(const np_analysis *an, size_t k, double *lo, double *hi)
{
    const np_number_mention *m = &an->numbers[k];
    *lo = *hi = m->value;
    if (m->flags & NP_NUM_TALLY)
        return; /* "5-4" is two counts, not a range */
    static const char *const links[] = {"-", "\xe2\x80\x93", "\xe2\x80\x94", " to ", " and ", " or ", " - ",
                                        " \xe2\x80\x93 "};
    for (int side = -1; side <= 1; side += 2) {
        if ((side < 0 && k == 0) || (side > 0 && k + 1 >= an->n_numbers))
            continue;
        const np_number_mention *a = side < 0 ? &an->numbers[k - 1] : m, *b = side < 0 ? m : &an->numbers[k + 1];
        if (b->start < a->end)
            continue;
        /* "rose 0.2 points to 5.6 per cent": a change and the level it
         * reached, no range */
        const char *ua = np_number_unit(a), *ub = np_number_unit(b);
        if (ua && ub && strcmp(ua, ub) != 0)
            continue;
        size_t gl = b->start - a->end;
        for (size_t i = 0; i < sizeof links / sizeof links[0]; i++)
            if (strlen(links[i]) == gl && memcmp(an->text + a->end, links[i], gl) == 0) {
                /* " and " joins a range only after "between" */
                if (strcmp(links[i], " and ") == 0 &&
                    !(a->start >= 8 && strncasecmp(an->text + a->start - 8, "between ", 8) == 0))
                    continue;
                *lo = fmin(a->value, b->value);
                *hi = fmax(a->value, b->value);
                return;
            }
    }
    /* "hundreds of migrants" is 100 up to 999, "hundreds of thousands"
     * 100,000 up to 999,999, "thousands" 1,000 up to 999,999 */
    if ((m->flags & NP_NUM_APPROX) && (m->flags & NP_NUM_WORD)) {
        static const struct { const char *w; double span; } plural[] = {
            {"dozens ", 10}, {"tens ", 10}, {"scores ", 10}, {"hundreds ", 10},
            {"thousands ", 1000}, {"millions ", 1000}, {"billions ", 1000},
        };
        for (size_t i = 0; i < sizeof plural / sizeof plural[0]; i++) {
            size_t l = strlen(plural[i].w);
            if (m->end - m->start > l && strncasecmp(an->text + m->start, plural[i].w, l) == 0) {
                *lo = m->value;
                *hi = m->value * plural[i].span - fabs(m->value) * 1e-6;
                return;
            }
        }
    }
    static const char *const above[] = {"more than ", "over ", "at least ", "upwards of ", "in excess of ",
                                        "greater than ", "above ", "no fewer than ", "no less than "};
    static const char *const below[] = {"up to ", "fewer than ", "less than ", "under ", "as many as ",
                                        "at most ", "no more than ", "below "};
    static const char *const close_below[] = {"nearly ", "almost ", "close to ", "just under "};
    for (size_t i = 0; i < sizeof close_below / sizeof close_below[0]; i++) {
        size_t l = strlen(close_below[i]);
        if (m->start >= l && strncasecmp(an->text + m->start - l, close_below[i], l) == 0) {
            /* "nearly 300" is a little under 300: not 250, not 300 or more */
            *lo = m->value * 0.9;
            *hi = m->value - fabs(m->value) * 1e-6;
            if (*lo > *hi) {
                double t = *lo;
                *lo = *hi;
                *hi = t;
            }
            return;
        }
    }
    for (size_t i = 0; i < sizeof above / sizeof above[0]; i++) {
        size_t l = strlen(above[i]);
        if (m->start >= l && strncasecmp(an->text + m->start - l, above[i], l) == 0) {
            *hi = INFINITY;
            return;
        }
    }
    for (size_t i = 0; i < sizeof below / sizeof below[0]; i++) {
        size_t l = strlen(below[i]);
        if (m->start >= l && strncasecmp(an->text + m->start - l, below[i], l) == 0) {
            *lo = -INFINITY;
            return;
        }
    }
}

/* How many of its dimension's base unit one unit of figure m is ("200
 * feet": 0.3048 metres each); 1 for what is no measure. */
static double base_factor(const np_number_mention *m)
{
    int dim;
    double f = m->flags & (NP_NUM_MONEY | NP_NUM_PERCENT) ? 0 : np_unit_measure(m->unit, &dim);
    return f > 0 ? f : 1;
}

/* A figure's value in its dimension's base unit when it is a measure
 * ("200 feet" is 60.96 metres), else as written. */
static double in_base(const np_number_mention *m)
{
    return m->value * base_factor(m);
}

/* fig_bounds_written(), a measure in its dimension's base unit, so that
 * "about 60m" and "about 200ft" agree. */
static void fig_bounds(const np_analysis *an, size_t k, double *lo, double *hi)
{
    double f = base_factor(&an->numbers[k]);
    fig_bounds_written(an, k, lo, hi);
    *lo *= f;
    *hi *= f;
}

/* Where the words stating figure m begin: its qualifier too ("more than
 * 2.4 million voters", "almost three dozen requests"), so that the reader
 * sees why two figures disagree. */
static size_t stated_start(const np_analysis *an, const np_number_mention *m)
{
    static const char *const q[] = {"more than ", "over ", "at least ", "upwards of ", "in excess of ",
                                    "greater than ", "above ", "no fewer than ", "no less than ", "up to ",
                                    "fewer than ", "less than ", "under ", "as many as ", "at most ",
                                    "no more than ", "below ", "nearly ", "almost ", "close to ", "just under ",
                                    "about ", "around ", "roughly ", "approximately ", "some ", "an estimated "};
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
        size_t l = strlen(q[i]);
        if (m->start >= l && strncasecmp(an->text + m->start - l, q[i], l) == 0)
            return m->start - l;
    }
    return m->start;
}

/* Two figures' spans of values have a value in common: no conflict.  A
 * point value is widened by 1% (10% when approximate: "about 50"); a range
 * or bound is taken as written ("at least four dozen" and "almost four
 * dozen" do not meet). */
static void widen(const np_number_mention *m, double *lo, double *hi)
{
    if (*lo != *hi)
        return;
    double tol = fabs(*lo) * ((m->flags & NP_NUM_APPROX) ? 0.1 : 0.01);
    *lo -= tol;
    *hi += tol;
}

/* Spans [alo, ahi] and [blo, bhi] of one quantity meet.  Told in units of
 * two systems (metres / feet), each writer converted and rounded: a point
 * value is taken as within CONVERT_SLACK of what it says ("600 metres" /
 * "2,000 feet", 609.6 metres). */
#define CONVERT_SLACK 0.05
static int spans_meet(double alo, double ahi, double blo, double bhi, int converted)
{
    if (converted) {
        alo -= fabs(alo) * CONVERT_SLACK;
        ahi += fabs(ahi) * CONVERT_SLACK;
        blo -= fabs(blo) * CONVERT_SLACK;
        bhi += fabs(bhi) * CONVERT_SLACK;
    }
    return alo <= bhi && blo <= ahi;
}

/* Two figures of one measure in different units ("metre" / "foot"). */
static int other_units(const char *a, const char *b)
{
    return a && b && strcmp(a, b) != 0 && one_dimension(a, b);
}

/* Two tallies with other counts: "2-1" and "2-0", "5-4" and "4-5" being
 * one result whichever side is written first. */
static int tallies_differ(const np_number_mention *ma, const np_number_mention *mb)
{
    if (!(ma->flags & mb->flags & NP_NUM_TALLY))
        return 0;
    return fmax(ma->value, ma->against) != fmax(mb->value, mb->against) ||
           fmin(ma->value, ma->against) != fmin(mb->value, mb->against);
}

/* The key of a discrepancy between figures ma and mb of one unit class:
 * both values, in order, with a tally's other counts ("2-1"/"3-1" and
 * "2-0"/"3-2" are two discrepancies). */
static void figure_key(char *key, size_t cap, const char *cls, const np_number_mention *ma,
                      const np_number_mention *mb)
{
    double a1 = ma->value, a2 = ma->against, b1 = mb->value, b2 = mb->against;
    if (a1 > b1 || (a1 == b1 && a2 > b2)) {
        double t = a1;
        a1 = b1;
        b1 = t;
        t = a2;
        a2 = b2;
        b2 = t;
    }
    snprintf(key, cap, "n|%s|%g-%g|%g-%g", cls, a1, a2, b1, b2);
}

static int values_agree(const np_analysis *aa, const np_number_mention *ma, const np_analysis *ab,
                        const np_number_mention *mb)
{
    if (ma->flags & mb->flags & NP_NUM_TALLY)
        return !tallies_differ(ma, mb); /* "2-1" and "1-2" are one result */
    if ((ma->flags | mb->flags) & NP_NUM_TALLY) /* a tally's first count ("by five votes") */
        return ma->value == mb->value;
    double alo, ahi, blo, bhi;
    fig_bounds(aa, (size_t)(ma - aa->numbers), &alo, &ahi);
    fig_bounds(ab, (size_t)(mb - ab->numbers), &blo, &bhi);
    /* "at least 38 homes" / "at least 83 homes": two bounds of one side
     * are two counts, each outlet's own, though both may hold */
    if (((isinf(ahi) && isinf(bhi)) || (isinf(alo) && isinf(blo))) && in_base(ma) != in_base(mb) &&
        !other_units(ma->unit, mb->unit))
        return 0;
    widen(ma, &alo, &ahi);
    widen(mb, &blo, &bhi);
    return spans_meet(alo, ahi, blo, bhi, other_units(ma->unit, mb->unit));
}

/* The period a figure is counted per, right after it ("40,000 passengers
 * a day", "3% a year", "2 percent annually", "$40 per month"): 1 + its
 * index in period[] (the adverbs mapped to their noun), or 0 for a count
 * or an amount of no period. */
/* The period word w names (1 + its index in the table's periods), as a
 * noun after "a" / "per" ("day", "annum": adverb 0) or as an adverb or
 * adjective ("daily", "annual": adverb 1); 0 for none. */
static int period_word(const char *w, int adverb)
{
    static const struct {
        const char *w;
        int adverb, period;
    } k[] = {{"annual", 1, 8},   {"annually", 1, 8}, {"annum", 0, 8},   {"daily", 1, 1},   {"day", 0, 1},
             {"hour", 0, 2},     {"hourly", 1, 2},   {"month", 0, 3},   {"monthly", 1, 3}, {"night", 0, 4},
             {"nightly", 1, 4},  {"quarter", 0, 5},  {"quarterly", 1, 5}, {"week", 0, 6},  {"weekly", 1, 6},
             {"year", 0, 8},     {"yearly", 1, 8}};
    for (size_t i = 0; w && i < sizeof k / sizeof *k; i++)
        if (k[i].adverb == adverb && !strcmp(w, k[i].w))
            return k[i].period;
    return 0;
}

static int per_period(const np_analysis *an, const np_sent *se, const np_number_mention *m)
{
    static const char *const per[] = {"a", "an", "each", "every", "per", NULL};
    /* "a day after the quake", "a year ago": a moment, not a rate */
    static const char *const moment[] = {"after", "ago", "before", "earlier", "later", "of", "since", NULL};
    size_t ka = np_story_token_at(an, m->end), hi = se->tok_hi < an->n_tokens ? se->tok_hi : an->n_tokens;
    const char *w1 = ka < hi ? an->tokens[ka].norm : NULL, *w2 = ka + 1 < hi ? an->tokens[ka + 1].norm : NULL;
    const char *w3 = ka + 2 < hi ? an->tokens[ka + 2].norm : NULL;
    /* "a monthly payment of 180 talers", "an annual salary of $50,000":
     * the period qualifies the noun the figure is "of" */
    size_t kb = np_story_token_at(an, m->start);
    if (kb >= se->tok_lo + 3 && kb <= an->n_tokens && an->tokens[kb - 1].norm && !strcmp(an->tokens[kb - 1].norm, "of"))
        for (size_t k = kb - 3; k < kb - 1; k++)
            if (period_word(an->tokens[k].norm, 1))
                return period_word(an->tokens[k].norm, 1);
    if (period_word(w1, 1))
        return period_word(w1, 1);
    if (w1 && np_lex_word_in(w1, per) && !(w3 && np_lex_word_in(w3, moment)))
        return period_word(w2, 0);
    return 0;
}

/* What a percentage measures: a change ("a 15 percent increase", "rose
 * 15%"), a share ("5 percent of imports"), a rate ("a 25 percent tariff"),
 * the level before a change ("up from 3.8%", 4), or unknown (0), which is
 * also the level a change reached ("rose to 4.1%", "climbed to 5.9%").
 * Shares and changes are different quantities, and so are a level and
 * the level it left. */
static int percent_kind(const np_analysis *an, const np_sent *se, const np_number_mention *m)
{
    /* a rate per period ("3% a year", "2 percent annually", 5) against a
     * total over a span ("6% over two years", 6): one offer told two ways */
    static const char *const periods[] = {"days", "months", "quarters", "weeks", "years", NULL};
    size_t ka = np_story_token_at(an, m->end), hi = se->tok_hi < an->n_tokens ? se->tok_hi : an->n_tokens;
    if (per_period(an, se, m))
        return 5;
    for (size_t k = ka; k < ka + 2 && k + 2 < hi; k++) /* "6% over two years", "6% raise over two years" */
        if (an->tokens[k].norm && !strcmp(an->tokens[k].norm, "over") && an->tokens[k + 1].norm &&
            ((an->tokens[k + 1].flags & NP_TOK_NUMBER) ||
             np_lex_number_word(an->tokens[k + 1].norm, strlen(an->tokens[k + 1].norm)) > 0) &&
            an->tokens[k + 2].norm && np_lex_word_in(an->tokens[k + 2].norm, periods))
            return 6;
    size_t kp = np_story_token_at(an, m->start);
    const char *before = kp > se->tok_lo && kp <= an->n_tokens ? an->tokens[kp - 1].norm : NULL;
    if (before && (!strcmp(before, "to") || !strcmp(before, "at")))
        return 0; /* the level reached: "rose 0.2 points to 5.6%" */
    if (before && !strcmp(before, "from"))
        return 4;
    static const char *const change[] = {"increase", "rise", "rose", "risen", "rising", "fell", "fall", "fallen",
                                         "falling", "drop", "dropped", "dropping", "decline", "declined",
                                         "declining", "growth", "grew", "growing", "jump", "jumped", "jumping",
                                         "gain", "gained", "gaining", "cut", "up", "down", "higher", "lower",
                                         "more", "less", "surge", "surged", "surging", "increased", "increasing",
                                         "decreased", "decrease", "decreasing", "plunged", "plunging", "climbed",
                                         "climbing", "slid", "sliding", NULL};
    static const char *const rate[] = {"tariff", "tariffs", "tax", "taxes", "duty", "duties", "rate",
                                       "rates", "interest", "levy", "stake", NULL};
    size_t k0 = np_story_token_at(an, m->start), k1 = np_story_token_at(an, m->end);
    for (size_t k = k0 > se->tok_lo + 2 ? k0 - 2 : se->tok_lo; k < k1 + 2 && k < se->tok_hi && k < an->n_tokens; k++) {
        if (k >= k0 && k < k1)
            continue;
        const char *w = an->tokens[k].norm;
        if (!w)
            continue;
        for (size_t i = 0; change[i]; i++)
            if (strcmp(w, change[i]) == 0)
                return 1;
        for (size_t i = 0; rate[i]; i++)
            if (strcmp(w, rate[i]) == 0)
                return 3;
        if (k == k1 && strcmp(w, "of") == 0)
            return 2;
    }
    return 0;
}

/* Words of a figure's referent: content words within REF_WINDOW tokens of
 * it in its sentence, not past another figure of the same unit (in "a 30
 * percent duty on copper and 5 percent on tin" each figure has its own),
 * without the unit itself and words of time ("last year").  Stems into
 * out (at most max); returns the count. */
#define REF_WINDOW 4
#define REF_MAX 16

static int time_word(const char *w)
{
    static const char *const v[] = {"year", "years", "month", "months", "week", "weeks", "day", "days",
                                    "last", "ago", "today", "yesterday", "earlier", "later", "since",
                                    "first", "time", "times", "now", "about", "nearly", "around",
                                    "almost", "some", "roughly", "approximately", NULL};
    for (size_t i = 0; v[i]; i++)
        if (strcmp(w, v[i]) == 0)
            return 1;
    return 0;
}

static int coordinator(const char *w)
{
    return w && (!strcmp(w, "and") || !strcmp(w, "but") || !strcmp(w, "while") || !strcmp(w, "whereas") ||
                 !strcmp(w, "or"));
}

/* Is word (a token's norm) the unit noun unit, singular or plural
 * ("knives" of "knife", "cities" of "city")? */
static int unit_word(const char *word, const char *unit)
{
    char plural[96];
    return strncmp(word, unit, strlen(unit)) == 0 ||
           (np_unit_plural(unit, plural, sizeof plural) && strcmp(word, plural) == 0);
}

/* Token k is the unit of another figure of the sentence ("440 yards and
 * four touchdowns" / "eight touchdowns on 498 yards"): what that figure
 * counts says nothing of what m counts. */
static int unit_of_other(const np_analysis *an, const np_sent *se, const np_number_mention *m, size_t k)
{
    const np_token *t = &an->tokens[k];
    for (size_t q = 0; q < an->n_numbers; q++) {
        const np_number_mention *o = &an->numbers[q];
        if (o == m || o->start < se->start || o->start >= se->end || !o->unit)
            continue;
        if (t->start >= o->start && t->end <= o->end + 1 && unit_word(t->norm, o->unit))
            return 1;
    }
    return 0;
}

static size_t referent_words(const np_story *s, int d, const np_sent *se, const np_number_mention *m,
                             const char *unit, const np_token **out, size_t max)
{
    const np_analysis *an = &s->an[d];
    size_t k0 = np_story_token_at(an, m->start), k1 = np_story_token_at(an, m->end), n = 0;
    size_t lo = k0 > se->tok_lo + REF_WINDOW ? k0 - REF_WINDOW : se->tok_lo;
    size_t hi = k1 + REF_WINDOW < se->tok_hi ? k1 + REF_WINDOW : se->tok_hi;
    if (hi > an->n_tokens)
        hi = an->n_tokens;
    /* stop at the next/previous figure of the same unit */
    for (size_t q = 0; q < an->n_numbers; q++) {
        const np_number_mention *o = &an->numbers[q];
        const char *u = np_number_unit(o);
        if (o == m || !u || strcmp(u, unit) != 0)
            continue;
        size_t ok0 = np_story_token_at(an, o->start), ok1 = np_story_token_at(an, o->end);
        /* in a list of figures the words after each belong to it: cut at
         * the last "and"/"but"/"while" between the two */
        if (ok1 <= k0 && ok1 > lo) {
            lo = ok1;
            for (size_t q2 = ok1; q2 < k0; q2++)
                if (coordinator(an->tokens[q2].norm))
                    lo = q2 + 1;
        }
        if (ok0 >= k1 && ok0 < hi) {
            hi = ok0;
            for (size_t q2 = k1; q2 < ok0; q2++)
                if (coordinator(an->tokens[q2].norm)) {
                    hi = q2;
                    break;
                }
        }
    }
    for (size_t k = lo; k < hi && n < max; k++) {
        const np_token *t = &an->tokens[k];
        if (k >= k0 && k < k1)
            continue;
        if (!(t->flags & NP_TOK_CONTENT) || !(t->flags & NP_TOK_WORD) || !t->stem || !t->norm)
            continue;
        /* "said" beside two figures says who reported them, not what they count */
        if (time_word(t->norm) || (m->unit && unit_word(t->norm, m->unit)) ||
            unit_of_other(an, se, m, k) || np_lex_is_speech_verb(t->norm, strlen(t->norm)))
            continue;
        out[n++] = t;
    }
    return n;
}

/* The value of number token t: digits ("55.3", "1,150") or a number word
 * ("eleven"), times a scale word after it ("55.3 million"); *next gets the
 * token after the number.  -1 when t is no number. */
static double token_value(const np_analysis *an, size_t k, size_t hi, size_t *next)
{
    const char *w = an->tokens[k].norm;
    double v = -1;
    if (!w)
        return -1;
    if (isdigit((unsigned char)w[0])) {
        char buf[32];
        size_t n = 0;
        for (const char *p = w; *p && n + 1 < sizeof buf; p++)
            if (*p != ',')
                buf[n++] = *p;
        buf[n] = 0;
        char *end;
        v = strtod(buf, &end);
        if (*end)
            return -1; /* "10th", "5-year": not a bare count */
    } else {
        long l = np_lex_number_word(w, strlen(w));
        if (l < 0)
            return -1;
        v = (double)l;
    }
    *next = k + 1;
    static const struct { const char *w; double f; } scale[] = {
        {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};
    const char *s = *next < hi ? an->tokens[*next].norm : NULL;
    for (size_t i = 0; s && i < sizeof scale / sizeof scale[0]; i++)
        if (strcmp(s, scale[i].w) == 0) {
            v *= scale[i].f;
            (*next)++;
            break;
        }
    return v;
}

/* Sentence se states value as a bare number that stands for a figure of
 * the same thing, its unit left out, where the words say it is one: a
 * part of a total ("shooting three workers, killing two of them", "landed
 * 178 of 369 punches", "missing 10 of the team's 16 games"), compared with
 * it ("about 30,000 visitors came, compared with 41,000 the year before",
 * "up from 12"), inside parentheses that break a figure down ("the 19
 * sailors (11 from Orsk and 8 from Selm)") or a record ("58-3"): an outlet
 * that writes the other outlet's value so does not contradict it.  Any
 * other number of that value is something else ("Gate 12", "aged 12", "12
 * arrested", a year).  The number finder keeps no bare number, so the
 * words are read here. */
#define BARE_CUE_BACK 4    /* words before the number a comparison word may stand */
#define BARE_PAREN_BACK 40 /* bytes before it an open parenthesis may stand */
static int states_bare(const np_analysis *an, const np_sent *se, double value)
{
    static const char *const compare[] = {"compared", "from", "versus", "vs", "against", "than", NULL};
    size_t hi = se->tok_hi < an->n_tokens ? se->tok_hi : an->n_tokens;
    int year = value == floor(value) && value >= 1900 && value <= 2100;
    for (size_t k = se->tok_lo; k < hi; k++) {
        size_t next = k + 1;
        double v = token_value(an, k, hi, &next);
        if (v < 0 || fabs(v - value) > fabs(value) * 1e-9)
            continue;
        const np_token *t = next < hi ? &an->tokens[next] : NULL;
        if (t && t->norm && !strcmp(t->norm, "of"))
            return 1; /* "two of them", "10 of the 16 games" */
        if (year)
            continue; /* "in 2031", "since 1999": a year, not a count */
        if (t && t->start == an->tokens[next - 1].end + 1 && an->text[t->start - 1] == '-' &&
            isdigit((unsigned char)an->text[t->start]))
            return 1; /* a record, "58-3" (the tokens leave out the hyphen) */
        if (t && (t->flags & NP_TOK_WORD) && (t->flags & NP_TOK_CONTENT) && !(t->flags & NP_TOK_CAP))
            continue; /* a number of its own thing: "(200 feet)", "12 arrested" */
        /* an open parenthesis shortly before, in the sentence */
        size_t from = an->tokens[k].start > se->start + BARE_PAREN_BACK ? an->tokens[k].start - BARE_PAREN_BACK : se->start;
        for (size_t b = an->tokens[k].start; b > from; b--) {
            if (an->text[b - 1] == ')')
                break;
            if (an->text[b - 1] == '(')
                return 1;
        }
        for (size_t b = k; b > se->tok_lo && k - b < BARE_CUE_BACK; b--) {
            const char *pw = an->tokens[b - 1].norm;
            for (size_t i = 0; compare[i] && pw; i++)
                if (!strcmp(pw, compare[i]))
                    return 1;
        }
    }
    return 0;
}

static int bound_of_other_deed(const np_story *s, const np_analysis *aa, const np_sent *A,
                               const np_number_mention *ma, const np_analysis *ab, const np_sent *B,
                               const np_number_mention *mb);

/* Sentence se of an states a figure of a unit kin to unit that agrees
 * with m (of sentence sm in am), not merely as a bound of another deed
 * ("killing at least six people" does not state the "23 people injured"
 * that its lower bound admits). */
static int states_value(dctx *c, const np_analysis *an, const np_sent *se, const char *unit, const np_analysis *am,
                        const np_sent *sm, const np_number_mention *m)
{
    for (size_t q = 0; q < an->n_numbers; q++) {
        const np_number_mention *o = &an->numbers[q];
        const char *u = np_number_unit(o);
        if (o->start < se->start || o->start >= se->end || !u || !units_kin(c, u, unit))
            continue;
        if (values_agree(an, o, am, m) && !bound_of_other_deed(c->s, an, se, o, am, sm, m))
            return 1;
    }
    return 0;
}

/* What a figure of time measures when the number is written onto its
 * unit and qualifies the next word: an age ("59-year-old", and "16 years
 * old" unhyphenated) or the length of the thing named ("a 15-year
 * employee", "a 10-year contract").  Returns the stem of that word ("old",
 * "employe", "contract"), or NULL for a figure that qualifies nothing
 * ("for seven years"). */
static const char *qualified_word(const np_analysis *an, const np_sent *se, const np_number_mention *m)
{
    /* a measure of extent qualifies what it measures ("a three-kilometre
     * radius" is "within 5 km" told otherwise) */
    if (m->unit && np_unit_measure(m->unit, &(int){0}) > 0)
        return NULL;
    if (m->flags & NP_NUM_AGE)
        return "old"; /* "Yvonne Hiller, 43," is "the 43-year-old" */
    size_t e = np_story_token_at(an, m->end);
    int hyphenated = memchr(an->text + m->start, '-', m->end - m->start) != NULL;
    while (e < se->tok_hi && e < an->n_tokens && !(an->tokens[e].flags & NP_TOK_WORD) &&
           an->tokens[e].end - an->tokens[e].start == 1 && an->text[an->tokens[e].start] == '-')
        e++; /* "-old" */
    if (e >= se->tok_hi || e >= an->n_tokens || !(an->tokens[e].flags & NP_TOK_WORD) || !an->tokens[e].norm)
        return NULL;
    const np_token *t = &an->tokens[e];
    if (strcmp(t->norm, "old") == 0)
        return "old";
    return hyphenated && (t->flags & NP_TOK_CONTENT) && !(t->flags & NP_TOK_CAP) && t->stem ? t->stem : NULL;
}

/* What figure m adds or leaves out, told right after it: 1 "including"
 * ("EUR7.1 billion including debt"), 2 "excluding", 3 "plus" (not
 * "without": "45 days without rain" counts the days, a state);
 * 0 none.  A value including debt and one without is no one quantity.
 * After a comma the word brings an example, not a part ("missed 10 games,
 * including Sunday's"). */
static int inclusion_note(const np_analysis *an, const np_sent *se, const np_number_mention *m)
{
    static const char *const incl[] = {"including", "incl", "inclusive", NULL};
    static const char *const excl[] = {"excluding", "excl", NULL};
    size_t e = np_story_token_at(an, m->end);
    int nouns = 0;
    for (size_t k = e; k < e + 3 && k < se->tok_hi && k < an->n_tokens; k++) {
        if (k > 0 && memchr(an->text + an->tokens[k - 1].end, ',', an->tokens[k].start - an->tokens[k - 1].end))
            return 0;
        const char *w = an->tokens[k].norm;
        if (!w || !(an->tokens[k].flags & NP_TOK_WORD))
            continue;
        if (np_lex_word_in(w, incl))
            return 1;
        if (np_lex_word_in(w, excl))
            return 2;
        if (!strcmp(w, "plus"))
            return 3;
        /* the figure's own noun is looked past once ("7.1 billion euros
         * including debt", "a 6.2 billion deal including debt") */
        if ((an->tokens[k].flags & NP_TOK_CONTENT) && nouns++)
            return 0;
    }
    return 0;
}

/* The person group (story->ent_group) of the name nearest to m in its
 * sentence, within AGE_WINDOW tokens, or -1.  Any name: the one an age
 * qualifies is a person whatever the entity finder typed it. */
#define AGE_WINDOW 6
static long person_near(const np_story *s, int d, const np_sent *se, const np_number_mention *m)
{
    const np_analysis *an = &s->an[d];
    long best = -1;
    size_t best_gap = SIZE_MAX, k0 = np_story_token_at(an, m->start), k1 = np_story_token_at(an, m->end);
    for (size_t e = 0; e < an->n_ents && s->lk; e++) {
        const np_entity_mention *em = &an->ents[e];
        if (em->start < se->start || em->start >= se->end)
            continue;
        size_t t0 = np_story_token_at(an, em->start), t1 = np_story_token_at(an, em->end);
        size_t gap = t1 <= k0 ? k0 - t1 : t0 >= k1 ? t0 - k1 : 0;
        if (gap > AGE_WINDOW || gap >= best_gap)
            continue;
        long ei = np_entity_linker_lookup(s->lk, d, em->start);
        if (ei < 0)
            continue;
        best_gap = gap;
        best = (long)s->ent_group[ei];
    }
    return best;
}

/* The period tokens k, k + 1 of an name: "last season", "the previous
 * year" (-1), "this season", "the current year" (0), "next season" (+1);
 * PERIOD_NONE when they are no such marker. */
#define PERIOD_NONE 2
static int period_at(const np_analysis *an, size_t k)
{
    static const char *const spans[] = {"season", "year", "campaign", "month", "quarter", NULL};
    const char *w = an->tokens[k].norm, *n = an->tokens[k + 1].norm;
    if (!w || !n)
        return PERIOD_NONE;
    int rel = !strcmp(w, "last") || !strcmp(w, "previous") ? -1
              : !strcmp(w, "this") || !strcmp(w, "current") ? 0
              : !strcmp(w, "next") ? 1
                                     : PERIOD_NONE;
    if (rel == PERIOD_NONE)
        return rel;
    for (size_t i = 0; spans[i]; i++) {
        size_t l = strlen(spans[i]);
        if (!strncmp(n, spans[i], l) && (!n[l] || !strcmp(n + l, "'s") || !strcmp(n + l, "\xe2\x80\x99s")))
            return rel;
    }
    return PERIOD_NONE;
}

/* A clause break between tokens k and k + 1: a comma, semicolon, colon,
 * bracket or dash. */
static int clause_break(const np_analysis *an, size_t k)
{
    for (size_t p = an->tokens[k].end; p < an->tokens[k + 1].start; p++) {
        char ch = an->text[p];
        if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || (unsigned char)ch == 0xE2 ||
            (ch == '-' && p > an->tokens[k].end && an->text[p - 1] == ' '))
            return 1;
    }
    return 0;
}

/* The period figure m of sentence se tells of: the marker nearest to it in
 * its own clause ("Pell, who was injured last season, has scored 14 goals
 * this season": this season's), else one opening the sentence ("Last
 * season it was Thomas who ..., posting 793 yards in 14 games"), else
 * PERIOD_NONE (the tense and the story may place it in any period: "a
 * petition signed by 1.8 million people" is last year's when another
 * outlet says so). */
static int period_of(const np_analysis *an, const np_sent *se, const np_number_mention *m)
{
    size_t hi = se->tok_hi < an->n_tokens ? se->tok_hi : an->n_tokens;
    size_t k0 = np_story_token_at(an, m->start), k1 = np_story_token_at(an, m->end);
    if (k0 < se->tok_lo || k0 >= hi)
        return PERIOD_NONE;
    if (k1 > hi)
        k1 = hi;
    /* outwards from the figure, each way up to its clause's break: a
     * marker (j, j + 1) before it ends at j + 1 < k0, one after it starts
     * at j >= k1 */
    int left = PERIOD_NONE, right = PERIOD_NONE;
    size_t dl = SIZE_MAX, dr = SIZE_MAX;
    for (size_t j = k0; j-- > se->tok_lo && !clause_break(an, j);)
        if (j + 1 < k0 && (left = period_at(an, j)) != PERIOD_NONE) {
            dl = k0 - 1 - j;
            break;
        }
    for (size_t j = k1; j + 1 < hi && !clause_break(an, j - 1); j++)
        if (!clause_break(an, j) && (right = period_at(an, j)) != PERIOD_NONE) {
            dr = j - k1 + 1;
            break;
        }
    if (dl != SIZE_MAX || dr != SIZE_MAX)
        return dl <= dr ? left : right;
    return se->tok_lo + 1 < hi ? period_at(an, se->tok_lo) : PERIOD_NONE;
}

/* Figure m of sentence se counts from a moment on: "since" within the
 * few words after it, in its clause ("three times since October", "12
 * deaths since the flood began"). */
#define SINCE_AFTER 4
static int counted_since(const np_analysis *an, const np_sent *se, const np_number_mention *m)
{
    size_t hi = se->tok_hi < an->n_tokens ? se->tok_hi : an->n_tokens, from = np_story_token_at(an, m->end);
    for (size_t j = from; j < hi && j < from + SINCE_AFTER; j++) {
        if (an->tokens[j].norm && !strcmp(an->tokens[j].norm, "since"))
            return 1;
        if (j + 1 < hi && clause_break(an, j))
            break;
    }
    return 0;
}

/* Figure m of sentence se is the whole a part is taken from: "seven of the
 * club's 16 games", "three of its 12 ferries", "nine out of 40 members";
 * *part (may be NULL) gets the part's value. */
static int whole_of_part(const np_analysis *an, const np_sent *se, const np_number_mention *m, double *part)
{
    static const char *const k_det[] = {"the", "its", "their", "his", "her", "our", "these", "those", NULL};
    size_t k = np_story_token_at(an, m->start);
    if (k >= an->n_tokens || k < se->tok_lo + 2)
        return 0;
    size_t j = k - 1;
    /* a possessor: "the club's" (one token), "the Herons' " (the
     * apostrophe in the gap after it) */
    const np_token *p = &an->tokens[j];
    const char *e = an->text + p->end, *gap = e;
    size_t len = p->end - p->start;
    int possessive = (len > 2 && e[-2] == '\'' && e[-1] == 's') ||
                     (len > 4 && !memcmp(e - 4, "\xe2\x80\x99s", 4)) || (gap < an->text + m->start && *gap == '\'') ||
                     (gap + 3 <= an->text + m->start && !memcmp(gap, "\xe2\x80\x99", 3));
    if (possessive && (p->flags & NP_TOK_WORD) && j > se->tok_lo)
        j--;
    if (an->tokens[j].norm && np_lex_word_in(an->tokens[j].norm, k_det) && j > se->tok_lo)
        j--;
    if (!an->tokens[j].norm || strcmp(an->tokens[j].norm, "of") != 0 || j <= se->tok_lo)
        return 0;
    j--;
    if (an->tokens[j].norm && !strcmp(an->tokens[j].norm, "out") && j > se->tok_lo)
        j--;
    size_t next;
    double v = token_value(an, j, se->tok_hi, &next); /* -1: no number */
    if (v < 0)
        return 0;
    if (part)
        *part = v;
    return 1;
}

/* Figure m of sentence se adds up several counts: "combined" right before
 * it ("a combined 149 matches for two clubs", "their combined 40 years"). */
static int combined_sum(const np_analysis *an, const np_sent *se, const np_number_mention *m)
{
    static const char *const det[] = {"a", "the", "their", "its", "his", "her", "our", NULL};
    size_t k = np_story_token_at(an, m->start);
    if (k >= an->n_tokens || k <= se->tok_lo + 1)
        return 0;
    /* "a combined 157 games"; not the verb ("the storm combined 90 mph
     * winds with rain") */
    const char *w = an->tokens[k - 1].norm, *d = an->tokens[k - 2].norm;
    return w && !strcmp(w, "combined") && d && np_lex_word_in(d, det);
}

/* Two figures measure different things: one is the whole a part is taken
 * from and the other counts about as many as the part (whole_of_part()), or
 * one is a sum of counts and the other is not (combined_sum()); they tell
 * of different periods
 * (period_of()); or, figures of time, one is a gap between
 * two moments and the other a length ("three years after that" / "has
 * taken four years"); one qualifies a word the other does not ("a 15-year employee" / "43-year-old"; "a 10-year
 * contract" / "for seven years"), or both are ages but not of one named
 * person ("a 59-year-old woman" / "23-year-old Ann Roe": the victim and
 * the driver). */
static int other_measures(const np_story *s, int da, const np_sent *A, const np_number_mention *ma, int db,
                          const np_sent *B, const np_number_mention *mb)
{
    /* a whole ("seven of the 16 games") and a count nearer its part than
     * the whole ("missed nine games"): the other outlet's count of the part,
     * another quantity; nearer the whole ("38 passengers were aboard" / "12
     * of the 40 passengers were hurt"), the other outlet's whole */
    double part_a = 0, part_b = 0;
    int wa = whole_of_part(&s->an[da], A, ma, &part_a), wb = whole_of_part(&s->an[db], B, mb, &part_b);
    if (wa != wb) {
        double whole = fabs(wa ? ma->value : mb->value), part = fabs(wa ? part_a : part_b),
               other = fabs(wa ? mb->value : ma->value);
        if (whole > 0 && part > 0 && other > 0 && fabs(log(other / part)) < fabs(log(other / whole)))
            return 1;
    }
    if (combined_sum(&s->an[da], A, ma) != combined_sum(&s->an[db], B, mb))
        return 1;
    /* a figure of last season is not this season's ("posted 793 yards in
     * 14 games last season" / "missed nine games this season") */
    int per_a = period_of(&s->an[da], A, ma), per_b = period_of(&s->an[db], B, mb);
    if (per_a != PERIOD_NONE && per_b != PERIOD_NONE && per_a != per_b)
        return 1;
    /* "arrested three times since October" counts part of what "arrested
     * four times" counts */
    if (counted_since(&s->an[da], A, ma) != counted_since(&s->an[db], B, mb))
        return 1;
    if (time_gap(&s->an[da], A, ma) != time_gap(&s->an[db], B, mb))
        return 1;
    if (inclusion_note(&s->an[da], A, ma) != inclusion_note(&s->an[db], B, mb))
        return 1;
    const char *qa = qualified_word(&s->an[da], A, ma), *qb = qualified_word(&s->an[db], B, mb);
    if (!qa && !qb)
        return 0;
    if (!qa || !qb || strcmp(qa, qb) != 0)
        return 1;
    if (strcmp(qa, "old") != 0)
        return 0;
    long pa = person_near(s, da, A, ma), pb = person_near(s, db, B, mb);
    return pa < 0 || pa != pb;
}

/* Document d states in its own voice, besides the mentions skip0 and
 * skip1, a figure of the same unit that agrees with m (of am), or one of a
 * kin unit of m's very value, neither approximate ("12.4 million users" for
 * "12.4 million people").  Measured: with kin units agreeing loosely and
 * quoted figures too, a speaker's vague "thousands of our members" counted
 * as the outlet stating "hundreds of thousands of ballots cast", and a
 * real disagreement of two outlets was lost. */
static int doc_states_value(dctx *c, int d, const np_sent *compared, const char *unit, const np_analysis *am,
                            const np_sent *sm, const np_number_mention *m, const np_number_mention *skip0,
                            const np_number_mention *skip1)
{
    const np_analysis *an = &c->s->an[d];
    for (size_t q = 0; q < an->n_numbers; q++) {
        const np_number_mention *o = &an->numbers[q];
        const char *u = np_number_unit(o);
        if (o == skip0 || o == skip1 || !u || np_quote_at(an->quotes, an->n_quotes, o->start))
            continue;
        if (strcmp(u, unit) != 0 && !(o->value == m->value && !((o->flags | m->flags) & NP_NUM_APPROX) &&
                                      units_kin(c, u, unit)))
            continue;
        long so = np_story_sent_at(c->s, d, o->start);
        if (so < 0 || c->s->sents[so].no_fact)
            continue; /* a headline or a repeat states nothing */
        /* in the sentence compared, a bound of another deed is no statement
         * of m (states_value()); elsewhere it may be m's figure retold */
        if (values_agree(an, o, am, m) &&
            !(&c->s->sents[so] == compared && bound_of_other_deed(c->s, an, compared, o, am, sm, m)))
            return 1;
    }
    return 0;
}

/* A word written as a verb's past, participle or irregular form ("fired",
 * "meeting", "fell"): mostly verbs ("hundred" slips through and finds no
 * verb sense), not a bare word that may be a noun ("yards"). */
static int verb_form(const np_story *s, const char *w, size_t l)
{
    return (l > 4 && !strcmp(w + l - 2, "ed")) || (l > 5 && !strcmp(w + l - 3, "ing")) ||
           (s->wn && np_wn_is_verb(s->wn, w, l) == 2);
}

/* The deed a figure is the object or the subject of: the verb form right
 * before it ("missed nine games", "fired seven bullets", "loaded with
 * four bullets"; side 1) or right after it ("12 people were injured";
 * side 2), past hedges, determiners and prepositions.  Only "-ed", "-ing"
 * and irregular forms ("fell") count, which are mostly verbs ("meeting",
 * "hundred" slip through, and find no verb sense or a harmless one), not a
 * bare word that may be a noun ("yards").  A verb before "by" has the
 * figure for its subject ("signed by 1.8 million people"); a state after
 * the figure is its deed ("left 15 people dead": none found).
 * Auxiliaries, speech verbs ("police said 18 people") and the figure's own
 * unit say nothing.  Fills keys (WordNet verb synsets, at most max) and
 * returns their count; 0 when no deed is found. */
#define DEED_REACH 4
static size_t figure_deed(const np_story *s, const np_analysis *an, const np_sent *se, const np_number_mention *m,
                          uint64_t *keys, size_t max, int *side)
{
    static const char *const skip[] = {"nearly", "almost", "approximately", "roughly", "about", "around",
                                       "some", "estimated", "another", "only", "just", "least", "more", "than",
                                       "over", "up", "total", "fewer", "less", "as", "many", "next", "final",
                                       "first", "last", "remaining", "previous", "consecutive", "straight", NULL};
    static const char *const aux[] = {"have", "has", "had", "were", "was", "are", "is", "be", "been", "being",
                                      "who", "that", "which", "reportedly", "also", "all", NULL};
    /* "left 15 people dead": the deed is the state after the figure */
    static const char *const state[] = {"dead", "injured", "wounded", "hurt", "homeless", "missing", "stranded",
                                        NULL};
    if (!s->wn)
        return 0;
    size_t k0 = np_story_token_at(an, m->start), k1 = np_story_token_at(an, m->end);
    for (size_t i = 0; k1 < se->tok_hi && k1 < an->n_tokens && an->tokens[k1].norm && state[i]; i++)
        if (!strcmp(an->tokens[k1].norm, state[i]))
            return 0;
    for (int dir = 1; dir <= 2; dir++) {
        int agent = 0; /* "signed by 1.8 million people": the figure is the deed's subject */
        for (size_t step = 1; step <= DEED_REACH; step++) {
            size_t k;
            if (dir == 1) {
                if (k0 < se->tok_lo + step)
                    break;
                k = k0 - step;
            } else {
                k = k1 + step - 1;
                if (k >= se->tok_hi || k >= an->n_tokens)
                    break;
            }
            const np_token *t = &an->tokens[k];
            if (!(t->flags & NP_TOK_WORD) || !t->norm) {
                if (t->end - t->start == 1 && (an->text[t->start] == '$' || an->text[t->start] == '-'))
                    continue;
                break; /* a comma, a parenthesis: the clause ends */
            }
            int listed = 0;
            for (size_t i = 0; skip[i] && !listed; i++)
                listed = strcmp(t->norm, skip[i]) == 0;
            for (size_t i = 0; dir == 2 && aux[i] && !listed; i++)
                listed = strcmp(t->norm, aux[i]) == 0;
            agent |= dir == 1 && !strcmp(t->norm, "by");
            /* "were killed and 23 people injured": the verb before "and"
             * is the other figure's; 23's deed comes after it */
            if (dir == 1 && (!strcmp(t->norm, "and") || !strcmp(t->norm, "or") || !strcmp(t->norm, "but")))
                break;
            if (listed || (dir == 1 && !(t->flags & NP_TOK_CONTENT)))
                continue;
            if ((t->flags & NP_TOK_CAP) || np_lex_is_speech_verb(t->norm, strlen(t->norm)))
                break;
            size_t l = strlen(t->norm);
            if (!verb_form(s, t->norm, l))
                break;
            size_t n = np_wn_verb_keys(s->wn, t->norm, l, keys, max);
            if (n) {
                *side = agent ? 2 : dir;
                return n;
            }
            break;
        }
    }
    return 0;
}

/* Two figures told as the objects (or both as the subjects) of deeds that
 * WordNet does not relate count different things: "missed four games" /
 * "played in 10 games", "four villages destroyed" / "five villages
 * damaged".  Related deeds share a verb sense or, among their first
 * DEED_SENSES senses, a lexicographer file ("evacuated 5,000" / "moved
 * 8,000": both verbs of motion).  Near-synonyms WordNet keeps apart
 * ("arrested 12" / "detained 15") are taken for different deeds too: the
 * brief then says less, not something wrong.  A figure on either side of
 * its verb is no evidence ("the quake killed 10 people" / "12 people
 * died" is one toll). */
#define DEED_SENSES 2

/* The lexicographer file of verb synset key ("verb.motion"), -1 when it
 * cannot be read; each synset's line is read from the data file once per
 * brief (a story's figures meet the same few verbs in many pairs). */
static int deed_lexfile(dctx *c, uint64_t key)
{
    uint64_t *memo = np_u64map_get(&c->lexfiles, key);
    if (memo)
        return (int)*memo - 1;
    int lf = -1;
    if (np_wn_pointers(c->files, key, NULL, NULL, 0, &lf) < 0)
        lf = -1;
    if ((memo = np_u64map_slot(&c->lexfiles, key)) != NULL)
        *memo = (uint64_t)(lf + 1); /* out of memory: read again next time */
    return lf;
}

static int different_deeds(dctx *c, int da, const np_sent *A, const np_number_mention *ma, int db, const np_sent *B,
                           const np_number_mention *mb)
{
    const np_story *s = c->s;
    uint64_t ka[16], kb[16];
    int sa = 0, sb = 0;
    size_t na = figure_deed(s, &s->an[da], A, ma, ka, 16, &sa), nb = figure_deed(s, &s->an[db], B, mb, kb, 16, &sb);
    if (!na || !nb || sa != sb)
        return 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (ka[i] == kb[j])
                return 0;
    size_t ma_n = na < DEED_SENSES ? na : DEED_SENSES, mb_n = nb < DEED_SENSES ? nb : DEED_SENSES;
    for (size_t i = 0; i < ma_n; i++) {
        int la = deed_lexfile(c, ka[i]);
        for (size_t j = 0; la >= 0 && j < mb_n; j++)
            if (la == deed_lexfile(c, kb[j]))
                return 0;
    }
    return 1;
}

/* The person group (story->ent_group) mention em of doc d names, or -1:
 * a mention the finder typed otherwise counts when the linker joined it to
 * a person named elsewhere ("DiLeo" opening a sentence, "Tony DiLeo"
 * before). */
static long person_group(const np_story *s, int d, const np_entity_mention *em)
{
    long ei = s->lk ? np_entity_linker_lookup(s->lk, d, em->start) : -1;
    if (ei < 0)
        return -1;
    const np_entity *e = em->type == NP_ENT_PERSON ? NULL : np_entity_linker_get(s->lk, (size_t)ei);
    return em->type == NP_ENT_PERSON || (e && e->type == NP_ENT_PERSON) ? (long)s->ent_group[ei] : -1;
}

/* The one person (group) that sentence se names, or -1 when it names
 * none or several. */
static long only_person(const np_story *s, int d, const np_sent *se)
{
    const np_analysis *an = &s->an[d];
    long who = -1;
    for (size_t e = np_story_ent_at(an, se->start); e < an->n_ents && an->ents[e].start < se->end; e++) {
        long g = person_group(s, d, &an->ents[e]);
        if (g < 0)
            continue;
        if (who >= 0 && who != g)
            return -1;
        who = g;
    }
    return who;
}

/* The person a sentence opening on "He" or "She" is about: the one person
 * the sentence before it names ("Thomas was hurt in Week 3.  He finished
 * with two touchdowns"), or -1. */
static long pronoun_subject(const np_story *s, int d, const np_sent *se)
{
    const np_analysis *an = &s->an[d];
    size_t i = (size_t)(se - s->sents);
    if (se->tok_lo >= an->n_tokens || !an->tokens[se->tok_lo].norm || i <= s->doc_sent0[d] ||
        (strcmp(an->tokens[se->tok_lo].norm, "he") != 0 && strcmp(an->tokens[se->tok_lo].norm, "she") != 0))
        return -1;
    return only_person(s, d, se - 1);
}

/* Mention em of sentence se is a source, not a subject: a verb of
 * speaking right after it ("prosecutor Mara Lind said") or right before
 * it ("said Mara Lind"). */
static int speaker_mention(const np_analysis *an, const np_sent *se, const np_entity_mention *em)
{
    size_t a = np_story_token_at(an, em->start), b = np_story_token_at(an, em->end);
    const np_token *after = b < se->tok_hi && b < an->n_tokens ? &an->tokens[b] : NULL;
    const np_token *before = a > se->tok_lo && a <= an->n_tokens ? &an->tokens[a - 1] : NULL;
    return (after && after->norm && np_lex_is_speech_verb(after->norm, strlen(after->norm))) ||
           (before && before->norm && np_lex_is_speech_verb(before->norm, strlen(before->norm)));
}

/* Sentence se names a person, and none of group who: a figure of who's
 * told beside it is not about what se counts ("Dale has played 19
 * seasons for the club" / "Brook, who played 11 seasons there").  A
 * person named as the source does not count ("The robber was jailed for
 * 15 years, prosecutor Mara Lind said"). */
static int names_others(const np_story *s, int d, const np_sent *se, long who)
{
    const np_analysis *an = &s->an[d];
    long pro = pronoun_subject(s, d, se);
    int any = pro >= 0;
    if (pro == who)
        return 0;
    for (size_t e = np_story_ent_at(an, se->start); e < an->n_ents && an->ents[e].start < se->end; e++) {
        long g = person_group(s, d, &an->ents[e]);
        if (g == who)
            return 0;
        any |= g >= 0 && !speaker_mention(an, se, &an->ents[e]);
    }
    return any;
}

/* Whose figure it is: the last person named before it in its sentence
 * ("DiLeo has spent 19 seasons", "Bush missed four games"), unless a verb
 * of speaking stands between (the person is then the source: "Payton said
 * the team lost 14 games") or the figure is in another clause; with no
 * name before it, the person a "He"/"She" opening stands for
 * (pronoun_subject()); -1 when none. */
static long figure_subject(const np_story *s, int d, const np_sent *se, const np_number_mention *m)
{
    const np_analysis *an = &s->an[d];
    long who = -1;
    size_t after = 0;
    for (size_t e = np_story_ent_at(an, se->start); e < an->n_ents && an->ents[e].start < m->start; e++) {
        const np_entity_mention *em = &an->ents[e];
        long g = person_group(s, d, em);
        if (g < 0)
            continue;
        who = g;
        after = em->end;
    }
    if (who < 0 && (who = pronoun_subject(s, d, se)) >= 0)
        after = an->tokens[se->tok_lo].end; /* "He missed nine games" */
    if (who < 0)
        return -1;
    /* the person is the subject of the figure's own clause: no comma or
     * clause word between ("Governor Cole toured the area, where the fire
     * has burned 5,000 acres": the fire's figure) */
    static const char *const opens[] = {"where", "as", "while", "when", "after", "before", "because", "since",
                                        "and", "but", "which", "who", "that", "whose", "although", "though",
                                        "if", "until", NULL};
    size_t k = np_story_token_at(an, after);
    if (k > 0 && k < an->n_tokens && k - 1 >= se->tok_lo && clause_break(an, k - 1))
        return -1;
    for (; k < se->tok_hi && k < an->n_tokens && an->tokens[k].start < m->start; k++) {
        const np_token *t = &an->tokens[k];
        if (t->norm && np_lex_is_speech_verb(t->norm, strlen(t->norm)))
            return -1;
        for (size_t x = 0; t->norm && opens[x]; x++)
            if (!strcmp(t->norm, opens[x]))
                return -1;
        if (k + 1 < an->n_tokens && an->tokens[k + 1].start < m->start && clause_break(an, k))
            return -1;
    }
    return who;
}

/* The stance (compare/stance.h) of the verb a figure follows ("ran the
 * port for eleven years": ran, of Rimbauer), the nearest action the
 * sentence states plainly of a subject within FIG_VERB_BACK tokens before
 * it; 0 when none reads. */
#define FIG_VERB_BACK 12
static int figure_stance(const np_story *s, size_t si, const np_number_mention *m, np_stance *x)
{
    const np_sent *se = &s->sents[si];
    const np_analysis *an = &s->an[se->doc];
    static const char *const joins[] = {"and", "but", "whereas", "while", NULL};
    uint32_t kf = (uint32_t)np_story_token_at(an, m->start);
    for (uint32_t k = kf; k > se->tok_lo && kf - k < FIG_VERB_BACK; k--) {
        /* "The Union won 1.2 million votes and the Front 910,000": a
         * figure of a clause joined on, whose verb is left out, is not the
         * first clause's subject's */
        if (an->tokens[k - 1].norm && np_lex_word_in(an->tokens[k - 1].norm, joins))
            return 0;
        uint32_t t = s->tok_term[se->doc][k - 1];
        if (t == UINT32_MAX)
            continue;
        t = s->syn ? s->syn[t] : t;
        if (np_story_sorted_index(se->pol, se->n_pol, t << 1) >= 0 &&
            np_stance_read(s, s->frames, (uint32_t)si, k - 1, t, 0, x) && !x->nominal)
            return 1;
    }
    return 0;
}

/* The stance's subject phrase holds c as a word of the kind mask selects
 * (name_mask: a name, poss_mask: a possessive). */
static int holds_word(const np_stance *x, uint32_t c, uint32_t mask)
{
    for (uint32_t i = 0; i < x->n_subj; i++)
        if (x->subj[i] == c && (mask >> i & 1))
            return 1;
    return 0;
}

/* The subjects of two stances are surely two: heads alike but modifiers
 * apart ("the Sarn bridge" / "the Vell bridge"), two names, or one's name
 * the possessor of the other's head ("Rimbauer" / "Rimbauer's bribery
 * scheme").  A name and a role ("Karn" / "the robber") may be one person,
 * and so may a name and its people ("Korvath" / "Korvath militants"). */
static int distinct_subjects(const np_stance *a, const np_stance *b)
{
    if (a->head == b->head)
        return !np_stance_one_subject(a, b);
    int an = holds_word(a, a->head, a->name_mask), bn = holds_word(b, b->head, b->name_mask);
    return (an && bn) || (an && holds_word(b, a->head, b->poss_mask)) || (bn && holds_word(a, b->head, a->poss_mask));
}

/* Figures ma (of sentence a) and mb (of b) follow one action of two
 * subjects ("Rimbauer ran the port for eleven years" / "Rimbauer's
 * bribery scheme ran for five years"): two quantities. */
static int two_subjects(const np_story *s, size_t a, const np_number_mention *ma, size_t b,
                        const np_number_mention *mb)
{
    np_stance xa, xb;
    return figure_stance(s, a, ma, &xa) && figure_stance(s, b, mb, &xb) && xa.verb == xb.verb &&
           xa.passive == xb.passive && distinct_subjects(&xa, &xb);
}

/* Tokens [a, b) of an say "now". */
static int says_now(const np_analysis *an, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (an->tokens[k].norm && !strcmp(an->tokens[k].norm, "now"))
            return 1;
    return 0;
}

/* The figure at token k follows a rise told in the present perfect ("has
 * risen to 2.6 million", "have climbed to 41"): the count as it stands. */
static int perfect_rise(const np_analysis *an, size_t k, size_t lo)
{
    static const char *const rise[] = {"climbed", "grown", "increased", "jumped", "risen", "soared", NULL};
    return k >= lo + 3 && an->tokens[k - 1].norm && !strcmp(an->tokens[k - 1].norm, "to") && an->tokens[k - 2].norm &&
           np_lex_word_in(an->tokens[k - 2].norm, rise) && an->tokens[k - 3].norm &&
           (!strcmp(an->tokens[k - 3].norm, "has") || !strcmp(an->tokens[k - 3].norm, "have"));
}

/* The days figure m of sentence se is dated by: the day-precise dates
 * of its clause (from the break before it to the break after it), as the
 * first and last day (*lo, *hi, days since 1970); a clause of none that
 * says "now" ("the blast, which has now killed six") or a figure a rise in
 * the present perfect reached ("has risen to 2.6 million") counts as of
 * ref, its outlet's day.  0 when it has none. */
static int figure_days(const np_analysis *an, const np_sent *se, const np_number_mention *m, const char *ref,
                       int64_t *lo, int64_t *hi)
{
    size_t end = se->tok_hi < an->n_tokens ? se->tok_hi : an->n_tokens;
    size_t k0 = np_story_token_at(an, m->start), k1 = np_story_token_at(an, m->end);
    if (k0 < se->tok_lo || k0 >= end)
        return 0;
    size_t a = k0, b = k1 < end ? k1 : end;
    while (a > se->tok_lo && !clause_break(an, a - 1))
        a--;
    while (b < end && !clause_break(an, b - 1))
        b++;
    size_t c_lo = an->tokens[a].start, c_hi = an->tokens[b - 1].end, qlo, qhi;
    int found = 0;
    RANGE_OF(an->dates, an->n_dates, c_lo, c_hi, qlo, qhi);
    for (size_t q = qlo; q < qhi; q++) {
        const np_date_mention *d = &an->dates[q];
        int64_t y, y2;
        int mo, dd, mo2, dd2;
        if (d->end > c_hi || d->gran != NP_DATE_DAY || !np_date_parse_iso(d->iso, &y, &mo, &dd))
            continue;
        int64_t x = np_days_from_civil(y, mo, dd), x2 = x;
        if ((d->flags & NP_DATE_RANGE) && np_date_parse_iso(d->iso_end, &y2, &mo2, &dd2))
            x2 = np_days_from_civil(y2, mo2, dd2);
        if (!found || x < *lo)
            *lo = x;
        if (!found || x2 > *hi)
            *hi = x2;
        found = 1;
    }
    int64_t y;
    int mo, dd;
    if (!found && ref && (says_now(an, a, b) || perfect_rise(an, k0, se->tok_lo)) && np_date_parse_iso(ref, &y, &mo, &dd)) {
        *lo = *hi = np_days_from_civil(y, mo, dd);
        found = 1;
    }
    return found;
}

/* The two figures count over different days: each clause dates its
 * figure, and the days differ ("cancelled 140 flights on Tuesday" / "310
 * flights had been cancelled over Tuesday and Wednesday"; "destroyed 18
 * homes on Sunday" / "had destroyed 120 homes by Tuesday"): a day's
 * count and a longer span's, or two days' counts, are two quantities. */
static int other_days(const np_story *s, const np_sent *A, const np_number_mention *ma, const np_sent *B,
                      const np_number_mention *mb)
{
    int64_t alo, ahi, blo, bhi;
    const char *ra = s->ref_date ? s->ref_date[A->doc] : NULL, *rb = s->ref_date ? s->ref_date[B->doc] : NULL;
    return figure_days(&s->an[A->doc], A, ma, ra, &alo, &ahi) && figure_days(&s->an[B->doc], B, mb, rb, &blo, &bhi) &&
           (alo != blo || ahi != bhi);
}

/* The name that opens the noun phrase ending in token t of sentence se
 * ("Skyrell shareholders", "the Orvenna airport", "Skyrell's share
 * price": up to NAME_BEFORE_WORDS lower-case words between): that token
 * when it lies in a named entity mention, else NULL. */
#define NAME_BEFORE_WORDS 2
static const np_token *name_before(const np_analysis *an, const np_sent *se, const np_token *t)
{
    size_t k = (size_t)(t - an->tokens);
    for (int words = 0; k > se->tok_lo && words <= NAME_BEFORE_WORDS; words++, k--) {
        const np_token *p = &an->tokens[k - 1], *q = &an->tokens[k];
        if (!p->norm || !(p->flags & NP_TOK_WORD) || p->end + 1 != q->start || an->text[p->end] != ' ')
            return NULL;
        if (p->flags & NP_TOK_CAP) {
            size_t e = np_story_ent_at(an, p->start + 1); /* the mention before it may hold it */
            return e > 0 && an->ents[e - 1].start <= p->start && p->start < an->ents[e - 1].end ? p : NULL;
        }
        if (p->flags & NP_TOK_STOP)
            return NULL;
    }
    return NULL;
}

/* Sentence se of an writes the word w (case aside). */
static int sent_has_word(const np_analysis *an, const np_sent *se, const char *w)
{
    size_t hi = se->tok_hi < an->n_tokens ? se->tok_hi : an->n_tokens;
    for (size_t k = se->tok_lo; k < hi; k++)
        if (an->tokens[k].norm && !strcmp(an->tokens[k].norm, w))
            return 1;
    return 0;
}

/* The referent word the two figures share is named apart: each sentence
 * names its own owner of it right before it, and neither names the
 * other's ("Skyrell shareholders will own 45 percent" / "AeroLumen
 * shareholders would own 55 percent": the two sides of one deal, no
 * disagreement). */
static int named_apart(const np_analysis *aa, const np_sent *A, const np_token *ta, const np_analysis *ab,
                       const np_sent *B, const np_token *tb)
{
    const np_token *na = name_before(aa, A, ta), *nb = name_before(ab, B, tb);
    return na && nb && strcmp(na->norm, nb->norm) != 0 && !sent_has_word(ab, B, na->norm) &&
           !sent_has_word(aa, A, nb->norm);
}

/* The two figures are one quantity about one referent: each counts
 * something (not_quantity), percentages of one kind, and their referent
 * words share a stem ("12 people were indicted" / "13 people were
 * indicted"); *shared gets the first shared word for the explanation. */
static int same_referent(dctx *c, int da, const np_sent *A, const np_number_mention *ma, int db,
                         const np_sent *B, const np_number_mention *mb, const np_token **shared, int need_words)
{
    const np_story *s = c->s;
    const np_analysis *aa = &s->an[da], *ab = &s->an[db];
    const char *unit = np_number_unit(ma), *ub = np_number_unit(mb);
    if (not_quantity(aa, A, ma) || not_quantity(ab, B, mb))
        return 0;
    if (values_agree(aa, ma, ab, mb))
        return 0;
    /* a count per day is not a count ("312 passengers" on the train /
     * "40,000 passengers a day" on the line), nor one per year: no
     * discrepancy, and no support of a fact's figure either (figure_leave():
     * need_words < 0) */
    if (need_words >= 0 && per_period(aa, A, ma) != per_period(ab, B, mb))
        return 0;
    if (strcmp(unit, "percent") == 0) {
        int ka = percent_kind(aa, A, ma), kb = percent_kind(ab, B, mb);
        if (ka != kb)
            return 0;
    }
    /* the other outlet states this figure too, next to the different one
     * ("30 percent on copper and 5 percent on tin"): a list, not a
     * disagreement */
    if (states_value(c, ab, B, unit, aa, A, ma) || states_value(c, aa, A, ub, ab, B, mb))
        return 0;
    /* an outlet that states both figures somewhere ("injuring three
     * hikers, killing two", "the Herons offered $90 million ... the
     * $75 million offers of the Falcons") counts two things with them */
    if (need_words >= 0 &&
        (doc_states_value(c, db, B, unit, aa, A, ma, ma, mb) || doc_states_value(c, da, A, ub, ab, B, mb, ma, mb)))
        return 0;
    if (!((ma->flags | mb->flags) & NP_NUM_TALLY) && (states_bare(ab, B, ma->value) || states_bare(aa, A, mb->value)))
        return 0; /* a tally's counts read bare are its own */
    if (ma->flags & mb->flags & NP_NUM_TALLY)
        return 1; /* a tally counts the vote or the match its sentence tells, whatever the verb */
    /* figures of other days are two quantities, no discrepancy; but a
     * fact's supporter giving one still does not state the fact's figure
     * (figure_leave(): need_words < 0).  Nor does one giving another move
     * of a share ("fell 3.2 per cent" / "rising 1.1 per cent"); a count of
     * another deed ("scored 27 times ... created another nine goals")
     * leaves the fact its support */
    if (other_measures(s, da, A, ma, db, B, mb) ||
        ((need_words >= 0 || strcmp(unit, "percent") != 0) && different_deeds(c, da, A, ma, db, B, mb)) ||
        (need_words >= 0 && other_days(s, A, ma, B, mb)))
        return 0;
    /* what two different people did ("Varro has coached 14 seasons at the
     * club" / "Lund coached 9 seasons there"); a count of people is told
     * by whoever reports it, so a name before it says nothing */
    const unit_info *ua = unit_of(c, unit, 0), *ubi = unit_of(c, ub, 0);
    if (ua && ubi && !ua->cnt.person && !ubi->cnt.person) {
        long wa = figure_subject(s, da, A, ma), wb = figure_subject(s, db, B, mb);
        if (wa >= 0 && wb >= 0 && wa != wb)
            return 0;
        /* one figure is what a named person did, and the other outlet's
         * sentence names other people, not that one */
        if ((wa >= 0 && wb < 0 && names_others(s, db, B, wa)) || (wb >= 0 && wa < 0 && names_others(s, da, A, wb)))
            return 0;
    }
    if (need_words <= 0)
        return 1; /* the caller found the referent otherwise (same_lead(), one fact) */
    const np_token *wa[REF_MAX], *wb[REF_MAX];
    size_t na = referent_words(s, da, A, ma, unit, wa, REF_MAX), nb = referent_words(s, db, B, mb, ub, wb, REF_MAX);
    *shared = NULL;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (strcmp(wa[i]->stem, wb[j]->stem) == 0) {
                if (named_apart(aa, A, wa[i], ab, B, wb[j]))
                    return 0;
                if (!*shared)
                    *shared = wa[i];
            }
    return *shared != NULL;
}

/* Two lists of WordNet keys hold one in common. */
static int keys_share(const uint64_t *ka, size_t na, const uint64_t *kb, size_t nb)
{
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (ka[i] == kb[j])
                return 1;
    return 0;
}

/* The deed of a figure (figure_deed()), else the verb senses of the state
 * right after it ("23 people injured": injure), into keys (at most max). */
static size_t deed_or_state(const np_story *s, const np_analysis *an, const np_sent *se, const np_number_mention *m,
                            uint64_t *keys, size_t max)
{
    int side;
    size_t n = figure_deed(s, an, se, m, keys, max, &side);
    if (n || !s->wn)
        return n;
    size_t k1 = np_story_token_at(an, m->end);
    if (k1 >= se->tok_hi || k1 >= an->n_tokens || !an->tokens[k1].norm || !(an->tokens[k1].flags & NP_TOK_WORD))
        return 0;
    const char *w = an->tokens[k1].norm;
    size_t l = strlen(w);
    return verb_form(s, w, l) ? np_wn_verb_keys(s->wn, w, l, keys, max) : 0;
}

/* Of two figures' deeds: 1 when they share a WordNet verb sense
 * ("killed" / "killing", "23 people injured" / "injuring 41 people"), -1
 * when both are known and share none, 0 when either is unknown. */
static int deeds_meet(const np_story *s, const np_analysis *aa, const np_sent *A, const np_number_mention *ma,
                      const np_analysis *ab, const np_sent *B, const np_number_mention *mb)
{
    uint64_t ka[16], kb[16];
    size_t na = deed_or_state(s, aa, A, ma, ka, 16), nb = na ? deed_or_state(s, ab, B, mb, kb, 16) : 0;
    if (!nb)
        return 0;
    return keys_share(ka, na, kb, nb) ? 1 : -1;
}

/* Figure ma of another value than mb ("at least six people" / "23
 * people"), told with another deed: what its bound admits is no statement
 * of mb. */
static int bound_of_other_deed(const np_story *s, const np_analysis *aa, const np_sent *A,
                               const np_number_mention *ma, const np_analysis *ab, const np_sent *B,
                               const np_number_mention *mb)
{
    return fabs(ma->value - mb->value) > 1e-9 * fabs(mb->value) && deeds_meet(s, aa, A, ma, ab, B, mb) < 0;
}

/* The figures of numbers lo..hi of an (sentence se) kin to m (of sentence
 * sm in am), at most max, into out; max + 1 when there are more. */
#define KIN_LIST_MAX 6
static size_t kin_list(dctx *c, const np_analysis *an, const np_sent *se, size_t lo, size_t hi,
                       const np_analysis *am, const np_sent *sm, const np_number_mention *m,
                       const np_number_mention **out, size_t max)
{
    size_t n = 0;
    for (size_t k = lo; k < hi; k++) {
        const np_number_mention *o = &an->numbers[k];
        /* a conversion in parentheses repeats the figure before it ("60
         * metres (200 feet)"): not a second one */
        if (!np_number_unit(o) || conversion(an, o) || (o != m && !figs_kin(c, an, se, o, am, sm, m)))
            continue;
        if (n == max)
            return max + 1;
        out[n++] = o;
    }
    return n;
}

/* The figure of sentence B (numbers blo..bhi of ab) that can count what m
 * (of sentence A, numbers alo..ahi of aa) counts: the only kin one of
 * each sentence (kin_list()); or, when both sentences list as many kin
 * figures ("six people were killed and 23 people injured" / "killing six
 * people and injuring 41 people"), m's partner when their deeds pair them
 * one to one.  A figure among several with no such pairing may count a
 * part or another player's share ("six touchdowns" / "scored three
 * touchdowns on punt returns"): NULL. */
static const np_number_mention *kin_for(dctx *c, const np_analysis *ab, const np_sent *B, size_t blo, size_t bhi,
                                        const np_analysis *aa, const np_sent *A, size_t alo, size_t ahi,
                                        const np_number_mention *m)
{
    const np_number_mention *ka[KIN_LIST_MAX], *kb[KIN_LIST_MAX];
    size_t na = kin_list(c, aa, A, alo, ahi, aa, A, m, ka, KIN_LIST_MAX);
    if (na == 1 && ka[0] == m) /* m alone of its kind: the other's only one */
        return kin_list(c, ab, B, blo, bhi, aa, A, m, kb, 1) == 1 ? kb[0] : NULL;
    if (na < 2 || na > KIN_LIST_MAX || kin_list(c, ab, B, blo, bhi, aa, A, m, kb, KIN_LIST_MAX) != na)
        return NULL; /* a pairing by deed needs as many a side, two or more */
    /* each figure's deed looked up once (WordNet), then paired */
    uint64_t keys_a[KIN_LIST_MAX][16], keys_b[KIN_LIST_MAX][16];
    size_t nka[KIN_LIST_MAX], nkb[KIN_LIST_MAX];
    for (size_t i = 0; i < na; i++) {
        nka[i] = deed_or_state(c->s, aa, A, ka[i], keys_a[i], 16);
        nkb[i] = deed_or_state(c->s, ab, B, kb[i], keys_b[i], 16);
    }
    const np_number_mention *partner = NULL;
    unsigned taken = 0; /* kb's figures already paired */
    for (size_t i = 0; i < na; i++) {
        size_t pj = SIZE_MAX;
        for (size_t j = 0; j < na; j++)
            if (keys_share(keys_a[i], nka[i], keys_b[j], nkb[j])) {
                if (pj != SIZE_MAX || (taken >> j & 1))
                    return NULL; /* no one-to-one pairing */
                pj = j;
            }
        if (pj == SIZE_MAX)
            return NULL;
        taken |= 1u << pj;
        if (ka[i] == m)
            partner = kb[pj];
    }
    return partner;
}

static np_status number_discrepancies(dctx *c, np_u64map *seen)
{
    np_story *s = c->s;
    for (size_t e = 0; e < s->n_edges; e++) {
        const np_edge *ed = &s->edges[e];
        if (ed->sim < ALIGN_MIN)
            continue;
        const np_sent *A = &s->sents[ed->a], *B = &s->sents[ed->b];
        const np_analysis *aa = &s->an[A->doc], *ab = &s->an[B->doc];
        size_t alo, ahi, blo, bhi;
        RANGE_OF(aa->numbers, aa->n_numbers, A->start, A->end, alo, ahi);
        RANGE_OF(ab->numbers, ab->n_numbers, B->start, B->end, blo, bhi);
        for (size_t k = alo; k < ahi; k++) {
            const np_number_mention *m = &aa->numbers[k];
            const char *unit = np_number_unit(m);
            if (!unit)
                continue;
            const np_number_mention *ma = m, *mb = kin_for(c, ab, B, blo, bhi, aa, A, alo, ahi, m);
            if (!mb)
                continue;
            if (values_agree(aa, ma, ab, mb))
                continue;
            /* aligned sentences can carry two claims: the figures must also
             * stand among alike words ("over seven years" in the main claim
             * vs "the first deal in thirty years" in a side remark) */
            np_svec wa, wb;
            size_t x0, x1;
            np_status wst;
            if ((wst = figure_window(s, A->doc, ma, A, &wa, &x0, &x1)) != NP_OK ||
                (wst = figure_window(s, B->doc, mb, B, &wb, &x0, &x1)) != NP_OK)
                return wst;
            if (np_svec_cos(&wa, &wb) < FIG_ALIGNED_CTX_MIN)
                continue;
            const np_token *about = NULL;
            if (!same_referent(c, A->doc, A, ma, B->doc, B, mb, &about, 1) ||
                two_subjects(s, (size_t)(A - s->sents), ma, (size_t)(B - s->sents), mb))
                continue;
            unit = unit_label(c, unit, np_number_unit(mb));
            char key[160];
            figure_key(key, sizeof key, class_name(c, unit), ma, mb);
            np_bref items[2];
            int fresh;
            np_status st = pair_refs(s, seen, key, A->doc, stated_start(aa, ma), ma->end, B->doc,
                                     stated_start(ab, mb), mb->end, items, &fresh);
            if (st != NP_OK)
                return st;
            if (!fresh)
                continue;
            char what[600], why[600];
            snprintf(what, sizeof what, "number (%s): \"%s\" (%s) vs \"%s\" (%s)", unit, items[0].text,
                     s->brief->docs[A->doc].key, items[1].text, s->brief->docs[B->doc].key);
            explain_number(s, unit, about, A->doc, &items[0], B->doc, &items[1], why, sizeof why);
            if ((st = add_disc(c, "number", what, why, items, 2)) != NP_OK)
                return st;
        }
    }
    return NP_OK;
}

/* Figures whose sentences did not align (each outlet's sentence carries
 * another claim too: "The X Dam, which cost $3.1 billion according to ...,
 * has cut the flow ...") are compared by what stands right around them: the
 * content words within FIG_WINDOW tokens of the figure in its sentence.
 * Two figures of one unit with different values and alike surroundings are
 * the same quantity reported differently.  The named entity nearest the
 * figure in its window (its subject: "the X Dam ... $3.1 billion") counts
 * most: two figures about one entity (one person cluster / linker entity)
 * need less alike surroundings. */
#define FIG_SUBJECT_CTX_MIN 0.15f /* ... when both name the same entity next to it */
#define FIG_RATIO 3.0               /* ... and are of one order of magnitude */
#define FIG_MAX_PER_UNIT 256 /* pairs per unit stay bounded in huge stories */

typedef struct figure {
    const char *unit;
    int doc;
    const np_number_mention *m;
    np_svec ctx;
    long subject; /* entity (person cluster) nearest the figure, or -1 */
    long lead;    /* the sentence's first named entity when it comes before
                   * the figure (the subject of "X has N questions"), or -1 */
    size_t sent;  /* its sentence */
    double lo, hi; /* the values it states (fig_bounds, widened) */
    uint32_t cls;  /* class of its unit (prepare_units) */
} figure;

/* The synonym class of a figure's counted noun in the story, UINT32_MAX
 * when it has none (or the story does not hold the word). */
static uint32_t unit_class(const np_story *s, const np_number_mention *m)
{
    if (!m->unit)
        return UINT32_MAX;
    uint32_t t = np_story_term_find(s, m->unit, strlen(m->unit));
    return t == UINT32_MAX ? t : s->syn ? s->syn[t] : t;
}

/* A and B share an event word (sorted class lists) other than skip0 and
 * skip1: the counted nouns, which say what is counted, not what happened. */
static int shares_event_besides(const np_sent *A, const np_sent *B, uint32_t skip0, uint32_t skip1)
{
    for (uint32_t i = 0, j = 0; i < A->n_ev && j < B->n_ev;) {
        if (A->ev[i] == B->ev[j]) {
            if (A->ev[i] != skip0 && A->ev[i] != skip1)
                return 1;
            i++;
            j++;
        } else if (A->ev[i] < B->ev[j]) {
            i++;
        } else {
            j++;
        }
    }
    return 0;
}

/* Two figures of a counted thing ("four dozen questions") whose sentences
 * are about the same named subject (the first entity of each, before the
 * figure: "X has at least N questions ..." / "X gave a list of almost N
 * questions ...") and tell the same event (an event word in common besides
 * the unit itself) count one quantity even when the words around the
 * figures differ.  Money, percentages and bare numbers are left to the
 * wording tests: a subject has many amounts and shares. */
static int same_lead(const np_story *s, const figure *a, const figure *b)
{
    if (a->lead < 0 || a->lead != b->lead || !a->m->unit || (a->m->flags & (NP_NUM_MONEY | NP_NUM_PERCENT)) ||
        (b->m->flags & (NP_NUM_MONEY | NP_NUM_PERCENT)))
        return 0;
    double va = fabs(a->m->value), vb = fabs(b->m->value);
    if (fmax(va, vb) > FIG_RATIO * fmin(va, vb))
        return 0;
    const np_sent *A = &s->sents[a->sent], *B = &s->sents[b->sent];
    /* one subject and one deed are weak evidence of one quantity: the
     * figures must also count the same thing by name ("Hiller shot three
     * victims" / "Hiller found four people in the room" are two counts) */
    if (!b->m->unit || strcmp(a->m->unit, b->m->unit) != 0)
        return 0;
    return shares_event_besides(A, B, unit_class(s, a->m), unit_class(s, b->m));
}

/* The stem of the lower-case word right after figure m past auxiliaries
 * ("Two people died", "two people have died": "die"), or NULL. */
static const char *word_after(const np_analysis *an, const np_sent *se, const np_number_mention *m)
{
    static const char *const aux[] = {"had", "has", "have", "was", "were", NULL};
    for (size_t k = np_story_token_at(an, m->end); k < se->tok_hi && k < an->n_tokens; k++) {
        const np_token *t = &an->tokens[k];
        if (!t->norm || !(t->flags & NP_TOK_WORD) || (t->flags & NP_TOK_CAP))
            return NULL;
        if (!np_lex_word_in(t->norm, aux))
            return t->flags & NP_TOK_CONTENT ? t->stem : NULL;
    }
    return NULL;
}

/* Sentence x opens its document (no sentence stating a fact before it). */
static int opens_doc(const np_story *s, size_t x)
{
    for (size_t k = x; k > 0 && s->sents[k - 1].doc == s->sents[x].doc; k--)
        if (!s->sents[k - 1].no_fact)
            return 0;
    return 1;
}

/* Two reports' opening sentences give the same tally's unit (a vote, a
 * score), or count the same thing by name with one deed ("Two people died and 300 residents were evacuated ..." / "Three
 * people died when the river swept through ..."): the toll each report
 * leads with, one quantity however the rest of the sentence differs.  The
 * deeds must share a WordNet verb sense; the figures be of one order of
 * magnitude and neither money nor a share. */
#define LEAD_DEEDS 8
static int same_deed_lead(dctx *c, const figure *a, const figure *b)
{
    const np_story *s = c->s;
    if (!a->m->unit || !b->m->unit || strcmp(a->m->unit, b->m->unit) != 0 ||
        ((a->m->flags | b->m->flags) & (NP_NUM_MONEY | NP_NUM_PERCENT)))
        return 0;
    /* the tally each report leads with is the result of its event ("struck
     * down the law in a 5-4 decision" / "Judges voted 6-3 to throw out
     * the law") */
    if (a->m->flags & b->m->flags & NP_NUM_TALLY)
        return opens_doc(s, a->sent) && opens_doc(s, b->sent);
    if ((a->m->flags | b->m->flags) & NP_NUM_TALLY)
        return 0;
    double va = fabs(a->m->value), vb = fabs(b->m->value);
    if (fmax(va, vb) > FIG_RATIO * fmin(va, vb) || !opens_doc(s, a->sent) || !opens_doc(s, b->sent))
        return 0;
    uint64_t ka[LEAD_DEEDS], kb[LEAD_DEEDS];
    int sa, sb;
    size_t na = figure_deed(s, &s->an[a->doc], &s->sents[a->sent], a->m, ka, LEAD_DEEDS, &sa);
    size_t nb = figure_deed(s, &s->an[b->doc], &s->sents[b->sent], b->m, kb, LEAD_DEEDS, &sb);
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (ka[i] == kb[j])
                return 1;
    /* a verb WordNet's table leaves out (short lemmas: "died"): the same
     * word right after both figures */
    const char *da = word_after(&s->an[a->doc], &s->sents[a->sent], a->m),
               *db = word_after(&s->an[b->doc], &s->sents[b->sent], b->m);
    return !na && !nb && da && db && strcmp(da, db) == 0;
}

static int cmp_figure(const void *x, const void *y)
{
    const figure *a = x, *b = y;
    if (a->cls != b->cls)
        return a->cls < b->cls ? -1 : 1;
    return a->doc < b->doc ? -1 : a->doc > b->doc;
}

/* The content words within FIG_WINDOW tokens of figure m in its sentence
 * se, as a vector; [*bs, *aend) is the window's byte span. */
static np_status figure_window(np_story *s, int d, const np_number_mention *m, const np_sent *se, np_svec *out,
                               size_t *bs, size_t *aend)
{
    const np_analysis *an = &s->an[d];
    size_t t0 = np_story_token_at(an, m->start), t1 = np_story_token_at(an, m->end);
    size_t w0 = t0 > se->tok_lo + FIG_WINDOW ? t0 - FIG_WINDOW : se->tok_lo;
    size_t w1 = t1 + FIG_WINDOW < se->tok_hi ? t1 + FIG_WINDOW : se->tok_hi;
    /* who says it is not what is counted: the window stops at an
     * attribution ("..., according to officials", "officials said 12 ...") */
    for (size_t k = t1; k < w1; k++) {
        const char *w = an->tokens[k].norm;
        if (w && (!strcmp(w, "according") || np_lex_is_speech_verb(w, strlen(w)))) {
            w1 = k;
            break;
        }
    }
    for (size_t k = t0; k > w0; k--) {
        const char *w = an->tokens[k - 1].norm;
        if (w && (!strcmp(w, "according") || np_lex_is_speech_verb(w, strlen(w)))) {
            w0 = k;
            break;
        }
    }
    *aend = w1 > 0 && w1 - 1 < an->n_tokens ? an->tokens[w1 - 1].end : m->end;
    if (*aend < m->end)
        *aend = m->end;
    *bs = w0 < an->n_tokens && an->tokens[w0].start < m->start ? an->tokens[w0].start : m->start;
    return np_story_vec_span(s, d, *bs, *aend, out);
}

/* Cosine of sentences a and b when they are an alignment candidate
 * (NP_EDGE_MIN or more), else 0. */
static float sent_sim(const np_story *s, size_t a, size_t b)
{
    if (!s->adj_off)
        return 0;
    for (size_t e = s->adj_off[a]; e < s->adj_off[a + 1]; e++)
        if (s->adj_to[e] == b)
            return s->adj_sim[e];
    return 0;
}

/* Fill figure f for mention k of doc d (in sentence si). */
static np_status figure_of(np_story *s, int d, size_t k, long si, figure *f)
{
    const np_analysis *an = &s->an[d];
    const np_number_mention *m = &an->numbers[k];
    size_t bs, aend;
    np_status st = figure_window(s, d, m, &s->sents[si], &f->ctx, &bs, &aend);
    if (st != NP_OK)
        return st;
    f->subject = -1;
    size_t best_gap = SIZE_MAX;
    for (size_t e = 0; e < an->n_ents; e++) {
        const np_entity_mention *em = &an->ents[e];
        if (em->end <= bs || em->start >= aend)
            continue;
        size_t gap = em->end <= m->start ? m->start - em->end : em->start >= m->end ? em->start - m->end : 0;
        if (gap >= best_gap)
            continue;
        long ei = np_entity_linker_lookup(s->lk, d, em->start);
        if (ei < 0)
            continue;
        best_gap = gap;
        f->subject = (long)s->ent_group[ei];
    }
    f->lead = -1;
    size_t skip = 0; /* a dateline's places ("STAVRA, Norvania —") lead nothing */
    for (size_t e = 0; e < an->n_ents; e++) {
        const np_entity_mention *em = &an->ents[e];
        if (em->start < s->sents[si].start || em->start < skip)
            continue;
        size_t dl = np_dateline_end(an, em);
        if (dl) {
            skip = dl;
            continue;
        }
        if (em->start < m->start) {
            long ei = np_entity_linker_lookup(s->lk, d, em->start);
            f->lead = ei >= 0 ? (long)s->ent_group[ei] : -1;
        }
        break;
    }
    f->unit = np_number_unit(m);
    f->sent = (size_t)si;
    fig_bounds(an, k, &f->lo, &f->hi);
    widen(m, &f->lo, &f->hi);
    f->doc = d;
    f->m = m;
    return NP_OK;
}

/* Every figure of the story with a unit, with the class of its unit; a
 * count of people that did something ("signed by 1.8 million people") once
 * more under the class of each unit naming that deed ("signatures"). */
static np_status build_figures(dctx *c, figure **out, size_t *n_out)
{
    np_story *s = c->s;
    figure *f = NULL;
    size_t n = 0, cap = 0;
    np_status st = NP_OK;
    for (size_t d = 0; d < s->n_docs && st == NP_OK; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_numbers && st == NP_OK; k++) {
            const np_number_mention *m = &an->numbers[k];
            const char *unit = np_number_unit(m);
            long si = np_story_sent_at(s, (int)d, m->start);
            const unit_info *ui = unit ? unit_of(c, unit, 0) : NULL;
            if (!ui || si < 0)
                continue;
            if ((st = np_grow((void **)&f, &cap, n, sizeof *f)) != NP_OK ||
                (st = figure_of(s, (int)d, k, si, &f[n])) != NP_OK)
                break;
            f[n].cls = cls_find(c, ui->idx);
            n++;
            const np_token *v = ui->cnt.person ? agent_verb(s, an, &s->sents[si], m) : NULL;
            for (uint32_t u = 0; v && u < c->n_units && st == NP_OK; u++) {
                const unit_info *o = &c->units[c->by_idx[u]];
                if (o->cnt.person || money_or_percent(o->unit) || !np_counted_derived(s->wn, &o->cnt, v->norm, v->stem))
                    continue;
                if ((st = np_grow((void **)&f, &cap, n, sizeof *f)) == NP_OK) {
                    f[n] = f[n - 1];
                    f[n].cls = cls_find(c, u);
                    n++;
                }
            }
        }
    }
    if (st != NP_OK) {
        np_free(f);
        return st;
    }
    *out = f;
    *n_out = n;
    return NP_OK;
}

/* Figures a and b (different outlets, values apart) report one quantity:
 * alike surroundings, or one named subject, or one lead subject and event;
 * then one referent (same_referent).  *about gets the shared referent word. */
static int figures_conflict(dctx *c, const figure *a, const figure *b, const np_token **about)
{
    np_story *s = c->s;
    double va = in_base(a->m), vb = in_base(b->m);
    const np_sent *A = &s->sents[a->sent], *B = &s->sents[b->sent];
    int derived = 0;
    if (strcmp(a->unit, b->unit) != 0 && !units_kin(c, a->unit, b->unit)) {
        if (!figs_kin(c, &s->an[a->doc], A, a->m, &s->an[b->doc], B, b->m))
            return 0; /* kin through a third unit only */
        derived = 1;
    }
    float cs = np_svec_cos(&a->ctx, &b->ctx);
    /* a count of people and a count of their deed ("signed by 1.8 million
     * people" / "hundreds of thousands of signatures") name the quantity
     * themselves: the sentences need only be about the same thing */
    if (derived)
        return cs >= FIG_ALIGNED_CTX_MIN && sent_sim(s, a->sent, b->sent) >= DATE_ALIGN_MIN &&
               same_referent(c, a->doc, A, a->m, b->doc, B, b->m, about, 0) &&
               !two_subjects(s, a->sent, a->m, b->sent, b->m);
    /* about one named thing, figures of one order of magnitude need less
     * alike wording */
    int same_subject = a->subject >= 0 && a->subject == b->subject &&
                       fmax(fabs(va), fabs(vb)) <= FIG_RATIO * fmin(fabs(va), fabs(vb));
    int lead = !same_subject && cs < FIG_CTX_MIN && (same_lead(s, a, b) || same_deed_lead(c, a, b));
    if (cs < (same_subject ? FIG_SUBJECT_CTX_MIN : FIG_CTX_MIN) && !lead)
        return 0;
    /* the stances last: reading them costs more than the tests above */
    return same_referent(c, a->doc, A, a->m, b->doc, B, b->m, about, !lead) &&
           !two_subjects(s, a->sent, a->m, b->sent, b->m);
}

static np_status figure_discrepancies(dctx *c, np_u64map *seen)
{
    np_story *s = c->s;
    figure *f = NULL;
    size_t n = 0;
    np_status st = build_figures(c, &f, &n);
    if (st != NP_OK || !n)
        return st;
    if (n > 1)
        qsort(f, n, sizeof *f, cmp_figure);
    for (size_t lo = 0; lo < n && st == NP_OK;) {
        size_t hi = lo + 1;
        while (hi < n && f[hi].cls == f[lo].cls)
            hi++;
        size_t cap = hi - lo > FIG_MAX_PER_UNIT ? lo + FIG_MAX_PER_UNIT : hi;
        for (size_t i = lo; i < cap && st == NP_OK; i++)
            for (size_t j = i + 1; j < cap && st == NP_OK; j++) {
                const figure *a = &f[i], *b = &f[j];
                if (a->doc == b->doc || (spans_meet(a->lo, a->hi, b->lo, b->hi, other_units(a->m->unit, b->m->unit)) &&
                                         !tallies_differ(a->m, b->m)))
                    continue; /* one outlet; or values_agree, with the spans found once */
                const np_token *about = NULL;
                if (!figures_conflict(c, a, b, &about))
                    continue;
                const char *unit = unit_label(c, a->unit, b->unit);
                const unit_info *ua = unit_of(c, a->unit, 0), *ub = unit_of(c, b->unit, 0);
                if (ua && ub && ua->cnt.person != ub->cnt.person)
                    unit = ua->cnt.person ? b->unit : a->unit; /* the deed: "signatures" */
                char key[160];
                figure_key(key, sizeof key, class_name(c, a->unit), a->m, b->m);
                np_bref items[2];
                int fresh;
                st = pair_refs(s, seen, key, a->doc, stated_start(&s->an[a->doc], a->m), a->m->end, b->doc,
                               stated_start(&s->an[b->doc], b->m), b->m->end, items, &fresh);
                if (st != NP_OK || !fresh)
                    continue;
                char what[600], why[600];
                snprintf(what, sizeof what, "number (%s): \"%s\" (%s) vs \"%s\" (%s)", unit, items[0].text,
                         s->brief->docs[a->doc].key, items[1].text, s->brief->docs[b->doc].key);
                explain_number(s, unit, about, a->doc, &items[0], b->doc, &items[1], why, sizeof why);
                st = add_disc(c, "number", what, why, items, 2);
            }
        lo = hi;
    }
    np_free(f);
    return st;
}

/* ------------------------------------------------------------- dates */

static int64_t day_of(const char *iso)
{
    int64_t y;
    int m, d;
    if (!np_date_parse_iso(iso, &y, &m, &d))
        return INT64_MIN;
    return np_days_from_civil(y, m, d);
}

/* A relative date at off in doc counts from a known day: the document has
 * its own publication date and the date is not inside a quotation (a
 * speaker's "tomorrow" counts from the day they spoke). */
static int anchored(const np_story *s, int doc, size_t off)
{
    int64_t y;
    int m, d;
    const np_analysis *an = &s->an[doc];
    if (!s->docs[doc]->published || !np_date_parse_iso(s->docs[doc]->published, &y, &m, &d))
        return 0;
    return !np_quote_at(an->quotes, an->n_quotes, off);
}

/* The deed date mention m dates in sentence se: the nearest verb before
 * it within DATE_DEED_BACK tokens ("arrested the suspect ... on Sunday",
 * "questioning a man over the attack ... on November 14"), as its token
 * index; SIZE_MAX when none (a date opening its sentence). */
#define DATE_DEED_BACK 20
static size_t date_deed(const np_story *s, const np_analysis *an, const np_sent *se, const np_date_mention *m)
{
    size_t k0 = np_story_token_at(an, m->start);
    for (size_t k = k0; k > se->tok_lo && k0 - k < DATE_DEED_BACK; k--) {
        const np_token *t = &an->tokens[k - 1];
        if (!t->norm || !(t->flags & NP_TOK_WORD) || (t->flags & NP_TOK_CAP) || !(t->flags & NP_TOK_CONTENT) ||
            np_lex_is_speech_verb(t->norm, strlen(t->norm)))
            continue;
        if (verb_form(s, t->norm, strlen(t->norm)))
            return k - 1;
    }
    return SIZE_MAX;
}

/* The two dates date one deed ("arrested ... on Sunday" / "arrested ...
 * on Monday"; the same word or synonyms), or cannot be told apart (no
 * verb before either): alike sentences may date two events ("arrested a
 * man on Sunday" / "questioning a man over the attack on November 14"). */
static int dates_same_event(const np_story *s, int a, const np_sent *A, const np_date_mention *da, int b,
                            const np_sent *B, const np_date_mention *db)
{
    size_t ka = date_deed(s, &s->an[a], A, da), kb = date_deed(s, &s->an[b], B, db);
    if (ka == SIZE_MAX || kb == SIZE_MAX)
        return 1;
    const np_token *ta = &s->an[a].tokens[ka], *tb = &s->an[b].tokens[kb];
    if (ta->stem && tb->stem && strcmp(ta->stem, tb->stem) == 0)
        return 1;
    uint32_t ca = s->tok_term ? s->tok_term[a][ka] : UINT32_MAX, cb = s->tok_term ? s->tok_term[b][kb] : UINT32_MAX;
    return ca != UINT32_MAX && ca == cb;
}

/* Each date is its own document's day of publication or the day around
 * it: two reports of two sittings on their own days ("on June 14" in the
 * paper of June 14, "on June 21" in that of June 21), not one event dated
 * twice. */
/* Document d's day of publication (days since 1970), INT64_MIN when
 * unknown. */
static int64_t pub_day(const np_story *s, int d)
{
    const char *p = s->brief->docs[d].published;
    return p && strlen(p) >= 10 ? day_of(p) : INT64_MIN;
}

static int on_own_day(const np_story *s, int da, int64_t a, int db, int64_t b)
{
    int64_t x = pub_day(s, da), y = pub_day(s, db);
    return x != INT64_MIN && y != INT64_MIN && llabs(a - x) <= 1 && llabs(b - y) <= 1;
}

/* One date lies after its outlet's day of publication (a plan: "will vote
 * on Thursday") and the other on or before its own (what happened: "began
 * on September 7"): two events, not one dated twice.  0 when a day of
 * publication is unknown. */
static int plan_and_past(const np_story *s, int da, int64_t a, int db, int64_t b)
{
    int64_t x = pub_day(s, da), y = pub_day(s, db);
    return x != INT64_MIN && y != INT64_MIN && (a > x) != (b > y);
}

static np_status date_discrepancies(dctx *c, np_u64map *seen)
{
    np_story *s = c->s;
    for (size_t e = 0; e < s->n_edges; e++) {
        const np_edge *ed = &s->edges[e];
        if (ed->sim < DATE_ALIGN_MIN)
            continue;
        const np_sent *A = &s->sents[ed->a], *B = &s->sents[ed->b];
        /* one event: the sentences tell the same thing happening (an event
         * word in common), not only the same people ("13 Russians were
         * indicted on Feb. 16" / "Flynn, who misled officials about his
         * Russian contacts, was fired Feb. 13") */
        if (!np_story_sorted_common(A->ev, A->n_ev, B->ev, B->n_ev))
            continue;
        const np_analysis *aa = &s->an[A->doc], *ab = &s->an[B->doc];
        size_t alo, ahi, blo, bhi;
        RANGE_OF(aa->dates, aa->n_dates, A->start, A->end, alo, ahi);
        RANGE_OF(ab->dates, ab->n_dates, B->start, B->end, blo, bhi);
        if (ahi - alo != 1 || bhi - blo != 1)
            continue; /* several dates in a sentence: which one is which is unclear */
        const np_date_mention *da = &aa->dates[alo], *db = &ab->dates[blo];
        /* a day written out with its weekday ("Friday, April 27, 2031")
         * is how captions and posting lines date a picture or a post, not
         * the event the sentence tells of */
        if (np_date_weekday_len(aa->text, da) || np_date_weekday_len(ab->text, db))
            continue;
        if (da->gran != NP_DATE_DAY || db->gran != NP_DATE_DAY || !da->iso[0] || !db->iso[0])
            continue;
        if ((da->flags | db->flags) & NP_DATE_UNRESOLVED)
            continue;
        /* "tomorrow" against "tomorrow": each outlet's relative date is
         * counted from its own publication day (or, in a quote, from the day
         * the speaker spoke), so two relative dates differing says nothing
         * about the event */
        if (da->flags & db->flags & NP_DATE_RELATIVE)
            continue;
        /* a relative date counts against a written one only when it is
         * anchored: the outlet's own publication date, outside quotes */
        if (((da->flags & NP_DATE_RELATIVE) && !anchored(s, A->doc, da->start)) ||
            ((db->flags & NP_DATE_RELATIVE) && !anchored(s, B->doc, db->start)))
            continue;
        int64_t a0 = day_of(da->iso), b0 = day_of(db->iso);
        int64_t a1 = (da->flags & NP_DATE_RANGE) && da->iso_end[0] ? day_of(da->iso_end) : a0;
        int64_t b1 = (db->flags & NP_DATE_RANGE) && db->iso_end[0] ? day_of(db->iso_end) : b0;
        if (a0 == INT64_MIN || b0 == INT64_MIN || a1 == INT64_MIN || b1 == INT64_MIN)
            continue;
        if (a0 == b0 && a1 == b1)
            continue;
        if (plan_and_past(s, A->doc, a0, B->doc, b0))
            continue;
        /* far-apart dates in similar sentences are usually two events,
         * unless the sentences are told alike (DATE_FAR_ALIGN): "will be
         * heard on June 14 at the Court of Appeal in Ostmarra" / "on June
         * 21 at the Court of Appeal in Ostmarra" */
        int64_t apart = llabs(a0 - b0) > llabs(a1 - b1) ? llabs(a0 - b0) : llabs(a1 - b1);
        if (apart > DATE_FAR_DAYS || (apart > 3 && (ed->sim < DATE_FAR_ALIGN || on_own_day(s, A->doc, a0, B->doc, b0))) ||
            !dates_same_event(s, A->doc, A, da, B->doc, B, db))
            continue;
        char key[96];
        const char *x = da->iso, *y = db->iso;
        char xa[24], ya[24];
        snprintf(xa, sizeof xa, "%s/%s", da->iso, da->iso_end);
        snprintf(ya, sizeof ya, "%s/%s", db->iso, db->iso_end);
        snprintf(key, sizeof key, "d|%s|%s", strcmp(xa, ya) < 0 ? xa : ya, strcmp(xa, ya) < 0 ? ya : xa);
        np_bref items[2];
        int fresh;
        np_status st = pair_refs(s, seen, key, A->doc, da->start, da->end, B->doc, db->start,
                                 db->end, items, &fresh);
        if (st != NP_OK)
            return st;
        if (!fresh)
            continue;
        char what[600];
        snprintf(what, sizeof what, "date of the same event: \"%s\" (%s, %s%s%s) vs \"%s\" (%s, %s%s%s)",
                 items[0].text, s->brief->docs[A->doc].key, x, da->iso_end[0] ? ".." : "", da->iso_end,
                 items[1].text, s->brief->docs[B->doc].key, y, db->iso_end[0] ? ".." : "", db->iso_end);
        char why[600];
        snprintf(why, sizeof why, "The same event is dated differently: %s%s%s (\"%s\") in %s vs %s%s%s (\"%s\") in %s.", x,
                 da->iso_end[0] ? " to " : "", da->iso_end, items[0].text, outlet_name(s, A->doc), y,
                 db->iso_end[0] ? " to " : "", db->iso_end, items[1].text, outlet_name(s, B->doc));
        if ((st = add_disc(c, "date", what, why, items, 2)) != NP_OK)
            return st;
    }
    return NP_OK;
}

/* ------------------------------------------------------- attribution */

/* Demonym → place key.  General table of frequent news nationalities. */
static const char *const demonyms[][2] = {
    {"american", "us"}, {"russian", "russia"}, {"ukrainian", "ukraine"}, {"european", "europe"},
    {"british", "uk"}, {"chinese", "china"}, {"french", "france"}, {"german", "germany"},
    {"italian", "italy"}, {"spanish", "spain"}, {"japanese", "japan"}, {"indian", "india"},
    {"israeli", "israel"}, {"iranian", "iran"}, {"turkish", "turkey"}, {"polish", "poland"},
    {"canadian", "canada"}, {"mexican", "mexico"}, {"brazilian", "brazil"}, {"korean", "korea"},
    {"saudi", "saudi arabia"}, {"syrian", "syria"}, {"iraqi", "iraq"}, {"egyptian", "egypt"},
    {"palestinian", "palestine"}, {"pakistani", "pakistan"}, {"afghan", "afghanistan"},
    {"australian", "australia"}, {"dutch", "netherlands"}, {"swedish", "sweden"},
    {"finnish", "finland"}, {"belarusian", "belarus"}, {"georgian", "georgia"},
    {"hungarian", "hungary"}, {"venezuelan", "venezuela"}, {"qatari", "qatar"},
    {"emirati", "uae"}, {"lebanese", "lebanon"}, {"nigerian", "nigeria"}, {"kenyan", "kenya"},
    {"south african", "south africa"}, {"taiwanese", "taiwan"}, {"vietnamese", "vietnam"},
    {"u.s", "us"}, {"usa", "us"}, {"america", "us"}, {"united states", "us"}, {"britain", "uk"},
    {"kremlin", "russia"}, {"moscow", "russia"}, {"washington", "us"}, {"kyiv", "ukraine"},
    {"beijing", "china"}, {"eu", "europe"}, {"brussels", "europe"},
};

static void owner_key(const char *norm, char out[48])
{
    size_t n = strlen(norm);
    if (n >= 2 && norm[n - 2] == '\'' && norm[n - 1] == 's')
        n -= 2;
    else if (n >= 1 && norm[n - 1] == '\'')
        n -= 1;
    if (n > 47)
        n = 47;
    char w[48];
    memcpy(w, norm, n);
    w[n] = '\0';
    for (size_t i = 0; i < sizeof demonyms / sizeof demonyms[0]; i++)
        if (strcmp(w, demonyms[i][0]) == 0) {
            snprintf(out, 48, "%s", demonyms[i][1]);
            return;
        }
    memcpy(out, w, n + 1);
}

typedef struct owned {
    char key[64];   /* value|unit */
    char owner[48];
    double value;
    char unit[40];
    int doc;
    size_t start, end;
} owned;

static int cmp_owned(const void *x, const void *y)
{
    const owned *a = x, *b = y;
    int c = strcmp(a->key, b->key);
    if (c)
        return c;
    c = strcmp(a->owner, b->owner);
    if (c)
        return c;
    return a->doc - b->doc;
}

/* Only spaces or one hyphen between two byte offsets: same phrase. */
static int joined(const char *t, size_t a, size_t b)
{
    if (b < a || b - a > 3)
        return 0;
    for (size_t i = a; i < b; i++)
        if (t[i] != ' ' && t[i] != '-')
            return 0;
    return 1;
}

static int is_owner_token(np_story *s, const np_analysis *an, const np_token *tk)
{
    if (!(tk->flags & NP_TOK_CAP) || !(tk->flags & NP_TOK_WORD))
        return 0;
    size_t n = tk->end - tk->start;
    const char *w = an->text + tk->start;
    /* acronyms first: "US" is also the function word "us" */
    if ((tk->flags & NP_TOK_ALLCAPS) && n <= 6)
        return 1;
    if (np_lex_is_cap_function_word(w, n) || np_lex_month(w, n) || np_lex_weekday(w, n))
        return 0;
    /* strip a possessive before looking the place up */
    size_t core = n;
    if (core > 3 && (memcmp(w + core - 2, "'s", 2) == 0))
        core -= 2;
    else if (core > 5 && memcmp(w + core - 4, "\xe2\x80\x99s", 4) == 0)
        core -= 4;
    if (np_lex_is_demonym(w, core) || (tk->flags & NP_TOK_ALLCAPS) || np_gazetteer_has(s->gz, w, core))
        return 1;
    char k[48];
    owner_key(tk->norm, k);
    for (size_t i = 0; i < sizeof demonyms / sizeof demonyms[0]; i++)
        if (strcmp(k, demonyms[i][1]) == 0)
            return 1;
    return 0;
}

/* One REF per outlet of the owner run v[lo, hi) appended to items[*ni],
 * while *ni < max. */
static np_status owner_refs(np_story *s, const owned *v, size_t lo, size_t hi, size_t max, np_bref *items,
                            size_t *ni)
{
    int last = -1;
    for (size_t q = lo; q < hi && *ni < max; q++) {
        if (v[q].doc == last)
            continue;
        last = v[q].doc;
        np_status st = np_story_ref(s, v[q].doc, v[q].start, v[q].end, &items[(*ni)++]);
        if (st != NP_OK)
            return st;
    }
    return NP_OK;
}

/* File the minority owner v[a, b) (nd outlets) against the majority owner
 * v[best_lo, best_hi) (best_docs outlets): one REF per outlet of each. */
static np_status report_owner(dctx *c, const owned *v, size_t a, size_t b, size_t nd, size_t best_lo, size_t best_hi,
                              size_t best_docs)
{
    np_bref items[MAX_ITEMS];
    size_t ni = 0;
    np_status st;
    if ((st = owner_refs(c->s, v, a, b, MAX_ITEMS / 2, items, &ni)) != NP_OK ||
        (st = owner_refs(c->s, v, best_lo, best_hi, MAX_ITEMS, items, &ni)) != NP_OK)
        return st;
    char what[400], why[400];
    snprintf(what, sizeof what, "owner of the %g-%s item: \"%s\" in %zu outlet(s) vs \"%s\" in %zu outlet(s)",
             v[a].value, v[a].unit, v[a].owner, nd, v[best_lo].owner, best_docs);
    snprintf(why, sizeof why, "Who the %g-%s item belongs to: \"%s\" in %zu outlet%s vs \"%s\" in %zu outlet%s.",
             v[a].value, v[a].unit, v[a].owner, nd, nd == 1 ? "" : "s", v[best_lo].owner, best_docs,
             best_docs == 1 ? "" : "s");
    return add_disc(c, "attribution", what, why, items, ni);
}

/* End of the run of entries v[a..hi) with v[a]'s owner (sorted by owner,
 * then doc); *nd = the distinct documents in it. */
static size_t owner_run(const owned *v, size_t a, size_t hi, size_t *nd)
{
    size_t b = a;
    int last = -1;
    *nd = 0;
    while (b < hi && strcmp(v[b].owner, v[a].owner) == 0) {
        if (v[b].doc != last)
            ++*nd;
        last = v[b].doc;
        b++;
    }
    return b;
}

static np_status attribution_discrepancies(dctx *c)
{
    np_story *s = c->s;
    owned *v = NULL;
    size_t nv = 0, cap = 0;
    np_status st = NP_OK;
    for (size_t d = 0; d < s->n_docs; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_numbers; k++) {
            const np_number_mention *m = &an->numbers[k];
            if (!m->unit || (m->flags & (NP_NUM_MONEY | NP_NUM_PERCENT)))
                continue;
            /* a compound modifier: digits directly followed by "-word" */
            const char *hy = memchr(an->text + m->start, '-', m->end - m->start);
            if (!hy || hy == an->text + m->start || !isdigit((unsigned char)hy[-1]) ||
                !isalpha((unsigned char)hy[1]))
                continue;
            /* tokens around the mention: up to 3 before, 2 after */
            size_t t0 = 0, h = an->n_tokens;
            while (t0 < h) {
                size_t mid = (t0 + h) / 2;
                if (an->tokens[mid].start < m->start)
                    t0 = mid + 1;
                else
                    h = mid;
            }
            size_t t1 = t0;
            while (t1 < an->n_tokens && an->tokens[t1].start < m->end)
                t1++;
            long owner = -1;
            int n_owners = 0;
            size_t prev_start = m->start;
            for (size_t back = 1; back <= 3 && t0 >= back; back++) {
                const np_token *tk = &an->tokens[t0 - back];
                if (!joined(an->text, tk->end, prev_start))
                    break;
                prev_start = tk->start;
                if (is_owner_token(s, an, tk)) {
                    owner = (long)(t0 - back);
                    n_owners++;
                } else if (tk->flags & NP_TOK_CAP) {
                    break;
                }
            }
            size_t prev_end = m->end, last_end = m->end;
            for (size_t fw = 0; fw < 3 && t1 + fw < an->n_tokens; fw++) {
                const np_token *tk = &an->tokens[t1 + fw];
                if (!joined(an->text, prev_end, tk->start))
                    break;
                prev_end = tk->end;
                if (is_owner_token(s, an, tk)) {
                    if (owner < 0 || (size_t)owner > t1 + fw)
                        owner = (long)(t1 + fw);
                    n_owners++;
                    last_end = tk->end;
                } else if ((tk->flags & NP_TOK_STOP) || (tk->flags & NP_TOK_CAP)) {
                    break;
                } else {
                    /* the head noun phrase; a participle after it ("plan
                     * demanding") starts the predicate */
                    size_t wl = tk->end - tk->start;
                    const char *w = an->text + tk->start;
                    if (last_end > m->end && wl > 4 &&
                        (memcmp(w + wl - 3, "ing", 3) == 0 || memcmp(w + wl - 2, "ed", 2) == 0))
                        break;
                    last_end = tk->end;
                }
            }
            if (n_owners != 1)
                continue;
            if ((st = np_grow((void **)&v, &cap, nv, sizeof *v)) != NP_OK)
                goto done;
            owned *o = &v[nv++];
            snprintf(o->key, sizeof o->key, "%g|%s", m->value, m->unit);
            owner_key(an->tokens[owner].norm, o->owner);
            o->value = m->value;
            snprintf(o->unit, sizeof o->unit, "%s", m->unit);
            o->doc = (int)d;
            o->start = an->tokens[owner].start < m->start ? an->tokens[owner].start : m->start;
            o->end = last_end;
        }
    }
    if (nv > 1)
        qsort(v, nv, sizeof *v, cmp_owned);
    for (size_t lo = 0; lo < nv;) {
        size_t hi = lo;
        while (hi < nv && strcmp(v[hi].key, v[lo].key) == 0)
            hi++;
        /* per owner: distinct docs; the majority owner */
        size_t best_docs = 0, best_lo = lo, best_hi = lo;
        for (size_t a = lo; a < hi;) {
            size_t nd, b = owner_run(v, a, hi, &nd);
            if (nd > best_docs) {
                best_docs = nd;
                best_lo = a;
                best_hi = b;
            }
            a = b;
        }
        if (best_docs >= 2) {
            for (size_t a = lo; a < hi;) {
                size_t nd, b = owner_run(v, a, hi, &nd);
                if (a != best_lo && nd * 2 < best_docs + 1 && (nd == 1 || nd * 3 <= best_docs) &&
                    (st = report_owner(c, v, a, b, nd, best_lo, best_hi, best_docs)) != NP_OK)
                    goto done;
                a = b;
            }
        }
        lo = hi;
    }
done:
    np_free(v);
    return st;
}

/* ------------------------------------- attribution in aligned sentences */

/* A phrase "OWNER's / OWNER-backed / DEMONYM [modifiers] HEAD" ("Russia's
 * peace plan", "US-backed proposal", "the American draft"). */
typedef struct owned_np {
    char owner[48];
    const char *head;  /* stem of the head noun (token stem, in the analysis arena) */
    const char *head_word; /* its normalised word */
    size_t start, end;
} owned_np;

static int is_backing_word(const char *w, size_t n)
{
    static const char *const v[] = {"backed", "proposed", "led", "drafted", "brokered", "sponsored",
                                    "authored", "designed", "drawn", "written", "made"};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        if (strlen(v[i]) == n && strncasecmp(w, v[i], n) == 0)
            return 1;
    return 0;
}

static size_t owned_phrases(np_story *s, const np_analysis *an, const np_sent *se, owned_np *out, size_t max)
{
    size_t n = 0;
    for (uint32_t k = se->tok_lo; k < se->tok_hi && n < max; k++) {
        const np_token *tk = &an->tokens[k];
        if (!is_owner_token(s, an, tk))
            continue;
        const char *w = an->text + tk->start;
        size_t wl = tk->end - tk->start;
        int possessive = (wl > 2 && w[wl - 2] == '\'' && w[wl - 1] == 's') ||
                         (wl > 4 && memcmp(w + wl - 4, "\xe2\x80\x99s", 4) == 0);
        uint32_t h = k + 1;
        size_t prev_end = tk->end;
        if (!possessive && h < se->tok_hi && an->text[tk->end] == '-' &&
            is_backing_word(an->text + an->tokens[h].start, an->tokens[h].end - an->tokens[h].start)) {
            prev_end = an->tokens[h].end;
            h++;
        } else if (!possessive && !np_lex_is_demonym(w, wl) && !(tk->flags & NP_TOK_ALLCAPS)) {
            continue; /* a bare place name before a noun is rarely an owner */
        }
        /* modifiers and head: lower-case words (or number compounds) joined
         * by spaces/hyphens; the head is the last of them */
        long head = -1;
        size_t end = prev_end;
        for (uint32_t q = h; q < se->tok_hi && q < h + 3; q++) {
            const np_token *t = &an->tokens[q];
            if (!joined(an->text, end, t->start) || (t->flags & (NP_TOK_CAP | NP_TOK_STOP)))
                break;
            size_t tl = t->end - t->start;
            const char *tw = an->text + t->start;
            if (head >= 0 && tl > 4 && (memcmp(tw + tl - 3, "ing", 3) == 0 || memcmp(tw + tl - 2, "ed", 2) == 0))
                break;
            if (t->flags & NP_TOK_WORD)
                head = (long)q;
            end = t->end;
        }
        if (head < 0 || !an->tokens[head].stem)
            continue;
        owned_np *o = &out[n++];
        owner_key(tk->norm, o->owner);
        o->head = an->tokens[head].stem;
        o->head_word = an->tokens[head].norm;
        o->start = tk->start;
        o->end = an->tokens[head].end;
    }
    return n;
}

#define MAX_OWNED 16

static np_status compare_owned(dctx *c, np_u64map *seen, const np_sent *A, const owned_np *pa, size_t na,
                               const np_sent *B, const owned_np *pb, size_t nb);

static np_status aligned_attribution(dctx *c, np_u64map *seen)
{
    np_story *s = c->s;
    /* phrases of every sentence, found once: pool[off[i] .. off[i + 1]) */
    size_t S = s->n_sents, cap = 0, used = 0;
    size_t *off = np_malloc((S + 1) * sizeof *off);
    owned_np *pool = NULL, buf[MAX_OWNED];
    np_status st = NP_OK;
    if (!off)
        return NP_ENOMEM;
    for (size_t i = 0; i < S && st == NP_OK; i++) {
        off[i] = used;
        size_t k = owned_phrases(s, &s->an[s->sents[i].doc], &s->sents[i], buf, MAX_OWNED);
        for (size_t q = 0; q < k && st == NP_OK; q++)
            if ((st = np_grow((void **)&pool, &cap, used, sizeof *pool)) == NP_OK)
                pool[used++] = buf[q];
    }
    off[S] = used;
    for (size_t e = 0; e < s->n_edges && st == NP_OK; e++) {
        const np_edge *ed = &s->edges[e];
        size_t na = off[ed->a + 1] - off[ed->a], nb = off[ed->b + 1] - off[ed->b];
        if (ed->sim < ALIGN_MIN || !na || !nb)
            continue;
        const np_sent *A = &s->sents[ed->a], *B = &s->sents[ed->b];
        const owned_np *pa = pool + off[ed->a], *pb = pool + off[ed->b];
        st = compare_owned(c, seen, A, pa, na, B, pb, nb);
    }
    np_free(off);
    np_free(pool);
    return st;
}

/* Heads whose owner can be disputed: authored things (a plan, a draft, a
 * deal).  Stances and parties ("Russia's position" vs "Ukraine's
 * position", "Russian troops" vs "Ukrainian troops") belong to each side in
 * turn; two outlets naming different sides is no conflict. */
static int authored_head(const char *word)
{
    static const char *const v[] = {"plan", "plans", "proposal", "proposals", "draft", "drafts", "deal",
                                    "deals", "agreement", "initiative", "framework", "document", "resolution",
                                    "bill", "text", "offer", "roadmap", "blueprint", "scheme", "treaty",
                                    "memo", "memorandum", "report", "declaration", "accord", "formula",
                                    "package", "programme", "program", "strategy", NULL};
    for (size_t i = 0; word && v[i]; i++)
        if (strcmp(word, v[i]) == 0)
            return 1;
    return 0;
}

static np_status compare_owned(dctx *c, np_u64map *seen, const np_sent *A, const owned_np *pa, size_t na,
                               const np_sent *B, const owned_np *pb, size_t nb)
{
    np_story *s = c->s;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++) {
            if (strcmp(pa[i].head, pb[j].head) != 0 || strcmp(pa[i].owner, pb[j].owner) == 0 ||
                !authored_head(pa[i].head_word))
                continue;
            /* both owners named in both sentences: a comparison, not a conflict */
            int both = 0;
            for (size_t q = 0; q < nb && !both; q++)
                both = strcmp(pb[q].owner, pa[i].owner) == 0 && strcmp(pb[q].head, pa[i].head) == 0;
            for (size_t q = 0; q < na && !both; q++)
                both = strcmp(pa[q].owner, pb[j].owner) == 0 && strcmp(pa[q].head, pb[j].head) == 0;
            if (both)
                continue;
            char key[160];
            int lt = strcmp(pa[i].owner, pb[j].owner) < 0;
            snprintf(key, sizeof key, "a|%.60s|%.47s|%.47s", pa[i].head, lt ? pa[i].owner : pb[j].owner,
                     lt ? pb[j].owner : pa[i].owner);
            np_bref items[2];
            int fresh;
            np_status st = pair_refs(s, seen, key, A->doc, pa[i].start, pa[i].end, B->doc,
                                     pb[j].start, pb[j].end, items, &fresh);
            if (st != NP_OK)
                return st;
            if (!fresh)
                continue;
            char what[600];
            snprintf(what, sizeof what, "attributed differently: \"%s\" (%s) vs \"%s\" (%s)", items[0].text,
                     s->brief->docs[A->doc].key, items[1].text, s->brief->docs[B->doc].key);
            char why[600];
            snprintf(why, sizeof why, "The %s is attributed to %s in %s but to %s in %s.", pa[i].head_word, pa[i].owner,
                     outlet_name(s, A->doc), pb[j].owner, outlet_name(s, B->doc));
            if ((st = add_disc(c, "attribution", what, why, items, 2)) != NP_OK)
                return st;
    }
    return NP_OK;
}

/* ----------------------------------- a speaker's figure, the outlet's */

#define OWN_RATIO 1.5 /* a misstated figure is near the true one */

/* Sentences A and B share an event word that is not the counted noun of
 * either figure ("We paid $2.3 billion" / "the $2.2 billion the Republic
 * of Ostria paid"). */
static int shared_deed(const np_story *s, const np_sent *A, const np_sent *B, const np_number_mention *ma,
                       const np_number_mention *mb)
{
    return shares_event_besides(A, B, unit_class(s, ma), unit_class(s, mb));
}

/* One article quoting a figure and stating another in its own voice: the
 * speaker's "We paid $2.3 billion" against the outlet's "the $2.2 billion
 * the Republic of Ostria paid".  Same unit, values apart but near (OWN_RATIO),
 * one deed (shared_deed); the quoted sentence does not also state the
 * outlet's figure. */
static np_status quoted_vs_own(dctx *c, np_u64map *seen)
{
    np_story *s = c->s;
    np_status st = NP_OK;
    for (size_t d = 0; d < s->n_docs && st == NP_OK; d++) {
        const np_analysis *an = &s->an[d];
        if (!an->n_quotes)
            continue;
        for (size_t i = 0; i < an->n_numbers && st == NP_OK; i++) {
            const np_number_mention *q = &an->numbers[i];
            const char *uq = np_number_unit(q);
            long sq = np_story_sent_at(s, (int)d, q->start);
            if (!uq || sq < 0 || !np_quote_at(an->quotes, an->n_quotes, q->start))
                continue;
            for (size_t k = 0; k < an->n_numbers && st == NP_OK; k++) {
                const np_number_mention *o = &an->numbers[k];
                const char *uo = np_number_unit(o);
                long so = np_story_sent_at(s, (int)d, o->start);
                if (k == i || !uo || so < 0 || so == sq || np_quote_at(an->quotes, an->n_quotes, o->start) ||
                    !units_kin(c, uq, uo))
                    continue;
                double vq = fabs(q->value), vo = fabs(o->value);
                if (fmin(vq, vo) <= 0 || fmax(vq, vo) > OWN_RATIO * fmin(vq, vo))
                    continue;
                const np_sent *Q = &s->sents[sq], *O = &s->sents[so];
                const np_token *about = NULL;
                if (!shared_deed(s, Q, O, q, o) ||
                    !same_referent(c, (int)d, Q, q, (int)d, O, o, &about, 0))
                    continue;
                char key[160];
                snprintf(key, sizeof key, "o|%zu|%s|%g|%g", d, class_name(c, uq), fmin(q->value, o->value),
                         fmax(q->value, o->value));
                np_bref items[2];
                int fresh;
                st = pair_refs(s, seen, key, (int)d, Q->start, Q->end, (int)d, O->start, O->end, items, &fresh);
                if (st != NP_OK || !fresh)
                    continue;
                char vq_s[64], vo_s[64], what[600], why[600];
                snprintf(vq_s, sizeof vq_s, "%.*s", (int)(q->end - stated_start(an, q)), an->text + stated_start(an, q));
                snprintf(vo_s, sizeof vo_s, "%.*s", (int)(o->end - stated_start(an, o)), an->text + stated_start(an, o));
                snprintf(what, sizeof what, "quoted figure vs the outlet's own (%s): \"%s\" vs \"%s\" (%s)",
                         unit_label(c, uq, uo), vq_s, vo_s, s->brief->docs[d].key);
                const np_quote *qq = np_quote_at(an->quotes, an->n_quotes, q->start);
                const char *who = qq && qq->speaker ? qq->speaker : "a speaker";
                snprintf(why, sizeof why, "%s quotes %s saying \"%s\" but itself gives \"%s\" for the same thing.",
                         outlet_name(s, (int)d), who, vq_s, vo_s);
                st = add_disc(c, "number", what, why, items, 2);
            }
        }
    }
    return st;
}

/* ---------------------------------------- will it happen or will it not */

/* "Dorn will meet the Duchess" / "he is expected to meet the duchess" against
 * "he is unlikely to meet Duchess Maren of Vell": one actor, one action on one
 * thing, expected by some outlets and not by another. */
#define EXPECT_OBJ 3

typedef struct expect {
    int doc;
    size_t sent;
    long actor;         /* person cluster of the subject */
    const char *name;   /* its display name */
    const char *verb;   /* the action, as written ("meet") */
    const char *object[EXPECT_OBJ]; /* words of what it is done to */
    size_t n_object;
    int yes;            /* 1 expected, 0 expected not to happen */
} expect;

#define EXPECT_REACH 16 /* tokens from the marker to a coordinated "and to V" */

static int tok_is_w(const np_analysis *an, size_t k, size_t hi, const char *w)
{
    return k < hi && an->tokens[k].norm && strcmp(an->tokens[k].norm, w) == 0;
}

/* A marker of expectation at token k: returns the token of its "to" or of
 * "will" (the action follows), *yes its polarity; 0 when none. */
static size_t expect_marker(const np_analysis *an, size_t k, size_t lo, size_t hi, int *yes)
{
    const char *w = an->tokens[k].norm;
    if (!w)
        return 0;
    int neg_before = k > lo && (tok_is_w(an, k - 1, hi, "not") || tok_is_w(an, k - 1, hi, "never") ||
                                tok_is_w(an, k - 1, hi, "no"));
    if (!strcmp(w, "will") || !strcmp(w, "won't") || !strcmp(w, "won\xe2\x80\x99t")) {
        int neg = strcmp(w, "will") != 0 || tok_is_w(an, k + 1, hi, "not") || tok_is_w(an, k + 1, hi, "never");
        *yes = !neg;
        return neg && !strcmp(w, "will") ? k + 1 : k;
    }
    if ((!strcmp(w, "unlikely") || !strcmp(w, "likely") || !strcmp(w, "expected") || !strcmp(w, "set") ||
         !strcmp(w, "scheduled") || !strcmp(w, "due") || !strcmp(w, "poised")) &&
        tok_is_w(an, k + 1, hi, "to")) {
        /* "set to" and "due to" only after a form of "be" ("is set to meet") */
        if ((!strcmp(w, "set") || !strcmp(w, "due")) &&
            !(k > lo && (tok_is_w(an, k - 1, hi, "is") || tok_is_w(an, k - 1, hi, "are") ||
                         tok_is_w(an, k - 1, hi, "was") || tok_is_w(an, k - 1, hi, "were"))))
            return 0;
        *yes = strcmp(w, "unlikely") != 0 && !neg_before;
        return k + 1;
    }
    return 0;
}

/* The verb right after token k (an adverb may stand between), or hi. */
static size_t action_after(const np_story *s, const np_analysis *an, size_t k, size_t hi)
{
    for (size_t j = k + 1; j < hi && j <= k + 2; j++) {
        const np_token *t = &an->tokens[j];
        if (!(t->flags & NP_TOK_WORD) || (t->flags & NP_TOK_CAP) || !t->norm || !t->stem)
            return hi;
        if (s->wn && np_wn_is_verb(s->wn, t->norm, strlen(t->norm)) && strcmp(t->norm, "not") != 0 &&
            strcmp(t->norm, "be") != 0 && strcmp(t->norm, "have") != 0)
            return j;
        if (!np_lex_is_ly_adverb(t->norm, strlen(t->norm)))
            return hi;
    }
    return hi;
}

/* The words of the thing acted on: the content words of the phrase after
 * token v ("the new bridge" → new, bridge; "Queen Elizabeth II"), up to
 * EXPECT_OBJ of them, stopping at a function word after the first, or at
 * punctuation.  Returns the count. */
static size_t object_after(const np_analysis *an, size_t v, size_t hi, const char **out)
{
    size_t n = 0;
    for (size_t j = v + 1; j < hi && j <= v + 5 && n < EXPECT_OBJ; j++) {
        const np_token *t = &an->tokens[j];
        const char *gap = an->text + an->tokens[j - 1].end;
        for (size_t g = 0; g < t->start - an->tokens[j - 1].end; g++)
            if (gap[g] == ',' || gap[g] == ';' || gap[g] == '.')
                return n;
        if ((t->flags & NP_TOK_CONTENT) && (t->flags & NP_TOK_WORD) && t->norm)
            out[n++] = t->norm;
        else if (n)
            break;
    }
    return n;
}

/* The person the clause before token k is about: the last person named
 * before it in its sentence, else (a "he"/"she" subject) the last person
 * named before the sentence. */
static long subject_person(const np_story *s, int d, const np_sent *se, size_t k, const char **name)
{
    const np_analysis *an = &s->an[d];
    size_t at = an->tokens[k].start;
    long last = -1, before = -1;
    const char *last_name = NULL, *before_name = NULL;
    for (size_t e = 0; e < an->n_ents && an->ents[e].start < at; e++) {
        if (an->ents[e].type != NP_ENT_PERSON)
            continue;
        long ei = np_entity_linker_lookup(s->lk, d, an->ents[e].start);
        if (ei < 0)
            continue;
        if (an->ents[e].start >= se->start) {
            last = (long)s->ent_group[ei];
            last_name = s->ent_name[ei];
        } else {
            before = (long)s->ent_group[ei];
            before_name = s->ent_name[ei];
        }
    }
    if (last >= 0) {
        *name = last_name;
        return last;
    }
    for (size_t j = k; j > se->tok_lo && j + 4 > k; j--)
        if (tok_is_w(an, j - 1, se->tok_hi, "he") || tok_is_w(an, j - 1, se->tok_hi, "she")) {
            *name = before_name;
            return before;
        }
    return -1;
}

static np_status add_expect(np_story *s, int d, size_t si, size_t k, size_t v, int yes, expect **v_out, size_t *n,
                            size_t *cap)
{
    const np_analysis *an = &s->an[d];
    const np_sent *se = &s->sents[si];
    expect x = {.doc = d, .sent = si, .verb = an->tokens[v].norm, .yes = yes};
    x.n_object = object_after(an, v, se->tok_hi, x.object);
    x.actor = subject_person(s, d, se, k, &x.name);
    if (!x.n_object || x.actor < 0)
        return NP_OK;
    np_status st = np_grow((void **)v_out, cap, *n, sizeof **v_out);
    if (st == NP_OK)
        (*v_out)[(*n)++] = x;
    return st;
}

static np_status collect_expectations(np_story *s, expect **out, size_t *n_out)
{
    expect *v = NULL;
    size_t n = 0, cap = 0;
    np_status st = NP_OK;
    for (size_t si = 0; si < s->n_sents && st == NP_OK; si++) {
        const np_sent *se = &s->sents[si];
        const np_analysis *an = &s->an[se->doc];
        if (se->no_fact)
            continue;
        for (size_t k = se->tok_lo; k < se->tok_hi && st == NP_OK; k++) {
            int yes;
            size_t m = expect_marker(an, k, se->tok_lo, se->tok_hi, &yes);
            if (!m || np_quote_at(an->quotes, an->n_quotes, an->tokens[k].start))
                continue;
            size_t vtok = action_after(s, an, m, se->tok_hi);
            if (vtok >= se->tok_hi)
                continue;
            st = add_expect(s, se->doc, si, k, vtok, yes, &v, &n, &cap);
            /* "expected to shake hands with X and to meet the queen" */
            for (size_t j = vtok + 1; j + 1 < se->tok_hi && j < m + EXPECT_REACH && st == NP_OK; j++)
                if (tok_is_w(an, j, se->tok_hi, "and") && tok_is_w(an, j + 1, se->tok_hi, "to")) {
                    size_t v2 = action_after(s, an, j + 1, se->tok_hi);
                    if (v2 < se->tok_hi)
                        st = add_expect(s, se->doc, si, k, v2, yes, &v, &n, &cap);
                    break;
                }
            k = vtok;
        }
    }
    if (st != NP_OK) {
        np_free(v);
        return st;
    }
    *out = v;
    *n_out = n;
    return NP_OK;
}

/* One action of one person on one thing (a word of the object in common). */
static int same_act(const expect *a, const expect *b)
{
    if (a->actor != b->actor || strcmp(a->verb, b->verb) != 0)
        return 0;
    for (size_t i = 0; i < a->n_object; i++)
        for (size_t j = 0; j < b->n_object; j++)
            if (strcmp(a->object[i], b->object[j]) == 0)
                return 1;
    return 0;
}

static int cmp_expect(const void *x, const void *y)
{
    const expect *a = x, *b = y;
    if (a->actor != b->actor)
        return a->actor < b->actor ? -1 : 1;
    int c = strcmp(a->verb, b->verb);
    return c ? c : a->doc - b->doc;
}

static np_status expectation_discrepancies(dctx *c, np_u64map *seen)
{
    np_story *s = c->s;
    expect *v = NULL;
    size_t n = 0;
    np_status st = collect_expectations(s, &v, &n);
    if (st == NP_OK && n > 1)
        qsort(v, n, sizeof *v, cmp_expect);
    /* one person and one verb at a time */
    for (size_t lo = 0, hi; lo < n && st == NP_OK; lo = hi) {
        for (hi = lo + 1; hi < n && v[hi].actor == v[lo].actor && !strcmp(v[hi].verb, v[lo].verb); hi++)
            ;
        size_t cap = hi - lo > FIG_MAX_PER_UNIT ? lo + FIG_MAX_PER_UNIT : hi; /* pairs stay bounded */
        for (size_t i = lo; i < cap && st == NP_OK; i++)
            for (size_t j = lo; j < cap && st == NP_OK; j++) {
                const expect *no = &v[i], *yes = &v[j];
                if (no->yes || !yes->yes || no->doc == yes->doc || !same_act(no, yes))
                    continue;
                /* the "no" outlet does not also expect it elsewhere */
                int also = 0;
                for (size_t k = lo; k < cap && !also; k++)
                    also = v[k].doc == no->doc && v[k].yes && same_act(&v[k], no);
                if (also)
                    continue;
                const np_sent *A = &s->sents[no->sent], *B = &s->sents[yes->sent];
                char key[200];
                snprintf(key, sizeof key, "x|%ld|%.60s|%.60s", no->actor, no->verb, no->object[0]);
                np_bref items[2];
                int fresh;
                st = pair_refs(s, seen, key, no->doc, A->start, A->end, yes->doc, B->start, B->end, items, &fresh);
                if (st != NP_OK || !fresh)
                    continue;
                const char *who = no->name ? no->name : "the same person";
                char obj[160] = "";
                for (size_t k = 0; k < no->n_object; k++)
                    snprintf(obj + strlen(obj), sizeof obj - strlen(obj), "%s%s", k ? " " : "", no->object[k]);
                char what[400], why[400];
                snprintf(what, sizeof what, "whether %s will %s %s: not expected in %s vs expected in %s", who,
                         no->verb, obj, s->brief->docs[no->doc].key, s->brief->docs[yes->doc].key);
                snprintf(why, sizeof why, "Whether %s will %s %s: %s says not, %s says so.", who, no->verb, obj,
                         outlet_name(s, no->doc), outlet_name(s, yes->doc));
                st = add_disc(c, "contradiction", what, why, items, 2);
            }
    }
    np_free(v);
    return st;
}

/* ------------------------------------------ said so against said not */

/* "The Sarn bridge was not damaged" / "engineers said the bridge over the
 * Sarn river was damaged": one thing, one action, stated plainly by one
 * outlet and negated by another (np_sent.pol; the stances of
 * compare/stance.h).  The alignment never pairs them (a polarity clash is
 * no agreement), so without this the brief shows each side apart, or
 * neither, and a reader sees no disagreement. */
#define STANCE_MAX_PER_VERB 128 /* stances of one action compared, in huge stories */
#define STANCE_PHRASE 140       /* bytes of the words quoted in the explanation */

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

/* The actions some sentence of the story states negated, ascending: only
 * they can have two sides, and reading every sentence's every action for
 * a stance would cost far more. */
static np_status negated_actions(np_story *s, uint32_t **out, size_t *n_out)
{
    uint32_t *v = NULL;
    size_t n = 0, cap = 0;
    for (uint32_t si = 0; si < s->n_sents; si++) {
        const np_sent *se = &s->sents[si];
        for (uint32_t p = 0; p < se->n_pol; p++)
            if ((se->pol[p] & 1) && !se->no_fact) {
                if (np_grow((void **)&v, &cap, n, sizeof *v) != NP_OK) {
                    np_free(v);
                    return NP_ENOMEM;
                }
                v[n++] = se->pol[p] >> 1;
            }
    }
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_u32);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (!u || v[u - 1] != v[i])
            v[u++] = v[i];
    *out = v;
    *n_out = u;
    return NP_OK;
}

static np_status collect_stances(np_story *s, np_stance **out, size_t *n_out)
{
    np_stance *v = NULL;
    size_t n = 0, cap = 0;
    uint32_t *negs = NULL;
    size_t n_negs = 0;
    np_status st = negated_actions(s, &negs, &n_negs);
    for (uint32_t si = 0; si < s->n_sents && st == NP_OK && n_negs; si++) {
        const np_sent *se = &s->sents[si];
        if (se->no_fact || !se->n_pol)
            continue;
        for (uint32_t p = 0; p < se->n_pol && st == NP_OK; p++) {
            uint32_t t = se->pol[p] >> 1;
            int neg = se->pol[p] & 1;
            if (np_story_sorted_index(negs, (uint32_t)n_negs, t) < 0)
                continue;
            /* the first token of the action (a verb of speaking's "@"
             * term has none and is left to the attribution checks) */
            uint32_t k = np_stance_token(s, si, t);
            np_stance x;
            if (k >= se->tok_hi || !np_stance_read(s, s->frames, si, k, t, neg, &x))
                continue;
            if ((st = np_grow((void **)&v, &cap, n, sizeof *v)) == NP_OK)
                v[n++] = x;
        }
    }
    np_free(negs);
    if (st != NP_OK) {
        np_free(v);
        return st;
    }
    *out = v;
    *n_out = n;
    return NP_OK;
}

static int cmp_stance(const void *x, const void *y)
{
    const np_stance *a = x, *b = y;
    if (a->verb != b->verb)
        return a->verb < b->verb ? -1 : 1;
    if (a->doc != b->doc)
        return a->doc - b->doc;
    return a->sent < b->sent ? -1 : a->sent > b->sent;
}

#define SENTENCE_DATES 8 /* dates of a sentence compared, at most */

/* What sentence se's resolved dates name: days (by_day: day dates only,
 * as day numbers) or years (a range's end year too), up to SENTENCE_DATES
 * in out; the count. */
static size_t sentence_dates(const np_story *s, const np_sent *se, int by_day, int64_t out[SENTENCE_DATES])
{
    const np_analysis *an = &s->an[se->doc];
    size_t n = 0;
    for (size_t k = 0; k < an->n_dates && n < SENTENCE_DATES; k++) {
        const np_date_mention *m = &an->dates[k];
        if (m->start < se->start || m->end > se->end || !m->iso[0] || (m->flags & NP_DATE_UNRESOLVED) ||
            (by_day && m->gran != NP_DATE_DAY))
            continue;
        if (by_day) {
            int64_t d = day_of(m->iso);
            if (d != INT64_MIN)
                out[n++] = d;
        } else {
            out[n++] = atoi(m->iso);
            if (m->iso_end[0] && n < SENTENCE_DATES)
                out[n++] = atoi(m->iso_end);
        }
    }
    return n;
}

static int none_in_common(const int64_t *a, size_t na, const int64_t *b, size_t nb)
{
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (a[i] == b[j])
                return 0;
    return 1;
}

/* Both sentences date their telling to days and none is common ("The
 * airport was not closed on Monday" / "was closed on Wednesday"): two
 * moments, not two accounts of one. */
static int days_apart(const np_story *s, uint32_t a, uint32_t b)
{
    int64_t da[SENTENCE_DATES], db[SENTENCE_DATES];
    size_t na = sentence_dates(s, &s->sents[a], 1, da), nb = sentence_dates(s, &s->sents[b], 1, db);
    return na && nb && none_in_common(da, na, db, nb);
}

/* The two sentences are dated to different years ("In 2003, the
 * administration imposed similar rules" / "declined a day earlier to
 * impose them"): two deeds, not two accounts of one.  A sentence naming no
 * year is dated by its document's publication, else by the story's latest
 * publication year (news_year; 0: none): news tells of its own time unless
 * it says otherwise. */
static int years_apart(const np_story *s, uint32_t a, uint32_t b, int news_year)
{
    int64_t ya[SENTENCE_DATES], yb[SENTENCE_DATES];
    size_t na = sentence_dates(s, &s->sents[a], 0, ya), nb = sentence_dates(s, &s->sents[b], 0, yb);
    const char *ra = s->ref_date ? s->ref_date[s->sents[a].doc] : NULL;
    const char *rb = s->ref_date ? s->ref_date[s->sents[b].doc] : NULL;
    if (!na)
        ya[na++] = ra && strlen(ra) >= 4 ? atoi(ra) : news_year;
    if (!nb)
        yb[nb++] = rb && strlen(rb) >= 4 ? atoi(rb) : news_year;
    return ya[0] && yb[0] && none_in_common(ya, na, yb, nb);
}

/* Doc also states the action on that theme with polarity neg somewhere in
 * v[lo, hi): it tells both sides (a denial it reports, then the finding). */
static int also_states(const np_story *s, const np_stance *v, size_t lo, size_t hi, const np_stance *x, int doc, int neg)
{
    for (size_t i = lo; i < hi; i++)
        if (v[i].doc == doc && v[i].neg == neg && np_stance_one_theme(s, &v[i], x))
            return 1;
    return 0;
}

static np_status report_opposites(dctx *c, np_u64map *seen, const np_stance *no, const np_stance *yes)
{
    np_story *s = c->s;
    const np_sent *A = &s->sents[no->sent], *B = &s->sents[yes->sent];
    char key[64];
    snprintf(key, sizeof key, "o|%u|%u|%u", no->verb, no->passive && !no->nominal ? no->head : yes->head,
             no->expected);
    np_bref items[2];
    int fresh;
    np_status st = pair_refs(s, seen, key, no->doc, A->start, A->end, yes->doc, B->start, B->end, items, &fresh);
    if (st != NP_OK || !fresh)
        return st;
    char words[STANCE_PHRASE], what[400], why[400];
    np_stance_words(s, yes, words, sizeof words);
    snprintf(what, sizeof what, "whether %s: not in %s vs so in %s", words, s->brief->docs[no->doc].key,
             s->brief->docs[yes->doc].key);
    /* the dates when they differ: a later report may tell what changed */
    const char *pa = s->brief->docs[no->doc].published, *pb = s->brief->docs[yes->doc].published;
    char da[16] = "", db[16] = "";
    if (pa && pb && strlen(pa) >= 10 && strlen(pb) >= 10 && strncmp(pa, pb, 10) != 0) {
        snprintf(da, sizeof da, " (%.10s)", pa);
        snprintf(db, sizeof db, " (%.10s)", pb);
    }
    snprintf(why, sizeof why, "Whether %s: %s%s says not, %s%s says so.", words, outlet_name(s, no->doc), da,
             outlet_name(s, yes->doc), db);
    return add_disc(c, "contradiction", what, why, items, 2);
}

/* A pair of opposed sentences (lo << 32 | hi) and the action they oppose
 * on. */
typedef struct opposed_pair {
    uint64_t key;
    uint32_t verb;
} opposed_pair;

static int cmp_opposed(const void *x, const void *y)
{
    const opposed_pair *a = x, *b = y;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->verb < b->verb ? -1 : a->verb > b->verb;
}

/* s->opposed and s->opposed_verb from the pairs found (pairs[0..n), any
 * order; freed). */
static np_status keep_opposed(np_story *s, opposed_pair *pairs, size_t n)
{
    if (!n) {
        np_free(pairs);
        return NP_OK;
    }
    qsort(pairs, n, sizeof *pairs, cmp_opposed);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (!u || cmp_opposed(&pairs[u - 1], &pairs[i]) != 0)
            pairs[u++] = pairs[i];
    s->opposed = np_arena_alloc(&s->work, u * sizeof *s->opposed);
    s->opposed_verb = np_arena_alloc(&s->work, u * sizeof *s->opposed_verb);
    if (s->opposed && s->opposed_verb) {
        for (size_t i = 0; i < u; i++) {
            s->opposed[i] = pairs[i].key;
            s->opposed_verb[i] = pairs[i].verb;
        }
        s->n_opposed = u;
    }
    np_free(pairs);
    return s->opposed && s->opposed_verb ? NP_OK : NP_ENOMEM;
}

static np_status opposite_statements(dctx *c, np_u64map *seen)
{
    np_story *s = c->s;
    if (!s->frames)
        return NP_OK;
    /* the news's year: its latest publication's (a year the story names
     * ahead, "by 2035", is none) */
    int news_year = 0;
    for (size_t d = 0; d < s->n_docs; d++) {
        const char *r = s->ref_date ? s->ref_date[d] : NULL;
        if (r && strlen(r) >= 4 && atoi(r) > news_year)
            news_year = atoi(r);
    }
    np_stance *v = NULL;
    opposed_pair *pairs = NULL;
    size_t n = 0, n_pairs = 0, cap_pairs = 0;
    np_status st = collect_stances(s, &v, &n);
    if (st == NP_OK && n > 1)
        qsort(v, n, sizeof *v, cmp_stance);
    for (size_t lo = 0, hi; lo < n && st == NP_OK; lo = hi) {
        for (hi = lo + 1; hi < n && v[hi].verb == v[lo].verb; hi++)
            ;
        size_t end = hi - lo > STANCE_MAX_PER_VERB ? lo + STANCE_MAX_PER_VERB : hi;
        for (size_t i = lo; i < end && st == NP_OK; i++) {
            if (!v[i].neg)
                continue;
            for (size_t j = lo; j < end && st == NP_OK; j++) {
                const np_stance *no = &v[i], *yes = &v[j];
                if (yes->neg || no->doc == yes->doc || !np_stance_one_theme(s, no, yes) || years_apart(s, no->sent, yes->sent, news_year) || days_apart(s, no->sent, yes->sent) ||
                    (s->copy_root && s->copy_root[no->doc] == s->copy_root[yes->doc]) ||
                    also_states(s, v, lo, end, no, no->doc, 0) || also_states(s, v, lo, end, yes, yes->doc, 1))
                    continue;
                st = report_opposites(c, seen, no, yes);
                if (st == NP_OK && (st = np_grow((void **)&pairs, &cap_pairs, n_pairs, sizeof *pairs)) == NP_OK)
                    pairs[n_pairs++] = (opposed_pair){no->sent < yes->sent ? (uint64_t)no->sent << 32 | yes->sent
                                                                           : (uint64_t)yes->sent << 32 | no->sent,
                                                      no->verb};
            }
        }
    }
    np_free(v);
    if (st != NP_OK) {
        np_free(pairs);
        return st;
    }
    return keep_opposed(s, pairs, n_pairs);
}

/* ------------------------------------------ who said the same words */

#define QA_MIN_TERMS 6      /* a statement, not a slogan or a phrase ... */
#define QA_SHORT_TERMS 3    /* ... unless quoted word for word: then this many words suffice */
#define QA_OVERLAP 0.8      /* share of the shorter quote's words */
#define QA_MAX_QUOTES 4096  /* quotes compared, in huge stories */

typedef struct qspeech {
    int doc;
    const np_quote *q;
    long who;          /* person cluster of the speaker, or -1 */
    uint32_t *terms;   /* the quote's content terms, sorted, unique */
    uint32_t n_terms;
} qspeech;

/* The quote's speaker is a named person, found in the text (not from a
 * pronoun); its person cluster in *who (-1 when not linked). */
static int named_person(const np_story *s, int d, const np_quote *q, long *who)
{
    const np_analysis *an = &s->an[d];
    if (!q->speaker || q->by_pronoun || q->by_group || q->is_short || q->speaker_mention < 0 ||
        (size_t)q->speaker_mention >= an->n_ents || an->ents[q->speaker_mention].type != NP_ENT_PERSON)
        return 0;
    long ei = np_entity_linker_lookup(s->lk, d, an->ents[q->speaker_mention].start);
    *who = ei >= 0 ? (long)s->ent_group[ei] : -1;
    return 1;
}

/* Last word of a name, for comparing unlinked speakers ("Flores"). */
static void surname(const char *name, char out[64])
{
    const char *sp = strrchr(name, ' ');
    snprintf(out, 64, "%s", sp ? sp + 1 : name);
}

/* The sentences holding the quote and its attribution. */
static void quote_span(const np_story *s, int d, const np_quote *q, size_t *a, size_t *b)
{
    size_t lo = q->start, hi = q->end;
    /* the speaker's name with it when it stands beside the quotation (its
     * sentence or the one before), not a mention paragraphs back that a
     * pronoun or a surname was resolved to */
    long qs = np_story_sent_at(s, d, q->start), ns = q->speaker_end > q->speaker_start
                                                         ? np_story_sent_at(s, d, q->speaker_start)
                                                         : -1;
    if (ns >= 0 && qs >= 0 && ns + 1 >= qs && ns <= qs + 1) {
        lo = q->start < q->speaker_start ? q->start : q->speaker_start;
        hi = q->end > q->speaker_end ? q->end : q->speaker_end;
    }
    long s0 = np_story_sent_at(s, d, lo), s1 = np_story_sent_at(s, d, hi ? hi - 1 : 0);
    *a = s0 >= 0 ? s->sents[s0].start : lo;
    *b = s1 >= 0 ? s->sents[s1].end : hi;
}

/* Speaker x's surname named in the attribution text of the other quote
 * ("A and B said in a joint statement"): both named, no conflict. */
static int names_other(const np_story *s, int d, const np_quote *q, const char *other)
{
    char sn[64];
    surname(other, sn);
    size_t a, b;
    quote_span(s, d, q, &a, &b);
    size_t l = strlen(sn);
    return l >= 2 && memmem(s->an[d].text + a, b - a, sn, l) != NULL;
}

static np_status collect_speeches(np_story *s, qspeech **out, size_t *n_out)
{
    qspeech *v = NULL;
    size_t n = 0, cap = 0;
    np_status st = NP_OK;
    for (size_t d = 0; d < s->n_docs && st == NP_OK && n < QA_MAX_QUOTES; d++) {
        const np_analysis *an = &s->an[d];
        for (size_t k = 0; k < an->n_quotes && st == NP_OK && n < QA_MAX_QUOTES; k++) {
            const np_quote *q = &an->quotes[k];
            long who;
            if (!named_person(s, (int)d, q, &who))
                continue;
            size_t t0 = np_story_token_at(an, q->start), t1 = np_story_token_at(an, q->end), nt = 0;
            uint32_t *terms = np_arena_alloc(&s->work, (t1 > t0 ? t1 - t0 : 1) * sizeof *terms);
            if (!terms) {
                st = NP_ENOMEM;
                break;
            }
            for (size_t t = t0; t < t1; t++)
                if (s->tok_term[d][t] != UINT32_MAX)
                    terms[nt++] = s->tok_term[d][t];
            qsort(terms, nt, sizeof *terms, cmp_u32);
            size_t u = 0;
            for (size_t i = 0; i < nt; i++)
                if (!u || terms[u - 1] != terms[i])
                    terms[u++] = terms[i];
            if (u < QA_SHORT_TERMS || (st = np_grow((void **)&v, &cap, n, sizeof *v)) != NP_OK)
                continue;
            v[n++] = (qspeech){(int)d, q, who, terms, (uint32_t)u};
        }
    }
    if (st != NP_OK) {
        np_free(v);
        return st;
    }
    *out = v;
    *n_out = n;
    return NP_OK;
}

static double term_overlap(const qspeech *a, const qspeech *b)
{
    uint32_t both = np_story_sorted_common(a->terms, a->n_terms, b->terms, b->n_terms);
    uint32_t m = a->n_terms < b->n_terms ? a->n_terms : b->n_terms;
    return m ? (double)both / m : 0;
}

/* One statement, two speakers: outlets quote the same words (most of them)
 * but name different people as saying them ("..., said X, director of
 * field operations" / "..., Commissioner Y said in a statement"). */
/* Two speakers' same words are no misattribution when either sentence
 * says, outside the quotation, that the words were reused: a verb of
 * reuse and a noun of wording ("in language that echoed ...", "repeating
 * the wording ..."; not "after repeated complaints").  The sentences
 * holding the quotations at a0 (doc da) and b0 (doc db).  Measured: two
 * statements dated to different days are not enough (a speaker's words
 * given to another by the next day's paper, "today" in each, are the
 * misattribution this section is for). */
static int words_reused(const np_story *s, int da, size_t a0, int db, size_t b0)
{
    static const char *const reuse[] = {"borrowing", "echoed", "echoes", "echoing", "mirrored", "mirroring",
                                        "repeated", "repeating", "repeats", NULL};
    static const char *const wording[] = {"formula", "language", "phrase", "phrasing", "wording", "words", NULL};
    long sa = np_story_sent_at(s, da, a0), sb = np_story_sent_at(s, db, b0);
    if (sa < 0 || sb < 0)
        return 0;
    for (int side = 0; side < 2; side++) {
        const np_sent *se = &s->sents[side ? sb : sa];
        const np_analysis *an = &s->an[se->doc];
        int verb = 0, noun = 0;
        for (uint32_t k = se->tok_lo; k < se->tok_hi && k < an->n_tokens; k++) {
            const char *w = an->tokens[k].norm;
            if (!w || np_quote_at(an->quotes, an->n_quotes, an->tokens[k].start))
                continue;
            verb |= np_lex_word_in(w, reuse);
            noun |= np_lex_word_in(w, wording);
        }
        if (verb && noun)
            return 1;
    }
    return 0;
}

static np_status quote_attribution(dctx *c, np_u64map *seen)
{
    np_story *s = c->s;
    qspeech *v = NULL;
    size_t n = 0;
    np_status st = collect_speeches(s, &v, &n);
    for (size_t i = 0; i < n && st == NP_OK; i++)
        for (size_t j = i + 1; j < n && st == NP_OK; j++) {
            const qspeech *a = &v[i], *b = &v[j];
            if (a->doc == b->doc || (a->who >= 0 && a->who == b->who) || term_overlap(a, b) < QA_OVERLAP)
                continue;
            /* a short quotation ("No perishable cargo has been lost so
             * far") is one statement only in the very same words */
            if ((a->n_terms < QA_MIN_TERMS || b->n_terms < QA_MIN_TERMS) &&
                (a->n_terms != b->n_terms || term_overlap(a, b) < 1.0))
                continue;
            char sa[64], sb[64];
            surname(a->q->speaker, sa);
            surname(b->q->speaker, sb);
            /* one surname however spelt ("Rashidi" / "Alrashidi"): at
             * worst one person the linker did not join, no conflict */
            if (strcasecmp(sa, sb) == 0 || np_names_same_surname(a->q->speaker, b->q->speaker) ||
                names_other(s, a->doc, a->q, b->q->speaker) ||
                names_other(s, b->doc, b->q, a->q->speaker))
                continue;
            size_t a0, a1, b0, b1;
            quote_span(s, a->doc, a->q, &a0, &a1);
            quote_span(s, b->doc, b->q, &b0, &b1);
            if (words_reused(s, a->doc, a0, b->doc, b0))
                continue;
            char key[200];
            int lt = strcmp(a->q->speaker, b->q->speaker) < 0;
            snprintf(key, sizeof key, "q|%.80s|%.80s|%u", lt ? a->q->speaker : b->q->speaker,
                     lt ? b->q->speaker : a->q->speaker, a->terms[0]);
            np_bref items[2];
            int fresh;
            st = pair_refs(s, seen, key, a->doc, a0, a1, b->doc, b0, b1, items, &fresh);
            if (st != NP_OK || !fresh)
                continue;
            char what[400], why[400];
            snprintf(what, sizeof what, "speaker of one quotation: %s (%s) vs %s (%s)", a->q->speaker,
                     s->brief->docs[a->doc].key, b->q->speaker, s->brief->docs[b->doc].key);
            /* the same words, or most of them: two people may say alike
             * things, so the reader is told which it is */
            int same = a->n_terms == b->n_terms && term_overlap(a, b) >= 1.0;
            snprintf(why, sizeof why, "%s quoted words are attributed to %s in %s but to %s in %s.",
                     same ? "The same" : "Closely alike", a->q->speaker, outlet_name(s, a->doc), b->q->speaker,
                     outlet_name(s, b->doc));
            st = add_disc(c, "attribution", what, why, items, 2);
        }
    np_free(v);
    return st;
}

/* The value of the figure a discrepancy item cites (in its dimension's
 * base unit), or NAN. */
static double item_value(const np_story *s, const np_bref *r)
{
    size_t a, e;
    if (!np_story_ref_span(s, r, &a, &e))
        return NAN;
    const np_analysis *an = &s->an[r->doc];
    for (size_t k = 0; k < an->n_numbers; k++)
        if (an->numbers[k].start >= a && an->numbers[k].end <= e)
            return in_base(&an->numbers[k]);
    return NAN;
}

/* Do the two figures give different values?  "at least four dozen" /
 * "almost four dozen" questions give one (a discrepancy of hedges): the
 * outlets still state one claim. */
static int values_differ(const np_story *s, const np_bref *x, const np_bref *y)
{
    double a = fabs(item_value(s, x)), b = fabs(item_value(s, y));
    if (isnan(a) || isnan(b))
        return 0;
    return a != b;
}

/* A number discrepancy of different values (values_differ()): the kind a
 * fact or an entry worded with one side must not cite the other side of. */
static int figure_discrepancy(const np_story *s, const np_brief_discrepancy *d)
{
    return d->n_items >= 2 && strcmp(d->kind, "number") == 0 && values_differ(s, &d->items[0], &d->items[1]);
}

/* The refs support[1..n) of a fact or an entry worded by support[0] that
 * give the other side of discrepancy d than the wording does are marked
 * (doc -1): the pair's other outlet, and those added that give its figure
 * (the same value) or its date (the same words).  1 when one was.  A
 * figure's wording may be a third outlet's ("peaked at 7.1 metres" told by
 * two outlets, 6.2 by another); a date's must be one side's own (by_date).
 * (Tried for the same words given to two speakers too: the outlet quoting
 * the minister left the fact "Kant said: ..." in an invented story, but on
 * the real-news claim golds the two outlets' wordings of one statement are
 * one claim, pair F1 0.537 -> 0.535; the attribution discrepancy shows
 * both speakers.) */
static int other_side_leaves(const np_story *s, np_bref *support, size_t n, const np_brief_discrepancy *d,
                             int by_date)
{
    const np_bref *head = &support[0];
    int side = -1, marked = 0;
    for (int k = 0; k < 2 && side < 0; k++)
        if ((!by_date || d->items[k].doc == head->doc) && strstr(head->text, d->items[k].text) &&
            !strstr(head->text, d->items[1 - k].text))
            side = k;
    if (side < 0)
        return 0;
    const np_bref *other = &d->items[1 - side];
    double other_value = by_date ? 0 : fabs(item_value(s, other));
    for (size_t j = 0; j < d->n_items; j++) {
        const np_bref *o = &d->items[j];
        int theirs = j == (size_t)(1 - side) ||
                     (j >= 2 && (by_date ? strcmp(o->text, other->text) == 0 : fabs(item_value(s, o)) == other_value));
        for (size_t k = 1; theirs && k < n; k++) {
            np_bref *r = &support[k];
            if (r->doc >= 0 && r->text && r->doc == o->doc && strstr(r->text, o->text)) {
                r->doc = -1;
                marked = 1;
                break;
            }
        }
    }
    return marked;
}

/* The refs support[1..n) of a fact worded by support[0] whose sentence
 * negates what the wording's sentence states of one thing, or states what
 * it negates (s->opposed: "The plant was damaged when flames reached it,
 * and residents were told to boil their water" cited, by its last clause,
 * for "The plant was not damaged"), are marked (doc -1).  1 when one was. */
static int opposed_leave(const np_story *s, np_bref *support, size_t n)
{
    long head = s->n_opposed ? np_story_ref_sent(s, &support[0]) : -1;
    int marked = 0;
    for (size_t k = 1; head >= 0 && k < n; k++) {
        long at = support[k].doc < 0 ? -1 : np_story_ref_sent(s, &support[k]);
        if (at >= 0 && np_story_opposed(s, (uint32_t)head, (uint32_t)at, NULL, 0)) {
            support[k].doc = -1;
            marked = 1;
        }
    }
    return marked;
}

/* Sentence se of an writes the number value bare or with unit (not as a
 * figure of another unit): "bringing the toll to five" holds the five
 * another outlet's "at least five people have died" gives; "100 RBIs"
 * does not hold "100 home runs". */
static int writes_value(const np_analysis *an, const np_sent *se, double value, const char *unit)
{
    size_t hi = se->tok_hi < an->n_tokens ? se->tok_hi : an->n_tokens, qlo, qhi;
    RANGE_OF(an->numbers, an->n_numbers, se->start, se->end, qlo, qhi);
    for (size_t k = se->tok_lo; k < hi; k++) {
        size_t next;
        double v = token_value(an, k, hi, &next);
        if (v < 0 || fabs(v - value) > fabs(value) * 1e-9)
            continue;
        const char *u = NULL;
        for (size_t q = qlo; q < qhi && !u; q++)
            if (an->numbers[q].start <= an->tokens[k].start && an->tokens[k].start < an->numbers[q].end)
                u = np_number_unit(&an->numbers[q]);
        if (!u || (unit && !strcmp(u, unit)))
            return 1;
    }
    return 0;
}

/* The refs support[1..n) of a fact worded by support[0] whose sentence
 * gives, for a figure of the wording's sentence, a kin figure of another
 * value (kin_for(): the only one, or the one of the same deed; compared
 * in base units, "200ft" is no 200 m), told of the same thing (not a
 * part, another measure, deed or subject, nor one number with other
 * hedges, "almost" / "at least four dozen": same_referent() without its
 * document tests) and not stating the wording's value beside it, are
 * marked (doc -1): the fact would credit that outlet with a figure it does
 * not give ("Around 30 people are still missing" cited for the outlet
 * saying seven, two days later: an update, no discrepancy, and no
 * agreement either).  1 when one was. */
static int figure_leave(dctx *c, np_bref *support, size_t n)
{
    np_story *s = c->s;
    long head = np_story_ref_sent(s, &support[0]);
    if (head < 0)
        return 0;
    const np_sent *A = &s->sents[head];
    const np_analysis *aa = &s->an[A->doc];
    size_t alo, ahi;
    RANGE_OF(aa->numbers, aa->n_numbers, A->start, A->end, alo, ahi);
    int marked = 0;
    for (size_t k = 1; k < n && alo < ahi; k++) {
        if (support[k].doc < 0 || support[k].doc == A->doc)
            continue;
        long at = np_story_ref_sent(s, &support[k]);
        if (at < 0)
            continue;
        const np_sent *B = &s->sents[at];
        const np_analysis *ab = &s->an[B->doc];
        size_t blo, bhi;
        RANGE_OF(ab->numbers, ab->n_numbers, B->start, B->end, blo, bhi);
        for (size_t q = alo; q < ahi; q++) {
            const np_number_mention *ma = &aa->numbers[q];
            if (!np_number_unit(ma))
                continue;
            const np_number_mention *mb = kin_for(c, ab, B, blo, bhi, aa, A, alo, ahi, ma);
            const np_token *about = NULL;
            if (mb && fabs(in_base(ma) - in_base(mb)) > 1e-9 * fabs(in_base(ma)) &&
                !writes_value(aa, A, mb->value, np_number_unit(mb)) &&
                !writes_value(ab, B, ma->value, np_number_unit(ma)) &&
                same_referent(c, A->doc, A, ma, B->doc, B, mb, &about, -1) &&
                !two_subjects(s, (size_t)head, ma, (size_t)at, mb)) {
                support[k].doc = -1;
                marked = 1;
                break;
            }
        }
    }
    return marked;
}

/* A timeline entry cites its sources for its first one's words, figures
 * too: the sources figure_leave() takes out ("310 flights ... over Tuesday
 * and Wednesday" for "cancelled 140 flights on Tuesday"; "fell about 60
 * metres" for "fell about 200m") tell the day's event with another figure,
 * so they make an entry of their own, right after it (and are tested in
 * turn: "150 meters" leaves the 60 metres' entry too).  Each split
 * shrinks an entry, so the loop ends. */
static np_status split_timeline_figures(dctx *c)
{
    np_brief *b = c->s->brief;
    size_t most = 0;
    for (size_t e = 0; e < b->n_timeline; e++)
        most = b->timeline[e].n_sources > most ? b->timeline[e].n_sources : most;
    if (most < 2)
        return NP_OK;
    /* the refs as they were (figure_leave() marks the ones out doc -1) and
     * which are out */
    np_bref *was = np_malloc(most * sizeof *was);
    unsigned char *gone = np_malloc(most);
    np_status st = was && gone ? NP_OK : NP_ENOMEM;
    for (size_t e = 0; e < b->n_timeline && st == NP_OK; e++) {
        np_bref *src = b->timeline[e].sources;
        size_t n = b->timeline[e].n_sources;
        if (n < 2 || src[0].doc < 0 || !src[0].text)
            continue;
        memcpy(was, src, n * sizeof *was);
        if (!figure_leave(c, src, n))
            continue;
        np_brief_event *grown = np_realloc(b->timeline, (b->n_timeline + 1) * sizeof *b->timeline);
        if (!grown) {
            memcpy(src, was, n * sizeof *was); /* the entry as it was */
            st = NP_ENOMEM;
            break;
        }
        b->timeline = grown;
        size_t kept = 0, w = 0;
        for (size_t k = 0; k < n; k++)
            kept += !(gone[k] = src[k].doc < 0);
        for (int out = 0; out < 2; out++) /* the kept ones first, then the ones out, each in its order */
            for (size_t k = 0; k < n; k++)
                if (gone[k] == out)
                    src[w++] = was[k];
        np_brief_event *ev = &b->timeline[e];
        memmove(ev + 2, ev + 1, (b->n_timeline - e - 1) * sizeof *ev);
        b->n_timeline++;
        ev->n_sources = kept;
        ev[1] = *ev;
        ev[1].sources = src + kept;
        ev[1].n_sources = n - kept;
        ev[1].event = src[kept].text;
    }
    np_free(was);
    np_free(gone);
    return st;
}

/* A fact whose wording gives one side of a number discrepancy of different
 * values (values_differ()), and that cites the other side too, would
 * credit an outlet with a figure it does not give (ten dead in one outlet,
 * three in another, as one fact of three outlets beside the discrepancy
 * between them; a river peaking at 6.2 metres credited to the outlet that
 * says 7.1): the other side's outlet leaves the fact, and a fact of
 * those two outlets alone leaves the brief, even when both sentences say
 * more than the figure ("destroyed 18 / 120 homes near Redding on Sunday
 * and forced 4,000 residents to evacuate"): the fact's wording is one
 * outlet's whole sentence, which the other does not state, and the
 * discrepancy shows both.  A fact whose wording gives no figure is stated
 * by both sides and stays.  (Values apart by a fifth or less stayed one
 * fact until 2026-12-07: a magnitude 5.9 quake credited to the outlet
 * saying 6.1.)  The same for a date discrepancy: "on November 29" cited
 * with the outlet saying Monday, November 30; and for a contradiction
 * (opposed_leave()). */
static np_status separate_conflicts(dctx *c)
{
    np_story *s = c->s;
    np_brief *b = s->brief;
    int marked = 0;
    for (size_t f = 0; f < b->n_facts; f++) {
        np_brief_fact *x = &b->facts[f];
        if (x->n_support > 1 && x->support[0].doc >= 0 && x->support[0].text) {
            marked |= opposed_leave(s, x->support, x->n_support);
            /* a fact worded by its head's sentence (not "Where it
             * happened: X", which that sentence's figures are not about) */
            if (x->summary && !strcmp(x->summary, x->support[0].text))
                marked |= figure_leave(c, x->support, x->n_support);
        }
    }
    for (size_t i = 0; i < b->n_discrepancies; i++) {
        const np_brief_discrepancy *d = &b->discrepancies[i];
        int by_date = d->n_items >= 2 && strcmp(d->kind, "date") == 0;
        if (!by_date && !figure_discrepancy(s, d))
            continue;
        for (size_t f = 0; f < b->n_facts; f++) {
            np_brief_fact *x = &b->facts[f];
            if (x->n_support && x->support[0].doc >= 0 && x->support[0].text)
                marked |= other_side_leaves(s, x->support, x->n_support, d, by_date);
        }
    }
    return marked ? np_one_claim_drop(s) : NP_OK;
}

np_status np_compare_timeline_conflicts(np_story *s)
{
    np_brief *b = s->brief;
    dctx c = {.s = s};
    np_u64map_init(&c.lexfiles);
    np_wn_data_open(s->wn, c.files);
    np_status st = prepare_units(&c);
    if (st == NP_OK)
        st = split_timeline_figures(&c);
    np_u64map_free(&c.lexfiles);
    np_free(c.units);
    np_free(c.by_idx);
    np_wn_data_close(c.files);
    if (st != NP_OK)
        return st;
    for (size_t i = 0; i < b->n_discrepancies; i++) {
        const np_brief_discrepancy *d = &b->discrepancies[i];
        if (!figure_discrepancy(s, d))
            continue;
        for (size_t e = 0; e < b->n_timeline; e++) {
            np_brief_event *ev = &b->timeline[e];
            if (!ev->n_sources || ev->sources[0].doc < 0 || !ev->sources[0].text ||
                !other_side_leaves(s, ev->sources, ev->n_sources, d, 0))
                continue;
            size_t w = 0;
            for (size_t k = 0; k < ev->n_sources; k++)
                if (ev->sources[k].doc >= 0)
                    ev->sources[w++] = ev->sources[k];
            ev->n_sources = w;
        }
    }
    return NP_OK;
}

np_status np_compare_discrepancies(np_story *s)
{
    dctx c = {.s = s};
    np_u64map seen;
    np_u64map_init(&seen);
    np_u64map_init(&c.lexfiles);
    np_wn_data_open(s->wn, c.files);
    np_status st = prepare_units(&c);
    if (st == NP_OK)
        st = number_discrepancies(&c, &seen);
    if (st == NP_OK)
        st = figure_discrepancies(&c, &seen);
    if (st == NP_OK)
        st = date_discrepancies(&c, &seen);
    if (st == NP_OK)
        st = attribution_discrepancies(&c);
    if (st == NP_OK)
        st = aligned_attribution(&c, &seen);
    if (st == NP_OK)
        st = quote_attribution(&c, &seen);
    if (st == NP_OK)
        st = quoted_vs_own(&c, &seen);
    if (st == NP_OK)
        st = expectation_discrepancies(&c, &seen);
    if (st == NP_OK)
        st = opposite_statements(&c, &seen);
    if (st == NP_OK)
        st = separate_conflicts(&c);
    np_u64map_free(&seen);
    np_u64map_free(&c.lexfiles);
    np_free(c.units);
    np_free(c.by_idx);
    np_wn_data_close(c.files);
    return st;
}
