# dieuhanh — build, run and test.
#
#   make run    install missing packages, build, create the demo database, serve
#   make test   unit + integration tests (SQLite, PostgreSQL), then again under ASan+UBSan
#
# BUILD=dir selects the output folder; SAN=1 builds with AddressSanitizer and
# UndefinedBehaviorSanitizer (the test script uses BUILD=build-san SAN=1).
# FUZZ=1 builds the library with clang's libFuzzer instrumentation plus ASan
# and UBSan, for the harnesses in tests/fuzz (scripts/fuzz.sh uses
# BUILD=build-fuzz FUZZ=1).

BUILD ?= build
SAN ?= 0
FUZZ ?= 0
CC ?= gcc
ifeq ($(FUZZ),1)
CC := clang
endif
VERSION := 0.1.0

PKGS := libmicrohttpd jansson libsodium libutf8proc icu-i18n icu-uc sqlite3 libpq \
        xlsxwriter libzip expat libsystemd libical libcurl libqrencode libjpeg libpng libcmark \
        gdlib libwebp

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
        -Wformat=2 -Wvla -Wpointer-arith -Wundef -Wcast-qual -Wwrite-strings
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DDIEUHANH_VERSION='"$(VERSION)"' \
            -Isrc $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
ifeq ($(FUZZ),1)
OPT := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
       -fno-sanitize-recover=undefined -Wno-format-nonliteral
else ifeq ($(SAN),1)
OPT := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
else
OPT := -O2 -g
endif
CFLAGS += -std=c17 $(WARN) $(OPT) -MMD -MP
LDLIBS += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lpthread -lm
LDFLAGS += $(filter -fsanitize=%,$(OPT))

LIB_SRC := $(filter-out src/main.c,$(wildcard src/*.c src/*/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:%.c=$(BUILD)/%)
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN := $(FUZZ_SRC:%.c=$(BUILD)/%)

.PHONY: all run test unit-tests fuzzers fuzz deps clean bench pot install deb
all: $(BUILD)/dieuhanh unit-tests

$(BUILD)/dieuhanh: $(BUILD)/src/main.o $(BUILD)/libdieuhanh.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/libdieuhanh.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

unit-tests: $(UNIT_BIN)

$(BUILD)/tests/unit/%: tests/unit/%.c $(BUILD)/libdieuhanh.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(filter-out -MMD -MP,$(CFLAGS)) $(LDFLAGS) -o $@ $< $(BUILD)/libdieuhanh.a \
		$(LDLIBS) $(shell pkg-config --libs cmocka 2>/dev/null)

# The libFuzzer harnesses; only with FUZZ=1 (scripts/fuzz.sh builds them).
fuzzers: $(FUZZ_BIN)

$(BUILD)/tests/fuzz/%: tests/fuzz/%.c $(BUILD)/libdieuhanh.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(filter-out -MMD -MP,$(CFLAGS)) -fsanitize=fuzzer,address,undefined \
		-o $@ $< $(BUILD)/libdieuhanh.a $(LDLIBS)

# Each harness for FUZZ_SECONDS (default 300); a crash is saved under
# tests/fuzz/regressions/ and fails the run.
fuzz:
	@bash scripts/fuzz.sh $${FUZZ_SECONDS:-300}

deps:
	@bash scripts/deps.sh

run: deps
	@$(MAKE) --no-print-directory $(BUILD)/dieuhanh
	@mkdir -p var
	@$(BUILD)/dieuhanh demo
	@$(BUILD)/dieuhanh serve

test:
	@bash scripts/test.sh

bench:
	@bash bench/run.sh

# The large case of the target board benchmark (bench/gen_large.c).
$(BUILD)/gen_large: bench/gen_large.c $(BUILD)/libdieuhanh.a
	$(CC) $(CPPFLAGS) $(filter-out -MMD -MP,$(CFLAGS)) $(LDFLAGS) -o $@ $< $(BUILD)/libdieuhanh.a \
		$(LDLIBS)

# The large case of the tasks benchmark (bench/gen_tasks.c).
$(BUILD)/gen_tasks: bench/gen_tasks.c $(BUILD)/libdieuhanh.a
	$(CC) $(CPPFLAGS) $(filter-out -MMD -MP,$(CFLAGS)) $(LDFLAGS) -o $@ $< $(BUILD)/libdieuhanh.a \
		$(LDLIBS)

# make install [PREFIX=/usr/local] [DESTDIR=]: the binary, the translations,
# the static files, the man page dieuhanh(8), the systemd units, the backup
# script, OPERATIONS.md, and the configuration file unless one is there.
PREFIX ?= /usr/local
SYSCONFDIR ?= /etc
SBINDIR ?= $(PREFIX)/sbin
DATADIR ?= $(PREFIX)/share/dieuhanh
MANDIR ?= $(PREFIX)/share/man
DOCDIR ?= $(PREFIX)/share/doc/dieuhanh
UNITDIR ?= $(PREFIX)/lib/systemd/system
PLACES := sed -e 's|/usr/sbin|$(SBINDIR)|g' -e 's|/usr/share/dieuhanh|$(DATADIR)|g' \
              -e 's|/usr/share/doc/dieuhanh|$(DOCDIR)|g' -e 's|/etc/dieuhanh|$(SYSCONFDIR)/dieuhanh|g'

install: $(BUILD)/dieuhanh
	install -d $(DESTDIR)$(SBINDIR) $(DESTDIR)$(DATADIR)/po $(DESTDIR)$(MANDIR)/man8 \
		$(DESTDIR)$(UNITDIR) $(DESTDIR)$(DOCDIR) $(DESTDIR)$(SYSCONFDIR)/dieuhanh
	install -m 755 $(BUILD)/dieuhanh $(DESTDIR)$(SBINDIR)/dieuhanh
	$(PLACES) debian/dieuhanh-backup > $(DESTDIR)$(DATADIR)/dieuhanh-backup
	chmod 755 $(DESTDIR)$(DATADIR)/dieuhanh-backup
	install -m 644 po/vi.po $(DESTDIR)$(DATADIR)/po/vi.po
	rm -rf $(DESTDIR)$(DATADIR)/static && cp -R static $(DESTDIR)$(DATADIR)/static
	chmod -R u=rwX,go=rX $(DESTDIR)$(DATADIR)/static
	$(PLACES) docs/dieuhanh.8 | gzip -9n > $(DESTDIR)$(MANDIR)/man8/dieuhanh.8.gz
	for u in dieuhanh.service dieuhanh-backup.service dieuhanh-backup.timer; do \
		$(PLACES) debian/$$u > $(DESTDIR)$(UNITDIR)/$$u && chmod 644 $(DESTDIR)$(UNITDIR)/$$u; done
	install -m 644 docs/OPERATIONS.md $(DESTDIR)$(DOCDIR)/OPERATIONS.md
	test -e $(DESTDIR)$(SYSCONFDIR)/dieuhanh/dieuhanh.conf || \
		{ $(PLACES) debian/dieuhanh.conf > $(DESTDIR)$(SYSCONFDIR)/dieuhanh/dieuhanh.conf && \
		  chmod 640 $(DESTDIR)$(SYSCONFDIR)/dieuhanh/dieuhanh.conf; }

# make deb: build/dieuhanh_VERSION_ARCH.deb (scripts/make-deb.sh, dpkg-deb).
deb: $(BUILD)/dieuhanh
	@bash scripts/make-deb.sh $(BUILD) $(VERSION)

clean:
	rm -rf build build-san build-fuzz

-include $(LIB_OBJ:.o=.d) $(BUILD)/src/main.d

# The translation template, from the strings the sources mark (T(req, "..."), N_("...")):
# regenerated, never merged by hand; po/vi.po is checked against the sources by test_i18n.
pot:
	xgettext --from-code=UTF-8 -k -kT:2 -kN_ --sort-by-file -o po/dieuhanh.pot \
		--package-name=dieuhanh --package-version=$(VERSION) $$(git ls-files 'src/*.c' 'src/*/*.c')
