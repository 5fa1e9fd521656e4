namespace Engage.Classifier.Cli;

/// <summary>
/// A problem with the user's files or data that the CLI finds itself (the library reports its own with
/// <see cref="ClassifierDataException"/>). Its message is one sentence shown as is; the exit code is <see cref="ExitCodes.DataError"/>.
/// </summary>
internal sealed class CliDataException(string message, Exception? innerException = null) : Exception(message, innerException);
