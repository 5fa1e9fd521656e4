namespace Engage.Classifier.Cli;

/// <summary>The process exit codes of <c>engage</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>A file was missing, malformed or unusable (bad CSV, bad model, no default model).</summary>
    public const int DataError = 1;

    /// <summary>The command line was wrong: unknown command or option, bad value, missing or conflicting options.</summary>
    public const int UsageError = 2;

    /// <summary><c>engage diff</c>: more comments changed label or action than <c>--max-flips</c> allows.</summary>
    public const int FlipsAboveBound = 3;
}
