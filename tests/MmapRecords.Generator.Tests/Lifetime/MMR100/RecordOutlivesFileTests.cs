using Microsoft.CodeAnalysis.Testing;
using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>MMR100: a record or view that can outlive its file. Each case is code a user could write.</summary>
public class RecordOutlivesFileTests
{
    [Fact]
    public Task Seed_list_of_records_filled_inside_using_and_read_after() => VerifyAsync("""
        public static class Seed
        {
            public static void Run(string path)
            {
                var vertices = new List<Vertex>();
                using (var file = MappedFile.Open(path))
                {
                    foreach (var vertex in file.View<Vertex>())
                        vertices.Add({|MMR100:vertex|});
                }

                foreach (var vertex in {|MMR101:vertices|})
                    Console.WriteLine(vertex);
            }
        }
        """);

    [Fact]
    public Task Record_returned_from_using_declaration() => VerifyAsync("""
        public static class Loader
        {
            public static Vertex First(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.View<Vertex>()[0]|};
            }
        }
        """);

    [Fact]
    public Task View_returned_from_using_declaration() => VerifyAsync("""
        public static class Loader
        {
            public static RecordView<Vertex> Vertices(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.View<Vertex>(16)|};
            }
        }
        """);

    [Fact]
    public Task Early_return_from_a_loop_in_a_using_declaration() => VerifyAsync("""
        public static class Search
        {
            public static Vertex? Find(string path, float x)
            {
                using var file = MappedFile.Open(path);
                foreach (var vertex in file.View<Vertex>())
                {
                    if (vertex.Position.X == x)
                        return {|MMR100:vertex|};
                }

                return null;
            }
        }
        """);

    [Fact]
    public Task Nested_record_property_returned() => VerifyAsync("""
        public static class Loader
        {
            public static Vector Origin(string path)
            {
                using (var file = MappedFile.Open(path))
                {
                    return {|MMR100:file.Read<Vertex>(0).Position|};
                }
            }
        }
        """);

    [Fact]
    public Task Iterator_yields_records_of_the_file_it_disposes() => VerifyAsync("""
        public static class Reader
        {
            public static IEnumerable<Vertex> All(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var vertex in file.View<Vertex>())
                    yield return {|MMR100:vertex|};
            }
        }
        """);

    [Fact]
    public Task Async_method_returns_a_record_after_await() => VerifyAsync("""
        public static class Reader
        {
            public static async Task<Header> ReadHeaderAsync(string path)
            {
                using var file = MappedFile.Open(path);
                await Task.Yield();
                return {|MMR100:file.Read<Header>(0)|};
            }
        }
        """);

    [Fact]
    public Task Record_stored_in_a_field() => VerifyAsync("""
        public sealed class LastVertex
        {
            private Vertex _last;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                _last = {|MMR100:view[view.Count - 1]|};
            }

            public float X => _last.Position.X;
        }
        """);

    [Fact]
    public Task View_stored_in_a_static_field() => VerifyAsync("""
        public static class Registry
        {
            private static RecordView<Vertex> s_vertices;

            public static void Load(string path)
            {
                using var file = MappedFile.Open(path);
                s_vertices = {|MMR100:file.View<Vertex>()|};
            }

            public static long Count => s_vertices.Count;
        }
        """);

    [Fact]
    public Task Record_stored_in_a_property() => VerifyAsync("""
        public sealed class Cursor
        {
            public Vertex Current { get; private set; }

            public void MoveTo(string path, long index)
            {
                using var file = MappedFile.Open(path);
                Current = {|MMR100:file.View<Vertex>()[index]|};
            }
        }
        """);

    [Fact]
    public Task Nested_records_added_to_a_field_list() => VerifyAsync("""
        public sealed class Positions
        {
            private readonly List<Vector> _positions = new();

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var vertex in file.View<Vertex>())
                    _positions.Add({|MMR100:vertex.Position|});
            }
        }
        """);

    [Fact]
    public Task Records_added_to_the_callers_list() => VerifyAsync("""
        public static class Loader
        {
            public static void Fill(string path, List<Vertex> into)
            {
                using var file = MappedFile.Open(path);
                foreach (var vertex in file.View<Vertex>())
                    into.Add({|MMR100:vertex|});
            }
        }
        """);

    [Fact]
    public Task Lambda_capturing_a_record_stored_in_a_field() => VerifyAsync("""
        public sealed class Probe
        {
            private Func<float>? _x;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                _x = {|MMR100:() => vertex.Position.X|};
            }

            public float X => _x?.Invoke() ?? 0;
        }
        """);

    [Fact]
    public Task Fire_and_forget_task_capturing_a_view() => VerifyAsync("""
        public static class Background
        {
            public static void Start(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                _ = Task.Run({|MMR100:() => Console.WriteLine(view[0])|});
            }
        }
        """);

    [Fact]
    public Task Lambda_capturing_a_record_returned() => VerifyAsync("""
        public static class Getters
        {
            public static Func<float> X(string path)
            {
                using var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                return {|MMR100:() => vertex.Position.X|};
            }
        }
        """);

    [Fact]
    public Task Return_inside_try_with_finally_disposal() => VerifyAsync("""
        public static class Loader
        {
            public static Vertex First(string path)
            {
                var file = MappedFile.Open(path);
                try
                {
                    return {|MMR100:file.View<Vertex>().First()|};
                }
                finally
                {
                    file.Dispose();
                }
            }
        }
        """);

    [Fact]
    public Task Outer_local_assigned_inside_using_statement_and_read_after() => VerifyAsync("""
        public static class Brightest
        {
            public static void Print(string path)
            {
                Vertex best = default;
                using (var file = MappedFile.Open(path))
                {
                    foreach (var vertex in file.View<Vertex>())
                    {
                        if (vertex.Color.Red > 100)
                            best = {|MMR100:vertex|};
                    }
                }

                Console.WriteLine({|MMR101:best|});
            }
        }
        """);

    [Fact]
    public Task Two_files_in_nested_usings_names_the_right_file() => VerifyAsync("""
        public static class Join
        {
            public static Vertex First(string colors, string vertices)
            {
                using var colorFile = MappedFile.Open(colors);
                using var vertexFile = MappedFile.Open(vertices);
                Console.WriteLine(colorFile.View<Color>().Count);
                return {|#0:vertexFile.View<Vertex>()[0]|};
            }
        }
        """,
        new DiagnosticResult("MMR100", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("This Vertex record", "vertexFile", "it is returned from the method that disposes the file"));

    [Fact]
    public Task Filtered_list_of_records_returned() => VerifyAsync("""
        public static class Query
        {
            public static List<Vertex> Red(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.View<Vertex>().Where(v => v.Color.Red > 0).ToList()|};
            }
        }
        """);

    [Fact]
    public Task Array_of_records_returned() => VerifyAsync("""
        public static class Query
        {
            public static Vertex[] All(string path)
            {
                using var file = MappedFile.Open(path);
                var all = file.View<Vertex>().ToArray();
                return {|MMR100:all|};
            }
        }
        """);

    [Fact]
    public Task Slice_returned() => VerifyAsync("""
        public static class Query
        {
            public static RecordView<Vertex> Middle(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                return {|MMR100:view.Slice(1, view.Count - 2)|};
            }
        }
        """);

    [Fact]
    public Task Record_assigned_to_an_out_parameter() => VerifyAsync("""
        public static class Loader
        {
            public static bool TryFirst(string path, out Vertex first)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                first = {|MMR100:view.Count > 0 ? view[0] : default|};
                return view.Count > 0;
            }
        }
        """);

    [Fact]
    public Task Record_stored_in_a_dictionary_field() => VerifyAsync("""
        public sealed class Index
        {
            private readonly Dictionary<long, Vertex> _byIndex = new();

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                for (long i = 0; i < view.Count; i++)
                    _byIndex[i] = {|MMR100:view[i]|};
            }
        }
        """);

    [Fact]
    public Task Local_function_capturing_a_record_stored_as_a_callback() => VerifyAsync("""
        public sealed class Printer
        {
            private Action? _print;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                _print = {|MMR100:Print|};

                void Print() => Console.WriteLine(vertex);
            }

            public void Run() => _print?.Invoke();
        }
        """);

    [Fact]
    public Task Event_handler_capturing_a_record() => VerifyAsync("""
        public sealed class Ticker
        {
            public event EventHandler? Tick;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                Tick += {|MMR100:(sender, args) => Console.WriteLine(vertex)|};
            }

            public void Raise() => Tick?.Invoke(this, EventArgs.Empty);
        }
        """);

    [Fact]
    public Task Record_boxed_into_an_object_field() => VerifyAsync("""
        public sealed class Inspector
        {
            private object? _selected;

            public void Select(string path, long index)
            {
                using var file = MappedFile.Open(path);
                _selected = {|MMR100:file.View<Vertex>()[index]|};
            }
        }
        """);

    /// <summary>Already disposed when it is returned: the read itself is the mistake, so MMR101 (one report, not two).</summary>
    [Fact]
    public Task Returned_after_explicit_dispose_is_a_use_after_dispose() => VerifyAsync("""
        public static class Loader
        {
            public static Header ReadHeader(string path)
            {
                var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                file.Dispose();
                return {|MMR101:header|};
            }
        }
        """);

    [Fact]
    public Task Report_points_at_the_using_as_additional_location() => VerifyAsync("""
        public static class Loader
        {
            public static Vertex First(string path)
            {
                {|#1:using var file = MappedFile.Open(path);|}
                return {|#0:file.View<Vertex>()[0]|};
            }
        }
        """,
        new DiagnosticResult("MMR100", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithLocation(1)
            .WithArguments("This Vertex record", "file", "it is returned from the method that disposes the file"));
}
