/*
 * render/html_assets.c — the stylesheet and script, embedded in the binary
 * from src/render/assets/style.css and src/server/assets/app.js at build
 * time (.incbin, paths relative to the repository root where make runs;
 * the Makefile names them as prerequisites of this object).
 */
#include "render/html.h"

__asm__(".section .rodata\n"
        ".global np_asset_style_css\n"
        "np_asset_style_css:\n"
        ".incbin \"src/render/assets/style.css\"\n"
        ".byte 0\n"
        ".global np_asset_app_js\n"
        "np_asset_app_js:\n"
        ".incbin \"src/server/assets/app.js\"\n"
        ".byte 0\n"
        ".previous\n");

extern const char np_asset_style_css[];
extern const char np_asset_app_js[];

const char *np_html_css(void)
{
    return np_asset_style_css;
}

const char *np_html_js(void)
{
    return np_asset_app_js;
}
