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

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        int mixed = values.Count(Feature.MixedScriptWords);
        if (mixed > 0)
        {
            return ReasonText.Of("mixed_script_words", $"{ReasonText.Plural(mixed, "word")} mix Latin with Cyrillic or Greek letters", (ReasonText.Count, mixed));
        }

        int folded = values.Count(Feature.FoldedLetters);
        if (folded > 0)
        {
            return ReasonText.Of("look_alike_letters", $"{ReasonText.Plural(folded, "look-alike letter")} from other scripts", (ReasonText.Count, folded));
        }

        int invisible = values.Count(Feature.InvisibleCharacters);
        return invisible > 0
            ? ReasonText.Of("invisible_characters", ReasonText.Plural(invisible, "invisible character"), (ReasonText.Count, invisible))
            : ReasonText.Of("no_disguise", "no disguised letters");
    }
}
