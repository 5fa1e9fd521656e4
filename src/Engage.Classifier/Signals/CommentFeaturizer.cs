using System.Collections.Immutable;
using Engage.Classifier.Text;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.Signals;

/// <summary>
/// Runs the featurizing stages for one comment into a <see cref="FeatureWorkspace"/>: normalization, the link scan,
/// the word pass over the text without its links (so a URL's parts never read as words; a link to the post's own
/// address is no link), the author fields and, with a post that has words (<see cref="Comment.TopicPost"/>), the static
/// embedding of the prose
/// (shared stages, run once), then every signal family of
/// <see cref="FeatureLayout.Families"/> on its own slice, then the hashed n-grams. It only orchestrates; what is
/// computed lives in the stages. Allocation-free once the workspace has warmed up.
/// </summary>
internal static class CommentFeaturizer
{
    public static void Featurize(Comment comment, FeatureWorkspace workspace)
    {
        NormalizedText normalized = workspace.Text;
        TextNormalizer.Normalize(comment.Text, normalized);
        workspace.Links.Run(normalized, comment.Post?.Address);
        ReadOnlySpan<char> prose = workspace.Links.Mask(normalized.Text);
        workspace.Words.Run(prose);
        workspace.Author.Read(comment);
        Post? topic = comment.TopicPost;
        if (topic is null)
        {
            workspace.Meaning.Skip();
        }
        else
        {
            workspace.Meaning.Run(prose);
        }

        var input = new SignalInput(normalized, prose, workspace.Words, workspace.Links, workspace.Author, topic?.Profile, workspace.Scratch, workspace.Meaning, topic?.Semantics);

        Span<float> signals = workspace.Signals;
        signals.Clear();
        ImmutableArray<ISignalFamily> families = FeatureLayout.Families;
        ImmutableArray<FeatureRange> groups = FeatureLayout.Groups;
        for (int i = 0; i < families.Length; i++)
        {
            FeatureRange range = groups[i];
            families[i].Compute(input, signals.Slice(range.Start, range.Length));
        }

        HashedGrams.Emit(workspace.Words, workspace.Author.NameWords, prose, workspace.Links.Domains, workspace.Grams);
    }
}
