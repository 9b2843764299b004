using Microsoft.CodeAnalysis;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// What the transfer functions tell the reporting pass. The fixed point runs without an observer; once it is reached,
/// every block runs once more from its final input state with the <see cref="LifetimeReporter"/> listening.
/// </summary>
internal interface IFlowObserver
{
    /// <summary>
    /// <paramref name="at"/> reads <paramref name="variable"/>'s value (a record, a view, the file...) while
    /// <paramref name="files"/> may be disposed.
    /// </summary>
    void UsedAfterDispose(IOperation at, ISymbol variable, ulong files);

    /// <summary><paramref name="value"/>, tied to <paramref name="files"/>, leaves for somewhere that outlives them.</summary>
    void Escapes(IOperation value, ulong files, string reason);

    /// <summary><paramref name="value"/>, tied to <paramref name="files"/>, is stored in the local <paramref name="variable"/>.</summary>
    void StoredInVariable(ISymbol variable, IOperation value, ulong files);
}
