using System.Globalization;
using System.Text;

namespace Engage.Classifier.Cli.Input;

/// <summary>
/// A CSV or text file a command reads, checked before any work starts: it exists and is a file, it is UTF-8 (or is
/// converted from the encoding given with <c>--encoding</c>), and a CSV is comma-separated. Standard input
/// (<c>-</c>) and converted files are copied to a temporary UTF-8 file, deleted on dispose, whose path the
/// library reads and whose name messages replace with what the user gave.
/// </summary>
internal sealed class InputFile : IDisposable
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInput = "-";

    private const string StandardInputName = "standard input";

    private readonly string? _temporary;

    private InputFile(string path, string shownAs, long lines, string? temporary)
    {
        Path = path;
        ShownAs = shownAs;
        Lines = lines;
        _temporary = temporary;
    }

    /// <summary>The UTF-8 file to read: the user's own, or the temporary copy.</summary>
    public string Path { get; }

    /// <summary>What the user named: the path as given, or <c>standard input</c>.</summary>
    public string ShownAs { get; }

    /// <summary>The file name without its folder, or <c>standard input</c>: for titles.</summary>
    public string Name => ShownAs == StandardInputName ? ShownAs : System.IO.Path.GetFileName(ShownAs);

    /// <summary>Line count, for progress.</summary>
    public long Lines { get; }

    /// <summary>Checks (and if needed converts) a file.</summary>
    /// <param name="context">Standard input, and where temporary paths are registered for messages.</param>
    /// <param name="path">The path given, or <see cref="StandardInput"/>.</param>
    /// <param name="encoding">The file's encoding from <c>--encoding</c>, or <see langword="null"/> for UTF-8 (checked).</param>
    /// <param name="csv">Whether the file is a CSV whose header must be comma-separated.</param>
    /// <exception cref="CliDataException">The file is missing, a folder, not UTF-8, or not comma-separated.</exception>
    public static InputFile Open(CliContext context, string path, Encoding? encoding, bool csv)
    {
        bool stdin = path == StandardInput;
        string shownAs = stdin ? StandardInputName : path;
        if (!stdin)
        {
            CheckIsFile(path);
        }

        string? temporary = null;
        try
        {
            string readable = path;
            if (stdin)
            {
                temporary = NewTemporary(context, shownAs);
                using (Stream source = context.OpenInput())
                using (FileStream copy = File.Create(temporary))
                {
                    source.CopyTo(copy);
                }

                readable = temporary;
            }

            // The library honors a UTF-16 byte-order mark too; converting keeps one path for every check below.
            encoding ??= StartsWithUtf16Mark(readable) ? Encoding.Unicode : null;
            if (encoding is not null)
            {
                string converted = NewTemporary(context, shownAs);
                try
                {
                    Convert(readable, converted, encoding, shownAs);
                }
                catch
                {
                    Delete(converted);
                    throw;
                }

                Delete(temporary);
                temporary = converted;
                readable = converted;
            }

            Utf8Scan.Result scan;
            using (var stream = new FileStream(readable, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
            {
                scan = Utf8Scan.Scan(stream, validate: true);
            }

            if (scan.InvalidLine is long line)
            {
                string bytes = string.Join(" ", scan.InvalidBytes.Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
                throw new CliDataException(
                    $"'{shownAs}' is not UTF-8: line {line} has the bytes {bytes}, which UTF-8 does not allow there. " +
                    "The file is probably in a legacy encoding: give it with --encoding (for example --encoding windows-1252 or --encoding iso-8859-1), or save it as UTF-8.");
            }

            if (csv)
            {
                CheckDelimiter(readable, shownAs);
            }

            return new InputFile(readable, shownAs, scan.Lines, temporary);
        }
        catch
        {
            Delete(temporary);
            throw;
        }
    }

    public void Dispose() => Delete(_temporary);

    private static void CheckIsFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliDataException($"Cannot read '{path}': it is a folder; give the CSV file inside it.");
        }

        if (!File.Exists(path))
        {
            throw new CliDataException($"Cannot read '{path}': the file does not exist.");
        }
    }

    private static bool StartsWithUtf16Mark(string path)
    {
        Span<byte> start = stackalloc byte[2];
        using FileStream stream = File.OpenRead(path);
        return stream.ReadAtLeast(start, 2, throwOnEndOfStream: false) == 2
            && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF));
    }

    private static string NewTemporary(CliContext context, string shownAs)
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"engage-{Guid.NewGuid():N}.csv");
        context.AddPathAlias(path, shownAs);
        return path;
    }

    /// <summary>Rewrites <paramref name="source"/>, in <paramref name="encoding"/> (a byte-order mark wins), as UTF-8 without a mark.</summary>
    private static void Convert(string source, string target, Encoding encoding, string shownAs)
    {
        try
        {
            using var reader = new StreamReader(source, encoding, detectEncodingFromByteOrderMarks: true);
            using var writer = new StreamWriter(target, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var buffer = new char[1 << 15];
            int count;
            while ((count = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                writer.Write(buffer, 0, count);
            }
        }
        catch (DecoderFallbackException ex)
        {
            throw new CliDataException($"'{shownAs}' is not valid {encoding.WebName}: {ex.Message}", ex);
        }
    }

    /// <summary>Fails when the header has no comma but has tabs or semicolons: the reader would see one column and say 'content' is missing.</summary>
    private static void CheckDelimiter(string path, string shownAs)
    {
        string? header;
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            header = ReadHeader(reader);
        }

        if (header is null)
        {
            return;
        }

        int commas = CountOutsideQuotes(header, ',');
        int tabs = CountOutsideQuotes(header, '\t');
        int semicolons = CountOutsideQuotes(header, ';');
        if (commas > 0 || (tabs == 0 && semicolons == 0))
        {
            return;
        }

        (string kind, int count) = tabs >= semicolons ? ("tab-separated (TSV)", tabs) : ("semicolon-separated", semicolons);
        throw new CliDataException(
            $"'{shownAs}' is {kind}: its header has {count} {(tabs >= semicolons ? "tab" : "semicolon")}{(count == 1 ? string.Empty : "s")} and no comma. " +
            "engage reads comma-separated CSV (RFC 4180 quoting); save the file as CSV with commas.");
    }

    private static string? ReadHeader(StreamReader reader)
    {
        // The first physical line, up to a bound: a header is short, a binary file need not be read whole.
        var line = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0 && c != '\n' && line.Length < 64 * 1024)
        {
            line.Append((char)c);
        }

        return line.Length == 0 && c < 0 ? null : line.ToString();
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        int count = 0;
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    private static void Delete(string? path)
    {
        if (path is not null)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Left in the temp folder for the OS to clean.
            }
        }
    }
}
