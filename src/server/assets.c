/*
 * server/assets.c — the brief's JSON Schema (docs/brief.schema.json, the
 * copy kept in the repository) embedded in the binary at build time and
 * served at /api/schema.  The path is relative to the repository root,
 * where make runs; the Makefile names it as a prerequisite of this object.
 */
#include "server/app.h"

__asm__(".section .rodata\n"
        ".global np_asset_brief_schema\n"
        "np_asset_brief_schema:\n"
        ".incbin \"docs/brief.schema.json\"\n"
        ".byte 0\n"
        ".previous\n");
