using Engage.Classifier.Verdicts;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Families;

/// <summary>Contact baits: phone numbers, messenger words, @handles and e-mail addresses in the text.</summary>
internal sealed class ContactSignals : SignalFamily<ContactSignals.Feature>
{
    internal enum Feature
    {
        PhoneNumbers,
        MessengerWords,
        Handles,
        EmailsInText,
    }

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        values[Feature.PhoneNumbers] = PhoneNumbers.Count(input.Text.Text);
        values[Feature.MessengerWords] = input.Words.CountOf(WordClass.Messenger);
        values[Feature.Handles] = input.Links.Bare.Handles;
        values[Feature.EmailsInText] = input.Links.Bare.Emails;
    }

    protected override string Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        if (values.Count(Feature.PhoneNumbers) > 0)
        {
            return ReasonText.Plural(values.Count(Feature.PhoneNumbers), "phone number");
        }

        if (values.Count(Feature.EmailsInText) > 0)
        {
            return $"{ReasonText.Plural(values.Count(Feature.EmailsInText), "e-mail address", "e-mail addresses")} in the text";
        }

        if (label == CommentLabel.Genuine)
        {
            // Toward genuine, an @name is someone replied to, not a contact bait.
            return values.Count(Feature.Handles) > 0 ? "replies to someone by name" : "no contact bait";
        }

        if (values.Count(Feature.MessengerWords) > 0)
        {
            return "asks to be contacted by messenger, phone or e-mail";
        }

        return values.Count(Feature.Handles) > 0 ? $"mentions other accounts ({ReasonText.Plural(values.Count(Feature.Handles), "@name")})" : "no contact bait";
    }
}
