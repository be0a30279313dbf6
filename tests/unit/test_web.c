/*
 * tests/unit/test_web.c — HTML escaping and URL checks, the HTML brief read
 * defensively from JSON, FTS search and story listing in the store, the
 * brief cache, and the web app's routing (without HTTP).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "core/buf.h"
#include "core/doc.h"
#include "core/mem.h"
#include "pipeline/briefjob.h"
#include "pipeline/pipeline.h"
#include "render/html.h"
#include "server/app.h"
#include "store/briefcache.h"
#include "store/search.h"
#include "store/store.h"

static char *escaped(const char *s, size_t n)
{
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_html_escape(&b, s, n), NP_OK);
    return np_buf_take(&b);
}

static void test_escape(void **state)
{
    (void)state;
    char *e = escaped("<a href='x' onclick=\"y\">&amp;</a>", 33);
    assert_string_equal(e, "&lt;a href=&#39;x&#39; onclick=&quot;y&quot;&gt;&amp;amp;&lt;/a&gt;");
    free(e);
    /* invalid bytes become U+FFFD; C0 and C1 controls and the search markers vanish */
    e = escaped("a\xff" "b\x01" "c\x02\x07" "d\xc2\x85" "e\n", 12);
    assert_string_equal(e, "a\xef\xbf\xbd" "bcde\n");
    free(e);
    /* a truncated sequence at the end */
    e = escaped("caf\xc3", 4);
    assert_string_equal(e, "caf\xef\xbf\xbd");
    free(e);
    e = escaped("na\xc3\xafve \xe2\x80\x94 ok", 13);
    assert_string_equal(e, "na\xc3\xafve \xe2\x80\x94 ok");
    free(e);
}

static void test_urls(void **state)
{
    (void)state;
    assert_true(np_html_safe_url("https://example.org/a?b=1"));
    assert_true(np_html_safe_url("HTTP://example.org/"));
    assert_false(np_html_safe_url("javascript:alert(1)"));
    assert_false(np_html_safe_url("JaVaScRiPt:alert(1)"));
    assert_false(np_html_safe_url(" https://example.org"));
    assert_false(np_html_safe_url("data:text/html,<b>"));
    assert_false(np_html_safe_url("/relative"));
    assert_false(np_html_safe_url("https://exa mple.org"));
    assert_false(np_html_safe_url(NULL));
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_html_url_encode(&b, "a b&c/\"<é"), NP_OK);
    assert_string_equal(b.data, "a%20b%26c%2F%22%3C%C3%A9");
    np_buf_free(&b);
}

/* The search page's pager links keep the filters that are set (URL-encoded,
 * in the order outlet, since, until) and leave out those that are not. */
static void test_search_pager_links(void **state)
{
    (void)state;
    np_search_hit hit[1] = {{0}};
    np_search_results r = {hit, 1, 45};
    np_search_query q = {.match = "ferry strike", .outlet = "Harbour Post", .until = "2024-05-01", .limit = 20,
                         .offset = 20};
    np_buf b;
    np_buf_init(&b, 0);
    assert_int_equal(np_html_search_page(&q, &r, NULL, &b), NP_OK);
    assert_non_null(strstr(b.data, "href=\"/search?q=ferry%20strike&amp;outlet=Harbour%20Post&amp;until=2024-05-01"
                                   "&amp;page=1\">previous</a>"));
    assert_non_null(strstr(b.data, "href=\"/search?q=ferry%20strike&amp;outlet=Harbour%20Post&amp;until=2024-05-01"
                                   "&amp;page=3\">next</a>"));
    assert_null(strstr(b.data, "since="));
    np_buf_free(&b);
}

static void test_brief_defensive(void **state)
{
    (void)state;
    /* unknown fields, missing fields, wrong types: rendered as absent */
    const char *json =
        "{\"stories\":[{\"story\":3,\"new_field\":{\"x\":[1,2]},"
        "\"documents\":[{\"doc\":\"d1\",\"outlet\":\"Out<1>\",\"title\":\"T <i>1</i>\","
        "\"text\":\"First para.\\nThe mayor said <b>yes</b> today. More words.\\nLast.\"},"
        "{\"doc\":7,\"title\":null},{\"doc\":\"d3\",\"title\":\"T3\",\"same_text_as\":\"d1\"},"
        "{\"doc\":\"d4\",\"same_text_as\":\"gone\"},{\"doc\":\"d5\",\"same_text_as\":5}],"
        "\"facts\":[{\"summary\":\"Mayor <b>said</b> yes\",\"outlets\":2,\"support\":["
        "{\"doc\":\"d1\",\"outlet\":\"Out<1>\",\"text\":\"The mayor said <b>yes</b> today.\"},"
        "{\"doc\":\"gone\",\"text\":\"Not in any document.\"}, 5, null]},"
        "{\"summary\":42,\"outlets\":\"x\",\"support\":{}}],"
        "\"quotes\":\"not an array\",\"timeline\":[{\"date\":\"2026-01-02\",\"event\":\"E\",\"sources\":[]}],"
        "\"framing\":[{\"doc\":\"d1\",\"outlet\":\"Out<1>\",\"terms\":[\"yes\"],"
        "\"categories\":[{\"term\":\"yes\",\"category\":\"c\"}]}]}]}";
    np_buf b;
    np_buf_init(&b, 0);
    np_html_opts o = {.standalone = 1};
    assert_int_equal(np_html_brief_page(json, strlen(json), &o, &b), NP_OK);
    assert_non_null(strstr(b.data, "Mayor &lt;b&gt;said&lt;/b&gt; yes"));
    /* the sentence marked inside its paragraph, and the paragraph around it */
    assert_non_null(strstr(b.data, "<mark>The mayor said &lt;b&gt;yes&lt;/b&gt; today.</mark> More words."));
    assert_non_null(strstr(b.data, "<mark>Not in any document.</mark>"));
    assert_non_null(strstr(b.data, "Out&lt;1&gt;"));
    /* a copy names the outlet it copies; a copy of an unknown document or of no string names nothing */
    const char *copy = strstr(b.data, "(same text as Out&lt;1&gt;)");
    assert_non_null(copy);
    assert_null(strstr(copy + 2, "same text as"));
    assert_null(strstr(b.data, "<b>"));
    assert_null(strstr(b.data, "<script"));
    assert_non_null(strstr(b.data, "<ol class=\"timeline\">"));
    np_buf_free(&b);
    np_buf_init(&b, 0);
    assert_int_equal(np_html_brief_page("{\"stories\":", 11, &o, &b), NP_EPARSE);
    assert_int_equal(np_html_brief_page("[1]", 3, &o, &b), NP_EPARSE);
    np_buf_free(&b);
}

static void put(np_store *st, const char *key, const char *outlet, const char *date, const char *title,
                const char *text)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    np_doc_set(&d->key, key);
    np_doc_set(&d->outlet, outlet);
    np_doc_set(&d->published, date);
    np_doc_set(&d->title, title);
    np_doc_set(&d->text, text);
    assert_int_equal(np_doc_finish(d), NP_OK);
    int ins = 0;
    assert_int_equal(np_store_put_doc(st, d, &ins, NULL), NP_OK);
    assert_int_equal(ins, 1);
    np_doc_free(d);
}

static np_store *sample_store(char **dir, char **path)
{
    *dir = np_test_tmpdir();
    size_t n = strlen(*dir) + 16;
    *path = malloc(n);
    snprintf(*path, n, "%s/w.db", *dir);
    np_store *st = NULL;
    assert_int_equal(np_store_open(*path, &st, NULL), NP_OK);
    put(st, "k1", "North Paper", "2026-05-01", "Ferry strike ends", "The ferry strike ended on Friday after talks.");
    put(st, "k2", "South Wire", "2026-05-02", "Talks end ferry dispute", "Union and operator signed a deal; ferries sail again.");
    put(st, "k3", "North Paper", "2026-06-10", "Library reopens", "The old library reopened with a new reading room.");
    int64_t s1, s2;
    assert_int_equal(np_store_new_story(st, "Ferry strike", &s1, NULL), NP_OK);
    assert_int_equal(np_store_new_story(st, "Library", &s2, NULL), NP_OK);
    assert_int_equal(np_store_assign(st, 1, s1, 0, NULL), NP_OK);
    assert_int_equal(np_store_assign(st, 2, s1, 0, NULL), NP_OK);
    assert_int_equal(np_store_assign(st, 3, s2, 0, NULL), NP_OK);
    return st;
}

static void cleanup(np_store *st, char *dir, char *path)
{
    np_store_close(st);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
    free(path);
    free(dir);
}

static void test_search(void **state)
{
    (void)state;
    char *dir, *path;
    np_store *st = sample_store(&dir, &path);
    np_search_results r;
    np_search_query q = {.match = "ferry"};
    assert_int_equal(np_store_search(st, &q, &r, NULL), NP_OK);
    assert_int_equal(r.total, 2);
    /* k1 has "ferry" in its title and text, k2 only in its title: k1 ranks first */
    assert_string_equal(r.hits[0].key, "k1");
    assert_non_null(strchr(r.hits[0].snippet, NP_SEARCH_MARK_OPEN));
    np_search_results_free(&r);
    q.match = "ferr*";
    q.outlet = "South Wire";
    assert_int_equal(np_store_search(st, &q, &r, NULL), NP_OK);
    assert_int_equal(r.total, 1);
    assert_int_equal(r.hits[0].story_id, 1);
    np_search_results_free(&r);
    np_search_query q2 = {.match = "\"reading room\"", .since = "2026-06"};
    assert_int_equal(np_store_search(st, &q2, &r, NULL), NP_OK);
    assert_int_equal(r.total, 1);
    np_search_results_free(&r);
    q2.until = "2026-05";
    assert_int_equal(np_store_search(st, &q2, &r, NULL), NP_OK);
    assert_int_equal(r.total, 0);
    np_search_results_free(&r);
    np_error e;
    np_search_query bad = {.match = "\"open"};
    assert_int_equal(np_store_search(st, &bad, &r, &e), NP_EPARSE);
    assert_non_null(strstr(e.msg, "malformed search query"));
    bad.match = "";
    assert_int_equal(np_store_search(st, &bad, &r, &e), NP_EINVAL);
    /* story listing: filters and outlets */
    np_story_filter f = {.outlet = "South Wire"};
    np_story_page p;
    assert_int_equal(np_store_story_page(st, &f, &p, NULL), NP_OK);
    assert_int_equal(p.total, 1);
    assert_int_equal(p.rows[0].n_docs, 2);
    assert_int_equal(p.rows[0].n_outlet_names, 2);
    assert_string_equal(p.rows[0].outlets[0], "North Paper");
    np_story_page_free(&p);
    np_story_filter g = {.since = "2026-06", .newest_first = 1};
    assert_int_equal(np_store_story_page(st, &g, &p, NULL), NP_OK);
    assert_int_equal(p.total, 1);
    assert_string_equal(p.rows[0].label, "Library");
    np_story_page_free(&p);
    cleanup(st, dir, path);
}

static np_status fake_serialize(void *ctx, const np_brief *b, np_buf *out)
{
    (*(int *)ctx)++;
    (void)b;
    return np_buf_append_str(out, "{\"stories\":[]}");
}

static np_status upper_view(void *ctx, const char *json, size_t len, np_buf *out)
{
    (*(int *)ctx)++;
    for (size_t i = 0; i < len; i++) {
        char c = json[i];
        np_status s = np_buf_append_char(out, c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
        if (s)
            return s;
    }
    return NP_OK;
}

static void test_cache(void **state)
{
    (void)state;
    char *dir, *path;
    np_store *st = sample_store(&dir, &path);
    char s1[33], s2[33], s3[33];
    assert_int_equal(np_store_story_state(st, 1, "tag", s1, NULL), NP_OK);
    assert_int_equal(np_store_story_state(st, 1, "other", s2, NULL), NP_OK);
    assert_string_not_equal(s1, s2);
    assert_int_equal(np_store_story_state(st, 99, "tag", s3, NULL), NP_ENOTFOUND);
    char *json;
    size_t len;
    assert_int_equal(np_store_cache_get(st, 1, "json", s1, &json, &len, NULL), NP_ENOTFOUND); /* no table yet */
    int builds = 0;
    np_brief_job job = {.build_tag = "tag", .serialize = fake_serialize, .ctx = &builds,
                        .read_cache = 1, .write_cache = 1, .cache_wait_ms = 100};
    np_buf out;
    np_buf_init(&out, 0);
    np_brief_origin origin = 0;
    assert_int_equal(np_pipeline_brief_json(st, &job, 1, &out, &origin, NULL), NP_OK);
    assert_int_equal(origin, NP_BRIEF_BUILT);
    np_buf_reset(&out);
    assert_int_equal(np_pipeline_brief_json(st, &job, 1, &out, &origin, NULL), NP_OK);
    assert_int_equal(origin, NP_BRIEF_CACHED);
    assert_int_equal(builds, 1);
    assert_string_equal(out.data, "{\"stories\":[]}");
    /* moving a document into the story changes its state: rebuilt */
    assert_int_equal(np_store_assign(st, 3, 1, 0, NULL), NP_OK);
    np_buf_reset(&out);
    assert_int_equal(np_pipeline_brief_cached_only(st, &job, 1, &out, NULL), NP_ENOTFOUND);
    assert_int_equal(np_pipeline_brief_json(st, &job, 1, &out, &origin, NULL), NP_OK);
    assert_int_equal(origin, NP_BRIEF_BUILT);
    assert_int_equal(builds, 2);
    /* a view is made once per state, then read from the cache */
    int views = 0;
    for (int i = 0; i < 2; i++) {
        np_buf_reset(&out);
        assert_int_equal(np_pipeline_brief_view(st, &job, 1, "upper", upper_view, &views, &out, NULL), NP_OK);
        assert_string_equal(out.data, "{\"STORIES\":[]}");
    }
    assert_int_equal(views, 1);
    assert_int_equal(builds, 2);
    np_buf_free(&out);
    cleanup(st, dir, path);
}

typedef struct args {
    const char *names[4], *values[4];
} args;

static const char *arg_of(void *ctx, const char *name)
{
    args *a = ctx;
    for (int i = 0; i < 4 && a->names[i]; i++)
        if (strcmp(a->names[i], name) == 0)
            return a->values[i];
    return NULL;
}

static int status_of(const np_app *app, const char *method, const char *path, args *a, char **body)
{
    np_request rq = {method, path, arg_of, a};
    np_response rs;
    assert_int_equal(np_app_handle(app, &rq, &rs), NP_OK);
    int s = rs.status;
    if (body)
        *body = rs.static_body ? strdup(rs.static_body) : np_buf_take(&rs.body);
    np_app_response_free(&rs);
    return s;
}

static void test_app_routes(void **state)
{
    (void)state;
    char *dir, *path;
    np_store *st = sample_store(&dir, &path);
    np_store_close(st);
    np_app app = {.db_path = path, .build_tag = "t", .cache_wait_ms = 100};
    args none = {{NULL}, {NULL}};
    char *body = NULL;
    assert_int_equal(status_of(&app, "GET", "/", &none, &body), 200);
    assert_non_null(strstr(body, "Ferry strike"));
    free(body);
    args bad_page = {{"page"}, {"0"}};
    assert_int_equal(status_of(&app, "GET", "/", &bad_page, NULL), 400);
    args bad_date = {{"since"}, {"2026-5-1"}};
    assert_int_equal(status_of(&app, "GET", "/api/stories", &bad_date, NULL), 400);
    args q = {{"q", "outlet"}, {"ferry", "North Paper"}};
    assert_int_equal(status_of(&app, "GET", "/api/search", &q, &body), 200);
    assert_non_null(strstr(body, "\"total\": 1"));
    free(body);
    args badq = {{"q"}, {"\"open"}};
    assert_int_equal(status_of(&app, "GET", "/search", &badq, &body), 400);
    assert_non_null(strstr(body, "malformed search query"));
    free(body);
    assert_int_equal(status_of(&app, "GET", "/api/search", &none, NULL), 400);
    assert_int_equal(status_of(&app, "GET", "/doc/k2", &none, NULL), 200);
    assert_int_equal(status_of(&app, "GET", "/api/docs/3", &none, NULL), 200);
    assert_int_equal(status_of(&app, "GET", "/doc/nope", &none, NULL), 404);
    assert_int_equal(status_of(&app, "GET", "/story/12x", &none, NULL), 400);
    assert_int_equal(status_of(&app, "GET", "/story/007", &none, NULL), 400);
    assert_int_equal(status_of(&app, "GET", "/story/99", &none, NULL), 404);
    assert_int_equal(status_of(&app, "GET", "/outlet/North%20Paper", &none, NULL), 404);
    /* an outlet page builds (a few) briefs it lacks, so it is never a list of "not built yet" */
    assert_int_equal(status_of(&app, "GET", "/outlet/North Paper", &none, &body), 200);
    assert_null(strstr(body, "has not been built yet"));
    free(body);
    assert_int_equal(status_of(&app, "POST", "/", &none, NULL), 405);
    assert_int_equal(status_of(&app, "GET", "/api/nothing", &none, &body), 404);
    assert_non_null(strstr(body, "\"status\": 404"));
    free(body);
    assert_int_equal(status_of(&app, "GET", "/api/schema", &none, &body), 200);
    assert_non_null(strstr(body, "\"$defs\""));
    free(body);
    np_app missing = {.db_path = "/nonexistent/x.db", .build_tag = "t"};
    assert_int_equal(status_of(&missing, "GET", "/", &none, NULL), 503);
    cleanup(NULL, dir, path);
}

/* A story merged into another keeps its old number: /story/OLD serves the
 * story it became, the same brief as /story/NEW. */
static void test_app_story_alias(void **state)
{
    (void)state;
    char *dir, *path;
    np_store *st = sample_store(&dir, &path);
    assert_int_equal(np_store_merge_stories(st, 2, 1, NULL), NP_OK);
    np_store_close(st);
    np_app app = {.db_path = path, .build_tag = "t", .cache_wait_ms = 100};
    args none = {{NULL}, {NULL}};
    char *old = NULL, *cur = NULL;
    assert_int_equal(status_of(&app, "GET", "/api/stories/1", &none, &cur), 200);
    assert_int_equal(status_of(&app, "GET", "/api/stories/2", &none, &old), 200);
    assert_string_equal(old, cur);
    assert_non_null(strstr(cur, "Library reopens")); /* the merged story's document is there */
    free(old);
    free(cur);
    assert_int_equal(status_of(&app, "GET", "/story/3", &none, NULL), 404);
    cleanup(NULL, dir, path);
}

/* A claim whose words are a piece of a longer quotation reads as the
 * excerpt it is on the page, as in text output. */
static void test_brief_quotation_piece(void **state)
{
    (void)state;
    const char *json =
        "{\"stories\":[{\"story\":1,\"documents\":[{\"doc\":\"d1\",\"outlet\":\"Vell Post\","
        "\"text\":\"The mayor said: \\\"The quay will reopen. The board paid.\\\" It rained.\"}],"
        "\"facts\":[{\"summary\":\"The mayor said: \\\"The quay will reopen.\",\"outlets\":1,"
        "\"support\":[{\"doc\":\"d1\",\"text\":\"The mayor said: \\\"The quay will reopen.\"}]}]}]}";
    np_buf b;
    np_buf_init(&b, 0);
    np_html_opts o = {.standalone = 1};
    assert_int_equal(np_html_brief_page(json, strlen(json), &o, &b), NP_OK);
    assert_non_null(strstr(b.data, "The quay will reopen. [\u2026]&quot;"));
    np_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escape),      cmocka_unit_test(test_urls),
        cmocka_unit_test(test_brief_defensive), cmocka_unit_test(test_brief_quotation_piece),
        cmocka_unit_test(test_search),
        cmocka_unit_test(test_search_pager_links),
        cmocka_unit_test(test_app_story_alias),
        cmocka_unit_test(test_cache),       cmocka_unit_test(test_app_routes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
