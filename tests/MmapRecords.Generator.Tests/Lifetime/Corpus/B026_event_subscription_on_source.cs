// expect: MMR100
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public sealed class Ticker
{
    public event EventHandler? Tick;
    public void Raise() => Tick?.Invoke(this, EventArgs.Empty);
}

public static class Wiring
{
    public static void Attach(Ticker ticker, string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        ticker.Tick += (_, _) => Console.WriteLine(header.Count);
    }
}
