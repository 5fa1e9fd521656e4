using Engage.Classifier.Words;

namespace Engage.Classifier.Tests.Words;

public sealed class WordPassTests
{
    [Fact]
    public void Run_RecordsEachWordsPlaceHashAndClass()
    {
        const string text = "It's 2 GOOD, it's good!";
        var pass = new WordPass();

        pass.Run(text);

        Enumerable.Range(0, pass.Count).Select(i => pass.Word(text, i).ToString()).Should().Equal("It's", "2", "GOOD", "it's", "good");
        pass.Hashes[2].Should().Be(pass.Hashes[4], "words compare without case");
        pass.Classes[0].Should().HaveFlag(WordClass.Stopword);
        pass.Classes[2].Should().HaveFlag(WordClass.Praise);
        pass.Distinct.Should().Be(3);
        pass.Characters.Should().Be(4 + 1 + 4 + 4 + 4);
    }

    [Fact]
    public void Run_Again_ForgetsThePreviousText()
    {
        var pass = new WordPass();
        pass.Run(string.Join(' ', Enumerable.Repeat("word", 2_000)));

        pass.Run("two words");

        pass.Count.Should().Be(2);
        pass.Distinct.Should().Be(2);
    }

    [Theory]
    [InlineData("sourdough", true)]
    [InlineData("rye", true)]
    [InlineData("ok", false)]
    [InlineData("2019", false)]
    [InlineData("their", false)]
    [InlineData("Thanks", true)]
    public void TopicWords_AreLongEnoughNotNumbersAndNotFunctionWords(string word, bool isTopic)
    {
        TopicWords.Is(word, Lexicons.Classify(WordHash.Of(word))).Should().Be(isTopic);
    }
}
