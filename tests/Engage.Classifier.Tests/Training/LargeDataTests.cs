using Engage.Classifier.Training;

namespace Engage.Classifier.Tests.Training;

/// <summary>
/// The folds on a large training set: two from 50,000 comments on, when each half of the threads holds a third of the spam
/// and of the rest, unless turned off; as given otherwise.
/// </summary>
public sealed class LargeDataTests
{
    [Theory]
    [InlineData(15_000, 5)]
    [InlineData(49_999, 5)]
    [InlineData(50_000, 2)]
    [InlineData(200_000, 2)]
    public void Adjusted_ClassesSpreadOverManyThreads_TrainTwoFoldsFromFiftyThousandComments(int comments, int expected)
    {
        (string[] groups, CommentLabel[] labels) = SpreadRows(comments);

        LargeData.Adjusted(new TrainerOptions(), comments, groups, labels).Folds.Should().Be(expected);
    }

    [Fact]
    public void Adjusted_OneThreadHoldingMostOfTheSpam_KeepsTheFoldsGiven()
    {
        // 60,000 comments: 20,000 spam, 14,000 of them in one thread; the half without that thread would train on 30% of the spam.
        string[] groups = [.. Enumerable.Repeat("campaign", 14_000), .. Enumerable.Range(0, 46_000).Select(i => $"thread-{i % 2_000}")];
        CommentLabel[] labels = [.. Enumerable.Repeat(CommentLabel.Spam, 20_000), .. Enumerable.Repeat(CommentLabel.Genuine, 40_000)];
        var options = new TrainerOptions();

        LargeData.Adjusted(options, groups.Length, groups, labels).Should().BeSameAs(options);
    }

    [Fact]
    public void Adjusted_TwoFoldsAskedFor_AreKept()
    {
        (string[] groups, CommentLabel[] labels) = SpreadRows(60_000);
        var options = new TrainerOptions { Folds = 2 };

        LargeData.Adjusted(options, 60_000, groups, labels).Should().BeSameAs(options);
    }

    [Fact]
    public void Adjusted_FewerFoldsOnLargeDataTurnedOff_KeepsTheFoldsGiven()
    {
        (string[] groups, CommentLabel[] labels) = SpreadRows(60_000);
        var options = new TrainerOptions { Folds = 5, FewerFoldsOnLargeData = false };

        LargeData.Adjusted(options, 60_000, groups, labels).Should().BeSameAs(options);
    }

    [Fact]
    public void Adjusted_ChangesNothingButTheFolds()
    {
        (string[] groups, CommentLabel[] labels) = SpreadRows(60_000);
        var options = new TrainerOptions { Seed = 3, Folds = 8, TextIterations = 40 };

        LargeData.Adjusted(options, 60_000, groups, labels).Should().Be(options with { Folds = 2 });
    }

    /// <summary>Rows in threads of 25, every third one spam.</summary>
    private static (string[] Groups, CommentLabel[] Labels) SpreadRows(int count) =>
        (Enumerable.Range(0, count).Select(i => $"thread-{i / 25}").ToArray(),
         Enumerable.Range(0, count).Select(i => i % 3 == 0 ? CommentLabel.Spam : CommentLabel.Genuine).ToArray());
}
