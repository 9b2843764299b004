#!/usr/bin/env bash
# Fuzzes the runtime with AFL++ and SharpFuzz for a given number of seconds:
#   fuzz/run.sh 600
# Builds fuzz/MmapRecords.Fuzz in Release, instruments MmapRecords.dll with the SharpFuzz tool, and runs afl-fuzz
# on fuzz/seeds (plus fuzz/regressions) until the time is up. Everything it writes goes to fuzz/out/ (ignored by git).
# AFL runs the instrumented build in fuzz/out/afl/; fuzz/out/bin/ holds the same harness uninstrumented, for
# replaying (the instrumented assembly writes AFL's coverage map, which only exists under afl-fuzz: run alone it
# fails with an AccessViolationException on every input). Each crash AFL saves in
# fuzz/out/findings-*/default/crashes/ is replayed with the plain build at the end; one that still fails there
# goes into fuzz/regressions/, where tests/MmapRecords.Runtime.Tests replays it on every test run.
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
rm -rf "$out/bin" "$out/afl"
dotnet build -c Release MmapRecords.Fuzz -o "$out/bin" -p:UseSharedCompilation=false 2>&1 | grep -E "error|Warn|Elapsed" || true
[[ -f $out/bin/MmapRecords.Fuzz.dll ]] || { echo "build failed"; exit 1; }
cp -r "$out/bin" "$out/afl"

echo "instrumenting MmapRecords.dll (the copy in $out/afl)"
"$tools/sharpfuzz" "$out/afl/MmapRecords.dll"

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
afl-fuzz -i "$inputs" -o "$findings" -V "$seconds" -t 10000 -m none -- dotnet "$out/afl/MmapRecords.Fuzz.dll" >"$out/afl.log" 2>&1 || {
    echo "afl-fuzz failed; last lines of $out/afl.log:"
    tail -20 "$out/afl.log"
    exit 1
}

stats=$findings/default/fuzzer_stats
echo "--- results ($stats)"
grep -E "^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|saved_crashes|saved_hangs|bitmap_cvg|stability)" "$stats"
# AFL also saves inputs whose run was cut short by a signal from outside (sig:02 is SIGINT): replay each one
# with the uninstrumented build, and count only what fails there.
reproduced=0
saved=0
for crash in "$findings"/default/crashes/id:*; do
    [[ -f $crash ]] || continue
    saved=$((saved + 1))
    if ! dotnet "$out/bin/MmapRecords.Fuzz.dll" "$crash" >"$crash.replay.txt" 2>&1; then
        reproduced=$((reproduced + 1))
        echo "reproduced: $crash (output in $crash.replay.txt)"
    fi
done
echo "crash files: $saved saved by AFL, $reproduced fail when replayed"
if ((reproduced > 0)); then
    echo "copy each reproduced one into fuzz/regressions/NAME.bin and fix the cause"
    exit 2
fi
