using System.CommandLine;
using System.Globalization;
using System.Text;
using Engage.Classifier.Cli.Input;

namespace Engage.Classifier.Cli;

/// <summary>Options shared by several commands. Each call makes a new option, since an option belongs to one command.</summary>
internal static class CliOptions
{
    /// <summary><c>--verbose</c>: print stack traces of errors. Recognized on every command.</summary>
    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Print the full error, with its stack trace, when something fails.",
        Recursive = true,
    };

    public static Option<string> Model() => new("--model")
    {
        Description = "Model file written by 'engage train' (default: the model embedded in the package).",
        HelpName = "model.zip",
    };

    public static Option<string> Comments(string description, bool required) => new("--comments")
    {
        Description = description + " '-' reads standard input.",
        HelpName = "comments.csv",
        Required = required,
    };

    public static Option<string> Posts()
    {
        var posts = new Option<string>("--posts")
        {
            Description = "Posts CSV (thread,title,text[,url]) joined to the comments by thread, to measure relevance; a url is the post's own address, and links to it are no payload.",
            HelpName = "posts.csv",
        };
        posts.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() == InputFile.StandardInput)
            {
                result.AddError("--posts cannot read standard input ('-'); only --comments can.");
            }
        });
        return posts;
    }

    /// <summary><c>--encoding</c>: the encoding of the input files; UTF-8 (checked) when absent.</summary>
    public static Option<Encoding?> Encoding() => new("--encoding")
    {
        Description = "Encoding of the input CSV files when they are not UTF-8, e.g. windows-1252 or iso-8859-1 (default: UTF-8, checked).",
        HelpName = "name",
        CustomParser = result =>
        {
            string name = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            Encoding? encoding = TextEncodings.Find(name);
            if (encoding is null)
            {
                result.AddError($"--encoding '{name}' is not an encoding this machine knows; try windows-1252, iso-8859-1, utf-16 or utf-8.");
                return null;
            }

            // UTF-8 is the default, read strictly; naming it must not switch to a lenient conversion.
            return encoding.CodePage == System.Text.Encoding.UTF8.CodePage ? null : encoding;
        },
    };

    /// <summary><c>--threshold</c>: a spam threshold to use instead of the one stored in the model.</summary>
    public static Option<double?> Threshold() => new Option<double?>("--threshold")
    {
        Description = "Spam threshold to use instead of the one stored in the model (0 to 1).",
        HelpName = "probability",
    }.Probability();

    /// <summary>
    /// <c>--target-fpr</c>: the genuine false-positive rate a chosen spam threshold is held to, a share or a percentage
    /// (<c>0.02</c> or <c>2%</c>; default the trainer's).
    /// </summary>
    public static Option<double> TargetFalsePositiveRate(string description) => new Option<double>("--target-fpr")
    {
        Description = description + " A share or a percentage: 0.02 or 2%.",
        HelpName = "rate",
        DefaultValueFactory = _ => new TrainerOptions().TargetFalsePositiveRate,
    }.ShareOrPercentage();

    /// <summary>Fails validation when <paramref name="option"/> is given as <c>-</c> where standard output cannot take it.</summary>
    public static void NoStandardOutput(Option<string> option, string what) => option.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<string>() == Output.OutputPath.StandardOutput)
        {
            result.AddError($"{option.Name} cannot write {what} to standard output ('-'); give a file name.");
        }
    });
}
