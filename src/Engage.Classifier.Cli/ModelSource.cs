namespace Engage.Classifier.Cli;

/// <summary>Loads the model a command was given, or the embedded default, with the threshold it was told to use.</summary>
internal static class ModelSource
{
    /// <summary>Loads <paramref name="path"/>, or the embedded default model when it is <see langword="null"/>.</summary>
    /// <param name="path">The <c>--model</c> file, or <see langword="null"/>.</param>
    /// <param name="threshold">The <c>--threshold</c> to apply, or <see langword="null"/> for the model's own.</param>
    /// <exception cref="ClassifierDataException">The model file is missing or unusable.</exception>
    /// <exception cref="CliDataException">The path is a folder, or no path was given and the package has no default model.</exception>
    public static CommentClassifier Load(string? path, double? threshold = null)
    {
        CommentClassifier classifier = path is null ? LoadDefault() : LoadFile(path);
        return threshold is double value ? classifier.WithSpamThreshold(value) : classifier;
    }

    private static CommentClassifier LoadFile(string path)
    {
        if (Directory.Exists(path))
        {
            string[] models = Directory.GetFiles(path, "*.zip").Select(Path.GetFileName).Order(StringComparer.Ordinal).Take(5).ToArray()!;
            string inside = models.Length == 0 ? "it holds no .zip file" : $"it holds {string.Join(", ", models.Select(m => $"'{m}'"))}";
            throw new CliDataException($"--model '{path}' is a folder; give the model file written by 'engage train' ({inside}).");
        }

        return CommentClassifier.Load(path);
    }

    private static CommentClassifier LoadDefault()
    {
        try
        {
            return CommentClassifier.LoadDefault();
        }
        catch (InvalidOperationException ex)
        {
            throw new CliDataException("No --model was given and this build has no embedded default model; train one with 'engage train --comments c.csv --out model.zip' and pass it with --model model.zip.", ex);
        }
    }
}
