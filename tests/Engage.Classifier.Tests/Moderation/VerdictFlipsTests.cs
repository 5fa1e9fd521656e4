using Engage.Classifier.Moderation;

namespace Engage.Classifier.Tests.Moderation;

/// <summary>What counts as a flip between two models, and the counts by direction.</summary>
public sealed class VerdictFlipsTests
{
    private static ModerationResult Result(CommentLabel label, ModerationAction action, double spam = 0.5) =>
        new(action, new Verdict(label, spam, 0, null, []), []);

    [Fact]
    public void Observe_SameLabelAndAction_IsNoFlip()
    {
        var flips = new VerdictFlips();

        VerdictFlips.Flip? flip = flips.Observe("a", Result(CommentLabel.Spam, ModerationAction.Hold, 0.95), Result(CommentLabel.Spam, ModerationAction.Hold, 0.97));

        flip.Should().BeNull();
        flips.Compared.Should().Be(1);
        flips.Flips.Should().BeEmpty();
    }

    [Fact]
    public void Observe_LabelAndActionChanges_AreCountedByDirection()
    {
        var flips = new VerdictFlips();
        flips.Observe("1", Result(CommentLabel.Genuine, ModerationAction.Approve), Result(CommentLabel.Spam, ModerationAction.Hold));
        flips.Observe("2", Result(CommentLabel.Genuine, ModerationAction.Approve), Result(CommentLabel.Spam, ModerationAction.Reject));
        flips.Observe("3", Result(CommentLabel.Spam, ModerationAction.Hold), Result(CommentLabel.Spam, ModerationAction.Reject));
        flips.Observe("4", Result(CommentLabel.LowRelevance, ModerationAction.Approve), Result(CommentLabel.Genuine, ModerationAction.Approve));
        flips.Observe("5", Result(CommentLabel.Genuine, ModerationAction.Approve), Result(CommentLabel.Genuine, ModerationAction.Approve));

        flips.Compared.Should().Be(5);
        flips.Flips.Select(f => f.Id).Should().Equal("1", "2", "3", "4");
        flips.LabelChanges.Should().Equal(
            new KeyValuePair<(CommentLabel, CommentLabel), long>((CommentLabel.Genuine, CommentLabel.Spam), 2),
            new KeyValuePair<(CommentLabel, CommentLabel), long>((CommentLabel.LowRelevance, CommentLabel.Genuine), 1));
        flips.ActionChanges.Should().Equal(
            new KeyValuePair<(ModerationAction, ModerationAction), long>((ModerationAction.Approve, ModerationAction.Hold), 1),
            new KeyValuePair<(ModerationAction, ModerationAction), long>((ModerationAction.Approve, ModerationAction.Reject), 1),
            new KeyValuePair<(ModerationAction, ModerationAction), long>((ModerationAction.Hold, ModerationAction.Reject), 1));
    }

    [Fact]
    public void Observe_ShadowResults_CompareThePolicysActions()
    {
        var flips = new VerdictFlips();
        ModerationResult shadowHold = Result(CommentLabel.Spam, ModerationAction.Approve) with { ShadowedAction = ModerationAction.Hold };

        flips.Observe("1", Result(CommentLabel.Spam, ModerationAction.Hold), shadowHold).Should().BeNull();
    }
}
