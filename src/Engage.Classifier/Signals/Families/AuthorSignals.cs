using Engage.Classifier.Verdicts;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Families;

/// <summary>The author fields: a name that is a keyword phrase or a link, a URL made of keywords, a name repeated in the text.</summary>
internal sealed class AuthorSignals : SignalFamily<AuthorSignals.Feature>
{
    /// <summary>A name of this many words or more reads as a keyword phrase rather than a person's name.</summary>
    private const int KeywordPhraseWords = 4;

    /// <summary>
    /// Name words shorter than this ("al", "de") say nothing when they also appear in the text. Unlike
    /// <see cref="TopicWords"/>, a name word may start with a digit ("4you"): keyword names often do.
    /// </summary>
    private const int MinimumRepeatedWordLength = 3;

    internal enum Feature
    {
        AuthorNamePresent,
        AuthorNameWords,
        AuthorNameCommercialWords,
        AuthorNameHasLink,
        AuthorUrlPresent,
        AuthorUrlCommercialWords,
        AuthorUrlHyphens,
        AuthorEmailPresent,
        AuthorNameInText,
    }

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        AuthorFields author = input.Author;
        if (author.HasName)
        {
            WordPass name = author.NameWords;
            ReadOnlySpan<ulong> textWords = input.Words.Hashes;
            ReadOnlySpan<WordClass> classes = name.Classes;
            ReadOnlySpan<int> lengths = name.Lengths;
            ReadOnlySpan<ulong> hashes = name.Hashes;
            int commercial = 0, inText = 0;
            for (int i = 0; i < classes.Length; i++)
            {
                WordClass wordClass = classes[i];
                if ((wordClass & WordClass.Commercial) != 0)
                {
                    commercial++;
                }

                if ((wordClass & WordClass.Stopword) == 0 && lengths[i] >= MinimumRepeatedWordLength && textWords.Contains(hashes[i]))
                {
                    inText++;
                }
            }

            values[Feature.AuthorNamePresent] = 1;
            values[Feature.AuthorNameWords] = name.Count;
            values[Feature.AuthorNameCommercialWords] = commercial;
            values[Feature.AuthorNameInText] = inText;
            values[Feature.AuthorNameHasLink] = author.NameHasLink ? 1 : 0;
        }

        string? url = author.Url;
        if (!string.IsNullOrWhiteSpace(url))
        {
            values[Feature.AuthorUrlPresent] = 1;
            values[Feature.AuthorUrlCommercialWords] = CommercialWords(url);
            values[Feature.AuthorUrlHyphens] = url.AsSpan().Count('-');
        }

        values[Feature.AuthorEmailPresent] = string.IsNullOrWhiteSpace(author.Email) ? 0 : 1;
    }

    /// <summary>Without a name, a URL or an e-mail there is nothing to say about the author fields.</summary>
    protected override bool CanExplain(FeatureValues<Feature> values) =>
        values[Feature.AuthorNamePresent] > 0 || values[Feature.AuthorUrlPresent] > 0 || values[Feature.AuthorEmailPresent] > 0;

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        if (label == CommentLabel.Genuine)
        {
            return ReasonText.Of("author_looks_personal", "author fields look like a person's");
        }

        if (values[Feature.AuthorNameHasLink] > 0)
        {
            return ReasonText.Of("author_name_is_link", "author name is a link");
        }

        if (values[Feature.AuthorNameCommercialWords] > 0 || values[Feature.AuthorNameWords] >= KeywordPhraseWords)
        {
            return ReasonText.Of("author_name_is_keywords", "author name is a keyword phrase");
        }

        if (values[Feature.AuthorUrlCommercialWords] > 0)
        {
            return ReasonText.Of("author_url_is_keywords", "author URL is made of keywords");
        }

        if (values[Feature.AuthorNameInText] > 0)
        {
            return ReasonText.Of("author_name_in_text", "author name repeated in the text");
        }

        return values[Feature.AuthorUrlPresent] > 0
            ? ReasonText.Of("author_website", "author left a website link")
            : ReasonText.Of("author_unusual", "author fields look unusual");
    }

    private static int CommercialWords(string url)
    {
        int commercial = 0;
        var tokenizer = new WordTokenizer(url);
        while (tokenizer.MoveNext())
        {
            // URLs are keyword slugs: service words count here too ("sap-training-pune").
            ulong hash = tokenizer.Hash;
            if (PayloadLexicon.IsServiceWord(hash, Lexicons.Classify(hash)))
            {
                commercial++;
            }
        }

        return commercial;
    }
}
