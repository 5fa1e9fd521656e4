namespace Engage.Classifier.Words;

/// <summary>What <see cref="KnownWords"/> holds for one word.</summary>
/// <param name="Class">Its classes in <see cref="Lexicons"/>.</param>
/// <param name="Payload">Its kind and roles in <see cref="PayloadLexicon"/>.</param>
internal readonly record struct WordFacts(WordClass Class, PayloadFacts Payload);
