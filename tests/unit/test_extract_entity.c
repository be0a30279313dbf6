/* Unit tests for extract/entity: mentions in one document and the
 * cross-document linker.  All names and sentences are invented. */
#include "testutil.h"

#include <string.h>

#include "core/arena.h"
#include "extract/entity.h"

typedef struct fixture {
    np_arena a;
    np_gazetteer *gz;
} fixture;

static int setup(void **state)
{
    static fixture f;
    np_arena_init(&f.a, 0);
    f.gz = np_gazetteer_load(NULL, NULL); /* WordNet when installed, else built-in */
    *state = &f;
    return f.gz ? 0 : -1;
}

static int teardown(void **state)
{
    fixture *f = *state;
    np_gazetteer_free(f->gz);
    np_arena_free(&f->a);
    return 0;
}

/* The mention whose surface is exactly `surface`, or NULL. */
static const np_entity_mention *find(const char *text, const np_entity_mention *m, size_t n,
                                     const char *surface)
{
    for (size_t i = 0; i < n; i++)
        if (m[i].end - m[i].start == strlen(surface) && !memcmp(text + m[i].start, surface, strlen(surface)))
            return &m[i];
    return NULL;
}

static void dump(const char *text, const np_entity_mention *m, size_t n)
{
    for (size_t i = 0; i < n; i++)
        print_message("  %s '%.*s' name '%.*s'\n", np_entity_type_name(m[i].type), (int)(m[i].end - m[i].start),
                      text + m[i].start, (int)(m[i].name_end - m[i].name_start), text + m[i].name_start);
}

static const np_entity_mention *expect(const char *text, const np_entity_mention *m, size_t n,
                                       const char *surface, const char *name, np_entity_type type)
{
    const np_entity_mention *x = find(text, m, n, surface);
    if (!x) {
        dump(text, m, n);
        fail_msg("no mention '%s'", surface);
    }
    if (x->name_end - x->name_start != strlen(name) || memcmp(text + x->name_start, name, strlen(name))) {
        dump(text, m, n);
        fail_msg("mention '%s' has the wrong name", surface);
    }
    if (x->type != type) {
        dump(text, m, n);
        fail_msg("mention '%s' is %s", surface, np_entity_type_name(x->type));
    }
    return x;
}

/* The mentions np_entities_find() gives for t (in the fixture's arena). */
static np_entity_mention *mentions_of(fixture *f, const char *t, size_t *n)
{
    np_entity_mention *m;
    assert_int_equal(np_entities_find(t, strlen(t), NULL, 0, f->gz, &f->a, &m, n), NP_OK);
    return m;
}

static void titles_and_people(void **state)
{
    fixture *f = *state;
    const char *t = "Moldovan Foreign Minister Ilinca Darabu met Special Envoy to the Baltic Region "
                    "Konrad Vessel in Chisinau. Secretary of State Marta Olvido joined later, and "
                    "Kremlin spokesman Oleg Tarasenko said nothing. The opposition dictator "
                    "Pavel Grom stayed home on Thursday’s holiday. Darabu’s aides declined to comment. "
                    "Harbour FC striker Ansel Moreau and Grain TV Insider Ruth Abara agreed. "
                    "House Minority Leader Dana Vell left. An aide to Senator Olga Brun spoke. "
                    "Minister of Justice Ines Rask agreed.";
    np_entity_mention *m;
    size_t n;
    assert_int_equal(np_entities_find(t, strlen(t), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    const np_entity_mention *x =
        expect(t, m, n, "Moldovan Foreign Minister Ilinca Darabu", "Ilinca Darabu", NP_ENT_PERSON);
    expect(t, m, n, "House Minority Leader Dana Vell", "Dana Vell", NP_ENT_PERSON);
    assert_true(x->flags & NP_MENTION_TITLED);
    expect(t, m, n, "Special Envoy to the Baltic Region Konrad Vessel", "Konrad Vessel", NP_ENT_PERSON);
    expect(t, m, n, "Secretary of State Marta Olvido", "Marta Olvido", NP_ENT_PERSON);
    /* the name holds the title after "to", not the aide's role */
    expect(t, m, n, "Senator Olga Brun", "Olga Brun", NP_ENT_PERSON);
    expect(t, m, n, "Minister of Justice Ines Rask", "Ines Rask", NP_ENT_PERSON);
    expect(t, m, n, "Kremlin spokesman Oleg Tarasenko", "Oleg Tarasenko", NP_ENT_PERSON);
    expect(t, m, n, "dictator Pavel Grom", "Pavel Grom", NP_ENT_PERSON);
    expect(t, m, n, "Chisinau", "Chisinau", NP_ENT_PLACE);
    /* an unknown capitalised prefix stays its own mention; the role still goes */
    expect(t, m, n, "striker Ansel Moreau", "Ansel Moreau", NP_ENT_PERSON);
    assert_non_null(find(t, m, n, "Harbour FC"));
    expect(t, m, n, "Grain TV Insider Ruth Abara", "Ruth Abara", NP_ENT_PERSON);
    /* possessive excluded, surname typed from the full name */
    expect(t, m, n, "Darabu", "Darabu", NP_ENT_PERSON);
    /* sentence-initial function words are not entities */
    assert_null(find(t, m, n, "Thursday"));
    assert_null(find(t, m, n, "The"));
    assert_null(find(t, m, n, "Moldovan"));
}

/* Police and army ranks are titles ("Cpl.", "Det.", "Constable"), and a
 * role word that is also a surname ends a titled name ("Sen. Angus King",
 * "Cpl. Janice Leader"); an office noun after a title does not ("Chief
 * Harbour Officer at ..." is a role, no person).  A name ending in a
 * country's division ("Varn Province", "Tarsk Oblast") is a place. */
static void ranks_and_role_surnames(void **state)
{
    fixture *f = *state;
    const char *t = "Cpl. Janice Leader, a dispatcher, took the call. Det. Ivo Brandt and Constable Joseph "
                    "Rusk searched the pier. Sen. Angus King said the port should stay open. Peter Guest, "
                    "Assistant Chief Harbour Officer at the port authority, agreed.";
    np_entity_mention *m;
    size_t n;
    assert_int_equal(np_entities_find(t, strlen(t), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    expect(t, m, n, "Cpl. Janice Leader", "Janice Leader", NP_ENT_PERSON);
    expect(t, m, n, "Det. Ivo Brandt", "Ivo Brandt", NP_ENT_PERSON);
    expect(t, m, n, "Constable Joseph Rusk", "Joseph Rusk", NP_ENT_PERSON);
    expect(t, m, n, "Sen. Angus King", "Angus King", NP_ENT_PERSON);
    /* a country's division is a place, even before "said"; a surname that is a place word is not */
    const char *u = "The governor of Varn Province said the roads were open. Jane Park said so too. He lives in "
                    "Tarsk Oblast.";
    assert_int_equal(np_entities_find(u, strlen(u), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    expect(u, m, n, "Varn Province", "Varn Province", NP_ENT_PLACE);
    expect(u, m, n, "Tarsk Oblast", "Tarsk Oblast", NP_ENT_PLACE);
    expect(u, m, n, "Jane Park", "Jane Park", NP_ENT_PERSON);
    /* a surname that is an English word, the role set off after it */
    const char *w = "Tomas Held, chief executive of the railway, said the line would reopen. Ana Pelt, the "
                    "city's mayor, said buses would run.";
    assert_int_equal(np_entities_find(w, strlen(w), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    expect(w, m, n, "Tomas Held", "Tomas Held", NP_ENT_PERSON);
    expect(w, m, n, "Ana Pelt", "Ana Pelt", NP_ENT_PERSON);
    /* "..., officials said": the speakers of the clause, no apposition */
    const char *o = "Fourteen homes were destroyed in Ashby Hollow, officials said. The work was watched by the "
                    "Varn Red Circle, officials said.";
    assert_int_equal(np_entities_find(o, strlen(o), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    for (size_t i = 0; i < n; i++)
        assert_int_not_equal(m[i].type, NP_ENT_PERSON);
    /* a role with its own holder after it, a role that never closes */
    const char *r = "At Tarn Baker, chief executive Rina Osk said sales fell. Under Grand Design, the firm's "
                    "director said nothing";
    assert_int_equal(np_entities_find(r, strlen(r), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    const np_entity_mention *tb = find(r, m, n, "Tarn Baker"), *gd = find(r, m, n, "Grand Design");
    assert_true(!tb || tb->type != NP_ENT_PERSON);
    assert_true(!gd || gd->type != NP_ENT_PERSON);
    /* "Parish" is a surname as much as a place word */
    const char *v = "The vote will be close, said Sarah Parish. Sarah Parish said the fees must stay.";
    assert_int_equal(np_entities_find(v, strlen(v), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    expect(v, m, n, "Sarah Parish", "Sarah Parish", NP_ENT_PERSON);
    for (size_t i = 0; i < n; i++) {
        size_t len = m[i].name_end - m[i].name_start;
        int ends_in_office = len >= 7 && !memcmp(t + m[i].name_end - 7, "Officer", 7);
        assert_false(m[i].type == NP_ENT_PERSON && ends_in_office);
    }
}

static void orgs_and_acronyms(void **state)
{
    fixture *f = *state;
    const char *t = "Delegates of the Northern Grain Exchange Council (NGEC) met the Ministry of "
                    "Fisheries. Later the NGEC board and the Pacific Salmon Fund issued a statement. "
                    "Speaking in Oslo, the Bank of Lisbon chief was brief.";
    np_entity_mention *m;
    size_t n;
    assert_int_equal(np_entities_find(t, strlen(t), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    const np_entity_mention *x =
        expect(t, m, n, "Northern Grain Exchange Council", "Northern Grain Exchange Council", NP_ENT_ORG);
    assert_true(x->flags & NP_MENTION_EXPANDS);
    x = expect(t, m, n, "NGEC", "NGEC", NP_ENT_ORG);
    assert_true(x->flags & NP_MENTION_ACRONYM);
    expect(t, m, n, "Ministry of Fisheries", "Ministry of Fisheries", NP_ENT_ORG);
    expect(t, m, n, "Pacific Salmon Fund", "Pacific Salmon Fund", NP_ENT_ORG);
    expect(t, m, n, "Bank of Lisbon", "Bank of Lisbon", NP_ENT_ORG);
    expect(t, m, n, "Oslo", "Oslo", NP_ENT_PLACE);
    assert_null(find(t, m, n, "Speaking"));
    assert_null(find(t, m, n, "Later"));
    const char *t2 = "New Zealand sent ships to the West Bank. The Taliban and the Senate objected. "
                     "Ian Hamilton, a researcher, disagreed; Hamilton said little.";
    assert_int_equal(np_entities_find(t2, strlen(t2), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    expect(t2, m, n, "New Zealand", "New Zealand", NP_ENT_PLACE); /* not trimmed to "Zealand" */
    expect(t2, m, n, "West Bank", "West Bank", NP_ENT_PLACE);     /* place before the "Bank" keyword */
    expect(t2, m, n, "Ian Hamilton", "Ian Hamilton", NP_ENT_PERSON); /* a surname may be a place */
    expect(t2, m, n, "Hamilton", "Hamilton", NP_ENT_PERSON);
    if (np_gazetteer_is_org(f->gz, "Taliban", 7)) {                /* WordNet's groups */
        expect(t2, m, n, "Taliban", "Taliban", NP_ENT_ORG);
        expect(t2, m, n, "Senate", "Senate", NP_ENT_ORG);
    }
}

/* An ampersand inside a body's name joins it ("the Varnholt Institute for
 * Coastal & Marine Studies"); between two names with no body word it does
 * not ("Ruiz & Kask met"). */
static void ampersand_in_a_body_name(void **state)
{
    fixture *f = *state;
    const char *t = "In a paper, the Varnholt Institute for Coastal & Marine Studies said the dunes were moving. "
                    "In Dorn, Ruiz & Kask met the mayor.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "Varnholt Institute for Coastal & Marine Studies", "Varnholt Institute for Coastal & Marine Studies",
           NP_ENT_ORG);
    assert_null(find(t, m, n, "Marine Studies"));
    assert_null(find(t, m, n, "Ruiz & Kask"));
}

/* "Rask of the group Clean Vestmark." names the group (a body), though an
 * "of" comes before "the group"; a name alone in quotation marks is a
 * slogan's or a title's words ("banners saying \"Free Adriana\"", the film
 * \"Happy Dunes\"), no one's name. */
static void group_after_of_and_quoted_names(void **state)
{
    fixture *f = *state;
    const char *t = "\"Nobody is above the law,\" said Hedda Rask of the group Clean Vestmark. "
                    "Supporters held banners saying \"Free Adriana\" outside the court. "
                    "She starred in \u201cHappy Dunes\u201d before the trial.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "Clean Vestmark", "Clean Vestmark", NP_ENT_ORG);
    expect(t, m, n, "Hedda Rask", "Hedda Rask", NP_ENT_PERSON);
    const np_entity_mention *x = find(t, m, n, "Free Adriana");
    assert_true(!x || x->type != NP_ENT_PERSON);
    x = find(t, m, n, "Happy Dunes");
    assert_true(!x || x->type != NP_ENT_PERSON);
}

/* A company named by its trade ("Corvane Robotics", "Tarn Airlines") is a
 * body, and two such names joined by "and" are two bodies; a weather
 * system's name ("Storm Ilse", "Typhoon Marek") is no one's. */
static void companies_and_storms(void **state)
{
    fixture *f = *state;
    const char *t = "Corvane Robotics said it would cut 1,200 jobs. Velko Mining, Tarn Airlines and Ostria "
                    "Motors reported losses. Storm Ilse and Typhoon Marek hit the coast on Monday.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "Corvane Robotics", "Corvane Robotics", NP_ENT_ORG);
    expect(t, m, n, "Tarn Airlines", "Tarn Airlines", NP_ENT_ORG);
    expect(t, m, n, "Ostria Motors", "Ostria Motors", NP_ENT_ORG);
    expect(t, m, n, "Storm Ilse", "Storm Ilse", NP_ENT_OTHER);
    expect(t, m, n, "Typhoon Marek", "Typhoon Marek", NP_ENT_OTHER);
    const char *t2 = "Ostmark Metals and Korvo Mobility said on Monday they would merge.";
    m = mentions_of(f, t2, &n);
    expect(t2, m, n, "Ostmark Metals", "Ostmark Metals", NP_ENT_ORG);
    expect(t2, m, n, "Korvo Mobility", "Korvo Mobility", NP_ENT_ORG);
    /* a dispatch's day after its place is no region */
    const char *t3 = "KELLMAR, Monday (Norpress) \u2013 Voters in Estria re-elected the government on Sunday.";
    m = mentions_of(f, t3, &n);
    expect(t3, m, n, "KELLMAR", "KELLMAR", NP_ENT_PLACE);
    const np_entity_mention *day = find(t3, m, n, "Monday");
    assert_true(!day || day->type != NP_ENT_PLACE);
    /* or its date: "Dec 16", "Dec. 16, 2026" */
    const char *t4 = "ARLENBURG, Dec 16 (CPS) - The reserve bank cut its rate on Wednesday.";
    m = mentions_of(f, t4, &n);
    expect(t4, m, n, "ARLENBURG", "ARLENBURG", NP_ENT_PLACE);
    const char *t5 = "TOLLBY, Dec. 16, 2026 (Norpress) \u2013 Dock workers ended their strike on Tuesday.";
    m = mentions_of(f, t5, &n);
    expect(t5, m, n, "TOLLBY", "TOLLBY", NP_ENT_PLACE);
}

static void headline_lines_are_not_people(void **state)
{
    fixture *f = *state;
    const char *t = "Grom Rejects Fishing Quota Deal After Long Night\n\n"
                    "Pavel Grom rejected the deal. Winter Gloves for cold hands: buy gloves now.";
    np_entity_mention *m;
    size_t n;
    assert_int_equal(np_entities_find(t, strlen(t), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    assert_null(find(t, m, n, "Fishing Quota Deal"));
    assert_null(find(t, m, n, "Rejects Fishing Quota Deal After Long Night"));
    const np_entity_mention *g = find(t, m, n, "Winter Gloves");
    assert_true(!g || g->type != NP_ENT_PERSON); /* "gloves" is a common noun here */
    expect(t, m, n, "Pavel Grom", "Pavel Grom", NP_ENT_PERSON);
    expect(t, m, n, "Grom", "Grom", NP_ENT_PERSON);
}

/* Add every mention of `text` as document `doc`. */
static void add_doc(fixture *f, np_entity_linker *lk, int doc, const char *text)
{
    np_entity_mention *m;
    size_t n;
    assert_int_equal(np_entities_find(text, strlen(text), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(np_entity_linker_add(lk, doc, text, &m[i]), NP_OK);
}

/* Entity index of the mention with this surface in doc. */
/* A linker holding the mentions of texts[0..n) as documents 0..n-1,
 * finished (the caller frees it). */
static np_entity_linker *link_docs(fixture *f, const char *const *texts, size_t n)
{
    np_entity_linker *lk = np_entity_linker_new();
    assert_non_null(lk);
    for (size_t d = 0; d < n; d++)
        add_doc(f, lk, (int)d, texts[d]);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    return lk;
}

static long entity_of(const np_entity_linker *lk, int doc, const char *text, const char *surface)
{
    const char *p = strstr(text, surface);
    assert_non_null(p);
    long e = np_entity_linker_lookup(lk, doc, (size_t)(p - text));
    if (e < 0)
        fail_msg("'%s' in doc %d is not linked", surface, doc);
    return e;
}

static void linker_merges_variants(void **state)
{
    fixture *f = *state;
    const char *d0 = "Finnish President Aleksandr Koskinenko spoke. Later Koskinenko’s aides met the "
                     "Arctic Shipping Safety Organisation (ASSO) in Tromso and flew to Kyiv.";
    const char *d1 = "Aleksandr Koskinenkiy warned the ASSO and the U.N. Jarmila Voutilainen agreed, and Koskinenkyy left "
                     "Kiev for the United States.";
    const char *d2 = "The Arctic Shipping Safety Organisation met. Jarmilla Voutilainen, an analyst, "
                     "said Koskinenko had erred. Voutilainen added nothing. The United Nations and the "
                     "World Cup were not mentioned by U.S. officials.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1, d2}, 3);
    long k = entity_of(lk, 0, d0, "Finnish President Aleksandr Koskinenko");
    assert_int_equal(entity_of(lk, 0, d0, "Koskinenko’s") == k, 1);
    assert_int_equal(entity_of(lk, 1, d1, "Aleksandr Koskinenkiy"), k);
    assert_int_equal(entity_of(lk, 1, d1, "Koskinenkyy"), k);
    assert_int_equal(entity_of(lk, 2, d2, "Koskinenko had") , k);
    const np_entity *e = np_entity_linker_get(lk, (size_t)k);
    assert_non_null(e);
    assert_int_equal(e->type, NP_ENT_PERSON);
    assert_int_equal(e->n_docs, 3);
    assert_true(strstr(e->canonical, "Aleksandr Koskinenk") == e->canonical);
    long o = entity_of(lk, 0, d0, "Arctic Shipping Safety Organisation");
    assert_int_equal(entity_of(lk, 0, d0, "ASSO"), o);
    assert_int_equal(entity_of(lk, 1, d1, "ASSO"), o);
    assert_int_equal(entity_of(lk, 2, d2, "Arctic Shipping Safety Organisation"), o);
    assert_string_equal(np_entity_linker_get(lk, (size_t)o)->canonical, "Arctic Shipping Safety Organisation");
    long v = entity_of(lk, 1, d1, "Jarmila Voutilainen");
    assert_int_equal(entity_of(lk, 2, d2, "Jarmilla Voutilainen"), v); /* one-letter slip */
    assert_int_equal(entity_of(lk, 2, d2, "Voutilainen added"), v);
    assert_true(v != k && o != k && o != v);
    assert_int_equal(entity_of(lk, 1, d1, "U.N"), entity_of(lk, 2, d2, "United Nations"));
    if (np_gazetteer_is_common_word(f->gz, "cup", 3)) /* needs WordNet's word list */
        assert_int_equal(np_entity_linker_get(lk, (size_t)entity_of(lk, 2, d2, "World Cup"))->type, NP_ENT_OTHER);
    assert_int_equal(np_entity_linker_get(lk, (size_t)entity_of(lk, 2, d2, "U.S"))->type, NP_ENT_PLACE);
    /* spelling variants of one place */
    assert_int_equal(entity_of(lk, 0, d0, "Kyiv"), entity_of(lk, 1, d1, "Kiev"));
    assert_int_equal(entity_of(lk, 2, d2, "U.S"), entity_of(lk, 1, d1, "United States"));
    assert_int_equal(np_entity_linker_lookup(lk, 5, 0), -1);
    np_entity_linker_free(lk);
    np_entity_linker_free(NULL);
}

/* An acronym is the body it spells, not every name with those initials:
 * "GH" is the Grand Hall, not a "Golden Hour" a post spoke of nor a
 * person named Gerda Holm. */
static void linker_acronym_spells_one_body(void **state)
{
    fixture *f = *state;
    const char *d0 = "The Grand Hall said on Monday that the GH would reopen in May. \"Enjoy the Golden Hour,\" a "
                     "post read. Gerda Holm, the caretaker, opened the doors.";
    const char *d1 = "The Grand Hall will reopen in May, its director said.";
    const char *d2 = "Visitors queued outside the Grand Hall on Monday.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1, d2}, 3);
    long hall = entity_of(lk, 1, d1, "Grand Hall");
    assert_int_equal(entity_of(lk, 0, d0, "GH"), hall);
    assert_true(entity_of(lk, 0, d0, "Gerda Holm") != hall);
    const char *hour = strstr(d0, "Golden Hour");
    long h = np_entity_linker_lookup(lk, 0, (size_t)(hour - d0));
    assert_true(h < 0 || h != hall);
    np_entity_linker_free(lk);
}

/* The son's short names ("Brandt Jr.", "Calvin Jr.") are the son's, not
 * the father's, however often the father is named. */
static void linker_juniors_short_names(void **state)
{
    fixture *f = *state;
    const char *d0 = "Calvin Brandt Jr. met the board on Monday. Brandt Jr. said the talks went well. His father, "
                     "Calvin Brandt, stayed home. Calvin Brandt later called the board.";
    const char *d1 = "Calvin Brandt Jr. and the board met on Monday. Later, Calvin Jr. left the room. Calvin "
                     "Brandt praised him.";
    const char *d2 = "The board met Brandt Jr. on Monday. Calvin Brandt did not attend.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1, d2}, 3);
    long son = entity_of(lk, 0, d0, "Calvin Brandt Jr");
    long father = entity_of(lk, 0, d0, "Calvin Brandt, stayed");
    assert_true(son != father);
    assert_int_equal(entity_of(lk, 0, d0, "Brandt Jr. said"), son);
    assert_int_equal(entity_of(lk, 2, d2, "Brandt Jr. on"), son);
    assert_int_equal(entity_of(lk, 1, d1, "Calvin Jr"), son);
    np_entity_linker_free(lk);
    /* "Sr." is the father's mark, not the son's */
    const char *e0 = "Rudolf Kern Sr. opened the mill in 1970. His son, Rudolf Kern Jr., runs it now.";
    const char *e1 = "Kern Jr. said the mill would stay open. Kern Sr. did not comment.";
    lk = link_docs(f, (const char *const[]){e0, e1}, 2);
    long sr = entity_of(lk, 0, e0, "Rudolf Kern Sr"), jr = entity_of(lk, 0, e0, "Rudolf Kern Jr");
    assert_true(sr != jr);
    assert_int_equal(entity_of(lk, 1, e1, "Kern Jr. said"), jr);
    assert_int_equal(entity_of(lk, 1, e1, "Kern Sr. did"), sr);
    np_entity_linker_free(lk);
}

/* Two given names a slip apart that one document writes in full are two
 * people, in every document; a birth name ("born ...") or a pet form the
 * same document gives is still the person's. */
static void linker_named_apart(void **state)
{
    fixture *f = *state;
    const char *d0 = "Tessa Movrin won the sprint on Friday. Tassa Movrin finished fourth in the same race.";
    const char *d1 = "The sprint went to Tessa Movrin on Friday.";
    const char *d2 = "Tassa Movrin said she was happy with fourth place.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1, d2}, 3);
    long tessa = entity_of(lk, 0, d0, "Tessa Movrin"), tassa = entity_of(lk, 0, d0, "Tassa Movrin");
    assert_true(tessa != tassa);
    assert_int_equal(entity_of(lk, 1, d1, "Tessa Movrin"), tessa);
    assert_int_equal(entity_of(lk, 2, d2, "Tassa Movrin"), tassa);
    np_entity_linker_free(lk);
    /* a vowel apart in a short given name, in two documents: two people
     * still; a longer given name's vowels are a transliteration's */
    const char *f0 = "Lena Varto opened the exhibition on Friday. Ahmad Sulto spoke first.";
    const char *f1 = "Lina Varto said the exhibition would travel. Ahmed Sulto agreed.";
    lk = link_docs(f, (const char *const[]){f0, f1}, 2);
    assert_true(entity_of(lk, 0, f0, "Lena Varto") != entity_of(lk, 1, f1, "Lina Varto"));
    assert_int_equal(entity_of(lk, 0, f0, "Ahmad Sulto"), entity_of(lk, 1, f1, "Ahmed Sulto"));
    np_entity_linker_free(lk);
    const char *e0 = "Dorrie Valk opened the gallery on Friday. She was born Dorry Valk in a fishing village.";
    const char *e1 = "Dorry Valk opened the gallery on Friday.";
    const char *e2 = "Bartholomew Stane spoke first at the gallery. Later Bart Stane said the walls were new.";
    lk = link_docs(f, (const char *const[]){e0, e1, e2}, 3);
    assert_int_equal(entity_of(lk, 0, e0, "Dorry Valk"), entity_of(lk, 0, e0, "Dorrie Valk"));
    assert_int_equal(entity_of(lk, 1, e1, "Dorry Valk"), entity_of(lk, 0, e0, "Dorrie Valk"));
    assert_int_equal(entity_of(lk, 2, e2, "Bart Stane"), entity_of(lk, 2, e2, "Bartholomew Stane"));
    np_entity_linker_free(lk);
}

/* An Arabic family name's article hyphened in lower case is part of a
 * person's name ("Khalid al-Mansouri"), and the outlets' spellings of it,
 * glued ("Khaled Almansouri"), hyphened or apart ("Khalid Al Mansouri"),
 * link into one person; a glued "al" is no article against a name whose
 * first name differs ("Omar Alvesta" beside "Lena Vesta"). */
static void linker_arabic_article(void **state)
{
    fixture *f = *state;
    const char *d0 = "Khalid al-Mansouri, the head of the dockers' union, spoke on Monday. "
                     "Later al-Mansouri said the port would stay shut.";
    const char *d1 = "Khaled Almansouri, who leads the dockers, spoke on Monday. Almansouri said the port would stay shut.";
    const char *d2 = "Khalid Al Mansouri said the port would stay shut. Omar Alvesta and Lena Vesta disagreed.";
    np_entity_mention *m;
    size_t n;
    assert_int_equal(np_entities_find(d0, strlen(d0), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    expect(d0, m, n, "Khalid al-Mansouri", "Khalid al-Mansouri", NP_ENT_PERSON);
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1, d2}, 3);
    long khalid = entity_of(lk, 0, d0, "Khalid al-Mansouri");
    assert_int_equal(entity_of(lk, 0, d0, "Mansouri said"), khalid);
    assert_int_equal(entity_of(lk, 1, d1, "Khaled Almansouri"), khalid);
    assert_int_equal(entity_of(lk, 1, d1, "Almansouri said"), khalid);
    assert_int_equal(entity_of(lk, 2, d2, "Khalid Al Mansouri"), khalid);
    assert_true(entity_of(lk, 2, d2, "Omar Alvesta") != entity_of(lk, 2, d2, "Lena Vesta"));
    np_entity_linker_free(lk);
}

/* A body named with its place and without it is one ("the Boston Rovers" /
 * "the Rovers"); a short name two place-led names end with stays apart
 * ("the Dorn Courier", "the Varnholm Courier", "the Courier"). */
static void linker_place_led_bodies(void **state)
{
    fixture *f = *state;
    const char *d0 = "The Boston Rovers beat the visitors in Boston on Sunday. Fans in Dorn and in Varnholm "
                     "cheered. The Dorn Courier praised the coach. The Varnholm Courier disagreed.";
    const char *d1 = "The Rovers won again on Sunday, the Courier reported.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1}, 2);
    long rovers = entity_of(lk, 0, d0, "Boston Rovers");
    assert_int_equal(entity_of(lk, 1, d1, "Rovers"), rovers);
    long courier = np_entity_linker_lookup(lk, 1, (size_t)(strstr(d1, "Courier") - d1));
    assert_true(courier < 0 || (courier != entity_of(lk, 0, d0, "Dorn Courier") &&
                                courier != entity_of(lk, 0, d0, "Varnholm Courier")));
    np_entity_linker_free(lk);
}

/* One first name romanized two ways ("Yiannis" / "Giannis", "Ilias" /
 * "Elias") is one person; a relative named in a text beside the other
 * ("his son, Jeremy Vessel" beside "Deputy Jerry Vessel") is another person
 * though the first names are a pet pair, while that pet pair in one text
 * without a relative ("Benjamin Darabu ... Ben Darabu") is one person.  A
 * deputy's role is no part of the name. */
static void linker_romanized_names_and_relatives(void **state)
{
    fixture *f = *state;
    const char *d0 = "Union leader Yiannis Kostaridis spoke in Tallby. Ilias Vrettis joined him. Deputy Jerry Vessel "
                     "was shot on Monday. The deputy's wife, Chela Vessel, wept. Chela Vessel thanked the jury. His son, "
                     "Jeremy Vessel, said he was relieved. Benjamin Darabu was charged.";
    const char *d1 = "Giannis Kostaridis and Elias Vrettis led the march. Jerry Vessel had served for years. "
                     "Ben Darabu, 61, said nothing.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1}, 2);
    assert_int_equal(entity_of(lk, 0, d0, "leader Yiannis Kostaridis"), entity_of(lk, 1, d1, "Giannis Kostaridis"));
    assert_int_equal(entity_of(lk, 0, d0, "Ilias Vrettis"), entity_of(lk, 1, d1, "Elias Vrettis"));
    long jerry = entity_of(lk, 0, d0, "Deputy Jerry Vessel");
    assert_int_equal(entity_of(lk, 1, d1, "Jerry Vessel"), jerry);
    assert_true(entity_of(lk, 0, d0, "Jeremy Vessel") != jerry);
    assert_string_equal(np_entity_linker_get(lk, (size_t)jerry)->canonical, "Jerry Vessel");
    assert_int_equal(entity_of(lk, 0, d0, "Benjamin Darabu"), entity_of(lk, 1, d1, "Ben Darabu"));
    np_entity_linker_free(lk);
    /* names of their own: consonants traded in short names, two letters
     * apart; a relative of a third person ("her husband, Robert Keller")
     * is still the one the text later calls by a pet form ("Bob Keller") */
    /* a parent's description is no relative's name: "a father of three",
     * "whose daughter died" */
    const char *p0 = "Deputy Jerry Vessel, a father of three, was shot. Ana Darabu, whose daughter died, spoke.";
    np_entity_mention *pm;
    size_t pn;
    pm = mentions_of(f, p0, &pn);
    for (size_t i = 0; i < pn; i++)
        assert_false(pm[i].flags & NP_MENTION_KIN);
    /* "X, the mother of the slain teen" is someone's relative */
    const char *p1 = "On Monday Marta Olvido, the mother of the slain teen, spoke.";
    pm = mentions_of(f, p1, &pn);
    assert_true(find(p1, pm, pn, "Marta Olvido") && (find(p1, pm, pn, "Marta Olvido")->flags & NP_MENTION_KIN));
    /* "one of the sheriff's twin sons": the owner in the possessive */
    const char *p2 = "\"It is over,\" said Jeremy Vessel, one of the sheriff's twin sons.";
    pm = mentions_of(f, p2, &pn);
    assert_true(find(p2, pm, pn, "Jeremy Vessel") && (find(p2, pm, pn, "Jeremy Vessel")->flags & NP_MENTION_KIN));
    const char *e0 = "Fire Chief Kelvin Brooks said the blaze was out. A neighbour, Calvin Brooks, saw it. Gerry Walsh "
                     "owns the warehouse. His accountant, Kerry Walsh, declined to comment. Sandra Keller campaigned "
                     "for her husband, Robert Keller, in Tallby. Bob Keller spent the day in Orrin.";
    lk = link_docs(f, (const char *const[]){e0}, 1);
    assert_true(entity_of(lk, 0, e0, "Fire Chief Kelvin Brooks") != entity_of(lk, 0, e0, "Calvin Brooks"));
    assert_true(entity_of(lk, 0, e0, "Gerry Walsh") != entity_of(lk, 0, e0, "Kerry Walsh"));
    assert_int_equal(entity_of(lk, 0, e0, "Robert Keller"), entity_of(lk, 0, e0, "Bob Keller"));
    np_entity_linker_free(lk);
}

static void linker_keeps_different_people_apart(void **state)
{
    fixture *f = *state;
    const char *d0 = "Marta Olvido met Marco Olvera in Lima.";
    const char *d1 = "Olvera said Jonas Brandt and Lukas Brandt disagreed. Marta Olvida, his wife, "
                     "spoke to Marco Olvera and Olvida smiled.";
    np_entity_linker *lk = np_entity_linker_new();
    add_doc(f, lk, 0, d0);
    add_doc(f, lk, 1, d1);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    assert_true(entity_of(lk, 0, d0, "Marta Olvido") != entity_of(lk, 0, d0, "Marco Olvera"));
    assert_int_equal(entity_of(lk, 1, d1, "Olvera"), entity_of(lk, 0, d0, "Marco Olvera"));
    assert_true(entity_of(lk, 1, d1, "Jonas Brandt") != entity_of(lk, 1, d1, "Lukas Brandt"));
    /* exact surname first: "Olvida" is Marta Olvida's */
    assert_int_equal(entity_of(lk, 1, d1, "Olvida smiled"), entity_of(lk, 1, d1, "Marta Olvida"));
    np_entity_linker_free(lk);
}

/* A company named by its trade ("Korvo Mobility") and named short
 * ("Korvo said") is one body, an organisation whatever the short name's
 * speech voted; a short name two companies open on joins neither. */
static void linker_company_named_short(void **state)
{
    fixture *f = *state;
    const char *d0 = "Korvo Mobility recalled 41,000 scooters on Monday. Korvo said the batteries could overheat.";
    const char *d1 = "Korvo told owners to stop charging the scooters. Tarn Airlines and Tarn Motors were not affected.";
    const char *d2 = "Tarn said it had not been told of the recall.";
    np_entity_linker *lk = np_entity_linker_new();
    add_doc(f, lk, 0, d0);
    add_doc(f, lk, 1, d1);
    add_doc(f, lk, 2, d2);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    long e = entity_of(lk, 0, d0, "Korvo Mobility");
    assert_int_equal(entity_of(lk, 0, d0, "Korvo said"), e);
    assert_int_equal(entity_of(lk, 1, d1, "Korvo told"), e);
    assert_int_equal(np_entity_linker_get(lk, (size_t)e)->type, NP_ENT_ORG);
    long tarn = np_entity_linker_lookup(lk, 2, 0);
    assert_true(tarn < 0 || (tarn != entity_of(lk, 1, d1, "Tarn Airlines") && tarn != entity_of(lk, 1, d1, "Tarn Motors")));
    np_entity_linker_free(lk);
}

/* A surname alone is the bearer its own document names in full before it
 * when the story names several ("Vera Dunst" in one outlet, "Karl Dunst"
 * in the others); not a relative named as one ("his sister, Mara Gray"),
 * nor where a titled surname ("Minister Dunst") tells whom the document
 * means, nor against a bearer named far more often. */
static void linker_surname_by_document(void **state)
{
    fixture *f = *state;
    const char *d0 = "Karl Dunst, the foreign minister, met the envoy. Later Karl Dunst said the talks went well.";
    const char *d1 = "Vera Dunst, the trade minister, spoke to reporters in Tarsk. Dunst said the commission "
                     "would meet next week.";
    const char *d2 = "Police shot Kimani Vale, 16, on Saturday. His sister, Mara Vale, said he was unarmed. "
                     "Vale was taken to a hospital.";
    const char *d3 = "Kimani Vale died in the hospital. Kimani Vale had been shot seven times.";
    np_entity_linker *lk = np_entity_linker_new();
    add_doc(f, lk, 0, d0);
    add_doc(f, lk, 1, d1);
    add_doc(f, lk, 2, d2);
    add_doc(f, lk, 3, d3);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    assert_int_equal(entity_of(lk, 1, d1, "Dunst said"), entity_of(lk, 1, d1, "Vera Dunst"));
    assert_true(entity_of(lk, 1, d1, "Vera Dunst") != entity_of(lk, 0, d0, "Karl Dunst"));
    assert_int_equal(entity_of(lk, 2, d2, "Vale was"), entity_of(lk, 2, d2, "Kimani Vale"));
    np_entity_linker_free(lk);
    /* a bearer named four times as often keeps the surname alone, whatever
     * the order of the documents (a bare "Dunst" first made the sizes
     * compared those of the wrong unions) */
    const char *e0 = "Dunst arrived in Tarsk on Monday.";
    const char *e1 = "Karl Dunst, the foreign minister, met the envoy. Later Karl Dunst said the talks went well.";
    const char *e2 = "Karl Dunst, the foreign minister, flew home. Karl Dunst will report to parliament.";
    for (int with_first = 0; with_first < 2; with_first++) {
        lk = np_entity_linker_new();
        int k = 0;
        if (with_first)
            add_doc(f, lk, k++, e0);
        add_doc(f, lk, k++, e1);
        add_doc(f, lk, k++, e2);
        add_doc(f, lk, k, d1);
        assert_int_equal(np_entity_linker_finish(lk), NP_OK);
        assert_int_equal(entity_of(lk, k, d1, "Dunst said"), entity_of(lk, k - 2, e1, "Karl Dunst"));
        np_entity_linker_free(lk);
    }
}

/* "Varn" beside "Varn Province" is the province, named short; a place the
 * gazetteers know beside a county of its name ("Saginaw" / "Saginaw
 * County") stays the other place. */
static void division_named_short(void **state)
{
    fixture *f = *state;
    const char *d0 = "The governor of Varn Province said the toll would rise.";
    const char *d1 = "Rescue teams reached villages in Varn on Monday. Saginaw County deputies drove to Saginaw.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1}, 2);
    long prov = entity_of(lk, 0, d0, "Varn Province");
    assert_int_equal(entity_of(lk, 1, d1, "Varn on"), prov);
    assert_int_equal(np_entity_linker_get(lk, (size_t)prov)->type, NP_ENT_PLACE);
    assert_true(entity_of(lk, 1, d1, "Saginaw.") != entity_of(lk, 1, d1, "Saginaw County"));
    np_entity_linker_free(lk);

    /* a county's first word is its town's name ("a school in Tallow" beside
     * "Tallow County"), and a person's name ("Dana Vark" beside "Vark
     * Province") stays hers */
    const char *d2 = "Tallow County officials said a gunman opened fire at a school in Tallow on Tuesday.";
    const char *d3 = "Firefighter Dana Vark was hurt in Vark Province. Vark said the fire spread fast.";
    const char *d4 = "Friends of Vark gathered at the hospital.";
    lk = np_entity_linker_new();
    add_doc(f, lk, 0, d2);
    add_doc(f, lk, 1, d3);
    add_doc(f, lk, 2, d4);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    assert_true(entity_of(lk, 0, d2, "Tallow on") != entity_of(lk, 0, d2, "Tallow County"));
    assert_true(entity_of(lk, 2, d4, "Vark gathered") != entity_of(lk, 1, d3, "Vark Province"));
    np_entity_linker_free(lk);
}

/* A one-word place the texts have speak ("Houston said") whose name is
 * the surname of the one person the story names in full is that person;
 * a capital speaking for its government stays a place, and so does a
 * place the story also names without a speech verb ("in Houston"). */
static void speaking_place_is_the_person(void **state)
{
    fixture *f = *state;
    const char *d0 = "Port spokeswoman Dana Houston said on Monday that the ferry would run late.";
    const char *d1 = "The ferry was late again. Houston said the crew had been ill, and Moscow said nothing. "
                     "But Houston said the repairs would take a week.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1}, 2);
    long dana = entity_of(lk, 0, d0, "spokeswoman Dana Houston");
    assert_int_equal(entity_of(lk, 1, d1, "Houston said"), dana);
    assert_int_equal(entity_of(lk, 1, d1, "Houston said the repairs"), dana);
    assert_int_equal(np_entity_linker_get(lk, (size_t)dana)->type, NP_ENT_PERSON);
    assert_int_equal(np_entity_linker_get(lk, (size_t)entity_of(lk, 1, d1, "Moscow"))->type, NP_ENT_PLACE);
    np_entity_linker_free(lk);

    /* "police in downtown Houston said": the police spoke, not the place */
    const char *d3 = "The ferry was late again, police in downtown Houston said on Monday.";
    lk = np_entity_linker_new();
    add_doc(f, lk, 0, d0);
    add_doc(f, lk, 1, d3);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    assert_int_equal(np_entity_linker_get(lk, (size_t)entity_of(lk, 1, d3, "Houston said"))->type, NP_ENT_PLACE);
    np_entity_linker_free(lk);

    const char *d2 = "The ferry from Houston was late again. Houston said the crew had been ill.";
    lk = np_entity_linker_new();
    add_doc(f, lk, 0, d0);
    add_doc(f, lk, 1, d2);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    assert_true(entity_of(lk, 1, d2, "Houston was") != entity_of(lk, 0, d0, "spokeswoman Dana Houston"));
    assert_int_equal(np_entity_linker_get(lk, (size_t)entity_of(lk, 1, d2, "Houston was"))->type, NP_ENT_PLACE);
    np_entity_linker_free(lk);
}

/* Countries and subdivisions (iso-codes) are places, even as the subject of
 * a speech verb; "Gen. X said" is a person; initials and suffixes join. */
static void places_people_and_initials(void **state)
{
    fixture *f = *state;
    const char *t = "Chad said on Monday it would close the border. Gen. Arlo Pemberton said the "
                    "troops were ready. The former envoy Michael J. Tarrow met Dorin Vask Jr. on Friday. "
                    "Officials in Baja California agreed.";
    np_entity_mention *m;
    size_t n;
    assert_int_equal(np_entities_find(t, strlen(t), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    expect(t, m, n, "Chad", "Chad", NP_ENT_PLACE);
    expect(t, m, n, "Gen. Arlo Pemberton", "Arlo Pemberton", NP_ENT_PERSON);
    expect(t, m, n, "former envoy Michael J. Tarrow", "Michael J. Tarrow", NP_ENT_PERSON);
    expect(t, m, n, "Dorin Vask", "Dorin Vask", NP_ENT_PERSON); /* "Jr." is left out */
    if (np_gazetteer_has_minor(f->gz, "Baja California", 15)) /* iso-codes installed */
        expect(t, m, n, "Baja California", "Baja California", NP_ENT_PLACE);
    /* a subdivision's name is also a given name: no place without support */
    const char *t2 = "The mayor met Lara Vance on Monday. Athletes at the Winter Olympics cheered.";
    assert_int_equal(np_entities_find(t2, strlen(t2), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    expect(t2, m, n, "Lara Vance", "Lara Vance", NP_ENT_PERSON);
    const np_entity_mention *w = find(t2, m, n, "Winter Olympics");
    assert_true(!w || w->type != NP_ENT_PERSON); /* an event, not a person */
}

/* Initials written together open a person's name ("J.R. Colton"); the
 * dotted abbreviation of a place or an office does not ("U.N. Security
 * Council", "Deputy D.A. Ana Lind"). */
static void joined_initials_open_a_name(void **state)
{
    fixture *f = *state;
    const char *t = "The president fired adviser J.R. Colton on Friday. The club signed T.J. Brandt in May. "
                    "The U.N. Security Council met in Brell. Deputy D.A. Ana Lind filed the charges.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "adviser J.R. Colton", "J.R. Colton", NP_ENT_PERSON);
    expect(t, m, n, "T.J. Brandt", "T.J. Brandt", NP_ENT_PERSON);
    assert_null(find(t, m, n, "U.N. Security Council"));
    expect(t, m, n, "Security Council", "Security Council", NP_ENT_ORG);
    assert_null(find(t, m, n, "D.A. Ana Lind"));
    assert_non_null(find(t, m, n, "Ana Lind"));
    /* a club's dotted prefix is no one's initials */
    const char *t2 = "F.C. Varnholm beat the visitors on Sunday.";
    m = mentions_of(f, t2, &n);
    const np_entity_mention *x = find(t2, m, n, "F.C. Varnholm");
    assert_true(!x || x->type != NP_ENT_PERSON);
}

/* The common noun before an unknown name says what it names: "the city
 * of X", "a law firm, X,", "the advocacy group X."; not when the name goes
 * on a clause ("the company Ana Ruiz founded") or sets off another noun
 * ("the head of the union, Ivo Dren").  And the words of a body's name:
 * "and the" opens a second body; "Treaty" names no body. */
static void names_typed_by_the_noun_before(void **state)
{
    fixture *f = *state;
    const char *t = "The quake struck the city of Bandar Kemah on Monday. The plaintiffs hired a law firm, "
                    "Brandt Oosterhuis, to draft the complaint. Water came from the advocacy group Otra Orilla. "
                    "She works for the company Ana Ruiz founded. The head of the union, Ivo Dren, spoke.\n"
                    "The talks ended at the union.\nOla Kvist, a pensioner, wept. The ferry left the port of "
                    "Karvand at dawn.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "Bandar Kemah", "Bandar Kemah", NP_ENT_PLACE);
    expect(t, m, n, "Brandt Oosterhuis", "Brandt Oosterhuis", NP_ENT_ORG);
    expect(t, m, n, "Otra Orilla", "Otra Orilla", NP_ENT_ORG);
    expect(t, m, n, "Ana Ruiz", "Ana Ruiz", NP_ENT_PERSON);
    expect(t, m, n, "Ivo Dren", "Ivo Dren", NP_ENT_PERSON);
    expect(t, m, n, "Ola Kvist", "Ola Kvist", NP_ENT_PERSON);
    expect(t, m, n, "Karvand", "Karvand", NP_ENT_PLACE); /* one word: the place context */
    /* "and the" opens a second body */
    const char *t3 = "Talks between the Velmar Harbour Commission and the Kelmont Shipping Council broke down.";
    m = mentions_of(f, t3, &n);
    expect(t3, m, n, "Velmar Harbour Commission", "Velmar Harbour Commission", NP_ENT_ORG);
    expect(t3, m, n, "Kelmont Shipping Council", "Kelmont Shipping Council", NP_ENT_ORG);
    /* a treaty is an agreement, no body, and keeps its "of" */
    const char *t2 = "Both states signed the Velmar Fisheries Treaty decades ago, and the Treaty of Kelmont in 1921.";
    m = mentions_of(f, t2, &n);
    const np_entity_mention *x = find(t2, m, n, "Velmar Fisheries Treaty");
    assert_true(!x || x->type != NP_ENT_ORG);
    assert_non_null(find(t2, m, n, "Treaty of Kelmont"));
}

/* "X, <country>" places X in it, but not a sentence's ordinary first word
 * ("Second, Norland will ...") nor an item of a list ("Brexit, Norland,
 * tariffs and trade"). */
static void lists_and_ordinals_are_no_towns(void **state)
{
    fixture *f = *state;
    const char *t = "Second, Canada will cut its quota next year, the minister said. The agenda will hold Vorexit, "
                    "Syria, tariffs and trade. Another item is Brelmark, Chad and fishing. The march began in "
                    "Tapalcan, Mexico, on Sunday. Ana Ruiz of Velmar, Mexico, said the march was peaceful.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    const np_entity_mention *x = find(t, m, n, "Second");
    assert_true(!x || x->type != NP_ENT_PLACE);
    x = find(t, m, n, "Vorexit");
    assert_true(!x || x->type != NP_ENT_PLACE);
    x = find(t, m, n, "Brelmark");
    assert_true(!x || x->type != NP_ENT_PLACE);
    expect(t, m, n, "Tapalcan", "Tapalcan", NP_ENT_PLACE);
    expect(t, m, n, "Velmar", "Velmar", NP_ENT_PLACE);
}

/* A name set off after a role noun is its holder's, a person's, even when
 * the surname is an ordinary word ("The chair, Marissa Baker, ..."). */
static void names_set_off_after_a_role(void **state)
{
    fixture *f = *state;
    const char *t = "The committee chair, Marissa Baker, has opposed the plan for months. His lawyer, Tomas Field, "
                    "declined to comment. Two agents, Nadia Brook and Ivo Dren, are under review.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    if (!np_gazetteer_is_common_word(f->gz, "baker", 5))
        return; /* the rule is about surnames WordNet lists as words */
    expect(t, m, n, "Marissa Baker", "Marissa Baker", NP_ENT_PERSON);
    expect(t, m, n, "Tomas Field", "Tomas Field", NP_ENT_PERSON);
    expect(t, m, n, "Nadia Brook", "Nadia Brook", NP_ENT_PERSON);
}

/* Second-review mends: initials that are also clubs' prefixes, roles firms
 * hold too. */
static void initials_clubs_and_firm_roles(void **state)
{
    fixture *f = *state;
    const char *t = "The board named adviser S.S. Varma on Monday. F.C. Brenna beat the visitors on Sunday. The "
                    "investor, Stone Ridge, said it would sell its stake.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    const np_entity_mention *x = find(t, m, n, "adviser S.S. Varma");
    assert_non_null(x);
    assert_int_equal(x->type, NP_ENT_PERSON);
    x = find(t, m, n, "F.C. Brenna");
    assert_non_null(x);
    assert_int_equal(x->type, NP_ENT_ORG);
    x = find(t, m, n, "Stone Ridge");
    assert_true(!x || x->type != NP_ENT_PERSON);
}

/* After an abbreviated title a place's name is a surname ("Police Lt.
 * Hastings"): the person, not the body's name run on. */
static void surname_that_is_a_place_after_a_title(void **state)
{
    fixture *f = *state;
    const char *t = "\"He fled north,\" Velmar State Police Lt. Hastings said on Monday.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    if (!np_gazetteer_has(f->gz, "Hastings", 8))
        return; /* the rule is about names WordNet lists as places */
    const np_entity_mention *x = find(t, m, n, "Velmar State Police Lt. Hastings");
    assert_non_null(x);
    assert_int_equal(x->type, NP_ENT_PERSON);
    assert_int_equal(x->name_end - x->name_start, 8); /* the name is "Hastings" */
}

/* Datelines are places; so are names in place context. */
static void datelines_and_place_context(void **state)
{
    fixture *f = *state;
    const char *t = "VARNOK, Delmaria — The talks ended.\n\n"
                    "WASHINGTON — A Tovin-based group met in Dorvale, near Quelm, Delmaria. "
                    "Guards patrol the Ostrava Demilitarized Zone.\n\n"
                    "LONDON (Reuters) - Prices rose.";
    np_entity_mention *m;
    size_t n;
    assert_int_equal(np_entities_find(t, strlen(t), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    expect(t, m, n, "VARNOK", "VARNOK", NP_ENT_PLACE);
    expect(t, m, n, "Delmaria", "Delmaria", NP_ENT_PLACE);
    expect(t, m, n, "WASHINGTON", "WASHINGTON", NP_ENT_PLACE);
    expect(t, m, n, "LONDON", "LONDON", NP_ENT_PLACE);
    expect(t, m, n, "Tovin", "Tovin", NP_ENT_PLACE);
    expect(t, m, n, "Dorvale", "Dorvale", NP_ENT_PLACE);
    expect(t, m, n, "Ostrava Demilitarized Zone", "Ostrava Demilitarized Zone", NP_ENT_PLACE);
    assert_null(find(t, m, n, "Reuters"));
    assert_null(find(t, m, n, "Prices"));
}

/* Classes of people, "I'm" and party tags are not names. */
static void descriptions_are_not_names(void **state)
{
    fixture *f = *state;
    const char *t = "The Honduran farmer spoke first. Several Republicans and Londoners objected. "
                    "\"I'm tired,\" said Rep. Dana Voss (R-Va.). Central American families waited.";
    np_entity_mention *m;
    size_t n;
    assert_int_equal(np_entities_find(t, strlen(t), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    if (np_gazetteer_is_kind(f->gz, "Honduran", 8)) { /* WordNet installed */
        assert_null(find(t, m, n, "Honduran"));
        assert_null(find(t, m, n, "Republicans"));
        assert_null(find(t, m, n, "Londoners"));
    }
    assert_null(find(t, m, n, "I'm"));
    assert_null(find(t, m, n, "R-Va"));
    assert_null(find(t, m, n, "Central American"));
    expect(t, m, n, "Rep. Dana Voss", "Dana Voss", NP_ENT_PERSON);
    /* a time zone after a clock time is the time's label */
    const char *z = "The Brelmont Rovers kick off at 3:15 p.m. ET on Sunday. The ferry leaves at 10:00 GMT. "
                    "Kickoff is at 7 pm EST.";
    m = NULL;
    assert_int_equal(np_entities_find(z, strlen(z), NULL, 0, f->gz, &f->a, &m, &n), NP_OK);
    assert_null(find(z, m, n, "ET"));
    assert_null(find(z, m, n, "GMT"));
    assert_null(find(z, m, n, "EST"));
}

/* A word the story also writes in lower case is not a name, even when
 * another document capitalises it; names and places are kept. */
static void linker_drops_words_used_in_lower_case(void **state)
{
    fixture *f = *state;
    const char *d0 = "Wells were dry in Brelmont. Minister Oskar Talvin said Irrigation had failed.";
    const char *d1 = "The irrigation canals of Brelmont are empty, Talvin said.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1}, 2);
    for (size_t i = 0; i < np_entity_linker_count(lk); i++)
        assert_string_not_equal(np_entity_linker_get(lk, i)->canonical, "Irrigation");
    const char *p = strstr(d0, "Irrigation");
    assert_int_equal(np_entity_linker_lookup(lk, 0, (size_t)(p - d0)), -1);
    long b = entity_of(lk, 0, d0, "Brelmont");
    assert_int_equal(entity_of(lk, 1, d1, "Brelmont"), b);
    assert_int_equal(np_entity_linker_get(lk, (size_t)b)->type, NP_ENT_PLACE);
    long t = entity_of(lk, 0, d0, "Minister Oskar Talvin");
    assert_int_equal(np_entity_linker_get(lk, (size_t)t)->type, NP_ENT_PERSON);
    np_entity_linker_free(lk);
    /* a hyphenated word in capitals ("FIRE-BOMB" in a wire lead) that the
     * story writes in lower case; a hyphenated name stays */
    const char *e0 = "BRELMONT (Wire) - A FIRE-BOMB attack against a bakery in Brelmont killed two clerks, Jean-Luc Varne said.";
    const char *e1 = "Two clerks died in the fire-bomb attack against a Brelmont bakery, police said.";
    lk = link_docs(f, (const char *const[]){e0, e1}, 2);
    for (size_t i = 0; i < np_entity_linker_count(lk); i++)
        assert_string_not_equal(np_entity_linker_get(lk, i)->canonical, "FIRE-BOMB");
    assert_true(entity_of(lk, 0, e0, "Jean-Luc Varne") >= 0);
    np_entity_linker_free(lk);
}

/* One body or person written several ways: a dotted acronym and the same
 * letters undotted (its final period is part of the spelling), "Department
 * of X" and "X Department" and an acronym that spells the "of", a pet form
 * of a first name, a generational suffix as written; and a son named for
 * his father is another person. */
static void linker_merges_spellings(void **state)
{
    fixture *f = *state;
    const char *d0 = "The F.B.I. questioned Rudy Pellinger on Monday. The Department of Fisheries "
                     "(DOF) and the N.T.S.B. said Bob Hallorann agreed. Walter Brisco Jr. spoke. Sam Oduya said so.";
    const char *d1 = "Rudolph K. Pellinger told the FBI that the Fisheries Department would act. "
                     "Robert Hallorann said the NTSB knew. Walter Brisco, his father, wept. "
                     "Daniel Q. Ostrander III met Pellinger. Samuel Oduya said no.";
    const char *d2 = "The DOF and Mr. Brisco were silent, and Dan Ostrander left. Samantha Oduya said yes.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1, d2}, 3);
    long fbi = entity_of(lk, 0, d0, "F.B.I");
    assert_int_equal(entity_of(lk, 1, d1, "FBI"), fbi);
    const np_entity *e = np_entity_linker_get(lk, (size_t)fbi);
    int dotted = 0;
    for (size_t v = 0; v < e->n_variants; v++)
        dotted |= strcmp(e->variants[v].surface, "F.B.I.") == 0;
    assert_true(dotted);
    assert_int_equal(entity_of(lk, 0, d0, "N.T.S.B"), entity_of(lk, 1, d1, "NTSB"));
    long dof = entity_of(lk, 0, d0, "Department of Fisheries");
    assert_int_equal(entity_of(lk, 1, d1, "Fisheries Department"), dof);
    assert_int_equal(entity_of(lk, 2, d2, "DOF"), dof);
    assert_int_equal(entity_of(lk, 0, d0, "Rudy Pellinger"), entity_of(lk, 1, d1, "Rudolph K. Pellinger"));
    assert_int_equal(entity_of(lk, 0, d0, "Bob Hallorann"), entity_of(lk, 1, d1, "Robert Hallorann"));
    long os = entity_of(lk, 1, d1, "Daniel Q. Ostrander");
    assert_int_equal(entity_of(lk, 2, d2, "Dan Ostrander"), os);
    e = np_entity_linker_get(lk, (size_t)os);
    int suffixed = 0;
    for (size_t v = 0; v < e->n_variants; v++)
        suffixed |= strcmp(e->variants[v].surface, "Daniel Q. Ostrander III") == 0;
    assert_true(suffixed);
    /* "Sam" beside "Samuel" and "Samantha": neither, and they stay two */
    assert_true(entity_of(lk, 1, d1, "Samuel Oduya") != entity_of(lk, 2, d2, "Samantha Oduya"));
    assert_true(entity_of(lk, 0, d0, "Sam Oduya") != entity_of(lk, 1, d1, "Samuel Oduya"));
    long son = entity_of(lk, 0, d0, "Walter Brisco Jr");
    assert_true(son != entity_of(lk, 1, d1, "Walter Brisco,"));
    assert_string_equal(np_entity_linker_get(lk, (size_t)son)->canonical, "Walter Brisco Jr.");
    np_entity_linker_free(lk);
}

/* Family name first: "Mr. Ryu" is "Ryu Song Ho" when one such person is
 * named; with two of that family name, neither. */
static void linker_family_name_first(void **state)
{
    fixture *f = *state;
    const char *d0 = "President Ryu Song Ho met envoys in Tamsk. Mr. Ryu said little. "
                     "Minister Bae Ji Won and Minister Bae Min Su arrived later.";
    const char *d1 = "Ryu left early, and Mr. Bae stayed.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1}, 2);
    long ryu = entity_of(lk, 0, d0, "President Ryu Song Ho");
    assert_int_equal(entity_of(lk, 0, d0, "Mr. Ryu"), ryu);
    assert_int_equal(entity_of(lk, 1, d1, "Ryu"), ryu);
    long bae = entity_of(lk, 1, d1, "Mr. Bae");
    assert_true(bae != entity_of(lk, 0, d0, "Minister Bae Ji Won"));
    assert_true(bae != entity_of(lk, 0, d0, "Minister Bae Min Su"));
    np_entity_linker_free(lk);
    /* two of one family name, but the story is about one: four reports
     * name Ryu Song Ho, one of them recalls his grandfather Ryu Tae Sik */
    const char *g[] = {"President Ryu Song Ho closed the test site. Ryu said the work was done.",
                       "Ryu Song Ho spoke on radio. Mr. Ryu thanked the army.",
                       "The leader, Ryu Song Ho, signed the order, and Ryu left for the coast.",
                       "Ryu Song Ho smiled, and Ryu waved. He has ruled since 2011, decades after Ryu Tae Sik "
                       "founded the state."};
    lk = np_entity_linker_new();
    assert_non_null(lk);
    for (int i = 0; i < 4; i++)
        add_doc(f, lk, i, g[i]);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    ryu = entity_of(lk, 0, g[0], "President Ryu Song Ho");
    assert_int_equal(entity_of(lk, 0, g[0], "Ryu said"), ryu);
    assert_int_equal(entity_of(lk, 1, g[1], "Mr. Ryu"), ryu);
    assert_true(entity_of(lk, 3, g[3], "Ryu Tae Sik") != ryu);
    np_entity_linker_free(lk);
    /* ... but a report naming only his sister means her by "Ms. Ryu" */
    const char *h[] = {"President Ryu Song Ho closed the test site. Mr. Ryu said the work was done.",
                       "Ryu Song Ho spoke on radio. Mr. Ryu thanked the army.",
                       "The leader, Ryu Song Ho, signed the order.",
                       "Ryu Mi Ran, the leader's younger sister, will lead the delegation. Ms. Ryu said little."};
    lk = np_entity_linker_new();
    assert_non_null(lk);
    for (int i = 0; i < 4; i++)
        add_doc(f, lk, i, h[i]);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    ryu = entity_of(lk, 0, h[0], "President Ryu Song Ho");
    assert_true(entity_of(lk, 3, h[3], "Ms. Ryu") != ryu);
    np_entity_linker_free(lk);
    /* ... also when her reports name him too: she is no passing mention */
    const char *k2[] = {"President Ryu Song Ho closed the test site. Mr. Ryu said the work was done.",
                        "Ryu Song Ho spoke on radio. Mr. Ryu thanked the army.",
                        "The leader, Ryu Song Ho, signed the order. His sister Ryu Mi Ran stood beside him.",
                        "Ryu Mi Ran, a sister of Ryu Song Ho, will lead the delegation. Ms. Ryu said little.",
                        "Ryu Song Ho met the envoys, and Ryu Mi Ran joined them."};
    lk = np_entity_linker_new();
    assert_non_null(lk);
    for (int i = 0; i < 5; i++)
        add_doc(f, lk, i, k2[i]);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    ryu = entity_of(lk, 0, k2[0], "President Ryu Song Ho");
    assert_true(entity_of(lk, 3, k2[3], "Ms. Ryu") != ryu);
    np_entity_linker_free(lk);
    /* ... and when named once, then by her family name right after */
    const char *k3[] = {"President Ryu Song Ho closed the test site. Mr. Ryu said the work was done.",
                        "Ryu Song Ho spoke on radio. Mr. Ryu thanked the army.",
                        "The leader, Ryu Song Ho, signed the order.",
                        "Ryu Mi Ran, the leader's younger sister, issued a statement.\n\n\"The drills will cost "
                        "them,\" Ryu said."};
    lk = np_entity_linker_new();
    assert_non_null(lk);
    for (int i = 0; i < 4; i++)
        add_doc(f, lk, i, k3[i]);
    assert_int_equal(np_entity_linker_finish(lk), NP_OK);
    ryu = entity_of(lk, 0, k3[0], "President Ryu Song Ho");
    assert_true(entity_of(lk, 3, k3[3], "Ryu said") != ryu);
    np_entity_linker_free(lk);
}


/* A capital inside one word names a company or a site ("WikiLeaks
 * said"), not after a name's prefix or a two-letter first syllable; an
 * appositive whose head is a body's word ("a citizens' watchdog group")
 * makes a name a body, one whose head is a person's ("a union leader",
 * "a member of the group") a person. */
static void bodies_by_their_shape_and_appositive(void **state)
{
    fixture *f = *state;
    const char *t = "WikiLeaks said the suit was a stunt. Mr. McAllister said nothing, and LuAnn said she agreed. "
                    "The earlier case was brought by Honest Count, a citizens watchdog group run by former judges. "
                    "Tom Sparrow, a union leader, spoke. Anna Wells, a member of the group, said yes.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "WikiLeaks", "WikiLeaks", NP_ENT_ORG);
    expect(t, m, n, "Honest Count", "Honest Count", NP_ENT_ORG);
    expect(t, m, n, "Tom Sparrow", "Tom Sparrow", NP_ENT_PERSON);
    expect(t, m, n, "Anna Wells", "Anna Wells", NP_ENT_PERSON);
    const np_entity_mention *x = find(t, m, n, "Mr. McAllister");
    assert_true(x && x->type == NP_ENT_PERSON);
    x = find(t, m, n, "LuAnn");
    assert_true(!x || x->type != NP_ENT_ORG);
    /* a news agency by its one word; a plural possessive inside a body's
     * name; a Korean given name's second syllable that spells an English
     * word, but no compound of a place */
    const char *t2 = "Yonhap reported the vote of the Farmers' Union of Velmar. Youn Kun-young and Pak Jong-il "
                     "spoke to a New York-based group.";
    m = mentions_of(f, t2, &n);
    expect(t2, m, n, "Yonhap", "Yonhap", NP_ENT_ORG);
    expect(t2, m, n, "Farmers' Union of Velmar", "Farmers' Union of Velmar", NP_ENT_ORG);
    assert_non_null(find(t2, m, n, "Youn Kun-young"));
    assert_int_equal(find(t2, m, n, "Youn Kun-young")->end - find(t2, m, n, "Youn Kun-young")->start,
                     strlen("Youn Kun-young"));
    assert_int_equal(find(t2, m, n, "Pak Jong-il")->end - find(t2, m, n, "Pak Jong-il")->start, strlen("Pak Jong-il"));
    assert_int_equal(find(t2, m, n, "New York")->end - find(t2, m, n, "New York")->start, strlen("New York"));
    /* names with an inner capital, names an agency's word spells, people
     * with a person's appositive, a surname's possessive before a party,
     * English words before a hyphen */
    const char *t3 = "Councilwoman Tara DesRosiers spoke. DesRosiers said no, and AnnMarie said yes. Mayor Carlos "
                     "Mena said the bridge was shut. Tom Baker, a lawyer representing the firm, said nothing. Rita "
                     "Marsh, a newcomer to the council, voted. Ellen Price, a newspaper publisher, agreed. It hurt "
                     "Torres' Labor Party. The Big Ten-level teams met. Choi Tae-min arrived.";
    m = mentions_of(f, t3, &n);
    expect(t3, m, n, "DesRosiers", "DesRosiers", NP_ENT_PERSON);
    expect(t3, m, n, "AnnMarie", "AnnMarie", NP_ENT_PERSON);
    expect(t3, m, n, "Tom Baker", "Tom Baker", NP_ENT_PERSON);
    expect(t3, m, n, "Rita Marsh", "Rita Marsh", NP_ENT_PERSON);
    expect(t3, m, n, "Ellen Price", "Ellen Price", NP_ENT_PERSON);
    expect(t3, m, n, "Labor Party", "Labor Party", NP_ENT_ORG);
    expect(t3, m, n, "Choi Tae-min", "Choi Tae-min", NP_ENT_PERSON);
    assert_int_equal(find(t3, m, n, "Big Ten")->end - find(t3, m, n, "Big Ten")->start, strlen("Big Ten"));
    /* people whose appositive's head is a person's word that also names
     * bodies; a surname of an inner capital after a given name; a
     * surname's or a place's possessive before a party or a department */
    const char *t5 = "Maria Baker, a security guard at the warehouse, raised the alarm. Coach Dana VanderWall "
                     "resigned, and VanderWall said he was tired. Voters backed Ana Rivers' Green Party, and the "
                     "United States' Justice Department agreed.";
    m = mentions_of(f, t5, &n);
    expect(t5, m, n, "Maria Baker", "Maria Baker", NP_ENT_PERSON);
    expect(t5, m, n, "VanderWall", "VanderWall", NP_ENT_PERSON);
    expect(t5, m, n, "Green Party", "Green Party", NP_ENT_ORG);
    expect(t5, m, n, "Justice Department", "Justice Department", NP_ENT_ORG);
    /* the adjective of a class of people is no name ("Democratic donors") */
    const char *t6 = "Hackers stole Democratic emails and named Democratic donors.";
    m = mentions_of(f, t6, &n);
    if (np_gazetteer_is_kind(f->gz, "Democrat", 8)) /* WordNet installed */
        assert_null(find(t6, m, n, "Democratic"));
    /* a district's suffix after one word; "a party to"; an agency after a
     * country's possessive or a weekday */
    const char *t7 = "A fire broke out in Mapo-gu on Monday. Leah Rose, a party to the lawsuit, said she would "
                     "appeal. China's Xinhua said so. On Friday YouTube removed the video.";
    m = mentions_of(f, t7, &n);
    x = find(t7, m, n, "Mapo-gu");
    assert_true(!x || x->type != NP_ENT_PERSON);
    expect(t7, m, n, "Leah Rose", "Leah Rose", NP_ENT_PERSON);
    expect(t7, m, n, "Xinhua", "Xinhua", NP_ENT_ORG);
    expect(t7, m, n, "YouTube", "YouTube", NP_ENT_ORG);
    const char *t4 = "Tankers crossed the Bab-el-Kor strait on Friday.";
    m = mentions_of(f, t4, &n);
    x = find(t4, m, n, "Bab-el-Kor");
    assert_true(!x || x->type != NP_ENT_PERSON);
}

/* Headings of two ordinary words, a capitalised preposition in a heading,
 * an opening plural noun before a speech verb, the object of "from"
 * before a speech verb, a dam and a declaration: none is a person. */
static void headings_groups_and_things_are_not_people(void **state)
{
    fixture *f = *state;
    const char *t = "The talks ended on Monday.\n\n"
                    "Background & Context\n\n"
                    "The reservoir was built in March.\n\n"
                    "Defiance Toward Critics\n\n"
                    "Organisers said that two hundred people joined the march. "
                    "Diplomats from Vostria said the text was weak. "
                    "The delegates praised the Tarn Dam, a project of ten years, and signed the so-called "
                    "Orlin Declaration, a plan of nine points.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    assert_null(find(t, m, n, "Toward"));
    expect(t, m, n, "Tarn Dam", "Tarn Dam", NP_ENT_PLACE);
    const np_entity_mention *d = find(t, m, n, "Orlin Declaration");
    if (d)
        assert_int_not_equal(d->type, NP_ENT_PERSON);
    const np_entity_mention *v = find(t, m, n, "Vostria");
    if (v)
        assert_int_not_equal(v->type, NP_ENT_PERSON);
    if (np_gazetteer_is_common_word(f->gz, "context", 7)) { /* WordNet installed */
        assert_null(find(t, m, n, "Context"));
        assert_null(find(t, m, n, "Background"));
        assert_null(find(t, m, n, "Organisers"));
    }
}

/* A month's name as a surname is part of the name; as a date it is not. */
static void month_names_as_surnames(void **state)
{
    fixture *f = *state;
    const char *t = "Prime Minister Elna May met the envoy. Mrs. May agreed. May said the talks went well. "
                    "Early May brought rain. The talks end on 13 July confirmed officials. "
                    "In May 2024 the border reopened. The May deadline passed.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "Prime Minister Elna May", "Elna May", NP_ENT_PERSON);
    expect(t, m, n, "Mrs. May", "May", NP_ENT_PERSON);
    expect(t, m, n, "May", "May", NP_ENT_PERSON);
    for (size_t i = 0; i < n; i++) {
        const char *s = t + m[i].start;
        assert_false(m[i].end - m[i].start == 4 && !memcmp(s, "July", 4));
        assert_false(s > t + 60 && m[i].end - m[i].start == 3 && !memcmp(s, "May", 3) && s != strstr(t, "May said"));
    }
}

/* A given name that is also a month, an ordinary word or a place's word
 * ("Jan", "May", "Will", "Park", "Hill"), where only a person's name goes:
 * the subject of an inverted attribution ending its clause, maybe after a
 * role ("said buyer May Holt"), or before ", who" or a role apposition. */
static void given_names_where_only_a_person_goes(void **state)
{
    fixture *f = *state;
    const char *t = "\"We will restore it,\" said Jan Brekke. \"I paid,\" said buyer May Holt. "
                    "\"I trusted them,\" said June Park, who lost her deposit. "
                    "\"This hides the debt,\" said opposition councillor Jan Mott.\n\n"
                    "The club will appeal. \"We want answers,\" said Lena Park. \"It is unsafe,\" said Grace Hill. "
                    "\"We drifted,\" said Mark Lake. \"We had no heat,\" said Dana Street. "
                    "\"Nobody answered,\" said Min-jun Park. \"We played well,\" said Will Ford.\n\n"
                    "Tova Park, the head of the tenants' group, met Ivo Hill, who chairs the board.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "Jan Brekke", "Jan Brekke", NP_ENT_PERSON);
    expect(t, m, n, "May Holt", "May Holt", NP_ENT_PERSON);
    expect(t, m, n, "June Park", "June Park", NP_ENT_PERSON);
    expect(t, m, n, "councillor Jan Mott", "Jan Mott", NP_ENT_PERSON);
    expect(t, m, n, "Lena Park", "Lena Park", NP_ENT_PERSON);
    expect(t, m, n, "Grace Hill", "Grace Hill", NP_ENT_PERSON);
    expect(t, m, n, "Mark Lake", "Mark Lake", NP_ENT_PERSON);
    expect(t, m, n, "Dana Street", "Dana Street", NP_ENT_PERSON);
    expect(t, m, n, "Min-jun Park", "Min-jun Park", NP_ENT_PERSON);
    expect(t, m, n, "Will Ford", "Will Ford", NP_ENT_PERSON);
    /* no park nor hill before a role apposition or "who" (the linker
     * types them by their other mentions) */
    assert_non_null(find(t, m, n, "Tova Park"));
    assert_int_not_equal(find(t, m, n, "Tova Park")->type, NP_ENT_PLACE);
    assert_non_null(find(t, m, n, "Ivo Hill"));
    assert_int_not_equal(find(t, m, n, "Ivo Hill")->type, NP_ENT_PLACE);
    /* dates after "said", a street whose clause goes on, a place's word
     * first, a park described as one */
    const char *u = "The company said May 3 that it would close. The bank said June 12 was the deadline. "
                    "The mayor said in June that Hill Street was closed. The council said June Park would "
                    "reopen. \"It is loud,\" said Park Avenue residents. \"It is shut,\" said Park Avenue. "
                    "Families visited Lena Park, a green space by the river. "
                    "\"It stays open,\" said Grace Hill Park, the largest.";
    np_entity_mention *mu = mentions_of(f, u, &n);
    expect(u, mu, n, "Hill Street", "Hill Street", NP_ENT_PLACE);
    expect(u, mu, n, "Park Avenue", "Park Avenue", NP_ENT_PLACE);
    expect(u, mu, n, "Lena Park", "Lena Park", NP_ENT_PLACE);
    expect(u, mu, n, "Grace Hill Park", "Grace Hill Park", NP_ENT_PLACE);
    for (size_t i = 0; i < n; i++) {
        const char *s = u + mu[i].start;
        assert_false(mu[i].type == NP_ENT_PERSON);
        assert_false(!memcmp(s, "May", 3) || !memcmp(s, "June", 4));
    }
}

/* A lone given name after an owned kin word is a person, even one that
 * names a place; not a place after another noun, nor a word whose clause
 * goes on. */
static void kin_given_names(void **state)
{
    fixture *f = *state;
    const char *t = "Viktor Lenk came with his wife, Marta, and Lenk's late brother's widow, Dagny. "
                    "\"We miss him,\" said her son, Jordan. His daughter Ilse said little. "
                    "They flew to their home country, Norway. Her sister, Varnok-born, stayed.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "Marta", "Marta", NP_ENT_PERSON);
    expect(t, m, n, "Dagny", "Dagny", NP_ENT_PERSON);
    expect(t, m, n, "Jordan", "Jordan", NP_ENT_PERSON);
    expect(t, m, n, "Ilse", "Ilse", NP_ENT_PERSON);
    expect(t, m, n, "Norway", "Norway", NP_ENT_PLACE);
    const np_entity_mention *v = find(t, m, n, "Varnok");
    assert_true(v == NULL || v->type != NP_ENT_PERSON);
}

/* A name's lower-case particles keep it whole ("Ilse de Varn", "Tomas van
 * der Holt", "Rio de Janeiro"); a body's "for" complement joined by "and"
 * ("Centers for Harbour Safety and Prevention"); "and" between two people
 * still parts them. */
static void name_particles_and_for_complements(void **state)
{
    fixture *f = *state;
    const char *t = "Economist Ilse de Varn said the fees would rise. Tomas van der Holt beat Aki Laine "
                    "in Dorn. Officials in Rio de Janeiro agreed. The Centers for Harbour Safety and Prevention "
                    "issued a warning. Ana Ruiz and Tom Field voted no.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "Economist Ilse de Varn", "Ilse de Varn", NP_ENT_PERSON);
    assert_non_null(find(t, m, n, "Tomas van der Holt"));
    expect(t, m, n, "Rio de Janeiro", "Rio de Janeiro", NP_ENT_PLACE);
    const np_entity_mention *org = find(t, m, n, "Centers for Harbour Safety and Prevention");
    assert_non_null(org);
    assert_int_equal(org->type, NP_ENT_ORG);
    assert_non_null(find(t, m, n, "Ana Ruiz"));
    assert_null(find(t, m, n, "Ana Ruiz and Tom Field"));
}

/* A given name that is also a place's, where only a person's name goes;
 * the place and its paper elsewhere stay what they were. */
static void place_given_names_in_a_person_slot(void **state)
{
    fixture *f = *state;
    const char *t = "\"We need more buses,\" said Florence Dunn, a nurse. \"The fares are too high,\" said "
                    "Paris Holmqvist. The mayor said Boston Harbor was closed. Residents of Florence, a city in Italy, "
                    "complained.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "Florence Dunn", "Florence Dunn", NP_ENT_PERSON);
    expect(t, m, n, "Paris Holmqvist", "Paris Holmqvist", NP_ENT_PERSON);
    expect(t, m, n, "Boston Harbor", "Boston Harbor", NP_ENT_PLACE);
    expect(t, m, n, "Florence", "Florence", NP_ENT_PLACE);
    /* a surname that is an ordinary word too, when an apposition only a
     * person takes follows (a role, one before its head: "the chief
     * economist at"); a place's paper or team takes none */
    t = "\"The quarry must close,\" said Lawrence Stone, a professor of geology. \"Rates will fall,\" said "
        "Denver Brown, the chief economist at the bank. \"We won,\" said Denver Post editors.";
    m = mentions_of(f, t, &n);
    expect(t, m, n, "Lawrence Stone", "Lawrence Stone", NP_ENT_PERSON);
    expect(t, m, n, "Denver Brown", "Denver Brown", NP_ENT_PERSON);
    const np_entity_mention *post = find(t, m, n, "Denver Post");
    assert_true(!post || post->type != NP_ENT_PERSON);
}

/* Acronyms of common nouns are no names ("TV", "GDP", "CEO", "IPO"); a
 * body's acronym is ("NATO", "FBI"). */
static void common_noun_acronyms(void **state)
{
    fixture *f = *state;
    const char *t = "The Harlow Mills IPO lifted GDP forecasts, the CEO told Dorn TV viewers on TV. NATO and "
                    "the FBI said nothing.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    if (!np_gazetteer_is_common_acronym(f->gz, "GDP", 3))
        skip(); /* no WordNet here */
    assert_null(find(t, m, n, "IPO"));
    assert_null(find(t, m, n, "GDP"));
    assert_null(find(t, m, n, "CEO"));
    expect(t, m, n, "NATO", "NATO", NP_ENT_ORG);
    expect(t, m, n, "FBI", "FBI", NP_ENT_ORG);
    /* WordNet's lists: a kind of person ("CEO") and an acronym with a
     * synset of its own ("HIV") are common; a treaty ("NAFTA") is not */
    assert_true(np_gazetteer_is_common_acronym(f->gz, "CEO", 3));
    assert_true(np_gazetteer_is_common_acronym(f->gz, "HIV", 3));
    assert_false(np_gazetteer_is_common_acronym(f->gz, "NAFTA", 5));
}

/* An adjective or a demonym before a company's or an agency's name once
 * makes it no surname elsewhere ("Popular YouTube ... YouTube removed"). */
static void adjective_before_a_brand(void **state)
{
    fixture *f = *state;
    const char *t = "Popular YouTube channels grew fast. YouTube removed the video on Monday. Russian Interfax "
                    "reported the blast. Interfax later cited officials.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "YouTube", "YouTube", NP_ENT_ORG);
    expect(t, m, n, "Interfax", "Interfax", NP_ENT_ORG);
}

/* Places named by a compass point and a known place, by a street, a
 * boulevard or gardens, or a point; a watchdog body; a clerk and a
 * district attorney written short are roles before the person. */
static void places_bodies_and_short_roles(void **state)
{
    fixture *f = *state;
    const char *t = "Residents of Southern California and Eastern Europe wrote in. The fire started on Dahlia Ave "
                    "near Norwalk Boulevard, by Tallby Gardens and Point Orrin. Harbour Rights Watch said the "
                    "count was fair. Court Clerk Ilinca Darabu read it, and Dist. Atty. Konrad Vessel agreed.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "Southern California", "Southern California", NP_ENT_PLACE);
    expect(t, m, n, "Eastern Europe", "Eastern Europe", NP_ENT_PLACE);
    expect(t, m, n, "Dahlia Ave", "Dahlia Ave", NP_ENT_PLACE);
    expect(t, m, n, "Norwalk Boulevard", "Norwalk Boulevard", NP_ENT_PLACE);
    expect(t, m, n, "Tallby Gardens", "Tallby Gardens", NP_ENT_PLACE);
    expect(t, m, n, "Point Orrin", "Point Orrin", NP_ENT_PLACE);
    expect(t, m, n, "Harbour Rights Watch", "Harbour Rights Watch", NP_ENT_ORG);
    expect(t, m, n, "Court Clerk Ilinca Darabu", "Ilinca Darabu", NP_ENT_PERSON);
    /* a body named with a compass word; a person whose surname is a lane */
    const char *u = "Western Union said transfers would resume. Christopher Lane, a planner, said so.";
    np_entity_mention *mu = mentions_of(f, u, &n);
    expect(u, mu, n, "Western Union", "Western Union", NP_ENT_ORG);
    expect(u, mu, n, "Christopher Lane", "Christopher Lane", NP_ENT_PERSON);
    m = mentions_of(f, t, &n);
    for (size_t i = 0; i < n; i++) {
        size_t len = m[i].end - m[i].start;
        assert_false(len == 4 && (!memcmp(t + m[i].start, "Dist", 4) || !memcmp(t + m[i].start, "Atty", 4)));
    }
}

/* A text that names a person with a month ("Elna May") means that person
 * by the month alone too ("accused May of"), but not after a word that
 * dates it ("in May", "since May", "mid-May") nor at a sentence's start;
 * a text naming no such person keeps the month a month. */
static void month_surname_alone(void **state)
{
    fixture *f = *state;
    const char *t = "Prime Minister Elna May met the envoy. The opposition accused May of delay. "
                    "The talks stalled in May and since May nobody has met. They end in mid-May. "
                    "May brings the budget.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    const char *alone = strstr(t, "May of");
    int found = 0;
    for (size_t i = 0; i < n; i++) {
        const char *s = t + m[i].start;
        if (s == alone) {
            found = 1;
            assert_int_equal(m[i].type, NP_ENT_PERSON);
        } else {
            assert_true(s < t + 40); /* nothing after "Elna May" but "accused May" */
        }
    }
    assert_true(found);
    /* a month the text dates or lists stays a month */
    const char *v = "Prime Minister Elna May met the envoy. The vote could come as soon as May, and no later "
                    "than May, at its May meeting. Talks run in April, May and June.";
    m = mentions_of(f, v, &n);
    for (size_t i = 0; i < n; i++)
        assert_false(m[i].end - m[i].start == 3 && !memcmp(v + m[i].start, "May", 3));
    /* nor after a comparison or before a noun it dates */
    const char *w = "Prime Minister Elna May met the envoy. Sales fell compared with May. Traders said May "
                    "contracts rose. Officials said May was the busiest month.";
    m = mentions_of(f, w, &n);
    for (size_t i = 0; i < n; i++)
        assert_false(m[i].end - m[i].start == 3 && !memcmp(w + m[i].start, "May", 3));
    /* the object of an irregular past verb, or before "and" */
    const char *y = "Prime Minister Elna May met the envoy. Rivals told May to resign. The group supported May and "
                    "her deputy. The factory closed May of this year.";
    m = mentions_of(f, y, &n);
    size_t persons = 0;
    for (size_t i = 0; i < n; i++)
        persons += m[i].end - m[i].start == 3 && !memcmp(y + m[i].start, "May", 3) && m[i].type == NP_ENT_PERSON;
    assert_int_equal(persons, 2); /* "told May", "supported May"; not "closed May of this year" */
    const char *u = "The opposition accused May of delay, the envoy said.";
    m = mentions_of(f, u, &n);
    for (size_t i = 0; i < n; i++)
        assert_false(m[i].end - m[i].start == 3 && !memcmp(u + m[i].start, "May", 3));
}

/* An acronym written as a word ("Nafta"-style) joins the name it spells;
 * a person whose name spells other initials does not. */
static void linker_word_acronyms(void **state)
{
    fixture *f = *state;
    const char *d0 = "The Northern Rail Freight Authority raised its fees. The New Orleans Regional Authority met.";
    const char *d1 = "Talks with the United States over Nrfa went on. Nora said the fees were too high.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1}, 2);
    long a = entity_of(lk, 0, d0, "Northern Rail Freight Authority");
    assert_int_equal(entity_of(lk, 1, d1, "Nrfa"), a);
    assert_int_not_equal(entity_of(lk, 1, d1, "Nora"), entity_of(lk, 0, d0, "New Orleans Regional Authority"));
    np_entity_linker_free(lk);
}

/* "Customs and Border Protection": one ordinary word, "and", an org name
 * is one body; a person or a place before "and" stays apart. */
static void agency_names_with_and(void **state)
{
    fixture *f = *state;
    const char *t = "But Fisheries and Harbour Protection refused. Dana Voss and Harbour Protection met. "
                    "Norway and Harbour Protection agreed.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    if (np_gazetteer_is_common_word(f->gz, "fisheries", 9)) { /* WordNet installed */
        expect(t, m, n, "Fisheries and Harbour Protection", "Fisheries and Harbour Protection", NP_ENT_ORG);
        assert_null(find(t, m, n, "Dana Voss and Harbour Protection"));
        assert_null(find(t, m, n, "Norway and Harbour Protection"));
    }
    /* two or three ordinary words before "and" and a body's name; a body's
     * "of" complement of two ordinary words; not a title word nor a place
     * after "of" or "and" */
    const char *u = "The Central Election and Census Commission met. The Tallby Board of Agriculture and "
                    "Conservation adjourned. The Department of Justice and Treasury agreed. The Ministry of Finance "
                    "and Norway signed. The Party of Farmers and Fishers (PFF) won.";
    m = mentions_of(f, u, &n);
    if (np_gazetteer_is_common_word(f->gz, "election", 8)) {
        expect(u, m, n, "Central Election and Census Commission", "Central Election and Census Commission",
               NP_ENT_ORG);
        expect(u, m, n, "Tallby Board of Agriculture and Conservation", "Tallby Board of Agriculture and Conservation",
               NP_ENT_ORG);
        expect(u, m, n, "Department of Justice", "Department of Justice", NP_ENT_ORG);
        expect(u, m, n, "Ministry of Finance", "Ministry of Finance", NP_ENT_ORG);
        expect(u, m, n, "Party of Farmers and Fishers", "Party of Farmers and Fishers", NP_ENT_ORG);
    }
    /* two bodies joined by "and" stay two: a known body or a plural before
     * it, a longer name or no ordinary word after it, an office's
     * complement before a plural noun */
    const char *v = "Amnesty International and Human Rights Watch spoke. The Liberal Democrats and Labour Party met. "
                    "The Tallby Reserve and Norland Central Bank acted. Department of Agriculture and Treasury "
                    "officials met. The Office of the Comptroller of the Currency fined a bank.";
    m = mentions_of(f, v, &n);
    if (np_gazetteer_is_common_word(f->gz, "election", 8)) {
        assert_non_null(find(v, m, n, "Human Rights Watch")); /* a name of its own, no person's */
        expect(v, m, n, "Labour Party", "Labour Party", NP_ENT_ORG);
        expect(v, m, n, "Norland Central Bank", "Norland Central Bank", NP_ENT_ORG);
        expect(v, m, n, "Department of Agriculture", "Department of Agriculture", NP_ENT_ORG);
    }
    for (size_t i = 0; i < n; i++)
        assert_int_not_equal(m[i].type, NP_ENT_PERSON); /* "of the Currency" was a person */
    /* parallel plurals share the head; a body's complement that is no body
     * of its own stays whole before a plural noun; "Rights" makes no body
     * of a party's neighbour */
    const char *x = "The Public Works and Highways Department said so. Ministry of Culture and Sports officials "
                    "said so. The Labour Party and Harbour Rights Campaign objected.";
    m = mentions_of(f, x, &n);
    if (np_gazetteer_is_common_word(f->gz, "election", 8)) {
        expect(x, m, n, "Public Works and Highways Department", "Public Works and Highways Department", NP_ENT_ORG);
        expect(x, m, n, "Ministry of Culture and Sports", "Ministry of Culture and Sports", NP_ENT_ORG);
        expect(x, m, n, "Labour Party", "Labour Party", NP_ENT_ORG);
    }
}

/* A body's name with "and" before a role and a name ("Roads and Bridges
 * Committee Chairman X") is a titled person; two titled people joined by
 * "and" are two people, not one body. */
static void roles_in_bodies_with_and(void **state)
{
    fixture *f = *state;
    const char *t = "Senate Harbour Leader Ilinca Darabu and House Roads and Bridges Committee Chairman Konrad Vessel "
                    "met on Monday. Bank of Norland Governor Marta Olvido joined them.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "Senate Harbour Leader Ilinca Darabu", "Ilinca Darabu", NP_ENT_PERSON);
    expect(t, m, n, "House Roads and Bridges Committee Chairman Konrad Vessel", "Konrad Vessel", NP_ENT_PERSON);
    expect(t, m, n, "Bank of Norland Governor Marta Olvido", "Marta Olvido", NP_ENT_PERSON);
}

/* A member of a body and the speaker of a house are roles: "City Council
 * Member Ana Ruiz" and "House Speaker Ivo Dren" are people; the member
 * states of a union are no person. */
static void members_and_speakers(void **state)
{
    fixture *f = *state;
    const char *t = "City Council Member Ilinca Darabu said the vigil was peaceful. House Speaker Konrad Vessel "
                    "called a vote. The Norland Union Member States agreed on Friday, and Assemblywoman Marta "
                    "Olvido welcomed it.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "City Council Member Ilinca Darabu", "Ilinca Darabu", NP_ENT_PERSON);
    expect(t, m, n, "House Speaker Konrad Vessel", "Konrad Vessel", NP_ENT_PERSON);
    expect(t, m, n, "Assemblywoman Marta Olvido", "Marta Olvido", NP_ENT_PERSON);
    for (size_t i = 0; i < n; i++)
        if (memmem(t + m[i].start, m[i].end - m[i].start, "States", 6))
            assert_int_not_equal(m[i].type, NP_ENT_PERSON);
}

/* A given name alone is the one person whose full name opens with it;
 * with two such people it stays apart. */
static void linker_given_names(void **state)
{
    fixture *f = *state;
    const char *d0 = "Governor Ilse Varga met Mayor Dana Roth on Friday. Later Ilse thanked the harbour staff.";
    const char *d1 = "Petra Holm and Petra Lind signed the letter. Petra read it aloud.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1}, 2);
    long ilse = entity_of(lk, 0, d0, "Governor Ilse Varga");
    const char *p = strstr(d0, "Ilse thanked");
    assert_int_equal(np_entity_linker_lookup(lk, 0, (size_t)(p - d0)), ilse);
    const char *q = strstr(d1, "Petra read");
    long petra = np_entity_linker_lookup(lk, 1, (size_t)(q - d1));
    assert_int_not_equal(petra, entity_of(lk, 1, d1, "Petra Holm"));
    assert_int_not_equal(petra, entity_of(lk, 1, d1, "Petra Lind"));
    np_entity_linker_free(lk);
}

/* A name's last syllable after a hyphen may be a function word ("Jae-in")
 * when the syllable before it is a short name part; "Drive-in" is no name. */
static void hyphenated_name_syllables(void **state)
{
    fixture *f = *state;
    const char *t = "Premier Pak Hyo-in met the envoy. Drive-in cinemas closed.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    if (np_gazetteer_is_common_word(f->gz, "drive", 5)) { /* WordNet installed */
        expect(t, m, n, "Premier Pak Hyo-in", "Pak Hyo-in", NP_ENT_PERSON);
        assert_null(find(t, m, n, "Drive-in"));
    }
}

/* Words shouted in capitals and interjections opening a quotation are no
 * names; acronyms are, also one that spells an ordinary word. */
static void shouted_words_are_not_names(void **state)
{
    fixture *f = *state;
    const char *t = "The minister posted: \"NO DEAL, NO SURRENDER!\" WOW! The ICE office and the CIA said nothing. "
                    "\"Oh, anybody could see it,\" Mira Tolsen said. \"Anybody home?\" she asked. "
                    "NOTE: the text was shortened.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    expect(t, m, n, "CIA", "CIA", NP_ENT_ORG);
    expect(t, m, n, "ICE", "ICE", NP_ENT_ORG);
    /* acronyms that also modify titles ("EU Commissioner") or spell a
     * pronoun ("US"), alone */
    const char *t2 = "The EU said no, and the US agreed with the UN.";
    size_t n2;
    np_entity_mention *m2 = mentions_of(f, t2, &n2);
    if (np_gazetteer_is_org(f->gz, "EU", 2)) /* WordNet installed */
        expect(t2, m2, n2, "EU", "EU", NP_ENT_ORG);
    expect(t2, m2, n2, "US", "US", NP_ENT_PLACE);
    expect(t, m, n, "Mira Tolsen", "Mira Tolsen", NP_ENT_PERSON);
    assert_null(find(t, m, n, "Oh"));
    assert_null(find(t, m, n, "Anybody"));
    if (np_gazetteer_is_common_word(f->gz, "deal", 4)) { /* WordNet installed */
        assert_null(find(t, m, n, "WOW"));
        assert_null(find(t, m, n, "NOTE"));
        assert_null(find(t, m, n, "DEAL"));
        assert_null(find(t, m, n, "SURRENDER"));
    }
}

/* A one-word name the story turns into a nationality adjective ("Vostrian
 * officials") or gives a border is a state, though "X said" voted it a
 * person; someone titled with the name stays a person. */
static void linker_types_states_by_their_demonym(void **state)
{
    fixture *f = *state;
    const char *d0 = "Vostria said it wanted guarantees. Tarmelo said the same on Monday.";
    const char *d1 = "Vostrian officials welcomed the plan, and Tarmelo's border stayed closed.";
    const char *d2 = "Governor Dana Keldan said the vote would count. Keldan said it twice. "
                     "Keldanian officials disagreed.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1, d2}, 3);
    assert_int_equal(np_entity_linker_get(lk, (size_t)entity_of(lk, 0, d0, "Vostria"))->type, NP_ENT_PLACE);
    assert_int_equal(np_entity_linker_get(lk, (size_t)entity_of(lk, 0, d0, "Tarmelo"))->type, NP_ENT_PLACE);
    assert_int_equal(np_entity_linker_get(lk, (size_t)entity_of(lk, 2, d2, "Governor Dana Keldan"))->type, NP_ENT_PERSON);
    np_entity_linker_free(lk);
    /* an untitled person named like the state is still a person */
    const char *d3 = "Mira Tarvan met the press on Friday. Tarvan said the port would reopen.";
    const char *d4 = "Tarvanian officials welcomed the news.";
    lk = link_docs(f, (const char *const[]){d3, d4}, 2);
    assert_int_equal(np_entity_linker_get(lk, (size_t)entity_of(lk, 0, d3, "Mira Tarvan"))->type, NP_ENT_PERSON);
    np_entity_linker_free(lk);
}

/* A sentence adverb or a "-ever" word opening a sentence is not the first
 * word of the name after it; a given name that is also an ordinary word or
 * ends in "-ly" is ("Sally Verne", "Holly Brand"). */
static void sentence_adverbs_are_not_names(void **state)
{
    fixture *f = *state;
    const char *t = "Ironically Orrin Vale had argued for the dam. \"Whatever Tessa Brand says goes,\" he said. "
                    "Clearly Mark Ostrow knew. Sally Verne said the talks went well. Holly Brand agreed.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    for (size_t i = 0; i < n; i++) {
        const char *s = t + m[i].start;
        assert_false(!strncmp(s, "Ironically", 10) || !strncmp(s, "Whatever", 8) || !strncmp(s, "Clearly", 7));
    }
    assert_non_null(find(t, m, n, "Orrin Vale"));
    assert_non_null(find(t, m, n, "Tessa Brand"));
    assert_non_null(find(t, m, n, "Mark Ostrow"));
    assert_non_null(find(t, m, n, "Sally Verne"));
    assert_non_null(find(t, m, n, "Holly Brand"));
}

/* Title modifiers ("White House spokeswoman") that name a body standing
 * alone (WordNet groups); a place WordNet also lists as the body housed
 * there speaks as that body, but a place after "in" does not. */
static void bodies_named_by_their_house(void **state)
{
    fixture *f = *state;
    const char *t = "White House spokeswoman Dana Pereira spoke first. The White House said it would wait. "
                    "Downing Street said the visit was on. A spokeswoman in Washington said it was positive.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    if (!np_gazetteer_is_org(f->gz, "White House", 11))
        skip(); /* WordNet not installed */
    expect(t, m, n, "White House", "White House", NP_ENT_ORG);
    expect(t, m, n, "Downing Street", "Downing Street", NP_ENT_ORG);
    const np_entity_mention *w = find(t, m, n, "Washington");
    assert_true(w && w->type == NP_ENT_PLACE);
    assert_non_null(find(t, m, n, "White House spokeswoman Dana Pereira"));
}

/* A given name that is also a place's ("Jordan", "Chad") opens a
 * person's name when the document names him by the surname alone; an
 * ordinary word after a place is a paper or a team ("Chad Gazette"). */
static void given_names_that_are_places(void **state)
{
    fixture *f = *state;
    const char *t = "Jordan Pell scored twice for the Varn Otters on Sunday. Pell said the team had earned "
                    "the win. The Chad Gazette praised the Otters, and the Gazette's editor agreed.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    if (!np_gazetteer_has(f->gz, "Jordan", 6))
        skip(); /* no gazetteer of countries: nothing to test */
    expect(t, m, n, "Jordan Pell", "Jordan Pell", NP_ENT_PERSON);
    const np_entity_mention *g = find(t, m, n, "Chad Gazette");
    assert_true(!g || g->type != NP_ENT_PERSON);
    /* a team's nickname after "the" is no surname */
    const char *t2 = "The Jordan Velkors won on Sunday, and the Velkors celebrated in the locker room.";
    m = mentions_of(f, t2, &n);
    g = find(t2, m, n, "Jordan Velkors");
    assert_non_null(g);
    assert_int_not_equal(g->type, NP_ENT_PERSON);
}

/* A place named only in a dispatch's dateline ("WEST ORSK —") is shown in
 * the usual case; an acronym of a place ("UAE") stays in capitals. */
static void linker_dateline_place_case(void **state)
{
    fixture *f = *state;
    const char *d0 = "WEST ORSK \u2014 The ferry to the UAE left on Monday, the harbour master said.";
    const char *d1 = "TARNOW \u2014 Officials said the ferry had left.\n\nISLE OF VELM \u2014 The ferry arrived.";
    np_entity_linker *lk = link_docs(f, (const char *const[]){d0, d1}, 2);
    const np_entity *w = np_entity_linker_get(lk, (size_t)entity_of(lk, 0, d0, "WEST ORSK"));
    assert_int_equal(w->type, NP_ENT_PLACE);
    assert_string_equal(w->canonical, "West Orsk");
    const np_entity *t = np_entity_linker_get(lk, (size_t)entity_of(lk, 1, d1, "TARNOW"));
    assert_int_equal(t->type, NP_ENT_PLACE);
    assert_string_equal(t->canonical, "Tarnow");
    const np_entity *pv = np_entity_linker_get(lk, (size_t)entity_of(lk, 1, d1, "ISLE OF VELM"));
    assert_string_equal(pv->canonical, "Isle of Velm");
    const np_entity *u = np_entity_linker_get(lk, (size_t)entity_of(lk, 0, d0, "UAE"));
    assert_string_equal(u->canonical, "UAE");
    np_entity_linker_free(lk);
    /* a letter outside ASCII, and a name another outlet writes in mixed case */
    const char *d2 = "S\u00c3O VELHO \u2014 Floods closed the port on Monday, officials said.";
    const char *d3 = "MCTARVIN \u2014 Officials said the ferry had left.";
    const char *d4 = "Officials in McTarvin said the ferry had left on Monday.";
    lk = link_docs(f, (const char *const[]){d2, d3, d4}, 3);
    const np_entity *sv = np_entity_linker_get(lk, (size_t)entity_of(lk, 0, d2, "S\u00c3O VELHO"));
    assert_string_equal(sv->canonical, "S\u00e3o Velho");
    const np_entity *mc = np_entity_linker_get(lk, (size_t)entity_of(lk, 1, d3, "MCTARVIN"));
    assert_int_equal(mc->type, NP_ENT_PLACE);
    assert_string_equal(mc->canonical, "McTarvin");
    np_entity_linker_free(lk);
}

/* "Mar-a-Lago" is one name (its first word is no month here); "Rancho
 * Mirage, Calif." is a town and its state; a company's or a person's
 * suffix after a comma is no state ("Acme, Inc.", "Smith, Jr."), nor an
 * abbreviation before a capitalised word ("Mass. Democrat"). */
static void hyphened_names_and_state_abbreviations(void **state)
{
    fixture *f = *state;
    const char *t = "Abe flew to Mar-a-Lago on Tuesday. Kell rested at a spa in Rancho Mirage, Calif., last "
                    "Thursday. Ostbury, Colo. police said the road was closed. The firm Acme, Inc. said nothing. "
                    "Jane Doe, Mass. Democrat, voted no.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    assert_non_null(find(t, m, n, "Mar-a-Lago"));
    assert_null(find(t, m, n, "Lago"));
    expect(t, m, n, "Rancho Mirage", "Rancho Mirage", NP_ENT_PLACE);
    expect(t, m, n, "Calif", "Calif", NP_ENT_PLACE);
    expect(t, m, n, "Colo", "Colo", NP_ENT_PLACE);
    const np_entity_mention *x = find(t, m, n, "Inc");
    assert_true(!x || x->type != NP_ENT_PLACE);
    x = find(t, m, n, "Mass");
    assert_true(!x || x->type != NP_ENT_PLACE);
    x = find(t, m, n, "Jane Doe");
    assert_true(!x || x->type != NP_ENT_PLACE);
    /* a line-up ends the same way with names that are no states */
    const char *t2 = "Subs not used: Kane, Bell, Ford, Dunn.\nThe winner was Tom Ruiz, Mex., who led.";
    m = mentions_of(f, t2, &n);
    const char *names[] = {"Ford", "Dunn", "Tom Ruiz", "Mex"};
    for (size_t k = 0; k < 4; k++) {
        x = find(t2, m, n, names[k]);
        if (x && x->type == NP_ENT_PLACE)
            fail_msg("'%s' typed a place", names[k]);
    }
}

/* A conjunction opening a clause is no name, nor part of the name after
 * it ("noise: Whether it was ...", "Whether Ruiz stays ..."). */
static void conjunctions_open_no_names(void **state)
{
    fixture *f = *state;
    const char *t = "It was a night of noise: Whether it was the hosts or the guests, nobody could tell. "
                    "Whether Tomas Ruiz stays is up to the board, Ana Vik said.";
    size_t n;
    np_entity_mention *m = mentions_of(f, t, &n);
    for (size_t i = 0; i < n; i++)
        if (!strncmp(t + m[i].start, "Whether", 7))
            fail_msg("'%.*s' is a mention", (int)(m[i].end - m[i].start), t + m[i].start);
    expect(t, m, n, "Tomas Ruiz", "Tomas Ruiz", NP_ENT_PERSON);
    /* a label in capitals before a dash is no place; a known place is */
    const char *t2 = "BREAKING \u2014 A fire broke out in the harbour.\nNICE \u2014 The fire is out.";
    m = mentions_of(f, t2, &n);
    assert_null(find(t2, m, n, "BREAKING"));
    if (np_gazetteer_has(f->gz, "Nice", 4))
        expect(t2, m, n, "NICE", "NICE", NP_ENT_PLACE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(titles_and_people),
        cmocka_unit_test(orgs_and_acronyms),
        cmocka_unit_test(ampersand_in_a_body_name),
        cmocka_unit_test(group_after_of_and_quoted_names),
        cmocka_unit_test(companies_and_storms),
        cmocka_unit_test(linker_surname_by_document),
        cmocka_unit_test(linker_company_named_short),
        cmocka_unit_test(headline_lines_are_not_people),
        cmocka_unit_test(places_people_and_initials),
        cmocka_unit_test(joined_initials_open_a_name),
        cmocka_unit_test(lists_and_ordinals_are_no_towns),
        cmocka_unit_test(surname_that_is_a_place_after_a_title),
        cmocka_unit_test(names_set_off_after_a_role),
        cmocka_unit_test(initials_clubs_and_firm_roles),
        cmocka_unit_test(names_typed_by_the_noun_before),
        cmocka_unit_test(datelines_and_place_context),
        cmocka_unit_test(descriptions_are_not_names),
        cmocka_unit_test(headings_groups_and_things_are_not_people),
        cmocka_unit_test(bodies_by_their_shape_and_appositive),
        cmocka_unit_test(shouted_words_are_not_names),
        cmocka_unit_test(month_names_as_surnames),
        cmocka_unit_test(given_names_where_only_a_person_goes),
        cmocka_unit_test(kin_given_names),
        cmocka_unit_test(name_particles_and_for_complements),
        cmocka_unit_test(place_given_names_in_a_person_slot),
        cmocka_unit_test(common_noun_acronyms),
        cmocka_unit_test(adjective_before_a_brand),
        cmocka_unit_test(hyphenated_name_syllables),
        cmocka_unit_test(agency_names_with_and),
        cmocka_unit_test(roles_in_bodies_with_and),
        cmocka_unit_test(linker_word_acronyms),
        cmocka_unit_test(linker_given_names),
        cmocka_unit_test(linker_types_states_by_their_demonym),
        cmocka_unit_test(linker_drops_words_used_in_lower_case),
        cmocka_unit_test(linker_merges_variants),
        cmocka_unit_test(linker_acronym_spells_one_body),
        cmocka_unit_test(linker_juniors_short_names),
        cmocka_unit_test(linker_named_apart),
        cmocka_unit_test(linker_arabic_article),
        cmocka_unit_test(linker_place_led_bodies),
        cmocka_unit_test(linker_keeps_different_people_apart),
        cmocka_unit_test(ranks_and_role_surnames),
        cmocka_unit_test(speaking_place_is_the_person),
        cmocka_unit_test(division_named_short),
        cmocka_unit_test(linker_merges_spellings),
        cmocka_unit_test(linker_family_name_first),
        cmocka_unit_test(sentence_adverbs_are_not_names),
        cmocka_unit_test(bodies_named_by_their_house),
        cmocka_unit_test(given_names_that_are_places),
        cmocka_unit_test(linker_dateline_place_case),
        cmocka_unit_test(hyphened_names_and_state_abbreviations),
        cmocka_unit_test(conjunctions_open_no_names),
        cmocka_unit_test(members_and_speakers),
        cmocka_unit_test(month_surname_alone),
        cmocka_unit_test(places_bodies_and_short_roles),
        cmocka_unit_test(linker_romanized_names_and_relatives),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
