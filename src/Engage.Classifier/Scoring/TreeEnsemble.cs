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
    public double TreeOutput(int tree, ReadOnlySpan<float> features) =>
        SubtreeOutput(tree, _treeNodeStart[tree] < NodeEnd(tree) ? 0 : ~0, features);

    /// <summary>
    /// The score, and in the same pass each feature group's share of it (<see cref="PathAttribution"/>): every split on
    /// the comment's path adds its edge's credit to its feature's group in <paramref name="byGroup"/>, which starts zeroed.
    /// The shares sum to the score minus the reference comment's score.
    /// </summary>
    /// <param name="features">The comment's tree input.</param>
    /// <param name="attribution">This ensemble's edge credits, from <see cref="AttributeAt"/>.</param>
    /// <param name="byGroup">One slot per feature group (<see cref="Signals.FeatureLayout.Groups"/>); credits are added to it.</param>
    public double Score(ReadOnlySpan<float> features, PathAttribution attribution, Span<double> byGroup)
    {
        ReadOnlySpan<PathAttribution.Edge> edges = attribution.Edges;
        double sum = 0;
        for (int t = 0; t < _treeWeights.Length; t++)
        {
            int start = _treeNodeStart[t];
            int node = start < NodeEnd(t) ? 0 : ~0;
            while (node >= 0)
            {
                ref readonly Node split = ref _nodes[start + node];
                ref readonly PathAttribution.Edge edge = ref edges[start + node];
                if (features[split.Feature] <= split.Threshold)
                {
                    byGroup[edge.Group] += edge.Left;
                    node = split.Left;
                }
                else
                {
                    byGroup[edge.Group] += edge.Right;
                    node = split.Right;
                }
            }

            sum += _treeWeights[t] * _leafValues[_treeLeafStart[t] + ~node];
        }

        return sum + Bias;
    }

    /// <summary>
    /// The edge credits of path attribution with node values taken at <paramref name="reference"/>: a node's value is
    /// its subtree's weighted output for the reference, and an edge credits value(child) - value(node) to the group of
    /// the node's split feature.
    /// </summary>
    /// <param name="reference">The reference comment's tree input.</param>
    /// <param name="groupOfFeature">The feature group index of every feature.</param>
    public PathAttribution AttributeAt(ReadOnlySpan<float> reference, ReadOnlySpan<int> groupOfFeature)
    {
        var edges = new PathAttribution.Edge[_nodes.Length];
        for (int t = 0; t < _treeWeights.Length; t++)
        {
            int start = _treeNodeStart[t];
            for (int node = 0; start + node < NodeEnd(t); node++)
            {
                Node split = _nodes[start + node];
                double value = SubtreeOutput(t, node, reference);
                edges[start + node] = new PathAttribution.Edge(
                    groupOfFeature[split.Feature],
                    SubtreeOutput(t, split.Left, reference) - value,
                    SubtreeOutput(t, split.Right, reference) - value);
            }
        }

        return new PathAttribution(edges);
    }

    /// <summary>The weighted output of tree <paramref name="tree"/> from <paramref name="node"/> down (a negative node is ~leaf).</summary>
    private double SubtreeOutput(int tree, int node, ReadOnlySpan<float> features)
    {
        int start = _treeNodeStart[tree];
        while (node >= 0)
        {
            ref readonly Node split = ref _nodes[start + node];
            node = features[split.Feature] <= split.Threshold ? split.Left : split.Right;
        }

        return _treeWeights[tree] * _leafValues[_treeLeafStart[tree] + ~node];
    }

    private int NodeEnd(int tree) => tree + 1 < _treeNodeStart.Length ? _treeNodeStart[tree + 1] : _nodes.Length;

    /// <summary>The trees that split on at least one feature for which <paramref name="uses"/> is true.</summary>
    public int[] TreesSplittingOn(Func<int, bool> uses)
    {
        var trees = new List<int>();
        for (int t = 0; t < _treeWeights.Length; t++)
        {
            for (int at = _treeNodeStart[t]; at < NodeEnd(t); at++)
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
