using System.Text.RegularExpressions;
using Engage.Classifier.Tests.Signals.Families;
using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Verdicts;

/// <summary>
/// The reason codes are a public contract: every code the library's source gives (<c>ReasonText.Of("code", ...)</c>)
/// is listed in docs/reasons.md, every listed code exists, and every code is snake_case; so are the payload kinds' JSON
/// names, which the payload reason's <c>kinds</c> value carries in the CLI's and the sample's JSON.
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
        // empty, near_cutoff, far_below_cutoff, not_filler and near_filler_cutoff come from the reason builder itself (ReasonBuilderTests), the rest from the groups.
        string[] source = SourceCodes();

        source.Should().OnlyContain(code => SnakeCase().IsMatch(code));
        FamilyReasonTests.ExpectedCodes.Append("empty").Append("near_cutoff").Append("far_below_cutoff").Append("not_filler").Append("near_filler_cutoff").Distinct().Order(StringComparer.Ordinal).Should().Equal(source);
    }

    [Fact]
    public void EveryPayloadKind_IsListedWithItsJsonName()
    {
        // Rows "| Link | `link` | ...": the member's name, then the name a serialized Verdict gives it.
        (string Member, string Name)[] documented = [.. File.ReadLines(Path.Combine(RepositoryData.Root, "docs", "reasons.md"))
            .Select(line => PayloadKindInTable().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

        (string, string)[] kinds = [.. Enum.GetValues<PayloadKinds>()
            .Where(kind => kind != PayloadKinds.None)
            .Select(kind => (kind.ToString(), System.Text.Json.JsonSerializer.Serialize(kind).Trim('"')))];
        documented.Should().Equal(kinds, "in declaration order, the order the names are joined in");
    }

    [GeneratedRegex("""ReasonText\.Of\(\s*"([^"]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CodeInSource();

    [GeneratedRegex(@"^\| `([^`]+)` \|")]
    private static partial Regex CodeInTable();

    [GeneratedRegex(@"^\| ([A-Z][A-Za-z]+) \| `([a-z_]+)` \|")]
    private static partial Regex PayloadKindInTable();

    [GeneratedRegex("^[a-z]+(_[a-z]+)*$")]
    private static partial Regex SnakeCase();
}
