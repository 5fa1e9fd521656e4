using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests;

[Collection(TrainedModelCollection.Name)]
public sealed class ConcurrencyTests(TrainedModelFixture fixture)
{
    [Fact]
    public void Classify_FromManyThreadsAtOnce_GivesExactlyTheSequentialResults()
    {
        Comment[] comments = fixture.HeldOut.Take(500).Select(c => c.Comment).ToArray();
        Verdict[] sequential = comments.Select(c => fixture.Classifier.Classify(c, includeReasons: true)).ToArray();

        var results = new Verdict[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            var mine = new Verdict[comments.Length];

            // Each thread walks the comments in a different order so they interleave.
            for (int k = 0; k < comments.Length; k++)
            {
                int i = (k + (thread * 61)) % comments.Length;
                mine[i] = fixture.Classifier.Classify(comments[i], includeReasons: true);
            }

            results[thread] = mine;
        });

        foreach (Verdict[] threadResults in results)
        {
            threadResults.Should().BeEquivalentTo(sequential, o => o.WithStrictOrdering());
        }
    }

    [Fact]
    public void ClassifyBatch_LargeBatchInParallel_MatchesSequentialOrder()
    {
        Comment[] comments = fixture.HeldOut.Select(c => c.Comment).ToArray();

        Verdict[] batch = fixture.Classifier.ClassifyBatch(comments);

        batch.Select(v => v.Parts()).Should().Equal(comments.Select(c => fixture.Classifier.Classify(c).Parts()), "a parallel batch explains each verdict as a single call does");
    }
}
