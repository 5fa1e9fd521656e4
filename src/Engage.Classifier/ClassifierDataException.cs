namespace Engage.Classifier;

/// <summary>
/// A model file or a CSV file could not be read: missing, truncated, corrupt, of an incompatible
/// format version, or malformed. The message says which file, where, and what is wrong.
/// </summary>
public sealed class ClassifierDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, including the file and position.</param>
    /// <param name="filePath">The file, when known.</param>
    /// <param name="lineNumber">The 1-based line in the file, when known.</param>
    /// <param name="innerException">The underlying error, when there is one.</param>
    public ClassifierDataException(string message, string? filePath = null, long? lineNumber = null, Exception? innerException = null)
        : base(message, innerException)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
    }

    /// <summary>The file that could not be read, when known.</summary>
    public string? FilePath { get; }

    /// <summary>The 1-based line where the problem is, when known.</summary>
    public long? LineNumber { get; }
}
