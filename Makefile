# Quern — the entry points people use. `make run` and `make test` are the two that matter.
SHELL := /bin/bash

# A JDK 25: $JAVA_HOME if it is one, else the first /usr/lib/jvm/*25*.
JAVA_HOME := $(shell if [ -n "$$JAVA_HOME" ] && "$$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then echo "$$JAVA_HOME"; else ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1; fi)
ifeq ($(JAVA_HOME),)
$(error No JDK 25 found. Install one (e.g. Temurin 25 under /usr/lib/jvm) or set JAVA_HOME to it)
endif
export JAVA_HOME
export PATH := $(JAVA_HOME)/bin:$(PATH)

MVN     ?= mvn -B -ntp
VENV    := .venv
PY      := $(VENV)/bin/python
JAR     := server/target/quern.jar
PORT    ?= 1433
DATA    ?= ./data
JAVA_OPTS ?= --add-opens=java.base/java.nio=ALL-UNNAMED --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
export QUERN_PYTHON := $(abspath $(PY))

.PHONY: build run test unit golden it py-test bench crash-loop script-chaos fmt lint clean venv node-modules

build: $(JAR)

$(JAR): $(shell find . -path ./data -prune -o -path ./.venv -prune -o \( -name '*.java' -o -name 'pom.xml' -o -name '*.py' \) -newer $(JAR) -print 2>/dev/null | head -1) | venv
	$(MVN) -q -DskipTests install

# Starts the server on the embedded default store and prints how to connect.
run: build venv
	java $(JAVA_OPTS) -jar $(JAR) serve --port $(PORT) --data-dir $(DATA)

# Everything CI runs: unit + golden tests, the satellite's pytest suite, client integration tests.
test: venv node-modules
	$(MVN) install
	$(MAKE) py-test

unit:
	$(MVN) test -pl tds-protocol,catalog,extensibility,engine,python-bridge,server -am

golden:
	$(MVN) test -pl engine -am -Dtest='Golden*' -Dsurefire.failIfNoSpecifiedTests=false

it: venv node-modules
	$(MVN) -DskipTests install && $(MVN) verify -pl it

# The crash test (it/CrashRecoveryIT: SIGKILL under load, restart, verify) CRASH_RUNS times over
# the current server/target/quern.jar (`make build` first); prints how many runs passed and fails if any did not.
# CRASH_TESTS=CrashDdlIT kills the server in the middle of DDL instead (CRASH_DDL_CYCLES kills a run).
CRASH_RUNS ?= 20
CRASH_TESTS ?= CrashRecoveryIT
CRASH_DDL_CYCLES ?= 4
crash-loop:
	@mkdir -p it/target; pass=0; for i in $$(seq 1 $(CRASH_RUNS)); do \
	  if $(MVN) -q -o verify -pl it -Dit.test=$(CRASH_TESTS) -Dquern.crashddl.cycles=$(CRASH_DDL_CYCLES) > it/target/crash-loop-$$i.log 2>&1; then \
	    pass=$$((pass + 1)); echo "crash-loop run $$i: pass"; \
	  else echo "crash-loop run $$i: FAIL (it/target/crash-loop-$$i.log)"; fi; \
	done; echo "crash-loop: $$pass/$(CRASH_RUNS) runs passed"; [ $$pass -eq $(CRASH_RUNS) ]

# The external-script chaos run (it/ExternalScriptChaosIT) for as long as asked, over the current
# server/target/quern.jar (`make build` first): e.g. `make script-chaos CHAOS_SECONDS=900 CHAOS_SEED=7`.
CHAOS_SECONDS ?= 600
CHAOS_SESSIONS ?= 16
CHAOS_SEED ?= 1
script-chaos: venv
	$(MVN) -o verify -pl it -Dit.test=ExternalScriptChaosIT -Dchaos.seconds=$(CHAOS_SECONDS) -Dchaos.sessions=$(CHAOS_SESSIONS) -Dchaos.seed=$(CHAOS_SEED)

py-test: venv
	cd python-bridge/python && ../../$(PY) -m pytest -q tests

# End-to-end figures beside PostgreSQL 15; e.g. `make bench BENCH_ARGS="--only=select1,stream --no-postgres"`.
bench: build venv
	$(MVN) -q -pl bench -am -DskipTests package && java $(JAVA_OPTS) -Dquern.root=$(CURDIR) -cp "bench/target/classes:$$(cat bench/target/classpath.txt)" dev.quern.bench.BenchMain $(BENCH_ARGS)

# The Python environment the satellites, the Python client tests and the benchmarks use. Built
# from the system interpreter (world-readable under /usr), not one under a private home such as
# /root/.pyenv: when the server runs as root, satellites switch to unprivileged accounts, which
# must be able to read the interpreter and every package (Debian: apt-get install python3-venv).
VENV_PYTHON ?= /usr/bin/python3
# pip keeps its configured indexes; without retries, an index this machine cannot reach costs one
# failed lookup per package instead of five with back-off (minutes on a machine without PyPI).
PIP_OPTS ?= --retries 0
venv: $(VENV)/.ready
$(VENV)/.ready: python-bridge/python/requirements.txt it/python/requirements.txt
	$(VENV_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q $(PIP_OPTS) -r python-bridge/python/requirements.txt -r it/python/requirements.txt
	$(PY) -m pip install -q $(PIP_OPTS) -e python-bridge/python
	touch $@

# tedious for the Node.js client tests (it/node, run by TediousClientIT), installed from the
# committed lock file (`npm ci`: the pinned versions, nothing resolved anew) whenever node_modules
# is missing or older than the lock. Without npm the step says so and TediousClientIT is skipped.
NODE_IT := it/node
node-modules: $(NODE_IT)/node_modules/.installed
$(NODE_IT)/node_modules/.installed: $(NODE_IT)/package-lock.json $(NODE_IT)/package.json
	@if command -v npm >/dev/null 2>&1; then \
	  cd $(NODE_IT) && npm ci --prefer-offline --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	else echo "npm not found: the tedious client tests (TediousClientIT) will be skipped"; fi

fmt:
	$(MVN) -q spotless:apply 2>/dev/null || true

lint:
	$(MVN) -q -DskipTests verify

clean:
	$(MVN) -q clean
	rm -rf $(VENV) $(NODE_IT)/node_modules
