using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting;

/// <summary>
/// The <see cref="ICommentModerator"/> of one options name: the policy and shadow setting are swapped as one reference when the
/// configuration changes, so a call never sees the policy of one change and the shadow setting of another.
/// </summary>
internal sealed class CommentModerator : ICommentModerator, IDisposable
{
    private readonly string _displayName;
    private readonly ICommentClassifierProvider _classifier;
    private readonly ClassifierMetrics _metrics;
    private readonly ILogger _logger;
    private readonly IDisposable? _optionsChange;
    private Settings _settings;

    /// <exception cref="OptionsValidationException">The options are invalid (see <see cref="CommentModerationOptionsValidator"/>).</exception>
    public CommentModerator(string name, ICommentClassifierProvider classifier, IOptionsMonitor<CommentModerationOptions> options, ClassifierMetrics metrics, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(name);
        _displayName = name.Length == 0 ? "default" : name;
        _classifier = classifier;
        _metrics = metrics;
        _logger = logger;
        _settings = Settings.From(options.Get(name));
        _optionsChange = options.OnChange((changed, changedName) =>
        {
            if (string.Equals(changedName ?? Options.DefaultName, name, StringComparison.Ordinal))
            {
                Apply(changed);
            }
        });
    }

    public ModerationPolicy Policy => Volatile.Read(ref _settings).Policy;

    public bool ShadowMode => Volatile.Read(ref _settings).ShadowMode;

    public ModerationResult Moderate(Comment comment, bool includeReasons = true)
    {
        ArgumentNullException.ThrowIfNull(comment);
        Settings settings = Volatile.Read(ref _settings);
        ModerationResult result = settings.Policy.Moderate(_classifier.Classify(comment, includeReasons), comment);
        _metrics.RecordAction(_displayName, result.Action, settings.ShadowMode);
        if (!settings.ShadowMode)
        {
            return result;
        }

        Verdict verdict = result.Verdict;
        Log.ShadowAction(_logger, _displayName, ClassifierMetrics.LabelName(verdict.Label), verdict.SpamProbability, ClassifierMetrics.ActionName(result.Action), string.Join("; ", result.Reasons));
        return result with { Action = ModerationAction.Approve, ShadowedAction = result.Action };
    }

    /// <summary>Applies changed options, which the options monitor has validated (an invalid change never gets here).</summary>
    private void Apply(CommentModerationOptions changed)
    {
        Settings settings = Settings.From(changed);
        Settings previous = Interlocked.Exchange(ref _settings, settings);
        if (previous.ShadowMode != settings.ShadowMode || previous.Policy.Options != settings.Policy.Options)
        {
            Log.ModerationChanged(_logger, _displayName, settings.ShadowMode, settings.Policy.Options.ToString());
        }
    }

    public void Dispose() => _optionsChange?.Dispose();

    /// <summary>The settings in force, validated by building the policy.</summary>
    private sealed record Settings(ModerationPolicy Policy, bool ShadowMode)
    {
        public static Settings From(CommentModerationOptions options) => new(new ModerationPolicy(options.Policy), options.ShadowMode);
    }
}
