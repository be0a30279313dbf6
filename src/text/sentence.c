/* text/sentence.c — rule-based sentence splitter (see sentence.h). */
#include "text/sentence.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "text/lexicon.h"

typedef struct span_vec {
    np_span *v;
    size_t n, cap;
} span_vec;

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Byte length of a closing quote/bracket at p, else 0. */
static size_t closer_len(const unsigned char *p, size_t left)
{
    if (left >= 1 && (p[0] == '"' || p[0] == '\'' || p[0] == ')' || p[0] == ']'))
        return 1;
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9D || p[2] == 0x99))
        return 3; /* ” ’ */
    if (left >= 2 && p[0] == 0xC2 && p[1] == 0xBB)
        return 2; /* » */
    return 0;
}

/* Opening quote/bracket at p: its length, else 0. */
static size_t opener_len(const unsigned char *p, size_t left)
{
    if (left >= 1 && (p[0] == '"' || p[0] == '\'' || p[0] == '(' || p[0] == '['))
        return 1;
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x98))
        return 3; /* “ ‘ */
    if (left >= 2 && p[0] == 0xC2 && p[1] == 0xAB)
        return 2; /* « */
    return 0;
}

/* Byte length of a Unicode blank at p (NBSP, thin/zero-width spaces,
 * ideographic space), else 0. */
static size_t ublank_len(const unsigned char *p, size_t left)
{
    if (left >= 2 && p[0] == 0xC2 && p[1] == 0xA0)
        return 2;
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] <= 0x8B || p[2] == 0xAF))
        return 3;
    if (left >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
        return 3;
    return 0;
}

/* Is [s, e) only Unicode blanks? (trimmed from the end byte by byte) */
static size_t ublank_before(const unsigned char *u, size_t lo, size_t end)
{
    if (end >= lo + 2 && ublank_len(u + end - 2, 2) == 2)
        return 2;
    if (end >= lo + 3 && ublank_len(u + end - 3, 3) == 3)
        return 3;
    return 0;
}

static int push(span_vec *sv, const char *text, size_t start, size_t end)
{
    const unsigned char *u = (const unsigned char *)text;
    for (;;) {
        size_t l;
        if (start < end && is_space(u[start]))
            start++;
        else if (start < end && (l = ublank_len(u + start, end - start)) > 0)
            start += l;
        else
            break;
    }
    for (;;) {
        size_t l;
        if (end > start && is_space(u[end - 1]))
            end--;
        else if (end > start && (l = ublank_before(u, start, end)) > 0)
            end -= l;
        else
            break;
    }
    if (start >= end)
        return 1;
    if (sv->n == sv->cap) {
        size_t cap = sv->cap ? sv->cap * 2 : 32;
        np_span *v = np_realloc(sv->v, cap * sizeof *v);
        if (!v)
            return 0;
        sv->v = v;
        sv->cap = cap;
    }
    sv->v[sv->n].start = start;
    sv->v[sv->n].end = end;
    sv->n++;
    return 1;
}

/* The word ending just before the period at `dot`: [*ws, dot). */
static void word_before(const char *text, size_t lo, size_t dot, size_t *ws)
{
    size_t i = dot;
    while (i > lo) {
        unsigned char c = (unsigned char)text[i - 1];
        if (is_space(c) || c == '(' || c == '"' || c == '[' || (c & 0x80))
            break;
        i--;
    }
    *ws = i;
}

/* Does an attribution ("he said", "Putin added") follow at pos, before any
 * sentence terminator, within a few words?  Not one that goes on with
 * "that" ("He added that ..."): a sentence of its own. */
static int attribution_follows(const char *text, size_t len, size_t pos)
{
    size_t i = pos;
    for (int words = 0; words < 5 && i < len; words++) {
        while (i < len && (text[i] == ' ' || text[i] == '\t'))
            i++;
        size_t s = i;
        while (i < len && ((unsigned char)text[i] >= 0x80 || is_upper((unsigned char)text[i]) ||
                           is_lower((unsigned char)text[i]) || text[i] == '-'))
            i++;
        if (i == s)
            return 0;
        if (np_lex_is_speech_verb(text + s, i - s)) {
            /* "... tomorrow.” He added that the gauges would open": a
             * sentence reporting more, not the quotation's attribution */
            size_t w = i;
            while (w < len && text[w] == ' ')
                w++;
            if (!(len - w >= 5 && !memcmp(text + w, "that", 4) && !is_lower((unsigned char)text[w + 4]) &&
                  !is_upper((unsigned char)text[w + 4])))
                return 1;
            /* "... Marr said that evening.": "that" points at a time */
            static const char *const times[] = {"evening", "morning", "night", "afternoon", "day", "week",
                                                "time", NULL};
            size_t t = w + 4;
            while (t < len && text[t] == ' ')
                t++;
            for (size_t k = 0; times[k]; k++) {
                size_t l = strlen(times[k]);
                /* the time word ends the clause ("said that evening."),
                 * else "that time was ..." is a reported clause */
                if (len - t >= l && !memcmp(text + t, times[k], l) &&
                    (t + l == len || text[t + l] == '.' || text[t + l] == ',' || text[t + l] == '!' ||
                     text[t + l] == '?'))
                    return 1;
            }
            return 0;
        }
        if (i < len && (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == '\n'))
            return 0;
        if (i < len && text[i] == ',')
            i++;
    }
    return 0;
}

/* Decide whether the terminator run [tstart, tend) followed by closers up to
 * `after` ends a sentence.  `next` is the first non-space byte after it. */
static int ends_sentence(const char *text, size_t len, size_t sent_lo, size_t tstart,
                         size_t tend, size_t after, size_t next)
{
    if (next >= len)
        return 1;
    const unsigned char *u = (const unsigned char *)text;
    unsigned char c = u[next];
    int had_closer = after > tend;
    int cap_next = is_upper(c) || is_digit(c) || opener_len(u + next, len - next) || c >= 0x80;
    if (is_lower(c))
        return 0; /* continuation: "... win.” he said", "e.g. the" */
    if (!cap_next)
        return 0;
    if (had_closer && attribution_follows(text, len, next))
        return 0;
    int ellipsis = (tend - tstart >= 2 && text[tstart] == '.') ||
                   (tend - tstart >= 3 && u[tstart] == 0xE2);
    if (ellipsis)
        return 1;
    if (text[tstart] != '.' || tend - tstart != 1 || had_closer)
        return 1;
    /* A single period right after a word: abbreviations and initials. */
    size_t ws;
    word_before(text, sent_lo, tstart, &ws);
    size_t wl = tstart - ws;
    if (wl == 0)
        return 1;
    if (wl == 1 && is_upper(u[ws]))
        return 0; /* initial: "J. R. R. Tolkien" */
    if (memchr(text + ws, '.', wl)) {
        /* dotted abbreviation (U.S., a.m.): ends only before a function word */
        size_t e = next;
        while (e < len && (is_upper(u[e]) || is_lower(u[e])))
            e++;
        return np_lex_is_cap_function_word(text + next, e - next);
    }
    if (np_lex_is_abbrev(text + ws, wl)) {
        if (np_lex_month(text + ws, wl))
            return !is_digit(c); /* "Jan. 5" vs "... in Jan. The" */
        return 0;
    }
    /* the abbreviation closing a hyphenated name: "Aoraki-Mt. Cook" */
    size_t h = wl;
    while (h > 0 && text[ws + h - 1] != '-')
        h--;
    if (h > 0 && h < wl && np_lex_is_abbrev(text + ws + h, wl - h) && !np_lex_month(text + ws + h, wl - h))
        return 0;
    return 1;
}

np_status np_sentences_split(const char *text, size_t len, np_span **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!text)
        return NP_OK;
    const unsigned char *u = (const unsigned char *)text;
    span_vec sv = {0};
    size_t start = 0, i = 0;
    while (i < len) {
        unsigned char c = u[i];
        if (c == '\n') {
            /* paragraph break, or a line that starts like a new sentence */
            size_t j = i + 1;
            int blank = 0;
            while (j < len && is_space(u[j])) {
                if (u[j] == '\n')
                    blank = 1;
                j++;
            }
            if (blank || j >= len || !is_lower(u[j])) {
                if (!push(&sv, text, start, i))
                    goto oom;
                start = j;
            }
            i = j;
            continue;
        }
        int term = c == '.' || c == '!' || c == '?' ||
                   (c == 0xE2 && i + 2 < len && u[i + 1] == 0x80 && u[i + 2] == 0xA6);
        if (!term) {
            i++;
            continue;
        }
        size_t tend = i;
        while (tend < len) {
            if (u[tend] == '.' || u[tend] == '!' || u[tend] == '?')
                tend++;
            else if (u[tend] == 0xE2 && tend + 2 < len && u[tend + 1] == 0x80 && u[tend + 2] == 0xA6)
                tend += 3;
            else
                break;
        }
        size_t after = tend, cl;
        while (after < len && (cl = closer_len(u + after, len - after)) > 0)
            after += cl;
        if (after < len && !is_space(u[after])) {
            i = tend; /* "2.5", "U.S.-led", "example.com" */
            continue;
        }
        size_t next = after;
        while (next < len && (u[next] == ' ' || u[next] == '\t'))
            next++;
        if (next < len && u[next] == '\n') {
            /* the newline logic decides */
            if (!push(&sv, text, start, after))
                goto oom;
            start = after;
            i = after;
            continue;
        }
        if (ends_sentence(text, len, start, i, tend, after, next)) {
            if (!push(&sv, text, start, after))
                goto oom;
            start = next;
        }
        i = after > i ? after : i + 1;
    }
    if (!push(&sv, text, start, len))
        goto oom;
    *out = sv.v;
    *n = sv.n;
    return NP_OK;
oom:
    np_free(sv.v);
    return NP_ENOMEM;
}

long np_sentence_at(const np_span *sents, size_t n, size_t off)
{
    if (!sents || n == 0 || off < sents[0].start)
        return -1;
    size_t lo = 0, hi = n; /* last sentence with start <= off */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (sents[mid].start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (long)lo;
}

size_t np_spans_first_at(const void *spans, size_t n, size_t stride, size_t field, size_t off)
{
    const unsigned char *p = spans;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2, start;
        memcpy(&start, p + mid * stride + field, sizeof start);
        if (start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
