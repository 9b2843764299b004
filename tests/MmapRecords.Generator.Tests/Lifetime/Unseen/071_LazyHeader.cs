// expect: MMR100
using System;
using MmapRecords;
using Demo;

namespace Catalog;

public sealed class CatalogEntry
{
    private Lazy<string>? _summary;

    public void Attach(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        _summary = new Lazy<string>(() => $"{header.Count} records, magic {header.Magic:X}"); // BUG: the lazy reads the header whenever it is first asked, after the dispose
    }

    public string Summary => _summary?.Value ?? "(none)";
}
