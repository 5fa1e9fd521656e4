namespace Engage.Classifier.Tools;

/// <summary>
/// One body of labeled comments that came from one place: a public corpus in ../shared/data, or one part
/// (one writer) of the team's own corpus in data/. Leave-one-source-out evaluation holds out a whole source.
/// </summary>
/// <param name="Name">The corpus folder name, or <c>data/part-x</c> for a part of the team's corpus.</param>
/// <param name="Comments">Its labeled comments, in file order.</param>
/// <param name="IsReal">Whether real people wrote it (a public corpus), as opposed to the team's invented corpus.</param>
internal sealed record CorpusSource(string Name, LabeledComment[] Comments, bool IsReal)
{
    /// <summary>The rows to train on: <see cref="Comments"/>, or the same comments with audited labels.</summary>
    public LabeledComment[] TrainingComments { get; init; } = Comments;

    public int Count(CommentLabel label) => Comments.Count(c => c.Label == label);

    public override string ToString() => $"{Name} ({Comments.Length} comments: {Count(CommentLabel.Genuine)} genuine, {Count(CommentLabel.LowRelevance)} low relevance, {Count(CommentLabel.Spam)} spam)";
}
