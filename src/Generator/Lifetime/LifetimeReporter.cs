using System.Collections.Generic;
using MmapRecords.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MmapRecords.Generator.Lifetime;

/// <summary>
/// The reporting pass: listens to the transfer functions replaying each block from its fixed-point state, then turns
/// what it heard into diagnostics. One mistake gives one report: at most one MMR101 per variable and file (at the
/// first use), and never an MMR101 where an MMR100 already points.
/// </summary>
internal sealed class LifetimeReporter : IFlowObserver
{
    private readonly BodyFacts _facts;
    private readonly Dictionary<TextSpanKey, Diagnostic> _reports;
    private readonly Dictionary<(ISymbol Variable, int File), IOperation> _firstUses = new();
    private readonly Dictionary<ISymbol, ulong> _usedAfterDispose = new(SymbolEqualityComparer.Default);
    private readonly List<(ISymbol Variable, IOperation Value, ulong Files)> _stores = new();
    private readonly Dictionary<ISymbol, ulong> _escaped = new(SymbolEqualityComparer.Default);

    public LifetimeReporter(BodyFacts facts, Dictionary<TextSpanKey, Diagnostic> reports)
    {
        _facts = facts;
        _reports = reports;
    }

    public void UsedAfterDispose(IOperation at, ISymbol variable, ulong files)
    {
        _usedAfterDispose.TryGetValue(variable, out var before);
        _usedAfterDispose[variable] = before | files;
        for (var file = 0; file < _facts.Files.Count; file++)
        {
            if ((files & FileSet.Bit(file)) != 0)
            {
                var key = (variable, file);
                if (!_firstUses.TryGetValue(key, out var first) || at.Syntax.SpanStart < first.Syntax.SpanStart)
                {
                    _firstUses[key] = at;
                }
            }
        }
    }

    public void Escapes(IOperation value, ulong files, string reason)
    {
        Report100(value, LowestFile(files), reason);
        if (BodyFacts.Unwrap(value) switch { ILocalReferenceOperation local => (ISymbol?)local.Local, IParameterReferenceOperation parameter => parameter.Parameter, _ => null } is { } variable)
        {
            _escaped.TryGetValue(variable, out var before);
            _escaped[variable] = before | files;
        }
    }

    public void StoredInVariable(ISymbol variable, IOperation value, ulong files)
    {
        if ((files & _facts.UsingOwned) != 0)
        {
            _stores.Add((variable, value, files & _facts.UsingOwned));
        }
    }

    /// <summary>Turns what the pass heard into diagnostics.</summary>
    public void Finish()
    {
        // A value stored in a variable declared outside the file's using, and used after the file is disposed, was
        // kept too long: the store is the mistake (MMR100), the use its consequence (MMR101).
        foreach (var (variable, value, files) in _stores)
        {
            if (_usedAfterDispose.TryGetValue(variable, out var used))
            {
                for (var file = 0; file < _facts.Files.Count; file++)
                {
                    if ((files & used & FileSet.Bit(file)) != 0 && IsOutside(variable, _facts.UsingScopes[file]))
                    {
                        Report100(value, file, $"it is stored in '{variable.Name}', which is used after '{_facts.Files[file].Name}' is disposed");
                        break;
                    }
                }
            }
        }

        // A variable whose value was reported leaving for a field, a collection or another place that outlives the
        // file (MMR100 at the variable) is not reported again where it is read after the disposal: one mistake (the
        // variable holds the mapping, not a copy), one report.
        var reported = new HashSet<TextSpanKey>();
        foreach (var pair in _firstUses)
        {
            var location = pair.Value.Syntax.GetLocation();
            var key = new TextSpanKey(location);
            if (_escaped.TryGetValue(pair.Key.Variable, out var escaped) && (escaped & FileSet.Bit(pair.Key.File)) != 0)
            {
                continue;
            }

            if (_reports.ContainsKey(key) || !reported.Add(key))
            {
                continue;
            }

            _reports[key] = Diagnostic.Create(
                Descriptors.RecordUsedAfterDispose,
                location,
                AdditionalLocations(pair.Key.File),
                Describe(pair.Value),
                _facts.Files[pair.Key.File].Name);
        }
    }

    private void Report100(IOperation at, int file, string reason)
    {
        var location = at.Syntax.GetLocation();
        _reports[new TextSpanKey(location)] = Diagnostic.Create(
            Descriptors.RecordOutlivesFile,
            location,
            AdditionalLocations(file),
            Describe(at),
            _facts.Files[file].Name,
            reason);
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

    private Location[]? AdditionalLocations(int file) => _facts.Disposals[file] is { } disposal ? new[] { disposal } : null;

    private string Describe(IOperation operation)
    {
        var value = BodyFacts.Unwrap(operation);
        var symbols = _facts.Symbols;
        return value switch
        {
            ILocalReferenceOperation local => $"'{local.Local.Name}'",
            IParameterReferenceOperation parameter => $"'{parameter.Parameter.Name}'",
            IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call => $"The local function '{call.TargetMethod.Name}' (it captures records)",
            IPropertyReferenceOperation { Property.ReturnsByRef: true } or IPropertyReferenceOperation { Property.ReturnsByRefReadonly: true } => "This reference into mapped memory",
            _ when symbols.IsRecord(value?.Type) => $"This {value!.Type!.Name} record",
            _ when symbols.IsView(value?.Type) => "This view",
            _ when symbols.IsSpan(value?.Type) => "This span of mapped memory",
            IFlowAnonymousFunctionOperation or IAnonymousFunctionOperation or IDelegateCreationOperation => "This lambda (it captures records)",
            _ when value?.Type?.TypeKind == TypeKind.Delegate => "This delegate (it captures records)",
            _ => "This value (it holds records)",
        };
    }

    private static int LowestFile(ulong files)
    {
        var file = 0;
        while (file < FileSet.MaxFiles - 1 && (files & FileSet.Bit(file)) == 0)
        {
            file++;
        }

        return file;
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
