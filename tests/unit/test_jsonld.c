/* Unit tests for article/jsonld: mending a script's two common faults, and
 * telling a page's own article object from a related story's. */
#include "testutil.h"

#include <string.h>

#include "article/jsonld.h"

static json_t *parse(const char *text, int *mended)
{
    return np_jsonld_parse(text, strlen(text), mended);
}

static void raw_line_break_in_string(void **state)
{
    (void)state;
    int mended = -1;
    json_t *v = parse("{\"@type\":\"NewsArticle\",\"description\":\"Two lines\r\nof text\tand a tab\","
                      "\"headline\":\"Pier opens\"}", &mended);
    assert_non_null(v);
    assert_int_equal(mended, 1);
    assert_string_equal(json_string_value(json_object_get(v, "description")), "Two lines  of text and a tab");
    assert_string_equal(json_string_value(json_object_get(v, "headline")), "Pier opens");
    json_decref(v);
}

static void trailing_commas(void **state)
{
    (void)state;
    int mended = 0;
    json_t *v = parse("[{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"Olaf Brink\"},\n],"
                      "\"note\":\"a comma, }\",\n}, ]", &mended);
    assert_non_null(v);
    assert_int_equal(mended, 1);
    json_t *o = json_array_get(v, 0);
    assert_int_equal(json_array_size(v), 1);
    assert_int_equal(json_array_size(json_object_get(o, "author")), 1);
    /* a comma inside a string is text, not a fault */
    assert_string_equal(json_string_value(json_object_get(o, "note")), "a comma, }");
    json_decref(v);
}

static void escaped_quote_and_valid_input(void **state)
{
    (void)state;
    int mended = -1;
    json_t *v = parse("{\"headline\":\"The \\\"new\\\"\npier\",}", &mended);
    assert_non_null(v);
    assert_int_equal(mended, 1);
    assert_string_equal(json_string_value(json_object_get(v, "headline")), "The \"new\" pier");
    json_decref(v);
    v = parse("{\"headline\":\"Pier\"}", &mended);
    assert_non_null(v);
    assert_int_equal(mended, 0);
    json_decref(v);
}

static void not_json_even_mended(void **state)
{
    (void)state;
    const char *bad[] = {"", "{", "{\"a\":", "{\"a\":\"open\n", "not json, ]", "{\"a\":1}}", "\"\\", ",}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        int mended = -1;
        assert_null(parse(bad[i], &mended));
        assert_int_equal(mended, 0);
    }
    assert_null(np_jsonld_parse("{\"a\":1}", 3, NULL)); /* only len bytes are read */
}

static json_t *object(const char *text)
{
    json_t *v = parse(text, NULL);
    assert_non_null(v);
    return v;
}

static void relation_to_the_page(void **state)
{
    (void)state;
    np_jsonld_page pg = {.urls = {"https://www.harbour.example/2026/12/03/pier/", NULL, NULL},
                         .heads = {"Pier opens at last", NULL, "Pier opens at last | Harbour News"}};
    json_t *by_address = object("{\"@type\":\"NewsArticle\",\"headline\":\"All about the pier\","
                                "\"mainEntityOfPage\":{\"@id\":\"https://harbour.example/2026/12/03/pier#main\"}}");
    json_t *by_title = object("{\"@type\":\"NewsArticle\",\"headline\":\"Pier opens at last\"}");
    json_t *other = object("{\"@type\":\"NewsArticle\",\"headline\":\"Ferry fares to rise\","
                           "\"url\":\"https://harbour.example/2026/11/20/fares/\"}");
    json_t *home_only = object("{\"@type\":\"NewsArticle\",\"@id\":\"https://harbour.example/#article\"}");
    assert_int_equal(np_jsonld_relation(by_address, &pg), NP_JSONLD_ADDRESS);
    assert_int_equal(np_jsonld_relation(by_title, &pg), NP_JSONLD_HEADLINE);
    assert_int_equal(np_jsonld_relation(other, &pg), NP_JSONLD_OTHER);
    assert_int_equal(np_jsonld_relation(home_only, &pg), NP_JSONLD_UNKNOWN);
    /* a page that names neither address nor headline judges nothing */
    np_jsonld_page bare = {{NULL, NULL, NULL}, {NULL, NULL, NULL}};
    assert_int_equal(np_jsonld_relation(other, &bare), NP_JSONLD_UNKNOWN);
    /* the headline as the site-free part of the <title> */
    np_jsonld_page titled = {{NULL, NULL, NULL}, {NULL, NULL, "Harbour News: Pier opens at last"}};
    assert_int_equal(np_jsonld_relation(by_title, &titled), NP_JSONLD_HEADLINE);
    json_t *roots[] = {object("{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"BlogPosting\"}]}"), other};
    json_t *arts[4];
    assert_int_equal(np_jsonld_articles(roots, 2, arts, 4), 2);
    assert_ptr_equal(arts[1], other);
    json_decref(roots[0]);
    json_decref(by_address);
    json_decref(by_title);
    json_decref(other);
    json_decref(home_only);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(raw_line_break_in_string),
        cmocka_unit_test(trailing_commas),
        cmocka_unit_test(escaped_quote_and_valid_input),
        cmocka_unit_test(not_json_even_mended),
        cmocka_unit_test(relation_to_the_page),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
