using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MmapRecords.Schema;

/// <summary>
/// Writes a <see cref="RecordSchema"/> as a numpy structured dtype: a Python dict literal for
/// <c>numpy.dtype(ast.literal_eval(text))</c>. Every format is one numpy reads with the same value as the library.
/// </summary>
internal static class NumpyDtype
{
    public static string Write(RecordSchema schema)
    {
        if (IsVariable(schema))
        {
            throw new ArgumentException(
                $"Record '{schema.Name}' has ByteOrder.Variable: its byte order is chosen where the file is read, so the dtype needs it too. Call ToNumpyDtype(ByteOrder.LittleEndian) or ToNumpyDtype(ByteOrder.BigEndian).");
        }

        var text = new StringBuilder();
        WriteRecord(text, schema, schema.Stride, chosen: schema.ByteOrder);
        return text.ToString();
    }

    public static string Write(RecordSchema schema, ByteOrder byteOrder)
    {
        if (!IsVariable(schema))
        {
            throw new ArgumentException(
                $"Record '{schema.Name}' is always {SchemaTable.OrderName(schema.ByteOrder)}; only a ByteOrder.Variable record takes the order as an argument. Call ToNumpyDtype() without one.",
                nameof(byteOrder));
        }

        if (byteOrder is not (ByteOrder.LittleEndian or ByteOrder.BigEndian))
        {
            throw new ArgumentException(
                $"The byte order for record '{schema.Name}' must be ByteOrder.LittleEndian or ByteOrder.BigEndian, not {byteOrder}.",
                nameof(byteOrder));
        }

        var text = new StringBuilder();
        WriteRecord(text, schema, schema.Stride, byteOrder);
        return text.ToString();
    }

    // Whether the record's fields take the order chosen where it is read.
    private static bool IsVariable(RecordSchema schema) => schema.ByteOrder == ByteOrder.Variable;

    /// <summary>Writes <paramref name="schema"/> as a dict of <paramref name="itemSize"/> bytes; <paramref name="chosen"/> is the order its variable fields take.</summary>
    private static void WriteRecord(StringBuilder text, RecordSchema schema, int itemSize, ByteOrder chosen)
    {
        var names = new List<string>();
        var formats = new List<string>();
        var offsets = new List<string>();
        foreach (var field in schema.Fields)
        {
            names.Add(Literal(field.Name));
            formats.Add(Format(field, itemSize, chosen));
            offsets.Add(Number(field.Offset));
        }

        text.Append("{'names': [").AppendJoin(", ", names)
            .Append("], 'formats': [").AppendJoin(", ", formats)
            .Append("], 'offsets': [").AppendJoin(", ", offsets)
            .Append("], 'itemsize': ").Append(Number(itemSize)).Append('}');
    }

    private static string Format(FieldSchema field, int parentItemSize, ByteOrder chosen)
    {
        var order = Resolve(field.ByteOrder, chosen);
        if (field.Nested is { } nested)
        {
            // A Variable nested record takes the field's order (the one chosen for its parent, if that is Variable too).
            var nestedOrder = IsVariable(nested) ? order : nested.ByteOrder;
            var element = new StringBuilder();
            if (!field.IsArray)
            {
                // One nested record covers Size bytes: its stride padding belongs to the parent (or to no one).
                WriteRecord(element, nested, nested.Size, nestedOrder);
                return element.ToString();
            }

            if ((long)field.Offset + ((long)field.Length * nested.Stride) <= parentItemSize)
            {
                WriteRecord(element, nested, nested.Stride, nestedOrder);
                return $"({element}, ({Number(field.Length)},))";
            }

            // numpy's subarray elements are itemsize apart and all itemsize long, so the last element's padding up to
            // Stride would reach past the parent. Name the elements '0', '1', ... instead: each Size long, Stride apart.
            WriteRecord(element, nested, nested.Size, nestedOrder);
            var names = new List<string>();
            var formats = new List<string>();
            var offsets = new List<string>();
            for (var i = 0; i < field.Length; i++)
            {
                names.Add(Literal(Number(i)));
                formats.Add(element.ToString());
                offsets.Add(Number(i * nested.Stride));
            }

            return $"{{'names': [{string.Join(", ", names)}], 'formats': [{string.Join(", ", formats)}], 'offsets': [{string.Join(", ", offsets)}], 'itemsize': {Number(field.Width)}}}";
        }

        if (field.ElementType == typeof(string))
        {
            // numpy's 'S' is bytes: right for every 8-bit encoding. Anything else is raw bytes to numpy.
            return field.Encoding is TextEncoding.Utf8 or TextEncoding.Ascii or TextEncoding.Latin1
                ? "'S" + Number(field.Width) + "'"
                : "'V" + Number(field.Width) + "'";
        }

        var scalar = Scalar(field.ElementType, order, field.IsArray ? field.Width / field.Length : field.Width);
        return field.IsArray ? $"('{scalar}', ({Number(field.Length)},))" : $"'{scalar}'";
    }

    private static ByteOrder Resolve(ByteOrder order, ByteOrder chosen) =>
        order is ByteOrder.LittleEndian or ByteOrder.BigEndian ? order : chosen;

    /// <summary>The numpy type string of one value of <paramref name="type"/> (an enum: its underlying type).</summary>
    private static string Scalar(Type type, ByteOrder order, int width)
    {
        var prefix = order == ByteOrder.BigEndian ? ">" : "<";
        if (type == typeof(bool))
        {
            return "?";
        }

        if (type == typeof(Half))
        {
            return prefix + "f2";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Byte => "u1",
            TypeCode.SByte => "i1",
            TypeCode.Int16 => prefix + "i2",
            TypeCode.UInt16 => prefix + "u2",
            TypeCode.Char => prefix + "u2",
            TypeCode.Int32 => prefix + "i4",
            TypeCode.UInt32 => prefix + "u4",
            TypeCode.Int64 => prefix + "i8",
            TypeCode.UInt64 => prefix + "u8",
            TypeCode.Single => prefix + "f4",
            TypeCode.Double => prefix + "f8",

            // Guid and anything else numpy has no name for: its bytes.
            _ => "V" + Number(width),
        };
    }

    private static string Literal(string name)
    {
        var text = new StringBuilder("'");
        foreach (var c in name)
        {
            _ = c is '\\' or '\'' ? text.Append('\\').Append(c) : text.Append(c);
        }

        return text.Append('\'').ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
