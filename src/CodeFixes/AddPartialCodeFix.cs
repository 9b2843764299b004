using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmapRecords.Generator.Diagnostics;

namespace MmapRecords.CodeFixes;

/// <summary>MMR001: adds the <c>partial</c> modifier to a record struct declared without it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix)), Shared]
public sealed class AddPartialCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NotPartialStruct);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => LayoutFixAll.Create(Fix);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        LayoutFixAll.RegisterAsync(context, Fix, (_, _) => "Make the struct partial", nameof(AddPartialCodeFix));

    /// <summary><paramref name="root"/> with the record's struct made partial, or <see langword="null"/> when the fix does not apply.</summary>
    internal static SyntaxNode? Fix(SyntaxNode root, Diagnostic diagnostic) =>
        AttributeEdits.FindRecord(root, diagnostic) is StructDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            ? root.ReplaceNode(declaration, AddPartial(declaration))
            : null;

    private static StructDeclarationSyntax AddPartial(StructDeclarationSyntax declaration)
    {
        var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (declaration.Modifiers.Count == 0)
        {
            return declaration
                .WithKeyword(declaration.Keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
                .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(declaration.Keyword.LeadingTrivia)));
        }

        return declaration.WithModifiers(declaration.Modifiers.Add(partial));
    }
}
