using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// The runtime and framework symbols the lifetime analysis asks about, resolved once per compilation and compared with
/// <see cref="SymbolEqualityComparer"/>; never matched by name. Also owns the per-compilation caches: which types may
/// hold mapped memory (<see cref="Types"/>) and what same-compilation methods do with their arguments
/// (<see cref="Summaries"/>).
/// </summary>
internal sealed class LifetimeSymbols
{
    /// <summary>The name of the copy-out method the generator writes on every record (see the record emitter).</summary>
    public const string DetachName = "Detach";

    private readonly ImmutableHashSet<ISymbol> _queryMembers;
    private readonly ImmutableHashSet<ISymbol> _selects;
    private readonly ImmutableHashSet<ISymbol> _materializers;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _isQuery = new(SymbolEqualityComparer.Default);

    private LifetimeSymbols(Compilation compilation, INamedTypeSymbol mappedFile, INamedTypeSymbol recordView)
    {
        MappedFile = mappedFile;
        RecordView = recordView;
        RecordInterface = compilation.GetTypeByMetadataName("MmapRecords.IRecord`1");
        RecordAttribute = compilation.GetTypeByMetadataName("MmapRecords.RecordAttribute");
        Span = compilation.GetTypeByMetadataName("System.Span`1");
        ReadOnlySpan = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        Thread = compilation.GetTypeByMetadataName("System.Threading.Thread");
        ThreadPool = compilation.GetTypeByMetadataName("System.Threading.ThreadPool");
        Timer = compilation.GetTypeByMetadataName("System.Threading.Timer");
        Lazy = compilation.GetTypeByMetadataName("System.Lazy`1");
        Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
        EnumeratorOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IEnumerator`1");
        EnumerableOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IEnumerable`1");
        var disposable = compilation.GetTypeByMetadataName("System.IDisposable");
        DisposeMethods = ImmutableHashSet.CreateRange<ISymbol>(SymbolEqualityComparer.Default, Members(mappedFile, "Dispose").AddRange(disposable is null ? ImmutableArray<ISymbol>.Empty : Members(disposable, "Dispose")));
        ThreadStart = Members(Thread, "Start");
        ThreadJoin = Members(Thread, "Join");
        var token = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        CallbackRegistrations = Members(token, "Register").AddRange(Members(token, "UnsafeRegister"));

        // Members of collections that look at an argument without keeping it.
        var query = new List<ISymbol>();
        void Add(string type, params string[] names)
        {
            if (compilation.GetTypeByMetadataName(type) is { } symbol)
            {
                foreach (var name in names)
                {
                    query.AddRange(Members(symbol, name));
                }
            }
        }

        Add("System.Collections.Generic.ICollection`1", "Contains", "Remove");
        Add("System.Collections.Generic.IList`1", "IndexOf");
        Add("System.Collections.Generic.IDictionary`2", "ContainsKey", "TryGetValue", "Remove");
        Add("System.Collections.Generic.IReadOnlyDictionary`2", "ContainsKey", "TryGetValue");
        Add("System.Collections.Generic.ISet`1", "IsSubsetOf", "IsSupersetOf", "Overlaps", "SetEquals");
        Add("System.Collections.Generic.IReadOnlySet`1", "Contains");
        Add("System.Collections.Generic.IComparer`1", "Compare");
        Add("System.Collections.Generic.IEqualityComparer`1", "Equals", "GetHashCode");
        Add("System.IComparable`1", "CompareTo");
        Add("System.IEquatable`1", "Equals");
        Add("System.Object", "Equals", "GetHashCode", "ToString");
        _queryMembers = ImmutableHashSet.CreateRange(SymbolEqualityComparer.Default, query);
        _selects = ImmutableHashSet.CreateRange(SymbolEqualityComparer.Default, Enumerable is null ? ImmutableArray<ISymbol>.Empty : Members(Enumerable, "Select"));

        // The immutable and frozen collections' factories: like ToList, they run a query now and keep what it yields.
        var materializers = new List<ISymbol>();
        void AddFactories(string type, params string[] names)
        {
            if (compilation.GetTypeByMetadataName(type) is { } symbol)
            {
                foreach (var name in names)
                {
                    materializers.AddRange(Members(symbol, name));
                }
            }
        }

        AddFactories("System.Collections.Immutable.ImmutableArray", "ToImmutableArray", "CreateRange");
        AddFactories("System.Collections.Immutable.ImmutableList", "ToImmutableList", "CreateRange");
        AddFactories("System.Collections.Immutable.ImmutableHashSet", "ToImmutableHashSet", "CreateRange");
        AddFactories("System.Collections.Immutable.ImmutableSortedSet", "ToImmutableSortedSet", "CreateRange");
        AddFactories("System.Collections.Immutable.ImmutableDictionary", "ToImmutableDictionary", "CreateRange");
        AddFactories("System.Collections.Immutable.ImmutableSortedDictionary", "ToImmutableSortedDictionary", "CreateRange");
        AddFactories("System.Collections.Immutable.ImmutableQueue", "CreateRange");
        AddFactories("System.Collections.Immutable.ImmutableStack", "CreateRange");
        AddFactories("System.Collections.Frozen.FrozenSet", "ToFrozenSet");
        AddFactories("System.Collections.Frozen.FrozenDictionary", "ToFrozenDictionary");
        _materializers = ImmutableHashSet.CreateRange(SymbolEqualityComparer.Default, materializers);
        Types = new MappedMemoryTypes(this);
        Summaries = new MethodSummaries(compilation, this);
    }

    public INamedTypeSymbol MappedFile { get; }

    public INamedTypeSymbol RecordView { get; }

    public INamedTypeSymbol? RecordInterface { get; }

    public INamedTypeSymbol? RecordAttribute { get; }

    public INamedTypeSymbol? Span { get; }

    public INamedTypeSymbol? ReadOnlySpan { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? Thread { get; }

    public INamedTypeSymbol? ThreadPool { get; }

    public INamedTypeSymbol? Timer { get; }

    public INamedTypeSymbol? Lazy { get; }

    public INamedTypeSymbol? Enumerable { get; }

    public INamedTypeSymbol? EnumeratorOfT { get; }

    public INamedTypeSymbol? EnumerableOfT { get; }

    /// <summary><c>MappedFile.Dispose()</c> and <c>IDisposable.Dispose()</c> (what a <c>using</c> calls).</summary>
    public ImmutableHashSet<ISymbol> DisposeMethods { get; }

    public ImmutableArray<ISymbol> ThreadStart { get; }

    public ImmutableArray<ISymbol> ThreadJoin { get; }

    /// <summary><c>CancellationToken.Register</c>: the callback runs whenever the token is cancelled, later.</summary>
    public ImmutableArray<ISymbol> CallbackRegistrations { get; }

    /// <summary>Which types may hold mapped memory.</summary>
    public MappedMemoryTypes Types { get; }

    /// <summary>What methods of this compilation do with their arguments.</summary>
    public MethodSummaries Summaries { get; }

    /// <summary>The symbols of <paramref name="compilation"/>, or <see langword="null"/> when it does not use the runtime.</summary>
    public static LifetimeSymbols? From(Compilation compilation)
    {
        var mappedFile = compilation.GetTypeByMetadataName("MmapRecords.MappedFile");
        var view = compilation.GetTypeByMetadataName("MmapRecords.RecordView`1");
        return mappedFile is null || view is null ? null : new LifetimeSymbols(compilation, mappedFile, view);
    }

    public bool IsMappedFile(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, MappedFile);

    public bool IsView(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, RecordView);

    public bool IsSpan(ITypeSymbol? type) =>
        type is INamedTypeSymbol named
        && (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, Span) || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, ReadOnlySpan));

    /// <summary>A task-like type: <c>Task</c>, <c>Task&lt;T&gt;</c>, <c>ValueTask</c>, <c>ValueTask&lt;T&gt;</c>.</summary>
    public bool IsTask(ITypeSymbol? type) =>
        type is INamedTypeSymbol named
        && (Is(named.OriginalDefinition, Task) || Is(named.OriginalDefinition, TaskOfT) || Is(named.OriginalDefinition, ValueTask) || Is(named.OriginalDefinition, ValueTaskOfT));

    /// <summary>The runtime's types whose values read mapped memory: the file, views, their enumerators, records, spans.</summary>
    public bool IsMappedValue(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.ContainingType)
        {
            if (IsMappedFile(current) || IsView(current) || IsRecord(current))
            {
                return true;
            }
        }

        return IsSpan(type);
    }

    /// <summary>A generated record: a struct implementing <c>IRecord&lt;itself&gt;</c> or carrying <c>[Record]</c>.</summary>
    public bool IsRecord(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct } named)
        {
            return false;
        }

        foreach (var attribute in named.GetAttributes())
        {
            if (RecordAttribute is not null && Is(attribute.AttributeClass, RecordAttribute))
            {
                return true;
            }
        }

        foreach (var candidate in named.Interfaces)
        {
            if (Is(candidate.OriginalDefinition, RecordInterface) && candidate.TypeArguments.Length == 1 && Is(candidate.TypeArguments[0], named))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the value of a <c>Detach()</c> call: a record's copy that owns its bytes.</summary>
    public bool IsDetach(IMethodSymbol method) =>
        method is { Name: DetachName, Parameters.Length: 0, IsStatic: false } && IsRecord(method.ContainingType) && Is(method.ReturnType, method.ContainingType);

    public bool IsDispose(IMethodSymbol method) => DisposeMethods.Contains(method.OriginalDefinition);

    public bool IsThreadStart(IMethodSymbol method) => ThreadStart.Contains(method.OriginalDefinition, SymbolEqualityComparer.Default);

    public bool IsCallbackRegistration(IMethodSymbol method) => CallbackRegistrations.Contains(method.OriginalDefinition, SymbolEqualityComparer.Default);

    public bool IsThreadJoin(IMethodSymbol method) => ThreadJoin.Contains(method.OriginalDefinition, SymbolEqualityComparer.Default);

    /// <summary><c>Enumerable.Select</c> (the selector decides whether what it yields still reads the mapping).</summary>
    public bool IsSelect(IMethodSymbol method) => _selects.Contains((method.ReducedFrom ?? method).OriginalDefinition);

    /// <summary>
    /// A method that runs a query now and keeps what it yields: <c>ToList</c>, <c>ToArray</c>, <c>ToHashSet</c>,
    /// <c>ToDictionary</c>... of <c>System.Linq.Enumerable</c> (any that does not return an interface), and the
    /// immutable and frozen collections' factories (<c>ToImmutableArray</c>, <c>ToFrozenSet</c>, <c>CreateRange</c>...).
    /// </summary>
    public bool IsMaterializing(IMethodSymbol method) =>
        (IsLinq(method) && method.ReturnType.TypeKind is not TypeKind.Interface) || _materializers.Contains((method.ReducedFrom ?? method).OriginalDefinition);

    /// <summary>
    /// A parameter of a library collection that takes a sequence of the collection's elements and copies them in at
    /// once: the <c>IEnumerable&lt;T&gt;</c> of <c>new List&lt;T&gt;(items)</c>, <c>AddRange</c>, <c>UnionWith</c>, <c>EnqueueRange</c>...
    /// </summary>
    public bool EnumeratesNow(IParameterSymbol parameter) =>
        parameter is { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol { DeclaringSyntaxReferences.Length: 0 } }
        && parameter.OriginalDefinition.Type is INamedTypeSymbol { TypeArguments.Length: 1 } sequence
        && sequence.TypeArguments[0] is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type }
        && Is(sequence.OriginalDefinition, EnumerableOfT);

    /// <summary>A method of <c>System.Linq.Enumerable</c>.</summary>
    public bool IsLinq(IMethodSymbol method) => Enumerable is not null && Is((method.ReducedFrom ?? method).ContainingType, Enumerable);

    /// <summary>
    /// A collection member that only looks at its argument (<c>Contains</c>, <c>IndexOf</c>, <c>ContainsKey</c>,
    /// <c>TryGetValue</c>, <c>Remove</c>, <c>Equals</c>...), directly or as the implementation of the interface member.
    /// </summary>
    public bool IsQuery(IMethodSymbol method) => _isQuery.GetOrAdd(method, ComputeIsQuery);

    private bool ComputeIsQuery(IMethodSymbol method)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (_queryMembers.Contains(current.OriginalDefinition))
            {
                return true;
            }

            foreach (var implemented in current.ExplicitInterfaceImplementations)
            {
                if (_queryMembers.Contains(implemented.OriginalDefinition))
                {
                    return true;
                }
            }
        }

        if (method.ContainingType is not { } type)
        {
            return false;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (_queryMembers.Contains(member.OriginalDefinition)
                    && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ImmutableArray<ISymbol> Members(INamedTypeSymbol? type, string name) =>
        type is null ? ImmutableArray<ISymbol>.Empty : type.GetMembers(name);

    private static bool Is(ISymbol? a, ISymbol? b) => b is not null && SymbolEqualityComparer.Default.Equals(a, b);
}
