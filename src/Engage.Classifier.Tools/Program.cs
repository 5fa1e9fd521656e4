using System.CommandLine;
using Engage.Classifier;
using Engage.Classifier.Tools;

const string DefaultModelPath = "src/Engage.Classifier/Model/default-model.zip";

var root = new RootCommand("Engage.Classifier maintainer tools: rebuild the default model, write data/EVALUATION.md.");

var modelOut = new Option<string>("--out") { Description = "Where to write the model zip.", DefaultValueFactory = _ => DefaultModelPath };
var trainDefault = new Command("train-default", "Train the embedded default model from data/ and ../shared/data, and print its verdict flips against the model it replaces.") { modelOut };
trainDefault.SetAction(result =>
{
    var corpora = Corpora.FromRepositoryRoot(Corpora.FindRepositoryRoot(Environment.CurrentDirectory));
    string path = result.GetValue(modelOut)!;
    CommentClassifier? previous = File.Exists(path) ? CommentClassifier.Load(path) : null;
    var progress = new Progress<TrainingProgress>(p => Console.WriteLine($"  {p.Stage} ({p.Completed}/{p.Total})"));
    TrainingResult trained = DefaultModelRecipe.Train(corpora, progress);
    trained.Classifier.Save(path);
    EvaluationReport h = trained.Report.HeldOut;
    Console.WriteLine($"wrote {path}: {trained.Report.TrainingRows} rows, held-out accuracy {h.Accuracy:P1}, spam P {h.SpamPrecision:P1} R {h.SpamRecall:P1}, genuine FPR {h.GenuineFalsePositiveRate:P2}, threshold {trained.Report.SpamThreshold:F4}");
    if (previous is null)
    {
        Console.WriteLine($"no previous model at {path}: no verdict flips to report");
        return 0;
    }

    Console.WriteLine();
    Console.Write(FlipTable.Section(previous, trained.Classifier, ModerationPolicy.Default, RegressionSet.Load(corpora), "dotnet run -c Release --project src/Engage.Classifier.Tools -- train-default"));
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

var moderationModel = new Option<string>("--model") { Description = "Model file to measure (default: the model embedded in the package)." };
var moderation = new Command("moderation", "Print the \"Moderation actions\" section of data/EVALUATION.md: genuine comments rejected and held under the default policy, per corpus.") { moderationModel };
moderation.SetAction(result =>
{
    var corpora = Corpora.FromRepositoryRoot(Corpora.FindRepositoryRoot(Environment.CurrentDirectory));
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
    var corpora = Corpora.FromRepositoryRoot(Corpora.FindRepositoryRoot(Environment.CurrentDirectory));
    CommentClassifier previous = CommentClassifier.Load(result.GetValue(before)!);
    CommentClassifier next = CommentClassifier.Load(result.GetValue(after)!);
    Console.Write(FlipTable.Section(previous, next, ModerationPolicy.Default, RegressionSet.Load(corpora), $"dotnet run -c Release --project src/Engage.Classifier.Tools -- flips --before {result.GetValue(before)} --after {result.GetValue(after)}"));
    return 0;
});

root.Subcommands.Add(trainDefault);
root.Subcommands.Add(evaluate);
root.Subcommands.Add(moderation);
root.Subcommands.Add(flips);
return root.Parse(args).Invoke();
