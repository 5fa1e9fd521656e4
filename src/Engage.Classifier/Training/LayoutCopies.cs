namespace Engage.Classifier.Training;

/// <summary>
/// The layout dropout of <see cref="TrainerOptions.LayoutDropout"/>: copies of a seeded share of the comments that have
/// capital letters or line breaks, lower-cased and on one line. Some sources lower-case their text and drop line
/// breaks (Instagram exports do); without these copies, letter case and line layout would tell the model which source
/// a comment came from rather than what it says. A copy keeps its thread, so it lands in its original's fold.
/// </summary>
internal static class LayoutCopies
{
    /// <summary>Mixed into the seed so the copies' draw does not repeat the folds' or the context copies' draw.</summary>
    private const int SeedSalt = 0x1A70;

    public static IEnumerable<(LabeledComment Copy, int Original)> Of(LabeledComment[] examples, TrainerOptions options)
    {
        var random = new Random(options.Seed ^ SeedSalt);
        for (int i = 0; i < examples.Length; i++)
        {
            if (random.NextDouble() >= options.LayoutDropout)
            {
                continue;
            }

            LabeledComment example = examples[i];
            string flat = Flatten(example.Comment.Text);
            if (flat != example.Comment.Text)
            {
                yield return (example with { Comment = example.Comment.WithText(flat) }, i);
            }
        }
    }

    /// <summary>The text lower-cased, its lines joined by single spaces.</summary>
    private static string Flatten(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
