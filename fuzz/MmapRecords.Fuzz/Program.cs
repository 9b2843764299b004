using System;
using System.IO;
using MmapRecords.Fuzz;

// Under afl-fuzz (SharpFuzz's fork-server protocol): runs every input AFL sends.
// Without AFL: `dotnet MmapRecords.Fuzz.dll FILE...` replays files, and with no argument it replays stdin,
// printing how each input ended; an undocumented exception ends the process like a crash does under AFL.
var scratch = Environment.GetEnvironmentVariable("MMR_FUZZ_SCRATCH") is { Length: > 0 } dir ? dir : Path.GetTempPath();
if (args.Length > 0)
{
    foreach (var file in args)
    {
        Console.WriteLine($"{Path.GetFileName(file)}: {Harness.Run(File.ReadAllBytes(file), scratch)}");
    }

    return;
}

if (Environment.GetEnvironmentVariable("__AFL_SHM_ID") is null)
{
    // Not under AFL: replay one input from stdin.
    using var input = new MemoryStream();
    Console.OpenStandardInput().CopyTo(input);
    Console.WriteLine($"stdin: {Harness.Run(input.ToArray(), scratch)}");
    return;
}

SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    Harness.Run(buffer.ToArray(), scratch);
});
