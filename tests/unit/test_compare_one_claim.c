/*
 * tests/unit/test_compare_one_claim.c — one sentence, one claim (issue 8):
 * no two facts of a brief cite overlapping words of one document, whichever
 * stage made them.  A sentence stating two claims ("X signed the accord at
 * a summit in Vell") is cut between them, each fact citing the words that
 * say it; a sentence that says one claim stays with one fact.  Invented
 * stories.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_internal.h"
#include "compare/brief_model.h"

/* Byte span of ref r in its document, 0 when not found. */
static int span_of(const np_brief *b, const np_bref *r, size_t *start, size_t *end)
{
    const char *t = b->docs[r->doc].text, *p = r->text && r->text[0] ? strstr(t, r->text) : NULL;
    if (!p)
        return 0;
    *start = (size_t)(p - t);
    *end = *start + strlen(r->text);
    return 1;
}

/* Pairs of refs of two different facts citing overlapping words of one
 * document (printed, for the failure's reader). */
static size_t shared_words(const np_brief *b)
{
    size_t n = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        for (size_t j = i + 1; j < b->n_facts; j++)
            for (size_t x = 0; x < b->facts[i].n_support; x++)
                for (size_t y = 0; y < b->facts[j].n_support; y++) {
                    const np_bref *p = &b->facts[i].support[x], *q = &b->facts[j].support[y];
                    size_t a0, a1, b0, b1;
                    if (p->doc != q->doc || !span_of(b, p, &a0, &a1) || !span_of(b, q, &b0, &b1) || a0 >= b1 ||
                        b0 >= a1)
                        continue;
                    printf("shared: %s '%s' / '%s'\n", b->docs[p->doc].key, p->text, q->text);
                    n++;
                }
    return n;
}

/* The fact with the most outlets whose refs all hold needle, or NULL. */
static const np_brief_fact *fact_all_holding(const np_brief *b, const char *needle)
{
    const np_brief_fact *best = NULL;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        size_t k = 0;
        while (k < f->n_support && strstr(f->support[k].text, needle))
            k++;
        if (k == f->n_support && f->n_docs >= 2 && (!best || f->n_docs > best->n_docs))
            best = f;
    }
    return best;
}

/* Each outlet tells the signing and where it happened in one sentence. */
static const char *const signed_there[4] = {
    "Varga and Lund signed a nine-point accord on the grain corridor at the end of a summit in Tarvik on Monday, "
    "while Ostria stayed away from the talks.\n\n"
    "The accord lets cargo ships pass the straits under a joint inspection regime.\n",
    "The nine-point accord on the grain corridor was signed by Varga and Lund after a two-day summit in Tarvik.\n\n"
    "Insurers said they would return to the ports within a few weeks.\n",
    "TARVIK, Ostria – Varga and Lund signed a nine-point accord on the grain corridor on Monday, ending months "
    "of quarrels over the inspections.\n\n"
    "Ostria refused to join the accord and recalled its envoy.\n",
    "At a summit in Tarvik on Monday, Varga and Lund signed a nine-point accord on the grain corridor that "
    "lets the ships through.\n\n"
    "Exporters welcomed the accord, although they said the fees remained high.\n",
};

static void test_place_and_claim_split_one_sentence(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", signed_there, 4);
    const np_brief_fact *place = NULL;
    for (size_t i = 0; i < b->n_facts; i++)
        if (!strncmp(b->facts[i].summary, "Where it happened", 17))
            place = &b->facts[i];
    assert_non_null(place);
    assert_true(place->n_docs >= 3);
    /* the accord stays told by the outlets whose sentence also says where */
    const np_brief_fact *accord = fact_all_holding(b, "nine-point");
    assert_non_null(accord);
    assert_true(accord->n_docs >= 3);
    assert_true(np_test_cites(b, accord->support, accord->n_support, "b.txt", "signed by Varga and Lund"));
    assert_true(np_test_cites(b, place->support, place->n_support, "b.txt", "summit in Tarvik"));
    assert_true(np_test_cites(b, accord->support, accord->n_support, "d.txt", "Varga and Lund signed"));
    assert_true(np_test_cites(b, place->support, place->n_support, "d.txt", "summit in Tarvik"));
    /* and no words are told twice */
    assert_int_equal(shared_words(b), 0);
    np_brief_free(b);
}

/* a.txt and d.txt each state two claims in one sentence (that the plan
 * could be the basis of a deal, and her condition); b.txt and c.txt
 * state the first: the whole-sentence fact and the clause fact of the
 * condition each cite their own words of the sentence. */
static const char *const two_claims[4] = {
    "Prime Minister Ilse Varga acknowledged that the grain corridor plan \u201ccould serve as the basis for a "
    "lasting deal,\u201d yet she repeated her conditions, saying \u201cthe inspectors must leave our ports "
    "first.\u201d\n\n"
    "The plan was drafted by mediators over three weeks of talks.\n",
    "\u201cOn the whole, we accept that this could serve as the basis for a lasting deal,\u201d Varga said of the "
    "grain corridor plan.\n\n"
    "She added that the inspectors must leave the ports before any deal is signed.\n",
    "Varga said the grain corridor plan \u201ccould serve as the basis for a lasting deal\u201d but insisted that "
    "the inspectors leave the ports first.\n\n"
    "Mediators drafted the plan during three weeks of talks.\n",
    "Varga accepted that the grain corridor plan could be the basis for a lasting deal, but she repeated that "
    "the inspectors must leave the ports first.\n\n"
    "The mediators spent three weeks drafting the plan.\n",
};

static void test_two_claims_of_one_sentence_cut_apart(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", two_claims, 4);
    assert_int_equal(shared_words(b), 0);
    /* the condition is corroborated by a.txt and d.txt, in their own words */
    int condition = 0, basis = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        condition |= f->n_docs >= 2 && np_test_cites(b, f->support, f->n_support, "a.txt", "inspectors must leave") &&
                     np_test_cites(b, f->support, f->n_support, "d.txt", "inspectors must leave");
        basis |= f->n_docs >= 3 && np_test_cites(b, f->support, f->n_support, "b.txt", "basis for a lasting deal") &&
                 np_test_cites(b, f->support, f->n_support, "d.txt", "basis for a lasting deal");
    }
    assert_true(condition);
    assert_true(basis);
    np_brief_free(b);
}

/* One outlet's quotation of two sentences, which no other outlet prints:
 * one single-source item showing the whole quotation, not one item per
 * sentence each showing half of it (an opening mark never closed). */
static const char *const two_sentence_quote[3] = {
    "Mayor Helen Marsh met the harbour board in Tallby on Tuesday to settle the toll dispute.\n\n"
    "The board will publish its decision on the tolls next week.\n",
    "Tallby mayor Helen Marsh held talks with the harbour board on Tuesday about the toll dispute.\n\n"
    "The board is due to publish its decision on the tolls next week.\n",
    "Helen Marsh, the mayor of Tallby, met the harbour board on Tuesday over the toll dispute.\n\n"
    "\u201cThe cranes on the north quay will be replaced before the winter storms. Every skipper who lost a "
    "season deserves that much,\u201d Marsh said.\n\n"
    "Fishermen have blocked the harbour twice since the spring.\n",
};

/* The items of b citing words x or y of document doc, each of which must
 * cite both (one quotation shown whole, never cut in pieces); the last in
 * *last. */
static size_t items_citing_both(const np_brief *b, const char *doc, const char *x, const char *y,
                                const np_brief_fact **last)
{
    size_t items = 0;
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        int has_x = np_test_cites(b, f->support, f->n_support, doc, x);
        int has_y = np_test_cites(b, f->support, f->n_support, doc, y);
        if (has_x || has_y) {
            assert_true(has_x && has_y);
            items++;
            *last = f;
        }
    }
    return items;
}

static void test_quotation_of_one_outlet_is_one_item(void **state)
{
    (void)state;
    np_brief *b = np_test_brief_led("2026-04-13", two_sentence_quote, 3);
    const np_brief_fact *f = NULL;
    assert_int_equal(items_citing_both(b, "c.txt", "cranes on the north quay", "Every skipper", &f), 1);
    assert_non_null(strstr(f->summary, "\u201d Marsh said"));
    np_brief_free(b);
}

/* The same in straight marks, the paragraph ending in a quotation that
 * runs on into the next (an odd count of marks: the last one opens). */
static void test_quotation_before_a_run_on_quotation(void **state)
{
    (void)state;
    const char *texts[3] = {
        two_sentence_quote[0], two_sentence_quote[1],
        "Helen Marsh, the mayor of Tallby, met the harbour board on Tuesday over the toll dispute.\n\n"
        "\"The cranes on the north quay will be replaced before the winter storms. Every skipper who lost a "
        "season deserves that much,\" Marsh said. \"The board has agreed to pay for all of the dredging work.\n\n"
        "\"The dredgers will arrive from Brask in October,\" she added.\n\n"
        "Fishermen have blocked the harbour twice since the spring.\n"};
    np_brief *b = np_test_brief_led("2026-04-13", texts, 3);
    const np_brief_fact *f = NULL;
    assert_int_equal(items_citing_both(b, "c.txt", "cranes on the north quay", "Every skipper", &f), 1);
    np_brief_free(b);
}

/* a.txt's sentence says what b.txt says (she pleaded not guilty) and
 * what c.txt says (the charges concern her port work), in words that
 * cannot be cut apart: it supports one of the two facts, not both. */
static const char *const one_sentence_two_facts[3] = {
    "Ilse Varga has pleaded not guilty to charges of bribery and fraud related to her work for the Tarvik port "
    "authority.\n\n"
    "The port authority said it would review every contract she signed since 2019.\n",
    "Varga has continued to maintain her innocence, pleading not guilty to those charges in a district court on "
    "May 8.\n\n"
    "Her lawyer said the case rested on the word of a single witness.\n",
    "Prosecutors have brought several charges against Varga, but none relate to her work for the Tarvik port "
    "authority.\n\n"
    "The inquiry has so far cost the city more than two million euros.\n",
};

static void test_sentence_in_one_fact_only(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-05-10", one_sentence_two_facts, 3);
    size_t citing = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        citing += np_test_cites(b, b->facts[i].support, b->facts[i].n_support, "a.txt", "pleaded not guilty");
    assert_int_equal(citing, 1);
    assert_int_equal(shared_words(b), 0);
    np_brief_free(b);
}

/* A fact whose head was cut to a clause ("saying he ..."), starts inside
 * a quotation or opens on a pronoun is shown by a ref of it that reads
 * better alone; a fact with no such ref, or headed by a line of its own,
 * keeps its head. */
static void test_fact_is_headed_by_a_whole_sentence(void **state)
{
    (void)state;
    np_bref cut[3] = {{0, "saying he dropped the trip over the port contract."},
                      {1, "he will sign it,\" the mayor said."},
                      {2, "At the time, Mayor Kell said he dropped the trip over the port contract."}};
    np_bref frag[2] = {{0, "saying he left early."}, {1, "and left before the vote."}};
    np_bref place[2] = {{0, "in Vardo"}, {1, "Mayor Kell spoke in Vardo."}};
    np_bref pronoun[3] = {{0, "They then torched the van."}, {1, "He said \"they burned it"},
                          {2, "The robbers then torched the van."}};
    np_bref all_pronouns[2] = {{0, "They fled in a second car."}, {1, "They escaped in another car."}};
    /* a reporter's post quoting the speaker, against an outlet telling it */
    np_bref quoted[3] = {
        {0, "Ana Pell of the Courier wrote: \"The weir will not reopen this year, and the path stays shut,\" "
            "Kell said."},
        {1, "\"The weir will not reopen this year, and the path stays shut,\" he said."},
        {2, "Mayor Kell said the weir would stay closed for the rest of the year."}};
    np_bref all_quoted[2] = {{0, "\"The weir stays shut,\" Kell said."}, {1, "\"It stays shut,\" Kell said."}};
    /* as readable, a third of it a quotation, against none */
    np_bref part_quoted[2] = {{0, "Ana Pell of the Courier wrote: \"The weir will stay shut,\" Kell said."},
                              {1, "Mayor Kell said the weir would stay shut until June."}};
    /* a head cut at a colon or a comma, against a whole sentence */
    np_bref colon[2] = {{0, "The mayor gave drivers one piece of advice for the week:"},
                        {1, "The mayor told drivers to avoid the weir road all week."}};
    np_brief_fact f[9];
    memset(f, 0, sizeof f);
    f[0].support = cut, f[0].n_support = 3, f[0].summary = cut[0].text;
    f[1].support = frag, f[1].n_support = 2, f[1].summary = frag[0].text;
    f[2].support = place, f[2].n_support = 2, f[2].summary = "Where it happened: Vardo";
    np_brief b;
    memset(&b, 0, sizeof b);
    f[3].support = pronoun, f[3].n_support = 3, f[3].summary = pronoun[0].text;
    f[4].support = all_pronouns, f[4].n_support = 2, f[4].summary = all_pronouns[0].text;
    f[5].support = quoted, f[5].n_support = 3, f[5].summary = quoted[0].text;
    f[6].support = all_quoted, f[6].n_support = 2, f[6].summary = all_quoted[0].text;
    f[7].support = part_quoted, f[7].n_support = 2, f[7].summary = part_quoted[0].text;
    f[8].support = colon, f[8].n_support = 2, f[8].summary = colon[0].text;
    b.facts = f;
    b.n_facts = 9;
    np_align_readable_heads(NULL, &b);
    assert_string_equal(f[0].summary, "At the time, Mayor Kell said he dropped the trip over the port contract.");
    assert_ptr_equal(f[0].summary, f[0].support[0].text);
    assert_int_equal(f[0].n_support, 3);
    assert_string_equal(f[1].summary, "saying he left early.");
    assert_string_equal(f[2].summary, "Where it happened: Vardo");
    assert_string_equal(f[2].support[0].text, "in Vardo");
    /* a head opening on a pronoun gives way to a ref naming who */
    assert_string_equal(f[3].summary, "The robbers then torched the van.");
    assert_int_equal(f[3].support[0].doc, 2);
    assert_string_equal(f[4].summary, "They fled in a second car.");
    /* a head that is mostly a quotation, or much more of one than
     * another ref as readable, gives way to a ref in the outlet's own
     * words; among quotations the first stays */
    assert_string_equal(f[5].summary, "Mayor Kell said the weir would stay closed for the rest of the year.");
    assert_int_equal(f[5].support[0].doc, 2);
    assert_string_equal(f[6].summary, "\"The weir stays shut,\" Kell said.");
    assert_string_equal(f[7].summary, "Mayor Kell said the weir would stay shut until June.");
    assert_string_equal(f[8].summary, "The mayor told drivers to avoid the weir road all week.");
}

/* Semicolons that separate the items of a list ("the chair, of Vell; the
 * warden, of Tarn; and the union head, of Kessel, wrote ...") are no
 * clause boundaries: the list is the subject of one clause, and a claim
 * unit cut at them starts "and the union ... wrote" (a fragment that drops
 * two of the three writers). */
static const char *const semicolon_list[3] = {
    "Harbour board chair Ines Dahl, of Vell; port warden Otto Lind, of Tarn; and pilots' union head Mara Sund, "
    "of Kessel, wrote in a shared letter that the closure \"protects every skipper who works the north quay "
    "until the new cranes arrive.\"\n\n"
    "The north quay has been closed since the storm on Monday, when two cranes collapsed.\n",
    "The shared letter came from harbour board chair Ines Dahl, port warden Otto Lind and pilots' union head "
    "Mara Sund.\n\n"
    "\"The closure protects every skipper who works the north quay until the new cranes arrive,\" it said.\n\n"
    "Two cranes collapsed on the north quay during Monday's storm, and the quay has been closed since.\n",
    "Harbour board chair Ines Dahl, port warden Otto Lind and pilots' union head Mara Sund signed the shared "
    "letter.\n\n"
    "In it they argue that the closure \"protects every skipper who works the north quay until the new cranes "
    "arrive.\"\n\n"
    "The quay was closed on Monday after two cranes fell in the storm.\n",
};

static void test_semicolon_list_is_not_cut(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", semicolon_list, 3);
    size_t seen = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        for (size_t k = 0; k < b->facts[i].n_support; k++) {
            const np_bref *r = &b->facts[i].support[k];
            if (strcmp(b->docs[r->doc].key, "a.txt") != 0 || (!strstr(r->text, "Dahl") && !strstr(r->text, "Sund")))
                continue;
            seen++;
            assert_non_null(strstr(r->text, "Ines Dahl"));
            assert_non_null(strstr(r->text, "Mara Sund"));
        }
    assert_int_equal(seen, 1);
    assert_int_equal(shared_words(b), 0);
    np_brief_free(b);
}

/* "claims of fraud, bribery, and extortion": the last item of a comma
 * series is no clause, so no fact cites "and extortion ..." alone; a
 * clause after the series still is one. */
static const char *const comma_series[3] = {
    "The port audit was published on Monday after a year of delays.\n\n"
    "Harbour board chair Ada Holm of the north ward; port warden Per Vik of the east ward; and pilots' union "
    "head Mara Sund of the south ward said in a joint letter that the audit \"shows the mayor wanted claims "
    "of fraud, bribery, and extortion between his office and the dredging contractors fully investigated.\"\n",
    "The long-delayed port audit came out on Monday.\n\n"
    "\"The council audit shows the mayor wanted claims of fraud, bribery, and extortion between his office and "
    "the dredging contractors fully investigated,\" the three wrote.\n",
    "An audit of the port was released on Monday.\n\n"
    "Harbour board chair Ada Holm, port warden Per Vik and pilots' union head Mara Sund said in a joint letter "
    "that the audit was damning for the mayor.\n\n"
    "The harbour master flew to Oslo, Bergen, and Tromso, and met the ferry operators about the winter timetable.\n",
};

/* ... nor a subject of two names, the first with its title between commas:
 * "Ada Holm, the harbour board's former chair," is no clause (a guard: the
 * fragment came up in real news, where another outlet's appositive matched
 * it; these texts join the whole sentences either way). */
static const char *const compound_subject[3] = {
    "The port audit was published on Monday.\n\n"
    "Ada Holm, the harbour board's former chair, and Per Vik were charged on Oct. 27 with conspiracy and money "
    "laundering linked to the dredging contracts.\n",
    "The long-delayed port audit came out on Monday.\n\n"
    "The inquiry began after Ada Holm, the harbour board's former chair, quit, and prosecutors soon opened a "
    "case against the dredging firm.\n",
    "An audit of the port was released on Monday.\n",
};

static void test_comma_series_is_not_cut(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", comma_series, 3);
    for (size_t i = 0; i < b->n_facts; i++)
        for (size_t k = 0; k < b->facts[i].n_support; k++)
            assert_false(strncmp(b->facts[i].support[k].text, "and extortion", 13) == 0);
    np_brief_free(b);
    b = np_test_brief("2026-04-13", compound_subject, 3);
    for (size_t i = 0; i < b->n_facts; i++)
        for (size_t k = 0; k < b->facts[i].n_support; k++) {
            const char *t = b->facts[i].support[k].text;
            size_t n = strlen(t);
            assert_false(n >= 5 && !strcmp(t + n - 5, "chair")); /* "Ada Holm, the ... former chair" */
        }
    np_brief_free(b);
}

/* A quotation left open at the end of its paragraph, the next paragraph
 * opening none, ends there (its closing mark was never written): one
 * single-source item shows it whole, not one item per sentence, the first
 * opening a mark it never closes.  A quotation that a second one follows
 * in the paragraph (another speaker's) is not read to the paragraph's end. */
static const char *const open_at_paragraph_end[3] = {
    "Engineer Lotte Marr reopened the rebuilt lock at Tarvik on Saturday.\n\n"
    "Standing on the gate, Marr thanked the crews: \u201cNobody on this site stopped working through the winter. "
    "Each of them came back after the floods and began again from the footings.\n\n"
    "Barges will use the lock from Monday, the canal trust said.\n\n"
    "Marr also praised the divers: \u201cThey worked blind in the silt for weeks. None of them ever complained. "
    "Her deputy then said \u201cWe owe them the reopening.\u201d\n",
    "The rebuilt lock at Tarvik was reopened on Saturday by engineer Lotte Marr.\n\n"
    "The canal trust said barges may use it from Monday.\n",
    "Tarvik's lock is open again after a winter of repairs, engineer Lotte Marr said on Saturday.\n\n"
    "Barge traffic resumes on Monday, according to the canal trust.\n",
};

static void test_quotation_open_at_paragraph_end(void **state)
{
    (void)state;
    np_brief *b = np_test_brief_led("2026-04-13", open_at_paragraph_end, 3);
    const np_brief_fact *f = NULL;
    assert_int_equal(items_citing_both(b, "a.txt", "stopped working", "from the footings", &f), 1);
    /* the divers' quotation stops where the deputy's begins */
    for (size_t i = 0; i < b->n_facts; i++)
        if (np_test_cites(b, b->facts[i].support, b->facts[i].n_support, "a.txt", "worked blind"))
            assert_false(np_test_cites(b, b->facts[i].support, b->facts[i].n_support, "a.txt", "We owe them"));
    np_brief_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_place_and_claim_split_one_sentence),
        cmocka_unit_test(test_two_claims_of_one_sentence_cut_apart),
        cmocka_unit_test(test_quotation_of_one_outlet_is_one_item),
        cmocka_unit_test(test_quotation_before_a_run_on_quotation),
        cmocka_unit_test(test_sentence_in_one_fact_only),
        cmocka_unit_test(test_fact_is_headed_by_a_whole_sentence),
        cmocka_unit_test(test_semicolon_list_is_not_cut),
        cmocka_unit_test(test_comma_series_is_not_cut),
        cmocka_unit_test(test_quotation_open_at_paragraph_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
