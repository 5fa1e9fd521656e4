namespace Engage.Classifier.Tools;

/// <summary>
/// The "Training on top of the default corpus" section of data/EVALUATION.md: for each YouTube video and each public
/// comment corpus with both labels (<see cref="CalibrationCommand.Sources"/>), trained on its first half in file order (time
/// order) and scored on its second half, four ways: (a) the shipped default model, (a') the default recipe trained with
/// that corpus left out, (b) trained on the first half alone, (c) the first half plus the default corpus
/// (<see cref="TrainerOptions.WithDefaultCorpus"/>).
/// </summary>
internal static class DefaultCorpusCommand
{
    public const string Command = "nice dotnet run -c Release --project src/Engage.Classifier.Tools -- with-default-corpus";

    public static string Section(Corpora corpora, TextWriter log)
    {
        CommentClassifier shipped = CommentClassifier.LoadDefault();
        IReadOnlyList<CorpusSource> recipeSources = DefaultModelRecipe.Sources(corpora);
        var leftOutModels = new Dictionary<string, CommentClassifier>(StringComparer.Ordinal);
        var md = new EvaluationMarkdown();
        md.Line("## Training on top of the default corpus");
        md.Line();
        md.Line("Each YouTube video and each public comment corpus with both labels, trained on its first half in file order (time order) and");
        md.Line("scored on its second half: (a) the shipped default model, which was trained on these corpora (other rows of them: not held out);");
        md.Line("(a') the default recipe trained with that corpus left out (for a video: all of YouTube); (b) `engage train` on the first half");
        md.Line("alone; (c) the first half plus the default corpus (`--with-default-corpus`: data/, the team's invented blog comments, the only");
        md.Line("corpus the package ships, so it never holds rows of the corpus scored). (b) and (c) use the default trainer options; a first half");
        md.Line("from a single thread (a video) is folded by comment instead of by thread. The recipe samples Stack Exchange spam (2,000 of");
        md.Line("10,006 rows) as it always does. Columns: genuine→Spam rate / spam recall / accuracy (three labels) / AUC, on the second half / the stored spam threshold.");
        md.Line($"`{Command}`");
        md.Line();
        md.Line("| corpus | second half: genuine / spam | (a) default model | (a') recipe without it | (b) first half alone | (c) first half + default corpus | (c) beats (a), (a'), (b) on accuracy |");
        md.Line("|---|---|---|---|---|---|---|");
        int[] wins = new int[3];
        int trained = 0;
        foreach (CorpusSource source in CalibrationCommand.Sources(corpora))
        {
            int half = source.Comments.Length / 2;
            LabeledComment[] first = FoldableByComment(source.Comments[..half]);
            LabeledComment[] second = source.Comments[half..];
            string corpus = recipeSources.Any(s => s.Name == source.Name) ? source.Name : Corpora.YouTube;
            if (!leftOutModels.TryGetValue(corpus, out CommentClassifier? leftOut))
            {
                log.WriteLine($"  training the default recipe without {corpus}");
                leftOut = DefaultModelRecipe.Train(DefaultModelRecipe.TrainingRows(recipeSources.Where(s => s.Name != corpus))).Classifier;
                leftOutModels[corpus] = leftOut;
            }

            log.WriteLine($"  {source.Name}: training on {first.Length} comments, alone and with the default corpus");
            EvaluationReport a = shipped.Evaluate(second);
            EvaluationReport aLeftOut = leftOut.Evaluate(second);
            (EvaluationReport? b, string bCell) = Trained(first, second, new TrainerOptions());
            (EvaluationReport? c, string cCell) = Trained(first, second, new TrainerOptions { WithDefaultCorpus = true });
            string counts = $"{second.Count(x => x.Label == CommentLabel.Genuine)} / {second.Count(x => x.Label == CommentLabel.Spam)}";
            md.Line($"| {source.Name} | {counts} | {Cell(a)} | {Cell(aLeftOut)} | {bCell} | {cCell} | {Beats(c, a, aLeftOut, b)} |");
            if (c is not null)
            {
                trained++;
                EvaluationReport?[] others = [a, aLeftOut, b];
                for (int i = 0; i < others.Length; i++)
                {
                    wins[i] += others[i] is { } other && c.Accuracy > other.Accuracy ? 1 : 0;
                }
            }
        }

        md.Line();
        md.Line($"(c) beats (a) on accuracy on {wins[0]} of {trained} corpora it could train on, (a') on {wins[1]}, (b) on {wins[2]}.");
        md.Line("Accuracy counts all three labels: (a) and (a') give low relevance, which YouTube and Instagram do not label, so a genuine");
        md.Line("comment they call low relevance counts as an error there; (b) and (c) learn that label only from the first half's own labels.");
        md.Line();
        return md.ToString();
    }

    /// <summary>A half from one thread cannot be folded by thread; without thread ids, its comments are folded one by one.</summary>
    internal static LabeledComment[] FoldableByComment(LabeledComment[] half) =>
        half.Select(c => c.Comment.ThreadId).Distinct(StringComparer.Ordinal).Count() > 1
            ? half
            : half.Select(c => c with { Comment = c.Comment with { ThreadId = null } }).ToArray();

    private static (EvaluationReport? Report, string Cell) Trained(LabeledComment[] first, LabeledComment[] second, TrainerOptions options)
    {
        try
        {
            EvaluationReport report = new CommentClassifierTrainer(options).Train(first).Classifier.Evaluate(second);
            return (report, Cell(report));
        }
        catch (ArgumentException ex)
        {
            return (null, "cannot train: " + ex.Message.Split(" (Parameter")[0]);
        }
    }

    private static string Cell(EvaluationReport r) =>
        $"{EvaluationMarkdown.P(r.GenuineFalsePositiveRate)} / {EvaluationMarkdown.P(r.SpamRecall)} / {EvaluationMarkdown.P(r.Accuracy)} / {EvaluationMarkdown.F3(r.Auc)} / {EvaluationMarkdown.F3(r.SpamThreshold)}";

    private static string Beats(EvaluationReport? c, EvaluationReport a, EvaluationReport aLeftOut, EvaluationReport? b)
    {
        if (c is null)
        {
            return "no (c)";
        }

        string Mark(string name, EvaluationReport? other) => other is null ? $"{name}: n/a" : $"{name}: {(c.Accuracy > other.Accuracy ? "yes" : "no")}";
        return $"{Mark("a", a)}, {Mark("a'", aLeftOut)}, {Mark("b", b)}";
    }
}
