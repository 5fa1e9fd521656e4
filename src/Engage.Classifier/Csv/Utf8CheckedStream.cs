namespace Engage.Classifier;

/// <summary>
/// A read-only view of a stream that checks its bytes for UTF-8 as they are read (<see cref="Utf8Validator"/>) and
/// fails with a <see cref="ClassifierDataException"/> naming the source and the exact line of the first invalid
/// sequence, where a decoder would silently put U+FFFD. A stream that starts with a UTF-16 or UTF-32 byte-order mark
/// is passed through unchecked: the reader decodes it by its mark.
/// </summary>
/// <param name="inner">The stream read.</param>
/// <param name="sourceName">What messages call it.</param>
/// <param name="filePath">Its file, when it is one.</param>
/// <param name="ownsInner">Whether disposing this stream disposes <paramref name="inner"/>.</param>
internal sealed class Utf8CheckedStream(Stream inner, string sourceName, string? filePath, bool ownsInner) : ForwardOnlyStream
{
    private readonly Utf8Validator _validator = new();
    private bool _started;
    private bool _unchecked;
    private byte[] _pending = [];
    private int _pendingOffset;

    public override int Read(Span<byte> buffer)
    {
        if (!_started)
        {
            Start();
        }

        int read;
        if (_pendingOffset < _pending.Length)
        {
            read = Math.Min(buffer.Length, _pending.Length - _pendingOffset);
            _pending.AsSpan(_pendingOffset, read).CopyTo(buffer);
            _pendingOffset += read;
        }
        else
        {
            read = inner.Read(buffer);
        }

        if (_unchecked)
        {
            return read;
        }

        bool valid = read > 0 ? _validator.Feed(buffer[..read]) : _validator.Complete();
        return valid ? read : throw _validator.Failure(sourceName, filePath);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsInner)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads the first bytes to see whether a UTF-16 or UTF-32 byte-order mark says the input is not UTF-8.</summary>
    private void Start()
    {
        _started = true;
        var start = new byte[4];
        int read = inner.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        _pending = start[..read];
        _unchecked = StartsWithUnicodeMark(_pending);
    }

    /// <summary>Whether <paramref name="start"/> (the first bytes of an input) is a UTF-16 or UTF-32 byte-order mark.</summary>
    public static bool StartsWithUnicodeMark(ReadOnlySpan<byte> start) =>
        start is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..];
}
