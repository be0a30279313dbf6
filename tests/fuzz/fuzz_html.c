/*
 * tests/fuzz/fuzz_html.c — libFuzzer target for np_html_to_doc.
 *
 * The first input byte picks a charset hint (none, utf-8, latin-1,
 * shift_jis, utf-16, a bogus label) so the conversion paths get fuzzed
 * too; the rest is the page.  Build and run with tests/fuzz/run.sh.
 */
#include <stddef.h>
#include <stdint.h>

#include "core/doc.h"
#include "article/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const hints[] = {NULL, "utf-8", "iso-8859-1", "shift_jis", "utf-16", "x-bogus"};
    const char *hint = NULL;
    if (size > 0) {
        hint = hints[data[0] % (sizeof hints / sizeof *hints)];
        data++;
        size--;
    }
    np_doc *doc = np_doc_new();
    if (!doc)
        return 0;
    np_error err;
    np_html_to_doc((const char *)data, size, "https://fuzz.example/2025/01/02/page", hint, doc, &err);
    np_doc_free(doc);
    return 0;
}
