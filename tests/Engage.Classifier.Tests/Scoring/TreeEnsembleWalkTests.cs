using Engage.Classifier.Scoring;

namespace Engage.Classifier.Tests.Scoring;

/// <summary>
/// The flattened ensemble gives the same score and the same group credits, bit for bit, as walking each tree of the
/// records in turn and adding in path order (what any faster walk must keep): random ensembles (leaf roots, deep and
/// shallow trees, counts that are and are not multiples of four) on random comments, some features not a number.
/// </summary>
public sealed class TreeEnsembleWalkTests
{
    private const int Features = 12;
    private const int Groups = 5;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(203)]
    public void Score_AnyNumberOfTrees_IsTheSumOfEachTreeInTurn(int trees)
    {
        var random = new Random(trees);
        TreeEnsemble.Tree[] built = [.. Enumerable.Range(0, trees).Select(_ => RandomTree(random))];
        var ensemble = new TreeEnsemble(built, bias: random.NextDouble());

        for (int comment = 0; comment < 50; comment++)
        {
            float[] features = RandomFeatures(random);

            ensemble.Score(features).Should().Be(ReferenceScore(built, ensemble.Bias, features, null, null));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(130)]
    public void Score_WithAttribution_AddsEveryCreditInPathOrder(int trees)
    {
        var random = new Random(100 + trees);
        TreeEnsemble.Tree[] built = [.. Enumerable.Range(0, trees).Select(_ => RandomTree(random))];
        var ensemble = new TreeEnsemble(built, bias: -random.NextDouble());
        PathAttribution.Edge[] edges = [.. Enumerable.Range(0, built.Sum(t => t.SplitFeature.Length))
            .Select(_ => new PathAttribution.Edge(random.Next(Groups), random.NextDouble() - 0.5, (random.NextDouble() - 0.5) * 1e-3))];
        var attribution = new PathAttribution(edges);

        for (int comment = 0; comment < 50; comment++)
        {
            float[] features = RandomFeatures(random);
            var shares = new double[Groups];
            var expectedShares = new double[Groups];

            double score = ensemble.Score(features, attribution, shares);

            score.Should().Be(ReferenceScore(built, ensemble.Bias, features, edges, expectedShares));
            shares.Should().Equal(expectedShares);
        }
    }

    /// <summary>Each tree in turn, each split on its path in turn: the order the sums must keep.</summary>
    private static double ReferenceScore(TreeEnsemble.Tree[] trees, double bias, float[] features, PathAttribution.Edge[]? edges, double[]? shares)
    {
        double sum = 0;
        int nodeStart = 0;
        foreach (TreeEnsemble.Tree tree in trees)
        {
            int node = tree.SplitFeature.Length == 0 ? -1 : 0;
            while (node >= 0)
            {
                bool left = features[tree.SplitFeature[node]] <= tree.Threshold[node];
                if (edges is not null)
                {
                    PathAttribution.Edge edge = edges[nodeStart + node];
                    shares![edge.Group] += left ? edge.Left : edge.Right;
                }

                node = left ? tree.Left[node] : tree.Right[node];
            }

            sum += tree.Weight * tree.LeafValues[~node];
            nodeStart += tree.SplitFeature.Length;
        }

        return sum + bias;
    }

    /// <summary>A random tree of 1 to 24 leaves, grown by splitting random leaves (so some paths run deep).</summary>
    private static TreeEnsemble.Tree RandomTree(Random random)
    {
        int leaves = random.Next(1, 25);
        var feature = new List<int>();
        var threshold = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var leafList = new List<(int Parent, bool IsLeft)> { (-1, false) };
        while (leafList.Count < leaves)
        {
            int pick = random.Next(leafList.Count);
            (int parent, bool isLeft) = leafList[pick];
            int node = feature.Count;
            feature.Add(random.Next(Features));
            threshold.Add((float)(random.NextDouble() * 2 - 1));
            left.Add(0);
            right.Add(0);
            if (parent >= 0)
            {
                (isLeft ? left : right)[parent] = node;
            }

            leafList[pick] = (node, true);
            leafList.Add((node, false));
        }

        for (int leaf = 0; leaf < leafList.Count; leaf++)
        {
            (int parent, bool isLeft) = leafList[leaf];
            if (parent >= 0)
            {
                (isLeft ? left : right)[parent] = ~leaf;
            }
        }

        double[] values = [.. Enumerable.Range(0, leafList.Count).Select(_ => random.NextDouble() - 0.5)];
        return new TreeEnsemble.Tree(random.NextDouble() + 0.1, [.. feature], [.. threshold], [.. left], [.. right], values);
    }

    private static float[] RandomFeatures(Random random) =>
        [.. Enumerable.Range(0, Features).Select(_ => random.Next(10) == 0 ? float.NaN : (float)(random.NextDouble() * 2.4 - 1.2))];
}
