using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace MmapRecords.Schema;

/// <summary>
/// Writes a <see cref="RecordSchema"/> as a table in the style of dwarves' <c>pahole</c>: one line per field with
/// <c>/* offset width */</c>, nested records expanded and indented, every gap shown as a hole, the padding up to
/// the stride, and a summary. Offsets are from the start of the outermost record, as in a hex dump of it.
/// </summary>
internal static class SchemaTable
{
    private const string Indent = "    ";

    // The comment column never starts left of this, so that short records still read as a table.
    private const int MinimumCommentColumn = 40;

    public static string Write(RecordSchema schema)
    {
        var lines = new Lines();
        lines.Add(0, $"struct {schema.Name} {{", null, LineKind.Open);
        var (holes, holeBytes) = WriteBody(lines, schema, depth: 1, start: 0, withPadding: true);
        lines.Add(0, string.Empty, null, LineKind.Blank);

        var summary = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"size: {schema.Size}, stride: {schema.Stride}, members: {schema.Fields.Count}, {OrderName(schema.ByteOrder)}");
        lines.Add(1, $"/* {summary} */", null, LineKind.Footer);
        if (holes > 0)
        {
            var sum = schema.Fields.Sum(f => (long)f.Width);
            lines.Add(1, Invariant($"/* sum members: {sum}, holes: {holes}, sum holes: {holeBytes} */"), null, LineKind.Footer);
        }

        if (schema.Stride > schema.Size)
        {
            lines.Add(1, Invariant($"/* padding: {schema.Stride - schema.Size} */"), null, LineKind.Footer);
        }

        lines.Add(0, "};", null, LineKind.Close);
        return lines.ToString();
    }

    /// <summary>
    /// Writes the fields of <paramref name="schema"/> at <paramref name="depth"/>, whose first byte is at
    /// <paramref name="start"/> in the outermost record, with its holes (and its padding up to Stride when
    /// <paramref name="withPadding"/>). Returns the number of holes and their bytes.
    /// </summary>
    private static (int Holes, long Bytes) WriteBody(Lines lines, RecordSchema schema, int depth, long start, bool withPadding)
    {
        // In offset order (declaration order among equal offsets), as the bytes lie in the file.
        var fields = schema.Fields.Select((f, i) => (Field: f, Index: i)).OrderBy(p => p.Field.Offset).ThenBy(p => p.Index).Select(p => p.Field).ToList();
        var typeWidth = fields.Where(f => f.Nested is null).Select(f => TypeName(f).Length).DefaultIfEmpty(0).Max();
        var holes = 0;
        var holeBytes = 0L;
        long covered = 0;
        foreach (var field in fields)
        {
            if (field.Offset > covered)
            {
                lines.AddHole(depth, Hole(field.Offset - covered));
                holes++;
                holeBytes += field.Offset - covered;
            }

            var note = OrderNote(field, schema);
            var comment = Invariant($"/* {start + field.Offset,5} {field.Width,5}{note} */");
            if (field.Nested is { } nested)
            {
                lines.Add(depth, $"struct {nested.Name} {{", null, LineKind.Open);
                WriteBody(lines, nested, depth + 1, start + field.Offset, withPadding: field.IsArray);
                lines.Add(depth, $"}} {Declarator(field)};", comment, LineKind.Close);
            }
            else
            {
                lines.Add(depth, $"{TypeName(field).PadRight(typeWidth)} {Declarator(field)};", comment, LineKind.Member);
            }

            covered = Math.Max(covered, (long)field.Offset + field.Width);
        }

        if (schema.Size > covered)
        {
            lines.AddHole(depth, Hole(schema.Size - covered));
            holes++;
            holeBytes += schema.Size - covered;
        }

        if (withPadding && schema.Stride > schema.Size)
        {
            var padding = schema.Stride - schema.Size;
            lines.AddHole(depth, Invariant($"/* XXX {padding} {Unit(padding)} padding up to stride {schema.Stride} */"));
        }

        return (holes, holeBytes);
    }

    /// <summary>How the field's type reads in the table: a C# type name, <c>enum Kind</c>, <c>struct Color</c>, or a string's encoding (<c>utf8</c>).</summary>
    public static string TypeName(FieldSchema field)
    {
        if (field.Nested is { } nested)
        {
            return "struct " + nested.Name;
        }

        var type = field.ElementType;
        if (type == typeof(string))
        {
            return field.Encoding.ToString().ToLowerInvariant();
        }

        if (type.IsEnum)
        {
            return "enum " + type.Name;
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => "bool",
            TypeCode.Byte => "byte",
            TypeCode.SByte => "sbyte",
            TypeCode.Char => "char",
            TypeCode.Int16 => "short",
            TypeCode.UInt16 => "ushort",
            TypeCode.Int32 => "int",
            TypeCode.UInt32 => "uint",
            TypeCode.Int64 => "long",
            TypeCode.UInt64 => "ulong",
            TypeCode.Single => "float",
            TypeCode.Double => "double",
            _ => type.Name,
        };
    }

    /// <summary>The field's name, with <c>[n]</c> for an array (elements) or a string (bytes), as C declares them.</summary>
    public static string Declarator(FieldSchema field) =>
        field.Length > 0 ? Invariant($"{field.Name}[{field.Length}]") : field.Name;

    public static string OrderName(ByteOrder order) => order switch
    {
        ByteOrder.BigEndian => "big-endian",
        ByteOrder.LittleEndian or ByteOrder.Default => "little-endian",
        _ => "variable byte order",
    };

    // A field's byte order is worth a note only where it differs from its record's and the field has one.
    private static string OrderNote(FieldSchema field, RecordSchema record)
    {
        var order = field.ByteOrder;
        var elementWidth = field.IsArray ? field.Width / field.Length : field.Width;
        var hasOrder = field.Nested is not null || (elementWidth > 1 && field.ElementType != typeof(string)) || field.Encoding > TextEncoding.Latin1;
        return hasOrder && OrderName(order) != OrderName(record.ByteOrder) ? " " + OrderName(order) : string.Empty;
    }

    private static string Hole(long bytes) => Invariant($"/* XXX {bytes} {Unit(bytes)} hole, try to pack */");

    private static string Unit(long bytes) => bytes == 1 ? "byte" : "bytes";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private enum LineKind
    {
        Open,
        Close,
        Member,
        Hole,
        Blank,
        Footer,
    }

    /// <summary>The table's lines; comments are aligned in one column when the table is written out.</summary>
    private sealed class Lines
    {
        private readonly List<(int Depth, string Text, string? Comment, LineKind Kind)> _lines = [];

        public void Add(int depth, string text, string? comment, LineKind kind)
        {
            // As pahole does: a blank line around each hole, never two in a row, none just inside a brace.
            if (kind is LineKind.Member or LineKind.Open && _lines.Count > 0 && _lines[^1].Kind == LineKind.Hole)
            {
                AddBlank();
            }

            if (kind == LineKind.Blank)
            {
                AddBlank();
                return;
            }

            _lines.Add((depth, text, comment, kind));
        }

        public void AddHole(int depth, string text)
        {
            if (_lines.Count > 0 && _lines[^1].Kind is not (LineKind.Open or LineKind.Hole))
            {
                AddBlank();
            }

            _lines.Add((depth, text, null, LineKind.Hole));
        }

        private void AddBlank()
        {
            if (_lines.Count > 0 && _lines[^1].Kind != LineKind.Blank)
            {
                _lines.Add((0, string.Empty, null, LineKind.Blank));
            }
        }

        public override string ToString()
        {
            var column = Math.Max(
                MinimumCommentColumn,
                _lines.Where(l => l.Comment is not null).Select(l => (l.Depth * Indent.Length) + l.Text.Length + 1).DefaultIfEmpty(0).Max());
            var text = new StringBuilder();
            foreach (var (depth, line, comment, kind) in _lines)
            {
                if (kind != LineKind.Blank)
                {
                    var start = text.Length;
                    for (var i = 0; i < depth; i++)
                    {
                        text.Append(Indent);
                    }

                    text.Append(line);
                    if (comment is not null)
                    {
                        text.Append(' ', Math.Max(1, column - (text.Length - start))).Append(comment);
                    }
                }

                text.Append('\n');
            }

            return text.ToString().TrimEnd('\n');
        }
    }
}
