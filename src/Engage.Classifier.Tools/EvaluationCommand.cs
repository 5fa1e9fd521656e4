using System.Diagnostics;

namespace Engage.Classifier.Tools;

/// <summary>Runs every held-out evaluation and writes data/EVALUATION.md.</summary>
internal static class EvaluationCommand
{
    public static void Run(Corpora corpora, string outputPath, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var evaluation = new CorpusEvaluation(DefaultModelRecipe.Options, log);
        LabeledComment[] blog = corpora.Blog();
        LabeledComment[] youTube = corpora.Shared(Corpora.YouTube);
        LabeledComment[] stackExchange = DefaultModelRecipe.EveryNth(corpora.Shared(Corpora.StackExchange), DefaultModelRecipe.StackExchangeSample);
        var md = new EvaluationMarkdown();
        md.Line("# Evaluation");
        md.Line();
        md.Line("Written by `dotnet run -c Release --project src/Engage.Classifier.Tools -- evaluate` (see README). Every number is measured on");
        md.Line("comments whose whole thread was held out of training. \"Ours\" is `CommentClassifierTrainer` with default options at the");
        md.Line("threshold it stores (chosen on its own out-of-fold scores for a 1% genuine false-positive rate); \"plain\" is ML.NET");
        md.Line("`FeaturizeText` + `SdcaLogisticRegression` on the text alone at 0.5, trained on exactly the same rows. Spam metrics count");
        md.Line("spam against everything else; the genuine false-positive rate is the share of genuine comments called spam.");
        md.Line();

        log.WriteLine("data/, 5 folds grouped by thread, default recipe (other folds + YouTube + Stack Exchange sample):");
        var recipeFolds = evaluation.GroupedFolds("data/", blog, 5, [.. youTube, .. stackExchange]);
        HeldOutResult recipe = HeldOutResult.Concat("data/, all 5 folds (default recipe)", recipeFolds);
        log.WriteLine("data/, 5 folds grouped by thread, blog corpus only:");
        var blogOnlyFolds = evaluation.GroupedFolds("data/", blog, 5, []);
        HeldOutResult blogOnly = HeldOutResult.Concat("data/, all 5 folds (data/ only)", blogOnlyFolds);

        md.Line($"## data/: {blog.Length} blog comments, {blog.Select(b => b.Comment.ThreadId).Distinct().Count()} threads, 5 folds grouped by thread");
        md.Line();
        md.Line("Training parts: the other four folds, plus (default recipe) all of YouTube and 1,000 Stack Exchange spam rows, as the shipped model is trained.");
        md.Line();
        md.ComparisonTable([.. recipeFolds, recipe, blogOnly], threeClass: true);
        md.Line("Three-class confusion matrix, all folds, default recipe:");
        md.Line();
        md.ConfusionMatrix(recipe.OurReport());
        md.Line("Same, data/ only:");
        md.Line();
        md.ConfusionMatrix(blogOnly.OurReport());

        log.WriteLine("YouTube, leave one video out:");
        var videos = evaluation.LeaveOneThreadOut(youTube);
        md.Line($"## YouTube ({youTube.Length} comments, 4 videos), leave one video out, trained on YouTube only");
        md.Line();
        md.ComparisonTable([.. videos, HeldOutResult.Concat("all 4 videos", videos)], threeClass: false);
        md.Line($"Mean accuracy over videos: ours {EvaluationMarkdown.P(videos.Average(v => v.OurBinaryAccuracy))}, plain {EvaluationMarkdown.P(videos.Average(v => v.PlainBinaryAccuracy))}.");
        md.Line();

        log.WriteLine("YouTube, leave one video out, default recipe:");
        var recipeVideos = youTube.Select(c => c.Comment.ThreadId!).Distinct().Order(StringComparer.Ordinal)
            .Select(video => evaluation.Run(
                video,
                [.. blog, .. stackExchange, .. youTube.Where(c => c.Comment.ThreadId != video)],
                youTube.Where(c => c.Comment.ThreadId == video).ToArray()))
            .ToArray();
        md.Line("## YouTube, leave one video out, default recipe (data/ + Stack Exchange sample + the other three videos)");
        md.Line();
        md.Line("The closest stand-in for a new real comment set: the shipped recipe, tested on a video it never saw.");
        md.Line();
        md.ComparisonTable([.. recipeVideos, HeldOutResult.Concat("all 4 videos", recipeVideos)], threeClass: false);
        md.Line($"Mean accuracy over videos: ours {EvaluationMarkdown.P(recipeVideos.Average(v => v.OurBinaryAccuracy))}, plain {EvaluationMarkdown.P(recipeVideos.Average(v => v.PlainBinaryAccuracy))}.");
        md.Line();

        log.WriteLine("Cross-domain:");
        md.Line("## Cross-domain");
        md.Line();
        HeldOutResult blogToYouTube = evaluation.Run("trained on data/ only, tested on YouTube", blog, youTube);
        HeldOutResult youTubeToBlog = evaluation.Run("trained on YouTube only, tested on data/", youTube, blog);
        HeldOutResult blogToStackExchange = evaluation.Run("trained on data/ only, tested on 1,000 Stack Exchange spam", blog, stackExchange);
        md.ComparisonTable([blogToYouTube, youTubeToBlog, blogToStackExchange], threeClass: false);
        md.Line("(Stack Exchange has spam only: its row measures spam recall; precision and AUC are not meaningful there.)");
        md.Line();
        log.WriteLine("Moderation actions of the default model:");
        md.Line(ModerationTable.Section(CommentClassifier.LoadDefault(), ModerationPolicy.Default, RegressionSet.Load(corpora), "dotnet run -c Release --project src/Engage.Classifier.Tools -- moderation"));
        md.Line($"Total evaluation time: {clock.Elapsed.TotalMinutes:F1} minutes on {Environment.ProcessorCount} cores.");
        File.WriteAllText(outputPath, md.ToString());
        log.WriteLine($"wrote {outputPath}");
    }
}
