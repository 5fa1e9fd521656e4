using System.Globalization;
using Engage.Classifier.Features;

namespace Engage.Classifier.Scoring;

/// <summary>
/// Explains a verdict by ablation: each signal family's features are swapped for the values typical of
/// genuine comments and the comment is scored again. Families whose swap moves the raw tree score (the
/// log-odds before calibration, which does not saturate the way a probability near 0 or 1 does) toward the
/// verdict by more than <see cref="MinimumShift"/> are the reasons, strongest first, described with the
/// comment's own numbers.
/// </summary>
internal static class ReasonBuilder
{
    private const double MinimumShift = 0.1;
    private const int MaxReasons = 4;

    private static readonly SignalFamily[] Families = Enum.GetValues<SignalFamily>();

    public static IReadOnlyList<string> Explain(ScoringModel model, ReadOnlySpan<float> features, CommentLabel label)
    {
        Span<float> ablated = stackalloc float[FeatureLayout.Count];
        features.CopyTo(ablated);
        Span<(double Shift, SignalFamily Family)> found = stackalloc (double, SignalFamily)[Families.Length];
        int count = 0;
        bool hasPost = features[FeatureLayout.HasPost] > 0;
        foreach (SignalFamily family in Families)
        {
            if (family == SignalFamily.Relevance && !hasPost)
            {
                continue;
            }

            int[] familyFeatures = model.FamilyFeatures[(int)family];
            foreach (int i in familyFeatures)
            {
                ablated[i] = model.Reference[i];
            }

            // Only the trees that split on this family's features can change.
            double spamShift = Change(model.SpamTrees, model.SpamTreesByFamily[(int)family], features, ablated);
            double fillerShift = model.FillerTrees is null ? 0 : Change(model.FillerTrees, model.FillerTreesByFamily[(int)family], features, ablated);
            foreach (int i in familyFeatures)
            {
                ablated[i] = features[i];
            }

            // Shift > 0 means this family pushed the comment toward its verdict.
            double shift = label switch
            {
                CommentLabel.Spam => spamShift,
                CommentLabel.LowRelevance => Math.Max(fillerShift, 0) + Math.Max(-spamShift, 0),
                _ => -spamShift - fillerShift,
            };

            if (shift > MinimumShift)
            {
                found[count++] = (shift, family);
            }
        }

        found = found[..count];
        found.Sort((a, b) => b.Shift.CompareTo(a.Shift));
        var reasons = new List<string>(Math.Min(count, MaxReasons));
        foreach (var (_, family) in found)
        {
            string reason = Describe(family, features, label);
            if (!reasons.Contains(reason))
            {
                reasons.Add(reason);
            }

            if (reasons.Count == MaxReasons)
            {
                break;
            }
        }

        return reasons;
    }

    /// <summary>Raw score of the original features minus that of the ablated ones, over the trees that can differ.</summary>
    private static double Change(TreeEnsemble ensemble, int[] trees, ReadOnlySpan<float> original, ReadOnlySpan<float> ablated)
    {
        double change = 0;
        foreach (int tree in trees)
        {
            change += ensemble.TreeOutput(tree, original) - ensemble.TreeOutput(tree, ablated);
        }

        return change;
    }

    private static string Describe(SignalFamily family, ReadOnlySpan<float> f, CommentLabel label)
    {
        bool spam = label == CommentLabel.Spam;
        Span<int> counts = stackalloc int[FeatureLayout.Count];
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] = (int)f[i];
        }

        return family switch
        {
            SignalFamily.Links when counts[FeatureLayout.LinkCount] > 0 =>
                $"{Plural(counts[FeatureLayout.LinkCount], "link")} to {Plural(Math.Max(1, counts[FeatureLayout.DistinctDomains]), "domain")}"
                + (counts[FeatureLayout.CommercialWordsInLinks] > 0 ? $", {Plural(counts[FeatureLayout.CommercialWordsInLinks], "shopping or loan word")} in the links" : string.Empty),
            SignalFamily.Links => "no links",
            SignalFamily.Author => DescribeAuthor(f, spam || label == CommentLabel.LowRelevance),
            SignalFamily.ListShape when counts[FeatureLayout.KeywordLines] > 1 => $"{counts[FeatureLayout.KeywordLines]} keyword-only lines",
            SignalFamily.ListShape when counts[FeatureLayout.CommercialWords] > 0 => $"{Plural(counts[FeatureLayout.CommercialWords], "shopping, loan or SEO word")}",
            SignalFamily.ListShape => spam ? "reads like a keyword list" : "written in sentences, not keyword lines",
            SignalFamily.Signature when counts[FeatureLayout.SignaturePhrases] + counts[FeatureLayout.SignatureSeparators] > 0 =>
                $"signature-style promotion ({Plural(counts[FeatureLayout.SignaturePhrases] + counts[FeatureLayout.SignatureSeparators], "phrase")} like \"visit my site\" or \"::\")",
            SignalFamily.Signature => "no signature link",
            SignalFamily.Disguise when counts[FeatureLayout.MixedScriptWords] > 0 =>
                $"{Plural(counts[FeatureLayout.MixedScriptWords], "word")} mix Latin with Cyrillic or Greek letters",
            SignalFamily.Disguise when counts[FeatureLayout.FoldedLetters] > 0 => $"{Plural(counts[FeatureLayout.FoldedLetters], "look-alike letter")} from other scripts",
            SignalFamily.Disguise when counts[FeatureLayout.InvisibleCharacters] > 0 => $"{Plural(counts[FeatureLayout.InvisibleCharacters], "invisible character")}",
            SignalFamily.Disguise => "no disguised letters",
            SignalFamily.Contact when counts[FeatureLayout.PhoneNumbers] > 0 => $"{Plural(counts[FeatureLayout.PhoneNumbers], "phone number")}",
            SignalFamily.Contact when counts[FeatureLayout.EmailsInText] > 0 => $"{Plural(counts[FeatureLayout.EmailsInText], "e-mail address", "e-mail addresses")} in the text",
            SignalFamily.Contact when counts[FeatureLayout.MessengerWords] > 0 || counts[FeatureLayout.Handles] > 0 => "asks to be contacted by messenger, phone or e-mail",
            SignalFamily.Contact => "no contact bait",
            SignalFamily.Shape => DescribeShape(f, label),
            SignalFamily.Filler when label == CommentLabel.Genuine => $"{Plural(counts[FeatureLayout.ContentWords], "content word")}: says something specific",
            SignalFamily.Filler when f[FeatureLayout.GenericWordShare] < 0.35f => $"mostly keywords, few ordinary words ({Percent(f[FeatureLayout.GenericWordShare])} praise and function words)",
            SignalFamily.Filler => $"generic praise wording ({Percent(f[FeatureLayout.GenericWordShare])} praise and function words)",
            SignalFamily.Relevance when label == CommentLabel.Genuine => $"talks about the post ({Plural(counts[FeatureLayout.PostSharedWords], "word")} in common)",
            SignalFamily.Relevance when f[FeatureLayout.CopiedFromPostShare] >= 0.3f => "copies sentences of the post",
            SignalFamily.Relevance when counts[FeatureLayout.PostSharedWords] <= 1 => "shares almost no words with the post",
            SignalFamily.Relevance => $"barely about the post (only {Plural(counts[FeatureLayout.PostSharedWords], "word")} in common)",
            SignalFamily.Words => label switch
            {
                CommentLabel.Spam => "wording resembles known spam",
                CommentLabel.LowRelevance => "wording resembles filler comments",
                _ => "wording resembles genuine conversation",
            },
            _ => family.ToString(),
        };
    }

    private static string DescribeAuthor(ReadOnlySpan<float> f, bool suspicious)
    {
        if (!suspicious)
        {
            return "author fields look like a person's";
        }

        if (f[FeatureLayout.AuthorNameHasLink] > 0)
        {
            return "author name is a link";
        }

        if (f[FeatureLayout.AuthorNameCommercialWords] > 0 || f[FeatureLayout.AuthorNameWords] >= 4)
        {
            return "author name is a keyword phrase";
        }

        if (f[FeatureLayout.AuthorUrlCommercialWords] > 0)
        {
            return "author URL is made of keywords";
        }

        if (f[FeatureLayout.AuthorNameInText] > 0)
        {
            return "author name repeated in the text";
        }

        return f[FeatureLayout.AuthorUrlPresent] > 0 ? "author left a website link" : "author fields look unusual";
    }

    private static string DescribeShape(ReadOnlySpan<float> f, CommentLabel label)
    {
        if (label == CommentLabel.Genuine && f[FeatureLayout.Questions] > 0)
        {
            return "asks a question";
        }

        if (f[FeatureLayout.UppercaseShare] > 0.5f && f[FeatureLayout.WordCount] >= 3)
        {
            return "mostly capital letters";
        }

        if (f[FeatureLayout.Exclamations] >= 3)
        {
            return $"{(int)f[FeatureLayout.Exclamations]} exclamation marks";
        }

        if (f[FeatureLayout.RepeatedWordShare] >= 0.4f && f[FeatureLayout.WordCount] >= 6)
        {
            return "repeats the same words";
        }

        return label switch
        {
            CommentLabel.Genuine => "length and style of a written reply",
            CommentLabel.LowRelevance => f[FeatureLayout.WordCount] <= 3 ? $"only {Plural((int)f[FeatureLayout.WordCount], "word")}" : "too short to say anything",
            _ => "length and layout typical of spam",
        };
    }

    private static string Percent(float share) => (share * 100).ToString("F0", CultureInfo.InvariantCulture) + "%";

    private static string Plural(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count.ToString(CultureInfo.InvariantCulture)} {plural ?? singular + "s"}";
}
