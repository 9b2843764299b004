using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmapRecords.Generator.Diagnostics;

namespace MmapRecords.CodeFixes;

/// <summary>
/// MMR101: moves the use before the disposal. After a <c>using</c> statement, the statements up to and including the
/// use move to the end of the <c>using</c> block; after an explicit <c>file.Dispose();</c>, that statement moves to just
/// after the use. Offered only when both are statements of the same block and nothing declared in the moved statements
/// is needed after them, and none of them returns (moving a <c>return</c> into the <c>using</c> would let the value outlive the file).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveIntoUsingCodeFix)), Shared]
public sealed class MoveIntoUsingCodeFix : CodeFixProvider
{
    /// <summary>The title when the use moves into a <c>using</c> block.</summary>
    public const string MoveIntoUsingTitle = "Move the use into the using block";

    /// <summary>The title when the <c>Dispose()</c> call moves after the use.</summary>
    public const string MoveDisposeTitle = "Dispose the file after this use";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RecordUsedAfterDispose.Id);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || diagnostic.AdditionalLocations[0].SourceTree != root.SyntaxTree
                || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<StatementSyntax>() is not { } use)
            {
                continue;
            }

            var disposal = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan);
            if (disposal.FirstAncestorOrSelf<UsingStatementSyntax>() is { Statement: BlockSyntax } usingStatement
                && usingStatement.SpanStart == diagnostic.AdditionalLocations[0].SourceSpan.Start
                && MovedStatements(usingStatement, use, model, context.CancellationToken) is { } moved)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(MoveIntoUsingTitle, _ => Task.FromResult(MoveInto(context.Document, root, usingStatement, moved)), equivalenceKey: MoveIntoUsingTitle),
                    diagnostic);
            }
            else if (disposal.FirstAncestorOrSelf<ExpressionStatementSyntax>() is { Expression: InvocationExpressionSyntax } disposeStatement
                && MovedStatements(disposeStatement, use, model, context.CancellationToken) is { } between)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(MoveDisposeTitle, _ => Task.FromResult(MoveDispose(context.Document, root, disposeStatement, between)), equivalenceKey: MoveDisposeTitle),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// The statements after <paramref name="anchor"/> up to and including the one that holds <paramref name="use"/>, when
    /// both are in the same block and no local declared in them is used after them; otherwise <see langword="null"/>.
    /// </summary>
    private static List<StatementSyntax>? MovedStatements(StatementSyntax anchor, StatementSyntax use, SemanticModel model, CancellationToken cancellationToken)
    {
        if (anchor.Parent is not BlockSyntax block)
        {
            return null;
        }

        var statement = use;
        while (statement.Parent is StatementSyntax parent && parent != block)
        {
            statement = parent;
        }

        if (statement.Parent != block)
        {
            return null;
        }

        var start = block.Statements.IndexOf(anchor);
        var end = block.Statements.IndexOf(statement);
        if (start < 0 || end <= start)
        {
            return null;
        }

        var moved = block.Statements.Skip(start + 1).Take(end - start).ToList();

        // Moving a return (or yield) before the disposal would turn a use after the disposal into a value that
        // outlives the file: not a fix.
        if (moved.SelectMany(s => s.DescendantNodesAndSelf()).Any(n => n is ReturnStatementSyntax or YieldStatementSyntax))
        {
            return null;
        }
        var declared = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var node in moved.SelectMany(s => s.DescendantNodesAndSelf()))
        {
            if (node is VariableDeclaratorSyntax or SingleVariableDesignationSyntax or LocalFunctionStatementSyntax
                && model.GetDeclaredSymbol(node, cancellationToken) is { } symbol)
            {
                declared.Add(symbol);
            }

            if (node is LabeledStatementSyntax)
            {
                return null;
            }
        }

        if (declared.Count > 0)
        {
            foreach (var later in block.Statements.Skip(end + 1))
            {
                foreach (var name in later.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                {
                    if (model.GetSymbolInfo(name, cancellationToken).Symbol is { } referenced && declared.Contains(referenced))
                    {
                        return null;
                    }
                }
            }
        }

        return moved;
    }

    private static Document MoveInto(Document document, SyntaxNode root, UsingStatementSyntax usingStatement, List<StatementSyntax> moved)
    {
        var body = (BlockSyntax)usingStatement.Statement;
        var newUsing = usingStatement.WithStatement(body.AddStatements(moved.ToArray()))
            .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation);
        var block = (BlockSyntax)usingStatement.Parent!;
        var statements = block.Statements.Where(s => !moved.Contains(s)).Select(s => s == usingStatement ? newUsing : s);
        var newBlock = block.WithStatements(SyntaxFactory.List(statements));
        return document.WithSyntaxRoot(root.ReplaceNode(block, newBlock));
    }

    private static Document MoveDispose(Document document, SyntaxNode root, ExpressionStatementSyntax dispose, List<StatementSyntax> between)
    {
        var block = (BlockSyntax)dispose.Parent!;
        var statements = new List<StatementSyntax>();
        foreach (var statement in block.Statements)
        {
            if (statement == dispose)
            {
                continue;
            }

            statements.Add(statement);
            if (statement == between[between.Count - 1])
            {
                statements.Add(dispose.WithLeadingTrivia(statement.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia))));
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNode(block, block.WithStatements(SyntaxFactory.List(statements))));
    }
}
