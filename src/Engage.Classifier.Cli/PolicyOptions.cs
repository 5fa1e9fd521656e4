using System.CommandLine;
using System.Globalization;

namespace Engage.Classifier.Cli;

/// <summary>
/// The moderation-policy options of <c>score</c> and <c>diff</c> (<see cref="ModerationOptions"/>): <c>--reject-threshold</c>,
/// <c>--low-relevance</c>, <c>--approve-linkbacks</c>, <c>--known-author</c>. Unset options keep the policy's defaults.
/// </summary>
internal sealed class PolicyOptions
{
    private static readonly ModerationOptions Defaults = new();

    private readonly Option<double?> _rejectThreshold = new Option<double?>("--reject-threshold")
    {
        Description = $"Spam probability at or above which spam is rejected rather than held (0 to 1; default {Defaults.RejectThreshold.ToString(CultureInfo.InvariantCulture)}).",
        HelpName = "probability",
    }.Probability();

    private readonly Option<string> _lowRelevance = new("--low-relevance")
    {
        Description = "What to do with low-relevance comments: approve (default) or hold.",
        HelpName = "approve|hold",
    };

    private readonly Option<bool> _approveLinkbacks = new("--approve-linkbacks")
    {
        Description = "Approve pingbacks, trackbacks and webmentions the model finds genuine (default: hold them).",
    };

    private readonly Option<int?> _knownAuthor = new Option<int?>("--known-author")
    {
        Description = $"Approved comments that make an author known: never rejected, low relevance approved (default {Defaults.KnownAuthorApprovedCount}).",
        HelpName = "count",
    }.AtLeast(1);

    public PolicyOptions()
    {
        _lowRelevance.AcceptOnlyFromAmong("approve", "hold");
    }

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => [_rejectThreshold, _lowRelevance, _approveLinkbacks, _knownAuthor];

    /// <summary>The policy the command line asks for.</summary>
    public ModerationPolicy Policy(ParseResult parsed) => new(new ModerationOptions
    {
        RejectThreshold = parsed.GetValue(_rejectThreshold) ?? Defaults.RejectThreshold,
        LowRelevanceAction = parsed.GetValue(_lowRelevance) is "hold" ? ModerationAction.Hold : ModerationAction.Approve,
        HoldLinkbacks = !parsed.GetValue(_approveLinkbacks),
        KnownAuthorApprovedCount = parsed.GetValue(_knownAuthor) ?? Defaults.KnownAuthorApprovedCount,
    });
}
