using System.Text;

namespace Engage.Classifier.Benchmarks.Support;

/// <summary>
/// Grows the training corpus to any size by resampling its rows and, past the first copy of each row,
/// perturbing the text (dropped, repeated and re-cased words, a trailing number) so that larger sets are
/// not just exact duplicates. Deterministic for a given seed.
/// </summary>
internal static class SyntheticCorpus
{
    public static LabeledComment[] Labeled(IReadOnlyList<LabeledComment> source, int count, int seed = 17)
    {
        var random = new Random(seed);
        int[] order = Shuffled(source.Count, random);
        var rows = new LabeledComment[count];
        for (int i = 0; i < count; i++)
        {
            LabeledComment original = source[order[i % order.Length]];
            rows[i] = i < source.Count
                ? original
                : original with { Comment = WithText(original.Comment, Perturb(original.Comment.Text, random)) };
        }

        return rows;
    }

    /// <summary>Unlabeled comments for batch scoring, each on one of the sample posts (one shared <see cref="Post"/> per article).</summary>
    public static Comment[] Comments(IReadOnlyList<LabeledComment> source, int count, int seed = 23)
    {
        LabeledComment[] labeled = Labeled(source, count, seed);
        var comments = new Comment[count];
        for (int i = 0; i < count; i++)
        {
            comments[i] = labeled[i].Comment with { Post = i % 2 == 0 ? SampleTexts.Post : SampleTexts.SecondPost };
        }

        return comments;
    }

    private static Comment WithText(Comment comment, string text) => new(text)
    {
        AuthorName = comment.AuthorName,
        AuthorUrl = comment.AuthorUrl,
        AuthorEmail = comment.AuthorEmail,
        ThreadId = comment.ThreadId,
        Post = comment.Post,
    };

    private static int[] Shuffled(int count, Random random)
    {
        int[] order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    private static string Perturb(string text, Random random)
    {
        string[] words = text.Split(' ');
        var result = new StringBuilder(text.Length + 8);
        foreach (string word in words)
        {
            int roll = random.Next(20);
            if (roll == 0 && words.Length > 3)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(' ');
            }

            result.Append(roll == 1 ? word.ToUpperInvariant() : word);
            if (roll == 2)
            {
                result.Append(' ').Append(word);
            }
        }

        if (random.Next(4) == 0)
        {
            result.Append(' ').Append(random.Next(1, 100));
        }

        return result.Length == 0 ? text : result.ToString();
    }
}
