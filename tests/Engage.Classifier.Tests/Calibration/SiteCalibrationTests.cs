using Engage.Classifier.Evaluation;
using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Calibration;

/// <summary>
/// <see cref="CommentClassifier.Calibrate"/> on the held-out threads of the trained fixture (a site the model did not
/// train on): what it records, that the served probability is the one the threshold was chosen on, and bad input.
/// </summary>
[Collection(TrainedModelCollection.Name)]
public sealed class SiteCalibrationTests(TrainedModelFixture fixture)
{
    private LabeledComment[] Site => fixture.HeldOut.Where(c => c.Label != CommentLabel.LowRelevance).Take(400).ToArray();

    [Fact]
    public void Calibrate_SiteComments_KeepsTheTargetOnThemWithTheServedProbability()
    {
        CalibrationResult result = fixture.Classifier.Calibrate(Site, targetFalsePositiveRate: 0.02);

        // The threshold was chosen on these comments; scoring them again through the saved calibration must keep the target.
        EvaluationReport onSite = result.Classifier.Evaluate(Site);
        onSite.GenuineFalsePositiveRate.Should().BeLessOrEqualTo(0.02);
        result.Classifier.SpamThreshold.Should().Be(result.Report.SpamThreshold);
        result.Report.ProbabilityRefitted.Should().BeTrue("the site has spam and genuine comments with links");
    }

    [Fact]
    public void Calibrate_ReportsBeforeAndAfterOnTheLatestQuarter()
    {
        LabeledComment[] site = Site;

        CalibrationReport report = fixture.Classifier.Calibrate(site).Report;

        report.Before.Count.Should().Be(site.Length / 4);
        report.After.Count.Should().Be(site.Length / 4);
        report.FittedComments.Should().Be(site.Length - (site.Length / 4));
        report.Before.SpamThreshold.Should().Be(fixture.Classifier.SpamThreshold);
        report.Before.Should().BeEquivalentTo(fixture.Classifier.Evaluate(site.Skip(report.FittedComments)), "before is the model as it was on the held-out comments");
    }

    [Fact]
    public void Calibrate_ReportsTheSavedModelOnTheLatestQuarter_AndWhetherTheHeldOutCheckGotWorse()
    {
        LabeledComment[] site = Site;

        CalibrationResult result = fixture.Classifier.Calibrate(site);

        CalibrationReport report = result.Report;
        report.Saved.Should().BeEquivalentTo(result.Classifier.Evaluate(site.Skip(report.FittedComments)), "saved is the returned model on the same comments");
        report.Saved.SpamThreshold.Should().Be(report.SpamThreshold);
        report.WorseOnHeldOut.Should().Be(report.After.Accuracy < report.Before.Accuracy);
        report.SavedWorseThanBefore.Should().Be(report.Saved.Accuracy < report.Before.Accuracy);
    }

    [Fact]
    public void Calibrate_SiteComments_CountsTheSpamThatCarriesAPayload_AndCallsSomethingSpam()
    {
        LabeledComment[] site = Site;

        CalibrationReport report = fixture.Classifier.Calibrate(site).Report;

        int expected = site.Count(c => c.Label == CommentLabel.Spam && fixture.Classifier.Classify(c.Comment, includeReasons: false).Payload != PayloadKinds.None);
        report.SpamWithPayload.Should().Be(expected).And.BePositive();
        report.CallsNothingSpam.Should().BeFalse();
    }

    [Fact]
    public void Calibrate_NoSpamCarriesAPayload_ChoosesAThresholdThatCallsNothingSpam()
    {
        LabeledComment[] site =
        [
            .. fixture.HeldOut.Where(c => c.Label == CommentLabel.Genuine && fixture.Classifier.Classify(c.Comment, includeReasons: false).Payload == PayloadKinds.None).Take(60),
            .. Enumerable.Range(1, 8).Select(i => new LabeledComment(new Comment($"this tutorial {i} is the dumbest thing I have read all week"), CommentLabel.Spam)),
        ];

        CalibrationResult result = fixture.Classifier.Calibrate(site);

        result.Report.SpamWithPayload.Should().Be(0);
        result.Report.CallsNothingSpam.Should().BeTrue();
        result.Classifier.SpamThreshold.Should().Be(1);
    }

    [Fact]
    public void Calibrate_NoGenuineCommentScoresNearSpam_StoresTheMiddleOfTheEmptySpanAndCallsEverySpamSpam()
    {
        LabeledComment[] site =
        [
            .. fixture.HeldOut.Where(c => c.Label == CommentLabel.Genuine && fixture.Classifier.Classify(c.Comment, includeReasons: false).Payload == PayloadKinds.None).Take(90),
            .. Enumerable.Range(1, 12).Select(i => new LabeledComment(
                new Comment($"Cheap replica watches, batch {i} ships today, order at https://watch-outlet{i}.example/buy"), CommentLabel.Spam)),
        ];

        CalibrationResult result = fixture.Classifier.Calibrate(site);

        result.Report.ThresholdBetweenSeparatedScores.Should().BeTrue("no genuine comment given carries a payload, so none scores 0.05 or more");
        double lowestSpam = site.Where(c => c.Label == CommentLabel.Spam).Min(c => result.Classifier.Classify(c.Comment, includeReasons: false).SpamProbability);
        result.Classifier.SpamThreshold.Should().BeGreaterThan(0.05).And.BeLessThan(lowestSpam, "the top edge of the span let the lowest spam through by a hair");
        site.Where(c => c.Label == CommentLabel.Spam).Should().OnlyContain(c => result.Classifier.Classify(c.Comment, false).Label == CommentLabel.Spam);
    }

    [Fact]
    public void Calibrate_RecordsWhatAndWhen_AndTheSavedModelKeepsIt()
    {
        DateTimeOffset start = DateTimeOffset.UtcNow;
        CalibrationResult result = fixture.Classifier.Calibrate(Site, 0.02, "forum export");

        using var saved = new MemoryStream();
        result.Classifier.Save(saved);
        saved.Position = 0;
        CommentClassifier loaded = CommentClassifier.Load(saved);

        SiteCalibration calibration = loaded.Calibration!;
        calibration.Comments.Should().Be(Site.Length);
        calibration.Source.Should().Be("forum export");
        calibration.TargetFalsePositiveRate.Should().Be(0.02);
        calibration.PreviousSpamThreshold.Should().Be(fixture.Classifier.SpamThreshold);
        calibration.CalibratedAt.Should().BeOnOrAfter(start).And.BeOnOrBefore(DateTimeOffset.UtcNow);
        loaded.SpamThreshold.Should().Be(result.Classifier.SpamThreshold);
        loaded.TrainingReport.Should().BeEquivalentTo(fixture.Classifier.TrainingReport, "calibration keeps what training measured");
    }

    [Fact]
    public void Calibrate_LeavesTheOriginalModelAsItWas()
    {
        var comment = new Comment("Cheap replica watches at http://example.test/deal, order today");
        double before = fixture.Classifier.Classify(comment, includeReasons: false).SpamProbability;

        fixture.Classifier.Calibrate(Site);

        fixture.Classifier.Calibration.Should().BeNull();
        fixture.Classifier.Classify(comment, includeReasons: false).SpamProbability.Should().Be(before);
    }

    [Fact]
    public void Calibration_OfTheShippedDefaultModel_IsNull()
    {
        CommentClassifier.LoadDefault().Calibration.Should().BeNull("a model file written before calibration existed still loads, uncalibrated");
    }

    [Fact]
    public void Calibrate_TooFewComments_SaysHowManyItNeeds()
    {
        Action act = () => fixture.Classifier.Calibrate(Site.Take(39));

        act.Should().Throw<ArgumentException>().WithMessage("*at least 40 labeled comments*got 39*").And.ParamName.Should().Be("comments");
    }

    [Theory]
    [InlineData(CommentLabel.Spam)]
    [InlineData(CommentLabel.Genuine)]
    public void Calibrate_OneLabelOnly_SaysBothAreNeeded(CommentLabel only)
    {
        LabeledComment[] oneLabel = fixture.HeldOut.Where(c => c.Label == only).Take(100).ToArray();

        Action act = () => fixture.Classifier.Calibrate(oneLabel);

        act.Should().Throw<ArgumentException>().WithMessage("*needs both spam and genuine*");
    }

    [Fact]
    public void Calibrate_LowRelevanceLabelsForAModelWithoutThatLabel_SaysTheLabelSetsDiffer()
    {
        CommentClassifier twoLabel = new CommentClassifierTrainer(TrainedModelFixture.SmallOptions with { NumberOfTrees = 10, MinimumLowRelevanceExamples = int.MaxValue })
            .Train(fixture.Training.Where(c => c.Label != CommentLabel.LowRelevance).Take(600)).Classifier;
        twoLabel.CanDetectLowRelevance.Should().BeFalse();
        LabeledComment[] threeLabel = fixture.HeldOut.Take(300).ToArray();
        threeLabel.Should().Contain(c => c.Label == CommentLabel.LowRelevance);

        Action act = () => twoLabel.Calibrate(threeLabel);

        int first = Array.FindIndex(threeLabel, c => c.Label == CommentLabel.LowRelevance) + 1;
        act.Should().Throw<ArgumentException>().WithMessage($"{threeLabel.Count(c => c.Label == CommentLabel.LowRelevance)} of the 300 comments are labeled LowRelevance (the first is comment {first} in the order given)*another model's label set*");
    }

    [Fact]
    public void Calibrate_NullItem_NamesItsIndex()
    {
        LabeledComment[] site = [.. Site.Take(50)];
        site[7] = null!;

        Action act = () => fixture.Classifier.Calibrate(site);

        act.Should().Throw<ArgumentException>().WithMessage("*comments[7]*");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Calibrate_TargetOutsideZeroToOne_IsOutOfRange(double target)
    {
        Action act = () => fixture.Classifier.Calibrate(Site, target);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Calibrate_Null_Throws()
    {
        Action act = () => fixture.Classifier.Calibrate(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
