#!/usr/bin/env bash
# Fuzzes the runtime with AFL++ and SharpFuzz for a given number of seconds:
#   fuzz/run.sh 600
# Builds fuzz/MmapRecords.Fuzz in Release, instruments MmapRecords.dll with the SharpFuzz tool, and runs afl-fuzz
# on fuzz/seeds (plus fuzz/regressions) until the time is up. Everything it writes goes to fuzz/out/ (ignored by git).
# A crash lands in fuzz/out/findings-*/default/crashes/: replay it with
#   dotnet fuzz/out/bin/MmapRecords.Fuzz.dll <file>
# then copy it into fuzz/regressions/, where tests/MmapRecords.Runtime.Tests replays it on every test run.
# Never run by CI.
set -euo pipefail
seconds=${1:?usage: fuzz/run.sh <seconds>}
cd "$(dirname "$0")"
here=$PWD
out=$here/out
mkdir -p "$out"

if ! command -v afl-fuzz >/dev/null; then
    echo "installing afl++"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++) >/dev/null
fi

tools=$out/tools
if [[ ! -x $tools/sharpfuzz ]]; then
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

echo "building the harness"
rm -rf "$out/bin"
dotnet build -c Release MmapRecords.Fuzz -o "$out/bin" -p:UseSharedCompilation=false 2>&1 | grep -E "error|Warn|Elapsed" || true
[[ -f $out/bin/MmapRecords.Fuzz.dll ]] || { echo "build failed"; exit 1; }

echo "instrumenting MmapRecords.dll"
"$tools/sharpfuzz" "$out/bin/MmapRecords.dll"

inputs=$out/inputs
rm -rf "$inputs"
mkdir -p "$inputs"
cp seeds/* "$inputs"/
cp regressions/*.bin "$inputs"/ 2>/dev/null || true

# Start from what earlier runs found (their queues), so runs add up.
n=0
for queued in "$out"/findings-*/default/queue/id:*; do
    [[ -f $queued ]] || continue
    n=$((n + 1))
    cp "$queued" "$inputs/previous-$n.bin"
done

findings=$out/findings-$(date -u +%Y%m%dT%H%M%S)
scratch=${MMR_FUZZ_SCRATCH:-/dev/shm}
[[ -d $scratch && -w $scratch ]] || scratch=$out
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 MMR_FUZZ_SCRATCH=$scratch

echo "fuzzing for ${seconds}s into $findings"
afl-fuzz -i "$inputs" -o "$findings" -V "$seconds" -t 10000 -m none -- dotnet "$out/bin/MmapRecords.Fuzz.dll" >"$out/afl.log" 2>&1 || {
    echo "afl-fuzz failed; last lines of $out/afl.log:"
    tail -20 "$out/afl.log"
    exit 1
}

stats=$findings/default/fuzzer_stats
echo "--- results ($stats)"
grep -E "^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|saved_crashes|saved_hangs|bitmap_cvg|stability)" "$stats"
crashes=$(find "$findings/default/crashes" -type f -name 'id:*' | wc -l)
echo "crash files: $crashes"
if ((crashes > 0)); then
    echo "replay one: dotnet $out/bin/MmapRecords.Fuzz.dll <crash file>; then copy it into fuzz/regressions/NAME.bin"
    exit 2
fi
