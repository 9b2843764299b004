using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// What a method of this compilation does with its arguments, read from its body once per compilation: which
/// parameters it keeps beyond the call (stores in a field, a static, a collection kept in one, or hands to a method
/// that does), and which <c>MappedFile</c> parameters it disposes. Methods of other assemblies have no summary: the
/// analysis then goes by their types (a collection's method keeps what it is given).
/// </summary>
internal sealed class MethodSummaries
{
    private const int MaxDepth = 4;
    private readonly Compilation _compilation;
    private readonly LifetimeSymbols _symbols;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    public MethodSummaries(Compilation compilation, LifetimeSymbols symbols)
    {
        _compilation = compilation;
        _symbols = symbols;
    }

    public MethodSummary Of(IMethodSymbol method) => Of(method, 0);

    private MethodSummary Of(IMethodSymbol method, int depth)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (_summaries.TryGetValue(method, out var summary))
        {
            return summary;
        }

        if (depth > MaxDepth)
        {
            return MethodSummary.Unknown;
        }

        summary = Compute(method, depth);
        return _summaries.GetOrAdd(method, summary);
    }

    private MethodSummary Compute(IMethodSymbol method, int depth)
    {
        var relevant = false;
        foreach (var parameter in method.Parameters)
        {
            relevant |= _symbols.IsMappedFile(parameter.Type) || _symbols.Types.MayHold(parameter.Type);
        }

        if (!relevant || method.DeclaringSyntaxReferences.Length == 0 || Body(method) is not { } body)
        {
            return MethodSummary.Unknown;
        }

        ulong disposes = 0;
        ulong stores = 0;
        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IInvocationOperation invocation when _symbols.IsDispose(invocation.TargetMethod):
                    if (ParameterOf(invocation.Instance) is { } disposed && _symbols.IsMappedFile(disposed.Type))
                    {
                        disposes |= Bit(disposed);
                    }

                    break;
                case IInvocationOperation invocation:
                    stores |= StoredByCall(invocation, depth);
                    break;
                case ISimpleAssignmentOperation assignment when _symbols.Types.MayHold(assignment.Value.Type) && OutlivesCall(assignment.Target):
                    stores |= ParametersIn(assignment.Value);
                    break;
            }
        }

        return disposes == 0 && stores == 0 ? MethodSummary.Unknown : new MethodSummary(disposes, stores);
    }

    /// <summary>The parameters a call inside a summarized body keeps: in a collection that outlives the call, or through a callee that keeps them.</summary>
    private ulong StoredByCall(IInvocationOperation invocation, int depth)
    {
        ulong stores = 0;
        var receiver = BodyFacts.Unwrap(invocation.Instance);
        var keepsInReceiver = receiver is not null && OutlivesCall(receiver) && _symbols.Types.IsContainer(receiver.Type) && !_symbols.IsQuery(invocation.TargetMethod);
        var callee = invocation.TargetMethod.DeclaringSyntaxReferences.Length > 0 ? Of(invocation.TargetMethod, depth + 1) : null;
        foreach (var argument in invocation.Arguments)
        {
            if (!_symbols.Types.MayHold(argument.Value.Type) || argument.Parameter is not { } parameter)
            {
                continue;
            }

            if (keepsInReceiver || (callee is not null && callee.StoresParameter(parameter.Ordinal)))
            {
                stores |= ParametersIn(argument.Value);
            }
        }

        return stores;
    }

    /// <summary>A place that outlives the call: a field, a property, a static, or an element of a collection kept in one.</summary>
    private static bool OutlivesCall(IOperation target) => BodyFacts.Unwrap(target) switch
    {
        IFieldReferenceOperation => true,
        IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance is not null && OutlivesCall(indexer.Instance),
        IPropertyReferenceOperation => true,
        IArrayElementReferenceOperation element => OutlivesCall(element.ArrayReference),
        _ => false,
    };

    /// <summary>
    /// The parameters whose mapped memory <paramref name="value"/> may carry: not those only read for a copy
    /// (<c>v.Detach()</c>) or a scalar (<c>v.Position.X</c>); all those a lambda in it captures.
    /// </summary>
    private ulong ParametersIn(IOperation value)
    {
        switch (value)
        {
            case IParameterReferenceOperation reference:
                return Bit(reference.Parameter);
            case IAnonymousFunctionOperation or IDelegateCreationOperation:
                return CapturedParameters(value);
            case IInvocationOperation call when _symbols.IsDetach(call.TargetMethod):
                return 0;
            case not IConversionOperation when value.Type is not null && !_symbols.Types.MayHold(value.Type):
                return 0;
        }

        ulong bits = 0;
        foreach (var child in value.ChildOperations)
        {
            bits |= ParametersIn(child);
        }

        return bits;
    }

    private static ulong CapturedParameters(IOperation function)
    {
        ulong bits = 0;
        foreach (var operation in function.DescendantsAndSelf())
        {
            if (operation is IParameterReferenceOperation reference && reference.Parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction })
            {
                bits |= Bit(reference.Parameter);
            }
        }

        return bits;
    }

    private static IParameterSymbol? ParameterOf(IOperation? operation) =>
        BodyFacts.Unwrap(operation) is IParameterReferenceOperation reference ? reference.Parameter : null;

    private static ulong Bit(IParameterSymbol parameter) => parameter.Ordinal < 64 ? 1UL << parameter.Ordinal : 0;

    private IOperation? Body(IMethodSymbol method)
    {
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

        // Another method's body needs its tree's semantic model; summaries are cached, so each body is bound once.
#pragma warning disable RS1030 // The summary of a callee in another tree cannot come from the current operation block.
        var model = _models.GetOrAdd(syntax.SyntaxTree, tree => _compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
        return model.GetOperation(syntax);
    }
}

/// <summary>What one method does with its parameters (bit <c>i</c> for parameter <c>i</c>).</summary>
internal sealed class MethodSummary
{
    public static readonly MethodSummary Unknown = new(0, 0);

    private readonly ulong _disposes;
    private readonly ulong _stores;

    public MethodSummary(ulong disposes, ulong stores)
    {
        _disposes = disposes;
        _stores = stores;
    }

    public bool DisposesParameter(int ordinal) => ordinal < 64 && (_disposes & (1UL << ordinal)) != 0;

    public bool StoresParameter(int ordinal) => ordinal < 64 && (_stores & (1UL << ordinal)) != 0;
}
