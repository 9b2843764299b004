// expect: none
using System;
using MmapRecords;
using Demo;

namespace Catalog;

public sealed class CatalogEntry
{
    private string _summary = "(none)";

    public void Attach(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        var summary = new Lazy<string>(() => $"{header.Count} records, magic {header.Magic:X}");
        if (header.Count > 0)
        {
            _summary = summary.Value;
        }
    }

    public string Summary => _summary;
}
