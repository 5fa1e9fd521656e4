using Engage.Classifier.Signals.Payload;
using Engage.Classifier.Verdicts;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Families;

/// <summary>
/// The comment's payload: what it tries to get (<see cref="PayloadKinds"/>). The verdict rule reads
/// <see cref="Feature.Kinds"/>: without a payload a comment is never spam. The counts are features for the trees,
/// which decide among comments that carry one.
/// </summary>
internal sealed class PayloadSignals : SignalFamily<PayloadSignals.Feature>
{
    /// <summary>Shopping words that make an author name a keyword name whatever else it holds.</summary>
    private const int KeywordNameWords = 2;

    /// <summary>
    /// The payload reason's value that holds the <see cref="PayloadKinds"/> flags as a number (docs/reasons.md); no other
    /// reason has a value of this name.
    /// </summary>
    internal const string KindsValue = "kinds";

    /// <summary>Where the kinds bit set is stored in the feature vector (read by the verdict rule).</summary>
    public static readonly int KindsIndex = FeatureLayout.IndexOf(Feature.Kinds);

    internal enum Feature
    {
        /// <summary>The <see cref="PayloadKinds"/> present, as a bit set (0: none).</summary>
        Kinds,
        KindCount,
        Links,
        AuthorLink,
        Contacts,
        PitchWords,
        SelfPromotions,
        DisguiseSigns,
        KeywordAnchor,
    }

    /// <summary>The kinds a featurized comment carries, read from its features.</summary>
    public static PayloadKinds KindsOf(ReadOnlySpan<float> features) => (PayloadKinds)(int)features[KindsIndex];

    /// <summary>Whether a featurized comment carries any payload: what the verdict rule asks before anything can be spam.</summary>
    public static bool HasPayload(ReadOnlySpan<float> features) => KindsOf(features) != PayloadKinds.None;

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        ReadOnlySpan<char> text = input.Text.Text;
        PayloadWordScan.Result words = PayloadWordScan.Scan(input.Words, input.Prose);
        int links = input.Links.Bare.Links + Math.Max(input.Links.Anchored.Links, input.Links.Anchors) + Evasion.DisguisedLinks(input.Words, input.Prose);
        int contacts = input.Links.Bare.Emails + PhoneNumbers.Count(text) + words.ContactPhrases + words.Messengers;
        int promotions = words.SelfPromotions + words.PromotedMentions + SignatureSignals.Phrases(input.Words);
        int disguise = input.Text.MixedScriptWords + input.Text.FoldedLetters + input.Text.InvisibleCharacters + Evasion.SpacedOutWords(input.Words, input.Prose);
        bool anchor = KeywordAnchor.IsPresent(text);
        bool author = HasAuthorPayload(input.Author);

        PayloadKinds kinds = PayloadKinds.None;
        kinds |= links > 0 ? PayloadKinds.Link : 0;
        kinds |= author ? PayloadKinds.AuthorLink : 0;
        kinds |= contacts > 0 ? PayloadKinds.Contact : 0;
        kinds |= words.IsPitch ? PayloadKinds.Pitch : 0;
        kinds |= promotions > 0 ? PayloadKinds.SelfPromotion : 0;
        kinds |= disguise > 0 ? PayloadKinds.Disguise : 0;
        kinds |= anchor ? PayloadKinds.KeywordAnchor : 0;

        values[Feature.Kinds] = (int)kinds;
        values[Feature.KindCount] = System.Numerics.BitOperations.PopCount((uint)kinds);
        values[Feature.Links] = links;
        values[Feature.AuthorLink] = author ? 1 : 0;
        values[Feature.Contacts] = contacts;
        values[Feature.PitchWords] = words.IsPitch ? words.PitchWords + words.MoneyAmounts + words.PitchPhrases : 0;
        values[Feature.SelfPromotions] = promotions;
        values[Feature.DisguiseSigns] = disguise;
        values[Feature.KeywordAnchor] = anchor ? 1 : 0;
    }

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        var kinds = (PayloadKinds)(int)values[Feature.Kinds];
        if (kinds == PayloadKinds.None)
        {
            return ReasonText.Of("no_payload", "no payload (no link elsewhere, contact, pitch, self-promotion or disguise)");
        }

        var parts = new List<string>(4);
        // Each kind is named, never counted: the link family owns the link count ("3 links to 2 domains"), and this
        // family's count also holds disguised and footnote links, so "carries 2 links; 1 link to 1 domain" said one fact twice.
        Add(PayloadKinds.Link, "a link");
        Add(PayloadKinds.AuthorLink, "a link in the author fields");
        Add(PayloadKinds.Contact, "a contact bait");
        Add(PayloadKinds.Pitch, "a sales or money pitch");
        Add(PayloadKinds.SelfPromotion, "self-promotion");
        Add(PayloadKinds.Disguise, "disguised letters");
        Add(PayloadKinds.KeywordAnchor, "a trailing keyword anchor");
        return ReasonText.Of("payload", "carries " + string.Join(", ", parts), (KindsValue, (int)kinds));

        void Add(PayloadKinds kind, string text)
        {
            if ((kinds & kind) != 0)
            {
                parts.Add(text);
            }
        }
    }

    /// <summary>
    /// A website given, a name that is or holds a link, or a keyword name: two or more shopping words ("cheap essay
    /// help"), or a name made only of them ("Casino"). One shopping word among others is a person's name that happens
    /// to share it ("Minji Seo"), not a payload.
    /// </summary>
    private static bool HasAuthorPayload(AuthorFields author)
    {
        if (!string.IsNullOrWhiteSpace(author.Url) || author.NameHasLink)
        {
            return true;
        }

        ReadOnlySpan<WordClass> classes = author.NameWords.Classes;
        int commercial = 0;
        foreach (WordClass wordClass in classes)
        {
            if ((wordClass & WordClass.Commercial) != 0)
            {
                commercial++;
            }
        }

        return commercial >= KeywordNameWords || (commercial > 0 && commercial == classes.Length);
    }
}
