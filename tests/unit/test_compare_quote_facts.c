/*
 * tests/unit/test_compare_quote_facts.c — a claim that is only a quote is
 * grouped with its quote group (compare/quote_facts.c).
 *
 * Invented three-outlet story: two outlets print one wording of the mayor's
 * statement, the third a translation in other words ("foundation for lasting
 * trade" / "basis for durable commerce"); the quote section groups all three,
 * so the fact of the statement must cite all three outlets.  A different
 * statement of the same speaker stays out of it.
 *
 * Then, on invented harbour and dam stories: every outlet of a quote group
 * joins the quotation's fact whatever its words (a free sentence whole, a
 * sentence stating only the quotation moved from its fact, a sentence that
 * also states another claim by its quoted words only), the sections and
 * formats give one count, and a quotation of several sentences is shown
 * whole (compare/quote_facts.c, np_compare_quote_spans).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "testutil.h"

#include "compare/brief.h"
#include "compare/brief_model.h"
#include "core/buf.h"
#include "core/doc.h"
#include "render/render.h"

static const char *const story_a =
    "Mayor Helen Marsh opened the new bridge over the Lode river in Tallby on Tuesday.\n\n"
    "The bridge links Tallby with the market town of Brask for the first time in forty years.\n\n"
    "\u201cIn general, we believe the new bridge can be the foundation for lasting trade between our towns,\u201d "
    "Marsh said.\n\n"
    "The province paid most of the cost of the bridge, which took three years to build.\n\n"
    "\u201cThe school budget will be debated next month,\u201d Marsh said.\n";

static const char *const story_b =
    "Tallby mayor Helen Marsh opened a bridge across the Lode river on Tuesday.\n\n"
    "The crossing joins Tallby to Brask, a market town, after forty years without a bridge.\n\n"
    "\u201cIn general, we believe this bridge can be the foundation for lasting trade between our towns,\u201d "
    "Marsh told the crowd.\n\n"
    "Construction took three years and was mostly paid for by the province.\n\n"
    "Critics said the toll was too high for local farmers.\n";

static const char *const story_c =
    "Helen Marsh, the mayor of Tallby, opened the Lode river bridge on Tuesday.\n\n"
    "For forty years there had been no bridge between Tallby and Brask.\n\n"
    "\u201cOverall, we think this crossing could well be a basis for durable commerce among our communities,\u201d "
    "Marsh said, adding that the province had listened to the town.\n\n"
    "The work lasted three years, and the province covered most of the bill.\n\n"
    "\u201cOur teachers deserve a raise before the winter,\u201d Marsh said.\n";

static np_doc *make_doc(const char *key, const char *text)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_doc_set(&d->key, key), NP_OK);
    assert_int_equal(np_doc_set(&d->outlet, key), NP_OK);
    assert_int_equal(np_doc_set(&d->published, "2025-06-03"), NP_OK);
    assert_int_equal(np_doc_set(&d->text, text), NP_OK);
    return d;
}

static int have_wordnet(void)
{
    struct stat sb;
    return stat("/usr/share/wordnet/data.noun", &sb) == 0;
}

/* The fact citing a sentence of doc key containing needle, or NULL. */
static const np_brief_fact *fact_with(const np_brief *b, const char *key, const char *needle)
{
    for (size_t f = 0; f < b->n_facts; f++)
        for (size_t k = 0; k < b->facts[f].n_support; k++) {
            const np_bref *r = &b->facts[f].support[k];
            if (!strcmp(b->docs[r->doc].key, key) && strstr(r->text, needle))
                return &b->facts[f];
        }
    return NULL;
}

static int cites(const np_brief *b, const np_brief_fact *f, const char *key, const char *needle)
{
    for (size_t k = 0; f && k < f->n_support; k++)
        if (!strcmp(b->docs[f->support[k].doc].key, key) && strstr(f->support[k].text, needle))
            return 1;
    return 0;
}

/* A short quotation two outlets print, in sentences the alignment does not
 * link (too few words in common around it), is a fact of its own: the
 * agreement section cites the two outlets the quote section lists. */
static void test_quotation_no_fact_states_becomes_one(void **state)
{
    (void)state;
    np_brief *br = np_test_brief3(
        "2025-06-03",
        "Mayor Helen Marsh opened the new bridge over the Lode river in Tallby on Tuesday.\n\n"
        "Asked whether the toll would stay at two crowns, Marsh said: \u201cYou can write that down.\u201d\n\n"
        "The province paid most of the cost of the bridge.\n",
        "Tallby mayor Helen Marsh opened a bridge across the Lode river on Tuesday.\n\n"
        "\u201cYou can write that down,\u201d Marsh told farmers who feared a higher toll.\n\n"
        "Construction took three years.\n",
        "Critics in Brask said the new bridge toll was too high for local farmers.\n");
    const np_brief_fact *f = fact_with(br, "a.txt", "You can write that down");
    assert_non_null(f);
    assert_int_equal(f->n_docs, 2);
    assert_true(cites(br, f, "b.txt", "You can write that down"));
    np_brief_free(br);
}

static void test_translation_joins_fact(void **state)
{
    (void)state;
    if (!have_wordnet())
        skip();
    np_doc *docs[3] = {make_doc("a.txt", story_a), make_doc("b.txt", story_b), make_doc("c.txt", story_c)};
    np_brief *b = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, 3, 5, &b, &err), NP_OK);
    const np_brief_fact *f = fact_with(b, "a.txt", "foundation for lasting trade");
    assert_non_null(f);
    assert_true(cites(b, f, "b.txt", "foundation for lasting trade"));
    assert_true(cites(b, f, "c.txt", "basis for durable commerce"));
    assert_int_equal(f->n_docs, 3);
    /* the speaker's other statements are not this one */
    assert_false(cites(b, f, "a.txt", "school budget"));
    assert_false(cites(b, f, "c.txt", "teachers deserve"));
    /* one claim per sentence: the translation is cited by no other fact */
    size_t n = 0;
    for (size_t g = 0; g < b->n_facts; g++)
        n += cites(b, &b->facts[g], "c.txt", "basis for durable commerce");
    assert_int_equal(n, 1);
    np_brief_free(b);
    for (int i = 0; i < 3; i++)
        np_doc_free(docs[i]);
}

/* ------------------------------------------------ the group's outlets join
 *
 * Invented harbour story.  The governor's statement is printed by three
 * outlets: two in near-identical words (the alignment makes them a fact),
 * the third in other words inside a sentence that says nothing else (it is
 * in no fact).  A fourth outlet in the second story prints it in a sentence
 * that also reports a second claim, which two other outlets report too. */
static const char *const harbour_a =
    "Governor Ilse Varnow reopened the old harbour of Kessel on Monday after two years of repairs.\n\n"
    "The repairs cost 40 million crowns and were paid by the province.\n\n"
    "\u201cThe harbour belongs to the fishermen of this coast, not to the banks,\u201d Varnow said.\n\n"
    "Three trawlers were the first boats to moor at the new quay.\n";
static const char *const harbour_b =
    "The old harbour of Kessel reopened on Monday, two years after storms wrecked its quay.\n\n"
    "Governor Ilse Varnow said the province had paid the 40 million crowns the repairs cost.\n\n"
    "\u201cThe harbour belongs to the fishermen of this coast and not to the banks,\u201d Varnow told the crowd.\n\n"
    "Three trawlers moored first at the rebuilt quay.\n";
static const char *const harbour_c =
    "Kessel has its harbour back: Governor Ilse Varnow reopened it on Monday after two years of work.\n\n"
    "The province spent 40 million crowns on the repairs.\n\n"
    "Varnow, who grew up in a village north of Kessel, told the press that "
    "\u201cthe harbour is the property of the fishing folk of this shore, never of the lenders.\u201d\n\n"
    "The first vessels to tie up were three trawlers.\n";

static const np_brief_quote *quote_with(const np_brief *b, const char *needle)
{
    for (size_t q = 0; q < b->n_quotes; q++)
        for (size_t v = 0; v < b->quotes[q].n_variants; v++)
            if (strstr(b->quotes[q].variants[v].text, needle))
                return &b->quotes[q];
    return NULL;
}

static void dump(const np_brief *b)
{
    if (!getenv("QF_TEST_DUMP"))
        return;
    for (size_t f = 0; f < b->n_facts; f++) {
        fprintf(stderr, "fact %zu (%zu)\n", f, b->facts[f].n_docs);
        for (size_t k = 0; k < b->facts[f].n_support; k++)
            fprintf(stderr, "   %s | %s\n", b->docs[b->facts[f].support[k].doc].key, b->facts[f].support[k].text);
    }
    for (size_t q = 0; q < b->n_quotes; q++) {
        fprintf(stderr, "quote %zu (%zu) %s\n", q, b->quotes[q].n_docs, b->quotes[q].speaker);
        for (size_t v = 0; v < b->quotes[q].n_variants; v++)
            fprintf(stderr, "   %s | %s\n", b->docs[b->quotes[q].variants[v].doc].key, b->quotes[q].variants[v].text);
    }
}

static void test_free_variant_joins_whatever_its_words(void **state)
{
    (void)state;
    if (!have_wordnet())
        skip();
    np_brief *b = np_test_brief3("2026-03-02", harbour_a, harbour_b, harbour_c);
    dump(b);
    const np_brief_quote *q = quote_with(b, "fishing folk");
    assert_non_null(q);
    assert_int_equal(q->n_docs, 3);
    const np_brief_fact *f = fact_with(b, "a.txt", "belongs to the fishermen");
    assert_non_null(f);
    assert_true(cites(b, f, "b.txt", "belongs to the fishermen"));
    assert_true(cites(b, f, "c.txt", "fishing folk"));
    /* the agreement item counts the outlets the quote section lists */
    assert_int_equal(f->n_docs, q->n_docs);
    np_brief_free(b);
}

/* The third outlet prints the statement in a sentence that also reports
 * the fee cut, a claim the other two outlets state in sentences of their
 * own: that sentence belongs to the fee cut; the statement's fact cites
 * the quoted words alone. */
static const char *const fees_a =
    "Governor Ilse Varnow reopened the old harbour of Kessel on Monday after two years of repairs.\n\n"
    "\u201cThe harbour belongs to the fishermen of this coast, not to the banks,\u201d Varnow said.\n\n"
    "The province will cut mooring fees for trawlers by half from April.\n\n"
    "Three trawlers were the first boats to moor at the new quay.\n";
static const char *const fees_b =
    "The old harbour of Kessel reopened on Monday, two years after storms wrecked its quay.\n\n"
    "\u201cThe harbour belongs to the fishermen of this coast and not to the banks,\u201d Varnow told the crowd.\n\n"
    "Mooring fees for trawlers will be cut by half from April, the province said.\n\n"
    "Three trawlers moored first at the rebuilt quay.\n";
static const char *const fees_c =
    "Kessel has its harbour back: Governor Ilse Varnow reopened it on Monday after two years of work.\n\n"
    "\u201cThe harbour is the property of the fishing folk of this shore, never of the lenders,\u201d Varnow said, "
    "adding that mooring fees for trawlers would be cut by half from April.\n\n"
    "The first vessels to tie up were three trawlers.\n";

static void test_variant_stating_second_claim_stays(void **state)
{
    (void)state;
    if (!have_wordnet())
        skip();
    np_brief *b = np_test_brief3("2026-03-02", fees_a, fees_b, fees_c);
    dump(b);
    const np_brief_quote *q = quote_with(b, "fishing folk");
    assert_non_null(q);
    assert_int_equal(q->n_docs, 3);
    /* the sentence stays with the fee cut it also reports */
    const np_brief_fact *fee = fact_with(b, "a.txt", "mooring fees");
    assert_non_null(fee);
    assert_true(cites(b, fee, "c.txt", "adding that mooring fees"));
    /* the statement's fact has all three outlets, the third by its
     * quoted words only (not the fee cut) */
    const np_brief_fact *f = fact_with(b, "a.txt", "belongs to the fishermen");
    assert_non_null(f);
    assert_int_equal(f->n_docs, q->n_docs);
    assert_true(cites(b, f, "c.txt", "fishing folk"));
    assert_false(cites(b, f, "c.txt", "mooring fees"));
    np_brief_free(b);
}

/* Text, Markdown and JSON give the statement the same count under
 * agreement and under quotes. */
static np_buf render(const np_brief *b, np_render_format fmt)
{
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&b, 1, fmt, &out), NP_OK);
    assert_int_equal(np_buf_append(&out, "", 1), NP_OK);
    return out;
}

/* The number in "N outlets" of the agreement line showing `shown`, and
 * the one in "(N outlets)" of the first quote group after `quotes`. */
static void counts_in(const char *text, const char *shown, const char *quotes, size_t *agree, size_t *quote)
{
    const char *at = strstr(text, shown);
    assert_non_null(at);
    const char *ln = at;
    while (ln > text && ln[-1] != '\n')
        ln--;
    while (ln < at && !isdigit((unsigned char)*ln))
        ln++;
    *agree = strtoul(ln, NULL, 10);
    const char *q = strstr(text, quotes);
    assert_non_null(q);
    q = strstr(q, " outlets)");
    assert_non_null(q);
    while (q > text && isdigit((unsigned char)q[-1]))
        q--;
    *quote = strtoul(q, NULL, 10);
}

static void test_sections_give_one_count(void **state)
{
    (void)state;
    if (!have_wordnet())
        skip();
    np_brief *b = np_test_brief3("2026-03-02", fees_a, fees_b, fees_c);
    size_t agree, quote;
    np_buf out = render(b, NP_RENDER_TEXT);
    counts_in(out.data, "outlets: \u201cThe harbour belongs", "\nQuotes (", &agree, &quote);
    assert_int_equal(agree, 3);
    assert_int_equal(quote, 3);
    np_buf_free(&out);
    out = render(b, NP_RENDER_MARKDOWN);
    counts_in(out.data, "outlets: \u201cThe harbour belongs", "## Quotes (", &agree, &quote);
    assert_int_equal(agree, 3);
    assert_int_equal(quote, 3);
    np_buf_free(&out);
    /* JSON: the fact's "outlets" and the group's, and the docs cited */
    out = render(b, NP_RENDER_JSON);
    json_error_t jerr;
    json_t *root = json_loads(out.data, 0, &jerr);
    assert_non_null(root);
    json_t *st = json_array_get(json_object_get(root, "stories"), 0);
    json_t *facts = json_object_get(st, "facts"), *quotes = json_object_get(st, "quotes");
    json_int_t in_fact = -1, in_quote = -1;
    for (size_t i = 0; i < json_array_size(facts); i++)
        if (strstr(json_string_value(json_object_get(json_array_get(facts, i), "summary")), "belongs to the fishermen"))
            in_fact = json_integer_value(json_object_get(json_array_get(facts, i), "outlets"));
    for (size_t i = 0; i < json_array_size(quotes); i++)
        if (json_array_size(json_object_get(json_array_get(quotes, i), "variants")) == 3)
            in_quote = json_integer_value(json_object_get(json_array_get(quotes, i), "outlets"));
    assert_int_equal(in_fact, 3);
    assert_int_equal(in_quote, 3);
    json_decref(root);
    np_buf_free(&out);
    np_brief_free(b);
}

/* A fact shown by the first sentence of a two-sentence quotation shows the
 * whole quotation (or a complete sentence), never an unclosed mark. */
static const char *const dam_a =
    "Engineers closed the sluices of the Tarvo dam on Friday after a week of rain.\n\n"
    "\u201cThe lake is full. We cannot take another drop,\u201d chief engineer Mara Olin said.\n\n"
    "Towns below the dam were told to move cars from the river bank.\n";
static const char *const dam_b =
    "The Tarvo dam shut its sluices on Friday after seven days of rain.\n\n"
    "\u201cThe lake is full. We cannot take one more drop,\u201d chief engineer Mara Olin told reporters.\n\n"
    "Towns below the dam were asked to move cars away from the river bank.\n";
static const char *const dam_c =
    "After a week of rain, the sluices of the Tarvo dam were closed on Friday.\n\n"
    "Residents of towns below the dam were told to move their cars from the river bank.\n";

static int balanced(const char *t)
{
    int depth = 0;
    for (const char *p = t; *p; p++) {
        if (!strncmp(p, "\u201c", 3))
            depth++;
        else if (!strncmp(p, "\u201d", 3) && --depth < 0)
            return 0;
    }
    return depth == 0;
}

static void test_fragment_of_quotation_shown_whole(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2026-05-08", dam_a, dam_b, dam_c);
    dump(b);
    int seen = 0;
    for (size_t f = 0; f < b->n_facts; f++) {
        const np_brief_fact *fa = &b->facts[f];
        if (!strstr(fa->summary, "drop"))
            continue;
        seen = 1;
        assert_true(balanced(fa->summary));
    }
    assert_true(seen);
    for (size_t i = 0; i < b->n_summary; i++)
        assert_true(balanced(b->summary[i].text));
    np_brief_free(b);
}

/* Two outlets print one two-sentence quotation; the alignment pairs it
 * sentence by sentence.  The brief shows the statement once, whole. */
static const char *const spill_a =
    "Engineers opened the spillway of the Tarvo dam on Friday after a week of rain.\n\n"
    "\u201cThe reservoir has reached its highest level in forty years. We cannot store another drop of rain "
    "without opening the spillway,\u201d chief engineer Mara Olin said.\n\n"
    "Towns below the dam were told to move cars from the river bank.\n";
static const char *const spill_b =
    "The spillway of the Tarvo dam was opened on Friday after seven days of rain.\n\n"
    "\u201cThe reservoir has reached its highest level in forty years. We cannot store one more drop of rain "
    "without opening the spillway,\u201d chief engineer Mara Olin told reporters.\n\n"
    "Towns below the dam were asked to move cars away from the river bank.\n";
static const char *const spill_c =
    "After a week of rain, the spillway of the Tarvo dam was opened on Friday.\n\n"
    "Residents of towns below the dam were told to move their cars from the river bank.\n";

static void test_quotation_aligned_by_sentence_is_one_fact(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2026-05-08", spill_a, spill_b, spill_c);
    dump(b);
    size_t n = 0;
    for (size_t f = 0; f < b->n_facts; f++) {
        const np_brief_fact *fa = &b->facts[f];
        if (!strstr(fa->summary, "highest level") && !strstr(fa->summary, "drop of rain"))
            continue;
        n++;
        assert_true(balanced(fa->summary));
        assert_int_equal(fa->n_docs, 2);
        assert_true(cites(b, fa, "a.txt", "highest level in forty years. We cannot store another drop"));
        assert_true(cites(b, fa, "b.txt", "highest level in forty years. We cannot store one more drop"));
    }
    assert_int_equal(n, 1);
    np_brief_free(b);
}

/* The third outlet's wording sits in a fact of reported speech (the others
 * also tell in their own words what the governor meant); its sentence
 * states nothing but the quotation and who said it, so it moves to the
 * quotation's fact. */
static const char *const said_a =
    "Governor Ilse Varnow reopened the old harbour of Kessel on Monday after two years of repairs.\n\n"
    "\u201cThe harbour belongs to the fishermen of this coast, not to the banks,\u201d Varnow said.\n\n"
    "Varnow said the banks that lent money for the repairs would get no say over the harbour.\n\n"
    "Three trawlers were the first boats to moor at the new quay.\n";
static const char *const said_b =
    "The old harbour of Kessel reopened on Monday, two years after storms wrecked its quay.\n\n"
    "\u201cThe harbour belongs to the fishermen of this coast and not to the banks,\u201d Varnow told the crowd.\n\n"
    "The banks that lent money for the repairs would have no say over the harbour, Varnow said.\n\n"
    "Three trawlers moored first at the rebuilt quay.\n";
static const char *const said_c =
    "Kessel has its harbour back: Governor Ilse Varnow reopened it on Monday after two years of work.\n\n"
    "\u201cNo bank that lent money for the repairs will have a say over this harbour; it is the property "
    "of the fishing folk,\u201d Varnow said.\n\n"
    "The first vessels to tie up were three trawlers.\n";

static void test_quote_only_sentence_moves_to_its_group(void **state)
{
    (void)state;
    if (!have_wordnet())
        skip();
    np_brief *b = np_test_brief3("2026-03-02", said_a, said_b, said_c);
    dump(b);
    const np_brief_quote *q = quote_with(b, "fishing folk");
    assert_non_null(q);
    assert_int_equal(q->n_docs, 3);
    const np_brief_fact *f = fact_with(b, "a.txt", "belongs to the fishermen");
    assert_non_null(f);
    assert_true(cites(b, f, "c.txt", "fishing folk"));
    assert_int_equal(f->n_docs, q->n_docs);
    /* the reported speech keeps its two outlets; the sentence is in one fact */
    const np_brief_fact *r = fact_with(b, "a.txt", "would get no say");
    assert_non_null(r);
    assert_true(cites(b, r, "b.txt", "would have no say"));
    assert_false(cites(b, r, "c.txt", "fishing folk"));
    size_t n = 0;
    for (size_t g = 0; g < b->n_facts; g++)
        n += cites(b, &b->facts[g], "c.txt", "fishing folk");
    assert_int_equal(n, 1);
    np_brief_free(b);
}

/* One statement cut three ways (compare/quote_facts.c, sentence_facts()):
 * a.txt quotes two sentences and then, after "she said", a third; b.txt
 * prints the last one with words of its own after it; c.txt the last one
 * only, word order changed.  The last quoted sentence is one claim the
 * three outlets state, whatever the quotations around it; the first is
 * a.txt's alone.  Another statement of the same speaker that shares the
 * subject ("spillway") stays out. */
static const char *const cut_a =
    "Mayor Ines Varga visited the cracked Orlo dam on Friday with two engineers.\n\n"
    "\u201cThe concrete is older than anyone here. The warnings came every winter. Our grandparents fished "
    "in this lake and sold carp at the Lusk market. The pumps rusted, the cables snapped, the ladders fell "
    "apart. Nobody in the capital answered a single letter from our council. Teachers, bakers and nurses "
    "paid for sandbags out of their own wages. The spillway should never have been built there,\u201d Varga "
    "said on the crest of the dam while rain fell on the flooded orchards.\n\n"
    "Farmers below the dam moved their cattle to higher fields.\n";
static const char *const cut_b =
    "Engineers inspected the Orlo dam on Friday after a crack appeared in its wall.\n\n"
    "\u201cThe spillway should have never been built there, but we will be discussing repairs with the "
    "province,\u201d Varga told reporters.\n\n"
    "\u201cWe will open the spillway gates slowly next week,\u201d Varga said.\n";
static const char *const cut_c =
    "A crack in the Orlo dam worried the valley on Friday.\n\n"
    "\u201cIt is a scandal that the spillway should have never been built there,\u201d Varga said after meeting "
    "farmers from Lusk, Brenn and Ostro at the school gym.\n\n"
    "Cattle were moved away from the river.\n";

/* A quoted sentence of six words or more that two outlets print in the same
 * words with no speaker named (a note on a gate, a chalkboard) is one
 * claim both state; a shorter one (a five-word slogan on a banner and in a
 * crowd's chant) is what many say on many occasions, and stays apart. */
static void test_unattributed_quoted_sentence_one_fact(void **state)
{
    (void)state;
    static const char *const a =
        "Dock workers in Velmar walked out on Monday over the new shift plan.\n\n"
        "Union stewards pinned a hand-written note to the padlocked gate of the container terminal beside the "
        "old customs house, where lorries queued into the evening: \"Not one crane will move until Friday.\"\n\n"
        "Pickets at the western quay hung a banner over the weighbridge and the empty lorry park: \"Nobody "
        "unloads ships this week.\"\n";
    static const char *const b =
        "Velmar's dock workers went on strike on Monday against the operator's new shift plan.\n\n"
        "\"Not one crane will move until Friday,\" read a chalkboard that tourists photographed outside the "
        "ferry ticket hall on the northern pier.\n\n"
        "\"Nobody unloads ships this week,\" chanted students marching past the cathedral toward the town hall "
        "square.\n";
    static const char *const c =
        "A strike by dock workers closed the port of Velmar on Monday.\n\n"
        "\"We will keep the ferries in the harbour,\" said harbour master Ines Varga.\n\n"
        "Students from the naval college rowed a regatta in the bay.\n";
    np_brief *br = np_test_brief3("2026-04-10", a, b, c);
    const np_brief_fact *f = fact_with(br, "a.txt", "padlocked gate");
    assert_non_null(f);
    assert_true(cites(br, f, "b.txt", "read a chalkboard"));
    const np_brief_fact *g = fact_with(br, "a.txt", "weighbridge");
    assert_true(!g || !cites(br, g, "b.txt", "chanted students"));
    np_brief_free(br);
}

static void test_recut_quoted_sentence_one_fact(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2026-04-10", cut_a, cut_b, cut_c);
    dump(b);
    const np_brief_fact *f = fact_with(b, "b.txt", "discussing repairs");
    assert_non_null(f);
    assert_true(cites(b, f, "a.txt", "should never have been built"));
    assert_true(cites(b, f, "c.txt", "a scandal"));
    assert_false(cites(b, f, "a.txt", "older than anyone"));
    assert_false(cites(b, f, "b.txt", "gates slowly"));
    np_brief_free(b);
}

/* The quote section (compare/quotes.c): the three quotations, cut
 * differently, print one quoted sentence in the same words and are one
 * statement; the speaker's other statement on the spillway is not in it. */
static void test_recut_quotation_one_group(void **state)
{
    (void)state;
    np_brief *b = np_test_brief3("2026-04-10", cut_a, cut_b, cut_c);
    const np_brief_quote *q = quote_with(b, "older than anyone");
    assert_non_null(q);
    assert_int_equal(q->n_docs, 3);
    assert_true(quote_with(b, "gates slowly") != q);
    np_brief_free(b);
}

/* A quoted sentence that states two claims ("a ruinous contract that
 * should never have been signed") sits in the fact of one of them; the
 * other claim, printed alone by two more outlets in other quotations, is
 * a fact of its own citing those two (each would otherwise be "reported
 * by one outlet only"). */
static const char *const two_claims[] = {
    "Mayor Ines Varga spoke about the Orlo ferry on Monday.\n\n"
    "\u201cIt is a ruinous contract that should never have been signed,\u201d Varga said at the pier.\n",
    "Mayor Ines Varga spoke about the Orlo ferry on Monday.\n\n"
    "Varga said the ferry deal with the shipping firm was a ruinous contract for the town.\n",
    "Mayor Ines Varga spoke about the Orlo ferry on Monday.\n\n"
    "The ferry contract with the shipping firm is ruinous for the town, Varga said.\n",
    "Mayor Ines Varga spoke about the Orlo ferry on Monday.\n\n"
    "\u201cIt should have never been signed, and every councillor knows it,\u201d Varga said, "
    "standing beside three fishermen from Lusk.\n",
    "Mayor Ines Varga spoke about the Orlo ferry on Monday.\n\n"
    "\u201cIt should never have been signed,\u201d Varga told the radio station in Brenn before the vote on "
    "harbour fees.\n",
};

static void test_second_claim_of_quoted_sentence(void **state)
{
    (void)state;
    np_brief *b = np_test_brief("2026-04-13", two_claims, 5);
    dump(b);
    const np_brief_fact *f = fact_with(b, "d.txt", "every councillor");
    assert_non_null(f);
    assert_true(cites(b, f, "e.txt", "radio station"));
    assert_false(cites(b, f, "b.txt", "ruinous"));
    /* the first outlet's sentence stays in the fact of its other claim */
    const np_brief_fact *r = fact_with(b, "b.txt", "ruinous contract");
    assert_non_null(r);
    assert_true(cites(b, r, "a.txt", "ruinous contract"));
    assert_true(f != r);
    np_brief_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_translation_joins_fact),
        cmocka_unit_test(test_quotation_no_fact_states_becomes_one),
        cmocka_unit_test(test_free_variant_joins_whatever_its_words),
        cmocka_unit_test(test_variant_stating_second_claim_stays),
        cmocka_unit_test(test_sections_give_one_count),
        cmocka_unit_test(test_fragment_of_quotation_shown_whole),
        cmocka_unit_test(test_quotation_aligned_by_sentence_is_one_fact),
        cmocka_unit_test(test_quote_only_sentence_moves_to_its_group),
        cmocka_unit_test(test_recut_quoted_sentence_one_fact),
        cmocka_unit_test(test_unattributed_quoted_sentence_one_fact),
        cmocka_unit_test(test_recut_quotation_one_group),
        cmocka_unit_test(test_second_claim_of_quoted_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
