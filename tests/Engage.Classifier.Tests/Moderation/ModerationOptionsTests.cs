namespace Engage.Classifier.Tests.Moderation;

/// <summary>The defaults of <see cref="ModerationOptions"/> and their validation when a policy is created.</summary>
public sealed class ModerationOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new ModerationOptions();

        options.RejectThreshold.Should().Be(0.998);
        options.LowRelevanceAction.Should().Be(ModerationAction.Approve);
        options.HoldLinkbacks.Should().BeTrue();
        options.KnownAuthorApprovedCount.Should().Be(1);
        ModerationPolicy.Default.Options.Should().Be(options);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void NewPolicy_RejectThresholdOutsideZeroToOne_Throws(double threshold)
    {
        Action act = () => _ = new ModerationPolicy(new ModerationOptions { RejectThreshold = threshold });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ModerationOptions.RejectThreshold));
    }

    [Fact]
    public void NewPolicy_LowRelevanceRejected_Throws()
    {
        Action act = () => _ = new ModerationPolicy(new ModerationOptions { LowRelevanceAction = ModerationAction.Reject });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ModerationOptions.LowRelevanceAction))
            .WithMessage("*never rejected*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void NewPolicy_KnownAuthorCountBelowOne_Throws(int count)
    {
        Action act = () => _ = new ModerationPolicy(new ModerationOptions { KnownAuthorApprovedCount = count });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ModerationOptions.KnownAuthorApprovedCount));
    }
}
