namespace Engage.Classifier.Hosting;

/// <summary>
/// Settings for a classifier registered by <c>AddCommentClassifier</c> or <c>AddKeyedCommentClassifier</c>,
/// set in code or bound from configuration. Validated when the host starts and again on every configuration change
/// (an invalid change is not applied).
/// </summary>
public sealed class CommentClassifierOptions
{
    /// <summary>The configuration section the documentation and the sample use: <c>CommentClassifier</c>.</summary>
    public const string SectionName = "CommentClassifier";

    /// <summary>The longest <see cref="ReloadDebounce"/> accepted.</summary>
    public static readonly TimeSpan MaxReloadDebounce = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Path of a model file written by <see cref="CommentClassifier.Save(string)"/>, or <see langword="null"/>
    /// for the default model that ships in the package (<see cref="CommentClassifier.LoadDefault"/>).
    /// </summary>
    /// <value>Default <see langword="null"/>. When set, the file must exist at startup; a relative path is resolved against the current directory then. Read once, at startup.</value>
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
    /// <value>Default <see langword="null"/>; otherwise between 0 and 1. A change through configuration applies at once, to the next call.</value>
    public double? SpamThreshold { get; set; }
}
