using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// What one body's control-flow graph contains, found in one scan before the dataflow runs: its tracked files (one
/// bit each), its slots (locals, parameters and flow captures, one index each), where each file is disposed (a
/// <c>using</c> or a <c>Dispose()</c> call, and which <c>finally</c> regions dispose it), and for every block the files
/// disposed on some normal path from it. Nothing here changes once built.
/// </summary>
/// <remarks>
/// Every walk up a block's regions stops at the graph's <see cref="ControlFlowRegionKind.Root"/> region: the graph of a
/// lambda or local function chains its root into the regions of the enclosing body, whose blocks are not this graph's.
/// </remarks>
internal sealed class BodyFacts
{
    private readonly Dictionary<ISymbol, int> _slots = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<CaptureId, int> _captureSlots = new();
    private readonly Dictionary<ISymbol, int> _fileBits = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<CaptureId, int> _capturedFiles = new();
    private readonly Dictionary<CaptureId, IOperation> _captureValues = new();
    private readonly Dictionary<ControlFlowRegion, ulong> _finallyDisposes = new();
    private readonly CancellationToken _cancellationToken;

    public BodyFacts(ControlFlowGraph graph, IMethodSymbol? owner, LifetimeSymbols symbols, CancellationToken cancellationToken)
    {
        Graph = graph;
        Owner = owner;
        Symbols = symbols;
        _cancellationToken = cancellationToken;
        Functions = new NestedFunctions(graph, symbols, cancellationToken);
        BlockDisposes = new ulong[graph.Blocks.Length];
        FindSlotsAndFiles();
        if (Files.Count > 0)
        {
            FindDisposals();
            ReachableDisposes = ComputeReachableDisposes();
        }
        else
        {
            ReachableDisposes = BlockDisposes;
        }
    }

    public ControlFlowGraph Graph { get; }

    /// <summary>The method, lambda or local function whose body this is.</summary>
    public IMethodSymbol? Owner { get; }

    public LifetimeSymbols Symbols { get; }

    public NestedFunctions Functions { get; }

    /// <summary>The tracked <c>MappedFile</c> locals and parameters, by bit.</summary>
    public List<ISymbol> Files { get; } = new();

    public int SlotCount => _slots.Count + _captureSlots.Count;

    /// <summary>The files this body disposes (in a <c>catch</c> too).</summary>
    public ulong Owned { get; private set; }

    /// <summary>The files disposed by a <c>using</c> (their scope is <see cref="UsingScopes"/>).</summary>
    public ulong UsingOwned { get; private set; }

    public SyntaxNode?[] UsingScopes { get; } = new SyntaxNode?[FileSet.MaxFiles];

    /// <summary>The <c>using</c> or <c>Dispose()</c> call that disposes each file: the reports' additional location.</summary>
    public Location?[] Disposals { get; } = new Location?[FileSet.MaxFiles];

    /// <summary>Per block, the files its own operations dispose (not in a handler).</summary>
    public ulong[] BlockDisposes { get; }

    /// <summary>Per block, the files disposed on some normal path from its start (catch handlers don't count).</summary>
    public ulong[] ReachableDisposes { get; }

    public int? SlotOf(ISymbol symbol) => _slots.TryGetValue(symbol, out var slot) ? slot : null;

    public int? SlotOf(CaptureId capture) => _captureSlots.TryGetValue(capture, out var slot) ? slot : null;

    /// <summary>What a flow capture was taken of (a conditional assignment's target is captured before its value).</summary>
    public IOperation? CaptureValue(CaptureId capture) => _captureValues.TryGetValue(capture, out var value) ? value : null;

    public int? FileBitOf(ISymbol symbol) => _fileBits.TryGetValue(symbol, out var bit) ? bit : null;

    /// <summary>The tracked file <paramref name="operation"/> refers to (a local, a parameter or a capture of one).</summary>
    public int? FileOf(IOperation? operation)
    {
        switch (Unwrap(operation))
        {
            case ILocalReferenceOperation local:
                return FileBitOf(local.Local);
            case IParameterReferenceOperation parameter:
                return FileBitOf(parameter.Parameter);
            case IFlowCaptureReferenceOperation capture when _capturedFiles.TryGetValue(capture.Id, out var bit):
                return bit;
            default:
                return null;
        }
    }

    /// <summary>The file a call disposes: <c>file.Dispose()</c>, or a method of this compilation that disposes its argument.</summary>
    public int? DisposedBy(IInvocationOperation invocation)
    {
        if (Symbols.IsDispose(invocation.TargetMethod))
        {
            return FileOf(invocation.Instance);
        }

        if (invocation.TargetMethod.MethodKind == MethodKind.LocalFunction && Functions.Of(invocation.TargetMethod) is { Disposes.Count: > 0 } local)
        {
            foreach (var file in local.Disposes)
            {
                if (FileBitOf(file) is { } bit)
                {
                    return bit;
                }
            }
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && FileOf(argument.Value) is { } file
                && Symbols.Summaries.Of(invocation.TargetMethod).DisposesParameter(parameter.Ordinal))
            {
                return file;
            }
        }

        return null;
    }

    public ulong FinallyDisposes(ControlFlowBranch branch)
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

    public static IEnumerable<IOperation> RootsOf(BasicBlock block)
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

    public static IEnumerable<ControlFlowBranch> Branches(BasicBlock block)
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

    public static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private void FindSlotsAndFiles()
    {
        foreach (var block in Graph.Blocks)
        {
            foreach (var root in RootsOf(block))
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    switch (operation)
                    {
                        case ILocalReferenceOperation local:
                            AddSymbol(local.Local, local.Local.Type);
                            break;
                        case IParameterReferenceOperation parameter:
                            AddSymbol(parameter.Parameter, parameter.Parameter.Type);
                            break;
                        case IFlowCaptureOperation capture:
                            AddCapture(capture.Id);
                            _captureValues[capture.Id] = capture.Value;
                            if (Unwrap(capture.Value) is IParameterReferenceOperation captured)
                            {
                                // Its first reference may be this capture (using (file) on a parameter).
                                AddSymbol(captured.Parameter, captured.Parameter.Type);
                            }

                            if (FileOf(capture.Value) is { } file)
                            {
                                _capturedFiles[capture.Id] = file;
                            }

                            break;
                        case IFlowCaptureReferenceOperation reference:
                            AddCapture(reference.Id);
                            break;
                        case IDeclarationPatternOperation { DeclaredSymbol: { } declared }:
                            AddSymbol(declared, (declared as ILocalSymbol)?.Type);
                            break;
                        case IRecursivePatternOperation { DeclaredSymbol: { } declared }:
                            AddSymbol(declared, (declared as ILocalSymbol)?.Type);
                            break;
                    }
                }
            }
        }
    }

    private void AddSymbol(ISymbol symbol, ITypeSymbol? type)
    {
        if (!_slots.ContainsKey(symbol))
        {
            _slots[symbol] = _slots.Count + _captureSlots.Count;
        }

        if (Symbols.IsMappedFile(type) && !_fileBits.ContainsKey(symbol) && Files.Count < FileSet.MaxFiles)
        {
            _fileBits[symbol] = Files.Count;
            Files.Add(symbol);
        }
    }

    private void AddCapture(CaptureId id)
    {
        if (!_captureSlots.ContainsKey(id))
        {
            _captureSlots[id] = _slots.Count + _captureSlots.Count;
        }
    }

    private void FindDisposals()
    {
        foreach (var block in Graph.Blocks)
        {
            var inHandler = IsInHandler(block);
            foreach (var root in RootsOf(block))
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation invocation && DisposedBy(invocation) is { } file)
                    {
                        Owned |= FileSet.Bit(file);
                        if (!inHandler)
                        {
                            BlockDisposes[block.Ordinal] |= FileSet.Bit(file);
                        }

                        Disposals[file] ??= DisposalLocation(file, invocation);
                    }
                }
            }

            for (var region = block.EnclosingRegion; region is { Kind: not ControlFlowRegionKind.Root }; region = region.EnclosingRegion)
            {
                if (region.Kind == ControlFlowRegionKind.Finally)
                {
                    _finallyDisposes.TryGetValue(region, out var bits);
                    _finallyDisposes[region] = bits | BlockDisposes[block.Ordinal];
                }
            }
        }
    }

    /// <summary>The <c>using</c> that disposes the file, or the explicit <c>Dispose()</c> call.</summary>
    private Location DisposalLocation(int file, IInvocationOperation invocation)
    {
        var symbol = Files[file];
        if (invocation.IsImplicit
            && symbol.DeclaringSyntaxReferences.Length > 0
            && symbol.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: { } owner } })
        {
            switch (owner)
            {
                case UsingStatementSyntax statement:
                    UsingScopes[file] = statement;
                    UsingOwned |= FileSet.Bit(file);
                    return Location.Create(statement.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(statement.UsingKeyword.SpanStart, statement.CloseParenToken.Span.End));
                case LocalDeclarationStatementSyntax declaration when declaration.UsingKeyword.IsKind(SyntaxKind.UsingKeyword) && declaration.Parent is { } scope:
                    UsingScopes[file] = scope;
                    UsingOwned |= FileSet.Bit(file);
                    return declaration.GetLocation();
            }
        }

        if (invocation.IsImplicit && invocation.Syntax is ExpressionSyntax resource && resource.Parent is UsingStatementSyntax existing && existing.Expression == resource)
        {
            // using (file) { ... } on a file opened earlier: disposed at the end of the statement, like a declared one.
            UsingScopes[file] = existing;
            UsingOwned |= FileSet.Bit(file);
            return Location.Create(existing.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(existing.UsingKeyword.SpanStart, existing.CloseParenToken.Span.End));
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

    private ulong[] ComputeReachableDisposes()
    {
        var blocks = Graph.Blocks;
        var reachable = (ulong[])BlockDisposes.Clone();
        var changed = true;
        while (changed)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            changed = false;
            for (var i = blocks.Length - 1; i >= 0; i--)
            {
                var bits = reachable[i];
                foreach (var branch in Branches(blocks[i]))
                {
                    bits |= FinallyDisposes(branch);
                    if (branch.Destination is { } destination)
                    {
                        bits |= reachable[destination.Ordinal];
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

                if (bits != reachable[i])
                {
                    reachable[i] = bits;
                    changed = true;
                }
            }
        }

        return reachable;
    }
}
