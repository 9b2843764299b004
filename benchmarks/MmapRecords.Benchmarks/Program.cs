using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Running;

namespace MmapRecords.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*'</c> runs every benchmark (short job, in process) (see docs/benchmarks.md);
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
                case "targets":
                    return Targets.Run(args.AsSpan(1));
                case "memory":
                    return MemoryFootprint.Run(args.AsSpan(1));
                case "memory-child":
                    return MemoryFootprint.Child(args[1], args[2]);
            }
        }

        // BenchmarkDotNet's short job (3 warm-ups, 3 iterations), in process (no nested build), with a timeout long
        // enough for the slowest alternatives: MemoryMappedViewAccessor per field takes about a minute per 1 GB
        // scan on a busy 2-core machine, past the in-process toolchain's default limit.
        var job = Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(60), logOutput: true)).WithId("ShortInProcess");
        var config = DefaultConfig.Instance.AddJob(job.AsDefault()).AddExporter(JsonExporter.Brief);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
