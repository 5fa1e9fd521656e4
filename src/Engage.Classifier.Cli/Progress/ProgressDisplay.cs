using Spectre.Console;

namespace Engage.Classifier.Cli.Progress;

/// <summary>Runs work under a progress display chosen for the context.</summary>
internal static class ProgressDisplay
{
    /// <summary>
    /// Runs <paramref name="work"/> on the calling thread, handing it a display on standard error: a Spectre progress
    /// bar when <see cref="CliContext.LiveProgress"/> is set, plain lines otherwise.
    /// </summary>
    public static T Run<T>(CliContext context, string title, Func<IProgressDisplay, T> work)
    {
        if (!context.LiveProgress)
        {
            return work(new PlainProgressDisplay(context.Error));
        }

        return context.ErrorConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(progress => work(new LiveProgressDisplay(progress.AddTask(Markup.Escape(title)))));
    }
}
