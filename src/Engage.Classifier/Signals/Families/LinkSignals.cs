using Engage.Classifier.Verdicts;

namespace Engage.Classifier.Signals.Families;

/// <summary>Links in the text and in HTML anchors, their domains, and the shopping words inside them (a link to the post itself is none: <see cref="LinkScan"/>).</summary>
internal sealed class LinkSignals : SignalFamily<LinkSignals.Feature>
{
    internal enum Feature
    {
        LinkCount,
        DistinctDomains,
        BareUrls,
        Anchors,
        LinkTextShare,
        CommercialWordsInLinks,
        ReferenceLinks,
    }

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        LinkCounts bare = input.Links.Bare;
        LinkCounts anchored = input.Links.Anchored;
        int anchors = input.Links.Anchors;
        int length = input.Text.Length;
        values[Feature.LinkCount] = bare.Links + Math.Max(anchored.Links, anchors);
        values[Feature.DistinctDomains] = input.Links.Domains.Length;
        values[Feature.BareUrls] = bare.Links;
        values[Feature.Anchors] = anchors;
        values[Feature.LinkTextShare] = length == 0 ? 0 : Math.Min(1f, (bare.LinkCharacters + input.Links.AnchorTextCharacters) / (float)length);
        values[Feature.CommercialWordsInLinks] = bare.CommercialWords + anchored.CommercialWords;
        values[Feature.ReferenceLinks] = bare.ReferenceLinks + anchored.ReferenceLinks;
    }

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        int links = values.Count(Feature.LinkCount);
        if (links == 0)
        {
            return ReasonText.Of("no_links", "no links");
        }

        int domains = Math.Max(1, values.Count(Feature.DistinctDomains));
        int commercial = values.Count(Feature.CommercialWordsInLinks);
        int reference = values.Count(Feature.ReferenceLinks);
        if (label != CommentLabel.Spam && reference == links)
        {
            return reference == 1
                ? ReasonText.Of("reference_link", "links to a reference site", (ReasonText.Count, 1))
                : ReasonText.Of("reference_link", $"links only to reference sites ({reference})", (ReasonText.Count, reference));
        }

        string text = $"{ReasonText.Plural(links, "link")} to {ReasonText.Plural(domains, "domain")}"
            + (commercial > 0 ? $", {ReasonText.Plural(commercial, "shopping or loan word")} in the links" : string.Empty);
        return ReasonText.Of("links", text, (ReasonText.Count, links), ("domains", domains), ("shopping_words", commercial));
    }
}
