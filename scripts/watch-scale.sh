#!/bin/sh
# Issue 14: `watch` on an output folder whose state holds many offers (e.g. the folder of
# `bench --offers 100000 --keep DIR`, i.e. DIR/reports). Starts watch with a 1 s interval and
# 1 s settle time, waits for its start-up summary, drops a 10-offer file and prints how long until
# the file is in processed/ and summary.xlsx has been rewritten. The settle time (1 s) and one
# interval are part of the figure, as a coach would see them.
# With CHECK=1 it then stops watch, keeps the summary it wrote (the one kept between drops), has
# `run` rewrite the summary whole over the same folder, and compares the two cell by cell
# (scripts/compare-summaries.py).
# Usage: [CHECK=1] scripts/watch-scale.sh OUTPUT_DIR [WORKDIR]
set -eu
out=${1:?output folder holding the state}
work=${2:-/tmp/watch-scale}
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/offer-analyzer.jar"
rm -rf "$work" && mkdir -p "$work/in"
java -jar "$jar" bench --offers 10 --seed 99 --input-only --keep "$work/gen" > /dev/null
sed 's/^BENCH-/DROP-/' "$work/gen/bench-offers.csv" > "$work/ten.csv"
first=$(stat -c %Y.%N "$out/summary.xlsx" 2> /dev/null || echo 0)
start=$(date +%s%N)
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" watch -v --input "$work/in" --output "$out" --interval 1s \
  --settle 1s > "$work/watch.log" 2>&1 &
pid=$!
trap 'kill $pid 2> /dev/null || true' EXIT
# The start-up summary (watch rewrites it over everything the folder holds before its first scan).
while [ "$(stat -c %Y.%N "$out/summary.xlsx" 2> /dev/null || echo 0)" = "$first" ]; do sleep 0.2; done
ready=$(date +%s%N)
sleep 2
before=$(stat -c %Y.%N "$out/summary.xlsx")
cp "$work/ten.csv" "$work/drop.csv" && mv "$work/drop.csv" "$work/in/ten.csv"
dropped=$(date +%s%N)
until ls "$work"/in/processed/*/ten.csv > /dev/null 2>&1; do sleep 0.1; done
moved=$(date +%s%N)
while [ "$(stat -c %Y.%N "$out/summary.xlsx")" = "$before" ]; do sleep 0.1; done
echo "watch-scale: start-up summary written after $(( (ready - start) / 1000000 )) ms;" \
  "dropped file moved after $(( (moved - dropped) / 1000000 )) ms (summary.xlsx rewritten before the move)"
grep -E "Timing|ranked|ten.csv" "$work/watch.log" | tail -4
if [ "${CHECK:-0}" = 1 ]; then
  kill "$pid" && wait "$pid" 2> /dev/null || true
  cp "$out/summary.xlsx" "$work/kept.xlsx"
  mkdir -p "$work/none"
  java -jar "$jar" run -q --input "$work/none" --output "$out" > /dev/null 2>&1 || true
  python3 "$here/scripts/compare-summaries.py" "$work/kept.xlsx" "$out/summary.xlsx"
fi
