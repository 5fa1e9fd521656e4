using System.CommandLine;
using Engage.Classifier;
using Engage.Classifier.Tools;

var root = new RootCommand("Engage.Classifier maintainer tools: rebuild the default model, write data/EVALUATION.md.");

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

root.Subcommands.Add(trainDefault);
root.Subcommands.Add(evaluate);
return root.Parse(args).Invoke();
