using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// The one question the analysis asks about a type: may a value of it hold mapped memory? Decided once per type and
/// cached for the compilation.
/// </summary>
/// <remarks>
/// Yes for the runtime's mapped values (the file, <c>RecordView&lt;T&gt;</c> and its enumerator, records, spans), for
/// types that can hide any value (<see cref="object"/>, interfaces, type parameters, <c>dynamic</c>), for types that
/// run code later (delegates, tasks, <c>Lazy&lt;T&gt;</c>, threads, timers), for arrays, tuples and generic types whose
/// type arguments may hold it, and for types of this compilation (classes, structs, records, anonymous types) whose
/// fields or properties may hold it. No for scalars, strings, enums and library types with no such type argument:
/// a value of those is a copy.
/// </remarks>
internal sealed class MappedMemoryTypes
{
    private const int MaxDepth = 6;
    private readonly LifetimeSymbols _symbols;
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _mayHold = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _isContainer = new(SymbolEqualityComparer.Default);

    public MappedMemoryTypes(LifetimeSymbols symbols) => _symbols = symbols;

    /// <summary>Whether a value of <paramref name="type"/> may hold mapped memory.</summary>
    public bool MayHold(ITypeSymbol? type) =>
        type is not null && _mayHold.GetOrAdd(type, t => Compute(t, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0));

    /// <summary>
    /// Whether an object of <paramref name="type"/> keeps what is handed to its methods: a collection or holder whose
    /// type arguments, elements or fields may hold mapped memory (<c>List&lt;Vertex&gt;</c>,
    /// <c>TaskCompletionSource&lt;Vertex&gt;</c>, <c>Vertex[]</c>). A mapped value itself, a delegate or an opaque
    /// interface is not a container: a call on it does not store its arguments in it.
    /// </summary>
    public bool IsContainer(ITypeSymbol? type) =>
        type is not null && _isContainer.GetOrAdd(type, ComputeContainer);

    private bool ComputeContainer(ITypeSymbol type)
    {
        if (_symbols.IsMappedValue(type) || type.TypeKind is TypeKind.Delegate)
        {
            return false;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return MayHold(array.ElementType);
            case INamedTypeSymbol named:
                for (var current = named; current is not null; current = current.ContainingType)
                {
                    foreach (var argument in current.TypeArguments)
                    {
                        if (MayHold(argument))
                        {
                            return true;
                        }
                    }
                }

                return named.IsAnonymousType || IsInSource(named) && MayHold(named);
            default:
                return false;
        }
    }

    private bool Compute(ITypeSymbol type, HashSet<ITypeSymbol> visiting, int depth)
    {
        if (depth > MaxDepth || !visiting.Add(type))
        {
            return false;
        }

        try
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    return Compute(array.ElementType, visiting, depth + 1);
                case ITypeParameterSymbol:
                case IDynamicTypeSymbol:
                    return true;
                case INamedTypeSymbol named:
                    return ComputeNamed(named, visiting, depth);
                default:
                    return false;
            }
        }
        finally
        {
            visiting.Remove(type);
        }
    }

    private bool ComputeNamed(INamedTypeSymbol named, HashSet<ITypeSymbol> visiting, int depth)
    {
        if (named.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
        {
            return true;
        }

        if (named.SpecialType != SpecialType.None || named.TypeKind is TypeKind.Enum or TypeKind.Error)
        {
            return false;
        }

        if (_symbols.IsMappedValue(named)
            || named.TypeKind is TypeKind.Delegate or TypeKind.Interface
            || _symbols.IsTask(named)
            || Is(named.OriginalDefinition, _symbols.Lazy)
            || Is(named, _symbols.Thread)
            || Is(named, _symbols.Timer))
        {
            return true;
        }

        for (var current = named; current is not null; current = current.ContainingType)
        {
            foreach (var argument in current.TypeArguments)
            {
                if (Compute(argument, visiting, depth + 1))
                {
                    return true;
                }
            }
        }

        if (named.IsAnonymousType || IsInSource(named))
        {
            for (var current = named; current is not null && (current.IsAnonymousType || IsInSource(current)); current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    var memberType = member switch
                    {
                        IFieldSymbol { IsStatic: false } field => field.Type,
                        IPropertySymbol { IsStatic: false, IsIndexer: false } property => property.Type,
                        _ => null,
                    };
                    if (memberType is not null && Compute(memberType, visiting, depth + 1))
                    {
                        return true;
                    }
                }
            }
        }
        else if (named.BaseType is { } baseType && baseType.IsGenericType)
        {
            return Compute(baseType, visiting, depth + 1);
        }

        return false;
    }

    /// <summary>A type declared in this compilation. A tuple is not, though its symbol points at the tuple syntax: its elements decide.</summary>
    private static bool IsInSource(INamedTypeSymbol type) => !type.IsTupleType && type.Locations.Length > 0 && type.Locations[0].IsInSource;

    private static bool Is(ISymbol? a, ISymbol? b) => b is not null && SymbolEqualityComparer.Default.Equals(a, b);
}
