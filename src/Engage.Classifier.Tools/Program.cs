using System.CommandLine;
using Engage.Classifier;
using Engage.Classifier.Semantics;
using Engage.Classifier.Tools;
using Engage.Classifier.Tools.Semantics;

var root = new RootCommand("Engage.Classifier maintainer tools: rebuild the default model and the static embeddings, write data/EVALUATION.md, measure relevance.");

var modelOut = new Option<string>("--out") { Description = "Where to write the model zip.", DefaultValueFactory = _ => "src/Engage.Classifier/Model/default-model.zip" };
var trainDefault = new Command("train-default", "Train the embedded default model from data/ and ../shared/data.") { modelOut };
trainDefault.SetAction(result =>
{
    var corpora = Corpora.FromRepositoryRoot(Corpora.FindRepositoryRoot(Environment.CurrentDirectory));
    var progress = new Progress<TrainingProgress>(p => Console.WriteLine($"  {p.Stage} ({p.Completed}/{p.Total})"));
    TrainingResult trained = DefaultModelRecipe.Train(corpora, progress);
    string path = result.GetValue(modelOut)!;
    trained.Classifier.Save(path);
    EvaluationReport h = trained.Report.HeldOut;
    Console.WriteLine($"wrote {path}: {trained.Report.TrainingRows} rows, held-out accuracy {h.Accuracy:P1}, spam P {h.SpamPrecision:P1} R {h.SpamRecall:P1}, genuine FPR {h.GenuineFalsePositiveRate:P2}, threshold {trained.Report.SpamThreshold:F4}");
    return 0;
});

var reportOut = new Option<string>("--out") { Description = "Where to write the report.", DefaultValueFactory = _ => "data/EVALUATION.md" };
var evaluate = new Command("evaluate", "Run the held-out evaluations and write data/EVALUATION.md.") { reportOut };
evaluate.SetAction(result =>
{
    var corpora = Corpora.FromRepositoryRoot(Corpora.FindRepositoryRoot(Environment.CurrentDirectory));
    EvaluationCommand.Run(corpora, result.GetValue(reportOut)!, Console.Out);
    return 0;
});

var tableOut = new Option<string>("--out") { Description = "Where to write the table.", DefaultValueFactory = _ => DistillEmbeddingsCommand.DefaultOutput };
var cache = new Option<string>("--cache") { Description = "Folder for cached encoder outputs.", DefaultValueFactory = _ => DistillEmbeddingsCommand.DefaultCache };
var distill = new Command("distill-embeddings", "Distill all-MiniLM-L6-v2 into the embedded static embedding table.") { tableOut, cache };
distill.SetAction(result =>
{
    var corpora = Corpora.FromRepositoryRoot(Corpora.FindRepositoryRoot(Environment.CurrentDirectory));
    DistillEmbeddingsCommand.Run(corpora, result.GetValue(tableOut)!, result.GetValue(cache)!, Console.Out);
    return 0;
});

var table = new Option<string?>("--table") { Description = "A static embedding table file to measure instead of the embedded one." };
var fullEncoder = new Option<bool>("--full-encoder") { Description = "Also run the full encoder (slow: minutes)." };
var explore = new Option<bool>("--explore") { Description = "Also measure the distillation choices (position, dimensions, weights, title, quantization)." };
var relevanceAuc = new Command("relevance-auc", "Post-ranking AUC of the relevance measures on fox-news-comments and cardano-stackexchange-comments.") { table, fullEncoder, explore, cache };
relevanceAuc.SetAction(result =>
{
    var corpora = Corpora.FromRepositoryRoot(Corpora.FindRepositoryRoot(Environment.CurrentDirectory));
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

    new RelevanceAucCommand(corpora, result.GetValue(cache)!, Console.Error).Run(shipped, result.GetValue(fullEncoder), result.GetValue(explore), Console.Out);
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
root.Subcommands.Add(distill);
root.Subcommands.Add(relevanceAuc);
root.Subcommands.Add(parityInput);
return root.Parse(args).Invoke();
