using System.Globalization;
using System.Text;
using CsvHelper;

namespace Engage.Classifier.Cli.Output;

/// <summary>
/// Writes the verdicts CSV (<c>id,label,spam_probability,relevance,reasons</c>) to a temporary file beside the
/// target and moves it into place on <see cref="Commit"/>, so a run that fails half-way leaves no half-written file.
/// </summary>
internal sealed class VerdictCsvWriter : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private readonly StreamWriter _stream;
    private readonly CsvWriter _csv;
    private bool _committed;

    private VerdictCsvWriter(string target, string temporary, StreamWriter stream)
    {
        _target = target;
        _temporary = temporary;
        _stream = stream;
        _csv = new CsvWriter(stream, CultureInfo.InvariantCulture);
    }

    public static VerdictCsvWriter Create(string path)
    {
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

        var writer = new VerdictCsvWriter(target, temporary, stream);
        foreach (string column in new[] { "id", "label", "spam_probability", "relevance", "reasons" })
        {
            writer._csv.WriteField(column);
        }

        writer._csv.NextRecord();
        return writer;
    }

    public void Write(string id, Verdict verdict)
    {
        _csv.WriteField(id);
        _csv.WriteField(LabelNames.Code(verdict.Label));
        _csv.WriteField(Numbers.Csv(verdict.SpamProbability));
        _csv.WriteField(verdict.Relevance is { } relevance ? Numbers.Csv(relevance) : string.Empty);
        _csv.WriteField(string.Join("; ", verdict.Reasons));
        _csv.NextRecord();
    }

    /// <summary>Flushes and moves the file into place.</summary>
    public void Commit()
    {
        _csv.Flush();
        _stream.Flush();
        _csv.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        _csv.Dispose();
        if (!_committed && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }
}
