/* article/html.c — one HTML page to one np_doc (see html.h): charset to
 * UTF-8, libxml2 parse, main content, metadata. */
#include "article/html.h"

#include <libxml/HTMLparser.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/mem.h"
#include "core/utf8.h"
#include "article/byline.h"
#include "article/html_attrs.h"
#include "article/html_charset.h"
#include "article/html_content.h"
#include "article/html_meta.h"
#include "article/html_strip.h"
#include "article/linefeat.h"
#include "article/outlet.h"

/* A page larger than this is not an article page (real ones stay below a
 * few MB); refusing it bounds the memory one bad record can take, since the
 * DOM costs about ten times the input. */
#define NP_HTML_MAX_BYTES (64u * 1024u * 1024u)

/* Recover from broken markup, stay silent, never touch the network.  No
 * HTML_PARSE_HUGE: libxml2's own limits (nesting depth, text node size)
 * stay on as a defence against hostile pages.  IGNORE_ENC because the
 * bytes handed over are already UTF-8, whatever <meta charset> says. */
static const int parse_opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;

/* Shortest JSON-LD articleBody taken as the text of a page (bytes). */
#define LD_BODY_MIN 200

/* articleBody as text: valid UTF-8, runs of blanks collapsed, line breaks
 * turned into paragraph breaks. */
static np_status ld_body_text(const char *body, np_buf *out)
{
    np_buf clean;
    np_buf_init(&clean, 0);
    np_status st = np_utf8_sanitize(body, strlen(body), &clean, NULL);
    const char *p = clean.data ? clean.data : "";
    int space = 0, newline = 0;
    for (; st == NP_OK && *p; p++) {
        if (*p == '\n') {
            newline = 1;
            continue;
        }
        if (*p == ' ' || *p == '\t') {
            space = 1;
            continue;
        }
        if (out->len && newline)
            st = np_buf_append(out, "\n\n", 2);
        else if (out->len && space)
            st = np_buf_append_char(out, ' ');
        space = newline = 0;
        if (st == NP_OK)
            st = np_buf_append_char(out, *p);
    }
    np_buf_free(&clean);
    return st;
}

/* An articleBody carrying the CMS's markup ("<p>", or escaped once more,
 * "&lt;p&gt;") is no text to show: its tags and entities would be read as
 * words, and make it look longer than the page's own copy. */
static int has_markup(const char *s)
{
    static const char *const tags[] = {"</p>", "<br", "<p>", "<p ", "&lt;/", "&lt;br", "&lt;p"};
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
        if (strstr(s, tags[i]))
            return 1;
    return 0;
}

/* A main text shorter than this may lack its standfirst (bytes). */
#ifndef NP_DESC_SHORT
#define NP_DESC_SHORT 500
#endif

/* The page summary as a standfirst: a dozen words or more (length only,
 * so any language).  A summary cut short with an ellipsis (an excerpt of
 * the body made by the CMS) loses the ellipsis and the word it cut.
 * Returns the bytes to keep, 0 when it is too short. */
static size_t desc_standfirst(const char *d)
{
    size_t n = strlen(d), words = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = d[i] == ' ' || d[i] == '\n' || d[i] == '\t';
        if (!sp && !in)
            words++;
        in = !sp;
    }
    if (words < 12)
        return 0;
    while (n && (d[n - 1] == ' ' || d[n - 1] == '\n' || d[n - 1] == '\t' ||
                 (n >= 2 && (unsigned char)d[n - 2] == 0xC2 && (unsigned char)d[n - 1] == 0xA0)))
        n -= (unsigned char)d[n - 1] == 0xA0 ? 2 : 1;
    int cut = 0;
    if (n >= 3 && (memcmp(d + n - 3, "...", 3) == 0 || memcmp(d + n - 3, "\xE2\x80\xA6", 3) == 0)) {
        n -= 3;
        cut = 1;
    }
    while (n && d[n - 1] == '.')
        n--;
    if (cut)
        while (n && d[n - 1] != ' ')
            n--;
    while (n && d[n - 1] == ' ')
        n--;
    return n;
}

/* Is the summary already told by the text: are half of its words of four
 * letters or more (squeezed) found in the squeezed text t[0..lt)?  A
 * summary often restates the first paragraph in other order. */
static int desc_in_text(const char *desc, const char *t, size_t lt)
{
    size_t words = 0, found = 0;
    const char *p = desc;
    while (*p) {
        while (*p == ' ' || *p == '\n' || *p == '\t')
            p++;
        const char *q = p;
        while (*q && *q != ' ' && *q != '\n' && *q != '\t')
            q++;
        char w[64];
        size_t lw = np_utf8_squeeze(p, (size_t)(q - p), w, sizeof w);
        if (lw >= 4 && lw + 1 < sizeof w) { /* a word filling w was cut: no word */
            words++;
            if (lt >= lw && memmem(t, lt, w, lw))
                found++;
        }
        p = q;
    }
    return words == 0 || 2 * found >= words;
}

/* A short main text that lacks the page's own summary (a video page, a
 * product page, a teaser kept apart from the body): the summary leads it. */
static np_status lead_with_description(const char *desc, np_buf *text)
{
    size_t keep = desc ? desc_standfirst(desc) : 0;
    if (!keep || text->len >= NP_DESC_SHORT)
        return NP_OK;
    char t[NP_DESC_SHORT + 1];
    size_t lt = np_utf8_squeeze(text->data ? text->data : "", text->len, t, sizeof t);
    if (desc_in_text(desc, t, lt))
        return NP_OK;
    np_buf joined;
    np_buf_init(&joined, 0);
    char *cut = np_malloc(keep + 1);
    if (!cut)
        return NP_ENOMEM;
    memcpy(cut, desc, keep);
    cut[keep] = '\0';
    np_status st = ld_body_text(cut, &joined);
    np_free(cut);
    if (st == NP_OK && text->len)
        st = np_buf_append(&joined, "\n\n", 2);
    if (st == NP_OK)
        st = np_buf_append(&joined, text->data ? text->data : "", text->len);
    if (st == NP_OK) {
        np_buf_free(text);
        *text = joined;
    } else {
        np_buf_free(&joined);
    }
    return st;
}

/* One pass over the UTF-8 page: strip, slim, parse, metadata, main text
 * (with the JSON-LD body as a candidate).  `unwrap` unwraps text/template
 * scripts.  The text goes to `text`, its pass to `path`. */
static np_status extract_pass(const char *text8, size_t len8, int unwrap, const char *url, np_doc *doc,
                              np_buf *text, np_html_path *path, np_error *err)
{
    /* script and style bodies out before the parser copies them */
    np_buf lean;
    np_buf_init(&lean, 0);
    np_status st = unwrap ? np_html_strip_raw_unwrap(text8, len8, &lean) : np_html_strip_raw(text8, len8, &lean);
    /* then the attributes nothing reads: the parser copies each value */
    if (st == NP_OK) {
        np_buf slim;
        np_buf_init(&slim, 0);
        st = np_html_drop_attrs(lean.data ? lean.data : "", lean.len, &slim);
        np_buf_free(&lean);
        lean = slim;
    }
    if (st != NP_OK) {
        np_buf_free(&lean);
        return np_error_set(err, st, url ? url : "", 0, -1, "out of memory preparing html page");
    }
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) {
        np_buf_free(&lean);
        return np_error_set(err, NP_ENOMEM, url ? url : "", 0, -1, "out of memory creating html parser");
    }
    if (lean.len > INT_MAX) {
        np_buf_free(&lean);
        htmlFreeParserCtxt(ctxt);
        return np_error_set(err, NP_ETOOBIG, url ? url : "", 0, -1, "html page too large after unwrapping");
    }
    xmlDoc *x = htmlCtxtReadMemory(ctxt, lean.data ? lean.data : "", (int)lean.len, url, "UTF-8", parse_opts);
    np_buf_free(&lean);
    if (!x) {
        htmlFreeParserCtxt(ctxt);
        return np_error_set(err, NP_EPARSE, url ? url : "", 0, -1, "html parser produced no document");
    }
    char *ld_body = NULL;
    np_status mst = np_html_meta(x, url, doc, &ld_body);
    *path = NP_HTML_PATH_MAIN;
    st = np_html_main_text(x, doc->title, doc->description, text, path, err);
    if ((st == NP_EEMPTY || st == NP_OK) && ld_body && mst == NP_OK) {
        /* The DOM holds no article, or only part of it (a body rendered by
         * script, a page cut into several), but the page's JSON-LD carries
         * the publisher's own copy: take it when it is longer by half. */
        np_buf ld;
        np_buf_init(&ld, 0);
        np_status lst = ld_body_text(ld_body, &ld);
        if (lst == NP_OK && ld.len >= LD_BODY_MIN && 2 * ld.len >= 3 * text->len && !has_markup(ld.data)) {
            np_buf_free(text);
            *text = ld;
            np_buf_init(&ld, 0);
            *path = NP_HTML_PATH_JSONLD;
            st = NP_OK;
            np_error_clear(err);
        } else if (lst != NP_OK) {
            st = lst;
        }
        np_buf_free(&ld);
    }
    np_free(ld_body);
    if (st == NP_OK && mst == NP_OK && *path != NP_HTML_PATH_JSONLD)
        st = lead_with_description(doc->description, text);
    if (st == NP_OK && mst != NP_OK)
        st = np_error_set(err, mst, url ? url : "", 0, -1, "out of memory reading html metadata");
    xmlFreeDoc(x);
    htmlFreeParserCtxt(ctxt);
    return st;
}

/* The story's own foot, as the plain-text reader drops it: a wire's
 * sign-off ("Reporting by ...; Editing by ...", "Ana Ruiz contributed
 * reporting", "Additional reporting by ..."), a note of where the text
 * first ran (np_line_first_ran()), a correction note (np_line_correction():
 * it restates the figure the story no longer claims, which a comparison
 * would read as the outlet's) or a rights notice (np_rights_notice())
 * closing the text.  Cut
 * from doc->text in place, up to SIGN_OFF_LINES lines, never all of it.  A
 * page that names no author elsewhere names the reporter there
 * ("Reporting by Lene Vassbakk; Editing by ..."): that is doc->author, as
 * the plain-text reader takes a byline from the story's tail. */
#define SIGN_OFF_LINES 3
static np_status cut_sign_off(np_doc *doc)
{
    char *text = doc->text;
    np_status st = NP_OK;
    size_t n = strlen(text);
    for (int k = 0; k < SIGN_OFF_LINES; k++) {
        while (n && (text[n - 1] == '\n' || text[n - 1] == ' '))
            n--;
        size_t start = n;
        while (start && text[start - 1] != '\n')
            start--;
        if (!start)
            break;
        size_t before = start;
        while (before && (text[before - 1] == '\n' || text[before - 1] == ' '))
            before--;
        if (!before)
            break; /* the sign-off is all there is */
        np_line ln = {.s = text + start, .len = n - start};
        np_line_trim(&ln.s, &ln.len);
        if (!ln.len || ln.len > 400)
            break;
        np_line_classify(&ln);
        const char *holder;
        size_t holder_len;
        if (!(ln.flags & NP_LF_BYLINE) && !np_rights_notice(ln.s, ln.len, &holder, &holder_len) &&
            !np_line_first_ran(ln.s, ln.len) && !np_line_correction(ln.s, ln.len))
            break;
        np_byline by;
        if ((ln.flags & NP_LF_BYLINE) && !doc->author && st == NP_OK &&
            np_byline_parse(ln.s, ln.len, doc->outlet, &by) && by.names[0])
            st = np_doc_set(&doc->author, by.names);
        n = start;
    }
    while (n && (text[n - 1] == '\n' || text[n - 1] == ' '))
        n--;
    text[n] = '\0';
    return st;
}

/* A dispatch's place opening the story ("LONDON, Dec 3 (Agency) - ...";
 * np_dateline_dispatch(), not "Update - ..."), the plain-text reader's
 * dateline: in its first two paragraphs (a lead taken from the page's
 * summary may stand before it). */
static np_status dateline_of(np_doc *doc)
{
    const char *p = doc->text;
    for (int k = 0; k < 2 && p && *p && !doc->dateline; k++) {
        const char *end = strchr(p, '\n');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char place[128];
        if (np_dateline_dispatch(p, n, place, sizeof place) && place[0])
            return np_doc_set(&doc->dateline, place);
        p = end;
        while (p && *p == '\n')
            p++;
    }
    return NP_OK;
}

np_status np_html_to_doc(const char *bytes, size_t len, const char *url,
                         const char *charset_hint, np_doc *doc, np_error *err)
{
    if (!doc || (!bytes && len))
        return np_error_set(err, NP_EINVAL, "", 0, -1, "np_html_to_doc: no document or no bytes");
    if (len == 0)
        return np_error_set(err, NP_EEMPTY, url ? url : "", 0, -1, "empty html page");
    if (len > NP_HTML_MAX_BYTES || len > INT_MAX)
        return np_error_set(err, NP_ETOOBIG, url ? url : "", 0, -1,
                            "html page of %zu bytes exceeds the limit", len);
    np_buf utf8;
    np_buf_init(&utf8, 0);
    char used[48];
    const char *text8 = NULL;
    size_t len8 = 0;
    np_status st = np_html_to_utf8(bytes, len, charset_hint, &utf8, &text8, &len8, used, sizeof used);
    if (st != NP_OK) {
        np_buf_free(&utf8);
        return np_error_set(err, st, url ? url : "", 0, -1, "cannot convert html page to utf-8");
    }
    if (len8 == 0) {
        np_buf_free(&utf8);
        return np_error_set(err, NP_EEMPTY, url ? url : "", 0, -1, "html page holds no text");
    }
    np_buf text;
    np_buf_init(&text, 0);
    np_html_path path = NP_HTML_PATH_MAIN;
    st = extract_pass(text8, len8, 0, url, doc, &text, &path, err);
    if (st == NP_EEMPTY && np_html_has_template(text8, len8)) {
        /* nothing readable, but the body may wait in a markup template */
        np_error again;
        np_error_clear(&again);
        np_buf_reset(&text);
        np_status st2 = extract_pass(text8, len8, 1, url, doc, &text, &path, &again);
        if (st2 != NP_EEMPTY) {
            st = st2;
            if (err)
                *err = again;
        }
    }
    if (st == NP_EEMPTY && doc->description && err && !strstr(err->msg, "no article [index]")) {
        /* No block of the page reads as its text, but its own summary does
         * (a video or product page, a body drawn by script): that summary
         * is the text, and `extraction` says so. */
        np_buf_reset(&text);
        np_status dst = lead_with_description(doc->description, &text);
        if (dst != NP_OK) {
            st = dst;
        } else if (text.len) {
            st = NP_OK;
            path = NP_HTML_PATH_DESCRIPTION;
            np_error_clear(err);
        }
    }
    np_buf_free(&utf8);
    if (st == NP_OK)
        st = np_doc_set(&doc->extraction, np_html_path_name(path));
    if (st == NP_OK && !doc->text) {
        doc->text = np_buf_take(&text);
        if (!doc->text)
            st = NP_ENOMEM;
        else
            st = cut_sign_off(doc);
    }
    if (st == NP_OK && doc->text)
        st = dateline_of(doc);
    if (st == NP_OK && !doc->format)
        st = np_doc_set(&doc->format, "html");
    if (st == NP_EEMPTY && err && url && !err->file[0])
        snprintf(err->file, sizeof err->file, "%s", url);
    np_buf_free(&text);
    return st;
}

const char *np_article_reason(const np_error *err, char *buf, size_t cap)
{
    if (!err || err->status != NP_EEMPTY)
        return NULL;
    const char *open = strstr(err->msg, "no article [");
    if (open && buf && cap) {
        open += strlen("no article [");
        const char *close = strchr(open, ']');
        size_t n = close ? (size_t)(close - open) : 0;
        if (n && n < cap) {
            memcpy(buf, open, n);
            buf[n] = '\0';
            return buf;
        }
    }
    return "empty";
}
