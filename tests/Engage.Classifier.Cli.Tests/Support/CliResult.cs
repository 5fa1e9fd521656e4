namespace Engage.Classifier.Cli.Tests.Support;

/// <summary>What one in-process run of <c>engage</c> returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
