/*
 * cli/web_cmds.h — the `search` and `serve` commands (in their own file so
 * that main.c stays the dispatcher).  Both take the store path and the
 * command's own arguments and return a process exit code (see main.c).
 */
#ifndef NP_CLI_WEB_CMDS_H
#define NP_CLI_WEB_CMDS_H

extern const char np_cli_usage_search[];
extern const char np_cli_usage_serve[];

int np_cli_search(const char *db, int argc, char **argv);
int np_cli_serve(const char *db, int quiet, int argc, char **argv);

#endif
