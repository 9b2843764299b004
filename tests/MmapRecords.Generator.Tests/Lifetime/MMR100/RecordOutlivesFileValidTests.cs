using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>MMR100 must stay silent: values copied out, views passed down, caller-owned and owner-owned files.</summary>
public class RecordOutlivesFileValidTests
{
    [Fact]
    public Task Scalar_field_returned() => VerifyAsync("""
        public static class Loader
        {
            public static float FirstX(string path)
            {
                using var file = MappedFile.Open(path);
                return file.View<Vertex>()[0].Position.X;
            }
        }
        """);

    [Fact]
    public Task Detached_record_returned() => VerifyAsync("""
        public static class Loader
        {
            public static Vertex First(string path)
            {
                using var file = MappedFile.Open(path);
                return file.View<Vertex>()[0].Detach();
            }
        }
        """);

    [Fact]
    public Task String_and_ToString_returned() => VerifyAsync("""
        public static class Loader
        {
            public static ulong Magic(string path)
            {
                using var file = MappedFile.Open(path);
                return file.Read<Header>(0).Magic;
            }

            public static string Describe(string path)
            {
                using var file = MappedFile.Open(path);
                return file.Read<Vertex>(16).ToString();
            }
        }
        """);

    [Fact]
    public Task Detached_list_returned() => VerifyAsync("""
        public static class Query
        {
            public static List<Vertex> All(string path)
            {
                using var file = MappedFile.Open(path);
                return file.View<Vertex>().Select(v => v.Detach()).ToList();
            }
        }
        """);

    [Fact]
    public Task Projection_to_scalars_returned() => VerifyAsync("""
        public static class Query
        {
            public static float[] Xs(string path)
            {
                using var file = MappedFile.Open(path);
                return file.View<Vertex>().Select(v => v.Position.X).ToArray();
            }

            public static (float X, ushort Red) Pair(string path)
            {
                using var file = MappedFile.Open(path);
                var v = file.Read<Vertex>(0);
                return (v.Position.X, v.Color.Red);
            }
        }
        """);

    [Fact]
    public Task Methods_taking_the_file_or_a_view_return_views_of_it() => VerifyAsync("""
        public static class Tables
        {
            public static RecordView<Vertex> Vertices(MappedFile file) => file.View<Vertex>(16);

            public static RecordView<Vertex> Tail(RecordView<Vertex> view) => view.Slice(1, view.Count - 1);

            public static Vertex Largest(RecordView<Vertex> view)
            {
                var best = view[0];
                foreach (var v in view)
                    if (v.Position.X > best.Position.X) best = v;
                return best;
            }
        }
        """);

    [Fact]
    public Task File_not_disposed_in_the_method_belongs_to_the_caller() => VerifyAsync("""
        public static class Factory
        {
            public static RecordView<Vertex> OpenVertices(string path)
            {
                var file = MappedFile.Open(path);
                return file.View<Vertex>();
            }
        }
        """);

    [Fact]
    public Task Owner_type_disposes_its_file_field() => VerifyAsync("""
        public sealed class VertexFile : IDisposable
        {
            private readonly MappedFile _file;
            private readonly RecordView<Vertex> _vertices;

            public VertexFile(string path)
            {
                _file = MappedFile.Open(path);
                _vertices = _file.View<Vertex>();
            }

            public Vertex this[long index] => _vertices[index];

            public IEnumerable<Vertex> Red() => _vertices.Where(v => v.Color.Red > 0);

            public void Dispose() => _file.Dispose();
        }
        """);

    [Fact]
    public Task Views_and_records_passed_down_while_the_file_is_alive() => VerifyAsync("""
        public static class Report
        {
            public static void Print(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                PrintAll(view);
                foreach (var v in view)
                    PrintOne(v, Console.Out);
            }

            private static void PrintAll(RecordView<Vertex> view) => Console.WriteLine(view.Count);

            private static void PrintOne(Vertex v, System.IO.TextWriter writer) => writer.WriteLine(v);
        }
        """);

    [Fact]
    public Task Async_method_disposing_at_the_end_with_awaits_in_between() => VerifyAsync("""
        public static class Export
        {
            public static async Task WriteAsync(string path, System.IO.TextWriter writer)
            {
                using var file = MappedFile.Open(path);
                foreach (var v in file.View<Vertex>())
                {
                    await writer.WriteLineAsync(v.ToString());
                }
            }
        }
        """);

    [Fact]
    public Task Lambdas_used_synchronously_inside_the_using() => VerifyAsync("""
        public static class Stats
        {
            public static float SumX(string path)
            {
                using var file = MappedFile.Open(path);
                var red = file.Read<Vertex>(0).Color.Red;
                return file.View<Vertex>().Where(v => v.Color.Red == red).Sum(v => v.Position.X);
            }
        }
        """);

    [Fact]
    public Task Task_awaited_inside_the_using() => VerifyAsync("""
        public static class Background
        {
            public static async Task<long> CountAsync(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                return await Task.Run(() => view.Count);
            }
        }
        """);

    [Fact]
    public Task Local_list_that_stays_inside_the_using() => VerifyAsync("""
        public static class Filter
        {
            public static int CountRed(string path)
            {
                using var file = MappedFile.Open(path);
                var red = new List<Vertex>();
                foreach (var v in file.View<Vertex>())
                    if (v.Color.Red > 0) red.Add(v);
                return red.Count;
            }
        }
        """);

    [Fact]
    public Task Outer_local_gets_a_detached_copy() => VerifyAsync("""
        public static class Brightest
        {
            public static void Print(string path)
            {
                Vertex best = default;
                using (var file = MappedFile.Open(path))
                {
                    foreach (var v in file.View<Vertex>())
                        if (v.Color.Red > best.Color.Red) best = v.Detach();
                }

                Console.WriteLine(best);
            }
        }
        """);

    [Fact]
    public Task Outer_local_not_used_after_the_using() => VerifyAsync("""
        public static class Last
        {
            public static void Print(string path)
            {
                Vertex last = default;
                using (var file = MappedFile.Open(path))
                {
                    foreach (var v in file.View<Vertex>())
                        last = v;
                    Console.WriteLine(last);
                }

                Console.WriteLine("done");
            }
        }
        """);

    [Fact]
    public Task Ownership_transfer_disposes_only_on_failure() => VerifyAsync("""
        public sealed class Table : IDisposable
        {
            private readonly MappedFile _file;
            private readonly RecordView<Vertex> _rows;

            public Table(string path)
            {
                var file = MappedFile.Open(path);
                try
                {
                    if (file.Read<Header>(0).Count < 0) throw new InvalidOperationException("bad header");
                    _rows = file.View<Vertex>(16);
                    _file = file;
                }
                catch
                {
                    file.Dispose();
                    throw;
                }
            }

            public static MappedFile OpenChecked(string path)
            {
                var file = MappedFile.Open(path);
                try
                {
                    _ = file.Read<Header>(0).Magic.ToString();
                    return file;
                }
                catch
                {
                    file.Dispose();
                    throw;
                }
            }

            public Vertex this[long i] => _rows[i];

            public void Dispose() => _file.Dispose();
        }
        """);

    [Fact]
    public Task Detached_copies_stored_in_fields_and_yielded() => VerifyAsync("""
        public sealed class Cache
        {
            private readonly Dictionary<long, Vertex> _cache = new();
            private Vertex _first;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                _first = view[0].Detach();
                for (long i = 0; i < view.Count; i++)
                    _cache[i] = view[i].Detach();
            }

            public static IEnumerable<float> Xs(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var v in file.View<Vertex>())
                    yield return v.Position.X;
            }
        }
        """);

    [Fact]
    public Task Records_formatted_into_a_string_builder_field() => VerifyAsync("""
        public sealed class Log
        {
            private readonly System.Text.StringBuilder _text = new();
            private readonly List<string> _lines = new();

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var v in file.View<Vertex>())
                {
                    _text.Append(v);
                    _lines.Add(v.ToString());
                }
            }
        }
        """);
}
