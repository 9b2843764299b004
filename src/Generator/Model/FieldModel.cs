namespace MmapRecords.Generator.Model;

/// <summary>
/// One <c>[Field]</c> property as declared, mistakes included. New field kinds add a <see cref="FieldKind"/> (and, if
/// they need one, an optional member with a default), so that existing construction sites keep compiling.
/// </summary>
internal sealed record FieldModel
{
    /// <summary>The property's name.</summary>
    public required string Name { get; init; }

    /// <summary>The property's type, <c>global::</c>-qualified (keywords for built-in types), as the implementation repeats it.</summary>
    public required string TypeName { get; init; }

    /// <summary>The property's type as messages show it (<c>int[]</c>, <c>Demo.Color</c>).</summary>
    public required string TypeDisplayName { get; init; }

    /// <summary>How the bytes of the value (of each element, for an array) become the value.</summary>
    public required FieldKind Kind { get; init; }

    /// <summary>One value, or an array in one of its forms.</summary>
    public required FieldShape Shape { get; init; }

    /// <summary>For an array, the element type (<c>global::</c>-qualified); otherwise <see cref="TypeName"/>.</summary>
    public required string ElementTypeName { get; init; }

    /// <summary>For an array, the element type as messages show it; otherwise <see cref="TypeDisplayName"/>.</summary>
    public required string ElementDisplayName { get; init; }

    /// <summary>The byte offset in the record (0 when the attribute has none; see <see cref="HasOffset"/>).</summary>
    public required int Offset { get; init; }

    /// <summary>Whether the attribute gives an offset (without one the compiler reports the attribute).</summary>
    public bool HasOffset { get; init; } = true;

    /// <summary>The number of bytes the field covers; 0 when its type or length is wrong.</summary>
    public required int Width { get; init; }

    /// <summary>The bytes of one value (of one element, for an array); 0 when the type is not supported.</summary>
    public required int ElementWidth { get; init; }

    /// <summary>For an array, the bytes from one element's start to the next; 0 otherwise.</summary>
    public required int ElementStride { get; init; }

    /// <summary>The element count of an array, the byte count of a string; 0 otherwise.</summary>
    public required int Length { get; init; }

    /// <summary>Whether <c>Length</c> is given in the attribute.</summary>
    public bool HasLengthArgument { get; init; }

    /// <summary>
    /// The field's byte order: its own, or the record's when it declares none; <see cref="ByteOrder.Variable"/> when it
    /// follows the order a <c>Variable</c> record is read in.
    /// </summary>
    public required ByteOrder ByteOrder { get; init; }

    /// <summary>The byte order the <c>[Field]</c> attribute declares (<see cref="ByteOrder.Default"/> when none), any number as the attribute allows.</summary>
    public ByteOrder DeclaredByteOrder { get; init; }

    /// <summary>Whether the nested record (or each element of an array or table of them) is declared <c>ByteOrder.Variable</c>, and so takes this field's order.</summary>
    public bool ElementHasVariableByteOrder { get; init; }

    /// <summary>The string's encoding as declared (any number, as the attribute allows).</summary>
    public TextEncoding Encoding { get; init; }

    /// <summary>Whether the field is an enum (its ToString must not use the current culture for unnamed values).</summary>
    public bool IsEnum { get; init; }

    /// <summary>What is wrong with the type (MMR005), or <see cref="TypeProblem.None"/>.</summary>
    public TypeProblem TypeProblem { get; init; }

    /// <summary>What is wrong with the property's declaration (MMR006), or <see cref="DeclarationProblem.None"/>.</summary>
    public DeclarationProblem DeclarationProblem { get; init; }

    /// <summary>The accessor keyword of <see cref="DeclarationProblem.OtherAccessor"/> (<c>add</c>), or <see langword="null"/>.</summary>
    public string? ProblemAccessor { get; init; }

    /// <summary>The property's modifiers as declared (<c>public partial</c>).</summary>
    public required string Modifiers { get; init; }

    /// <summary>The getter's own modifiers (usually empty), or <see langword="null"/> when the property has no getter (an error).</summary>
    public string? GetterModifiers { get; init; }

    /// <summary>The setter's own modifiers, or <see langword="null"/> when the property has no setter.</summary>
    public string? SetterModifiers { get; init; }

    /// <summary><c>set</c>, or <c>init</c> as declared (an error, implemented as throwing so that only the MMR006 error shows).</summary>
    public string SetterKeyword { get; init; } = "set";

    /// <summary>Whether the property has a setter.</summary>
    public bool HasSetter => SetterModifiers is not null;

    /// <summary>
    /// Whether the field's bytes depend on a byte order: multi-byte scalars, Guids, UTF-16 text, and nested records (or
    /// tables or arrays of them) declared <c>Variable</c>, which take the field's order.
    /// </summary>
    public bool IsOrdered =>
        (Kind == FieldKind.Scalar && ElementWidth > 1)
        || Kind == FieldKind.Guid
        || (Kind == FieldKind.String && Encoding == TextEncoding.Utf16)
        || (Kind == FieldKind.Record && ElementHasVariableByteOrder);

    /// <summary>Whether the field is stored (or its Variable nested record is read) big-endian.</summary>
    public bool IsBigEndian => ByteOrder == ByteOrder.BigEndian && IsOrdered;

    /// <summary>Whether the field is read in the order its <c>Variable</c> record was read in.</summary>
    public bool FollowsRecordOrder => ByteOrder == ByteOrder.Variable && IsOrdered;

    /// <summary>Whether the field is raw bytes (<c>byte[]</c>, <c>ReadOnlySpan&lt;byte&gt;</c>, <c>Span&lt;byte&gt;</c>), which may overlap any other field.</summary>
    public bool IsRawBytes => Shape is FieldShape.Array or FieldShape.ReadOnlySpan or FieldShape.Span && ElementTypeName == "byte";

    /// <summary>
    /// Whether the generator can write an implementation part for the property at all: not for one that is no partial
    /// definition or already has an implementation, nor for one returning by reference.
    /// </summary>
    public bool IsImplementable => DeclarationProblem is not (DeclarationProblem.NotPartial or DeclarationProblem.AlreadyImplemented or DeclarationProblem.ReturnsByReference);
}

/// <summary>How a field's (or an array element's) bytes become its value.</summary>
internal enum FieldKind
{
    /// <summary>An integer, floating-point or <c>Half</c> value, or an enum.</summary>
    Scalar,

    /// <summary>A one-byte boolean.</summary>
    Boolean,

    /// <summary>A nested record over the parent's bytes.</summary>
    Record,

    /// <summary>A fixed-length string of <see cref="FieldModel.Length"/> bytes.</summary>
    String,

    /// <summary>A 16-byte <c>Guid</c>.</summary>
    Guid,
}

/// <summary>Whether a field is one value or a fixed array of them, and in which form.</summary>
internal enum FieldShape
{
    /// <summary>One value.</summary>
    Single,

    /// <summary><c>T[]</c>: a new array on each read.</summary>
    Array,

    /// <summary><c>ReadOnlySpan&lt;T&gt;</c> over the mapped bytes.</summary>
    ReadOnlySpan,

    /// <summary><c>Span&lt;T&gt;</c> over the mapped bytes, writing through.</summary>
    Span,

    /// <summary><c>RecordView&lt;T&gt;</c> of nested records over the parent's bytes: a table, zero copy.</summary>
    Table,
}

/// <summary>Why a field's type cannot be read (MMR005).</summary>
internal enum TypeProblem
{
    /// <summary>A supported type.</summary>
    None,

    /// <summary>The type could not be resolved: the compiler reports it, the rules stay silent.</summary>
    Unresolved,

    /// <summary>No field type at all (a class, a decimal...).</summary>
    NotAFieldType,

    /// <summary>A span of bool.</summary>
    SpanOfBool,

    /// <summary>A span of records.</summary>
    SpanOfRecords,

    /// <summary>A multi-dimensional array.</summary>
    MultiDimensionalArray,

    /// <summary>An array of strings.</summary>
    ArrayOfStrings,

    /// <summary>An array of arrays (jagged).</summary>
    ArrayOfArrays,

    /// <summary>A nested record whose own Size is not positive.</summary>
    NestedRecordWithoutSize,

    /// <summary>A nested record whose own layout is invalid: its own diagnostics say why; the field cannot be read.</summary>
    NestedRecordInvalid,

    /// <summary>An array or span of Guids.</summary>
    GuidElements,

    /// <summary>A <c>RecordView&lt;T&gt;</c> whose <c>T</c> is not a record.</summary>
    TableOfNonRecords,
}

/// <summary>Why a <c>[Field]</c> property is declared wrong (MMR006).</summary>
internal enum DeclarationProblem
{
    /// <summary>A partial property with a getter: fine.</summary>
    None,

    /// <summary>Not a partial property definition (an auto-property, a property with a body).</summary>
    NotPartial,

    /// <summary>The user wrote the implementation part.</summary>
    AlreadyImplemented,

    /// <summary>An <c>init</c> accessor.</summary>
    InitAccessor,

    /// <summary>Another accessor (<see cref="FieldModel.ProblemAccessor"/>).</summary>
    OtherAccessor,

    /// <summary>No getter.</summary>
    NoGetter,

    /// <summary>Returns <c>ref</c> or <c>ref readonly</c>.</summary>
    ReturnsByReference,

    /// <summary>A static property.</summary>
    Static,

    /// <summary>An indexer.</summary>
    Indexer,
}
