namespace Engage.Classifier.Cli;

/// <summary>Loads the model a command was given, or the embedded default.</summary>
internal static class ModelSource
{
    /// <summary>Loads <paramref name="path"/>, or the embedded default model when it is <see langword="null"/>.</summary>
    /// <exception cref="ClassifierDataException">The model file is missing or unusable.</exception>
    /// <exception cref="CliDataException">No path was given and the package has no default model.</exception>
    public static CommentClassifier Load(string? path)
    {
        if (path is not null)
        {
            return CommentClassifier.Load(path);
        }

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
