using System.Text;
using System.Text.Unicode;

namespace Engage.Classifier.Cli.Input;

/// <summary>
/// One pass over a file's bytes: counts its lines and finds the first byte sequence that is not UTF-8, with its line.
/// Chunks are checked with the vectorized <see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>; only a chunk that fails is walked
/// rune by rune to find the offending line. A line feed (0x0A) never occurs inside a multi-byte sequence, so
/// counting it in the raw bytes is exact.
/// </summary>
internal static class Utf8Scan
{
    private const int ChunkSize = 1 << 16;

    /// <param name="Lines">Lines in the file (at least 1).</param>
    /// <param name="InvalidLine">The line of the first invalid sequence, or <see langword="null"/> when the file is UTF-8.</param>
    /// <param name="InvalidBytes">The bytes that do not decode (up to 4), for the message.</param>
    public readonly record struct Result(long Lines, long? InvalidLine, byte[] InvalidBytes);

    public static Result Scan(Stream stream, bool validate)
    {
        var buffer = new byte[ChunkSize + 4];
        int carried = 0;
        long lines = 1;
        int read;
        while ((read = stream.Read(buffer, carried, ChunkSize)) > 0 || carried > 0)
        {
            int length = carried + read;
            bool last = read == 0;

            // Hold back a sequence that may continue in the next chunk (a trailing lead byte and its continuations).
            int cut = last ? length : SafeCut(buffer.AsSpan(0, length));
            ReadOnlySpan<byte> chunk = buffer.AsSpan(0, cut);
            if (validate && !Utf8.IsValid(chunk))
            {
                int offset = FirstInvalid(chunk);
                long line = lines + chunk[..offset].Count((byte)'\n');
                byte[] bad = chunk.Slice(offset, Math.Min(4, chunk.Length - offset)).ToArray();
                return new Result(line, line, bad[..BadLength(bad)]);
            }

            lines += chunk.Count((byte)'\n');
            carried = length - cut;
            buffer.AsSpan(cut, carried).CopyTo(buffer);
            if (last)
            {
                break;
            }
        }

        return new Result(lines, null, []);
    }

    /// <summary>Where to end a chunk so that it does not end inside a sequence: before the last lead byte among the last four bytes.</summary>
    private static int SafeCut(ReadOnlySpan<byte> bytes)
    {
        for (int i = bytes.Length - 1; i >= Math.Max(0, bytes.Length - 4); i--)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                // A lead byte may start a sequence that continues in the next chunk; an ASCII byte ends cleanly.
                return bytes[i] >= 0xC0 ? i : bytes.Length;
            }
        }

        // Four continuation bytes in a row are invalid wherever the chunk ends.
        return bytes.Length;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return bytes.Length;
    }

    private static int BadLength(byte[] bad)
    {
        Rune.DecodeFromUtf8(bad, out _, out int consumed);
        return Math.Max(1, consumed);
    }
}
