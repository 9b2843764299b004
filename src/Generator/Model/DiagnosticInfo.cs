using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MmapRecords.Generator.Model;

/// <summary>A place in a source file as plain values, so that a diagnostic can cross an incremental step without holding a syntax tree.</summary>
/// <param name="FilePath">The file.</param>
/// <param name="Span">The characters.</param>
/// <param name="LineSpan">The lines and columns.</param>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The plain values of <paramref name="location"/>, or <see langword="null"/> when it is not in source.</summary>
    public static LocationInfo? From(Location location) =>
        location.SourceTree is { } tree ? new LocationInfo(tree.FilePath, location.SourceSpan, location.GetLineSpan().Span) : null;

    /// <summary>The location again.</summary>
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}

/// <summary>A diagnostic the generator reports, as plain values (the descriptor compares by value).</summary>
/// <param name="Descriptor">The diagnostic.</param>
/// <param name="Location">Where, or <see langword="null"/>.</param>
/// <param name="Arguments">The message arguments.</param>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    /// <summary>Creates the diagnostic.</summary>
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, [.. Arguments]);
}
