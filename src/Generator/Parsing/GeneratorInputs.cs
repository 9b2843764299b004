using System.Collections.Generic;
using System.Linq;
using System.Threading;
using MmapRecords.Generator.Diagnostics;
using MmapRecords.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmapRecords.Generator.Parsing;

/// <summary>A record as the generator's first step sees it: the model to emit, and the diagnostics the generator reports itself.</summary>
/// <param name="Model">The record.</param>
/// <param name="Diagnostics">
/// The problems that must show even when the compiler stops before analyzers run (declaration errors) or analyzers
/// are off (an editor): MMR001, MMR006 and MMR009. The layout analyzer reports the others.
/// </param>
internal sealed record ParsedRecord(RecordModel Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A <c>[Field]</c> property in a type without <c>[Record]</c>: what to implement (if anything) and its MMR006.</summary>
/// <param name="Model">The stub to emit, or <see langword="null"/> when the type cannot be extended.</param>
/// <param name="Diagnostic">The MMR006.</param>
internal sealed record ParsedStrayField(StrayFieldModel? Model, DiagnosticInfo Diagnostic);

/// <summary>The generator's transforms: symbols in, plain values out.</summary>
internal static class GeneratorInputs
{
    /// <summary>Parses the <c>[Record]</c> type of <paramref name="context"/>.</summary>
    public static ParsedRecord? ParseRecord(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type
            || KnownTypes.From(context.SemanticModel.Compilation) is not { } known
            || RecordParser.Parse(type, known, cancellationToken) is not { } model)
        {
            return null;
        }

        var diagnostics = new List<DiagnosticInfo>();
        if (context.TargetNode.SyntaxTree.Options is CSharpParseOptions options && LayoutRules.LanguageVersionTooLow(options.LanguageVersion) is { } old)
        {
            diagnostics.Add(Info(type, known, old));
        }

        foreach (var problem in LayoutRules.Check(model))
        {
            if (LayoutRules.IsReportedByGenerator(model, problem))
            {
                diagnostics.Add(Info(type, known, problem));
            }
        }

        return new ParsedRecord(model, diagnostics.ToEquatableArray());
    }

    /// <summary>Parses a <c>[Field]</c> property; <see langword="null"/> when its type has <c>[Record]</c> (the record's own parse covers it).</summary>
    public static ParsedStrayField? ParseStrayField(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IPropertySymbol property
            || property.ContainingType is not { } owner
            || KnownTypes.From(context.SemanticModel.Compilation) is not { } known
            || known.GetRecordAttribute(owner) is not null
            || context.Attributes.FirstOrDefault() is not { } attribute)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var problem = LayoutRules.FieldOutsideRecord(property.Name, owner.Name);
        var location = RecordParser.GetDefinitionSyntax(property)?.Identifier.GetLocation() ?? property.Locations.FirstOrDefault();
        var diagnostic = new DiagnosticInfo(problem.Descriptor, location is null ? null : LocationInfo.From(location), problem.Arguments.ToEquatableArray());
        var field = RecordParser.ParseStrayField(property, attribute);
        var model = field.IsImplementable && CanExtend(owner)
            ? new StrayFieldModel
            {
                Namespace = owner.ContainingNamespace is { IsGlobalNamespace: false } ns
                    ? ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
                    : null,
                ContainingTypes = RecordParser.GetContainingTypes(owner, includeSelf: true),
                OwnerName = owner.Name,
                Field = field,
                HintName = owner.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty).Replace("@", string.Empty).Replace('<', '{').Replace('>', '}')
                    + "." + property.Name + ".g.cs",
            }
            : null;
        return new ParsedStrayField(model, diagnostic);
    }

    /// <summary>Whether a partial declaration of <paramref name="type"/> can be written in another file: it and every type around it are partial, none is file-local.</summary>
    private static bool CanExtend(INamedTypeSymbol type)
    {
        for (var scope = type; scope is not null; scope = scope.ContainingType)
        {
            if (scope.IsFileLocal || scope.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
            {
                return false;
            }

            foreach (var reference in scope.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static DiagnosticInfo Info(INamedTypeSymbol type, KnownTypes known, LayoutProblem problem) =>
        new(problem.Descriptor, LocationInfo.From(LayoutLocator.Locate(type, known, problem)), problem.Arguments.ToEquatableArray());
}
