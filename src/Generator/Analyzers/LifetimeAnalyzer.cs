using System.Collections.Generic;
using System.Collections.Immutable;
using MmapRecords.Generator.Diagnostics;
using MmapRecords.Generator.Lifetime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MmapRecords.Generator.Analyzers;

/// <summary>
/// Reports records and views that can outlive their <c>MappedFile</c> (MMR100) or are used after it was disposed
/// (MMR101). Only bodies that dispose a <c>MappedFile</c> (a <c>using</c> or a <c>Dispose()</c> call) are analyzed;
/// for those, <see cref="BodyAnalysis"/> runs a dataflow over the control-flow graph.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LifetimeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.RecordOutlivesFile,
        Descriptors.RecordUsedAfterDispose);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (LifetimeSymbols.From(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationBlockAction(block =>
            {
                var analyzed = new HashSet<IOperation>();
                foreach (var root in block.OperationBlocks)
                {
                    if (root.Kind is OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block
                        && DisposesFileIn(root, symbols)
                        && block.GetControlFlowGraph(root) is { } graph
                        && analyzed.Add(graph.OriginalOperation))
                    {
                        foreach (var diagnostic in BodyAnalysis.Run(graph, symbols, block.CancellationToken))
                        {
                            block.ReportDiagnostic(diagnostic);
                        }
                    }
                }
            });
        });
    }

    /// <summary>The cheap test that decides whether a body needs its control-flow graph at all.</summary>
    private static bool DisposesFile(IOperation operation, LifetimeSymbols symbols)
    {
        switch (operation)
        {
            case IInvocationOperation { TargetMethod: { Name: "Dispose", Parameters.Length: 0 } } invocation:
                var instance = invocation.Instance;
                while (instance is IConversionOperation conversion)
                {
                    instance = conversion.Operand;
                }

                return symbols.IsMappedFile(instance?.Type);
            case IUsingOperation @using:
                if (symbols.IsMappedFile(@using.Resources.Type))
                {
                    return true;
                }

                foreach (var local in @using.Locals)
                {
                    if (symbols.IsMappedFile(local.Type))
                    {
                        return true;
                    }
                }

                return false;
            case IUsingDeclarationOperation declaration:
                foreach (var declarator in declaration.DeclarationGroup.Declarations)
                {
                    foreach (var variable in declarator.Declarators)
                    {
                        if (symbols.IsMappedFile(variable.Symbol.Type))
                        {
                            return true;
                        }
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool DisposesFileIn(IOperation root, LifetimeSymbols symbols)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation.Kind is OperationKind.Invocation or OperationKind.Using or OperationKind.UsingDeclaration
                && DisposesFile(operation, symbols))
            {
                return true;
            }
        }

        return false;
    }
}
