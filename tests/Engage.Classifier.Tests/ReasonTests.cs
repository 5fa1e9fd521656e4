namespace Engage.Classifier.Tests;

/// <summary>A reason always has a code and a text, compares by value and reads as its text.</summary>
public sealed class ReasonTests
{
    private static readonly Dictionary<string, double> NoValues = [];

    [Theory]
    [InlineData(null, "text")]
    [InlineData("", "text")]
    [InlineData(" ", "text")]
    [InlineData("code", null)]
    [InlineData("code", "\t")]
    public void New_BlankCodeOrText_ThrowsArgumentException(string? code, string? text)
    {
        Action act = () => _ = new Reason(code!, text!, NoValues);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void With_BlankCodeOrNullValues_ThrowsArgumentException()
    {
        var reason = new Reason("links", "2 links to 1 domain", NoValues);

        Action blankCode = () => _ = reason with { Code = "" };
        Action nullValues = () => _ = reason with { Values = null! };

        blankCode.Should().Throw<ArgumentException>();
        nullValues.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equality_IsByCodeTextAndValues()
    {
        var a = new Reason("exclamations", "4 exclamation marks", new Dictionary<string, double> { ["count"] = 4 });

        a.Should().Be(new Reason("exclamations", "4 exclamation marks", new Dictionary<string, double> { ["count"] = 4 }));
        a.GetHashCode().Should().Be(new Reason("exclamations", "4 exclamation marks", new Dictionary<string, double> { ["count"] = 4 }).GetHashCode());
        a.Should().NotBe(a with { Values = new Dictionary<string, double> { ["count"] = 5 } });
        a.Should().NotBe(a with { Code = "shouting" });
        a.ToString().Should().Be("4 exclamation marks");
    }
}
