using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>A helper (a local function or a method) that stores only a <c>Detach()</c> copy or a scalar of its argument does not keep it.</summary>
public class HelperCopyTests
{
    [Fact]
    public Task Local_function_enqueuing_a_copy_into_a_field_is_fine() => VerifyAsync("""
        public sealed class WorkQueue
        {
            private readonly Queue<Vertex> _pending = new();
            private readonly List<float> _xs = new();

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);

                void EnqueueIfVisible(Vertex v)
                {
                    if (v.Color.Red > 0)
                        _pending.Enqueue(v.Detach());
                    _xs.Add(v.Position.X);
                }

                foreach (var v in file.View<Vertex>())
                    EnqueueIfVisible(v);
            }
        }
        """);

    [Fact]
    public Task Local_function_enqueuing_the_record_into_a_field() => VerifyAsync("""
        public sealed class WorkQueue
        {
            private readonly Queue<Vertex> _pending = new();

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);

                void EnqueueIfVisible(Vertex v)
                {
                    if (v.Color.Red > 0)
                        _pending.Enqueue({|MMR100:v|});
                }

                foreach (var v in file.View<Vertex>())
                    EnqueueIfVisible({|MMR100:v|});
            }
        }
        """);

    [Fact]
    public Task Method_storing_a_copy_in_a_tuple_is_fine() => VerifyAsync("""
        public sealed class Registry
        {
            private readonly List<(Vertex Vertex, int Index)> _seen = new();

            private void Remember(Vertex v, int index) => _seen.Add((v.Detach(), index));

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var i = 0;
                foreach (var v in file.View<Vertex>())
                    Remember(v, i++);
            }
        }
        """);

    [Fact]
    public Task Method_storing_the_record_in_a_tuple() => VerifyAsync("""
        public sealed class Registry
        {
            private readonly List<(Vertex Vertex, int Index)> _seen = new();

            private void Remember(Vertex v, int index) => _seen.Add((v, index));

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var i = 0;
                foreach (var v in file.View<Vertex>())
                    Remember({|MMR100:v|}, i++);
            }
        }
        """);
}
