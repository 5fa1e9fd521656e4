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
    private readonly int[] _splitFeature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
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
        _splitFeature = new int[nodes];
        _threshold = new float[nodes];
        _left = new int[nodes];
        _right = new int[nodes];
        _leafValues = new double[leaves];
        int nodeAt = 0, leafAt = 0;
        for (int t = 0; t < trees.Count; t++)
        {
            Tree tree = trees[t];
            _treeNodeStart[t] = nodeAt;
            _treeLeafStart[t] = leafAt;
            _treeWeights[t] = tree.Weight;
            tree.SplitFeature.CopyTo(_splitFeature, nodeAt);
            tree.Threshold.CopyTo(_threshold, nodeAt);
            tree.Left.CopyTo(_left, nodeAt);
            tree.Right.CopyTo(_right, nodeAt);
            tree.LeafValues.CopyTo(_leafValues, leafAt);
            nodeAt += tree.SplitFeature.Length;
            leafAt += tree.LeafValues.Length;
        }

        MaxFeatureIndex = nodes == 0 ? -1 : _splitFeature.Max();
    }

    public IReadOnlyList<Tree> Trees { get; }

    public double Bias { get; }

    public int MaxFeatureIndex { get; }

    public double Score(ReadOnlySpan<float> features)
    {
        double sum = 0;
        for (int t = 0; t < _treeWeights.Length; t++)
        {
            int start = _treeNodeStart[t];
            int node = 0;
            bool hasNodes = t + 1 < _treeNodeStart.Length ? _treeNodeStart[t + 1] > start : _splitFeature.Length > start;
            if (hasNodes)
            {
                while (node >= 0)
                {
                    int at = start + node;
                    node = features[_splitFeature[at]] <= _threshold[at] ? _left[at] : _right[at];
                }
            }
            else
            {
                node = ~0;
            }

            sum += _treeWeights[t] * _leafValues[_treeLeafStart[t] + ~node];
        }

        return sum + Bias;
    }

    /// <summary>One regression tree: internal nodes (negative child = ~leaf index) and leaf values.</summary>
    internal sealed record Tree(double Weight, int[] SplitFeature, float[] Threshold, int[] Left, int[] Right, double[] LeafValues);
}
