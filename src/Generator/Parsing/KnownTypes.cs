using Microsoft.CodeAnalysis;

namespace MmapRecords.Generator.Parsing;

/// <summary>The runtime's attribute types, resolved once per compilation, so that attributes are matched by symbol, never by name.</summary>
internal sealed class KnownTypes
{
    public const string RecordAttributeName = "MmapRecords.RecordAttribute";
    public const string FieldAttributeName = "MmapRecords.FieldAttribute";

    private KnownTypes(Compilation compilation, INamedTypeSymbol recordAttribute, INamedTypeSymbol fieldAttribute)
    {
        RecordAttribute = recordAttribute;
        FieldAttribute = fieldAttribute;
        Half = compilation.GetTypeByMetadataName("System.Half");
        ReadOnlySpan = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1");
        Span = compilation.GetTypeByMetadataName("System.Span`1");
        Guid = compilation.GetTypeByMetadataName("System.Guid");
        RecordView = compilation.GetTypeByMetadataName("MmapRecords.RecordView`1");
    }

    public INamedTypeSymbol RecordAttribute { get; }

    public INamedTypeSymbol FieldAttribute { get; }

    public INamedTypeSymbol? Half { get; }

    public INamedTypeSymbol? ReadOnlySpan { get; }

    public INamedTypeSymbol? Span { get; }

    public INamedTypeSymbol? Guid { get; }

    public INamedTypeSymbol? RecordView { get; }

    /// <summary>The known types of <paramref name="compilation"/>, or <see langword="null"/> when it does not reference the runtime.</summary>
    public static KnownTypes? From(Compilation compilation)
    {
        var record = compilation.GetTypeByMetadataName(RecordAttributeName);
        var field = compilation.GetTypeByMetadataName(FieldAttributeName);
        return record is null || field is null
            ? null
            : new KnownTypes(compilation, record, field);
    }

    public bool IsRecordAttribute(AttributeData attribute) =>
        SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, RecordAttribute);

    public bool IsFieldAttribute(AttributeData attribute) =>
        SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, FieldAttribute);

    public AttributeData? GetRecordAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsRecordAttribute(attribute))
            {
                return attribute;
            }
        }

        return null;
    }

    public AttributeData? GetFieldAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsFieldAttribute(attribute))
            {
                return attribute;
            }
        }

        return null;
    }
}
