/* render/docs.c — documents and story lists (see docs.h). */
#include "render/docs.h"
#include "render/jsonout.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static np_status append_json(json_t *root, np_buf *out)
{
    return np_render_json_append(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER, out);
}

static int set_str(json_t *obj, const char *key, const char *v)
{
    return json_object_set_new(obj, key, v ? json_string(v) : json_null());
}

np_status np_render_doc(const np_doc *d, int64_t story_id, np_render_format fmt, np_buf *out)
{
    if (fmt == NP_RENDER_JSON) {
        json_t *o = json_object();
        if (!o)
            return NP_ENOMEM;
        json_object_set_new(o, "id", d->rowid ? json_integer(d->rowid) : json_null());
        set_str(o, "doc", d->key);
        set_str(o, "source", d->source);
        set_str(o, "format", d->format);
        set_str(o, "url", d->url);
        set_str(o, "title", d->title);
        set_str(o, "outlet", d->outlet);
        set_str(o, "author", d->author);
        set_str(o, "published", d->published);
        set_str(o, "modified", d->modified);
        set_str(o, "dateline", d->dateline);
        set_str(o, "language", d->language);
        set_str(o, "description", d->description);
        json_object_set_new(o, "story", story_id ? json_integer(story_id) : json_null());
        set_str(o, "extraction", d->extraction);
        set_str(o, "text", d->text);
        return append_json(o, out);
    }
    np_status s = NP_OK;
    const char *labels[] = {"title", "outlet", "author", "published", "modified", "dateline",
                            "language", "url", "source", "description"};
    const char *vals[] = {d->title, d->outlet, d->author, d->published, d->modified,
                          d->dateline, d->language, d->url, d->source, d->description};
    if (fmt == NP_RENDER_MARKDOWN) {
        s = np_buf_printf(out, "# %s\n\n", d->title ? d->title : (d->key ? d->key : "(untitled)"));
        for (size_t i = 1; i < sizeof vals / sizeof *vals && !s; i++)
            if (vals[i])
                s = np_buf_printf(out, "- **%s**: %s\n", labels[i], vals[i]);
        if (!s && story_id)
            s = np_buf_printf(out, "- **story**: %lld\n", (long long)story_id);
        if (!s)
            s = np_buf_printf(out, "\n%s\n", d->text ? d->text : "");
        return s;
    }
    if (d->rowid)
        s = np_buf_printf(out, "%-12s %lld\n", "id:", (long long)d->rowid);
    if (!s && d->key)
        s = np_buf_printf(out, "%-12s %s\n", "doc:", d->key);
    for (size_t i = 0; i < sizeof vals / sizeof *vals && !s; i++)
        if (vals[i])
            s = np_buf_printf(out, "%-12s %s\n", labels[i], vals[i]);
    if (!s && story_id)
        s = np_buf_printf(out, "%-12s %lld\n", "story:", (long long)story_id);
    if (!s)
        s = np_buf_printf(out, "\n%s\n", d->text ? d->text : "");
    return s;
}

np_status np_render_story_list(const np_story_list *list, np_render_format fmt, np_buf *out)
{
    if (fmt == NP_RENDER_JSON) {
        json_t *root = json_object(), *arr = json_array();
        if (!root || !arr) {
            json_decref(root);
            json_decref(arr);
            return NP_ENOMEM;
        }
        for (size_t i = 0; i < list->n; i++) {
            const np_story_row *r = &list->rows[i];
            json_t *o = json_object();
            json_object_set_new(o, "id", json_integer(r->id));
            set_str(o, "label", r->label);
            json_object_set_new(o, "documents", json_integer(r->n_docs));
            json_object_set_new(o, "outlets", json_integer(r->n_outlets));
            set_str(o, "first_published", r->first_published);
            set_str(o, "last_published", r->last_published);
            if (r->members) {
                json_t *docs = json_array();
                for (size_t k = 0; k < r->n_members; k++) {
                    const np_story_member *m = &r->members[k];
                    json_t *d = json_object();
                    json_object_set_new(d, "id", json_integer(m->id));
                    set_str(d, "doc", m->key);
                    set_str(d, "outlet", m->outlet);
                    set_str(d, "title", m->title);
                    set_str(d, "published", m->published);
                    if (m->duplicate_of)
                        json_object_set_new(d, "copy_of", json_integer(m->duplicate_of));
                    json_array_append_new(docs, d);
                }
                json_object_set_new(o, "docs", docs);
            }
            json_array_append_new(arr, o);
        }
        json_object_set_new(root, "stories", arr);
        return append_json(root, out);
    }
    int md = fmt == NP_RENDER_MARKDOWN;
    np_status s = md ? np_buf_append_str(out, "| story | docs | sources | dates | label |\n"
                                              "|---:|---:|---:|---|---|\n")
                     : np_buf_printf(out, "%6s %5s %7s  %-23s  %s\n", "STORY", "DOCS", "SOURCES",
                                     "DATES", "LABEL");
    for (size_t i = 0; i < list->n && !s; i++) {
        const np_story_row *r = &list->rows[i];
        char dates[32];
        const char *a = r->first_published ? r->first_published : "?";
        const char *b = r->last_published ? r->last_published : "?";
        if (strncmp(a, b, 10) == 0)
            snprintf(dates, sizeof dates, "%.10s", a);
        else
            snprintf(dates, sizeof dates, "%.10s..%.10s", a, b);
        const char *label = r->label ? r->label : "";
        s = md ? np_buf_printf(out, "| %lld | %lld | %lld | %s | %s |\n", (long long)r->id,
                               (long long)r->n_docs, (long long)r->n_outlets, dates, label)
               : np_buf_printf(out, "%6lld %5lld %7lld  %-23s  %.90s\n", (long long)r->id,
                               (long long)r->n_docs, (long long)r->n_outlets, dates, label);
    }
    if (!s && list->n == 0)
        s = np_buf_append_str(out, md ? "_no stories yet: run `newsprism ingest PATH`_\n"
                                      : "no stories yet: run 'newsprism ingest PATH'\n");
    return s;
}

static np_status append_line(json_t *root, np_buf *out)
{
    return np_render_json_append(root, JSON_COMPACT | JSON_PRESERVE_ORDER, out);
}

np_status np_render_doc_jsonl(const np_doc *d, np_buf *out)
{
    json_t *o = json_object();
    if (!o)
        return NP_ENOMEM;
    set_str(o, "id", d->key);
    set_str(o, "url", d->url);
    set_str(o, "title", d->title);
    set_str(o, "published", d->published);
    set_str(o, "modified", d->modified);
    set_str(o, "outlet", d->outlet);
    set_str(o, "author", d->author);
    set_str(o, "language", d->language);
    set_str(o, "description", d->description);
    set_str(o, "source", d->source);
    set_str(o, "format", d->format);
    set_str(o, "extraction", d->extraction);
    set_str(o, "text", d->text);
    return append_line(o, out);
}

np_status np_render_no_article(const char *source, const char *reason, const char *msg, int line, np_buf *out)
{
    json_t *o = json_object();
    if (!o)
        return NP_ENOMEM;
    set_str(o, "source", source);
    set_str(o, "extraction", NULL);
    set_str(o, "reason", reason);
    set_str(o, "error", msg);
    set_str(o, "text", NULL);
    return line ? append_line(o, out) : append_json(o, out);
}
