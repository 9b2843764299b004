using MmapRecords.Generator.Model;

namespace MmapRecords.Generator.Tests.Diagnostics;

/// <summary>
/// Models built by hand, for testing the layout rules without Roslyn: a valid seed record (Vertex: 18 bytes, Stride
/// 20) and its fields, which each test changes in one place with <c>with</c>.
/// </summary>
internal static class Models
{
    public static FieldModel Scalar(string name, int offset, string type = "float", int width = 4) => new()
    {
        Name = name,
        TypeName = type,
        TypeDisplayName = type,
        Kind = FieldKind.Scalar,
        Shape = FieldShape.Single,
        ElementTypeName = type,
        ElementDisplayName = type,
        Offset = offset,
        Width = width,
        ElementWidth = width,
        ElementStride = 0,
        Length = 0,
        ByteOrder = Model.ByteOrder.LittleEndian,
        Modifiers = "public partial",
        GetterModifiers = string.Empty,
    };

    public static FieldModel Text(string name, int offset, int length) => Scalar(name, offset, "string", length) with
    {
        Kind = FieldKind.String,
        ElementWidth = 1,
        Length = length,
        HasLengthArgument = length != 0,
    };

    public static FieldModel Array(string name, int offset, string element, int elementWidth, int length) => Scalar(name, offset, element + "[]", elementWidth * length) with
    {
        Shape = FieldShape.Array,
        ElementTypeName = element,
        ElementDisplayName = element,
        ElementWidth = elementWidth,
        ElementStride = elementWidth,
        Length = length,
        HasLengthArgument = length != 0,
    };

    public static RecordModel Vertex(params FieldModel[] fields) => new()
    {
        Namespace = "Demo",
        ContainingTypes = EquatableArray<ContainingTypeModel>.Empty,
        Name = "Vertex",
        FullyQualifiedName = "global::Demo.Vertex",
        IsReadOnly = true,
        Size = 18,
        HasSizeArgument = true,
        DeclaredStride = 20,
        Fields = (fields.Length == 0 ? [Scalar("X", 0), Scalar("Y", 4), Scalar("Z", 8), Scalar("Red", 12, "ushort", 2), Scalar("Green", 14, "ushort", 2), Scalar("Blue", 16, "ushort", 2)] : fields).ToEquatableArray(),
    };
}
