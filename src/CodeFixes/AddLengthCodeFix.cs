using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmapRecords.Generator.Diagnostics;

namespace MmapRecords.CodeFixes;

/// <summary>
/// MMR007 (a string or array without a positive Length): sets <c>Length</c> to fill the gap up to the next field,
/// or to the end of the record.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(AddLengthCodeFix)), Shared]
public sealed class AddLengthCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingLength);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => LayoutFixAll.Create(Fix);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        LayoutFixAll.RegisterAsync(context, Fix, (_, diagnostic) => Length(diagnostic) is { } length ? $"Set Length to {length}" : null, nameof(AddLengthCodeFix));

    /// <summary><paramref name="root"/> with the field's Length set, or <see langword="null"/> when the fix does not apply.</summary>
    internal static SyntaxNode? Fix(SyntaxNode root, Diagnostic diagnostic) =>
        Length(diagnostic) is { } length
        && AttributeEdits.FindRecord(root, diagnostic) is { } record
        && AttributeEdits.FieldAttribute(record, diagnostic) is { } attribute
            ? root.ReplaceNode(attribute, AttributeEdits.WithNamedArgument(attribute, "Length", length))
            : null;

    private static int? Length(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FixProperties.SuggestedLength, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var length)
            ? length
            : null;
}
