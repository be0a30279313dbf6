/* article/byline.c — authors from bylines, places from datelines (see byline.h). */
#include "article/byline.h"

#include <string.h>

#include "article/linefeat.h"

/* Words that mark a byline piece as a desk, a job title or an outlet rather
 * than a person ("By Staff Reporter", "Jane Doe, Reuters Correspondent",
 * "By Daily Example News").  Generic newsroom vocabulary, not outlet names. */
static const char *const NOT_PERSON[] = {
    "staff", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
    "editorial", "writer", "writers", "desk", "news", "newsroom", "agency", "agencies", "press",
    "team", "wire", "wires", "service", "media", "times", "post", "journal", "daily", "online",
    "network", "contributor", "contributors", "associated", "bureau", "international", "group",
    "report", "reports", "senior", "chief", "political", "special", "contributing", "guest",
    "admin", "administrator", "board", "magazine", "radio", "tv", "television", "channel",
    "herald", "tribune", "gazette", "world", "global", "insider", "today", "weekly", "monitor",
    "analyst", "analysis", "opinion", "columnist", "author", "authors", "our", "the", "web",
    "digital", "desk", "edition", "updated", "published", "posted", "photo", "photos",
    "photographer", "video", "images", "by", "and", "with", "in", "on", "at", NULL};

static const char *const WEEKDAYS[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", NULL};

/* Lower-case particles allowed inside names ("Ursula von der Leyen"). */
static const char *const PARTICLES[] = {"de", "van", "von", "der", "den", "da", "di", "del",
                                        "dos", "du", "la", "le", "al", "bin", "ibn", "ter",
                                        "y", "of", NULL};

static int lower_eq_list(const char *s, size_t n, const char *const *list)
{
    char w[24];
    size_t o = 0;
    /* Strip surrounding punctuation like commas and quotes. */
    while (n && !((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z'))
        s++, n--;
    while (n && !((s[n - 1] | 0x20) >= 'a' && (s[n - 1] | 0x20) <= 'z'))
        n--;
    if (!n || n >= sizeof w)
        return 0;
    for (; o < n; o++)
        w[o] = (char)((s[o] >= 'A' && s[o] <= 'Z') ? s[o] + 32 : s[o]);
    w[o] = '\0';
    for (size_t i = 0; list[i]; i++)
        if (strcmp(w, list[i]) == 0)
            return 1;
    return 0;
}

static int is_month_or_weekday(const char *s, size_t n)
{
    size_t a = 0, b = n;
    while (a < b && !((s[a] | 0x20) >= 'a' && (s[a] | 0x20) <= 'z'))
        a++;
    while (b > a && !((s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z'))
        b--;
    return np_month_from_name(s + a, b - a) || lower_eq_list(s, n, WEEKDAYS);
}

static int has_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

/* Letters of the word s[0..n) when it is written in ASCII capitals
 * ("STROM", "RUIZ-CALDER", "O'NEIL"; nothing lower case or non-ASCII),
 * else 0. */
static size_t caps_letters(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'a' && c <= 'z') || c >= 0x80)
            return 0;
        letters += c >= 'A' && c <= 'Z';
    }
    return letters;
}

/* Title-case the word s[0..n) in place when it is written in ASCII
 * capitals with three letters or more ("BISHKEK" -> "Bishkek",
 * "RUIZ-CALDER" -> "Ruiz-Calder"). */
static void titlecase_word(char *s, size_t n)
{
    if (caps_letters(s, n) < 3)
        return;
    int start = 1;
    for (size_t j = 0; j < n; j++) {
        char c = s[j];
        if (!start && c >= 'A' && c <= 'Z')
            s[j] = (char)(c + 32);
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            start = 0;
        else if (c == '-' || c == '\'')
            start = 1;
    }
}

void np_byline_titlecase(char *s, size_t n)
{
    size_t i = 0, a, b, run = 0, best = 0;
    while (np_line_next_token(s, n, &i, &a, &b)) {
        run = caps_letters(s + a, b - a) >= 2 ? run + 1 : 0;
        if (run > best)
            best = run;
    }
    if (best < 2)
        return; /* "CNN", "Ann LEE", "CDU - Fraktion": an acronym, a surname set in capitals */
    for (i = 0; np_line_next_token(s, n, &i, &a, &b);)
        titlecase_word(s + a, b - a);
}

size_t np_byline_caps_name(const char *s, size_t n)
{
    size_t i = 0, a, b, caps = 0, end = 0;
    while (np_line_next_token(s, n, &i, &a, &b)) {
        if (caps_letters(s + a, b - a) >= 2) {
            caps++;
            end = b;
            continue;
        }
        /* the first word in ordinary case: the agency after the name */
        return caps >= 2 && np_token_case(s + a, b - a) > 0 ? end : n;
    }
    return n;
}

/* Append token to out (with a space before unless first), title-casing
 * ALL-CAPS ASCII words of three letters or more ("BISHKEK" -> "Bishkek"). */
static void append_word(char *out, size_t cap, const char *s, size_t n)
{
    size_t o = strlen(out);
    /* Whole words only: a word that does not fit is left out rather than
     * cut (which could split a UTF-8 sequence). */
    if (o + (o ? 1 : 0) + n + 1 > cap)
        return;
    if (o)
        out[o++] = ' ';
    memcpy(out + o, s, n);
    out[o + n] = '\0';
    titlecase_word(out + o, n);
}

/* Token boundaries of s[0..n), at most `max` tokens. */
typedef struct { size_t a, b; } span;

static size_t tokens(const char *s, size_t n, span *t, size_t max)
{
    size_t i = 0, k = 0, a, b;
    while (k < max && np_line_next_token(s, n, &i, &a, &b)) {
        t[k].a = a;
        t[k].b = b;
        k++;
    }
    return k;
}

/* One piece of a byline ("Jane Doe") is a person name: 2-5 words, each
 * capitalised (or a lower-case particle inside), no digits, no newsroom or
 * calendar words, not the known outlet. */
static int person_name(const char *s, size_t n, const char *outlet)
{
    span t[8];
    size_t k = tokens(s, n, t, 8);
    if (k < 2 || k > 5)
        return 0;
    size_t capsw = 0;
    for (size_t i = 0; i < k; i++) {
        const char *w = s + t[i].a;
        size_t wl = t[i].b - t[i].a;
        if (has_digit(w, wl) || is_month_or_weekday(w, wl) || lower_eq_list(w, wl, NOT_PERSON))
            return 0;
        int c = np_token_case(w, wl);
        if (c > 0)
            capsw++;
        else if (!(i > 0 && i + 1 < k && lower_eq_list(w, wl, PARTICLES)))
            return 0;
        for (size_t j = 0; j < wl; j++)
            if (w[j] == '@' || w[j] == '/' || w[j] == ':' || w[j] == '(' || w[j] == ')')
                return 0;
    }
    if (capsw < 2)
        return 0;
    if (outlet && *outlet && strlen(outlet) == n && strncasecmp(outlet, s, n) == 0)
        return 0;
    return 1;
}

/* Length of a "By"-style opener at s, 0 if none. */
static size_t opener(const char *s, size_t n)
{
    static const char *const OPEN[] = {"by", "written by", "posted by", "reporting by",
                                       "words by", "story by", "author:", "authors:", NULL};
    for (size_t i = 0; OPEN[i]; i++) {
        size_t l = strlen(OPEN[i]);
        if (n > l && strncasecmp(s, OPEN[i], l) == 0) {
            if (s[l] == ':')
                return l + 1;
            if (OPEN[i][l - 1] == ':' || np_space_len(s, n, l))
                return l;
        }
    }
    return 0;
}

/* A date ends the names: cut the credit there and note the date in o (its
 * offsets made relative to s, the whole line).  Returns 0 when a long tail
 * follows the date, which means prose rather than a byline. */
static int cut_at_date(const char *s, const char *rest, size_t rn, np_byline *o, size_t *cut)
{
    np_textdate d;
    *cut = rn;
    if (!np_textdate_find(rest, rn, &d))
        return 1;
    span after[8];
    if (tokens(rest + d.end, rn - d.end, after, 8) > 3)
        return 0;
    o->has_date = 1;
    o->date = d;
    o->date.start += (size_t)(rest - s);
    o->date.end += (size_t)(rest - s);
    *cut = d.start;
    return 1;
}

/* Where a separator ends the credit before `cut`: "| Outlet", " - Role",
 * "(Agency)", "; ", " / ", a bullet or a middle dot. */
static size_t cut_at_separator(const char *rest, size_t rn, size_t cut)
{
    for (size_t i = 0; i < cut; i++) {
        unsigned char c = (unsigned char)rest[i];
        size_t dl = np_dash_len(rest, rn, i);
        if (c == '|' || c == ';' || c == '(' || c == '[' ||
            (c == '/' && i > 0 && rest[i - 1] == ' ') ||
            (dl && i > 0 && (rest[i - 1] == ' ' || dl == 3)) ||
            (c == 0xE2 && i + 2 < rn && (unsigned char)rest[i + 1] == 0x80 &&
             (unsigned char)rest[i + 2] == 0xA2) ||
            (c == 0xC2 && i + 1 < rn && (unsigned char)rest[i + 1] == 0xB7))
            return i;
    }
    return cut;
}

/* The names end at "in" (a place follows: its first token goes to
 * *place_from) or at the first lower-case word that cannot sit inside a
 * name list ("on", "updated", "for").  Both are k when neither occurs. */
static size_t names_extent(const char *rest, const span *t, size_t k, size_t *place_from)
{
    *place_from = k;
    for (size_t i = 1; i < k; i++) {
        const char *w = rest + t[i].a;
        size_t wl = t[i].b - t[i].a;
        if (wl == 2 && memcmp(w, "in", 2) == 0) {
            *place_from = i + 1;
            return i;
        }
        if (np_token_case(w, wl) < 0 && !lower_eq_list(w, wl, PARTICLES) &&
            !(wl == 3 && memcmp(w, "and", 3) == 0) && !(wl == 4 && memcmp(w, "with", 4) == 0))
            return i;
    }
    return k;
}

/* "in PLACE" after the names: tokens [from, k) up to the next lower-case
 * word ("in Paris for the BBC"), kept only when every word is capitalised
 * (no digits, no calendar words) and there are at most five. */
static void read_place(const char *rest, const span *t, size_t from, size_t k, char *place, size_t cap)
{
    for (size_t i = from; i < k; i++) {
        const char *w = rest + t[i].a;
        size_t wl = t[i].b - t[i].a;
        if (np_token_case(w, wl) < 0 && !lower_eq_list(w, wl, PARTICLES)) {
            k = i;
            break;
        }
    }
    if (from >= k || k - from > 5)
        return;
    for (size_t i = from; i < k; i++) {
        const char *w = rest + t[i].a;
        size_t wl = t[i].b - t[i].a;
        if (has_digit(w, wl) || is_month_or_weekday(w, wl) ||
            (np_token_case(w, wl) <= 0 && !lower_eq_list(w, wl, PARTICLES)))
            return;
    }
    for (size_t i = from; i < k; i++) {
        size_t wl = t[i].b - t[i].a;
        if (i + 1 == k)
            while (wl && (rest[t[i].a + wl - 1] == ',' || rest[t[i].a + wl - 1] == '.'))
                wl--;
        append_word(place, cap, rest + t[i].a, wl);
    }
}

/* Append the piece rest[a..b) to o->names ("Jane Doe, John Roe") when it is
 * a person name; returns 1 when it was. */
static int add_name(const char *rest, size_t a, size_t b, const char *outlet, int valid, np_byline *o)
{
    while (b > a && (rest[b - 1] == ',' || rest[b - 1] == '.'))
        b--;
    b = a + np_byline_caps_name(rest + a, b - a); /* "ELIAS VOGT Tarnwire" */
    if (!person_name(rest + a, b - a, outlet))
        return 0;
    if (valid && strlen(o->names) + 2 < sizeof o->names) {
        size_t l = strlen(o->names);
        o->names[l] = ',';
        o->names[l + 1] = '\0';
    }
    span nt[8];
    size_t nk = tokens(rest + a, b - a, nt, 8);
    for (size_t j = 0; j < nk; j++)
        append_word(o->names, sizeof o->names, rest + a + nt[j].a, nt[j].b - nt[j].a);
    return 1;
}

/* What the name tokens [0, names_end) look like as a whole, for a credit
 * without a person: all capitalised, and holding a newsroom word. */
typedef struct name_run {
    int capsonly, staff;
} name_run;

/* Split the names on commas, "and", "&", "with"; every piece that is a
 * person name goes to o->names.  Returns the number of person names. */
static int split_names(const char *rest, const span *t, size_t names_end, const char *outlet, np_byline *o,
                       name_run *nr)
{
    int valid = 0;
    nr->capsonly = 1;
    nr->staff = 0;
    size_t ps = 0; /* first token of the current piece */
    for (size_t i = 0; i <= names_end; i++) {
        int brk = (i == names_end);
        int drop_tok = 0, comma = 0;
        if (!brk) {
            const char *w = rest + t[i].a;
            size_t wl = t[i].b - t[i].a;
            if (np_token_case(w, wl) <= 0 && !lower_eq_list(w, wl, PARTICLES))
                nr->capsonly = 0;
            if (lower_eq_list(w, wl, NOT_PERSON))
                nr->staff = 1;
            if ((wl == 3 && strncasecmp(w, "and", 3) == 0) || (wl == 1 && w[0] == '&') ||
                (wl == 4 && strncasecmp(w, "with", 4) == 0))
                brk = drop_tok = 1;
            else if (w[wl - 1] == ',')
                comma = 1;
        }
        if (brk || comma) {
            size_t last = drop_tok || i == names_end ? i : i + 1;
            if (last > ps && add_name(rest, t[ps].a, t[last - 1].b, outlet, valid, o))
                valid++;
            ps = drop_tok ? i + 1 : last;
        }
    }
    return valid;
}

/* "By Staff Reporter", "By Newsroom | Nov 27, 2025": a credit without a
 * person is still a byline when its words are all capitalised and it names
 * a desk, carries a date or is the known outlet; a bare date counts too. */
static int credit_without_person(const char *rest, const span *t, size_t names_end, const char *outlet,
                                 const name_run *nr, const np_byline *o)
{
    int outlet_hit = 0;
    if (names_end > 0 && outlet && *outlet) {
        size_t a = t[0].a, b = t[names_end - 1].b;
        while (b > a && (rest[b - 1] == ',' || rest[b - 1] == '.'))
            b--;
        outlet_hit = strlen(outlet) == b - a && strncasecmp(outlet, rest + a, b - a) == 0;
    }
    if (names_end > 0 && nr->capsonly && (nr->staff || o->has_date || outlet_hit) && names_end <= 4)
        return 1;
    return names_end == 0 && o->has_date;
}

int np_byline_parse(const char *s, size_t n, const char *outlet, np_byline *out)
{
    np_byline tmp;
    np_byline *o = out ? out : &tmp;
    memset(o, 0, sizeof *o);
    if (!s || n > 400)
        return 0;
    /* Wire credits at the foot come in parentheses: "(Reporting by ...)". */
    if (n > 1 && s[0] == '(') {
        s++;
        n--;
    }
    size_t r = opener(s, n);
    if (!r)
        return 0;
    const char *rest = s + r;
    size_t rn = n - r;
    np_line_trim(&rest, &rn);
    if (!rn)
        return 0;
    span all[24];
    if (tokens(rest, rn, all, 24) > 20)
        return 0;
    if (np_token_case(rest, rn) <= 0 && rest[0] != '@')
        return 0;
    size_t cut;
    if (!cut_at_date(s, rest, rn, o, &cut))
        return 0;
    cut = cut_at_separator(rest, rn, cut);
    span t[24];
    size_t k = tokens(rest, cut, t, 24);
    size_t place_from;
    size_t names_end = names_extent(rest, t, k, &place_from);
    read_place(rest, t, place_from, k, o->place, sizeof o->place);
    name_run nr;
    if (split_names(rest, t, names_end, outlet, o, &nr))
        return 1;
    if (credit_without_person(rest, t, names_end, outlet, &nr, o))
        return 1;
    memset(o, 0, sizeof *o);
    return 0;
}

/* ---- datelines -------------------------------------------------------- */

static int upper_ascii_word(const char *s, size_t n)
{
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
        if (s[i] >= 'A' && s[i] <= 'Z')
            letters++;
    }
    return letters >= 3; /* "U.S." is an abbreviation, not a place line */
}

/* "Example.net", "news.site.com": a site name, not a place.  Abbreviations
 * such as "N.M." or "U.S." have at most two letters between the dots. */
static int domain_like(const char *w, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        if (w[i] != '.')
            continue;
        size_t k = i + 1;
        while (k < n && ((w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z'))
            k++;
        if (k - i - 1 >= 3)
            return 1;
    }
    return 0;
}

size_t np_dateline_parse(const char *s, size_t n, char *place, size_t cap)
{
    if (cap)
        place[0] = '\0';
    if (!s || n < 4)
        return 0;
    size_t lim = n < 120 ? n : 120, sep = 0, dl = 0;
    span first[1];
    if (!tokens(s, lim, first, 1))
        return 0;
    /* The first word ends at a space or at a dash glued to it ("BERLIN—"). */
    size_t fe = first[0].a;
    while (fe < first[0].b && !np_dash_len(s, n, fe))
        fe++;
    int caps_first = upper_ascii_word(s + first[0].a, fe - first[0].a);
    for (size_t i = 1; i < lim; i++) {
        size_t d = np_dash_len(s, n, i);
        if (!d)
            continue;
        int spaced_before = np_space_len(s, n, i - 1) > 0;
        int spaced_after = np_space_len(s, n, i + d) > 0;
        if (spaced_before && spaced_after) {
            sep = i;
            dl = d;
            break;
        }
        /* "BERLIN—The ..." : unspaced long dash only after an ALL-CAPS place */
        if (d == 3 && caps_first && !spaced_before) {
            sep = i;
            dl = d;
            break;
        }
        if (d == 1 && !spaced_before)
            continue; /* hyphenated word */
    }
    if (!sep)
        return 0;
    span t[12];
    size_t k = tokens(s, sep, t, 12);
    if (!k || k > 10)
        return 0;
    if (np_is_function_word(s + t[0].a, t[0].b - t[0].a))
        return 0;
    size_t pend = 0; /* place tokens are t[0..pend) */
    int depth = 0, in_date = 0, comma = 0, agency = 0;
    for (size_t i = 0; i < k; i++) {
        const char *w = s + t[i].a;
        size_t wl = t[i].b - t[i].a;
        if (w[0] == '(' || depth) {
            for (size_t j = 0; j < wl; j++)
                depth += (w[j] == '(') - (w[j] == ')');
            if (depth < 0)
                return 0;
            agency = 1;
            continue;
        }
        size_t a = 0, b = wl;
        while (b > a && (w[b - 1] == ',' || w[b - 1] == '.'))
            b--;
        if (np_month_from_name(w, b) || (has_digit(w, wl) && pend)) {
            in_date = 1;
            continue;
        }
        if (in_date || agency)
            return 0; /* place words after the date or agency: not a dateline */
        if (has_digit(w, wl) || domain_like(w, wl))
            return 0;
        int c = np_token_case(w, wl);
        if (c <= 0 && !(i > 0 && lower_eq_list(w, wl, PARTICLES)))
            return 0;
        if (i > 0 && np_is_function_word(w, wl) && c > 0)
            return 0;
        if (w[wl - 1] == ',')
            comma = 1;
        pend = i + 1;
    }
    if (!pend || pend > 5 || depth)
        return 0;
    /* Several words without a comma, an agency or capitals could be a
     * subject set off by a dash ("Jane Doe – a lawyer – said ..."): accept
     * only if no second dash follows in the same sentence. */
    size_t after = sep + dl;
    while (after < n && np_space_len(s, n, after))
        after += np_space_len(s, n, after);
    if (after >= n)
        return 0;
    size_t q = after;
    while (q < n && (s[q] == '"' || s[q] == '\'' || (unsigned char)s[q] == 0xE2))
        q += ((unsigned char)s[q] == 0xE2) ? 3 : 1;
    if (q >= n || (np_token_case(s + q, n - q < 8 ? n - q : 8) <= 0 && !(s[q] >= '0' && s[q] <= '9')))
        return 0;
    if (!(pend == 1 || comma || agency || caps_first || in_date)) {
        size_t end = n < after + 240 ? n : after + 240;
        for (size_t i = after; i + 1 < end; i++) {
            if (s[i] == '.' && np_space_len(s, n, i + 1))
                break;
            size_t d = np_dash_len(s, n, i);
            if (d && np_space_len(s, n, i - 1) && np_space_len(s, n, i + d))
                return 0;
        }
    }
    if (cap) {
        for (size_t i = 0; i < pend; i++) {
            size_t wl = t[i].b - t[i].a;
            if (i + 1 == pend) /* keep "Conn." but not the comma after it */
                while (wl && s[t[i].a + wl - 1] == ',')
                    wl--;
            append_word(place, cap, s + t[i].a, wl);
        }
    }
    return after;
}

size_t np_dateline_dispatch(const char *s, size_t n, char *place, size_t cap)
{
    size_t len = np_dateline_parse(s, n, place, cap);
    if (!len || memchr(s, '(', len))
        return len;
    size_t caps = 0;
    for (size_t i = 0; i < len && s[i] != ' ' && s[i] != ','; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
        caps += s[i] >= 'A' && s[i] <= 'Z';
    }
    return caps >= 3 ? len : 0;
}
