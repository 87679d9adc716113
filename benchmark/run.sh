#!/usr/bin/env bash
# The build benchmark (docs/performance.md). One command:
#
#   benchmark/run.sh [SIZES…]        default sizes: 1 100 1000 10000; RUNS=5 runs each
#   HUGO_TEMPLATES=full benchmark/run.sh 1000   Hugo with templates that write what the theme writes
#
# For each size it writes a deterministic corpus (benchmark/Corpus.java: ~500-word posts with headings,
# a list, code, a quote, a table, 1-3 of 20 tags), then times cold builds: the engine's CLI in a fresh
# JVM (start-up included) and, when `hugo` is installed (Debian package hugo), Hugo on the same posts
# with equivalent minimal templates. Output folders are moved aside before every run. Prints medians of
# wall time and peak memory (GNU time, Debian package time) side by side, the time ratio as the median of
# the runs' ratios (each run pairs the two builds back to back) with every run's times, then warm
# rebuilds in one JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 100 1000 10000)
runs=${RUNS:-5}
work=${WORK:-target/benchmark}
# Flags for a short-lived JVM: the C1 compiler alone warms up sooner; the parallel collector with a
# modest young generation collects on both cores and half as often as with 16 MB (at 10,000 posts the
# pauses added up to ~0.15 s against ~0.3 s with the serial collector and -Xmn16m); the heap in
# transparent huge pages (Linux) where the kernel offers them on request: a third of the page faults.
java_opts=${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn48m -XX:+UseTransparentHugePages}
# HUGO_TEMPLATES=full: Hugo builds with templates that write what the engine's theme writes (same head tags,
# header, footer, post page, list items; Corpus.java) instead of the minimal ones.
hugo_dir=hugo
[ "${HUGO_TEMPLATES:-minimal}" = full ] && hugo_dir=hugo-full
# CDS=1 (default): the engine starts from an application class-data archive made once before timing,
# as docs/preview.md shows for the command line. CDS=0 times the plain JVM.
cds=${CDS:-1}
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }

plain() { "$@" 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g'; }
echo "building the engine ..."
plain mvn -B -q install -DskipTests
# The engine's runtime class path, as a command line has it (test jars on it made no measurable difference).
plain mvn -B -q -pl engine dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$PWD/target/engine.classpath"
cp="$(ls engine/target/personal-site-engine-*.jar | grep -v sources | head -n 1):$(cat target/engine.classpath)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # command… → "seconds kilobytes" of one run
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
    cat "$work/time.txt"
}

mkdir -p "$work"
# Before each run the previous output is moved aside, not deleted, and everything moved aside is deleted
# when the script ends. On an ext4 file system without a journal (the machine of docs/performance.md),
# creating a file skips, one by one, the inodes deleted in the last minute or so: after 20,000 files were
# deleted, creating files beside them took 10 to 20 times longer, for 60 to 100 s.
trash="$work/trash"
mkdir -p "$trash"
deleted="$work/deleted-at"
trap 'rm -rf "$trash"; sync; date +%s > "$deleted"' EXIT
aside() { for path in "$@"; do if [ -e "$path" ]; then mv "$path" "$trash/$(date +%s%N)"; fi; done; }
if [ "$cds" = 1 ]; then
    # The archive holds the classes a build loads, parsed and verified; made from a 10-post corpus of its own,
    # with the JVM that runs the benchmark (an archive is valid only for the JVM that made it).
    rm -rf "$work/cds-training" "$work/engine.jsa"
    java benchmark/Corpus.java "$work/cds-training" 10
    java -XX:ArchiveClassesAtExit="$work/engine.jsa" $java_opts -cp "$cp" io.github.personalsite.engine.cli.Main \
        build "$work/cds-training/ours" >/dev/null 2>&1
    java_opts="$java_opts -XX:SharedArchiveFile=$work/engine.jsa"
fi
# Run right after a previous run, wait until its deletion no longer slows creating files (see above).
if [ -f "$deleted" ]; then
    wait_s=$(( $(cat "$deleted") + 100 - $(date +%s) ))
    if [ "$wait_s" -gt 0 ]; then
        echo "waiting ${wait_s} s: files deleted by the previous run slow down creating files for a while"
        sleep "$wait_s"
    fi
fi
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n 1)"
command -v hugo >/dev/null && echo "hugo: $(hugo version | cut -d' ' -f2), ${HUGO_TEMPLATES:-minimal} templates"
echo "runs per figure: $runs (median); JVM flags: $java_opts"
: > "$work/runs.txt"
printf "\n%7s | %14s %10s | %14s %10s | %10s %10s\n" posts "engine s" "MB" "hugo s" "MB" "time ratio" "mem ratio"
for n in "${sizes[@]}"; do
    corpus="$work/$n"
    [ -d "$corpus/$hugo_dir" ] || java benchmark/Corpus.java "$corpus" "$n"
    ours_t=(); ours_m=(); hugo_t=(); hugo_m=()
    for ((i = 0; i < runs; i++)); do
        aside "$corpus/ours/target"
        read -r t m < <(measure java $java_opts -cp "$cp" io.github.personalsite.engine.cli.Main build "$corpus/ours")
        ours_t+=("$t"); ours_m+=("$m")
        if command -v hugo >/dev/null; then
            aside "$corpus/$hugo_dir/public" "$corpus/$hugo_dir/resources"
            read -r t m < <(measure hugo -s "$corpus/$hugo_dir" --quiet)
            hugo_t+=("$t"); hugo_m+=("$m")
        fi
    done
    ot=$(printf "%s\n" "${ours_t[@]}" | median); om=$(printf "%s\n" "${ours_m[@]}" | median)
    if [ ${#hugo_t[@]} -gt 0 ]; then
        ht=$(printf "%s\n" "${hugo_t[@]}" | median); hm=$(printf "%s\n" "${hugo_m[@]}" | median)
        # The time ratio is the median of each run's ratio: a run pairs an engine build with the Hugo build
        # right after it, so both meet the machine in the same state (its speed drifts over minutes).
        ratio=$(for ((i = 0; i < runs; i++)); do awk "BEGIN {print ${ours_t[i]} / ${hugo_t[i]}}"; done | median)
        printf "%7s | %14s %10d | %14s %10d | %10.2f %10.2f\n" "$n" "$ot" $((om / 1024)) "$ht" $((hm / 1024)) \
            "$ratio" "$(awk "BEGIN {print $om / $hm}")"
        echo "$n posts, per run (engine/Hugo seconds): $(for ((i = 0; i < runs; i++)); do printf "%s/%s " "${ours_t[i]}" "${hugo_t[i]}"; done)" >> "$work/runs.txt"
    else
        printf "%7s | %14s %10d | %14s %10s |\n" "$n" "$ot" $((om / 1024)) "-" "-"
    fi
done

echo
cat "$work/runs.txt"
echo
sample="$work/sample-project"
rm -rf "$sample" && mkdir -p "$sample/content"
cp sample-profile/profile.json "$sample/" && cp -r sample-profile/content/posts "$sample/content/"
large="$work/${sizes[${#sizes[@]}-1]}/ours"
# A preview server runs long, so warm rebuilds use the JVM's default flags.
java -cp "$cp" benchmark/Warm.java "$sample" "$large" 2>/dev/null
