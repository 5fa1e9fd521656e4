using System.Text.Json.Serialization;

namespace Engage.Classifier;

/// <summary>
/// What a comment tries to get from its readers or from search engines: the kinds of payload it carries
/// (<see cref="Verdict.Payload"/>). The product's rule is that spam needs a payload: a comment without one is never
/// called spam, whatever its style. A payload alone does not make spam either: genuine comments link to
/// documentation and give their website.
/// </summary>
/// <remarks>
/// In JSON (System.Text.Json) the kinds are one string of snake_case names joined by <c>", "</c>, for example
/// <c>"link, pitch"</c>, and <c>"none"</c> for no payload.
/// </remarks>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<PayloadKinds>))]
public enum PayloadKinds
{
    /// <summary>No payload: the comment cannot be called spam.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>A link in the text: a URL, a bare domain (also split, "site . com", "W W W. SITE. COM", "youtu be/x1"), an HTML, BBCode or Markdown link.</summary>
    [JsonStringEnumMemberName("link")]
    Link = 1,

    /// <summary>A link in the author fields: a website given, or a name that is a link or an HTML anchor, or a keyword name (two or more shopping words, or only shopping words).</summary>
    [JsonStringEnumMemberName("author_link")]
    AuthorLink = 2,

    /// <summary>A way to be contacted: a phone number, an e-mail address, a messenger app, "dm me", "your e-mail".</summary>
    [JsonStringEnumMemberName("contact")]
    Contact = 4,

    /// <summary>A commercial or scam pitch: money with earning words, several shopping or investment words, "make money", a handle named after a pitch.</summary>
    [JsonStringEnumMemberName("pitch")]
    Pitch = 8,

    /// <summary>
    /// Promotion of the writer's own channel, page or account: "check out my channel", "subscribe", "like &amp; share", "my
    /// webpage ::", a promoted @handle, a creator's claim ("I'm a new youtuber", "I made a gaming channel").
    /// </summary>
    [JsonStringEnumMemberName("self_promotion")]
    SelfPromotion = 16,

    /// <summary>Disguised text: look-alike letters from other scripts, invisible characters, s p a c e d words.</summary>
    [JsonStringEnumMemberName("disguise")]
    Disguise = 32,

    /// <summary>A trailing keyword phrase with a shopping or service word, left of an anchor whose link was stripped.</summary>
    [JsonStringEnumMemberName("keyword_anchor")]
    KeywordAnchor = 64,
}
