using System.Text.Json;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.Tests.Signals;

/// <summary>The declaring table: every feature has one place and one name, and the order is the one models are stored with.</summary>
public sealed class FeatureLayoutTests
{
    [Fact]
    public void Groups_FillEveryPositionOnceInOrder()
    {
        int next = 0;
        foreach (FeatureRange range in FeatureLayout.Groups)
        {
            range.Start.Should().Be(next);
            range.Length.Should().Be(range.Group.FeatureNames.Count).And.BePositive();
            next += range.Length;
        }

        next.Should().Be(FeatureLayout.Count);
        FeatureLayout.Count.Should().Be(FeatureLayout.SignalCount + 2, "the two text-model scores follow the signals");
    }

    [Fact]
    public void Names_AreUnique()
    {
        FeatureLayout.Names.Should().OnlyHaveUniqueItems().And.HaveCount(FeatureLayout.Count);
    }

    [Fact]
    public void IndexOf_FindsEachFeatureUnderItsName()
    {
        FeatureLayout.Names[FeatureLayout.IndexOf(LinkSignals.Feature.LinkCount)].Should().Be("LinkCount");
        FeatureLayout.Names[FeatureLayout.IndexOf(RelevanceSignals.Feature.PostSharedWords)].Should().Be("PostSharedWords");
        FeatureLayout.IndexOf(TextScores.Feature.FillerTextScore).Should().Be(FeatureLayout.Count - 1);
    }

    [Fact]
    public void Names_AreTheOnesTheShippedModelWasTrainedWith()
    {
        using JsonDocument manifest = JsonDocument.Parse(CommentClassifier.LoadDefault().Entries["manifest.json"]);

        manifest.RootElement.GetProperty("FeatureNames").EnumerateArray().Select(e => e.GetString()).Should().Equal(FeatureLayout.Names);
    }
}
