namespace MmapRecords.Generator.Model;

/// <summary>
/// Everything the emitter needs to write one record, and nothing Roslyn owns: strings, numbers, enums and
/// equatable arrays, so that an unchanged record compares equal and its step is cached.
/// </summary>
/// <param name="Namespace">The namespace, or <see langword="null"/> for the global namespace.</param>
/// <param name="ContainingTypes">The types the record is nested in, outermost first.</param>
/// <param name="Name">The struct's simple name.</param>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified name.</param>
/// <param name="IsReadOnly">Whether the struct is declared <c>readonly</c>.</param>
/// <param name="Size">Bytes of data per record.</param>
/// <param name="Stride">Bytes from one record's start to the next.</param>
/// <param name="IsValid">Whether the layout is valid; an invalid record gets throwing accessors and nothing else.</param>
/// <param name="Fields">The fields, in declaration order.</param>
internal sealed record RecordModel(
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string Name,
    string FullyQualifiedName,
    bool IsReadOnly,
    int Size,
    int Stride,
    bool IsValid,
    EquatableArray<FieldModel> Fields)
{
    /// <summary>The members the user wrote in the struct, which the generator must not write again.</summary>
    public UserMembers UserDeclared { get; init; }

    /// <summary>Whether the record's byte order is big-endian (the schema's <c>ByteOrder</c>).</summary>
    public bool IsBigEndianOrder { get; init; }

    /// <summary>The name of the generated file: unique per record, deterministic.</summary>
    public string HintName =>
        FullyQualifiedName.Replace("global::", string.Empty).Replace("@", string.Empty).Replace('<', '{').Replace('>', '}') + ".g.cs";
}

/// <summary>A type a record is nested in.</summary>
/// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="NameWithTypeParameters">The name as declared, with type parameters: <c>Outer&lt;T&gt;</c>.</param>
internal sealed record ContainingTypeModel(string Keyword, string NameWithTypeParameters);

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
}

/// <summary>One <c>[Field]</c> property.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="TypeName">The property's type, <c>global::</c>-qualified (keywords for built-in types).</param>
/// <param name="Kind">How the bytes of the value (of each element, for an array) become the value.</param>
/// <param name="Shape">One value, or an array in one of its forms.</param>
/// <param name="ElementTypeName">For an array, the element type (<c>global::</c>-qualified); otherwise <see cref="TypeName"/>.</param>
/// <param name="Offset">The byte offset in the record.</param>
/// <param name="Width">The number of bytes the field covers.</param>
/// <param name="Length">The element count of an array, the byte count of a string; 0 otherwise.</param>
/// <param name="ElementStride">For an array, the bytes from one element's start to the next; 0 otherwise.</param>
/// <param name="IsBigEndian">Whether a scalar (or each scalar element) is stored big-endian.</param>
/// <param name="Encoding">The name of the string's <c>TextEncoding</c> member (<c>Utf8</c>), or <see langword="null"/>.</param>
/// <param name="Modifiers">The property's modifiers as declared (<c>public partial</c>).</param>
/// <param name="GetterModifiers">The getter's own modifiers (usually empty), or <see langword="null"/> when the property has no getter (an error).</param>
/// <param name="SetterModifiers">The setter's own modifiers, or <see langword="null"/> when the property has no setter.</param>
/// <param name="SetterKeyword"><c>set</c>, or <c>init</c> as declared (an error, implemented as throwing so that only the MMR006 error shows).</param>
/// <param name="Error">Why the field cannot be read, or <see langword="null"/>; such a field's accessors throw (its diagnostic is an error).</param>
internal sealed record FieldModel(
    string Name,
    string TypeName,
    FieldKind Kind,
    FieldShape Shape,
    string ElementTypeName,
    int Offset,
    int Width,
    int Length,
    int ElementStride,
    bool IsBigEndian,
    string? Encoding,
    string Modifiers,
    string? GetterModifiers,
    string? SetterModifiers,
    string SetterKeyword,
    string? Error)
{
    public bool HasSetter => SetterModifiers is not null;

    /// <summary>Whether the field is an enum (its ToString must not use the current culture for unnamed values).</summary>
    public bool IsEnum { get; init; }

    /// <summary>
    /// Whether the field's order (its own, else its record's) is big-endian, whatever its type: the schema's
    /// <c>ByteOrder</c>. <see cref="IsBigEndian"/> is the same for the multi-byte scalars it applies to.
    /// </summary>
    public bool IsBigEndianOrder { get; init; }
}

/// <summary>Members of a record that the user may declare themselves (as in a record struct); the generator then leaves them out.</summary>
[System.Flags]
internal enum UserMembers
{
    /// <summary>None: everything is generated.</summary>
    None = 0,

    /// <summary>A member named <c>Detach</c>.</summary>
    Detach = 1,

    /// <summary>A member named <c>ToString</c>.</summary>
    ToString = 2,

    /// <summary><c>Equals(TSelf)</c>.</summary>
    TypedEquals = 4,

    /// <summary><c>Equals(object)</c>.</summary>
    ObjectEquals = 8,

    /// <summary>A member named <c>GetHashCode</c>.</summary>
    GetHashCode = 16,

    /// <summary><c>operator ==</c> or <c>operator !=</c>.</summary>
    Operators = 32,
}
