using System.Text;
using CsvHelper;

namespace Engage.Classifier.Cli.Output;

/// <summary>
/// Writes the verdicts CSV (<c>id,label,spam_probability,relevance,reasons,action,action_reasons</c>). To a file, it writes through an
/// <see cref="AtomicFile"/> moved into place on <see cref="Commit"/>, so a run that fails half-way leaves no
/// half-written file; to standard output, it writes as it goes.
/// </summary>
internal sealed class VerdictCsvWriter : IDisposable
{
    /// <summary>Between the reasons of one field.</summary>
    private const string Separator = "; ";

    private readonly AtomicFile? _file;
    private readonly CsvWriter _csv;
    private readonly TextWriter? _standardOutput;
    private readonly StringBuilder _joined = new();
    private char[] _field = new char[1024];
    private bool _headerWritten;

    private VerdictCsvWriter(AtomicFile? file, TextWriter? standardOutput, CsvWriter csv)
    {
        _file = file;
        _standardOutput = standardOutput;
        _csv = csv;
    }

    /// <summary>RFC 4180, comma separated, CR LF line ends, quoted when needed; fields starting with = + - @ are written as they are.</summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default;

    /// <summary>The columns, written with the first row (or on <see cref="Commit"/> when there is none), so that a file that fails before its first row leaves standard output empty.</summary>
    private static readonly string[] Columns = ["id", "label", "spam_probability", "relevance", "reasons", "action", "action_reasons"];

    /// <summary>A writer to <paramref name="path"/>, or to <paramref name="standardOutput"/> when the path is <c>-</c>.</summary>
    /// <exception cref="CliDataException">The file cannot be created.</exception>
    public static VerdictCsvWriter Create(string path, TextWriter standardOutput)
    {
        if (path == OutputPath.StandardOutput)
        {
            return new VerdictCsvWriter(null, standardOutput, CsvWriter.Create(standardOutput, Options, leaveOpen: true));
        }

        AtomicFile file;
        try
        {
            file = AtomicFile.Create(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliDataException($"Cannot write '{path}': {(ex is DirectoryNotFoundException ? "its folder does not exist." : ex.Message)}", ex);
        }

        // UTF-8 without a byte-order mark, straight into the file (no text writer between).
        return new VerdictCsvWriter(file, null, CsvWriter.Create(file.Stream, Options, leaveOpen: true));
    }

    /// <summary>Writes one row; the probability is rounded toward the label's side of the threshold (see <see cref="Numbers"/>).</summary>
    public void Write(string id, ModerationResult moderation)
    {
        WriteHeaderOnce();
        Verdict verdict = moderation.Verdict;
        _csv.WriteField(id);
        _csv.WriteField(LabelCodes.Of(verdict.Label));
        _csv.WriteField(Numbers.SpamProbability(verdict.SpamProbability, verdict.Label, Numbers.CsvDecimals));
        _csv.WriteField(verdict.Relevance is { } relevance ? Numbers.Csv(relevance) : string.Empty);
        WriteJoined(verdict.Reasons);
        _csv.WriteField(ActionNames.Code(moderation.Action));
        WriteJoined(moderation.Reasons);
        _csv.EndRecord();
    }

    private void WriteHeaderOnce()
    {
        if (_headerWritten)
        {
            return;
        }

        foreach (string column in Columns)
        {
            _csv.WriteField(column);
        }

        _csv.EndRecord();
        _headerWritten = true;
    }

    /// <summary>Writes the items as one field, separated by <see cref="Separator"/>, without making a string of them.</summary>
    private void WriteJoined<T>(IEnumerable<T> items)
    {
        _joined.Clear();
        foreach (T item in items)
        {
            _joined.Append(_joined.Length == 0 ? string.Empty : Separator).Append(item);
        }

        if (_field.Length < _joined.Length)
        {
            _field = new char[Math.Max(_joined.Length, _field.Length * 2)];
        }

        _joined.CopyTo(0, _field, _joined.Length);
        _csv.WriteField(_field.AsSpan(0, _joined.Length));
    }

    /// <summary>Flushes, and moves the file into place.</summary>
    public void Commit()
    {
        // The CSV writer flushes into the file (or standard output), and the file is then moved into place.
        WriteHeaderOnce();
        _csv.Dispose();
        _standardOutput?.Flush();
        _file?.Commit();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _file?.Dispose();
    }
}
