namespace Engage.Classifier.Hosting;

/// <summary>
/// Settings for the classifier registered by
/// <see cref="CommentClassifierServiceCollectionExtensions.AddCommentClassifier"/>.
/// Validated once, when the host starts.
/// </summary>
public sealed class CommentClassifierOptions
{
    /// <summary>The longest <see cref="ReloadDebounce"/> accepted.</summary>
    public static readonly TimeSpan MaxReloadDebounce = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Path of a model file written by <see cref="CommentClassifier.Save(string)"/>, or <see langword="null"/>
    /// for the default model that ships in the package (<see cref="CommentClassifier.LoadDefault"/>).
    /// </summary>
    /// <value>Default <see langword="null"/>. When set, the file must exist at startup; a relative path is resolved against the current directory then.</value>
    public string? ModelPath { get; set; }

    /// <summary>
    /// Whether to watch <see cref="ModelPath"/> and swap to the new model when the file is replaced.
    /// Ignored for the default model.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>
    /// How long the model file must stay quiet after a change before it is reloaded, so that a file
    /// written in several steps is read once, when complete.
    /// </summary>
    /// <value>Default 500 ms; between zero and <see cref="MaxReloadDebounce"/>.</value>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Spam threshold applied to every model loaded (see <see cref="CommentClassifier.WithSpamThreshold"/>),
    /// or <see langword="null"/> to keep the threshold stored in the model.
    /// </summary>
    /// <value>Default <see langword="null"/>; otherwise between 0 and 1.</value>
    public double? SpamThreshold { get; set; }
}
