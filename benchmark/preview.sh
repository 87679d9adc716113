#!/usr/bin/env bash
# Preview figures (docs/performance.md): save-to-reload latency on the sample project, and 64 concurrent
# connections for 10 s against the preview server (loopback only). One command: benchmark/preview.sh
set -euo pipefail
cd "$(dirname "$0")/.."
plain() { "$@" 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g'; }
plain mvn -B -q install -DskipTests
plain mvn -B -q -pl engine dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$PWD/target/engine.classpath"
cp="$(ls engine/target/personal-site-engine-*.jar | grep -v sources | head -n 1):$(cat target/engine.classpath)"
project=target/benchmark/preview-project
rm -rf "$project" && mkdir -p "$project/content"
cp sample-profile/profile.json "$project/" && cp -r sample-profile/content/posts "$project/content/"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -cp "$cp" benchmark/PreviewBench.java "$project"
