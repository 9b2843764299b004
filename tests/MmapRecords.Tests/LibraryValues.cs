using System;
using static MmapRecords.Tests.NumpyComparison;

namespace MmapRecords.Tests;

/// <summary>Every field of the test records as the generated properties read it: the library's side of the numpy comparisons.</summary>
internal static class LibraryValues
{
    public static Fields Of(Vector v) => new() { ["X"] = v.X, ["Y"] = v.Y, ["Z"] = v.Z };

    public static Fields Of(Color c) => new() { ["Red"] = c.Red, ["Green"] = c.Green, ["Blue"] = c.Blue };

    public static Fields Of(Vertex v) => new() { ["Position"] = Of(v.Position), ["Color"] = Of(v.Color) };

    public static Fields Of(Mesh m) => new() { ["Id"] = m.Id, ["First"] = Of(m.First), ["Second"] = Of(m.Second), ["Background"] = Of(m.Background) };

    public static Fields Of(AllTypes a) => new()
    {
        ["U8"] = a.U8, ["I8"] = a.I8, ["I16"] = a.I16, ["U16"] = a.U16, ["I32"] = a.I32, ["U32"] = a.U32,
        ["I64"] = a.I64, ["U64"] = a.U64, ["F32"] = a.F32, ["F64"] = a.F64, ["F16"] = a.F16, ["Flag"] = a.Flag,
        ["E8"] = a.E8, ["ES8"] = a.ES8, ["E16"] = a.E16, ["EU16"] = a.EU16, ["E32"] = a.E32, ["EU32"] = a.EU32,
        ["E64"] = a.E64, ["EU64"] = a.EU64,
    };

    public static Fields Of(BigHeader h) => new()
    {
        ["Magic"] = h.Magic, ["Delta"] = h.Delta, ["Ratio"] = h.Ratio, ["Small"] = h.Small, ["Kind"] = h.Kind,
        ["Little"] = h.Little, ["Values"] = h.Values, ["Big"] = h.Big, ["Ratio32"] = h.Ratio32,
    };

    public static Fields Of(BigEndianRecord r) => new()
    {
        ["Magic"] = r.Magic, ["Epoch"] = r.Epoch, ["Scale"] = r.Scale, ["LittleInt"] = r.LittleInt, ["Ratio"] = r.Ratio,
        ["Tint"] = Of(r.Tint), ["Sign"] = r.Sign,
    };

    public static Fields Of(BigPair p) => new() { ["High"] = p.High, ["Low"] = p.Low };

    public static Fields Of(LittleWithBig l) => new() { ["Pair"] = Of(l.Pair) };

    public static Fields Of(Pair p) => new() { ["A"] = p.A, ["B"] = p.B };

    public static Fields Of(Samples s) => new()
    {
        ["Ints"] = s.Ints.ToArray(), ["Shorts"] = s.Shorts.ToArray(), ["Flags"] = s.Flags, ["Pairs"] = s.Pairs.Select(Of).ToArray(),
    };

    public static Fields Of(Polyline p) => new()
    {
        ["Count"] = p.Count, ["Points"] = p.Points.Select(Of).ToArray(), ["Pairs"] = p.Pairs.Select(Of).ToArray(), ["Big"] = p.Big,
    };

    public static Fields Of(Person p) => new()
    {
        ["Name"] = p.Name, ["City"] = p.City, ["Code"] = p.Code, ["Age"] = p.Age, ["NameBytes"] = p.NameBytes.ToArray(),
    };

    public static Fields Of(Tag t) => new() { ["Text"] = t.Text };
}
