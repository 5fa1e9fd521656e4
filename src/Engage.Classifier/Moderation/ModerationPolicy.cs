using System.Globalization;
using Engage.Classifier.Internal;

namespace Engage.Classifier;

/// <summary>
/// Turns a classifier's <see cref="Verdict"/> and the comment's context into what a site does with it:
/// <see cref="ModerationAction.Approve"/>, <see cref="ModerationAction.Hold"/> or <see cref="ModerationAction.Reject"/>.
/// </summary>
/// <remarks>
/// <para>The rules, in order:</para>
/// <list type="number">
/// <item>Spam is rejected only at or above <see cref="ModerationOptions.RejectThreshold"/>; spam below it is held for review.</item>
/// <item>An author with approved comments (<see cref="ModerationOptions.KnownAuthorApprovedCount"/>) or a registered user is never
/// rejected automatically: held instead.</item>
/// <item>Low relevance gets <see cref="ModerationOptions.LowRelevanceAction"/>; a known author's low-relevance comment is approved.</item>
/// <item>A comment that would be approved is held when more of its author's comments were marked spam than approved, or (with
/// <see cref="ModerationOptions.HoldLinkbacks"/>) when it is a pingback, trackback or webmention.</item>
/// </list>
/// <para>
/// A context field that is not given changes nothing, and the policy never changes the verdict: the label stays the model's,
/// and <see cref="ModerationResult.Reasons"/> says why the action differs from it. A policy is immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var policy = new ModerationPolicy(new ModerationOptions { LowRelevanceAction = ModerationAction.Hold });
/// var comment = new Comment("Thanks!") { AuthorApprovedCount = 12 };
/// ModerationResult result = policy.Moderate(classifier.Classify(comment), comment);
/// // result.Action: Approve (a known author's filler), result.Reasons says so
/// </code>
/// </example>
public sealed class ModerationPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ModerationPolicy(ModerationOptions? options = null)
    {
        Options = OptionsValidation.Validated(options ?? new ModerationOptions());
    }

    /// <summary>The policy with the default <see cref="ModerationOptions"/>.</summary>
    public static ModerationPolicy Default { get; } = new();

    /// <summary>The settings this policy uses.</summary>
    public ModerationOptions Options { get; }

    /// <summary>Decides what to do with a classified comment.</summary>
    /// <param name="verdict">The classifier's verdict on <paramref name="comment"/>.</param>
    /// <param name="comment">The comment, with whatever context the site has.</param>
    /// <returns>The action, the verdict unchanged, and why the action differs from the label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="verdict"/> or <paramref name="comment"/> is null.</exception>
    public ModerationResult Moderate(Verdict verdict, Comment comment)
    {
        Guard.NotNull(verdict);
        Guard.NotNull(comment);
        var reasons = new List<string>(2);
        ModerationAction action = verdict.Label switch
        {
            CommentLabel.Spam => ForSpam(verdict.SpamProbability, comment, reasons),
            CommentLabel.LowRelevance => ForLowRelevance(comment, reasons),
            _ => ModerationAction.Approve,
        };

        if (action == ModerationAction.Approve)
        {
            action = HoldOnContext(comment, reasons);
        }

        return new ModerationResult(action, verdict, reasons);
    }

    private ModerationAction ForSpam(double spamProbability, Comment comment, List<string> reasons)
    {
        if (spamProbability < Options.RejectThreshold)
        {
            reasons.Add($"spam probability {Below(spamProbability, Options.RejectThreshold)} is below the reject threshold {Number(Options.RejectThreshold)}: held for review");
            return ModerationAction.Hold;
        }

        if (IsKnown(comment))
        {
            reasons.Add($"the author has {Count(comment.AuthorApprovedCount!.Value, "approved comment")}: authors the site knows are never rejected automatically");
            return ModerationAction.Hold;
        }

        if (comment.AuthorIsRegistered == true)
        {
            reasons.Add("the author is a registered user: registered users are never rejected automatically");
            return ModerationAction.Hold;
        }

        return ModerationAction.Reject;
    }

    private ModerationAction ForLowRelevance(Comment comment, List<string> reasons)
    {
        if (Options.LowRelevanceAction == ModerationAction.Hold && IsKnown(comment) && !HasMoreSpamThanApproved(comment))
        {
            reasons.Add($"low relevance, approved: the author has {Count(comment.AuthorApprovedCount!.Value, "approved comment")}");
            return ModerationAction.Approve;
        }

        reasons.Add(Options.LowRelevanceAction == ModerationAction.Hold
            ? "low relevance: this site holds low-relevance comments for review"
            : "low relevance is not spam: this site approves it");
        return Options.LowRelevanceAction;
    }

    /// <summary>The rules that hold a comment the verdict alone would approve.</summary>
    private ModerationAction HoldOnContext(Comment comment, List<string> reasons)
    {
        if (HasMoreSpamThanApproved(comment))
        {
            reasons.Add($"the site marked {Count(comment.AuthorSpamCount!.Value, "comment")} of this author as spam and approved {comment.AuthorApprovedCount ?? 0}: held for review");
            return ModerationAction.Hold;
        }

        if (Options.HoldLinkbacks && comment.Kind is CommentKind.Pingback or CommentKind.Trackback or CommentKind.Webmention)
        {
            reasons.Add($"a {comment.Kind.Value.ToString().ToLowerInvariant()} quotes another page, and the model learned from comments people wrote: held for review");
            return ModerationAction.Hold;
        }

        return ModerationAction.Approve;
    }

    private bool IsKnown(Comment comment) => comment.AuthorApprovedCount >= Options.KnownAuthorApprovedCount;

    private static bool HasMoreSpamThanApproved(Comment comment) => comment.AuthorSpamCount > (comment.AuthorApprovedCount ?? 0);

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Number(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);

    /// <summary>
    /// A spam probability below a threshold, rounded up to three decimals as the CLI's tables print a spam verdict's
    /// probability, or to as many more as it takes to stay below the threshold (0.9975 against 0.998): it never
    /// prints as the threshold itself, and never differs from the same probability printed beside it.
    /// </summary>
    private static string Below(double value, double threshold) => DirectedRounding.UpBelow(value, threshold, DirectedRounding.TableDecimals);
}
