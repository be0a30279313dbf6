/*
 * render/html_brief.c — the brief as an HTML page, from its JSON form.
 *
 * Each claim expands (<details>, no script needed) to every supporting
 * outlet's sentence shown inside its paragraph, found in the document text
 * the JSON carries; when the sentence cannot be found there (a field a
 * later build changed) the sentence alone is shown.
 */
#include <string.h>
#include <strings.h>

#include "core/mem.h"
#include "render/excerpt.h"
#include "render/html_internal.h"

/* Paragraphs longer than this are shown as a window around the sentence. */
#define PARA_WINDOW 700

const char *np_js_str(const json_t *obj, const char *key)
{
    json_t *v = json_is_object(obj) ? json_object_get(obj, key) : NULL;
    return json_is_string(v) ? json_string_value(v) : NULL;
}

long long np_js_int(const json_t *obj, const char *key)
{
    json_t *v = json_is_object(obj) ? json_object_get(obj, key) : NULL;
    return json_is_integer(v) ? (long long)json_integer_value(v) : 0;
}

json_t *np_js_arr(const json_t *obj, const char *key)
{
    json_t *v = json_is_object(obj) ? json_object_get(obj, key) : NULL;
    return json_is_array(v) ? v : NULL;
}

void np_hb_marked(np_hb *h, const char *text, size_t len, const char *const *needles, size_t n,
                  const char *cls, int fold)
{
    size_t pos = 0;
    while (pos < len && !h->st) {
        const char *best = NULL;
        size_t best_len = 0;
        for (size_t k = 0; k < n; k++) {
            size_t nl = needles[k] ? strlen(needles[k]) : 0;
            const char *m = np_excerpt_find(text, pos, len, needles[k], nl, fold);
            if (m && (!best || m < best || (m == best && nl > best_len))) {
                best = m;
                best_len = nl;
            }
        }
        if (!best) {
            np_hb_escn(h, text + pos, len - pos);
            break;
        }
        np_hb_escn(h, text + pos, (size_t)(best - text) - pos);
        np_hb_put(h, cls ? "<mark class=\"" : "<mark>");
        if (cls) {
            np_hb_esc(h, cls);
            np_hb_put(h, "\">");
        }
        np_hb_escn(h, best, best_len);
        np_hb_put(h, "</mark>");
        pos = (size_t)(best - text) + best_len;
    }
}

typedef struct story_ctx {
    np_hb *h;
    const json_t *story;
    json_t *by_key;  /* doc key -> document object (borrowed references) */
    int standalone;
} story_ctx;

static void doc_link(story_ctx *c, const char *key, const char *label)
{
    if (!c->standalone && key) {
        np_hb_put(c->h, "<a href=\"/doc/");
        np_hb_urlenc(c->h, key);
        np_hb_put(c->h, "\">");
        np_hb_esc_short(c->h, label ? label : key);
        np_hb_put(c->h, "</a>");
    } else {
        np_hb_esc_short(c->h, label ? label : key);
    }
}

static const char *outlet_or_doc(const json_t *ref)
{
    const char *o = np_js_str(ref, "outlet");
    return o ? o : np_js_str(ref, "doc");
}

/* The ref's sentence inside its paragraph (or a window of it), marked. */
static void sentence_in_paragraph(story_ctx *c, const json_t *ref)
{
    const char *sent = np_js_str(ref, "text");
    const char *key = np_js_str(ref, "doc");
    const char *text = key ? np_js_str(json_object_get(c->by_key, key), "text") : NULL;
    const char *const needles[1] = {sent};
    const char *at = sent && text && *sent ? strstr(text, sent) : NULL;
    if (!at) {
        np_hb_put(c->h, "<mark>");
        np_hb_esc(c->h, sent);
        np_hb_put(c->h, "</mark>");
        return;
    }
    size_t slen = strlen(sent), tlen = strlen(text);
    size_t start = (size_t)(at - text), end = start + slen;
    while (start > 0 && text[start - 1] != '\n')
        start--;
    while (end < tlen && text[end] != '\n')
        end++;
    size_t s0 = (size_t)(at - text);
    int cut_left = 0, cut_right = 0;
    if (s0 - start > PARA_WINDOW) {
        start = s0 - PARA_WINDOW;
        while (start < s0 && ((unsigned char)text[start] & 0xC0) == 0x80)
            start++;
        cut_left = 1;
    }
    if (end - (s0 + slen) > PARA_WINDOW) {
        end = s0 + slen + PARA_WINDOW;
        while (end > s0 + slen && ((unsigned char)text[end] & 0xC0) == 0x80)
            end--;
        cut_right = 1;
    }
    np_hb_put(c->h, cut_left ? "… " : "");
    np_hb_marked(c->h, text + start, end - start, needles, 1, NULL, 0);
    np_hb_put(c->h, cut_right ? " …" : "");
}

static void source_pills(story_ctx *c, const json_t *refs)
{
    size_t i;
    json_t *r;
    json_array_foreach(refs, i, r) {
        np_hb_put(c->h, "<span class=\"pill\">");
        doc_link(c, np_js_str(r, "doc"), outlet_or_doc(r));
        np_hb_put(c->h, "</span>");
    }
}

static void section_summary(story_ctx *c)
{
    json_t *sum = np_js_arr(c->story, "summary");
    if (!sum || !json_array_size(sum))
        return;
    np_hb_put(c->h, "<h2 id=\"summary\">Summary</h2>");
    size_t i;
    json_t *s;
    json_array_foreach(sum, i, s) {
        np_hb_put(c->h, "<p>");
        np_hb_esc(c->h, np_js_str(s, "text"));
        np_hb_put(c->h, " ");
        source_pills(c, np_js_arr(s, "sources"));
        np_hb_put(c->h, "</p>");
    }
}

static void one_claim(story_ctx *c, const json_t *f, long long outlets)
{
    np_hb_put(c->h, outlets <= 1 ? "<details class=\"claim single\"><summary>"
                                 : "<details class=\"claim\"><summary>");
    /* a piece of a longer quotation reads as the excerpt it is */
    const char *shown = np_js_str(f, "summary");
    const json_t *head = json_array_get(np_js_arr(f, "support"), 0);
    const char *key = head ? np_js_str(head, "doc") : NULL;
    int curly, marks = np_excerpt_marks(shown, key ? np_js_str(json_object_get(c->by_key, key), "text") : NULL, &curly);
    const char *speaker = np_js_str(f, "speaker"); /* a quotation naming nobody: who said it */
    if (speaker) {
        np_hb_esc(c->h, speaker);
        np_hb_put(c->h, ": ");
    }
    np_hb_esc(c->h, np_excerpt_before(marks, curly));
    np_hb_esc(c->h, shown);
    np_hb_esc(c->h, np_excerpt_after(marks, curly));
    np_hb_put(c->h, "<span class=\"count\">");
    np_hb_int(c->h, outlets);
    np_hb_put(c->h, outlets == 1 ? " outlet" : " outlets");
    long long ind = np_js_int(f, "independent"); /* wire copies count once */
    if (ind > 0 && ind < outlets) {
        np_hb_put(c->h, ", ");
        np_hb_int(c->h, ind);
        np_hb_put(c->h, " independent");
    }
    np_hb_put(c->h, "</span></summary>");
    const char *ctx = np_js_str(json_object_get(f, "context"), "text");
    if (ctx) { /* the sentence its "it" or "he" leans on */
        np_hb_put(c->h, "<p class=\"muted\">after: \u201c");
        np_hb_esc(c->h, ctx);
        np_hb_put(c->h, "\u201d</p>");
    }
    size_t i;
    json_t *r;
    json_array_foreach(np_js_arr(f, "support"), i, r) {
        np_hb_put(c->h, "<div class=\"support\"><span class=\"outlet\">");
        doc_link(c, np_js_str(r, "doc"), outlet_or_doc(r));
        np_hb_put(c->h, "</span><p>");
        sentence_in_paragraph(c, r);
        np_hb_put(c->h, "</p></div>");
    }
    np_hb_put(c->h, "</details>");
}

static void section_claims(story_ctx *c)
{
    json_t *facts = np_js_arr(c->story, "facts");
    if (!facts)
        return;
    for (int single = 0; single < 2; single++) {
        size_t i, n = 0;
        json_t *f;
        json_array_foreach(facts, i, f) {
            long long o = np_js_int(f, "outlets");
            if ((o <= 1) != single)
                continue;
            if (n++ == 0) {
                np_hb_put(c->h, single ? "<h2 id=\"single\">Single-source claims</h2>"
                                       : "<h2 id=\"claims\">Claims and the outlets that report them</h2>");
                np_hb_put(c->h, "<div data-claims>");
            }
            one_claim(c, f, o);
        }
        if (n)
            np_hb_put(c->h, "</div>");
    }
}

static void section_quotes(story_ctx *c)
{
    json_t *quotes = np_js_arr(c->story, "quotes");
    if (!quotes || !json_array_size(quotes))
        return;
    np_hb_put(c->h, "<h2 id=\"quotes\">Quotes, each outlet's wording</h2>");
    size_t i;
    json_t *q;
    json_array_foreach(quotes, i, q) {
        const char *who = np_js_str(q, "speaker");
        np_hb_put(c->h, "<h3>");
        np_hb_esc(c->h, who ? who : "Unattributed");
        np_hb_put(c->h, " <span class=\"muted\">(");
        np_hb_int(c->h, np_js_int(q, "outlets"));
        np_hb_put(c->h, " outlets)</span></h3><div class=\"quotes\">");
        size_t k;
        json_t *v;
        json_array_foreach(np_js_arr(q, "variants"), k, v) {
            np_hb_put(c->h, "<div class=\"quote\"><span class=\"outlet-name\">");
            doc_link(c, np_js_str(v, "doc"), outlet_or_doc(v));
            np_hb_put(c->h, "</span><blockquote>");
            np_hb_esc(c->h, np_js_str(v, "text"));
            np_hb_put(c->h, "</blockquote></div>");
        }
        np_hb_put(c->h, "</div>");
    }
}

static void section_discrepancies(story_ctx *c)
{
    json_t *d = np_js_arr(c->story, "discrepancies");
    if (!d || !json_array_size(d))
        return;
    np_hb_put(c->h, "<h2 id=\"discrepancies\">Discrepancies</h2><table><thead><tr><th>kind</th>"
                    "<th>what</th><th>outlet</th><th>what it says</th></tr></thead><tbody>");
    size_t i;
    json_t *x;
    json_array_foreach(d, i, x) {
        json_t *items = np_js_arr(x, "items");
        size_t n = items ? json_array_size(items) : 0, k;
        json_t *it;
        np_hb_put(c->h, "<tr><td rowspan=\"");
        np_hb_int(c->h, n ? (long long)n : 1);
        np_hb_put(c->h, "\">");
        np_hb_esc(c->h, np_js_str(x, "kind"));
        np_hb_put(c->h, "</td><td rowspan=\"");
        np_hb_int(c->h, n ? (long long)n : 1);
        np_hb_put(c->h, "\">");
        const char *explain = np_js_str(x, "explain"); /* names outlets; 'what' names file keys */
        np_hb_esc(c->h, explain ? explain : np_js_str(x, "what"));
        np_hb_put(c->h, "</td>");
        if (!n)
            np_hb_put(c->h, "<td></td><td></td></tr>");
        json_array_foreach(items, k, it) {
            np_hb_put(c->h, k ? "<tr><td>" : "<td>");
            doc_link(c, np_js_str(it, "doc"), outlet_or_doc(it));
            np_hb_put(c->h, "</td><td>");
            np_hb_esc(c->h, np_js_str(it, "text"));
            np_hb_put(c->h, "</td></tr>");
        }
    }
    np_hb_put(c->h, "</tbody></table>");
}

/* Up to three sentences of the document that use one of the terms. */
static void framing_sentences(story_ctx *c, const char *text, const char *const *terms, size_t n)
{
    size_t len = strlen(text), shown = 0, pos = 0;
    while (pos < len && shown < 3 && !c->h->st) {
        size_t end = pos;
        while (end < len && text[end] != '\n' &&
               !((text[end] == '.' || text[end] == '!' || text[end] == '?') &&
                 (end + 1 >= len || text[end + 1] == ' ' || text[end + 1] == '\n')))
            end++;
        if (end < len)
            end++;
        int hit = 0;
        for (size_t k = 0; k < n && !hit; k++)
            hit = np_excerpt_find(text, pos, end, terms[k], strlen(terms[k]), 1) != NULL;
        if (hit && end - pos < 2000) {
            np_hb_put(c->h, "<p>");
            np_hb_marked(c->h, text + pos, end - pos, terms, n, NULL, 1);
            np_hb_put(c->h, "</p>");
            shown++;
        }
        pos = end;
        while (pos < len && (text[pos] == ' ' || text[pos] == '\n'))
            pos++;
    }
}

static void one_framing(story_ctx *c, const json_t *f)
{
    json_t *cats = np_js_arr(f, "categories");
    json_t *terms = np_js_arr(f, "terms");
    size_t n = cats ? json_array_size(cats) : terms ? json_array_size(terms) : 0;
    const char **words = np_calloc(n ? n : 1, sizeof *words);
    if (!words) {
        c->h->st = NP_ENOMEM;
        return;
    }
    np_hb_put(c->h, "<section><h3>");
    doc_link(c, np_js_str(f, "doc"), outlet_or_doc(f));
    np_hb_put(c->h, "</h3><p>");
    size_t m = 0;
    for (size_t k = 0; k < n; k++) {
        json_t *e = json_array_get(cats ? cats : terms, k);
        const char *w = cats ? np_js_str(e, "term") : json_string_value(e);
        if (!w || !*w)
            continue;
        words[m++] = w;
        np_hb_put(c->h, "<span class=\"pill\">");
        np_hb_esc(c->h, w);
        const char *cat = cats ? np_js_str(e, "category") : NULL;
        if (cat) {
            np_hb_put(c->h, " <span class=\"muted\">");
            np_hb_esc(c->h, cat);
            /* other outlets that use the word too */
            json_t *also = cats ? np_js_arr(e, "also_in") : NULL, *ak;
            size_t ai, shown = 0;
            const char *own = outlet_or_doc(f);
            json_array_foreach(also, ai, ak) {
                const char *key = json_string_value(ak);
                const char *out = key ? np_js_str(json_object_get(c->by_key, key), "outlet") : NULL;
                out = out ? out : key ? key : "";
                /* each other outlet once, not the term's own */
                int seen = own && !strcmp(out, own);
                for (size_t q = 0; q < ai && !seen; q++) {
                    const char *kq = json_string_value(json_array_get(also, q));
                    const char *oq = kq ? np_js_str(json_object_get(c->by_key, kq), "outlet") : NULL;
                    seen = !strcmp(out, oq ? oq : kq ? kq : "");
                }
                if (seen)
                    continue;
                np_hb_put(c->h, shown++ ? ", " : "; also ");
                np_hb_esc(c->h, out);
            }
            np_hb_put(c->h, "</span>");
        }
        np_hb_put(c->h, "</span>");
    }
    np_hb_put(c->h, "</p>");
    /* The brief names the sentence each term was judged in (the outlet's own
     * voice, not a quotation); show those.  Only a brief without them falls
     * back to searching the article, which may land on a quoted use. */
    json_t *sents = np_js_arr(f, "sentences");
    size_t shown = 0, k;
    json_t *se;
    json_array_foreach(sents, k, se) {
        const char *t = json_string_value(se);
        if (!t || !*t || shown >= 3 || c->h->st)
            continue;
        int dup = 0; /* two terms of one sentence: show it once */
        for (size_t j = 0; j < k && !dup; j++) {
            const char *u = json_string_value(json_array_get(sents, j));
            dup = u && !strcmp(u, t);
        }
        if (dup)
            continue;
        np_hb_put(c->h, "<p>");
        np_hb_marked(c->h, t, strlen(t), words, m, NULL, 1);
        np_hb_put(c->h, "</p>");
        shown++;
    }
    const char *key = np_js_str(f, "doc");
    const char *text = key ? np_js_str(json_object_get(c->by_key, key), "text") : NULL;
    if (!shown && text && m)
        framing_sentences(c, text, words, m);
    np_hb_put(c->h, "</section>");
    np_free(words);
}

static void section_framing(story_ctx *c)
{
    json_t *fr = np_js_arr(c->story, "framing");
    if (!fr || !json_array_size(fr))
        return;
    np_hb_put(c->h, "<h2 id=\"framing\">Framing: each outlet's loaded words</h2><div class=\"framing\">");
    size_t i;
    json_t *f;
    json_array_foreach(fr, i, f) one_framing(c, f);
    np_hb_put(c->h, "</div>");
}

static void section_timeline(story_ctx *c)
{
    json_t *tl = np_js_arr(c->story, "timeline");
    if (!tl || !json_array_size(tl))
        return;
    np_hb_put(c->h, "<h2 id=\"timeline\">Timeline</h2><ol class=\"timeline\">");
    size_t i;
    json_t *e;
    json_array_foreach(tl, i, e) {
        np_hb_put(c->h, "<li><time>");
        np_hb_esc(c->h, np_js_str(e, "date"));
        np_hb_put(c->h, "</time>");
        np_hb_esc(c->h, np_js_str(e, "event"));
        np_hb_put(c->h, " ");
        source_pills(c, np_js_arr(e, "sources"));
        np_hb_put(c->h, "</li>");
    }
    np_hb_put(c->h, "</ol>");
}

static void entity_spellings(story_ctx *c, const json_t *variants)
{
    /* One line per distinct spelling, with the outlets that use it. */
    size_t n = json_array_size(variants);
    for (size_t i = 0; i < n; i++) {
        const char *sp = np_js_str(json_array_get(variants, i), "text");
        int seen = 0;
        for (size_t j = 0; j < i && !seen && sp; j++) {
            const char *o = np_js_str(json_array_get(variants, j), "text");
            seen = o && strcmp(o, sp) == 0;
        }
        if (!sp || seen)
            continue;
        np_hb_put(c->h, "<div><q>");
        np_hb_esc(c->h, sp);
        np_hb_put(c->h, "</q> <span class=\"muted\">");
        int first = 1;
        for (size_t j = i; j < n; j++) {
            json_t *v = json_array_get(variants, j);
            const char *o = np_js_str(v, "text");
            if (!o || strcmp(o, sp) != 0)
                continue;
            np_hb_put(c->h, first ? "" : ", ");
            np_hb_esc_short(c->h, outlet_or_doc(v));
            first = 0;
        }
        np_hb_put(c->h, "</span></div>");
    }
}

static void section_entities(story_ctx *c)
{
    json_t *ents = np_js_arr(c->story, "entities");
    if (!ents || !json_array_size(ents))
        return;
    np_hb_put(c->h, "<h2 id=\"entities\">People, organisations and places</h2><table><thead><tr>"
                    "<th>name</th><th>type</th><th>mentions</th><th>spellings</th></tr></thead><tbody>");
    size_t i;
    json_t *e;
    json_array_foreach(ents, i, e) {
        np_hb_put(c->h, "<tr><td>");
        np_hb_esc(c->h, np_js_str(e, "name"));
        np_hb_put(c->h, "</td><td>");
        np_hb_esc(c->h, np_js_str(e, "type"));
        np_hb_put(c->h, "</td><td class=\"num\">");
        np_hb_int(c->h, np_js_int(e, "mentions"));
        np_hb_put(c->h, "</td><td>");
        entity_spellings(c, np_js_arr(e, "variants"));
        np_hb_put(c->h, "</td></tr>");
    }
    np_hb_put(c->h, "</tbody></table>");
}

static void section_documents(story_ctx *c)
{
    json_t *docs = np_js_arr(c->story, "documents");
    if (!docs)
        return;
    np_hb_put(c->h, "<h2 id=\"documents\">Articles</h2><table><thead><tr><th>outlet</th><th>title</th>"
                    "<th>published</th><th>author</th></tr></thead><tbody>");
    size_t i;
    json_t *d;
    json_array_foreach(docs, i, d) {
        np_hb_put(c->h, "<tr><td>");
        np_hb_esc_short(c->h, np_js_str(d, "outlet"));
        np_hb_put(c->h, "</td><td>");
        const char *title = np_js_str(d, "title");
        doc_link(c, np_js_str(d, "doc"), title ? title : np_js_str(d, "doc"));
        const char *copy = np_js_str(d, "same_text_as");
        if (copy) { /* a syndicated copy: its claims are no confirmation of their own */
            size_t k;
            json_t *o;
            json_array_foreach(docs, k, o) {
                const char *key = np_js_str(o, "doc");
                if (key && !strcmp(key, copy)) {
                    np_hb_put(c->h, " <span class=\"copy\">(same text as ");
                    np_hb_esc_short(c->h, np_js_str(o, "outlet") ? np_js_str(o, "outlet") : key);
                    np_hb_put(c->h, ")</span>");
                    break;
                }
            }
        }
        np_hb_put(c->h, "</td><td>");
        np_hb_esc(c->h, np_js_str(d, "published"));
        np_hb_put(c->h, "</td><td>");
        np_hb_esc_short(c->h, np_js_str(d, "author"));
        np_hb_put(c->h, "</td></tr>");
    }
    np_hb_put(c->h, "</tbody></table>");
}

static const char *story_title(const json_t *story)
{
    json_t *docs = np_js_arr(story, "documents");
    for (size_t i = 0; docs && i < json_array_size(docs); i++) {
        const char *t = np_js_str(json_array_get(docs, i), "title");
        if (t && *t)
            return t;
    }
    return NULL;
}

static void story_header(story_ctx *c)
{
    const char *title = story_title(c->story);
    json_t *docs = np_js_arr(c->story, "documents");
    np_hb_put(c->h, "<h1>");
    np_hb_esc_short(c->h, title ? title : "Story");
    np_hb_put(c->h, "</h1><p class=\"meta\">Story ");
    np_hb_int(c->h, np_js_int(c->story, "story"));
    np_hb_put(c->h, " · ");
    np_hb_int(c->h, docs ? (long long)json_array_size(docs) : 0);
    np_hb_put(c->h, " articles · outlets: ");
    json_t *outlets = np_js_arr(c->story, "outlets");
    size_t i, shown = 0;
    json_t *o;
    json_array_foreach(outlets, i, o) {
        const char *name = json_string_value(o);
        int dup = 0;
        for (size_t j = 0; j < i && name && !dup; j++) {
            const char *p = json_string_value(json_array_get(outlets, j));
            dup = p && strcmp(p, name) == 0;
        }
        if (!name || dup)
            continue;
        np_hb_put(c->h, shown++ ? ", " : "");
        np_hb_esc_short(c->h, name);
    }
    np_hb_put(c->h, "</p>");
}

static np_status render_story(np_hb *h, const json_t *story, int standalone)
{
    story_ctx c = {h, story, json_object(), standalone};
    if (!c.by_key)
        return NP_ENOMEM;
    size_t i;
    json_t *d;
    json_array_foreach(np_js_arr(story, "documents"), i, d) {
        const char *key = np_js_str(d, "doc");
        if (key && !json_object_get(c.by_key, key))
            json_object_set(c.by_key, key, d);
    }
    np_hb_put(h, "<article class=\"brief\">");
    story_header(&c);
    section_summary(&c);
    section_claims(&c);
    section_quotes(&c);
    section_discrepancies(&c);
    section_framing(&c);
    section_timeline(&c);
    section_entities(&c);
    section_documents(&c);
    np_hb_put(h, "</article>");
    json_decref(c.by_key);
    return h->st;
}

np_status np_html_brief_page(const char *json, size_t len, const np_html_opts *o, np_buf *out)
{
    json_error_t jerr;
    json_t *root = json_loadb(json, len, 0, &jerr);
    json_t *stories = np_js_arr(root, "stories");
    if (!stories) {
        json_decref(root);
        return NP_EPARSE;
    }
    np_hb h = {out, NP_OK};
    const char *title = json_array_size(stories) == 1 ? story_title(json_array_get(stories, 0)) : NULL;
    int standalone = o && o->standalone;
    np_hb_page_start(&h, title ? title : "Briefs", standalone);
    size_t i;
    json_t *s;
    json_array_foreach(stories, i, s) render_story(&h, s, standalone);
    np_hb_page_end(&h);
    json_decref(root);
    return h.st;
}
