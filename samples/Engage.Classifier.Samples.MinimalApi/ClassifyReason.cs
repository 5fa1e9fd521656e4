namespace Engage.Classifier.Samples.MinimalApi;

/// <summary>
/// A reason as <c>POST /classify</c> returns it: the library's <see cref="Reason"/> (stable code, English text and the
/// numbers the text shows, docs/reasons.md), except that the payload reason's <c>kinds</c> are names
/// (<c>"link, pitch"</c>) rather than the <see cref="PayloadKinds"/> flags as a number.
/// </summary>
public sealed record ClassifyReason(string Code, string Text, IReadOnlyDictionary<string, object> Values)
{
    /// <summary>Name of the payload reason's value that holds the <see cref="PayloadKinds"/> flags (docs/reasons.md).</summary>
    private const string Kinds = "kinds";

    public static ClassifyReason From(Reason reason) => new(
        reason.Code,
        reason.Text,
        reason.Values.ToDictionary(
            v => v.Key,
            // Boxed as PayloadKinds, the value is written by that enum's own JSON converter: the names Verdict.Payload has.
            v => v.Key == Kinds ? (object)(PayloadKinds)(int)v.Value : v.Value));
}
