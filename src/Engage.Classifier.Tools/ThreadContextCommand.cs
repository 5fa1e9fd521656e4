namespace Engage.Classifier.Tools;

/// <summary>
/// What the thread rules change on real comments: every public comment corpus (and data/) scored by the default model
/// one comment at a time and again in file order as threads (<see cref="CommentClassifier.ClassifyThread"/>, grouped by
/// thread id), counting the labels that change, by true label and by the thread reason that changed them. The corpora
/// are in file order, which is not always the order the comments were written in: a stand-in for thread order.
/// </summary>
internal static class ThreadContextCommand
{
    public static void Run(Corpora corpora, TextWriter output)
    {
        CommentClassifier classifier = CommentClassifier.LoadDefault();
        output.WriteLine("| corpus | comments | threads | label changes (true label: before → after, count) | first reasons of the changed verdicts |");
        output.WriteLine("|---|---:|---:|---|---|");
        var sources = new List<(string Name, LabeledComment[] Rows)> { ("data/", corpora.BlogParts().SelectMany(p => p.Comments).ToArray()) };
        sources.AddRange(Corpora.RealCommentCorpora.Select(name => (name, corpora.Shared(name))));
        foreach (var (name, rows) in sources)
        {
            Comment[] comments = rows.Select((r, i) => r.Comment with { Id = r.Comment.Id ?? $"row {i + 1}" }).ToArray();
            Verdict[] alone = classifier.ClassifyBatch(comments, includeReasons: false);
            Verdict[] threaded = classifier.ClassifyThread(comments).ToArray();
            var changes = Enumerable.Range(0, rows.Length).Where(i => alone[i].Label != threaded[i].Label).ToArray();
            string byLabel = changes.Length == 0 ? "none" : string.Join(", ", changes
                .GroupBy(i => $"{Name(rows[i].Label)}: {Name(alone[i].Label)} → {Name(threaded[i].Label)}")
                .OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
            string byReason = changes.Length == 0 ? "" : string.Join(", ", changes
                .GroupBy(i => threaded[i].ReasonDetails.Count == 0 ? "(none)" : threaded[i].ReasonDetails[0].Code)
                .OrderByDescending(g => g.Count()).Select(g => $"`{g.Key}` {g.Count()}"));
            int threads = comments.Select(c => c.ThreadId ?? string.Empty).Distinct().Count();
            output.WriteLine($"| {name} | {rows.Length:N0} | {threads:N0} | {byLabel} | {byReason} |");
        }
    }

    private static string Name(CommentLabel label) => label switch
    {
        CommentLabel.Genuine => "genuine",
        CommentLabel.LowRelevance => "low",
        _ => "spam",
    };
}
