namespace MmapRecords.Generator.Model;

/// <summary>
/// Everything known about one <c>[Record]</c> type, and nothing Roslyn owns: strings, numbers, enums and equatable
/// arrays, so that an unchanged record compares equal and its step is cached. It holds the declaration as written,
/// mistakes included: the emitter writes code from it, and <c>LayoutRules</c> finds the mistakes in it.
/// </summary>
internal sealed record RecordModel
{
    /// <summary>The namespace, or <see langword="null"/> for the global namespace.</summary>
    public required string? Namespace { get; init; }

    /// <summary>The types the record is nested in, outermost first.</summary>
    public required EquatableArray<ContainingTypeModel> ContainingTypes { get; init; }

    /// <summary>The type's simple name.</summary>
    public required string Name { get; init; }

    /// <summary>The <c>global::</c>-qualified name.</summary>
    public required string FullyQualifiedName { get; init; }

    /// <summary>The keyword of the declaration, as the generated partial declaration must repeat it: <c>struct</c>, <c>record struct</c>, <c>class</c>...</summary>
    public string Keyword { get; init; } = "struct";

    /// <summary>The type parameters as declared (<c>&lt;T&gt;</c>), or empty.</summary>
    public string TypeParameters { get; init; } = string.Empty;

    /// <summary>Whether the struct is declared <c>readonly</c>.</summary>
    public required bool IsReadOnly { get; init; }

    /// <summary>What is wrong with the declaration itself (MMR001), or <see cref="ShapeProblem.None"/>.</summary>
    public ShapeProblem ShapeProblem { get; init; }

    /// <summary>The type a <see cref="ShapeProblem"/> names (a file-local or non-partial containing type), or <see langword="null"/>.</summary>
    public string? ShapeProblemType { get; init; }

    /// <summary>The declared <c>Size</c>: bytes of data per record (0 when not given).</summary>
    public required int Size { get; init; }

    /// <summary>Whether <c>Size</c> is given in the attribute.</summary>
    public required bool HasSizeArgument { get; init; }

    /// <summary>The declared <c>Stride</c>, 0 when not given (then <see cref="Size"/>).</summary>
    public required int DeclaredStride { get; init; }

    /// <summary>Bytes from one record's start to the next.</summary>
    public int Stride => DeclaredStride == 0 ? Size : DeclaredStride;

    /// <summary>The record's byte order as declared.</summary>
    public ByteOrder ByteOrder { get; init; }

    /// <summary>Whether the record is declared <c>ByteOrder.Variable</c>: each record then carries the order it was read in.</summary>
    public bool HasVariableByteOrder => ByteOrder == ByteOrder.Variable;

    /// <summary>When the record contains itself through nested records (MMR008), the path: <c>'A.B' → 'B.A'</c>.</summary>
    public string? Cycle { get; init; }

    /// <summary>Every <c>[Field]</c> property, in declaration order, including the ones declared wrong.</summary>
    public required EquatableArray<FieldModel> Fields { get; init; }

    /// <summary>The members the user wrote in the struct, which the generator must not write again.</summary>
    public UserMembers UserDeclared { get; init; }

    /// <summary>Whether the layout is valid: then the record gets its accessors; otherwise accessors that throw.</summary>
    public bool IsValid => Diagnostics.LayoutRules.IsValid(this);

    /// <summary>The name of the generated file: unique per record, deterministic.</summary>
    public string HintName =>
        FullyQualifiedName.Replace("global::", string.Empty).Replace("@", string.Empty).Replace('<', '{').Replace('>', '}') + ".g.cs";
}

/// <summary>A type a record is nested in.</summary>
/// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="NameWithTypeParameters">The name as declared, with type parameters: <c>Outer&lt;T&gt;</c>.</param>
internal sealed record ContainingTypeModel(string Keyword, string NameWithTypeParameters);

/// <summary>Why a <c>[Record]</c> type is not a partial struct the generator can extend (MMR001).</summary>
internal enum ShapeProblem
{
    /// <summary>A partial struct: fine.</summary>
    None,

    /// <summary>A struct without <c>partial</c>.</summary>
    NotPartial,

    /// <summary>A class.</summary>
    Class,

    /// <summary>A record class.</summary>
    RecordClass,

    /// <summary>An interface.</summary>
    Interface,

    /// <summary>An enum.</summary>
    Enum,

    /// <summary>Some other kind of type (a delegate).</summary>
    NotAStruct,

    /// <summary>A <c>record struct</c>.</summary>
    RecordStruct,

    /// <summary>A <c>ref struct</c>.</summary>
    RefStruct,

    /// <summary>A generic struct.</summary>
    Generic,

    /// <summary>A struct with a primary constructor.</summary>
    PrimaryConstructor,

    /// <summary>A file-local struct, or one nested in a file-local type (<see cref="RecordModel.ShapeProblemType"/>).</summary>
    FileLocal,

    /// <summary>A containing type without <c>partial</c> (<see cref="RecordModel.ShapeProblemType"/>).</summary>
    ContainingTypeNotPartial,
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
