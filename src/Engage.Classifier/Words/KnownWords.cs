namespace Engage.Classifier.Words;

/// <summary>
/// Everything the word lists know of one word, from one lookup: its <see cref="WordClass"/> (<see cref="Lexicons"/>) and
/// its payload kind and roles (<see cref="PayloadLexicon"/>). The lists stay with their owners; this is only the table
/// both are read through, so the word pass looks each word up once for all of them.
/// </summary>
internal static class KnownWords
{
    private static readonly WordHashTable<WordFacts> Table = Build();

    /// <summary>What the lists know of the word whose <see cref="WordHash"/> is <paramref name="hash"/> (default: nothing).</summary>
    public static WordFacts Of(ulong hash) => Table.Get(hash);

    private static WordHashTable<WordFacts> Build()
    {
        var words = new Dictionary<ulong, WordFacts>();
        foreach ((ulong hash, WordClass wordClass) in Lexicons.Words)
        {
            words[hash] = words.GetValueOrDefault(hash) with { Class = wordClass };
        }

        foreach ((ulong hash, PayloadFacts facts) in PayloadLexicon.Words)
        {
            words[hash] = words.GetValueOrDefault(hash) with { Payload = facts };
        }

        return new WordHashTable<WordFacts>(words);
    }
}
