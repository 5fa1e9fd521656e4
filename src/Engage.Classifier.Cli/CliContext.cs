using Spectre.Console;

namespace Engage.Classifier.Cli;

/// <summary>
/// Where a command writes: standard output (as a raw writer for JSON and as a Spectre console for tables),
/// standard error, and whether a live progress display may redraw the terminal.
/// Tests build one over <see cref="StringWriter"/>s to run commands in-process.
/// </summary>
internal sealed class CliContext
{
    private CliContext(TextWriter output, TextWriter error, IAnsiConsole console, bool liveProgress)
    {
        Output = output;
        Error = error;
        Console = console;
        LiveProgress = liveProgress;
    }

    /// <summary>Standard output as plain text (JSON, help).</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: error messages only.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard output as a Spectre console, for tables and progress.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>
    /// <see langword="true"/> when output is an interactive terminal and not CI: progress is drawn live;
    /// otherwise it is printed as a few plain lines.
    /// </summary>
    public bool LiveProgress { get; }

    /// <summary>The process's own console: live progress on a terminal, plain lines when redirected or when CI=true.</summary>
    public static CliContext ForSystemConsole()
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        bool terminal = !System.Console.IsOutputRedirected;
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(System.Console.Out),
            Interactive = terminal && !ci ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        return new CliContext(System.Console.Out, System.Console.Error, console, terminal && !ci && console.Profile.Capabilities.Interactive);
    }

    /// <summary>A context that writes plain, uncolored text to the given writers, as when output is redirected.</summary>
    /// <param name="output">Receives standard output.</param>
    /// <param name="error">Receives standard error.</param>
    /// <param name="width">Width tables are laid out for.</param>
    public static CliContext ForWriters(TextWriter output, TextWriter error, int width = 120)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = width;
        return new CliContext(output, error, console, liveProgress: false);
    }
}
