// expect: MMR101
using System;
using System.Text;
using MmapRecords;

namespace Archives;

[Record(Size = 48)]
public readonly partial struct ArchiveEntry
{
    [Field(0, Length = 32)] public partial string Name { get; }
    [Field(0, Length = 32)] public partial ReadOnlySpan<byte> NameBytes { get; }
    [Field(32)] public partial long Offset { get; }
    [Field(40)] public partial long Size { get; }
}

public static class EntryNames
{
    public static string RawName(string path, long index)
    {
        var archive = MappedFile.Open(path);
        var raw = archive.View<ArchiveEntry>(64)[index].NameBytes;
        archive.Dispose();
        var end = raw.IndexOf((byte)0); // BUG: the raw bytes are a span over the disposed mapping
        return Encoding.Latin1.GetString(end < 0 ? raw : raw[..end]);
    }
}
