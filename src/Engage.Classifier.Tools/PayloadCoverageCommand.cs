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

    /// <param name="corpora">Where the corpora are.</param>
    /// <param name="examples">Spam comments without a payload to print per source and label.</param>
    /// <param name="rowsFile">If given, every comment's kinds are written there (source, label, row within that label, kinds, text).</param>
    /// <param name="log">Where the table goes.</param>
    public static void Run(Corpora corpora, int examples, FileInfo? rowsFile, TextWriter log)
    {
        using StreamWriter? rows = rowsFile is null ? null : new StreamWriter(rowsFile.FullName);
        log.WriteLine($"| source | label | comments | any payload | {string.Join(" | ", Kinds)} |");
        log.WriteLine($"|---|---|---:|---:|{string.Concat(Kinds.Select(_ => "---:|"))}");
        var missing = new List<string>();
        var workspace = new FeatureWorkspace();
        foreach (CorpusSource source in DefaultModelRecipe.Sources(corpora))
        {
            foreach (CommentLabel label in Enum.GetValues<CommentLabel>())
            {
                LabeledComment[] labeled = source.Comments.Where(c => c.Label == label).ToArray();
                if (labeled.Length == 0)
                {
                    continue;
                }

                var counts = new int[Kinds.Length];
                int any = 0, shown = 0;
                for (int index = 0; index < labeled.Length; index++)
                {
                    LabeledComment row = labeled[index];
                    CommentFeaturizer.Featurize(row.Comment, workspace);
                    PayloadKinds found = PayloadSignals.KindsOf(workspace.Signals);
                    rows?.WriteLine($"{source.Name}\t{label}\t{index}\t{found}\t{row.Comment.Text.ReplaceLineEndings(" | ").Replace('\t', ' ')}");
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

                log.WriteLine($"| {source.Name} | {label} | {labeled.Length} | {EvaluationMarkdown.P(any / (double)labeled.Length)} | {string.Join(" | ", counts.Select(c => EvaluationMarkdown.P(c / (double)labeled.Length)))} |");
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
