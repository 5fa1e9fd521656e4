using System.Text.Json;
using System.Text.Json.Nodes;

namespace Engage.Classifier.Cli.Output;

/// <summary>
/// The JSON that <c>--json</c> prints. Property names and labels are snake_case like the CSV columns
/// (<c>genuine</c>, <c>low_relevance</c>, <c>spam</c>); numbers are exact (not rounded as in tables); NaN is written as null.
/// A verdict's reasons come twice: as texts, and with their stable codes and numbers (docs/reasons.md).
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Verdict(Verdict verdict, double spamThreshold)
    {
        var json = new JsonObject
        {
            ["label"] = LabelCodes.Of(verdict.Label),
            ["spam_probability"] = Number(verdict.SpamProbability),
            ["low_relevance_probability"] = Number(verdict.LowRelevanceProbability),
            ["relevance"] = verdict.Relevance is { } relevance ? Number(relevance) : null,
            ["spam_threshold"] = Number(spamThreshold),
            ["reasons"] = new JsonArray(verdict.Reasons.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
            ["reason_details"] = new JsonArray(verdict.ReasonDetails.Select(r => (JsonNode?)new JsonObject
            {
                ["code"] = r.Code,
                ["text"] = r.Text,
                ["values"] = new JsonObject(r.Values.Select(v => KeyValuePair.Create(v.Key, Number(v.Value)))),
            }).ToArray()),
        };
        return json.ToJsonString(Indented);
    }

    public static string Evaluation(EvaluationReport report, string commentsPath)
    {
        JsonObject json = new() { ["comments_file"] = commentsPath };
        AddMetrics(json, report);
        return json.ToJsonString(Indented);
    }

    /// <summary>What <c>engage train --json</c> prints: the training summary and the held-out report.</summary>
    public static string Training(TrainingReport report, string commentsPath, string modelPath)
    {
        var counts = new JsonObject();
        foreach (CommentLabel label in Enum.GetValues<CommentLabel>())
        {
            counts[LabelCodes.Of(label)] = report.LabelCounts.GetValueOrDefault(label);
        }

        var heldOut = new JsonObject();
        AddMetrics(heldOut, report.HeldOut);
        var json = new JsonObject
        {
            ["comments_file"] = commentsPath,
            ["model_file"] = modelPath,
            ["training_rows"] = report.TrainingRows,
            ["label_counts"] = counts,
            ["learned_low_relevance"] = report.LearnedLowRelevance,
            ["folds"] = report.Folds,
            ["seed"] = report.Options.Seed,
            ["target_false_positive_rate"] = Number(report.TargetFalsePositiveRate),
            ["spam_threshold"] = Number(report.SpamThreshold),
            ["held_out"] = heldOut,
        };
        return json.ToJsonString(Indented);
    }

    private static void AddMetrics(JsonObject json, EvaluationReport report)
    {
        var labels = Enum.GetValues<CommentLabel>();
        var matrix = new JsonObject();
        foreach (CommentLabel actual in labels)
        {
            var row = new JsonObject();
            foreach (CommentLabel predicted in labels)
            {
                row[LabelCodes.Of(predicted)] = report.ConfusionMatrix[actual, predicted];
            }

            matrix[LabelCodes.Of(actual)] = row;
        }

        json["count"] = report.Count;
        json["thread_count"] = report.ThreadCount;
        json["accuracy"] = Number(report.Accuracy);
        json["spam_precision"] = Number(report.SpamPrecision);
        json["spam_recall"] = Number(report.SpamRecall);
        json["spam_f1"] = Number(report.SpamF1);
        json["auc"] = Number(report.Auc);
        json["genuine_false_positive_rate"] = Number(report.GenuineFalsePositiveRate);
        json["spam_threshold"] = Number(report.SpamThreshold);
        json["confusion_matrix"] = matrix;
        json["thresholds"] = new JsonArray(report.Thresholds.Select(t => (JsonNode?)new JsonObject
        {
            ["threshold"] = Number(t.Threshold),
            ["spam_precision"] = Number(t.SpamPrecision),
            ["spam_recall"] = Number(t.SpamRecall),
            ["genuine_false_positive_rate"] = Number(t.GenuineFalsePositiveRate),
        }).ToArray());
    }

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
