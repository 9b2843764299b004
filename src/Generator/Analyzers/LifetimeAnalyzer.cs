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
                        foreach (var diagnostic in BodyAnalysis.Run(graph, block.OwningSymbol as IMethodSymbol, symbols, block.CancellationToken))
                        {
                            block.ReportDiagnostic(diagnostic);
                        }
                    }
                }
            });
        });
    }

    /// <summary>The cheap test that decides whether a body needs its control-flow graph at all: does it dispose a file?</summary>
    private static bool DisposesFileIn(IOperation root, LifetimeSymbols symbols)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IUsingOperation { Resources: var resource } when symbols.IsMappedFile(Unwrap(resource)?.Type):
                    // using (file) { ... } on a file opened earlier.
                    return true;
                case IUsingOperation or IUsingDeclarationOperation:
                    foreach (var child in operation.DescendantsAndSelf())
                    {
                        if (child is IVariableDeclaratorOperation declarator && symbols.IsMappedFile(declarator.Symbol.Type))
                        {
                            return true;
                        }
                    }

                    break;
                case ILocalFunctionOperation:
                    // Its body is among the descendants: a Dispose() there is found like any other.
                    break;
                case IInvocationOperation invocation when symbols.IsDispose(invocation.TargetMethod):
                    if (symbols.IsMappedFile(Unwrap(invocation.Instance)?.Type))
                    {
                        return true;
                    }

                    break;
                case IInvocationOperation invocation:
                    foreach (var argument in invocation.Arguments)
                    {
                        if (symbols.IsMappedFile(Unwrap(argument.Value)?.Type) && argument.Parameter is { } parameter
                            && symbols.Summaries.Of(invocation.TargetMethod).DisposesParameter(parameter.Ordinal))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
