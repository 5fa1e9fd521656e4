using Engage.Classifier.Verdicts;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Families;

/// <summary>Filler: a comment made of praise and function words, with few words that carry topic.</summary>
internal sealed class FillerSignals : SignalFamily<FillerSignals.Feature>
{
    /// <summary>Below this share of praise and function words, a non-genuine comment reads as keywords rather than praise.</summary>
    private const float KeywordLikeGenericShare = 0.35f;

    /// <summary>
    /// From this many content words up a genuine comment is said to say something specific; one or two ("thanks, that
    /// fixed it", "great video") say nothing specific, so the family then gives no reason.
    /// </summary>
    internal const int SpecificContentWords = 3;

    internal enum Feature
    {
        GenericWordShare,
        ContentWords,
        PraiseWords,
    }

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        WordPass words = input.Words;
        ReadOnlySpan<WordClass> classes = words.Classes;
        ReadOnlySpan<char> text = input.Text.Text;
        int generic = 0, content = 0;
        for (int i = 0; i < classes.Length; i++)
        {
            if ((classes[i] & (WordClass.Praise | WordClass.Stopword)) != 0)
            {
                generic++;
            }
            else if (words.IsTopic(text, i))
            {
                content++;
            }
        }

        values[Feature.GenericWordShare] = classes.Length == 0 ? 0 : generic / (float)classes.Length;
        values[Feature.ContentWords] = content;
        values[Feature.PraiseWords] = input.Words.CountOf(WordClass.Praise);
    }

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label) => Describe(values, label, default(ReasonFacts));

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label, in ReasonFacts facts)
    {
        float generic = values[Feature.GenericWordShare];
        int content = values.Count(Feature.ContentWords);
        if (label == CommentLabel.Genuine)
        {
            // With fewer content words the family has nothing specific to point at ("1 content word: says something
            // specific" would be untrue), so another family explains the verdict, or not_filler does.
            return content < SpecificContentWords ? null : ReasonText.Of("content_words", $"{ReasonText.Plural(content, "content word")}: says something specific", (ReasonText.Count, content));
        }

        int percent = ReasonText.PercentOf(generic);
        if (generic >= KeywordLikeGenericShare)
        {
            return ReasonText.Of("generic_praise", $"generic praise wording ({ReasonText.Percent(percent)} praise and function words)", (ReasonText.PercentValue, percent));
        }

        if (content > 0)
        {
            return ReasonText.Of("mostly_keywords", $"mostly keywords, few ordinary words ({ReasonText.Percent(percent)} praise and function words)", (ReasonText.PercentValue, percent));
        }

        // Without a content word nothing is a keyword: a bare link has no words at all, which is true and says why it
        // reads as neither conversation nor praise; words that are all numbers or letters ("42 x") have nothing true here.
        return facts.Words == 0 ? ReasonText.Of("no_words", "no words, only links or symbols") : null;
    }

}
