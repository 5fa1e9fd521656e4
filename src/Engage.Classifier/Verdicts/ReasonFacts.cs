using Engage.Classifier.Signals;

namespace Engage.Classifier.Verdicts;

/// <summary>
/// What a verdict's reasons may state about a comment that its features do not hold: read from the featurizer's
/// workspace when a verdict is explained, never by the trees, so the model and its scores do not change with it.
/// </summary>
/// <param name="QuestionMarksInLinks">
/// Question marks inside the comment's links (a query such as <c>watch?v=…&amp;t=95</c>): the shape family's question
/// count, a model feature, counts them, but a link's query asks nothing.
/// </param>
/// <param name="Words">
/// Words in the comment's text outside its links (what the word pass read): the filler family's shares of praise and
/// content words are 0 both for a comment whose words are all numbers and for one with no words at all (a bare link),
/// and only the second has "no words".
/// </param>
internal readonly record struct ReasonFacts(int QuestionMarksInLinks, int Words)
{
    /// <summary>The facts of the comment last featurized in <paramref name="workspace"/> (its text, links and words).</summary>
    public static ReasonFacts Of(FeatureWorkspace workspace)
    {
        ReadOnlySpan<char> text = workspace.Text.Text;
        return new ReasonFacts(workspace.Links.CountInLinks(text, '?'), workspace.Words.Count);
    }
}
