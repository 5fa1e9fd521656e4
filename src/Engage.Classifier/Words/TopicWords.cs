namespace Engage.Classifier.Words;

/// <summary>
/// The one rule for a word that carries topic (a "content word"): not a function word, not a number, at least
/// <see cref="MinimumLength"/> characters. Relevance compares these words' stems with the post's; filler
/// counts those of them that are not praise either.
/// </summary>
internal static class TopicWords
{
    /// <summary>Shorter words ("ok", "it") carry no topic.</summary>
    public const int MinimumLength = 3;

    public static bool Is(ReadOnlySpan<char> word, WordClass wordClass) =>
        word.Length >= MinimumLength && !char.IsDigit(word[0]) && (wordClass & WordClass.Stopword) == 0;
}
