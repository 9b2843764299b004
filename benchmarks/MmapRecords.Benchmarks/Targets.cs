using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace MmapRecords.Benchmarks;

/// <summary>
/// The issue's target ratios, measured robustly on a shared, busy machine: the variants that are compared with
/// each other run round-robin (so a burst of load from other processes hits them all alike), and each variant's
/// best (minimum) time over the rounds is kept — the time it takes when it gets the CPU.
/// <c>-- targets [rounds]</c>.
/// </summary>
internal static class Targets
{
    public static int Run(ReadOnlySpan<string> args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var scan = new ScanBenchmarks();
        var random = new RandomReadBenchmarks();
        scan.Setup();
        random.Setup();
        try
        {
            var variants = new (string Name, Func<object> Run)[]
            {
                ("scan: byte* loop (hand-written)", () => scan.BytePointer()),
                ("scan: MmapRecords foreach", () => scan.Generated_Foreach()),
                ("scan: MmapRecords indexed", () => scan.Generated_Indexed()),
                ("scan: MmapRecords foreach, checked (DEBUG)", () => scan.Generated_Checked()),
                ("scan: uint64 sum (bandwidth reference)", () => scan.Bandwidth()),
                ("scan: byte* loop + prefetch (hand-written)", () => scan.BytePointer_Prefetch()),
                ("scan: byte* loop, separate float loads (hand-written)", () => scan.BytePointer_SeparateLoads()),
                ("write: byte* writes (copy-on-write map)", () => scan.BytePointer_Write()),
                ("write: MmapRecords setters (copy-on-write map)", () => scan.Generated_Write()),
                ("random: byte* (hand-written)", () => random.BytePointer()),
                ("random: MmapRecords indexer", () => random.Generated_Indexer()),
            };
            var best = new double[variants.Length];
            Array.Fill(best, double.MaxValue);
            var all = variants.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round <= rounds; round++)
            {
                for (var v = 0; v < variants.Length; v++)
                {
                    var watch = Stopwatch.StartNew();
                    GC.KeepAlive(variants[v].Run());
                    var ms = watch.Elapsed.TotalMilliseconds;
                    if (round > 0)
                    {
                        best[v] = Math.Min(best[v], ms);
                        all[v].Add(ms);
                    }
                }
            }

            double Best(string name) => best[Array.FindIndex(variants, v => v.Name == name)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} interleaved rounds; best and median time per variant:"));
            Console.WriteLine();
            Console.WriteLine("| variant | best (ms) | median (ms) | best vs the byte* loop | best vs the bandwidth reference |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            for (var v = 0; v < variants.Length; v++)
            {
                var group = variants[v].Name.Split(':')[0];
                var baseline = group switch
                {
                    "random" => Best("random: byte* (hand-written)"),
                    "write" => Best("write: byte* writes (copy-on-write map)"),
                    _ => Best("scan: byte* loop (hand-written)"),
                };
                var bandwidth = group == "scan" ? string.Create(CultureInfo.InvariantCulture, $"{best[v] / Best("scan: uint64 sum (bandwidth reference)"):F2}x") : "";
                var median = all[v].Order().ElementAt(all[v].Count / 2);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {variants[v].Name} | {best[v]:F1} | {median:F1} | {best[v] / baseline:F2}x | {bandwidth} |"));
            }
        }
        finally
        {
            scan.Cleanup();
            random.Cleanup();
        }

        return 0;
    }
}
