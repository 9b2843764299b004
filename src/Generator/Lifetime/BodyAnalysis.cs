using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// The lifetime analysis of one executable body and the lambdas and local functions inside it, in three steps:
/// <list type="number">
/// <item><see cref="BodyFacts"/> scans the control-flow graph once (files, slots, disposals);</item>
/// <item><see cref="Solve"/> runs the transfer functions (<see cref="LifetimeTransfer"/>) to a fixed point over the
/// graph, loops and exception handlers included;</item>
/// <item>the reporting pass replays every block once from its final state with a <see cref="LifetimeReporter"/>.</item>
/// </list>
/// </summary>
internal static class BodyAnalysis
{
    private const int MaxNesting = 16;

    /// <summary>A guard only: states grow monotonically and have at most 64 bits per slot, so the fixed point comes first.</summary>
    private const int MaxVisitsPerBlock = 256;

    /// <summary>Analyzes <paramref name="graph"/> and the graphs of the lambdas and local functions inside it; returns the diagnostics.</summary>
    public static IEnumerable<Diagnostic> Run(ControlFlowGraph graph, IMethodSymbol? owner, LifetimeSymbols symbols, CancellationToken cancellationToken)
    {
        var reports = new Dictionary<TextSpanKey, Diagnostic>();
        RunNested(graph, owner, symbols, reports, 0, cancellationToken);
        return reports.Values;
    }

    private static void RunNested(ControlFlowGraph graph, IMethodSymbol? owner, LifetimeSymbols symbols, Dictionary<TextSpanKey, Diagnostic> reports, int depth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var facts = new BodyFacts(graph, owner, symbols, cancellationToken);
        if (facts.Owned != 0)
        {
            var transfer = new LifetimeTransfer(facts, cancellationToken);
            var inputs = Solve(facts, transfer, cancellationToken);
            var reporter = new LifetimeReporter(facts, reports);
            for (var i = 0; i < inputs.Length; i++)
            {
                if (inputs[i] is { } input)
                {
                    transfer.Run(graph.Blocks[i], input.Clone(), reporter);
                }
            }

            reporter.Finish();
        }

        if (depth >= MaxNesting)
        {
            return;
        }

        foreach (var block in graph.Blocks)
        {
            foreach (var root in BodyFacts.RootsOf(block))
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (operation is IFlowAnonymousFunctionOperation lambda)
                    {
                        RunNested(graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken), lambda.Symbol, symbols, reports, depth + 1, cancellationToken);
                    }
                }
            }
        }

        foreach (var localFunction in graph.LocalFunctions)
        {
            RunNested(graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken), localFunction, symbols, reports, depth + 1, cancellationToken);
        }
    }

    /// <summary>
    /// The input state of every reachable block at the fixed point, by a worklist: a block's output flows to its
    /// successors (with the files its exit's <c>finally</c> regions dispose), and every state inside a <c>try</c> flows
    /// to its handlers. States only grow, so the loop ends.
    /// </summary>
    private static FlowState?[] Solve(BodyFacts facts, LifetimeTransfer transfer, CancellationToken cancellationToken)
    {
        var blocks = facts.Graph.Blocks;
        var inputs = new FlowState?[blocks.Length];
        inputs[0] = FlowState.Empty(facts.SlotCount);
        var pending = new Queue<int>();
        var queued = new bool[blocks.Length];
        pending.Enqueue(0);
        queued[0] = true;
        var budget = blocks.Length * MaxVisitsPerBlock;
        while (pending.Count > 0 && budget-- > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ordinal = pending.Dequeue();
            queued[ordinal] = false;
            var block = blocks[ordinal];
            var input = inputs[ordinal]!;
            var output = transfer.Run(block, input.Clone(), observer: null);
            foreach (var branch in BodyFacts.Branches(block))
            {
                if (branch.Destination is not { } destination)
                {
                    continue;
                }

                var state = output;
                if (facts.FinallyDisposes(branch) is var disposes and not 0)
                {
                    state = output.Clone();
                    state.Disposed |= disposes;
                }

                Merge(inputs, destination.Ordinal, state, pending, queued);
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
                            Merge(inputs, handler.FirstBlockOrdinal, input, pending, queued);
                            Merge(inputs, handler.FirstBlockOrdinal, output, pending, queued);
                        }
                    }
                }
            }
        }

        return inputs;
    }

    private static void Merge(FlowState?[] inputs, int ordinal, FlowState state, Queue<int> pending, bool[] queued)
    {
        if ((uint)ordinal >= (uint)inputs.Length)
        {
            return;
        }

        bool changed;
        if (inputs[ordinal] is { } existing)
        {
            changed = existing.JoinWith(state);
        }
        else
        {
            inputs[ordinal] = state.Clone();
            changed = true;
        }

        if (changed && !queued[ordinal])
        {
            queued[ordinal] = true;
            pending.Enqueue(ordinal);
        }
    }
}
