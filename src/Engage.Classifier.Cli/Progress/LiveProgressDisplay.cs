using Spectre.Console;

namespace Engage.Classifier.Cli.Progress;

/// <summary>Drives one Spectre progress task; Spectre redraws it on its own timer.</summary>
internal sealed class LiveProgressDisplay(ProgressTask task) : IProgressDisplay
{
    public void Report(string stage, double completed, double total)
    {
        task.Description = Markup.Escape(stage);
        task.MaxValue = Math.Max(total, 1);
        task.Value = Math.Min(completed, task.MaxValue);
    }
}
