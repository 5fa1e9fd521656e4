namespace Engage.Classifier.Training;

/// <summary>
/// The context dropout of <see cref="TrainerOptions.ContextDropout"/>: copies of a seeded share of the comments
/// that have context, without their post and (every other copy) without their author fields, so the model does
/// not depend on context callers may not have. A copy keeps its thread id, so it lands in its original's fold. A post
/// known only by its address is no context here (<see cref="Comment.TopicPost"/>), though a copy drops it with the post.
/// </summary>
internal static class ContextFreeCopies
{
    /// <summary>Mixed into the seed so the copies' draw does not repeat the folds' draw.</summary>
    private const int SeedSalt = 0x5EED;

    public static IEnumerable<(LabeledComment Copy, int Original)> Of(LabeledComment[] examples, TrainerOptions options)
    {
        var random = new Random(options.Seed ^ SeedSalt);
        int copies = 0;
        for (int i = 0; i < examples.Length; i++)
        {
            LabeledComment example = examples[i];
            Comment comment = example.Comment;
            bool hasAuthor = comment.AuthorName is not null || comment.AuthorUrl is not null || comment.AuthorEmail is not null;
            if ((comment.TopicPost is null && !hasAuthor) || random.NextDouble() >= options.ContextDropout)
            {
                continue;
            }

            bool dropAuthor = comment.TopicPost is null || (copies++ % 2 == 1);
            Comment copy = dropAuthor
                ? comment with { Post = null, AuthorName = null, AuthorUrl = null, AuthorEmail = null }
                : comment with { Post = null };
            yield return (example with { Comment = copy }, i);
        }
    }
}
