namespace Engage.Classifier.Cli.Progress;

/// <summary>
/// An <see cref="IProgress{T}"/> that reports on the calling thread, unlike <see cref="Progress{T}"/>,
/// which posts to the thread pool and may report after the work has finished.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
