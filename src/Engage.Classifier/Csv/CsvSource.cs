using CsvHelper;

namespace Engage.Classifier;

/// <summary>
/// Where CSV text comes from (a file, a stream or a reader) and what messages call it: the path, the name the caller
/// gave, a <see cref="FileStream"/>'s file name, or the role ("comments stream"). Files and streams are read as UTF-8
/// (or UTF-16/32 by their byte-order mark) and checked (<see cref="Utf8CheckedStream"/>); a reader's text is taken as
/// it decodes it. Streams and readers given by the caller are left open.
/// </summary>
internal sealed class CsvSource
{
    private readonly Func<CsvReaderOptions, CsvReader> _open;

    private CsvSource(string name, string? filePath, Func<CsvReaderOptions, CsvReader> open)
    {
        Name = name;
        FilePath = filePath;
        _open = open;
    }

    /// <summary>What messages call the source.</summary>
    public string Name { get; }

    /// <summary>The file, when the source is one (for <see cref="ClassifierDataException.FilePath"/>).</summary>
    public string? FilePath { get; }

    public static CsvSource FromPath(string path) => new(path, path, options =>
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

        return CsvReader.Create(new Utf8CheckedStream(file, path, path, ownsInner: true), options, leaveOpen: false);
    });

    public static CsvSource FromStream(Stream stream, string? sourceName, string role)
    {
        string? file = (stream as FileStream)?.Name;
        string name = sourceName ?? file ?? role;
        return new CsvSource(name, file, options => CsvReader.Create(new Utf8CheckedStream(stream, name, file, ownsInner: false), options, leaveOpen: false));
    }

    public static CsvSource FromReader(TextReader reader, string? sourceName, string role)
    {
        string? file = ((reader as StreamReader)?.BaseStream as FileStream)?.Name;
        return new CsvSource(sourceName ?? file ?? role, file, options => CsvReader.Create(reader, options, leaveOpen: true));
    }

    /// <summary>
    /// Opens a CSV reader over the text (UTF-8 bytes straight from a file or stream; a caller's reader as it decodes);
    /// disposing it closes what the source opened itself, nothing the caller gave.
    /// </summary>
    /// <exception cref="ClassifierDataException">The file is missing or cannot be read.</exception>
    public CsvReader Open(CsvReaderOptions options) => _open(options);
}
