# Small front door for the CMake build: every target first installs what is missing.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: all deps configure build run test bench package format clean

all: build

deps:
	@./scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/app/paydeck

# The cases a test skipped (e.g. without ../shared/samples) are listed after the run.
test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 600; \
	  status=$$?; \
	  grep -h '^SKIP' Testing/Temporary/LastTest.log 2>/dev/null | sed 's/ *Loc:.*//; s/^SKIP *: /skipped: /' | sort -u; \
	  exit $$status

# `make bench BENCH=name` runs one benchmark (backfill, webhook_latency, reconcile_1m).
bench: build
	BENCH=$(or $(BENCH),all) ./tests/benchmarks/run-all.sh $(BUILD)

package: build
	cd $(BUILD) && cpack -G DEB

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD)
