using System.Globalization;

namespace Engage.Classifier.Cli.Progress;

/// <summary>
/// Progress for logs and pipes: one line when the stage changes or another tenth of the work is done,
/// so a redirected run prints about a dozen lines however large the input.
/// </summary>
internal sealed class PlainProgressDisplay(TextWriter output) : IProgressDisplay
{
    private string? _stage;
    private int _tenth = -1;

    public void Report(string stage, double completed, double total)
    {
        int tenth = total <= 0 ? 10 : (int)Math.Clamp(Math.Floor(completed / total * 10), 0, 10);
        if (stage == _stage && tenth == _tenth)
        {
            return;
        }

        _stage = stage;
        _tenth = tenth;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{tenth * 10,3}%] {stage}"));
    }
}
