using MmapRecords.Generator.Emitting;
using MmapRecords.Generator.Model;
using MmapRecords.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmapRecords.Generator;

/// <summary>
/// Implements the <c>[Field]</c> partial properties of every <c>[Record]</c> partial struct as reads and writes
/// straight out of mapped memory. Only wiring lives here: <see cref="RecordParser"/> builds the model,
/// <see cref="RecordEmitter"/> writes the source, and <c>LayoutAnalyzer</c> reports the diagnostics.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RecordGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var records = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownTypes.RecordAttributeName,
                predicate: static (node, _) => node is StructDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword),
                transform: static (context, cancellationToken) =>
                    context.TargetSymbol is INamedTypeSymbol type && KnownTypes.From(context.SemanticModel.Compilation) is { } known
                        ? RecordParser.Parse(type, known, cancellationToken)
                        : null)
            .WithTrackingName(TrackingNames.Records)
            .Where(static record => record is { ShapeProblem: ShapeProblem.None })
            .Select(static (record, _) => record!)
            .WithTrackingName(TrackingNames.ValidRecords);

        // Partial properties need C# 13: below it the analyzer reports MMR009 and nothing is generated, so the
        // user sees that one message rather than compiler errors in generated code.
        var languageSupported = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp13 })
            .WithTrackingName(TrackingNames.LanguageVersion);

        context.RegisterSourceOutput(records.Combine(languageSupported), static (context, input) =>
        {
            var (record, supported) = input;
            if (supported)
            {
                context.AddSource(record.HintName, RecordEmitter.Emit(record));
            }
        });
    }
}
