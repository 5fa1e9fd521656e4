namespace Engage.Classifier.Scoring;

/// <summary>
/// A FastTree ensemble flattened into arrays and evaluated without ML.NET: the sum over trees of
/// weight times leaf value, plus the bias, where a node goes left when feature &lt;= threshold.
/// Immutable and thread-safe.
/// </summary>
internal sealed class TreeEnsemble
{
    private readonly int[] _treeNodeStart;
    private readonly int[] _treeLeafStart;
    private readonly double[] _treeWeights;
    private readonly Node[] _nodes;
    private readonly double[] _leafValues;

    public TreeEnsemble(IReadOnlyList<Tree> trees, double bias)
    {
        Trees = trees;
        Bias = bias;
        int nodes = trees.Sum(t => t.SplitFeature.Length);
        int leaves = trees.Sum(t => t.LeafValues.Length);
        _treeNodeStart = new int[trees.Count];
        _treeLeafStart = new int[trees.Count];
        _treeWeights = new double[trees.Count];
        _nodes = new Node[nodes];
        _leafValues = new double[leaves];
        int nodeAt = 0, leafAt = 0;
        for (int t = 0; t < trees.Count; t++)
        {
            Tree tree = trees[t];
            _treeNodeStart[t] = nodeAt;
            _treeLeafStart[t] = leafAt;
            _treeWeights[t] = tree.Weight;
            for (int i = 0; i < tree.SplitFeature.Length; i++)
            {
                _nodes[nodeAt + i] = new Node(tree.SplitFeature[i], tree.Threshold[i], tree.Left[i], tree.Right[i]);
            }

            tree.LeafValues.CopyTo(_leafValues, leafAt);
            nodeAt += tree.SplitFeature.Length;
            leafAt += tree.LeafValues.Length;
        }

        MaxFeatureIndex = nodes == 0 ? -1 : _nodes.Max(n => n.Feature);
    }

    public IReadOnlyList<Tree> Trees { get; }

    public double Bias { get; }

    public int MaxFeatureIndex { get; }

    public double Score(ReadOnlySpan<float> features)
    {
        double sum = 0;
        for (int t = 0; t < _treeWeights.Length; t++)
        {
            sum += TreeOutput(t, features);
        }

        return sum + Bias;
    }

    /// <summary>The weighted output of one tree.</summary>
    public double TreeOutput(int tree, ReadOnlySpan<float> features)
    {
        int start = _treeNodeStart[tree];
        int end = tree + 1 < _treeNodeStart.Length ? _treeNodeStart[tree + 1] : _nodes.Length;
        int node = end > start ? 0 : ~0;
        while (node >= 0)
        {
            ref readonly Node split = ref _nodes[start + node];
            node = features[split.Feature] <= split.Threshold ? split.Left : split.Right;
        }

        return _treeWeights[tree] * _leafValues[_treeLeafStart[tree] + ~node];
    }

    /// <summary>The trees that split on at least one feature for which <paramref name="uses"/> is true.</summary>
    public int[] TreesSplittingOn(Func<int, bool> uses)
    {
        var trees = new List<int>();
        for (int t = 0; t < _treeWeights.Length; t++)
        {
            int start = _treeNodeStart[t];
            int end = t + 1 < _treeNodeStart.Length ? _treeNodeStart[t + 1] : _nodes.Length;
            for (int at = start; at < end; at++)
            {
                if (uses(_nodes[at].Feature))
                {
                    trees.Add(t);
                    break;
                }
            }
        }

        return [.. trees];
    }

    /// <summary>An internal node, packed so one cache line holds four of them.</summary>
    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    /// <summary>One regression tree: internal nodes (negative child = ~leaf index) and leaf values.</summary>
    internal sealed record Tree(double Weight, int[] SplitFeature, float[] Threshold, int[] Left, int[] Right, double[] LeafValues);
}
