using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Engage.Classifier;

/// <summary>
/// Checks bytes for UTF-8 as they arrive, in chunks of any size, and counts lines: the one rule for "is this input
/// UTF-8, and where is it not", used by the CSV reader (<see cref="Utf8CheckedStream"/>) and by the CLI's
/// up-front check (<see cref="Utf8Scan"/>). Chunks are checked with the vectorized <see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>;
/// a sequence cut by a chunk boundary is carried into the next chunk. A line feed (0x0A) never occurs inside a
/// multi-byte sequence, so counting it in the raw bytes is exact.
/// </summary>
internal sealed class Utf8Validator
{
    private const int MaxSequence = 4;

    private readonly byte[] _carry = new byte[MaxSequence];
    private int _carried;

    /// <summary>Lines seen so far (1 before any byte): the line the next byte is on.</summary>
    public long Lines { get; private set; } = 1;

    /// <summary>The line of the first invalid sequence, or <see langword="null"/> while everything was UTF-8.</summary>
    public long? InvalidLine { get; private set; }

    /// <summary>The bytes that do not decode (1 to 4), for the message; empty while everything was UTF-8.</summary>
    public byte[] InvalidBytes { get; private set; } = [];

    /// <summary>Checks the next bytes; <see langword="false"/> at the first invalid sequence (<see cref="InvalidLine"/> is then set).</summary>
    public bool Feed(ReadOnlySpan<byte> bytes)
    {
        if (InvalidLine is not null)
        {
            return false;
        }

        if (_carried > 0)
        {
            // Finish the sequence the last chunk ended inside, from the first bytes of this one.
            Span<byte> joined = stackalloc byte[MaxSequence];
            _carry.AsSpan(0, _carried).CopyTo(joined);
            int taken = Math.Min(MaxSequence - _carried, bytes.Length);
            bytes[..taken].CopyTo(joined[_carried..]);
            OperationStatus status = Rune.DecodeFromUtf8(joined[..(_carried + taken)], out _, out int consumed);
            if (status == OperationStatus.NeedMoreData)
            {
                joined[..(_carried + taken)].CopyTo(_carry);
                _carried += taken;
                return true;
            }

            if (status != OperationStatus.Done)
            {
                return Fail(joined[..(_carried + taken)], 0);
            }

            bytes = bytes[(consumed - _carried)..];
            _carried = 0;
        }

        int cut = SafeCut(bytes);
        ReadOnlySpan<byte> whole = bytes[..cut];
        if (!Utf8.IsValid(whole))
        {
            int offset = FirstInvalid(whole);
            return Fail(whole[offset..], whole[..offset].Count((byte)'\n'));
        }

        Lines += whole.Count((byte)'\n');
        bytes[cut..].CopyTo(_carry);
        _carried = bytes.Length - cut;
        return true;
    }

    /// <summary>Ends the input; <see langword="false"/> when it ends inside a sequence.</summary>
    public bool Complete() => InvalidLine is null && (_carried == 0 || Fail(_carry.AsSpan(0, _carried), 0));

    /// <summary>
    /// The failure after an invalid sequence: "'comments.csv' is not UTF-8: line 3 has the bytes 0xF6, which UTF-8 does not
    /// allow there.", with the line, and a <see cref="DecoderFallbackException"/> inside that tells callers (the CLI) the input
    /// may be in a legacy encoding.
    /// </summary>
    public ClassifierDataException Failure(string sourceName, string? filePath) => new(
        $"'{sourceName}' is not UTF-8: line {InvalidLine} has the bytes {string.Join(' ', InvalidBytes.Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)))}, which UTF-8 does not allow there.",
        filePath,
        InvalidLine,
        new DecoderFallbackException("The input is not UTF-8."));

    private bool Fail(ReadOnlySpan<byte> from, int newlinesBefore)
    {
        InvalidLine = Lines + newlinesBefore;
        Rune.DecodeFromUtf8(from, out _, out int bad);
        InvalidBytes = from[..Math.Clamp(bad, 1, Math.Min(MaxSequence, from.Length))].ToArray();
        return false;
    }

    /// <summary>Where to end a chunk so that it does not end inside a sequence: before the last lead byte among the last four bytes.</summary>
    private static int SafeCut(ReadOnlySpan<byte> bytes)
    {
        for (int i = bytes.Length - 1; i >= Math.Max(0, bytes.Length - MaxSequence); i--)
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
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return bytes.Length;
    }
}
