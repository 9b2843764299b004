using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmapRecords.Tests.Oracles;

namespace MmapRecords.Tests;

/// <summary>Records written through the generated setters, read back by Python's struct module: every field type.</summary>
public sealed class PythonAllTypesOracleTests
{
    [Fact]
    public void Python_struct_reads_every_field_type_the_setters_wrote()
    {
        using var temp = new TempDirectory();
        var path = temp.File("all.bin");
        var values = AllTypesCodec.Values(12, seed: 51);

        // The last record without its padding: Python must count the same 12 records.
        using (var file = MappedFile.Create(path, (values.Length * AllTypesLayout.Stride) - (AllTypesLayout.Stride - AllTypesLayout.Size)))
        {
            var view = file.View<AllTypes>();
            Assert.Equal(values.Length, view.Count);
            for (var i = 0; i < values.Length; i++)
            {
                AllTypesCodec.Set(view[i], values[i]);
            }

            file.Flush();
        }

        var stdout = ColoredVerticesOracleTests.Run("python3", [Path.Combine(AppContext.BaseDirectory, "Oracles", "read_all_types.py"), path]);

        using var json = JsonDocument.Parse(stdout);
        var records = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(values.Length, records.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var r = records[i];
            var v = values[i];
            var where = $"record {i}";
            Assert.True(v.U8 == r.GetProperty("U8").GetByte(), where);
            Assert.True(v.I8 == r.GetProperty("I8").GetSByte(), where);
            Assert.True(v.I16 == r.GetProperty("I16").GetInt16(), where);
            Assert.True(v.U16 == r.GetProperty("U16").GetUInt16(), where);
            Assert.True(v.I32 == r.GetProperty("I32").GetInt32(), where);
            Assert.True(v.U32 == r.GetProperty("U32").GetUInt32(), where);
            Assert.True(v.I64 == r.GetProperty("I64").GetInt64(), where);
            Assert.True(v.U64 == r.GetProperty("U64").GetUInt64(), where);
            Assert.True(BitConverter.SingleToUInt32Bits(v.F32) == r.GetProperty("F32").GetProperty("bits").GetUInt32(), where + " F32");
            Assert.True(BitConverter.DoubleToUInt64Bits(v.F64) == r.GetProperty("F64").GetProperty("bits").GetUInt64(), where + " F64");
            Assert.True(BitConverter.HalfToUInt16Bits(v.F16) == r.GetProperty("F16").GetProperty("bits").GetUInt16(), where + " F16");
            Assert.True(v.Flag == r.GetProperty("Flag").GetBoolean(), where);
            Assert.True((byte)v.E8 == r.GetProperty("E8").GetByte(), where);
            Assert.True((sbyte)v.ES8 == r.GetProperty("ES8").GetSByte(), where);
            Assert.True((short)v.E16 == r.GetProperty("E16").GetInt16(), where);
            Assert.True((ushort)v.EU16 == r.GetProperty("EU16").GetUInt16(), where);
            Assert.True((int)v.E32 == r.GetProperty("E32").GetInt32(), where);
            Assert.True((uint)v.EU32 == r.GetProperty("EU32").GetUInt32(), where);
            Assert.True((long)v.E64 == r.GetProperty("E64").GetInt64(), where);
            Assert.True((ulong)v.EU64 == r.GetProperty("EU64").GetUInt64(), where);

            // Python's own decoding of the floating-point values agrees with .NET's (finite values only: Python prints
            // 'nan' and 'inf' its own way).
            AssertSameFloat(v.F32, r.GetProperty("F32").GetProperty("repr").GetString()!, where);
            AssertSameFloat(v.F64, r.GetProperty("F64").GetProperty("repr").GetString()!, where);
            AssertSameFloat((double)v.F16, r.GetProperty("F16").GetProperty("repr").GetString()!, where);
        }
    }

    private static void AssertSameFloat(double expected, string python, string where)
    {
        if (double.IsFinite(expected))
        {
            Assert.True(expected == double.Parse(python, CultureInfo.InvariantCulture), $"{where}: .NET {expected:R}, Python {python}");
        }
        else
        {
            Assert.Equal(double.IsNaN(expected) ? "nan" : expected > 0 ? "inf" : "-inf", python);
        }
    }
}
