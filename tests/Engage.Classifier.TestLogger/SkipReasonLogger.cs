using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Client;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace Engage.Classifier.TestLogger;

/// <summary>
/// Prints "Skipped {test}: {reason}" for every skipped test. The console logger of <c>dotnet test</c> prints only
/// the name of a skipped test at its default verbosity, so a test skipped for a missing corpus or browser would
/// not say what is missing.
/// </summary>
[FriendlyName(FriendlyName)]
[ExtensionUri(ExtensionUri)]
public sealed class SkipReasonLogger : ITestLogger
{
    /// <summary>The name that turns the logger on in a runsettings file or with <c>--logger skip-reasons</c>.</summary>
    public const string FriendlyName = "skip-reasons";

    /// <summary>The logger's extension id.</summary>
    public const string ExtensionUri = "logger://Engage.Classifier/skip-reasons";

    /// <inheritdoc />
    public void Initialize(TestLoggerEvents events, string testRunDirectory)
    {
        ArgumentNullException.ThrowIfNull(events);
        events.TestResult += OnTestResult;
    }

    private static void OnTestResult(object? sender, TestResultEventArgs e)
    {
        if (e.Result.Outcome == TestOutcome.Skipped)
        {
            string reason = string.IsNullOrWhiteSpace(e.Result.ErrorMessage) ? "(no reason given)" : e.Result.ErrorMessage.Trim();
            Console.WriteLine($"  Skipped {e.Result.TestCase.FullyQualifiedName}: {reason}");
        }
    }
}
