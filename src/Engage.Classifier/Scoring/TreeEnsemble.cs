namespace Engage.Classifier.Scoring;

/// <summary>
/// A FastTree ensemble flattened into arrays and evaluated without ML.NET: the sum over trees of
/// weight times leaf value, plus the bias, where a node goes left when feature &lt;= threshold.
/// Immutable and thread-safe.
/// </summary>
internal sealed class TreeEnsemble
{
    // Every tree's nodes and leaves sit in two shared arrays. A child index is absolute: a node's index in _nodes, or
    // ~index of a leaf in _weightedLeaves; a root likewise (a tree without a split is a root leaf). Leaves hold their
    // tree's weight times their value, the product scoring would otherwise take per tree, so scores are the same bits.
    private readonly int[] _roots;
    private readonly int[] _treeNodeStart;
    private readonly Node[] _nodes;
    private readonly double[] _weightedLeaves;

    public TreeEnsemble(IReadOnlyList<Tree> trees, double bias)
    {
        Trees = trees;
        Bias = bias;
        int nodes = trees.Sum(t => t.SplitFeature.Length);
        int leaves = trees.Sum(t => t.LeafValues.Length);
        _roots = new int[trees.Count];
        _treeNodeStart = new int[trees.Count];
        _nodes = new Node[nodes];
        _weightedLeaves = new double[leaves];
        int nodeAt = 0, leafAt = 0;
        for (int t = 0; t < trees.Count; t++)
        {
            Tree tree = trees[t];
            _treeNodeStart[t] = nodeAt;
            _roots[t] = tree.SplitFeature.Length > 0 ? nodeAt : ~leafAt;
            for (int i = 0; i < tree.SplitFeature.Length; i++)
            {
                _nodes[nodeAt + i] = new Node(tree.SplitFeature[i], tree.Threshold[i], Absolute(tree.Left[i], nodeAt, leafAt), Absolute(tree.Right[i], nodeAt, leafAt));
            }

            for (int i = 0; i < tree.LeafValues.Length; i++)
            {
                _weightedLeaves[leafAt + i] = tree.Weight * tree.LeafValues[i];
            }

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
        foreach (int root in _roots)
        {
            sum += SubtreeOutput(root, features);
        }

        return sum + Bias;
    }

    /// <summary>The weighted output of one tree.</summary>
    public double TreeOutput(int tree, ReadOnlySpan<float> features) => SubtreeOutput(_roots[tree], features);

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
        Node[] nodes = _nodes;
        double sum = 0;
        foreach (int root in _roots)
        {
            int node = root;
            while (node >= 0)
            {
                ref readonly Node split = ref nodes[node];
                ref readonly PathAttribution.Edge edge = ref edges[node];
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

            sum += _weightedLeaves[~node];
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
        for (int node = 0; node < _nodes.Length; node++)
        {
            Node split = _nodes[node];
            double value = SubtreeOutput(node, reference);
            edges[node] = new PathAttribution.Edge(
                groupOfFeature[split.Feature],
                SubtreeOutput(split.Left, reference) - value,
                SubtreeOutput(split.Right, reference) - value);
        }

        return new PathAttribution(edges);
    }

    /// <summary>The weighted output of the subtree under <paramref name="node"/> (an absolute node index, or ~leaf index).</summary>
    private double SubtreeOutput(int node, ReadOnlySpan<float> features)
    {
        Node[] nodes = _nodes;
        while (node >= 0)
        {
            ref readonly Node split = ref nodes[node];
            node = features[split.Feature] <= split.Threshold ? split.Left : split.Right;
        }

        return _weightedLeaves[~node];
    }

    /// <summary>A tree's child index made absolute: a node within its tree, or ~leaf within its tree.</summary>
    private static int Absolute(int child, int nodeStart, int leafStart) => child >= 0 ? nodeStart + child : ~(leafStart + ~child);

    private int NodeEnd(int tree) => tree + 1 < _treeNodeStart.Length ? _treeNodeStart[tree + 1] : _nodes.Length;

    /// <summary>The trees that split on at least one feature for which <paramref name="uses"/> is true.</summary>
    public int[] TreesSplittingOn(Func<int, bool> uses)
    {
        var trees = new List<int>();
        for (int t = 0; t < _roots.Length; t++)
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
