using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>
/// Escapes out of a <c>using</c> in a method or lambda that sits inside an unrelated <c>using</c> or <c>catch</c>
/// of its enclosing body: still reported once the analysis stays inside the body's own regions.
/// </summary>
public class NestedFunctionEscapeTests
{
    [Fact]
    public Task Lambda_capturing_a_view_stored_in_a_field_next_to_an_unrelated_using() => VerifyAsync("""
        public sealed class Reader
        {
            private Action? _print;

            public void Load(string path)
            {
                using var temp = new System.IO.MemoryStream();
                using (var file = MappedFile.Open(path))
                {
                    var view = file.View<Vertex>();
                    _print = {|MMR100:() => Console.WriteLine(view[0].Position.X)|};
                }
            }

            public void Print() => _print?.Invoke();
        }
        """);

    [Fact]
    public Task Lambda_capturing_a_view_stored_in_a_field_from_a_lambda_inside_a_using() => VerifyAsync("""
        public sealed class Reader
        {
            private Action? _print;

            private static void Run(Action a) => a();

            public void Load(string path)
            {
                using var temp = new System.IO.MemoryStream();
                Run(() =>
                {
                    using (var file = MappedFile.Open(path))
                    {
                        var view = file.View<Vertex>();
                        _print = {|MMR100:() => Console.WriteLine(view[0].Position.X)|};
                    }
                });
            }

            public void Print() => _print?.Invoke();
        }
        """);

    [Fact]
    public Task View_stored_in_a_field_from_a_lambda_inside_a_catch() => VerifyAsync("""
        public sealed class Reader
        {
            private RecordView<Vertex> _view;

            public void Load(string path)
            {
                try
                {
                    Console.WriteLine(path);
                }
                catch (System.IO.IOException)
                {
                    Action retry = () =>
                    {
                        using var file = MappedFile.Open(path);
                        _view = {|MMR100:file.View<Vertex>()|};
                    };
                    retry();
                }
            }

            public Vertex First => _view[0];
        }
        """);
}
