using static MmapRecords.Tests.NumpyComparison;

namespace MmapRecords.Tests;

/// <summary>The records of run-time byte order and the newer field types, as the generated properties read them.</summary>
internal static class VariableLibraryValues
{
    public static Fields Of(Move m) => new() { ["Tag"] = m.Tag, ["Delta"] = m.Delta, ["Ratio"] = m.Ratio };

    public static Fields Of(BigWord w) => new() { ["Value"] = w.Value };

    public static Fields Of(Mixed m) => new()
    {
        ["Magic"] = m.Magic, ["Letter"] = m.Letter, ["Number"] = m.Number, ["Big"] = m.Big, ["Id"] = m.Id,
        ["NetworkId"] = m.NetworkId, ["Name"] = m.Name, ["First"] = Of(m.First), ["Word"] = Of(m.Word),
        ["Values"] = m.Values, ["Moves"] = m.Moves.Select(Of).ToArray(), ["Ratio"] = m.Ratio, ["Tail"] = m.Tail.ToArray(),
        ["Small"] = m.Small, ["Fixed"] = m.Fixed.ToArray(), ["Checksum"] = m.Checksum, ["Covered"] = m.Covered.ToArray(),
    };

    public static Fields Of(FixedHolder h) => new() { ["Big"] = Of(h.Big), ["Little"] = Of(h.Little), ["Letter"] = h.Letter };

    public static Fields Of(PartitionEntry e) => new()
    {
        ["Status"] = e.Status, ["Type"] = e.Type, ["FirstSector"] = e.FirstSector, ["Sectors"] = e.Sectors,
    };

    public static Fields Of(PartitionTable t) => new()
    {
        ["Entries"] = t.Entries.Select(Of).ToArray(), ["Signature"] = t.Signature, ["Raw"] = t.Raw,
    };
}
