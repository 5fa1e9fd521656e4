namespace Engage.Classifier.Tests.Internal;

/// <summary>How argument checks on every item of a batch name the item that fails, and cost nothing for the items that pass.</summary>
public sealed class GuardTests
{
    [Fact]
    public void ValidItem_ValidItem_NeverFormatsItsProblem()
    {
        var counted = new CountedFormatting();

        Guard.ValidItem(true, 3, "comments", $"has weight {counted}");

        counted.Times.Should().Be(0);
    }

    [Fact]
    public void ValidItem_InvalidItem_NamesItsIndexAndFormattedProblem()
    {
        var counted = new CountedFormatting();

        Action check = () => Guard.ValidItem(false, 3, "comments", $"has weight {counted}");

        check.Should().Throw<ArgumentException>().WithMessage("comments[3] has weight formatted.*").Which.ParamName.Should().Be("comments");
        counted.Times.Should().Be(1);
    }

    [Fact]
    public void ItemNotNull_NullItem_SaysWhichTypeEveryItemMustBe()
    {
        Action check = () => Guard.ItemNotNull<Comment>(null, 7, "comments");

        check.Should().Throw<ArgumentException>().WithMessage("comments[7] is null; every item must be a non-null Comment.*");
    }

    private sealed class CountedFormatting
    {
        public int Times { get; private set; }

        public override string ToString()
        {
            Times++;
            return "formatted";
        }
    }
}
