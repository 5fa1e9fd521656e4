using System.Text;

namespace Engage.Classifier.Cli.Input;

/// <summary>
/// A CSV or text file a command reads, checked before any work starts: it exists and is a file, and, read as UTF-8
/// (the default), it is UTF-8: one pass finds the first invalid byte with its line and counts the lines for progress.
/// Standard input (<c>-</c>) and other inputs that cannot be read twice (a pipe, <c>&lt;(cmd)</c>) are checked by the
/// library as they are read. With
/// <c>--encoding</c> the text is decoded from that encoding. Nothing is copied: the library reads the file, the stream
/// or a decoding reader directly and names what the user gave in its messages. A CSV's separator is checked by the
/// library when it reads the header (a TSV or <c>;</c> file is named as such).
/// </summary>
internal sealed class InputFile
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInput = "-";

    private const string StandardInputName = "standard input";

    private readonly CliContext _context;
    private readonly Encoding? _encoding;

    /// <summary>A named input that can be read only once (a pipe), opened by <see cref="Open"/>; null for a file or standard input.</summary>
    private readonly Stream? _once;

    private InputFile(CliContext context, string? filePath, Encoding? encoding, long? lines, Stream? once = null)
    {
        _context = context;
        FilePath = filePath;
        _encoding = encoding;
        Lines = lines;
        _once = once;
    }

    /// <summary>The file read, or <see langword="null"/> for standard input.</summary>
    public string? FilePath { get; }

    /// <summary>What the user named: the path as given, or <c>standard input</c>.</summary>
    public string ShownAs => FilePath ?? StandardInputName;

    /// <summary>The file name without its folder, or <c>standard input</c>: for titles.</summary>
    public string Name => FilePath is null ? StandardInputName : Path.GetFileName(FilePath);

    /// <summary>Line count, for progress; <see langword="null"/> for standard input or a pipe, which is read once, as it comes.</summary>
    public long? Lines { get; }

    /// <summary>Checks a file (or takes standard input).</summary>
    /// <param name="context">Where standard input comes from.</param>
    /// <param name="path">The path given, or <see cref="StandardInput"/>.</param>
    /// <param name="encoding">The file's encoding from <c>--encoding</c>, or <see langword="null"/> for UTF-8 (checked).</param>
    /// <exception cref="CliDataException">The file is missing or a folder.</exception>
    /// <exception cref="ClassifierDataException">The file is not UTF-8 (read without <c>--encoding</c>); the message names its line.</exception>
    public static InputFile Open(CliContext context, string path, Encoding? encoding)
    {
        if (path == StandardInput)
        {
            return new InputFile(context, null, encoding, null);
        }

        CheckIsFile(path);
        Utf8Scan.Result scan;
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (!stream.CanSeek)
        {
            // A pipe or process substitution: what is read from it is gone, so it is read once, like standard input.
            return new InputFile(context, path, encoding, null, new BufferedStream(stream));
        }

        using (stream)
        {
            // A UTF-16 or UTF-32 file says so with its byte-order mark and is read by it, like a legacy file by --encoding.
            scan = Utf8Scan.Scan(stream, validate: encoding is null && !StartsWithUnicodeMark(path), path, path);
        }

        return scan.Failure is { } failure ? throw failure : new InputFile(context, path, encoding, scan.Lines);
    }

    /// <summary>The posts, read at once.</summary>
    /// <exception cref="ClassifierDataException">The file is malformed, not UTF-8 or has a thread twice.</exception>
    public IReadOnlyDictionary<string, Post> ReadPosts()
    {
        if (IsFile && _encoding is null)
        {
            return CommentCsv.ReadPosts(FilePath!);
        }

        using TextReader? reader = OpenDecoding();
        if (reader is not null)
        {
            return CommentCsv.ReadPosts(reader, ShownAs);
        }

        using Stream input = OpenInput();
        return CommentCsv.ReadPosts(input, ShownAs);
    }

    /// <summary>The comments, streamed as they are read.</summary>
    /// <param name="posts">Posts by thread, or <see langword="null"/>.</param>
    /// <param name="labeled">Whether the file must have a <c>label</c> column (checked at its header).</param>
    /// <exception cref="ClassifierDataException">While enumerating: the file is malformed or not UTF-8.</exception>
    public IEnumerable<CommentRecord> ReadComments(IReadOnlyDictionary<string, Post>? posts, bool labeled = false)
    {
        if (IsFile && _encoding is null)
        {
            foreach (CommentRecord record in CommentCsv.ReadComments(CsvSource.FromPath(FilePath!), posts, labeled))
            {
                yield return record;
            }

            yield break;
        }

        using TextReader? reader = OpenDecoding();
        using Stream? input = reader is null ? OpenInput() : null;
        CsvSource source = reader is not null
            ? CsvSource.FromReader(reader, ShownAs, CommentCsv.CommentsRole + " reader")
            : CsvSource.FromStream(input!, ShownAs, CommentCsv.CommentsRole + " stream");
        foreach (CommentRecord record in CommentCsv.ReadComments(source, posts, labeled))
        {
            yield return record;
        }
    }

    /// <summary>The whole text of a (small) text file, decoded as its checks said.</summary>
    public string ReadAllText()
    {
        using TextReader reader = OpenDecoding() ?? new StreamReader(OpenInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>A reader decoding the input from <c>--encoding</c> (a byte-order mark wins), or <see langword="null"/> without it.</summary>
    private StreamReader? OpenDecoding() => _encoding is null
        ? null
        : new StreamReader(OpenInput(), _encoding, detectEncodingFromByteOrderMarks: true);

    /// <summary>Whether the input is a file that can be read again (not standard input, not a pipe).</summary>
    private bool IsFile => FilePath is not null && _once is null;

    /// <summary>The input's bytes: the file from its start, the pipe (once) or standard input.</summary>
    private Stream OpenInput() => _once ?? (FilePath is null ? _context.OpenInput() : File.OpenRead(FilePath));

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

    private static bool StartsWithUnicodeMark(string path)
    {
        Span<byte> start = stackalloc byte[4];
        using FileStream stream = File.OpenRead(path);
        return Utf8CheckedStream.StartsWithUnicodeMark(start[..stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false)]);
    }
}
