using System.Reflection;
using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests;

/// <summary>The public surface changes only on purpose: it is compared with PublicApi.approved.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_MatchesTheApprovedList()
    {
        string approvedPath = Path.Combine(RepositoryData.Root, "tests", "Engage.Classifier.Tests", "PublicApi.approved.txt");
        string actual = string.Join('\n', Describe(typeof(CommentClassifier).Assembly)) + "\n";

        if (!File.Exists(approvedPath) || Environment.GetEnvironmentVariable("ENGAGE_APPROVE_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        actual.Should().Be(File.ReadAllText(approvedPath).ReplaceLineEndings("\n"), "a public API change must update PublicApi.approved.txt (run the test with ENGAGE_APPROVE_API=1)");
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        typeof(CommentClassifier).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed))
            .Should().OnlyContain(t => t.IsSealed);
    }

    private static IEnumerable<string> Describe(Assembly assembly)
    {
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            yield return $"{Kind(type)} {type.FullName}";
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !IsCompilerGenerated(m))
                .Select(m => "  " + m.ToString())
                .Order(StringComparer.Ordinal);
            foreach (string member in members)
            {
                yield return member;
            }
        }
    }

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.Name is "<Clone>$" or "Deconstruct" or "PrintMembers" or "EqualityContract" || member.Name.StartsWith('<');

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "sealed class";
}
