/*
 * render/render.c — briefs as JSON (the shape ../shared/tools/check_brief.py
 * reads, plus "story", "outlets" and "summary"), plain text and Markdown.
 * See render.h.  Borrows the briefs; appends to `out`.
 */
#include "render/excerpt.h"
#include "render/jsonout.h"
#include "render/render.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <strings.h>

#include "compare/brief_model.h"

np_status np_render_format_parse(const char *name, np_render_format *out)
{
    if (!name || !out)
        return NP_EINVAL;
    if (strcasecmp(name, "text") == 0 || strcasecmp(name, "txt") == 0)
        *out = NP_RENDER_TEXT;
    else if (strcasecmp(name, "md") == 0 || strcasecmp(name, "markdown") == 0)
        *out = NP_RENDER_MARKDOWN;
    else if (strcasecmp(name, "json") == 0)
        *out = NP_RENDER_JSON;
    else
        return NP_EINVAL;
    return NP_OK;
}

/* The outlet's name as shown to people: the publication, else the doc key. */
static const char *outlet_of(const np_brief *b, int doc)
{
    if (doc < 0 || (size_t)doc >= b->n_docs)
        return "?";
    const np_brief_doc *d = &b->docs[doc];
    return d->outlet && d->outlet[0] ? d->outlet : d->key;
}

static const char *key_of(const np_brief *b, int doc)
{
    if (doc < 0 || (size_t)doc >= b->n_docs)
        return "?";
    return b->docs[doc].key;
}

/* ------------------------------------------------------------------ JSON */

static json_t *jstr(const char *s) { return s ? json_string(s) : json_null(); }

/* jansson refuses invalid UTF-8; every text here came through the UTF-8
 * sanitizer, but a failed conversion must not lose the whole brief. */
static int set_new(json_t *obj, const char *k, json_t *v)
{
    if (!v)
        v = json_null();
    return json_object_set_new(obj, k, v);
}

static json_t *jref(const np_brief *b, const np_bref *r)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    set_new(o, "doc", jstr(key_of(b, r->doc)));
    set_new(o, "outlet", jstr(outlet_of(b, r->doc)));
    set_new(o, "text", jstr(r->text));
    return o;
}

/* Documents x and y come from one publication: the same outlet name (a
 * document without one is its own source). */
static int same_outlet(const np_brief *b, int x, int y)
{
    if (x == y)
        return 1;
    if (x < 0 || y < 0 || (size_t)x >= b->n_docs || (size_t)y >= b->n_docs)
        return 0;
    const char *ox = b->docs[x].outlet, *oy = b->docs[y].outlet;
    return ox && oy && ox[0] && strcasecmp(ox, oy) == 0;
}

/* Outlets behind the refs r[0..n): three articles of one newspaper are one
 * outlet saying it, not three. */
static size_t distinct_outlets(const np_brief *b, const np_bref *r, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int dup = 0;
        for (size_t j = 0; j < i && !dup; j++)
            dup = same_outlet(b, r[j].doc, r[i].doc);
        k += !dup;
    }
    return k;
}

static size_t fact_outlets(const np_brief *b, const np_brief_fact *f)
{
    return distinct_outlets(b, f->support, f->n_support);
}

/* Independent confirmations of a fact: outlets running one wire copy count
 * once, and so do articles of one outlet.  A stage that did not count wire
 * copies (0) leaves every outlet independent. */
static size_t independent_outlets(const np_brief *b, const np_brief_fact *f)
{
    size_t outlets = fact_outlets(b, f);
    size_t ind = f->n_independent && f->n_independent <= f->n_docs ? f->n_independent : f->n_docs;
    return ind < outlets ? ind : outlets;
}

static json_t *jrefs(const np_brief *b, const np_bref *r, size_t n)
{
    json_t *a = json_array();
    if (!a)
        return NULL;
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, jref(b, &r[i]));
    return a;
}

static json_t *jnumber(double v)
{
    if (isfinite(v) && v == floor(v) && fabs(v) < 9e15)
        return json_integer((json_int_t)v);
    return isfinite(v) ? json_real(v) : json_null();
}

static json_t *story_json(const np_brief *b)
{
    json_t *st = json_object();
    if (!st)
        return NULL;
    set_new(st, "story", json_integer(b->story_id));
    json_t *outlets = json_array(), *docs = json_array();
    for (size_t i = 0; i < b->n_docs; i++) {
        const np_brief_doc *d = &b->docs[i];
        json_array_append_new(outlets, jstr(outlet_of(b, (int)i)));
        json_t *o = json_object();
        set_new(o, "doc", jstr(d->key));
        set_new(o, "outlet", jstr(d->outlet));
        set_new(o, "title", jstr(d->title));
        set_new(o, "published", jstr(d->published));
        set_new(o, "author", jstr(d->author));
        /* a document key (the grouper's "copy_of" of `stories --format json` is a row id) */
        if (d->same_text_as && d->same_text_as <= b->n_docs)
            set_new(o, "same_text_as", jstr(b->docs[d->same_text_as - 1].key));
        set_new(o, "text", jstr(d->text));
        json_array_append_new(docs, o);
    }
    set_new(st, "outlets", outlets);
    set_new(st, "documents", docs);

    json_t *sum = json_array();
    for (size_t i = 0; i < b->n_summary; i++) {
        json_t *o = json_object();
        set_new(o, "text", jstr(b->summary[i].text));
        set_new(o, "sources", jrefs(b, b->summary[i].sources, b->summary[i].n_sources));
        json_array_append_new(sum, o);
    }
    set_new(st, "summary", sum);

    json_t *facts = json_array();
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        json_t *o = json_object();
        set_new(o, "summary", jstr(f->summary));
        if (f->speaker)
            set_new(o, "speaker", jstr(f->speaker));
        if (f->context.text)
            set_new(o, "context", jref(b, &f->context));
        size_t n_outlets = fact_outlets(b, f);
        set_new(o, "outlets", json_integer((json_int_t)n_outlets));
        set_new(o, "documents", json_integer((json_int_t)f->n_docs));
        set_new(o, "independent", json_integer((json_int_t)independent_outlets(b, f)));
        set_new(o, "single_source", json_boolean(n_outlets <= 1));
        set_new(o, "support", jrefs(b, f->support, f->n_support));
        json_array_append_new(facts, o);
    }
    set_new(st, "facts", facts);

    json_t *quotes = json_array();
    for (size_t i = 0; i < b->n_quotes; i++) {
        const np_brief_quote *q = &b->quotes[i];
        json_t *o = json_object();
        set_new(o, "speaker", jstr(q->speaker));
        set_new(o, "outlets", json_integer((json_int_t)distinct_outlets(b, q->variants, q->n_variants)));
        set_new(o, "variants", jrefs(b, q->variants, q->n_variants));
        json_array_append_new(quotes, o);
    }
    set_new(st, "quotes", quotes);

    json_t *ents = json_array();
    for (size_t i = 0; i < b->n_entities; i++) {
        const np_brief_entity *e = &b->entities[i];
        json_t *o = json_object();
        set_new(o, "name", jstr(e->name));
        set_new(o, "type", jstr(e->type));
        set_new(o, "mentions", json_integer((json_int_t)e->n_mentions));
        set_new(o, "variants", jrefs(b, e->variants, e->n_variants));
        json_array_append_new(ents, o);
    }
    set_new(st, "entities", ents);

    json_t *nums = json_array();
    for (size_t i = 0; i < b->n_numbers; i++) {
        const np_brief_number *n = &b->numbers[i];
        json_t *o = json_object();
        set_new(o, "doc", jstr(key_of(b, n->doc)));
        set_new(o, "text", jstr(n->text));
        set_new(o, "value", jnumber(n->value));
        if (n->tally)
            set_new(o, "against", jnumber(n->against));
        set_new(o, "unit", jstr(n->unit));
        json_array_append_new(nums, o);
    }
    set_new(st, "numbers", nums);

    json_t *disc = json_array();
    for (size_t i = 0; i < b->n_discrepancies; i++) {
        const np_brief_discrepancy *d = &b->discrepancies[i];
        json_t *o = json_object();
        set_new(o, "kind", jstr(d->kind));
        set_new(o, "what", jstr(d->what));
        set_new(o, "explain", jstr(d->explain));
        set_new(o, "items", jrefs(b, d->items, d->n_items));
        json_array_append_new(disc, o);
    }
    set_new(st, "discrepancies", disc);

    json_t *fr = json_array();
    for (size_t i = 0; i < b->n_framing; i++) {
        const np_brief_framing *f = &b->framing[i];
        json_t *o = json_object(), *terms = json_array(), *cats = json_array(), *sents = json_array();
        for (size_t k = 0; k < f->n_terms; k++) {
            json_array_append_new(terms, jstr(f->terms[k].term));
            json_t *c = json_object();
            set_new(c, "term", jstr(f->terms[k].term));
            set_new(c, "category", jstr(f->terms[k].category));
            set_new(c, "sentence", jstr(f->terms[k].sentence.text));
            /* the other documents that use the word too: a reader sees it
             * is this outlet's more than the others', not its alone */
            json_t *also = json_array();
            for (size_t a = 0; a < f->terms[k].n_also; a++)
                json_array_append_new(also, jstr(key_of(b, f->terms[k].also[a])));
            set_new(c, "also_in", also);
            json_array_append_new(cats, c);
            /* parallel to "terms": the REF of the sentence each term is shown in */
            json_array_append_new(sents, f->terms[k].sentence.text ? jref(b, &f->terms[k].sentence) : json_null());
        }
        set_new(o, "doc", jstr(key_of(b, f->doc)));
        set_new(o, "outlet", jstr(outlet_of(b, f->doc)));
        set_new(o, "terms", terms);
        set_new(o, "categories", cats);
        set_new(o, "sentences", sents);
        json_array_append_new(fr, o);
    }
    set_new(st, "framing", fr);

    json_t *tl = json_array();
    for (size_t i = 0; i < b->n_timeline; i++) {
        const np_brief_event *e = &b->timeline[i];
        json_t *o = json_object();
        set_new(o, "date", jstr(e->date));
        set_new(o, "event", jstr(e->event));
        set_new(o, "sources", jrefs(b, e->sources, e->n_sources));
        json_array_append_new(tl, o);
    }
    set_new(st, "timeline", tl);
    return st;
}

static np_status render_json(const np_brief *const *briefs, size_t n, np_buf *out)
{
    json_t *root = json_object(), *stories = json_array();
    if (!root || !stories) {
        json_decref(root);
        json_decref(stories);
        return NP_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        json_t *s = briefs[i] ? story_json(briefs[i]) : NULL;
        if (briefs[i] && !s) {
            json_decref(root);
            json_decref(stories);
            return NP_ENOMEM;
        }
        if (s)
            json_array_append_new(stories, s);
    }
    json_object_set_new(root, "stories", stories);
    return np_render_json_append(root, JSON_INDENT(1) | JSON_PRESERVE_ORDER, out);
}

/* ------------------------------------------------------- text / Markdown */

typedef struct pr {
    np_buf *out;
    int md;
    np_status st;
} pr;

static void put(pr *p, const char *s)
{
    if (p->st == NP_OK)
        p->st = np_buf_append_str(p->out, s ? s : "");
}

/* The text of the document whose ref among refs[0..n) shows t (its words
 * are the item's), or NULL. */
static const char *doc_text_of(const np_brief *b, const np_bref *refs, size_t n, const char *t)
{
    for (size_t i = 0; i < n; i++)
        if (refs[i].text == t && refs[i].doc >= 0 && (size_t)refs[i].doc < b->n_docs)
            return b->docs[refs[i].doc].text;
    return NULL;
}

/* An outlet's words shown as an item (from doc, NULL when unknown): a
 * piece of a longer quotation as the excerpt it is (render/excerpt.h). */
static void put_shown(pr *p, const char *t, const char *doc)
{
    int curly, marks = np_excerpt_marks(t, doc, &curly);
    put(p, np_excerpt_before(marks, curly));
    put(p, t);
    put(p, np_excerpt_after(marks, curly));
}

static void heading(pr *p, int level, const char *title)
{
    if (p->md) {
        for (int i = 0; i < level; i++)
            put(p, "#");
        put(p, " ");
        put(p, title);
        put(p, "\n\n");
    } else {
        put(p, title);
        put(p, "\n");
        size_t n = strlen(title);
        for (size_t i = 0; i < n && i < 78; i++)
            put(p, level == 1 ? "=" : "-");
        put(p, "\n\n");
    }
}

/* "Title (N)" or "Title (N, top K shown)": every section says how much it
 * holds, so an empty one reads "none found" instead of vanishing. */
static void section(pr *p, const char *title, size_t n, size_t shown)
{
    char line[160];
    if (shown < n)
        snprintf(line, sizeof line, "%s (%zu, top %zu shown)", title, n, shown);
    else
        snprintf(line, sizeof line, "%s (%zu)", title, n);
    heading(p, 2, line);
    if (n == 0)
        put(p, p->md ? "_none found_\n\n" : "  none found\n\n");
}

static void outlets_list(pr *p, const np_brief *b, const np_bref *r, size_t n)
{
    put(p, p->md ? "*" : "[");
    for (size_t i = 0, shown = 0; i < n; i++) {
        int dup = 0;
        for (size_t j = 0; j < i; j++)
            dup |= same_outlet(b, r[j].doc, r[i].doc);
        if (dup)
            continue;
        if (shown++)
            put(p, ", ");
        put(p, outlet_of(b, r[i].doc));
    }
    put(p, p->md ? "*" : "]");
}

/* Single-source facts shown in text, most important first: the rest stays
 * in JSON. */
#define SINGLE_SOURCE_SHOWN 15
#define ENTITIES_SHOWN 30

/* Importance of a one-outlet fact: the named entities and figures its
 * sentence carries, and how early it comes in its article (news writing puts
 * what matters first). */
static double single_source_weight(const np_brief *b, const np_brief_fact *f)
{
    if (!f->n_support || !f->support[0].text)
        return 0;
    const np_bref *r = &f->support[0];
    const char *sent = r->text;
    double w = 0;
    for (size_t i = 0; i < b->n_entities; i++) {
        const np_brief_entity *e = &b->entities[i];
        for (size_t k = 0; k < e->n_variants; k++)
            if (e->variants[k].doc == r->doc && e->variants[k].text && e->variants[k].text[0] &&
                strstr(sent, e->variants[k].text)) {
                w += 2.0;
                break;
            }
    }
    for (size_t i = 0; i < b->n_numbers; i++)
        if (b->numbers[i].doc == r->doc && b->numbers[i].text && b->numbers[i].text[0] &&
            strstr(sent, b->numbers[i].text))
            w += 1.5;
    const char *doc = r->doc >= 0 && (size_t)r->doc < b->n_docs ? b->docs[r->doc].text : NULL;
    const char *at = doc ? strstr(doc, sent) : NULL;
    if (at) {
        size_t len = strlen(doc);
        w += 4.0 * (1.0 - (double)(at - doc) / (double)(len ? len : 1));
    }
    return w;
}

typedef struct ranked {
    size_t i;
    double w;
} ranked;

static int cmp_ranked(const void *pa, const void *pb)
{
    const ranked *a = pa, *b = pb;
    if (a->w != b->w)
        return a->w > b->w ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

static void sources_text(pr *p, const np_brief *b)
{
    section(p, "Sources", b->n_docs, b->n_docs);
    for (size_t i = 0; i < b->n_docs; i++) {
        const np_brief_doc *d = &b->docs[i];
        put(p, p->md ? "- **" : "  - ");
        put(p, outlet_of(b, (int)i));
        put(p, p->md ? "**: " : ": ");
        put(p, d->title ? d->title : "(no title)");
        put(p, " (");
        put(p, d->published ? d->published : "date unknown");
        put(p, ")");
        if (d->outlet && d->outlet[0]) { /* the file or record it came from */
            put(p, p->md ? " `" : " [");
            put(p, d->key);
            put(p, p->md ? "`" : "]");
        }
        if (d->same_text_as) { /* no confirmation of its own (the facts count it so) */
            put(p, "; same text as ");
            put(p, outlet_of(b, (int)d->same_text_as - 1));
        }
        put(p, "\n");
    }
    put(p, b->n_docs ? "\n" : "");
}

static void agreed_text(pr *p, const np_brief *b)
{
    char line[96];
    size_t n = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        n += fact_outlets(b, &b->facts[i]) >= 2;
    section(p, "What the outlets agree on", n, n);
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        size_t outlets = fact_outlets(b, f);
        if (outlets < 2)
            continue;
        size_t ind = independent_outlets(b, f);
        if (ind < outlets) /* wire copies are not independent confirmation: say so */
            snprintf(line, sizeof line, "%zu outlets (%zu independent): ", outlets, ind);
        else
            snprintf(line, sizeof line, "%zu outlets: ", outlets);
        put(p, p->md ? "- " : "  * ");
        put(p, line);
        put_shown(p, f->summary, doc_text_of(b, f->support, f->n_support, f->summary));
        put(p, " ");
        outlets_list(p, b, f->support, f->n_support);
        put(p, "\n");
    }
    put(p, n ? "\n" : "");
}

static void single_source_text(pr *p, const np_brief *b)
{
    size_t n = 0;
    for (size_t i = 0; i < b->n_facts; i++)
        n += fact_outlets(b, &b->facts[i]) == 1;
    ranked *rk = n ? malloc(n * sizeof *rk) : NULL;
    if (n && !rk) {
        p->st = NP_ENOMEM;
        return;
    }
    for (size_t i = 0, k = 0; i < b->n_facts; i++)
        if (fact_outlets(b, &b->facts[i]) == 1)
            rk[k++] = (ranked){i, single_source_weight(b, &b->facts[i])};
    if (n)
        qsort(rk, n, sizeof *rk, cmp_ranked);
    size_t shown = n < SINGLE_SOURCE_SHOWN ? n : SINGLE_SOURCE_SHOWN;
    section(p, "Reported by one outlet only", n, shown);
    for (size_t k = 0; k < shown; k++) {
        const np_brief_fact *f = &b->facts[rk[k].i];
        put(p, p->md ? "- " : "  * ");
        if (f->speaker) { /* a quotation that does not name who said it */
            put(p, f->speaker);
            put(p, ": ");
        }
        put_shown(p, f->summary, doc_text_of(b, f->support, f->n_support, f->summary));
        put(p, " ");
        outlets_list(p, b, f->support, f->n_support);
        put(p, "\n");
        if (f->context.text) { /* the sentence its "it" or "he" leans on */
            put(p, p->md ? "  - after: \u201c" : "      after: \u201c");
            put(p, f->context.text);
            put(p, "\u201d\n");
        }
    }
    put(p, n ? "\n" : "");
    free(rk);
}

static void quotes_text(pr *p, const np_brief *b)
{
    char line[64];
    section(p, "Quotes", b->n_quotes, b->n_quotes);
    for (size_t i = 0; i < b->n_quotes; i++) {
        const np_brief_quote *q = &b->quotes[i];
        put(p, p->md ? "- **" : "  * ");
        put(p, q->speaker);
        put(p, p->md ? "**" : "");
        size_t qo = distinct_outlets(b, q->variants, q->n_variants);
        snprintf(line, sizeof line, " (%zu outlet%s)\n", qo, qo == 1 ? "" : "s");
        put(p, line);
        for (size_t k = 0; k < q->n_variants; k++) {
            put(p, p->md ? "  - " : "      ");
            put(p, outlet_of(b, q->variants[k].doc));
            put(p, ": \u201c");
            put(p, q->variants[k].text);
            put(p, "\u201d\n");
        }
    }
    put(p, b->n_quotes ? "\n" : "");
}

static void discrepancies_text(pr *p, const np_brief *b)
{
    section(p, "Discrepancies", b->n_discrepancies, b->n_discrepancies);
    for (size_t i = 0; i < b->n_discrepancies; i++) {
        const np_brief_discrepancy *d = &b->discrepancies[i];
        /* the explanation names outlets, 'what' only file keys: show the readable one */
        put(p, p->md ? "- " : "  * ");
        put(p, d->explain ? d->explain : d->what);
        put(p, "\n");
        /* each conflicting value with the outlet that gives it, so a reader can check it */
        for (size_t k = 0; k < d->n_items; k++) {
            put(p, p->md ? "  - " : "      ");
            put(p, outlet_of(b, d->items[k].doc));
            put(p, ": \u201c");
            put(p, d->items[k].text);
            put(p, "\u201d\n");
        }
    }
    put(p, b->n_discrepancies ? "\n" : "");
}

/* The words of sentence t around the first use of word w (case aside, at
 * word boundaries): WINDOW_WORDS words each side, "..." where cut; t whole
 * when w is not found or t is short. */
#define WINDOW_WORDS 12
static void put_window(pr *p, const char *t, const char *w)
{
    size_t n = strlen(t), wn = strlen(w);
    const char *hit = np_excerpt_find(t, 0, n, w, wn, 1);
    size_t at = hit ? (size_t)(hit - t) : n;
    size_t lo = 0, hi = n;
    if (at < n) {
        size_t words = 0, i = at;
        while (i > 0 && words <= WINDOW_WORDS) {
            i--;
            if (t[i] == ' ' && i + 1 < n && t[i + 1] != ' ')
                words++;
        }
        lo = words > WINDOW_WORDS ? i + 1 : 0;
        words = 0;
        i = at + wn;
        while (i < n && words <= WINDOW_WORDS) {
            if (t[i] == ' ' && i > 0 && t[i - 1] != ' ')
                words++;
            i++;
        }
        hi = words > WINDOW_WORDS ? i - 1 : n;
    }
    if (lo > 0)
        put(p, "\u2026");
    if (p->st == NP_OK)
        p->st = np_buf_append(p->out, t + lo, hi - lo);
    if (hi < n)
        put(p, "\u2026");
}

static void framing_text(pr *p, const np_brief *b)
{
    section(p, "Framing (loaded words most other outlets avoid)", b->n_framing, b->n_framing);
    for (size_t i = 0; i < b->n_framing; i++) {
        const np_brief_framing *f = &b->framing[i];
        put(p, p->md ? "- **" : "  * ");
        put(p, outlet_of(b, f->doc));
        put(p, p->md ? "**: " : ": ");
        for (size_t k = 0; k < f->n_terms; k++) {
            if (k)
                put(p, ", ");
            put(p, f->terms[k].term);
            put(p, " (");
            put(p, f->terms[k].category);
            /* other outlets by name, each once (another article of the
             * same outlet is no other outlet) */
            size_t shown = 0;
            for (size_t a = 0; a < f->terms[k].n_also; a++) {
                const char *o = outlet_of(b, f->terms[k].also[a]);
                int seen = !strcmp(o, outlet_of(b, f->doc));
                for (size_t q = 0; q < a && !seen; q++)
                    seen = !strcmp(o, outlet_of(b, f->terms[k].also[q]));
                if (seen)
                    continue;
                put(p, shown++ ? ", " : "; also ");
                put(p, o);
            }
            put(p, ")");
        }
        put(p, "\n");
        /* each word in its sentence: a reader judges the use, not the word */
        for (size_t k = 0; k < f->n_terms; k++) {
            if (!f->terms[k].sentence.text)
                continue;
            put(p, p->md ? "  - " : "      ");
            put(p, f->terms[k].term);
            put(p, ": \u201c");
            put_window(p, f->terms[k].sentence.text, f->terms[k].term);
            put(p, "\u201d\n");
        }
    }
    put(p, b->n_framing ? "\n" : "");
}

static void timeline_text(pr *p, const np_brief *b)
{
    section(p, "Timeline", b->n_timeline, b->n_timeline);
    for (size_t i = 0; i < b->n_timeline; i++) {
        const np_brief_event *e = &b->timeline[i];
        put(p, p->md ? "- **" : "  ");
        put(p, e->date);
        put(p, p->md ? "**: " : "  ");
        put(p, e->event);
        put(p, " ");
        outlets_list(p, b, e->sources, e->n_sources);
        put(p, "\n");
    }
    put(p, b->n_timeline ? "\n" : "");
}

static void entities_text(pr *p, const np_brief *b)
{
    char line[160];
    size_t shown = b->n_entities < ENTITIES_SHOWN ? b->n_entities : ENTITIES_SHOWN;
    section(p, "Who and what", b->n_entities, shown);
    for (size_t i = 0; i < shown; i++) {
        const np_brief_entity *e = &b->entities[i];
        put(p, p->md ? "- " : "  * ");
        put(p, e->name);
        snprintf(line, sizeof line, " (%s, %zu mention%s)\n", e->type ? e->type : "OTHER", e->n_mentions,
                 e->n_mentions == 1 ? "" : "s");
        put(p, line);
    }
    put(p, shown ? "\n" : "");
}

static void story_text(pr *p, const np_brief *b)
{
    char line[160];
    snprintf(line, sizeof line, "Story %lld: %zu report%s", (long long)b->story_id, b->n_docs,
             b->n_docs == 1 ? "" : "s");
    heading(p, 1, line);
    sources_text(p, b);
    section(p, "Summary", b->n_summary, b->n_summary);
    for (size_t i = 0; i < b->n_summary; i++) {
        put(p, p->md ? "- " : "  * ");
        put_shown(p, b->summary[i].text,
                  doc_text_of(b, b->summary[i].sources, b->summary[i].n_sources, b->summary[i].text));
        put(p, " ");
        outlets_list(p, b, b->summary[i].sources, b->summary[i].n_sources);
        put(p, "\n");
    }
    put(p, b->n_summary ? "\n" : "");
    agreed_text(p, b);
    single_source_text(p, b);
    quotes_text(p, b);
    discrepancies_text(p, b);
    framing_text(p, b);
    timeline_text(p, b);
    entities_text(p, b);
}

np_status np_render_briefs(const np_brief *const *briefs, size_t n, np_render_format fmt, np_buf *out)
{
    if (!out || (n && !briefs))
        return NP_EINVAL;
    if (fmt == NP_RENDER_JSON)
        return render_json(briefs, n, out);
    if (fmt != NP_RENDER_TEXT && fmt != NP_RENDER_MARKDOWN)
        return NP_EINVAL;
    pr p = {out, fmt == NP_RENDER_MARKDOWN, NP_OK};
    for (size_t i = 0; i < n; i++)
        if (briefs[i])
            story_text(&p, briefs[i]);
    return p.st;
}
