#!/usr/bin/env bash
# The wijzij benchmark: one command, ratios against baselines run in the same
# go on the same generated corpus. Absolute times depend on the machine; the
# ratios are the figures to track.
#
#   bash bench/run.sh                 # full run (a 100 MB file, 10,000 files)
#   BENCH_BIG_MB=20 bash bench/run.sh # smaller big file
#   BENCH_ROUNDS=9 bash bench/run.sh  # more rounds of the small runs (5)
#
# Needs /usr/bin/time (Debian package "time") and grep. Builds a Release tree
# in build-bench/ with the ICU baseline (bench/icu_baseline.cc).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=$ROOT/build-bench
DATA=${BENCH_DIR:-/tmp/wijzij-bench}
BIG_MB=${BENCH_BIG_MB:-100}

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWIJZIJ_BENCH=ON \
  -DBUILD_TESTING=OFF > /dev/null
cmake --build "$BUILD" > /dev/null
W=$BUILD/wijzij
B=$BUILD/bench/icu_baseline
mkdir -p "$DATA"

# --- corpus ---------------------------------------------------------------
# Every line of the example texts, in sorted order, is the pool; files of
# about 3 KB take consecutive lines from a different start each, so runs are
# deterministic.
pool=$DATA/pool.txt
find examples -name '*.txt' ! -name 'README*' | LC_ALL=C sort | xargs cat > "$pool"
make_files() {  # make_files DIR COUNT
  [ -f "$1/.done" ] && return
  rm -rf "$1"; mkdir -p "$1"
  awk -v dir="$1" -v count="$2" 'NF { para[n++] = $0 }
    END {
      for (f = 0; f < count; f++) {
        out = sprintf("%s/%05d.txt", dir, f); size = 0; k = (f * 7) % n
        while (size < 3000) { print para[k] "\n" > out; size += length(para[k]) + 2; k = (k + 1) % n }
        close(out)
      }
    }' "$pool"
  touch "$1/.done"
}
make_files "$DATA/files200" 200
make_files "$DATA/files1000" 1000
make_files "$DATA/files10000" 10000
big=$DATA/big_${BIG_MB}mb.txt
if [ ! -f "$big" ]; then
  while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt $((BIG_MB * 1024 * 1024)) ]; do
    cat "$pool" >> "$big"
  done
fi
one=$DATA/files1000/00000.txt

# Every word and phrase of the shipped lexicons, wildcards and weights
# removed, patterns left out: the list grep and the ICU loop look for.
words=$DATA/words.txt
sed -n '/^\[entries\]/,$p' lexicons/*.lex | grep -v -e '^\[' -e '^#' -e '^/' -e '^[[:space:]]*$' |
  sed -e 's/ *|.*$//' -e 's/ \+#.*$//' -e 's/[*^]//g' | tr 'A-Z' 'a-z' | grep -v '^[[:space:]]*$' | LC_ALL=C sort -u > "$words"

# A lexicon set ten times larger: every word entry again with nine suffixes.
lex10=$DATA/lexicons10x
rm -rf "$lex10"; mkdir -p "$lex10"
for f in lexicons/*.lex; do
  awk '/^\[entries\]/ { print; body = 1; next }
       !body { print; next }
       /^#|^\/|^[[:space:]]*$/ { print; next }
       { print; w = $0; sub(/ *\|.*$/, "", w); sub(/ +#.*$/, "", w)
         if (w ~ / / || w ~ /\*/) next
         for (i = 1; i <= 9; i++) print w "q" i }' "$f" > "$lex10/$(basename "$f")"
done

# A user lexicon of 1,000,000 words, for start-up and memory at that size.
lex1m=$DATA/lexicon1m
if [ ! -f "$lex1m/groot.lex" ]; then
  mkdir -p "$lex1m"
  awk 'BEGIN { print "id = groot\nlabel_nl = Groot\nlabel_en = Large"
    print "description_nl = Veel woorden.\ndescription_en = Many words.\n[entries]"
    for (i = 0; i < 1000000; i++) printf "woord%07d\n", i }' > "$lex1m/groot.lex"
fi

# --- measuring ------------------------------------------------------------
mb() { du -sb "$1" | awk '{ printf "%.1f", $1 / 1048576 }'; }
# The runs of a second or less move by a third between two tries on a busy
# machine: they run ROUNDS times, interleaved (so that a slow spell hits
# every configuration alike), and keep the median time and the largest RSS.
ROUNDS=${BENCH_ROUNDS:-5}
sample() {  # sample NAME CMD...: one more run of CMD, output discarded
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$DATA/time.$name" "$@" > /dev/null 2> "$DATA/err.$name" || true
  cat "$DATA/time.$name" >> "$DATA/samples.$name"
}
settle() {  # settle NAME...: T_NAME, the median wall seconds, and R_NAME, the largest RSS (KB)
  local name secs rss
  for name in "$@"; do
    secs=$(awk '{ print $1 }' "$DATA/samples.$name" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    rss=$(awk '{ print $2 }' "$DATA/samples.$name" | sort -n | tail -1)
    eval "T_$name=$secs; R_$name=$rss"
    rm -f "$DATA/samples.$name"
  done
}
measure() { sample "$@"; settle "$1"; }  # measure NAME CMD...: one run
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
rate() { awk -v m="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? m / s : 0) }'; }

BIG_SIZE=$(mb "$big"); F200=$(mb "$DATA/files200"); F1K=$(mb "$DATA/files1000"); F10K=$(mb "$DATA/files10000")

rm -f "$DATA"/samples.*  # left by an interrupted run
measure big_w "$W" -j 1 "$big"
measure big_grep grep -c -i -F -f "$words" "$big"
measure big_icu "$B" "$words" "$big"
measure big_w10 "$W" -j 1 --lexicons "$lex10" "$big"
measure big_counts "$W" -j 1 -f counts "$big"
for round in $(seq "$ROUNDS"); do
  sample k200_w1 "$W" -j 1 "$DATA/files200"
  sample k200_wd "$W" "$DATA/files200"
  sample k1_w1 "$W" -j 1 "$DATA/files1000"
  sample k1_wd "$W" "$DATA/files1000"
  sample k1_w2 "$W" -j 2 "$DATA/files1000"
  sample k1_grep grep -r -c -i -F -f "$words" "$DATA/files1000"
  sample k1_icu "$B" "$words" "$DATA"/files1000/*.txt
done
settle k200_w1 k200_wd k1_w1 k1_wd k1_w2 k1_grep k1_icu
measure one_w "$W" "$one"
measure one_lex1m "$W" --lexicons "$lex1m" "$one"
measure k10_w2 "$W" -j 2 "$DATA/files10000"
measure k10_grep grep -r -c -i -F -f "$words" "$DATA/files10000"

# Start-up plus one 3 KB file: the median of 21 runs, timed with bash's own
# clock ($EPOCHREALTIME), so no timing process is counted in.
startup_us() {  # startup_us CMD...: median microseconds of 21 runs
  local i s e
  for i in $(seq 21); do
    s=${EPOCHREALTIME/./}; "$@" > /dev/null; e=${EPOCHREALTIME/./}
    echo $((e - s))
  done | sort -n | sed -n 11p
}
STARTUP_MS=$(awk -v us="$(startup_us "$W" "$one")" 'BEGIN { printf "%.2f", us / 1000 }')
TRUE_MS=$(awk -v us="$(startup_us /bin/true)" 'BEGIN { printf "%.2f", us / 1000 }')

printf '\nwijzij benchmark on %s (%s cores), %s; runs on 200 and 1,000 files: median of %s\n\n' \
  "$(uname -m)" "$(nproc)" "$(date -u +%F)" "$ROUNDS"
printf '%-42s %9s %9s %10s %14s %14s\n' "run" "seconds" "MB/s" "files/s" "peak RSS (MB)" "ratio"
row() {  # row LABEL SECS MB FILES RSS RATIO_TEXT
  printf '%-42s %9s %9s %10s %14s %14s\n' "$1" "$2" "$(rate "$3" "$2")" \
    "$( [ "$4" = - ] && echo - || rate "$4" "$2")" "$(awk -v r="$5" 'BEGIN { printf "%.0f", r / 1024 }')" "$6"
}
row "big file ${BIG_SIZE} MB, wijzij -j 1" "$T_big_w" "$BIG_SIZE" - "$R_big_w" "1.00"
row "  ICU word-break + fold + hash loop" "$T_big_icu" "$BIG_SIZE" - "$R_big_icu" "$(ratio "$T_big_w" "$T_big_icu")x faster"
row "  grep -c -i -F -f (all lexicon words)" "$T_big_grep" "$BIG_SIZE" - "$R_big_grep" "$(ratio "$T_big_w" "$T_big_grep")x faster"
row "  wijzij with 10x lexicons" "$T_big_w10" "$BIG_SIZE" - "$R_big_w10" "$(ratio "$T_big_w10" "$T_big_w")x the time"
row "  wijzij -f counts (verdicts only)" "$T_big_counts" "$BIG_SIZE" - "$R_big_counts" "$(ratio "$T_big_icu" "$T_big_counts")x ICU's speed"
row "200 files (${F200} MB), wijzij -j 1" "$T_k200_w1" "$F200" 200 "$R_k200_w1" "1.00"
row "  wijzij, default -j (by the work)" "$T_k200_wd" "$F200" 200 "$R_k200_wd" "$(ratio "$T_k200_w1" "$T_k200_wd")x speed-up"
row "1,000 files (${F1K} MB), wijzij -j 1" "$T_k1_w1" "$F1K" 1000 "$R_k1_w1" "1.00"
row "  wijzij -j 2" "$T_k1_w2" "$F1K" 1000 "$R_k1_w2" "$(ratio "$T_k1_w1" "$T_k1_w2")x speed-up"
row "  wijzij, default -j (by the work)" "$T_k1_wd" "$F1K" 1000 "$R_k1_wd" "$(ratio "$T_k1_w1" "$T_k1_wd")x speed-up"
row "  ICU loop" "$T_k1_icu" "$F1K" 1000 "$R_k1_icu" "$(ratio "$T_k1_w1" "$T_k1_icu")x faster"
row "  grep -r" "$T_k1_grep" "$F1K" 1000 "$R_k1_grep" "$(ratio "$T_k1_w2" "$T_k1_grep")x (vs -j 2)"
row "10,000 files (${F10K} MB), wijzij -j 2" "$T_k10_w2" "$F10K" 10000 "$R_k10_w2" "1.00"
row "  grep -r" "$T_k10_grep" "$F10K" 10000 "$R_k10_grep" "$(ratio "$T_k10_w2" "$T_k10_grep")x faster"
printf '\nstart-up + one 3 KB file: %s ms (median of 21; /bin/true: %s ms)\n' "$STARTUP_MS" "$TRUE_MS"
printf 'one 3 KB file with a 1,000,000-word user lexicon: %s s, peak RSS %s MB (without: %s s, %s MB)\n' \
  "$T_one_lex1m" "$(awk -v r="$R_one_lex1m" 'BEGIN { printf "%.0f", r / 1024 }')" \
  "$T_one_w" "$(awk -v r="$R_one_w" 'BEGIN { printf "%.0f", r / 1024 }')"
printf 'peak RSS for the big file: %s MB, %sx its size\n' \
  "$(awk -v r="$R_big_w" 'BEGIN { printf "%.0f", r / 1024 }')" \
  "$(awk -v r="$R_big_w" -v m="$BIG_SIZE" 'BEGIN { printf "%.1f", r / 1024 / m }')"
