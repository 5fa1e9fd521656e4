namespace Engage.Classifier;

/// <summary>
/// One pass over a whole stream: counts its lines and, when asked, finds the first byte sequence that is not UTF-8,
/// with its line (<see cref="Utf8Validator"/>). The CLI uses it to check an input file before any work starts and to
/// know its length for progress.
/// </summary>
internal static class Utf8Scan
{
    private const int ChunkSize = 1 << 16;

    /// <param name="Lines">Lines in the stream (at least 1); up to the invalid sequence when there is one.</param>
    /// <param name="InvalidLine">The line of the first invalid sequence, or <see langword="null"/> when the stream is UTF-8 or was not checked.</param>
    /// <param name="InvalidBytes">The bytes that do not decode (up to 4), for the message.</param>
    /// <param name="Failure">What to throw for the invalid sequence (<see cref="Utf8Validator.Failure"/>), or <see langword="null"/>.</param>
    public readonly record struct Result(long Lines, long? InvalidLine, byte[] InvalidBytes, ClassifierDataException? Failure);

    /// <param name="stream">The bytes, read to their end (or to the invalid sequence).</param>
    /// <param name="validate">Whether to check UTF-8; without it only lines are counted, for a file in another encoding.</param>
    /// <param name="sourceName">What the stream is called in the failure's message.</param>
    /// <param name="filePath">The stream's file, when it is one.</param>
    public static Result Scan(Stream stream, bool validate, string sourceName = "stream", string? filePath = null)
    {
        var validator = new Utf8Validator();
        var buffer = new byte[ChunkSize];
        long lines = 1;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (!validate)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }
            else if (!validator.Feed(buffer.AsSpan(0, read)))
            {
                return Invalid(validator, sourceName, filePath);
            }
        }

        if (!validate)
        {
            return new Result(lines, null, [], null);
        }

        return validator.Complete() ? new Result(validator.Lines, null, [], null) : Invalid(validator, sourceName, filePath);
    }

    private static Result Invalid(Utf8Validator validator, string sourceName, string? filePath) =>
        new(validator.InvalidLine!.Value, validator.InvalidLine, validator.InvalidBytes, validator.Failure(sourceName, filePath));
}
