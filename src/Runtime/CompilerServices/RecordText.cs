using System;
using System.Buffers.Binary;
using System.ComponentModel;
using System.Text;

namespace MmapRecords.CompilerServices;

/// <summary>
/// Reads and writes fixed-length string fields: <c>length</c> bytes, the value ends at the first NUL byte
/// (C-style) and everything before it is kept, spaces included. Writing pads with NUL bytes and never
/// truncates: a value that does not fit, or that the encoding cannot represent, throws <see cref="ArgumentException"/>
/// before any byte is written.
/// </summary>
/// <remarks>Used by generated code; not meant to be used directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class RecordText
{
    // Reading never throws: invalid bytes decode as U+FFFD (UTF-8) or '?' (ASCII, bytes above 0x7F).
    // Writing is strict: a character the encoding cannot represent throws instead of becoming '?'.
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictAscii = Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
    private static readonly Encoding StrictLatin1 = Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);

    /// <summary>Reads the string stored in the <paramref name="length"/> bytes at <paramref name="address"/>.</summary>
    /// <param name="address">The field's first byte.</param>
    /// <param name="length">The field's length in bytes.</param>
    /// <param name="encoding">The field's encoding.</param>
    /// <returns>The bytes before the first NUL (all of them if there is none), decoded.</returns>
    public static string Read(nint address, int length, TextEncoding encoding)
    {
        var bytes = Bytes(address, length);
        var end = bytes.IndexOf((byte)0);
        if (end >= 0)
        {
            bytes = bytes[..end];
        }

        return bytes.IsEmpty ? string.Empty : Decoder(encoding).GetString(bytes);
    }

    /// <summary>
    /// Writes <paramref name="value"/> into the <paramref name="length"/> bytes at <paramref name="address"/> and fills
    /// the rest with NUL bytes. <see langword="null"/> writes an empty string.
    /// </summary>
    /// <param name="address">The field's first byte (already checked writable).</param>
    /// <param name="length">The field's length in bytes.</param>
    /// <param name="encoding">The field's encoding.</param>
    /// <param name="value">The value to store.</param>
    /// <param name="field">The field, as <c>Record.Field</c>, for messages.</param>
    /// <exception cref="ArgumentException">The value needs more than <paramref name="length"/> bytes, contains a NUL
    /// character (it would read back cut short), or has a character <paramref name="encoding"/> cannot represent.</exception>
    public static void Write(nint address, int length, TextEncoding encoding, string? value, string field)
    {
        value ??= string.Empty;
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            ThrowHelper.ThrowStringHasNul(field, value);
        }

        var strict = Encoder(encoding);
        int count;
        try
        {
            count = strict.GetByteCount(value);
        }
        catch (EncoderFallbackException e)
        {
            ThrowHelper.ThrowStringNotEncodable(field, value, encoding.ToString(), e);
            return;
        }

        if (count > length)
        {
            ThrowHelper.ThrowStringTooLong(field, value, count, encoding.ToString(), length);
        }

        var bytes = new Span<byte>((void*)address, length);
        var written = strict.GetBytes(value, bytes);
        bytes[written..].Clear();
    }

    /// <summary>
    /// Reads the UTF-16 string stored in the <paramref name="length"/> bytes at <paramref name="address"/>: the code
    /// units before the first 0x0000 unit (all of them if there is none), kept as they are (an unpaired surrogate too).
    /// </summary>
    /// <param name="address">The field's first byte.</param>
    /// <param name="length">The field's length in bytes (even).</param>
    /// <param name="bigEndian">Whether the code units are big-endian.</param>
    /// <returns>The string.</returns>
    public static string ReadUtf16(nint address, int length, bool bigEndian)
    {
        // Byte-wise: the field may start at an odd address, where a span of ushort is not safe on every platform.
        var bytes = Bytes(address, length & ~1);
        var end = 0;
        while (end < bytes.Length && (bytes[end] | bytes[end + 1]) != 0)
        {
            end += 2;
        }

        return end == 0
            ? string.Empty
            : string.Create(end / 2, (Address: address, BigEndian: bigEndian), static (chars, state) =>
            {
                var units = Bytes(state.Address, chars.Length * 2);
                for (var i = 0; i < chars.Length; i++)
                {
                    var unit = units.Slice(i * 2, 2);
                    chars[i] = (char)(state.BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(unit) : BinaryPrimitives.ReadUInt16LittleEndian(unit));
                }
            });
    }

    /// <summary>
    /// Writes <paramref name="value"/> as UTF-16 code units into the <paramref name="length"/> bytes at
    /// <paramref name="address"/> and fills the rest with zero units. <see langword="null"/> writes an empty string.
    /// </summary>
    /// <param name="address">The field's first byte (already checked writable).</param>
    /// <param name="length">The field's length in bytes (even).</param>
    /// <param name="bigEndian">Whether the code units are big-endian.</param>
    /// <param name="value">The value to store.</param>
    /// <param name="field">The field, as <c>Record.Field</c>, for messages.</param>
    /// <exception cref="ArgumentException">The value needs more than <paramref name="length"/> bytes or contains a NUL
    /// character (it would read back cut short); nothing is written then.</exception>
    public static void WriteUtf16(nint address, int length, bool bigEndian, string? value, string field)
    {
        value ??= string.Empty;
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            ThrowHelper.ThrowStringHasNul(field, value);
        }

        if ((long)value.Length * sizeof(char) > length)
        {
            ThrowHelper.ThrowStringTooLong(field, value, value.Length * sizeof(char), "UTF-16", length);
        }

        var bytes = new Span<byte>((void*)address, length & ~1);
        for (var i = 0; i < value.Length; i++)
        {
            var unit = bytes.Slice(i * 2, 2);
            if (bigEndian)
            {
                BinaryPrimitives.WriteUInt16BigEndian(unit, value[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16LittleEndian(unit, value[i]);
            }
        }

        bytes[(value.Length * 2)..].Clear();
    }

    /// <summary>The <paramref name="length"/> raw bytes at <paramref name="address"/>, NUL bytes included.</summary>
    /// <param name="address">The field's first byte.</param>
    /// <param name="length">The field's length in bytes.</param>
    /// <returns>A span over the field's bytes.</returns>
    public static ReadOnlySpan<byte> Bytes(nint address, int length) => new((void*)address, length);

    private static Encoding Decoder(TextEncoding encoding) => encoding switch
    {
        TextEncoding.Ascii => Encoding.ASCII,
        TextEncoding.Latin1 => Encoding.Latin1,
        _ => Encoding.UTF8,
    };

    private static Encoding Encoder(TextEncoding encoding) => encoding switch
    {
        TextEncoding.Ascii => StrictAscii,
        TextEncoding.Latin1 => StrictLatin1,
        _ => StrictUtf8,
    };
}
