/* article/linefeat.c — per-line features of scraped text (see linefeat.h). */
#include "article/linefeat.h"

#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "core/utf8.h"
#include "article/byline.h"
#include "text/lexicon.h"

/* ---- character classes ------------------------------------------------ */

size_t np_space_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i >= n)
        return 0;
    unsigned char c = u[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xC2 && i + 1 < n && u[i + 1] == 0xA0)
        return 2; /* NBSP */
    if (c == 0xE2 && i + 2 < n) {
        if (u[i + 1] == 0x80 && (u[i + 2] <= 0x8B || u[i + 2] == 0xAF))
            return 3; /* U+2000..U+200B, U+202F */
        if (u[i + 1] == 0x81 && u[i + 2] == 0x9F)
            return 3; /* U+205F */
    }
    if (c == 0xE3 && i + 2 < n && u[i + 1] == 0x80 && u[i + 2] == 0x80)
        return 3; /* U+3000 */
    if (c == 0xEF && i + 2 < n && u[i + 1] == 0xBB && u[i + 2] == 0xBF)
        return 3; /* BOM / ZWNBSP */
    return 0;
}

size_t np_dash_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i >= n)
        return 0;
    if (u[i] == '-')
        return (i + 1 < n && u[i + 1] == '-') ? 2 : 1;
    if (u[i] == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && u[i + 2] >= 0x93 && u[i + 2] <= 0x95)
        return 3; /* en dash, em dash, horizontal bar */
    return 0;
}

void np_line_trim(const char **s, size_t *len)
{
    const char *p = *s;
    size_t n = *len, k;
    while (n && (k = np_space_len(p, n, 0)) > 0) {
        p += k;
        n -= k;
    }
    /* From the end: step back over whole space characters. */
    for (;;) {
        if (!n)
            break;
        unsigned char c = (unsigned char)p[n - 1];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            n--;
            continue;
        }
        if (n >= 2 && np_space_len(p, n, n - 2) == 2) {
            n -= 2;
            continue;
        }
        if (n >= 3 && np_space_len(p, n, n - 3) == 3) {
            n -= 3;
            continue;
        }
        break;
    }
    *s = p;
    *len = n;
}

int np_line_next_token(const char *s, size_t n, size_t *i, size_t *start, size_t *end)
{
    size_t k, j = *i;
    while (j < n && (k = np_space_len(s, n, j)) > 0)
        j += k;
    if (j >= n) {
        *i = j;
        return 0;
    }
    *start = j;
    while (j < n && np_space_len(s, n, j) == 0)
        j++;
    *end = j;
    *i = j;
    return 1;
}

int np_token_case(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        int k = np_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (cp >= 0) {
            utf8proc_category_t cat = utf8proc_category(cp);
            if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT)
                return 1;
            if (cat == UTF8PROC_CATEGORY_LL)
                return -1;
            if (cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_LM)
                return 0; /* caseless scripts */
            if (cat == UTF8PROC_CATEGORY_ND)
                return 0; /* "28-point": a number, not a word */
        }
        i += (size_t)k;
    }
    return 0;
}

/* 1 when the token holds a letter (any script), 2 when only digits. */
static int token_kind(const char *s, size_t n)
{
    int digit = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        int k = np_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (cp >= 0) {
            utf8proc_category_t cat = utf8proc_category(cp);
            if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO)
                return 1;
            if (cat == UTF8PROC_CATEGORY_ND)
                digit = 1;
        }
        i += (size_t)k;
    }
    return digit ? 2 : 0;
}

/* Han ideographs and kana in a token (three-byte UTF-8 ranges only; the
 * count only needs to be rough). */
static size_t cjk_chars(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t c = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        if (u[i] == 0xE3 && u[i + 1] >= 0x81 && u[i + 1] <= 0x83)
            c++, i += 2; /* U+3040..U+30FF hiragana, katakana */
        else if (u[i] >= 0xE4 && u[i] <= 0xE9)
            c++, i += 2; /* U+4E00..U+9FFF CJK unified ideographs */
    }
    return c;
}

/* Lower-case ASCII core of a token (letters, digits, apostrophes) in out. */
static size_t token_core(const char *s, size_t n, char *out, size_t cap)
{
    size_t a = 0, b = n, o = 0;
    while (a < b && !((s[a] | 0x20) >= 'a' && (s[a] | 0x20) <= 'z') && !(s[a] >= '0' && s[a] <= '9'))
        a++;
    while (b > a && !((s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z') &&
           !(s[b - 1] >= '0' && s[b - 1] <= '9'))
        b--;
    for (size_t i = a; i < b && o + 1 < cap; i++) {
        char c = s[i];
        out[o++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    out[o] = '\0';
    return (b - a) < cap ? o : 0;
}


/* English closed-class words plus reporting verbs: prose is rich in them,
 * headlines, labels, names and menus are poor in them. */
static const char *const FUNC_WORDS[] = {
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and",
    "or", "but", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "that", "this", "these", "those", "it", "its", "he", "she", "they", "we", "you",
    "i", "his", "her", "their", "our", "not", "will", "would", "could", "should", "can",
    "may", "might", "said", "says", "which", "who", "whom", "whose", "what", "when", "where",
    "while", "after", "before", "over", "under", "than", "then", "also", "into", "about",
    "against", "between", "during", "without", "within", "if", "so", "no", "do", "does",
    "did", "there", "here", "more", "such", "only", "just", "very", "because", "since",
    "any", "all", "some", "him", "them", "us", "me", "my", "your", "it's", "he's", "she's",
    NULL};

int np_is_function_word(const char *s, size_t n)
{
    char w[16];
    if (!token_core(s, n, w, sizeof w) || !w[0])
        return 0;
    return np_lex_word_in(w, FUNC_WORDS);
}

/* ---- vocabulary of page furniture ------------------------------------- */

/* Phrases that only page furniture uses: comment forms, share bars,
 * newsletter boxes, cookie banners, ad slots, "read more" teasers, shop
 * widgets.  Matched on word boundaries in the lower-cased line. */
static const char *const CTA_PHRASES[] = {
    "leave a reply", "leave a comment", "post a comment", "add a comment", "comments are closed",
    "join the conversation", "join the discussion", "what's your reaction", "your reaction",
    "share this", "share on", "share via", "share the article", "follow us", "follow on",
    "subscribe to", "subscribe now", "subscribe for", "subscribe today", "sign up for",
    "sign up to", "sign up now", "newsletter", "advertisement", "sponsored content",
    "paid content", "read more", "read also", "also read", "see also", "read next",
    "continue reading", "click here", "tap here", "we use cookies", "use of cookies",
    "uses cookies", "use cookies", "cookie policy", "cookie settings", "cookie preferences",
    "accept cookies", "accept all cookies", "all rights reserved", "privacy policy",
    "terms of use", "terms of service", "terms and conditions", "download the app",
    "download our app", "log in to", "sign in to", "skip to content", "skip to main",
    "enable javascript", "javascript is disabled", "you may also like", "you might also like",
    "most popular", "most read", "recommended for you", "notify me of", "your email address",
    "required fields are marked", "report an error", "report a typo", "shop now", "buy now",
    "add to cart", "free shipping", "back to top", "related articles", "related posts",
    "related stories", "related news", "more stories", "trending now", "load more",
    "show comments", "view comments", "comment below", "support our journalism",
    "support independent journalism", "donate now", "become a member", "get the app",
    "min read", "minute read", "minutes read",
    /* a paywall's gate: its notice comes before its call to action */
    "already a subscriber", "for subscribers only", "your free articles", NULL};

/* Words that make up share bars, reaction widgets and menus.  A short line
 * built only from these (and function words) is a widget. */
static const char *const WIDGET_WORDS[] = {
    "reply", "replies", "comment", "comments", "share", "shares", "tweet", "email", "e-mail",
    "print", "like", "likes", "dislike", "love", "funny", "angry", "sad", "wow", "haha",
    "lol", "omg", "reaction", "reactions", "dismiss", "close", "subscribe", "follow",
    "login", "logout", "log", "sign", "register", "menu", "search", "home", "advertisement",
    "advertisements", "ad", "ads", "sponsored", "promoted", "next", "previous", "prev",
    "back", "more", "loading", "save", "saved", "bookmark", "copy", "link", "facebook",
    "twitter", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "instagram",
    "youtube", "tiktok", "threads", "bluesky", "rss", "top", "cookies", "accept", "decline",
    "ok", "okay", "listen", "watch", "video", "gallery", "views", "view", "read", "min",
    "mins", "up", "in", "out", "skip", "continue", "reading", "show", "hide", "expand",
    "collapse", "toggle", "cancel", "submit", "send", "upvote", "downvote", "votes", "vote",
    "report", "flag", "embed", "related", "recommended", "trending", "popular", "newsletter",
    "newsletters", "x", "permalink", "feed", NULL};

/* An ad-break label standing between two parts of the story where an ad
 * slot was: "Story continues below advertisement", "Continue reading the
 * main story", "Advertisement - Scroll to continue", "Weiterlesen nach der
 * Anzeige".  The story goes on after it, so unlike a paywall's "Subscribe
 * to continue reading" it must cut nothing: the label alone goes.  A short
 * line made only of BREAK_WORDS, with a word saying the text goes on
 * (BREAK_GOES_ON) and one saying where (BREAK_WHERE); any other word
 * ("subscribe", "page", a name) makes it something else. */
#define NP_BREAK_WORDS 10
static const char *const BREAK_WORDS[] = {
    "a", "ad", "ads", "advert", "advertisement", "advertising", "after", "anzeige", "apr\xc3\xa8s",
    "article", "artikel", "below", "beneath", "cette", "content", "continue", "continued", "continues",
    "der", "down", "fortgesetzt", "geht", "la", "main", "nach", "publicit\xc3\xa9", "reading", "report",
    "scroll", "sponsored", "story", "suite", "text", "the", "this", "to", "under", "unter", "weiter",
    "weiterlesen", "wird", "with", NULL};
static const char *const BREAK_GOES_ON[] = {"continue", "continued", "continues", "fortgesetzt", "suite",
                                            "weiter", "weiterlesen", NULL};
static const char *const BREAK_WHERE[] = {"after", "apr\xc3\xa8s", "below", "beneath", "main", "nach",
                                          "scroll", "under", "unter", NULL};

int np_line_ad_break(const char *s, size_t n)
{
    size_t i = 0, a, b, words = 0;
    int goes_on = 0, where = 0;
    if (n > 120)
        return 0;
    while (np_line_next_token(s, n, &i, &a, &b)) {
        char w[24];
        if (b - a >= sizeof w)
            return 0;
        token_core(s + a, b - a, w, sizeof w);
        if (!w[0])
            continue; /* a dash or an arrow between the words */
        if (++words > NP_BREAK_WORDS || !np_lex_word_in(w, BREAK_WORDS))
            return 0;
        goes_on |= np_lex_word_in(w, BREAK_GOES_ON);
        where |= np_lex_word_in(w, BREAK_WHERE);
    }
    return goes_on && where;
}

/* "Label:" prefixes of captions, tag lists, teasers and credits. */
static const char *const LABELS[] = {
    "related", "read more", "read also", "also read", "see also", "read next", "more",
    "more from", "recommended", "tags", "tag", "tagged", "topics", "topic", "filed under",
    "categories", "category", "keywords", "photo", "photos", "photograph", "image", "images",
    "picture", "pictures", "caption", "credit", "credits", "photo credit", "image credit",
    "source", "sources", "video", "watch", "listen", "advertisement", "sponsored", "share",
    "follow", "subscribe", "copyright", "trending", "editor's picks", "most read", "posted in",
    "illustration", "correction", "corrections", "clarification", "outlet", "publication", "publisher", NULL};

/* Prefixes that open a caption, a credit or an editor's note without a
 * colon. */
static const char *const LABEL_OPENERS[] = {
    "photo by ", "photos by ", "image by ", "images by ", "photograph by ", "picture by ",
    "illustration by ", "video by ", "file photo", "this story has been updated",
    "this article has been updated", "this post has been updated", "this story was updated",
    "this article was updated", "disclaimer:", "editor's note", NULL};

/* Openers of a correction note ("Correction: An earlier version of this
 * article said 80 firefighters attended."): it restates the wrong figure
 * or name the story no longer claims.  Matched at the normalised line's
 * start; the labels with their colon. */
static const char *const CORRECTIONS[] = {
    "an earlier version of this", "clarification:", "correction:", "corrections:", "this article has been amended",
    "this article has been corrected", "this article was amended", "this article was corrected",
    "this story has been amended", "this story has been corrected", "this story was amended",
    "this story was corrected", NULL};

/* Openers of a note of where a text first ran ("This story was first
 * published by Orbis."): a credit of its source, no claim. */
static const char *const FIRST_RAN[] = {
    "a version of this article", "a version of this story", "this article first appeared",
    "this article originally appeared", "this article was first published", "this article was originally published",
    "this article was provided by", "this story first appeared", "this story originally appeared",
    "this story was first published", "this story was originally published", "this story was provided by", NULL};

static int alnum_byte(char c)
{
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
}

/* Openers of a reader-comment section or reaction widget: what follows
 * them on a page is readers' text, not the article. */
static const char *const COMMENT_OPENERS[] = {
    "leave a reply", "leave a comment", "post a comment", "add a comment", "comments are closed",
    "join the conversation", "join the discussion", "reader comments", "show comments",
    "view comments", "what's your reaction", "comments", "discussion", NULL};
static const char *const COMMENT_COUNTED[] = {"comments", "comment", "responses", "response",
                                              "replies", "reply", "thoughts", "reactions", NULL};

static int comment_header(const char *norm, size_t words)
{
    if (words > 12)
        return 0;
    for (size_t i = 0; COMMENT_OPENERS[i]; i++) {
        size_t l = strlen(COMMENT_OPENERS[i]);
        if (strncmp(norm, COMMENT_OPENERS[i], l) == 0 &&
            (!norm[l] || norm[l] == ' ' || norm[l] == '?' || norm[l] == ':' || norm[l] == '(')) {
            /* A bare word opens a section only as a heading: "Comments (3)". */
            if (!strchr(COMMENT_OPENERS[i], ' ') && words > 2)
                continue;
            return 1;
        }
    }
    /* "34 responses to ...", "12 Comments", "5 thoughts on ..." */
    size_t j = 0;
    while (norm[j] >= '0' && norm[j] <= '9')
        j++;
    if (j && norm[j] == ' ') {
        const char *w = norm + j + 1;
        for (size_t i = 0; COMMENT_COUNTED[i]; i++) {
            size_t l = strlen(COMMENT_COUNTED[i]);
            if (strncmp(w, COMMENT_COUNTED[i], l) == 0 && !alnum_byte(w[l]))
                return 1;
        }
    }
    return 0;
}

/* Marks of a photo caption or credit anywhere in a line. */
static const char *const CAPTION_MARKS[] = {
    "caption:", "credit:", "(credit", "credit...", "credits:", "photo:", "(photo", "photo by",
    "photograph:", "(photograph", "image:", "(image", "image by", "getty images", "file photo",
    "(pictured", "pictured:", "(illustration", NULL};

/* A staff credit at the foot of a story: "Ana Ruiz contributed reporting
 * from Tallby.", "Associated Press writer Bo Lind contributed to this
 * report."  It names who helped write the article, not what happened.  The
 * whole line is the credit: before "contributed" only names (and a
 * writer's job), after what was contributed only "from"/"in"/"and" and
 * names of places and people ("Varga contributed reporting from Kabul for
 * the Courier for a decade before ..." and "Her colleague Tomas Lind
 * contributed research in the lab" are news). */
static int credit_word(const char *w, size_t n, int before)
{
    static const char *const jobs[] = {"and", "correspondent", "correspondents", "in", "journalist", "journalists",
                                       "photographer", "producer", "reporter", "reporters", "staff", "video",
                                       "writer", "writers", NULL};
    static const char *const links[] = {"and", "contributed", "from", "in", "reporting", "research", "the", NULL};
    if (n && w[0] >= 'A' && w[0] <= 'Z')
        return 1;
    const char *const *list = before ? jobs : links;
    for (size_t k = 0; list[k]; k++)
        if (strlen(list[k]) == n && !memcmp(list[k], w, n))
            return 1;
    return 0;
}

/* Every word of s[lo, hi) passes credit_word(). */
static int credit_words(const char *s, size_t lo, size_t hi, int before)
{
    for (size_t i = lo; i < hi;) {
        while (i < hi && (s[i] == ' ' || s[i] == ',' || s[i] == '.'))
            i++;
        size_t j = i;
        while (j < hi && s[j] != ' ' && s[j] != ',' && s[j] != '.')
            j++;
        if (j > i && !credit_word(s + i, j - i, before))
            return 0;
        /* a second sentence; not an initial's or an abbreviation's period
         * ("Washington, D.C.", "Bo J. Lind", "St. Louis") */
        if (j < hi && s[j] == '.' && j + 1 < hi && !np_lex_period_word(s + i, j - i))
            return 0;
        i = j;
    }
    return 1;
}

/* A body's word (np_lex_is_org_word(): "University", "Institute") among
 * the words of s[0, n). */
static int body_named(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        while (i < n && (s[i] == ' ' || s[i] == ','))
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != ',')
            j++;
        if (j > i && np_lex_is_org_word(s + i, j - i))
            return 1;
        i = j;
    }
    return 0;
}

static int staff_credit(const char *s, size_t n)
{
    /* "Additional reporting by Ana Ruiz in Tallby.": names (and places)
     * after the opener, nothing else */
    static const char extra[] = "Additional reporting by ";
    if (n > sizeof extra - 1 && strncasecmp(s, extra, sizeof extra - 1) == 0)
        return credit_words(s, sizeof extra - 1, n, 0);
    static const char *const tails[] = {"reporting", "additional reporting", "research", "to this report",
                                        "to this article", "to this story", NULL};
    static const char key[] = " contributed ";
    const char *p = memmem(s, n, key, sizeof key - 1);
    if (!p || p == s || !(s[0] >= 'A' && s[0] <= 'Z'))
        return 0;
    size_t at = (size_t)(p - s);
    if (!credit_words(s, 0, at, 1))
        return 0; /* "Fuel costs contributed", "Her colleague X contributed" */
    const char *q = p + sizeof key - 1, *end = s + n;
    for (size_t k = 0; tails[k]; k++) {
        size_t l = strlen(tails[k]);
        if ((size_t)(end - q) < l || strncmp(q, tails[k], l) != 0)
            continue;
        /* bodies contribute research ("The Tallby Institute contributed
         * research", "Harlow University and ... contributed research"):
         * research is a person's credit only when no body is named */
        if (!strcmp(tails[k], "research") && (!strncmp(s, "The ", 4) || body_named(s, at)))
            return 0;
        size_t r = (size_t)(q + l - s);
        return r == n || ((s[r] == ' ' || s[r] == '.' || s[r] == ',') && credit_words(s, r, n, 0));
    }
    return 0;
}

/* Lower-case copy of the line start, with NBSP and other spaces as one
 * ASCII space and typographic apostrophes as "'", for phrase matching. */
static size_t normalise(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0, i = 0;
    int space = 0;
    while (i < n && o + 4 < cap) {
        size_t k = np_space_len(s, n, i);
        if (k) {
            space = 1;
            i += k;
            continue;
        }
        if (space && o)
            out[o++] = ' ';
        space = 0;
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
            out[o++] = '\'';
            i += 3;
            continue;
        }
        out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        i++;
    }
    out[o] = '\0';
    return o;
}

static int has_phrase(const char *norm, const char *ph)
{
    size_t pl = strlen(ph);
    for (const char *p = strstr(norm, ph); p; p = strstr(p + 1, ph)) {
        int left = (p == norm) || !alnum_byte(p[-1]);
        int right = !alnum_byte(ph[pl - 1]) || !alnum_byte(p[pl]);
        if (left && right)
            return 1;
    }
    return 0;
}

/* Any phrase of `list` at a word start of norm: one pass over the line with
 * a first-byte filter, instead of one substring search per phrase. */
static int any_phrase(const char *norm, const char *const *list)
{
    for (size_t i = 0; norm[i]; i++) {
        if (i && alnum_byte(norm[i - 1]))
            continue;
        for (size_t k = 0; list[k]; k++) {
            const char *ph = list[k];
            if (ph[0] != norm[i])
                continue;
            size_t j = 0;
            while (ph[j] && norm[i + j] == ph[j])
                j++;
            if (!ph[j] && (!alnum_byte(ph[j - 1]) || !alnum_byte(norm[i + j])))
                return 1;
        }
    }
    return 0;
}

static int starts_with(const char *norm, const char *p)
{
    return strncmp(norm, p, strlen(p)) == 0;
}

/* The normalised line opens on one of the openers of list. */
static int opens_on(const char *norm, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (starts_with(norm, list[i]))
            return 1;
    return 0;
}

/* The normalised line opens on a note of where the text first ran. */
static int first_ran(const char *norm) { return opens_on(norm, FIRST_RAN); }

/* The normalised line opens on a correction note. */
static int correction(const char *norm) { return opens_on(norm, CORRECTIONS); }

/* The trimmed line s[0..n) normalised opens on one of list's openers. */
static int line_opens_on(const char *s, size_t n, const char *const *list)
{
    char norm[512];
    normalise(s, n, norm, sizeof norm);
    return opens_on(norm, list);
}

int np_line_first_ran(const char *s, size_t n) { return line_opens_on(s, n, FIRST_RAN); }

int np_line_correction(const char *s, size_t n) { return line_opens_on(s, n, CORRECTIONS); }

/* "Label:" with a known label, or "Label |", or a first-ran or correction
 * note. */
static int label_prefix(const char *norm)
{
    if (first_ran(norm) || correction(norm))
        return 1;
    for (size_t i = 0; LABEL_OPENERS[i]; i++)
        if (starts_with(norm, LABEL_OPENERS[i]))
            return 1;
    const char *c = norm;
    while (*c && *c != ':' && *c != '|' && c - norm < 24)
        c++;
    if (*c != ':' && *c != '|')
        return 0;
    size_t n = (size_t)(c - norm);
    while (n && norm[n - 1] == ' ')
        n--;
    for (size_t i = 0; LABELS[i]; i++)
        if (strlen(LABELS[i]) == n && memcmp(norm, LABELS[i], n) == 0)
            return 1;
    return 0;
}

static int has_any_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

/* ---- shapes ----------------------------------------------------------- */

static int is_terminal(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    /* Step back over closing quotes and brackets. */
    while (n) {
        unsigned char c = u[n - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') {
            n--;
            continue;
        }
        if (n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 && (u[n - 1] == 0x9D || u[n - 1] == 0x99)) {
            n -= 3; /* ” ’ */
            continue;
        }
        if (n >= 3 && ((u[n - 3] == 0xE3 && u[n - 2] == 0x80 && (u[n - 1] == 0x8D || u[n - 1] == 0x8F)) ||
                       (u[n - 3] == 0xEF && u[n - 2] == 0xBC && u[n - 1] == 0x89))) {
            n -= 3; /* 」 』 ） */
            continue;
        }
        if (n >= 2 && u[n - 2] == 0xC2 && u[n - 1] == 0xBB) {
            n -= 2; /* » */
            continue;
        }
        break;
    }
    if (!n)
        return 0;
    unsigned char c = u[n - 1];
    if (c == '.' || c == '!' || c == '?')
        return 1;
    if (n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 && u[n - 1] == 0xA6)
        return 1; /* … */
    if (n >= 3 && ((u[n - 3] == 0xE3 && u[n - 2] == 0x80 && u[n - 1] == 0x82) ||
                   (u[n - 3] == 0xEF && u[n - 2] == 0xBC && (u[n - 1] == 0x81 || u[n - 1] == 0x9F))))
        return 1; /* 。！？ */
    return 0;
}

static int bullet_start(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (!n)
        return 0;
    if ((u[0] == '*' || u[0] == '-' || u[0] == '+') && n > 1 && u[1] == ' ')
        return 1;
    if (n >= 3 && u[0] == 0xE2 && ((u[1] == 0x80 && (u[2] == 0xA2 || u[2] == 0xA3)) ||
                                   (u[1] == 0x96 && (u[2] == 0xAA || u[2] == 0xB8)) ||
                                   (u[1] == 0x97 && (u[2] == 0xA6 || u[2] == 0x8F))))
        return 1; /* • ‣ ▪ ▸ ◦ ● */
    if (n >= 2 && u[0] == 0xC2 && u[1] == 0xB7)
        return 1; /* · */
    size_t i = 0;
    while (i < n && i < 3 && u[i] >= '0' && u[i] <= '9')
        i++;
    return i > 0 && i + 1 < n && (u[i] == '.' || u[i] == ')') && u[i + 1] == ' ';
}

/* "Title Case Name – short pitch": the shape of product and link lists in
 * page footers.  The name is 2-8 mostly capitalised words without a comma
 * (so "City, Country – ..." datelines do not match), the description 3-30
 * words starting with a capital. */
static int item_shape(const char *s, size_t n)
{
    size_t lim = n < 160 ? n : 160, sep = 0, seplen = 0;
    for (size_t i = 1; i + 1 < lim; i++) {
        if (s[i - 1] != ' ' && np_space_len(s, n, i - 1) == 0)
            continue;
        size_t d = np_dash_len(s, n, i);
        if (d && np_space_len(s, n, i + d)) {
            sep = i;
            seplen = d;
            break;
        }
    }
    if (!sep)
        return 0;
    size_t i = 0, a, b, words = 0, caps = 0;
    while (np_line_next_token(s, sep, &i, &a, &b)) {
        if (memchr(s + a, ',', b - a) || is_terminal(s + a, b - a))
            return 0;
        words++;
        int c = np_token_case(s + a, b - a);
        if (c > 0 || (c == 0 && s[a] == '('))
            caps++;
        else if (c < 0 && !np_is_function_word(s + a, b - a))
            return 0;
    }
    if (words < 2 || words > 8 || caps * 10 < words * 6)
        return 0;
    size_t j = sep + seplen, dw = 0;
    int first = 1;
    while (np_line_next_token(s, n, &j, &a, &b)) {
        if (first && np_token_case(s + a, b - a) <= 0)
            return 0;
        first = 0;
        if (++dw > 30)
            return 0;
    }
    return dw >= 3;
}

/* A line that is mostly a date: the date plus at most a few words such as
 * "Published", "Updated", a weekday or a time zone. */
static int date_line(const np_line *ln, const np_textdate *date)
{
    static const char *const opens[] = {"posted", "published", "updated", NULL};
    static const char *const stamp[] = {"posted", "published", "updated", "on", "at", "by", NULL};
    if (ln->words > 14)
        return 0;
    size_t i = 0, a, b, other = 0, seen = 0;
    /* a line opening on a stamp's verb ("Posted on March 11, 2027 by
     * Estmark Daily Staff"): its stamp words and the capitalised credit
     * after "by" do not count against it */
    int stamped = 0, credit = 0;
    while (np_line_next_token(ln->s, ln->len, &i, &a, &b)) {
        if (a >= date->start && b <= date->end)
            continue;
        if (token_kind(ln->s + a, b - a) != 1)
            continue;
        char w[24];
        int word = token_core(ln->s + a, b - a, w, sizeof w) && w[0];
        if (!seen++)
            stamped = word && np_lex_word_in(w, opens);
        if (stamped && word && np_lex_word_in(w, stamp)) {
            credit = !strcmp(w, "by");
            continue;
        }
        if (credit && np_token_case(ln->s + a, b - a) > 0)
            continue;
        credit = 0;
        other++;
    }
    return other <= 5;
}

void np_line_classify(np_line *ln)
{
    const char *s = ln->s;
    size_t n = ln->len, cap = n < NP_LINE_FEATURE_CAP ? n : NP_LINE_FEATURE_CAP;
    ln->words = ln->alpha = ln->caps = ln->funcs = ln->widgets = 0;
    ln->flags = 0;
    if (n > NP_LINE_FEATURE_CAP)
        ln->flags |= NP_LF_LONG;
    size_t i = 0, a, b;
    size_t words = 0, alpha = 0, caps = 0, funcs = 0, widget = 0, widget_nf = 0, plainfunc = 0;
    while (np_line_next_token(s, cap, &i, &a, &b)) {
        int kind = token_kind(s + a, b - a);
        if (!kind)
            continue;
        /* Scripts written without spaces (Chinese, Japanese) would make a
         * whole paragraph one "word": count about one word per two
         * ideographs or kana instead. */
        size_t cjk = kind == 1 ? cjk_chars(s + a, b - a) : 0;
        size_t units = cjk >= 4 ? cjk / 2 : 1;
        words += units;
        if (kind != 1)
            continue;
        alpha += units;
        if (np_token_case(s + a, b - a) > 0)
            caps++;
        char w[24];
        if (token_core(s + a, b - a, w, sizeof w) && w[0]) {
            if (np_lex_word_in(w, FUNC_WORDS)) {
                funcs++;
                if (!np_lex_word_in(w, WIDGET_WORDS))
                    plainfunc++;
            }
            if (np_lex_word_in(w, WIDGET_WORDS)) {
                widget++;
                if (!np_lex_word_in(w, FUNC_WORDS))
                    widget_nf++;
            }
        }
    }
    /* At most NP_LINE_FEATURE_CAP/2 tokens fit in the cap: uint16_t holds them. */
    ln->words = (uint16_t)words;
    ln->alpha = (uint16_t)alpha;
    ln->caps = (uint16_t)caps;
    ln->funcs = (uint16_t)funcs;
    ln->widgets = (uint16_t)widget_nf; /* "in", "more" are too common to count */
    if (!ln->alpha)
        ln->flags |= NP_LF_NOLETTER;
    if (is_terminal(s, n))
        ln->flags |= NP_LF_TERMINAL;
    if (bullet_start(s, n))
        ln->flags |= NP_LF_BULLET;

    char norm[512];
    normalise(s, n, norm, sizeof norm);
    if (ln->words <= 40) {
        if (any_phrase(norm, CTA_PHRASES) || np_line_ad_break(s, n))
            ln->flags |= NP_LF_CTA;
        if (comment_header(norm, ln->words))
            ln->flags |= NP_LF_COMMENTS;
        if (label_prefix(norm) || any_phrase(norm, CAPTION_MARKS))
            ln->flags |= NP_LF_LABEL;
        if (ln->words <= 30 && staff_credit(s, n))
            ln->flags |= NP_LF_BYLINE;
        if (starts_with(norm, "\xc2\xa9") || starts_with(norm, "(c) ") ||
            starts_with(norm, "copyright") || has_phrase(norm, "all rights reserved"))
            ln->flags |= NP_LF_COPYRIGHT;
    }
    /* Short line made of widget words: "Share", "0 Comments", "like". */
    /* "Like it or not." is prose; "Loading..." is not. */
    int sentence = (ln->flags & NP_LF_TERMINAL) && !(n >= 3 && memcmp(s + n - 3, "...", 3) == 0) &&
                   !(n >= 3 && memcmp(s + n - 3, "\xe2\x80\xa6", 3) == 0);
    if (ln->alpha && ln->alpha <= 4 && widget && widget + plainfunc == ln->alpha && !sentence)
        ln->flags |= NP_LF_CTA;

    /* Dates and bylines live in short lines; only their start is searched,
     * and a date needs a digit. */
    size_t dcap = n < 400 ? n : 400;
    np_textdate d;
    if (has_any_digit(s, dcap)) {
        if (ln->words <= 14 && np_textdate_find(s, dcap, &d) && date_line(ln, &d))
            ln->flags |= NP_LF_DATE;
    }
    if (n <= 400 && np_byline_parse(s, n, NULL, NULL))
        ln->flags |= NP_LF_BYLINE;
    if (n <= 400 && item_shape(s, n))
        ln->flags |= NP_LF_ITEM;
}
