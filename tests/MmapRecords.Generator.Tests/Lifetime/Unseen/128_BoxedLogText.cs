// expect: none
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Diagnostics;

public sealed class DebugLog
{
    private readonly List<object> _entries = new();

    public void Trace(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        _entries.Add(path);
        _entries.Add(header.ToString());
        _entries.Add(header.Count);
        _entries.Add(header.Detach());
    }

    public IEnumerable<string> Lines()
    {
        foreach (var e in _entries) yield return e.ToString() ?? "";
    }
}
