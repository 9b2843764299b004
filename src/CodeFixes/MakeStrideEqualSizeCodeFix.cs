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

/// <summary>MMR002 (Stride less than Size): sets <c>Stride</c> to the record's <c>Size</c>.</summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(MakeStrideEqualSizeCodeFix)), Shared]
public sealed class MakeStrideEqualSizeCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidSizeOrStride);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.Size, out var text)
                || !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size)
                || root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Make Stride equal to Size ({size})",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(attribute, AttributeEdits.WithNamedArgument(attribute, "Stride", size)))),
                    equivalenceKey: nameof(MakeStrideEqualSizeCodeFix)),
                diagnostic);
        }
    }
}
