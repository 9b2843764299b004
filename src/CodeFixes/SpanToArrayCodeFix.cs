using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmapRecords.Generator.Diagnostics;

namespace MmapRecords.CodeFixes;

/// <summary>
/// MMR011 (a span of multi-byte values in a <c>Variable</c> record): declares a <c>ReadOnlySpan&lt;T&gt;</c> field as
/// <c>T[]</c>, which reads each element in the record's order (a copy, as a read-only span never wrote anything).
/// Not offered for <c>Span&lt;T&gt;</c>: writes through its elements (<c>record.Values[0] = x</c>) would still compile
/// on an array and change only the copy. Nor does it add <c>ByteOrder = ByteOrder.LittleEndian</c>, the other way
/// out, which only the author of the format knows to be true.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SpanToArrayCodeFix)), Shared]
public sealed class SpanToArrayCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SpanInVariableRecord);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => LayoutFixAll.Create(Fix);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        LayoutFixAll.RegisterAsync(
            context,
            Fix,
            (root, diagnostic) => AttributeEdits.FindRecord(root, diagnostic) is { } record
                && AttributeEdits.FieldProperty(record, diagnostic) is { } property
                && Element(property.Type) is { } element
                    ? $"Declare the field as {element.WithoutTrivia()}[]"
                    : null,
            nameof(SpanToArrayCodeFix));

    /// <summary><paramref name="root"/> with the field's <c>ReadOnlySpan&lt;T&gt;</c> declared as <c>T[]</c>, or <see langword="null"/> when the fix does not apply.</summary>
    internal static SyntaxNode? Fix(SyntaxNode root, Diagnostic diagnostic) =>
        AttributeEdits.FindRecord(root, diagnostic) is { } record
        && AttributeEdits.FieldProperty(record, diagnostic) is { } property
        && Element(property.Type) is { } element
            ? root.ReplaceNode(property.Type, ArrayOf(element).WithTriviaFrom(property.Type))
            : null;

    /// <summary><c>T[]</c>, as the parser reads it (the rank holds an omitted size).</summary>
    private static ArrayTypeSyntax ArrayOf(TypeSyntax element) =>
        SyntaxFactory.ArrayType(
            element.WithoutTrivia(),
            SyntaxFactory.SingletonList(SyntaxFactory.ArrayRankSpecifier(SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(SyntaxFactory.OmittedArraySizeExpression()))));

    /// <summary>The element type of <paramref name="type"/> as written when it is <c>ReadOnlySpan&lt;T&gt;</c> (any qualification), else <see langword="null"/>.</summary>
    private static TypeSyntax? Element(TypeSyntax type)
    {
        var name = type switch
        {
            QualifiedNameSyntax qualified => qualified.Right,
            AliasQualifiedNameSyntax alias => alias.Name,
            _ => type as SimpleNameSyntax,
        };
        return name is GenericNameSyntax { Identifier.ValueText: "ReadOnlySpan", TypeArgumentList.Arguments.Count: 1 } generic ? generic.TypeArgumentList.Arguments[0] : null;
    }
}
