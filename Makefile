# Small front door for the CMake build: every target first installs what is missing.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: all deps configure build run test bench fuzz test-asan test-tsan package format clean

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

# `make bench BENCH=name` runs one benchmark (backfill, webhook_latency, reconcile_1m, gui, embedded, analytics).
bench: build
	BENCH=$(or $(BENCH),all) ./tests/benchmarks/run-all.sh $(BUILD)

# `make test-asan`: the whole suite built with AddressSanitizer and UBSan (its own tree); any
# report fails the run. Leaks inside Qt's and the system's libraries are suppressed by name in
# tests/sanitizers/lsan.supp, Paydeck's own never.
test-asan: deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAYDECK_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j $(JOBS)
	cd build-asan && QT_QPA_PLATFORM=offscreen \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
	  ctest --output-on-failure -j $(JOBS) --timeout 900

# `make test-tsan`: ThreadSanitizer over the tests of the threaded parts (sync, writer, webhooks).
TSAN_TESTS = test_sync_https test_store test_webhook_receiver test_stripe_provider test_queued_calls
test-tsan: deps
	@cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAYDECK_TSAN=ON >/dev/null
	@cmake --build build-tsan -j $(JOBS) --target $(TSAN_TESTS)
	cd build-tsan && QT_QPA_PLATFORM=offscreen \
	  TSAN_OPTIONS=second_deadlock_stack=1:suppressions=$(CURDIR)/tests/sanitizers/tsan.supp \
	  ctest --output-on-failure --timeout 900 -R '^($(subst $(eval) ,|,$(TSAN_TESTS)))$$'

# `make fuzz [FUZZ_SECONDS=60] [FUZZ=target]`: every parser under libFuzzer with ASan and UBSan
# (clang, in its own tree), printing fuzz_execs_<target> and fuzz_crashes_<target>.
FUZZ_SECONDS ?= 60
fuzz:
	@./scripts/install-deps.sh fuzz
	@CC=clang CXX=clang++ cmake -S . -B build-fuzz -DPAYDECK_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build build-fuzz -j $(JOBS) --target fuzz_all
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ=$(FUZZ) ./tests/fuzz/run-fuzz.sh build-fuzz

package: build
	cd $(BUILD) && cpack -G DEB

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD)
