/* bench/parsers/compare_parsers.c — libxml2's HTML parser against gumbo on
 * the same pages, in the same run.
 *
 * Standalone program (not linked against newsprism, not built by the
 * Makefile, which only picks up the .c files directly in bench/): bench/parsers/run.sh compiles
 * and runs it.
 *
 *   compare_parsers [DIR] [DEPTH]
 *
 * DIR holds *.html.gz pages (default: the scrapinghub set in ../shared);
 * they are all read into memory before any timing.  DEPTH (default 100000)
 * is the nesting of the generated hostile page.
 *
 * Measures, per parser:
 *  - parse-only time (parse + free the tree, nothing else): each page is
 *    parsed 5 times, the per-page median is kept; ms/page is the mean of
 *    those medians and MB/s the input bytes over their sum.  Passes
 *    alternate which parser goes first so neither always has warm caches;
 *  - peak RSS: one pass over all pages in a forked child, VmHWM of the
 *    child, also given as the rise over the RSS at fork (the loaded pages);
 *  - a sanity count: non-blank text code points outside script/style,
 *    walked iteratively with an explicit stack (no recursion: the trees may
 *    be 100,000 deep).  Blank characters are left out because libxml2 drops
 *    some whitespace-only text nodes that gumbo keeps;
 *  - a DEPTH-deep page (<div> x DEPTH, text, </div> x DEPTH, then a <p>):
 *    time, depth of the tree built, whether the text inside and after the
 *    nest survive.  Each run is in a forked child so a crash (gumbo frees
 *    its tree recursively) or a time-out is reported, not fatal.
 *
 * Parser settings are those of src/article/html.c: libxml2 gets the bytes as
 * UTF-8 with RECOVER|NOERROR|NOWARNING|NONET|COMPACT|IGNORE_ENC (all the
 * pages are valid UTF-8, and gumbo only reads UTF-8); gumbo gets its
 * defaults with max_errors = 0, so that like libxml2 with NOERROR it keeps
 * no error list.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <glob.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#define PASSES 5
#define DEEP_TIMEOUT_S 300

static const int xml_opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                            HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;

typedef struct {
    char *data;
    size_t len;
} page;

enum { P_XML, P_GUMBO, P_XML_HUGE, P_COUNT };
static const char *const pname[P_COUNT] = {"libxml2", "gumbo", "libxml2+HUGE"};

/* what a walk of one tree finds */
typedef struct {
    uint64_t chars; /* non-blank code points outside script/style */
    size_t depth;   /* deepest element */
    int has_deep;   /* the marker text inside the nest */
    int has_after;  /* the marker text after it */
} walk_result;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("compare_parsers: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fputs("compare_parsers: out of memory\n", stderr);
        exit(1);
    }
    return q;
}

/* One gzip file into memory, NUL-terminated. */
static int load_gz(const char *path, page *out)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 1 << 16, len = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (cap - len < 65536) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        int n = gzread(f, buf + len, (unsigned)(cap - len - 1));
        if (n < 0) {
            gzclose(f);
            free(buf);
            return -1;
        }
        if (n == 0)
            break;
        len += (size_t)n;
    }
    gzclose(f);
    buf[len] = '\0';
    out->data = buf;
    out->len = len;
    return 0;
}

/* Counts the code points of s that are not ASCII blanks (UTF-8 lead
 * bytes only, so both parsers' output is counted the same way). */
static uint64_t count_chars(const char *s, size_t n)
{
    uint64_t c = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if ((b & 0xC0) == 0x80)
            continue;
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f')
            continue;
        c++;
    }
    return c;
}

static void note_text(walk_result *r, const char *s, size_t n)
{
    r->chars += count_chars(s, n);
    if (memmem(s, n, "DEEPMARK", 8))
        r->has_deep = 1;
    if (memmem(s, n, "AFTERMARK", 9))
        r->has_after = 1;
}

/* explicit stack of (node, depth) */
typedef struct {
    const void **node;
    size_t *depth;
    size_t len, cap;
} walk_stack;

static void push(walk_stack *st, const void *n, size_t d)
{
    if (st->len == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 256;
        st->node = xrealloc(st->node, st->cap * sizeof *st->node);
        st->depth = xrealloc(st->depth, st->cap * sizeof *st->depth);
    }
    st->node[st->len] = n;
    st->depth[st->len] = d;
    st->len++;
}

static void stack_free(walk_stack *st)
{
    free(st->node);
    free(st->depth);
}

static walk_result walk_xml(xmlDoc *doc)
{
    walk_result r = {0, 0, 0, 0};
    walk_stack st = {0};
    for (xmlNode *c = doc ? doc->children : NULL; c; c = c->next)
        push(&st, c, 1);
    while (st.len) {
        st.len--;
        const xmlNode *n = st.node[st.len];
        size_t d = st.depth[st.len];
        if (n->type == XML_ELEMENT_NODE) {
            if (d > r.depth)
                r.depth = d;
            if (n->name && (!strcasecmp((const char *)n->name, "script") ||
                            !strcasecmp((const char *)n->name, "style")))
                continue;
            for (xmlNode *c = n->children; c; c = c->next)
                push(&st, c, d + 1);
        } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
            note_text(&r, (const char *)n->content, strlen((const char *)n->content));
        }
    }
    stack_free(&st);
    return r;
}

static walk_result walk_gumbo(const GumboNode *root)
{
    walk_result r = {0, 0, 0, 0};
    walk_stack st = {0};
    if (root)
        push(&st, root, 0);
    while (st.len) {
        st.len--;
        const GumboNode *n = st.node[st.len];
        size_t d = st.depth[st.len];
        const GumboVector *kids = NULL;
        switch (n->type) {
        case GUMBO_NODE_DOCUMENT:
            kids = &n->v.document.children;
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            if (d > r.depth)
                r.depth = d;
            if (n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE)
                break;
            kids = &n->v.element.children;
            break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            if (n->v.text.text)
                note_text(&r, n->v.text.text, strlen(n->v.text.text));
            break;
        default:
            break;
        }
        for (unsigned i = 0; kids && i < kids->length; i++)
            push(&st, kids->data[i], d + 1);
    }
    stack_free(&st);
    return r;
}

static GumboOptions gumbo_opts(void)
{
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 0;
    return o;
}

/* Parses p with parser k; with want_walk, walks the tree before freeing.
 * Returns -1 when the parser built no tree. */
static int parse_one(int k, const page *p, int want_walk, walk_result *wr)
{
    if (k == P_GUMBO) {
        GumboOptions o = gumbo_opts();
        GumboOutput *out = gumbo_parse_with_options(&o, p->data, p->len);
        if (!out)
            return -1;
        if (want_walk)
            *wr = walk_gumbo(out->document);
        gumbo_destroy_output(&o, out);
        return 0;
    }
    int opts = xml_opts | (k == P_XML_HUGE ? XML_PARSE_HUGE : 0);
    xmlDoc *d = htmlReadMemory(p->data, (int)p->len, NULL, "UTF-8", opts);
    if (!d)
        return -1;
    if (want_walk)
        *wr = walk_xml(d);
    xmlFreeDoc(d);
    return 0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static long status_kb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long v = -1;
    size_t fl = strlen(field);
    while (fgets(line, sizeof line, f)) {
        if (!strncmp(line, field, fl) && line[fl] == ':') {
            v = strtol(line + fl + 1, NULL, 10);
            break;
        }
    }
    fclose(f);
    return v;
}

/* Peak RSS of one pass of parser k over all pages, in a forked child so the
 * two parsers do not share a high-water mark.  Returns 0 and the peak and
 * the rise over the RSS at fork, in kB. */
static int measure_rss(int k, const page *pages, size_t n, long *peak_kb, long *rise_kb)
{
    int fd[2];
    if (pipe(fd))
        return -1;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        close(fd[0]);
        long v[2];
        long start = status_kb("VmRSS");
        walk_result wr;
        for (size_t i = 0; i < n; i++)
            parse_one(k, &pages[i], 0, &wr);
        v[0] = status_kb("VmHWM");
        v[1] = v[0] - start;
        ssize_t w = write(fd[1], v, sizeof v);
        _exit(w == (ssize_t)sizeof v ? 0 : 1);
    }
    close(fd[1]);
    long v[2] = {-1, -1};
    ssize_t r = read(fd[0], v, sizeof v);
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (r != (ssize_t)sizeof v || !WIFEXITED(status) || WEXITSTATUS(status))
        return -1;
    *peak_kb = v[0];
    *rise_kb = v[1];
    return 0;
}

/* The hostile page: depth nested <div>s around a marker, then a <p>. */
static page make_deep(size_t depth)
{
    static const char head[] = "<!DOCTYPE html><html><head><title>deep</title></head><body>";
    static const char mid[] = "DEEPMARK";
    static const char tail[] = "<p>AFTERMARK</p></body></html>";
    size_t len = strlen(head) + depth * 5 + strlen(mid) + depth * 6 + strlen(tail);
    page p = {xmalloc(len + 1), len};
    char *w = p.data;
    memcpy(w, head, strlen(head));
    w += strlen(head);
    for (size_t i = 0; i < depth; i++, w += 5)
        memcpy(w, "<div>", 5);
    memcpy(w, mid, strlen(mid));
    w += strlen(mid);
    for (size_t i = 0; i < depth; i++, w += 6)
        memcpy(w, "</div>", 6);
    memcpy(w, tail, strlen(tail));
    w += strlen(tail);
    *w = '\0';
    return p;
}

typedef struct {
    int ok;           /* 1: finished; 0: crashed or timed out */
    char why[64];     /* when not ok */
    double parse_s;   /* parse only */
    double free_s;    /* freeing the tree */
    walk_result wr;
} deep_result;

/* Parses the deep page with parser k in a forked child under a time-out. */
static deep_result run_deep(int k, const page *p)
{
    deep_result res;
    memset(&res, 0, sizeof res);
    int fd[2];
    if (pipe(fd)) {
        snprintf(res.why, sizeof res.why, "pipe failed");
        return res;
    }
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(res.why, sizeof res.why, "fork failed");
        return res;
    }
    if (pid == 0) {
        close(fd[0]);
        alarm(DEEP_TIMEOUT_S);
        deep_result c;
        memset(&c, 0, sizeof c);
        double t0 = now_s(), t1;
        if (k == P_GUMBO) {
            GumboOptions o = gumbo_opts();
            GumboOutput *out = gumbo_parse_with_options(&o, p->data, p->len);
            t1 = now_s();
            if (out) {
                c.wr = walk_gumbo(out->document);
                double tf = now_s();
                gumbo_destroy_output(&o, out);
                c.free_s = now_s() - tf;
            }
        } else {
            int opts = xml_opts | (k == P_XML_HUGE ? XML_PARSE_HUGE : 0);
            xmlDoc *d = htmlReadMemory(p->data, (int)p->len, NULL, "UTF-8", opts);
            t1 = now_s();
            if (d) {
                c.wr = walk_xml(d);
                double tf = now_s();
                xmlFreeDoc(d);
                c.free_s = now_s() - tf;
            }
        }
        c.parse_s = t1 - t0;
        c.ok = 1;
        ssize_t w = write(fd[1], &c, sizeof c);
        _exit(w == (ssize_t)sizeof c ? 0 : 1);
    }
    close(fd[1]);
    ssize_t r = read(fd[0], &res, sizeof res);
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (r != (ssize_t)sizeof res || !WIFEXITED(status) || WEXITSTATUS(status)) {
        memset(&res, 0, sizeof res);
        if (WIFSIGNALED(status))
            snprintf(res.why, sizeof res.why, "%s (signal %d)",
                     WTERMSIG(status) == SIGALRM ? "timed out" : strsignal(WTERMSIG(status)),
                     WTERMSIG(status));
        else
            snprintf(res.why, sizeof res.why, "child failed");
    }
    return res;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "/work/shared/data/extraction/scrapinghub/html";
    size_t depth = argc > 2 ? (size_t)strtoul(argv[2], NULL, 10) : 100000;

    char pat[4096];
    snprintf(pat, sizeof pat, "%s/*.html.gz", dir);
    glob_t g;
    if (glob(pat, 0, NULL, &g) || g.gl_pathc == 0) {
        fprintf(stderr, "compare_parsers: no *.html.gz in %s\n", dir);
        return 1;
    }
    size_t n = g.gl_pathc;
    page *pages = xmalloc(n * sizeof *pages);
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        if (load_gz(g.gl_pathv[i], &pages[i]) || pages[i].len > INT32_MAX) {
            fprintf(stderr, "compare_parsers: cannot read %s\n", g.gl_pathv[i]);
            return 1;
        }
        total += pages[i].len;
    }
    globfree(&g);
    xmlInitParser();
    printf("pages: %zu, %.1f MB of HTML (in memory), %d passes, libxml2 %s, gumbo 0.10.x\n\n", n,
           total / 1e6, PASSES, xmlParserVersion);

    /* memory first, before the parent's heap has grown by parsing: a child
     * would otherwise reuse freed, still-resident parent heap and hide its
     * peak */
    long peak[2] = {-1, -1}, rise[2] = {-1, -1};
    for (int k = 0; k < 2; k++)
        if (measure_rss(k, pages, n, &peak[k], &rise[k]))
            fprintf(stderr, "compare_parsers: rss measure failed for %s\n", pname[k]);

    /* sanity walk first: it also warms both parsers up */
    uint64_t chars[2] = {0, 0};
    size_t close1 = 0, maxdepth[2] = {0, 0};
    double worst = 0;
    for (size_t i = 0; i < n; i++) {
        walk_result a = {0}, b = {0};
        if (parse_one(P_XML, &pages[i], 1, &a) || parse_one(P_GUMBO, &pages[i], 1, &b)) {
            fprintf(stderr, "compare_parsers: page %zu gave no tree\n", i);
            return 1;
        }
        chars[0] += a.chars;
        chars[1] += b.chars;
        if (a.depth > maxdepth[0])
            maxdepth[0] = a.depth;
        if (b.depth > maxdepth[1])
            maxdepth[1] = b.depth;
        double hi = (double)(a.chars > b.chars ? a.chars : b.chars);
        double diff = (double)(a.chars > b.chars ? a.chars - b.chars : b.chars - a.chars);
        double rel = hi > 0 ? diff / hi : 0;
        if (rel <= 0.01)
            close1++;
        if (rel > worst)
            worst = rel;
    }

    /* timing: t[k][i][pass] */
    double *t[2];
    for (int k = 0; k < 2; k++)
        t[k] = xmalloc(n * PASSES * sizeof(double));
    for (int pass = 0; pass < PASSES; pass++) {
        for (int o = 0; o < 2; o++) {
            int k = (pass & 1) ? 1 - o : o;
            for (size_t i = 0; i < n; i++) {
                walk_result wr;
                double t0 = now_s();
                parse_one(k, &pages[i], 0, &wr);
                t[k][i * PASSES + pass] = now_s() - t0;
            }
        }
    }
    double sum[2] = {0, 0}, p50[2] = {0, 0}, pmax[2] = {0, 0};
    double *med = xmalloc(n * sizeof(double));
    for (int k = 0; k < 2; k++) {
        for (size_t i = 0; i < n; i++) {
            qsort(&t[k][i * PASSES], PASSES, sizeof(double), cmp_double);
            med[i] = t[k][i * PASSES + PASSES / 2];
            sum[k] += med[i];
        }
        qsort(med, n, sizeof(double), cmp_double);
        p50[k] = med[n / 2];
        pmax[k] = med[n - 1];
    }

    printf("%-34s %14s %14s %10s\n", "measure", "libxml2", "gumbo", "gumbo/lx2");
    printf("%-34s %14.3f %14.3f %10.2f\n", "parse+free ms/page (mean of med.)", sum[0] * 1e3 / n,
           sum[1] * 1e3 / n, sum[1] / sum[0]);
    printf("%-34s %14.3f %14.3f %10.2f\n", "parse+free ms, median page", p50[0] * 1e3, p50[1] * 1e3,
           p50[1] / p50[0]);
    printf("%-34s %14.3f %14.3f %10.2f\n", "parse+free ms, slowest page", pmax[0] * 1e3, pmax[1] * 1e3,
           pmax[1] / pmax[0]);
    printf("%-34s %14.1f %14.1f %10.2f\n", "throughput MB/s", total / 1e6 / sum[0], total / 1e6 / sum[1],
           sum[0] / sum[1]);
    printf("%-34s %14.1f %14.1f %10.2f\n", "peak RSS MB (one pass, child)", peak[0] / 1024.0,
           peak[1] / 1024.0, (double)peak[1] / (double)peak[0]);
    printf("%-34s %14.1f %14.1f %10.2f\n", "  rise over RSS at fork MB", rise[0] / 1024.0, rise[1] / 1024.0,
           rise[0] > 0 ? (double)rise[1] / (double)rise[0] : 0);
    printf("%-34s %14llu %14llu %10.4f\n", "text code points (non-blank)", (unsigned long long)chars[0],
           (unsigned long long)chars[1], (double)chars[1] / (double)chars[0]);
    printf("%-34s %14zu %14zu %10.2f\n", "deepest element on real pages", maxdepth[0], maxdepth[1],
           (double)maxdepth[1] / (double)maxdepth[0]);
    printf("pages whose text counts agree within 1%%: %zu/%zu (worst gap %.1f%%)\n\n", close1, n,
           worst * 100);

    page deep = make_deep(depth);
    printf("hostile page: %zu nested <div>, %.1f MB (each parser in its own child, time-out %d s)\n", depth,
           deep.len / 1e6, DEEP_TIMEOUT_S);
    printf("%-14s %10s %10s %10s %11s %11s\n", "parser", "parse s", "free s", "depth", "inner text",
           "text after");
    const int order[P_COUNT] = {P_XML, P_XML_HUGE, P_GUMBO};
    double deep_s[P_COUNT] = {0};
    for (int j = 0; j < P_COUNT; j++) {
        int k = order[j];
        deep_result d = run_deep(k, &deep);
        if (!d.ok) {
            printf("%-14s %s\n", pname[k], d.why);
            continue;
        }
        deep_s[k] = d.parse_s;
        printf("%-14s %10.3f %10.3f %10zu %11s %11s\n", pname[k], d.parse_s, d.free_s, d.wr.depth,
               d.wr.has_deep ? "kept" : "lost", d.wr.has_after ? "kept" : "lost");
    }
    /* libxml2 without HUGE stops at depth 256, so it did far less work:
     * the +HUGE run is the like-for-like ratio */
    if (deep_s[P_XML] > 0 && deep_s[P_GUMBO] > 0)
        printf("deep page parse time gumbo/libxml2: %.0f; gumbo/libxml2+HUGE: %.0f\n",
               deep_s[P_GUMBO] / deep_s[P_XML],
               deep_s[P_XML_HUGE] > 0 ? deep_s[P_GUMBO] / deep_s[P_XML_HUGE] : 0.0);

    free(deep.data);
    free(med);
    for (int k = 0; k < 2; k++)
        free(t[k]);
    for (size_t i = 0; i < n; i++)
        free(pages[i].data);
    free(pages);
    xmlCleanupParser();
    return 0;
}
