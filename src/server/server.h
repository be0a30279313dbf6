/*
 * server/server.h — the HTTP side of `newsprism serve` (libmicrohttpd):
 * a thread pool answering with server/app.h, security headers on every
 * response, bounded requests.  Signals are the caller's business (cli/).
 *
 * Ownership: np_server_start copies what it needs from opts; the server
 * owns its language resources and stops (joining its threads) in
 * np_server_stop, which accepts NULL.
 */
#ifndef NP_SERVER_SERVER_H
#define NP_SERVER_SERVER_H

#include "core/status.h"

typedef struct np_server np_server;

typedef struct np_server_opts {
    const char *db_path;   /* the store; must exist */
    const char *bind;      /* IPv4 or IPv6 address; NULL = 127.0.0.1 */
    unsigned port;         /* 0 = any free port (see np_server_port) */
    unsigned threads;      /* worker threads; 0 = 4 */
} np_server_opts;

/* Content-Security-Policy of every response: same-origin everything, no
 * inline script or style, no plugins, no framing. */
#define NP_SERVER_CSP "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " \
                      "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

np_status np_server_start(const np_server_opts *opts, np_server **out, np_error *err);
/* The port actually bound. */
unsigned np_server_port(const np_server *srv);
void np_server_stop(np_server *srv);

#endif
