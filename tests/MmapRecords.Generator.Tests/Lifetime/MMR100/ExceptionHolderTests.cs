using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>
/// An exception that carries a record, held in a variable whose declared type (<c>Exception</c>) cannot hold records:
/// the variable keeps the object it was given, so throwing or returning it carries the record out.
/// </summary>
public class ExceptionHolderTests
{
    private const string BadVertex = """
        public sealed class BadVertexException(Vertex vertex) : Exception("bad vertex")
        {
            public Vertex Vertex { get; } = vertex;
        }

        """;

    [Fact]
    public Task Exception_local_thrown_from_the_using() => VerifyAsync(BadVertex + """
        public static class Checker
        {
            public static void Check(string path)
            {
                using var file = MappedFile.Open(path);
                var v = file.Read<Vertex>(0);
                Exception error = new BadVertexException(v);
                if (float.IsNaN(v.Position.X))
                    throw {|MMR100:error|};
            }
        }
        """);

    [Fact]
    public Task Exception_local_returned() => VerifyAsync(BadVertex + """
        public static class Checker
        {
            public static Exception? Check(string path)
            {
                using var file = MappedFile.Open(path);
                var v = file.Read<Vertex>(0);
                Exception? error = float.IsNaN(v.Position.X) ? new BadVertexException(v) : null;
                return {|MMR100:error|};
            }
        }
        """);

    [Fact]
    public Task Exception_kept_past_the_using_and_thrown_after() => VerifyAsync(BadVertex + """
        public static class Checker
        {
            public static void Check(string path)
            {
                Exception? error = null;
                using (var file = MappedFile.Open(path))
                {
                    var v = file.Read<Vertex>(0);
                    if (float.IsNaN(v.Position.X))
                        error = {|MMR100:new BadVertexException(v)|};
                }

                if (error is not null)
                    throw {|MMR101:error|};
            }
        }
        """);

    [Fact]
    public Task Exception_local_stored_in_a_field() => VerifyAsync(BadVertex + """
        public sealed class Checker
        {
            private Exception? _last;

            public void Check(string path)
            {
                using var file = MappedFile.Open(path);
                Exception error = new BadVertexException(file.Read<Vertex>(0));
                _last = {|MMR100:error|};
            }
        }
        """);

    [Fact]
    public Task Exception_local_carrying_a_copy_is_fine() => VerifyAsync(BadVertex + """
        public static class Checker
        {
            public static void Check(string path)
            {
                Exception? error = null;
                using (var file = MappedFile.Open(path))
                {
                    var v = file.Read<Vertex>(0);
                    if (float.IsNaN(v.Position.X))
                        error = new BadVertexException(v.Detach());
                }

                if (error != null)
                    throw error;
            }
        }
        """);

    [Fact]
    public Task Exception_with_a_message_only_and_a_caught_exception_are_fine() => VerifyAsync(BadVertex + """
        public static class Checker
        {
            public static Exception? Check(string path)
            {
                using var file = MappedFile.Open(path);
                var v = file.Read<Vertex>(0);
                Exception error = new InvalidOperationException($"bad vertex {v}");
                try
                {
                    Console.WriteLine(v.Position.X);
                }
                catch (Exception e)
                {
                    return e;
                }

                return error;
            }
        }
        """);
}
