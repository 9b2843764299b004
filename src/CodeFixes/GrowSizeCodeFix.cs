using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmapRecords.Generator.Diagnostics;

namespace MmapRecords.CodeFixes;

/// <summary>
/// MMR003 (a field past Size) and MMR002 (no positive Size): sets the record's <c>Size</c> to the end of the field
/// that reaches furthest, so every field fits. Every such diagnostic of one record proposes the same Size.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(GrowSizeCodeFix)), Shared]
public sealed class GrowSizeCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidSizeOrStride, DiagnosticIds.FieldOutOfRecord);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.RequiredSize, out var text)
                || !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size)
                || size <= 0
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node
                || RecordAttribute(node) is not { } attribute)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Set Size to {size} to cover every field",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(attribute, AttributeEdits.WithNamedArgument(attribute, "Size", size)))),
                    equivalenceKey: nameof(GrowSizeCodeFix)),
                diagnostic);
        }
    }

    /// <summary>The <c>[Record]</c> attribute of the struct that <paramref name="node"/> (a field's offset, the Size argument, the struct's name) belongs to.</summary>
    private static AttributeSyntax? RecordAttribute(SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<AttributeSyntax>() is { } own && AttributeEdits.IsNamed(own, "Record"))
        {
            return own;
        }

        return node.FirstAncestorOrSelf<StructDeclarationSyntax>()?.AttributeLists
            .SelectMany(list => list.Attributes)
            .FirstOrDefault(attribute => AttributeEdits.IsNamed(attribute, "Record"));
    }
}
