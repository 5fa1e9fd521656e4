namespace Engage.Classifier.Hosting;

/// <summary>
/// Names under which the hosted classifier reports metrics and traces, to pass to an OpenTelemetry SDK
/// (<c>metrics.AddMeter(CommentClassifierTelemetry.MeterName)</c>, <c>tracing.AddSource(CommentClassifierTelemetry.ActivitySourceName)</c>)
/// or to <c>dotnet-counters monitor --counters Engage.Classifier</c>.
/// </summary>
/// <remarks>
/// Instruments, named and unit-tagged after the OpenTelemetry semantic conventions; every measurement carries
/// <c>engage.classifier.name</c> (the service key of a keyed registration, <c>default</c> otherwise):
/// <list type="bullet">
/// <item><c>engage.classifier.verdicts</c>: counter, unit <c>{verdict}</c>, tagged <c>engage.classifier.label</c>
/// (<c>genuine</c>, <c>low_relevance</c>, <c>spam</c>): verdicts given through <see cref="ICommentClassifierProvider.Classify(Comment, bool)"/>.</item>
/// <item><c>engage.classifier.classify.duration</c>: histogram, unit <c>s</c>: time to score one comment, reasons included when asked for.</item>
/// <item><c>engage.classifier.model.reloads</c>: counter, unit <c>{reload}</c>: reloads of the model file; a rejected file
/// is counted with <c>error.type</c> set to the exception's type name, so reload failures are the measurements that have it.</item>
/// <item><c>engage.classifier.moderation.actions</c>: counter, unit <c>{action}</c>, tagged <c>engage.classifier.moderation.action</c>
/// (<c>approve</c>, <c>hold</c>, <c>reject</c>: the policy's action, in shadow mode too) and <c>engage.classifier.moderation.shadow</c>
/// (<see langword="true"/> when the action was only observed): actions decided through <see cref="ICommentModerator.Moderate"/>.</item>
/// </list>
/// Activities: <c>classify</c> for each verdict (tags <c>engage.classifier.name</c>, <c>engage.classifier.label</c>,
/// <c>engage.classifier.spam_probability</c>) and <c>reload model</c> for each reload (error status and <c>error.type</c> when rejected).
/// Calls made on <see cref="ICommentClassifierProvider.Current"/> directly are neither counted nor traced.
/// </remarks>
public static class CommentClassifierTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>: <c>Engage.Classifier</c>.</summary>
    public const string MeterName = "Engage.Classifier";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>: <c>Engage.Classifier</c>.</summary>
    public const string ActivitySourceName = "Engage.Classifier";
}
