/* cli/main.c — placeholder entry point, replaced by the real CLI. */
#include <stdio.h>
int main(void) { puts("newsprism"); return 0; }
