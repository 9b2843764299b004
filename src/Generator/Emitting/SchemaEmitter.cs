using System.Globalization;
using MmapRecords.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace MmapRecords.Generator.Emitting;

/// <summary>
/// Writes a record's <c>IRecord&lt;TSelf&gt;.CreateSchema()</c>: its layout as constant data (names, numbers,
/// <c>typeof</c>s), so that <c>RecordSchema.Of&lt;T&gt;()</c> needs no reflection and works trimmed and under NativeAOT.
/// </summary>
internal static class SchemaEmitter
{
    private const string Schema = "global::MmapRecords.RecordSchema";
    private const string Order = "global::MmapRecords.ByteOrder";

    public static void Write(SourceWriter writer, RecordModel record)
    {
        writer.WriteLine();
        writer.WriteLine($"static {Schema} global::MmapRecords.IRecord<{record.FullyQualifiedName}>.CreateSchema() => new()");
        writer.OpenBrace();
        writer.WriteLine($"Name = {Literal(record.Name)},");
        writer.WriteLine($"Size = {Number(record.Size)},");
        writer.WriteLine($"Stride = {Number(record.Stride)},");
        writer.WriteLine($"ByteOrder = {OrderOf(record.ByteOrder is ByteOrder.Default ? ByteOrder.LittleEndian : record.ByteOrder)},");
        if (record.Fields.Count == 0)
        {
            writer.WriteLine("Fields = [],");
        }
        else
        {
            writer.WriteLine("Fields =");
            writer.WriteLine("[");
            foreach (var field in record.Fields)
            {
                writer.WriteLine("    " + FieldOf(field) + ",");
            }

            writer.WriteLine("],");
        }

        writer.CloseBrace(";");
    }

    private static string FieldOf(FieldModel field)
    {
        var type = TypeOf(field.TypeName);
        var text = $"new() {{ Name = {Literal(field.Name)}, Offset = {Number(field.Offset)}, Width = {Number(field.Width)}, Type = {type}";
        if (field.Shape != FieldShape.Single)
        {
            text += $", ElementType = {TypeOf(field.ElementTypeName)}";
        }

        // A nested record's fields are in the nested record's own order, unless it is Variable: then in the field's.
        text += field.Kind == FieldKind.Record && !field.ElementHasVariableByteOrder
            ? $", ByteOrder = {Schema}.Of<{field.ElementTypeName}>().ByteOrder"
            : $", ByteOrder = {OrderOf(field.ByteOrder)}";

        if (field.Length > 0)
        {
            text += $", Length = {Number(field.Length)}";
        }

        if (field.Kind == FieldKind.String && field.Encoding != TextEncoding.Utf8)
        {
            text += $", Encoding = global::MmapRecords.TextEncoding.{field.Encoding}";
        }

        if (field.Kind == FieldKind.Record)
        {
            text += $", Nested = {Schema}.Of<{field.ElementTypeName}>()";
        }

        return text + " }";
    }

    // typeof takes no nullable annotation (string? is a string); no field type is a nullable value type.
    private static string TypeOf(string typeName) => $"typeof({typeName.Replace("?", string.Empty)})";

    private static string OrderOf(ByteOrder order) => order switch
    {
        ByteOrder.BigEndian => Order + ".BigEndian",
        ByteOrder.Variable => Order + ".Variable",
        _ => Order + ".LittleEndian",
    };

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
