using MmapRecords.Generator.Emitting;
using MmapRecords.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmapRecords.Generator;

/// <summary>
/// Implements the <c>[Field]</c> partial properties of every <c>[Record]</c> type as reads and writes straight out
/// of mapped memory. Only wiring lives here: <see cref="GeneratorInputs"/> builds the models, <see cref="RecordEmitter"/>
/// writes the source. A record with a layout mistake still gets every property and <c>IRecord&lt;T&gt;</c>, as members
/// that throw, so that its MMR diagnostic is the only error. The generator reports the diagnostics that must survive
/// compiler errors in the declaration (MMR001, MMR006, MMR009); <c>LayoutAnalyzer</c> reports the rest.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RecordGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Every type with [Record], not only partial structs: a class, record struct or generic struct gets MMR001
        // and, where a partial declaration can be written, throwing members so that nothing else is reported.
        var parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownTypes.RecordAttributeName, static (node, _) => node is TypeDeclarationSyntax, GeneratorInputs.ParseRecord)
            .Where(static record => record is not null)
            .Select(static (record, _) => record!)
            .WithTrackingName(TrackingNames.ParsedRecords);

        var records = parsed
            .Select(static (record, _) => record.Model)
            .WithTrackingName(TrackingNames.Records)
            .Where(static record => record.CanExtend)
            .WithTrackingName(TrackingNames.ValidRecords);

        var strayFields = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownTypes.FieldAttributeName, static (node, _) => node is PropertyDeclarationSyntax, GeneratorInputs.ParseStrayField)
            .Where(static field => field is not null)
            .Select(static (field, _) => field!)
            .WithTrackingName(TrackingNames.StrayFields);

        // Partial properties need C# 13: below it the generator reports MMR009 and writes nothing, so that the
        // compiler's errors stay at the user's declarations rather than inside generated files.
        var languageSupported = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp13 })
            .WithTrackingName(TrackingNames.LanguageVersion);

        context.RegisterSourceOutput(parsed.Select(static (record, _) => record.Diagnostics), static (context, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(records.Combine(languageSupported), static (context, input) =>
        {
            var (record, supported) = input;
            if (supported)
            {
                context.AddSource(record.HintName, RecordEmitter.Emit(record));
            }
        });

        context.RegisterSourceOutput(strayFields.Combine(languageSupported), static (context, input) =>
        {
            var (field, supported) = input;
            context.ReportDiagnostic(field.Diagnostic.ToDiagnostic());
            if (supported && field.Model is { } model)
            {
                context.AddSource(model.HintName, RecordEmitter.EmitStrayField(model));
            }
        });
    }
}
