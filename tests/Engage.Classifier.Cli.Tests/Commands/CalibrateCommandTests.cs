using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

/// <summary><c>engage calibrate</c> on the model <see cref="TrainedModel"/> trained, and its errors.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class CalibrateCommandTests(TrainedModel model)
{
    [Fact]
    public void Calibrate_LabeledComments_SavesACalibratedModelAndPrintsBeforeAndAfter()
    {
        using var folder = new TempFolder();

        CliResult result = EngageTool.Run("calibrate", "--model", model.ModelPath, "--comments", FixtureFiles.Comments, "--posts", FixtureFiles.Posts, "--out", folder.File("site.zip"));

        result.ExitCode.Should().Be(0, result.ToString());
        CommentClassifier calibrated = CommentClassifier.Load(folder.File("site.zip"));
        calibrated.Calibration.Should().NotBeNull();
        calibrated.Calibration!.Comments.Should().Be(150);
        calibrated.Calibration.Source.Should().Be("comments.csv");
        calibrated.Calibration.PreviousSpamThreshold.Should().Be(CommentClassifier.Load(model.ModelPath).SpamThreshold);
        result.Output.Should().Contain("Calibrated").And.Contain("Before calibration: the given model").And.Contain("After calibration: the saved model");
        result.Output.Should().Contain("The tables compare the given model with the saved one on the same");
        result.Error.Should().Contain($"Saved the calibrated model to {folder.File("site.zip")}");
        result.Error.Should().NotContain("comments are spam (fewer than", "the fixture has enough spam");
    }

    [Fact]
    public void Calibrate_AHandfulOfSpam_CalibratesAndWarnsThatTheThresholdRestsOnThem()
    {
        using var folder = new TempFolder();

        CliResult result = CalibrateOn(
            folder,
            Enumerable.Range(1, 45).Select(i => $"Baked the rye loaf from step {i} twice and the second crumb was far more open"),
            Enumerable.Range(1, 3).Select(i => $"Cheap oven mitts in bulk {i} at http://mitts{i}.example.net order now"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain("only 3 of the 48 comments are spam (fewer than 10)").And.Contain("Label more spam comments");
    }

    [Fact]
    public void Calibrate_Json_PrintsOneJsonObjectWithBeforeAndAfter()
    {
        using var folder = new TempFolder();

        CliResult result = EngageTool.Run("calibrate", "--model", model.ModelPath, "--comments", FixtureFiles.Comments, "--out", folder.File("site.zip"), "--target-fpr", "0.05", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("comments").GetInt32().Should().Be(150);
        root.GetProperty("target_false_positive_rate").GetDouble().Should().Be(0.05);
        result.Output.Should().MatchRegex("\"calibrated_at\": \"\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z\"", "the time is UTC, written as the model file writes it");
        root.GetProperty("spam_threshold").GetDouble().Should().Be(CommentClassifier.Load(folder.File("site.zip")).SpamThreshold);
        root.GetProperty("before").GetProperty("count").GetInt32().Should().Be(root.GetProperty("held_out_comments").GetInt32());
        root.GetProperty("after").GetProperty("count").GetInt32().Should().Be(root.GetProperty("held_out_comments").GetInt32());
        root.GetProperty("saved").GetProperty("spam_threshold").GetDouble().Should().Be(root.GetProperty("spam_threshold").GetDouble());
        bool worse = root.GetProperty("after").GetProperty("accuracy").GetDouble() < root.GetProperty("before").GetProperty("accuracy").GetDouble();
        root.GetProperty("worse_on_held_out").GetBoolean().Should().Be(worse);
        bool refitted = root.GetProperty("probability_refitted").GetBoolean();
        result.Error.Contains("could not be refitted", StringComparison.Ordinal).Should().Be(!refitted && root.GetProperty("spam_with_payload").GetInt32() > 0, "the warning goes with the flag");
        result.Error.Contains("less accurate on the latest", StringComparison.Ordinal).Should().Be(worse, "the warning goes with the flag");
        bool savedWorse = root.GetProperty("saved").GetProperty("accuracy").GetDouble() < root.GetProperty("before").GetProperty("accuracy").GetDouble();
        root.GetProperty("saved_worse_than_before").GetBoolean().Should().Be(savedWorse);
        result.Error.Contains("the saved model is less accurate than the one given", StringComparison.Ordinal).Should().Be(savedWorse, "the warning goes with the flag");
    }

    [Fact]
    public void Calibrate_NoSpamCarriesAPayload_SaysInOneSentenceThatTheSavedModelCallsNothingSpamAndStillSavesIt()
    {
        using var folder = new TempFolder();

        CliResult result = CalibrateOn(
            folder,
            Enumerable.Range(1, 44).Select(i => $"Repotted fern number {i} into a wider clay pot and the fronds perked up within days"),
            Enumerable.Range(1, 6).Select(i => $"worst fern advice ever {i} nobody should read this garbage"));

        result.ExitCode.Should().Be(0, result.ToString());
        CommentClassifier.Load(folder.File("site.zip")).SpamThreshold.Should().Be(1, "it is saved all the same");
        result.Output.Should().Contain("-> 1.000, which calls nothing spam");
        string warning = result.Error.Split('\n').Should().ContainSingle(line => line.Contains("will call no comment spam", StringComparison.Ordinal)).Which;
        warning.Should().StartWith("engage: warning: the saved model will call no comment spam (its spam threshold is 1): none of the 6 spam comments carries a payload")
            .And.Contain("label spam comments of the site that carry a link or contact");
        warning.TrimEnd().Count(c => c == '.').Should().Be(1, "it is one sentence");
        result.Error.Should().NotContain("could not be refitted", "with no spam carrying a payload, the warning above already says why nothing was fitted");
        result.Error.IndexOf("will call no comment spam", StringComparison.Ordinal).Should().BeLessThan(result.Error.IndexOf("comments are spam (fewer than", StringComparison.Ordinal), "the plain warning comes first");
    }

    [Fact]
    public void Calibrate_NoGenuineCommentScoresNearSpam_SaysTheThresholdIsHalfwayAndBlamesNoTargetRate()
    {
        using var folder = new TempFolder();

        CliResult result = CalibrateOn(
            folder,
            Enumerable.Range(1, 90).Select(i => $"Repotted fern number {i} into a wider clay pot and the fronds perked up within days"),
            Enumerable.Range(1, 20).Select(i => $"Cheap replica watches batch {i} ships today so order at https://watch-outlet{i}.example/buy"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("halfway between 0.05 and the spam comments' lowest probability");
        result.Error.Should().Contain("engage: warning: no genuine comment scored a spam probability of 0.05 or more on these comments")
            .And.NotContain("--target-fpr", "the target rate did not set this threshold");
        CommentClassifier saved = CommentClassifier.Load(folder.File("site.zip"));
        Enumerable.Range(1, 20).Should().OnlyContain(
            i => saved.Classify(new Comment($"Cheap replica watches batch {i} ships today so order at https://watch-outlet{i}.example/buy"), false).Label == CommentLabel.Spam,
            "the threshold lies below every spam comment it was calibrated on");
    }

    [Fact]
    public void CallsNothingSpamWarning_SpamWithAPayloadThatNoThresholdCouldCall_SaysSoAndToRaiseTheTarget()
    {
        (CalibrationReport calibrated, _) = FixtureCalibration();
        CalibrationReport report = calibrated with { SpamThreshold = 1, SpamWithPayload = 4 };

        string warning = Engage.Classifier.Cli.Commands.CalibrateCommand.CallsNothingSpamWarning(report, spam: 7);

        report.CallsNothingSpam.Should().BeTrue();
        warning.Should().StartWith("the saved model will call no comment spam (its spam threshold is 1): no threshold could call any of the 4 spam comments that carry a payload (of 7 spam) spam while keeping the genuine false-positive rate at or under 1.0%")
            .And.Contain("raise --target-fpr");
    }

    [Fact]
    public void HeldOutSummary_NamesTheCommentsTheAccuracyWasMeasuredOn()
    {
        (CalibrationReport report, _) = FixtureCalibration();

        string summary = Engage.Classifier.Cli.Commands.CalibrateCommand.HeldOutSummary(report);

        int heldOut = report.Before.Count;
        summary.Should().StartWith($"Held-out check on the latest {heldOut} of the 150 comments, calibrating on the {report.FittedComments} before them only")
            .And.Contain("accuracy").And.EndWith($"on those {heldOut}.");
    }

    [Fact]
    public void SavedWorseWarning_SaysTheSavedModelLostRecallAndWhatToDo()
    {
        (CalibrationReport calibrated, EvaluationReport measured) = FixtureCalibration();
        CalibrationReport report = calibrated with
        {
            Before = measured with { Accuracy = 0.90, SpamRecall = 0.85 },
            Saved = measured with { Accuracy = 0.58, SpamRecall = 0.0 },
        };

        string warning = Engage.Classifier.Cli.Commands.CalibrateCommand.SavedWorseWarning(report);

        report.SavedWorseThanBefore.Should().BeTrue();
        warning.Should().Contain("90.0% -> 58.0%").And.Contain("spam recall 85.0% -> 0.0%").And.Contain("Keep the model you had");
    }

    [Fact]
    public void WorseWarning_SaysWhatFellAndThatTheSavedModelMayBeWorse()
    {
        (CalibrationReport calibrated, EvaluationReport measured) = FixtureCalibration();
        CalibrationReport report = calibrated with
        {
            Before = measured with { Accuracy = 0.95, SpamRecall = 0.9 },
            After = measured with { Accuracy = 0.88, SpamRecall = 0.7 },
        };

        string warning = Engage.Classifier.Cli.Commands.CalibrateCommand.WorseWarning(report);

        report.WorseOnHeldOut.Should().BeTrue();
        warning.Should().Contain("95.0% -> 88.0%").And.Contain("spam recall 90.0% -> 70.0%").And.Contain("the saved model may be worse");
    }

    [Fact]
    public void Calibrate_TooFewComments_ExitsOneAndSaysHowManyItNeeds()
    {
        using var folder = new TempFolder();

        CliResult result = EngageTool.Run("calibrate", "--model", model.ModelPath, "--comments", FixtureFiles.HoldoutComments, "--out", folder.File("site.zip"));

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().StartWith("engage: Cannot calibrate on").And.Contain("at least 40 labeled comments");
        result.Error.Should().NotContain("   at ");
        File.Exists(folder.File("site.zip")).Should().BeFalse();
    }

    [Fact]
    public void Calibrate_SpamOnly_ExitsOneAndSaysBothLabelsAreNeeded()
    {
        using var folder = new TempFolder();
        string spamOnly = folder.File("spam.csv");
        File.WriteAllLines(spamOnly, ["id,thread,content,label", .. Enumerable.Range(1, 45).Select(i => $"s{i},t{i % 3},Buy discount tickets number {i} at http://tickets{i}.example.net today,spam")]);

        CliResult result = EngageTool.Run("calibrate", "--model", model.ModelPath, "--comments", spamOnly, "--out", folder.File("site.zip"));

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain("needs both spam and genuine");
    }

    [Fact]
    public void Calibrate_TargetAsAPercentage_IsHeldToTheSameShare()
    {
        using var folder = new TempFolder();

        CliResult result = EngageTool.Run("calibrate", "--model", model.ModelPath, "--comments", FixtureFiles.Comments, "--out", folder.File("site.zip"), "--target-fpr", "5%", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("target_false_positive_rate").GetDouble().Should().Be(0.05);
    }

    [Theory]
    [InlineData("train")]
    [InlineData("calibrate")]
    public void Help_TargetFalsePositiveRate_SaysItTakesAShareOrAPercentage(string command)
    {
        CliResult result = EngageTool.Run(command, "--help");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("--target-fpr").And.Contain("0.02 or 2%");
    }

    [Fact]
    public void Calibrate_TargetAboveOne_IsAUsageError()
    {
        using var folder = new TempFolder();

        CliResult result = EngageTool.Run("calibrate", "--model", model.ModelPath, "--comments", FixtureFiles.Comments, "--out", folder.File("site.zip"), "--target-fpr", "2");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--target-fpr must be between 0 and 1");
    }

    [Fact]
    public void Calibrate_WithoutOut_IsAUsageError()
    {
        CliResult result = EngageTool.Run("calibrate", "--model", model.ModelPath, "--comments", FixtureFiles.Comments);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--out");
    }

    /// <summary>Calibrates the fixture model on a site of the given genuine and spam texts (in three threads) into site.zip in <paramref name="folder"/>.</summary>
    private CliResult CalibrateOn(TempFolder folder, IEnumerable<string> genuine, IEnumerable<string> spam)
    {
        string site = folder.File("site.csv");
        File.WriteAllLines(site, [
            "id,thread,content,label",
            .. genuine.Select((text, i) => $"g{i},t{i % 3},{text},genuine"),
            .. spam.Select((text, i) => $"s{i},t{i % 3},{text},spam"),
        ]);
        return EngageTool.Run("calibrate", "--model", model.ModelPath, "--comments", site, "--out", folder.File("site.zip"));
    }

    /// <summary>A real calibration report of the fixture model on the fixture comments, and the model's evaluation on them, for the warning tests to vary.</summary>
    private (CalibrationReport Report, EvaluationReport Evaluation) FixtureCalibration()
    {
        CommentClassifier classifier = CommentClassifier.Load(model.ModelPath);
        EvaluationReport evaluation = classifier.Evaluate(CommentCsv.ReadLabeled(FixtureFiles.Comments, FixtureFiles.Posts));
        return (classifier.Calibrate(CommentCsv.ReadLabeled(FixtureFiles.Comments, FixtureFiles.Posts)).Report, evaluation);
    }
}
