// expect: none
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public sealed class ScanResult
{
    public long Count { get; init; }
    public ushort MaxRed { get; init; }
    public string? Brightest { get; init; }
}

public static class Scanner
{
    public static ScanResult Scan(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        var best = view[0];
        foreach (var v in view) if (v.Color.Red > best.Color.Red) best = v;
        return new ScanResult { Count = view.Count, MaxRed = best.Color.Red, Brightest = best.ToString() };
    }
}
