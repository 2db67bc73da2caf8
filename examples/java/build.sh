#!/usr/bin/env bash
# Rebuilds the bundled example's class files (committed, so running the
# example needs no JDK): bash examples/java/build.sh
set -euo pipefail
cd "$(dirname "$0")"
rm -rf classes && mkdir classes
javac --release 17 -g -d classes src/*.java
