// expect: MMR100
using System;
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
    private static RecordView<IfdEntry> s_lastDirectory;

    public static int Open(string path, long offset, long count)
    {
        using var tiff = MappedFile.Open(path);
        var order = tiff.Bytes(0, 2).SequenceEqual("MM"u8) ? ByteOrder.BigEndian : ByteOrder.LittleEndian;
        var entries = tiff.View<IfdEntry>(offset, count, order);
        s_lastDirectory = entries; // BUG: a static keeps the view of the TIFF mapping
        return (int)entries.Count;
    }
}
