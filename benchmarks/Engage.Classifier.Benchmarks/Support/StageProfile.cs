using System.Collections.Immutable;
using System.Diagnostics;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Payload;
using Engage.Classifier.Text;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.Benchmarks.Support;

/// <summary>
/// <c>stages [Short,Medium,Long] [calls] [only]</c>: where a verdict's time goes, stage by stage, for the sample comments
/// without a post, with the embedded default model: each stage is run alone in a warm Stopwatch loop (default 200,000
/// calls) on the state the stages before it left, and its mean time and bytes allocated per call are printed.
/// Stages of one comment repeat the same path through the trees, so the trees run faster here than on varied
/// comments; the whole-file script measures those. A profile, not a benchmark: compare rows within one run. With
/// <c>only</c>, just the stages whose name contains it run (so <c>perf stat</c> can count one stage's instructions and
/// branch misses, which a shared machine does not disturb as it does time).
/// </summary>
internal static class StageProfile
{
    public const string Command = "stages";

    private const int WarmUpCalls = 20_000;

    public static int Run(string[] args)
    {
        CommentLength[] lengths = args.Length > 1 ? [.. args[1].Split(',').Select(Enum.Parse<CommentLength>)] : [CommentLength.Short, CommentLength.Medium];
        int calls = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
        string? only = args.Length > 3 ? args[3] : null;
        CommentClassifier classifier = CommentClassifier.LoadDefault();
        foreach (CommentLength length in lengths)
        {
            var comment = new Comment(SampleTexts.CommentText(length));
            Console.WriteLine($"{length} comment ({comment.Text.Length} characters), no post: mean per call, bytes allocated per call");
            Profile(classifier, comment, calls, only);
        }

        return 0;
    }

    private static void Profile(CommentClassifier classifier, Comment comment, int calls, string? only)
    {
        FeatureWorkspace workspace = FeatureWorkspace.Current;
        CommentFeaturizer.Featurize(comment, workspace); // the state each stage reads, also when only some run
        Time("Classify, no reasons", () => classifier.Classify(comment, includeReasons: false));
        Time("Classify, with reasons", () => classifier.Classify(comment, includeReasons: true));
        Time("featurizing, all stages", () => CommentFeaturizer.Featurize(comment, workspace));
        Time("  normalizing", () => TextNormalizer.Normalize(comment.Text, workspace.Text));
        Time("  links", () => workspace.Links.Run(workspace.Text, null));
        Time("  word pass", () => workspace.Words.Run(workspace.Links.Mask(workspace.Text.Text)));
        Time("  author fields", () => workspace.Author.Read(comment));
        ImmutableArray<ISignalFamily> families = FeatureLayout.Families;
        ImmutableArray<FeatureRange> groups = FeatureLayout.Groups;
        for (int f = 0; f < families.Length; f++)
        {
            int family = f;
            Time("  " + families[family].GetType().Name, () =>
            {
                ReadOnlySpan<char> prose = workspace.Links.Mask(workspace.Text.Text);
                var input = new SignalInput(workspace.Text, prose, workspace.Words, workspace.Links, workspace.Author, null, workspace.Scratch, workspace.Meaning, null);
                families[family].Compute(input, workspace.Signals.Slice(groups[family].Start, groups[family].Length));
            });
        }

        string text = workspace.Text.Text.ToString();
        string prose = workspace.Links.Mask(workspace.Text.Text).ToString();
        Time("    payload: word scan", () => PayloadWordScan.Scan(workspace.Words, prose));
        Time("    payload: keyword anchor", () => KeywordAnchor.IsPresent(text));
        Time("    payload and contact: phone numbers", () => PhoneNumbers.Count(text));
        Time("  hashed n-grams", () => HashedGrams.Emit(workspace.Words, workspace.Author.NameWords, workspace.Links.Mask(workspace.Text.Text), workspace.Links.Domains, workspace.Grams));
        Time("text models", () => classifier.Scoring.Text.Score(workspace.Grams.Buckets));
        float[] features = classifier.TreeInputOf(comment, workspace).ToArray();
        Time("spam trees", () => classifier.Scoring.SpamTrees.Score(features));
        if (classifier.Scoring.FillerTrees is { } filler)
        {
            Time("filler trees", () => filler.Score(features));
        }

        void Time(string stage, Action call)
        {
            if (only is not null && !stage.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            for (int i = 0; i < WarmUpCalls; i++)
            {
                call();
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < calls; i++)
            {
                call();
            }

            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Console.WriteLine($"  {stage,-42} {elapsed.TotalMicroseconds / calls,9:F3} us {allocated / (double)calls,8:F1} B");
        }
    }
}
