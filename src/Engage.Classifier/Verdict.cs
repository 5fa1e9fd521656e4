using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace Engage.Classifier;

/// <summary>What the classifier says about one comment.</summary>
/// <remarks>
/// In JSON (System.Text.Json) a verdict has the same shape whatever the serializer's property naming policy, so that
/// an API returning it has one contract (only a <see cref="System.Text.Json.JsonSerializerOptions.DictionaryKeyPolicy"/>
/// would rename the keys of <see cref="Reason.Values"/>): <c>{"label":"spam","spamProbability":0.998,"lowRelevanceProbability":0.01,"relevance":null,
/// "reasons":["4 links to 3 domains"],"reasonDetails":[{"code":"links","text":"4 links to 3 domains",
/// "values":{"count":4,"domains":3,"shopping_words":0}}],"isSpam":true}</c>. The label is written as in
/// <see cref="CommentLabel"/>.
/// </remarks>
/// <param name="Label">The verdict.</param>
/// <param name="SpamProbability">Calibrated probability (0..1) that the comment is spam; 0 for a comment without a payload (<see cref="Payload"/>), which is never spam.</param>
/// <param name="LowRelevanceProbability">Probability (0..1) that a comment that is not spam is filler rather than conversation; 0 when the model was trained without low-relevance examples.</param>
/// <param name="Relevance">How much the comment talks about its post, 0 (no word in common and unrelated in meaning) to 1: the words it shares with the post (a cosine of word stems) and how close it is in meaning (a cosine of static embeddings distilled from all-MiniLM-L6-v2), weighted 2.5 to 1 and read through a logistic curve (see docs/semantics.md), so that a comment about the post in its own words scores about 0.6 to 0.9 and one about something else about 0.1 to 0.4; the words alone when the comment is mostly in a script other than Latin or has too few content words for its meaning to be read; <see langword="null"/> when the post is unknown.</param>
/// <param name="Reasons">Short human-readable reasons in English, strongest first, taken from what moved the score; empty when reasons were not requested. The same reasons with their codes and numbers are in <see cref="ReasonDetails"/>.</param>
public sealed record Verdict(
    [property: JsonPropertyName("label")] CommentLabel Label,
    [property: JsonPropertyName("spamProbability")] double SpamProbability,
    [property: JsonPropertyName("lowRelevanceProbability")] double LowRelevanceProbability,
    [property: JsonPropertyName("relevance")] double? Relevance,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons)
{
    /// <summary>What the comment tries to get: links, a link in the author fields, contact, pitch, self-promotion, disguise, a keyword anchor.</summary>
    /// <value><see cref="PayloadKinds.None"/> when it carries none, and then it is never spam.</value>
    [JsonPropertyName("payload")]
    public PayloadKinds Payload { get; init; }

    /// <summary>
    /// The reasons as structured values: the same reasons as <see cref="Reasons"/>, in the same order, each with a stable
    /// code and its numbers, for apps that filter or translate them.
    /// </summary>
    /// <value>Empty when reasons were not requested, or when the verdict was made with text reasons only.</value>
    [JsonPropertyName("reasonDetails")]
    public IReadOnlyList<Reason> ReasonDetails { get; init; } = [];

    /// <summary><see langword="true"/> when <see cref="Label"/> is <see cref="CommentLabel.Spam"/>.</summary>
    [JsonPropertyName("isSpam")]
    public bool IsSpam => Label == CommentLabel.Spam;

    /// <summary>
    /// The verdict on one line, for logs and the debugger:
    /// <c>Spam (spam probability 0.998, low-relevance probability 0.010, relevance n/a): 4 links to 3 domains; wording resembles known spam</c>.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(Label)
            .Append(CultureInfo.InvariantCulture, $" (spam probability {SpamProbability:0.000}, low-relevance probability {LowRelevanceProbability:0.000}, relevance ")
            .Append(Relevance is { } relevance ? relevance.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")
            .Append(')');
        if (Reasons.Count > 0)
        {
            text.Append(": ").AppendJoin("; ", Reasons);
        }

        return text.ToString();
    }

    /// <summary>A verdict with its reasons, texts and details from the same list, and its payload (made in one allocation).</summary>
    internal static Verdict Explained(CommentLabel label, double spamProbability, double lowRelevanceProbability, double? relevance, IReadOnlyList<Reason> reasons, PayloadKinds payload = PayloadKinds.None)
    {
        var texts = reasons.Count == 0 ? [] : new string[reasons.Count];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = reasons[i].Text;
        }

        return new(label, spamProbability, lowRelevanceProbability, relevance, texts) { ReasonDetails = reasons, Payload = payload };
    }
}
