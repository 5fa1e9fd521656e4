using System.Globalization;
using Engage.Classifier.Text;

namespace Engage.Classifier.Features;

/// <summary>
/// Computes a comment's dense signals (<see cref="FeatureLayout"/>) and its hashed word and character
/// n-grams into a <see cref="FeatureWorkspace"/>. Allocation-free once the workspace has warmed up.
/// </summary>
internal static class CommentFeaturizer
{
    /// <summary>Number of buckets for hashed text features (a power of two).</summary>
    public const int TextDimension = 1 << 17;

    /// <summary>Character n-grams are taken from this many leading characters only.</summary>
    private const int MaxCharacterGramSpan = 4_096;

    private const ulong UnigramSalt = 0x1111;
    private const ulong BigramSalt = 0x2222;
    private const ulong CharGramSalt = 0x3333;
    private const ulong AuthorSalt = 0x4444;
    private const ulong DomainSalt = 0x5555;

    public static void Featurize(Comment comment, FeatureWorkspace workspace)
    {
        float[] f = workspace.Features;
        Array.Clear(f);
        workspace.ResetTextIndices();
        workspace.ResetWords();
        workspace.DomainCount = 0;

        NormalizedText normalized = workspace.Text;
        TextNormalizer.Normalize(comment.Text, normalized);
        ReadOnlySpan<char> text = normalized.Text;

        AddLinks(text, normalized, workspace);
        AddWordSignals(text, workspace, recordStems: comment.Post is not null);
        AddLineShape(text, f);
        AddCharacterShape(text, normalized, f);
        AddPhoneNumbers(text, f);
        AddAuthor(comment, workspace);
        AddRelevance(comment.Post, workspace);
        AddCharacterGrams(text, workspace);
        for (int d = 0; d < workspace.DomainCount; d++)
        {
            workspace.AddTextIndex(Bucket(WordHash.Salt(workspace.Domains[d], DomainSalt)));
        }
    }

    private static int Bucket(ulong hash) => (int)(hash & (TextDimension - 1));

    private static void AddLinks(ReadOnlySpan<char> text, NormalizedText normalized, FeatureWorkspace workspace)
    {
        float[] f = workspace.Features;
        LinkScanner.Result bare = LinkScanner.Scan(text, workspace);
        LinkScanner.Result anchored = LinkScanner.Scan(normalized.Hrefs, workspace);
        f[FeatureLayout.LinkCount] = bare.Links + Math.Max(anchored.Links, normalized.Anchors);
        f[FeatureLayout.DistinctDomains] = workspace.DomainCount;
        f[FeatureLayout.BareUrls] = bare.Links;
        f[FeatureLayout.Anchors] = normalized.Anchors;
        f[FeatureLayout.LinkTextShare] = text.Length == 0 ? 0 : Math.Min(1f, (bare.LinkCharacters + normalized.AnchorTextCharacters) / (float)text.Length);
        f[FeatureLayout.CommercialWordsInLinks] = bare.CommercialWords + anchored.CommercialWords;
        f[FeatureLayout.EmailsInText] = bare.Emails;
        f[FeatureLayout.Handles] = bare.Handles;
    }

    private static void AddWordSignals(ReadOnlySpan<char> text, FeatureWorkspace workspace, bool recordStems)
    {
        float[] f = workspace.Features;
        HashCounter distinct = workspace.Counter;
        distinct.Clear();
        int words = 0, wordChars = 0, commercial = 0, praise = 0, generic = 0, content = 0;
        int firstPerson = 0, secondPerson = 0, messengers = 0, signatures = 0;
        ulong previous = 0, beforePrevious = 0;
        WordClass previousClass = WordClass.None;

        var tokenizer = new WordTokenizer(text);
        while (tokenizer.MoveNext())
        {
            ReadOnlySpan<char> word = tokenizer.Current;
            ulong hash = WordHash.Of(word);
            WordClass wordClass = Lexicons.Classify(hash);
            workspace.AddWord(hash);
            distinct.Add(hash);
            words++;
            wordChars += word.Length;

            if ((wordClass & WordClass.Commercial) != 0)
            {
                commercial++;
            }

            if ((wordClass & WordClass.Praise) != 0)
            {
                praise++;
            }

            if ((wordClass & (WordClass.Praise | WordClass.Stopword)) != 0)
            {
                generic++;
            }
            else if (word.Length >= 3 && !char.IsDigit(word[0]))
            {
                content++;
            }

            if (recordStems && PostProfile.IsContentWord(word, wordClass))
            {
                workspace.AddStem(WordHash.Of(Stemmer.Stem(word)));
            }

            if ((wordClass & WordClass.FirstPerson) != 0)
            {
                firstPerson++;
            }

            if ((wordClass & WordClass.SecondPerson) != 0)
            {
                secondPerson++;
            }

            if ((wordClass & WordClass.Messenger) != 0)
            {
                messengers++;
            }

            bool afterMy = previous == MyHash;
            if ((afterMy && (wordClass & WordClass.SignatureNoun) != 0)
                || (hash == MyHash && ((previousClass & WordClass.SignatureVerb) != 0 || (previous == OutHash && beforePrevious == CheckHash)))
                || (hash == ToHash && previous == SurfHash))
            {
                signatures++;
            }

            workspace.AddTextIndex(Bucket(WordHash.Salt(hash, UnigramSalt)));
            if (words > 1)
            {
                workspace.AddTextIndex(Bucket(WordHash.Salt(WordHash.Combine(previous, hash), BigramSalt)));
            }

            beforePrevious = previous;
            previous = hash;
            previousClass = wordClass;
        }

        f[FeatureLayout.WordCount] = words;
        f[FeatureLayout.AverageWordLength] = words == 0 ? 0 : wordChars / (float)words;
        f[FeatureLayout.CommercialWords] = commercial;
        f[FeatureLayout.CommercialWordShare] = words == 0 ? 0 : commercial / (float)words;
        f[FeatureLayout.PraiseWords] = praise;
        f[FeatureLayout.GenericWordShare] = words == 0 ? 0 : generic / (float)words;
        f[FeatureLayout.ContentWords] = content;
        f[FeatureLayout.FirstPersonWords] = firstPerson;
        f[FeatureLayout.SecondPersonWords] = secondPerson;
        f[FeatureLayout.MessengerWords] = messengers;
        f[FeatureLayout.SignaturePhrases] = signatures;
        f[FeatureLayout.RepeatedWordShare] = words == 0 ? 0 : 1f - (distinct.Distinct / (float)words);
    }

    /// <summary>1 + ln(count) for the small counts almost every word has.</summary>
    private static readonly double[] LogWeights = Enumerable.Range(0, 64).Select(c => c == 0 ? 0 : 1 + Math.Log(c)).ToArray();

    private static readonly ulong MyHash = WordHash.Of("my");
    private static readonly ulong OutHash = WordHash.Of("out");
    private static readonly ulong CheckHash = WordHash.Of("check");
    private static readonly ulong ToHash = WordHash.Of("to");
    private static readonly ulong SurfHash = WordHash.Of("surf");

    /// <summary>Counts lines, and lines that are only a keyword phrase ("cheap oakley sunglasses").</summary>
    private static void AddLineShape(ReadOnlySpan<char> text, float[] f)
    {
        int lines = 0, keywordLines = 0, separators = 0;
        foreach (Range range in text.Split('\n'))
        {
            ReadOnlySpan<char> line = text[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            lines++;
            if (line.StartsWith("--", StringComparison.Ordinal) || line.StartsWith("\u2014", StringComparison.Ordinal))
            {
                separators++;
            }

            if (IsKeywordLine(line))
            {
                keywordLines++;
            }
        }

        int doubleColon = 0;
        for (int i = text.IndexOf("::", StringComparison.Ordinal); i >= 0;)
        {
            doubleColon++;
            int next = text[(i + 2)..].IndexOf("::", StringComparison.Ordinal);
            i = next < 0 ? -1 : i + 2 + next;
        }

        f[FeatureLayout.LineCount] = lines;
        f[FeatureLayout.KeywordLines] = keywordLines;
        f[FeatureLayout.KeywordLineShare] = lines == 0 ? 0 : keywordLines / (float)lines;
        f[FeatureLayout.SignatureSeparators] = separators + doubleColon;
    }

    private static bool IsKeywordLine(ReadOnlySpan<char> line)
    {
        if (line[0] == '@' || line.IndexOfAny(",;!?") >= 0)
        {
            return false;
        }

        // A full stop ends a sentence only when followed by a space or the end of the line ("site.com" is not one).
        int dot = line.IndexOf(". ", StringComparison.Ordinal);
        if (dot >= 0 || line[^1] == '.')
        {
            return false;
        }

        int words = 0, stopwords = 0, keywordish = 0;
        var tokenizer = new WordTokenizer(line);
        while (tokenizer.MoveNext())
        {
            words++;
            WordClass wordClass = Lexicons.Classify(WordHash.Of(tokenizer.Current));
            if ((wordClass & WordClass.Stopword) != 0)
            {
                stopwords++;
            }

            if ((wordClass & (WordClass.Commercial | WordClass.TopLevelDomain)) != 0)
            {
                keywordish++;
            }
        }

        return words is >= 1 and <= 8 && stopwords <= 1 && (words >= 2 || keywordish > 0);
    }

    private static void AddCharacterShape(ReadOnlySpan<char> text, NormalizedText normalized, float[] f)
    {
        int letters = 0, upper = 0, digits = 0, punctuation = 0, exclamations = 0, questions = 0, symbols = 0, nonLatin = 0;
        int longestRun = 0, run = 0;
        char last = '\0';
        foreach (char c in text)
        {
            run = c == last && !char.IsWhiteSpace(c) ? run + 1 : 1;
            longestRun = Math.Max(longestRun, run);
            last = c;
            if (c < 128)
            {
                if (char.IsAsciiLetter(c))
                {
                    letters++;
                    if (char.IsAsciiLetterUpper(c))
                    {
                        upper++;
                    }
                }
                else if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else if (c == '!')
                {
                    exclamations++;
                    punctuation++;
                }
                else if (c == '?')
                {
                    questions++;
                    punctuation++;
                }
                else if (char.IsPunctuation(c) || char.IsSymbol(c))
                {
                    punctuation++;
                }

                continue;
            }

            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }

                if (!Text.Confusables.IsLatinLetter(c))
                {
                    nonLatin++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLowSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
            {
                symbols++;
            }
            else if (char.IsPunctuation(c))
            {
                punctuation++;
            }
        }

        int length = Math.Max(1, text.Length);
        f[FeatureLayout.Length] = normalized.WasTruncated ? normalized.OriginalLength : text.Length;
        f[FeatureLayout.UppercaseShare] = letters == 0 ? 0 : upper / (float)letters;
        f[FeatureLayout.DigitShare] = digits / (float)length;
        f[FeatureLayout.PunctuationShare] = punctuation / (float)length;
        f[FeatureLayout.Exclamations] = exclamations;
        f[FeatureLayout.Questions] = questions;
        f[FeatureLayout.Symbols] = symbols;
        f[FeatureLayout.LongestCharacterRun] = longestRun;
        f[FeatureLayout.NonLatinLetterShare] = letters == 0 ? 0 : nonLatin / (float)letters;
        f[FeatureLayout.MixedScriptWords] = normalized.MixedScriptWords;
        f[FeatureLayout.FoldedLetters] = normalized.FoldedLetters;
        f[FeatureLayout.InvisibleCharacters] = normalized.InvisibleCharacters;
    }

    /// <summary>Counts phone numbers: 9 to 15 digits in groups joined by single spaces, dashes, dots or brackets.</summary>
    private static void AddPhoneNumbers(ReadOnlySpan<char> text, float[] f)
    {
        int phones = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!(char.IsAsciiDigit(c) || c is '+' or '('))
            {
                i++;
                continue;
            }

            if (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            int digits = 0, separatorsInARow = 0;
            int j = i;
            while (j < text.Length)
            {
                char d = text[j];
                if (char.IsAsciiDigit(d))
                {
                    digits++;
                    separatorsInARow = 0;
                }
                else if (d is ' ' or '-' or '.' or '(' or ')' or '+' && separatorsInARow < 2)
                {
                    separatorsInARow++;
                }
                else
                {
                    break;
                }

                j++;
            }

            if (digits is >= 9 and <= 15)
            {
                phones++;
            }

            i = Math.Max(j, i + 1);
        }

        f[FeatureLayout.PhoneNumbers] = phones;
    }

    private static void AddAuthor(Comment comment, FeatureWorkspace workspace)
    {
        float[] f = workspace.Features;
        string? name = comment.AuthorName;
        if (!string.IsNullOrWhiteSpace(name))
        {
            NormalizedText author = workspace.AuthorText;
            TextNormalizer.Normalize(name, author);
            ReadOnlySpan<char> normalizedName = author.Text;
            int words = 0, commercial = 0, inText = 0;
            var tokenizer = new WordTokenizer(normalizedName);
            while (tokenizer.MoveNext())
            {
                ulong hash = WordHash.Of(tokenizer.Current);
                words++;
                WordClass wordClass = Lexicons.Classify(hash);
                if ((wordClass & WordClass.Commercial) != 0)
                {
                    commercial++;
                }

                if ((wordClass & WordClass.Stopword) == 0 && tokenizer.Current.Length >= 3 && workspace.Words.Contains(hash))
                {
                    inText++;
                }

                workspace.AddTextIndex(Bucket(WordHash.Salt(hash, AuthorSalt)));
            }

            f[FeatureLayout.AuthorNamePresent] = 1;
            f[FeatureLayout.AuthorNameWords] = words;
            f[FeatureLayout.AuthorNameCommercialWords] = commercial;
            f[FeatureLayout.AuthorNameInText] = inText;
            f[FeatureLayout.AuthorNameHasLink] = ContainsLink(normalizedName) ? 1 : 0;
        }

        string? url = comment.AuthorUrl;
        if (!string.IsNullOrWhiteSpace(url))
        {
            int commercial = 0, hyphens = 0;
            foreach (char c in url)
            {
                if (c == '-')
                {
                    hyphens++;
                }
            }

            var tokenizer = new WordTokenizer(url);
            while (tokenizer.MoveNext())
            {
                if ((Lexicons.Classify(WordHash.Of(tokenizer.Current)) & WordClass.Commercial) != 0)
                {
                    commercial++;
                }
            }

            f[FeatureLayout.AuthorUrlPresent] = 1;
            f[FeatureLayout.AuthorUrlCommercialWords] = commercial;
            f[FeatureLayout.AuthorUrlHyphens] = hyphens;
        }

        f[FeatureLayout.AuthorEmailPresent] = string.IsNullOrWhiteSpace(comment.AuthorEmail) ? 0 : 1;
    }

    private static bool ContainsLink(ReadOnlySpan<char> text)
    {
        foreach (Range range in text.Split(' '))
        {
            ReadOnlySpan<char> chunk = text[range].Trim().TrimEnd(".,;:!?");
            if (chunk.Length >= 4 && LinkScanner.TryGetHost(chunk, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Relevance to the post: log-weighted cosine of content-word stems, the share of the comment's content
    /// words found in the post, a smoothed language-model log ratio (after Mishne et al. 2005), and the share
    /// of the comment's word 4-grams copied from the post.
    /// </summary>
    private static void AddRelevance(Post? post, FeatureWorkspace workspace)
    {
        float[] f = workspace.Features;
        if (post is null)
        {
            f[FeatureLayout.HasPost] = 0;
            f[FeatureLayout.PostCosine] = FeatureLayout.NoPost;
            f[FeatureLayout.PostWordShare] = FeatureLayout.NoPost;
            f[FeatureLayout.PostLanguageModelRatio] = FeatureLayout.NoPost;
            f[FeatureLayout.CopiedFromPostShare] = FeatureLayout.NoPost;
            f[FeatureLayout.PostSharedWords] = FeatureLayout.NoPost;
            return;
        }

        PostProfile profile = post.Profile;
        HashCounter stems = workspace.Counter;
        stems.Clear();
        int contentTokens = 0, tokensInPost = 0;
        double logRatio = 0;
        foreach (ulong stem in workspace.Stems)
        {
            stems.Add(stem);
            contentTokens++;
            if (profile.TryGetStem(stem, out PostProfile.StemStatistics inPost))
            {
                tokensInPost++;
                logRatio += inPost.LogRatio;
            }
            else
            {
                logRatio += profile.UnseenLogRatio;
            }
        }

        double dot = 0, norm = 0;
        int shared = 0;
        for (int i = 0; i < stems.Distinct; i++)
        {
            int count = stems.CountAt(i);
            double weight = count < LogWeights.Length ? LogWeights[count] : 1 + Math.Log(count);
            norm += weight * weight;
            if (profile.TryGetStem(stems.KeyAt(i), out PostProfile.StemStatistics inPost))
            {
                shared++;
                dot += weight * inPost.Weight;
            }
        }

        ReadOnlySpan<ulong> words = workspace.Words;
        int grams = 0, copied = 0;
        for (int i = 3; i < words.Length; i++)
        {
            grams++;
            if (profile.Shingles.Contains(PostProfile.Shingle(words[i - 3], words[i - 2], words[i - 1], words[i])))
            {
                copied++;
            }
        }

        f[FeatureLayout.HasPost] = profile.IsEmpty ? 0 : 1;
        f[FeatureLayout.PostCosine] = norm == 0 || profile.Norm == 0 ? 0 : (float)(dot / (Math.Sqrt(norm) * profile.Norm));
        f[FeatureLayout.PostWordShare] = contentTokens == 0 ? 0 : tokensInPost / (float)contentTokens;
        f[FeatureLayout.PostLanguageModelRatio] = contentTokens == 0 ? 0 : (float)(logRatio / contentTokens);
        f[FeatureLayout.CopiedFromPostShare] = grams == 0 ? 0 : copied / (float)grams;
        f[FeatureLayout.PostSharedWords] = shared;
    }

    /// <summary>Character 4-grams of the lower-cased text with runs of non-word characters folded to one space.</summary>
    private static void AddCharacterGrams(ReadOnlySpan<char> text, FeatureWorkspace workspace)
    {
        if (text.Length > MaxCharacterGramSpan)
        {
            text = text[..MaxCharacterGramSpan];
        }

        ulong window = ' ';
        int filled = 1;
        bool lastWasSpace = true;
        foreach (char raw in text)
        {
            char c;
            if (WordTokenizer.IsWordChar(raw))
            {
                c = raw < 128 ? (char)(raw | ((uint)(raw - 'A') <= 'Z' - 'A' ? 0x20 : 0)) : char.ToLowerInvariant(raw);
                lastWasSpace = false;
            }
            else
            {
                if (lastWasSpace)
                {
                    continue;
                }

                c = ' ';
                lastWasSpace = true;
            }

            window = (window << 16) | c;
            if (++filled >= 4)
            {
                workspace.AddTextIndex(Bucket(WordHash.Salt(window, CharGramSalt)));
            }
        }
    }
}
