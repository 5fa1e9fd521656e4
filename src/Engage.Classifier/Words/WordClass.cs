namespace Engage.Classifier.Words;

/// <summary>What a word is known to be; a word can be several.</summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,
    Stopword = 1,
    Commercial = 2,
    Praise = 4,
    Messenger = 8,
    SignatureNoun = 16,
    SignatureVerb = 32,
    TopLevelDomain = 64,
    FirstPerson = 128,
    SecondPerson = 256,

    /// <summary>A word of technical conversation ("exception", "npm", "regex"), counted by the technical signals.</summary>
    TechnicalTerm = 512,
}
