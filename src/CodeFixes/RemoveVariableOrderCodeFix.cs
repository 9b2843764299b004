using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using MmapRecords.Generator.Diagnostics;
using MmapRecords.Generator.Model;

namespace MmapRecords.CodeFixes;

/// <summary>
/// MMR010 (<c>ByteOrder.Variable</c> on a field): removes the field's <c>ByteOrder</c>, so that it follows the order
/// its record is read in. Offered only in a record declared <c>Variable</c>: in a record of a fixed order the field
/// would silently take that order instead, and putting <c>Variable</c> on the record changes every field and every
/// read of it, a decision the fix cannot make.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveVariableOrderCodeFix)), Shared]
public sealed class RemoveVariableOrderCodeFix : CodeFixProvider
{
    /// <summary>The title of the code action.</summary>
    public const string Title = "Remove ByteOrder.Variable from the field";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.VariableOrderOnField);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => LayoutFixAll.Create(Fix);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        LayoutFixAll.RegisterAsync(context, Fix, (_, _) => Title, nameof(RemoveVariableOrderCodeFix));

    /// <summary><paramref name="root"/> without the field's ByteOrder argument, or <see langword="null"/> when the fix does not apply.</summary>
    internal static SyntaxNode? Fix(SyntaxNode root, Diagnostic diagnostic) =>
        IsInVariableRecord(diagnostic)
        && AttributeEdits.FindRecord(root, diagnostic) is { } record
        && AttributeEdits.FieldAttribute(record, diagnostic) is { } attribute
        && AttributeEdits.WithoutNamedArgument(attribute, "ByteOrder") is { } edited
            ? root.ReplaceNode(attribute, edited)
            : null;

    private static bool IsInVariableRecord(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FixProperties.RecordByteOrder, out var text)
        && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var order)
        && (ByteOrder)order == ByteOrder.Variable;
}
