/* article/captions.c — photo captions and video credits (see captions.h). */
#include "article/captions.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "text/lexicon.h"

/* A caption is a line of this many words at most (and at least the min). */
#define CAPTION_MIN_WORDS 3
#define CAPTION_MAX_WORDS 30
/* A caption followed by a sentence of context: at most this many words. */
#define CAPTION_PAIR_MAX_WORDS 60
/* Its picture description: at least this many words. */
#define CAPTION_LEAD_MIN_WORDS 6
/* What may follow a credit's verb: "from West Harbour, Norland." */
#define CREDIT_TAIL_MAX_WORDS 8

/* The token s[a..b) with the punctuation around it cut off. */
static void bare_word(const char *s, size_t *a, size_t *b)
{
    while (*a < *b && !((s[*a] >= 'A' && s[*a] <= 'Z') || (s[*a] >= 'a' && s[*a] <= 'z')))
        (*a)++;
    while (*b > *a && !((s[*b - 1] >= 'A' && s[*b - 1] <= 'Z') || (s[*b - 1] >= 'a' && s[*b - 1] <= 'z')))
        (*b)--;
}

static int word_is(const char *s, size_t a, size_t b, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strlen(list[i]) == b - a && !strncasecmp(list[i], s + a, b - a))
            return 1;
    return 0;
}

#define WORD_IS(s, a, b, list) word_is(s, a, b, list, sizeof list / sizeof *list)

/* A double quotation mark (straight or curly) or a long dash at s[i]. */
static int quote_or_dash(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c == '"')
        return 1;
    return c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
           ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D ||
            (unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94);
}

/* Words that end in a period without ending a sentence ("Mr. Doe", an
 * initial): np_lex_period_word(). */
static int abbreviation(const char *s, size_t a, size_t b)
{
    return np_lex_period_word(s + a, b - a);
}

/* Byte offset just past the first sentence of s[0..n) when another
 * sentence follows (". " and a capital, the word before the period not a
 * title or an initial); 0 when s is one sentence. */
static size_t first_sentence_end(const char *s, size_t n)
{
    for (size_t i = 1; i + 2 < n; i++) {
        if ((s[i] != '.' && s[i] != '?' && s[i] != '!') || s[i + 1] != ' ' || !(s[i + 2] >= 'A' && s[i + 2] <= 'Z'))
            continue;
        size_t a = i;
        while (a > 0 && s[a - 1] != ' ')
            a--;
        size_t wa = a, wb = i;
        bare_word(s, &wa, &wb);
        int number = wa == wb && i > a && s[i - 1] >= '0' && s[i - 1] <= '9'; /* "in 2017." */
        if (s[i] == '.' && !number && (abbreviation(s, wa, wb) || memchr(s + a, '.', i - a)))
            continue; /* "Mr. Doe", "J. Doe", "U.S. Navy" */
        return i + 1;
    }
    return 0;
}

/* Plural nouns without an "s" ("Four men smash"). */
static const char *const PLURAL_NOUNS[] = {"children", "people"};
/* The word s[a..b) reads as a plural noun: "migrants", not "boss" nor a
 * possessive ("P-I's"). */
static int plural_form(const char *s, size_t a, size_t b)
{
    if (b - a >= 3 && !strncasecmp(s + b - 3, "men", 3))
        return 1; /* "fishermen", "women" */
    return (b - a > 3 && s[b - 1] == 's' && s[b - 2] >= 'a' && s[b - 2] <= 'z' && s[b - 2] != 's') ||
           word_is(s, a, b, PLURAL_NOUNS, sizeof PLURAL_NOUNS / sizeof *PLURAL_NOUNS);
}

/* Verbs whose past tense is spelt like the lemma, so that
 * np_verbs_is_finite() cannot call it tensed: "A quake hit the town",
 * "Police put the crowd at 30,000". */
static const char *const PAST_AS_LEMMA[] = {"beat",  "bet",   "burst", "cast",  "cost",  "cut",   "fit",
                                            "hit",   "hurt",  "let",   "put",   "quit",  "read",  "rid",
                                            "set",   "shed",  "shut",  "slit",  "split", "spread", "thrust",
                                            "upset"};
/* Adverbs that stand between a subject and its verb ("now cover"). */
static const char *const FREQUENCY_ADVERBS[] = {"again", "already", "also", "always", "never", "now",
                                                "often", "still"};
/* Prefixes a hyphen joins to a verb ("re-signed", "co-directed"). */
static const char *const VERB_PREFIXES[] = {"co", "mis", "out", "over", "pre", "re", "un", "under"};

/* A hyphenated word that is a tensed verb: a prefix and a tensed verb
 * ("re-signed"); not the line's first word ("Re-elected mayor Ana Ruiz at
 * her party": an adjective). */
static int hyphen_finite(const np_verbs *verbs, const char *s, size_t a, size_t b)
{
    const char *h = memchr(s + a, '-', b - a);
    if (!h)
        return 0;
    size_t cut = (size_t)(h - s);
    /* not "left-leaning", "built-up": a tensed word before a hyphen is an
     * adjective's part */
    return word_is(s, a, cut, VERB_PREFIXES, sizeof VERB_PREFIXES / sizeof *VERB_PREFIXES) && cut + 1 < b &&
           np_verbs_is_finite(verbs, s + cut + 1, b - cut - 1);
}

/* The word s[a, b) is an adverb in "-ly" ("quickly", "now" is not). */
static int ly_adverb(const char *s, size_t a, size_t b)
{
    return np_lex_is_ly_adverb(s + a, b - a);
}

/* The word after s[i] is one of list[0..count): "re-elected its leader". */
static int object_follows(const char *s, size_t n, size_t i, const char *const *list, size_t count)
{
    size_t j = i, a, b;
    if (!np_line_next_token(s, n, &j, &a, &b))
        return 0;
    bare_word(s, &a, &b);
    return a < b && word_is(s, a, b, list, count);
}

/* The word ending at s[i] is followed by what a verb takes: not a
 * preposition and not the line's end ("a deep cut on his forehead", "the
 * budget cut" are nouns; "hit the town", "put the damage at" are verbs). */
static int takes_object(const char *s, size_t n, size_t i)
{
    static const char *const preps[] = {"on", "in", "at", "of", "with", "for", "from", "by", "near", "after",
                                        "before", "during", "as", "to", "outside", "inside", "into", "over",
                                        "under", "beside", "behind", "and", "or"};
    size_t j = i, a, b;
    if (!np_line_next_token(s, n, &j, &a, &b))
        return 0;
    if (s[a] >= '0' && s[a] <= '9')
        return 1; /* "hit 9 percent" */
    bare_word(s, &a, &b);
    return a < b && !word_is(s, a, b, preps, sizeof preps / sizeof *preps);
}

/* No verb with a tense among the words of s[0..n): "said", "walked", "is",
 * "says" are verbs, and so are "re-signed" (not opening the line, nor after
 * an adverb unless an object follows), and "hit" or "put" between a word
 * that is no article or preposition and an object; a bare lemma counts
 * after a plural (an adverb between them allowed) and before "to", "that"
 * or a determiner ("Some residents plan to protest.", "Reeds now cover the
 * slipway"), and so does
 * any personal pronoun (its subject) or a pronoun's "'s" ("There's"); a
 * participle after "to be" has none, and a line opening with a verb and a
 * determiner is an imperative ("Observe a minute of silence.").
 * `strict`: any lower-case word that can be a verb at all counts ("The
 * club still rank last."), for a caption that has a second sentence. */
#define RELATIVE_WORDS 3 /* words of a relative clause's subject: "where the old pier" */
static int verbless_words(const np_verbs *verbs, const char *s, size_t n, int strict)
{
    /* the personal pronouns, then words that open a clause only with the
     * word after them ("that", "what", "who", "here"): these count only
     * when the core word stands before more of the line */
    static const char *const pronouns[] = {"he", "i", "it", "she", "there", "they", "we", "you",
                                           "that", "what", "who", "here"};
    const size_t personal = 8, all_pronouns = sizeof pronouns / sizeof *pronouns;
    static const char *const objects[] = {"a", "an", "her", "his", "its", "my", "our", "that",
                                          "the", "their", "these", "this", "those", "to", "your"};
    static const char *const determiners[] = {"a", "an", "her", "his", "its", "my", "our", "the", "their",
                                              "these", "this", "those", "your"};
    const size_t n_determiners = sizeof determiners / sizeof *determiners;
    /* articles and possessives never stand for a subject ("this" may:
     * "This matters.") */
    static const char *const articles[] = {"a", "an", "his", "its", "my", "our", "the", "their", "your"};
    /* a relative clause after the picture's noun ("Skippers walking to the
     * quay where they'll meet the master", "Families who fled the fire"):
     * its subject (at most RELATIVE_WORDS words) and its verb group (an
     * auxiliary and the verb after it, or one verb with a tense) are the
     * clause's own; a verb after them is the line's ("A man who was
     * injured died.") */
    static const char *const relative[] = {"where", "who", "whom", "whose", "which", "when"};
    static const char *const auxiliaries[] = {"is",   "are",  "was",  "were",   "has",   "have", "had",
                                          "will", "would", "can", "could", "may",   "might", "must",
                                          "shall", "should", "did", "do",   "does",  "been", "be"};
    size_t i = 0, a, b, k = 0, rel_words = 0;
    int in_rel = 0, rel_after_aux = 0;
    int plural = 0, verb_after_plural = 0, first_lemma = 0, to = 0, to_be = 0, after_det = 0;
    size_t last_a = 0, last_b = 0; /* the word before */
    while (np_line_next_token(s, n, &i, &a, &b)) {
        /* A picture's "Jane Roe, left," or "(left)": a position. */
        if ((b - a == 5 && !memcmp(s + a, "left,", 5) && a >= 2 && s[a - 2] == ',') ||
            (b - a == 6 && !memcmp(s + a, "(left)", 6)))
            continue;
        bare_word(s, &a, &b);
        if (a == b)
            continue;
        if (in_rel) {
            int contracted = memchr(s + a, '\'', b - a) != NULL || memchr(s + a, '\xe2', b - a) != NULL;
            if (WORD_IS(s, a, b, auxiliaries) || (contracted && s[a] >= 'a' && s[a] <= 'z')) {
                rel_after_aux = 1; /* "was", "they'll": the verb follows */
                k++;
                continue;
            }
            if (rel_after_aux || np_verbs_is_finite(verbs, s + a, b - a)) {
                in_rel = 0; /* the clause's verb: what follows is the line's */
                k++;
                continue;
            }
            if (++rel_words <= RELATIVE_WORDS) {
                k++; /* the clause's subject */
                continue;
            }
            in_rel = 0; /* no verb: no clause after all, this word is the line's */
        }
        if (k > 0 && WORD_IS(s, a, b, relative)) {
            in_rel = 1;
            rel_words = 0;
            rel_after_aux = 0;
            k++;
            continue;
        }
        size_t core = b;
        if (b - a > 2 && s[b - 1] == 's' && s[b - 2] == '\'')
            core = b - 2; /* "there's", "it's" */
        else if (b - a > 4 && s[b - 1] == 's' && !memcmp(s + b - 4, "\xe2\x80\x99", 3))
            core = b - 4; /* "there’s", with a typographic apostrophe */
        /* A capital inside the sentence is a name ("Theresa May", "Will
         * Doe"), not an auxiliary. */
        int name = a > 0 && s[a] >= 'A' && s[a] <= 'Z' && b - a > 1 && !memchr(s + a, '\'', b - a) &&
                   !memchr(s + a, '\xe2', b - a); /* not "I", "I'm" */
        /* "Observe a minute of silence.": an imperative, not a picture. */
        if (k == 1 && first_lemma && WORD_IS(s, a, b, determiners))
            return 0;
        /* "the last to be signed by": a passive infinitive has no tense;
         * nor has a word after a determiner ("the proposed visit", "steel
         * pipes at a factory"): it is an adjective or a noun. */
        int untensed = to_be || after_det;
        int after_func = k > 0 && np_is_function_word(s + last_a, last_b - last_a);
        /* "the newly re-elected mayor": a participle after an adverb is an
         * adjective */
        int after_adverb = k > 0 && ly_adverb(s, last_a, last_b);
        after_det = WORD_IS(s, a, b, articles);
        if ((!name && !untensed &&
             (np_verbs_is_finite(verbs, s + a, b - a) ||
              (k > 0 && (!after_adverb || object_follows(s, n, i, determiners, n_determiners)) &&
               hyphen_finite(verbs, s, a, b)) ||
              (!after_func && k > 0 && WORD_IS(s, a, b, PAST_AS_LEMMA) && takes_object(s, n, i)))) ||
            word_is(s, a, core, pronouns, core < b ? all_pronouns : personal))
            return 0;
        last_a = a;
        last_b = b;
        to_be = to && b - a == 2 && !strncasecmp(s + a, "be", 2);
        to = b - a == 2 && !strncasecmp(s + a, "to", 2);
        if (k++ == 0) {
            char low[32];
            size_t m = b - a < sizeof low ? b - a : 0;
            for (size_t j = 0; j < m; j++)
                low[j] = (char)(s[a + j] >= 'A' && s[a + j] <= 'Z' ? s[a + j] + 32 : s[a + j]);
            first_lemma = m && np_verbs_is_lemma(verbs, low, m);
            /* "Made her way to the room, where she ...", "Don't be ...": a
             * line opening on an auxiliary, or on a past form before a
             * determiner or a pronoun, is a sentence missing its subject;
             * "Injured protesters at ...", "Armed police outside ..." and
             * "Remains of the warehouse" open on an adjective or a noun */
            if (m && (memchr(low, '\'', m) || WORD_IS(low, 0, m, auxiliaries) ||
                      (low[m - 1] != 's' && np_verbs_is_finite(verbs, low, m) &&
                       object_follows(s, n, i, determiners, n_determiners))))
                return 0;
        }
        if (strict && s[a] >= 'a' && s[a] <= 'z' && np_verbs_is_lemma(verbs, s + a, b - a))
            return 0;
        /* "Some residents plan to protest.", "Officials expect a deal.",
         * "Reeds now cover the slipway"; not before a preposition, where a
         * caption's present tense reads the same ("Fans celebrate in the
         * stands", "Farmers rely on the river") and a compound too ("the
         * farmers market in Dorn") */
        if (verb_after_plural && WORD_IS(s, a, b, objects))
            return 0;
        int plural_noun = plural_form(s, a, b);
        verb_after_plural = plural && s[a] >= 'a' && s[a] <= 'z' && np_verbs_is_lemma(verbs, s + a, b - a);
        /* an adverb between the plural and its verb ("cottonwoods now
         * cover") keeps the plural */
        if (!(plural && s[a] >= 'a' && s[a] <= 'z' && !verb_after_plural &&
              (WORD_IS(s, a, b, FREQUENCY_ADVERBS) || ly_adverb(s, a, b))))
            plural = plural_noun;
    }
    return 1;
}

static size_t count_words(const char *s, size_t n)
{
    size_t i = 0, a, b, w = 0;
    while (np_line_next_token(s, n, &i, &a, &b))
        w++;
    return w;
}

/* A picture's place or time: " in ", " at ", " on " inside s[0..n). */
static int has_scene(const char *s, size_t n)
{
    static const char *const preps[] = {"in", "at", "on"};
    size_t i = 0, a, b;
    while (np_line_next_token(s, n, &i, &a, &b))
        if (WORD_IS(s, a, b, preps))
            return 1;
    return 0;
}

/* Any ". X" / "? X" / "! X" inside s[0..n): more than one sentence, or a
 * "Mr. Doe" the single-sentence test stays clear of all the same. */
static int any_stop(const char *s, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++)
        if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ' && s[i + 2] >= 'A' && s[i + 2] <= 'Z')
            return 1;
    return 0;
}

/* Quotation marks, a long dash or " - " in s[0..n). */
static int quoted_or_dashed(const char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        if (quote_or_dash(s, n, i))
            return 1;
        if (s[i] == ' ' && s[i + 1] == '-' && i + 2 < n && s[i + 2] == ' ')
            return 1;
    }
    return 0;
}

int np_caption_verbless(const np_verbs *verbs, const np_line *l)
{
    if (!np_verbs_available(verbs) || l->words < CAPTION_MIN_WORDS || l->words > CAPTION_PAIR_MAX_WORDS ||
        (l->flags & (NP_LF_BULLET | NP_LF_LONG)) || !l->len || l->s[l->len - 1] != '.')
        return 0;
    if (!any_stop(l->s, l->len))
        return l->words <= CAPTION_MAX_WORDS && !quoted_or_dashed(l->s, l->len) &&
               verbless_words(verbs, l->s, l->len, 0);
    /* Two sentences: the first describes the picture (a scene with a place
     * or time, no word that could be a verb), the second gives context; a
     * third makes it prose.  English only: function words are a fifth of
     * its words. */
    size_t end = first_sentence_end(l->s, l->len);
    if (!end || first_sentence_end(l->s + end, l->len - end) || count_words(l->s, end) < CAPTION_LEAD_MIN_WORDS ||
        !has_scene(l->s, end) || quoted_or_dashed(l->s, end) || l->funcs * 5 < l->alpha)
        return 0;
    return verbless_words(verbs, l->s, end, 1);
}

/* ---- video credits ------------------------------------------------------ */

/* Verbs of a broadcast credit, in the present tense. */
static const char *const CREDIT_VERBS[] = {"reports", "report", "reacts", "react", "explains", "explain",
                                           "discusses", "discuss", "weighs", "weigh", "analyzes", "analyze",
                                           "analyses", "analyse", "joins", "join"};
static const char *const CREDIT_PREPS[] = {"from", "on", "in", "at", "with", "for"};

/* The clause s[0..n) is "<job title words and Names> <credit verb> [prep
 * <at most CREDIT_TAIL_MAX_WORDS words>]": a name of two capitalised words
 * right before the verb, no function word but "and" / "of" in the subject.
 * `opening`: the clause opens the line, where only an outlet's reporter
 * ("<Outlet>'s <Name>") "reports on <topic>" counts, its topic any length
 * up to the end of the sentence. */
static int credit_clause(const np_verbs *verbs, const char *s, size_t n, int opening)
{
    size_t i = 0, a, b, caps_run = 0, verb_end = 0;
    int joined = 0, possessive = 0;
    while (np_line_next_token(s, n, &i, &a, &b)) {
        size_t wa = a, wb = b;
        bare_word(s, &wa, &wb);
        if (wa == wb)
            return 0;
        int c = np_token_case(s + wa, wb - wa);
        possessive |= wb - wa > 2 && s[wb - 1] == 's' &&
                      (s[wb - 2] == '\'' || (wb - wa > 4 && (unsigned char)s[wb - 2] == 0x99));
        if (c > 0) {
            caps_run++;
            continue;
        }
        if ((wb - wa == 3 && !strncasecmp(s + wa, "and", 3)) || (wb - wa == 2 && !strncasecmp(s + wa, "of", 2))) {
            joined |= s[wa] == 'a';
            caps_run = 0;
            continue;
        }
        if (caps_run >= 2 && WORD_IS(s, wa, wb, CREDIT_VERBS) &&
            (s[wb - 1] == 's' || joined)) {
            verb_end = b;
            break;
        }
        if (np_is_function_word(s + wa, wb - wa) || np_verbs_is_finite(verbs, s + wa, wb - wa))
            return 0;
        caps_run = 0;
    }
    if (!verb_end)
        return 0;
    size_t j = verb_end, tail = 0;
    int first = 1, report_on = 0;
    while (np_line_next_token(s, n, &j, &a, &b)) {
        size_t wa = a, wb = b;
        bare_word(s, &wa, &wb);
        if (first) {
            if (!WORD_IS(s, wa, wb, CREDIT_PREPS))
                return 0;
            report_on = wb - wa == 2 && !strncasecmp(s + wa, "on", 2);
            first = 0;
        } else if (wa < wb && !opening && np_verbs_is_finite(verbs, s + wa, wb - wa)) {
            return 0;
        }
        tail++;
    }
    if (opening) /* the outlet's reporter: "The Courier's Jane Roe reports on" */
        return possessive && report_on && tail >= 2;
    return tail <= CREDIT_TAIL_MAX_WORDS;
}

int np_caption_video_credit(const np_verbs *verbs, const np_line *l)
{
    if (!np_verbs_available(verbs) || l->words < 4 || l->words > CAPTION_PAIR_MAX_WORDS + 20 ||
        !(l->flags & NP_LF_TERMINAL) || (l->flags & NP_LF_LONG))
        return 0;
    /* The last clause: after the last sentence end, after a semicolon in it. */
    size_t start = 0, k;
    while ((k = first_sentence_end(l->s + start, l->len - start)) > 0)
        start += k;
    for (size_t i = start; i < l->len; i++)
        if (l->s[i] == ';')
            start = i + 1;
    if (start)
        return credit_clause(verbs, l->s + start, l->len - start, 0);
    /* A whole line "<Outlet>'s <Name> reports on ...", one sentence. */
    return !first_sentence_end(l->s, l->len) && credit_clause(verbs, l->s, l->len, 1);
}

/* ---- positions ---------------------------------------------------------- */

int np_caption_position(const np_verbs *verbs, const np_line *l)
{
    static const char *const marks[] = {", left,", ", right,", ", center,", ", centre,", ", second left,",
                                        ", second right,", ", second from left,", ", second from right,",
                                        ", from left,", ", from right,", " (left)", " (right)", " (center)",
                                        " (centre)", ", left.", ", right."};
    if (!np_verbs_available(verbs) || l->words < 4 || l->words > CAPTION_PAIR_MAX_WORDS || (l->flags & NP_LF_LONG))
        return 0;
    size_t end = first_sentence_end(l->s, l->len);
    if (!end)
        end = l->len;
    else if (first_sentence_end(l->s + end, l->len - end))
        return 0;
    if (quoted_or_dashed(l->s, l->len) || !verbless_words(verbs, l->s, end, 0))
        return 0;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t ml = strlen(marks[k]);
        for (size_t i = 1; i + ml <= end; i++) {
            if (strncasecmp(l->s + i, marks[k], ml) != 0)
                continue;
            /* After a name: "Jane Roe, left," (not "turn left, then"). */
            size_t a = i;
            while (a > 0 && l->s[a - 1] != ' ')
                a--;
            if (np_token_case(l->s + a, i - a) > 0)
                return 1;
        }
    }
    return 0;
}

/* ---- agency credits and photo datelines --------------------------------- */

/* Photo agencies as credited in a caption's closing parentheses. */
static const char *const AGENCIES[] = {"AAP",     "AFP",      "Anadolu",         "ANSA",   "AP",     "Alamy",
                                       "Bloomberg", "dpa",    "EPA",             "EPA-EFE", "Getty",  "Getty Images",
                                       "Kyodo",   "NurPhoto", "PA",              "PA Images", "Pool", "Reuters",
                                       "Shutterstock", "Sipa", "SOPA Images",    "TASS",   "The Canadian Press",
                                       "UPI",     "Xinhua",   "Yonhap",          "ZUMA Press", "Zuma", "Associated Press",
                                       "The Associated Press"};
#define CREDIT_MAX_BYTES 80

/* s[a, b) (blanks already cut off) names an agency: one of AGENCIES,
 * "AP Photo ...", "... via Getty Images". */
static int agency(const char *s, size_t a, size_t b)
{
    for (size_t i = 0; i < sizeof AGENCIES / sizeof *AGENCIES; i++)
        if (strlen(AGENCIES[i]) == b - a && !strncmp(AGENCIES[i], s + a, b - a))
            return 1;
    return (b - a >= 8 && !strncmp(s + a, "AP Photo", 8)) ||
           (b - a > 16 && !strncmp(s + b - 16, "via Getty Images", 16));
}

int np_caption_agency_credit(const char *s, size_t n)
{
    while (n > 0 && memchr(" .\n\r\t", s[n - 1], 5)) /* blanks and a full stop after the credit */
        n--;
    if (n < 6 || s[n - 1] != ')')
        return 0;
    size_t open = n - 1;
    while (open > 0 && s[open - 1] != '(' && n - open < CREDIT_MAX_BYTES)
        open--;
    if (open == 0 || s[open - 1] != '(')
        return 0;
    /* the parts between slashes: one an agency ("AP Photo" too), another
     * the photographer's name (two capitalised words: "Ana Ruiz", "Photo
     * by Ana Ruiz"); not a poll's "(Reuters/Ipsos)" or "(AP/Reuters)" */
    size_t a = open, slashes = 0;
    int found = 0, person = 0;
    for (size_t i = open; i <= n - 1; i++) {
        if (i < n - 1 && s[i] != '/')
            continue;
        size_t b = i;
        while (a < b && s[a] == ' ')
            a++;
        while (b > a && s[b - 1] == ' ')
            b--;
        int ag = agency(s, a, b);
        found |= ag;
        if (!ag) {
            size_t caps = 0, j = a, wa, wb;
            while (np_line_next_token(s, b, &j, &wa, &wb))
                caps += np_token_case(s + wa, wb - wa) > 0;
            person |= caps >= 2;
        }
        slashes += i < n - 1;
        a = i + 1;
    }
    return found && person && slashes > 0;
}

/* The token s[a, b) without a trailing comma or period: its length. */
static size_t bare_len(const char *s, size_t a, size_t b)
{
    while (b > a && (s[b - 1] == ',' || s[b - 1] == '.'))
        b--;
    return b - a;
}

/* s[0..n) holds ", YYYY." somewhere (any blanks after the comma): a cheap
 * test before the sentence is read, for HTML extraction asks it of every
 * short block. */
static int has_year_stop(const char *s, size_t n)
{
    for (size_t i = 6; i < n; i++) {
        if (s[i] != '.' || !isdigit((unsigned char)s[i - 1]) || !isdigit((unsigned char)s[i - 2]) ||
            !isdigit((unsigned char)s[i - 3]) || s[i - 4] < '1' || s[i - 4] > '2')
            continue;
        size_t j = i - 5;
        while (j > 0 && (s[j] == ' ' || s[j] == '\t' || (unsigned char)s[j] == 0xA0 || (unsigned char)s[j] == 0xC2))
            j--;
        if (j < i - 5 && s[j] == ',')
            return 1;
    }
    return 0;
}

int np_caption_photo_dateline(const char *s, size_t n)
{
    if (!has_year_stop(s, n))
        return 0;
    size_t end = first_sentence_end(s, n);
    if (!end)
        end = n;
    /* the first sentence's last five tokens ("Norland, Tuesday, Nov. 19,
     * 2019."), kept in a ring; a picture is told in the present: "... was
     * held in Vell, Norland, Tuesday, Nov. 19, 2019." is agency prose */
    static const char *const past[] = {"was", "were", "had", "did", "said"};
    size_t at[5], len[5], k = 0, i = 0, a, b;
    while (np_line_next_token(s, end, &i, &a, &b)) {
        at[k % 5] = a;
        len[k % 5] = b - a;
        k++;
        bare_word(s, &a, &b);
        if (a < b && WORD_IS(s, a, b, past))
            return 0;
    }
    if (k < 5)
        return 0;
    /* token t of the five (0: the place, 4: the year) */
#define LAST5(arr, t) arr[(k - 5 + (t)) % 5]
    const char *place = s + LAST5(at, 0), *wd = s + LAST5(at, 1), *mon = s + LAST5(at, 2), *day = s + LAST5(at, 3),
               *year = s + LAST5(at, 4);
    size_t pl = LAST5(len, 0), wl = LAST5(len, 1), ml = LAST5(len, 2), dl = LAST5(len, 3), yl = LAST5(len, 4);
#undef LAST5
    /* "2019." closes it; "19," and "Tuesday," and "Norland," carry commas */
    if (yl != 5 || year[4] != '.' || year[0] < '1' || year[0] > '2' || day[dl - 1] != ',' || wd[wl - 1] != ',' ||
        place[pl - 1] != ',')
        return 0;
    for (size_t j = 0; j < 4; j++)
        if (year[j] < '0' || year[j] > '9')
            return 0;
    dl = bare_len(day, 0, dl);
    if (dl < 1 || dl > 2 || day[0] < '1' || day[0] > '9' || (dl == 2 && (day[1] < '0' || day[1] > '9')))
        return 0;
    return np_lex_weekday(wd, bare_len(wd, 0, wl)) && np_lex_month(mon, bare_len(mon, 0, ml)) &&
           np_token_case(place, pl) > 0;
}
