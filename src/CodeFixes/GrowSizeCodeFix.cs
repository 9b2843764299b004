using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmapRecords.Generator.Diagnostics;

namespace MmapRecords.CodeFixes;

/// <summary>
/// MMR003 (a field past Size) and MMR002: sets the record's <c>Size</c> to the end of the field that reaches
/// furthest, so every field fits (every such diagnostic of one record proposes the same Size); for a Stride less
/// than Size, sets <c>Stride</c> to <c>Size</c>. One provider for both ids, because <c>dotnet format</c> applies one
/// provider per id (and one equivalence key, so that its Fix All applies both). When the record is nested in another and the larger Size would no longer fit there, the title
/// says so.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GrowSizeCodeFix)), Shared]
public sealed class GrowSizeCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidSizeOrStride, DiagnosticIds.FieldOutOfRecord);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => LayoutFixAll.Create(Fix);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || Fix(root, diagnostic) is not { } fixedRoot)
            {
                continue;
            }

            string title;
            if (Number(diagnostic, FixProperties.RequiredSize) is { } size)
            {
                var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                var conflict = model?.GetDeclaredSymbol(AttributeEdits.FindRecord(root, diagnostic)!, context.CancellationToken) is INamedTypeSymbol symbol
                    ? NestedConflict(symbol, size, model.Compilation, context.CancellationToken)
                    : null;
                title = conflict is null ? $"Set Size to {size} to cover every field" : $"Set Size to {size} to cover every field ({conflict})";
            }
            else
            {
                title = $"Make Stride equal to Size ({Number(diagnostic, FixProperties.Size)})";
            }

            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), equivalenceKey: nameof(GrowSizeCodeFix)),
                diagnostic);
        }
    }

    /// <summary><paramref name="root"/> with the record's Size grown (or its Stride set to Size), or <see langword="null"/> when the fix does not apply.</summary>
    internal static SyntaxNode? Fix(SyntaxNode root, Diagnostic diagnostic)
    {
        if (AttributeEdits.FindRecord(root, diagnostic) is not { } record || AttributeEdits.RecordAttribute(record) is not { } attribute)
        {
            return null;
        }

        return Number(diagnostic, FixProperties.RequiredSize) is { } size ? root.ReplaceNode(attribute, AttributeEdits.WithNamedArgument(attribute, "Size", size))
            : Number(diagnostic, FixProperties.Size) is { } stride ? root.ReplaceNode(attribute, AttributeEdits.WithNamedArgument(attribute, "Stride", stride))
            : null;
    }

    private static int? Number(Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;

    /// <summary>
    /// Where <paramref name="record"/>, grown to <paramref name="size"/> bytes, would no longer fit in a record that
    /// nests it (it would reach the next field or past the parent's Size), as a short text; <see langword="null"/> when it fits everywhere.
    /// </summary>
    private static string? NestedConflict(INamedTypeSymbol record, int size, Compilation compilation, CancellationToken cancellationToken)
    {
        var recordAttribute = compilation.GetTypeByMetadataName("MmapRecords.RecordAttribute");
        var fieldAttribute = compilation.GetTypeByMetadataName("MmapRecords.FieldAttribute");
        if (recordAttribute is null || fieldAttribute is null)
        {
            return null;
        }

        foreach (var parent in Types(compilation.Assembly.GlobalNamespace))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Attribute(parent, recordAttribute) is not { } parentRecord)
            {
                continue;
            }

            var fields = parent.GetMembers().OfType<IPropertySymbol>()
                .Select(p => (Property: p, Attribute: Attribute(p, fieldAttribute)))
                .Where(f => f.Attribute is { ConstructorArguments.Length: 1 })
                .Select(f => (f.Property, Offset: (int)f.Attribute!.ConstructorArguments[0].Value!, Length: Named(f.Attribute, "Length")))
                .ToList();
            foreach (var (property, offset, length) in fields)
            {
                var element = property.Type is IArrayTypeSymbol array ? array.ElementType : property.Type;
                if (!SymbolEqualityComparer.Default.Equals(element, record))
                {
                    continue;
                }

                var stride = Math.Max(size, Named(Attribute(record, recordAttribute)!, "Stride"));
                var end = property.Type is IArrayTypeSymbol ? offset + ((long)Math.Max(length - 1, 0) * stride) + size : offset + (long)size;
                var next = fields.Where(f => f.Offset > offset).OrderBy(f => f.Offset).FirstOrDefault();
                if (next.Property is not null && end > next.Offset)
                {
                    return $"then '{parent.Name}.{property.Name}' overlaps '{parent.Name}.{next.Property.Name}'";
                }

                if (end > Named(parentRecord, "Size"))
                {
                    return $"then '{parent.Name}.{property.Name}' reaches past the Size of '{parent.Name}'";
                }
            }
        }

        return null;
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceOrTypeSymbol scope)
    {
        foreach (var member in scope.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol inner)
            {
                if (inner is INamedTypeSymbol type)
                {
                    yield return type;
                }

                foreach (var nested in Types(inner))
                {
                    yield return nested;
                }
            }
        }
    }

    private static AttributeData? Attribute(ISymbol symbol, INamedTypeSymbol attribute) =>
        symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));

    private static int Named(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value is int value ? value : 0;
}
