using MmapRecords.CodeFixes;
using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.CodeFixes;

/// <summary>The MMR100 and MMR101 code fixes, applied by the Roslyn testing library to whole documents.</summary>
public class LifetimeCodeFixTests
{
    [Fact]
    public Task Detach_a_returned_record() => VerifyFixAsync<DetachCodeFix>("""
        public static class Loader
        {
            public static Vertex First(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.View<Vertex>()[0]|};
            }
        }
        """, """
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
    public Task Detach_in_the_seed_pattern_also_clears_the_later_use() => VerifyFixAsync<DetachCodeFix>("""
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
        """, """
        public static class Seed
        {
            public static void Run(string path)
            {
                var vertices = new List<Vertex>();
                using (var file = MappedFile.Open(path))
                {
                    foreach (var vertex in file.View<Vertex>())
                        vertices.Add(vertex.Detach());
                }

                foreach (var vertex in vertices)
                    Console.WriteLine(vertex);
            }
        }
        """);

    [Fact]
    public Task Detach_on_a_conditional_copies_only_the_record_branches() => VerifyFixAsync<DetachCodeFix>("""
        public sealed class Holder
        {
            private Vertex _first;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                _first = {|MMR100:view.Count > 0 ? view[0] : default|};
            }
        }
        """, """
        public sealed class Holder
        {
            private Vertex _first;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                _first = view.Count > 0 ? view[0].Detach() : default;
            }
        }
        """);

    [Fact]
    public Task Detach_is_not_offered_for_a_view() => VerifyFixAsync<DetachCodeFix>("""
        public static class Loader
        {
            public static RecordView<Vertex> All(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.View<Vertex>()|};
            }
        }
        """, """
        public static class Loader
        {
            public static RecordView<Vertex> All(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.View<Vertex>()|};
            }
        }
        """);

    [Fact]
    public Task Move_the_use_after_a_using_statement_into_it() => VerifyFixAsync<MoveIntoUsingCodeFix>("""
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

                Console.WriteLine("loaded");
                foreach (var vertex in {|MMR101:vertices|})
                    Console.WriteLine(vertex);
            }
        }
        """, """
        public static class Seed
        {
            public static void Run(string path)
            {
                var vertices = new List<Vertex>();
                using (var file = MappedFile.Open(path))
                {
                    foreach (var vertex in file.View<Vertex>())
                        vertices.Add(vertex);

                    Console.WriteLine("loaded");
                    foreach (var vertex in vertices)
                        Console.WriteLine(vertex);
                }
            }
        }
        """);

    [Fact]
    public Task Move_an_explicit_dispose_after_the_use() => VerifyFixAsync<MoveIntoUsingCodeFix>("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                file.Dispose();
                Console.WriteLine({|MMR101:vertex|}.Position.X);
                Console.WriteLine("done");
            }
        }
        """, """
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                Console.WriteLine(vertex.Position.X);
                file.Dispose();
                Console.WriteLine("done");
            }
        }
        """);

    [Fact]
    public Task Move_is_not_offered_when_a_moved_declaration_is_needed_later() => VerifyFixAsync<MoveIntoUsingCodeFix>("""
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

                var x = {|MMR101:vertices|}[0].Position.X;
                Console.WriteLine(x);
            }
        }
        """, """
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

                var x = {|MMR101:vertices|}[0].Position.X;
                Console.WriteLine(x);
            }
        }
        """);

    [Fact]
    public Task Detach_on_nested_conditionals_copies_each_record_branch() => VerifyFixAsync<DetachCodeFix>("""
        public static class Loader
        {
            public static Vertex Pick(string path, int which)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                return {|MMR100:which == 0 ? view[0] : which == 1 ? view[1] : default(Vertex)|};
            }
        }
        """, """
        public static class Loader
        {
            public static Vertex Pick(string path, int which)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                return which == 0 ? view[0].Detach() : which == 1 ? view[1].Detach() : default(Vertex);
            }
        }
        """);

    [Fact]
    public Task Move_is_not_offered_for_a_return() => VerifyFixAsync<MoveIntoUsingCodeFix>("""
        public static class Loader
        {
            public static Header Read(string path)
            {
                var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                file.Dispose();
                return {|MMR101:header|};
            }
        }
        """, """
        public static class Loader
        {
            public static Header Read(string path)
            {
                var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                file.Dispose();
                return {|MMR101:header|};
            }
        }
        """);

    [Fact]
    public Task Detach_fix_all_copies_every_escaping_record() => VerifyFixAllAsync<DetachCodeFix>("""
        public sealed class Cache
        {
            private readonly List<Vertex> _all = new();
            private Vertex _first;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                _first = {|MMR100:view[0]|};
                foreach (var v in view)
                    _all.Add({|MMR100:v|});
            }

            public static Header Head(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.Read<Header>(0)|};
            }
        }
        """, """
        public sealed class Cache
        {
            private readonly List<Vertex> _all = new();
            private Vertex _first;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                _first = view[0].Detach();
                foreach (var v in view)
                    _all.Add(v.Detach());
            }

            public static Header Head(string path)
            {
                using var file = MappedFile.Open(path);
                return file.Read<Header>(0).Detach();
            }
        }
        """);

    [Fact]
    public Task Move_fix_all_moves_every_use_before_its_disposal() => VerifyFixAllAsync<MoveIntoUsingCodeFix>("""
        public static class Reader
        {
            public static void PrintOne(string path)
            {
                var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                file.Dispose();
                Console.WriteLine({|MMR101:vertex|}.Position.X);
            }

            public static void PrintTwo(string path)
            {
                var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                file.Dispose();
                Console.WriteLine({|MMR101:header|}.Count);
            }
        }
        """, """
        public static class Reader
        {
            public static void PrintOne(string path)
            {
                var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                Console.WriteLine(vertex.Position.X);
                file.Dispose();
            }

            public static void PrintTwo(string path)
            {
                var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                Console.WriteLine(header.Count);
                file.Dispose();
            }
        }
        """);
}
