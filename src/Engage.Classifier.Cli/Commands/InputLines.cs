namespace Engage.Classifier.Cli.Commands;

/// <summary>Counts the lines of a file without holding it, so progress can be shown as a share of the file.</summary>
internal static class InputLines
{
    /// <summary>The number of lines (at least 1), or 1 when the file cannot be read (the reader then reports why).</summary>
    public static long Count(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new byte[64 * 1024];
            long lines = 1;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }

            return lines;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 1;
        }
    }
}
