// expect: none
using System;
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Rules;

public sealed class RuleSet
{
    private readonly List<Func<float, bool>> _rules = new();

    public void LoadThresholds(string path)
    {
        using var file = MappedFile.Open(path);
        foreach (var limit in file.View<Vector>())
        {
            float lo = limit.X, hi = limit.Y;
            _rules.Add(x => x >= lo && x <= hi);
        }
    }

    public bool Accepts(float x) => _rules.TrueForAll(r => r(x));
}
