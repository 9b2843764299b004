using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MmapRecords.CodeFixes;

/// <summary>
/// The Fix All of the layout fixes: applies a fix's edit for each diagnostic in turn, each on the text the previous
/// edits left, finding its record by name. It needs no code action for a first diagnostic and trusts no span, so it
/// also works when <c>dotnet format analyzers --diagnostics</c> with several ids hands it diagnostics computed before
/// other fixes changed the file (where the batch fixer returned nothing and the run applied a random subset).
/// </summary>
internal static class LayoutFixAll
{
    /// <summary>A Fix All that applies <paramref name="fix"/> (the new root, or <see langword="null"/> when it does not apply) to each diagnostic.</summary>
    public static FixAllProvider Create(Func<SyntaxNode, Diagnostic, SyntaxNode?> fix) =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return null;
            }

            foreach (var diagnostic in diagnostics)
            {
                root = fix(root, diagnostic) ?? root;
            }

            return document.WithSyntaxRoot(root);
        });
}
