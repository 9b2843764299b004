namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// Sets of tracked files, one bit per <c>MappedFile</c> variable of the body (at most <see cref="MaxFiles"/>), packed
/// in a <see cref="ulong"/> as the two ways a value can depend on a file's mapping:
/// the low half <em>reads</em> it (a record, a view, a span, a list of records), the high half only <em>defers</em>
/// reading it (a lazy query whose elements are copies, such as <c>view.Select(v =&gt; v.Detach())</c>: using it after the
/// disposal enumerates the view, but what it yields, once materialized, is free of the file).
/// </summary>
internal static class FileSet
{
    public const int MaxFiles = 32;

    private const ulong Low = 0xFFFF_FFFFUL;

    /// <summary>The files <paramref name="value"/> depends on, either way (a set of file bits).</summary>
    public static ulong Files(ulong value) => (value | (value >> MaxFiles)) & Low;

    /// <summary>The files <paramref name="value"/>'s elements read once it is materialized.</summary>
    public static ulong Materialized(ulong value) => value & Low;

    /// <summary>Every dependency of <paramref name="value"/>, demoted to "deferred only".</summary>
    public static ulong Deferred(ulong value) => Files(value) << MaxFiles;

    /// <summary><paramref name="value"/> without any dependency on <paramref name="files"/>.</summary>
    public static ulong Without(ulong value, ulong files) => value & ~(files | (files << MaxFiles));

    public static ulong Bit(int file) => 1UL << file;
}

/// <summary>
/// What the dataflow knows at one program point, for every slot (a local, a parameter or a flow capture of the body):
/// which files its value depends on (<see cref="Holds"/>), which files its value came from in an earlier generation of
/// its variable that is already disposed (<see cref="Stale"/>: a record from the previous iteration of a loop that
/// reopens the file), which files a thread it holds runs against (<see cref="Running"/>), and which files may
/// already be disposed (<see cref="Disposed"/>). Joins are unions, so the lattice is finite and the fixed point is
/// reached. A state is only changed by the transfer functions of one block, on its own copy.
/// </summary>
internal sealed class FlowState
{
    private FlowState(ulong[] holds, ulong[] stale, ulong[] running, bool[] shared, ulong disposed)
    {
        Shared = shared;
        Holds = holds;
        Stale = stale;
        Running = running;
        Disposed = disposed;
    }

    public ulong[] Holds { get; }

    public ulong[] Stale { get; }

    public ulong[] Running { get; }

    /// <summary>Per slot, whether its object is also reachable from a field (<c>var list = _byKey[k];</c>): what is put in it outlives the body.</summary>
    public bool[] Shared { get; }

    public ulong Disposed { get; set; }

    public static FlowState Empty(int slots) => new(new ulong[slots], new ulong[slots], new ulong[slots], new bool[slots], 0);

    public FlowState Clone() => new((ulong[])Holds.Clone(), (ulong[])Stale.Clone(), (ulong[])Running.Clone(), (bool[])Shared.Clone(), Disposed);

    /// <summary>A value from the slot, as far as it may read a file that is disposed at this point.</summary>
    public ulong DisposedDependencies(int slot) => (FileSet.Files(Holds[slot]) & Disposed) | Stale[slot];

    /// <summary>
    /// The variable of <paramref name="file"/> gets a new file: values from the previous one, if it may be disposed,
    /// become stale; the new file is not disposed.
    /// </summary>
    public void Reopen(int file)
    {
        var bit = FileSet.Bit(file);
        var wasDisposed = (Disposed & bit) != 0;
        for (var slot = 0; slot < Holds.Length; slot++)
        {
            if (wasDisposed && (FileSet.Files(Holds[slot]) & bit) != 0)
            {
                Stale[slot] |= bit;
            }

            Holds[slot] = FileSet.Without(Holds[slot], bit);
            Running[slot] &= ~bit;
        }

        Disposed &= ~bit;
    }

    /// <summary>Adds <paramref name="other"/> into this state; returns whether anything changed.</summary>
    public bool JoinWith(FlowState other)
    {
        var changed = (Disposed | other.Disposed) != Disposed;
        Disposed |= other.Disposed;
        changed |= Union(Holds, other.Holds);
        changed |= Union(Stale, other.Stale);
        changed |= Union(Running, other.Running);
        for (var i = 0; i < Shared.Length; i++)
        {
            if (other.Shared[i] && !Shared[i])
            {
                Shared[i] = true;
                changed = true;
            }
        }

        return changed;
    }

    private static bool Union(ulong[] mine, ulong[] theirs)
    {
        var changed = false;
        for (var i = 0; i < mine.Length; i++)
        {
            var joined = mine[i] | theirs[i];
            if (joined != mine[i])
            {
                mine[i] = joined;
                changed = true;
            }
        }

        return changed;
    }
}
