using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MmapRecords.Generator.Diagnostics;

/// <summary>Where in the declaration a layout problem is shown. Each site falls back to a wider one when the attribute does not spell it out.</summary>
internal enum LayoutSite
{
    /// <summary>The record's name.</summary>
    Record,

    /// <summary>The <c>Size = n</c> argument of <c>[Record]</c> (else the record's name).</summary>
    SizeArgument,

    /// <summary>The <c>Stride = n</c> argument of <c>[Record]</c> (else the record's name).</summary>
    StrideArgument,

    /// <summary>The field's name.</summary>
    Field,

    /// <summary>The field's type (else its name).</summary>
    FieldType,

    /// <summary>The offset argument of <c>[Field]</c> (else the field's name).</summary>
    FieldOffset,

    /// <summary>The <c>Length = n</c> argument of <c>[Field]</c> (else the attribute, else the field's name).</summary>
    FieldLength,

    /// <summary>The <c>Encoding = e</c> argument of <c>[Field]</c> (else the field's name).</summary>
    FieldEncoding,
}

/// <summary>
/// One layout mistake, as a rule of <see cref="LayoutRules"/> finds it: the descriptor, where it is shown, the
/// arguments of the descriptor's message format and the properties its code fix reads. Nothing Roslyn owns but the
/// descriptor; the analyzer (or the generator) turns the site into a location.
/// </summary>
internal sealed record LayoutProblem
{
    private static readonly ImmutableDictionary<string, string?> NoProperties = ImmutableDictionary<string, string?>.Empty;

    /// <summary>The diagnostic.</summary>
    public required DiagnosticDescriptor Descriptor { get; init; }

    /// <summary>Where it is shown.</summary>
    public required LayoutSite Site { get; init; }

    /// <summary>The field the site belongs to, or <see langword="null"/> for a site of the record.</summary>
    public string? Field { get; init; }

    /// <summary>Another field, shown as an additional location (the first of two overlapping fields).</summary>
    public string? RelatedField { get; init; }

    /// <summary>The arguments of the descriptor's message format, formatted with the invariant culture.</summary>
    public required IReadOnlyList<string> Arguments { get; init; }

    /// <summary>The properties the code fix reads (keys from <see cref="FixProperties"/>).</summary>
    public ImmutableDictionary<string, string?> Properties { get; init; } = NoProperties;

    /// <summary>The diagnostic's id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The message, formatted as the diagnostic shows it.</summary>
    public string Message =>
        string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), Arguments.ToArray<object>());

    /// <summary>Whether the problem makes the record unusable (an error, not a warning).</summary>
    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    /// <summary>Creates the diagnostic at <paramref name="location"/>.</summary>
    public Diagnostic ToDiagnostic(Location location, IEnumerable<Location>? additionalLocations = null) =>
        Diagnostic.Create(Descriptor, location, additionalLocations, Properties, Arguments.ToArray<object>());
}
