/* tests/unit/testutil.c — see testutil.h. */
#include "testutil.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *np_test_root(void)
{
    static char root[PATH_MAX];
    if (!root[0]) {
        const char *env = getenv("NP_ROOT");
        if (env && *env)
            snprintf(root, sizeof root, "%s", env);
        else if (!getcwd(root, sizeof root))
            snprintf(root, sizeof root, ".");
    }
    return root;
}

const char *np_test_shared_dir(void)
{
    static char dir[PATH_MAX + 16];
    const char *env = getenv("NP_SHARED");
    if (env && *env)
        snprintf(dir, sizeof dir, "%s", env);
    else
        snprintf(dir, sizeof dir, "%s/../shared", np_test_root());
    struct stat st;
    char probe[PATH_MAX + 32];
    snprintf(probe, sizeof probe, "%s/seeds", dir);
    if (stat(probe, &st) != 0 || !S_ISDIR(st.st_mode))
        return NULL;
    return dir;
}

char *np_test_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n - 1 == 0) {
            char *p = realloc(buf, cap * 2);
            if (!p) { free(buf); buf = NULL; break; }
            buf = p;
            cap *= 2;
        }
    }
    fclose(f);
    if (!buf)
        return NULL;
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

int np_test_write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t w = fwrite(data, 1, len, f);
    return (fclose(f) == 0 && w == len) ? 0 : -1;
}

char *np_test_tmpdir(void)
{
    const char *base = getenv("TMPDIR");
    char tmpl[PATH_MAX];
    snprintf(tmpl, sizeof tmpl, "%s/nptest.XXXXXX", base && *base ? base : "/tmp");
    char *d = mkdtemp(tmpl);
    return d ? strdup(d) : NULL;
}

np_doc *np_test_doc(const char *key, const char *published, const char *text)
{
    np_doc *d = np_doc_new();
    assert_non_null(d);
    assert_int_equal(np_doc_set(&d->key, key), NP_OK);
    assert_int_equal(np_doc_set(&d->outlet, key), NP_OK);
    if (published)
        assert_int_equal(np_doc_set(&d->published, published), NP_OK);
    assert_int_equal(np_doc_set(&d->text, text), NP_OK);
    return d;
}

np_brief *np_test_brief(const char *published, const char *const *texts, size_t n)
{
    np_doc **docs = calloc(n, sizeof *docs);
    assert_non_null(docs);
    for (size_t i = 0; i < n; i++) {
        char key[16];
        snprintf(key, sizeof key, "%c.txt", (char)('a' + i % 26));
        docs[i] = np_test_doc(key, published, texts[i]);
    }
    np_brief *br = NULL;
    np_error err;
    assert_int_equal(np_brief_build(docs, n, 1, &br, &err), NP_OK);
    for (size_t i = 0; i < n; i++)
        np_doc_free(docs[i]);
    free(docs);
    return br;
}

np_brief *np_test_brief_led(const char *published, const char *const *texts, size_t n)
{
    static const char *const leads[] = {
        "Almond growers on the upper terraces met at dawn. The cooperative weighed the first baskets by lantern "
        "light. A tractor hauled the sacks down the gravel lane. Swallows nested under the barn roof. The "
        "orchard gate was painted blue.\n\n",
        "A lighthouse keeper repainted the iron railings of his tower. Seabirds nested on the ledge below the lamp "
        "room. Gulls circled the rowing boat at low tide. Fog horns sounded twice before dusk. The keeper's dog "
        "slept on the steps.\n\n",
        "The violin workshop behind the chapel varnished a cello. The apprentices carved scrolls from seasoned "
        "maple. Shavings covered the bench beside the stove. A tuning fork rang on the windowsill. Rosin dust "
        "gathered in the corners.\n\n",
        "Quarry workers split granite blocks on the northern slope. A crane lowered each block onto a flat wagon. "
        "Dust settled over the juniper bushes. A kestrel hovered above the spoil heap. The foreman rang a "
        "brass bell at noon.\n\n",
        "Beekeepers in the orchard smoked the hives before noon. Honeycomb frames dripped into copper pans. A "
        "spaniel dozed under the cart. Lavender grew along the wall. Wax candles cooled in wooden moulds.\n\n",
        "A glassblower shaped a green vase over the furnace. An assistant trimmed the molten rim with shears. "
        "Finished bowls cooled on a brick shelf. Sand arrived by barge each spring. A cracked goblet sat by "
        "the door.\n\n"};
    assert_true(n <= sizeof leads / sizeof *leads);
    char **led = calloc(n ? n : 1, sizeof *led);
    assert_non_null(led);
    for (size_t i = 0; i < n; i++) {
        size_t a = strlen(leads[i]), b = strlen(texts[i]);
        led[i] = malloc(a + b + 1);
        assert_non_null(led[i]);
        memcpy(led[i], leads[i], a);
        memcpy(led[i] + a, texts[i], b + 1);
    }
    np_brief *br = np_test_brief(published, (const char *const *)led, n);
    for (size_t i = 0; i < n; i++)
        free(led[i]);
    free(led);
    return br;
}

np_brief *np_test_brief3(const char *published, const char *a, const char *b, const char *c)
{
    const char *texts[3] = {a, b, c};
    return np_test_brief(published, texts, 3);
}

int np_test_cites(const np_brief *b, const np_bref *r, size_t n, const char *key, const char *needle)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(b->docs[r[i].doc].key, key) == 0 && strstr(r[i].text, needle))
            return 1;
    return 0;
}

int np_test_together(const np_brief *b, const char *ka, const char *na, const char *kb, const char *nb)
{
    for (size_t i = 0; i < b->n_facts; i++) {
        const np_brief_fact *f = &b->facts[i];
        if (np_test_cites(b, f->support, f->n_support, ka, na) &&
            np_test_cites(b, f->support, f->n_support, kb, nb))
            return 1;
    }
    return 0;
}

int np_test_in_any_fact(const np_brief *b, const char *key, const char *needle)
{
    for (size_t i = 0; i < b->n_facts; i++)
        if (np_test_cites(b, b->facts[i].support, b->facts[i].n_support, key, needle))
            return 1;
    return 0;
}

const np_brief_discrepancy *np_test_disc_with(const np_brief *b, const char *x, const char *y)
{
    for (size_t i = 0; i < b->n_discrepancies; i++) {
        const np_brief_discrepancy *d = &b->discrepancies[i];
        int hx = 0, hy = 0;
        for (size_t k = 0; k < d->n_items; k++) {
            hx |= strstr(d->items[k].text, x) != NULL;
            hy |= strstr(d->items[k].text, y) != NULL;
        }
        if (hx && hy)
            return d;
    }
    return NULL;
}
