using System.Collections.Immutable;
using MmapRecords.Generator.Diagnostics;
using MmapRecords.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MmapRecords.Generator.Analyzers;

/// <summary>
/// Reports layout mistakes in <c>[Record]</c> structs (MMR001–MMR009). It runs the generator's own
/// <see cref="RecordParser"/>, so what it reports is exactly what the generator skipped or refused.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LayoutAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.LayoutDescriptors;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (KnownTypes.From(start.Compilation) is not { } known)
            {
                return;
            }

            start.RegisterSymbolAction(context => AnalyzeType(context, known), SymbolKind.NamedType);
            start.RegisterSymbolAction(context => AnalyzeStrayField(context, known), SymbolKind.Property);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (known.GetRecordAttribute(type) is null)
        {
            return;
        }

        if (type.DeclaringSyntaxReferences.Length > 0
            && type.DeclaringSyntaxReferences[0].SyntaxTree.Options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp13 } options)
        {
            context.ReportDiagnostic(LayoutRules.LanguageVersionTooLow(options.LanguageVersion)!.ToDiagnostic(type.Locations.Length > 0 ? type.Locations[0] : Location.None));
        }

        if (RecordParser.Parse(type, known, context.CancellationToken) is not { } record)
        {
            return;
        }

        foreach (var problem in LayoutRules.Check(record))
        {
            context.ReportDiagnostic(problem.ToDiagnostic(LayoutLocator.Locate(type, known, problem), LayoutLocator.AdditionalLocations(type, known, problem)));
        }
    }

    /// <summary>A <c>[Field]</c> on a property of a type that is not a record does nothing: say so.</summary>
    private static void AnalyzeStrayField(SymbolAnalysisContext context, KnownTypes known)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (property.ContainingType is { } owner
            && known.GetRecordAttribute(owner) is null
            && known.GetFieldAttribute(property) is not null
            && property.Locations.Length > 0)
        {
            context.ReportDiagnostic(LayoutRules.FieldOutsideRecord(property.Name, owner.Name).ToDiagnostic(property.Locations[0]));
        }
    }
}
