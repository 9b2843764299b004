using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using MmapRecords.Generator.Diagnostics;

namespace MmapRecords.CodeFixes;

/// <summary>
/// MMR013 (a <c>RecordView&lt;T&gt;</c> field with a setter): removes the <c>set</c> accessor; the table is written
/// through its records (<c>parent.Items[i].Field = value</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveSetterCodeFix)), Shared]
public sealed class RemoveSetterCodeFix : CodeFixProvider
{
    /// <summary>The title of the code action.</summary>
    public const string Title = "Remove the setter";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.TableWithSetter);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => LayoutFixAll.Create(Fix);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        LayoutFixAll.RegisterAsync(context, Fix, (_, _) => Title, nameof(RemoveSetterCodeFix));

    /// <summary><paramref name="root"/> without the field's <c>set</c> accessor, or <see langword="null"/> when the fix does not apply.</summary>
    internal static SyntaxNode? Fix(SyntaxNode root, Diagnostic diagnostic) =>
        AttributeEdits.FindRecord(root, diagnostic) is { } record
        && AttributeEdits.FieldProperty(record, diagnostic) is { AccessorList: { } accessors }
        && accessors.Accessors.FirstOrDefault(accessor => accessor.IsKind(SyntaxKind.SetAccessorDeclaration)) is { } setter
        && accessors.RemoveNode(setter, SyntaxRemoveOptions.KeepNoTrivia) is { } edited
            ? root.ReplaceNode(accessors, edited)
            : null;
}
