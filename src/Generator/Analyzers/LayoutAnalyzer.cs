using System.Collections.Immutable;
using MmapRecords.Generator.Diagnostics;
using MmapRecords.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MmapRecords.Generator.Analyzers;

/// <summary>
/// Reports the layout mistakes of <c>[Record]</c> structs that leave the declaration compilable (MMR002–MMR005,
/// MMR007, MMR008, and MMR001 for a struct without partial, for its code fix): the generator reports the others itself (see <see cref="LayoutRules.IsReportedByAnalyzer"/>).
/// It runs the generator's own <see cref="RecordParser"/> and <see cref="LayoutRules"/>, so what it reports is
/// exactly what the generator refused.
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
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (known.GetRecordAttribute(type) is null)
        {
            return;
        }

        if (RecordParser.Parse(type, known, context.CancellationToken) is not { } record)
        {
            return;
        }

        foreach (var problem in LayoutRules.Check(record))
        {
            if (!LayoutRules.IsReportedByAnalyzer(record, problem))
            {
                continue;
            }

            context.ReportDiagnostic(problem.ToDiagnostic(LayoutLocator.Locate(type, known, problem), LayoutLocator.AdditionalLocations(type, known, problem)));
        }
    }
}
