/*
 * article/textdoc.c — plain-text scraped articles to np_doc (see textdoc.h).
 *
 * How it decides: every non-empty line is classified by linefeat.c.  Page
 * furniture concentrates at the two ends of a scraped page, so the page is
 * cut into three zones:
 *   - the top block: everything before the first body paragraph.  Its end is
 *     found from "header markers" (a repeated headline, a date line, a byline,
 *     a counter) seen in the first lines: the body starts at the first
 *     paragraph-shaped line after the last marker.  Title, deck, byline date
 *     and author are read from this block; none of it goes into the body.
 *     When a dispatch dateline ("WASHINGTON — ") opens one of the next few
 *     lines, the story starts there: the short lines above it are a deck,
 *     a caption or a video summary.
 *   - the bottom tail: lines after the last line that is not furniture
 *     (widget words, calls to action, short lines, labels, product list
 *     items, copyright).  Dropped.
 *   - the body in between: kept, except lines that are furniture by
 *     themselves (labels such as "Related:", short calls to action, date and
 *     byline lines, runs of one-word widget lines, headline repeats, a
 *     promoted link beside "Related:" lines), near repeats of lines above
 *     (an embedded post under the paragraph quoting it, a pull quote) and,
 *     given WordNet's verbs, photo captions and video credits (captions.h:
 *     "Hikers from the convoy resting by a well.", "...; correspondent
 *     Jane Roe reports from Brenvik.").
 * Every scan is a single pass over the lines or over a fixed-size window, and
 * each line's features are computed on a capped prefix, so the cost is
 * linear in the input.
 */
#include "article/textdoc.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/url.h"
#include "article/byline.h"
#include "article/captions.h"
#include "article/datefmt.h"
#include "article/linefeat.h"
#include "article/verbs.h"

/* Header markers are only looked for in the first lines of the page, and the
 * search stops once this many paragraph-shaped lines follow the last marker:
 * a deck may sit between headline and byline, a body does not. */
#define TOP_WINDOW 20
#define TOP_PARAS 2
/* A first-paragraph date or dateline sits in its first sentences. */
#define FIRST_PARA_SCAN 2000
/* Lines at the top of a page searched for its date line, whatever the
 * body's start. */
#define HEADER_DATE_LINES 6
/* ... and the words of a line that only stamps a date and a time
 * ("Posted at 4:10 PM ET, 02/7/2031") */
#define HEADER_DATE_WORDS 10
#define KEY_CAP 320
/* A first line of at most this many words can be a headline (ledes are
 * longer). */
#define HEADLINE_MAX_WORDS 20

/* Lines that are page furniture whatever their position. */
#define FURNITURE (NP_LF_CTA | NP_LF_LABEL | NP_LF_COPYRIGHT | NP_LF_NOLETTER)

/* ---- line splitting ---------------------------------------------------- */

static np_status split_lines(const char *text, size_t len, np_line **out, size_t *nout)
{
    size_t count = 1;
    for (const char *p = text, *e = text + len; p < e;) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        if (!nl)
            break;
        count++;
        p = nl + 1;
    }
    np_line *v = np_calloc(count, sizeof *v);
    if (!v)
        return NP_ENOMEM;
    size_t n = 0;
    const char *p = text, *e = text + len;
    while (p <= e && n < count) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        const char *end = nl ? nl : e;
        const char *s = p;
        size_t l = (size_t)(end - p);
        np_line_trim(&s, &l);
        if (l) {
            v[n].s = s;
            v[n].len = l;
            np_line_classify(&v[n]);
            n++;
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    *out = v;
    *nout = n;
    return NP_OK;
}

/* ---- comparison keys --------------------------------------------------- */

/* Lower-cased text with spaces collapsed and trailing punctuation dropped,
 * so "Headline" and "Headline." compare equal.  Empty for long lines, which
 * are never headlines. */
static void line_key(const np_line *ln, char *out, size_t cap)
{
    out[0] = '\0';
    if (ln->len >= cap - 1 || ln->alpha < 2)
        return;
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < ln->len && o + 2 < cap;) {
        size_t k = np_space_len(ln->s, ln->len, i);
        if (k) {
            space = 1;
            i += k;
            continue;
        }
        if (space && o)
            out[o++] = ' ';
        space = 0;
        unsigned char c = (unsigned char)ln->s[i++];
        out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    while (o && (out[o - 1] == '.' || out[o - 1] == ' ' || out[o - 1] == ':' ||
                 out[o - 1] == ';' || out[o - 1] == ','))
        o--;
    out[o] = '\0';
}

/* ---- shapes ------------------------------------------------------------ */

static int para_like(const np_line *l)
{
    if (l->flags & (FURNITURE | NP_LF_DATE | NP_LF_BYLINE))
        return 0;
    if (l->words >= 20)
        return 1;
    /* Prose: a sentence end and no Title Case run (headlines capitalise
     * nearly every word; a sentence full of names still has verbs and
     * function words in lower case). */
    return l->words >= 6 && (l->flags & NP_LF_TERMINAL) && l->caps * 10 <= l->alpha * 8;
}

/* Words of four letters or more that lines a and b share, compared without
 * case: how much of b a headline a tells.  Only the first SHARED_READ
 * bytes of each are read (a lead's first sentences): a body that is one
 * megabyte-long line is not read once per headline word. */
#define SHARED_WORD_MIN 4
#define SHARED_READ 600
static size_t shared_words(const np_line *a, const np_line *b)
{
    size_t n = 0, i = 0, s0, e0, alen = a->len < SHARED_READ ? a->len : SHARED_READ,
           blen = b->len < SHARED_READ ? b->len : SHARED_READ;
    while (np_line_next_token(a->s, alen, &i, &s0, &e0)) {
        while (s0 < e0 && !isalnum((unsigned char)a->s[s0]))
            s0++;
        while (e0 > s0 && !isalnum((unsigned char)a->s[e0 - 1]))
            e0--;
        if (e0 - s0 < SHARED_WORD_MIN)
            continue;
        size_t j = 0, s1, e1;
        while (np_line_next_token(b->s, blen, &j, &s1, &e1)) {
            while (s1 < e1 && !isalnum((unsigned char)b->s[s1]))
                s1++;
            while (e1 > s1 && !isalnum((unsigned char)b->s[e1 - 1]))
                e1--;
            if (e1 - s1 == e0 - s0 && !strncasecmp(a->s + s0, b->s + s1, e0 - s0)) {
                n++;
                break;
            }
        }
    }
    return n;
}

static int headline_shape(const np_line *l)
{
    if (l->flags & (FURNITURE | NP_LF_DATE | NP_LF_BYLINE | NP_LF_BULLET))
        return 0;
    if (l->words < 3 || l->words > 30 || l->alpha < 2 || l->len > 300)
        return 0;
    /* Menus and buttons ("Back To Main Menu", "Submit a Tip") are built
     * from widget words; headlines are not. */
    if (l->widgets * 2 >= l->alpha)
        return 0;
    /* Breadcrumbs: "Home > World > Europe". */
    size_t seps = 0;
    for (size_t i = 0; i < l->len; i++)
        if (l->s[i] == '>' || (l->s[i] == '\xc2' && i + 1 < l->len && l->s[i + 1] == '\xbb'))
            seps++;
    if (seps >= 2)
        return 0;
    return l->s[l->len - 1] != ':';
}

/* Lines that are not prose: no sentence end, short, not a list item.  One
 * alone is a subheading; three or more in a row are a menu, a link list, a
 * "most read" block or a reaction widget. */
static int non_prose(const np_line *l)
{
    if (l->flags & (NP_LF_CTA | NP_LF_NOLETTER | NP_LF_LABEL))
        return 1;
    return l->words <= 20 && !(l->flags & (NP_LF_TERMINAL | NP_LF_BULLET));
}

#define RUN_MIN 3

/* run[i] = 1 when line i belongs to a run of RUN_MIN or more non-prose lines. */
static void mark_runs(const np_line *v, size_t n, unsigned char *run)
{
    size_t i = 0;
    while (i < n) {
        if (!non_prose(&v[i])) {
            run[i++] = 0;
            continue;
        }
        size_t j = i;
        while (j < n && non_prose(&v[j]))
            j++;
        for (size_t k = i; k < j; k++)
            run[k] = (unsigned char)(j - i >= RUN_MIN);
        i = j;
    }
}

/* Tail furniture: what follows the last body paragraph on scraped pages. */
static int tail_junk(const np_line *l, int title_repeat, int in_run)
{
    if (title_repeat || in_run || (l->flags & (FURNITURE | NP_LF_DATE | NP_LF_BYLINE | NP_LF_ITEM)))
        return 1;
    if (l->words <= 3)
        return 1;
    /* Every word capitalised: a link, label or standards notice ("Our
     * Standards: The Trust Principles."), not a closing sentence, which
     * has lower-case words even when short. */
    if (l->words <= 8 && l->alpha >= 2 && l->caps == l->alpha)
        return 1;
    return l->words < 8 && !(l->flags & NP_LF_TERMINAL);
}

/* Drop a trailing " | Site" or " / Outlet" of at most four words. */
static size_t strip_site_suffix(const char *s, size_t n)
{
    for (size_t i = n; i-- > 2;) {
        if ((s[i] == '|' || s[i] == '/') && s[i - 1] == ' ' && i + 1 < n && s[i + 1] == ' ') {
            size_t j = i + 1, a, b, w = 0;
            while (np_line_next_token(s, n, &j, &a, &b))
                w++;
            if (w >= 1 && w <= 4) {
                const char *p = s;
                size_t l = i;
                np_line_trim(&p, &l);
                return l;
            }
            return n;
        }
        if (n - i > 60)
            break;
    }
    return n;
}

/* Words left once a " | Site" suffix is dropped: "Jane Roe | The Courier"
 * is a byline with the outlet, not a four-word headline. */
static size_t words_before_site(const np_line *l)
{
    size_t n = strip_site_suffix(l->s, l->len);
    if (n == l->len)
        return l->words;
    size_t j = 0, a, b, words = 0;
    while (np_line_next_token(l->s, n, &j, &a, &b))
        words++;
    return words;
}

/* A headline's closing period is an artefact of some page templates; keep
 * abbreviations such as "U.S." intact. */
static size_t strip_period(const char *s, size_t n)
{
    if (n >= 2 && s[n - 1] == '.' && s[n - 2] != '.' && !(s[n - 2] >= 'A' && s[n - 2] <= 'Z'))
        return n - 1;
    return n;
}

/* ---- the parser -------------------------------------------------------- */

typedef struct seg {
    np_line *v;
    size_t n;
    size_t start;       /* first body line (n if none) */
    size_t end;         /* last body line, inclusive */
    long title;         /* index of the title line, -1 if none */
    int title_verbatim; /* 1: keep the title's closing period (first_line_headline) */
    char title_key[KEY_CAP];
    unsigned char repeated[TOP_WINDOW]; /* 1 for header-repeat lines */
    unsigned char *run; /* per line: inside a run of non-prose lines */
    size_t deck;        /* lines [deck, lede) above a dateline lede: not body */
    size_t lede;        /* first paragraph of the story (start unless a dateline is found below it) */
} seg;

/* A short question heading a block of one-word buttons ("What do you
 * think?" over reaction choices, "Was this helpful?" over yes/no) is part of
 * that widget, not the article's closing line. */
static int widget_prompt(const seg *g, size_t j, size_t limit)
{
    const np_line *l = &g->v[j];
    return l->words <= 6 && l->len > 0 && l->s[l->len - 1] == '?' && j + 1 < limit &&
           g->run[j + 1];
}

static void find_top(seg *g)
{
    size_t w = g->n < TOP_WINDOW ? g->n : TOP_WINDOW;
    char keys[TOP_WINDOW][KEY_CAP];
    long first[TOP_WINDOW];
    for (size_t i = 0; i < w; i++) {
        line_key(&g->v[i], keys[i], KEY_CAP);
        first[i] = -1;
        g->repeated[i] = 0;
    }
    /* Pairwise within the fixed window: at most 190 comparisons. */
    for (size_t i = 0; i < w; i++)
        for (size_t j = 0; j < i && keys[i][0]; j++)
            if (strcmp(keys[i], keys[j]) == 0) {
                first[i] = first[j] >= 0 ? first[j] : (long)j;
                if (first[j] < 0)
                    first[j] = (long)j;
                break;
            }
    /* A group whose copies are all long and end with a period is a
     * duplicated lede (some templates print the summary as the first
     * paragraph too), not a headline: the first copy is body. */
    unsigned char closed[TOP_WINDOW], longest[TOP_WINDOW];
    memset(closed, 1, sizeof closed);
    memset(longest, 0, sizeof longest);
    for (size_t i = 0; i < w; i++)
        if (first[i] >= 0) {
            const np_line *l = &g->v[i];
            if (l->s[l->len - 1] != '.')
                closed[first[i]] = 0;
            if (l->words > longest[first[i]])
                longest[first[i]] = (unsigned char)(l->words > 255 ? 255 : l->words);
        }
    size_t first_para = w;
    for (size_t i = 0; i < w; i++) {
        int lede = first[i] >= 0 && closed[first[i]] && longest[first[i]] >= 20;
        if ((first[i] < 0 || lede) && para_like(&g->v[i])) {
            first_para = i;
            break;
        }
    }
    /* A repeat is a header marker only when it starts before the first
     * paragraph: a pull quote repeated inside the body is not a headline. */
    for (size_t i = 0; i < w; i++)
        if (first[i] >= 0 && (size_t)first[i] < first_para && headline_shape(&g->v[i]) &&
            !(closed[first[i]] && longest[first[i]] >= 20))
            g->repeated[i] = 1;

    long last_marker = -1;
    size_t paras = 0;
    for (size_t i = 0; i < w; i++) {
        const np_line *l = &g->v[i];
        int marker = g->repeated[i] || (l->flags & (NP_LF_DATE | NP_LF_BYLINE)) ||
                     ((l->flags & NP_LF_NOLETTER) && l->len <= 24);
        if (marker) {
            last_marker = (long)i;
            paras = 0;
            continue;
        }
        if (para_like(l) && ++paras >= TOP_PARAS)
            break;
    }
    g->start = g->n;
    for (size_t i = (size_t)(last_marker + 1); i < g->n; i++) {
        if (i < w && g->repeated[i])
            continue;
        if (para_like(&g->v[i])) {
            g->start = i;
            break;
        }
    }

    /* Title: a repeated headline, else the headline-shaped line nearest
     * above the body (menus and section labels sit further up).  A repeat
     * whose every copy ends with a period is more likely a duplicated lede
     * than a headline, so it only counts when nothing else is found. */
    g->title = -1;
    long lede_repeat = -1, best = -1;
    size_t top = g->start < g->n ? g->start : (w < g->n ? w : g->n);
    unsigned char open_group[TOP_WINDOW] = {0}; /* by group's first line */
    for (size_t i = 0; i < top && i < w; i++)
        if (g->repeated[i] && g->v[i].s[g->v[i].len - 1] != '.')
            open_group[first[i]] = 1;
    for (size_t i = 0; i < top && i < w && g->title < 0; i++) {
        if (!g->repeated[i])
            continue;
        if (open_group[first[i]])
            g->title = (long)i;
        else if (lede_repeat < 0)
            lede_repeat = (long)i;
    }
    /* among the headline-shaped lines above the body, the one telling most
     * of the lead's words (a headline sums up its lead; a deck, a video
     * caption or a tagline further up tells less of it); nearest first on
     * a tie, so a page with one headline keeps it */
    size_t best_shared = 0;
    for (size_t i = top; g->title < 0 && i-- > 0 && top - i <= TOP_WINDOW;) {
        const np_line *l = &g->v[i];
        if (!headline_shape(l) || words_before_site(l) < 4 || l->s[l->len - 1] == '.' || (i < w && g->repeated[i]))
            continue;
        size_t sh = g->start < g->n ? shared_words(l, &g->v[g->start]) : 0;
        if (best < 0 || sh > best_shared) {
            best = (long)i;
            best_shared = sh;
        }
    }
    if (g->title < 0)
        g->title = best;
    if (g->title < 0)
        g->title = lede_repeat;
    g->title_key[0] = '\0';
    if (g->title >= 0)
        line_key(&g->v[g->title], g->title_key, KEY_CAP);
}

/* A short line, one or two sentences, with no dateline dash or opening
 * quotation mark: shaped like a headline, not like a lede. */
static int short_heading(const np_line *l)
{
    if (l->words < 3 || l->words > HEADLINE_MAX_WORDS ||
        (l->flags & (FURNITURE | NP_LF_DATE | NP_LF_BYLINE | NP_LF_BULLET)))
        return 0;
    unsigned char c0 = (unsigned char)l->s[0];
    if (c0 == '"' || c0 == '\'' || c0 == 0xE2) /* a quotation, or a dash / curly quote */
        return 0;
    for (size_t i = 0; i + 3 < l->len; i++)
        if (l->s[i] == ' ' && (l->s[i + 1] == '-' || ((unsigned char)l->s[i + 1] == 0xE2 &&
                                                       (unsigned char)l->s[i + 2] == 0x80 &&
                                                       ((unsigned char)l->s[i + 3] == 0x93 ||
                                                        (unsigned char)l->s[i + 3] == 0x94))))
            return 0; /* "WASHINGTON — ...": a dateline opens the body */
    return 1;
}

/* No header marker found and the body starts on the page's first line: a
 * short first line over a longer body is the headline all the same
 * ("Comey memos released to Congress."), taken as written.  It stays in
 * the body too: outlets state claims in their headlines, and an outlet
 * whose headline says what another outlet reports alone has said it
 * (ledes run longer than HEADLINE_MAX_WORDS words). */
static void first_line_headline(seg *g)
{
    if (g->title >= 0 || g->start != 0 || g->end < 3 || g->n < 4 || !short_heading(&g->v[0]))
        return;
    g->title = 0;
    g->title_verbatim = 1;
}

/* A dateline ("WASHINGTON — ", "PARIS, May 2 (Agency) - ") opens the first
 * paragraph of a dispatch.  When one of the first few lines taken as body
 * opens with one, the short lines above it are what the page set between
 * headline and story: a deck, a photo caption, a video blurb.  They leave
 * the body; the first of them is the deck when none was found.  A headline
 * kept in the body (first_line_headline) stays. */
#define DECK_LINES 3
#define DECK_MAX_WORDS 60
/* A dispatch's dateline (np_dateline_dispatch(): np_dateline_parse also
 * reads "Golf - ..." or "Q: Name - ..."). */
static int dispatch_dateline(const np_line *l)
{
    char place[128];
    return np_dateline_dispatch(l->s, l->len, place, sizeof place) != 0;
}

static void find_dateline_lede(seg *g)
{
    g->deck = g->lede = g->start;
    if (g->start >= g->n)
        return;
    size_t from = g->title == (long)g->start ? g->start + 1 : g->start;
    for (size_t j = from; j < g->n && j <= from + DECK_LINES; j++) {
        const np_line *l = &g->v[j];
        if (dispatch_dateline(l)) {
            if (j > from && para_like(l)) {
                g->deck = from;
                g->lede = j;
            }
            return;
        }
        if (l->words > DECK_MAX_WORDS || (l->flags & (NP_LF_BULLET | NP_LF_LONG)))
            return;
    }
}

static int is_title_repeat(const seg *g, const np_line *l)
{
    if (!g->title_key[0] || l->len >= KEY_CAP - 1)
        return 0;
    char k[KEY_CAP];
    line_key(l, k, sizeof k);
    return strcmp(k, g->title_key) == 0;
}

static void find_end(seg *g)
{
    g->end = g->start;
    if (g->start >= g->n)
        return;
    /* A comment-section opener after at least two body paragraphs ends the
     * article: below it is readers' prose, which no line feature tells
     * apart from the article's. */
    size_t limit = g->n, paras = 1;
    for (size_t i = g->start + 1; i < g->n; i++) {
        if ((g->v[i].flags & NP_LF_COMMENTS) && paras >= 2) {
            limit = i;
            break;
        }
        if (para_like(&g->v[i]))
            paras++;
    }
    for (size_t j = limit; j-- > g->start + 1;) {
        if (!tail_junk(&g->v[j], is_title_repeat(g, &g->v[j]), g->run[j]) &&
            !widget_prompt(g, j, limit)) {
            g->end = j;
            return;
        }
    }
}

/* Photo captions and video credits among the body lines
 * kept (captions.h): dropped, unless nothing else would be left.  A
 * verbless first line of the page is its headline ("US to delay decision
 * on tariffs: report."): the title, when none was found. */
#define PHOTO_CAPTION_MAX_WORDS 80 /* a wire photo's caption with its sentences of context */
static void drop_captions(seg *g, const np_verbs *verbs, unsigned char *keep)
{
    if (g->start >= g->n)
        return;
    size_t kept = 0, captions = 0;
    for (size_t i = g->start; i <= g->end && i < g->n; i++)
        if (keep[i]) {
            kept++;
            const np_line *l = &g->v[i];
            if (np_caption_verbless(verbs, l)) {
                keep[i] = 3; /* a caption; the headline when it opens the page */
                captions++;
            } else if (np_caption_video_credit(verbs, l) || np_caption_position(verbs, l) ||
                       (l->words <= PHOTO_CAPTION_MAX_WORDS && !(l->flags & NP_LF_LONG) &&
                        (np_caption_agency_credit(l->s, l->len) || np_caption_photo_dateline(l->s, l->len)))) {
                keep[i] = 2; /* a caption, dropped below unless all are */
                captions++;
            }
        }
    for (size_t i = g->start; i <= g->end && i < g->n; i++)
        if (keep[i] >= 2) {
            int verbless = keep[i] == 3;
            keep[i] = captions < kept ? 0 : 1;
            if (!keep[i] && verbless && i == 0 && g->title < 0) {
                g->title = 0; /* the page's headline, as written */
                g->title_verbatim = 1;
            }
        }
}

/* "Series Name: teaser" beside a "Related:" or "More:" line: a promoted
 * link in a block of them, though its label is not one linefeat.c knows.
 * The prefix is one to four words in Title Case. */
static int promo_beside_labels(const seg *g, size_t i)
{
    const np_line *l = &g->v[i];
    int beside = (i > 0 && (g->v[i - 1].flags & NP_LF_LABEL)) || (i + 1 < g->n && (g->v[i + 1].flags & NP_LF_LABEL));
    if (!beside || (l->flags & NP_LF_LABEL) || l->words > 40)
        return 0;
    size_t colon = 0;
    while (colon < l->len && colon < 40 && l->s[colon] != ':')
        colon++;
    if (colon >= l->len || l->s[colon] != ':' || colon + 1 >= l->len || l->s[colon + 1] != ' ')
        return 0;
    size_t j = 0, a, b, words = 0;
    while (np_line_next_token(l->s, colon, &j, &a, &b)) {
        words++;
        if (np_token_case(l->s + a, b - a) <= 0 && !np_is_function_word(l->s + a, b - a))
            return 0;
    }
    return words >= 1 && words <= 4 && np_token_case(l->s, colon) > 0;
}

/* Which body lines to keep (1) — middle-of-body furniture is dropped. */
static void mark_body(const seg *g, unsigned char *keep)
{
    for (size_t i = g->start; i <= g->end && i < g->n; i++) {
        const np_line *l = &g->v[i];
        int drop = 0;
        if (i != g->start && i != g->end) {
            if (l->flags & (NP_LF_LABEL | NP_LF_COPYRIGHT | NP_LF_NOLETTER | NP_LF_BYLINE))
                drop = 1;
            else if ((l->flags & NP_LF_DATE) && !(l->flags & NP_LF_BULLET))
                drop = 1;
            else if ((l->flags & NP_LF_CTA) && l->words <= 15)
                drop = 1;
            else if (is_title_repeat(g, l) || promo_beside_labels(g, i))
                drop = 1;
        }
        if (i >= g->deck && i < g->lede)
            drop = 1;
        keep[i] = (unsigned char)!drop;
    }
    /* Runs of non-prose lines are widgets, menus and link lists; a single
     * short line is a subheading and stays. */
    for (size_t i = g->start + 1; i < g->end && i < g->n; i++)
        if (g->run[i])
            keep[i] = 0;
}

/* Drop exact repeats of body paragraphs (pull quotes printed twice, a lede
 * duplicated by the template), keeping the first.  One hash-table pass;
 * short lines are left alone since "Q:"-style lines legitimately repeat. */
static np_status drop_duplicates(const seg *g, unsigned char *keep)
{
    size_t count = 0;
    for (size_t i = 0; i < g->n; i++)
        if (keep[i] && g->v[i].words >= 6)
            count++;
    if (count < 2)
        return NP_OK;
    size_t cap = 4;
    while (cap < count * 2)
        cap *= 2;
    size_t *slot = np_malloc(cap * sizeof *slot);
    if (!slot)
        return NP_ENOMEM;
    for (size_t i = 0; i < cap; i++)
        slot[i] = SIZE_MAX;
    for (size_t i = 0; i < g->n; i++) {
        const np_line *l = &g->v[i];
        if (!keep[i] || l->words < 6)
            continue;
        size_t h = (size_t)np_hash64(l->s, l->len, 0x7465787464ULL) & (cap - 1);
        for (;;) {
            if (slot[h] == SIZE_MAX) {
                slot[h] = i;
                break;
            }
            const np_line *o = &g->v[slot[h]];
            if (o->len == l->len && memcmp(o->s, l->s, l->len) == 0) {
                keep[i] = 0;
                break;
            }
            h = (h + 1) & (cap - 1);
        }
    }
    np_free(slot);
    return NP_OK;
}

/* Near repeats: a line most of whose word triples already appeared in the
 * body kept above it is a copy the page set again: an embedded post under
 * the paragraph quoting it, a pull quote with a word bracketed, a video
 * player's lede repeated, cut or run on.  It leaves the body; the first
 * copy stays, so nothing the article says is lost.  Running text does not
 * repeat three quarters of a paragraph word for word. */
#define NEAR_MIN_WORDS 8
#define NEAR_MAX_WORDS 120
#define NEAR_TRIPLES_CAP (1u << 20) /* triples remembered: bounds the memory */

/* Hashes of the line's lower-cased word triples, at most `cap`; the count. */
static size_t word_triples(const np_line *l, uint64_t *out, size_t cap)
{
    uint64_t w[3] = {0, 0, 0};
    size_t n = 0, words = 0, lim = l->len < NP_LINE_FEATURE_CAP ? l->len : NP_LINE_FEATURE_CAP;
    for (size_t i = 0; i < lim && n < cap;) {
        uint64_t h = 1469598103934665603ULL;
        size_t len = 0;
        for (; i < lim; i++) {
            unsigned char c = (unsigned char)l->s[i];
            int word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80;
            if (!word) {
                if (len)
                    break;
                continue;
            }
            if (c == 0xE2 && i + 2 < lim && (unsigned char)l->s[i + 1] == 0x80)
                break; /* curly quotes and dashes end a word */
            h = (h ^ (uint64_t)((c >= 'A' && c <= 'Z') ? c + 32 : c)) * 1099511628211ULL;
            len++;
        }
        if (!len) {
            if (i >= lim)
                break; /* the line ended on non-word bytes: l->s[lim] is not the line's */
            /* past the whole mark: its trailing bytes would start a word */
            i += (unsigned char)l->s[i] == 0xE2 && i + 2 < lim && (unsigned char)l->s[i + 1] == 0x80 ? 3 : 1;
            continue;
        }
        w[0] = w[1];
        w[1] = w[2];
        w[2] = h;
        if (++words >= 3)
            out[n++] = (w[0] * 31 + w[1]) * 31 + w[2];
    }
    return n;
}

static np_status drop_near_repeats(const seg *g, unsigned char *keep)
{
    size_t total = 0;
    for (size_t i = 0; i < g->n; i++)
        if (keep[i])
            total += g->v[i].words;
    if (total > NEAR_TRIPLES_CAP)
        total = NEAR_TRIPLES_CAP;
    size_t cap = 16;
    while (cap < total * 2)
        cap *= 2;
    uint64_t *slot = np_calloc(cap, sizeof *slot);
    uint64_t *tri = np_malloc(NP_LINE_FEATURE_CAP * sizeof *tri);
    if (!slot || !tri) {
        np_free(slot);
        np_free(tri);
        return NP_ENOMEM;
    }
    size_t stored = 0;
    for (size_t i = 0; i < g->n; i++) {
        if (!keep[i])
            continue;
        const np_line *l = &g->v[i];
        size_t k = word_triples(l, tri, NP_LINE_FEATURE_CAP);
        if (l->words >= NEAR_MIN_WORDS && l->words <= NEAR_MAX_WORDS && k) {
            size_t seen = 0;
            for (size_t t = 0; t < k; t++) {
                uint64_t h = tri[t] | 1; /* 0 marks an empty slot */
                for (size_t j = (size_t)(h >> 7) & (cap - 1); slot[j]; j = (j + 1) & (cap - 1))
                    if (slot[j] == h) {
                        seen++;
                        break;
                    }
            }
            if (seen * 4 >= k * 3) {
                keep[i] = 0;
                continue;
            }
        }
        for (size_t t = 0; t < k && stored < total; t++) {
            uint64_t h = tri[t] | 1;
            size_t j = (size_t)(h >> 7) & (cap - 1);
            while (slot[j] && slot[j] != h)
                j = (j + 1) & (cap - 1);
            if (!slot[j]) {
                slot[j] = h;
                stored++;
            }
        }
    }
    np_free(slot);
    np_free(tri);
    return NP_OK;
}

/* No paragraph-shaped line at all: keep the sentence-like lines that are not
 * furniture, so short notes still yield a body. */
static void mark_fallback(const seg *g, unsigned char *keep)
{
    for (size_t i = 0; i < g->n; i++) {
        const np_line *l = &g->v[i];
        int ok = !(l->flags & (FURNITURE | NP_LF_DATE | NP_LF_BYLINE | NP_LF_ITEM)) &&
                 (long)i != g->title && !(i < TOP_WINDOW && g->repeated[i]) &&
                 (((l->flags & NP_LF_TERMINAL) && l->words >= 4) || l->words >= 8);
        keep[i] = (unsigned char)ok;
    }
}

static np_status join_body(const seg *g, const unsigned char *keep, char **out)
{
    np_buf b;
    np_buf_init(&b, 0);
    for (size_t i = 0; i < g->n; i++) {
        if (!keep[i])
            continue;
        np_status st;
        if (b.len && (st = np_buf_append(&b, "\n\n", 2)) != NP_OK)
            return st;
        if ((st = np_buf_append(&b, g->v[i].s, g->v[i].len)) != NP_OK)
            return st;
    }
    if (!b.len) {
        np_buf_free(&b);
        *out = NULL;
        return NP_EEMPTY;
    }
    *out = np_buf_take(&b);
    return *out ? NP_OK : NP_ENOMEM;
}

/* Metadata gathered before anything is written into the doc. */
typedef struct meta {
    char *title, *published, *modified, *author, *dateline, *description, *text;
} meta;

static void meta_free(meta *m)
{
    np_free(m->title);
    np_free(m->published);
    np_free(m->modified);
    np_free(m->author);
    np_free(m->dateline);
    np_free(m->description);
    np_free(m->text);
}

static np_status set_str(char **dst, const char *s, size_t n)
{
    if (!n)
        return NP_OK;
    *dst = np_strndup(s, n);
    return *dst ? NP_OK : NP_ENOMEM;
}

/* Does the host of url end in a country's code other than the US's, so
 * that its pages write the day before the month ("11/09/2010" on a .nl
 * site is 11 September)?  Codes sold as generic names (.tv, .io, .co, .me)
 * tell nothing, nor do those of countries writing the month first. */
static int day_first_host(const char *url)
{
    /* and the countries that write the month first ("ph", "ca" mostly) */
    static const char *const generic[] = {"ai", "ca", "cc", "co", "fm", "gg", "io", "ly", "me", "ph", "to", "tv", "us"};
    char h[256];
    size_t n = url ? np_url_site(url, h, sizeof h) : 0;
    const char *dot = n ? strrchr(h, '.') : NULL;
    if (!dot || h + n - dot - 1 != 2)
        return 0;
    for (size_t k = 0; k < sizeof generic / sizeof *generic; k++)
        if (!strncasecmp(dot + 1, generic[k], 2))
            return 0;
    return 1;
}

/* How many times the text names month (1-12) with a capital ("July",
 * "(Jul."), at most 2: enough to tell which reading of a slashed date the
 * text bears out.  Not a month: "may" the verb, and a month word beside
 * another capitalised word inside a sentence ("Theresa May", "April
 * Dunn": a name), unless a number follows it ("July 4"). */
static int month_named(const seg *g, int month)
{
    int seen = 0;
    for (size_t i = 0; i < g->n && seen < 2; i++) {
        const np_line *l = &g->v[i];
        size_t at = 0, a, b;
        int prev_cap = 0, prev_end = 1; /* the token before: capitalised; closing a sentence (or none) */
        while (seen < 2 && np_line_next_token(l->s, l->len, &at, &a, &b)) {
            size_t wa = a, wb = b;
            while (wa < wb && !isalpha((unsigned char)l->s[wa]))
                wa++;
            while (wb > wa && !isalpha((unsigned char)l->s[wb - 1]))
                wb--;
            int cap = wb > wa && isupper((unsigned char)l->s[wa]);
            if (cap && np_month_from_name(l->s + wa, wb - wa) == month) {
                size_t na = at, nb_, nat = at;
                int next_cap = 0, next_num = 0;
                if (np_line_next_token(l->s, l->len, &nat, &na, &nb_)) {
                    next_cap = isupper((unsigned char)l->s[na]) != 0;
                    next_num = isdigit((unsigned char)l->s[na]) != 0;
                }
                int in_name = (prev_cap && !prev_end) || next_cap;
                seen += next_num || !in_name;
            }
            prev_cap = cap;
            prev_end = b > a && strchr(".!?:", l->s[b - 1]) != NULL;
        }
    }
    return seen;
}

/* Whether a header's slashed date s[0..n) reads day first: the site's
 * country says so (day_first_host()), or, when both readings are days
 * ("10/07/2026"), the text names the month of the day-first reading and
 * not the other's (a July transfer saga dated 10/07 is 10 July, not 7
 * October); month first otherwise. */
static int slashed_day_first(const seg *g, const char *s, size_t n, const char *url)
{
    if (day_first_host(url))
        return 1;
    np_textdate us, eu;
    if (!np_textdate_slashed(s, n, 0, &us) || !np_textdate_slashed(s, n, 1, &eu) || us.month == eu.month)
        return 0;
    return month_named(g, eu.month) && !month_named(g, us.month);
}

/* A year later than year among s's len bytes ("... began modelling in
 * 1950"). */
static int later_year(const char *s, size_t len, int year)
{
    for (size_t k = 0; k + 4 <= len; k++) {
        const char *y = s + k;
        if (!isdigit((unsigned char)y[0]) || !isdigit((unsigned char)y[1]) || !isdigit((unsigned char)y[2]) ||
            !isdigit((unsigned char)y[3]) || (k > 0 && isalnum((unsigned char)y[-1])) ||
            (k + 4 < len && isalnum((unsigned char)y[4])))
            continue;
        int v = (y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 + (y[3] - '0');
        if (v > year && v <= 2100)
            return 1;
    }
    return 0;
}

/* s[0, end) tells of a death or an age ("died", "death", "She was 85.",
 * "aged 91"). */
static int obituary_words(const char *s, size_t end)
{
    static const char *const death[] = {"died", "dies", "death", "passed away", "aged ", "was ", NULL};
    for (size_t i = 0; i < end; i++)
        for (size_t k = 0; death[k]; k++) {
            size_t n = strlen(death[k]);
            if (i + n > end || strncasecmp(s + i, death[k], n) || (i > 0 && isalpha((unsigned char)s[i - 1])))
                continue;
            if (death[k][n - 1] != ' ')
                return 1;
            /* "aged 91", "was 85": an age */
            if (i + n + 1 < end && isdigit((unsigned char)s[i + n]) && isdigit((unsigned char)s[i + n + 1]))
                return 1;
        }
    return 0;
}

/* The first paragraph (g's lede line s, its birth date at byte end, of
 * year) tells of a life: a death or an age before the date, on its line or
 * the two above ("She was 85." on a line of its own), or a year later than
 * the birth's in it or the lines after: the birth date is a life's, not the
 * news (a zoo's calf "was born on June 2, 2031" is the news). */
#define OBITUARY_LINES 4 /* lines from the first paragraph on read for a life's later years */
static int obituary(const seg *g, const char *s, size_t end, int year)
{
    for (size_t i = g->lede; i < g->n && i < g->lede + OBITUARY_LINES; i++)
        if (later_year(g->v[i].s, g->v[i].len, year))
            return 1;
    for (size_t i = g->lede > 2 ? g->lede - 2 : 0; i < g->lede && i < g->n; i++)
        if (obituary_words(g->v[i].s, g->v[i].len))
            return 1;
    return obituary_words(s, end);
}

/* The first paragraph's date d may be the day its news happened ("...
 * during a visit on November 27, 2025, ..."), and so about the day it was
 * written: not a date naming an earlier event by an article or possessive
 * before it ("for the March 11, 2005, shooting", "since the 2001 attacks"),
 * nor one after "since" or "in" a year-long span; nor a birth told in the
 * date's own clause ("Vera Lind was born in Selm, Tarnland on April 22,
 * 1931": "was born" before it, no ", <lower-case word>", ";" or ":"
 * between; "Lind, who was born in Selm, died on May 6, 2031" is the news)
 * in a life's story (obituary()). */
#define NEWS_DAY_WORDS 12 /* words before the date read for "was born" */
static int news_day(const seg *g, const char *s, const np_textdate *d)
{
    size_t i = d->start;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    size_t e = i;
    while (i > 0 && ((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z'))
        i--;
    size_t n = e - i;
    static const char *const before[] = {"the",   "a",     "an",    "its",   "his", "her",
                                         "their", "since", "until", "after", NULL};
    for (size_t k = 0; before[k]; k++)
        if (n == strlen(before[k]) && strncasecmp(s + i, before[k], n) == 0)
            return 0;
    static const char *const be[] = {"was", "were", "is", "are", NULL};
    size_t words = 0, prev_start = SIZE_MAX; /* the word read before (to its right) */
    for (size_t p = d->start; p > 0 && words < NEWS_DAY_WORDS;) {
        while (p > 0 && !isalpha((unsigned char)s[p - 1])) {
            char c = s[p - 1];
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == ':')
                return 1; /* the clause starts: words before it are not this date's */
            /* ", announced", ", which", ", died": another clause */
            if (c == ',' && prev_start != SIZE_MAX && islower((unsigned char)s[prev_start]))
                return 1;
            p--;
        }
        size_t we = p;
        while (p > 0 && isalpha((unsigned char)s[p - 1]))
            p--;
        words++;
        /* "born in 1931 and died on May 6": "and" joins another verb */
        if (we - p == 3 && !strncmp(s + p, "and", 3) && prev_start != SIZE_MAX && islower((unsigned char)s[prev_start]))
            return 1;
        if (we - p == 4 && !strncmp(s + p, "born", 4) && (p == 0 || s[p - 1] == ' ')) {
            /* "was born": the verb, not "Selm-born" nor "newly born" */
            size_t q = p;
            while (q > 0 && s[q - 1] == ' ')
                q--;
            size_t qe = q;
            while (q > 0 && isalpha((unsigned char)s[q - 1]))
                q--;
            for (size_t k = 0; be[k]; k++)
                if (qe - q == strlen(be[k]) && !strncasecmp(s + q, be[k], qe - q))
                    return !obituary(g, s, d->start, d->year);
        }
        prev_start = p;
    }
    return 1;
}

/* What a top line holding a full date says of the day the page was
 * published, weakest first. */
typedef enum {
    DATE_EVENT,   /* the date of something the line tells: a deck, a kicker,
                     a summary ("Final vote set for April 20, 2031") */
    DATE_UPDATED, /* the stamp of a later edit ("UPDATED MARCH 12, 2031") */
    DATE_STAMP,   /* a date alone or stamped as published ("March 11, 2031",
                     "Published: Tuesday, March 11, 2031, 9:40 AM ET") */
} date_kind;

/* Two to five capitals after a clock time are its zone, whichever zone
 * ("20:09 IST", "9:40 PM AEDT"): too many to list.  After a date alone
 * they may be a word in capitals ("JUNE 3, 2031 FINAL"). */
static int zone_code(const char *w, size_t n)
{
    if (n < 2 || n > 5)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (w[k] < 'A' || w[k] > 'Z')
            return 0;
    return 1;
}

/* "am", "pm", "a.m", "p.m" and the listed zones ("ET", "GMT"): words
 * a zone may follow. */
static int clock_time_word(const char *w, size_t n)
{
    static const char *const clock[] = {"am",  "pm", "a.m", "p.m", "et",  "est", "edt", "gmt", "utc", "bst", "cet",
                                        "cest", "pt", "pst", "pdt", "ct",  "cst", "cdt", "mt",  "mst", "mdt", NULL};
    for (size_t j = 0; clock[j]; j++)
        if (strlen(clock[j]) == n && !strncasecmp(w, clock[j], n))
            return 1;
    return 0;
}

/* Does s[a..b) hold a clock time: digits around ':' or '.' ("9:40",
 * "09.40"), or digits before "am" / "pm" ("10am")? */
static int clock_time(const char *s, size_t a, size_t b)
{
    for (size_t k = a + 1; k + 1 < b; k++)
        if ((s[k] == ':' || s[k] == '.') && isdigit((unsigned char)s[k - 1]) && isdigit((unsigned char)s[k + 1]))
            return 1;
    return b - a >= 3 && isdigit((unsigned char)s[b - 3]) && (s[b - 1] | 0x20) == 'm' &&
           ((s[b - 2] | 0x20) == 'a' || (s[b - 2] | 0x20) == 'p');
}

/* The words a time stamp is written with besides its date: 1 for the verbs
 * of a later edit ("Updated", "Last modified"), 2 for those of the first
 * publication ("Published", "Posted", "First published"), 3 for the rest
 * (weekdays, clock and time-zone words, "on", "at", "ago"), 0 for any other
 * word, which makes the line a phrase about something else. */
static int stamp_word(const char *w, size_t n)
{
    static const char *const edit[] = {"updated", "update", "last", "modified", "revised", "edited", "amended",
                                       "corrected", NULL};
    static const char *const first[] = {"published", "publish", "posted", "first", "originally", "created", "filed",
                                        "issued", "released", "uploaded", "pub", NULL};
    static const char *const other[] = {"on", "at", "of", "date", "dated", "time", "monday", "mon", "tuesday",
                                        "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
                                        "friday", "fri", "saturday", "sat", "sunday", "sun", "ago", "hour",
                                        "hours", "hrs", "minute", "minutes", "min", "mins", "read", NULL};
    static const char *const *const lists[] = {edit, first, other};
    for (int k = 0; k < 3; k++)
        for (size_t j = 0; lists[k][j]; j++)
            if (strlen(lists[k][j]) == n && !strncasecmp(w, lists[k][j], n))
                return k + 1;
    /* a month: "Mar. 12" of a second date without its year */
    return clock_time_word(w, n) || np_month_from_name(w, n) ? 3 : 0;
}

/* A line that only stamps a date: every word a stamp's, a time's, a
 * month's or a zone's, "by" and, on a byline, the author's name -
 * "PUBLISHED: TUESDAY, MARCH 11, 2031, 9:40 AM", "Posted at 4:10 PM ET,
 * 02/7/2031", "UPDATED 05/03/2031"; not a sentence or a headline ("The dam
 * failed on March 3, 2019.", "Remembering 9/11/01: A City Mourns"). */
static int stamp_line(const np_line *l)
{
    size_t i = 0, a, b;
    while (np_line_next_token(l->s, l->len, &i, &a, &b)) {
        while (a < b && !isalnum((unsigned char)l->s[a]))
            a++;
        while (b > a && !isalnum((unsigned char)l->s[b - 1]))
            b--;
        if (a >= b || isdigit((unsigned char)l->s[a]))
            continue; /* the date's and the time's digits */
        const char *w = l->s + a;
        size_t n = b - a;
        if (stamp_word(w, n) || zone_code(w, n) || (n == 2 && !strncasecmp(w, "by", 2)) ||
            ((l->flags & NP_LF_BYLINE) && isupper((unsigned char)w[0])))
            continue;
        return 0;
    }
    return 1;
}

/* What a date line says. */
typedef struct date_reading {
    date_kind kind;
    np_textdate day;  /* the date that tells the day of publication */
    int has_edit;     /* a stamp's date of a later edit ... */
    np_textdate edit; /* ... the first one */
} date_reading;

/* How the line l reads, into *r: its kind, and the date that tells its day
 * of publication: the first one not stamped as an edit ("Updated: March
 * 12, 2031 | Published: March 11, 2031" is of March 11), else the first.
 * A byline's words ("By Karl Ost | March 11, 2031", "Posted by Ana Ruiz
 * on ...") belong to a stamp too.  Returns 0 when l holds no full date. */
static int read_date_line(const np_line *l, date_reading *r)
{
    enum { MAX_DATES = 4 };
    np_textdate dates[MAX_DATES];
    int edited[MAX_DATES] = {0};
    size_t nd = 0, n = l->len < 400 ? l->len : 400, pos = 0;
    while (nd < MAX_DATES && pos < n && np_textdate_find(l->s + pos, n - pos, &dates[nd])) {
        dates[nd].start += pos;
        dates[nd].end += pos;
        pos = dates[nd++].end;
    }
    if (!nd)
        return 0;
    size_t i = 0, a, b, next = 0, phrase = 0;
    int verb = 0;       /* the stamp verb since the last date: 1 edit, 2 publication */
    int after_time = 0; /* the token before ended a clock time ("9:40", "PM") */
    while (np_line_next_token(l->s, n, &i, &a, &b)) {
        if (next < nd && b > dates[next].start) {
            /* a date's first token: it takes the verb before it */
            edited[next++] = verb == 1;
            verb = 0;
            while (next < nd && dates[next].start < b)
                next++; /* dates glued into one token: no verb of their own */
            after_time = clock_time(l->s, dates[next - 1].start, dates[next - 1].end);
            continue;
        }
        if (next > 0 && a < dates[next - 1].end)
            continue; /* inside the date just read */
        while (a < b && !isalnum((unsigned char)l->s[a]))
            a++;
        while (b > a && !isalnum((unsigned char)l->s[b - 1]))
            b--;
        int digits = 0;
        for (size_t k = a; k < b; k++)
            digits |= isdigit((unsigned char)l->s[k]) != 0;
        if (a == b)
            continue; /* punctuation */
        if (digits) {
            after_time = clock_time(l->s, a, b); /* a number, a time ("9:40", "10am") */
            continue;
        }
        int w = stamp_word(l->s + a, b - a), clock_word = w == 3 && clock_time_word(l->s + a, b - a);
        int zone = !w && after_time && zone_code(l->s + a, b - a);
        after_time = clock_word || zone; /* "PM ET", "AM AEDT" */
        if (zone)
            w = 3;
        if (!w)
            phrase++;
        else if (w < 3)
            verb = w;
    }
    size_t pick = 0, edit = 0;
    while (pick < nd && edited[pick])
        pick++;
    while (edit < nd && !edited[edit])
        edit++;
    r->day = dates[pick < nd ? pick : 0];
    r->kind = phrase && !(l->flags & NP_LF_BYLINE) ? DATE_EVENT : pick < nd ? DATE_STAMP : DATE_UPDATED;
    r->has_edit = r->kind != DATE_EVENT && edit < nd;
    if (r->has_edit)
        r->edit = dates[edit];
    return 1;
}

/* The dated lines among the page's first lines: the first of each kind
 * and the first edit stamp. */
typedef struct top_dates {
    int have[3];
    np_textdate day[3];
    int has_edit;
    np_textdate edit;
} top_dates;

static void read_top_dates(const seg *g, size_t top, top_dates *td)
{
    memset(td, 0, sizeof *td);
    /* a date line among the page's first lines counts even where the body
     * was found to start above it: summary bullets over "PUBLISHED:
     * TUESDAY, MARCH 11, 2031" read as prose (the date line itself left
     * the body as furniture) */
    size_t date_top = top > HEADER_DATE_LINES ? top : HEADER_DATE_LINES;
    date_reading r;
    for (size_t i = 0; i < date_top && i < g->n; i++) {
        if (!(g->v[i].flags & NP_LF_DATE) || !(i < top || stamp_line(&g->v[i])) || !read_date_line(&g->v[i], &r))
            continue;
        if (!td->have[r.kind]) {
            td->day[r.kind] = r.day;
            td->have[r.kind] = 1;
        }
        if (r.has_edit && !td->has_edit) {
            td->edit = r.edit;
            td->has_edit = 1;
        }
    }
}

/* The day the page was published, as "YYYY-MM-DD" into iso: 1 when found.
 * From the strongest evidence down: a date line among the page's first
 * lines that only stamps a date or its publication, the byline's date, the
 * day the URL spells, a stamp of a later edit (an "Updated" stamp is the
 * day of publication only when nothing tells that day; HTML pages keep
 * article:modified_time out of it likewise), an all-digit header stamp, a
 * date inside a top line's phrase, the first full date of the first
 * paragraph that may be the day of its news (news_day()).  A deck, a
 * summary or a kicker tells the date of its event ("Final vote set for
 * April 20, 2031"), which the byline's "March 11, 2031" below it is not. */
static int find_published(const seg *g, const top_dates *td, const np_textdate *byline_date, const char *url,
                          char iso[11])
{
    np_textdate d;
    if (td->have[DATE_STAMP] || byline_date) {
        np_textdate_iso(td->have[DATE_STAMP] ? &td->day[DATE_STAMP] : byline_date, iso);
        return 1;
    }
    if (url && np_url_date(url, iso))
        return 1;
    if (td->have[DATE_UPDATED]) {
        np_textdate_iso(&td->day[DATE_UPDATED], iso);
        return 1;
    }
    /* a header line stamped with an all-digit date ("3/14/31 9:05 AM
     * EST"), read day first on a country's site outside the US */
    for (size_t i = 0; i < HEADER_DATE_LINES && i < g->n; i++)
        if (g->v[i].words <= HEADER_DATE_WORDS && stamp_line(&g->v[i]) &&
            np_textdate_slashed(g->v[i].s, g->v[i].len, slashed_day_first(g, g->v[i].s, g->v[i].len, url), &d)) {
            np_textdate_iso(&d, iso);
            return 1;
        }
    const np_line *p1 = g->lede < g->n ? &g->v[g->lede] : NULL;
    if (td->have[DATE_EVENT])
        d = td->day[DATE_EVENT];
    else if (!p1 || !np_textdate_find(p1->s, p1->len < FIRST_PARA_SCAN ? p1->len : FIRST_PARA_SCAN, &d) ||
             !news_day(g, p1->s, &d))
        return 0;
    np_textdate_iso(&d, iso);
    return 1;
}

static np_status gather_meta(const seg *g, const char *outlet, const char *url, meta *m)
{
    np_status st = NP_OK;
    size_t top = g->start < TOP_WINDOW ? g->start : TOP_WINDOW;
    if (top > g->n)
        top = g->n;
    if (g->title >= 0) {
        const np_line *l = &g->v[g->title];
        size_t n = strip_site_suffix(l->s, l->len);
        if (!g->title_verbatim)
            n = strip_period(l->s, n);
        /* Prefer the repeat without a closing period when both exist. */
        if ((st = set_str(&m->title, l->s, n)) != NP_OK)
            return st;
    }
    /* Deck: the first prose-sized line of the top block after the title. */
    for (size_t i = g->title >= 0 ? (size_t)g->title + 1 : 0; i < top; i++) {
        const np_line *l = &g->v[i];
        if (g->repeated[i] || (l->flags & (FURNITURE | NP_LF_DATE | NP_LF_BYLINE)) || l->words < 8)
            continue;
        if ((st = set_str(&m->description, l->s, strip_site_suffix(l->s, l->len))) != NP_OK)
            return st;
        break;
    }
    for (size_t i = g->deck; i < g->lede && !m->description; i++)
        if (g->v[i].words >= 8 && (st = set_str(&m->description, g->v[i].s, g->v[i].len)) != NP_OK)
            return st;
    /* Byline: top block first, then the tail (some templates put it last). */
    np_byline by;
    int have_by = 0;
    for (size_t i = 0; i < top && !have_by; i++)
        if (g->v[i].flags & NP_LF_BYLINE)
            have_by = np_byline_parse(g->v[i].s, g->v[i].len, outlet, &by);
    for (size_t i = g->end + 1; i < g->n && !have_by && g->start < g->n; i++)
        if (g->v[i].flags & NP_LF_BYLINE)
            have_by = np_byline_parse(g->v[i].s, g->v[i].len, outlet, &by);
    if (have_by && by.names[0] && (st = set_str(&m->author, by.names, strlen(by.names))) != NP_OK)
        return st;

    char iso[11];
    top_dates td;
    read_top_dates(g, top, &td);
    if (find_published(g, &td, have_by && by.has_date ? &by.date : NULL, url, iso) &&
        (st = set_str(&m->published, iso, 10)) != NP_OK)
        return st;
    /* the day of a later edit, as an HTML page's article:modified_time */
    if (td.has_edit) {
        np_textdate_iso(&td.edit, iso);
        if ((st = set_str(&m->modified, iso, 10)) != NP_OK)
            return st;
    }

    /* Dateline: opening the first paragraph, else "in PLACE" of the byline. */
    const np_line *p1 = g->lede < g->n ? &g->v[g->lede] : NULL;
    char place[128];
    if (p1 && np_dateline_parse(p1->s, p1->len, place, sizeof place) && place[0])
        st = set_str(&m->dateline, place, strlen(place));
    else if (have_by && by.place[0])
        st = set_str(&m->dateline, by.place, strlen(by.place));
    return st;
}

static void give(char **field, char **value)
{
    if (!*field && *value) {
        *field = *value;
        *value = NULL;
    }
}

np_status np_textdoc_parse(const char *text, size_t len, np_doc *doc, np_error *err)
{
    return np_textdoc_parse_with(text, len, NULL, doc, err);
}

np_status np_textdoc_parse_with(const char *text, size_t len, const np_verbs *verbs, np_doc *doc, np_error *err)
{
    if (!doc)
        return np_error_set(err, NP_EINVAL, "", 0, -1, "no document to fill");
    if (!text || !len)
        return np_error_set(err, NP_EEMPTY, "", 0, -1, "empty text");
    seg g;
    memset(&g, 0, sizeof g);
    np_status st = split_lines(text, len, &g.v, &g.n);
    if (st != NP_OK)
        return np_error_set(err, st, "", 0, -1, "out of memory splitting lines");
    if (!g.n) {
        np_free(g.v);
        return np_error_set(err, NP_EEMPTY, "", 0, -1, "text holds only whitespace");
    }
    unsigned char *keep = np_calloc(g.n, 1);
    if (!keep) {
        np_free(g.v);
        return np_error_set(err, NP_ENOMEM, "", 0, -1, "out of memory");
    }
    g.run = np_calloc(g.n, 1);
    if (!g.run) {
        np_free(keep);
        np_free(g.v);
        return np_error_set(err, NP_ENOMEM, "", 0, -1, "out of memory");
    }
    mark_runs(g.v, g.n, g.run);
    find_top(&g);
    g.deck = g.lede = g.start;
    if (g.start < g.n) {
        find_end(&g);
        first_line_headline(&g);
        find_dateline_lede(&g);
        mark_body(&g, keep);
        drop_captions(&g, verbs, keep);
    } else {
        mark_fallback(&g, keep);
    }
    meta m;
    memset(&m, 0, sizeof m);
    st = drop_duplicates(&g, keep);
    if (st == NP_OK && g.start < g.n)
        st = drop_near_repeats(&g, keep);
    if (st == NP_OK)
        st = join_body(&g, keep, &m.text);
    if (st == NP_OK)
        st = gather_meta(&g, doc->outlet, doc->url, &m);
    if (st == NP_OK) {
        give(&doc->title, &m.title);
        give(&doc->published, &m.published);
        give(&doc->modified, &m.modified);
        give(&doc->author, &m.author);
        give(&doc->dateline, &m.dateline);
        give(&doc->description, &m.description);
        give(&doc->text, &m.text);
    }
    meta_free(&m);
    np_free(keep);
    np_free(g.run);
    np_free(g.v);
    if (st == NP_EEMPTY)
        return np_error_set(err, st, "", 0, -1, "no article body left after cleaning");
    if (st != NP_OK)
        return np_error_set(err, st, "", 0, -1, "out of memory building the document");
    return NP_OK;
}
