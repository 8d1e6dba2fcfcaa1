#!/usr/bin/env bash
# reliability/fuzz.sh SECONDS [SOURCE_ROOT]
#
# Builds a libFuzzer target over the parse and attribute stages (reliability/fuzz/FuzzEntry.swift compiled together
# with SOURCE_ROOT/Sources/WireWatchCore, default: this checkout) and runs it for SECONDS with a seed corpus of
# hand-written articles (reliability/fuzz/seeds). A crash, a trap, an input slower than WIREWATCH_FUZZ_TIMEOUT
# seconds (default 10) or one using more than WIREWATCH_FUZZ_RSS_MB (default 2048) fails the run; the offending input
# is kept in the work folder's artifacts/ and the script exits non-zero. WIREWATCH_FUZZ_OPT=-Onone builds faster
# (for short runs) than the default -O.
#
# Work folder: WIREWATCH_FUZZ_DIR (default SOURCE_ROOT/.build/fuzz); its corpus/ grows across runs.
# Reproduce a crash: .build/fuzz/fuzz-parse-attribute .build/fuzz/artifacts/crash-...
set -euo pipefail
seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "${2:-$here/..}" && pwd)
work=${WIREWATCH_FUZZ_DIR:-$root/.build/fuzz}
timeout_s=${WIREWATCH_FUZZ_TIMEOUT:-10}
rss_mb=${WIREWATCH_FUZZ_RSS_MB:-2048}
# -O (default) runs several times more inputs a second; -Onone builds in a fraction of the time (run-all --quick).
opt=${WIREWATCH_FUZZ_OPT:--O}
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"

sources=("$here/fuzz/FuzzEntry.swift")
while IFS= read -r -d '' f; do sources+=("$f"); done < <(find "$root/Sources/WireWatchCore" -name '*.swift' -print0 | sort -z)
bin="$work/fuzz-parse-attribute"
stamp=$({ echo "$opt"; cat "${sources[@]}"; } | sha256sum | cut -c1-16)
if [ ! -x "$bin" ] || [ "$(cat "$work/build.stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "fuzz: building $bin from ${#sources[@]} files ($opt)"
  xml_cflags=$(pkg-config --cflags libxml-2.0)
  xcc=(); for flag in $xml_cflags; do xcc+=(-Xcc "$flag"); done
  # -wmo: one compiler job for the module (without it, each of the ~120 files is a job that type-checks them all).
  # Run from the work folder: with -wmo, swiftc leaves the module's .swiftmodule/.swiftdoc files in the current one.
  (cd "$work" && swiftc -sanitize=fuzzer -parse-as-library "$opt" -wmo -num-threads 2 -g -swift-version 6 \
    -module-name WireWatchFuzz \
    -I "$root/Sources/CLibXML2" -I "$root/Sources/CLibCrypto" "${xcc[@]}" \
    -lxml2 -lcrypto \
    -o "$bin" "${sources[@]}")
  echo "$stamp" > "$work/build.stamp"
fi

# Seeds: the first byte selects the file name the parser sees (see FuzzEntry.swift).
for f in "$here"/fuzz/seeds/*; do
  case "$f" in
    *.txt) sel='\x00' ;; *.json) sel='\x01' ;; *.html) sel='\x02' ;; *.jsonl) sel='\x05' ;; *) sel='\x04' ;;
  esac
  { printf "$sel"; cat "$f"; } > "$work/seeds/$(basename "$f")"
done

log="$work/last-run.log"
echo "fuzz: running for ${seconds}s (timeout ${timeout_s}s per input, rss limit ${rss_mb} MB)"
set +e
"$bin" -max_total_time="$seconds" -timeout="$timeout_s" -rss_limit_mb="$rss_mb" -max_len=16384 \
  -dict="$here/fuzz/wirewatch.dict" -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
  "$work/corpus" "$work/seeds" >"$log" 2>&1
status=$?
set -e
execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
grep -E '^#[0-9]+ +DONE|ERROR|deadly signal|timeout|out-of-memory|Fatal error|SUMMARY' "$log" | head -20 || true
echo "fuzz: ${seconds}s, executions: ${execs}, corpus: $(ls "$work/corpus" | wc -l) inputs, exit status: $status"
if [ $status -ne 0 ]; then
  echo "fuzz: FAILED; last lines of $log:" >&2
  tail -40 "$log" >&2
  ls -la "$work/artifacts" >&2
  exit 1
fi
