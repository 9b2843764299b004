using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// The transfer functions: how each kind of operation changes the <see cref="FlowState"/>, and which files the value it
/// produces depends on (a file set, see <see cref="FileSet"/>). One method per operation kind; <see cref="Evaluate"/>
/// dispatches. A value whose type cannot hold mapped memory (<see cref="MappedMemoryTypes"/>) depends on no file.
/// </summary>
internal sealed class LifetimeTransfer
{
    private readonly BodyFacts _facts;
    private readonly LifetimeSymbols _symbols;
    private readonly MappedMemoryTypes _types;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<int, IOperation> _threadStarts = new();
    private FlowState _state = null!;
    private BasicBlock _block = null!;
    private IFlowObserver? _observer;

    public LifetimeTransfer(BodyFacts facts, CancellationToken cancellationToken)
    {
        _facts = facts;
        _symbols = facts.Symbols;
        _types = facts.Symbols.Types;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Runs <paramref name="block"/> on <paramref name="state"/> (changed in place) and returns it.</summary>
    public FlowState Run(BasicBlock block, FlowState state, IFlowObserver? observer)
    {
        _state = state;
        _block = block;
        _observer = observer;
        foreach (var operation in block.Operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Evaluate(operation);
        }

        if (block.BranchValue is { } branchValue)
        {
            var value = Evaluate(branchValue);
            switch (block.FallThroughSuccessor?.Semantics)
            {
                case ControlFlowBranchSemantics.Return:
                    Return(branchValue, value, block.FallThroughSuccessor);
                    break;
                case ControlFlowBranchSemantics.Throw or ControlFlowBranchSemantics.Rethrow:
                    Escape(branchValue, GateObject(branchValue, value), "it is thrown out of the method that disposes the file");
                    break;
            }
        }

        return state;
    }

    private ulong Evaluate(IOperation? operation)
    {
        switch (operation)
        {
            case null:
                return 0;
            case ILocalReferenceOperation local:
                return ReadVariable(local, local.Local);
            case IParameterReferenceOperation parameter:
                return ReadVariable(parameter, parameter.Parameter);
            case IFlowCaptureReferenceOperation capture:
                return _facts.SlotOf(capture.Id) is { } slot ? _state.Holds[slot] : 0;
            case IFlowCaptureOperation capture:
                Capture(capture);
                return 0;
            case ISimpleAssignmentOperation { IsRef: false, Target: ILocalReferenceOperation { Local.RefKind: not RefKind.None } reference } assignment:
                return WriteThrough(reference, assignment.Value);
            case ISimpleAssignmentOperation assignment:
                return Assign(assignment.Target, assignment.Value);
            case IDeconstructionAssignmentOperation deconstruction:
                return Assign(deconstruction.Target, deconstruction.Value);
            case IEventAssignmentOperation subscription:
                Subscribe(subscription);
                return 0;
            case IInvocationOperation invocation:
                return Invoke(invocation);
            case IObjectCreationOperation creation:
                return Create(creation);
            case IAnonymousObjectCreationOperation anonymous:
                return CreateAnonymous(anonymous);
            case IFlowAnonymousFunctionOperation lambda:
                return Lambda(lambda);
            case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } method:
                return LocalFunctionReference(method);
            case IReturnOperation { Kind: OperationKind.YieldReturn } yield:
                Yield(yield);
                return 0;
            case IIsPatternOperation pattern:
                Match(pattern);
                return 0;
            case IPropertyReferenceOperation property:
                return Property(property);
            case IFieldReferenceOperation field:
                return Field(field);
            case IConversionOperation conversion:
                return Convert(conversion);
            default:
                return Compose(operation);
        }
    }

    // ---- Reads ----

    /// <summary>A read of a local or parameter: a use of its value, reported if its file may be disposed.</summary>
    private ulong ReadVariable(IOperation reference, ISymbol symbol)
    {
        if (_facts.FileBitOf(symbol) is { } file)
        {
            // The file itself: its own mapping. Uses of a disposed file are checked where its members are called.
            return FileSet.Bit(file);
        }

        if (_facts.SlotOf(symbol) is not { } slot)
        {
            return 0;
        }

        var value = _state.Holds[slot];
        if (reference.IsImplicit)
        {
            return value;
        }

        var disposed = _state.DisposedDependencies(slot);
        if (disposed != 0 && !IsHarmless(reference))
        {
            // Reported once, here: what is computed from this read no longer counts as the file's.
            _observer?.UsedAfterDispose(reference, symbol, disposed);
            return FileSet.Without(value, disposed);
        }

        return value;
    }

    /// <summary>A scalar member of a collection or holder (<c>list.Count</c>, <c>array.Length</c>, <c>pair.Index</c>) reads no mapped memory.</summary>
    private bool IsHarmless(IOperation reference)
    {
        if (_symbols.IsMappedValue(reference.Type))
        {
            return false;
        }

        if (IsNullTest(reference))
        {
            return true;
        }

        return reference.Parent switch
        {
            IPropertyReferenceOperation property => ReferenceEquals(property.Instance, reference) && !property.Property.ReturnsByRef && !property.Property.ReturnsByRefReadonly && !_types.MayHold(property.Type),
            IFieldReferenceOperation field => ReferenceEquals(field.Instance, reference) && !_types.MayHold(field.Type),
            _ => false,
        };
    }

    /// <summary><c>x == null</c>, <c>x != null</c>, <c>x is null</c>, <c>x is not null</c>: a reference compared with null reads nothing it refers to.</summary>
    private static bool IsNullTest(IOperation reference)
    {
        var operand = reference;
        var parent = reference.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            operand = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals, OperatorMethod: null } binary =>
                IsNull(ReferenceEquals(binary.LeftOperand, operand) ? binary.RightOperand : binary.LeftOperand),
            IIsPatternOperation pattern => IsNullPattern(pattern.Pattern),
            _ => false,
        };

        static bool IsNull(IOperation other) => BodyFacts.Unwrap(other) is { ConstantValue: { HasValue: true, Value: null } };

        static bool IsNullPattern(IPatternOperation pattern) => pattern switch
        {
            IConstantPatternOperation constant => IsNull(constant.Value),
            INegatedPatternOperation negated => IsNullPattern(negated.Pattern),
            _ => false,
        };
    }

    private ulong Property(IPropertyReferenceOperation property)
    {
        var receiver = Evaluate(property.Instance);
        ulong arguments = 0;
        foreach (var argument in property.Arguments)
        {
            arguments |= Evaluate(argument.Value);
        }

        if (!_types.MayHold(property.Type) && !property.Property.ReturnsByRef && !property.Property.ReturnsByRefReadonly)
        {
            return 0;
        }

        // The current element of a lazy query of copies is a copy.
        if (property.Instance?.Type is INamedTypeSymbol receiverType && SymbolEqualityComparer.Default.Equals(receiverType.OriginalDefinition, _symbols.EnumeratorOfT))
        {
            receiver = FileSet.Materialized(receiver);
        }

        return receiver | arguments;
    }

    private ulong Field(IFieldReferenceOperation field)
    {
        var receiver = Evaluate(field.Instance);
        return _types.MayHold(field.Type) || field.Field.RefKind != RefKind.None ? receiver : 0;
    }

    /// <summary>An up-cast or boxing keeps the object, whatever the target type says; other conversions make a new value.</summary>
    private ulong Convert(IConversionOperation conversion)
    {
        var value = Evaluate(conversion.Operand);
        var kind = conversion.GetConversion();
        return kind.IsIdentity || kind.IsReference || kind.IsBoxing ? value : Gate(conversion.Type, value);
    }

    /// <summary>Any other operation: the union of what its operands depend on, if its type can hold it.</summary>
    private ulong Compose(IOperation operation)
    {
        ulong value = 0;
        foreach (var child in operation.ChildOperations)
        {
            value |= Evaluate(child);
        }

        return operation.Type is null ? 0 : Gate(operation.Type, value);
    }

    private ulong Gate(ITypeSymbol? type, ulong value) => value != 0 && _types.MayHold(type) ? value : 0;

    // ---- Writes ----

    private void Capture(IFlowCaptureOperation capture)
    {
        var value = Evaluate(capture.Value);
        if (_facts.SlotOf(capture.Id) is { } slot)
        {
            _state.Holds[slot] = value;
        }
    }

    private ulong Assign(IOperation target, IOperation valueOperation)
    {
        var value = Evaluate(valueOperation);
        Store(target, value, valueOperation);
        ShareLocalIn(target, valueOperation);
        return value;
    }

    /// <summary>
    /// <c>c = 5;</c> through a <c>ref</c> local (<c>ref int c = ref rec.Counter;</c>): a write into what it refers to,
    /// so a use of the reference, not a new value for it.
    /// </summary>
    private ulong WriteThrough(ILocalReferenceOperation reference, IOperation valueOperation)
    {
        var value = Evaluate(valueOperation);
        Evaluate(reference);
        if (value != 0)
        {
            StoreVariable(reference.Local, value, valueOperation, strong: false);
        }

        return value;
    }

    /// <summary>
    /// The value of <paramref name="operation"/> as far as its object can hold mapped memory. A variable's value was
    /// judged when it was stored (by the type of the object put in it, see <see cref="KeepsObject"/>), so its declared
    /// type does not gate it again: <c>Exception e = new BadVertexException(v); throw e;</c> still carries the record.
    /// </summary>
    private ulong GateObject(IOperation operation, ulong value) =>
        IsObjectVariable(operation) ? value : Gate(BodyFacts.Unwrap(operation)!.Type, value);

    /// <summary>A local or parameter that holds an object (not a <c>ref</c> to a scalar, whose read copies the scalar).</summary>
    private static bool IsObjectVariable(IOperation? operation) => BodyFacts.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local.RefKind == RefKind.None,
        IParameterReferenceOperation parameter => parameter.Parameter.RefKind == RefKind.None,
        _ => false,
    };

    /// <summary>
    /// Whether a local of type <paramref name="declared"/> keeps what <paramref name="valueOperation"/> holds: by its
    /// declared type, or by the type of the object assigned to it (an up-cast keeps the object: <c>Exception e = new
    /// BadVertexException(v)</c>).
    /// </summary>
    private bool KeepsObject(ITypeSymbol declared, IOperation valueOperation) =>
        _types.MayHold(declared) || _types.MayHold(BodyFacts.Unwrap(valueOperation)?.Type);

    private void Store(IOperation target, ulong value, IOperation valueOperation)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                StoreVariable(local.Local, local.Local.RefKind != RefKind.None || KeepsObject(local.Local.Type, valueOperation) ? value : 0, valueOperation, strong: true);
                if (_facts.SlotOf(local.Local) is { } assigned)
                {
                    _state.Shared[assigned] = IsOutliving(valueOperation);
                }

                break;
            case IParameterReferenceOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } parameter:
                Escape(valueOperation, value, $"it is assigned to the {(parameter.Parameter.RefKind == RefKind.Out ? "out" : "ref")} parameter '{parameter.Parameter.Name}'");
                break;
            case IParameterReferenceOperation parameter:
                StoreVariable(parameter.Parameter, Gate(parameter.Parameter.Type, value), valueOperation, strong: true);
                break;
            case IFlowCaptureReferenceOperation capture when _facts.CaptureValue(capture.Id) is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IArrayElementReferenceOperation:
                // The target was captured before the value was computed (a conditional value): store into the target.
                Store(_facts.CaptureValue(capture.Id)!, value, valueOperation);
                break;
            case IFlowCaptureReferenceOperation capture:
                if (_facts.SlotOf(capture.Id) is { } slot)
                {
                    _state.Holds[slot] |= value;
                }

                break;
            case IFieldReferenceOperation field:
                Evaluate(field.Instance);
                if (field.Instance is not null && IsLocalValue(field.Instance) && field.Instance.Type?.IsReferenceType != true)
                {
                    StoreInto(field.Instance, value, valueOperation);
                }
                else if (field.Instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
                {
                    Escape(valueOperation, value, field.Field.IsStatic ? $"it is stored in the static field '{field.Field.Name}'" : $"it is stored in the field '{field.Field.Name}'");
                }

                break;
            case IPropertyReferenceOperation property:
                Evaluate(property.Instance);
                foreach (var argument in property.Arguments)
                {
                    Evaluate(argument.Value);
                }

                if (property.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } || _symbols.IsMappedValue(property.Instance?.Type))
                {
                    // A member of a new object (its value accounts for it), or a record's setter (it copies into the mapping).
                }
                else if (property.Instance is null)
                {
                    Escape(valueOperation, value, $"it is stored in the static property '{property.Property.Name}'");
                }
                else if (property.Property.IsIndexer || IsLocalValue(property.Instance))
                {
                    StoreInto(property.Instance, value, valueOperation);
                }
                else
                {
                    Escape(valueOperation, value, $"it is stored in the property '{property.Property.Name}'");
                }

                break;
            case IArrayElementReferenceOperation element:
                Evaluate(element.ArrayReference);
                foreach (var index in element.Indices)
                {
                    Evaluate(index);
                }

                StoreInto(element.ArrayReference, value, valueOperation);
                break;
            case ITupleOperation tuple:
                foreach (var part in tuple.Elements)
                {
                    Store(part, Gate(part.Type, value), valueOperation);
                }

                break;
            case IDeclarationExpressionOperation declaration:
                Store(declaration.Expression, value, valueOperation);
                break;
            case IDiscardOperation:
                break;
            default:
                Evaluate(target);
                break;
        }
    }

    /// <summary>A value is put inside the object <paramref name="container"/> refers to (a collection, an array, a struct).</summary>
    private void StoreInto(IOperation container, ulong value, IOperation valueOperation)
    {
        switch (BodyFacts.Unwrap(container))
        {
            case ILocalReferenceOperation local when _facts.SlotOf(local.Local) is { } sharedSlot && _state.Shared[sharedSlot]:
                Escape(valueOperation, value, $"it is stored in '{local.Local.Name}', which is kept in a field that outlives the file");
                break;
            case ILocalReferenceOperation local:
                StoreVariable(local.Local, value, valueOperation, strong: false);
                break;
            case IParameterReferenceOperation { Parameter: { RefKind: RefKind.None, Type.IsValueType: true } } parameter:
                StoreVariable(parameter.Parameter, value, valueOperation, strong: false);
                break;
            case IFlowCaptureReferenceOperation capture when _facts.CaptureValue(capture.Id) is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation:
                StoreInto(_facts.CaptureValue(capture.Id)!, value, valueOperation);
                break;
            case IFlowCaptureReferenceOperation capture:
                if (_facts.SlotOf(capture.Id) is { } slot)
                {
                    _state.Holds[slot] |= value;
                }

                break;
            case IParameterReferenceOperation parameter:
                Escape(valueOperation, value, $"it is stored in '{parameter.Parameter.Name}', which belongs to the caller");
                break;
            case IFieldReferenceOperation field:
                Escape(valueOperation, value, $"it is stored in '{field.Field.Name}', which outlives the file");
                break;
            case IPropertyReferenceOperation property:
                Escape(valueOperation, value, $"it is stored in '{property.Property.Name}', which outlives the file");
                break;
            default:
                Escape(valueOperation, value, "it is stored in an object that outlives the file");
                break;
        }
    }

    private void StoreVariable(ISymbol symbol, ulong value, IOperation? valueOperation, bool strong)
    {
        if (_facts.FileBitOf(symbol) is { } file)
        {
            if (strong)
            {
                _state.Reopen(file);
            }

            return;
        }

        if (_facts.SlotOf(symbol) is not { } slot)
        {
            return;
        }

        if (strong)
        {
            _state.Holds[slot] = value;
            _state.Stale[slot] = 0;
            _state.Running[slot] = 0;
            _state.Shared[slot] = false;
        }
        else
        {
            _state.Holds[slot] |= value;
        }

        if (valueOperation is not null && value != 0)
        {
            _observer?.StoredInVariable(symbol, valueOperation, FileSet.Files(value));
        }
    }

    /// <summary>An object reachable from a field or a static: <c>_cache</c>, <c>_byKey[k]</c>.</summary>
    private static bool IsOutliving(IOperation? operation) => BodyFacts.Unwrap(operation) switch
    {
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } => true,
        IFieldReferenceOperation field => IsOutliving(field.Instance),
        IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } => true,
        IPropertyReferenceOperation { Property.IsIndexer: true } indexer => IsOutliving(indexer.Instance),
        ISimpleAssignmentOperation assignment => IsOutliving(assignment.Target),
        _ => false,
    };

    /// <summary>After <c>_byKey[k] = list</c>, the local <c>list</c> is reachable from a field too.</summary>
    private void ShareLocalIn(IOperation target, IOperation valueOperation)
    {
        if (!IsOutliving(target))
        {
            return;
        }

        for (var value = BodyFacts.Unwrap(valueOperation); value is not null;)
        {
            switch (value)
            {
                case ILocalReferenceOperation local when _facts.SlotOf(local.Local) is { } slot:
                    _state.Shared[slot] = true;
                    return;
                case ISimpleAssignmentOperation assignment:
                    if (BodyFacts.Unwrap(assignment.Target) is ILocalReferenceOperation assigned && _facts.SlotOf(assigned.Local) is { } assignedSlot)
                    {
                        _state.Shared[assignedSlot] = true;
                    }

                    value = BodyFacts.Unwrap(assignment.Value);
                    break;
                default:
                    return;
            }
        }
    }

    private static bool IsLocalValue(IOperation? operation) =>
        BodyFacts.Unwrap(operation) is ILocalReferenceOperation or IFlowCaptureReferenceOperation or IParameterReferenceOperation { Parameter.RefKind: RefKind.None };

    // ---- Calls and creations ----

    private ulong Invoke(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var isExtension = method.IsExtensionMethod && invocation.Instance is null && invocation.Arguments.Length > 0;
        var receiverOperation = isExtension ? invocation.Arguments[0].Value : invocation.Instance;
        var receiver = ReadReceiver(invocation);

        // The arguments, as far as their parameters can carry mapped memory; delegates are kept apart (their
        // parameters receive what the call passes them, see ApplyFunction).
        var values = new ulong[invocation.Arguments.Length];
        ulong arguments = 0;
        IOperation? firstTainted = null;
        List<IOperation>? functions = null;
        for (var i = 0; i < invocation.Arguments.Length; i++)
        {
            var argument = invocation.Arguments[i];
            var value = Evaluate(argument.Value);
            if (argument.Parameter is { RefKind: RefKind.None } parameter && !_types.MayHold(parameter.Type))
            {
                value = 0;
            }

            values[i] = value;
            if (isExtension && i == 0)
            {
                receiver |= value;
                continue;
            }

            if (UnwrapDelegate(argument.Value) is IFlowAnonymousFunctionOperation or IMethodReferenceOperation)
            {
                (functions ??= new List<IOperation>()).Add(argument.Value);
                continue;
            }

            if (value != 0 && argument.Parameter?.RefKind is not RefKind.Out)
            {
                arguments |= value;
                firstTainted ??= argument.Value;
            }
        }

        if (_facts.DisposedBy(invocation) is { } disposed)
        {
            Dispose(disposed);
            return 0;
        }

        if (_symbols.IsDetach(method))
        {
            return 0;
        }

        ulong functionValues = 0;
        if (functions is not null)
        {
            foreach (var function in functions)
            {
                var index = invocation.Arguments.IndexOf((IArgumentOperation)function.Parent!);
                functionValues |= index >= 0 ? values[index] : 0;
                ApplyFunction(UnwrapDelegate(function)!, receiver | arguments);
            }
        }

        if (method.MethodKind == MethodKind.LocalFunction && _facts.Functions.Of(method) is { } local)
        {
            CallLocalFunction(invocation, local, arguments);
        }

        Threads(invocation, receiverOperation, receiver);
        BackgroundWork(invocation, receiverOperation, receiver | arguments | functionValues, firstTainted ?? FirstFunction(functions) ?? receiverOperation);
        KeepArguments(invocation, receiverOperation, receiver, isExtension, values, arguments, firstTainted);

        if (!_types.MayHold(invocation.Type) && !method.ReturnsByRef && !method.ReturnsByRefReadonly)
        {
            return 0;
        }

        if (_symbols.IsSelect(method) && functions is { Count: 1 } && UnwrapDelegate(functions[0]) is IFlowAnonymousFunctionOperation lambda
            && _facts.Functions.Of(lambda).ReturnsOnlyCopies)
        {
            // A lazy query of copies: enumerating it reads the source, what it yields does not.
            return FileSet.Deferred(receiver) | arguments | functionValues;
        }

        if (_symbols.IsMaterializing(method))
        {
            // ToList, ToArray, First, ToImmutableArray...: the query runs now; a lazy query of copies gives copies.
            return FileSet.Materialized(receiver | arguments);
        }

        return receiver | arguments | functionValues;
    }

    /// <summary>The receiver of a call; a call on a disposed file (<c>View</c>, <c>Read</c>, <c>Flush</c>...) is a use after dispose.</summary>
    private ulong ReadReceiver(IInvocationOperation invocation)
    {
        if (_facts.FileOf(invocation.Instance) is { } file)
        {
            Evaluate(invocation.Instance);
            var method = invocation.TargetMethod;
            if ((_state.Disposed & FileSet.Bit(file)) != 0
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, _symbols.MappedFile)
                && !_symbols.IsDispose(method)
                && !invocation.Instance!.IsImplicit)
            {
                _observer?.UsedAfterDispose(BodyFacts.Unwrap(invocation.Instance)!, _facts.Files[file], FileSet.Bit(file));
                return 0;
            }

            return FileSet.Bit(file);
        }

        return Evaluate(invocation.Instance);
    }

    private void Dispose(int file)
    {
        var bit = FileSet.Bit(file);
        for (var slot = 0; slot < _state.Running.Length; slot++)
        {
            if ((_state.Running[slot] & bit) != 0 && _threadStarts.TryGetValue(slot, out var start))
            {
                Escape(start, _state.Running[slot] & bit, "it is captured by a thread that is still running when the file is disposed", always: true);
            }
        }

        _state.Disposed |= bit;
    }

    /// <summary>Threads: <c>Start()</c> runs what the thread captured until <c>Join()</c>.</summary>
    private void Threads(IInvocationOperation invocation, IOperation? receiverOperation, ulong receiver)
    {
        var method = invocation.TargetMethod;
        if (_symbols.IsThreadStart(method) && receiver != 0)
        {
            if (SlotOfVariable(receiverOperation) is { } slot)
            {
                _state.Running[slot] |= FileSet.Files(receiver);
                _threadStarts[slot] = BodyFacts.Unwrap(receiverOperation)!;
            }
            else
            {
                var start = BodyFacts.Unwrap(receiverOperation) is IObjectCreationOperation { Arguments.Length: > 0 } creation ? creation.Arguments[0].Value : receiverOperation!;
                Escape(start, receiver, "it is captured by a thread that can run after the file is disposed");
            }
        }
        else if (_symbols.IsThreadJoin(method) && SlotOfVariable(receiverOperation) is { } joined)
        {
            _state.Running[joined] = 0;
        }
    }

    /// <summary>Work that runs later: the thread pool, a timer, and a task nobody waits for (discarded or not awaited).</summary>
    private void BackgroundWork(IInvocationOperation invocation, IOperation? receiverOperation, ulong value, IOperation? at)
    {
        if (value == 0 || at is null)
        {
            return;
        }

        var method = invocation.TargetMethod;
        if (SymbolEqualityComparer.Default.Equals(method.ContainingType, _symbols.ThreadPool) || _symbols.IsCallbackRegistration(method))
        {
            Escape(at, value, "it is captured by work that can run after the file is disposed");
        }
        else if (_symbols.IsTask(invocation.Type) && IsDiscarded(invocation))
        {
            Escape(at, value, "it is captured by a task nobody waits for, which can run after the file is disposed");
        }
    }

    /// <summary>What the callee keeps of its arguments: a collection keeps what it is given; a method of this compilation does what its summary says; <c>ref</c>/<c>out</c> arguments receive the call's values.</summary>
    private void KeepArguments(IInvocationOperation invocation, IOperation? receiverOperation, ulong receiver, bool isExtension, ulong[] values, ulong arguments, IOperation? firstTainted)
    {
        var method = invocation.TargetMethod;
        var inSource = method.DeclaringSyntaxReferences.Length > 0;
        if (inSource)
        {
            var summary = _symbols.Summaries.Of(method);
            for (var i = 0; i < invocation.Arguments.Length; i++)
            {
                if (values[i] != 0 && invocation.Arguments[i].Parameter is { } parameter && summary.StoresParameter(parameter.Ordinal))
                {
                    Escape(invocation.Arguments[i].Value, values[i], $"'{method.Name}' keeps it beyond the call");
                }
            }
        }
        else if (receiverOperation is not null && _types.IsContainer(receiverOperation.Type)
            && !_symbols.IsQuery(method) && !_symbols.IsLinq(method) && !_symbols.IsMaterializing(method))
        {
            ulong kept = 0;
            IOperation? keptAt = null;
            for (var i = isExtension ? 1 : 0; i < invocation.Arguments.Length; i++)
            {
                if (KeptByContainer(invocation.Arguments[i], values[i]) is var value and not 0)
                {
                    kept |= value;
                    keptAt ??= invocation.Arguments[i].Value;
                }
            }

            if (keptAt is not null)
            {
                StoreInto(receiverOperation, kept, keptAt);
            }
        }

        for (var i = isExtension ? 1 : 0; i < invocation.Arguments.Length; i++)
        {
            var argument = invocation.Arguments[i];
            if (argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out)
            {
                var others = receiver;
                for (var j = 0; j < values.Length; j++)
                {
                    others |= j == i ? 0 : values[j];
                }

                if (argument.Parameter.RefKind == RefKind.Out || others != 0)
                {
                    Store(argument.Value, Gate(argument.Value.Type, others), firstTainted ?? argument.Value);
                }

                if (IsOutliving(receiverOperation) && SlotOfVariable(argument.Value is IDeclarationExpressionOperation declaration ? declaration.Expression : argument.Value) is { } outSlot)
                {
                    // dictionary.TryGetValue(key, out var list) on a field: the list lives in the field.
                    _state.Shared[outSlot] = true;
                }
            }
        }
    }

    /// <summary>
    /// What a library collection's method keeps of one argument: an element (a lambda too: <c>_rules.Add(x =&gt; ...)</c>
    /// keeps what it captures); the copies a sequence yields (<c>AddRange(view.Select(v =&gt; v.Detach()))</c>); what a
    /// callback returns when it is one of the collection's elements (<c>GetOrAdd(key, _ =&gt; file.Read&lt;T&gt;(0))</c>).
    /// A callback that computes anything else (a predicate, a comparison, a conversion) is not kept.
    /// </summary>
    private ulong KeptByContainer(IArgumentOperation argument, ulong value)
    {
        if (value == 0 || argument.Parameter is not { RefKind: not RefKind.Out } parameter)
        {
            return 0;
        }

        if (parameter.OriginalDefinition.Type is INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke })
        {
            if (invoke.ReturnType is not ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type })
            {
                return 0;
            }

            return UnwrapDelegate(argument.Value) is IFlowAnonymousFunctionOperation lambda && _facts.Functions.Of(lambda).ReturnsOnlyCopies ? 0 : value;
        }

        return _symbols.EnumeratesNow(parameter) ? FileSet.Materialized(value) : value;
    }

    private ulong Create(IObjectCreationOperation creation)
    {
        ulong value = 0;
        IOperation? firstTainted = null;
        foreach (var argument in creation.Arguments)
        {
            var argumentValue = Evaluate(argument.Value);
            if (argument.Parameter is { } parameter && _symbols.EnumeratesNow(parameter))
            {
                // new List<T>(query): the query runs now; a lazy query of copies gives copies.
                argumentValue = FileSet.Materialized(argumentValue);
            }

            if (argumentValue != 0)
            {
                value |= argumentValue;
                firstTainted ??= argument.Value;
            }

            if (UnwrapDelegate(argument.Value) is { } function and (IFlowAnonymousFunctionOperation or IMethodReferenceOperation))
            {
                ApplyFunction(function, 0);
            }
        }

        value |= Evaluate(creation.Initializer);
        if (firstTainted is not null && SymbolEqualityComparer.Default.Equals(creation.Type, _symbols.Timer))
        {
            // Reported once, at the callback: the timer itself then counts as reported.
            Escape(firstTainted, value, "it is captured by a timer callback that can run after the file is disposed");
            return 0;
        }

        if (creation.Constructor is { } constructor && constructor.DeclaringSyntaxReferences.Length > 0)
        {
            var summary = _symbols.Summaries.Of(constructor);
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter is { } parameter && summary.StoresParameter(parameter.Ordinal))
                {
                    Escape(argument.Value, Evaluate(argument.Value), $"'{constructor.ContainingType.Name}' keeps it beyond the construction");
                }
            }
        }

        return Gate(creation.Type, value);
    }

    private ulong CreateAnonymous(IAnonymousObjectCreationOperation creation)
    {
        ulong value = 0;
        foreach (var initializer in creation.Initializers)
        {
            value |= initializer is ISimpleAssignmentOperation assignment ? Evaluate(assignment.Value) : Evaluate(initializer);
        }

        return Gate(creation.Type, value);
    }

    private void Subscribe(IEventAssignmentOperation subscription)
    {
        var instance = (subscription.EventReference as IEventReferenceOperation)?.Instance;
        Evaluate(instance);
        var handler = Evaluate(subscription.HandlerValue);
        if (!subscription.Adds || handler == 0)
        {
            return;
        }

        if (instance is not null && BodyFacts.Unwrap(instance) is ILocalReferenceOperation or IFlowCaptureReferenceOperation)
        {
            StoreInto(instance, handler, subscription.HandlerValue);
        }
        else
        {
            Escape(subscription.HandlerValue, handler, "it is captured by an event handler that outlives the file");
        }
    }

    // ---- Lambdas and local functions ----

    /// <summary>A lambda's value holds what it captures; creating it may also run its effects later (see <see cref="ApplyFunction"/>).</summary>
    private ulong Lambda(IFlowAnonymousFunctionOperation lambda)
    {
        var function = _facts.Functions.Of(lambda);
        var value = Captured(function);
        if (lambda.Parent is not IArgumentOperation && lambda.Parent?.Parent is not IArgumentOperation)
        {
            ApplyFunction(lambda, 0);
        }

        return value;
    }

    private ulong LocalFunctionReference(IMethodReferenceOperation reference) =>
        _facts.Functions.Of(reference.Method) is { } function ? Captured(function) : 0;

    private ulong Captured(NestedFunctions.Function function)
    {
        ulong value = 0;
        foreach (var symbol in function.Reads)
        {
            if (_facts.FileBitOf(symbol) is { } file)
            {
                value |= FileSet.Bit(file);
            }
            else if (_facts.SlotOf(symbol) is { } slot)
            {
                value |= _state.Holds[slot];
            }
        }

        return value;
    }

    /// <summary>
    /// What a lambda or local function may do whenever it runs: put values into outer locals, store values in fields,
    /// and, for an <c>async void</c> lambda, keep running after the caller moved on. Its parameters receive
    /// <paramref name="given"/> (what the call it is passed to hands it).
    /// </summary>
    private void ApplyFunction(IOperation functionOperation, ulong given)
    {
        var function = functionOperation switch
        {
            IFlowAnonymousFunctionOperation lambda => _facts.Functions.Of(lambda),
            IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } method => _facts.Functions.Of(method.Method),
            _ => null,
        };
        if (function is null)
        {
            return;
        }

        var captured = Captured(function);
        foreach (var write in function.Writes)
        {
            StoreVariable(write.Target!, ValueOf(write, captured | given), write.Value, strong: false);
        }

        foreach (var store in function.FieldStores)
        {
            Escape(store.Value, ValueOf(store, captured | given), "a lambda stores it in a field that outlives the file");
        }

        if (function.Symbol is { IsAsync: true, ReturnsVoid: true } && (captured | given) != 0)
        {
            Escape(functionOperation, captured | given, "an async void lambda keeps running after its first await, when the file can be disposed");
        }
    }

    private ulong ValueOf(StoredValue stored, ulong inner)
    {
        var value = stored.UsesInner ? inner : 0;
        foreach (var symbol in stored.Outer)
        {
            if (_facts.FileBitOf(symbol) is { } file)
            {
                value |= FileSet.Bit(file);
            }
            else if (_facts.SlotOf(symbol) is { } slot)
            {
                value |= _state.Holds[slot];
            }
        }

        return Gate(stored.Value.Type, value);
    }

    /// <summary>Calling a local function reads what it captures, here.</summary>
    private void CallLocalFunction(IInvocationOperation invocation, NestedFunctions.Function function, ulong arguments)
    {
        foreach (var symbol in function.Reads)
        {
            if (_facts.SlotOf(symbol) is { } slot && _facts.FileBitOf(symbol) is null && _state.DisposedDependencies(slot) is var disposed and not 0)
            {
                _observer?.UsedAfterDispose(invocation, symbol, disposed);
            }
        }

        foreach (var write in function.Writes)
        {
            StoreVariable(write.Target!, ValueOf(write, Captured(function) | arguments), write.Value, strong: false);
        }

        foreach (var store in function.FieldStores)
        {
            Escape(store.Value, ValueOf(store, Captured(function) | arguments), "a local function stores it in a field that outlives the file");
        }
    }

    // ---- Leaving the method ----

    private void Return(IOperation returned, ulong value, ControlFlowBranch exit)
    {
        if (_facts.Owner is not { ReturnsByRef: true } and not { ReturnsByRefReadonly: true })
        {
            value = IsObjectVariable(returned) ? value : Gate(returned.Type, value);
        }

        var files = FileSet.Files(value) & _facts.Owned & (_state.Disposed | _facts.FinallyDisposes(exit));
        if (files != 0)
        {
            _observer?.Escapes(returned, files, "it is returned from the method that disposes the file");
        }
    }

    private void Yield(IReturnOperation yield)
    {
        var value = Evaluate(yield.ReturnedValue);
        var files = FileSet.Files(value) & _facts.Owned;
        if (yield.ReturnedValue is { } returned && files != 0)
        {
            _observer?.Escapes(returned, files, "it is yielded from the iterator that disposes the file");
        }
    }

    private void Match(IIsPatternOperation pattern)
    {
        var value = Evaluate(pattern.Value);
        foreach (var part in pattern.Pattern.DescendantsAndSelf())
        {
            var declared = part switch
            {
                IDeclarationPatternOperation declaration => declaration.DeclaredSymbol,
                IRecursivePatternOperation recursive => recursive.DeclaredSymbol,
                _ => null,
            };
            if (declared is ILocalSymbol local)
            {
                StoreVariable(local, Gate(local.Type, value), null, strong: true);
            }
        }
    }

    /// <summary>A value leaves for somewhere that outlives the body: reported if one of its files is disposed on some path from here.</summary>
    private void Escape(IOperation at, ulong value, string reason, bool always = false)
    {
        var files = FileSet.Files(value) & _facts.Owned;
        if (!always)
        {
            files &= _state.Disposed | _facts.ReachableDisposes[_block.Ordinal];
        }

        if (files != 0)
        {
            _observer?.Escapes(at, files, reason);
        }
    }

    // ---- Helpers ----

    private int? SlotOfVariable(IOperation? operation) => BodyFacts.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => _facts.SlotOf(local.Local),
        IFlowCaptureReferenceOperation capture when _facts.CaptureValue(capture.Id) is ILocalReferenceOperation local => _facts.SlotOf(local.Local),
        _ => null,
    };

    private static IOperation? FirstFunction(List<IOperation>? functions) => functions is { Count: > 0 } ? functions[0] : null;

    private static IOperation? UnwrapDelegate(IOperation? operation)
    {
        operation = BodyFacts.Unwrap(operation);
        return operation is IDelegateCreationOperation creation ? BodyFacts.Unwrap(creation.Target) : operation;
    }

    private static bool IsDiscarded(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            operation = parent;
            parent = parent.Parent;
        }

        return parent is null or IExpressionStatementOperation
            || (parent is ISimpleAssignmentOperation { Target: IDiscardOperation } assignment && ReferenceEquals(assignment.Value, operation));
    }
}
