/*
 * render/html_pages.c — the web server's pages other than the brief: story
 * list, one document, search results, one outlet (see html.h).
 */
#include <string.h>

#include "core/mem.h"
#include "render/html_internal.h"

static void opt_attr(np_hb *h, const char *name, const char *value)
{
    np_hb_put(h, " ");
    np_hb_put(h, name);
    np_hb_put(h, "=\"");
    np_hb_esc_short(h, value ? value : "");
    np_hb_put(h, "\"");
}

static void outlet_link(np_hb *h, const char *name)
{
    np_hb_put(h, "<a href=\"/outlet/");
    np_hb_urlenc(h, name);
    np_hb_put(h, "\">");
    np_hb_esc_short(h, name);
    np_hb_put(h, "</a>");
}

/* ---- story list -------------------------------------------------------------- */

static void list_form(np_hb *h, const np_html_list_ctx *ctx)
{
    const np_story_filter *f = ctx->filter;
    np_hb_put(h, "<form class=\"filters\" method=\"get\" action=\"/\"><label>outlet<select name=\"outlet\">"
                 "<option value=\"\">all outlets</option>");
    for (size_t i = 0; i < ctx->n_outlets; i++) {
        np_hb_put(h, "<option");
        opt_attr(h, "value", ctx->outlets[i].name);
        if (f->outlet && strcmp(f->outlet, ctx->outlets[i].name) == 0)
            np_hb_put(h, " selected");
        np_hb_put(h, ">");
        np_hb_esc_short(h, ctx->outlets[i].name);
        np_hb_put(h, "</option>");
    }
    np_hb_put(h, "</select></label><label>from<input type=\"date\" name=\"since\"");
    opt_attr(h, "value", f->since);
    np_hb_put(h, "></label><label>to<input type=\"date\" name=\"until\"");
    opt_attr(h, "value", f->until);
    np_hb_put(h, "></label><label>order<select name=\"sort\"><option value=\"size\">largest first</option>"
                 "<option value=\"new\"");
    np_hb_put(h, f->newest_first ? " selected" : "");
    np_hb_put(h, ">newest first</option></select></label><button>Show</button></form>");
}

/* "&amp;outlet=...&amp;since=...&amp;until=..." of a link, the parameters
 * that are set (the story list's and the search's filters alike). */
static void filter_params(np_hb *h, const char *outlet, const char *since, const char *until)
{
    const char *names[3] = {"outlet", "since", "until"};
    const char *vals[3] = {outlet, since, until};
    for (int i = 0; i < 3; i++)
        if (vals[i] && *vals[i]) {
            np_hb_put(h, "&amp;");
            np_hb_put(h, names[i]);
            np_hb_put(h, "=");
            np_hb_urlenc(h, vals[i]);
        }
}

static void filter_query(np_hb *h, const np_story_filter *f, size_t page)
{
    np_hb_put(h, "/?page=");
    np_hb_int(h, (long long)page);
    filter_params(h, f->outlet, f->since, f->until);
    if (f->newest_first)
        np_hb_put(h, "&amp;sort=new");
}

static void story_row(np_hb *h, const np_story_entry *e)
{
    np_hb_put(h, "<tr><td class=\"num\">");
    np_hb_int(h, e->id);
    np_hb_put(h, "</td><td><a href=\"/story/");
    np_hb_int(h, e->id);
    np_hb_put(h, "\">");
    np_hb_esc_short(h, e->label ? e->label : "(untitled)");
    np_hb_put(h, "</a></td><td class=\"num\">");
    np_hb_int(h, e->n_docs);
    np_hb_put(h, "</td><td>");
    for (size_t k = 0; k < e->n_outlet_names && k < 12; k++) {
        np_hb_put(h, k ? ", " : "");
        outlet_link(h, e->outlets[k]);
    }
    if (e->n_outlet_names > 12)
        np_hb_put(h, ", …");
    np_hb_put(h, "</td><td>");
    np_hb_esc_short(h, e->first_published);
    if (e->last_published && (!e->first_published || strcmp(e->first_published, e->last_published))) {
        np_hb_put(h, " – ");
        np_hb_esc_short(h, e->last_published);
    }
    np_hb_put(h, "</td></tr>");
}

np_status np_html_story_list_page(const np_story_page *page, const np_html_list_ctx *ctx, np_buf *out)
{
    np_hb h = {out, NP_OK};
    const np_story_filter *f = ctx->filter;
    np_hb_page_start(&h, "Stories", 0);
    np_hb_put(&h, "<h1>Stories</h1>");
    list_form(&h, ctx);
    np_hb_put(&h, "<p class=\"muted\">");
    np_hb_int(&h, page->total);
    np_hb_put(&h, page->total == 1 ? " story</p>" : " stories</p>");
    if (page->n) {
        np_hb_put(&h, "<table><thead><tr><th>#</th><th>story</th><th>articles</th><th>outlets</th>"
                      "<th>dates</th></tr></thead><tbody>");
        for (size_t i = 0; i < page->n; i++)
            story_row(&h, &page->rows[i]);
        np_hb_put(&h, "</tbody></table>");
    }
    size_t per = f->limit ? f->limit : 1, pageno = f->offset / per + 1;
    np_hb_put(&h, "<nav class=\"pager\">");
    if (pageno > 1) {
        np_hb_put(&h, "<a rel=\"prev\" href=\"");
        filter_query(&h, f, pageno - 1);
        np_hb_put(&h, "\">previous</a>");
    }
    if ((int64_t)(f->offset + page->n) < page->total) {
        np_hb_put(&h, "<a rel=\"next\" href=\"");
        filter_query(&h, f, pageno + 1);
        np_hb_put(&h, "\">next</a>");
    }
    np_hb_put(&h, "</nav>");
    np_hb_page_end(&h);
    return h.st;
}

/* ---- one document ------------------------------------------------------------ */

/* Quote wordings and entity spellings the brief found in this document. */
static size_t collect_marks(json_t *story, const char *key, const char ***quotes, size_t *nq,
                            const char ***ents)
{
    json_t *qs = np_js_arr(story, "quotes"), *es = np_js_arr(story, "entities");
    size_t cap = 0, i, k;
    json_t *x, *v;
    json_array_foreach(qs, i, x) cap += json_array_size(np_js_arr(x, "variants"));
    json_array_foreach(es, i, x) cap += json_array_size(np_js_arr(x, "variants"));
    *quotes = np_calloc(cap + 1, sizeof **quotes);
    *ents = np_calloc(cap + 1, sizeof **ents);
    if (!*quotes || !*ents)
        return (size_t)-1;
    size_t ne = 0;
    *nq = 0;
    json_array_foreach(qs, i, x) json_array_foreach(np_js_arr(x, "variants"), k, v) {
        const char *d = np_js_str(v, "doc"), *t = np_js_str(v, "text");
        if (d && t && *t && strcmp(d, key) == 0)
            (*quotes)[(*nq)++] = t;
    }
    json_array_foreach(es, i, x) json_array_foreach(np_js_arr(x, "variants"), k, v) {
        const char *d = np_js_str(v, "doc"), *t = np_js_str(v, "text");
        if (d && t && strlen(t) > 1 && strcmp(d, key) == 0)
            (*ents)[ne++] = t;
    }
    return ne;
}

static void doc_meta(np_hb *h, const np_doc *d, int64_t story_id)
{
    np_hb_put(h, "<table class=\"meta-table\"><tbody>");
    const char *names[] = {"outlet", "author", "published", "modified", "dateline", "language", "source"};
    const char *vals[] = {d->outlet, d->author, d->published, d->modified, d->dateline, d->language, d->source};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (!vals[i] || !*vals[i])
            continue;
        np_hb_put(h, "<tr><th>");
        np_hb_put(h, names[i]);
        np_hb_put(h, "</th><td>");
        if (i == 0)
            outlet_link(h, vals[i]);
        else
            np_hb_esc_short(h, vals[i]);
        np_hb_put(h, "</td></tr>");
    }
    if (story_id > 0) {
        np_hb_put(h, "<tr><th>story</th><td><a href=\"/story/");
        np_hb_int(h, story_id);
        np_hb_put(h, "\">story ");
        np_hb_int(h, story_id);
        np_hb_put(h, "</a></td></tr>");
    }
    np_hb_put(h, "<tr><th>original</th><td>");
    if (np_html_safe_url(d->url)) {
        np_hb_put(h, "<a rel=\"noopener noreferrer\" target=\"_blank\" href=\"");
        np_hb_esc(h, d->url);
        np_hb_put(h, "\">");
        np_hb_esc_short(h, d->url);
        np_hb_put(h, "</a>");
    } else {
        np_hb_esc_short(h, d->url ? d->url : "(no URL)");
    }
    np_hb_put(h, "</td></tr></tbody></table>");
}

/* The text, one <p> per paragraph; quotes and then entity spellings marked
 * (a quote's words are not re-marked as entities: marks do not nest). */
static void doc_text(np_hb *h, const char *text, const char **quotes, size_t nq, const char **ents,
                     size_t ne)
{
    np_hb_put(h, "<div class=\"doc-text\">");
    const char *p = text ? text : "";
    while (*p && !h->st) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len) {
            np_hb_put(h, "<p>");
            /* quotes first, then entities in the text between quotes */
            size_t pos = 0;
            while (pos < len && !h->st) {
                const char *best = NULL;
                size_t bl = 0;
                for (size_t k = 0; k < nq; k++) {
                    size_t ql = strlen(quotes[k]);
                    const char *m = ql <= len - pos ? memmem(p + pos, len - pos, quotes[k], ql) : NULL;
                    if (m && (!best || m < best)) {
                        best = m;
                        bl = ql;
                    }
                }
                size_t upto = best ? (size_t)(best - p) : len;
                np_hb_marked(h, p + pos, upto - pos, ents, ne, "entity", 0);
                if (!best)
                    break;
                np_hb_put(h, "<mark class=\"quote\">");
                np_hb_escn(h, best, bl);
                np_hb_put(h, "</mark>");
                pos = upto + bl;
            }
            np_hb_put(h, "</p>");
        }
        p += len + (e ? 1 : 0);
    }
    np_hb_put(h, "</div>");
}

np_status np_html_doc_page(const np_doc *doc, int64_t story_id, const char *brief_json,
                           size_t brief_len, np_buf *out)
{
    np_hb h = {out, NP_OK};
    json_t *root = brief_json ? json_loadb(brief_json, brief_len, 0, NULL) : NULL;
    json_t *story = json_array_get(np_js_arr(root, "stories"), 0);
    const char **quotes = NULL, **ents = NULL;
    size_t nq = 0, ne = 0;
    if (story && doc->key) {
        ne = collect_marks(story, doc->key, &quotes, &nq, &ents);
        if (ne == (size_t)-1)
            h.st = NP_ENOMEM;
    }
    np_hb_page_start(&h, doc->title ? doc->title : doc->key, 0);
    np_hb_put(&h, "<h1>");
    np_hb_esc_short(&h, doc->title ? doc->title : doc->key);
    np_hb_put(&h, "</h1>");
    doc_meta(&h, doc, story_id);
    if (story)
        np_hb_put(&h, "<p class=\"muted\"><mark class=\"quote\">quotes</mark> and <mark class=\"entity\">"
                      "names</mark> as the story's brief found them.</p>");
    doc_text(&h, doc->text, quotes, nq, ents, ne);
    np_hb_page_end(&h);
    np_free(quotes);
    np_free(ents);
    json_decref(root);
    return h.st;
}

/* ---- search ------------------------------------------------------------------ */

static void snippet_html(np_hb *h, const char *s)
{
    const char *p = s ? s : "";
    int open = 0;
    while (*p && !h->st) {
        size_t run = strcspn(p, "\x01\x02");
        np_hb_escn(h, p, run);
        p += run;
        if (*p == NP_SEARCH_MARK_OPEN && !open) {
            np_hb_put(h, "<mark>");
            open = 1;
        } else if (*p == NP_SEARCH_MARK_CLOSE && open) {
            np_hb_put(h, "</mark>");
            open = 0;
        }
        if (*p)
            p++;
    }
    if (open)
        np_hb_put(h, "</mark>");
}

static void search_form(np_hb *h, const np_search_query *q)
{
    np_hb_put(h, "<form class=\"filters\" method=\"get\" action=\"/search\"><label>query<input type=\"search\" "
                 "name=\"q\" maxlength=\"512\" size=\"40\"");
    opt_attr(h, "value", q ? q->match : NULL);
    np_hb_put(h, "></label><label>outlet<input name=\"outlet\"");
    opt_attr(h, "value", q ? q->outlet : NULL);
    np_hb_put(h, "></label><label>from<input type=\"date\" name=\"since\"");
    opt_attr(h, "value", q ? q->since : NULL);
    np_hb_put(h, "></label><label>to<input type=\"date\" name=\"until\"");
    opt_attr(h, "value", q ? q->until : NULL);
    np_hb_put(h, "></label><button>Search</button></form><p class=\"muted\">Words must all match; "
                 "\"a phrase\", prefix*, OR, NOT work.</p>");
}

static void search_pager(np_hb *h, const np_search_query *q, const np_search_results *r)
{
    size_t per = q->limit ? q->limit : 20;
    size_t pageno = q->offset / per + 1;
    np_hb_put(h, "<nav class=\"pager\">");
    for (int dir = -1; dir <= 1; dir += 2) {
        if ((dir < 0 && pageno <= 1) || (dir > 0 && (int64_t)(q->offset + r->n) >= r->total))
            continue;
        np_hb_put(h, dir < 0 ? "<a rel=\"prev\" href=\"/search?q=" : "<a rel=\"next\" href=\"/search?q=");
        np_hb_urlenc(h, q->match);
        filter_params(h, q->outlet, q->since, q->until);
        np_hb_put(h, "&amp;page=");
        np_hb_int(h, (long long)(pageno + (size_t)(dir > 0) - (size_t)(dir < 0)));
        np_hb_put(h, dir < 0 ? "\">previous</a>" : "\">next</a>");
    }
    np_hb_put(h, "</nav>");
}

np_status np_html_search_page(const np_search_query *q, const np_search_results *r,
                              const char *error, np_buf *out)
{
    np_hb h = {out, NP_OK};
    np_hb_page_start(&h, q && q->match ? q->match : "Search", 0);
    np_hb_put(&h, "<h1>Search</h1>");
    search_form(&h, q);
    if (error) {
        np_hb_put(&h, "<p class=\"error\">");
        np_hb_esc(&h, error);
        np_hb_put(&h, "</p>");
    }
    if (r) {
        np_hb_put(&h, "<p class=\"muted\">");
        np_hb_int(&h, r->total);
        np_hb_put(&h, r->total == 1 ? " matching article</p>" : " matching articles</p>");
        np_hb_put(&h, "<ol class=\"hits\" start=\"");
        np_hb_int(&h, (long long)(q->offset + 1));
        np_hb_put(&h, "\">");
        for (size_t i = 0; i < r->n; i++) {
            const np_search_hit *x = &r->hits[i];
            np_hb_put(&h, "<li><a href=\"/doc/");
            np_hb_int(&h, x->doc_id);
            np_hb_put(&h, "\">");
            np_hb_esc_short(&h, x->title ? x->title : x->key);
            np_hb_put(&h, "</a><div class=\"meta\">");
            np_hb_esc_short(&h, x->outlet ? x->outlet : "");
            np_hb_put(&h, x->outlet && x->published ? " · " : "");
            np_hb_esc_short(&h, x->published);
            if (x->story_id) {
                np_hb_put(&h, " · <a href=\"/story/");
                np_hb_int(&h, x->story_id);
                np_hb_put(&h, "\">story ");
                np_hb_int(&h, x->story_id);
                np_hb_put(&h, "</a>");
            }
            np_hb_put(&h, "</div><div>");
            snippet_html(&h, x->snippet);
            np_hb_put(&h, "</div></li>");
        }
        np_hb_put(&h, "</ol>");
        search_pager(&h, q, r);
    }
    np_hb_page_end(&h);
    return h.st;
}

/* ---- one outlet -------------------------------------------------------------- */

static void outlet_story(np_hb *h, const char *outlet, json_t *story)
{
    size_t i, k;
    json_t *f, *r;
    int any = 0;
    json_array_foreach(np_js_arr(story, "facts"), i, f) {
        if (np_js_int(f, "outlets") > 1)
            continue;
        json_array_foreach(np_js_arr(f, "support"), k, r) {
            const char *o = np_js_str(r, "outlet");
            if (!o || strcmp(o, outlet) != 0)
                continue;
            np_hb_put(h, any++ ? "" : "<h3>Only this outlet reports</h3><ul>");
            np_hb_put(h, "<li>");
            np_hb_esc(h, np_js_str(r, "text"));
            np_hb_put(h, "</li>");
            break;
        }
    }
    np_hb_put(h, any ? "</ul>" : "");
    any = 0;
    json_array_foreach(np_js_arr(story, "framing"), i, f) {
        const char *o = np_js_str(f, "outlet");
        if (!o || strcmp(o, outlet) != 0)
            continue;
        json_array_foreach(np_js_arr(f, "categories"), k, r) {
            np_hb_put(h, any++ ? "" : "<h3>Framing terms</h3><p>");
            np_hb_put(h, "<span class=\"pill\">");
            np_hb_esc_short(h, np_js_str(r, "term"));
            np_hb_put(h, " <span class=\"muted\">");
            np_hb_esc_short(h, np_js_str(r, "category"));
            np_hb_put(h, "</span></span>");
        }
    }
    np_hb_put(h, any ? "</p>" : "");
}

np_status np_html_outlet_page(const char *outlet, const np_html_outlet_story *stories, size_t n,
                              np_buf *out)
{
    np_hb h = {out, NP_OK};
    np_hb_page_start(&h, outlet, 0);
    np_hb_put(&h, "<h1>");
    np_hb_esc_short(&h, outlet);
    np_hb_put(&h, "</h1><p class=\"muted\">");
    np_hb_int(&h, (long long)n);
    np_hb_put(&h, n == 1 ? " story with this outlet's reports</p>" : " stories with this outlet's reports</p>");
    for (size_t i = 0; i < n && !h.st; i++) {
        np_hb_put(&h, "<h2><a href=\"/story/");
        np_hb_int(&h, stories[i].story_id);
        np_hb_put(&h, "\">");
        np_hb_esc_short(&h, stories[i].label ? stories[i].label : "(untitled)");
        np_hb_put(&h, "</a></h2>");
        json_t *root = stories[i].brief_json ? json_loadb(stories[i].brief_json, stories[i].brief_len, 0, NULL)
                                             : NULL;
        json_t *story = json_array_get(np_js_arr(root, "stories"), 0);
        if (story)
            outlet_story(&h, outlet, story);
        else
            np_hb_put(&h, "<p class=\"muted\">The brief of this story has not been built yet: open it "
                          "to build it.</p>");
        json_decref(root);
    }
    np_hb_page_end(&h);
    return h.st;
}

np_status np_html_outlets_page(const np_outlet_count *o, size_t n, np_buf *out)
{
    np_hb h = {out, NP_OK};
    np_hb_page_start(&h, "Outlets", 0);
    np_hb_put(&h, "<h1>Outlets</h1><table><thead><tr><th>outlet</th><th>articles</th></tr></thead><tbody>");
    for (size_t i = 0; i < n; i++) {
        np_hb_put(&h, "<tr><td>");
        outlet_link(&h, o[i].name);
        np_hb_put(&h, "</td><td class=\"num\">");
        np_hb_int(&h, o[i].n_docs);
        np_hb_put(&h, "</td></tr>");
    }
    np_hb_put(&h, "</tbody></table>");
    np_hb_page_end(&h);
    return h.st;
}
