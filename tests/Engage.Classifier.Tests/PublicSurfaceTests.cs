namespace Engage.Classifier.Tests;

/// <summary>
/// The shape of the public surface. Which members are public is declared in src/Engage.Classifier/PublicAPI.Shipped.txt
/// and checked by the build (Microsoft.CodeAnalysis.PublicApiAnalyzers); this checks the convention the list cannot.
/// </summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        typeof(CommentClassifier).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed))
            .Should().OnlyContain(t => t.IsSealed);
    }
}
