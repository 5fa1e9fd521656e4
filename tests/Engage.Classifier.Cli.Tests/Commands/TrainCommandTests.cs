using Engage.Classifier.Cli.Commands;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Commands;

/// <summary>Checks the run of <c>engage train</c> that <see cref="TrainedModel"/> made, and train's own errors.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class TrainCommandTests(TrainedModel model)
{
    [Fact]
    public void Train_FixtureComments_ExitsZeroAndSavesALoadableModel()
    {
        model.TrainRun.ExitCode.Should().Be(0);

        CommentClassifier classifier = CommentClassifier.Load(model.ModelPath);
        classifier.TrainingReport.Should().NotBeNull();
        classifier.TrainingReport!.Options.Seed.Should().Be(7);
        model.TrainRun.Error.Should().Contain($"Saved the model to {model.ModelPath}");
    }

    [Fact]
    public void Train_Run_PrintsProgressForEveryStageOnStandardError()
    {
        string progress = model.TrainRun.Error;

        model.TrainRun.Output.Should().NotContain("featurizing").And.NotContain("[100%]");
        progress.Should().Contain("featurizing").And.Contain("text models, fold 1 of 5").And.Contain("tree models, fold 5 of 5").And.Contain("[100%] final model");
    }

    [Fact]
    public void Train_Run_PrintsTheHeldOutReportAndConfusionMatrix()
    {
        string output = model.TrainRun.Output;

        output.Should().Contain("Trained on 150 comments (70 genuine, 40 low_relevance, 40 spam).");
        output.Should().Contain("Held-out report (5 thread folds)");
        foreach (string metric in new[] { "Accuracy", "Spam precision", "Spam recall", "Spam F1", "AUC", "Genuine false-positive rate", "Spam threshold" })
        {
            output.Should().MatchRegex($@"│ {metric}\s+│\s+\S+", metric);
        }

        output.Should().Contain("Confusion matrix").And.MatchRegex(@"│ genuine\s+│\s+\d+ │\s+\d+ │\s+\d+ │");
    }

    [Fact]
    public void Train_Run_PrintsEachHeldOutThreadAndTheSpread_AndWarnsThatThreadsAreTooFewForTheThreshold()
    {
        string output = model.TrainRun.Output;
        TrainingReport report = CommentClassifier.Load(model.ModelPath).TrainingReport!;

        output.Should().Contain("Held out, group by group").And.Contain("Own threshold");
        output.Should().MatchRegex(@"Spread over \d+ held-out groups: accuracy \S+% to \S+% \(median \S+%\), genuine FPR");
        report.TooFewGroupsForThreshold.Should().BeTrue("no thread of the fixture has the 20 genuine comments its own threshold needs");
        model.TrainRun.Error.Should().Contain("engage: warning: no thread (or source) had enough comments to measure its own threshold")
            .And.Contain("the stored threshold is the one chosen on all held-out comments together");
    }

    [Fact]
    public void Train_FewerGenuineCommentsThanTheTargetCanMeasure_Warns()
    {
        // The fixture has 70 genuine comments: at the default 1% target, fewer than the 100 it takes to measure it.
        model.TrainRun.Error.Should().Contain("only 70 genuine comments: a genuine false-positive rate of 1.0% cannot be measured on fewer than 100");
    }

    [Fact]
    public void Train_TargetOfZero_DoesNotWarnAboutTooFewGenuineComments()
    {
        using var folder = new TempFolder();

        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--out", folder.File("m.zip"), "--target-fpr", "0");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().NotContain("genuine comments: a genuine false-positive rate", "no genuine comment above the threshold can be measured on any number of them");
    }

    [Fact]
    public void Train_Json_PrintsOneJsonObjectOnStandardOutputWithSnakeCaseLabels()
    {
        using var folder = new TempFolder();

        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--posts", FixtureFiles.Posts, "--out", folder.File("m.zip"), "--seed", "7", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("training_rows").GetInt32().Should().Be(150);
        root.GetProperty("label_counts").EnumerateObject().Select(p => p.Name).Should().Equal("genuine", "low_relevance", "spam");
        root.GetProperty("held_out").GetProperty("confusion_matrix").GetProperty("low_relevance").GetProperty("spam").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Number);
        root.GetProperty("spam_threshold").GetDouble().Should().Be(CommentClassifier.Load(folder.File("m.zip")).SpamThreshold);
        root.GetProperty("held_out_groups").GetArrayLength().Should().BeGreaterThan(1);
        root.GetProperty("held_out_spread").GetProperty("accuracy").GetProperty("groups").GetInt32().Should().Be(root.GetProperty("held_out_groups").GetArrayLength());
        root.GetProperty("too_few_groups_for_threshold").ValueKind.Should().BeOneOf(System.Text.Json.JsonValueKind.True, System.Text.Json.JsonValueKind.False);
        result.Error.Should().Contain("[100%] final model").And.Contain("Saved the model to");
    }

    [Theory]
    [InlineData("--target-fpr", "1.5", "--target-fpr must be between 0 and 1")]
    [InlineData("--folds", "1", "--folds must be a whole number of 2 or more")]
    public void Train_OptionOutOfRange_IsAUsageErrorAndSavesNothing(string option, string value, string message)
    {
        using var folder = new TempFolder();

        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--out", folder.File("m.zip"), option, value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
        File.Exists(folder.File("m.zip")).Should().BeFalse();
    }

    [Fact]
    public void Train_Folds_SetsTheNumberOfThreadFoldsAndKeepsItOnLargeData()
    {
        using var folder = new TempFolder();

        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--posts", FixtureFiles.Posts, "--out", folder.File("m.zip"), "--folds", "3");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Held-out report (3 thread folds)");
        TrainerOptions options = CommentClassifier.Load(folder.File("m.zip")).TrainingReport!.Options;
        options.Folds.Should().Be(3);
        options.FewerFoldsOnLargeData.Should().BeFalse("folds asked for are folds trained, whatever the size");
    }

    [Fact]
    public void Train_MoreFoldsThanThreads_SaysItTrainedOneFoldPerThread()
    {
        using var folder = new TempFolder();

        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--posts", FixtureFiles.Posts, "--out", folder.File("m.zip"), "--folds", "12");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain("Trained 10 folds, not 12: the comments have only 10 threads, and a fold holds whole threads.");
        result.Output.Should().Contain("Held-out report (10 thread folds)");
    }

    [Fact]
    public void FewerFoldsNote_LargeTrainingSet_SaysWhyAndHowToKeepTheFolds()
    {
        TrainingReport report = CommentClassifier.LoadDefault().TrainingReport!;
        TrainingReport large = report with { Folds = 2, TrainingRows = 60_000, DefaultCorpusRows = 0, Options = report.Options with { Folds = 2 } };

        TrainCommand.FewerFoldsNote(5, large).Should().Be("Trained 2 folds, not 5: 60,000 comments are a large training set, where two folds measure as well in about half the time (give --folds to keep yours).");
        TrainCommand.FewerFoldsNote(2, large).Should().BeNull();
    }

    [Fact]
    public void Train_WithoutFolds_LetsALargeTrainingSetTrainFewerFolds()
    {
        CommentClassifier.Load(model.ModelPath).TrainingReport!.Options.FewerFoldsOnLargeData.Should().BeTrue();
    }

    [Fact]
    public void Train_CommentsWithoutThreads_WarnsThatTheHeldOutNumbersAreOptimistic()
    {
        using var folder = new TempFolder();
        // The fixture with its thread ids blanked (rows start "c001,sourdough,"): every comment becomes a thread of its own.
        string unthreaded = folder.Write("unthreaded.csv", System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(FixtureFiles.Comments), @"(?m)^(c\d+),[^,]*,", "$1,,"));

        CliResult result = EngageTool.Run("train", "--comments", unthreaded, "--out", folder.File("m.zip"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain("150 of the 150 comments have no thread").And.Contain("optimistic");
        model.TrainRun.Error.Should().NotContain("have no thread", "every fixture comment has a thread");
    }

    [Fact]
    public void Train_OneThreadOnly_FailsWithDataErrorSayingWhy()
    {
        using var folder = new TempFolder();
        string comments = folder.Write("one-thread.csv", "thread,content,label\nt1,\"Great post\",genuine\nt1,\"Buy now http://x.example.com\",spam\nt1,\"Nice sourdough tips\",genuine\n");

        CliResult result = EngageTool.Run("train", "--comments", comments, "--out", folder.File("m.zip"));

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().StartWith("engage: Cannot train on").And.Contain("two threads");
        result.Error.Should().Contain("All 3 comments are in thread 't1'").And.Contain("leave the thread column empty");
        result.Error.Should().NotContain("   at ");
    }
}
