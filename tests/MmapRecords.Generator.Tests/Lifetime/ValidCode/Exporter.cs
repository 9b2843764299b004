using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;

namespace ValidCode;

/// <summary>Methods that open, use and dispose a file, and let only copies out.</summary>
public sealed class Exporter
{
    private readonly Dictionary<long, Vertex> _cache = new();
    private readonly List<string> _lines = new();
    private readonly StringBuilder _log = new();
    private Vertex _first;
    private float _maxX;

    public async Task ExportCsvAsync(string path, TextWriter writer, CancellationToken cancellationToken)
    {
        using var file = MappedFile.Open(path);
        var view = VertexFiles.Table(file);
        await writer.WriteLineAsync("x,y,z,red,green,blue");
        foreach (var v in view)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = string.Create(CultureInfo.InvariantCulture, $"{v.Position.X},{v.Position.Y},{v.Position.Z},{v.Color.Red},{v.Color.Green},{v.Color.Blue}");
            await writer.WriteLineAsync(line);
        }
    }

    public async Task<long> CountRedAsync(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>(16);
        return await Task.Run(() => view.LongCount(v => v.Color.Red > 0));
    }

    public void Load(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>(16);
        if (view.Count == 0)
        {
            return;
        }

        _first = view[0].Detach();
        _maxX = view.Max(v => v.Position.X);
        for (long i = 0; i < view.Count; i++)
        {
            _cache[i] = view[i].Detach();
            _lines.Add(view[i].ToString());
            _log.Append(view[i]).AppendLine();
        }
    }

    public static float[] Xs(string path)
    {
        using var file = MappedFile.Open(path);
        return file.View<Vertex>(16).Select(v => v.Position.X).ToArray();
    }

    public static List<Vertex> Copy(string path)
    {
        using var file = MappedFile.Open(path);
        return file.View<Vertex>(16).Select(v => v.Detach()).ToList();
    }

    public static IEnumerable<(float X, ushort Red)> Stream(string path)
    {
        using var file = MappedFile.Open(path);
        foreach (var v in file.View<Vertex>(16))
        {
            yield return (v.Position.X, v.Color.Red);
        }
    }

    public static IEnumerable<Vertex> StreamCopies(string path)
    {
        using var file = MappedFile.Open(path);
        foreach (var v in file.View<Vertex>(16))
        {
            yield return v.Detach();
        }
    }

    public static Vertex Largest(string path)
    {
        Vertex best = default;
        using (var file = MappedFile.Open(path))
        {
            foreach (var v in file.View<Vertex>(16))
            {
                if (v.Position.X > best.Position.X)
                {
                    best = v.Detach();
                }
            }
        }

        return best;
    }

    public static string Describe(string path)
    {
        var file = MappedFile.Open(path);
        try
        {
            var header = file.Read<Header>(0);
            return string.Create(CultureInfo.InvariantCulture, $"{file.Path}: version {header.Version}, {header.Count} vertices");
        }
        finally
        {
            file.Dispose();
        }
    }

    public static uint Version(string path)
    {
        var file = MappedFile.Open(path);
        var version = file.Read<Header>(0).Version;
        file.Dispose();
        Console.WriteLine(file.IsDisposed);
        return version;
    }

    public Vertex First => _first;

    public float MaxX => _maxX;

    public int Lines => _lines.Count + _cache.Count + _log.Length;
}
