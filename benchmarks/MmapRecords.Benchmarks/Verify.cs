using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace MmapRecords.Benchmarks;

/// <summary>
/// Runs every benchmark method once on a small file and checks that all variants of an operation agree with a
/// sum computed straight from <see cref="BenchData.Values"/> (the values the file was written from).
/// </summary>
internal static class Verify
{
    public static int Run()
    {
        const long records = 1_000_003;
        Environment.SetEnvironmentVariable("MMR_BENCH_RECORDS", records.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var failures = 0;

        var scan = Expected(records, Enumerable.Range(0, (int)records).Select(i => (long)i));
        failures += Check(new ScanBenchmarks(), scan, records);

        var random = new Random(RandomReadBenchmarks.Seed);
        var indexes = Enumerable.Range(0, RandomReadBenchmarks.Reads).Select(_ => random.NextInt64(records)).ToArray();
        failures += Check(new RandomReadBenchmarks(), Expected(records, indexes), records);

        failures += Check(new SmallFileBenchmarks(), Expected(records, [SmallFileBenchmarks.Index]), records);
        Console.WriteLine(failures == 0 ? "verify: every variant agrees" : $"verify: {failures} variant(s) disagree");
        return failures == 0 ? 0 : 1;
    }

    private static ulong WordSum(string path)
    {
        ulong sum = 0;
        foreach (var word in System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(System.IO.File.ReadAllBytes(path)))
        {
            sum += word;
        }

        return sum;
    }

    private static (double, ulong) Expected(long records, System.Collections.Generic.IEnumerable<long> indexes)
    {
        double xyz = 0;
        ulong rgb = 0;
        foreach (var i in indexes)
        {
            var (x, y, z, red, green, blue) = BenchData.Values(i);
            xyz += (double)x + y + z;
            rgb += (ulong)(red + green + blue);
        }

        return (xyz, rgb);
    }

    private static int Check(object benchmarks, (double, ulong) expected, long records)
    {
        var type = benchmarks.GetType();
        type.GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null).Invoke(benchmarks, null);
        var failures = 0;
        try
        {
            foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                var result = method.Invoke(benchmarks, null);
                var ok = result switch
                {
                    ValueTuple<double, ulong> sums => sums == expected,
                    // The uint64 reference sums raw bytes; the write scans count records.
                    long written => written == records,
                    ulong words => words == WordSum(BenchData.VerticesFile(records)),
                    _ => false,
                };
                Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {type.Name}.{method.Name}: {result} (expected {expected})");
                failures += ok ? 0 : 1;
            }
        }
        finally
        {
            type.GetMethods().SingleOrDefault(m => m.GetCustomAttribute<GlobalCleanupAttribute>() is not null)?.Invoke(benchmarks, null);
        }

        return failures;
    }
}
