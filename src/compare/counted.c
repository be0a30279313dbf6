/*
 * compare/counted.c — what a figure counts, as WordNet sees it (see
 * counted.h).  A noun's first sense is looked up in index.noun (through
 * np_wn_senses), its synset line read from data.noun: the lexicographer
 * file says whether it names a kind of person (noun.person, file 18), the
 * "@" pointers give its hypernyms, the "+" pointers the verbs it derives
 * from.
 */
#include "compare/counted.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/lexicon.h"

#define PERSON_SYNSET 7846ull   /* person.n.01: person, individual, someone */
#define LEX_PERSON 18           /* noun.person */
#define MAX_PTRS 64

/* age and sex classes of people (juvenile.n.01, adult.n.01, female.n.02,
 * male.n.02): a count of children or women is part of a count of people */
static const uint64_t subset_synsets[] = {9622049ull, 9605289ull, 9619168ull, 9624168ull};

static uint64_t noun_key(uint64_t off) { return ((uint64_t)'n' << 40) | off; }

/* The synset line of key: its lexicographer file and the targets of its
 * pointers whose symbol is one of syms ("@", "@i", "+"), restricted to part
 * of speech want_pos ('n', 'v').  Returns the count stored (at most max),
 * -1 when the line cannot be read. */
static int read_synset(void *files[4], uint64_t key, const char *const *syms, char want_pos, int *lexfile,
                       uint64_t *out, size_t max)
{
    uint64_t all[4 * MAX_PTRS];
    int na = np_wn_pointers(files, key, syms, all, sizeof all / sizeof *all, lexfile);
    int n = na < 0 ? -1 : 0;
    for (int k = 0; k < na && (size_t)n < max; k++)
        if ((char)(all[k] >> 40) == want_pos)
            out[n++] = all[k];
    return n;
}

static int generic_person(const char *u)
{
    static const char *const v[] = {"person", "people", "individual", "persons", "peoples", NULL};
    for (size_t i = 0; v[i]; i++)
        if (strcmp(u, v[i]) == 0)
            return 1;
    return 0;
}

void np_counted_describe(const np_wn_senses *wn, void *files[4], const char *unit, np_counted *out)
{
    memset(out, 0, sizeof *out);
    if (!unit)
        return;
    out->generic = generic_person(unit);
    out->person = out->generic;
    if (out->generic)
        return; /* "people" is a group in WordNet; as a unit it counts persons */
    /* the verbs its first senses derive from */
    uint64_t keys[NP_WN_MAX_KEYS];
    size_t nk = wn ? np_wn_senses_get(wn, unit, strlen(unit), keys, NP_WN_MAX_KEYS) : 0;
    static const char *const deriv[] = {"+", NULL};
    for (size_t i = 0; i < nk; i++) {
        if ((keys[i] >> 40) != 'n')
            continue;
        int lex;
        uint64_t to[MAX_PTRS];
        int n = read_synset(files, keys[i], deriv, 'v', &lex, to, MAX_PTRS);
        for (int k = 0; k < n && out->n_verbs < NP_COUNTED_VERBS; k++)
            out->verbs[out->n_verbs++] = to[k];
        if (!out->self)
            out->self = keys[i];
    }
    /* a nationality counted ("13 Estonians") is people, even where WordNet
     * knows the word only as a language */
    if (np_lex_is_demonym(unit, strlen(unit)))
        out->person = 1;
    if (!out->self)
        return;
    static const char *const hyper[] = {"@", "@i", NULL};
    uint64_t cur = out->self;
    /* people only: walk the first hypernym of each level up to person */
    for (int depth = 0; depth < NP_COUNTED_ANC; depth++) {
        int lex = -1;
        uint64_t up[MAX_PTRS];
        int n = read_synset(files, cur, hyper, 'n', &lex, up, MAX_PTRS);
        if ((cur & 0xffffffffffull) == PERSON_SYNSET) {
            out->person = 1;
            break;
        }
        if (depth == 0 && lex != LEX_PERSON) {
            if (out->person)
                out->self = 0; /* its first sense is another thing (the language) */
            break;
        }
        out->person = 1;
        for (size_t i = 0; i < sizeof subset_synsets / sizeof *subset_synsets; i++)
            if (cur == noun_key(subset_synsets[i]))
                out->subset = 1;
        if (n <= 0)
            break;
        /* every parent is an ancestor; the walk goes on from the first */
        for (int i = 0; i < n && out->n_anc < NP_COUNTED_ANC; i++) {
            out->anc[out->n_anc++] = up[i];
            for (size_t k = 0; k < sizeof subset_synsets / sizeof *subset_synsets; k++)
                if (up[i] == noun_key(subset_synsets[k]))
                    out->subset = 1;
        }
        cur = up[0];
    }
}

/* b is a kind of a: a's synset among b's nearest hypernyms. */
static int kind_of(const np_counted *a, const np_counted *b, size_t depth)
{
    for (size_t i = 0; i < b->n_anc && i < depth; i++)
        if (b->anc[i] == a->self)
            return 1;
    return 0;
}

int np_counted_same(const np_counted *a, const np_counted *b)
{
    if (a->self && a->self == b->self)
        return 1;
    if (!a->person || !b->person)
        return 0; /* outside people only one noun counts one thing */
    if (a->generic || b->generic)
        return !(a->generic ? b->subset : a->subset);
    /* "immigrants" / "migrants": one a near kind of the other */
    return a->self && b->self && !a->subset && !b->subset && (kind_of(a, b, 3) || kind_of(b, a, 3));
}

int np_counted_derived(const np_wn_senses *wn, const np_counted *noun, const char *verb, const char *stem)
{
    if (!wn || !noun->n_verbs || !verb)
        return 0;
    uint64_t vk[NP_WN_MAX_KEYS];
    const char *tries[2] = {verb, stem};
    for (size_t t = 0; t < 2; t++) {
        if (!tries[t])
            continue;
        size_t got = np_wn_senses_get(wn, tries[t], strlen(tries[t]), vk, NP_WN_MAX_KEYS), verbs = 0;
        for (size_t i = 0; i < got; i++) {
            if ((vk[i] >> 40) != 'v')
                continue;
            verbs++;
            for (size_t j = 0; j < noun->n_verbs; j++)
                if (vk[i] == noun->verbs[j])
                    return 1;
        }
        if (verbs)
            return 0; /* the form is a verb lemma of its own: its stem is another word */
    }
    return 0;
}
