/* core/status.c — status names and error detail formatting. */
#include "core/status.h"

#include <stdio.h>
#include <string.h>

static const char *const status_names[NP_ESTATUS_COUNT] = {
    [NP_OK] = "ok",
    [NP_ENOMEM] = "out of memory",
    [NP_EIO] = "i/o error",
    [NP_EPARSE] = "parse error",
    [NP_ETOOBIG] = "too big",
    [NP_EINVAL] = "invalid argument",
    [NP_ENOTFOUND] = "not found",
    [NP_EDB] = "store error",
    [NP_EUNSUPPORTED] = "unsupported",
    [NP_EEMPTY] = "empty",
    [NP_EENCODING] = "encoding error",
    [NP_EDUPLICATE] = "duplicate",
};

const char *np_status_name(np_status st)
{
    if ((int)st < 0 || st >= NP_ESTATUS_COUNT || !status_names[st])
        return "unknown status";
    return status_names[st];
}

void np_error_clear(np_error *err)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->offset = -1;
}

np_status np_error_vset(np_error *err, np_status st, const char *file, long line,
                        long long offset, const char *fmt, va_list ap)
{
    if (!err)
        return st;
    err->status = st;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->offset = offset;
    if (fmt)
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    else
        err->msg[0] = '\0';
    return st;
}

np_status np_error_set(np_error *err, np_status st, const char *file, long line,
                       long long offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    np_error_vset(err, st, file, line, offset, fmt, ap);
    va_end(ap);
    return st;
}

void np_error_format(const np_error *err, char *out, size_t cap)
{
    if (!out || cap == 0)
        return;
    if (!err) {
        snprintf(out, cap, "unknown error");
        return;
    }
    size_t n = 0;
    int w;
#define APPEND(...)                                                     \
    do {                                                                \
        w = snprintf(out + n, cap - n, __VA_ARGS__);                    \
        if (w < 0 || (size_t)w >= cap - n) return;                      \
        n += (size_t)w;                                                 \
    } while (0)
    if (err->file[0]) {
        APPEND("%s", err->file);
        if (err->line > 0)
            APPEND(":%ld", err->line);
        APPEND(": ");
    }
    if (err->offset >= 0)
        APPEND("byte %lld: ", err->offset);
    APPEND("%s (%s)", err->msg[0] ? err->msg : np_status_name(err->status),
           np_status_name(err->status));
#undef APPEND
}
