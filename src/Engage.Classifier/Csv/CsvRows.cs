using CsvHelper;

namespace Engage.Classifier;

/// <summary>
/// Reads the rows of a comment or post CSV by column name (CsvHelper, RFC 4180) and words its failures: every problem
/// names the source and line, a missing column lists the header found, and a TSV or semicolon file is named as such.
/// </summary>
internal static class CsvRows
{
    /// <summary>Columns a missing-column message lists before it says how many more there are.</summary>
    private const int MaxColumnsListed = 20;

    /// <summary>
    /// The rows of <paramref name="source"/> after its header, each with its 1-based line and the fields of the
    /// <paramref name="required"/> and <paramref name="optional"/> columns by name (null for an absent optional column).
    /// The fields are those of the current row only (one <see cref="CsvFields"/> serves every row): read them before
    /// moving to the next.
    /// </summary>
    /// <param name="source">The CSV.</param>
    /// <param name="required">Columns every file must have.</param>
    /// <param name="optional">Columns read when present.</param>
    /// <param name="misnamed">
    /// Column names a writer may use by mistake for one of the columns: such a column in a header without the column
    /// meant fails, saying what goes in the column meant and its name, rather than being ignored like any other column.
    /// </param>
    /// <exception cref="ClassifierDataException">The file is empty, lacks a required column, has a misnamed column, or a record is malformed.</exception>
    public static IEnumerable<(long Line, CsvFields Fields)> Read(CsvSource source, string[] required, string[] optional, MisnamedColumns? misnamed = null)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = false,
            DetectSeparatorHint = false,
            TrackLineNumbers = true,
            OnMalformedRecord = record => throw Malformed(source, record.LineNumber, BadQuoting(record)),
        };

        using CsvReader csv = source.Open(options);
        string[] header;
        try
        {
            csv.ReadHeader();
            header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        }
        catch (CsvFormatException ex)
        {
            throw Malformed(source, 1, ex.Message.Split('\n')[0], ex);
        }

        if (header.Length == 0)
        {
            throw new ClassifierDataException($"Cannot read '{source.Name}': it is empty (a header row is required).", source.FilePath, 1);
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string name in required.Concat(optional))
        {
            columns[name] = Array.IndexOf(header, name);
        }

        // A column named by mistake is named as such, also when the column meant is a required one.
        if (misnamed is not null && columns[misnamed.Column] < 0 && header.FirstOrDefault(misnamed.Names.Contains) is { } mistaken)
        {
            throw misnamed.Failure(source, mistaken);
        }

        foreach (string name in required)
        {
            if (columns[name] < 0)
            {
                throw MissingColumn(source, name, header);
            }
        }

        var fields = new CsvFields(csv, columns);
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException ex)
            {
                throw Malformed(source, ex.LineNumber, ex.Message.Split('\n')[0], ex);
            }

            if (!more)
            {
                yield break;
            }

            if (csv.FieldCount != header.Length)
            {
                throw Malformed(source, csv.LineNumber, $"the record has {csv.FieldCount} fields but the header has {header.Length}{(csv.FieldCount > header.Length ? " (a field with a comma in it goes in quotes: \"red, green\")" : string.Empty)}");
            }

            yield return (csv.LineNumber, fields);
        }
    }

    /// <summary>What is wrong with a record whose quoting breaks RFC 4180, and the record as written.</summary>
    private static string BadQuoting(CsvMalformedRecord record)
    {
        string what = record.Reason switch
        {
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
            CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
            _ => "bad quoting",
        };
        return $"{what}: quote a field that holds a quote, comma or line break, and double each quote inside it (\"say \"\"hi\"\"\"); the record: {SafeText.Quote(record.RawRecord)}";
    }

    /// <summary>
    /// A header without a required column. When the header is one column holding tabs or semicolons, the file uses
    /// another separator, and the message says which instead of listing one long column name.
    /// </summary>
    private static ClassifierDataException MissingColumn(CsvSource source, string name, string[] header)
    {
        string separator = string.Empty;
        if (header.Length == 1)
        {
            int tabs = header[0].Count(c => c == '\t');
            int semicolons = header[0].Count(c => c == ';');
            if (tabs + semicolons > 0)
            {
                (string kind, string what, int count) = tabs >= semicolons ? ("tab-separated (TSV)", "tab", tabs) : ("semicolon-separated", "semicolon", semicolons);
                return new ClassifierDataException(
                    $"Cannot read '{source.Name}': it is {kind}: its header has {count} {what}{(count == 1 ? string.Empty : "s")} and no comma. " +
                    "Comment and post files are comma-separated CSV (RFC 4180 quoting); save it as CSV with commas.",
                    source.FilePath,
                    1);
            }
        }

        return new ClassifierDataException(
            $"Cannot read '{source.Name}': the header has no '{name}' column (found: {string.Join(", ", header.Take(MaxColumnsListed).Select(SafeText.Quote))}{(header.Length > MaxColumnsListed ? $" and {header.Length - MaxColumnsListed} more" : string.Empty)}).",
            source.FilePath,
            1);
    }

    /// <summary>The failure for a malformed record of <paramref name="source"/>.</summary>
    public static ClassifierDataException Malformed(CsvSource source, long line, string problem, Exception? inner = null) =>
        Malformed(source.Name, source.FilePath, line, problem, inner);

    /// <summary>The failure for a malformed record, naming the source and line.</summary>
    public static ClassifierDataException Malformed(string sourceName, string? filePath, long line, string problem, Exception? inner = null) =>
        new($"Malformed CSV '{sourceName}', line {line}: {problem}.", filePath, line, inner);
}
