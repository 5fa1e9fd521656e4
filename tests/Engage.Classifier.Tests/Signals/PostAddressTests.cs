using Engage.Classifier.Signals;

namespace Engage.Classifier.Tests.Signals;

/// <summary>Whether a link as written in a comment is the post's own address: one page in its many spellings, and nothing else.</summary>
public sealed class PostAddressTests
{
    private const string Video = "https://www.youtube.com/watch?v=Ab3_x-Yz09Q";

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=Ab3_x-Yz09Q")]
    [InlineData("http://youtube.com/watch?v=Ab3_x-Yz09Q")]
    [InlineData("http://www.youtube.com/watch?v=Ab3_x-Yz09Q&amp;t=1m05s")]
    [InlineData("https://www.youtube.com/watch?feature=share&v=Ab3_x-Yz09Q")]
    [InlineData("https://m.youtube.com/watch?v=Ab3_x-Yz09Q#comments")]
    [InlineData("http://youtu.be/Ab3_x-Yz09Q")]
    [InlineData("youtu.be/Ab3_x-Yz09Q?t=42")]
    [InlineData("www.youtube.com/shorts/Ab3_x-Yz09Q")]
    [InlineData("https://www.youtube.com/embed/Ab3_x-Yz09Q?autoplay=1")]
    [InlineData("HTTPS://WWW.YOUTUBE.COM/watch?v=Ab3_x-Yz09Q")]
    public void IsAddressOf_TheSameVideoInAnyForm_IsTheVideo(string link)
    {
        PostAddress.Of(new Uri(Video)).IsAddressOf(link).Should().BeTrue();
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=Zz9_other00")]
    [InlineData("http://youtu.be/Ab3_x-Yz09Qx")]
    [InlineData("https://www.youtube.com/watch?list=Ab3_x-Yz09Q")]
    [InlineData("https://www.youtube.com/user/Ab3_x-Yz09Q")]
    [InlineData("https://www.youtube.com/channel/Ab3_x-Yz09Q")]
    [InlineData("https://www.youtube.com/watch?v=ab3_x-yz09q")]
    [InlineData("http://notyoutube.example/watch?v=Ab3_x-Yz09Q")]
    [InlineData("https://www.youtube.com/")]
    public void IsAddressOf_AnotherVideoOrPage_IsNot(string link)
    {
        PostAddress.Of(new Uri(Video)).IsAddressOf(link).Should().BeFalse();
    }

    [Theory]
    [InlineData("https://gardening-notes.example/2024/tomato-blight/", "http://gardening-notes.example/2024/tomato-blight", true)]
    [InlineData("https://gardening-notes.example/2024/tomato-blight", "www.gardening-notes.example/2024/tomato-blight/?utm_source=feed#comment-12", true)]
    [InlineData("https://www.gardening-notes.example/2024/tomato-blight", "gardening-notes.example/2024/tomato-blight", true)]
    [InlineData("https://gardening-notes.example:8443/2024/tomato-blight", "https://GARDENING-NOTES.example/2024/tomato-blight", true)]
    [InlineData("https://gardening-notes.example/", "https://gardening-notes.example", true)]
    [InlineData("https://gardening-notes.example/2024/tomato-blight", "https://gardening-notes.example/2024/pepper-rot", false)]
    [InlineData("https://gardening-notes.example/2024/tomato-blight", "https://gardening-notes.example/", false)]
    [InlineData("https://gardening-notes.example/2024/tomato-blight", "https://seed-shop.example/2024/tomato-blight", false)]
    [InlineData("https://gardening-notes.example/2024/tomato-blight", "https://shop.gardening-notes.example/2024/tomato-blight", false)]
    [InlineData("https://gardening-notes.example/view?post=7", "https://gardening-notes.example/view?post=8", false)]
    [InlineData("https://gardening-notes.example/view?post=7", "https://gardening-notes.example/view?replytocom=3&post=7", true)]
    [InlineData("https://gardening-notes.example/?p=123", "https://gardening-notes.example/?p=999", false)]
    [InlineData("https://gardening-notes.example/?p=123", "https://gardening-notes.example/", false)]
    [InlineData("https://gardening-notes.example/?p=123&utm_source=mail", "gardening-notes.example/?p=123#comment-4", true)]
    public void IsAddressOf_OtherSites_CompareHostPathAndThePostsParameters_NotTheFragment(string post, string link, bool same)
    {
        PostAddress.Of(new Uri(post)).IsAddressOf(link).Should().Be(same);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=Zz9_other00")]
    [InlineData("youtu.be/Zz9_other00")]
    public void IsAddressOf_APostOnYouTubeThatIsNoVideo_IsNoVideosAddress(string link)
    {
        PostAddress.Of(new Uri("https://www.youtube.com/watch?v=")).IsAddressOf(link).Should().BeFalse();
    }

    [Fact]
    public void Featurize_WithoutAPostAddress_CountsALinkToAnyPage()
    {
        var workspace = new FeatureWorkspace();

        CommentFeaturizer.Featurize(new Comment("the chorus: http://youtu.be/Ab3_x-Yz09Q"), workspace);

        workspace.Links.Bare.Links.Should().Be(1, "with no address known, no link is the post's own");
    }
}
