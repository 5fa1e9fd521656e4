using System.Globalization;
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
    private readonly AtomicFile? _file;
    private readonly TextWriter _writer;
    private readonly CsvWriter _csv;
    private bool _committed;

    private VerdictCsvWriter(AtomicFile? file, TextWriter writer)
    {
        _file = file;
        _writer = writer;
        _csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (string column in new[] { "id", "label", "spam_probability", "relevance", "reasons", "action", "action_reasons" })
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
            return new VerdictCsvWriter(null, standardOutput);
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

        return new VerdictCsvWriter(file, new StreamWriter(file.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), AtomicFile.WriteBufferSize, leaveOpen: true));
    }

    /// <summary>Writes one row; the probability is rounded toward the label's side of the threshold (see <see cref="Numbers"/>).</summary>
    public void Write(string id, ModerationResult moderation)
    {
        Verdict verdict = moderation.Verdict;
        _csv.WriteField(id);
        _csv.WriteField(LabelCodes.Of(verdict.Label));
        _csv.WriteField(Numbers.SpamProbability(verdict.SpamProbability, verdict.Label, Numbers.CsvDecimals));
        _csv.WriteField(verdict.Relevance is { } relevance ? Numbers.Csv(relevance) : string.Empty);
        _csv.WriteField(string.Join("; ", verdict.Reasons));
        _csv.WriteField(ActionNames.Code(moderation.Action));
        _csv.WriteField(string.Join("; ", moderation.Reasons));
        _csv.NextRecord();
    }

    /// <summary>Flushes, and moves the file into place.</summary>
    public void Commit()
    {
        // The CSV writer flushes into the text writer, which flushes into the file, which is then moved into place.
        _csv.Dispose();
        _writer.Flush();
        if (_file is not null)
        {
            _writer.Dispose();
            _file.Commit();
        }

        _committed = true;
    }

    public void Dispose()
    {
        _csv.Dispose();
        if (_file is not null)
        {
            if (!_committed)
            {
                _writer.Dispose();
            }

            _file.Dispose();
        }
    }
}
