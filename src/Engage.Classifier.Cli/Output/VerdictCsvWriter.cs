using System.Globalization;
using System.Text;
using CsvHelper;

namespace Engage.Classifier.Cli.Output;

/// <summary>
/// Writes the verdicts CSV (<c>id,label,spam_probability,relevance,reasons</c>). To a file, it writes a temporary file
/// beside the target and moves it into place on <see cref="Commit"/>, so a run that fails half-way leaves no
/// half-written file; to standard output, it writes as it goes.
/// </summary>
internal sealed class VerdictCsvWriter : IDisposable
{
    private readonly string? _target;
    private readonly string? _temporary;
    private readonly TextWriter _writer;
    private readonly CsvWriter _csv;
    private bool _committed;

    private VerdictCsvWriter(string? target, string? temporary, TextWriter writer)
    {
        _target = target;
        _temporary = temporary;
        _writer = writer;
        _csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: temporary is null);
        foreach (string column in new[] { "id", "label", "spam_probability", "relevance", "reasons" })
        {
            _csv.WriteField(column);
        }

        _csv.NextRecord();
    }

    /// <summary>A writer to <paramref name="path"/>, or to <paramref name="standardOutput"/> when the path is <c>-</c>.</summary>
    /// <exception cref="CliDataException">The file cannot be created.</exception>
    public static VerdictCsvWriter Create(string path, TextWriter standardOutput)
    {
        if (path == OutputPath.StandardOutput)
        {
            return new VerdictCsvWriter(null, null, standardOutput);
        }

        string target = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        StreamWriter stream;
        try
        {
            stream = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliDataException($"Cannot write '{path}': {(ex is DirectoryNotFoundException ? "its folder does not exist." : ex.Message)}", ex);
        }

        return new VerdictCsvWriter(target, temporary, stream);
    }

    /// <summary>Writes one row; the probability is rounded toward the label's side of the threshold (see <see cref="Numbers"/>).</summary>
    public void Write(string id, Verdict verdict)
    {
        _csv.WriteField(id);
        _csv.WriteField(LabelNames.Code(verdict.Label));
        _csv.WriteField(Numbers.SpamProbability(verdict.SpamProbability, verdict.Label, Numbers.CsvDecimals));
        _csv.WriteField(verdict.Relevance is { } relevance ? Numbers.Csv(relevance) : string.Empty);
        _csv.WriteField(string.Join("; ", verdict.Reasons));
        _csv.NextRecord();
    }

    /// <summary>Flushes, and moves the file into place.</summary>
    public void Commit()
    {
        _csv.Flush();
        _writer.Flush();
        if (_temporary is not null)
        {
            _csv.Dispose();
            File.Move(_temporary, _target!, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        _csv.Dispose();
        if (!_committed && _temporary is not null && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }
}
