using System.Diagnostics;

namespace Engage.Classifier.Hosting;

/// <summary>The <see cref="CommentClassifierTelemetry.ActivitySourceName"/> activity source; costs nothing while nobody listens.</summary>
internal static class ClassifierTracing
{
    public static readonly ActivitySource Source = new(CommentClassifierTelemetry.ActivitySourceName, ClassifierMetrics.Version);

    public static Activity? StartClassify(string classifierName)
    {
        Activity? activity = Source.StartActivity("classify", ActivityKind.Internal);
        activity?.SetTag(ClassifierMetrics.NameTag, classifierName);
        return activity;
    }

    public static void Classified(Activity? activity, Verdict verdict)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(ClassifierMetrics.LabelTag, ClassifierMetrics.LabelName(verdict.Label));
            activity.SetTag("engage.classifier.spam_probability", verdict.SpamProbability);
        }
    }

    public static Activity? StartReload(string classifierName, string modelPath)
    {
        Activity? activity = Source.StartActivity("reload model", ActivityKind.Internal);
        activity?.SetTag(ClassifierMetrics.NameTag, classifierName);
        activity?.SetTag("file.path", modelPath);
        return activity;
    }

    public static void ReloadFailed(Activity? activity, Exception error)
    {
        activity?.SetStatus(ActivityStatusCode.Error, error.Message);
        activity?.SetTag(ClassifierMetrics.ErrorTypeTag, error.GetType().FullName);
    }
}
