using System.Collections.Generic;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// What the dataflow knows at one point of a control-flow graph: for each local, parameter or flow capture, the
/// files (one bit per tracked <c>MappedFile</c>) its value may read out of, and the files that may be disposed.
/// Joins are unions (may-analysis), so the lattice is finite and the fixpoint is reached.
/// </summary>
internal sealed class LifetimeState
{
    public Dictionary<object, ulong> Taint { get; } = new();

    public ulong Disposed { get; set; }

    public LifetimeState Clone()
    {
        var copy = new LifetimeState { Disposed = Disposed };
        foreach (var pair in Taint)
        {
            copy.Taint[pair.Key] = pair.Value;
        }

        return copy;
    }

    public ulong Get(object key) => Taint.TryGetValue(key, out var bits) ? bits : 0;

    /// <summary>Adds <paramref name="other"/> into this state; returns whether anything changed.</summary>
    public bool JoinWith(LifetimeState other)
    {
        var changed = false;
        if ((Disposed | other.Disposed) != Disposed)
        {
            Disposed |= other.Disposed;
            changed = true;
        }

        foreach (var pair in other.Taint)
        {
            var mine = Get(pair.Key);
            if ((mine | pair.Value) != mine)
            {
                Taint[pair.Key] = mine | pair.Value;
                changed = true;
            }
        }

        return changed;
    }
}
