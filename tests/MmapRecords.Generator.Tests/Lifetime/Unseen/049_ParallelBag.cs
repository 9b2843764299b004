// expect: MMR100 MMR101
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Analysis;

public static class OutlierScan
{
    public static float WorstOutlier(string path, float limit)
    {
        var outliers = new ConcurrentBag<Vertex>();
        using (var file = MappedFile.Open(path))
        {
            Parallel.ForEach(file.View<Vertex>(), v =>
            {
                if (System.Math.Abs(v.Position.X) > limit)
                {
                    outliers.Add(v); // BUG: the bag is read after the file is disposed
                }
            });
        }

        return outliers.IsEmpty ? 0 : outliers.Max(v => System.Math.Abs(v.Position.X));
    }
}
