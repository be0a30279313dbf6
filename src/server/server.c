/*
 * server/server.c — libmicrohttpd glue (see server.h).
 *
 * Why these limits: a request's headers must fit in 32 KiB of connection
 * memory (libmicrohttpd answers 431/414 beyond that), at most 64
 * connections are open at once and an idle one is closed after 30 s; only
 * GET and HEAD are answered, so no request body is ever read.
 */
#include "server/server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "core/mem.h"
#include "pipeline/briefjob.h"
#include "server/app.h"
#include "store/store.h"

struct np_server {
    struct MHD_Daemon *daemon;
    np_brief_env *env;
    char *db_path;
    np_app app;
    unsigned port;
};

static const char *arg_of(void *ctx, const char *name)
{
    return MHD_lookup_connection_value((struct MHD_Connection *)ctx, MHD_GET_ARGUMENT_KIND, name);
}

static void add_headers(struct MHD_Response *r, const np_response *rs)
{
    MHD_add_response_header(r, "Content-Type", rs->content_type ? rs->content_type : "text/plain");
    MHD_add_response_header(r, "Content-Security-Policy", NP_SERVER_CSP);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
    MHD_add_response_header(r, "Cache-Control", rs->immutable ? "public, max-age=3600" : "no-cache");
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *conn, const char *url,
                              const char *method, const char *version, const char *upload_data,
                              size_t *upload_data_size, void **con_cls)
{
    (void)version;
    (void)upload_data;
    np_server *srv = cls;
    np_request rq = {method, url, arg_of, conn};
    np_response rs;
    *upload_data_size = 0; /* never read a body */
    (void)con_cls;
    if (np_app_handle(&srv->app, &rq, &rs) != NP_OK) {
        np_app_response_free(&rs);
        return MHD_NO; /* out of memory even for an error page: drop the connection */
    }
    struct MHD_Response *r;
    if (rs.static_body) {
        r = MHD_create_response_from_buffer(rs.static_len, (void *)rs.static_body,
                                            MHD_RESPMEM_PERSISTENT);
    } else {
        size_t len = rs.body.len;
        char *body = np_buf_take(&rs.body);
        r = body ? MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE) : NULL;
        if (!r)
            free(body);
    }
    np_app_response_free(&rs);
    if (!r)
        return MHD_NO;
    add_headers(r, &rs);
    enum MHD_Result ret = MHD_queue_response(conn, (unsigned)rs.status, r);
    MHD_destroy_response(r);
    return ret;
}

static np_status bind_addr(const np_server_opts *o, struct sockaddr_storage *sa, np_error *err)
{
    const char *addr = o->bind && *o->bind ? o->bind : "127.0.0.1";
    memset(sa, 0, sizeof *sa);
    struct sockaddr_in *v4 = (struct sockaddr_in *)sa;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)sa;
    if (inet_pton(AF_INET, addr, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)o->port);
    } else if (inet_pton(AF_INET6, addr, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)o->port);
    } else {
        return np_error_set(err, NP_EINVAL, "", 0, -1, "'%s' is not an IPv4 or IPv6 address", addr);
    }
    return NP_OK;
}

static np_status check_store(const char *path, np_error *err)
{
    np_store *st = NULL;
    np_status s = np_store_open_mode(path, 0, &st, err);
    np_store_close(st);
    return s;
}

np_status np_server_start(const np_server_opts *o, np_server **out, np_error *err)
{
    *out = NULL;
    struct sockaddr_storage sa;
    np_status s;
    if (o->port > 65535)
        return np_error_set(err, NP_EINVAL, "", 0, -1, "port %u is out of range", o->port);
    if ((s = bind_addr(o, &sa, err)) || (s = check_store(o->db_path, err)))
        return s;
    np_server *srv = np_calloc(1, sizeof *srv);
    if (!srv || !(srv->db_path = np_strdup(o->db_path))) {
        np_free(srv);
        return np_error_set(err, NP_ENOMEM, "", 0, -1, "out of memory");
    }
    if (!(srv->env = np_brief_env_new(NULL, err))) {
        np_server_stop(srv);
        return err && err->status ? err->status : NP_ENOMEM;
    }
    srv->app.db_path = srv->db_path;
    srv->app.env = srv->env;
    srv->app.cache_wait_ms = 200;
    np_pipeline_build_tag(srv->app.build_tag);
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | (sa.ss_family == AF_INET6 ? MHD_USE_IPv6 : 0);
    srv->daemon = MHD_start_daemon(flags, (uint16_t)o->port, NULL, NULL, handle, srv,
                                   MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
                                   MHD_OPTION_THREAD_POOL_SIZE, (unsigned)(o->threads ? o->threads : 4),
                                   MHD_OPTION_CONNECTION_LIMIT, (unsigned)64,
                                   MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
                                   MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768,
                                   MHD_OPTION_END);
    if (!srv->daemon) {
        np_server_stop(srv);
        return np_error_set(err, NP_EIO, "", 0, -1, "cannot listen on %s port %u (in use, or not allowed)",
                            o->bind && *o->bind ? o->bind : "127.0.0.1", o->port);
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(srv->daemon, MHD_DAEMON_INFO_BIND_PORT);
    srv->port = info ? info->port : o->port;
    *out = srv;
    return NP_OK;
}

unsigned np_server_port(const np_server *srv)
{
    return srv ? srv->port : 0;
}

void np_server_stop(np_server *srv)
{
    if (!srv)
        return;
    if (srv->daemon)
        MHD_stop_daemon(srv->daemon);
    np_brief_env_free(srv->env);
    np_free(srv->db_path);
    np_free(srv);
}
