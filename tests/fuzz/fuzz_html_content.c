/*
 * tests/fuzz/fuzz_html_content.c — libFuzzer target for the main-content
 * pass and its fallbacks (np_html_main_text: container, standfirst, wider
 * container, density pass, reason codes) on a page parsed by libxml2.
 *
 * Input: a title line, a description line, then the page, so that the
 * paths keyed on the title and the metadata summary (a leading copy of
 * the title dropped, the summary shown above the body taken as the
 * standfirst) get fuzzed too.  Build and run with tests/fuzz/run.sh.
 */
#include <libxml/HTMLparser.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "article/html.h"
#include "article/html_content.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The next line of data as a new string (NULL when empty). */
static char *take_line(const uint8_t **data, size_t *size)
{
    const uint8_t *nl = memchr(*data, '\n', *size);
    size_t n = nl ? (size_t)(nl - *data) : *size;
    char *s = NULL;
    if (n && (s = malloc(n + 1)) != NULL) {
        memcpy(s, *data, n);
        s[n] = '\0';
    }
    *data += nl ? n + 1 : n;
    *size -= nl ? n + 1 : n;
    return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    char *title = take_line(&data, &size);
    char *description = take_line(&data, &size);
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    xmlDoc *x = ctxt ? htmlCtxtReadMemory(ctxt, (const char *)data, (int)size, NULL, "UTF-8",
                                          HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                              HTML_PARSE_NONET | HTML_PARSE_COMPACT)
                     : NULL;
    if (x) {
        np_buf out;
        np_buf_init(&out, 0);
        np_error err;
        np_error_clear(&err);
        np_html_path path;
        np_status st = np_html_main_text(x, title, description, &out, &path, &err);
        char code[32];
        const char *reason = np_article_reason(&err, code, sizeof code);
        /* an empty result always says why; a text is never empty */
        if ((st == NP_EEMPTY && !reason) || (st == NP_OK && out.len == 0))
            abort();
        (void)np_html_path_name(path);
        np_buf_free(&out);
        xmlFreeDoc(x);
    }
    if (ctxt)
        htmlFreeParserCtxt(ctxt);
    free(title);
    free(description);
    return 0;
}
