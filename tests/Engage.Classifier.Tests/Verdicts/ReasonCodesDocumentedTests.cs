using System.Text.RegularExpressions;
using Engage.Classifier.Tests.Signals.Families;
using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Verdicts;

/// <summary>
/// The reason codes are a public contract: every code the library's source gives (<c>ReasonText.Of("code", ...)</c>)
/// is listed in docs/reasons.md, every listed code exists, and every code is snake_case.
/// </summary>
public sealed partial class ReasonCodesDocumentedTests
{
    private static string[] SourceCodes() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryData.Root, "src", "Engage.Classifier"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => CodeInSource().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string[] DocumentedCodes() =>
        File.ReadLines(Path.Combine(RepositoryData.Root, "docs", "reasons.md"))
            .Select(line => CodeInTable().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void EveryCodeInTheSource_IsDocumentedAndViceVersa()
    {
        string[] source = SourceCodes();

        source.Should().HaveCountGreaterThan(30, "the pattern must find the codes in the source");
        DocumentedCodes().Should().Equal(source);
    }

    [Fact]
    public void EveryCode_IsSnakeCaseAndDescribedByATest()
    {
        // empty, near_cutoff and not_filler come from the reason builder itself (ReasonBuilderTests), the rest from the groups.
        string[] source = SourceCodes();

        source.Should().OnlyContain(code => SnakeCase().IsMatch(code));
        FamilyReasonTests.ExpectedCodes.Append("empty").Append("near_cutoff").Append("not_filler").Distinct().Order(StringComparer.Ordinal).Should().Equal(source);
    }

    [GeneratedRegex("""ReasonText\.Of\(\s*"([^"]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CodeInSource();

    [GeneratedRegex(@"^\| `([^`]+)` \|")]
    private static partial Regex CodeInTable();

    [GeneratedRegex("^[a-z]+(_[a-z]+)*$")]
    private static partial Regex SnakeCase();
}
