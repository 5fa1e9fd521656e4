using Engage.Classifier.Verdicts;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Families;

/// <summary>Contact baits: phone numbers, messenger words, @handles and e-mail addresses in the text.</summary>
internal sealed class ContactSignals : SignalFamily<ContactSignals.Feature>
{
    /// <summary>Fewest digits in a phone number (shorter digit groups are years, prices, quantities).</summary>
    private const int MinPhoneDigits = 9;

    /// <summary>Most digits in a phone number (E.164 allows 15).</summary>
    private const int MaxPhoneDigits = 15;

    /// <summary>Separators allowed in a row inside a phone number ("(0) ", " - ").</summary>
    private const int MaxSeparatorsInARow = 2;

    internal enum Feature
    {
        PhoneNumbers,
        MessengerWords,
        Handles,
        EmailsInText,
    }

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        values[Feature.PhoneNumbers] = PhoneNumbers(input.Text.Text);
        values[Feature.MessengerWords] = input.Words.CountOf(WordClass.Messenger);
        values[Feature.Handles] = input.Links.Bare.Handles;
        values[Feature.EmailsInText] = input.Links.Bare.Emails;
    }

    protected override Reason Describe(FeatureValues<Feature> values, CommentLabel label)
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

        return values.Count(Feature.MessengerWords) > 0 || values.Count(Feature.Handles) > 0
            ? ReasonText.Of("contact_bait", "asks to be contacted by messenger, phone or e-mail")
            : ReasonText.Of("no_contact_bait", "no contact bait");
    }

    /// <summary>Counts phone numbers: 9 to 15 digits in groups joined by single spaces, dashes, dots or brackets.</summary>
    private static int PhoneNumbers(ReadOnlySpan<char> text)
    {
        int phones = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!(char.IsAsciiDigit(c) || c is '+' or '(') || (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            int digits = 0, separatorsInARow = 0;
            int j = i;
            while (j < text.Length)
            {
                char d = text[j];
                if (char.IsAsciiDigit(d))
                {
                    digits++;
                    separatorsInARow = 0;
                }
                else if (d is ' ' or '-' or '.' or '(' or ')' or '+' && separatorsInARow < MaxSeparatorsInARow)
                {
                    separatorsInARow++;
                }
                else
                {
                    break;
                }

                j++;
            }

            if (digits is >= MinPhoneDigits and <= MaxPhoneDigits)
            {
                phones++;
            }

            i = Math.Max(j, i + 1);
        }

        return phones;
    }
}
