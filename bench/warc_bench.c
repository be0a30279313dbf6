/*
 * bench/warc_bench.c — throughput and memory of the streaming WARC reader.
 *
 *   BUILD/bench/warc_bench [--extract] FILE [max_record_mb]
 *
 * With --extract every delivered page also goes through np_html_to_doc
 * (charset, parse, main content, metadata), as `newsprism ingest` does
 * before storing: that gives the crawl-scale extraction figures (pages/s,
 * MB/s, flat memory).
 *
 * Reads FILE (.warc or .warc.gz) with np_warc_read and prints records/s,
 * MB/s (decompressed and on disk), the resident set sampled along the way
 * (to show it stays flat) and the peak RSS.  The baseline, measured in the
 * same run on the same file, is the cheapest possible pass over the bytes:
 * fread for a plain file, zlib's gzread (decompression only) for gzip; the
 * reader's speed is printed as a ratio of it.  Make a big input with
 * bench/make_warc.py.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "core/doc.h"
#include "core/mem.h"
#include "article/html.h"
#include "ingest/warc.h"

typedef struct sink {
    unsigned long long body_bytes;
    unsigned sum;
    long rss_first, rss_min, rss_max, rss_last; /* KB, sampled every 200 records */
    unsigned long long n;
    unsigned long long warnings;
    int extract;                  /* also run the HTML extractor */
    unsigned long long extracted; /* pages that gave an article */
    unsigned long long text_bytes;
} sink;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Current resident set in KB from /proc/self/statm. */
static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f)
        return -1;
    char line[128];
    long res = -1;
    if (fgets(line, sizeof line, f)) {
        char *p = strchr(line, ' ');
        if (p)
            res = strtol(p + 1, NULL, 10) * (sysconf(_SC_PAGESIZE) / 1024);
    }
    fclose(f);
    return res;
}

static np_status on_record(void *ctx, const np_warc_record *rec)
{
    sink *s = ctx;
    s->body_bytes += rec->body_len;
    if (rec->body_len)
        s->sum += (unsigned char)rec->body[rec->body_len - 1];
    s->n++;
    if (s->extract) {
        np_doc *d = np_doc_new();
        np_error e;
        if (d && np_html_to_doc(rec->body, rec->body_len, rec->target_uri, rec->charset, d, &e) == NP_OK) {
            s->extracted++;
            s->text_bytes += d->text ? strlen(d->text) : 0;
        }
        np_doc_free(d);
    }
    if (s->n % 200 == 100) {
        long r = rss_kb();
        s->rss_last = r;
        if (!s->rss_first) {
            s->rss_first = s->rss_min = s->rss_max = r;
        } else {
            if (r < s->rss_min)
                s->rss_min = r;
            if (r > s->rss_max)
                s->rss_max = r;
        }
    }
    return NP_OK;
}

static void on_warning(void *ctx, const np_error *w)
{
    sink *s = ctx;
    if (s->warnings++ < 5)
        fprintf(stderr, "warning: %s: byte %lld: %s\n", w->file, w->offset, w->msg);
}

static double baseline(const char *path, int is_gz, unsigned long long *bytes)
{
    static char buf[1 << 20];
    *bytes = 0;
    double t0 = now();
    if (is_gz) {
        gzFile g = gzopen(path, "rb");
        if (!g)
            return -1;
        gzbuffer(g, 256 * 1024);
        int k;
        while ((k = gzread(g, buf, sizeof buf)) > 0)
            *bytes += (unsigned long long)k;
        gzclose(g);
    } else {
        FILE *f = fopen(path, "rb");
        if (!f)
            return -1;
        size_t k;
        while ((k = fread(buf, 1, sizeof buf, f)) > 0)
            *bytes += k;
        fclose(f);
    }
    return now() - t0;
}

int main(int argc, char **argv)
{
    (void)np_mem_tune_process(); /* a speed setting: refused, the allocator works the same, slower */
    int extract = argc > 1 && strcmp(argv[1], "--extract") == 0;
    if (extract) {
        argv++;
        argc--;
    }
    if (argc < 2) {
        fprintf(stderr, "usage: %s [--extract] FILE.warc[.gz] [max_record_mb]\n", argv[0]);
        return 2;
    }
    const char *path = argv[1];
    size_t max = argc > 2 ? (size_t)strtoul(argv[2], NULL, 10) << 20 : 0;
    struct stat sb;
    if (stat(path, &sb) != 0) {
        perror(path);
        return 1;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    unsigned char magic[2] = {0, 0};
    int is_gz = fread(magic, 1, 2, f) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    rewind(f);

    sink s;
    memset(&s, 0, sizeof s);
    s.extract = extract;
    np_warc_stats st;
    np_error err;
    np_error_clear(&err);
    long rss_start = rss_kb();
    double t0 = now();
    np_status rc = np_warc_read(f, path, max, on_record, on_warning, &s, &st, &err);
    double dt = now() - t0;
    fclose(f);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long peak_reader = ru.ru_maxrss;
    if (rc != NP_OK) {
        char msg[1200];
        np_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "error: %s\n", msg);
    }

    unsigned long long base_bytes;
    double bt = baseline(path, is_gz, &base_bytes);

    double mb = (double)st.bytes / 1e6, disk = (double)sb.st_size / 1e6;
    printf("file              %s (%s, %.1f MB on disk, %.1f MB decompressed)\n", path,
           is_gz ? "gzip" : "plain", disk, mb);
    printf("records           %llu seen, %llu delivered (%.1f MB of HTML), skipped: type %llu, "
           "status %llu, media %llu, size %llu; warnings %llu\n",
           (unsigned long long)st.records, (unsigned long long)st.delivered, (double)s.body_bytes / 1e6,
           (unsigned long long)st.skipped_type, (unsigned long long)st.skipped_status,
           (unsigned long long)st.skipped_media, (unsigned long long)st.skipped_size,
           (unsigned long long)st.damaged);
    printf("reader            %.2f s, %.0f records/s, %.1f MB/s decompressed, %.1f MB/s on disk\n", dt,
           (double)st.records / dt, mb / dt, disk / dt);
    if (extract)
        printf("extraction        %llu of %llu pages gave an article (%.1f MB of text): %.0f pages/s, "
               "%.2f ms/page, %.1f MB/s of HTML, reading included\n",
               s.extracted, (unsigned long long)st.delivered, (double)s.text_bytes / 1e6,
               (double)st.delivered / dt, dt * 1e3 / (double)(st.delivered ? st.delivered : 1),
               (double)s.body_bytes / 1e6 / dt);
    printf("baseline          %.2f s, %.1f MB/s decompressed (%s only)\n", bt, (double)base_bytes / 1e6 / bt,
           is_gz ? "zlib gzread" : "fread");
    printf("ratio             reader speed = %.2f x baseline\n", bt / dt);
    printf("rss               start %ld KB; sampled during the read: first %ld KB, min %ld KB, "
           "max %ld KB, last %ld KB; peak after the reader %ld KB\n",
           rss_start, s.rss_first, s.rss_min, s.rss_max, s.rss_last, peak_reader);
    return rc == NP_OK ? 0 : 1;
}
