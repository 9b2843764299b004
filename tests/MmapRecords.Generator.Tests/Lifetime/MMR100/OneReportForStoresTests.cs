using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>
/// One mistake, one report: a variable whose record is reported leaving for a field or collection that outlives the
/// file (MMR100) is not reported again where it is read after the disposal.
/// </summary>
public class OneReportForStoresTests
{
    [Fact]
    public Task Record_stored_in_a_field_array_and_read_after_dispose() => VerifyAsync("""
        public sealed class Cache
        {
            private readonly Vertex[] _recent = new Vertex[4];

            public void Load(string path)
            {
                var file = MappedFile.Open(path);
                var v = file.Read<Vertex>(0);
                _recent[0] = {|MMR100:v|};
                file.Dispose();
                Console.WriteLine(v.Position.X);
            }
        }
        """);

    [Fact]
    public Task Record_added_to_a_field_list_and_read_after_the_using() => VerifyAsync("""
        public sealed class Cache
        {
            private readonly List<Vertex> _all = new();

            public void Load(string path)
            {
                Vertex v;
                using (var file = MappedFile.Open(path))
                {
                    v = {|MMR100:file.Read<Vertex>(0)|};
                    _all.Add({|MMR100:v|});
                }

                Console.WriteLine(v.Position.X);
            }
        }
        """);

    [Fact]
    public Task Record_stored_in_a_field_then_read_again_through_the_field() => VerifyAsync("""
        public sealed class Cache
        {
            private Vertex _last;

            public float Load(string path)
            {
                using (var file = MappedFile.Open(path))
                {
                    _last = {|MMR100:file.Read<Vertex>(0)|};
                }

                return _last.Position.X;
            }
        }
        """);

    [Fact]
    public Task Another_variable_read_after_dispose_still_reports() => VerifyAsync("""
        public sealed class Cache
        {
            private readonly Vertex[] _recent = new Vertex[4];

            public void Load(string path)
            {
                var file = MappedFile.Open(path);
                var v = file.Read<Vertex>(0);
                var w = file.Read<Vertex>(20);
                _recent[0] = {|MMR100:v|};
                file.Dispose();
                Console.WriteLine({|MMR101:w|}.Position.X);
            }
        }
        """);

    [Fact]
    public Task Copy_stored_in_a_field_array_is_fine() => VerifyAsync("""
        public sealed class Cache
        {
            private readonly Vertex[] _recent = new Vertex[4];

            public float Load(string path)
            {
                var file = MappedFile.Open(path);
                var v = file.Read<Vertex>(0).Detach();
                _recent[0] = v;
                file.Dispose();
                return v.Position.X + _recent[0].Position.Y;
            }
        }
        """);
}
