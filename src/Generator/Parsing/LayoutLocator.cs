using System.Collections.Generic;
using System.Linq;
using MmapRecords.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmapRecords.Generator.Parsing;

/// <summary>Turns the <see cref="LayoutSite"/> of a <see cref="LayoutProblem"/> into a location in the record's declaration.</summary>
internal static class LayoutLocator
{
    /// <summary>Where <paramref name="problem"/> of the record <paramref name="type"/> is shown.</summary>
    public static Location Locate(INamedTypeSymbol type, KnownTypes known, LayoutProblem problem) =>
        Locate(type, known, problem.Site, problem.Field) ?? Location.None;

    /// <summary>The additional locations of <paramref name="problem"/> (the other field of an overlap).</summary>
    public static IEnumerable<Location> AdditionalLocations(INamedTypeSymbol type, KnownTypes known, LayoutProblem problem) =>
        problem.RelatedField is { } related && Locate(type, known, LayoutSite.Field, related) is { } location ? [location] : [];

    private static Location? Locate(INamedTypeSymbol type, KnownTypes known, LayoutSite site, string? fieldName)
    {
        var attribute = known.GetRecordAttribute(type);
        switch (site)
        {
            case LayoutSite.SizeArgument:
                return ArgumentLocation(attribute, "Size") ?? TypeLocation(type);
            case LayoutSite.StrideArgument:
                return ArgumentLocation(attribute, "Stride") ?? TypeLocation(type);
            case LayoutSite.Record:
                return TypeLocation(type);
        }

        var property = type.GetMembers(fieldName ?? string.Empty).OfType<IPropertySymbol>().FirstOrDefault(p => known.GetFieldAttribute(p) is not null);
        if (property is null)
        {
            return TypeLocation(type);
        }

        var fieldAttribute = known.GetFieldAttribute(property);
        var syntax = RecordParser.GetDefinitionSyntax(property);
        var name = syntax?.Identifier.GetLocation() ?? property.Locations.FirstOrDefault();
        return site switch
        {
            LayoutSite.FieldType => syntax?.Type.GetLocation() ?? name,
            LayoutSite.FieldOffset => OffsetLocation(fieldAttribute) ?? name,
            LayoutSite.FieldLength => ArgumentLocation(fieldAttribute, "Length") ?? AttributeLocation(fieldAttribute) ?? name,
            LayoutSite.FieldEncoding => ArgumentLocation(fieldAttribute, "Encoding") ?? name,
            _ => name,
        };
    }

    private static Location? ArgumentLocation(AttributeData? attribute, string name)
    {
        if (attribute?.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } arguments })
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

    private static Location? OffsetLocation(AttributeData? attribute) =>
        attribute?.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }
            && arguments[0].NameEquals is null
            ? arguments[0].GetLocation()
            : null;

    private static Location? AttributeLocation(AttributeData? attribute) =>
        attribute?.ApplicationSyntaxReference?.GetSyntax() is { } syntax ? syntax.GetLocation() : null;

    private static Location? TypeLocation(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is BaseTypeDeclarationSyntax declaration
            ? declaration.Identifier.GetLocation()
            : type.Locations.FirstOrDefault();
}
