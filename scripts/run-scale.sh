#!/bin/sh
# Times `run` as a coach runs it, process start included, on N generated offers (issue 14):
# every PDF, the outbox (.eml drafts), the state and summary.xlsx. Prints wall seconds, ms per
# offer, CPU seconds and peak RSS. Usage:
#   scripts/run-scale.sh N [THREADS] [csv|xlsx] [extra run options...]
# Environment: JAVA_OPTS (e.g. -Xmx1g), WORK (default /tmp/run-scale-N), FRESH, LAUNCHER.
# LAUNCHER=1 runs bin/offer-analyzer (the class-data archive of `./mvnw -Pcds package`, and the
# JVM options the launcher picks for the job's size) instead of `java -jar`; JAVA_OPTS then goes
# to the launcher as OFFER_ANALYZER_JAVA_OPTS, after its own choice. The archive serves only the
# jar it was made from, at the same path: a copy of target/ elsewhere runs without it (silently,
# -Xshare:auto).
# By default the previous run's output folder is deleted just before the run. On an ext4 file
# system without a journal (this VM's) that slows the run down: for a few minutes after a delete
# the kernel's inode allocator skips the freed inodes one by one (fs/ext4/ialloc.c,
# find_inode_bit and recently_deleted), so each new file costs more system time. FRESH=1 writes
# into a new folder (out-THREADS-TIME) and deletes nothing: delete those folders yourself once a
# series of runs is over.
set -eu
n=${1:?offers}
threads=${2:-$(nproc)}
kind=${3:-csv}
shift 3 2>/dev/null || shift $#
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/offer-analyzer.jar"
work=${WORK:-/tmp/run-scale-$n}
input="$work/bench-offers.$kind"
if [ ! -f "$input" ]; then
  flag=""
  [ "$kind" = xlsx ] && flag="--xlsx"
  java -jar "$jar" bench --offers "$n" $flag --input-only --keep "$work" > /dev/null
fi
if [ -n "${FRESH:-}" ]; then
  out="$work/out-$threads-$(date +%s%N)"
else
  out="$work/out-$threads"
  rm -rf "$out"
fi
printf 'report.date=2026-11-26\n' > "$work/date.properties"
if [ -n "${LAUNCHER:-}" ]; then
  [ -f "$here/target/offer-analyzer.jsa" ] || echo "run-scale: no class-data archive; run ./mvnw -Pcds package" >&2
  set -- env "OFFER_ANALYZER_JAVA_OPTS=${JAVA_OPTS:-}" "$here/bin/offer-analyzer" run -q -v \
    --threads "$threads" --config "$work/date.properties" --input "$input" --output "$out" "$@"
  how="bin/offer-analyzer"
  jvm="the launcher's JVM options${JAVA_OPTS:+ and $JAVA_OPTS}"
else
  # shellcheck disable=SC2086
  set -- java ${JAVA_OPTS:-} -jar "$jar" run -q -v --threads "$threads" --config "$work/date.properties" \
    --input "$input" --output "$out" "$@"
  how="java -jar"
  jvm=${JAVA_OPTS:-default JVM}
fi
/usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" \
  "$@" 2> "$work/run-$threads.log" | tail -3 || true
read -r wall user sys rss < "$work/time.txt"
grep Timing "$work/run-$threads.log" || true
pdfs=$(find "$out" -maxdepth 1 -name '*.pdf' | wc -l)
emls=$(find "$out/outbox" -maxdepth 1 -name '*.eml' 2>/dev/null | wc -l)
echo "run-scale: $n offers ($kind), $threads thread(s), $how, $jvm: wall ${wall} s," \
  "$(echo "$wall $n" | awk '{printf "%.2f", $1 * 1000 / $2}') ms per offer, CPU user ${user} s" \
  "sys ${sys} s, peak RSS $((rss / 1024)) MiB; $pdfs PDFs, $emls messages"
