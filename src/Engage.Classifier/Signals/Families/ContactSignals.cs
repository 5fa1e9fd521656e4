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

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        int phones = values.Count(Feature.PhoneNumbers);
        if (phones > 0)
        {
            return ReasonText.Of("phone_numbers", ReasonText.Plural(phones, "phone number"), (ReasonText.Count, phones));
        }

        int emails = values.Count(Feature.EmailsInText);
        if (emails > 0)
        {
            return ReasonText.Of("emails_in_text", $"{ReasonText.Plural(emails, "e-mail address", "e-mail addresses")} in the text", (ReasonText.Count, emails));
        }

        if (label == CommentLabel.Genuine)
        {
            // Toward genuine, an @name is someone replied to, not a contact bait.
            return values.Count(Feature.Handles) > 0 ? ReasonText.Of("replies_by_name", "replies to someone by name") : ReasonText.Of("no_contact_bait", "no contact bait");
        }

        if (values.Count(Feature.MessengerWords) > 0)
        {
            return ReasonText.Of("contact_bait", "asks to be contacted by messenger, phone or e-mail");
        }

        int handles = values.Count(Feature.Handles);
        return handles > 0
            ? ReasonText.Of("mentions_accounts", $"mentions other accounts ({ReasonText.Plural(handles, "@name")})", (ReasonText.Count, handles))
            : ReasonText.Of("no_contact_bait", "no contact bait");
    }
}
