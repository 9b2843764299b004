using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmapRecords.Generator.Diagnostics;

namespace MmapRecords.CodeFixes;

/// <summary>Small syntax edits the layout fixes share: set a named attribute argument to a number, or remove one; find the record and the field a diagnostic is about.</summary>
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

    /// <summary>
    /// <paramref name="attribute"/> without its <c><paramref name="name"/> = ...</c> argument (and the comma that went with
    /// it), or <see langword="null"/> when it has none.
    /// </summary>
    public static AttributeSyntax? WithoutNamedArgument(AttributeSyntax attribute, string name)
    {
        var existing = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        if (attribute.ArgumentList is not { } list || existing is null)
        {
            return null;
        }

        return list.Arguments.Count == 1
            ? attribute.WithArgumentList(null).WithTriviaFrom(attribute)
            : attribute.WithArgumentList(list.RemoveNode(existing, SyntaxRemoveOptions.KeepNoTrivia));
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

    /// <summary>
    /// The declaration of the record <paramref name="diagnostic"/> is about. Found at the diagnostic's span when the
    /// record there has the name the diagnostic carries (<see cref="FixProperties.Record"/>); otherwise by that name,
    /// because a Fix All over several ids (<c>dotnet format analyzers --diagnostics ...</c>) hands a fix diagnostics
    /// computed before earlier fixes moved the text.
    /// </summary>
    public static TypeDeclarationSyntax? FindRecord(SyntaxNode root, Diagnostic diagnostic)
    {
        diagnostic.Properties.TryGetValue(FixProperties.Record, out var name);
        var atSpan = diagnostic.Location.SourceSpan.End <= root.FullSpan.End
            ? root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<TypeDeclarationSyntax>()
            : null;
        if (atSpan is not null && (name is null || atSpan.Identifier.ValueText == name))
        {
            return atSpan;
        }

        return name is null
            ? null
            : root.DescendantNodes().OfType<TypeDeclarationSyntax>()
                .FirstOrDefault(type => type.Identifier.ValueText == name && RecordAttribute(type) is not null);
    }

    /// <summary>The <c>[Record]</c> attribute of <paramref name="type"/>, by its name as written.</summary>
    public static AttributeSyntax? RecordAttribute(TypeDeclarationSyntax type) =>
        type.AttributeLists.SelectMany(list => list.Attributes).FirstOrDefault(attribute => IsNamed(attribute, "Record"));

    /// <summary>The <c>[Field]</c> attribute of the property named in <paramref name="diagnostic"/> (<see cref="FixProperties.Field"/>) of <paramref name="record"/>.</summary>
    public static AttributeSyntax? FieldAttribute(TypeDeclarationSyntax record, Diagnostic diagnostic) =>
        FieldProperty(record, diagnostic)?.AttributeLists
            .SelectMany(list => list.Attributes)
            .FirstOrDefault(attribute => IsNamed(attribute, "Field"));

    /// <summary>The <c>[Field]</c> property named in <paramref name="diagnostic"/> (<see cref="FixProperties.Field"/>) of <paramref name="record"/>.</summary>
    public static PropertyDeclarationSyntax? FieldProperty(TypeDeclarationSyntax record, Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FixProperties.Field, out var name)
            ? record.Members.OfType<PropertyDeclarationSyntax>()
                .FirstOrDefault(property => property.Identifier.ValueText == name
                    && property.AttributeLists.SelectMany(list => list.Attributes).Any(attribute => IsNamed(attribute, "Field")))
            : null;
}
