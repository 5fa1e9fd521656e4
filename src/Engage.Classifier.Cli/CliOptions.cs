using System.CommandLine;

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
        Description = description,
        HelpName = "comments.csv",
        Required = required,
    };

    public static Option<string> Posts() => new("--posts")
    {
        Description = "Posts CSV (thread,title,text) joined to the comments by thread, to measure relevance.",
        HelpName = "posts.csv",
    };
}
