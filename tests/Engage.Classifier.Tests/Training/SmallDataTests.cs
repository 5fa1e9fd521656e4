using Engage.Classifier.Training;

namespace Engage.Classifier.Tests.Training;

/// <summary>The trees' leaf size on a team's own small training set: 2% of its comments, at most 20, never below the option.</summary>
public sealed class SmallDataTests
{
    [Theory]
    [InlineData(1_100, 20)]
    [InlineData(300, 6)]
    [InlineData(40, 5)]
    [InlineData(4_999, 20)]
    [InlineData(5_000, 5)]
    [InlineData(20_000, 5)]
    public void Adjusted_DefaultOptions_LeavesHoldTwoPercentOfASmallTrainingSet(int comments, int expected)
    {
        TrainerOptions adjusted = SmallData.Adjusted(new TrainerOptions(), comments);

        adjusted.MinimumExampleCountPerLeaf.Should().Be(expected);
    }

    [Fact]
    public void Adjusted_LargerLeavesAskedFor_AreKept()
    {
        var options = new TrainerOptions { MinimumExampleCountPerLeaf = 50 };

        SmallData.Adjusted(options, 1_000).Should().BeSameAs(options);
    }

    [Fact]
    public void Adjusted_ChangesNothingButTheLeafSize()
    {
        var options = new TrainerOptions { Seed = 3, NumberOfLeaves = 8 };

        SmallData.Adjusted(options, 1_000).Should().Be(options with { MinimumExampleCountPerLeaf = 20 });
    }
}
