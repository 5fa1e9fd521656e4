namespace Engage.Classifier.Words;

/// <summary>Everything <see cref="PayloadLexicon"/> knows of one word, from one lookup.</summary>
/// <param name="Kind">What the word can be in a payload.</param>
/// <param name="Roles">What it does in the lexicon's phrases.</param>
internal readonly record struct PayloadFacts(PayloadWord Kind, PayloadRole Roles)
{
    public bool Has(PayloadRole role) => (Roles & role) != 0;

    public bool Is(PayloadWord kind) => (Kind & kind) != 0;

    /// <summary>Whether the lexicon knows the word at all (most words it does not).</summary>
    public bool IsKnown => Kind != PayloadWord.None || Roles != PayloadRole.None;
}
