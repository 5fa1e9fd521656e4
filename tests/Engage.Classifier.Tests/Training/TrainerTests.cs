using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Training;

[Collection(TrainedModelCollection.Name)]
public sealed class TrainerTests(TrainedModelFixture fixture)
{
    [Fact]
    public void Train_ReportsHeldOutMetricsFromEveryRow()
    {
        TrainingReport report = fixture.Result.Report;

        report.TrainingRows.Should().Be(fixture.Training.Length);
        report.HeldOut.Count.Should().Be(fixture.Training.Length, "every training row is scored once by a model that did not see its thread");
        report.Folds.Should().Be(3);
        report.LearnedLowRelevance.Should().BeTrue();
        report.HeldOut.GenuineFalsePositiveRate.Should().BeLessOrEqualTo(TrainedModelFixture.SmallOptions.TargetFalsePositiveRate);
        report.SpamThreshold.Should().Be(fixture.Classifier.SpamThreshold);
    }

    [Fact]
    public void Train_SpamAndGenuineOnly_TrainsWithoutLowRelevance()
    {
        LabeledComment[] binary = fixture.Training.Where(c => c.Label != CommentLabel.LowRelevance).ToArray();

        TrainingResult result = new CommentClassifierTrainer(TrainedModelFixture.SmallOptions with { NumberOfTrees = 20 }).Train(binary);

        result.Classifier.CanDetectLowRelevance.Should().BeFalse();
        result.Report.LearnedLowRelevance.Should().BeFalse();
        result.Classifier.ClassifyBatch(fixture.HeldOut.Select(c => c.Comment).ToArray(), includeReasons: false).Should().NotContain(v => v.Label == CommentLabel.LowRelevance);
    }

    [Fact]
    public void Train_NoSpam_ThrowsArgumentException()
    {
        LabeledComment[] noSpam = fixture.Training.Where(c => c.Label != CommentLabel.Spam).ToArray();

        Action act = () => new CommentClassifierTrainer().Train(noSpam);

        act.Should().Throw<ArgumentException>().WithMessage("*both spam and non-spam*");
    }

    [Fact]
    public void Train_SingleThread_ThrowsArgumentException()
    {
        LabeledComment[] oneThread = fixture.Training.Select(c => c with { Comment = c.Comment with { ThreadId = "only" }, Source = null }).ToArray();

        Action act = () => new CommentClassifierTrainer().Train(oneThread);

        act.Should().Throw<ArgumentException>().WithMessage("*at least two threads*");
    }

    [Fact]
    public void Train_FoldWithoutNonSpam_SaysWhatTheFoldLacks()
    {
        // Two threads; only the second has a comment that is not spam, so the fold that holds it out trains on spam alone.
        string[] offers =
        [
            "Cheap phone cases at https://case-bazaar.shop today only",
            "Get 50% off printer ink: https://inkdeals.store",
            "Loans in one hour, call +1 (833) 555-0147",
            "Best vpn deal ever https://vpn-saver.shop/deal",
            "Win a free cruise, click https://cruise-prize.win",
        ];
        LabeledComment[] comments =
        [
            .. offers.Select(text => new LabeledComment(new Comment(text) { ThreadId = "t1" }, CommentLabel.Spam)),
            .. offers.Select(text => new LabeledComment(new Comment(text + " now") { ThreadId = "t2" }, CommentLabel.Spam)),
            new LabeledComment(new Comment("The second step failed for me until I updated the driver.") { ThreadId = "t2" }, CommentLabel.Genuine),
        ];

        Action act = () => new CommentClassifierTrainer().Train(comments);

        act.Should().Throw<ArgumentException>().WithMessage("Fold * leaves a training part without comments that are not spam: add such comments*");
    }

    [Theory]
    [InlineData(0, 0.01, 5)]
    [InlineData(100, 1.5, 5)]
    [InlineData(100, 0.01, 1)]
    public void Constructor_OutOfRangeOptions_Throw(int trees, double fpr, int folds)
    {
        Action act = () => _ = new CommentClassifierTrainer(new TrainerOptions { NumberOfTrees = trees, TargetFalsePositiveRate = fpr, Folds = folds });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Train_ReportsProgressToTheEnd()
    {
        var stages = new List<TrainingProgress>();
        var progress = new SynchronousProgress(stages.Add);
        LabeledComment[] small = fixture.Training.Take(600).ToArray();

        new CommentClassifierTrainer(TrainedModelFixture.SmallOptions with { NumberOfTrees = 10 }).Train(small, progress);

        stages.Should().NotBeEmpty();
        stages[^1].Completed.Should().Be(stages[^1].Total);
    }

    private sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
