using System.Buffers.Binary;
using MmapRecords.Testing;
using Xunit.Abstractions;

namespace MmapRecords.Package.Tests;

/// <summary>
/// The README's install steps, followed word for word on a fresh project: the fixture already ran the first
/// command (pack, in a copy of the repository); here a new console project (from `dotnet new console`) runs the
/// second (add the package from that folder), declares a record, builds and reads a file.
/// </summary>
[Collection(PackageTestGroup.Name)]
public sealed class ReadmeInstallTests(PackageFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void The_install_section_gives_the_two_local_commands_and_the_published_one()
    {
        Assert.Equal(2, InstallSteps.Commands.Count);
        Assert.StartsWith("dotnet pack src/Runtime ", InstallSteps.Pack, StringComparison.Ordinal);
        Assert.StartsWith("dotnet add package MmapRecords --source ", InstallSteps.Add, StringComparison.Ordinal);
        Assert.Contains("```sh\ndotnet add package MmapRecords\n```", InstallSteps.Section, StringComparison.Ordinal);
        // The minimum SDK is stated, with the compiler version the check in build/MmapRecords.targets names.
        Assert.Contains(".NET SDK 9.0.300", InstallSteps.Section, StringComparison.Ordinal);
        Assert.Contains("4.14", InstallSteps.Section, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_console_project_adds_the_package_as_the_readme_says_builds_without_warnings_and_reads_a_file()
    {
        var project = Path.Combine(fixture.WorkDirectory, "readme-app");
        Run(fixture.DotNet(fixture.WorkDirectory, "new", "console", "-o", project, "-n", "ReadmeApp"));

        // The README's second command, in the project's folder, as written.
        Run(fixture.Shell(project, InstallSteps.Add));
        Assert.Contains($"<PackageReference Include=\"MmapRecords\" Version=\"{fixture.Version}\" />", File.ReadAllText(Path.Combine(project, "ReadmeApp.csproj")), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(project, "Point.cs"), """
            using MmapRecords;

            namespace ReadmeApp;

            [Record(Size = 10, ByteOrder = ByteOrder.BigEndian)]
            public readonly partial struct Point
            {
                [Field(0)] public partial int X { get; }
                [Field(4)] public partial int Y { get; }
                [Field(8)] public partial ushort Weight { get; }
            }
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using MmapRecords;
            using ReadmeApp;

            using var file = MappedFile.Open(args[0]);
            foreach (var point in file.View<Point>())
            {
                Console.WriteLine(point);
            }
            """);

        // Two big-endian records, written here with BinaryPrimitives: what the app must print.
        var data = Path.Combine(fixture.WorkDirectory, "points.bin");
        var bytes = new byte[20];
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(0), -7);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), 123456);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(8), 65000);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(10), 1);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(14), 2);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(18), 3);
        File.WriteAllBytes(data, bytes);

        var build = Run(fixture.DotNet(project, "build"));
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        var run = Run(fixture.DotNet(project, "run", "--no-build", "--", data));
        Assert.Equal(
            ["Point { X = -7, Y = 123456, Weight = 65000 }", "Point { X = 1, Y = 2, Weight = 3 }"],
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private ToolResult Run(ToolResult result)
    {
        output.WriteLine(result.All);
        return result.EnsureSuccess();
    }
}
