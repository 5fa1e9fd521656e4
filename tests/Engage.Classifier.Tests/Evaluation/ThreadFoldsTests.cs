using Engage.Classifier.Evaluation;

namespace Engage.Classifier.Tests.Evaluation;

public sealed class ThreadFoldsTests
{
    /// <summary>Thread t0 has 1 comment, t1 has 2, ..., t11 has 12.</summary>
    private static readonly string[] Groups = Enumerable.Range(0, 12).SelectMany(t => Enumerable.Repeat($"t{t}", t + 1)).ToArray();

    [Fact]
    public void Assign_EveryThread_LandsWholeInOneFold()
    {
        int[] foldOf = ThreadFolds.Assign(Groups, folds: 4, seed: 1);

        Groups.Select((g, i) => (g, foldOf[i])).GroupBy(x => x.g).Should().OnlyContain(thread => thread.Select(x => x.Item2).Distinct().Count() == 1);
        foldOf.Distinct().Order().Should().Equal(0, 1, 2, 3);
    }

    [Fact]
    public void Assign_FoldsAreOfSimilarSize()
    {
        int[] sizes = ThreadFolds.Assign(Groups, folds: 4, seed: 1).GroupBy(f => f).Select(f => f.Count()).ToArray();

        (sizes.Max() - sizes.Min()).Should().BeLessOrEqualTo(12, "no fold is larger than another by more than the largest thread");
        sizes.Sum().Should().Be(Groups.Length);
    }

    [Fact]
    public void Assign_ThreadsOfEqualSize_SameSeedSameFolds_OtherSeedOtherFolds()
    {
        // The seed decides among threads of the same size (larger threads are always placed first).
        string[] equalThreads = Enumerable.Range(0, 12).SelectMany(t => Enumerable.Repeat($"t{t}", 3)).ToArray();

        ThreadFolds.Assign(equalThreads, 4, seed: 5).Should().Equal(ThreadFolds.Assign(equalThreads, 4, seed: 5));
        ThreadFolds.Assign(equalThreads, 4, seed: 5).Should().NotEqual(ThreadFolds.Assign(equalThreads, 4, seed: 6));
    }

    [Fact]
    public void ThreadGroups_CommentsWithoutAThread_AreEachTheirOwnGroup()
    {
        string[] groups = ThreadGroups.Of(["a", null, "", "a", null]);

        groups[0].Should().Be("a").And.Be(groups[3]);
        new[] { groups[1], groups[2], groups[4] }.Should().OnlyHaveUniqueItems().And.NotContain("a");
        ThreadGroups.Count(groups).Should().Be(4);
    }
}
