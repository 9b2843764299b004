using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using MmapRecords;
using SharedCounter;

// Several processes increment one counter in a file they all map ReadWrite:
//   SharedCounter [file] [workers] [increments]     the coordinator: makes the file, starts the workers, checks the total
//   SharedCounter worker <file> <increments>        one worker (the coordinator starts these)
if (args is ["worker", var workerFile, var times])
{
    return Worker(workerFile, int.Parse(times, CultureInfo.InvariantCulture));
}

var path = Path.GetFullPath(args.Length > 0 ? args[0] : "counter.bin");
var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4;
var increments = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;

File.Delete(path);
using (MappedFile.Create(path, 16))
{
    // A new file of zeros: Count, Started and Finished are 0.
}

var processes = Enumerable.Range(0, workers).Select(_ => StartWorker(path, increments)).ToList();
foreach (var process in processes)
{
    process.WaitForExit();
}

// ReadWrite: a 'ref long' field hands out a writable reference, which a Read mapping refuses (InvalidOperationException).
using var file = MappedFile.Open(path, MapAccess.ReadWrite);
var counter = file.Read<CounterFile>(0);
var expected = (long)workers * increments;
var count = Volatile.Read(in counter.Count);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workers} processes x {increments:N0} increments: Count = {count:N0} (expected {expected:N0}); started {counter.Started}, finished {counter.Finished}"));
return count == expected && processes.All(p => p.ExitCode == 0) ? 0 : 1;

static int Worker(string path, int increments)
{
    using var file = MappedFile.Open(path, MapAccess.ReadWrite);
    var counter = file.Read<CounterFile>(0);
    Interlocked.Increment(ref counter.Started);
    for (var i = 0; i < increments; i++)
    {
        // One atomic read-modify-write on the shared page: no update is lost, whichever process runs when.
        Interlocked.Increment(ref counter.Count);
    }

    Interlocked.Increment(ref counter.Finished);
    return 0;
}

// Starts this program again as a worker: through its apphost, or through 'dotnet' when it was started as 'dotnet SharedCounter.dll'.
static Process StartWorker(string path, int increments)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet")
    {
        start.ArgumentList.Add(typeof(CounterFile).Assembly.Location);
    }

    foreach (var argument in new[] { "worker", path, increments.ToString(CultureInfo.InvariantCulture) })
    {
        start.ArgumentList.Add(argument);
    }

    return Process.Start(start)!;
}
