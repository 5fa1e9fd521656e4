using Engage.Classifier.Cli.Input;
using Engage.Classifier.Cli.Output;

namespace Engage.Classifier.Cli.Commands;

/// <summary>Scores one comment and prints its verdict as a table or as JSON.</summary>
internal static class ScoreText
{
    public static int Run(CliContext context, ScoreTextRequest request)
    {
        string? postText = request.PostFile is null ? request.PostText : ReadPostFile(context, request.PostFile, request);
        Post? post = request.PostTitle is null && postText is null && request.PostUrl is null ? null : new Post(request.PostTitle, postText, request.PostUrl);
        var comment = new Comment(request.Text)
        {
            AuthorName = request.Author,
            AuthorUrl = request.AuthorUrl,
            AuthorEmail = request.AuthorEmail,
            Post = post,
            Kind = request.Context.Kind,
            AuthorApprovedCount = request.Context.AuthorApprovedCount,
            AuthorSpamCount = request.Context.AuthorSpamCount,
            AuthorIsRegistered = request.Context.AuthorIsRegistered,
        };

        CommentClassifier classifier = ModelSource.Load(request.ModelPath, request.Threshold);
        Verdict verdict = classifier.Classify(comment, includeReasons: true);
        ModerationResult moderation = request.Policy.Moderate(verdict, comment);
        if (request.Json)
        {
            context.Output.WriteLine(JsonOutput.Verdict(moderation, classifier.SpamThreshold));
        }
        else
        {
            VerdictView.Write(context.Console, moderation, classifier.SpamThreshold, request.Policy.Options.RejectThreshold);
        }

        return ExitCodes.Success;
    }

    private static string ReadPostFile(CliContext context, string path, ScoreTextRequest request)
    {
        try
        {
            return InputFile.Open(context, path, request.Encoding).ReadAllText();
        }
        catch (Exception ex) when (ex is CliDataException or ClassifierDataException)
        {
            throw new CliDataException($"Cannot use the post file: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliDataException($"Cannot read the post file '{path}': {ex.Message}", ex);
        }
    }
}
