using System;
using System.Diagnostics;
using System.Threading;
using MmapRecords;
using MmapRecords.Sharing.Child;

// One process of a multi-process test. Each scenario maps the shared file itself; the processes meet only in it.
// Each line printed is "what: outcome".
#if DEBUG
Console.WriteLine("build: Debug");
#else
Console.WriteLine("build: Release");
#endif

var scenario = args[0];
var path = args[1];
switch (scenario)
{
    case "increment":
        Increment(path, int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "claim":
        Claim(path, int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "produce":
        Produce(path, long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "consume":
        Consume(path, long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "ref-checks":
        RefChecks(path);
        break;
    default:
        Console.WriteLine($"unknown scenario: {scenario}");
        return 2;
}

Console.WriteLine("done");
return 0;

// Says it is ready, then waits until the test has seen every process ready and set Go: the work of all the
// processes overlaps instead of running one after another.
static void WaitForGo(Header header)
{
    Interlocked.Increment(ref header.Ready);
    var clock = Stopwatch.StartNew();
    while (Volatile.Read(ref header.Go) == 0)
    {
        if (clock.Elapsed > TimeSpan.FromMinutes(1))
        {
            Console.WriteLine("go: timed out");
            Environment.Exit(3);
        }

        Thread.Yield();
    }
}

static void Increment(string path, int times)
{
    using var file = MappedFile.Open(path, MapAccess.ReadWrite);
    var header = file.Read<Header>(0);
    WaitForGo(header);
    for (var i = 0; i < times; i++)
    {
        Interlocked.Increment(ref header.Count);

        // The same count kept with a read and a write: not atomic, so other processes' updates get lost.
        header.Plain = header.Plain + 1;
    }

    Console.WriteLine($"incremented: {times}");
}

static void Claim(string path, int id)
{
    using var file = MappedFile.Open(path, MapAccess.ReadWrite);
    var header = file.Read<Header>(0);
    WaitForGo(header);
    var previous = Interlocked.CompareExchange(ref header.Owner, id, 0);
    Console.WriteLine(previous == 0 ? $"claim {id}: won" : $"claim {id}: lost to {previous}");
}

// Writes entries after the header, each one completely, then publishes it by raising the count with Volatile.Write:
// a reader that reads the count with Volatile.Read sees every field of every entry below it.
static void Produce(string path, long count)
{
    using var file = MappedFile.Open(path, MapAccess.ReadWrite);
    var header = file.Read<Header>(0);
    var log = file.View<Entry>(64, count);
    WaitForGo(header);
    for (var i = 0L; i < count; i++)
    {
        var entry = log[i];
        entry.Tail = Expected.Tail(i);
        entry.Check = Expected.Check(i);
        entry.Root = Math.Sqrt(i);
        entry.Square = i * i;
        entry.Sequence = i;
        Volatile.Write(ref header.Published, i + 1);
    }

    Console.WriteLine($"published: {count}");
}

// Follows the producer: reads the published count with Volatile.Read, checks every entry below it, until all are in.
static void Consume(string path, long count)
{
    using var file = MappedFile.Open(path, MapAccess.ReadWrite);
    var header = file.Read<Header>(0);
    var log = file.View<Entry>(64, count);
    WaitForGo(header);
    long checkedCount = 0, incomplete = 0, polls = 0, pollsBehind = 0;
    var clock = Stopwatch.StartNew();
    while (checkedCount < count)
    {
        var published = Volatile.Read(ref header.Published);
        polls++;
        if (published < count)
        {
            pollsBehind++;
        }

        for (; checkedCount < published; checkedCount++)
        {
            var entry = log[checkedCount];
            if (entry.Sequence != checkedCount || entry.Square != checkedCount * checkedCount || entry.Root != Math.Sqrt(checkedCount)
                || entry.Check != Expected.Check(checkedCount) || entry.Tail != Expected.Tail(checkedCount))
            {
                if (incomplete++ < 5)
                {
                    Console.WriteLine($"incomplete: {entry}");
                }
            }
        }

        if (clock.Elapsed > TimeSpan.FromMinutes(1))
        {
            Console.WriteLine("consume: timed out");
            Environment.Exit(3);
        }
    }

    // pollsBehind: how often the consumer saw a count below the end, i.e. really read while the producer wrote.
    Console.WriteLine($"checked: {checkedCount}, incomplete: {incomplete}, polls while the producer wrote: {pollsBehind}");
}

static void RefChecks(string path)
{
    using (var file = MappedFile.Open(path))
    {
        var header = file.Read<Header>(0);
        Report("Read mapping: ref", () => Interlocked.Increment(ref header.Count));
        Report("Read mapping: ref readonly", () => Volatile.Read(in header.Version));
    }

    var writable = MappedFile.Open(path, MapAccess.ReadWrite);
    var record = writable.Read<Header>(0);
    Report("ReadWrite mapping: ref", () => Interlocked.Increment(ref record.Count));
    writable.Dispose();
    Report("after Dispose: ref", () => Interlocked.Increment(ref record.Count));
#if DEBUG
    Report("after Dispose: ref readonly", () => Volatile.Read(in record.Version));
#else
    // In Release a read after Dispose is not checked (the analyzer is the guard): it would read unmapped memory.
    Console.WriteLine("after Dispose: ref readonly: not checked in Release");
#endif
}

static void Report(string what, Func<object?> action)
{
    try
    {
        Console.WriteLine($"{what}: value {action()}");
    }
    catch (Exception e)
    {
        Console.WriteLine($"{what}: {e.GetType().Name}");
    }

    Console.Out.Flush();
}

/// <summary>What the producer writes into the fields of entry <c>i</c> besides its sequence number, square and root.</summary>
internal static class Expected
{
    public static uint Check(long i) => (uint)(i * 2654435761L);

    public static uint Tail(long i) => ~(uint)i;
}
