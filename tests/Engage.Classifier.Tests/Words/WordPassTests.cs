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

    [Theory]
    [InlineData("")]
    [InlineData("great post, thanks")]
    [InlineData("I think you and I should buy the cheap shoes, but my friend says your store is great and I agree with you; we will see what the npm error says after the install finishes, thanks again")]
    public void CountOf_EachClass_IsTheNumberOfWordsOfThatClass(string text)
    {
        var pass = new WordPass();

        pass.Run(text);

        foreach (WordClass wordClass in Enum.GetValues<WordClass>().Where(c => c != WordClass.None))
        {
            pass.CountOf(wordClass).Should().Be(pass.Classes.ToArray().Count(c => (c & wordClass) != 0), wordClass.ToString());
        }
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
