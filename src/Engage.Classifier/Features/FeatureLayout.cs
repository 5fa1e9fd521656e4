namespace Engage.Classifier.Features;

/// <summary>
/// Positions and names of the dense features the tree models read. The order is part of the model
/// format: append new features at the end and bump <see cref="Scoring.ModelManifest.CurrentFormatVersion"/>.
/// </summary>
internal static class FeatureLayout
{
    public const int LinkCount = 0;
    public const int DistinctDomains = 1;
    public const int BareUrls = 2;
    public const int Anchors = 3;
    public const int LinkTextShare = 4;
    public const int CommercialWordsInLinks = 5;
    public const int AuthorNamePresent = 6;
    public const int AuthorNameWords = 7;
    public const int AuthorNameCommercialWords = 8;
    public const int AuthorNameHasLink = 9;
    public const int AuthorUrlPresent = 10;
    public const int AuthorUrlCommercialWords = 11;
    public const int AuthorUrlHyphens = 12;
    public const int AuthorEmailPresent = 13;
    public const int AuthorNameInText = 14;
    public const int LineCount = 15;
    public const int KeywordLines = 16;
    public const int KeywordLineShare = 17;
    public const int CommercialWords = 18;
    public const int CommercialWordShare = 19;
    public const int SignaturePhrases = 20;
    public const int SignatureSeparators = 21;
    public const int MixedScriptWords = 22;
    public const int FoldedLetters = 23;
    public const int InvisibleCharacters = 24;
    public const int PhoneNumbers = 25;
    public const int MessengerWords = 26;
    public const int Handles = 27;
    public const int EmailsInText = 28;
    public const int Length = 29;
    public const int WordCount = 30;
    public const int AverageWordLength = 31;
    public const int UppercaseShare = 32;
    public const int DigitShare = 33;
    public const int PunctuationShare = 34;
    public const int Exclamations = 35;
    public const int Questions = 36;
    public const int Symbols = 37;
    public const int RepeatedWordShare = 38;
    public const int LongestCharacterRun = 39;
    public const int NonLatinLetterShare = 40;
    public const int FirstPersonWords = 41;
    public const int SecondPersonWords = 42;
    public const int GenericWordShare = 43;
    public const int ContentWords = 44;
    public const int PraiseWords = 45;
    public const int HasPost = 46;
    public const int PostCosine = 47;
    public const int PostWordShare = 48;
    public const int PostLanguageModelRatio = 49;
    public const int CopiedFromPostShare = 50;
    public const int PostSharedWords = 51;
    public const int SpamTextScore = 52;
    public const int FillerTextScore = 53;

    /// <summary>Number of dense features, text-model scores included.</summary>
    public const int Count = 54;

    /// <summary>Features computed from the text before the linear text models run.</summary>
    public const int SignalCount = SpamTextScore;

    /// <summary>Value of the relevance features when the post is unknown.</summary>
    public const float NoPost = -1f;

    private static readonly (string Name, SignalFamily Family)[] Descriptions =
    [
        ("LinkCount", SignalFamily.Links), ("DistinctDomains", SignalFamily.Links), ("BareUrls", SignalFamily.Links),
        ("Anchors", SignalFamily.Links), ("LinkTextShare", SignalFamily.Links), ("CommercialWordsInLinks", SignalFamily.Links),
        ("AuthorNamePresent", SignalFamily.Author), ("AuthorNameWords", SignalFamily.Author),
        ("AuthorNameCommercialWords", SignalFamily.Author), ("AuthorNameHasLink", SignalFamily.Author),
        ("AuthorUrlPresent", SignalFamily.Author), ("AuthorUrlCommercialWords", SignalFamily.Author),
        ("AuthorUrlHyphens", SignalFamily.Author), ("AuthorEmailPresent", SignalFamily.Author),
        ("AuthorNameInText", SignalFamily.Author),
        ("LineCount", SignalFamily.ListShape), ("KeywordLines", SignalFamily.ListShape), ("KeywordLineShare", SignalFamily.ListShape),
        ("CommercialWords", SignalFamily.ListShape), ("CommercialWordShare", SignalFamily.ListShape),
        ("SignaturePhrases", SignalFamily.Signature), ("SignatureSeparators", SignalFamily.Signature),
        ("MixedScriptWords", SignalFamily.Disguise), ("FoldedLetters", SignalFamily.Disguise), ("InvisibleCharacters", SignalFamily.Disguise),
        ("PhoneNumbers", SignalFamily.Contact), ("MessengerWords", SignalFamily.Contact), ("Handles", SignalFamily.Contact),
        ("EmailsInText", SignalFamily.Contact),
        ("Length", SignalFamily.Shape), ("WordCount", SignalFamily.Shape), ("AverageWordLength", SignalFamily.Shape),
        ("UppercaseShare", SignalFamily.Shape), ("DigitShare", SignalFamily.Shape), ("PunctuationShare", SignalFamily.Shape),
        ("Exclamations", SignalFamily.Shape), ("Questions", SignalFamily.Shape), ("Symbols", SignalFamily.Shape),
        ("RepeatedWordShare", SignalFamily.Shape), ("LongestCharacterRun", SignalFamily.Shape),
        ("NonLatinLetterShare", SignalFamily.Shape), ("FirstPersonWords", SignalFamily.Shape), ("SecondPersonWords", SignalFamily.Shape),
        ("GenericWordShare", SignalFamily.Filler), ("ContentWords", SignalFamily.Filler), ("PraiseWords", SignalFamily.Filler),
        ("HasPost", SignalFamily.Relevance), ("PostCosine", SignalFamily.Relevance), ("PostWordShare", SignalFamily.Relevance),
        ("PostLanguageModelRatio", SignalFamily.Relevance), ("CopiedFromPostShare", SignalFamily.Relevance),
        ("PostSharedWords", SignalFamily.Relevance),
        ("SpamTextScore", SignalFamily.Words), ("FillerTextScore", SignalFamily.Words),
    ];

    public static string NameOf(int feature) => Descriptions[feature].Name;

    public static SignalFamily FamilyOf(int feature) => Descriptions[feature].Family;

    public static IReadOnlyList<string> Names { get; } = Descriptions.Select(d => d.Name).ToArray();

    static FeatureLayout()
    {
        if (Descriptions.Length != Count)
        {
            throw new InvalidOperationException("FeatureLayout descriptions are out of step with the feature count.");
        }
    }
}
