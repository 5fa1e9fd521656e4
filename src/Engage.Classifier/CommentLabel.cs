using System.Text.Json.Serialization;

namespace Engage.Classifier;

/// <summary>The three verdicts a comment can get.</summary>
/// <remarks>
/// In JSON (System.Text.Json) a label is a string: <c>"genuine"</c>, <c>"low_relevance"</c> or <c>"spam"</c>, the names
/// the CSV files and the <c>engage</c> tool use, as values and as dictionary keys alike (an enum converter added to the
/// serializer options takes precedence, as it does for any type). Reading takes the same names (case-sensitive) and,
/// for data written as numbers, 0, 1 and 2.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CommentLabel>))]
public enum CommentLabel
{
    /// <summary>Conversation: the comment talks with the post or with other commenters.</summary>
    [JsonStringEnumMemberName("genuine")]
    Genuine = 0,

    /// <summary>Filler that is not spam: generic praise, "first!", emoji only, copies, off-topic chatter.</summary>
    [JsonStringEnumMemberName("low_relevance")]
    LowRelevance = 1,

    /// <summary>Advertising, link drops, SEO, contact baits and other unsolicited promotion.</summary>
    [JsonStringEnumMemberName("spam")]
    Spam = 2,
}
