/* Unit tests for render/: the text and Markdown briefs are parsed back —
 * every section heading carries its item count, an empty section says
 * "none found", sources show a title and a date (or say they are unknown),
 * and the single-source list is ranked and capped while JSON keeps all of
 * it.  The brief is built by hand from invented sentences. */
#include "testutil.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/brief_model.h"
#include "render/render.h"

#define N_SINGLE 20

static const char *k_doc0 =
    "Harbour master Ines Varga said 14 ferries would sail on Monday. "
    "A filler sentence about the weather follows here. "
    "Another plain sentence closes the first report.";
static const char *k_doc1 = "The port reopened after the storms. Gulls circled the quay all day.";

typedef struct fixture {
    np_brief b;
    np_brief_doc docs[2];
    np_brief_fact facts[N_SINGLE + 1];
    np_bref refs[N_SINGLE + 3];
    char texts[N_SINGLE][64];
    np_brief_entity ent;
    np_bref ent_ref;
    np_brief_number num;
} fixture;

/* Two documents, one agreed fact, N_SINGLE single-source facts of which
 * the one naming a person and a figure (first sentence of doc 0) matters
 * most; no quotes, discrepancies, framing, timeline or summary. */
static void build(fixture *f)
{
    memset(f, 0, sizeof *f);
    f->b.story_id = 7;
    f->docs[0] = (np_brief_doc){.key = "a.txt", .title = "Ferries sail again", .published = "2026-05-04",
                                .outlet = "The Veldstad Post", .text = k_doc0};
    f->docs[1] = (np_brief_doc){.key = "b.txt", .text = k_doc1};
    f->b.docs = f->docs;
    f->b.n_docs = 2;
    f->refs[0] = (np_bref){0, "The port reopened."};
    f->refs[1] = (np_bref){1, "The port reopened after the storms."};
    f->facts[0] = (np_brief_fact){.summary = "The port reopened.", .support = &f->refs[0], .n_support = 2, .n_docs = 2};
    for (int i = 0; i < N_SINGLE; i++) {
        /* fillers first, so ranking (not input order) must lift the key fact */
        const char *t;
        if (i == N_SINGLE - 1)
            t = "Harbour master Ines Varga said 14 ferries would sail on Monday.";
        else {
            snprintf(f->texts[i], sizeof f->texts[i], "Filler claim number %d of the gull report.", i);
            t = f->texts[i];
        }
        f->refs[2 + i] = (np_bref){i == N_SINGLE - 1 ? 0 : 1, t};
        f->facts[1 + i] = (np_brief_fact){.summary = t, .support = &f->refs[2 + i], .n_support = 1, .n_docs = 1};
    }
    f->b.facts = f->facts;
    f->b.n_facts = N_SINGLE + 1;
    f->ent_ref = (np_bref){0, "Ines Varga"};
    f->ent = (np_brief_entity){.name = "Ines Varga", .type = "PERSON", .variants = &f->ent_ref, .n_variants = 1,
                               .n_docs = 1, .n_mentions = 1};
    f->b.entities = &f->ent;
    f->b.n_entities = 1;
    f->num = (np_brief_number){.doc = 0, .text = "14 ferries", .value = 14};
    f->b.numbers = &f->num;
    f->b.n_numbers = 1;
}

typedef struct section {
    char title[96];
    int count, shown; /* shown = count unless "top K shown" */
    int items;        /* item lines parsed under the heading */
    int none_found;
    char first[160];  /* first item line */
} section;

/* Parse plain-text output: "Title (N)" or "Title (N, top K shown)" above a
 * dashed underline, then item lines ("  * ", "  - ", "  2026-...") until
 * the next heading. */
static int parse_text(const char *out, section *s, int cap)
{
    int n = 0;
    const char *p = out;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        const char *next = e ? e + 1 : p + len;
        if (e && next[0] == '-' && len > 3 && p[len - 1] == ')' && n < cap) {
            section *c = &s[n++];
            memset(c, 0, sizeof *c);
            const char *open = NULL;
            for (const char *q = p; q < p + len; q++)
                if (*q == '(')
                    open = q;
            assert_non_null(open);
            snprintf(c->title, sizeof c->title, "%.*s", (int)(open - p - 1), p);
            if (sscanf(open, "(%d, top %d shown)", &c->count, &c->shown) != 2) {
                assert_int_equal(sscanf(open, "(%d)", &c->count), 1);
                c->shown = c->count;
            }
        } else if (n > 0 && len > 4 && p[0] == ' ' && p[1] == ' ' && p[2] != ' ') {
            section *c = &s[n - 1];
            if (!strncmp(p, "  none found", len))
                c->none_found = 1;
            else if (!c->items++)
                snprintf(c->first, sizeof c->first, "%.*s", (int)len, p);
        }
        p = next;
    }
    return n;
}

static const section *get(const section *s, int n, const char *title)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(s[i].title, title))
            return &s[i];
    fail_msg("no section '%s'", title);
    return NULL;
}

/* The brief rendered as JSON, parsed: *root (the caller json_decref()s
 * it) and its first story. */
static json_t *json_story(const np_brief *b, json_t **root)
{
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&b, 1, NP_RENDER_JSON, &out), NP_OK);
    json_error_t je;
    *root = json_loads(out.data, 0, &je);
    np_buf_free(&out);
    assert_non_null(*root);
    return json_array_get(json_object_get(*root, "stories"), 0);
}

static void text_sections_say_counts(void **state)
{
    (void)state;
    fixture f;
    build(&f);
    const np_brief *one = &f.b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_TEXT, &out), NP_OK);
    section s[16];
    int n = parse_text(out.data, s, 16);
    const section *src = get(s, n, "Sources");
    assert_int_equal(src->count, 2);
    assert_int_equal(src->items, 2);
    assert_non_null(strstr(out.data, "The Veldstad Post: Ferries sail again (2026-05-04)"));
    assert_non_null(strstr(out.data, "b.txt: (no title) (date unknown)")); /* file name only when nothing is known */
    const section *agree = get(s, n, "What the outlets agree on");
    assert_int_equal(agree->count, 1);
    assert_int_equal(agree->items, 1);
    const section *single = get(s, n, "Reported by one outlet only");
    assert_int_equal(single->count, N_SINGLE);
    assert_int_equal(single->shown, 15);
    assert_int_equal(single->items, 15);
    assert_non_null(strstr(single->first, "Ines Varga said 14 ferries")); /* ranked first */
    static const char *const empty[] = {"Summary", "Quotes", "Discrepancies", "Timeline",
                                        "Framing (loaded words most other outlets avoid)"};
    for (size_t i = 0; i < sizeof empty / sizeof *empty; i++) {
        const section *e = get(s, n, empty[i]);
        assert_int_equal(e->count, 0);
        assert_int_equal(e->items, 0);
        assert_true(e->none_found);
    }
    const section *who = get(s, n, "Who and what");
    assert_int_equal(who->count, 1);
    assert_int_equal(who->items, 1);
    np_buf_free(&out);
}

static void markdown_and_json(void **state)
{
    (void)state;
    fixture f;
    build(&f);
    const np_brief *one = &f.b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_MARKDOWN, &out), NP_OK);
    const char *d = strstr(out.data, "## Discrepancies (0)\n\n_none found_");
    assert_non_null(d);
    assert_non_null(strstr(out.data, "## Reported by one outlet only (20, top 15 shown)"));
    json_t *root;
    json_t *facts = json_object_get(json_story(one, &root), "facts");
    assert_int_equal(json_array_size(facts), N_SINGLE + 1); /* JSON keeps every fact */
    json_decref(root);
    np_buf_free(&out);
}

/* A discrepancy reads as its one-line explanation, then each conflicting
 * value under the outlet that gives it (the file key only when no outlet is
 * known), so the reader can check each side. */
static void discrepancy_shows_explanation_and_values(void **state)
{
    (void)state;
    fixture f;
    build(&f);
    np_bref items[2] = {{0, "14 ferries"}, {1, "12 ferries"}};
    np_brief_discrepancy disc = {.kind = "number", .what = "number: 14 (a.txt) vs 12 (b.txt)",
                                 .explain = "The number of ferries differs: 14 in The Veldstad Post vs 12 in b.txt.",
                                 .items = items, .n_items = 2};
    f.b.discrepancies = &disc;
    f.b.n_discrepancies = 1;
    const np_brief *one = &f.b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_TEXT, &out), NP_OK);
    section s[16];
    int n = parse_text(out.data, s, 16);
    const section *d = get(s, n, "Discrepancies");
    assert_int_equal(d->count, 1);
    assert_false(d->none_found);
    assert_non_null(strstr(d->first, "The number of ferries differs"));
    assert_null(strstr(out.data, "number: 14 (a.txt)")); /* the file-key line is not shown */
    assert_non_null(strstr(out.data, "The Veldstad Post: \u201c14 ferries\u201d"));
    assert_non_null(strstr(out.data, "b.txt: \u201c12 ferries\u201d"));
    np_buf_free(&out);
}

/* A framing term another outlet uses too names that outlet, in text and
 * in JSON ("also_in"): the word is this outlet's more than the others', not
 * its alone. */
static void framing_names_outlets_using_the_word_too(void **state)
{
    (void)state;
    fixture f;
    build(&f);
    static const int also[1] = {1};
    np_brief_term terms[2] = {{.term = "tyrant", .category = "loaded label", .sentence = {0, NULL}, .also = also,
                               .n_also = 1},
                              {.term = "draconian", .category = "intensifier", .sentence = {0, NULL}}};
    np_brief_framing fr = {.doc = 0, .terms = terms, .n_terms = 2};
    f.b.framing = &fr;
    f.b.n_framing = 1;
    const np_brief *one = &f.b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_TEXT, &out), NP_OK);
    assert_non_null(strstr(out.data, "tyrant (loaded label; also b.txt), draconian (intensifier)"));
    np_buf_reset(&out);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_JSON, &out), NP_OK);
    json_error_t je;
    json_t *root = json_loads(out.data, 0, &je);
    assert_non_null(root);
    json_t *cats = json_object_get(json_array_get(json_object_get(json_array_get(json_object_get(root, "stories"), 0),
                                                                   "framing"), 0), "categories");
    json_t *a0 = json_object_get(json_array_get(cats, 0), "also_in"), *a1 = json_object_get(json_array_get(cats, 1), "also_in");
    assert_int_equal(json_array_size(a0), 1);
    assert_string_equal(json_string_value(json_array_get(a0, 0)), "b.txt");
    assert_int_equal(json_array_size(a1), 0);
    json_decref(root);
    np_buf_free(&out);
}

/* Each loaded word is shown in its sentence, cut to a window of words
 * around it ("..." where cut), or whole when short; a word without a
 * sentence gets no line. */
static void framing_word_shown_in_its_sentence(void **state)
{
    (void)state;
    fixture f;
    build(&f);
    np_brief_term terms[3] = {
        {.term = "tyrant",
         .category = "loaded label",
         .sentence = {0, "On the first day of the long strike the port workers of Veldstad marched to the town hall to "
                         "denounce the tyrant who runs the harbour office and his new rota for the night crews, "
                         "which nobody had been asked about."}},
        {.term = "draconian", .category = "intensifier", .sentence = {0, "The draconian rota starts in May."}},
        {.term = "chaos", .category = "intensifier", .sentence = {0, NULL}}};
    np_brief_framing fr = {.doc = 0, .terms = terms, .n_terms = 3};
    f.b.framing = &fr;
    f.b.n_framing = 1;
    const np_brief *one = &f.b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_TEXT, &out), NP_OK);
    assert_non_null(strstr(out.data, "      tyrant: \u201c\u2026port workers of Veldstad marched to the town hall to "
                                     "denounce the tyrant who runs the harbour office and his new rota for the "
                                     "night\u2026\u201d\n"));
    assert_non_null(strstr(out.data, "      draconian: \u201cThe draconian rota starts in May.\u201d\n"));
    assert_null(strstr(out.data, "      chaos:"));
    np_buf_reset(&out);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_MARKDOWN, &out), NP_OK);
    assert_non_null(strstr(out.data, "  - draconian: \u201cThe draconian rota starts in May.\u201d\n"));
    np_buf_free(&out);
}

/* A single-source quotation that names nobody is shown with who said it,
 * and an item leaning on the sentence before it with that sentence, in
 * text and JSON. */
static void quotation_shown_with_its_speaker(void **state)
{
    (void)state;
    fixture f;
    build(&f);
    f.facts[N_SINGLE].speaker = "Ines Varga"; /* the key fact, ranked first */
    f.facts[N_SINGLE].context = (np_bref){0, "The storms had closed the port for a week."};
    const np_brief *one = &f.b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_TEXT, &out), NP_OK);
    assert_non_null(strstr(out.data, "  * Ines Varga: Harbour master Ines Varga said 14 ferries"));
    assert_null(strstr(out.data, ": Filler claim"));
    /* the sentence it leans on, under it */
    assert_non_null(strstr(out.data, "[The Veldstad Post]\n      after: \u201cThe storms had closed the port for a week.\u201d\n"));
    np_buf_reset(&out);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_JSON, &out), NP_OK);
    assert_non_null(strstr(out.data, "\"speaker\": \"Ines Varga\""));
    assert_non_null(strstr(out.data, "\"context\": {"));
    np_buf_free(&out);
}

/* Outlets running one wire copy are shown as fewer independent sources, in
 * text and in JSON; a fact with no copies says nothing extra. */
static void wire_copies_shown_as_not_independent(void **state)
{
    (void)state;
    fixture f;
    build(&f);
    f.facts[0].n_independent = 1; /* both outlets print the same agency copy */
    const np_brief *one = &f.b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_TEXT, &out), NP_OK);
    assert_non_null(strstr(out.data, "2 outlets (1 independent): The port reopened."));
    json_t *root;
    json_t *fact = json_array_get(json_object_get(json_story(one, &root), "facts"), 0);
    assert_int_equal(json_integer_value(json_object_get(fact, "outlets")), 2);
    assert_int_equal(json_integer_value(json_object_get(fact, "independent")), 1);
    json_decref(root);
    /* a document printing another's text whole: the sources say whose */
    f.docs[1].same_text_as = 1;
    np_buf_reset(&out);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_TEXT, &out), NP_OK);
    assert_non_null(strstr(out.data, "b.txt: (no title) (date unknown); same text as The Veldstad Post\n"));
    json_t *docs = json_object_get(json_story(one, &root), "documents");
    assert_string_equal(json_string_value(json_object_get(json_array_get(docs, 1), "same_text_as")), "a.txt");
    assert_null(json_object_get(json_array_get(docs, 0), "same_text_as"));
    json_decref(root);
    f.docs[1].same_text_as = 0;
    f.facts[0].n_independent = 2;
    np_buf_reset(&out);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_TEXT, &out), NP_OK);
    assert_null(strstr(out.data, "independent"));
    assert_non_null(strstr(out.data, "2 outlets: The port reopened."));
    np_buf_free(&out);
}

/* Two articles of one outlet are one outlet saying it: the fact is no
 * agreement of outlets but the outlet's own claim, in text and in JSON,
 * and the outlet is listed once. */
static void one_outlet_twice_is_one_outlet(void **state)
{
    (void)state;
    fixture f;
    build(&f);
    f.docs[1].outlet = "The Veldstad Post"; /* a second article of the same paper */
    const np_brief *one = &f.b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_TEXT, &out), NP_OK);
    section s[16];
    int n = parse_text(out.data, s, 16);
    assert_int_equal(get(s, n, "What the outlets agree on")->count, 0);
    assert_int_equal(get(s, n, "Reported by one outlet only")->count, N_SINGLE + 1);
    assert_null(strstr(out.data, "2 outlets"));
    assert_null(strstr(out.data, "The Veldstad Post, The Veldstad Post"));
    json_t *root;
    json_t *fact = json_array_get(json_object_get(json_story(one, &root), "facts"), 0);
    assert_int_equal(json_integer_value(json_object_get(fact, "outlets")), 1);
    assert_int_equal(json_integer_value(json_object_get(fact, "documents")), 2);
    assert_true(json_is_true(json_object_get(fact, "single_source")));
    json_decref(root);
    np_buf_free(&out);
}

/* A fact whose words are a piece of a longer quotation is shown as the
 * excerpt it is in text: the elision marked, the quotation mark it lacks
 * added; JSON keeps the exact words.  A quotation the article itself
 * leaves open at its paragraph's end (the next paragraph opens none) is
 * shown as the article prints it: nothing of it is left out. */
static void quotation_pieces_shown_as_excerpts(void **state)
{
    (void)state;
    static const char *doc =
        "The mayor said: \"The quay will reopen. The board has paid for it.\"\n\n"
        "He added: \"We are ready. Boats can come back\n\nThe harbour was quiet on Sunday.\n\n"
        "\"The berths are repaired. The fees stay as they are. Ferries return in May,\" the board said.\n\n"
        "The memo read: \"The board paid for the quay. (The city did not. It was paid in full.)\"\n\n"
        "Police said the man is 5'10\" and about 30. He wore a black coat.";
    fixture f;
    build(&f);
    f.docs[1].text = doc;
    np_bref opens = {1, "The mayor said: \"The quay will reopen."};
    np_bref closes = {1, "The board has paid for it.\""};
    np_bref open_by_article = {1, "He added: \"We are ready. Boats can come back"};
    f.facts[1] = (np_brief_fact){.summary = opens.text, .support = &opens, .n_support = 1, .n_docs = 1};
    f.facts[2] = (np_brief_fact){.summary = closes.text, .support = &closes, .n_support = 1, .n_docs = 1};
    f.facts[3] = (np_brief_fact){.summary = open_by_article.text, .support = &open_by_article, .n_support = 1,
                                 .n_docs = 1};
    np_bref inside = {1, "The fees stay as they are."};
    np_bref bracket = {1, "It was paid in full.)\""};
    np_bref inch = {1, "He wore a black coat."};
    f.facts[4] = (np_brief_fact){.summary = inside.text, .support = &inside, .n_support = 1, .n_docs = 1};
    f.facts[5] = (np_brief_fact){.summary = bracket.text, .support = &bracket, .n_support = 1, .n_docs = 1};
    f.facts[6] = (np_brief_fact){.summary = inch.text, .support = &inch, .n_support = 1, .n_docs = 1};
    f.b.n_facts = 7;
    const np_brief *one = &f.b;
    np_buf out;
    np_buf_init(&out, 0);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_TEXT, &out), NP_OK);
    assert_non_null(strstr(out.data, "The mayor said: \"The quay will reopen. [\u2026]\" [b.txt]"));
    assert_non_null(strstr(out.data, "\"[\u2026] The board has paid for it.\" [b.txt]"));
    assert_non_null(strstr(out.data, "He added: \"We are ready. Boats can come back [b.txt]"));
    /* a sentence inside a quotation, with no mark of its own, is shown as
     * the quoted words it is; one that closes after a bracket too */
    assert_non_null(strstr(out.data, "\"[\u2026] The fees stay as they are. [\u2026]\" [b.txt]"));
    assert_non_null(strstr(out.data, "\"[\u2026] It was paid in full.)\" [b.txt]"));
    /* an inch mark opens no quotation */
    assert_non_null(strstr(out.data, "  * He wore a black coat. [b.txt]"));
    np_buf_reset(&out);
    assert_int_equal(np_render_briefs(&one, 1, NP_RENDER_JSON, &out), NP_OK);
    assert_null(strstr(out.data, "\u2026"));
    np_buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_sections_say_counts),
        cmocka_unit_test(markdown_and_json),
        cmocka_unit_test(discrepancy_shows_explanation_and_values),
        cmocka_unit_test(framing_names_outlets_using_the_word_too),
        cmocka_unit_test(framing_word_shown_in_its_sentence),
        cmocka_unit_test(quotation_shown_with_its_speaker),
        cmocka_unit_test(wire_copies_shown_as_not_independent),
        cmocka_unit_test(one_outlet_twice_is_one_outlet),
        cmocka_unit_test(quotation_pieces_shown_as_excerpts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
