using System.Text.Json;
using System.Text.Json.Nodes;
using Engage.Classifier.Moderation;
using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Cli.Output;

/// <summary>
/// The JSON that <c>--json</c> prints. Property names and labels are snake_case like the CSV columns
/// (<c>genuine</c>, <c>low_relevance</c>, <c>spam</c>); numbers are exact (not rounded as in tables); NaN is written as null.
/// A verdict's reasons come twice: as texts, and with their stable codes and numbers (docs/reasons.md).
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Verdict(ModerationResult moderation, double spamThreshold)
    {
        Verdict verdict = moderation.Verdict;
        var json = new JsonObject
        {
            ["label"] = LabelCodes.Of(verdict.Label),
            ["spam_probability"] = Number(verdict.SpamProbability),
            ["low_relevance_probability"] = Number(verdict.LowRelevanceProbability),
            ["relevance"] = verdict.Relevance is { } relevance ? Number(relevance) : null,
            ["spam_threshold"] = Number(spamThreshold),
            ["payload"] = PayloadNames(verdict.Payload),
            ["reasons"] = Strings(verdict.Reasons),
            ["reason_details"] = new JsonArray(verdict.ReasonDetails.Select(r => (JsonNode?)new JsonObject
            {
                ["code"] = r.Code,
                ["text"] = r.Text,
                ["values"] = new JsonObject(r.Values.Select(v => KeyValuePair.Create(v.Key, ReasonValue(v.Key, v.Value)))),
            }).ToArray()),
            ["action"] = ActionNames.Code(moderation.Action),
            ["action_reasons"] = Strings(moderation.Reasons),
        };
        return json.ToJsonString(Indented);
    }

    /// <summary>
    /// A reason's value as JSON: a number, except the payload reason's kinds (the only value of that name), which are
    /// written by name as <see cref="Verdict.Payload"/> is.
    /// </summary>
    private static JsonNode? ReasonValue(string name, double value) =>
        name == PayloadSignals.KindsValue ? PayloadNames((PayloadKinds)(int)value) : Number(value);

    /// <summary>Payload kinds by their snake_case names, joined by ", " ("link, pitch"; "none"): <see cref="PayloadKinds"/>' own JSON form.</summary>
    private static JsonNode? PayloadNames(PayloadKinds kinds) => JsonSerializer.SerializeToNode(kinds);

    public static string Evaluation(EvaluationReport report, string commentsPath)
    {
        JsonObject json = new() { ["comments_file"] = commentsPath };
        AddMetrics(json, report);
        return json.ToJsonString(Indented);
    }

    /// <summary>What <c>engage train --json</c> prints: the training summary and the held-out report.</summary>
    public static string Training(TrainingReport report, string commentsPath, string modelPath, Input.Corrections? corrections = null)
    {
        JsonObject counts = ByLabel(report.LabelCounts);

        var heldOut = new JsonObject();
        AddMetrics(heldOut, report.HeldOut);
        var json = new JsonObject
        {
            ["comments_file"] = commentsPath,
            ["model_file"] = modelPath,
            ["training_rows"] = report.TrainingRows,
            ["default_corpus_rows"] = report.DefaultCorpusRows,
            ["label_counts"] = counts,
            ["learned_low_relevance"] = report.LearnedLowRelevance,
            ["folds"] = report.Folds,
            ["seed"] = report.Options.Seed,
            ["target_false_positive_rate"] = Number(report.TargetFalsePositiveRate),
            ["spam_threshold"] = Number(report.SpamThreshold),
            ["default_corpus_threshold_floor"] = report.DefaultCorpusThresholdFloor is { } floor ? Number(floor) : null,
            ["held_out"] = heldOut,
            ["held_out_groups"] = Groups(report.Groups),
            ["held_out_spread"] = new JsonObject
            {
                ["accuracy"] = Spread(report.AccuracySpread),
                ["genuine_false_positive_rate"] = Spread(report.FalsePositiveRateSpread),
            },
            ["too_few_groups_for_threshold"] = report.TooFewGroupsForThreshold,
            ["threshold_between_separated_scores"] = report.ThresholdBetweenSeparatedScores,
            ["repeated_across_folds"] = ByLabel(report.RepeatedAcrossFolds),
            ["texts_with_several_labels"] = report.TextsWithSeveralLabels,
        };
        if (corrections is not null)
        {
            json["corrections"] = new JsonObject
            {
                ["read"] = corrections.Count,
                ["used"] = corrections.Used,
                ["changed_labels"] = corrections.ChangedLabels,
                ["weight"] = corrections.Weight,
            };
        }

        return json.ToJsonString(Indented);
    }

    /// <summary>A count for every label, by its code (0 where <paramref name="counts"/> has none).</summary>
    private static JsonObject ByLabel(IReadOnlyDictionary<CommentLabel, int> counts)
    {
        var json = new JsonObject();
        foreach (CommentLabel label in Enum.GetValues<CommentLabel>())
        {
            json[LabelCodes.Of(label)] = counts.GetValueOrDefault(label);
        }

        return json;
    }

    /// <summary>What <c>engage diff --json</c> prints: the counts by direction and every flipped comment.</summary>
    public static string Diff(VerdictFlips flips, string beforeModel, string afterModel, string commentsPath)
    {
        var json = new JsonObject
        {
            ["comments_file"] = commentsPath,
            ["model_before"] = beforeModel,
            ["model_after"] = afterModel,
            ["compared"] = flips.Compared,
            ["flipped"] = flips.Flips.Count,
            ["label_changes"] = new JsonArray(flips.LabelChanges.Select(c => (JsonNode?)Change(LabelCodes.Of(c.Key.Before), LabelCodes.Of(c.Key.After), c.Value)).ToArray()),
            ["action_changes"] = new JsonArray(flips.ActionChanges.Select(c => (JsonNode?)Change(ActionNames.Code(c.Key.Before), ActionNames.Code(c.Key.After), c.Value)).ToArray()),
            ["flips"] = new JsonArray(flips.Flips.Select(f => (JsonNode?)new JsonObject
            {
                ["id"] = f.Id,
                ["label_before"] = LabelCodes.Of(f.Before.Verdict.Label),
                ["label_after"] = LabelCodes.Of(f.After.Verdict.Label),
                ["action_before"] = ActionNames.Code(f.Before.PolicyAction),
                ["action_after"] = ActionNames.Code(f.After.PolicyAction),
                ["spam_probability_before"] = Number(f.Before.Verdict.SpamProbability),
                ["spam_probability_after"] = Number(f.After.Verdict.SpamProbability),
            }).ToArray()),
        };
        return json.ToJsonString(Indented);
    }

    private static JsonObject Change(string from, string to, long count) => new() { ["from"] = from, ["to"] = to, ["count"] = count };

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

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static JsonArray Groups(IReadOnlyList<HeldOutGroup> groups) =>
        [.. groups.Select(g => (JsonNode)new JsonObject
        {
            ["name"] = g.Name,
            ["comments"] = g.Comments,
            ["accuracy"] = Number(g.Accuracy),
            ["genuine_false_positive_rate"] = Number(g.GenuineFalsePositiveRate),
            ["spam_recall"] = Number(g.SpamRecall),
            ["own_spam_threshold"] = Number(g.SpamThreshold),
        })];

    private static JsonObject Spread(Spread spread) => new()
    {
        ["lowest"] = Number(spread.Lowest),
        ["median"] = Number(spread.Median),
        ["highest"] = Number(spread.Highest),
        ["groups"] = spread.Groups,
    };

    /// <summary>
    /// What <c>engage calibrate --json</c> prints: the calibration, before/after on the held-out comments, the saved model
    /// on the same comments (which it was fitted on), and whether calibrating made the held-out comments worse.
    /// </summary>
    public static string Calibration(CalibrationReport report, string commentsPath, string modelPath, string outputPath)
    {
        var before = new JsonObject();
        AddMetrics(before, report.Before);
        var after = new JsonObject();
        AddMetrics(after, report.After);
        var saved = new JsonObject();
        AddMetrics(saved, report.Saved);
        var json = new JsonObject
        {
            ["comments_file"] = commentsPath,
            ["model_file"] = modelPath,
            ["output_file"] = outputPath,
            ["comments"] = report.Calibration.Comments,
            ["fitted_comments"] = report.FittedComments,
            ["held_out_comments"] = report.Before.Count,
            ["target_false_positive_rate"] = Number(report.Calibration.TargetFalsePositiveRate),
            ["spam_threshold_before"] = Number(report.Calibration.PreviousSpamThreshold),
            ["spam_threshold"] = Number(report.SpamThreshold),
            ["calibrated_at"] = report.Calibration.CalibratedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["before"] = before,
            ["after"] = after,
            ["saved"] = saved,
            ["worse_on_held_out"] = report.WorseOnHeldOut,
            ["saved_worse_than_before"] = report.SavedWorseThanBefore,
            ["spam_with_payload"] = report.SpamWithPayload,
            ["probability_refitted"] = report.ProbabilityRefitted,
            ["calls_nothing_spam"] = report.CallsNothingSpam,
            ["threshold_between_separated_scores"] = report.ThresholdBetweenSeparatedScores,
        };
        return json.ToJsonString(Indented);
    }

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
