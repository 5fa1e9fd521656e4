using System.Text;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// 1,000 varied strings for the tokenizer parity test, generated deterministically (seeded
/// <see cref="Random"/>): English prose in several casings, accented Latin, Cyrillic, Greek, CJK,
/// Hangul, Arabic, Hebrew, Devanagari and Thai, emoji (with skin tones, ZWJ sequences and flags),
/// code, URLs, e-mail addresses, handles, numbers and currency, Unicode punctuation, line breaks,
/// tabs, non-breaking and zero-width spaces, and long words (up to 100 characters). Written for this test;
/// no corpus text.
/// </summary>
/// <remarks>
/// C0 and C1 control characters other than tab, line feed and carriage return are left out: the library's
/// normalizer drops them before text reaches the tokenizer, and Hugging Face's tokenizer and .NET disagree
/// on whether some of them (vertical tab, form feed, U+0085) are white space. Words longer than 100
/// characters are left out too: Hugging Face's WordPiece turns them into one [UNK], FastBertTokenizer into
/// pieces (a known difference of the library; such "words" are keyboard runs, not language).
/// </remarks>
internal static class TokenizerParityStrings
{
    public const int Count = 1_000;
    public const int Seed = 20_261_129;

    private static readonly string[] Words =
    [
        "the", "router", "keeps", "dropping", "every", "evening", "neighbours", "streaming", "stutters", "channel",
        "congestion", "firmware", "update", "bread", "dough", "proofing", "starter", "oven", "crumb", "knead",
        "tomatoes", "mulch", "watering", "seedlings", "compost", "bicycle", "chain", "derailleur", "gears", "saddle",
        "mortgage", "interest", "budget", "savings", "invoice", "camera", "aperture", "shutter", "exposure", "lens",
        "wallet", "staking", "delegation", "ledger", "transaction", "compiler", "exception", "null", "pointer", "thread",
        "unbelievable", "antidisestablishmentarianism", "reconfiguration", "misunderstanding", "photosynthesis",
        "I", "you", "we", "it's", "don't", "can't", "wouldn't", "y'all", "o'clock", "rock'n'roll",
        "is", "was", "and", "or", "but", "because", "although", "however", "thanks", "please",
        "ISO-8859-1", "UTF-8", "e-mail", "co-operate", "re-enter", "mother-in-law", "well-known", "Wi-Fi", "COVID-19", "MP3",
    ];

    private static readonly string[] Foreign =
    [
        "café", "naïve", "résumé", "Zürich", "São Paulo", "Øre", "Łódź", "Ångström", "façade", "jalapeño", "Ærøskøbing", "İstanbul", "Straße",
        "Привет, как дела?", "Спасибо большое", "Ελληνικά γράμματα", "Καλημέρα", "日本語のテキスト", "東京都", "中文字符测试", "我喜欢这个帖子",
        "한국어 문장입니다", "안녕하세요", "مرحبا بالعالم", "שלום עולם", "नमस्ते दुनिया", "हिन्दी", "สวัสดีครับ", "ภาษาไทย", "Tiếng Việt có dấu",
        "ｆｕｌｌｗｉｄｔｈ", "ｶﾀｶﾅ", "ﬁne ﬂower", "Ⅻ", "²³", "½ cup", "ß", "ǅ", "Ⓐ", "𝓢𝓬𝓻𝓲𝓹𝓽", "𝟘𝟙𝟚",
    ];

    private static readonly string[] Emoji =
    [
        "😀", "👍", "👍🏽", "🚀", "❤️", "🇩🇪", "🇯🇵", "👨‍👩‍👧", "🤦‍♀️", "✨", "🔥🔥🔥", "☕", "🙏🏻", "💯", "🎉", ":-)", ";)", "<3", "¯\\_(ツ)_/¯",
    ];

    private static readonly string[] Code =
    [
        "if (x != null) { return foo_bar(x); }", "SELECT * FROM users WHERE id >= 42;", "<div class=\"note\">hi</div>", "arr[i] += 2**8",
        "snake_case_name", "camelCaseName", "PascalCase", "C:\\Users\\dana\\file.txt", "/usr/local/bin/dotnet", "`npm install --save-dev`",
        "x => x * 2", "#include <stdio.h>", "$HOME/.config", "a && b || !c", "0xDEADBEEF", "printf(\"%d\\n\", n);", "{\"key\": [1, 2, 3]}",
        "cardano-cli query utxo --address $ADDR", "git commit -m 'fix: typo'", "def f(*args, **kwargs):", "@Override", "i++; j--;",
    ];

    private static readonly string[] Links =
    [
        "https://example.com/path?q=1&x=y#frag", "http://www.example.org/a/b/c.html", "www.example.net", "ftp://files.example.com/pub",
        "dana@example.com", "first.last+tag@mail.example.co.uk", "@someone", "#hashtag", "example.com/page_(1)", "https://example.com/%E2%9C%93",
    ];

    private static readonly string[] Numbers =
    [
        "3.14", "1,000", "12:30", "50%", "$5", "€10", "£2.50", "¥100", "2nd", "10x", "1e-9", "-273.15°C", "555-0123", "+1 (555) 010-0199", "2026-11-29", "v1.2.3",
    ];

    private static readonly string[] Punctuation =
    [
        ".", ",", "!", "?", "...", "…", "—", "–", "\"", "“", "”", "‘", "’", "«", "»", "¡", "¿", "·", "•", "§", "¶", "†", "(", ")", "[", "]", "{", "}", ":", ";", "/", "\\", "|", "~", "^", "=", "+", "*", "&", "<", ">", "_",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", " ", "  ", "\n", "\r\n", "\t", "\n\n", "\u00A0", "\u2003", "\u3000", "\u2028"];

    private static readonly string[] Oddities = ["\u200B", "\u200D", "\uFEFF", "\u00AD", "\u0301", "e\u0301", "\uFFFD", "\u2060", "\uE000"];

    public static string[] Generate()
    {
        var random = new Random(Seed);
        var strings = new string[Count];
        for (int i = 0; i < Count; i++)
        {
            var text = new StringBuilder();
            int pieces = 1 + random.Next(i % 10 == 0 ? 40 : 14);
            for (int p = 0; p < pieces; p++)
            {
                if (p > 0)
                {
                    text.Append(random.Next(10) < 8 ? " " : Pick(random, Spaces));
                }

                text.Append(Piece(random));
            }

            strings[i] = text.ToString();
        }

        return strings;
    }

    private static string Piece(Random random)
    {
        int kind = random.Next(100);
        return kind switch
        {
            < 40 => Cased(random, Pick(random, Words)) + (random.Next(4) == 0 ? Pick(random, Punctuation) : string.Empty),
            < 52 => Pick(random, Foreign),
            < 60 => Pick(random, Emoji),
            < 68 => Pick(random, Code),
            < 75 => Pick(random, Links),
            < 82 => Pick(random, Numbers),
            < 90 => Pick(random, Punctuation),
            < 94 => Pick(random, Words) + Pick(random, Oddities) + Pick(random, Words),
            < 97 => string.Concat(Enumerable.Range(0, 3 + random.Next(8)).Select(_ => Pick(random, Words))),
            _ => new string((char)('a' + random.Next(26)), 90 + random.Next(11)),
        };
    }

    private static string Cased(Random random, string word) => random.Next(6) switch
    {
        0 => word.ToUpperInvariant(),
        1 => word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word,
        2 => string.Concat(word.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c)),
        _ => word,
    };

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
