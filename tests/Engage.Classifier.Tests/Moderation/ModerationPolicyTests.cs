namespace Engage.Classifier.Tests.Moderation;

/// <summary>Every branch of <see cref="ModerationPolicy"/>, on hand-made verdicts.</summary>
public sealed class ModerationPolicyTests
{
    private static readonly ModerationPolicy Policy = ModerationPolicy.Default;
    private static readonly ModerationPolicy HoldsFiller = new(new ModerationOptions { LowRelevanceAction = ModerationAction.Hold });
    private static readonly Comment Plain = new("A comment the tests moderate.");

    private static Verdict Genuine => new(CommentLabel.Genuine, 0.02, 0.1, null, []);

    private static Verdict Filler => new(CommentLabel.LowRelevance, 0.05, 0.9, null, []);

    private static Verdict Spam(double probability) => new(CommentLabel.Spam, probability, 0, null, ["4 links to 3 domains"]);

    [Fact]
    public void Moderate_Genuine_IsApprovedWithoutReasons()
    {
        ModerationResult result = Policy.Moderate(Genuine, Plain);

        result.Action.Should().Be(ModerationAction.Approve);
        result.Reasons.Should().BeEmpty();
        result.ShadowedAction.Should().BeNull();
        result.PolicyAction.Should().Be(ModerationAction.Approve);
    }

    [Fact]
    public void Moderate_BlatantSpam_IsRejectedAndKeepsTheVerdict()
    {
        Verdict verdict = Spam(0.9985);

        ModerationResult result = Policy.Moderate(verdict, Plain);

        result.Action.Should().Be(ModerationAction.Reject);
        result.Reasons.Should().BeEmpty();
        result.Verdict.Should().BeSameAs(verdict);
    }

    [Fact]
    public void Moderate_SpamExactlyAtTheRejectThreshold_IsRejected()
    {
        ModerationResult result = Policy.Moderate(Spam(Policy.Options.RejectThreshold), Plain);

        result.Action.Should().Be(ModerationAction.Reject);
    }

    [Fact]
    public void Moderate_SpamBelowTheRejectThreshold_IsHeldAndSaysWhy()
    {
        ModerationResult result = Policy.Moderate(Spam(0.99796), Plain);

        result.Action.Should().Be(ModerationAction.Hold);
        result.Reasons.Should().Equal("spam probability 0.99796 is below the reject threshold 0.998: held for review");
    }

    [Theory]
    [InlineData(0.9975, "0.9975")]
    [InlineData(0.9877, "0.988")]
    [InlineData(0.5, "0.500")]
    [InlineData(0.97041, "0.971")]
    [InlineData(0.9979999, "0.9979999")]
    public void Moderate_SpamBelowTheRejectThreshold_PrintsItsProbabilityAsTablesRoundItButBelowTheThreshold(double probability, string shown)
    {
        ModerationResult result = Policy.Moderate(Spam(probability), Plain);

        result.Reasons.Should().Equal($"spam probability {shown} is below the reject threshold 0.998: held for review");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(250)]
    public void Moderate_BlatantSpamFromAKnownAuthor_IsNeverRejected(int approved)
    {
        ModerationResult result = Policy.Moderate(Spam(0.9999), Plain with { AuthorApprovedCount = approved });

        result.Action.Should().Be(ModerationAction.Hold);
        result.Reasons.Should().ContainSingle().Which.Should().Contain($"the author has {approved} approved comment").And.Contain("never rejected automatically");
    }

    [Fact]
    public void Moderate_BlatantSpamFromAKnownAuthorWithMoreSpamThanApproved_IsStillNeverRejected()
    {
        ModerationResult result = Policy.Moderate(Spam(0.9999), Plain with { AuthorApprovedCount = 40, AuthorSpamCount = 90 });

        result.Action.Should().Be(ModerationAction.Hold);
    }

    [Fact]
    public void Moderate_BlatantSpamFromARegisteredUser_IsHeld()
    {
        ModerationResult result = Policy.Moderate(Spam(0.9999), Plain with { AuthorIsRegistered = true });

        result.Action.Should().Be(ModerationAction.Hold);
        result.Reasons.Should().Equal("the author is a registered user: registered users are never rejected automatically");
    }

    [Fact]
    public void Moderate_BlatantSpam_AuthorWithZeroApprovedOrUnregistered_IsRejected()
    {
        Comment unknown = Plain with { AuthorApprovedCount = 0, AuthorSpamCount = 0, AuthorIsRegistered = false };

        Policy.Moderate(Spam(0.9999), unknown).Action.Should().Be(ModerationAction.Reject);
    }

    [Fact]
    public void Moderate_KnownAuthorBelowTheConfiguredCount_IsNotKnown()
    {
        var policy = new ModerationPolicy(new ModerationOptions { KnownAuthorApprovedCount = 5 });

        policy.Moderate(Spam(0.9999), Plain with { AuthorApprovedCount = 4 }).Action.Should().Be(ModerationAction.Reject);
        policy.Moderate(Spam(0.9999), Plain with { AuthorApprovedCount = 5 }).Action.Should().Be(ModerationAction.Hold);
    }

    [Fact]
    public void Moderate_LowRelevanceByDefault_IsApprovedWithTheSitesChoiceAsReason()
    {
        ModerationResult result = Policy.Moderate(Filler, Plain);

        result.Action.Should().Be(ModerationAction.Approve);
        result.Reasons.Should().Equal("low relevance is not spam: this site approves it");
    }

    [Fact]
    public void Moderate_LowRelevanceWhereTheSiteHoldsIt_IsHeld()
    {
        ModerationResult result = HoldsFiller.Moderate(Filler, Plain);

        result.Action.Should().Be(ModerationAction.Hold);
        result.Reasons.Should().Equal("low relevance: this site holds low-relevance comments for review");
    }

    [Fact]
    public void Moderate_LowRelevanceFromAKnownAuthorWhereTheSiteHoldsIt_IsApproved()
    {
        ModerationResult result = HoldsFiller.Moderate(Filler, Plain with { AuthorApprovedCount = 3 });

        result.Action.Should().Be(ModerationAction.Approve);
        result.Reasons.Should().Equal("low relevance, approved: the author has 3 approved comments");
    }

    [Fact]
    public void Moderate_LowRelevanceFromAKnownAuthorWithMoreSpamThanApproved_IsHeld()
    {
        ModerationResult result = HoldsFiller.Moderate(Filler, Plain with { AuthorApprovedCount = 3, AuthorSpamCount = 7 });

        result.Action.Should().Be(ModerationAction.Hold);
        result.Reasons.Should().Equal("low relevance: this site holds low-relevance comments for review");
    }

    [Fact]
    public void Moderate_GenuineFromAnAuthorWithMoreSpamThanApproved_IsHeld()
    {
        ModerationResult result = Policy.Moderate(Genuine, Plain with { AuthorApprovedCount = 1, AuthorSpamCount = 2 });

        result.Action.Should().Be(ModerationAction.Hold);
        result.Reasons.Should().Equal("the site marked 2 comments of this author as spam and approved 1: held for review");
    }

    [Theory]
    [InlineData(50, 50)]
    [InlineData(60, 59)]
    [InlineData(null, 0)]
    public void Moderate_GenuineFromAnAuthorWithNoMoreSpamThanApproved_IsApproved(int? approved, int spam)
    {
        ModerationResult result = Policy.Moderate(Genuine, Plain with { AuthorApprovedCount = approved, AuthorSpamCount = spam });

        result.Action.Should().Be(ModerationAction.Approve);
        result.Reasons.Should().BeEmpty();
    }

    [Fact]
    public void Moderate_GenuineWithOnlyASpamCount_IsHeld()
    {
        Policy.Moderate(Genuine, Plain with { AuthorSpamCount = 1 }).Action.Should().Be(ModerationAction.Hold);
    }

    [Theory]
    [InlineData(CommentKind.Pingback, "a pingback quotes another page")]
    [InlineData(CommentKind.Trackback, "a trackback quotes another page")]
    [InlineData(CommentKind.Webmention, "a webmention quotes another page")]
    public void Moderate_GenuineLinkback_IsHeld(CommentKind kind, string reason)
    {
        ModerationResult result = Policy.Moderate(Genuine, Plain with { Kind = kind });

        result.Action.Should().Be(ModerationAction.Hold);
        result.Reasons.Should().ContainSingle().Which.Should().StartWith(reason);
    }

    [Fact]
    public void Moderate_GenuineLinkbackWhenTheSiteDoesNotHoldThem_IsApproved()
    {
        var policy = new ModerationPolicy(new ModerationOptions { HoldLinkbacks = false });

        policy.Moderate(Genuine, Plain with { Kind = CommentKind.Trackback }).Action.Should().Be(ModerationAction.Approve);
    }

    [Fact]
    public void Moderate_BlatantSpamLinkback_IsRejected()
    {
        Policy.Moderate(Spam(0.9995), Plain with { Kind = CommentKind.Pingback }).Action.Should().Be(ModerationAction.Reject);
    }

    [Theory]
    [InlineData(CommentKind.Comment)]
    [InlineData(CommentKind.Reply)]
    public void Moderate_GenuineCommentOrReply_IsApproved(CommentKind kind)
    {
        Policy.Moderate(Genuine, Plain with { Kind = kind }).Action.Should().Be(ModerationAction.Approve);
    }

    [Fact]
    public void Moderate_ContradictoryContext_FollowsTheStatedRules()
    {
        // A reply without its parent, dated before its post, from an author with many approved and many spam comments.
        Comment odd = Plain with
        {
            Kind = CommentKind.Reply,
            AuthorApprovedCount = 500,
            AuthorSpamCount = 500,
            CreatedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
            PostPublishedAt = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };

        Policy.Moderate(Genuine, odd).Action.Should().Be(ModerationAction.Approve);
        Policy.Moderate(Spam(0.9999), odd).Action.Should().Be(ModerationAction.Hold);
    }

    [Fact]
    public void Moderate_DatesAndParentText_NeverChangeTheAction()
    {
        Comment dated = Plain with { CreatedAt = DateTimeOffset.UnixEpoch, PostPublishedAt = DateTimeOffset.UnixEpoch.AddYears(30), ParentText = "the parent" };

        foreach (Verdict verdict in new[] { Genuine, Filler, Spam(0.95), Spam(0.9995) })
        {
            Policy.Moderate(verdict, dated).Should().BeEquivalentTo(Policy.Moderate(verdict, Plain));
        }
    }

    [Fact]
    public void Moderate_RejectThresholdBelowTheLabel_RejectsOnlyWhatTheClassifierCallsSpam()
    {
        var lenient = new ModerationPolicy(new ModerationOptions { RejectThreshold = 0.5 });
        var notSpam = new Verdict(CommentLabel.Genuine, 0.8, 0, null, []);

        lenient.Moderate(notSpam, Plain).Action.Should().Be(ModerationAction.Approve);
        lenient.Moderate(Spam(0.8), Plain).Action.Should().Be(ModerationAction.Reject);
    }

    [Fact]
    public void Moderate_NullArguments_Throw()
    {
        Action noVerdict = () => Policy.Moderate(null!, Plain);
        Action noComment = () => Policy.Moderate(Genuine, null!);

        noVerdict.Should().Throw<ArgumentNullException>().WithParameterName("verdict");
        noComment.Should().Throw<ArgumentNullException>().WithParameterName("comment");
    }
}
