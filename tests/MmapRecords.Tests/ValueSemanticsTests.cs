using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Linq;
using MmapRecords.Tests.Oracles;

namespace MmapRecords.Tests;

/// <summary>Detach, equality, hashing and ToString, checked against what the compiler writes for plain record structs.</summary>
public sealed class ValueSemanticsTests
{
    /// <summary>Samples (float at 0, double at 5, Half at 14; gaps at 4, 13 and padding 16–17) written with BinaryPrimitives; gaps hold <paramref name="gap"/>.</summary>
    private static byte[] Samples(byte gap, params (float Narrow, double Wide, Half Half)[] values)
    {
        var data = new byte[values.Length * 18];
        data.AsSpan().Fill(gap);
        for (var i = 0; i < values.Length; i++)
        {
            var r = data.AsSpan(i * 18);
            BinaryPrimitives.WriteSingleLittleEndian(r, values[i].Narrow);
            BinaryPrimitives.WriteDoubleLittleEndian(r[5..], values[i].Wide);
            BinaryPrimitives.WriteHalfLittleEndian(r[14..], values[i].Half);
        }

        return data;
    }

    private static Sample[] Map(TempDirectory temp, string name, byte[] data, out MappedFile file)
    {
        var path = temp.File(name);
        File.WriteAllBytes(path, data);
        file = MappedFile.Open(path);
        return file.View<Sample>().ToArray();
    }

    [Fact]
    public void Equality_and_hashing_agree_with_record_structs_on_NaN_signed_zero_and_gap_bytes()
    {
        var nanA = BitConverter.Int32BitsToSingle(0x7FC00001);
        var nanB = BitConverter.Int32BitsToSingle(unchecked((int)0xFFC00002));
        var dnanA = double.NaN;
        var dnanB = BitConverter.Int64BitsToDouble(0x7FF0_0000_0000_0001);
        var hnanA = Half.NaN;
        var hnanB = BitConverter.UInt16BitsToHalf(0xFE01);
        (float, double, Half)[] left = [(nanA, dnanA, hnanA), (0f, 0.0, (Half)0f), (1.5f, 2.5, (Half)3f), (1f, 2, (Half)3), (1f, 2, (Half)3)];
        (float, double, Half)[] right = [(nanB, dnanB, hnanB), (-0f, -0.0, BitConverter.UInt16BitsToHalf(0x8000)), (1.5f, 2.5, (Half)3f), (1f, 2, (Half)4), (1f, 2.0000000000000004, (Half)3)];

        using var temp = new TempDirectory();
        // The two files differ in every gap and padding byte, which must not count.
        var a = Map(temp, "a.bin", Samples(0x00, left), out var fileA);
        var b = Map(temp, "b.bin", Samples(0xFF, right), out var fileB);
        using (fileA)
        using (fileB)
        {
            for (var i = 0; i < left.Length; i++)
            {
                var oracleA = new Oracles.Sample(left[i].Item1, left[i].Item2, left[i].Item3);
                var oracleB = new Oracles.Sample(right[i].Item1, right[i].Item2, right[i].Item3);
                var expected = oracleA == oracleB;
                Assert.True(expected == (a[i] == b[i]), $"pair {i}: record structs say equal={expected}; generated == says {a[i] == b[i]}");
                Assert.Equal(expected, a[i].Equals(b[i]));
                Assert.Equal(expected, a[i].Equals((object)b[i]));
                Assert.Equal(!expected, a[i] != b[i]);
                if (expected)
                {
                    Assert.Equal(a[i].GetHashCode(), b[i].GetHashCode());
                }
            }

            // The first three pairs are equal (NaN = NaN, 0 = -0, same values), the last two differ in one field each.
            Assert.Equal([true, true, true, false, false], Enumerable.Range(0, left.Length).Select(i => a[i] == b[i]));
            Assert.False(a[0].Equals((object)"not a record"));
        }
    }

    [Fact]
    public void Two_records_that_differ_only_in_gap_and_padding_bytes_are_equal()
    {
        using var temp = new TempDirectory();
        var values = AllTypesCodec.Values(3, seed: 21);
        var data = FieldTypeTests.Table(values);
        var changed = (byte[])data.Clone();
        foreach (var gap in AllTypesLayout.GapBytes)
        {
            changed[AllTypesLayout.Stride + gap] ^= 0xFF;
        }

        for (var padding = AllTypesLayout.Size; padding < AllTypesLayout.Stride; padding++)
        {
            changed[AllTypesLayout.Stride + padding] ^= 0xFF;
        }

        var path = temp.File("a.bin");
        var otherPath = temp.File("b.bin");
        File.WriteAllBytes(path, data);
        File.WriteAllBytes(otherPath, changed);
        using var file = MappedFile.Open(path);
        using var other = MappedFile.Open(otherPath);

        var a = file.View<AllTypes>()[1];
        var b = other.View<AllTypes>()[1];
        Assert.NotEqual(File.ReadAllBytes(path), File.ReadAllBytes(otherPath));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, file.View<AllTypes>()[2]);
    }

    [Fact]
    public void Records_with_fields_named_like_generated_locals_compare_and_hash_by_those_fields()
    {
        using var temp = new TempDirectory();
        var path = temp.File("awkward.bin");
        var data = new byte[3 * 12];
        int[] values = [1, 2, 3, 1, 2, 3, 1, 9, 3];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(i * 4), values[i]);
        }

        File.WriteAllBytes(path, data);
        using var file = MappedFile.Open(path);
        var view = file.View<Awkward>();

        Assert.Equal(1, view[0].other);
        Assert.Equal(2, view[0].hash);
        Assert.Equal(3, view[0].Size);
        Assert.Equal(view[0], view[1]);
        Assert.Equal(view[0].GetHashCode(), view[1].GetHashCode());
        Assert.NotEqual(view[0], view[2]);
        Assert.Equal("Awkward { other = 1, hash = 2, Size = 3 }", view[0].ToString());
    }

    [Fact]
    public void Detach_copies_a_record_that_stays_valid_and_equal_after_Dispose()
    {
        using var temp = new TempDirectory();
        var path = temp.File("detach.bin");
        var values = AllTypesCodec.Values(4, seed: 31);
        File.WriteAllBytes(path, FieldTypeTests.Table(values));

        AllTypes detached;
        Vertex detachedVertex;
        string text;
        var vertexPath = temp.File("vertex.bin");
        var vertexBytes = new byte[18];
        BinaryPrimitives.WriteSingleLittleEndian(vertexBytes, 1.5f);
        BinaryPrimitives.WriteUInt16LittleEndian(vertexBytes.AsSpan(16), 77);
        File.WriteAllBytes(vertexPath, vertexBytes);

        using (var file = MappedFile.Open(path))
        using (var vertices = MappedFile.Open(vertexPath))
        {
            var original = file.View<AllTypes>()[2];
            detached = original.Detach();
            text = original.ToString();
            Assert.Equal(original, detached);
            Assert.Equal(original.GetHashCode(), detached.GetHashCode());

            // The copy owns its bytes: writing it changes neither the mapping nor the file.
            detached.U8 = unchecked((byte)(original.U8 + 1));
            Assert.NotEqual(original, detached);
            detached.U8 = original.U8;
            Assert.Equal(original, detached);

            detachedVertex = vertices.Read<Vertex>(0).Detach();
        }

        Bits.AssertSame(values[2], AllTypesCodec.From(detached), "detached after dispose");
        Assert.Equal(text, detached.ToString());
        Assert.Equal(1.5f, detachedVertex.Position.X);
        Assert.Equal(77, detachedVertex.Color.Blue);
        Assert.Equal(detachedVertex, detachedVertex.Detach());
        Assert.Equal(FieldTypeTests.Table(values), File.ReadAllBytes(path));
    }

    [Fact]
    public void ToString_matches_record_structs_and_uses_the_invariant_culture_under_any_culture()
    {
        using var temp = new TempDirectory();
        var path = temp.File("tostring.bin");
        var values = AllTypesCodec.Values(12, seed: 41);
        File.WriteAllBytes(path, FieldTypeTests.Table(values));
        var vertexPath = temp.File("vertex.bin");
        var vertexBytes = new byte[18];
        BinaryPrimitives.WriteSingleLittleEndian(vertexBytes, 1.5f);
        BinaryPrimitives.WriteSingleLittleEndian(vertexBytes.AsSpan(4), -2.25f);
        BinaryPrimitives.WriteSingleLittleEndian(vertexBytes.AsSpan(8), 1e30f);
        BinaryPrimitives.WriteUInt16LittleEndian(vertexBytes.AsSpan(12), 4);
        BinaryPrimitives.WriteUInt16LittleEndian(vertexBytes.AsSpan(14), 5000);
        BinaryPrimitives.WriteUInt16LittleEndian(vertexBytes.AsSpan(16), 6);
        File.WriteAllBytes(vertexPath, vertexBytes);

        using var file = MappedFile.Open(path);
        using var vertices = MappedFile.Open(vertexPath);
        var vertex = vertices.Read<Vertex>(0);
        const string ExpectedVertex = "Vertex { Position = Vector { X = 1.5, Y = -2.25, Z = 1E+30 }, Color = Color { Red = 4, Green = 5000, Blue = 6 } }";

        // What record structs print under the invariant culture is the oracle.
        string[] expected;
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            expected = values.Select(v => v.ToString()).ToArray();
            Assert.Equal(ExpectedVertex, new Oracles.Vertex(new(1.5f, -2.25f, 1e30f), new(4, 5000, 6)).ToString());

            // Comma decimals, a different minus sign and group separators must not leak into the output.
            var odd = (CultureInfo)CultureInfo.GetCultureInfo("de-DE").Clone();
            odd.NumberFormat.NegativeSign = "~";
            odd.NumberFormat.NaNSymbol = "keine Zahl";
            odd.NumberFormat.PositiveInfinitySymbol = "unendlich";
            foreach (var culture in new[] { CultureInfo.GetCultureInfo("sv-SE"), CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("fr-FR"), odd })
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                Assert.Equal("1,5", 1.5f.ToString(CultureInfo.CurrentCulture));
                Assert.Equal(ExpectedVertex, vertex.ToString());
                var actual = file.View<AllTypes>().Select(r => r.ToString()).ToArray();
                for (var i = 0; i < expected.Length; i++)
                {
                    Assert.True(expected[i] == actual[i], $"{culture.Name} record {i}:\nexpected {expected[i]}\nactual   {actual[i]}");
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }

        Assert.Contains("F32 = -Infinity", expected[0], StringComparison.Ordinal);
        Assert.Contains("F32 = NaN", expected[1], StringComparison.Ordinal);
        Assert.Contains("E8 = Max", expected[1], StringComparison.Ordinal);
        Assert.StartsWith("AllTypes { U8 = 0, I8 = -128, I16 = -32768,", expected[0], StringComparison.Ordinal);
    }
}
