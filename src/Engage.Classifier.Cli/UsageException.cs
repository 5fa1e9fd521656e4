namespace Engage.Classifier.Cli;

/// <summary>The command line asks for something that cannot be done; exit code <see cref="ExitCodes.UsageError"/>.</summary>
internal sealed class UsageException(string message) : Exception(message);
