using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MmapRecords.CodeFixes;

/// <summary>
/// The registration and the Fix All the layout fixes share. The Fix All applies a fix's edit for each diagnostic in turn, each on the text the previous
/// edits left, finding its record by name. It needs no code action for a first diagnostic and trusts no span, so it
/// also works when <c>dotnet format analyzers --diagnostics</c> with several ids hands it diagnostics computed before
/// other fixes changed the file (where the batch fixer returned nothing and the run applied a random subset).
/// </summary>
internal static class LayoutFixAll
{
    /// <summary>
    /// Registers, for each diagnostic of <paramref name="context"/>, the code action that applies <paramref name="fix"/>,
    /// titled by <paramref name="title"/>; a diagnostic for which either returns <see langword="null"/> gets none.
    /// </summary>
    public static async Task RegisterAsync(
        CodeFixContext context,
        Func<SyntaxNode, Diagnostic, SyntaxNode?> fix,
        Func<SyntaxNode, Diagnostic, string?> title,
        string equivalenceKey)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (fix(root, diagnostic) is { } fixedRoot && title(root, diagnostic) is { } text)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(text, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), equivalenceKey),
                    diagnostic);
            }
        }
    }

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
