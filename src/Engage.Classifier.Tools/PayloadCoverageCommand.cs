using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Tools;

/// <summary>
/// Prints, per source and label, the share of comments that carry each kind of payload. Spam needs a payload, so the
/// share of spam with none is recall the verdict rule gives up; the share of genuine comments with one is how often
/// the model, not the rule, has to tell them apart.
/// </summary>
internal static class PayloadCoverageCommand
{
    private static readonly PayloadKinds[] Kinds = Enum.GetValues<PayloadKinds>().Where(k => k != PayloadKinds.None).ToArray();

    public static void Run(Corpora corpora, int examples, TextWriter log)
    {
        log.WriteLine($"| source | label | comments | any payload | {string.Join(" | ", Kinds)} |");
        log.WriteLine($"|---|---|---:|---:|{string.Concat(Kinds.Select(_ => "---:|"))}");
        var missing = new List<string>();
        var workspace = new FeatureWorkspace();
        foreach (CorpusSource source in DefaultModelRecipe.Sources(corpora))
        {
            foreach (CommentLabel label in Enum.GetValues<CommentLabel>())
            {
                LabeledComment[] rows = source.Comments.Where(c => c.Label == label).ToArray();
                if (rows.Length == 0)
                {
                    continue;
                }

                var counts = new int[Kinds.Length];
                int any = 0, shown = 0;
                foreach (LabeledComment row in rows)
                {
                    CommentFeaturizer.Featurize(row.Comment, workspace);
                    PayloadKinds found = PayloadSignals.KindsOf(workspace.Signals);
                    any += found != PayloadKinds.None ? 1 : 0;
                    for (int k = 0; k < Kinds.Length; k++)
                    {
                        counts[k] += (found & Kinds[k]) != 0 ? 1 : 0;
                    }

                    if (label == CommentLabel.Spam && found == PayloadKinds.None && shown++ < examples)
                    {
                        missing.Add($"{source.Name}: {Shorten(row.Comment.Text)}");
                    }
                }

                log.WriteLine($"| {source.Name} | {label} | {rows.Length} | {EvaluationMarkdown.P(any / (double)rows.Length)} | {string.Join(" | ", counts.Select(c => EvaluationMarkdown.P(c / (double)rows.Length)))} |");
            }
        }

        if (missing.Count > 0)
        {
            log.WriteLine();
            log.WriteLine("Spam with no payload found:");
            missing.ForEach(line => log.WriteLine("  " + line));
        }
    }

    private static string Shorten(string text)
    {
        string line = text.ReplaceLineEndings(" | ");
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
