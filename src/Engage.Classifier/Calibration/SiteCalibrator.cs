using Engage.Classifier.Evaluation;
using Engage.Classifier.ModelFile;
using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.Training;
using Engage.Classifier.Verdicts;

namespace Engage.Classifier.Calibration;

/// <summary>
/// Refits a trained model's spam calibration (Platt, on the spam trees' raw scores) and its spam threshold on a site's
/// labeled comments, without retraining the models: the trees keep their ranking, the probability and the threshold
/// move to the site. The held-out measurement fits on the earlier three quarters of the comments (in the order
/// given, which is time order for most exports) and scores the latest quarter; the returned model is fitted on all.
/// </summary>
internal static class SiteCalibrator
{
    /// <summary>Fewest labeled comments a calibration accepts.</summary>
    public const int MinimumComments = 40;

    /// <summary>
    /// Spam comments below which a calibration is accepted but rests on a handful of them: the refitted probability and
    /// the threshold can move far (on 200 news comments with 1 spam, from 0.783 to 0.141), and spam recall is barely measured.
    /// </summary>
    public const int FewSpam = 10;

    /// <summary>Share of the comments (the latest ones) held out to measure before and after.</summary>
    public const double HeldOutShare = 0.25;

    public static CalibrationResult Calibrate(
        CommentClassifier model, IReadOnlyList<LabeledComment> comments, double targetFalsePositiveRate, string? source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        CalibrationChecks.Usable(model, comments);
        ScoredComment[] scored = Score(model, comments, cancellationToken);
        int heldOut = Math.Max(1, (int)Math.Round(comments.Count * HeldOutShare));
        int fitted = comments.Count - heldOut;

        var models = new MlNetModels(model.TrainingReport?.Options ?? new TrainerOptions());
        LabeledComment[] heldOutComments = comments.Skip(fitted).ToArray();
        (CommentClassifier fittedModel, _) = Calibrated(model, models, scored[..fitted], targetFalsePositiveRate, record: null);
        var record = new SiteCalibration(comments.Count, source, now, targetFalsePositiveRate, model.SpamThreshold);
        (CommentClassifier calibrated, bool separated) = Calibrated(model, models, scored, targetFalsePositiveRate, record);
        var report = new CalibrationReport
        {
            FittedComments = fitted,
            Before = model.Evaluate(heldOutComments, cancellationToken),
            After = fittedModel.Evaluate(heldOutComments, cancellationToken),
            Saved = calibrated.Evaluate(heldOutComments, cancellationToken),
            SpamThreshold = calibrated.SpamThreshold,
            ProbabilityRefitted = CanFitProbability(scored),
            SpamWithPayload = scored.Count(s => s.HasPayload && s.Label == CommentLabel.Spam),
            ThresholdBetweenSeparatedScores = separated,
            Calibration = record,
        };
        return new CalibrationResult(calibrated, report);
    }

    private static (CommentClassifier Model, bool BetweenSeparatedScores) Calibrated(CommentClassifier model, MlNetModels models, ScoredComment[] scored, double target, SiteCalibration? record)
    {
        // Platt needs both outcomes among the comments whose probability is served (those with a payload); a site whose
        // genuine comments never carry one keeps the model's calibration, and only the threshold moves.
        MlNetModels.FittedCalibrator? calibrator = CanFitProbability(scored)
            ? models.FitPlatt(BinaryTasks.SpamCalibration(scored.Select(s => new TaskRow<float>(s.RawScore, s.Label, s.HasPayload, s.Weight))))
            : null;
        PlattCalibration calibration = calibrator?.Calibration ?? model.Scoring.SpamCalibration;
        double[] probabilities = scored.Select(s => VerdictRule.SpamProbability(s.HasPayload, calibration.Probability(s.RawScore))).ToArray();
        CommentLabel[] labels = scored.Select(s => s.Label).ToArray();
        // As in training: scores that separate perfectly leave a span no genuine comment is in, and its top edge sits on
        // the lowest spam score, where the same spam scored a hair lower is let through; the middle of it, in log-odds.
        double chosen = Metrics.ChooseThreshold(labels, probabilities, Resolvable(target, scored));
        double threshold = SeparatedScores.Stored(chosen, SeparatedScores.Separate(labels, probabilities));

        var entries = model.Entries.Where(e => e.Key != ModelArchive.ManifestEntry).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        if (calibrator is not null)
        {
            ScoringModel scoring = model.Scoring.WithSpamCalibration(calibrator.Calibration);
            entries[ModelArchive.ScoringEntry] = ModelArchive.ToBytes(s => ScoringModelSerializer.Write(scoring, s));
            entries[ModelArchive.MlNetFolder + "spam-calibrator.zip"] = ModelArchive.ToBytes(s => models.Save(calibrator.Transformer, calibrator.Schema, s));
        }

        ModelManifest manifest = model.Manifest with { SpamThreshold = threshold, Calibration = record ?? model.Manifest.Calibration };
        byte[] file = ModelArchive.ToBytes(stream => ModelArchive.Write(stream, manifest, entries));
        using var reader = new MemoryStream(file, writable: false);
        return (CommentClassifier.Load(reader), threshold != chosen);
    }

    /// <summary>
    /// The target as the comments can measure it: with fewer genuine comments than 1/target, the only rate at or under
    /// the target is zero, which would put the threshold above every genuine comment's probability (a stricter promise
    /// than asked, paid for in recall); then one genuine comment may be called spam, the smallest rate they can measure.
    /// </summary>
    internal static double Resolvable(double target, IReadOnlyList<ScoredComment> scored)
    {
        int genuine = scored.Count(s => s.Label == CommentLabel.Genuine);
        return genuine == 0 ? target : Math.Max(target, 1.0 / genuine);
    }

    private static bool CanFitProbability(ScoredComment[] scored) =>
        scored.Any(s => s.HasPayload && s.Label == CommentLabel.Spam) && scored.Any(s => s.HasPayload && s.Label != CommentLabel.Spam);

    private static ScoredComment[] Score(CommentClassifier model, IReadOnlyList<LabeledComment> comments, CancellationToken cancellationToken)
    {
        var scored = new ScoredComment[comments.Count];
        for (int i = 0; i < scored.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            LabeledComment comment = comments[i];
            if (string.IsNullOrWhiteSpace(comment.Comment.Text))
            {
                // Served as low relevance with spam probability 0, like a comment without a payload.
                scored[i] = new ScoredComment(0, comment.Label, HasPayload: false, (float)comment.Weight);
                continue;
            }

            ReadOnlySpan<float> features = model.TreeInputOf(comment.Comment, FeatureWorkspace.Current);
            scored[i] = new ScoredComment((float)model.Scoring.SpamTrees.Score(features), comment.Label, PayloadSignals.HasPayload(features), (float)comment.Weight);
        }

        return scored;
    }
}

/// <summary>A comment as calibration sees it: the spam trees' raw score, its label and whether it carries a payload.</summary>
internal readonly record struct ScoredComment(float RawScore, CommentLabel Label, bool HasPayload, float Weight);
