namespace Engage.Classifier.Hosting;

/// <summary>Data of <see cref="ICommentClassifierProvider.ReloadFailed"/>: why the new model file was rejected.</summary>
public sealed class ClassifierReloadFailedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="modelPath">The file that could not be loaded.</param>
    /// <param name="exception">Why it could not be loaded, usually a <see cref="ClassifierDataException"/>.</param>
    public ClassifierReloadFailedEventArgs(string modelPath, Exception exception)
    {
        ModelPath = modelPath;
        Exception = exception;
    }

    /// <summary>The file that could not be loaded.</summary>
    public string ModelPath { get; }

    /// <summary>Why it could not be loaded, usually a <see cref="ClassifierDataException"/>.</summary>
    public Exception Exception { get; }
}
