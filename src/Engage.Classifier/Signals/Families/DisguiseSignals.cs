using Engage.Classifier.Verdicts;

namespace Engage.Classifier.Signals.Families;

/// <summary>Letters disguised to slip past filters, as normalization counted them: look-alikes and invisible characters.</summary>
internal sealed class DisguiseSignals : SignalFamily<DisguiseSignals.Feature>
{
    internal enum Feature
    {
        MixedScriptWords,
        FoldedLetters,
        InvisibleCharacters,
    }

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        values[Feature.MixedScriptWords] = input.Text.MixedScriptWords;
        values[Feature.FoldedLetters] = input.Text.FoldedLetters;
        values[Feature.InvisibleCharacters] = input.Text.InvisibleCharacters;
    }

    protected override string Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        if (values.Count(Feature.MixedScriptWords) > 0)
        {
            return $"{ReasonText.Plural(values.Count(Feature.MixedScriptWords), "word")} mix Latin with Cyrillic or Greek letters";
        }

        if (values.Count(Feature.FoldedLetters) > 0)
        {
            return $"{ReasonText.Plural(values.Count(Feature.FoldedLetters), "look-alike letter")} from other scripts";
        }

        return values.Count(Feature.InvisibleCharacters) > 0
            ? ReasonText.Plural(values.Count(Feature.InvisibleCharacters), "invisible character")
            : "no disguised letters";
    }
}
