using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;

namespace MmapRecords.Fuzz;

/// <summary>
/// Maps one hostile input as a header-plus-table file and walks it through the public API. Only the documented
/// exceptions may come out (an out-of-range number, a write to a read-only mapping), each naming the file; any
/// other exception, a wrong value or a crash is a finding.
/// </summary>
public static class Harness
{
    /// <summary>Most records the walk visits, so one input stays fast.</summary>
    private const int MaxWalk = 4096;

    /// <summary>Runs one input; returns how it ended ("ok", "out of range", "read-only").</summary>
    public static string Run(byte[] input, string scratchDirectory)
    {
        var path = Path.Combine(scratchDirectory, $"mmr-fuzz-{Environment.ProcessId}.bin");
        File.WriteAllBytes(path, input);
        try
        {
            Walk(path, input);
            return "ok";
        }
        catch (ArgumentOutOfRangeException e) when (e.Message.Contains(path, StringComparison.Ordinal))
        {
            return "out of range";
        }
        catch (InvalidOperationException e) when (e.Message.Contains(path, StringComparison.Ordinal) && e.Message.Contains("read-only", StringComparison.Ordinal))
        {
            return "read-only";
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Walk(string path, byte[] input)
    {
        FuzzHeader header;
        using var whole = MappedFile.Open(path);
        Require(whole.Length == input.Length, "length");
        header = whole.Read<FuzzHeader>(0).Detach();

        var access = (MapAccess)(header.Access % 3);
        var windowed = (header.Flags & 1) != 0;
        using var file = windowed
            ? MappedFile.Open(path, access, header.WindowOffset, header.WindowLength)
            : MappedFile.Open(path, access);
        var start = windowed ? header.WindowOffset : 0;
        Require(file.Length == (windowed ? header.WindowLength : input.Length), "window length");
        if ((header.Flags & 8) != 0)
        {
            RunTimeLayout(file, header, input, start);
            return;
        }

        switch (header.Kind % 4)
        {
            case 0: Table<Fuzz1>(file, header, input, start); break;
            case 1: Table<Fuzz6>(file, header, input, start); break;
            case 2: Table<Fuzz16>(file, header, input, start); break;
            default: Table<Fuzz7>(file, header, input, start); break;
        }
    }

    private static void Table<T>(MappedFile file, FuzzHeader header, byte[] input, long start) where T : struct, IRecord<T>, IFuzzRecord<T>
    {
        var counted = (header.Flags & 2) != 0;
        var view = counted ? file.View<T>(header.TableOffset, header.Count) : file.View<T>(header.TableOffset);

        // Independent model of how many records fit (128-bit, no shared code with the runtime).
        var available = (Int128)file.Length - header.TableOffset;
        var fit = available < T.Size ? 0 : ((available - T.Size) / T.Stride) + 1;
        Require(counted ? view.Count == header.Count && header.Count <= fit : view.Count == fit, "count");

        ulong Expected(long index) =>
            T.Expected(input.AsSpan(checked((int)(start + header.TableOffset + (index * T.Stride))), T.Size));

        long i = 0;
        foreach (var record in view)
        {
            Require(record.Probe() == Expected(i), "enumerated record");
            if (++i == MaxWalk)
            {
                break;
            }
        }

        Require(i == Math.Min(view.Count, MaxWalk), "enumerated count");
        var slice = view.Slice(header.SliceStart, header.SliceCount);
        Require(slice.Count == header.SliceCount, "slice count");
        if (slice.Count > 0)
        {
            Require(slice[0].Probe() == Expected(header.SliceStart), "slice start");
            Require(slice[slice.Count - 1].Probe() == Expected(header.SliceStart + slice.Count - 1), "slice end");
        }

        var indexed = view[header.Index];
        Require(indexed.Probe() == Expected(header.Index), "indexed record");
        if ((header.Flags & 4) != 0)
        {
            indexed.Write(header.Poke);
            var again = view[header.Index];
            Require(again.Probe() == indexed.Probe(), "written record");
            file.Flush();
        }
    }

    /// <summary>
    /// The overloads that decide a layout at run time: a stride from the input (the high half of Poke), an order from
    /// flag bit 4, raw bytes at the Index offset; a Variable record reached without an order must be refused.
    /// </summary>
    private static void RunTimeLayout(MappedFile file, FuzzHeader header, byte[] input, long start)
    {
        var bigEndian = (header.Flags & 16) != 0;
        var order = bigEndian ? ByteOrder.BigEndian : ByteOrder.LittleEndian;
        var stride = (int)(header.Poke >> 32);
        try
        {
            file.View<FuzzVariable>(0);
            Require(false, "Variable view without an order");
        }
        catch (ArgumentException e) when (e is not ArgumentOutOfRangeException && e.Message.Contains("FuzzVariable", StringComparison.Ordinal))
        {
        }

        var strided = (header.Flags & 32) != 0;
        var view = strided
            ? file.View<FuzzVariable>(header.TableOffset, header.Count, stride, order)
            : file.View<FuzzVariable>(header.TableOffset, header.Count, order);
        var step = strided ? stride : 14;
        Require(view.Stride == step && view.ByteOffset == header.TableOffset, "view stride and offset");
        Require(view.ByteLength == (view.Count == 0 ? 0 : ((view.Count - 1) * (long)step) + 14), "view byte length");
        var available = (Int128)file.Length - header.TableOffset;
        Require(step >= 14 && header.Count <= (available < 14 ? 0 : ((available - 14) / step) + 1), "count that fits");

        long i = 0;
        foreach (var record in view)
        {
            var bytes = input.AsSpan(checked((int)(start + header.TableOffset + (i * step))), 14);
            Require(record.Small == (bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes)), "Variable ushort");
            Require(record.Word == (bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes[2..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[2..])), "Variable uint");
            Require(record.Letter == (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes[6..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..])), "Variable char");
            var text = (bigEndian ? System.Text.Encoding.BigEndianUnicode : System.Text.Encoding.Unicode).GetString(bytes.Slice(8, 4));
            var units = record.Text;
            Require(units.Length <= 2 && (units.Length == 0 || text.StartsWith(units, StringComparison.Ordinal) || units.Any(char.IsSurrogate)), "Variable UTF-16");
            Require(record.Fixed == BinaryPrimitives.ReadUInt16BigEndian(bytes[12..]), "fixed-order field");
            Require(record.Raw.SequenceEqual(bytes), "raw bytes");
            Require(record.Detach().Word == record.Word, "detached order");
            if (++i == MaxWalk)
            {
                break;
            }
        }

        var raw = file.Bytes(header.Index, (int)header.SliceCount);
        Require(raw.SequenceEqual(input.AsSpan(checked((int)(start + header.Index)), (int)header.SliceCount)), "Bytes");
        if ((header.Flags & 4) != 0 && view.Count > 0)
        {
            var writable = file.WritableBytes(header.Index, (int)header.SliceCount);
            writable.Fill(0x5A);
            var first = view[0];
            first.Text = "ab";
            Require(first.Text == "ab", "written UTF-16");
        }
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidDataException($"Fuzz finding: wrong {what}.");
        }
    }
}
