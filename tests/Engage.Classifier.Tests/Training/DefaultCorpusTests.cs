using Engage.Classifier.Tests.Support;
using Engage.Classifier.Training;

namespace Engage.Classifier.Tests.Training;

/// <summary>
/// <see cref="TrainerOptions.WithDefaultCorpus"/>: the shipped default corpus loads whole, is added to the given comments
/// weighted as documented, and the report counts the given comments only; given comments that cannot set a threshold are refused.
/// </summary>
[Collection(TrainedModelCollection.Name)]
public sealed class DefaultCorpusTests(TrainedModelFixture fixture)
{
    private static readonly TrainerOptions Quick = new() { WithDefaultCorpus = true, NumberOfTrees = 20, Folds = 3, Seed = 5 };

    private static readonly string[] Birds = ["heron", "kingfisher", "barn owl", "lapwing", "goldcrest", "redstart", "curlew"];

    [Fact]
    public void Load_HasEveryCommentOfTheRepositoryDataFolder()
    {
        LabeledComment[] expected = CommentCsv.ReadLabeled(Path.Combine(RepositoryData.DataFolder, "comments.csv"), Path.Combine(RepositoryData.DataFolder, "posts.csv")).ToArray();

        LabeledComment[] shipped = DefaultCorpus.Load();

        shipped.Should().HaveCount(expected.Length);
        shipped.Select(c => c.Label).Should().Equal(expected.Select(c => c.Label));
        shipped.Count(c => c.Comment.Post is not null).Should().Be(expected.Count(c => c.Comment.Post is not null));
    }

    [Fact]
    public void AddTo_GivenCommentsWeighAsMuchAsTheWholeDefaultCorpus()
    {
        LabeledComment[] given = Site(spam: 12, genuine: 14);
        string[] groups = given.Select(c => c.Comment.ThreadId!).ToArray();

        (LabeledComment[] rows, string[] rowGroups) = DefaultCorpus.AddTo(given, groups, holdOutSources: false);

        rows.Should().HaveCount(given.Length + DefaultCorpus.Load().Length);
        rowGroups.Should().HaveCount(rows.Length);
        rowGroups[..given.Length].Should().Equal(groups);
        rowGroups[given.Length..].Should().NotIntersectWith(groups);
        rows[..given.Length].Sum(r => r.Weight).Should().BeApproximately(rows[given.Length..].Sum(r => r.Weight), 1e-6);
        rows[..given.Length].Should().OnlyContain(r => r.Weight > 1, "a few comments beside thousands are weighted up");
    }

    [Fact]
    public void Train_WithDefaultCorpus_ReportsTheAddedRowsAndMeasuresTheGivenCommentsOnly()
    {
        LabeledComment[] given = Site(spam: 12, genuine: 14);

        TrainingReport report = new CommentClassifierTrainer(Quick).Train(given).Report;

        report.TrainingRows.Should().Be(given.Length);
        report.DefaultCorpusRows.Should().Be(DefaultCorpus.Load().Length);
        report.HeldOut.Count.Should().Be(given.Length);
        report.LabelCounts.Values.Sum().Should().Be(given.Length);
        report.Groups.Select(g => g.Name).Should().BeSubsetOf(given.Select(c => c.Comment.ThreadId!));
        report.Options.WithDefaultCorpus.Should().BeTrue();
        report.LearnedLowRelevance.Should().BeFalse("the given comments label no low relevance, though the default corpus does");
    }

    [Fact]
    public void Train_WithDefaultCorpus_TooFewGenuineToMeasureTheTarget_StoresNoThresholdBelowTheDefaultCorpusOwn()
    {
        LabeledComment[] given = Site(spam: 12, genuine: 30);

        TrainingResult result = new CommentClassifierTrainer(Quick).Train(given);

        result.Report.DefaultCorpusThresholdFloor.Should().NotBeNull("30 genuine comments cannot measure 1%");
        result.Report.SpamThreshold.Should().BeGreaterThanOrEqualTo(result.Report.DefaultCorpusThresholdFloor!.Value);
        result.Classifier.SpamThreshold.Should().Be(result.Report.SpamThreshold);
        result.Report.HeldOut.SpamThreshold.Should().Be(result.Report.SpamThreshold, "the held-out report is measured at the stored threshold");
    }

    [Fact]
    public void Train_WithoutTheOption_AddsNoRowsAndNoFloor()
    {
        new TrainerOptions().WithDefaultCorpus.Should().BeFalse();
        fixture.Result.Report.DefaultCorpusRows.Should().Be(0);
        fixture.Result.Report.TrainingRows.Should().Be(fixture.Training.Length);
        fixture.Result.Report.DefaultCorpusThresholdFloor.Should().BeNull();
        fixture.Result.Report.ThresholdRaisedToDefaultCorpus.Should().BeFalse();
    }

    [Theory]
    [InlineData(0, 26, "both spam and non-spam")]
    [InlineData(26, 0, "both spam and non-spam")]
    [InlineData(4, 26, "at least 10 spam and 10 other comments of your own")]
    [InlineData(12, 6, "at least 10 spam and 10 other comments of your own")]
    public void Train_WithDefaultCorpus_GivenCommentsThatCannotSetTheThreshold_Throw(int spam, int genuine, string message)
    {
        Action act = () => new CommentClassifierTrainer(Quick).Train(Site(spam, genuine));

        act.Should().Throw<ArgumentException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Train_WithDefaultCorpus_GivenCommentsFromOneThread_Throw()
    {
        LabeledComment[] oneThread = Site(spam: 12, genuine: 14).Select(c => c with { Comment = c.Comment with { ThreadId = "hide-at-the-marsh" } }).ToArray();

        Action act = () => new CommentClassifierTrainer(Quick).Train(oneThread);

        act.Should().Throw<ArgumentException>().WithMessage("*at least two threads*");
    }

    /// <summary>Invented comments of a birdwatching site over three threads: questions and sightings, and link spam.</summary>
    private static LabeledComment[] Site(int spam, int genuine)
    {
        string[] threads = ["hide-at-the-marsh", "winter-feeders", "estuary-walk"];
        IEnumerable<LabeledComment> real = Enumerable.Range(0, genuine).Select(i => new LabeledComment(
            new Comment($"Saw a {Birds[i % Birds.Length]} near the {(i % 2 == 0 ? "reed bed" : "old sluice")} on day {i + 1}; does the tide change where they feed?") { ThreadId = threads[i % 3] },
            CommentLabel.Genuine));
        IEnumerable<LabeledComment> junk = Enumerable.Range(0, spam).Select(i => new LabeledComment(
            new Comment($"Cheap {Birds[i % Birds.Length]} binoculars {40 + i}% off today only http://optics-deal{i}.example.com/buy") { ThreadId = threads[(i + 1) % 3] },
            CommentLabel.Spam));
        return [.. real, .. junk];
    }
}
