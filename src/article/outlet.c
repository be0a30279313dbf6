/* article/outlet.c — naming the publication of a document (see outlet.h).
 *
 * Every rule reads how pages name themselves (site suffixes, mastheads,
 * staff credits, copyright lines, agency credits, host names); there is no
 * list of outlets.  The page scans look at a bounded number of lines at
 * each end of the page, so the cost does not grow with the article. */
#include "article/outlet.h"

#include <string.h>
#include <strings.h>

#include "article/linefeat.h"
#include "core/url.h"

#define NAME_MAX_BYTES 80
#define TOP_LINES 15
#define TAIL_LINES 20
#define CREDIT_SCAN 300

typedef struct line {
    const char *s;
    size_t n;
} line;

static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static void trim(const char **s, size_t *n)
{
    while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t' || (*s)[0] == '\r'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r'))
        (*n)--;
}

/* Words of a name: 1-5 words, each capitalised or a short joiner ("of",
 * "the", "and", "&"), the first capitalised; letters, digits inside words,
 * apostrophes, hyphens and dots inside words only ("Example.net"). */
static int name_words(const char *s, size_t n)
{
    if (n == 0 || n > NAME_MAX_BYTES || !is_upper((unsigned char)s[0]))
        return 0;
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        if (i >= n)
            break;
        size_t a = i;
        while (i < n && s[i] != ' ')
            i++;
        size_t l = i - a;
        const char *w = s + a;
        words++;
        int joiner = (l == 2 && !memcmp(w, "of", 2)) || (l == 3 && !memcmp(w, "the", 3)) ||
                     (l == 3 && !memcmp(w, "and", 3)) || (l == 1 && w[0] == '&') || (l == 2 && !memcmp(w, "de", 2));
        if (!joiner && !is_upper((unsigned char)w[0]))
            return 0;
        for (size_t k = 0; k < l; k++) {
            unsigned char c = (unsigned char)w[k];
            if (c >= 0x80 || is_upper(c) || is_lower(c) || c == '&' || c == '\'')
                continue;
            if ((c == '.' || c == '-') && k > 0 && k + 1 < l)
                continue;
            return 0; /* digits, sentence or date punctuation: not a name */
        }
    }
    return words >= 1 && words <= 5;
}

static size_t count_words(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            w++;
    return w;
}

static np_status set_name(np_doc *doc, const char *s, size_t n)
{
    return np_doc_setn(&doc->outlet, s, n);
}

/* A bare host ("example-news.org") where a name belongs. */
static int host_like(const char *s)
{
    if (!s || !*s || !strchr(s, '.'))
        return 0;
    for (const char *p = s; *p; p++)
        if (!(is_lower((unsigned char)*p) || is_digit((unsigned char)*p) || *p == '.' || *p == '-'))
            return 0;
    return 1;
}

/* Line l is a share bar or a call to action ("Share  Tweet  Email"):
 * classified whole, only for a candidate. */
static int widget_line(const line *l)
{
    np_line ln = {.s = l->s, .len = l->n};
    np_line_classify(&ln);
    return (ln.flags & NP_LF_CTA) || ln.widgets * 2 >= ln.alpha;
}

/* "Headline of four words or more | Outlet", "Deck sentence. / Outlet":
 * the part after the last separator.  A share bar is no such line
 * ("Share: Facebook | X | Email", "Share on Facebook | Share on X |
 * Email"): its last button is no outlet. */
static size_t site_suffix(const line *l, const char **name)
{
    for (size_t i = l->n; i-- > 2;) {
        const char *s = l->s;
        if ((s[i] == '|' || s[i] == '/') && s[i - 1] == ' ' && i + 1 < l->n && s[i + 1] == ' ') {
            const char *t = s + i + 2;
            size_t tn = l->n - i - 2;
            trim(&t, &tn);
            if (count_words(s, i) < 4 || !name_words(t, tn))
                return 0;
            if (widget_line(l))
                return 0;
            *name = t;
            return tn;
        }
    }
    return 0;
}

#define PROSE_WORDS 12 /* a line of this many words is the story's text */

/* "Outlet: The Harbour Ledger", "Publication: ...", "Source: ...": a
 * page's own label for its publication, as text exports of pages and feeds
 * write it at the top (among the first lines only: "Source:" under a table
 * or at the foot names the figures' source; "Publisher:" is a book's or a
 * report's as often). */
static size_t labelled_outlet(const line *l, const char **name)
{
    static const char *const labels[] = {"outlet:", "publication:", "source:", NULL};
    for (size_t k = 0; labels[k]; k++) {
        size_t kl = strlen(labels[k]);
        if (l->n <= kl || strncasecmp(l->s, labels[k], kl) != 0)
            continue;
        const char *t = l->s + kl;
        size_t tn = l->n - kl;
        trim(&t, &tn);
        if (tn && count_words(t, tn) <= 6 && name_words(t, tn)) {
            *name = t;
            return tn;
        }
    }
    return 0;
}

/* "The Kestrava Ledger" alone on the first line: at most four words, all
 * capitalised, starting with "The", and not the headline. */
static size_t masthead(const line *l, const np_doc *doc, const char **name)
{
    if (l->n < 6 || memcmp(l->s, "The ", 4) != 0 || count_words(l->s, l->n) > 4 || !name_words(l->s, l->n))
        return 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->s[i] == ' ' && i + 1 < l->n && !is_upper((unsigned char)l->s[i + 1]))
            return 0;
    if (doc->title && strlen(doc->title) == l->n && !memcmp(doc->title, l->s, l->n))
        return 0;
    *name = l->s;
    return l->n;
}

/* w[0..n) is one of the words of list (NULL-terminated). */
static int listed(const char *w, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && !memcmp(list[i], w, n))
            return 1;
    return 0;
}

/* A publication's own word, opening or closing its name ("The Estmark
 * Courant", "Radio Estmark News", "Ledger of Commerce"): generic newspaper,
 * broadcaster and agency vocabulary, sorted. */
static const char *const k_publication_words[] = {
    "Agency", "Argus", "Broadcasting", "Bulletin", "Chronicle", "Clarion", "Courant", "Courier",
    "Daily", "Dispatch", "Echo", "Examiner", "Express", "Gazette", "Guardian", "Herald", "Independent",
    "Inquirer", "Journal", "Ledger", "Mail", "Mirror", "Monitor", "News", "Observer", "Online", "Post",
    "Press", "Radio", "Record", "Register", "Review", "Sentinel", "Service", "Standard", "Star",
    "Telegraph", "Times", "Today", "Tribune", "Weekly", "Wire", NULL};

/* A section's first word ("Local News", "Breaking News"): the page's
 * department, not its publication. */
static const char *const k_section_words[] = {
    "Analysis", "Breaking", "Business", "Comment", "Culture", "Economy", "Entertainment", "Features", "Football",
    "Gallery", "Health", "Latest", "Lifestyle", "Live", "Local", "Markets", "More", "National", "Opinion",
    "Photos", "Pictures", "Politics", "Related", "Science", "Sport", "Sports", "Tech", "Technology", "Top",
    "Travel", "Video", "Weather", "World", NULL};

int np_outlet_name_like(const char *s, size_t n)
{
    size_t first = 0;
    while (first < n && s[first] != ' ')
        first++;
    /* a publication's word alone ("News", "Daily") is a section's or a
     * template's word, not a name */
    return name_words(s, n) && !listed(s, first, k_section_words) && !(first == n && listed(s, n, k_publication_words));
}

/* A byline: "By Jane Doe". */
static int byline_line(const line *l)
{
    return l->n > 3 && (l->s[0] == 'B' || l->s[0] == 'b') && l->s[1] == 'y' && l->s[2] == ' ';
}

/* A byline that names no one: "Staff and agencies", "Agencies", "Staff
 * reporter". */
static int staff_line(const line *l)
{
    static const char *const staff[] = {"agencies", "agency staff", "from agencies", "staff", "staff and agencies",
                                        "staff and wire reports", "staff reporter", "staff reporters",
                                        "staff writer", "staff writers", "wire reports", NULL};
    for (size_t k = 0; staff[k]; k++)
        if (l->n == strlen(staff[k]) && strncasecmp(l->s, staff[k], l->n) == 0)
            return 1;
    return 0;
}

/* A header line naming a person ("By Jane Doe"), the staff ("Staff and
 * agencies") or a day (a digit and a letter: "December 3, 2026",
 * "Published 3 Dec 2026 14:05"). */
static int byline_or_date(const line *l)
{
    if (byline_line(l) || staff_line(l))
        return 1;
    int digit = 0, letter = 0;
    for (size_t i = 0; i < l->n && i < 80; i++) {
        digit |= l->s[i] >= '0' && l->s[i] <= '9';
        letter |= is_upper((unsigned char)l->s[i]) || (l->s[i] >= 'a' && l->s[i] <= 'z');
    }
    return l->n <= 80 && digit && letter;
}

/* Header line l reads as a publication's name: at most five capitalised
 * words, no digits, beginning with "The" or beginning or ending on a
 * publication's word, no section label, not the headline. */
static int masthead_name(const line *l, const np_doc *doc)
{
    if (l->n < 4 || count_words(l->s, l->n) > 5 || !name_words(l->s, l->n) || byline_or_date(l))
        return 0;
    size_t last = l->n, first = 0;
    while (last > 0 && l->s[last - 1] != ' ')
        last--;
    while (first < l->n && l->s[first] != ' ')
        first++;
    if (memcmp(l->s, "The ", 4) != 0 && !listed(l->s + last, l->n - last, k_publication_words) &&
        !listed(l->s, first, k_publication_words))
        return 0;
    if (listed(l->s, first, k_section_words))
        return 0; /* "Local News", "World News": the page's section */
    return !(doc->title && strlen(doc->title) == l->n && !memcmp(doc->title, l->s, l->n));
}

/* Line l names a wire service by its last word ("Continental News Wire",
 * "Orbis News Agency", "Keldor Press", "Metro News Service"). */
static int agency_name(const line *l)
{
    static const char *const wire[] = {"Agency", "Press", "Service", "Wire", NULL};
    size_t last = l->n;
    while (last > 0 && l->s[last - 1] != ' ')
        last--;
    return last > 0 && listed(l->s + last, l->n - last, wire);
}

/* A newsroom's section, as desks are named ("Sports", "Metro", "Web"). */
static int section_word(const char *w, size_t n)
{
    static const char *const sections[] = {"business", "city", "digital", "foreign", "metro", "national", "news",
                                           "online", "politics", "sport", "sports", "web", "world", NULL};
    for (size_t i = 0; sections[i]; i++)
        if (strlen(sections[i]) == n && strncasecmp(w, sections[i], n) == 0)
            return 1;
    return 0;
}

/* The masthead among the header lines under the headline (masthead_name()),
 * under the byline or over a byline or date line ("Headline / By Jane Doe /
 * The Estmark Courant / December 3, 2026"). */
static size_t header_masthead(const line *top, size_t nt, const np_doc *doc, const char **name)
{
    for (size_t i = 1; i < nt && i <= 5; i++) {
        const line *l = &top[i];
        if (!masthead_name(l, doc))
            continue;
        /* under a byline, or over a byline or date line (a headline after a
         * date line, "The Ferry Is Back", is over the story's prose), or
         * closing a block of them ("Headline / By Jane Doe / December 3,
         * 2026 / Estmark Herald"): a headline comes before its byline */
        if (!byline_line(&top[i - 1]) && !staff_line(&top[i - 1]) && !(i + 1 < nt && byline_or_date(&top[i + 1])) &&
            !(i >= 2 && byline_or_date(&top[i - 1]) && byline_or_date(&top[i - 2])))
            continue;
        /* "Northern Ledger / Continental News Wire / date": the wire the
         * paper credits under its own name is not the paper */
        if (i >= 2 && agency_name(l) && masthead_name(&top[i - 1], doc) && !agency_name(&top[i - 1]))
            l = &top[i - 1];
        *name = l->s;
        return l->n;
    }
    return 0;
}

/* A byline naming the outlet after the writer: "By Jane Doe, Estmark
 * Herald" (the part after the last comma a masthead's name, not a place:
 * "By Jane Doe, Estmark"). */
static size_t byline_outlet(const line *l, const np_doc *doc, const char **name)
{
    if (!byline_line(l))
        return 0;
    const char *comma = NULL;
    for (size_t i = 3; i < l->n; i++)
        if (l->s[i] == ',')
            comma = l->s + i;
    if (!comma)
        return 0;
    line part = {comma + 1, l->n - (size_t)(comma + 1 - l->s)};
    trim(&part.s, &part.n);
    /* "By Jane Doe, News Reporter": her role, not the paper */
    static const char *const roles[] = {"Correspondent", "Editor", "Producer", "Reporter", "Staff", "Writer", NULL};
    size_t last = part.n;
    while (last > 0 && part.s[last - 1] != ' ')
        last--;
    if (!masthead_name(&part, doc) || listed(part.s + last, part.n - last, roles))
        return 0;
    *name = part.s;
    return part.n;
}


/* "By Northwind Staff", "Posted on ... by Example News staff", "By the
 * Example News sports desk". */
static size_t staff_credit(const line *l, const char **name)
{
    for (size_t i = 0; i + 3 < l->n; i++) {
        if (!((l->s[i] == 'b' || l->s[i] == 'B') && l->s[i + 1] == 'y' && l->s[i + 2] == ' ' &&
              (i == 0 || l->s[i - 1] == ' ')))
            continue;
        const char *t = l->s + i + 3;
        size_t tn = l->n - i - 3;
        if (tn > 4 && !memcmp(t, "the ", 4)) {
            t += 4;
            tn -= 4;
        }
        static const char *const tails[] = {" Desk", " desk", " Staff", " staff", " Newsroom", " newsroom"};
        for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
            size_t kl = strlen(tails[k]);
            for (size_t e = 1; e + kl <= tn; e++) {
                if (memcmp(t + e, tails[k], kl) != 0 || (e + kl < tn && t[e + kl] != ' ' && t[e + kl] != ','))
                    continue;
                /* a section's desk or staff: "Example News sports desk" */
                size_t w = e;
                while (w > 0 && t[w - 1] != ' ')
                    w--;
                int desk = k < 2;
                if (w > 1 && ((t[w] >= 'a' && t[w] <= 'z') || (desk && section_word(t + w, e - w))))
                    e = w - 1;
                /* "By Web Desk", "By News Desk": a desk names no outlet alone */
                if (desk && !memchr(t, ' ', e))
                    break;
                if (name_words(t, e)) {
                    *name = t;
                    return e;
                }
                break;
            }
        }
    }
    return 0;
}

int np_rights_notice(const char *s, size_t n, const char **holder, size_t *holder_len)
{
    size_t i = 0;
    *holder = NULL;
    *holder_len = 0;
    if (n >= 19 && strncasecmp(s, "all rights reserved", 19) == 0)
        return 1;
    if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA9)
        i = 2;
    else if (n >= 9 && strncasecmp(s, "copyright", 9) == 0)
        i = 9;
    else if (n >= 3 && (!memcmp(s, "(c)", 3) || !memcmp(s, "(C)", 3)))
        i = 3;
    else
        return 0;
    size_t open = i;
    while (i < n && (s[i] == ' ' || is_digit((unsigned char)s[i]) || s[i] == '-' ||
                     ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA9)))
        i += (unsigned char)s[i] == 0xC2 ? 2 : 1;
    int dated = 0; /* a year or the sign after the opening word */
    for (size_t k = open; k < i; k++)
        dated |= is_digit((unsigned char)s[k]) || (unsigned char)s[k] == 0xC2;
    size_t a = i;
    while (i < n && s[i] != ',' && s[i] != '|' && !(s[i] == '.' && (i + 1 == n || s[i + 1] == ' ')))
        i++;
    const char *t = s + a;
    size_t tn = i - a;
    trim(&t, &tn);
    if (name_words(t, tn)) {
        *holder = t;
        *holder_len = tn;
    }
    /* "Copyright law experts said ...": the word, not a notice */
    return open < 9 || dated || *holder_len;
}

/* "© 2026 Brelitz Courier. All rights reserved.", "Copyright 2019-2026 X":
 * the holder a rights notice names. */
static size_t copyright(const line *l, const char **name)
{
    size_t n = 0;
    return np_rights_notice(l->s, l->n, name, &n) ? n : 0;
}

np_status np_outlet_from_page(const char *text, size_t len, np_doc *doc)
{
    if (!text || !doc || (doc->outlet && !host_like(doc->outlet)))
        return NP_OK;
    line top[TOP_LINES], tail[TAIL_LINES];
    size_t nt = 0, nl = 0;
    for (const char *p = text, *end = text + len; p < end;) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        line l = {p, (size_t)((e ? e : end) - p)};
        trim(&l.s, &l.n);
        if (l.n) {
            if (nt < TOP_LINES)
                top[nt++] = l;
            tail[nl++ % TAIL_LINES] = l; /* a ring of the last lines */
        }
        p = e ? e + 1 : end;
    }
    const char *name = NULL;
    size_t n = 0;
    /* a label above the story's prose only: "Source:" under a table in
     * the body names the figures' source */
    for (size_t i = 0; i < nt && i < 8 && !n && count_words(top[i].s, top[i].n) < PROSE_WORDS; i++)
        n = labelled_outlet(&top[i], &name);
    for (size_t i = 0; i < nt && !n; i++)
        n = site_suffix(&top[i], &name);
    if (!n && nt)
        n = masthead(&top[0], doc, &name);
    if (!n)
        n = header_masthead(top, nt, doc, &name);
    for (size_t i = 0; i < nt && !n; i++)
        n = staff_credit(&top[i], &name);
    for (size_t i = 0; i < nt && i < 8 && !n; i++)
        n = byline_outlet(&top[i], doc, &name);
    size_t nr = nl < TAIL_LINES ? nl : TAIL_LINES;
    for (size_t i = 0; i < nr && !n; i++)
        n = copyright(&tail[i], &name);
    return n ? set_name(doc, name, n) : NP_OK;
}

size_t np_outlet_agency_credit(const char *text, size_t len, char *out, size_t cap)
{
    if (!text || !out || cap < 2)
        return 0;
    size_t lim = len < CREDIT_SCAN ? len : CREDIT_SCAN;
    for (size_t i = 0; i < lim; i++) {
        if (text[i] == '\n' && i + 1 < len && text[i + 1] == '\n')
            break; /* the first paragraph only */
        if (text[i] != '(')
            continue;
        const char *close = memchr(text + i, ')', len - i < 48 ? len - i : 48);
        if (!close)
            continue;
        size_t a = i + 1, b = (size_t)(close - text), q = b + 1;
        while (q < len && text[q] == ' ')
            q++;
        const unsigned char *d = (const unsigned char *)text + q;
        int dash = (q + 1 < len && d[0] == '-' && d[1] == ' ') ||
                   (q + 2 < len && d[0] == 0xE2 && d[1] == 0x80 && (d[2] == 0x93 || d[2] == 0x94 || d[2] == 0x95));
        if (!dash || !name_words(text + a, b - a) || b - a + 1 > cap)
            continue;
        for (size_t k = a; k < b; k++)
            if (text[k] == '-')
                goto next; /* "(R-Va.)": a party tag */
        memcpy(out, text + a, b - a);
        out[b - a] = '\0';
        return b - a;
    next:;
    }
    return 0;
}

size_t np_host_labels(const char *host_or_url, char *host, size_t host_cap, const char **lab, size_t *ll,
                      size_t max, size_t *site)
{
    if (!host_or_url || !host || host_cap < 2 || !max)
        return 0;
    size_t n = 0;
    if (strstr(host_or_url, "://") || !strncmp(host_or_url, "//", 2)) {
        n = np_url_site(host_or_url, host, host_cap); /* a URL: its site (core/url.h) */
        if (!n)
            host[0] = '\0';
    } else {
        /* a host alone ("apnews.com", an outlet field) */
        while (host_or_url[n] && host_or_url[n] != '/' && host_or_url[n] != ':' && host_or_url[n] != '?' &&
               host_or_url[n] != '#' && n + 1 < host_cap) {
            unsigned char c = (unsigned char)host_or_url[n];
            host[n] = (char)(is_upper(c) ? c + 32 : c);
            n++;
        }
        host[n] = '\0';
    }
    size_t nlab = 0;
    for (size_t i = 0; i < n && nlab < max;) {
        size_t a = i;
        while (i < n && host[i] != '.')
            i++;
        if (i > a) {
            lab[nlab] = host + a;
            ll[nlab++] = i - a;
        }
        i++;
    }
    if (nlab < 2)
        return 0;
    /* the one before the public suffix ("tld", "co.tld", "com.tld") */
    size_t k = nlab - 2;
    static const char *const sld[] = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne"};
    if (k > 0 && ll[nlab - 1] == 2)
        for (size_t x = 0; x < sizeof sld / sizeof *sld; x++)
            if (ll[k] == strlen(sld[x]) && !memcmp(lab[k], sld[x], ll[k])) {
                k--;
                break;
            }
    *site = k;
    return nlab;
}

size_t np_outlet_from_host(const char *host_or_url, char *out, size_t cap)
{
    if (!out || cap < 2)
        return 0;
    char host[256];
    const char *lab[16];
    size_t ll[16], k;
    if (!np_host_labels(host_or_url, host, sizeof host, lab, ll, 16, &k))
        return 0;
    const char *s = lab[k];
    size_t sl = ll[k], digits = 0;
    for (size_t i = 0; i < sl; i++)
        digits += is_digit((unsigned char)s[i]);
    if (digits == sl)
        return 0; /* an IP address names no outlet */
    int one_word = !memchr(s, '-', sl);
    size_t o = 0;
    for (size_t i = 0; i < sl && o + 1 < cap; i++) {
        char c = s[i];
        int start = i == 0 || s[i - 1] == '-';
        if (c == '-')
            c = ' ';
        else if (is_lower((unsigned char)c) && (start || (one_word && sl <= 4)))
            c = (char)(c - 32);
        out[o++] = c;
    }
    out[o] = '\0';
    return o;
}

np_status np_outlet_finish(np_doc *doc)
{
    if (!doc || (doc->outlet && !host_like(doc->outlet)))
        return NP_OK;
    char name[NAME_MAX_BYTES + 1];
    size_t n = doc->text ? np_outlet_agency_credit(doc->text, strlen(doc->text), name, sizeof name) : 0;
    if (!n && doc->outlet)
        n = np_outlet_from_host(doc->outlet, name, sizeof name);
    if (!n && doc->url)
        n = np_outlet_from_host(doc->url, name, sizeof name);
    return n ? set_name(doc, name, n) : NP_OK;
}
