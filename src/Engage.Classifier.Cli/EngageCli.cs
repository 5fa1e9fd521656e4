using System.CommandLine;
using System.CommandLine.Help;
using Engage.Classifier.Cli.Commands;
using Engage.Classifier.Cli.Output;

namespace Engage.Classifier.Cli;

/// <summary>
/// The <c>engage</c> command line: parses the arguments, runs one command and turns every failure into
/// one sentence on standard error and an exit code (<see cref="ExitCodes"/>); stack traces only with <c>--verbose</c>.
/// Messages are cleaned for the terminal (<see cref="SafeText"/>, shared with the library).
/// </summary>
internal static class EngageCli
{
    private const string LegacyEncodingHint =
        "The file is probably in a legacy encoding: give it with --encoding (for example --encoding windows-1252 or --encoding iso-8859-1), or save it as UTF-8.";

    /// <summary>Runs a command line and returns its exit code. Never calls <see cref="Environment.Exit(int)"/>.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="context">Where output goes.</param>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);

        Option<bool> verboseOption = CliOptions.Verbose();
        Command root = CreateRoot(context, verboseOption);

        // Response files (@file) are off: a comment text may well start with '@'.
        ParseResult parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            string command = parsed.CommandResult.Command == root ? "engage" : $"engage {parsed.CommandResult.Command.Name}";
            context.Error.WriteLine($"engage: {EndSentence(parsed.Errors[0].Message)} Run '{command} --help' for usage.");
            return ExitCodes.UsageError;
        }

        bool verbose = parsed.GetValue(verboseOption);
        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (Exception ex)
        {
            return Fail(context, ex, verbose);
        }
    }

    private static Command CreateRoot(CliContext context, Option<bool> verbose)
    {
        // A plain command named "engage" rather than a RootCommand, which would take its name from the
        // assembly (Engage.Classifier.Cli) and show that in help.
        var root = new Command("engage", "Engage.Classifier: tells genuine comments from low-relevance filler and spam.")
        {
            ScoreCommand.Create(context),
            TrainCommand.Create(context),
            CalibrateCommand.Create(context),
            EvaluateCommand.Create(context),
            DiffCommand.Create(context),
        };
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(verbose);
        return root;
    }

    private static int Fail(CliContext context, Exception ex, bool verbose)
    {
        (string message, int code) = ex switch
        {
            _ when IsNotUtf8(ex) => ($"{ex.Message.TrimEnd('.')}. {LegacyEncodingHint}", ExitCodes.DataError),
            ClassifierDataException or CliDataException => (ex.Message, ExitCodes.DataError),
            IOException or UnauthorizedAccessException => (ex.Message, ExitCodes.DataError),
            OperationCanceledException => ("Cancelled.", ExitCodes.DataError),
            _ => ($"Unexpected error ({ex.GetType().Name}): {ex.Message} Run again with --verbose for details.", ExitCodes.DataError),
        };
        context.Error.WriteLine($"engage: {EndSentence(SafeText.Clean(message))}");
        if (verbose)
        {
            foreach (string line in ex.ToString().Split('\n'))
            {
                context.Error.WriteLine(SafeText.Clean(line.TrimEnd('\r')));
            }
        }

        return code;
    }

    /// <summary>Input that is not UTF-8: the library's message (file and line) inside, perhaps wrapped by a command.</summary>
    private static bool IsNotUtf8(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is ClassifierDataException { InnerException: System.Text.DecoderFallbackException })
            {
                return true;
            }
        }

        return false;
    }

    private static string EndSentence(string message)
    {
        string trimmed = message.Trim();
        return trimmed.EndsWith('.') || trimmed.EndsWith('?') || trimmed.EndsWith('!') ? trimmed : trimmed + ".";
    }
}
