/* article/datefmt.c — full dates in scraped text (see datefmt.h). */
#include "article/datefmt.h"

#include <string.h>
#include <strings.h>

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Spaces a date may contain: ASCII blanks, NBSP, narrow NBSP, thin space. */
static size_t space_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i >= n)
        return 0;
    if (u[i] == ' ' || u[i] == '\t')
        return 1;
    if (u[i] == 0xC2 && i + 1 < n && u[i + 1] == 0xA0)
        return 2;
    if (u[i] == 0xE2 && i + 2 < n && u[i + 1] == 0x80 &&
        (u[i + 2] == 0xAF || u[i + 2] == 0x89))
        return 3;
    return 0;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    size_t k;
    while ((k = space_len(s, n, i)) > 0)
        i += k;
    return i;
}

/* Read 1..maxd digits at i; returns the count read (0 if none) and *v. */
static size_t read_num(const char *s, size_t n, size_t i, size_t maxd, int *v)
{
    size_t k = 0;
    int x = 0;
    while (i + k < n && k < maxd && is_digit((unsigned char)s[i + k])) {
        x = x * 10 + (s[i + k] - '0');
        k++;
    }
    /* A longer digit run is another number, not this field. */
    if (k == maxd && i + k < n && is_digit((unsigned char)s[i + k]))
        return 0;
    *v = x;
    return k;
}

int np_month_from_name(const char *s, size_t n)
{
    static const char *const full[12] = {"january", "february", "march", "april",
                                          "may", "june", "july", "august",
                                          "september", "october", "november", "december"};
    if (n < 3 || n > 9)
        return 0;
    char w[10];
    for (size_t i = 0; i < n; i++)
        w[i] = (char)lower((unsigned char)s[i]);
    w[n] = '\0';
    for (int m = 0; m < 12; m++) {
        if (strcmp(w, full[m]) == 0)
            return m + 1;
        /* Three-letter abbreviations, plus the common "Sept". */
        if (n == 3 && memcmp(w, full[m], 3) == 0)
            return m + 1;
    }
    if (n == 4 && strcmp(w, "sept") == 0)
        return 9;
    return 0;
}

static int days_in_month(int y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

static int valid(int y, int m, int d)
{
    return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

/* Month word at i (letters only); returns its length and *m, else 0. */
static size_t read_month(const char *s, size_t n, size_t i, int *m)
{
    size_t k = 0;
    while (i + k < n && k < 10 && is_alpha((unsigned char)s[i + k]))
        k++;
    if (i + k < n && is_alpha((unsigned char)s[i + k]))
        return 0;
    *m = np_month_from_name(s + i, k);
    if (!*m)
        return 0;
    if (i + k < n && s[i + k] == '.')
        k++;
    return k;
}

/* Skip an ordinal suffix ("st", "nd", "rd", "th") right after a day. */
static size_t skip_ordinal(const char *s, size_t n, size_t i)
{
    if (i + 1 < n && is_alpha((unsigned char)s[i]) && is_alpha((unsigned char)s[i + 1]) &&
        (i + 2 >= n || !is_alpha((unsigned char)s[i + 2]))) {
        char a = (char)lower((unsigned char)s[i]), b = (char)lower((unsigned char)s[i + 1]);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h'))
            return i + 2;
    }
    return i;
}

/* Four-digit year at i not glued to more digits or letters. */
static size_t read_year(const char *s, size_t n, size_t i, int *y)
{
    size_t k = read_num(s, n, i, 4, y);
    if (k != 4)
        return 0;
    if (i + 4 < n && is_alpha((unsigned char)s[i + 4]))
        return 0;
    return 4;
}

/* Optional time after a date: separators (space, comma, dash, "at", "|"),
 * then H:MM[:SS] and optional AM/PM.  Returns the new end (or `end`). */
static size_t extend_time(const char *s, size_t n, size_t end)
{
    size_t i = end, lim = end + 12;
    for (;;) {
        size_t k = space_len(s, n, i);
        if (k) { i += k; continue; }
        if (i < n && i < lim && (s[i] == ',' || s[i] == '-' || s[i] == '|' || s[i] == '@')) { i++; continue; }
        if (i + 1 < n && i < lim && lower((unsigned char)s[i]) == 'a' &&
            lower((unsigned char)s[i + 1]) == 't' && space_len(s, n, i + 2)) { i += 2; continue; }
        /* en/em dash between date and time */
        if (i + 2 < n && i < lim && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)) { i += 3; continue; }
        break;
    }
    int h, mi;
    size_t k = read_num(s, n, i, 2, &h);
    if (!k || h > 23 || i + k >= n || (s[i + k] != ':' && s[i + k] != '.'))
        return end;
    size_t j = i + k + 1;
    if (read_num(s, n, j, 2, &mi) != 2 || mi > 59)
        return end;
    j += 2;
    int sec;
    if (j < n && s[j] == ':' && read_num(s, n, j + 1, 2, &sec) == 2)
        j += 3;
    size_t t = skip_spaces(s, n, j);
    if (t + 1 < n && (lower((unsigned char)s[t]) == 'a' || lower((unsigned char)s[t]) == 'p') &&
        lower((unsigned char)s[t + 1]) == 'm' && (t + 2 >= n || !is_alpha((unsigned char)s[t + 2])))
        j = t + 2;
    return j;
}

/* Try every date shape starting at token start i. */
static int try_at(const char *s, size_t n, size_t i, np_textdate *out)
{
    int y = 0, m = 0, d = 0;
    size_t k, j;
    if (is_digit((unsigned char)s[i])) {
        /* ISO 2025-11-27 or 2025/11/27, optionally "T" or space + time */
        if (read_num(s, n, i, 4, &y) == 4 && i + 4 < n && (s[i + 4] == '-' || s[i + 4] == '/')) {
            char sep = s[i + 4];
            if (read_num(s, n, i + 5, 2, &m) == 2 && i + 7 < n && s[i + 7] == sep &&
                read_num(s, n, i + 8, 2, &d) == 2 && valid(y, m, d) &&
                (i + 10 >= n || !is_digit((unsigned char)s[i + 10]))) {
                j = i + 10;
                out->start = i;
                out->end = extend_time(s, n, (j < n && s[j] == 'T') ? j + 1 : j);
                if (out->end == j + 1)
                    out->end = j; /* a lone "T" is not part of the date */
                out->year = y, out->month = m, out->day = d;
                return 1;
            }
        }
        k = read_num(s, n, i, 2, &d);
        if (!k)
            return 0;
        j = i + k;
        /* European 27.11.2025 (day first: the only unambiguous dotted form) */
        if (j < n && s[j] == '.' && read_num(s, n, j + 1, 2, &m) >= 1) {
            size_t mk = read_num(s, n, j + 1, 2, &m);
            size_t yj = j + 1 + mk;
            if (yj < n && s[yj] == '.' && read_year(s, n, yj + 1, &y) && valid(y, m, d)) {
                out->start = i;
                out->end = extend_time(s, n, yj + 5);
                out->year = y, out->month = m, out->day = d;
                return 1;
            }
        }
        /* Slashed 27/11/2025 or 11/27/2025: day-first and month-first
         * orders both exist, so only a field above 12 settles it; an
         * ambiguous 03/04/2025 is not reported. */
        if (j < n && s[j] == '/') {
            int b2;
            size_t k2 = read_num(s, n, j + 1, 2, &b2);
            size_t yj = j + 1 + k2;
            if (k2 && yj < n && s[yj] == '/' && read_year(s, n, yj + 1, &y)) {
                int a1 = d;
                if (a1 > 12 && b2 <= 12)
                    d = a1, m = b2;
                else if (b2 > 12 && a1 <= 12)
                    d = b2, m = a1;
                else
                    return 0;
                if (!valid(y, m, d))
                    return 0;
                out->start = i;
                out->end = extend_time(s, n, yj + 5);
                out->year = y, out->month = m, out->day = d;
                return 1;
            }
        }
        /* 27 November 2025, 27th of Nov. 2025 */
        j = skip_ordinal(s, n, j);
        size_t sj = skip_spaces(s, n, j);
        if (sj == j)
            return 0;
        j = sj;
        if (j + 2 < n && lower((unsigned char)s[j]) == 'o' && lower((unsigned char)s[j + 1]) == 'f' &&
            space_len(s, n, j + 2))
            j = skip_spaces(s, n, j + 2);
        if (!(k = read_month(s, n, j, &m)))
            return 0;
        j += k;
        if (j < n && s[j] == ',')
            j++;
        sj = skip_spaces(s, n, j);
        if (sj == j || !read_year(s, n, sj, &y) || !valid(y, m, d))
            return 0;
        out->start = i;
        out->end = extend_time(s, n, sj + 4);
        out->year = y, out->month = m, out->day = d;
        return 1;
    }
    /* November 27, 2025 / Nov. 28 2025 / Nov 28th, 2025 */
    if (!(k = read_month(s, n, i, &m)))
        return 0;
    j = skip_spaces(s, n, i + k);
    if (j == i + k)
        return 0;
    size_t dk = read_num(s, n, j, 2, &d);
    if (!dk)
        return 0;
    j = skip_ordinal(s, n, j + dk);
    if (j < n && s[j] == ',')
        j++;
    size_t sj = skip_spaces(s, n, j);
    if (sj == j || !read_year(s, n, sj, &y) || !valid(y, m, d))
        return 0;
    out->start = i;
    out->end = extend_time(s, n, sj + 4);
    out->year = y, out->month = m, out->day = d;
    return 1;
}

int np_textdate_find(const char *s, size_t n, np_textdate *out)
{
    if (!s)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!is_digit(c) && !is_alpha(c))
            continue;
        if (i > 0) {
            unsigned char p = (unsigned char)s[i - 1];
            if (is_digit(p) || is_alpha(p))
                continue; /* not a token start */
        }
        if (try_at(s, n, i, out))
            return 1;
    }
    return 0;
}

void np_textdate_iso(const np_textdate *d, char out[11])
{
    /* Fields are validated by the parser; digits are written directly so the
     * output is always exactly ten characters. */
    int y = d->year, m = d->month, dd = d->day;
    out[0] = (char)('0' + (y / 1000) % 10);
    out[1] = (char)('0' + (y / 100) % 10);
    out[2] = (char)('0' + (y / 10) % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + (m / 10) % 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + (dd / 10) % 10);
    out[9] = (char)('0' + dd % 10);
    out[10] = '\0';
}

int np_date_digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!is_digit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* The byte after a URL path's day ends it: the path's next segment, the
 * end, a query or a file suffix; with dashes between its fields
 * ("/2010-05-05-greece-strike") a slug may go on after another dash, with
 * slashes ("/2019/10/25-best-trails") a dash after the day opens a slug
 * counted from that number. */
static int path_day_end(char c, char sep)
{
    return c == '\0' || c == '/' || c == '?' || c == '#' || c == '.' || c == '_' || (c == '-' && sep == '-');
}

/* The query parameter whose '=' is at eq names a date ("ymd=", "date=",
 * "pubDate=", "pub_date=", "published_date="): an article's number
 * ("id=20120513", "candidateId=...") may look like one. */
static int date_parameter(const char *url, const char *eq)
{
    static const char *const names[] = {"ymd", "date", "pubdate", "pub_date", "publishdate", "publish_date",
                                        "publisheddate", "published_date", "publicationdate", "publication_date",
                                        "articledate", "article_date"};
    const char *k = eq;
    while (k > url && k[-1] != '?' && k[-1] != '&' && k[-1] != ';')
        k--;
    size_t n = (size_t)(eq - k);
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i]) == n && !strncasecmp(k, names[i], n))
            return 1;
    return 0;
}

/* "-1" closing a path's segment after its day ("/2009/04/27-1"): the
 * number of the day's item; not a slug's counts ("/30-60-90-day-plan"). */
static int item_number(const char *p)
{
    if (p[0] != '-' || p[1] < '0' || p[1] > '9')
        return 0;
    size_t i = 1;
    while (p[i] >= '0' && p[i] <= '9')
        i++;
    return p[i] == '\0' || p[i] == '/' || p[i] == '?' || p[i] == '#' || p[i] == '.';
}

int np_url_date(const char *url, char out[11])
{
    const char *p = url ? strstr(url, "://") : NULL;
    p = p ? strchr(p + 3, '/') : url && *url == '/' ? url : NULL;
    for (; p && *p; p++) {
        if ((*p != '/' && *p != '-' && *p != '_' && *p != '=') || (*p == '=' && !date_parameter(url, p)))
            continue;
        int y = np_date_digits(p + 1, 4);
        if (y < 1990 || y > 2100)
            continue;
        const char *q = p + 5;
        int mo, d;
        size_t ml = 0; /* letters of a month's name after the separator */
        while ((*q == '/' || *q == '-') && is_alpha((unsigned char)q[1 + ml]) && ml < 10)
            ml++;
        if (*p == '/' && (*q == '/' || *q == '-') && ml >= 3 && q[1 + ml] == *q &&
            (mo = np_month_from_name(q + 1, ml)) > 0) {
            /* /2019/nov/18/ */
            const char *ds = q + 2 + ml;
            size_t dl = 2;
            if ((d = np_date_digits(ds, 2)) < 0) {
                d = np_date_digits(ds, 1);
                dl = 1;
            }
            /* "/2019/dec/3-ways-to-save/": a count opening a slug */
            if (d < 0 || !path_day_end(ds[dl], *q))
                continue;
        } else if ((*p == '/' && (*q == '/' || *q == '-')) || (*p == '_' && *q == '_')) {
            /* /2019/11/18/, /2019-11-18, slug_2019_11_18_x (each byte read
             * only after the ones before it proved no end of the string);
             * "/2019/04/27-1": a day and the number of the day's item */
            if ((mo = np_date_digits(q + 1, 2)) < 0 || (q[3] != *q && !(*q == '/' && q[3] == '-')) ||
                (d = np_date_digits(q + 4, 2)) < 0 ||
                !(path_day_end(q[6], *q) || item_number(q + 6)))
                continue;
        } else if (*p == '=' && *q == '-') {
            /* ?pubDate=2019-11-18&id=4, ?date=2019-11-18T08:30:00Z: a
             * date parameter's value in ISO form, whole up to the next
             * parameter, a fragment or its time */
            if ((mo = np_date_digits(q + 1, 2)) < 0 || q[3] != '-' || (d = np_date_digits(q + 4, 2)) < 0 ||
                !(q[6] == '\0' || q[6] == '&' || q[6] == ';' || q[6] == '#' || q[6] == 'T'))
                continue;
        } else {
            /* /20191118/, slug-20191118/, ?ymd=20191118& */
            if ((mo = np_date_digits(q, 2)) < 0 || (d = np_date_digits(q + 2, 2)) < 0)
                continue;
            char after = q[4];
            if (!(after == '\0' || after == '/' || after == '.' || after == '?' || after == '#' ||
                  (*p == '/' && (after == '-' || after == '_')) || (*p == '=' && after == '&')))
                continue;
        }
        static const int month_days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (mo < 1 || mo > 12 || d < 1 || d > month_days[mo - 1] ||
            (mo == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))))
            continue;
        np_textdate t = {0, 0, y, mo, d};
        np_textdate_iso(&t, out);
        return 1;
    }
    return 0;
}

/* The digits at s[i..): how many (up to max), their value in *v. */
static size_t digit_run(const char *s, size_t n, size_t i, size_t max, int *v)
{
    size_t k = 0;
    *v = 0;
    while (i + k < n && k < max + 1 && is_digit((unsigned char)s[i + k]))
        *v = *v * 10 + (s[i + k++] - '0');
    return k <= max ? k : 0;
}

int np_textdate_slashed(const char *s, size_t n, int day_first, np_textdate *out)
{
    if (!s)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_digit((unsigned char)s[i]) || (i > 0 && (is_digit((unsigned char)s[i - 1]) || s[i - 1] == '/')))
            continue;
        int a, b, y;
        size_t la = digit_run(s, n, i, 2, &a), j = i + la;
        if (!la || j >= n || s[j] != '/')
            continue;
        size_t lb = digit_run(s, n, j + 1, 2, &b), k = j + 1 + lb;
        if (!lb || k >= n || s[k] != '/')
            continue;
        size_t ly = digit_run(s, n, k + 1, 4, &y), e = k + 1 + ly;
        if ((ly != 2 && ly != 4) || (e < n && (is_digit((unsigned char)s[e]) || s[e] == '/')))
            continue;
        if (ly == 2)
            y += y >= 70 ? 1900 : 2000; /* "11/28/05" */
        if (y < 1900 || y > 2199)
            continue;
        /* the preferred reading, else the other one when only it is a day */
        for (int pass = 0; pass < 2; pass++) {
            int first_is_day = pass == 0 ? day_first : !day_first;
            int mo = first_is_day ? b : a, d = first_is_day ? a : b;
            if (mo >= 1 && mo <= 12 && d >= 1 && d <= days_in_month(y, mo)) {
                *out = (np_textdate){i, e, y, mo, d};
                return 1;
            }
        }
    }
    return 0;
}
