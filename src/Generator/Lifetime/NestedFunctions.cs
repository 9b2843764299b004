using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// What a lambda or local function of the body does with the variables it captures, as seen from the enclosing body:
/// which outer variables it reads (its value carries theirs; calling it reads them), which it writes a value into
/// (<c>found = v</c>, <c>bag.Add(v)</c>), and which values it stores in fields. Computed once per function.
/// </summary>
internal sealed class NestedFunctions
{
    private readonly ControlFlowGraph _graph;
    private readonly LifetimeSymbols _symbols;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<IMethodSymbol, Function> _functions = new(SymbolEqualityComparer.Default);

    public NestedFunctions(ControlFlowGraph graph, LifetimeSymbols symbols, CancellationToken cancellationToken)
    {
        _graph = graph;
        _symbols = symbols;
        _cancellationToken = cancellationToken;
    }

    public Function Of(IFlowAnonymousFunctionOperation lambda)
    {
        if (!_functions.TryGetValue(lambda.Symbol, out var function))
        {
            function = Build(lambda.Symbol, _graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellationToken).OriginalOperation);
            _functions[lambda.Symbol] = function;
        }

        return function;
    }

    public Function? Of(IMethodSymbol localFunction)
    {
        if (_functions.TryGetValue(localFunction, out var function))
        {
            return function;
        }

        foreach (var declared in _graph.LocalFunctions)
        {
            if (SymbolEqualityComparer.Default.Equals(declared, localFunction))
            {
                function = Build(declared, _graph.GetLocalFunctionControlFlowGraph(declared, _cancellationToken).OriginalOperation);
                _functions[localFunction] = function;
                return function;
            }
        }

        return null;
    }

    private Function Build(IMethodSymbol symbol, IOperation body)
    {
        var function = new Function(symbol);
        var returns = 0;
        var copies = true;
        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case ILocalReferenceOperation local when !IsInside(local.Local, symbol):
                    function.Reads.Add(local.Local);
                    break;
                case IParameterReferenceOperation parameter when !IsInside(parameter.Parameter, symbol):
                    function.Reads.Add(parameter.Parameter);
                    break;
                case ISimpleAssignmentOperation assignment when _symbols.Types.MayHold(assignment.Value.Type):
                    switch (assignment.Target)
                    {
                        case ILocalReferenceOperation local when !IsInside(local.Local, symbol):
                            function.Writes.Add(Store(local.Local, assignment.Value, symbol));
                            break;
                        case IMemberReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } }:
                            // A member of an object or anonymous object being initialized: part of the new value.
                            break;
                        case IMemberReferenceOperation { Instance: { } written } when _symbols.IsMappedValue(written.Type):
                            // A record's setter copies the value into the mapping: nothing is kept.
                            break;
                        case IMemberReferenceOperation { Instance: { } written } when BodyFacts.Unwrap(written) is ILocalReferenceOperation or IParameterReferenceOperation:
                            if (BodyFacts.Unwrap(written) is ILocalReferenceOperation { Local: var holder } && !IsInside(holder, symbol))
                            {
                                function.Writes.Add(Store(holder, assignment.Value, symbol));
                            }

                            break;
                        case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                            function.FieldStores.Add(Store(null, assignment.Value, symbol));
                            break;
                        case IPropertyReferenceOperation indexer:
                            if (BodyFacts.Unwrap(indexer.Instance) is ILocalReferenceOperation container && !IsInside(container.Local, symbol))
                            {
                                function.Writes.Add(Store(container.Local, assignment.Value, symbol));
                            }
                            else if (BodyFacts.Unwrap(indexer.Instance) is IFieldReferenceOperation or IPropertyReferenceOperation)
                            {
                                function.FieldStores.Add(Store(null, assignment.Value, symbol));
                            }

                            break;
                    }

                    break;
                case IInvocationOperation invocation when _symbols.IsDispose(invocation.TargetMethod):
                    if (BodyFacts.Unwrap(invocation.Instance) is ILocalReferenceOperation { Local: var disposed } && !IsInside(disposed, symbol) && _symbols.IsMappedFile(disposed.Type))
                    {
                        function.Disposes.Add(disposed);
                    }

                    break;
                case IInvocationOperation invocation when !_symbols.IsQuery(invocation.TargetMethod):
                    var receiver = BodyFacts.Unwrap(invocation.Instance);
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Value.Type?.TypeKind is TypeKind.Delegate || !_symbols.Types.MayHold(argument.Value.Type) || argument.Value is IDelegateCreationOperation)
                        {
                            continue;
                        }

                        if (receiver is ILocalReferenceOperation local && !IsInside(local.Local, symbol) && _symbols.Types.IsContainer(local.Type))
                        {
                            function.Writes.Add(Store(local.Local, argument.Value, symbol));
                        }
                        else if (receiver is IFieldReferenceOperation or IPropertyReferenceOperation && _symbols.Types.IsContainer(receiver.Type))
                        {
                            function.FieldStores.Add(Store(null, argument.Value, symbol));
                        }
                    }

                    break;
                case IReturnOperation { ReturnedValue: { } value } when IsOwnReturn(value, body):
                    returns++;
                    var unwrapped = BodyFacts.Unwrap(value);
                    if (_symbols.Types.MayHold(unwrapped?.Type)
                        && !(unwrapped is IInvocationOperation detach && _symbols.IsDetach(detach.TargetMethod)))
                    {
                        copies = false;
                    }

                    break;
            }
        }

        function.ReturnsOnlyCopies = copies && returns > 0;
        return function;
    }

    private StoredValue Store(ISymbol? target, IOperation value, IMethodSymbol function)
    {
        if (BodyFacts.Unwrap(value) is IInvocationOperation call && _symbols.IsDetach(call.TargetMethod))
        {
            // A copy: it holds nothing of the file.
            return new StoredValue(target, value, new List<ISymbol>(), usesInner: false);
        }

        var outer = new List<ISymbol>();
        var inner = false;
        foreach (var operation in value.DescendantsAndSelf())
        {
            var referenced = operation switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => (ISymbol)parameter.Parameter,
                _ => null,
            };
            if (referenced is null)
            {
                continue;
            }

            if (IsInside(referenced, function))
            {
                inner = true;
            }
            else
            {
                outer.Add(referenced);
            }
        }

        return new StoredValue(target, value, outer, inner);
    }

    /// <summary>A return of the function itself, not of a lambda nested in it.</summary>
    private static bool IsOwnReturn(IOperation value, IOperation body)
    {
        for (var parent = value.Parent; parent is not null && parent != body; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInside(ISymbol symbol, IMethodSymbol function)
    {
        for (var container = symbol.ContainingSymbol; container is not null; container = container.ContainingSymbol)
        {
            if (SymbolEqualityComparer.Default.Equals(container, function))
            {
                return true;
            }

            if (container is INamedTypeSymbol)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>One lambda or local function, from the enclosing body's point of view.</summary>
    internal sealed class Function
    {
        public Function(IMethodSymbol symbol) => Symbol = symbol;

        public IMethodSymbol Symbol { get; }

        /// <summary>Outer <c>MappedFile</c> locals it disposes (a <c>Cleanup()</c> local function).</summary>
        public HashSet<ISymbol> Disposes { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>Outer locals and parameters it reads.</summary>
        public HashSet<ISymbol> Reads { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>Outer locals it puts a value into, and the value.</summary>
        public List<StoredValue> Writes { get; } = new();

        /// <summary>Values it stores in fields or properties (or collections kept in them).</summary>
        public List<StoredValue> FieldStores { get; } = new();

        /// <summary>Whether everything it returns is a copy (a scalar, a string, a <c>Detach()</c>).</summary>
        public bool ReturnsOnlyCopies { get; set; }
    }
}

/// <summary>
/// A value a nested function stores: where (<see cref="Target"/>, an outer local, or <see langword="null"/> for a field),
/// the outer variables it is computed from, and whether it also depends on the function's own parameters or locals
/// (then it may hold whatever the function was given or captured).
/// </summary>
internal sealed class StoredValue
{
    public StoredValue(ISymbol? target, IOperation value, List<ISymbol> outer, bool usesInner)
    {
        Target = target;
        Value = value;
        Outer = outer;
        UsesInner = usesInner;
    }

    public ISymbol? Target { get; }

    public IOperation Value { get; }

    public List<ISymbol> Outer { get; }

    public bool UsesInner { get; }
}
