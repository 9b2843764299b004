using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.SuggestedLength, out var text)
                || !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var length)
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Set Length to {length}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(attribute, AttributeEdits.WithNamedArgument(attribute, "Length", length)))),
                    equivalenceKey: nameof(AddLengthCodeFix)),
                diagnostic);
        }
    }
}
