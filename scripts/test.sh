#!/usr/bin/env bash
# The one test command: builds the workspace and runs every test, including
# the differential runs against `java` (and `mono` once C# fixtures exist).
#
#   scripts/test.sh                 # everything
#   scripts/test.sh -- --nocapture  # extra arguments go to `cargo test`
#   TWAIN_TEST_FILTER=arith_ scripts/test.sh   # only matching fixtures
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Mono is needed for the C# fixtures. Installing it is best effort: without
# it the Java tests still run.
if ! command -v mcs >/dev/null 2>&1; then
    echo "test.sh: mcs not found; trying to install Mono" >&2
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo_cmd=(sudo -n)
        fi
    fi
    if ! { "${sudo_cmd[@]}" apt-get update \
            && "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
                apt-get install -y mono-mcs mono-runtime mono-devel; }; then
        echo "test.sh: warning: could not install Mono; C# tests will be skipped" >&2
    fi
fi

cargo build --release --workspace
cargo test --release --workspace --no-fail-fast "$@"
