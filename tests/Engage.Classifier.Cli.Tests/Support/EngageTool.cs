namespace Engage.Classifier.Cli.Tests.Support;

/// <summary>Runs the <c>engage</c> command line in-process, capturing standard output and error.</summary>
internal static class EngageTool
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = EngageCli.Run(args, CliContext.ForWriters(output, error));
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
