namespace Engage.Classifier.Hosting;

/// <summary>
/// The application's shared <see cref="CommentClassifier"/>, registered as a singleton by
/// <c>AddCommentClassifier</c> (or one per key by <c>AddKeyedCommentClassifier</c>).
/// </summary>
/// <remarks>
/// Thread-safe. When the model comes from a file, replacing the file swaps <see cref="Current"/> to the new
/// model atomically: calls already running finish on the old model, calls that start afterwards use the new one.
/// A new file that cannot be loaded is rejected (logged, counted, <see cref="ReloadFailed"/> raised) and the
/// old model keeps serving. Read <see cref="Current"/> once per unit of work when several calls must agree.
/// </remarks>
/// <example>
/// <code>
/// public sealed class CommentModeration(ICommentClassifierProvider classifier)
/// {
///     public bool ShouldHold(string text) => classifier.Classify(text).IsSpam;
/// }
/// </code>
/// </example>
public interface ICommentClassifierProvider
{
    /// <summary>The model serving now. Never <see langword="null"/>.</summary>
    CommentClassifier Current { get; }

    /// <summary>The model file being served and watched, or <see langword="null"/> for the default model.</summary>
    string? ModelPath { get; }

    /// <summary>How many times a new model replaced the old one since startup.</summary>
    long ReloadCount { get; }

    /// <summary>How many reloads were rejected since startup because the new file could not be loaded.</summary>
    long FailedReloadCount { get; }

    /// <summary>
    /// Why the most recent reload was rejected, or <see langword="null"/> when no reload has failed since the last
    /// successful one. While it is set, the previous model keeps serving and the health check reports Degraded.
    /// </summary>
    Exception? LastReloadError { get; }

    /// <summary>Raised after a new model has replaced the old one, on the thread that reloaded.</summary>
    event EventHandler<ClassifierReloadedEventArgs>? Reloaded;

    /// <summary>Raised when a new model file was rejected and the old model kept serving, on the thread that reloaded.</summary>
    event EventHandler<ClassifierReloadFailedEventArgs>? ReloadFailed;

    /// <summary>
    /// Reloads <see cref="ModelPath"/> now, without waiting for the file watcher, and swaps to it if it loads.
    /// </summary>
    /// <returns><see langword="true"/> when the new model is serving; <see langword="false"/> when it was rejected and the old one kept serving.</returns>
    /// <exception cref="InvalidOperationException">No <see cref="ModelPath"/> is configured (the default model cannot be reloaded).</exception>
    /// <exception cref="ObjectDisposedException">The provider was disposed.</exception>
    bool TryReload();

    /// <summary>Classifies one comment with the <see cref="Current"/> model, counted and timed in the <see cref="CommentClassifierTelemetry.MeterName"/> meter.</summary>
    /// <param name="comment">The comment.</param>
    /// <param name="includeReasons">Whether to explain the verdict.</param>
    /// <exception cref="ArgumentNullException"><paramref name="comment"/> is null.</exception>
    Verdict Classify(Comment comment, bool includeReasons = true) => Current.Classify(comment, includeReasons);

    /// <summary>Classifies a comment given only its text with the <see cref="Current"/> model.</summary>
    /// <param name="text">The comment text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    Verdict Classify(string text) => Current.Classify(text);
}
