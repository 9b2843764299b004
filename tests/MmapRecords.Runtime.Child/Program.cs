using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using MmapRecords;
using MmapRecords.Runtime.Child;

// Scenarios the runtime tests run in a child process, one per start: a crash (SIGSEGV, SIGBUS) ends this process,
// and the test that started it fails instead of the test host dying. Each line printed is "what: outcome".
#if DEBUG
Console.WriteLine("build: Debug");
#else
Console.WriteLine("build: Release");
#endif

var scenario = args[0];
var path = args.Length > 1 ? args[1] : "";
switch (scenario)
{
    case "records-after-dispose":
        RecordsAfterDispose(path);
        break;
    case "views-after-dispose":
        ViewsAfterDispose(path);
        break;
    case "setters-after-dispose":
        SettersAfterDispose(path);
        break;
    case "setters-on-read":
        SettersOnRead(path);
        break;
    case "current-before-movenext":
        CurrentBeforeMoveNext(path);
        break;
    case "scan-loop":
        ScanLoop(path);
        break;
    case "accessor-checks":
        AccessorChecks();
        break;
    case "truncate-then-read":
        TruncateThenRead(path);
        break;
    case "fuzz-replay":
        foreach (var input in args.Skip(1))
        {
            Console.WriteLine($"{Path.GetFileName(input)}: {MmapRecords.Fuzz.Harness.Run(File.ReadAllBytes(input), Path.GetTempPath())}");
            Console.Out.Flush();
        }

        break;
    case "stale-records":
        MmapRecords.Runtime.Child.StaleRecords.KeptWhileOtherFilesAreRead(path, Enum.Parse<MapAccess>(args[2]));
        break;
    case "stale-spans":
        MmapRecords.Runtime.Child.StaleRecords.Spans(path);
        break;
    case "stale-cycles":
        MmapRecords.Runtime.Child.StaleRecords.Cycles(path);
        break;
    case "open":
        Open(path, Enum.Parse<MapAccess>(args[2]));
        break;
    default:
        Console.WriteLine($"unknown scenario: {scenario}");
        return 2;
}

Console.WriteLine("done");
return 0;

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

// Only meaningful in checked (Debug) builds: in Release these reads would touch unmapped memory.
static void RecordsAfterDispose(string path)
{
    var file = MappedFile.Open(path, MapAccess.ReadWrite);
    var entry = file.View<Entry>()[1];
    var nested = entry.Pair;
    var header = file.Read<Pair>(0);
    var enumerator = file.View<Entry>().GetEnumerator();
    enumerator.MoveNext();
    var current = enumerator.Current;
    Report("before dispose", () => entry.Id);
    file.Dispose();

    Report("getter", () => entry.Id);
    Report("nested getter", () => entry.Pair);
    Report("nested record getter", () => nested.Left);
    Report("read record getter", () => header.Right);
    Report("enumerated record getter", () => current.Id);
    Report("setter", () => { entry.Id = 1; return null; });
    Report("nested setter", () => { nested.Right = 1; return null; });
    Report("ToString", () => entry.ToString());
    Report("Equals", () => entry.Equals(current));
    Report("GetHashCode", () => entry.GetHashCode());
    Report("Detach", () => entry.Detach());
}

static void ViewsAfterDispose(string path)
{
    var file = MappedFile.Open(path);
    var view = file.View<Entry>();
    var slice = view.Slice(1, 1);
    file.Dispose();
    Report("Count", () => view.Count);
    Report("indexer", () => view[0]);
    Report("indexer out of range", () => view[long.MaxValue]);
    Report("Slice", () => view.Slice(0, 1));
    Report("foreach", () =>
    {
        var n = 0;
        foreach (var e in view)
        {
            n++;
        }

        return n;
    });
    Report("slice indexer", () => slice[0]);
    Report("View", () => file.View<Entry>());
    Report("Read", () => file.Read<Pair>(0));
    Report("Flush", () => { file.Flush(); return null; });
    Report("Length", () => file.Length);
}

// Setters check in every build: after Dispose they throw ObjectDisposedException, on any mapping, never write.
static void SettersAfterDispose(string path)
{
    foreach (var access in new[] { MapAccess.ReadWrite, MapAccess.CopyOnWrite, MapAccess.Read })
    {
        var file = MappedFile.Open(path, access);
        var entry = file.View<Entry>()[1];
        var nested = entry.Pair;
        file.Dispose();
        Report($"{access} setter", () => { entry.Id = 7; return null; });
        Report($"{access} nested setter", () => { nested.Left = 7; return null; });
    }
}

static void SettersOnRead(string path)
{
    using var file = MappedFile.Open(path);
    var entry = file.View<Entry>()[0];
    var pair = file.Read<Pair>(0);
    Report("setter", () => { entry.Id = 5; return null; });
    Report("nested setter", () => { entry.Pair = pair; return null; });
    Report("setter of nested", () => { var nested = entry.Pair; nested.Left = 5; return null; });
    Report("read record setter", () => { pair.Right = 5; return null; });
    Report("default record setter", () => { default(Pair).Left = 5; return null; });
    Report("detached setter", () => { var copy = entry.Detach(); copy.Id = 5; return copy.Id; });
    Report("getter", () => entry.Id);
}

// Before the first MoveNext an enumerator's Current is a default record: it must fail as a default record does,
// never read the bytes before the view.
static void CurrentBeforeMoveNext(string path)
{
    using var file = MappedFile.Open(path);
    Report("Current before MoveNext", () => file.View<Entry>().GetEnumerator().Current.Id);
    Report("nested of Current before MoveNext", () => file.View<Entry>(16).GetEnumerator().Current.Pair.Right);
    Report("Current of an empty view at the end", () => file.View<Entry>(file.Length).GetEnumerator().Current.Id);
    Report("default record", () => default(Entry).Id);
}

// The seed's scan, written as users write it; the runtime tests read the JIT's listing of ScanLoopBody.
static void ScanLoop(string path)
{
    using var file = MappedFile.Open(path);
    var (xyz, rgb) = ScanLoopBody(file.View<Vertex>());
    Console.WriteLine(FormattableString.Invariant($"sums: {xyz}, {rgb}"));
}

[MethodImpl(MethodImplOptions.NoInlining)]
static (double Xyz, ulong Rgb) ScanLoopBody(RecordView<Vertex> view)
{
    double xyz = 0;
    ulong rgb = 0;
    foreach (var v in view)
    {
        xyz += (double)v.X + v.Y + v.Z;
        rgb += (ulong)(v.Red + v.Green + v.Blue);
    }

    return (xyz, rgb);
}

// Counts the calls to RecordAccess.EnsureReadable in the generated address helper: checked mode has one, Release none.
static void AccessorChecks()
{
    var method = typeof(Entry).GetMethod("__mmrAt", BindingFlags.Instance | BindingFlags.NonPublic)!;
    var il = method.GetMethodBody()!.GetILAsByteArray()!;
    var calls = 0;
    for (var i = 0; i + 4 < il.Length; i++)
    {
        if (il[i] == OpCodes.Call.Value && method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1)) is { } callee && callee.Name == "EnsureReadable")
        {
            calls++;
            i += 4;
        }
    }

    Console.WriteLine($"EnsureReadable calls: {calls}");
}

static void TruncateThenRead(string path)
{
    using var file = MappedFile.Open(path);
    var view = file.View<Entry>();
    Console.WriteLine($"records: {view.Count}");

    // Another writer that ignores advisory locks shrinks the file to one page.
    using (var other = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
    {
        other.SetLength(4096);
    }

    Report("new view", () => file.View<Entry>());
    Report("record in the first page", () => view[0].Id);
    Console.WriteLine("reading a record past the new end");
    Console.Out.Flush();
    Report("record past the new end", () => view[view.Count - 1].Id);
}

static void Open(string path, MapAccess access)
{
    try
    {
        using var file = MappedFile.Open(path, access);
        Console.WriteLine($"open {access}: opened {file.Length}");
    }
    catch (Exception e)
    {
        Console.WriteLine($"open {access}: {e.GetType().Name}: {e.Message}");
    }
}
