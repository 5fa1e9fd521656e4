using Engage.Classifier.Words;

namespace Engage.Classifier.Tests.Words;

/// <summary>The one table the word lists are read through answers as the lists themselves do.</summary>
public sealed class KnownWordsTests
{
    [Fact]
    public void Of_EveryListedWord_GivesItsClassesAndPayloadFacts()
    {
        foreach ((ulong hash, WordClass wordClass) in Lexicons.Words)
        {
            KnownWords.Of(hash).Class.Should().Be(wordClass);
        }

        foreach ((ulong hash, PayloadFacts facts) in PayloadLexicon.Words)
        {
            KnownWords.Of(hash).Payload.Should().Be(facts);
        }
    }

    [Theory]
    [InlineData("sourdough")]
    [InlineData("hooch")]
    [InlineData("")]
    [InlineData("grüße-and-more")]
    public void Of_AnUnlistedWord_KnowsNothing(string word) =>
        KnownWords.Of(WordHash.Of(word)).Should().Be(default(WordFacts));

    [Fact]
    public void WordHashTable_AnswersAsTheDictionaryItWasBuiltFrom()
    {
        var random = new Random(7);
        var words = new Dictionary<ulong, int>();
        while (words.Count < 3_000)
        {
            words[(ulong)random.NextInt64(1, long.MaxValue)] = random.Next();
        }

        var table = new WordHashTable<int>(words);

        foreach ((ulong hash, int value) in words)
        {
            table.Get(hash).Should().Be(value);
        }

        for (int i = 0; i < 3_000; i++)
        {
            ulong absent = (ulong)random.NextInt64(1, long.MaxValue);
            table.Get(absent).Should().Be(words.GetValueOrDefault(absent));
        }

        table.Get(0).Should().Be(0, "hash 0 marks an empty slot and is never stored");
    }

    [Fact]
    public void WordHashTable_AWordHashingToZero_IsRefused()
    {
        Action build = () => _ = new WordHashTable<int>(new Dictionary<ulong, int> { [0] = 1 });

        build.Should().Throw<ArgumentException>();
    }
}
