using Engage.Classifier.Words;

namespace Engage.Classifier.Tests.Words;

/// <summary>The tokenizer's shortcuts (a table for ASCII, hashing while reading) read words as the plain rules do.</summary>
public sealed class WordTokenizerTests
{
    [Fact]
    public void LoweredWordChar_EveryCharacter_IsTheWordCharacterLowerCasedOrNone()
    {
        var mismatches = new List<int>();
        for (int code = 0; code <= char.MaxValue; code++)
        {
            char c = (char)code;
            char expected = WordTokenizer.IsWordChar(c) ? WordHash.ToLower(c) : '\0';
            if (WordTokenizer.LoweredWordChar(c) != expected)
            {
                mismatches.Add(code);
            }
        }

        mismatches.Should().BeEmpty("the table and the non-ASCII path agree with IsWordChar and ToLower for every UTF-16 unit");
    }

    [Fact]
    public void MoveNext_MixedCaseAndApostrophes_HashesEachWordAsWordHashOfIt()
    {
        const string text = "Won’t BUILD: it's the Überprüfung of v2 x86_64, 'quoted' O'Neil";
        List<(string Word, ulong Hash)> words = WordsOf(text);

        words.Select(w => w.Word).Should().Equal("Won’t", "BUILD", "it's", "the", "Überprüfung", "of", "v2", "x86", "64", "quoted", "O'Neil");
        words.Should().OnlyContain(w => w.Hash == WordHash.Of(w.Word));
        WordHash.Of("Won’t").Should().Be(WordHash.Of("won't"), "case and the typographic apostrophe do not change a word's hash");
    }

    public static TheoryData<string, string[]> OddCharacters() => new()
    {
        { "tea\0cup \0", ["tea", "cup"] },
        { "’twas o’clock, rock'n'roll fans’ ain'", ["twas", "o’clock", "rock'n'roll", "fans", "ain"] },
        { "it''s ‘quote’ we’’re pH'7", ["it", "s", "quote", "we", "re", "pH", "7"] },
        { "B2B 3rd 1984 x\u0661\u0662", ["B2B", "3rd", "1984", "x\u0661\u0662"] },
        { "Cafe\u0301 nai\u0308ve \u0301", ["Cafe\u0301", "nai\u0308ve", "\u0301"] },
        { "ＦＵＬＬ ｗｉｄｔｈ！", ["ＦＵＬＬ", "ｗｉｄｔｈ"] },
        { "İzmir'de ılık Işıl", ["İzmir'de", "ılık", "Işıl"] },
        { "Тр\u0456ал p\u043Ertal", ["Тр\u0456ал", "p\u043Ertal"] },
        { "ok\U0001F44Dgo \U0001D400\U0001D401", ["ok", "go"] },
    };

    [Theory]
    [MemberData(nameof(OddCharacters))]
    public void MoveNext_OddCharacters_SplitsAsIsWordCharAndHashesAsWordHash(string text, string[] expected)
    {
        List<(string Word, ulong Hash)> words = WordsOf(text);

        words.Select(w => w.Word).Should().Equal(expected);
        words.Should().OnlyContain(w => w.Hash == WordHash.Of(w.Word));
    }

    [Fact]
    public void Hash_FullWidthAndTypographicForms_MatchTheirLowerCaseForms()
    {
        var tokenizer = new WordTokenizer("ＦＵＬＬ O’NEIL");
        tokenizer.MoveNext().Should().BeTrue();
        tokenizer.Hash.Should().Be(WordHash.Of("ｆｕｌｌ"));
        tokenizer.MoveNext().Should().BeTrue();
        tokenizer.Hash.Should().Be(WordHash.Of("o'neil"));
    }

    private static List<(string Word, ulong Hash)> WordsOf(string text)
    {
        var words = new List<(string Word, ulong Hash)>();
        var tokenizer = new WordTokenizer(text);
        while (tokenizer.MoveNext())
        {
            words.Add((tokenizer.Current.ToString(), tokenizer.Hash));
        }

        return words;
    }
}
