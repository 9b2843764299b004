// expect: MMR100
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
            _rules.Add(x => x >= limit.X && x <= limit.Y); // BUG: each stored rule reads its vector when it is evaluated, after the dispose
        }
    }

    public bool Accepts(float x) => _rules.TrueForAll(r => r(x));
}
