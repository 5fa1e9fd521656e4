using System.Diagnostics.Metrics;
using System.Reflection;
using System.Text.Json;

namespace Engage.Classifier.Hosting;

/// <summary>
/// The instruments of the <see cref="CommentClassifierTelemetry.MeterName"/> meter, created once per service
/// provider through <see cref="IMeterFactory"/> (so that each container, and each test, has its own).
/// </summary>
internal sealed class ClassifierMetrics
{
    public const string NameTag = "engage.classifier.name";
    public const string LabelTag = "engage.classifier.label";
    public const string ErrorTypeTag = "error.type";
    public const string ActionTag = "engage.classifier.moderation.action";
    public const string ShadowTag = "engage.classifier.moderation.shadow";

    // Scoring takes microseconds to a few milliseconds; the OpenTelemetry default buckets start at 5 ms.
    private static readonly double[] DurationBuckets = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1];

    private readonly Counter<long> _verdicts;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _reloads;
    private readonly Counter<long> _actions;

    public ClassifierMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter meter = meterFactory.Create(CommentClassifierTelemetry.MeterName, Version);
        _verdicts = meter.CreateCounter<long>("engage.classifier.verdicts", "{verdict}", "Verdicts given, by label.");
        _duration = meter.CreateHistogram(
            "engage.classifier.classify.duration",
            "s",
            "Time to classify one comment.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _reloads = meter.CreateCounter<long>("engage.classifier.model.reloads", "{reload}", "Reloads of the model file; rejected files carry error.type.");
        _actions = meter.CreateCounter<long>("engage.classifier.moderation.actions", "{action}", "Moderation actions decided, by action (the policy's, in shadow mode too) and shadow mode.");
    }

    /// <summary>The package version (from git, e.g. <c>0.1.0-alpha.0.20</c>), given to the meter and the activity source.</summary>
    public static string? Version { get; } = typeof(ClassifierMetrics).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];

    /// <summary>The labels' names as <see cref="CommentLabel"/> declares them for JSON, so metrics, traces, the CLI and JSON agree.</summary>
    private static readonly string[] LabelNames = Enum.GetValues<CommentLabel>().Select(l => JsonSerializer.Serialize(l).Trim('"')).ToArray();

    /// <summary>The label as the metrics and traces spell it: <c>genuine</c>, <c>low_relevance</c>, <c>spam</c>.</summary>
    public static string LabelName(CommentLabel label) => LabelNames[(int)label];

    /// <summary>The action as the metrics and logs spell it: <c>approve</c>, <c>hold</c>, <c>reject</c>.</summary>
    public static string ActionName(ModerationAction action) => JsonNamingPolicy.SnakeCaseLower.ConvertName(action.ToString());

    public void RecordAction(string classifierName, ModerationAction action, bool shadow) => _actions.Add(
        1,
        new KeyValuePair<string, object?>(NameTag, classifierName),
        new KeyValuePair<string, object?>(ActionTag, ActionName(action)),
        new KeyValuePair<string, object?>(ShadowTag, shadow));

    public void RecordVerdict(string classifierName, CommentLabel label, TimeSpan elapsed)
    {
        var tags = new KeyValuePair<string, object?>(NameTag, classifierName);
        _verdicts.Add(1, tags, new KeyValuePair<string, object?>(LabelTag, LabelName(label)));
        _duration.Record(elapsed.TotalSeconds, tags);
    }

    public void RecordReload(string classifierName, Exception? error)
    {
        var name = new KeyValuePair<string, object?>(NameTag, classifierName);
        if (error is null)
        {
            _reloads.Add(1, name);
        }
        else
        {
            _reloads.Add(1, name, new KeyValuePair<string, object?>(ErrorTypeTag, error.GetType().FullName));
        }
    }
}
