using System.Collections.Generic;
using System.Threading;
using MmapRecords.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// The lifetime analysis of one executable body (a method, accessor, local function or lambda), on its
/// <see cref="ControlFlowGraph"/>. Every <c>MappedFile</c> local or parameter gets a bit; a forward may-dataflow
/// over the basic blocks tracks which locals and flow captures hold values read out of which files, and which files
/// may already be disposed. Reports MMR100 where a value leaves the body while a disposal of its file follows, and
/// MMR101 where a value is read at a point its file may already be disposed.
/// </summary>
/// <remarks>
/// Every walk up a block's regions stops at the graph's <see cref="ControlFlowRegionKind.Root"/> region. The graph of
/// a lambda or local function chains its root into the regions of the enclosing body (a <c>using</c> around the lambda
/// shows up as a try/finally above it), but those regions number the enclosing body's blocks, not this graph's, and
/// their handlers do not run when the lambda does: read as this graph's, they sent the state after a disposal into an
/// unrelated block of the lambda (a loop head) and reported uses inside the <c>using</c>.
/// </remarks>
internal sealed class BodyAnalysis
{
    private const int MaxFiles = 64;
    private const int MaxPasses = 64;
    private const int MaxNesting = 16;

    private readonly ControlFlowGraph _graph;
    private readonly LifetimeSymbols _symbols;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ISymbol, int> _fileBits = new(SymbolEqualityComparer.Default);
    private readonly List<ISymbol> _files = new();
    private readonly Dictionary<CaptureId, ISymbol> _capturedFiles = new();
    private readonly Dictionary<CaptureId, IOperation> _captureValues = new();
    private readonly Dictionary<ControlFlowRegion, ulong> _finallyDisposes = new();
    private readonly Dictionary<ISymbol, HashSet<ISymbol>> _captures = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<(IOperation Value, int File)>> _outerStores = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, ulong> _usedAfterDispose = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<TextSpanKey, Diagnostic> _reports;
    private readonly Location?[] _disposals = new Location?[MaxFiles];
    private readonly SyntaxNode?[] _usingScopes = new SyntaxNode?[MaxFiles];
    private ulong[] _blockDisposes = System.Array.Empty<ulong>();
    private ulong[] _reachableDisposes = System.Array.Empty<ulong>();
    private ulong _owned;
    private ulong _usingOwned;
    private bool _reporting;
    private LifetimeState _state = new();
    private BasicBlock? _block;

    private BodyAnalysis(ControlFlowGraph graph, LifetimeSymbols symbols, Dictionary<TextSpanKey, Diagnostic> reports, CancellationToken cancellationToken)
    {
        _graph = graph;
        _symbols = symbols;
        _reports = reports;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Analyzes <paramref name="graph"/> and the graphs of the lambdas and local functions inside it; returns the diagnostics.</summary>
    public static IEnumerable<Diagnostic> Run(ControlFlowGraph graph, LifetimeSymbols symbols, CancellationToken cancellationToken)
    {
        var reports = new Dictionary<TextSpanKey, Diagnostic>();
        RunNested(graph, symbols, reports, 0, cancellationToken);
        return reports.Values;
    }

    private static void RunNested(ControlFlowGraph graph, LifetimeSymbols symbols, Dictionary<TextSpanKey, Diagnostic> reports, int depth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        new BodyAnalysis(graph, symbols, reports, cancellationToken).Analyze();
        if (depth >= MaxNesting)
        {
            return;
        }

        foreach (var block in graph.Blocks)
        {
            foreach (var operation in RootsOf(block))
            {
                foreach (var descendant in operation.DescendantsAndSelf())
                {
                    if (descendant is IFlowAnonymousFunctionOperation lambda)
                    {
                        RunNested(graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken), symbols, reports, depth + 1, cancellationToken);
                    }
                }
            }
        }

        foreach (var localFunction in graph.LocalFunctions)
        {
            RunNested(graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken), symbols, reports, depth + 1, cancellationToken);
        }
    }

    private static IEnumerable<IOperation> RootsOf(BasicBlock block)
    {
        foreach (var operation in block.Operations)
        {
            yield return operation;
        }

        if (block.BranchValue is { } branch)
        {
            yield return branch;
        }
    }

    private void Analyze()
    {
        FindFiles();
        if (_owned == 0)
        {
            return;
        }

        ComputeReachableDisposes();
        var blocks = _graph.Blocks;
        var inStates = new LifetimeState?[blocks.Length];
        inStates[0] = new LifetimeState();
        var changed = true;
        for (var pass = 0; changed && pass < MaxPasses; pass++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            changed = false;
            for (var i = 0; i < blocks.Length; i++)
            {
                if (inStates[i] is { } input)
                {
                    var output = Transfer(blocks[i], input.Clone());
                    changed |= Propagate(blocks[i], input, output, inStates);
                }
            }
        }

        _reporting = true;
        for (var i = 0; i < blocks.Length; i++)
        {
            if (inStates[i] is { } input)
            {
                Transfer(blocks[i], input.Clone());
            }
        }

        foreach (var pair in _outerStores)
        {
            _usedAfterDispose.TryGetValue(pair.Key, out var used);
            foreach (var (value, file) in pair.Value)
            {
                if ((used & (1UL << file)) != 0)
                {
                    Report100(value, 1UL << file, $"it is stored in '{pair.Key.Name}', which is used after '{_files[file].Name}' is disposed");
                }
            }
        }
    }

    // ---- Files, disposals and where they happen ----

    private void FindFiles()
    {
        var blocks = _graph.Blocks;
        _blockDisposes = new ulong[blocks.Length];
        foreach (var block in blocks)
        {
            foreach (var root in RootsOf(block))
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    switch (operation)
                    {
                        case ILocalReferenceOperation local when _symbols.IsMappedFile(local.Local.Type):
                            FileBit(local.Local);
                            break;
                        case IParameterReferenceOperation parameter when _symbols.IsMappedFile(parameter.Parameter.Type):
                            FileBit(parameter.Parameter);
                            break;
                        case IFlowCaptureOperation capture when FileOf(capture.Value) is { } captured:
                            _capturedFiles[capture.Id] = captured;
                            break;
                    }
                }
            }
        }

        foreach (var block in blocks)
        {
            var inCatch = IsInHandler(block);
            foreach (var root in RootsOf(block))
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation invocation && DisposedFile(invocation) is { } file && _fileBits.TryGetValue(file, out var bit))
                    {
                        _owned |= 1UL << bit;
                        if (!inCatch)
                        {
                            _blockDisposes[block.Ordinal] |= 1UL << bit;
                        }

                        _disposals[bit] ??= DisposalLocation(file, invocation);
                    }
                }
            }

            for (var region = block.EnclosingRegion; region is { Kind: not ControlFlowRegionKind.Root }; region = region.EnclosingRegion)
            {
                if (region.Kind == ControlFlowRegionKind.Finally)
                {
                    _finallyDisposes.TryGetValue(region, out var bits);
                    _finallyDisposes[region] = bits | _blockDisposes[block.Ordinal];
                }
            }
        }
    }

    private int FileBit(ISymbol symbol)
    {
        if (_fileBits.TryGetValue(symbol, out var bit))
        {
            return bit;
        }

        if (_files.Count >= MaxFiles)
        {
            return -1;
        }

        bit = _files.Count;
        _files.Add(symbol);
        _fileBits[symbol] = bit;
        return bit;
    }

    private ISymbol? FileOf(IOperation? operation)
    {
        switch (Unwrap(operation))
        {
            case ILocalReferenceOperation local when _symbols.IsMappedFile(local.Local.Type):
                return local.Local;
            case IParameterReferenceOperation parameter when _symbols.IsMappedFile(parameter.Parameter.Type):
                return parameter.Parameter;
            case IFlowCaptureReferenceOperation capture when _capturedFiles.TryGetValue(capture.Id, out var file):
                return file;
            default:
                return null;
        }
    }

    private ISymbol? DisposedFile(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "Dispose", Parameters.Length: 0 } && invocation.Instance is { } instance
            ? FileOf(instance)
            : null;

    /// <summary>The <c>using</c> that disposes <paramref name="file"/>, or the explicit <c>Dispose()</c> call.</summary>
    private Location DisposalLocation(ISymbol file, IInvocationOperation invocation)
    {
        var bit = _fileBits[file];
        if (file.DeclaringSyntaxReferences.Length > 0 && file.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: { } owner } })
        {
            switch (owner)
            {
                case UsingStatementSyntax statement when invocation.IsImplicit:
                    _usingScopes[bit] = statement;
                    _usingOwned |= 1UL << bit;
                    return Location.Create(statement.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(statement.UsingKeyword.SpanStart, statement.CloseParenToken.Span.End));
                case LocalDeclarationStatementSyntax declaration when invocation.IsImplicit && declaration.UsingKeyword.IsKind(SyntaxKind.UsingKeyword) && declaration.Parent is { } scope:
                    _usingScopes[bit] = scope;
                    _usingOwned |= 1UL << bit;
                    return declaration.GetLocation();
            }
        }

        return invocation.Syntax.GetLocation();
    }

    private static bool IsInHandler(BasicBlock block)
    {
        for (var region = block.EnclosingRegion; region is { Kind: not ControlFlowRegionKind.Root }; region = region.EnclosingRegion)
        {
            if (region.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.FilterAndHandler)
            {
                return true;
            }
        }

        return false;
    }

    private ulong FinallyDisposes(ControlFlowBranch branch)
    {
        ulong bits = 0;
        foreach (var region in branch.FinallyRegions)
        {
            if (_finallyDisposes.TryGetValue(region, out var disposes))
            {
                bits |= disposes;
            }
        }

        return bits;
    }

    /// <summary>For each block, the files disposed on some normal path from it (catch handlers don't count).</summary>
    private void ComputeReachableDisposes()
    {
        var blocks = _graph.Blocks;
        _reachableDisposes = (ulong[])_blockDisposes.Clone();
        var changed = true;
        for (var pass = 0; changed && pass < MaxPasses; pass++)
        {
            changed = false;
            for (var i = blocks.Length - 1; i >= 0; i--)
            {
                var bits = _reachableDisposes[i];
                foreach (var branch in Branches(blocks[i]))
                {
                    bits |= FinallyDisposes(branch);
                    if (branch.Destination is { } destination)
                    {
                        bits |= _reachableDisposes[destination.Ordinal];
                    }
                }

                // A try block's finally runs after it, whichever way it leaves.
                for (var region = blocks[i].EnclosingRegion; region is { Kind: not ControlFlowRegionKind.Root }; region = region.EnclosingRegion)
                {
                    if (region.Kind == ControlFlowRegionKind.Try && region.EnclosingRegion is { Kind: ControlFlowRegionKind.TryAndFinally } parent)
                    {
                        foreach (var nested in parent.NestedRegions)
                        {
                            if (nested.Kind == ControlFlowRegionKind.Finally && _finallyDisposes.TryGetValue(nested, out var disposes))
                            {
                                bits |= disposes;
                            }
                        }
                    }
                }

                if (bits != _reachableDisposes[i])
                {
                    _reachableDisposes[i] = bits;
                    changed = true;
                }
            }
        }
    }

    private static IEnumerable<ControlFlowBranch> Branches(BasicBlock block)
    {
        if (block.FallThroughSuccessor is { } fallThrough)
        {
            yield return fallThrough;
        }

        if (block.ConditionalSuccessor is { } conditional)
        {
            yield return conditional;
        }
    }

    // ---- The dataflow ----

    private bool Propagate(BasicBlock block, LifetimeState input, LifetimeState output, LifetimeState?[] inStates)
    {
        var changed = false;
        foreach (var branch in Branches(block))
        {
            if (branch.Destination is not { } destination)
            {
                continue;
            }

            var state = output;
            var finallyDisposes = FinallyDisposes(branch);
            if (finallyDisposes != 0)
            {
                state = output.Clone();
                state.Disposed |= finallyDisposes;
            }

            changed |= Merge(inStates, destination.Ordinal, state);
        }

        // Handlers (catch, finally) are entered from anywhere inside their try region.
        for (var region = block.EnclosingRegion; region is { Kind: not ControlFlowRegionKind.Root }; region = region.EnclosingRegion)
        {
            if (region.Kind == ControlFlowRegionKind.Try && region.EnclosingRegion is { } parent)
            {
                foreach (var handler in parent.NestedRegions)
                {
                    if (!ReferenceEquals(handler, region))
                    {
                        changed |= Merge(inStates, handler.FirstBlockOrdinal, input);
                        changed |= Merge(inStates, handler.FirstBlockOrdinal, output);
                    }
                }
            }
        }

        return changed;
    }

    private static bool Merge(LifetimeState?[] inStates, int ordinal, LifetimeState state)
    {
        if ((uint)ordinal >= (uint)inStates.Length)
        {
            return false;
        }

        if (inStates[ordinal] is { } existing)
        {
            return existing.JoinWith(state);
        }

        inStates[ordinal] = state.Clone();
        return true;
    }

    private LifetimeState Transfer(BasicBlock block, LifetimeState state)
    {
        _state = state;
        _block = block;
        foreach (var operation in block.Operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Visit(operation);
        }

        if (block.BranchValue is { } branchValue)
        {
            var taint = Visit(branchValue);
            if (block.FallThroughSuccessor is { Semantics: ControlFlowBranchSemantics.Return } exit)
            {
                var bits = taint & _owned & (_state.Disposed | FinallyDisposes(exit));
                if (bits != 0)
                {
                    Report100(branchValue, bits, "it is returned from the method that disposes the file");
                }
            }
        }

        return state;
    }

    private ulong Visit(IOperation? operation)
    {
        switch (operation)
        {
            case null:
                return 0;
            case ILocalReferenceOperation local:
                return Read(local, local.Local);
            case IParameterReferenceOperation parameter:
                return Read(parameter, parameter.Parameter);
            case IFlowCaptureReferenceOperation capture:
                return _state.Get(capture.Id);
            case IFlowCaptureOperation capture:
                _state.Taint[capture.Id] = Visit(capture.Value);
                _captureValues[capture.Id] = capture.Value;
                return 0;
            case ISimpleAssignmentOperation assignment:
            {
                var value = Visit(assignment.Value);
                Store(assignment.Target, value, assignment.Value);
                return value;
            }

            case IDeconstructionAssignmentOperation deconstruction:
            {
                var value = Visit(deconstruction.Value);
                Store(deconstruction.Target, value, deconstruction.Value);
                return value;
            }

            case IEventAssignmentOperation eventAssignment:
            {
                var instance = (eventAssignment.EventReference as IEventReferenceOperation)?.Instance;
                Visit(instance);
                var handler = Visit(eventAssignment.HandlerValue);
                if (eventAssignment.Adds && handler != 0 && !IsLocalValue(instance))
                {
                    Escape(eventAssignment.HandlerValue, handler, "it is captured by an event handler that outlives the file");
                }

                return 0;
            }

            case IInvocationOperation invocation:
                return VisitInvocation(invocation);
            case IObjectCreationOperation creation:
                return VisitCreation(creation);
            case IReturnOperation { Kind: OperationKind.YieldReturn } yield:
            {
                var value = Visit(yield.ReturnedValue);
                if (yield.ReturnedValue is { } returned && (value & _owned) != 0)
                {
                    Report100(returned, value & _owned, "it is yielded from the iterator that disposes the file");
                }

                return 0;
            }

            case IFlowAnonymousFunctionOperation lambda:
                return CapturedTaint(lambda.Symbol, () => _graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellationToken).OriginalOperation);
            case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } method:
                return CapturedTaint(method.Method, () => LocalFunctionBody(method.Method));
            case IIsPatternOperation isPattern:
            {
                var value = Visit(isPattern.Value);
                foreach (var part in isPattern.Pattern.DescendantsAndSelf())
                {
                    var declared = part switch
                    {
                        IDeclarationPatternOperation declaration => declaration.DeclaredSymbol,
                        IRecursivePatternOperation recursive => recursive.DeclaredSymbol,
                        _ => null,
                    };
                    if (declared is ILocalSymbol declaredLocal)
                    {
                        StoreLocal(declaredLocal, _symbols.CanCarry(declaredLocal.Type) ? value : 0, null, strong: true);
                    }
                }

                return 0;
            }

            default:
            {
                ulong taint = 0;
                foreach (var child in operation.ChildOperations)
                {
                    taint |= Visit(child);
                }

                return _symbols.CanCarry(operation.Type) ? taint : 0;
            }
        }
    }

    private ulong Read(IOperation reference, ISymbol symbol)
    {
        var bits = _state.Get(symbol);
        var fileBit = _fileBits.TryGetValue(symbol, out var bit) ? 1UL << bit : 0;
        if (_reporting && !reference.IsImplicit)
        {
            if (fileBit == 0 && (bits & _state.Disposed) is var used and not 0)
            {
                _usedAfterDispose.TryGetValue(symbol, out var before);
                _usedAfterDispose[symbol] = before | used;
            }
        }

        if (reference.IsImplicit)
        {
            return bits | fileBit;
        }

        // A read at a point where the file may be disposed is reported once, here; what is computed from the
        // value no longer counts as the file's, so one mistake gives one report.
        if (fileBit != 0)
        {
            if ((_state.Disposed & fileBit) != 0
                && reference.Parent is IInvocationOperation { TargetMethod.Name: "View" or "Read" or "Flush" } invocation
                && ReferenceEquals(invocation.Instance, reference))
            {
                if (_reporting)
                {
                    Report101(reference, fileBit);
                }

                return bits;
            }
        }
        else if ((bits & _state.Disposed) is var hit and not 0 && !IsHarmless(reference, symbol))
        {
            if (_reporting)
            {
                Report101(reference, hit);
            }

            return bits & ~hit;
        }

        return bits | fileBit;
    }

    /// <summary><c>list.Count</c> or <c>array.Length</c> of a collection of records reads no record.</summary>
    private bool IsHarmless(IOperation reference, ISymbol symbol)
    {
        var type = symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };
        return !_symbols.IsRecord(type) && !_symbols.IsView(type)
            && reference.Parent is IPropertyReferenceOperation property
            && ReferenceEquals(property.Instance, reference)
            && !_symbols.CanCarry(property.Type);
    }

    private ulong VisitInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var isExtension = method.IsExtensionMethod && invocation.Instance is null && invocation.Arguments.Length > 0;
        IOperation? receiverOperation = isExtension ? invocation.Arguments[0].Value : invocation.Instance;
        var receiver = Visit(invocation.Instance);
        ulong arguments = 0;
        IOperation? firstTainted = null;
        for (var i = 0; i < invocation.Arguments.Length; i++)
        {
            var value = invocation.Arguments[i].Value;
            var taint = Visit(value);
            if (isExtension && i == 0)
            {
                receiver |= taint;
                continue;
            }

            if (taint != 0)
            {
                arguments |= taint;
                firstTainted ??= value;
            }
        }

        if (DisposedFile(invocation) is { } file && _fileBits.TryGetValue(file, out var bit))
        {
            _state.Disposed |= 1UL << bit;
            return 0;
        }

        if (method is { Name: "Detach", Parameters.Length: 0 } && _symbols.IsRecord(method.ContainingType))
        {
            return 0;
        }

        if (firstTainted is not null)
        {
            if (IsBackgroundWork(invocation) && (IsDiscarded(invocation) || method.Name is "QueueUserWorkItem" or "UnsafeQueueUserWorkItem"))
            {
                Escape(firstTainted, arguments, "it is captured by work that can run after the file is disposed");
            }
            else if (receiverOperation is not null && IsAddLike(method.Name) && _symbols.CanCarry(receiverOperation.Type))
            {
                StoreInto(receiverOperation, arguments, firstTainted);
            }
        }

        if (method is { Name: "Start", Parameters.Length: 0 } && SymbolEqualityComparer.Default.Equals(method.ContainingType, _symbols.Thread)
            && Unwrap(invocation.Instance) is IObjectCreationOperation threadCreation && receiver != 0)
        {
            var start = threadCreation.Arguments.Length > 0 ? threadCreation.Arguments[0].Value : threadCreation;
            Escape(start, receiver, "it is captured by a thread that can run after the file is disposed");
        }

        if (!_symbols.CanCarry(invocation.Type))
        {
            return 0;
        }

        if (receiver != 0 && method.Name is "Select" or "ConvertAll" && SelectorCopies(invocation))
        {
            return arguments;
        }

        return receiver | arguments;
    }

    private ulong VisitCreation(IObjectCreationOperation creation)
    {
        ulong taint = 0;
        IOperation? firstTainted = null;
        foreach (var argument in creation.Arguments)
        {
            var value = Visit(argument.Value);
            if (value != 0)
            {
                taint |= value;
                firstTainted ??= argument.Value;
            }
        }

        taint |= Visit(creation.Initializer);
        if (firstTainted is not null && SymbolEqualityComparer.Default.Equals(creation.Type, _symbols.Timer))
        {
            Escape(firstTainted, taint, "it is captured by a timer callback that can run after the file is disposed");
        }

        return _symbols.CanCarry(creation.Type) ? taint : 0;
    }

    private bool IsBackgroundWork(IInvocationOperation invocation)
    {
        var type = invocation.TargetMethod.ContainingType;
        return invocation.TargetMethod.Name switch
        {
            "Run" => SymbolEqualityComparer.Default.Equals(type, _symbols.Task),
            "StartNew" => SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, _symbols.TaskFactory) || type?.Name == "TaskFactory",
            "QueueUserWorkItem" or "UnsafeQueueUserWorkItem" => SymbolEqualityComparer.Default.Equals(type, _symbols.ThreadPool),
            _ => false,
        };
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

    private static bool IsAddLike(string name) =>
        name.StartsWith("Add", System.StringComparison.Ordinal)
        || name.StartsWith("Insert", System.StringComparison.Ordinal)
        || name.StartsWith("TryAdd", System.StringComparison.Ordinal)
        || name is "Push" or "Enqueue" or "Set" or "SetValue" or "GetOrAdd" or "Append" or "Prepend" or "Include";

    /// <summary>Whether the selector of a <c>Select</c> returns only copies (<c>Detach()</c>, scalars).</summary>
    private bool SelectorCopies(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (UnwrapDelegate(argument.Value) is IFlowAnonymousFunctionOperation lambda)
            {
                var body = _graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellationToken).OriginalOperation;
                var returns = 0;
                foreach (var operation in body.Descendants())
                {
                    if (operation is IReturnOperation { ReturnedValue: { } value })
                    {
                        returns++;
                        if (Unwrap(value) is not IInvocationOperation { TargetMethod: { Name: "Detach", Parameters.Length: 0 } detach } || !_symbols.IsRecord(detach.ContainingType))
                        {
                            if (_symbols.CanCarry(Unwrap(value)?.Type))
                            {
                                return false;
                            }
                        }
                    }
                }

                return returns > 0;
            }
        }

        return false;
    }

    private IOperation? LocalFunctionBody(IMethodSymbol localFunction)
    {
        foreach (var declared in _graph.LocalFunctions)
        {
            if (SymbolEqualityComparer.Default.Equals(declared, localFunction))
            {
                return _graph.GetLocalFunctionControlFlowGraph(declared, _cancellationToken).OriginalOperation;
            }
        }

        return null;
    }

    /// <summary>The files a lambda or local function can read through the locals it captures.</summary>
    private ulong CapturedTaint(ISymbol function, System.Func<IOperation?> body)
    {
        if (!_captures.TryGetValue(function, out var captured))
        {
            captured = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            if (body() is { } root)
            {
                foreach (var operation in root.Descendants())
                {
                    switch (operation)
                    {
                        case ILocalReferenceOperation local:
                            captured.Add(local.Local);
                            break;
                        case IParameterReferenceOperation parameter:
                            captured.Add(parameter.Parameter);
                            break;
                    }
                }
            }

            _captures[function] = captured;
        }

        ulong taint = 0;
        foreach (var symbol in captured)
        {
            taint |= _state.Get(symbol);
            if (_fileBits.TryGetValue(symbol, out var bit))
            {
                taint |= 1UL << bit;
            }
        }

        return taint;
    }

    // ---- Stores ----

    private void Store(IOperation target, ulong value, IOperation valueOperation)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                StoreLocal(local.Local, value, valueOperation, strong: true);
                break;
            case IParameterReferenceOperation parameter when parameter.Parameter.RefKind is RefKind.Out or RefKind.Ref:
                Escape(valueOperation, value, $"it is assigned to the {(parameter.Parameter.RefKind == RefKind.Out ? "out" : "ref")} parameter '{parameter.Parameter.Name}'");
                break;
            case IParameterReferenceOperation parameter:
                StoreLocal(parameter.Parameter, value, valueOperation, strong: true);
                break;
            case IFlowCaptureReferenceOperation capture
                when _captureValues.TryGetValue(capture.Id, out var captured)
                    && captured is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IArrayElementReferenceOperation:
                // The target was captured before the value was computed (a conditional value): store into the target.
                Store(captured, value, valueOperation);
                break;
            case IFlowCaptureReferenceOperation capture:
                _state.Taint[capture.Id] = _state.Get(capture.Id) | value;
                break;
            case IFieldReferenceOperation field:
                Visit(field.Instance);
                if (field.Instance is null || !IsLocalValue(field.Instance) || field.Instance.Type?.IsReferenceType == true)
                {
                    Escape(valueOperation, value, field.Field.IsStatic
                        ? $"it is stored in the static field '{field.Field.Name}'"
                        : $"it is stored in the field '{field.Field.Name}'");
                }
                else
                {
                    StoreInto(field.Instance, value, valueOperation);
                }

                break;
            case IPropertyReferenceOperation property:
                Visit(property.Instance);
                foreach (var argument in property.Arguments)
                {
                    Visit(argument.Value);
                }

                if (property.Instance is null)
                {
                    Escape(valueOperation, value, $"it is stored in the static property '{property.Property.Name}'");
                }
                else if (property.Property.IsIndexer)
                {
                    StoreInto(property.Instance, value, valueOperation);
                }
                else if (IsLocalValue(property.Instance) && property.Instance.Type?.IsReferenceType != true)
                {
                    StoreInto(property.Instance, value, valueOperation);
                }
                else if (Unwrap(property.Instance) is IFlowCaptureReferenceOperation or ILocalReferenceOperation)
                {
                    // An object initializer or a local object: the object holds the value now.
                    StoreInto(property.Instance, value, valueOperation);
                }
                else
                {
                    Escape(valueOperation, value, $"it is stored in the property '{property.Property.Name}'");
                }

                break;
            case IArrayElementReferenceOperation element:
                Visit(element.ArrayReference);
                foreach (var index in element.Indices)
                {
                    Visit(index);
                }

                StoreInto(element.ArrayReference, value, valueOperation);
                break;
            case ITupleOperation tuple:
                foreach (var part in tuple.Elements)
                {
                    Store(part, _symbols.CanCarry(part.Type) ? value : 0, valueOperation);
                }

                break;
            case IDeclarationExpressionOperation declaration:
                Store(declaration.Expression, value, valueOperation);
                break;
            case IDiscardOperation:
                break;
            default:
                Visit(target);
                break;
        }
    }

    /// <summary>A value is put inside the object <paramref name="container"/> refers to (a collection, an array, a struct).</summary>
    private void StoreInto(IOperation container, ulong value, IOperation valueOperation)
    {
        switch (Unwrap(container))
        {
            case ILocalReferenceOperation local:
                StoreLocal(local.Local, value, valueOperation, strong: false);
                break;
            case IParameterReferenceOperation parameter when parameter.Parameter.RefKind == RefKind.None && parameter.Parameter.Type?.IsValueType == true:
                StoreLocal(parameter.Parameter, value, valueOperation, strong: false);
                break;
            case IFlowCaptureReferenceOperation capture:
                _state.Taint[capture.Id] = _state.Get(capture.Id) | value;
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
                Escape(valueOperation, value, "it is stored in a collection that outlives the file");
                break;
        }
    }

    private void StoreLocal(ISymbol symbol, ulong value, IOperation? valueOperation, bool strong)
    {
        if (_fileBits.TryGetValue(symbol, out var bit))
        {
            if (strong)
            {
                // A new file in the variable: not disposed yet.
                _state.Disposed &= ~(1UL << bit);
            }

            return;
        }

        _state.Taint[symbol] = strong ? value : _state.Get(symbol) | value;
        if (_reporting && valueOperation is not null && (value & _usingOwned) is var scoped and not 0)
        {
            for (var file = 0; file < _files.Count; file++)
            {
                if ((scoped & (1UL << file)) != 0 && IsOutside(symbol, _usingScopes[file]))
                {
                    if (!_outerStores.TryGetValue(symbol, out var stores))
                    {
                        _outerStores[symbol] = stores = new List<(IOperation, int)>();
                    }

                    stores.Add((valueOperation, file));
                }
            }
        }
    }

    private static bool IsOutside(ISymbol symbol, SyntaxNode? scope)
    {
        if (scope is null)
        {
            return false;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == scope.SyntaxTree && scope.Span.Contains(reference.Span))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLocalValue(IOperation? operation) =>
        Unwrap(operation) is ILocalReferenceOperation or IFlowCaptureReferenceOperation or IParameterReferenceOperation { Parameter.RefKind: RefKind.None };

    private static IOperation? UnwrapDelegate(IOperation? operation)
    {
        operation = Unwrap(operation);
        return operation is IDelegateCreationOperation creation ? Unwrap(creation.Target) : operation;
    }

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    // ---- Reports ----

    private void Escape(IOperation valueOperation, ulong value, string reason)
    {
        if (!_reporting || _block is null)
        {
            return;
        }

        var bits = value & _owned & (_state.Disposed | _reachableDisposes[_block.Ordinal]);
        if (bits != 0)
        {
            Report100(valueOperation, bits, reason);
        }
    }

    private void Report100(IOperation at, ulong bits, string reason)
    {
        if (!_reporting)
        {
            return;
        }

        var file = LowestBit(bits);
        var location = at.Syntax.GetLocation();
        _reports[new TextSpanKey(location)] = Diagnostic.Create(
            Descriptors.RecordOutlivesFile,
            location,
            AdditionalLocations(file),
            Describe(at),
            _files[file].Name,
            reason);
    }

    private void Report101(IOperation at, ulong bits)
    {
        var location = at.Syntax.GetLocation();
        var key = new TextSpanKey(location);
        if (_reports.ContainsKey(key))
        {
            return;
        }

        var file = LowestBit(bits);
        _reports[key] = Diagnostic.Create(
            Descriptors.RecordUsedAfterDispose,
            location,
            AdditionalLocations(file),
            Describe(at),
            _files[file].Name);
    }

    private Location[]? AdditionalLocations(int file) =>
        _disposals[file] is { } disposal ? new[] { disposal } : null;

    private string Describe(IOperation operation)
    {
        var value = Unwrap(operation);
        return value switch
        {
            ILocalReferenceOperation local => $"'{local.Local.Name}'",
            IParameterReferenceOperation parameter => $"'{parameter.Parameter.Name}'",
            _ when _symbols.IsRecord(value?.Type) => $"This {value!.Type!.Name} record",
            _ when _symbols.IsView(value?.Type) => "This view",
            IFlowAnonymousFunctionOperation or IDelegateCreationOperation => "This lambda (it captures records)",
            _ when value?.Type?.TypeKind == TypeKind.Delegate => "This delegate (it captures records)",
            _ => "This value (it holds records)",
        };
    }

    private static int LowestBit(ulong bits)
    {
        var bit = 0;
        while (bit < MaxFiles - 1 && (bits & (1UL << bit)) == 0)
        {
            bit++;
        }

        return bit;
    }
}

/// <summary>A report's position, so that each expression gets at most one lifetime diagnostic.</summary>
internal readonly struct TextSpanKey : System.IEquatable<TextSpanKey>
{
    private readonly SyntaxTree? _tree;
    private readonly Microsoft.CodeAnalysis.Text.TextSpan _span;

    public TextSpanKey(Location location)
    {
        _tree = location.SourceTree;
        _span = location.SourceSpan;
    }

    public bool Equals(TextSpanKey other) => ReferenceEquals(_tree, other._tree) && _span.Equals(other._span);

    public override bool Equals(object? obj) => obj is TextSpanKey other && Equals(other);

    public override int GetHashCode() => _span.GetHashCode();
}
