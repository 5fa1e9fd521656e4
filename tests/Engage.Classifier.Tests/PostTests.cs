namespace Engage.Classifier.Tests;

/// <summary>What a <see cref="Post"/> accepts: a title, a text, an address, any of them, but not none, and only an address a browser could open.</summary>
public sealed class PostTests
{
    [Fact]
    public void New_OnlyAnAddress_IsAPostWithEmptyTitleAndText()
    {
        var post = new Post(null, null, new Uri("https://knitting-circle.example/posts/cable-stitch"));

        post.Url.Should().Be(new Uri("https://knitting-circle.example/posts/cable-stitch"));
        post.Title.Should().BeEmpty();
        post.Text.Should().BeEmpty();
    }

    [Fact]
    public void New_TitleAndText_HasNoAddress()
    {
        new Post("Cable stitch basics", "Slip three stitches to the cable needle.").Url.Should().BeNull();
    }

    [Fact]
    public void New_NothingAtAll_Throws()
    {
        FluentActions.Invoking(() => new Post(null, null, null)).Should().Throw<ArgumentException>().WithMessage("*title, a text or an address*");
        FluentActions.Invoking(() => new Post(null, null)).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("/posts/cable-stitch")]
    [InlineData("posts/cable-stitch")]
    [InlineData("ftp://knitting-circle.example/cable-stitch")]
    [InlineData("mailto:editor@knitting-circle.example")]
    [InlineData("file:///home/editor/cable-stitch.html")]
    public void New_RelativeOrNonWebAddress_ThrowsArgumentExceptionNamingUrl(string address)
    {
        var url = new Uri(address, UriKind.RelativeOrAbsolute);

        FluentActions.Invoking(() => new Post("Cable stitch basics", null, url))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("url");
    }
}
