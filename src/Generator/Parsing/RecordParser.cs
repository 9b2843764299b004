using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using MmapRecords.Generator.Diagnostics;
using MmapRecords.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmapRecords.Generator.Parsing;

/// <summary>
/// Turns a <c>[Record]</c> type's symbols into a <see cref="RecordModel"/>: the declaration as written, mistakes
/// included. It reports nothing: <see cref="LayoutRules"/> finds the mistakes in the model, and the generator and
/// the analyzer share this one parser.
/// </summary>
internal sealed class RecordParser
{
    // Types as the generated code declares them: global::-qualified, with nullable annotations kept so that
    // the implementation's signature matches the declaration's.
    private static readonly SymbolDisplayFormat TypeFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly KnownTypes _known;
    private readonly CancellationToken _cancellationToken;

    // The records being parsed, outermost first: a nested record is parsed to learn whether it is valid, and a
    // record already on this stack is part of a cycle (MMR008 reports it) rather than parsed again.
    private readonly HashSet<INamedTypeSymbol> _inProgress;

    private RecordParser(KnownTypes known, CancellationToken cancellationToken, HashSet<INamedTypeSymbol>? inProgress = null)
    {
        _known = known;
        _inProgress = inProgress ?? new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses <paramref name="type"/>; <see langword="null"/> when it has no <c>[Record]</c>.</summary>
    /// <param name="type">A type with <c>[Record]</c>.</param>
    /// <param name="known">The runtime's attribute types.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    public static RecordModel? Parse(INamedTypeSymbol type, KnownTypes known, CancellationToken cancellationToken) =>
        new RecordParser(known, cancellationToken).ParseRecord(type);

    private RecordModel? ParseRecord(INamedTypeSymbol type)
    {
        _inProgress.Add(type);
        try
        {
            return ParseRecordCore(type);
        }
        finally
        {
            _inProgress.Remove(type);
        }
    }

    /// <summary>Whether <paramref name="nested"/> gets generated code (and so implements IRecord); its own diagnostics are reported on it, not here.
    /// A record in a cycle counts as valid here: MMR008 on the records of the cycle says what is wrong.</summary>
    private bool IsValidNested(INamedTypeSymbol nested) =>
        _inProgress.Contains(nested)
        || FindCycle(nested) is not null
        || new RecordParser(_known, _cancellationToken, _inProgress).ParseRecord(nested) is { IsValid: true };

    /// <summary>The alignment a nested record needs (its ref fields'); 1 for a record in a cycle, which MMR008 reports.</summary>
    private int NestedAlignment(INamedTypeSymbol nested) =>
        _inProgress.Contains(nested) || FindCycle(nested) is not null
            ? 1
            : new RecordParser(_known, _cancellationToken, _inProgress).ParseRecord(nested) is { } model ? RefFieldRules.Alignment(model) : 1;

    private RecordModel? ParseRecordCore(INamedTypeSymbol type)
    {
        if (_known.GetRecordAttribute(type) is not { } attribute)
        {
            return null;
        }

        var (shapeProblem, shapeProblemType) = GetShapeProblem(type);
        var recordOrder = (ByteOrder)NamedInt(attribute, "ByteOrder");
        var fields = new List<FieldModel>();
        foreach (var member in type.GetMembers())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (member is IPropertySymbol property && _known.GetFieldAttribute(property) is { } fieldAttribute)
            {
                fields.Add(ParseField(property, fieldAttribute, recordOrder));
            }
        }

        return new RecordModel
        {
            Namespace = type.ContainingNamespace is { IsGlobalNamespace: false } ns
                ? ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
                : null,
            ContainingTypes = GetContainingTypes(type),
            Name = type.Name,
            FullyQualifiedName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            Keyword = Keyword(type),
            TypeParameters = type.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", type.TypeParameters.Select(t => t.Name)) + ">",
            IsReadOnly = type.IsReadOnly,
            ShapeProblem = shapeProblem,
            ShapeProblemType = shapeProblemType,
            Size = NamedInt(attribute, "Size"),
            HasSizeArgument = HasNamedArgument(attribute, "Size"),
            DeclaredStride = NamedInt(attribute, "Stride"),
            ByteOrder = recordOrder,
            Cycle = shapeProblem == ShapeProblem.None ? FindCycle(type) : null,
            Fields = fields.ToEquatableArray(),
            UserDeclared = GetUserMembers(type),
        };
    }

    private static UserMembers GetUserMembers(INamedTypeSymbol type)
    {
        var declared = UserMembers.None;
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || IsGenerated(member))
            {
                continue;
            }

            declared |= member.Name switch
            {
                "Detach" => UserMembers.Detach,
                "ToString" => UserMembers.ToString,
                "GetHashCode" => UserMembers.GetHashCode,
                "op_Equality" or "op_Inequality" => UserMembers.Operators,
                "Equals" when member is IMethodSymbol { Parameters.Length: 1 } equals
                    && SymbolEqualityComparer.Default.Equals(equals.Parameters[0].Type, type) => UserMembers.TypedEquals,
                "Equals" when member is IMethodSymbol { Parameters.Length: 1 } equals
                    && equals.Parameters[0].Type.SpecialType == SpecialType.System_Object => UserMembers.ObjectEquals,
                "Equals" when member is not IMethodSymbol => UserMembers.TypedEquals | UserMembers.ObjectEquals,
                _ => UserMembers.None,
            };
        }

        return declared;
    }

    private FieldModel ParseField(IPropertySymbol property, AttributeData attribute, ByteOrder recordOrder) =>
        ParseField(property, attribute, recordOrder, this);

    private static FieldModel ParseField(IPropertySymbol property, AttributeData attribute, ByteOrder recordOrder, RecordParser? parser)
    {
        var syntax = GetDefinitionSyntax(property);
        var declarationProblem = DeclarationProblem.None;
        string? problemAccessor = null;
        string? getterModifiers = null;
        string? setterModifiers = null;
        var setterKeyword = "set";
        foreach (var accessor in syntax?.AccessorList?.Accessors ?? default)
        {
            var modifiers = string.Join(" ", accessor.Modifiers.Select(m => m.Text));
            switch (accessor.Kind())
            {
                case SyntaxKind.GetAccessorDeclaration:
                    getterModifiers = modifiers;
                    break;
                case SyntaxKind.SetAccessorDeclaration:
                    setterModifiers = modifiers;
                    break;
                case SyntaxKind.InitAccessorDeclaration:
                    setterModifiers = modifiers;
                    setterKeyword = "init";
                    Note(DeclarationProblem.InitAccessor);
                    break;
                default:
                    problemAccessor ??= accessor.Keyword.Text;
                    Note(DeclarationProblem.OtherAccessor);
                    break;
            }
        }

        // The order says which problem wins when there are several: the ones that leave nothing to implement first.
        if (syntax is null || !property.IsPartialDefinition)
        {
            declarationProblem = DeclarationProblem.NotPartial;
        }
        else if (property.PartialImplementationPart is { } implementation && !IsGenerated(implementation))
        {
            declarationProblem = DeclarationProblem.AlreadyImplemented;
        }
        else if (property.RefKind != RefKind.None && setterModifiers is not null)
        {
            declarationProblem = DeclarationProblem.RefWithSetter;
        }

        if (property.GetMethod is null)
        {
            Note(DeclarationProblem.NoGetter);
        }

        if (property.IsStatic)
        {
            Note(DeclarationProblem.Static);
        }
        else if (property.IsIndexer)
        {
            Note(DeclarationProblem.Indexer);
        }

        var offset = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int o ? o : (int?)null;
        var fieldOrder = (ByteOrder)NamedInt(attribute, "ByteOrder");
        var length = NamedInt(attribute, "Length");
        // A stray field's type is not classified: only its declaration matters there.
        var type = parser?.Classify(property.Type) ?? new FieldType(FieldKind.Scalar, FieldShape.Single, property.Type, 0, 0, TypeProblem.None);
        var needsLength = type.Kind == FieldKind.String || type.Shape != FieldShape.Single;
        long width = type.Problem != TypeProblem.None ? 0
            : type.Kind == FieldKind.String ? length
            : type.Shape == FieldShape.Single ? type.ElementWidth
            : length <= 0 ? 0
            : ((long)(length - 1) * type.ElementStride) + type.ElementWidth;
        var typeName = property.Type.ToDisplayString(TypeFormat);
        var typeProblem = property.Type.TypeKind == TypeKind.Error || property.Type is IArrayTypeSymbol { ElementType.TypeKind: TypeKind.Error }
            ? TypeProblem.Unresolved
            : type.Problem;

        return new FieldModel
        {
            Name = property.Name,
            TypeName = typeName,
            TypeDisplayName = property.Type.ToDisplayString(),
            Kind = type.Kind,
            Shape = type.Shape,
            ElementTypeName = type.Shape == FieldShape.Single ? typeName : type.Element.ToDisplayString(TypeFormat),
            ElementDisplayName = type.Element.ToDisplayString(),
            Offset = offset ?? 0,
            HasOffset = offset is not null,
            Width = (int)Math.Min(width, int.MaxValue),
            ElementWidth = type.ElementWidth,
            ElementStride = type.Shape == FieldShape.Single ? 0 : type.ElementStride,
            Length = needsLength ? length : 0,
            HasLengthArgument = HasNamedArgument(attribute, "Length"),
            ByteOrder = fieldOrder == ByteOrder.Default ? (recordOrder == ByteOrder.Default ? ByteOrder.LittleEndian : recordOrder) : fieldOrder,
            DeclaredByteOrder = fieldOrder,
            ElementHasVariableByteOrder = type.Kind == FieldKind.Record && parser is not null && parser.IsVariableRecord(type.Element),
            Encoding = (TextEncoding)NamedInt(attribute, "Encoding"),
            IsEnum = property.Type.TypeKind == TypeKind.Enum,
            TypeProblem = typeProblem,
            DeclarationProblem = declarationProblem,
            ProblemAccessor = declarationProblem == DeclarationProblem.OtherAccessor ? problemAccessor : null,
            Modifiers = syntax is null ? string.Empty : string.Join(" ", syntax.Modifiers.Select(m => m.Text)),
            GetterModifiers = getterModifiers,
            SetterModifiers = setterModifiers,
            SetterKeyword = setterKeyword,
            RefKind = property.RefKind switch
            {
                RefKind.Ref => FieldRefKind.Ref,
                RefKind.RefReadOnly => FieldRefKind.RefReadOnly,
                _ => FieldRefKind.None,
            },
            NestedAlignment = type.Kind == FieldKind.Record && typeProblem == TypeProblem.None && parser is not null ? parser.NestedAlignment((INamedTypeSymbol)type.Element) : 1,
        };

        void Note(DeclarationProblem problem)
        {
            if (declarationProblem == DeclarationProblem.None)
            {
                declarationProblem = problem;
            }
        }
    }

    /// <summary>What a field's type is made of.</summary>
    private readonly record struct FieldType(FieldKind Kind, FieldShape Shape, ITypeSymbol Element, int ElementWidth, int ElementStride, TypeProblem Problem);

    /// <summary>How a field type is read: one value or an array, its element's kind and width, or why it is not supported.</summary>
    private FieldType Classify(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return new FieldType(FieldKind.String, FieldShape.Single, type, 1, 1, TypeProblem.None);
        }

        if (type is IArrayTypeSymbol array)
        {
            var (kind, width, stride, problem) = ClassifyElement(array.ElementType);
            if (problem == TypeProblem.None)
            {
                problem = array.Rank != 1 ? TypeProblem.MultiDimensionalArray
                    : array.ElementType.SpecialType == SpecialType.System_String ? TypeProblem.ArrayOfStrings
                    : array.ElementType is IArrayTypeSymbol ? TypeProblem.ArrayOfArrays
                    : TypeProblem.None;
            }

            if (problem == TypeProblem.None && kind == FieldKind.Guid)
            {
                problem = TypeProblem.GuidElements;
            }

            return new FieldType(kind, FieldShape.Array, array.ElementType, width, stride, problem);
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } view
            && SymbolEqualityComparer.Default.Equals(view.OriginalDefinition, _known.RecordView))
        {
            var element = view.TypeArguments[0];
            var (kind, width, stride, problem) = ClassifyElement(element);
            if (problem == TypeProblem.None && kind != FieldKind.Record)
            {
                problem = TypeProblem.TableOfNonRecords;
            }

            return new FieldType(FieldKind.Record, FieldShape.Table, element, width, stride, problem);
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && (SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, _known.ReadOnlySpan) || SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, _known.Span)))
        {
            var element = generic.TypeArguments[0];
            var shape = SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, _known.Span) ? FieldShape.Span : FieldShape.ReadOnlySpan;
            var (kind, width, stride, problem) = ClassifyElement(element);
            if (problem == TypeProblem.None)
            {
                problem = kind switch
                {
                    FieldKind.Scalar => TypeProblem.None,
                    FieldKind.Boolean => TypeProblem.SpanOfBool,
                    FieldKind.Guid => TypeProblem.GuidElements,
                    _ => TypeProblem.SpanOfRecords,
                };
            }

            return new FieldType(kind, shape, element, width, stride, problem);
        }

        var single = ClassifyElement(type);
        return new FieldType(single.Kind, FieldShape.Single, type, single.Width, single.Stride, single.Problem);
    }

    /// <summary>How one value (a field, or an array's element) is read: its kind, width and stride, or why it is not supported.</summary>
    private (FieldKind Kind, int Width, int Stride, TypeProblem Problem) ClassifyElement(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Error)
        {
            return (FieldKind.Scalar, 0, 0, TypeProblem.Unresolved);
        }

        if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol { EnumUnderlyingType: { } underlying })
        {
            var width = ScalarWidth(underlying.SpecialType);
            return (FieldKind.Scalar, width, width, TypeProblem.None);
        }

        if (type.SpecialType == SpecialType.System_Boolean)
        {
            return (FieldKind.Boolean, 1, 1, TypeProblem.None);
        }

        var scalar = ScalarWidth(type.SpecialType);
        if (scalar > 0)
        {
            return (FieldKind.Scalar, scalar, scalar, TypeProblem.None);
        }

        if (_known.Half is not null && SymbolEqualityComparer.Default.Equals(type, _known.Half))
        {
            return (FieldKind.Scalar, 2, 2, TypeProblem.None);
        }

        if (_known.Guid is not null && SymbolEqualityComparer.Default.Equals(type, _known.Guid))
        {
            return (FieldKind.Guid, 16, 16, TypeProblem.None);
        }

        if (type is INamedTypeSymbol named && _known.GetRecordAttribute(named) is { } nested)
        {
            var nestedSize = NamedInt(nested, "Size");
            var nestedStride = Math.Max(nestedSize, NamedInt(nested, "Stride"));
            return nestedSize <= 0 ? (FieldKind.Record, 0, 0, TypeProblem.NestedRecordWithoutSize)
                : !IsValidNested(named) ? (FieldKind.Record, nestedSize, nestedStride, TypeProblem.NestedRecordInvalid)
                : (FieldKind.Record, nestedSize, nestedStride, TypeProblem.None);
        }

        return (FieldKind.Scalar, 0, 0, TypeProblem.NotAFieldType);
    }

    private static int ScalarWidth(SpecialType type) => type switch
    {
        SpecialType.System_Byte or SpecialType.System_SByte => 1,
        SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Char => 2,
        SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Single => 4,
        SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Double => 8,
        _ => 0,
    };

    private static (ShapeProblem Problem, string? Type) GetShapeProblem(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Struct)
        {
            return (type.TypeKind switch
            {
                TypeKind.Class => type.IsRecord ? ShapeProblem.RecordClass : ShapeProblem.Class,
                TypeKind.Interface => ShapeProblem.Interface,
                TypeKind.Enum => ShapeProblem.Enum,
                _ => ShapeProblem.NotAStruct,
            }, null);
        }

        if (type.IsRecord)
        {
            return (ShapeProblem.RecordStruct, null);
        }

        if (type.IsRefLikeType)
        {
            return (ShapeProblem.RefStruct, null);
        }

        // Arity, not IsGenericType: that is also true for a plain struct nested in a generic class, which works.
        if (type.Arity > 0)
        {
            return (ShapeProblem.Generic, null);
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return (ShapeProblem.NotPartial, null);
            }

            if (reference.GetSyntax() is TypeDeclarationSyntax { ParameterList: not null })
            {
                return (ShapeProblem.PrimaryConstructor, null);
            }
        }

        for (var scope = type; scope is not null; scope = scope.ContainingType)
        {
            if (scope.IsFileLocal)
            {
                return (ShapeProblem.FileLocal, scope.Name);
            }
        }

        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            foreach (var reference in outer.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return (ShapeProblem.ContainingTypeNotPartial, outer.Name);
                }
            }
        }

        return (ShapeProblem.None, null);
    }

    /// <summary>Whether <paramref name="type"/> is a record declared <c>ByteOrder.Variable</c>.</summary>
    private bool IsVariableRecord(ITypeSymbol type) =>
        type is INamedTypeSymbol named && _known.GetRecordAttribute(named) is { } attribute && (ByteOrder)NamedInt(attribute, "ByteOrder") == ByteOrder.Variable;

    /// <summary>The record type a field holds: the type itself, an array's element, or a table's (<c>RecordView&lt;T&gt;</c>) element.</summary>
    private ITypeSymbol ElementOf(ITypeSymbol type) =>
        type is IArrayTypeSymbol array ? array.ElementType
        : type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } view && SymbolEqualityComparer.Default.Equals(view.OriginalDefinition, _known.RecordView) ? view.TypeArguments[0]
        : type;

    /// <summary>A path such as <c>'Inner.Outer' → 'Outer.Inner'</c> when records contain <paramref name="start"/> in a cycle.</summary>
    private string? FindCycle(INamedTypeSymbol start)
    {
        var visited = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var path = new List<string>();
        return Visit(start) ? string.Join(" → ", path) : null;

        bool Visit(INamedTypeSymbol current)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in current.GetMembers())
            {
                if (member is not IPropertySymbol property
                    || ElementOf(property.Type) is not INamedTypeSymbol fieldType
                    || _known.GetFieldAttribute(property) is null
                    || _known.GetRecordAttribute(fieldType) is null)
                {
                    continue;
                }

                path.Add($"'{current.Name}.{property.Name}'");
                if (SymbolEqualityComparer.Default.Equals(fieldType, start))
                {
                    return true;
                }

                if (visited.Add(fieldType) && Visit(fieldType))
                {
                    return true;
                }

                path.RemoveAt(path.Count - 1);
            }

            return false;
        }
    }

    /// <summary>The types <paramref name="type"/> is nested in, outermost first (and <paramref name="type"/> itself, last, when <paramref name="includeSelf"/>).</summary>
    internal static EquatableArray<ContainingTypeModel> GetContainingTypes(INamedTypeSymbol type, bool includeSelf = false)
    {
        var containers = new List<ContainingTypeModel>();
        for (var outer = includeSelf ? type : type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containers.Insert(0, new ContainingTypeModel(Keyword(outer), outer.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers))));
        }

        return containers.ToEquatableArray();
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    /// <summary>A <c>[Field]</c> property of a type without <c>[Record]</c>, as the generator implements it (throwing).</summary>
    public static FieldModel ParseStrayField(IPropertySymbol property, AttributeData attribute) =>
        ParseField(property, attribute, ByteOrder.Default, parser: null);

    /// <summary>The declaration of <paramref name="property"/> (of its definition part, for a partial property).</summary>
    internal static PropertyDeclarationSyntax? GetDefinitionSyntax(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is PropertyDeclarationSyntax declaration)
            {
                return declaration;
            }
        }

        return null;
    }

    private static bool IsGenerated(ISymbol implementation) =>
        implementation.Locations.All(l => l.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true
            && l.SourceTree.FilePath.Contains("MmapRecords.Generator"));

    private static int NamedInt(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is int value)
            {
                return value;
            }
        }

        return 0;
    }

    private static bool HasNamedArgument(AttributeData attribute, string name) =>
        attribute.NamedArguments.Any(a => a.Key == name);
}
