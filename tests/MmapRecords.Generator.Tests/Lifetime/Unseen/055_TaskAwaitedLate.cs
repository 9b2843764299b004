// expect: MMR101 MMR100
using System.Linq;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Workers;

public static class Summer
{
    public static async Task<double> AverageZAsync(string path)
    {
        Task<double> average;
        using (var file = MappedFile.Open(path))
        {
            var view = file.View<Vertex>();
            average = Task.Run(() => view.Average(v => (double)v.Position.Z));
        }

        return await average; // BUG: the task may still be reading the view of the disposed file
    }
}
