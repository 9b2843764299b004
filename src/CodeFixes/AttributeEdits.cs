using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmapRecords.CodeFixes;

/// <summary>Small syntax edits the layout fixes share: set a named attribute argument to a number.</summary>
internal static class AttributeEdits
{
    /// <summary>
    /// <paramref name="attribute"/> with <c><paramref name="name"/> = <paramref name="value"/></c>: the existing named
    /// argument's value replaced, or the argument added at the end.
    /// </summary>
    public static AttributeSyntax WithNamedArgument(AttributeSyntax attribute, string name, int value)
    {
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));
        var existing = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        if (existing is not null)
        {
            return attribute.ReplaceNode(existing.Expression, literal.WithTriviaFrom(existing.Expression));
        }

        var argument = SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name), SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)),
            nameColon: null,
            literal);
        var list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var separators = list.Arguments.GetSeparators().ToList();
        if (list.Arguments.Count > 0)
        {
            separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        var arguments = SyntaxFactory.SeparatedList(list.Arguments.Add(argument), separators);
        return attribute.WithArgumentList(list.WithArguments(arguments));
    }

    /// <summary>Whether <paramref name="attribute"/> is, by its name as written, <paramref name="shortName"/> (<c>Record</c> or <c>RecordAttribute</c>, any qualification).</summary>
    public static bool IsNamed(AttributeSyntax attribute, string shortName)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return name == shortName || name == shortName + "Attribute";
    }
}
