using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// The runtime types the lifetime analysis needs, resolved once per compilation, and the one question it asks
/// about every type: can a value of this type hold a record or view that reads out of a mapping?
/// </summary>
internal sealed class LifetimeSymbols
{
    private const int MaxDepth = 8;
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _canCarry = new(SymbolEqualityComparer.Default);

    private LifetimeSymbols(INamedTypeSymbol mappedFile, INamedTypeSymbol recordView, INamedTypeSymbol? record, INamedTypeSymbol? recordAttribute, INamedTypeSymbol? thread, INamedTypeSymbol? task, INamedTypeSymbol? taskFactory, INamedTypeSymbol? threadPool, INamedTypeSymbol? timer, INamedTypeSymbol? span, INamedTypeSymbol? readOnlySpan)
    {
        Span = span;
        ReadOnlySpan = readOnlySpan;
        MappedFile = mappedFile;
        RecordView = recordView;
        Record = record;
        RecordAttribute = recordAttribute;
        Thread = thread;
        Task = task;
        TaskFactory = taskFactory;
        ThreadPool = threadPool;
        Timer = timer;
    }

    public INamedTypeSymbol MappedFile { get; }

    public INamedTypeSymbol RecordView { get; }

    public INamedTypeSymbol? Record { get; }

    public INamedTypeSymbol? RecordAttribute { get; }

    public INamedTypeSymbol? Thread { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskFactory { get; }

    public INamedTypeSymbol? ThreadPool { get; }

    public INamedTypeSymbol? Timer { get; }

    public INamedTypeSymbol? Span { get; }

    public INamedTypeSymbol? ReadOnlySpan { get; }

    /// <summary>The symbols of <paramref name="compilation"/>, or <see langword="null"/> when it does not use the runtime.</summary>
    public static LifetimeSymbols? From(Compilation compilation)
    {
        var mappedFile = compilation.GetTypeByMetadataName("MmapRecords.MappedFile");
        var view = compilation.GetTypeByMetadataName("MmapRecords.RecordView`1");
        if (mappedFile is null || view is null)
        {
            return null;
        }

        return new LifetimeSymbols(
            mappedFile,
            view,
            compilation.GetTypeByMetadataName("MmapRecords.IRecord`1"),
            compilation.GetTypeByMetadataName("MmapRecords.RecordAttribute"),
            compilation.GetTypeByMetadataName("System.Threading.Thread"),
            compilation.GetTypeByMetadataName("System.Threading.Tasks.Task"),
            compilation.GetTypeByMetadataName("System.Threading.Tasks.TaskFactory"),
            compilation.GetTypeByMetadataName("System.Threading.ThreadPool"),
            compilation.GetTypeByMetadataName("System.Threading.Timer"),
            compilation.GetTypeByMetadataName("System.Span`1"),
            compilation.GetTypeByMetadataName("System.ReadOnlySpan`1"));
    }

    public bool IsMappedFile(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, MappedFile);

    public bool IsView(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, RecordView);

    /// <summary>A generated record: a struct implementing <c>IRecord&lt;itself&gt;</c> or carrying <c>[Record]</c>.</summary>
    public bool IsRecord(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct } named)
        {
            return false;
        }

        if (RecordAttribute is not null)
        {
            foreach (var attribute in named.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, RecordAttribute))
                {
                    return true;
                }
            }
        }

        if (Record is not null)
        {
            foreach (var candidate in named.Interfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, Record)
                    && candidate.TypeArguments.Length == 1
                    && SymbolEqualityComparer.Default.Equals(candidate.TypeArguments[0], named))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a value of <paramref name="type"/> can hold a record or view (or the file): records, views, the file,
    /// arrays and generic types over them (lists, enumerables, tasks, tuples, enumerators), delegates, and the
    /// types a record converts to (<see cref="object"/>, interfaces, type parameters). Scalars, strings and other
    /// types cannot: a value of such a type is a copy.
    /// </summary>
    public bool CanCarry(ITypeSymbol? type) => type is not null && _canCarry.GetOrAdd(type, t => Compute(t, 0));

    private bool Compute(ITypeSymbol type, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return Compute(array.ElementType, depth + 1);
            case ITypeParameterSymbol:
            case IDynamicTypeSymbol:
                return true;
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return false;
            case INamedTypeSymbol named:
                if (named.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
                {
                    return true;
                }

                if (named.SpecialType != SpecialType.None || named.TypeKind is TypeKind.Enum or TypeKind.Error)
                {
                    return false;
                }

                // A span field of a record (or a record's raw bytes) points straight into the mapping, whatever its
                // element type: it is a view, not a copy.
                if (IsMappedFile(named) || IsView(named) || IsRecord(named)
                    || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, Span)
                    || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, ReadOnlySpan)
                    || named.TypeKind is TypeKind.Delegate
                    || (named.TypeKind is TypeKind.Interface && !named.IsGenericType)
                    || SymbolEqualityComparer.Default.Equals(named, Task)
                    || SymbolEqualityComparer.Default.Equals(named, Thread))
                {
                    return true;
                }

                for (var current = named; current is not null; current = current.ContainingType)
                {
                    foreach (var argument in current.TypeArguments)
                    {
                        if (Compute(argument, depth + 1))
                        {
                            return true;
                        }
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
