namespace Engage.Classifier.Scoring;

/// <summary>
/// Path attribution of a tree ensemble's score to feature groups (Saabas, "Interpreting random forests", 2014), with
/// node values taken at a reference point rather than at training means (FastTree keeps no node counts): a node's
/// value is what its subtree outputs for the reference comment (<see cref="ScoringModel.Reference"/>), and each split
/// on a comment's path credits its feature's group with value(child taken) - value(node). A tree's credits sum to its
/// output for the comment minus its output for the reference; a split the reference takes the same way credits
/// nothing. Made once per ensemble when the model loads (<see cref="TreeEnsemble.AttributeAt"/>), read while scoring
/// (<see cref="TreeEnsemble.Score(ReadOnlySpan{float}, PathAttribution, Span{double})"/>). Immutable.
/// </summary>
internal sealed class PathAttribution(PathAttribution.Edge[] edges)
{
    /// <summary>One credit per internal node of the ensemble, in the ensemble's node order.</summary>
    public ReadOnlySpan<Edge> Edges => edges;

    /// <summary>The credits of one internal node: its split feature's group and what going left or right adds to it.</summary>
    internal readonly record struct Edge(int Group, double Left, double Right);
}
