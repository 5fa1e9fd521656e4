using System.CommandLine;
using Engage.Classifier;
using Engage.Classifier.Semantics;
using Engage.Classifier.Tools;
using Engage.Classifier.Tools.Semantics;

const string DefaultModelPath = "src/Engage.Classifier/Model/default-model.zip";

var root = new RootCommand("Engage.Classifier maintainer tools: rebuild the default model and the static embeddings, write data/EVALUATION.md, measure relevance.");

var modelOut = new Option<string>("--out") { Description = "Where to write the model zip.", DefaultValueFactory = _ => DefaultModelPath };
var trainDefault = new Command("train-default", "Train the embedded default model from data/ and ../shared/data, and print its verdict flips against the model it replaces.") { modelOut };
trainDefault.SetAction(result =>
{
    var corpora = RepositoryCorpora();
    string path = result.GetValue(modelOut)!;
    CommentClassifier? previous = LoadPrevious(path);
    var progress = new Progress<TrainingProgress>(p => Console.WriteLine($"  {p.Stage} ({p.Completed}/{p.Total})"));
    TrainingResult trained = DefaultModelRecipe.Train(corpora, progress);
    trained.Classifier.Save(path);
    EvaluationReport h = trained.Report.HeldOut;
    Console.WriteLine($"wrote {path}: {trained.Report.TrainingRows} rows, held-out accuracy {h.Accuracy:P1}, spam P {h.SpamPrecision:P1} R {h.SpamRecall:P1}, genuine FPR {h.GenuineFalsePositiveRate:P2}, threshold {trained.Report.SpamThreshold:F4}");
    foreach (HeldOutGroup group in trained.Report.Groups)
    {
        Console.WriteLine($"  held out {group.Name}: {group.Comments} comments, accuracy {group.Accuracy:P1}, genuine FPR {group.GenuineFalsePositiveRate:P1}, spam recall {group.SpamRecall:P1}");
    }

    if (previous is null)
    {
        Console.WriteLine($"no previous model at {path} that this version can load: no verdict flips to report");
        return 0;
    }

    Console.WriteLine();
    Console.Write(FlipTable.Section(previous, trained.Classifier, ModerationPolicy.Default, RegressionSet.Load(corpora), "dotnet run -c Release --project src/Engage.Classifier.Tools -- train-default"));
    return 0;
});

var reportOut = new Option<string>("--out") { Description = "Where to write the report.", DefaultValueFactory = _ => "data/EVALUATION.md" };
var previousModel = new Option<string?>("--previous-verdicts") { Description = "A folder of the previous release's `engage score` output, one <source>.csv per source (data/part-a as data_part-a.csv), scored beside." };
var evaluate = new Command("evaluate", "Run the held-out evaluations and write data/EVALUATION.md.") { reportOut, previousModel };
evaluate.SetAction(result =>
{
    var corpora = RepositoryCorpora();
    EvaluationCommand.Run(corpora, result.GetValue(reportOut)!, result.GetValue(previousModel), Console.Out);
    return 0;
});

var only = new Option<string[]>("--only") { Description = "Hold out only these sources (names as printed).", AllowMultipleArgumentsPerToken = true };
var errors = new Option<string?>("--errors") { Description = "Write each held-out source's worst genuine and spam verdicts to this folder." };
var switchOff = new Option<string[]>("--switch-off") { Description = "Train as if these signal families were absent (type names, e.g. SemanticSignals; 'none' for every family on), instead of the recipe's own list: the ablation.", AllowMultipleArgumentsPerToken = true };
var evaluateSources = new Command("evaluate-sources", "Leave one source out: train the default recipe without each part of data/ and each public corpus, and score it.") { previousModel, only, errors, switchOff };
evaluateSources.SetAction(result =>
{
    var corpora = RepositoryCorpora();
    IReadOnlyList<SourceResult> results = SourceEvaluationCommand.Run(corpora, result.GetValue(previousModel), result.GetValue(only) ?? [], result.GetValue(errors), Console.Out, CheckedFamilies(result.GetValue(switchOff)));
    var md = new EvaluationMarkdown();
    md.SourceTable(results);
    Console.WriteLine(md);
    return 0;
});

var leaveOneVideoOut = SectionCommand(
    "leave-one-video-out",
    "Print the YouTube leave-one-video-out section of data/EVALUATION.md: trained on three videos with default options, scored on the fourth, beside plain ML.NET.",
    corpora => LeaveOneVideoOutCommand.Section(corpora, Console.Out));

var calibration = SectionCommand(
    "calibration",
    "Print the \"Calibrating to a site\" section of data/EVALUATION.md: the default model calibrated on each corpus's first 200 comments, scored on the rest.",
    corpora => CalibrationCommand.Section(corpora, Console.Error));

var withDefaultCorpus = SectionCommand(
    "with-default-corpus",
    "Print the \"Training on top of the default corpus\" section of data/EVALUATION.md: each corpus's first half trained alone and with the default corpus, scored on its second half, beside the default model.",
    corpora => DefaultCorpusCommand.Section(corpora, Console.Error));

var fewComments = SectionCommand(
    "few-comments-with-default-corpus",
    "Print the few-comments table of the \"Training on top of the default corpus\" section of data/EVALUATION.md: each YouTube video's first 200 comments trained with the default corpus and alone, scored on the other three videos.",
    corpora => FewCommentsCommand.Section(corpora, Console.Error));

var threadContext = new Command("thread-context", "Label changes the thread rules make when every corpus is classified in file order as threads (ClassifyThread) rather than one comment at a time.");
threadContext.SetAction(_ =>
{
    var corpora = RepositoryCorpora();
    ThreadContextCommand.Run(corpora, Console.Out);
    return 0;
});

var examples = new Option<int>("--examples") { Description = "How many spam comments without a payload to print per source and label.", DefaultValueFactory = _ => 10 };
var payloadRows = new Option<FileInfo?>("--rows") { Description = "Also write every comment's payload kinds to this tab-separated file (source, label, row, kinds, text on one line), to compare two builds row by row. Keep it outside the repository: it holds corpus text." };
var payloadCoverage = new Command("payload-coverage", "Share of comments with each kind of payload, per source and label.") { examples, payloadRows };
payloadCoverage.SetAction(result =>
{
    var corpora = RepositoryCorpora();
    PayloadCoverageCommand.Run(corpora, result.GetValue(examples), result.GetValue(payloadRows), Console.Out);
    return 0;
});

var moderationModel = new Option<string>("--model") { Description = "Model file to measure (default: the model embedded in the package)." };
var moderation = new Command("moderation", "Print the \"Moderation actions\" section of data/EVALUATION.md: genuine comments rejected and held under the default policy, per corpus.") { moderationModel };
moderation.SetAction(result =>
{
    var corpora = RepositoryCorpora();
    string? path = result.GetValue(moderationModel);
    CommentClassifier classifier = path is null ? CommentClassifier.LoadDefault() : CommentClassifier.Load(path);
    string command = "dotnet run -c Release --project src/Engage.Classifier.Tools -- moderation" + (path is null ? string.Empty : $" --model {path}");
    Console.Write(ModerationTable.Section(classifier, ModerationPolicy.Default, RegressionSet.Load(corpora), command));
    return 0;
});

var before = new Option<string>("--before") { Description = "The previous model file, e.g. from 'git show HEAD:src/Engage.Classifier/Model/default-model.zip'.", Required = true };
var after = new Option<string>("--after") { Description = "The new model file.", DefaultValueFactory = _ => DefaultModelPath };
var flips = new Command("flips", "Print the \"Verdict flips\" section of data/EVALUATION.md: label and action changes between two models, per corpus.") { before, after };
flips.SetAction(result =>
{
    var corpora = RepositoryCorpora();
    CommentClassifier previous = CommentClassifier.Load(result.GetValue(before)!);
    CommentClassifier next = CommentClassifier.Load(result.GetValue(after)!);
    Console.Write(FlipTable.Section(previous, next, ModerationPolicy.Default, RegressionSet.Load(corpora), $"dotnet run -c Release --project src/Engage.Classifier.Tools -- flips --before {result.GetValue(before)} --after {result.GetValue(after)}"));
    return 0;
});

var tableOut = new Option<string>("--out") { Description = "Where to write the table.", DefaultValueFactory = _ => DistillEmbeddingsCommand.DefaultOutput };
var cache = new Option<string>("--cache") { Description = "Folder for cached encoder outputs.", DefaultValueFactory = _ => DistillEmbeddingsCommand.DefaultCache };
var distill = new Command("distill-embeddings", "Distill all-MiniLM-L6-v2 into the embedded static embedding table.") { tableOut, cache };
distill.SetAction(result =>
{
    var corpora = RepositoryCorpora();
    DistillEmbeddingsCommand.Run(corpora, result.GetValue(tableOut)!, result.GetValue(cache)!, Console.Out);
    return 0;
});

var table = new Option<string?>("--table") { Description = "A static embedding table file to measure instead of the embedded one." };
var fullEncoder = new Option<bool>("--full-encoder") { Description = "Also run the full encoder (slow: minutes)." };
var explore = new Option<bool>("--explore") { Description = "Also measure the distillation choices (position, dimensions, weights, title, quantization)." };
var blends = new Option<bool>("--blends") { Description = "Also measure ways to blend the lexical relevance with meaning, on the corpora and on a development set." };
var relevanceAuc = new Command("relevance-auc", "Post-ranking AUC of the relevance measures on fox-news-comments and cardano-stackexchange-comments.") { table, fullEncoder, explore, blends, cache };
relevanceAuc.SetAction(result =>
{
    var corpora = RepositoryCorpora();
    string? path = result.GetValue(table);
    StaticEmbeddingTable shipped;
    if (path is null)
    {
        shipped = TextEmbedder.LoadEmbeddedTable();
    }
    else
    {
        using FileStream stream = File.OpenRead(path);
        shipped = StaticEmbeddingFormat.Read(stream);
    }

    new RelevanceAucCommand(corpora, result.GetValue(cache)!, Console.Error).Run(shipped, result.GetValue(fullEncoder), result.GetValue(explore), result.GetValue(blends), Console.Out);
    return 0;
});

var parityOut = new Option<string>("--out") { Description = "Where to write the strings and the vocabulary (JSON).", DefaultValueFactory = _ => "artifacts/semantics/parity-input.json" };
var parityInput = new Command("tokenizer-parity-input", "Write the tokenizer parity strings and the vocabulary for the Hugging Face reference script (Semantics/hf-reference-tokenize.cjs).") { parityOut };
parityInput.SetAction(result =>
{
    string path = result.GetValue(parityOut)!;
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(new { vocabulary = MiniLmPackage.Vocabulary(), strings = TokenizerParityStrings.Generate() }));
    Console.WriteLine($"wrote {TokenizerParityStrings.Count} strings and {MiniLmPackage.Vocabulary().Length} vocabulary entries to {path}");
    return 0;
});

root.Subcommands.Add(trainDefault);
root.Subcommands.Add(evaluate);
root.Subcommands.Add(evaluateSources);
root.Subcommands.Add(leaveOneVideoOut);
root.Subcommands.Add(calibration);
root.Subcommands.Add(withDefaultCorpus);
root.Subcommands.Add(fewComments);
root.Subcommands.Add(payloadCoverage);
root.Subcommands.Add(threadContext);
root.Subcommands.Add(moderation);
root.Subcommands.Add(flips);
root.Subcommands.Add(distill);
root.Subcommands.Add(relevanceAuc);
root.Subcommands.Add(parityInput);
return root.Parse(args).Invoke();

// The model being replaced, when this version can still read it (a model of another feature layout cannot be compared).
// The corpora of the repository the tool runs in (data/ and ../shared/data), found from the current directory.
static Corpora RepositoryCorpora() => Corpora.FromRepositoryRoot(Corpora.FindRepositoryRoot(Environment.CurrentDirectory));

// A command that writes one section of data/EVALUATION.md to standard output.
static Command SectionCommand(string name, string description, Func<Corpora, string> section)
{
    var command = new Command(name, description);
    command.SetAction(_ =>
    {
        Console.Write(section(RepositoryCorpora()));
        return 0;
    });
    return command;
}

static CommentClassifier? LoadPrevious(string path)
{
    if (!File.Exists(path))
    {
        return null;
    }

    try
    {
        return CommentClassifier.Load(path);
    }
    catch (ClassifierDataException ex)
    {
        Console.WriteLine($"the previous model cannot be compared: {ex.Message}");
        return null;
    }
}

// Family names must name families of the layout, so a typo cannot make an ablation that switches nothing off.
// Null (no option): the recipe's own list; "none": every family on.
static string[]? CheckedFamilies(string[]? names)
{
    if (names is null || names.Length == 0)
    {
        return null;
    }

    if (names is ["none"])
    {
        return [];
    }

    string[] known = [.. Engage.Classifier.Signals.FeatureLayout.Families.Select(f => f.GetType().Name)];
    string[] unknown = [.. names.Where(n => !known.Contains(n, StringComparer.Ordinal))];
    return unknown.Length == 0
        ? names
        : throw new ArgumentException($"Unknown signal families: {string.Join(", ", unknown)}. Known: {string.Join(", ", known)}.");
}
