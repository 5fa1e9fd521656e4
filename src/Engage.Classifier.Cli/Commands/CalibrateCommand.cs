using System.CommandLine;
using Engage.Classifier.Calibration;
using Engage.Classifier.Cli.Input;
using Engage.Classifier.Cli.Output;

namespace Engage.Classifier.Cli.Commands;

/// <summary>
/// <c>engage calibrate</c>: refits a model's spam probability and threshold on a site's labeled comments
/// (<see cref="CommentClassifier.Calibrate"/>), prints before/after on the held-out latest quarter (tables or
/// <c>--json</c>) and saves the calibrated model.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create(CliContext context)
    {
        var comments = CliOptions.Comments("The site's labeled comments CSV, oldest first (content and label columns); a few hundred, spam and genuine.", required: true);
        var posts = CliOptions.Posts();
        var model = CliOptions.Model();
        var output = new Option<string>("--out") { Description = "Where to save the calibrated model.", HelpName = "site.zip", Required = true };
        CliOptions.NoStandardOutput(output, "a model");
        var targetFpr = CliOptions.TargetFalsePositiveRate("Highest share of the site's genuine comments the new spam threshold may call spam.");
        var json = new Option<bool>("--json") { Description = "Print the calibration and before/after as one JSON object instead of tables." };
        var encoding = CliOptions.Encoding();

        var command = new Command("calibrate", "Calibrate a model to a site without retraining: refit its spam probability and threshold on the site's labeled comments.")
        {
            comments, posts, model, output, targetFpr, json, encoding,
        };
        command.SetAction(parsed => Run(
            context,
            new CalibrateRequest(
                parsed.GetRequiredValue(comments),
                parsed.GetValue(posts),
                parsed.GetValue(model),
                parsed.GetRequiredValue(output),
                parsed.GetValue(targetFpr),
                parsed.GetValue(encoding),
                parsed.GetValue(json))));
        return command;
    }

    private static int Run(CliContext context, CalibrateRequest request)
    {
        OutputPath.Check(request.OutputPath, "--out", "site.zip");
        OutputPath.CheckNotInput(request.OutputPath, "--out", request.CommentsPath, "--comments");
        CommentInputs inputs = CommentInputs.Open(context, request.CommentsPath, request.PostsPath, request.Encoding);
        CommentClassifier classifier = ModelSource.Load(request.ModelPath, threshold: null);
        PostMatch match = inputs.NewMatch();
        LabeledComment[] labeled = inputs.ReadLabeled(match).Select(row => new LabeledComment(row.Record.Comment, row.Label)).ToArray();
        inputs.Report(context, match);

        CalibrationResult result;
        try
        {
            result = classifier.Calibrate(labeled, request.TargetFalsePositiveRate, inputs.Comments.Name);
        }
        catch (ArgumentException ex)
        {
            // The calibration says why the comments cannot calibrate this model (too few, one label only, another label set, ...).
            throw new CliDataException($"Cannot calibrate on '{inputs.Comments.ShownAs}': {ex.Message.Split(" (Parameter")[0]}", ex);
        }

        result.Classifier.Save(request.OutputPath);
        CalibrationReport report = result.Report;
        string modelShown = request.ModelPath ?? "(default model)";
        if (request.Json)
        {
            context.Output.WriteLine(JsonOutput.Calibration(report, inputs.Comments.ShownAs, modelShown, request.OutputPath));
        }
        else
        {
            string chosen = report.CallsNothingSpam
                ? "which calls nothing spam (the warning below says why)"
                : report.ThresholdBetweenSeparatedScores
                    ? "halfway between 0.05 and the spam comments' lowest probability, since no genuine comment scored near them (the warning below says more)"
                    : $"chosen for a genuine false-positive rate of at most {Numbers.Percent(report.Calibration.TargetFalsePositiveRate)}";
            context.Output.WriteLine($"Calibrated {modelShown} on {Numbers.Count(report.Calibration.Comments)} comments of {inputs.Comments.Name}: spam threshold {Numbers.Threshold(report.Calibration.PreviousSpamThreshold)} -> {Numbers.Threshold(report.SpamThreshold)}, {chosen}.");
            context.Output.WriteLine(HeldOutSummary(report));
            context.Output.WriteLine($"The tables compare the given model with the saved one on the same {Numbers.Count(report.Before.Count)} comments; the saved model was calibrated on all {Numbers.Count(report.Calibration.Comments)}, these among them, so its table is not a held-out measure.");
            ReportTables.WriteMetrics(context.Console, report.Before, "Before calibration: the given model");
            ReportTables.WriteMetrics(context.Console, report.Saved, $"After calibration: the saved model, threshold {Numbers.Threshold(report.SpamThreshold)}");
        }

        int spam = labeled.Count(c => c.Label == CommentLabel.Spam);
        if (report.CallsNothingSpam)
        {
            context.Warn(CallsNothingSpamWarning(report, spam));
        }

        if (report.ThresholdBetweenSeparatedScores)
        {
            context.Warn(SeparatedScoresMessage.Of(report.SpamThreshold, "on these comments", "the spam comments' lowest probability", "Label genuine comments of the site that carry links or contacts, so that the threshold rests on them."));
        }

        // Between separated scores the target rate did not set the threshold, so those warnings would blame it wrongly.
        if (report.WorseOnHeldOut && !report.ThresholdBetweenSeparatedScores)
        {
            context.Warn(WorseWarning(report));
        }

        if (report.SavedWorseThanBefore && !report.ThresholdBetweenSeparatedScores)
        {
            context.Warn(SavedWorseWarning(report));
        }

        if (spam < SiteCalibrator.FewSpam)
        {
            context.Warn(FewSpamWarning(spam, labeled.Length));
        }

        // With no spam that carries a payload the first warning has said why nothing could be fitted.
        if (!report.ProbabilityRefitted && report.SpamWithPayload > 0)
        {
            context.Warn("the comments with a payload (links, contacts) were all spam or all not spam, so the spam probability could not be refitted: the model keeps its calibration and only the threshold moved. Add labeled comments with links, both spam and not.");
        }

        context.Error.WriteLine($"Saved the calibrated model to {request.OutputPath}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The held-out check in one sentence that names the comments it was measured on, so that it never reads as a
    /// contradiction of the tables, which show the saved model on the same comments after it was fitted on them too.
    /// </summary>
    internal static string HeldOutSummary(CalibrationReport report) =>
        $"Held-out check on the latest {Numbers.Count(report.Before.Count)} of the {Numbers.Count(report.Calibration.Comments)} comments, calibrating on the {Numbers.Count(report.FittedComments)} before them only (threshold {Numbers.Threshold(report.After.SpamThreshold)}): accuracy {Numbers.Percent(report.Before.Accuracy)} -> {Numbers.Percent(report.After.Accuracy)}, genuine false-positive rate {Numbers.Percent(report.Before.GenuineFalsePositiveRate)} -> {Numbers.Percent(report.After.GenuineFalsePositiveRate)}, spam recall {Numbers.Percent(report.Before.SpamRecall)} -> {Numbers.Percent(report.After.SpamRecall)} on those {Numbers.Count(report.Before.Count)}.";

    /// <summary>
    /// The one plain sentence when the saved model can call nothing spam: what happened, why (the spam comments that carry
    /// a payload, the only ones a threshold can call spam), and what to do. The model is saved all the same.
    /// </summary>
    internal static string CallsNothingSpamWarning(CalibrationReport report, int spam)
    {
        const string Happened = "the saved model will call no comment spam (its spam threshold is 1)";
        return report.SpamWithPayload == 0
            ? $"{Happened}: none of the {Numbers.Count(spam)} spam comments carries a payload (a link, contact, pitch, self-promotion or disguise), which a comment needs before it can be spam, so there was no spam to set a threshold by; label spam comments of the site that carry a link or contact, or keep the model you had."
            : $"{Happened}: no threshold could call any of the {Numbers.Count(report.SpamWithPayload)} spam comments that carry a payload (of {Numbers.Count(spam)} spam) spam while keeping the genuine false-positive rate at or under {Numbers.Percent(report.Calibration.TargetFalsePositiveRate)}, since they score no higher than the genuine comments or below {Numbers.Threshold(Evaluation.Metrics.LowestThreshold)}; label more spam comments of the site that carry a link or contact, or raise --target-fpr, or keep the model you had.";
    }

    /// <summary>The warning when the calibration rests on a handful of spam comments.</summary>
    internal static string FewSpamWarning(int spam, int comments) =>
        $"only {Numbers.Count(spam)} of the {Numbers.Count(comments)} comments are spam (fewer than {SiteCalibrator.FewSpam}): the refitted spam probability and threshold rest on them and can move far, and the spam recall above is barely measured. Label more spam comments of the site, or keep the model you had.";

    /// <summary>The warning when the saved model does worse than the given one even on comments it was fitted on.</summary>
    internal static string SavedWorseWarning(CalibrationReport report) =>
        $"the saved model is less accurate than the one given on the latest {Numbers.Count(report.Before.Count)} comments, although it was calibrated on them too ({Numbers.Percent(report.Before.Accuracy)} -> {Numbers.Percent(report.Saved.Accuracy)}; spam recall {Numbers.Percent(report.Before.SpamRecall)} -> {Numbers.Percent(report.Saved.SpamRecall)} at threshold {Numbers.Threshold(report.SpamThreshold)}): on these comments the target false-positive rate costs that much spam. Keep the model you had, or calibrate on more comments or with a higher --target-fpr.";

    /// <summary>The warning when calibrating lowered accuracy on the comments the held-out check had not seen.</summary>
    internal static string WorseWarning(CalibrationReport report) =>
        $"calibrating made the model less accurate on the latest {Numbers.Count(report.Before.Count)} comments, which the held-out check had not seen ({Numbers.Percent(report.Before.Accuracy)} -> {Numbers.Percent(report.After.Accuracy)}; genuine false-positive rate {Numbers.Percent(report.Before.GenuineFalsePositiveRate)} -> {Numbers.Percent(report.After.GenuineFalsePositiveRate)}, spam recall {Numbers.Percent(report.Before.SpamRecall)} -> {Numbers.Percent(report.After.SpamRecall)}): the saved model may be worse on this site than the one given. Compare them with 'engage evaluate' on comments neither saw before using it.";

    private sealed record CalibrateRequest(string CommentsPath, string? PostsPath, string? ModelPath, string OutputPath, double TargetFalsePositiveRate, System.Text.Encoding? Encoding, bool Json);
}
