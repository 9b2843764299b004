using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MmapRecords.Tests;

/// <summary>
/// Compares, value by value, what the library read (a tree of <see cref="Fields"/> built from the generated properties)
/// with what numpy read (its JSON, see Oracles/numpy_records.py). Every field of the schema must be in both: nothing is
/// skipped silently.
/// </summary>
internal static class NumpyComparison
{
    /// <summary>A record's values as the library reads them: field name → value (a nested record is another <see cref="Fields"/>, an array an <see cref="IEnumerable"/>).</summary>
    public sealed class Fields : Dictionary<string, object?>;

    /// <param name="schema">The records' schema.</param>
    /// <param name="library">What the library read.</param>
    /// <param name="numpy">What numpy read.</param>
    /// <param name="chosen">For a <see cref="ByteOrder.Variable"/> record, the order both read it in.</param>
    public static void AssertSame(RecordSchema schema, IReadOnlyList<Fields> library, IReadOnlyList<JsonElement> numpy, ByteOrder chosen = ByteOrder.Default)
    {
        Assert.True(library.Count == numpy.Count, $"{schema.Name}: the library reads {library.Count} records, numpy {numpy.Count}");
        for (var i = 0; i < library.Count; i++)
        {
            AssertRecord(schema, library[i], numpy[i], $"{schema.Name}[{i}]", chosen == ByteOrder.Default ? schema.ByteOrder : chosen);
        }
    }

    private static void AssertRecord(RecordSchema schema, Fields library, JsonElement numpy, string where, ByteOrder chosen)
    {
        var numpyNames = numpy.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        var schemaNames = schema.Fields.Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.True(schemaNames.SequenceEqual(numpyNames), $"{where}: numpy has fields {string.Join(", ", numpyNames)}, the schema {string.Join(", ", schemaNames)}");
        Assert.True(schemaNames.SequenceEqual(library.Keys.Order(StringComparer.Ordinal)), $"{where}: the test reads fields {string.Join(", ", library.Keys)}, the schema has {string.Join(", ", schemaNames)}");
        foreach (var field in schema.Fields)
        {
            // A field of the record's order takes the one chosen; a Variable nested record takes its field's.
            var order = field.ByteOrder == ByteOrder.Variable ? chosen : field.ByteOrder;
            AssertField(field, library[field.Name], numpy.GetProperty(field.Name), $"{where}.{field.Name}", order);
        }
    }

    private static void AssertField(FieldSchema field, object? library, JsonElement numpy, string where, ByteOrder order)
    {
        if (field.IsArray)
        {
            // An array of records whose last padding would not fit numpy's subarray comes as a struct of '0', '1', ...
            var elements = numpy.ValueKind == JsonValueKind.Object
                ? Enumerable.Range(0, field.Length).Select(i => numpy.GetProperty(i.ToString(CultureInfo.InvariantCulture))).ToArray()
                : numpy.EnumerateArray().ToArray();
            var values = Assert.IsAssignableFrom<IEnumerable>(library).Cast<object?>().ToArray();
            Assert.True(values.Length == field.Length && elements.Length == field.Length, $"{where}: {values.Length} elements in the library, {elements.Length} in numpy, Length {field.Length}");
            for (var i = 0; i < values.Length; i++)
            {
                AssertValue(field, values[i], elements[i], $"{where}[{i}]", order);
            }
        }
        else
        {
            AssertValue(field, library, numpy, where, order);
        }
    }

    private static void AssertValue(FieldSchema field, object? library, JsonElement numpy, string where, ByteOrder order)
    {
        switch (library)
        {
            case Fields nested:
                AssertRecord(field.Nested!, nested, numpy, where, field.Nested!.ByteOrder == ByteOrder.Variable ? order : field.Nested.ByteOrder);
                break;
            case string text:
                var bytes = Convert.FromHexString(numpy.GetProperty("bytes").GetString()!);
                Assert.True(text == Decode(bytes, field.Encoding, order), $"{where}: library \"{text}\", numpy bytes {Convert.ToHexString(bytes)}");
                break;
            case float single:
                Assert.True(BitConverter.SingleToUInt32Bits(single) == numpy.GetProperty("bits").GetUInt32(), $"{where}: library {single:R}, numpy bits {numpy}");
                break;
            case double wide:
                Assert.True(BitConverter.DoubleToUInt64Bits(wide) == numpy.GetProperty("bits").GetUInt64(), $"{where}: library {wide:R}, numpy bits {numpy}");
                break;
            case Half half:
                Assert.True(BitConverter.HalfToUInt16Bits(half) == numpy.GetProperty("bits").GetUInt16(), $"{where}: library {half}, numpy bits {numpy}");
                break;
            case char unit:
                Assert.True(((ushort)unit).ToString(CultureInfo.InvariantCulture) == numpy.GetRawText(), $"{where}: library U+{(int)unit:X4}, numpy {numpy}");
                break;
            case Guid guid:
                // numpy has no Guid: its 16 bytes, which are the Guid's in the field's order (RFC 9562 when big-endian).
                var guidBytes = numpy.GetProperty("bytes").GetString()!;
                Assert.True(Convert.ToHexStringLower(guid.ToByteArray(bigEndian: order == ByteOrder.BigEndian)) == guidBytes, $"{where}: library {guid} ({order}), numpy bytes {guidBytes}");
                break;
            case bool flag:
                Assert.True(flag == numpy.GetBoolean(), $"{where}: library {flag}, numpy {numpy}");
                break;
            case Enum value:
                var underlying = Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), CultureInfo.InvariantCulture);
                Assert.True(Convert.ToString(underlying, CultureInfo.InvariantCulture) == numpy.GetRawText(), $"{where}: library {value} ({underlying}), numpy {numpy}");
                break;
            case byte or sbyte or short or ushort or int or uint or long or ulong:
                Assert.True(Convert.ToString(library, CultureInfo.InvariantCulture) == numpy.GetRawText(), $"{where}: library {library}, numpy {numpy}");
                break;
            default:
                Assert.Fail($"{where}: the test has no comparison for a {library?.GetType().Name ?? "null"}");
                break;
        }
    }

    // numpy's 'S' hands out the bytes with trailing NULs dropped; a string field ends at its first NUL (C-style).
    // UTF-16 comes as raw 'V' bytes and ends at its first 0x0000 unit.
    private static string Decode(byte[] bytes, TextEncoding encoding, ByteOrder order)
    {
        if (encoding == TextEncoding.Utf16)
        {
            // Code units as they are, lone surrogates included (a string holds them; a decoder would replace them).
            var units = new string([.. bytes.Chunk(2).Select(pair => (char)(order == ByteOrder.BigEndian ? (pair[0] << 8) | pair[1] : (pair[1] << 8) | pair[0]))]);
            var nul = units.IndexOf('\0', StringComparison.Ordinal);
            return nul < 0 ? units : units[..nul];
        }

        var end = Array.IndexOf(bytes, (byte)0);
        var text = end < 0 ? bytes : bytes[..end];
        return encoding switch
        {
            TextEncoding.Ascii => Encoding.ASCII.GetString(text),
            TextEncoding.Latin1 => Encoding.Latin1.GetString(text),
            _ => Encoding.UTF8.GetString(text),
        };
    }
}
