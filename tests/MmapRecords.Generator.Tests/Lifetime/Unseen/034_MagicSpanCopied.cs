// expect: none
using System;
using System.Text;
using MmapRecords;

namespace Formats;

public static class Sniffer
{
    public static byte[] Signature(string path)
    {
        using var file = MappedFile.Open(path);
        return file.Bytes(0, Math.Min(8, (int)file.Length)).ToArray();
    }

    public static string Kind(string path)
    {
        using var file = MappedFile.Open(path);
        ReadOnlySpan<byte> head = file.Bytes(0, 4);
        if (head.SequenceEqual(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }))
        {
            return "elf";
        }

        return head.StartsWith("MZ"u8) ? "pe" : Encoding.ASCII.GetString(head);
    }
}
