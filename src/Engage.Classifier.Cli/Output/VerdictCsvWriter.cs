using System.Globalization;
using System.Text;
using CsvHelper;

namespace Engage.Classifier.Cli.Output;

/// <summary>
/// Writes the verdicts CSV (<c>id,label,spam_probability,relevance,reasons</c>) through an <see cref="AtomicFile"/>,
/// moved into place on <see cref="Commit"/>, so a run that fails half-way leaves no half-written file.
/// </summary>
internal sealed class VerdictCsvWriter : IDisposable
{
    private readonly AtomicFile _file;
    private readonly StreamWriter _stream;
    private readonly CsvWriter _csv;

    private VerdictCsvWriter(AtomicFile file)
    {
        _file = file;
        _stream = new StreamWriter(file.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        _csv = new CsvWriter(_stream, CultureInfo.InvariantCulture);
    }

    public static VerdictCsvWriter Create(string path)
    {
        AtomicFile file;
        try
        {
            file = AtomicFile.Create(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliDataException($"Cannot write '{path}': {(ex is DirectoryNotFoundException ? "its folder does not exist." : ex.Message)}", ex);
        }

        var writer = new VerdictCsvWriter(file);
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
        _csv.Dispose();
        _file.Commit();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _file.Dispose();
    }
}
