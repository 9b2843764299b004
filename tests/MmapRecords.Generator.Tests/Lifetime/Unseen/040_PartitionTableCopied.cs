// expect: none
using System.Collections.Generic;
using System.Linq;
using MmapRecords;

namespace Disks;

[Record(Size = 16)]
public readonly partial struct PartitionEntry
{
    [Field(0)] public partial uint Start { get; }
    [Field(4)] public partial uint Sectors { get; }
    [Field(8)] public partial ulong Flags { get; }
}

[Record(Size = 66)]
public readonly partial struct BootSector
{
    [Field(0)] public partial ushort Signature { get; }
    [Field(2, Length = 4)] public partial RecordView<PartitionEntry> Partitions { get; }
}

public sealed class DiskImage
{
    public IReadOnlyList<(uint Start, uint Sectors)> Partitions { get; private set; } = [];
    public PartitionEntry[] Raw { get; private set; } = [];

    public void Load(string imagePath)
    {
        using var image = MappedFile.Open(imagePath);
        var boot = image.Read<BootSector>(0);
        Partitions = boot.Partitions.Where(p => p.Sectors > 0).Select(p => (p.Start, p.Sectors)).ToList();
        Raw = boot.Partitions.Select(p => p.Detach()).ToArray();
    }
}
