# newsprism — build with plain make.
#   make                 release build in build/ (binary: build/newsprism)
#   make check           build and run every unit and end-to-end test
#   make SAN=1 check     the same with AddressSanitizer + UBSan (in build-san/)
#   make bench           benchmarks (see bench/README.md)
# Modules are found by wildcard: a new src/<module>/<name>.c or
# tests/unit/test_<name>.c needs no edit here.

SAN ?= 0
ifeq ($(SAN),1)
BUILD ?= build-san
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
TORTURE := -DNP_ALLOC_TORTURE
OPT := -O1 -g
else
BUILD ?= build
SANFLAGS :=
OPT := -O2 -g
endif

CC ?= cc
PKGS := sqlite3 libpq libxml-2.0 jansson libutf8proc libpcre2-8 zlib libzstd uchardet libexttextcat libmicrohttpd
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer -lm -lpthread
WARN := -Wall -Wextra -Wshadow -Wno-unused-parameter -Wstrict-prototypes -Wmissing-prototypes -Wvla
CFLAGS_ALL := -std=c11 -D_GNU_SOURCE $(TORTURE) $(OPT) $(WARN) $(SANFLAGS) -Isrc $(PKG_CFLAGS) -MMD -MP $(EXTRA_CFLAGS)
LDFLAGS_ALL := $(SANFLAGS) $(EXTRA_LDFLAGS)

LIB_SRC := $(filter-out src/cli/%,$(wildcard src/*/*.c))
CLI_SRC := $(wildcard src/cli/*.c)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
LIB := $(BUILD)/libnewsprism.a
BIN := $(BUILD)/newsprism

TEST_SRC := $(wildcard tests/unit/test_*.c)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TEST_HELPER_OBJ := $(BUILD)/obj/tests/unit/testutil.o

BENCH_SRC := $(wildcard bench/*.c)
BENCH_BIN := $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)

.PHONY: all check unit e2e clean bench san tools
all: $(BIN)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

# Files embedded with .incbin (the compiler's -MMD does not see them).
$(BUILD)/obj/src/render/html_assets.o: src/render/assets/style.css src/server/assets/app.js
$(BUILD)/obj/src/server/assets.o: docs/brief.schema.json

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(LDFLAGS_ALL) -o $@ $(CLI_OBJ) $(LIB) $(PKG_LIBS)

$(BUILD)/tests/%: $(BUILD)/obj/tests/unit/%.o $(TEST_HELPER_OBJ) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $< $(TEST_HELPER_OBJ) $(LIB) $(PKG_LIBS) -lcmocka

$(BUILD)/bench/%: $(BUILD)/obj/bench/%.o $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $< $(LIB) $(PKG_LIBS)

tools: $(BENCH_BIN)

unit: $(TEST_BIN)
	@sh tests/run.sh $(BUILD) unit

e2e: $(BIN)
	@sh tests/run.sh $(BUILD) e2e

check: $(BIN) $(TEST_BIN)
	@sh tests/run.sh $(BUILD) all

bench: $(BIN) $(BENCH_BIN)
	@bash bench/run.sh $(BUILD)

clean:
	rm -rf build build-san build-fuzz

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_BIN:$(BUILD)/tests/%=$(BUILD)/obj/tests/unit/%.d)
