using System.Text.Json;
using System.Text.Json.Nodes;

namespace Engage.Classifier.Cli.Output;

/// <summary>The JSON that <c>--json</c> prints. Property names are snake_case like the CSV columns; NaN is written as null.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Verdict(Verdict verdict, double spamThreshold)
    {
        var json = new JsonObject
        {
            ["label"] = LabelNames.Code(verdict.Label),
            ["spam_probability"] = Number(verdict.SpamProbability),
            ["low_relevance_probability"] = Number(verdict.LowRelevanceProbability),
            ["relevance"] = verdict.Relevance is { } relevance ? Number(relevance) : null,
            ["spam_threshold"] = Number(spamThreshold),
            ["reasons"] = new JsonArray(verdict.Reasons.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
        };
        return json.ToJsonString(Indented);
    }

    public static string Evaluation(EvaluationReport report, string commentsPath)
    {
        var labels = Enum.GetValues<CommentLabel>();
        var matrix = new JsonObject();
        foreach (CommentLabel actual in labels)
        {
            var row = new JsonObject();
            foreach (CommentLabel predicted in labels)
            {
                row[LabelNames.Code(predicted)] = report.ConfusionMatrix[actual, predicted];
            }

            matrix[LabelNames.Code(actual)] = row;
        }

        var json = new JsonObject
        {
            ["comments_file"] = commentsPath,
            ["count"] = report.Count,
            ["thread_count"] = report.ThreadCount,
            ["accuracy"] = Number(report.Accuracy),
            ["spam_precision"] = Number(report.SpamPrecision),
            ["spam_recall"] = Number(report.SpamRecall),
            ["spam_f1"] = Number(report.SpamF1),
            ["auc"] = Number(report.Auc),
            ["genuine_false_positive_rate"] = Number(report.GenuineFalsePositiveRate),
            ["spam_threshold"] = Number(report.SpamThreshold),
            ["confusion_matrix"] = matrix,
            ["thresholds"] = new JsonArray(report.Thresholds.Select(t => (JsonNode?)new JsonObject
            {
                ["threshold"] = Number(t.Threshold),
                ["spam_precision"] = Number(t.SpamPrecision),
                ["spam_recall"] = Number(t.SpamRecall),
                ["genuine_false_positive_rate"] = Number(t.GenuineFalsePositiveRate),
            }).ToArray()),
        };
        return json.ToJsonString(Indented);
    }

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
