using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmapRecords.Generator.Diagnostics;
using MmapRecords.Generator.Lifetime;

namespace MmapRecords.CodeFixes;

/// <summary>
/// MMR100: copies an escaping record out of the mapping with its <c>Detach()</c>, so what escapes owns its bytes.
/// Offered only where the escaping value is a record (a view or a collection has no <c>Detach()</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DetachCodeFix)), Shared]
public sealed class DetachCodeFix : CodeFixProvider
{
    /// <summary>The title of the code action.</summary>
    public const string Title = "Copy the record out with Detach()";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RecordOutlivesFile.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || LifetimeSymbols.From(model.Compilation) is not { } symbols)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
                || expression.Span != diagnostic.Location.SourceSpan)
            {
                continue;
            }

            var type = model.GetTypeInfo(expression, context.CancellationToken).Type;
            if (!symbols.IsRecord(type))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => Detach(context.Document, expression, cancellationToken), equivalenceKey: nameof(DetachCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> Detach(Document document, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(expression, WithDetach(expression)));
    }

    /// <summary>
    /// <paramref name="expression"/> with <c>.Detach()</c> on what reads the mapping: for a conditional, on each branch
    /// that is not a constant (<c>c ? view[0].Detach() : default</c>), so nothing is copied that needs no copy.
    /// </summary>
    private static ExpressionSyntax WithDetach(ExpressionSyntax expression)
    {
        var inner = expression;
        while (inner is ParenthesizedExpressionSyntax parenthesized)
        {
            inner = parenthesized.Expression;
        }

        switch (inner)
        {
            case ConditionalExpressionSyntax conditional:
                return expression.ReplaceNode(inner, conditional
                    .WithWhenTrue(WithDetach(conditional.WhenTrue))
                    .WithWhenFalse(WithDetach(conditional.WhenFalse)));
            case LiteralExpressionSyntax or DefaultExpressionSyntax:
                return expression;
        }

        var receiver = expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax
            ? expression.WithoutTrivia()
            : SyntaxFactory.ParenthesizedExpression(expression.WithoutTrivia());
        return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(LifetimeSymbols.DetachName)))
            .WithTriviaFrom(expression);
    }
}
