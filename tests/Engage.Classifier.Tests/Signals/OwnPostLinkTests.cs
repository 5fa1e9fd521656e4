using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Tests.Signals;

/// <summary>
/// A link to the page a comment is posted under (<see cref="Post.Url"/>) promotes nothing: it is no link payload, while the
/// same link under another post is one; and a post known only by its address changes nothing about relevance.
/// </summary>
public sealed class OwnPostLinkTests
{
    private static readonly Post Song = new(null, null, new Uri("https://www.youtube.com/watch?v=Qw7_p0st1D0"));
    private static readonly Post OtherSong = new(null, null, new Uri("https://www.youtube.com/watch?v=Zz9_other00"));

    public static TheoryData<string> LinksToTheVideo() => new()
    {
        "Still my favourite summer song: http://youtu.be/Qw7_p0st1D0",
        "<a href=\"http://www.youtube.com/watch?v=Qw7_p0st1D0&amp;t=2m05s\">2:05</a> that key change",
        "watch it in full screen www.youtube.com/watch?v=Qw7_p0st1D0 trust me",
    };

    private static float[] Features(Comment comment)
    {
        var workspace = new FeatureWorkspace();
        CommentFeaturizer.Featurize(comment, workspace);
        return workspace.Signals.ToArray();
    }

    [Theory]
    [MemberData(nameof(LinksToTheVideo))]
    public void Featurize_LinkToItsOwnPost_IsNoPayloadAndNoLink(string text)
    {
        float[] features = Features(new Comment(text) { Post = Song });

        PayloadSignals.KindsOf(features).Should().Be(PayloadKinds.None);
        features[FeatureLayout.IndexOf(LinkSignals.Feature.LinkCount)].Should().Be(0);
        features[FeatureLayout.IndexOf(LinkSignals.Feature.DistinctDomains)].Should().Be(0);
        features[FeatureLayout.IndexOf(LinkSignals.Feature.LinkTextShare)].Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(LinksToTheVideo))]
    public void Featurize_SameLinkUnderAnotherPostOrNone_IsALinkPayload(string text)
    {
        PayloadSignals.KindsOf(Features(new Comment(text) { Post = OtherSong })).Should().HaveFlag(PayloadKinds.Link);
        PayloadSignals.KindsOf(Features(new Comment(text))).Should().HaveFlag(PayloadKinds.Link);
    }

    [Fact]
    public void Featurize_OwnLinkBesideAnotherLink_StillCarriesTheOther()
    {
        float[] features = Features(new Comment("http://youtu.be/Qw7_p0st1D0 and my covers at https://my-cover-channel.example") { Post = Song });

        PayloadSignals.KindsOf(features).Should().HaveFlag(PayloadKinds.Link);
        features[FeatureLayout.IndexOf(PayloadSignals.Feature.Links)].Should().Be(1);
    }

    [Theory]
    [InlineData("Tried the poke test and waited 40 more minutes, so much better. Same rule for rye?")]
    [InlineData("check out my channel for daily covers")]
    [InlineData("thanks!")]
    public void Featurize_PostWithOnlyAnAddressOrNoWords_HasTheFeaturesOfNoPost(string text)
    {
        float[] none = Features(new Comment(text));

        Features(new Comment(text) { Post = OtherSong }).Should().Equal(none);
        Features(new Comment(text) { Post = new Post(string.Empty, " \n") }).Should().Equal(none);
    }

    [Fact]
    public void Classify_LinkToItsOwnVideo_IsNeverSpamByPayload_UnderAnotherVideoItCarriesALink()
    {
        CommentClassifier classifier = CommentClassifier.LoadDefault();
        const string text = "Still my favourite summer song: http://youtu.be/Qw7_p0st1D0";

        Verdict own = classifier.Classify(new Comment(text) { Post = Song });
        Verdict other = classifier.Classify(new Comment(text) { Post = OtherSong });

        own.Payload.Should().Be(PayloadKinds.None);
        own.SpamProbability.Should().Be(0);
        own.Label.Should().NotBe(CommentLabel.Spam);
        own.Relevance.Should().BeNull("a post known only by its address has no words to measure relevance against");
        other.Payload.Should().HaveFlag(PayloadKinds.Link);
    }

    [Fact]
    public void Classify_PostWithOnlyAnAddress_GivesTheVerdictOfNoPost()
    {
        CommentClassifier classifier = CommentClassifier.LoadDefault();
        var comment = new Comment("Played this at our wedding, everyone danced. Thank you!");

        Verdict without = classifier.Classify(comment);
        Verdict with = classifier.Classify(comment with { Post = OtherSong });

        with.Should().BeEquivalentTo(without);
        classifier.Classify(new Comment(" ") { Post = OtherSong }).Relevance.Should().BeNull();
    }
}
