using System.Text;

namespace Engage.Classifier;

/// <summary>
/// Where CSV text comes from (a file, a stream or a reader) and what messages call it: the path, the name the caller
/// gave, a <see cref="FileStream"/>'s file name, or the role ("comments stream"). Files and streams are read as UTF-8
/// (or UTF-16/32 by their byte-order mark) and checked (<see cref="Utf8CheckedStream"/>); a reader's text is taken as
/// it decodes it. Streams and readers given by the caller are left open.
/// </summary>
internal sealed class CsvSource
{
    private readonly Func<TextReader> _open;

    private CsvSource(string name, string? filePath, Func<TextReader> open)
    {
        Name = name;
        FilePath = filePath;
        _open = open;
    }

    /// <summary>What messages call the source.</summary>
    public string Name { get; }

    /// <summary>The file, when the source is one (for <see cref="ClassifierDataException.FilePath"/>).</summary>
    public string? FilePath { get; }

    public static CsvSource FromPath(string path) => new(path, path, () =>
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ClassifierDataException($"Cannot read '{path}': the file does not exist.", path, null, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ClassifierDataException($"Cannot read '{path}': {ex.Message}", path, null, ex);
        }

        return Decode(new Utf8CheckedStream(file, path, path, ownsInner: true));
    });

    public static CsvSource FromStream(Stream stream, string? sourceName, string role)
    {
        string? file = (stream as FileStream)?.Name;
        string name = sourceName ?? file ?? role;
        return new CsvSource(name, file, () => Decode(new Utf8CheckedStream(stream, name, file, ownsInner: false)));
    }

    public static CsvSource FromReader(TextReader reader, string? sourceName, string role)
    {
        string? file = ((reader as StreamReader)?.BaseStream as FileStream)?.Name;
        return new CsvSource(sourceName ?? file ?? role, file, () => new UnclosedReader(reader));
    }

    /// <summary>Opens the text; disposing the reader returned closes what the source opened itself, nothing the caller gave.</summary>
    /// <exception cref="ClassifierDataException">The file is missing or cannot be read.</exception>
    public TextReader Open() => _open();

    private static StreamReader Decode(Utf8CheckedStream checkedStream) =>
        new(checkedStream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 14, leaveOpen: false);

    /// <summary>A caller's reader, read through but not disposed.</summary>
    private sealed class UnclosedReader(TextReader inner) : TextReader
    {
        public override int Peek() => inner.Peek();

        public override int Read() => inner.Read();

        public override int Read(char[] buffer, int index, int count) => inner.Read(buffer, index, count);

        public override int Read(Span<char> buffer) => inner.Read(buffer);

        public override string? ReadLine() => inner.ReadLine();
    }
}
