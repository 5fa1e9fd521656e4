using Spectre.Console;

namespace Engage.Classifier.Cli;

/// <summary>
/// Where a command reads and writes. Results go to standard output (as a raw writer for JSON and CSV, and as a
/// Spectre console for tables); progress, notes, warnings and errors go to standard error, so that
/// <c>engage ... &gt; results</c> captures results only. Tests build one over <see cref="StringWriter"/>s to run commands in-process.
/// </summary>
internal sealed class CliContext
{
    private CliContext(TextWriter output, TextWriter error, Func<Stream> openInput, IAnsiConsole console, IAnsiConsole errorConsole, bool liveProgress)
    {
        Output = output;
        Error = error;
        OpenInput = openInput;
        Console = console;
        ErrorConsole = errorConsole;
        LiveProgress = liveProgress;
    }

    /// <summary>Standard output as plain text: results (JSON, CSV with <c>--out -</c>, help).</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error as plain text: progress lines, notes, warnings and errors.</summary>
    public TextWriter Error { get; }

    /// <summary>Opens standard input, for <c>--comments -</c>.</summary>
    public Func<Stream> OpenInput { get; }

    /// <summary>Standard output as a Spectre console, for result tables.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Standard error as a Spectre console, for live progress and summary tables.</summary>
    public IAnsiConsole ErrorConsole { get; }

    /// <summary>
    /// <see langword="true"/> when standard error is an interactive terminal and not CI: progress is drawn live;
    /// otherwise it is printed as a few plain lines.
    /// </summary>
    public bool LiveProgress { get; }

    /// <summary>The process's own console: live progress on a terminal, plain lines when redirected or when CI=true.</summary>
    public static CliContext ForSystemConsole()
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        IAnsiConsole console = CreateConsole(System.Console.Out, terminal: !System.Console.IsOutputRedirected, ci);
        IAnsiConsole errorConsole = CreateConsole(System.Console.Error, terminal: !System.Console.IsErrorRedirected, ci);
        bool live = !System.Console.IsErrorRedirected && !ci && errorConsole.Profile.Capabilities.Interactive;
        return new CliContext(System.Console.Out, System.Console.Error, System.Console.OpenStandardInput, console, errorConsole, live);
    }

    /// <summary>A context that writes plain, uncolored text to the given writers, as when output is redirected.</summary>
    /// <param name="output">Receives standard output.</param>
    /// <param name="error">Receives standard error.</param>
    /// <param name="input">Standard input, or <see langword="null"/> for an empty one.</param>
    /// <param name="width">Width tables are laid out for.</param>
    public static CliContext ForWriters(TextWriter output, TextWriter error, Stream? input = null, int width = 120)
    {
        IAnsiConsole console = CreateConsole(output, terminal: false, ci: true);
        IAnsiConsole errorConsole = CreateConsole(error, terminal: false, ci: true);
        console.Profile.Width = width;
        errorConsole.Profile.Width = width;
        return new CliContext(output, error, () => input ?? Stream.Null, console, errorConsole, liveProgress: false);
    }

    /// <summary>Writes a warning to standard error: <c>engage: warning: ...</c>.</summary>
    public void Warn(string message) => Error.WriteLine($"engage: warning: {SafeText.Clean(message)}");

    private static IAnsiConsole CreateConsole(TextWriter writer, bool terminal, bool ci) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Interactive = terminal && !ci ? InteractionSupport.Yes : InteractionSupport.No,
        Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
    });
}
