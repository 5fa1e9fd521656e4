namespace Engage.Classifier.Training;

/// <summary>
/// The two binary tasks every model kind learns (text models, trees, calibrators), and the product's rule that spam
/// needs a payload, in one place:
/// <list type="bullet">
/// <item>spam: spam that carries a payload against every comment that is not spam. A comment labeled spam without a
/// payload never reaches this task: it cannot be spam by the rule, so its style must not teach the spam model that
/// style is spam. (Comments without a payload that are not spam may: they only teach what conversation looks like.)
/// The calibrator is fitted on comments with a payload only, the only ones whose probability is served.</item>
/// <item>filler: among comments that are not spam with a payload, filler against genuine conversation. Comments
/// labeled spam that carry no payload (generic praise whose link was stripped, a context-free copy that lost its
/// author link) count as filler: style alone makes low relevance, never spam.</item>
/// </list>
/// Rows carry their training weight (<see cref="LabeledComment.Weight"/>).
/// </summary>
internal static class BinaryTasks
{
    public static bool IsSpamExample(CommentLabel label, bool hasPayload) => hasPayload && label == CommentLabel.Spam;

    public static bool IsFillerExample(CommentLabel label, bool hasPayload) =>
        label == CommentLabel.LowRelevance || (label == CommentLabel.Spam && !hasPayload);

    public static IEnumerable<(T Row, bool Label, float Weight)> Spam<T>(IEnumerable<TaskRow<T>> rows) =>
        rows.Where(r => r.HasPayload || r.Label != CommentLabel.Spam).Select(r => (r.Row, r.Label == CommentLabel.Spam, r.Weight));

    /// <summary>The spam calibrator's rows: comments with a payload (a comment without one is served a probability of 0).</summary>
    public static IEnumerable<(T Row, bool Label, float Weight)> SpamCalibration<T>(IEnumerable<TaskRow<T>> rows) =>
        rows.Where(r => r.HasPayload).Select(r => (r.Row, r.Label == CommentLabel.Spam, r.Weight));

    public static IEnumerable<(T Row, bool Label, float Weight)> Filler<T>(IEnumerable<TaskRow<T>> rows) =>
        rows.Where(r => !IsSpamExample(r.Label, r.HasPayload)).Select(r => (r.Row, IsFillerExample(r.Label, r.HasPayload), r.Weight));
}

/// <summary>One training row as the tasks see it.</summary>
/// <typeparam name="T">What the model reads: a featurized comment, a tree input, a raw score.</typeparam>
/// <param name="Row">The input.</param>
/// <param name="Label">The comment's true label.</param>
/// <param name="HasPayload">Whether the comment carries a payload (<see cref="PayloadKinds"/>).</param>
/// <param name="Weight">Its training weight.</param>
internal readonly record struct TaskRow<T>(T Row, CommentLabel Label, bool HasPayload, float Weight);
