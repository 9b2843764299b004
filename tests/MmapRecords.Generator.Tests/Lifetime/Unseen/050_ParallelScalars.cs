// expect: none
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Analysis;

public static class OutlierScan
{
    public static (float Worst, int Count) WorstOutlier(string path, float limit)
    {
        var outliers = new ConcurrentBag<float>();
        int count = 0;
        using (var file = MappedFile.Open(path))
        {
            var view = file.View<Vertex>();
            Parallel.For(0L, view.Count, i =>
            {
                var x = System.Math.Abs(view[i].Position.X);
                if (x > limit)
                {
                    outliers.Add(x);
                    Interlocked.Increment(ref count);
                }
            });
        }

        return (outliers.IsEmpty ? 0 : outliers.Max(), count);
    }
}
