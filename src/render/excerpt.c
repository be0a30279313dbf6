/* render/excerpt.c — quotation pieces shown as excerpts (see excerpt.h). */
#include "render/excerpt.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Which quotation mark t leaves unpaired: 1 it opens one it never closes,
 * -1 it closes one it never opened, 0 neither (curly marks by depth,
 * straight ones by parity: an odd one opens at the start or after a space
 * or punctuation that ends no sentence or bracket, else it closes, and
 * always when it ends the words). */
static int unpaired_mark(const char *t, int *curly)
{
    long depth = 0, straight = 0;
    int lost = 0;
    const char *first = NULL;
    for (const unsigned char *c = (const unsigned char *)t; *c; c++) {
        if (c[0] == 0xE2 && c[1] == 0x80 && (c[2] == 0x9C || c[2] == 0x9D)) {
            if (c[2] == 0x9C)
                depth++;
            else if (depth)
                depth--;
            else
                lost = 1;
            c += 2;
        } else if (*c == '"') {
            first = first ? first : (const char *)c;
            straight++;
        }
    }
    *curly = depth || lost;
    if (depth)
        return 1;
    if (lost)
        return -1;
    if (straight % 2 == 0)
        return 0;
    /* a mark ending the words closes ("... further.)\"") */
    if (!first[1])
        return -1;
    unsigned char before = first > t ? (unsigned char)first[-1] : ' ';
    return first == t || (!isalnum(before) && !strchr(".,!?)]", before)) ? 1 : -1;
}

/* Does t, found in doc, run to the end of its paragraph with the next
 * paragraph opening no quotation mark?  A quotation it leaves open then
 * ends there in the article itself (its closing mark never written): no
 * words of it are left out. */
static int ends_paragraph(const char *doc, const char *t)
{
    const char *at = doc && *t ? strstr(doc, t) : NULL;
    if (!at)
        return 0;
    const char *c = at + strlen(t);
    while (*c == ' ' || *c == '\t')
        c++;
    if (*c && *c != '\n')
        return 0;
    while (*c == '\n' || *c == ' ' || *c == '\t' || *c == '\r')
        c++;
    return *c != '"' && strncmp(c, "\u201c", 3) != 0;
}

/* Does t, found in doc, stand inside a quotation: no mark of its own, and
 * one opened before it in its paragraph (up to a blank line: hard-wrapped
 * text breaks lines inside paragraphs) and not closed ("“The quay will
 * reopen. The board has paid. We are ready,” he said" shown as its middle
 * sentence)?  A straight mark after a digit or an apostrophe is an inch
 * mark ("5'10\""), and one after a curly opening mark closes it (scraped
 * text mixes them).  Words right after the opening mark begin the
 * quotation: they need no elision before them, so no marks at all here.
 * *curly as for the marks that open it. */
static int inside_quotation(const char *doc, const char *t, int *curly)
{
    if (!doc || !*t || strchr(t, '"') || strstr(t, "\u201c") || strstr(t, "\u201d"))
        return 0;
    const char *at = strstr(doc, t);
    if (!at)
        return 0;
    const char *p0 = at;
    while (p0 > doc && !(p0[-1] == '\n' && p0 - 1 > doc && p0[-2] == '\n'))
        p0--;
    long depth = 0, straight = 0;
    for (const unsigned char *c = (const unsigned char *)p0; c < (const unsigned char *)at; c++) {
        if (c[0] == 0xE2 && c[1] == 0x80 && (c[2] == 0x9C || c[2] == 0x9D)) {
            depth += c[2] == 0x9C ? 1 : (depth ? -1 : 0);
            c += 2;
        } else if (*c == '"') {
            int inch = c > (const unsigned char *)p0 && (isdigit(c[-1]) || c[-1] == '\'');
            if (inch)
                continue;
            if (depth > 0)
                depth--; /* “...": a curly quotation closed straight */
            else
                straight++;
        }
    }
    /* the opening mark right before t: t begins the quotation */
    const char *q = at;
    while (q > p0 && (q[-1] == ' ' || q[-1] == '\t'))
        q--;
    if ((q > p0 && q[-1] == '"') ||
        (q - p0 >= 3 && (unsigned char)q[-3] == 0xE2 && (unsigned char)q[-2] == 0x80 && (unsigned char)q[-1] == 0x9C))
        return 0;
    if (depth > 0) {
        *curly = 1;
        return 1;
    }
    *curly = 0;
    return straight % 2 == 1;
}

int np_excerpt_marks(const char *t, const char *doc, int *curly)
{
    *curly = 0;
    if (!t)
        return 0;
    int u = unpaired_mark(t, curly);
    if (!u && inside_quotation(doc, t, curly))
        return 2;
    return u > 0 && ends_paragraph(doc, t) ? 0 : u;
}

const char *np_excerpt_before(int marks, int curly)
{
    return marks < 0 || marks == 2 ? (curly ? "\u201c[\u2026] " : "\"[\u2026] ") : "";
}

const char *np_excerpt_after(int marks, int curly)
{
    return marks > 0 ? (curly ? " [\u2026]\u201d" : " [\u2026]\"") : "";
}

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

const char *np_excerpt_find(const char *text, size_t from, size_t len, const char *needle, size_t nlen, int fold)
{
    if (!nlen || from > len || nlen > len - from)
        return NULL;
    if (!fold)
        return memmem(text + from, len - from, needle, nlen);
    for (size_t i = from; i + nlen <= len; i++) {
        if (strncasecmp(text + i, needle, nlen) != 0)
            continue;
        if ((i > 0 && is_word_byte((unsigned char)text[i - 1])) ||
            (i + nlen < len && is_word_byte((unsigned char)text[i + nlen])))
            continue;
        return text + i;
    }
    return NULL;
}
