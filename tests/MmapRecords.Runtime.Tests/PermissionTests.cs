namespace MmapRecords.Runtime.Tests;

/// <summary>
/// Files the process may not read or write. The tests run as root here, and root ignores permission bits
/// (CAP_DAC_OVERRIDE), so a chmod alone proves nothing for root. Two honest ways instead: run the child program as
/// the unprivileged user 'nobody' (setpriv), where permission bits apply; and an immutable file (chattr +i), which
/// even root may not open for writing.
/// </summary>
public sealed class PermissionTests
{
    private static readonly bool IsRoot = Environment.IsPrivilegedProcess;

    [Theory]
    [InlineData(UnixFileMode.None, MapAccess.Read, false)]
    [InlineData(UnixFileMode.None, MapAccess.CopyOnWrite, false)]
    [InlineData(UnixFileMode.None, MapAccess.ReadWrite, false)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, MapAccess.Read, true)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, MapAccess.CopyOnWrite, true)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, MapAccess.ReadWrite, false)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead, MapAccess.ReadWrite, false)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite, MapAccess.ReadWrite, true)]
    public void A_file_without_the_permission_the_mode_needs_throws_UnauthorizedAccess_naming_file_and_mode(UnixFileMode mode, MapAccess access, bool opens)
    {
        using var temp = new TempDirectory();
        var path = temp.File("perm.bin");
        File.WriteAllBytes(path, new byte[100]);
        File.SetUnixFileMode(temp.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(path, mode);

        string outcome;
        if (IsRoot)
        {
            // As 'nobody': the file belongs to root, so only the group/other bits count for the child. The child's
            // files are copied next to the file first: the repository may live where nobody cannot read (/root).
            var childDirectory = Path.Combine(temp.Path, "child");
            Directory.CreateDirectory(childDirectory);
            foreach (var built in Directory.GetFiles(Path.GetDirectoryName(Child.DllPath("Debug"))!))
            {
                File.Copy(built, Path.Combine(childDirectory, Path.GetFileName(built)));
            }

            var (code, stdout, stderr) = Oracle.RunProcess(
                "setpriv",
                ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(childDirectory, Path.GetFileName(Child.DllPath("Debug"))), "open", path, access.ToString()],
                new Dictionary<string, string> { ["HOME"] = temp.Path, ["DOTNET_CLI_HOME"] = temp.Path });
            Assert.True(code == 0, $"child as nobody exited with {code}: {stdout} {stderr}");
            outcome = stdout.Split('\n')[1];
        }
        else
        {
            try
            {
                using var file = MappedFile.Open(path, access);
                outcome = $"open {access}: opened {file.Length}";
            }
            catch (UnauthorizedAccessException e)
            {
                outcome = $"open {access}: {e.GetType().Name}: {e.Message}";
            }
        }

        if (opens)
        {
            Assert.Equal($"open {access}: opened 100", outcome);
        }
        else
        {
            Assert.StartsWith($"open {access}: UnauthorizedAccessException: ", outcome, StringComparison.Ordinal);
            Assert.Contains(path, outcome, StringComparison.Ordinal);
            Assert.Contains(access.ToString(), outcome.Substring(outcome.IndexOf(':', 6)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_immutable_file_cannot_be_mapped_for_writing_even_by_root_but_can_be_read_and_copied_on_write()
    {
        // Under the build output (the repo's own file system), where chattr works; /tmp may be tmpfs elsewhere.
        var directory = Path.Combine(AppContext.BaseDirectory, "immutable-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "immutable.bin");
        File.WriteAllBytes(path, new byte[64]);
        Oracle.Run("chattr", "+i", path);
        try
        {
            var e = Assert.Throws<UnauthorizedAccessException>(() => MappedFile.Open(path, MapAccess.ReadWrite));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.Contains("ReadWrite", e.Message, StringComparison.Ordinal);
            Assert.Equal(0, Oracle.DescriptorsOf(path));

            using (var file = MappedFile.Open(path))
            {
                Assert.Equal(8, file.View<Long8>().Count);
            }

            using (var file = MappedFile.Open(path, MapAccess.CopyOnWrite))
            {
                var record = file.View<Long8>()[0];
                record.Value = 5;
                Assert.Equal(5UL, record.Value);
            }

            Oracle.Run("chattr", "+i", directory);
            try
            {
                var create = Assert.Throws<UnauthorizedAccessException>(() => MappedFile.Create(Path.Combine(directory, "new.bin"), 10));
                Assert.Contains("new.bin", create.Message, StringComparison.Ordinal);
            }
            finally
            {
                Oracle.Run("chattr", "-i", directory);
            }
        }
        finally
        {
            Oracle.Run("chattr", "-i", path);
            Directory.Delete(directory, recursive: true);
        }

        Assert.False(File.Exists(path));
    }
}
