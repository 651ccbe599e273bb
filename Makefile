# The short commands. `make` builds the sysroot and the tools; `make test`
# runs every test (last line: "N passed, N failed").

PREFIX ?= /usr/local
XTASK := target/release/xtask

.PHONY: all deps tools sysroot test bench realworld install clean

all: sysroot

deps:
	@scripts/deps.sh

tools: deps
	cargo build --release --workspace --quiet

sysroot: tools
	$(XTASK) build

test: sysroot
	$(XTASK) test --with-cargo

bench: sysroot
	$(XTASK) bench

# Real projects built through their own build systems (downloads; long).
realworld: sysroot
	scripts/realworld.sh

install: sysroot
	$(XTASK) install --prefix $(PREFIX)

clean:
	cargo clean
	rm -rf sysroot build
