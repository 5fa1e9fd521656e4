using System.CommandLine;
using System.CommandLine.Parsing;

namespace Engage.Classifier.Cli.Commands;

/// <summary>
/// <c>engage score</c>: one comment (<c>--text</c>) to the terminal or as JSON, or a whole comments CSV
/// (<c>--comments</c>) streamed to a verdicts CSV (<c>--out</c>).
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Option<string>("--text") { Description = "The comment to score.", HelpName = "text" };
        var postTitle = new Option<string>("--post-title") { Description = "Title of the post the comment was left on.", HelpName = "title" };
        var postText = new Option<string>("--post-text") { Description = "Text of the post the comment was left on.", HelpName = "text" };
        var postFile = new Option<string>("--post-file") { Description = "File holding the text of the post (instead of --post-text).", HelpName = "file" };
        var postUrl = new Option<string>("--post-url") { Description = "The post's own address (absolute http or https); a link to it in the comment is no payload.", HelpName = "url" };
        postUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && PostAddressOption.Parse(value) is null)
            {
                result.AddError($"--post-url: '{value}' is not an absolute http or https address.");
            }
        });
        var author = new Option<string>("--author") { Description = "The name the commenter gave.", HelpName = "name" };
        var authorUrl = new Option<string>("--author-url") { Description = "The website the commenter gave.", HelpName = "url" };
        var authorEmail = new Option<string>("--author-email") { Description = "The e-mail address the commenter gave.", HelpName = "address" };
        var kind = new Option<CommentKind?>("--kind") { Description = "What the entry is: comment, reply, pingback, trackback or webmention.", HelpName = "kind" };
        var authorApproved = new Option<int?>("--author-approved") { Description = "How many of the author's earlier comments the site approved.", HelpName = "count" }.AtLeast(0);
        var authorSpam = new Option<int?>("--author-spam") { Description = "How many of the author's earlier comments the site marked as spam.", HelpName = "count" }.AtLeast(0);
        var registered = new Option<bool>("--registered") { Description = "The author is signed in as a registered user." };
        var json = new Option<bool>("--json") { Description = "Print the verdict as one JSON object." };
        var comments = CliOptions.Comments("Comments CSV to score (content column required; id, thread, author, author_url, author_email and the context columns kind, parent, author_approved, author_spam, author_registered, date, post_date optional).", required: false);
        var posts = CliOptions.Posts();
        var output = new Option<string>("--out") { Description = "Verdicts CSV to write: id,label,spam_probability,relevance,reasons,action,action_reasons; '-' writes to standard output.", HelpName = "verdicts.csv" };
        var noReasons = new Option<bool>("--no-reasons") { Description = "Leave the reasons column empty: saves the small cost of explaining." };
        var threadContext = new Option<bool>("--thread-context")
        {
            Description = "Read the file in thread order and compare each comment with the earlier comments of its thread (near copies are at least low relevance and name the copied id). One comment at a time: slower than the default, which scores in parallel batches.",
        };
        var model = CliOptions.Model();
        var threshold = CliOptions.Threshold();
        var encoding = CliOptions.Encoding();
        var policy = new PolicyOptions();

        var command = new Command("score", "Score one comment (--text) or a comments CSV (--comments ... --out ...), and say what to do with it: approve, hold or reject.")
        {
            text, postTitle, postText, postFile, postUrl, author, authorUrl, authorEmail, kind, authorApproved, authorSpam, registered, json, comments, posts, output, noReasons, threadContext, model, threshold, encoding,
        };
        foreach (Option option in policy.All)
        {
            command.Options.Add(option);
        }

        Option[] singleOnly = [postTitle, postText, postFile, postUrl, author, authorUrl, authorEmail, kind, authorApproved, authorSpam, registered, json];
        Option[] fileOnly = [posts, output, noReasons, threadContext];
        command.Validators.Add(result =>
        {
            bool hasText = Given(result, text);
            bool hasComments = Given(result, comments);
            if (hasText == hasComments)
            {
                result.AddError("Give either --text to score one comment or --comments to score a CSV file, not both or neither.");
                return;
            }

            Option[] misplaced = hasText ? fileOnly : singleOnly;
            if (misplaced.FirstOrDefault(o => Given(result, o)) is { } wrong)
            {
                result.AddError($"{wrong.Name} cannot be used with {(hasText ? "--text" : "--comments")}.");
            }
            else if (hasComments && !Given(result, output))
            {
                result.AddError("--comments needs --out, the verdicts CSV to write.");
            }
            else if (Given(result, postText) && Given(result, postFile))
            {
                result.AddError("Give the post as --post-text or --post-file, not both.");
            }
        });

        command.SetAction(parsed =>
        {
            if (parsed.GetValue(text) is { } commentText)
            {
                var request = new ScoreTextRequest(
                    commentText,
                    parsed.GetValue(postTitle),
                    parsed.GetValue(postText),
                    parsed.GetValue(postFile),
                    PostAddressOption.Parse(parsed.GetValue(postUrl)),
                    parsed.GetValue(author),
                    parsed.GetValue(authorUrl),
                    parsed.GetValue(authorEmail),
                    new CommentContext(parsed.GetValue(kind), parsed.GetValue(authorApproved), parsed.GetValue(authorSpam), parsed.GetValue(registered) ? true : null),
                    parsed.GetValue(model),
                    policy.Policy(parsed),
                    parsed.GetValue(threshold),
                    parsed.GetValue(encoding),
                    parsed.GetValue(json));
                return ScoreText.Run(context, request);
            }

            var files = new ScoreFileRequest(
                parsed.GetRequiredValue(comments),
                parsed.GetValue(posts),
                parsed.GetRequiredValue(output),
                parsed.GetValue(model),
                !parsed.GetValue(noReasons),
                parsed.GetValue(threshold),
                policy.Policy(parsed),
                parsed.GetValue(encoding))
            {
                ThreadContext = parsed.GetValue(threadContext),
            };
            return ScoreFile.Run(context, files);
        });
        return command;
    }

    private static bool Given(CommandResult result, Option option) => result.GetResult(option) is { Implicit: false };
}
