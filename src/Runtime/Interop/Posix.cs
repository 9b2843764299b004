using System;
using System.Runtime.InteropServices;

namespace MmapRecords.Interop;

/// <summary>
/// The three C library calls that <see cref="PosixMapping"/> needs: <c>mmap</c>, <c>munmap</c> and <c>msync</c>, through
/// <see cref="LibraryImportAttribute"/> (source-generated marshalling: NativeAOT-compatible, no native library to ship;
/// "libc" is the name the .NET loader maps to the platform's C library on Linux and macOS).
/// </summary>
/// <remarks>
/// <see cref="System.IO.MemoryMappedFiles"/> cannot do what <see cref="PosixMapping"/> needs: replace a view's pages
/// in place (<c>MAP_FIXED</c>) instead of unmapping them. The flag values differ between Linux and macOS; they are the
/// ones in the C headers of each, for the architectures <see cref="IsSupported"/> admits (generic Linux values:
/// x64 and Arm64; some other Linux architectures number <c>MAP_NORESERVE</c> or <c>MAP_ANONYMOUS</c> differently).
/// </remarks>
internal static partial class Posix
{
    private const string LibC = "libc";

    public const int ProtRead = 0x1;
    public const int ProtWrite = 0x2;
    public const int MapShared = 0x01;
    public const int MapPrivate = 0x02;
    public const int MapFixed = 0x10;

    /// <summary>Whether this process maps files with <c>mmap</c>: 64-bit Linux and macOS on x64 and Arm64.</summary>
    public static readonly bool IsSupported =
        Environment.Is64BitProcess
        && (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary><c>MAP_ANONYMOUS</c>: 0x20 on Linux, 0x1000 (<c>MAP_ANON</c>) on macOS.</summary>
    public static readonly int MapAnonymous = OperatingSystem.IsMacOS() ? 0x1000 : 0x20;

    /// <summary><c>MAP_NORESERVE</c>: no swap is set aside for pages nobody writes (0x4000 on Linux, 0x40 on macOS).</summary>
    public static readonly int MapNoReserve = OperatingSystem.IsMacOS() ? 0x40 : 0x4000;

    /// <summary><c>MS_SYNC</c>: 4 on Linux, 0x10 on macOS.</summary>
    public static readonly int MsSync = OperatingSystem.IsMacOS() ? 0x10 : 0x4;

    /// <summary><c>MAP_FAILED</c>, what <see cref="MMap"/> returns on failure.</summary>
    public static readonly nint MapFailed = -1;

    // off_t is 64 bits on every platform IsSupported admits.
    [LibraryImport(LibC, EntryPoint = "mmap", SetLastError = true)]
    public static partial nint MMap(nint address, nuint length, int protection, int flags, int fd, long offset);

    [LibraryImport(LibC, EntryPoint = "munmap", SetLastError = true)]
    public static partial int MUnmap(nint address, nuint length);

    [LibraryImport(LibC, EntryPoint = "msync", SetLastError = true)]
    public static partial int MSync(nint address, nuint length, int flags);

    /// <summary>The message of the last call's <c>errno</c>, e.g. "Cannot allocate memory (12)".</summary>
    public static string LastError()
    {
        var errno = Marshal.GetLastPInvokeError();
        return $"{Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})";
    }
}
