namespace Engage.Classifier.Cli.Tests.Support;

/// <summary>Runs the <c>engage</c> command line in-process, capturing standard output and error.</summary>
internal static class EngageTool
{
    public static CliResult Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs with <paramref name="standardInput"/> as the bytes on standard input.</summary>
    public static CliResult RunWithInput(byte[]? standardInput, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = standardInput is null ? null : new MemoryStream(standardInput);
        int code = EngageCli.Run(args, CliContext.ForWriters(output, error, input));
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
