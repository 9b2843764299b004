// expect: none
using System;
using System.Collections.Generic;
using MmapRecords;

namespace Imaging;

[Record(Size = 12, ByteOrder = ByteOrder.Variable)]
public readonly partial struct IfdEntry
{
    [Field(0)] public partial ushort Tag { get; }
    [Field(2)] public partial ushort Type { get; }
    [Field(4)] public partial uint Count { get; }
    [Field(8)] public partial uint Value { get; }
}

public static class TiffIndex
{
    private static Dictionary<ushort, uint> s_lastDirectory = new();
    private static IfdEntry s_first;

    public static int Open(string path, long offset, long count)
    {
        using var tiff = MappedFile.Open(path);
        var order = tiff.Bytes(0, 2).SequenceEqual("MM"u8) ? ByteOrder.BigEndian : ByteOrder.LittleEndian;
        var entries = tiff.View<IfdEntry>(offset, count, order);
        var byTag = new Dictionary<ushort, uint>();
        foreach (var e in entries)
        {
            byTag[e.Tag] = e.Value;
        }

        s_lastDirectory = byTag;
        s_first = entries[0].Detach();
        return byTag.Count;
    }
}
