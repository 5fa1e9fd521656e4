namespace Engage.Classifier.Cli.Output;

/// <summary>
/// Checks a file a command will write, before any work starts, so a long training run or a large file is never
/// lost to a typo: not a folder, its folder exists, and a file can be created there (or the existing one written).
/// </summary>
internal static class OutputPath
{
    /// <summary>The name that stands for standard output.</summary>
    public const string StandardOutput = "-";

    /// <param name="path">The path given, or <see cref="StandardOutput"/>.</param>
    /// <param name="option">The option that named it, for messages.</param>
    /// <param name="example">A file name to suggest when the path is a folder.</param>
    /// <exception cref="CliDataException">The path cannot be written, with the reason.</exception>
    public static void Check(string path, string option, string example)
    {
        if (path == StandardOutput)
        {
            return;
        }

        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CliDataException($"Cannot write {option} '{path}': it is a folder; give a file name in it, such as '{Path.Combine(path, example)}'.");
        }

        string folder = Path.GetDirectoryName(full)!;
        if (File.Exists(folder))
        {
            throw new CliDataException($"Cannot write {option} '{path}': '{folder}' is a file, not a folder.");
        }

        if (!Directory.Exists(folder))
        {
            throw new CliDataException($"Cannot write {option} '{path}': its folder does not exist.");
        }

        try
        {
            if (File.Exists(full))
            {
                // Opened for writing and closed untouched: fails the same way the real write would.
                using (File.Open(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
                {
                }
            }

            // The file is written beside its target and renamed over it, so the folder must take a new file.
            using (new FileStream(Path.Combine(folder, $".engage-write-check-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliDataException($"Cannot write {option} '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>Fails when the output would replace an input the command is still reading.</summary>
    public static void CheckNotInput(string output, string option, string input, string inputOption)
    {
        if (output != StandardOutput && input != Input.InputFile.StandardInput
            && string.Equals(Path.GetFullPath(output), Path.GetFullPath(input), StringComparison.Ordinal))
        {
            throw new CliDataException($"{option} '{output}' is the same file as {inputOption}; write the results to another file.");
        }
    }
}
