using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Running;

namespace MmapRecords.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*' --job short --inProcess</c> runs every benchmark (see docs/benchmarks.md);
/// <c>-- verify</c> checks that every variant computes the same sums; <c>-- memory</c> measures peak resident
/// memory of random reads from a sparse 8 GB file.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0)
        {
            switch (args[0])
            {
                case "verify":
                    return Verify.Run();
                case "memory":
                    return MemoryFootprint.Run(args.AsSpan(1));
                case "memory-child":
                    return MemoryFootprint.Child(args[1], args[2]);
            }
        }

        var config = DefaultConfig.Instance.AddExporter(JsonExporter.Brief);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
