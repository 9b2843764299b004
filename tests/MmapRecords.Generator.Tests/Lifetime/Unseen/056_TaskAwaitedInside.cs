// expect: none
using System.Linq;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Workers;

public static class Summer
{
    public static async Task<double> AverageZAsync(string path)
    {
        double result;
        using (var file = MappedFile.Open(path))
        {
            var view = file.View<Vertex>();
            var half = view.Count / 2;
            var left = Task.Run(() => view.Slice(0, half).Sum(v => (double)v.Position.Z));
            var right = Task.Run(() => view.Slice(half, view.Count - half).Sum(v => (double)v.Position.Z));
            var sums = await Task.WhenAll(left, right);
            result = sums.Sum() / view.Count;
        }

        return result;
    }
}
