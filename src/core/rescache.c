/* core/rescache.c — see rescache.h. */
#include "core/rescache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/hash.h"

static const char k_magic[8] = {'N', 'P', 'R', 'C', 'A', 'C', 'H', '1'};

/* header: magic[8], stamp u64, payload length u64, payload hash u64, zeros */
static uint64_t get64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

uint64_t np_rescache_stamp(uint32_t version, const char *key, const char *const *paths, size_t n)
{
    uint64_t h = np_hash64(&version, sizeof version, 0x7265736361636865ull);
    h = np_hash64(key ? key : "", key ? strlen(key) : 0, h);
    for (size_t i = 0; i < n; i++) {
        struct stat sb;
        int64_t v[3] = {-1, -1, -1};
        if (stat(paths[i], &sb) == 0) {
            v[0] = (int64_t)sb.st_size;
            v[1] = (int64_t)sb.st_mtim.tv_sec;
            v[2] = (int64_t)sb.st_mtim.tv_nsec;
        }
        h = np_hash64(paths[i], strlen(paths[i]), h);
        h = np_hash64(v, sizeof v, h);
    }
    return h;
}

int np_rescache_path(const char *name, char *out, size_t cap)
{
    const char *dir = getenv("NEWSPRISM_CACHE_DIR");
    int n;
    if (dir && !strcmp(dir, "off"))
        return 0;
    if (dir && dir[0]) {
        n = snprintf(out, cap, "%s/%s.bin", dir, name);
    } else if ((dir = getenv("XDG_CACHE_HOME")) && dir[0] == '/') {
        n = snprintf(out, cap, "%s/newsprism/%s.bin", dir, name);
    } else if ((dir = getenv("HOME")) && dir[0] == '/') {
        n = snprintf(out, cap, "%s/.cache/newsprism/%s.bin", dir, name);
    } else {
        return 0;
    }
    return n > 0 && (size_t)n < cap;
}

np_status np_rescache_open(const char *path, uint64_t stamp, np_blob *out, np_error *err)
{
    memset(out, 0, sizeof *out);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return np_error_set(err, errno == ENOENT ? NP_ENOTFOUND : NP_EIO, path, 0, -1, "cache: cannot open: %s",
                            strerror(errno));
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        close(fd);
        return np_error_set(err, NP_EIO, path, 0, -1, "cache: cannot stat: %s", strerror(errno));
    }
    size_t size = (size_t)sb.st_size;
    if (size < NP_RESCACHE_HEADER) {
        close(fd);
        return np_error_set(err, NP_EPARSE, path, 0, -1, "cache: truncated header (%zu of %d bytes)", size,
                            NP_RESCACHE_HEADER);
    }
    void *m = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED)
        return np_error_set(err, NP_EIO, path, 0, -1, "cache: cannot map: %s", strerror(errno));
    const unsigned char *h = m;
    const char *why = NULL;
    uint64_t plen = get64(h + 16);
    if (memcmp(h, k_magic, sizeof k_magic))
        why = "not a newsprism cache file (bad magic)";
    else if (get64(h + 32) | get64(h + 40) | get64(h + 48) | get64(h + 56))
        why = "bad header (reserved bytes set)";
    else if (get64(h + 8) != stamp)
        why = "stale (built from other sources or by another format version)";
    else if (plen != size - NP_RESCACHE_HEADER)
        why = plen > size - NP_RESCACHE_HEADER ? "truncated payload" : "trailing bytes after the payload";
    else if (np_hash64(h + NP_RESCACHE_HEADER, plen, stamp) != get64(h + 24))
        why = "corrupt payload (hash mismatch)";
    if (why) {
        munmap(m, size);
        return np_error_set(err, NP_EPARSE, path, 0, -1, "cache: %s", why);
    }
    out->map = m;
    out->map_len = size;
    out->data = h + NP_RESCACHE_HEADER;
    out->len = (size_t)plen;
    return NP_OK;
}

static int mkdirs(char *dir)
{
    for (char *p = dir + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            int r = mkdir(dir, 0755);
            *p = '/';
            if (r != 0 && errno != EEXIST)
                return -1;
        }
    return mkdir(dir, 0755) == 0 || errno == EEXIST ? 0 : -1;
}

np_status np_rescache_write(const char *path, uint64_t stamp, const void *payload, size_t len, np_error *err)
{
    char dir[4096], tmp[4200];
    if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir)
        return np_error_set(err, NP_EINVAL, path, 0, -1, "cache: path too long");
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir) {
        *slash = '\0';
        if (mkdirs(dir) != 0)
            return np_error_set(err, NP_EIO, dir, 0, -1, "cache: cannot create directory: %s", strerror(errno));
    }
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return np_error_set(err, NP_EIO, tmp, 0, -1, "cache: cannot create: %s", strerror(errno));
    unsigned char h[NP_RESCACHE_HEADER] = {0};
    uint64_t v[3] = {stamp, (uint64_t)len, np_hash64(payload, len, stamp)};
    memcpy(h, k_magic, sizeof k_magic);
    memcpy(h + 8, v, sizeof v);
    int ok = 1;
    const unsigned char *parts[2] = {h, payload};
    size_t lens[2] = {sizeof h, len};
    for (int k = 0; k < 2 && ok; k++)
        for (size_t off = 0; off < lens[k];) {
            ssize_t w = write(fd, parts[k] + off, lens[k] - off);
            if (w <= 0) {
                ok = 0;
                break;
            }
            off += (size_t)w;
        }
    int saved = errno;
    if (close(fd) != 0)
        ok = 0;
    if (!ok || rename(tmp, path) != 0) {
        if (ok)
            saved = errno;
        unlink(tmp);
        return np_error_set(err, NP_EIO, path, 0, -1, "cache: cannot write: %s", strerror(saved));
    }
    return NP_OK;
}

void np_blob_from_heap(np_blob *b, void *heap, size_t len)
{
    memset(b, 0, sizeof *b);
    b->heap = heap;
    b->data = heap;
    b->len = len;
}

void np_blob_free(np_blob *b)
{
    if (!b)
        return;
    if (b->map)
        munmap(b->map, b->map_len);
    free(b->heap);
    memset(b, 0, sizeof *b);
}
