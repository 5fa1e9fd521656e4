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
    foreach (HeldOutGroup group in trained.Report.Groups)
    {
        Console.WriteLine($"  held out {group.Name}: {group.Comments} comments, accuracy {group.Accuracy:P1}, genuine FPR {group.GenuineFalsePositiveRate:P1}, spam recall {group.SpamRecall:P1}");
    }
    return 0;
});

var reportOut = new Option<string>("--out") { Description = "Where to write the report.", DefaultValueFactory = _ => "data/EVALUATION.md" };
var previousModel = new Option<string?>("--previous-verdicts") { Description = "A folder of the previous release's `engage score` output, one <source>.csv per source (data/part-a as data_part-a.csv), scored beside." };
var evaluate = new Command("evaluate", "Run the held-out evaluations and write data/EVALUATION.md.") { reportOut, previousModel };
evaluate.SetAction(result =>
{
    var corpora = Corpora.FromRepositoryRoot(Corpora.FindRepositoryRoot(Environment.CurrentDirectory));
    EvaluationCommand.Run(corpora, result.GetValue(reportOut)!, result.GetValue(previousModel), Console.Out);
    return 0;
});

var only = new Option<string[]>("--only") { Description = "Hold out only these sources (names as printed).", AllowMultipleArgumentsPerToken = true };
var errors = new Option<string?>("--errors") { Description = "Write each held-out source's worst genuine and spam verdicts to this folder." };
var evaluateSources = new Command("evaluate-sources", "Leave one source out: train the default recipe without each part of data/ and each public corpus, and score it.") { previousModel, only, errors };
evaluateSources.SetAction(result =>
{
    var corpora = Corpora.FromRepositoryRoot(Corpora.FindRepositoryRoot(Environment.CurrentDirectory));
    IReadOnlyList<SourceResult> results = SourceEvaluationCommand.Run(corpora, result.GetValue(previousModel), result.GetValue(only) ?? [], result.GetValue(errors), Console.Out);
    var md = new EvaluationMarkdown();
    md.SourceTable(results);
    Console.WriteLine(md);
    return 0;
});

var examples = new Option<int>("--examples") { Description = "How many spam comments without a payload to print per source and label.", DefaultValueFactory = _ => 10 };
var payloadCoverage = new Command("payload-coverage", "Share of comments with each kind of payload, per source and label.") { examples };
payloadCoverage.SetAction(result =>
{
    var corpora = Corpora.FromRepositoryRoot(Corpora.FindRepositoryRoot(Environment.CurrentDirectory));
    PayloadCoverageCommand.Run(corpora, result.GetValue(examples), Console.Out);
    return 0;
});

root.Subcommands.Add(trainDefault);
root.Subcommands.Add(evaluate);
root.Subcommands.Add(evaluateSources);
root.Subcommands.Add(payloadCoverage);
return root.Parse(args).Invoke();
