using System.Diagnostics;
using System.Diagnostics.Metrics;
using Engage.Classifier.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Engage.Classifier.Hosting.Tests.Hosting;

/// <summary>The Engage.Classifier meter counts verdicts by label, times them, and counts reloads and rejected reloads.</summary>
public sealed class TelemetryTests : IDisposable
{
    private const string Spam = "Cheap viagra online http://pills.example buy now";
    private const string Question = "Does the starter need rye flour, or is plain white flour enough for the first week?";

    private readonly TempDirectory _temp = new();
    private readonly TrainedModels _models = TrainedModels.Instance;
    private readonly string _path;
    private readonly ServiceProvider _services;

    public TelemetryTests()
    {
        _path = _temp.Write("model.zip", _models.ModelA);
        _services = new ServiceCollection()
            .AddCommentClassifier(o => (o.ModelPath, o.WatchForChanges) = (_path, false))
            .AddKeyedCommentClassifier("forum", o => (o.ModelPath, o.WatchForChanges) = (_path, false))
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    private MetricCollector<T> Collect<T>(string instrument)
        where T : struct => new(_services.GetRequiredService<IMeterFactory>(), CommentClassifierTelemetry.MeterName, instrument);

    [Fact]
    public void Classify_CountsEachVerdictByLabelAndClassifierName()
    {
        using MetricCollector<long> verdicts = Collect<long>("engage.classifier.verdicts");
        var provider = _services.GetRequiredService<ICommentClassifierProvider>();
        var forum = _services.GetRequiredKeyedService<ICommentClassifierProvider>("forum");
        string spamLabel = Label(_models.ClassifierA.Classify(Spam).Label);
        string questionLabel = Label(_models.ClassifierA.Classify(Question).Label);

        provider.Classify(Spam);
        provider.Classify(new Comment(Spam), includeReasons: false);
        forum.Classify(Question);

        IReadOnlyList<CollectedMeasurement<long>> measured = verdicts.GetMeasurementSnapshot();
        verdicts.Instrument!.Unit.Should().Be("{verdict}");
        measured.Should().HaveCount(3).And.OnlyContain(m => m.Value == 1);
        measured.Count(m => m.ContainsTags(new KeyValuePair<string, object?>("engage.classifier.name", "default"), new KeyValuePair<string, object?>("engage.classifier.label", spamLabel))).Should().Be(2);
        measured.Count(m => m.ContainsTags(new KeyValuePair<string, object?>("engage.classifier.name", "forum"), new KeyValuePair<string, object?>("engage.classifier.label", questionLabel))).Should().Be(1);
    }

    [Fact]
    public void Classify_RecordsItsDurationInSeconds()
    {
        using MetricCollector<double> duration = Collect<double>("engage.classifier.classify.duration");
        var provider = _services.GetRequiredService<ICommentClassifierProvider>();

        provider.Classify(Question);
        provider.Classify(Spam);

        duration.Instrument!.Unit.Should().Be("s");
        duration.Instrument.Should().BeAssignableTo<Histogram<double>>();
        duration.GetMeasurementSnapshot().Should().HaveCount(2).And.OnlyContain(m => m.Value > 0 && m.Value < 60);
    }

    [Fact]
    public void TryReload_CountsReloadsAndTagsRejectedOnesWithTheErrorType()
    {
        using MetricCollector<long> reloads = Collect<long>("engage.classifier.model.reloads");
        var provider = _services.GetRequiredService<ICommentClassifierProvider>();

        provider.TryReload().Should().BeTrue();
        File.WriteAllBytes(_path, BadModels.Corrupt(_models.ModelB));
        provider.TryReload().Should().BeFalse();
        provider.TryReload().Should().BeFalse();

        IReadOnlyList<CollectedMeasurement<long>> measured = reloads.GetMeasurementSnapshot();
        reloads.Instrument!.Unit.Should().Be("{reload}");
        measured.Should().HaveCount(3);
        measured.Count(m => !m.Tags.ContainsKey("error.type")).Should().Be(1);
        measured.Count(m => m.ContainsTags(new KeyValuePair<string, object?>("error.type", typeof(ClassifierDataException).FullName))).Should().Be(2);
    }

    [Fact]
    public void Classify_WithAListener_StartsAClassifyActivityTaggedWithTheLabel()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CommentClassifierTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (activities)
                {
                    activities.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var provider = _services.GetRequiredKeyedService<ICommentClassifierProvider>("forum");

        Verdict verdict = provider.Classify(Spam);

        Activity classify;
        lock (activities)
        {
            classify = activities.Should().ContainSingle(a => a.OperationName == "classify" && (string?)a.GetTagItem("engage.classifier.name") == "forum").Subject;
        }

        classify.GetTagItem("engage.classifier.label").Should().Be(Label(verdict.Label));
        classify.GetTagItem("engage.classifier.spam_probability").Should().Be(verdict.SpamProbability);
    }

    private static string Label(CommentLabel label) => label switch
    {
        CommentLabel.Genuine => "genuine",
        CommentLabel.LowRelevance => "low_relevance",
        _ => "spam",
    };
}
