namespace Engage.Classifier.Hosting;

/// <summary>Data of <see cref="ICommentClassifierProvider.Reloaded"/>: the model that now serves.</summary>
public sealed class ClassifierReloadedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="modelPath">The file the model was loaded from.</param>
    /// <param name="classifier">The model now serving.</param>
    public ClassifierReloadedEventArgs(string modelPath, CommentClassifier classifier)
    {
        ModelPath = modelPath;
        Classifier = classifier;
    }

    /// <summary>The file the model was loaded from.</summary>
    public string ModelPath { get; }

    /// <summary>The model now serving.</summary>
    public CommentClassifier Classifier { get; }
}
