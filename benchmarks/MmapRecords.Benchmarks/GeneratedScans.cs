using System.Runtime.CompilerServices;
using MmapRecords;

namespace MmapRecords.Benchmarks;

/// <summary>
/// The scans written the way a user writes them with generated records. This file is compiled twice: into the
/// benchmarks (Release) and into MmapRecords.Benchmarks.Checked (Release with the DEBUG symbol: checked mode).
/// </summary>
public static class GeneratedScans
{
    /// <summary>sum(x+y+z) as double and sum(red+green+blue) as ulong, with <see langword="foreach"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (double Xyz, ulong Rgb) Foreach(RecordView<Vertex> view)
    {
        double xyz = 0;
        ulong rgb = 0;
        foreach (var vertex in view)
        {
            var position = vertex.Position;
            var color = vertex.Color;
            xyz += (double)position.X + position.Y + position.Z;
            rgb += (ulong)(color.Red + color.Green + color.Blue);
        }

        return (xyz, rgb);
    }

    /// <summary>The same sums with an indexed loop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (double Xyz, ulong Rgb) Indexed(RecordView<Vertex> view)
    {
        double xyz = 0;
        ulong rgb = 0;
        var count = view.Count;
        for (long i = 0; i < count; i++)
        {
            var vertex = view[i];
            var position = vertex.Position;
            var color = vertex.Color;
            xyz += (double)position.X + position.Y + position.Z;
            rgb += (ulong)(color.Red + color.Green + color.Blue);
        }

        return (xyz, rgb);
    }

    /// <summary>The same sums over the records at <paramref name="indexes"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (double Xyz, ulong Rgb) Random(RecordView<Vertex> view, long[] indexes)
    {
        double xyz = 0;
        ulong rgb = 0;
        foreach (var index in indexes)
        {
            var vertex = view[index];
            var position = vertex.Position;
            var color = vertex.Color;
            xyz += (double)position.X + position.Y + position.Z;
            rgb += (ulong)(color.Red + color.Green + color.Blue);
        }

        return (xyz, rgb);
    }

    /// <summary>Writes through setters: x = y, red = blue, for every record (idempotent, so every run does the same work).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long Write(RecordView<Vertex> view)
    {
        long written = 0;
        foreach (var vertex in view)
        {
            var position = vertex.Position;
            position.X = position.Y;
            var color = vertex.Color;
            color.Red = color.Blue;
            written++;
        }

        return written;
    }

    /// <summary>The foreach sums over records whose byte order the view chose at run time.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (double Xyz, ulong Rgb) ForeachVariable(RecordView<VariableVertex> view)
    {
        double xyz = 0;
        ulong rgb = 0;
        foreach (var vertex in view)
        {
            var position = vertex.Position;
            var color = vertex.Color;
            xyz += (double)position.X + position.Y + position.Z;
            rgb += (ulong)(color.Red + color.Green + color.Blue);
        }

        return (xyz, rgb);
    }

    /// <summary>The foreach sums over records whose big-endian order is fixed at compile time.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (double Xyz, ulong Rgb) ForeachBig(RecordView<BigVertex> view)
    {
        double xyz = 0;
        ulong rgb = 0;
        foreach (var vertex in view)
        {
            var position = vertex.Position;
            var color = vertex.Color;
            xyz += (double)position.X + position.Y + position.Z;
            rgb += (ulong)(color.Red + color.Green + color.Blue);
        }

        return (xyz, rgb);
    }
}
