using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using MmapRecords.Generator.Diagnostics;
using MmapRecords.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmapRecords.Generator.Parsing;

/// <summary>
/// Turns a <c>[Record]</c> struct's symbols into a <see cref="RecordModel"/> and finds every layout mistake.
/// The generator uses the model; the layout analyzer uses the diagnostics. One parser, one source of truth.
/// </summary>
internal sealed class RecordParser
{
    // ByteOrder values of the runtime's enum.
    private const int BigEndian = 2;

    // Types as the generated code declares them: global::-qualified, with nullable annotations kept so that
    // the implementation's signature matches the declaration's.
    private static readonly SymbolDisplayFormat TypeFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly KnownTypes _known;
    private readonly List<MissingLength>? _missingLengths;
    private readonly List<(Location? Location, string Message)>? _pastSize;

    // The end of the field that reaches furthest: what Size must be at least (the grow-Size fix's value).
    private long _requiredSize;
    private readonly List<Diagnostic>? _diagnostics;
    private readonly CancellationToken _cancellationToken;

    // The records being parsed, outermost first: a nested record is parsed to learn whether it is valid, and a
    // record already on this stack is part of a cycle (MMR008 reports it) rather than parsed again.
    private readonly HashSet<INamedTypeSymbol> _inProgress;

    private RecordParser(KnownTypes known, List<Diagnostic>? diagnostics, CancellationToken cancellationToken, HashSet<INamedTypeSymbol>? inProgress = null)
    {
        _known = known;
        _inProgress = inProgress ?? new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        _diagnostics = diagnostics;
        _missingLengths = diagnostics is null ? null : new List<MissingLength>();
        _pastSize = diagnostics is null ? null : new List<(Location?, string)>();
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Parses <paramref name="type"/>. Returns <see langword="null"/> when nothing can be generated for it (it is
    /// not a partial struct); otherwise a model, marked invalid when the layout is wrong.
    /// </summary>
    /// <param name="type">A type with <c>[Record]</c>.</param>
    /// <param name="known">The runtime's attribute types.</param>
    /// <param name="diagnostics">Where to add layout diagnostics, or <see langword="null"/> to skip building them.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    public static RecordModel? Parse(INamedTypeSymbol type, KnownTypes known, List<Diagnostic>? diagnostics, CancellationToken cancellationToken) =>
        new RecordParser(known, diagnostics, cancellationToken).ParseRecord(type);

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
        || new RecordParser(_known, diagnostics: null, _cancellationToken, _inProgress).ParseRecord(nested) is { IsValid: true };

    private RecordModel? ParseRecordCore(INamedTypeSymbol type)
    {
        var recordAttribute = _known.GetRecordAttribute(type);
        if (recordAttribute is null)
        {
            return null;
        }

        var shapeProblem = GetShapeProblem(type);
        if (shapeProblem is not null)
        {
            Report(Descriptors.NotPartialStruct, TypeLocation(type), type.Name, shapeProblem);
            return null;
        }

        var valid = true;
        var size = NamedInt(recordAttribute, "Size");
        var declaredStride = NamedInt(recordAttribute, "Stride");
        var recordBigEndian = NamedInt(recordAttribute, "ByteOrder") == BigEndian;
        var stride = declaredStride == 0 ? size : declaredStride;

        var fields = new List<FieldModel>();
        var fieldLocations = new List<Location?>();
        foreach (var member in type.GetMembers())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (member is IPropertySymbol property && _known.GetFieldAttribute(property) is { } fieldAttribute)
            {
                var field = ParseField(type, property, fieldAttribute, size, recordBigEndian);
                if (field is not null)
                {
                    fields.Add(field);
                    fieldLocations.Add(PropertyLocation(property));
                }
            }
        }

        if (size <= 0)
        {
            valid = false;
            Report(
                Descriptors.InvalidSizeOrStride,
                ArgumentLocation(recordAttribute, "Size") ?? TypeLocation(type),
                _requiredSize is > 0 and <= int.MaxValue ? Properties(("RequiredSize", _requiredSize.ToString(CultureInfo.InvariantCulture))) : null,
                HasNamedArgument(recordAttribute, "Size")
                    ? $"Record '{type.Name}' has Size {size}; Size must be positive"
                    : $"Record '{type.Name}' needs a Size: [Record(Size = n)] with the number of bytes of one record");
        }
        else if (declaredStride != 0 && declaredStride < size)
        {
            valid = false;
            Report(
                Descriptors.InvalidSizeOrStride,
                ArgumentLocation(recordAttribute, "Stride") ?? TypeLocation(type),
                Properties(("Size", size.ToString(CultureInfo.InvariantCulture))),
                $"Record '{type.Name}' has Stride {declaredStride}, less than its Size {size}; records would overlap");
        }

        foreach (var (location, message) in _pastSize ?? [])
        {
            Report(Descriptors.FieldOutOfRecord, location, Properties(("RequiredSize", _requiredSize.ToString(CultureInfo.InvariantCulture))), message);
        }

        if (fields.Any(f => f.Error is not null))
        {
            valid = false;
        }

        if (FindCycle(type) is { } cycle)
        {
            valid = false;
            Report(Descriptors.RecordCycle, TypeLocation(type), $"Record '{type.Name}' contains itself through {cycle}; a record cannot be nested in itself");
        }

        ReportMissingLengths(fields, size);
        ReportOverlaps(type, fields, fieldLocations);

        return new RecordModel(
            type.ContainingNamespace is { IsGlobalNamespace: false } ns
                ? ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
                : null,
            GetContainingTypes(type),
            type.Name,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            type.IsReadOnly,
            size,
            stride,
            valid,
            fields.ToEquatableArray())
        {
            UserDeclared = GetUserMembers(type),
            IsBigEndianOrder = recordBigEndian,
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

    private FieldModel? ParseField(INamedTypeSymbol record, IPropertySymbol property, AttributeData attribute, int size, bool recordBigEndian)
    {
        var syntax = GetDefinitionSyntax(property);
        var location = PropertyLocation(property);
        if (syntax is null || !property.IsPartialDefinition)
        {
            Report(Descriptors.FieldNotPartialProperty, location, $"[Field] property '{property.Name}' must be a partial property ('public partial T {property.Name} {{ get; }}'); the generator implements it");
            return null;
        }

        if (property.PartialImplementationPart is { } implementation && !IsGenerated(implementation))
        {
            Report(Descriptors.FieldNotPartialProperty, location, $"[Field] property '{property.Name}' already has an implementation; remove it, the generator implements the property");
            return null;
        }

        string? error = null;
        string? getterModifiers = null;
        string? setterModifiers = null;
        var setterKeyword = "set";
        foreach (var accessor in syntax.AccessorList?.Accessors ?? default)
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
                    error ??= Report(Descriptors.FieldNotPartialProperty, location, $"[Field] property '{property.Name}' has an 'init' accessor; use 'get' and optionally 'set'");
                    break;
                default:
                    error ??= Report(Descriptors.FieldNotPartialProperty, location, $"[Field] property '{property.Name}' has an '{accessor.Keyword.Text}' accessor; use 'get' and optionally 'set'");
                    break;
            }
        }

        if (property.GetMethod is null)
        {
            error ??= Report(Descriptors.FieldNotPartialProperty, location, $"[Field] property '{property.Name}' needs a getter");
        }

        if (property.RefKind != RefKind.None)
        {
            // Its implementation would have to return a reference: nothing sensible to generate, not even a throwing body.
            Report(Descriptors.FieldNotPartialProperty, location, $"[Field] property '{property.Name}' returns by reference; declare it as a plain value property");
            return null;
        }

        if (property.IsStatic || property.IsIndexer)
        {
            error ??= Report(Descriptors.FieldNotPartialProperty, location, $"[Field] property '{property.Name}' must be an instance property, not {(property.IsStatic ? "static" : "an indexer")}");
        }

        var offset = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int o ? o : (int?)null;
        var fieldOrder = NamedInt(attribute, "ByteOrder");
        var bigEndian = fieldOrder == 0 ? recordBigEndian : fieldOrder == BigEndian;
        var length = NamedInt(attribute, "Length");
        var encoding = NamedInt(attribute, "Encoding");

        var type = Classify(property.Type);
        var needsLength = type.Kind == FieldKind.String || type.Shape != FieldShape.Single;
        long width = type.Error is not null ? 0
            : type.Kind == FieldKind.String ? length
            : type.Shape == FieldShape.Single ? type.ElementWidth
            : length <= 0 ? 0
            : ((long)(length - 1) * type.ElementStride) + type.ElementWidth;
        var typeName = property.Type.ToDisplayString(TypeFormat);
        if (property.Type.TypeKind == TypeKind.Error || (property.Type is IArrayTypeSymbol { ElementType.TypeKind: TypeKind.Error }))
        {
            // The compiler reports the unknown type itself.
            error ??= $"The type of '{property.Name}' could not be resolved";
        }
        else if (type.Error is not null)
        {
            error ??= Report(Descriptors.UnsupportedFieldType, TypeSyntaxLocation(syntax) ?? location, $"[Field] property '{property.Name}' has type '{property.Type.ToDisplayString()}', which {type.Error}");
        }
        else if (type.Shape is FieldShape.ReadOnlySpan or FieldShape.Span && bigEndian && type.ElementWidth > 1)
        {
            var element = type.Element.ToDisplayString();
            error ??= Report(
                Descriptors.UnsupportedFieldType,
                TypeSyntaxLocation(syntax) ?? location,
                $"[Field] property '{property.Name}' is big-endian, but '{property.Type.ToDisplayString()}' views the mapped bytes in the machine's byte order (little-endian); declare it as '{element}[]' to read big-endian values");
        }
        else if (type.Kind == FieldKind.String && encoding is < 0 or > 2)
        {
            error ??= Report(Descriptors.UnsupportedFieldType, ArgumentLocation(attribute, "Encoding") ?? location, $"[Field] property '{property.Name}' has Encoding {encoding}, which is not a TextEncoding (Utf8, Ascii or Latin1)");
        }

        if (needsLength && type.Error is null && length <= 0)
        {
            var what = type.Kind == FieldKind.String ? "string" : "array";
            var unit = type.Kind == FieldKind.String ? "bytes" : "elements";
            var message = HasNamedArgument(attribute, "Length")
                ? $"The {what} field '{property.Name}' has Length {length}; Length must be the positive number of {unit}"
                : $"The {what} field '{property.Name}' needs a Length: the number of {unit}, as in [Field({offset ?? 0}, Length = n)]";
            error ??= $"{Descriptors.MissingLength.Id}: {message}";
            _missingLengths?.Add(new MissingLength(property.Name, offset ?? 0, type.Kind == FieldKind.String ? 1 : type.ElementStride, type.ElementWidth, ArgumentLocation(attribute, "Length") ?? AttributeLocation(attribute) ?? location, message));
        }

        if (offset is null)
        {
            // The compiler reports the malformed attribute itself.
            error ??= $"[Field] on '{property.Name}' has no offset";
        }
        else if (offset < 0)
        {
            error ??= Report(Descriptors.FieldOutOfRecord, OffsetLocation(attribute) ?? location, $"Field '{property.Name}' has a negative offset ({offset})");
        }
        else if (type.Error is null && size > 0 && width > 0 && offset.Value + width > size)
        {
            var what = type.Kind == FieldKind.String ? $"{width}-byte string"
                : type.Shape != FieldShape.Single ? $"{width}-byte array of {length} {type.Element.ToDisplayString()}"
                : $"{width}-byte {property.Type.ToDisplayString()}";
            var message = $"Field '{property.Name}' ends at byte {offset.Value + width} but Size is {size} ({what} at offset {offset})";
            if (error is null)
            {
                error = $"{Descriptors.FieldOutOfRecord.Id}: {message}";
                _pastSize?.Add((OffsetLocation(attribute) ?? location, message));
            }
        }

        if (type.Error is null && offset >= 0)
        {
            _requiredSize = Math.Max(_requiredSize, offset.Value + width);
        }

        return new FieldModel(
            property.Name,
            typeName,
            type.Kind,
            type.Shape,
            type.Shape == FieldShape.Single ? typeName : type.Element.ToDisplayString(TypeFormat),
            offset ?? 0,
            (int)Math.Min(width, int.MaxValue),
            needsLength ? length : 0,
            type.Shape == FieldShape.Single ? 0 : type.ElementStride,
            bigEndian && type.Kind == FieldKind.Scalar && type.ElementWidth > 1,
            type.Kind == FieldKind.String ? EncodingName(encoding) : null,
            string.Join(" ", syntax.Modifiers.Select(m => m.Text)),
            getterModifiers,
            setterModifiers,
            setterKeyword,
            error)
        {
            IsEnum = property.Type.TypeKind == TypeKind.Enum,
            IsBigEndianOrder = bigEndian,
        };
    }

    private static string EncodingName(int encoding) => encoding switch
    {
        1 => "Ascii",
        2 => "Latin1",
        _ => "Utf8",
    };

    /// <summary>What a field's type is made of.</summary>
    private readonly record struct FieldType(FieldKind Kind, FieldShape Shape, ITypeSymbol Element, int ElementWidth, int ElementStride, string? Error);

    /// <summary>How a field type is read: one value or an array, its element's kind and width, or why it is not supported.</summary>
    private FieldType Classify(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return new FieldType(FieldKind.String, FieldShape.Single, type, 1, 1, null);
        }

        if (type is IArrayTypeSymbol array)
        {
            var (kind, width, stride, error) = ClassifyElement(array.ElementType);
            error ??= array.Rank != 1 ? "is a multi-dimensional array; declare a one-dimensional array with Length = rows * columns"
                : array.ElementType.SpecialType == SpecialType.System_String ? "is an array of strings; declare one string field per element"
                : array.ElementType is IArrayTypeSymbol ? "is an array of arrays; declare a one-dimensional array with Length = rows * columns"
                : null;
            return new FieldType(kind, FieldShape.Array, array.ElementType, width, stride, error);
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && (SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, _known.ReadOnlySpan) || SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, _known.Span)))
        {
            var element = generic.TypeArguments[0];
            var shape = SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, _known.Span) ? FieldShape.Span : FieldShape.ReadOnlySpan;
            var (kind, width, stride, error) = ClassifyElement(element);
            error ??= kind == FieldKind.Scalar ? null
                : kind == FieldKind.Boolean ? "is a span of bool, whose bytes may hold values other than 0 and 1; declare 'bool[]' (or a span of byte)"
                : $"is a span of records, which are views rather than values; declare '{element.ToDisplayString()}[]'";
            return new FieldType(kind, shape, element, width, stride, error);
        }

        var single = ClassifyElement(type);
        return new FieldType(single.Kind, FieldShape.Single, type, single.Width, single.Stride, single.Error);
    }

    /// <summary>How one value (a field, or an array's element) is read: its kind, width and stride, or why it is not supported.</summary>
    private (FieldKind Kind, int Width, int Stride, string? Error) ClassifyElement(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Error)
        {
            return (FieldKind.Scalar, 0, 0, "could not be resolved");
        }

        if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol { EnumUnderlyingType: { } underlying })
        {
            var width = ScalarWidth(underlying.SpecialType);
            return (FieldKind.Scalar, width, width, null);
        }

        if (type.SpecialType == SpecialType.System_Boolean)
        {
            return (FieldKind.Boolean, 1, 1, null);
        }

        var scalar = ScalarWidth(type.SpecialType);
        if (scalar > 0)
        {
            return (FieldKind.Scalar, scalar, scalar, null);
        }

        if (_known.Half is not null && SymbolEqualityComparer.Default.Equals(type, _known.Half))
        {
            return (FieldKind.Scalar, 2, 2, null);
        }

        if (type is INamedTypeSymbol named && _known.GetRecordAttribute(named) is { } nested)
        {
            var nestedSize = NamedInt(nested, "Size");
            var nestedStride = NamedInt(nested, "Stride");
            return nestedSize <= 0 ? (FieldKind.Record, 0, 0, "is a record without a valid Size")
                : !IsValidNested(named) ? (FieldKind.Record, nestedSize, Math.Max(nestedSize, nestedStride), "is a record whose own layout is invalid (see its MMR diagnostics)")
                : (FieldKind.Record, nestedSize, Math.Max(nestedSize, nestedStride), null);
        }

        return (FieldKind.Scalar, 0, 0, "is not a field type: use an integer or floating-point type, Half, bool, an enum, another [Record] struct, a string with Length, or an array (T[], ReadOnlySpan<T>, Span<T>) with Length");
    }

    private static int ScalarWidth(SpecialType type) => type switch
    {
        SpecialType.System_Byte or SpecialType.System_SByte => 1,
        SpecialType.System_Int16 or SpecialType.System_UInt16 => 2,
        SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Single => 4,
        SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Double => 8,
        _ => 0,
    };

    /// <summary>A string or array field without a Length, reported once every field's offset is known.</summary>
    private sealed record MissingLength(string Name, int Offset, int ElementStride, int ElementWidth, Location? Location, string Message);

    /// <summary>
    /// Reports MMR007 for each field without a Length, with the Length that fills the gap up to the next field
    /// (or the end of the record) as the code fix's suggestion.
    /// </summary>
    private void ReportMissingLengths(List<FieldModel> fields, int size)
    {
        foreach (var missing in _missingLengths ?? [])
        {
            var end = size > missing.Offset ? size : int.MaxValue;
            foreach (var field in fields)
            {
                if (field.Name != missing.Name && field.Offset > missing.Offset && field.Offset < end)
                {
                    end = field.Offset;
                }
            }

            var suggested = end == int.MaxValue || missing.ElementStride <= 0
                ? 1
                : Math.Max(1, ((end - missing.Offset - missing.ElementWidth) / missing.ElementStride) + 1);
            Report(
                Descriptors.MissingLength,
                missing.Location,
                Properties(("SuggestedLength", suggested.ToString(CultureInfo.InvariantCulture))),
                missing.Message);
        }
    }

    private static ImmutableDictionary<string, string?> Properties(params (string Key, string Value)[] properties) =>
        properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value);

    private static string? GetShapeProblem(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Struct)
        {
            return $"it is {Article(type)}";
        }

        if (type.IsRecord)
        {
            return "a record struct writes its own equality and ToString; declare a plain 'partial struct'";
        }

        if (type.IsRefLikeType)
        {
            return "a ref struct cannot be stored in views or collections";
        }

        // Arity, not IsGenericType: that is also true for a plain struct nested in a generic class, which works.
        if (type.Arity > 0)
        {
            return "generic records are not supported";
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return "add the 'partial' modifier so the generator can implement its fields";
            }

            if (reference.GetSyntax() is TypeDeclarationSyntax { ParameterList: not null })
            {
                return "a record's values come from the file, so it cannot have a primary constructor";
            }
        }

        for (var scope = type; scope is not null; scope = scope.ContainingType)
        {
            if (scope.IsFileLocal)
            {
                return $"'{scope.Name}' is a file-local type, which the generator's own file cannot extend";
            }
        }

        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            foreach (var reference in outer.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return $"its containing type '{outer.Name}' must be partial too";
                }
            }
        }

        return null;
    }

    private static string Article(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Class => type.IsRecord ? "a record class" : "a class",
        TypeKind.Interface => "an interface",
        TypeKind.Enum => "an enum",
        _ => "not a struct",
    };

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
                    || (property.Type is IArrayTypeSymbol array ? array.ElementType : property.Type) is not INamedTypeSymbol fieldType
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

    private void ReportOverlaps(INamedTypeSymbol type, List<FieldModel> fields, List<Location?> locations)
    {
        if (_diagnostics is null)
        {
            return;
        }

        for (var i = 0; i < fields.Count; i++)
        {
            for (var j = i + 1; j < fields.Count; j++)
            {
                var a = fields[i];
                var b = fields[j];
                if (a.Error is null && b.Error is null && a.Width > 0 && b.Width > 0
                    && a.Offset < b.Offset + b.Width && b.Offset < a.Offset + a.Width
                    && !IsRawView(a, b) && !IsRawView(b, a))
                {
                    var message = string.Format(
                        CultureInfo.InvariantCulture,
                        "Fields '{0}' (bytes {1}–{2}) and '{3}' (bytes {4}–{5}) of '{6}' overlap",
                        a.Name,
                        a.Offset,
                        a.Offset + a.Width - 1,
                        b.Name,
                        b.Offset,
                        b.Offset + b.Width - 1,
                        type.Name);
                    var others = locations[i] is { } first ? new[] { first } : Array.Empty<Location>();
                    _diagnostics.Add(Diagnostic.Create(Descriptors.FieldsOverlap, locations[j] ?? Location.None, others, message));
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="raw"/> is a byte array or span over exactly the bytes of <paramref name="other"/>: the
    /// documented way to see a field's raw bytes (a string's, say), so it is no overlap mistake.
    /// </summary>
    private static bool IsRawView(FieldModel raw, FieldModel other) =>
        raw.Shape != FieldShape.Single && raw.ElementTypeName == "byte" && raw.Offset == other.Offset && raw.Width == other.Width;

    private static EquatableArray<ContainingTypeModel> GetContainingTypes(INamedTypeSymbol type)
    {
        var containers = new List<ContainingTypeModel>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            var keyword = outer switch
            {
                { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
                { IsRecord: true } => "record",
                { TypeKind: TypeKind.Struct } => "struct",
                { TypeKind: TypeKind.Interface } => "interface",
                _ => "class",
            };
            containers.Insert(0, new ContainingTypeModel(keyword, outer.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers))));
        }

        return containers.ToEquatableArray();
    }

    private static PropertyDeclarationSyntax? GetDefinitionSyntax(IPropertySymbol property)
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

    private static Location? ArgumentLocation(AttributeData attribute, string name)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } arguments })
        {
            foreach (var argument in arguments.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument.GetLocation();
                }
            }
        }

        return null;
    }

    private static Location? OffsetLocation(AttributeData attribute) =>
        attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }
            && arguments[0].NameEquals is null
            ? arguments[0].GetLocation()
            : null;

    private static Location? AttributeLocation(AttributeData attribute) =>
        attribute.ApplicationSyntaxReference?.GetSyntax() is { } syntax ? syntax.GetLocation() : null;

    private static Location? TypeLocation(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is BaseTypeDeclarationSyntax declaration
            ? declaration.Identifier.GetLocation()
            : type.Locations.FirstOrDefault();

    private static Location? PropertyLocation(IPropertySymbol property) =>
        GetDefinitionSyntax(property)?.Identifier.GetLocation() ?? property.Locations.FirstOrDefault();

    private static Location? TypeSyntaxLocation(PropertyDeclarationSyntax syntax) => syntax.Type.GetLocation();

    /// <summary>Adds a diagnostic (when collecting) and returns its message, which becomes the field's error.</summary>
    private string Report(DiagnosticDescriptor descriptor, Location? location, params object[] arguments) =>
        Report(descriptor, location, properties: null, arguments);

    /// <summary>Adds a diagnostic with properties for a code fix (when collecting) and returns its message.</summary>
    private string Report(DiagnosticDescriptor descriptor, Location? location, ImmutableDictionary<string, string?>? properties, params object[] arguments)
    {
        var diagnostic = Diagnostic.Create(descriptor, location ?? Location.None, properties, arguments);
        _diagnostics?.Add(diagnostic);
        return descriptor.Id + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }
}
