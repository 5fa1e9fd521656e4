using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Tests.Signals.Families;

/// <summary>
/// What the technical signals count, on text written for this test: tokens that read as code (one rule per shape,
/// and the edges of each) and technical words, which the word pass counts.
/// </summary>
public sealed class TechnicalSignalsTests
{
    private static float Feature(string text, TechnicalSignals.Feature feature)
    {
        var workspace = new FeatureWorkspace();
        CommentFeaturizer.Featurize(new Comment(text), workspace);
        return workspace.Signals[FeatureLayout.IndexOf(feature)];
    }

    [Theory]
    [InlineData("Plain words, nothing more to see here!", 0)]
    [InlineData("call refresh() once the page loads", 1)]
    [InlineData("()refresh() starts with brackets, so it is no call", 0)]
    [InlineData("pass --dry-run first", 1)]
    [InlineData("a lone -- dash pair and --7 are not options", 0)]
    [InlineData("the order_total column", 1)]
    [InlineData("_hidden starts with an underscore", 0)]
    [InlineData("open docs/setup/linux.md next", 1)]
    [InlineData("either/or has one slash", 0)]
    [InlineData("try querySelector instead", 1)]
    [InlineData("list.map(n=>n*2) doubles them", 1)]
    [InlineData("if(a==b) it matched", 1)]
    [InlineData("std::vector grows itself", 1)]
    [InlineData("::vector alone", 0)]
    [InlineData("(see order_total).", 1)]
    [InlineData("Thanks, it's fine. Really? Yes!", 0)]
    [InlineData("QuerySelector and GetElementById both start with a capital", 2)]
    [InlineData("Then\tcall\nrefresh() at the very end", 1)]
    [InlineData("ends with a path a/b/c", 1)]
    [InlineData("a:b::c, then \"snake_case\" quoted", 2)]
    [InlineData("Über_alles and naïve_mode hold letters outside ASCII", 2)]
    public void Identifiers_CountTokensThatReadAsCode(string text, int expected) =>
        Feature(text, TechnicalSignals.Feature.Identifiers).Should().Be(expected);

    [Fact]
    public void TechnicalWords_AreCountedByTheWordPass() =>
        Feature("After npm install the build threw an Exception about a missing module", TechnicalSignals.Feature.TechnicalWords).Should().Be(4);
}
